/**
 * Which answers differ between two versions of a plan, in words a person can read. Used to show
 * the answers someone changed in a PDF reader before they replace a draft with them.
 */
import { displayLeaf } from './format';
import type { GroupItem, LeafField, LeafValue, PlanData, Template } from './schema';

export interface ChangedAnswer {
  /** "Child's name", or "Outcome 2: Key person". */
  question: string;
  before: string;
  after: string;
}

/** Answers whose displayed text differs between `before` and `after`, in template order. */
export function changedAnswers(template: Template, before: PlanData, after: PlanData): ChangedAnswer[] {
  const changes: ChangedAnswer[] = [];
  const compare = (question: string, field: LeafField, a: LeafValue | undefined, b: LeafValue | undefined) => {
    const from = displayLeaf(field, a);
    const to = displayLeaf(field, b);
    if (from !== to) changes.push({ question, before: from, after: to });
  };
  for (const section of template.sections) {
    for (const field of section.fields) {
      if (field.kind !== 'group') {
        compare(field.label, field, before[field.id] as LeafValue | undefined, after[field.id] as LeafValue | undefined);
        continue;
      }
      const a = (Array.isArray(before[field.id]) ? before[field.id] : []) as GroupItem[];
      const b = (Array.isArray(after[field.id]) ? after[field.id] : []) as GroupItem[];
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        for (const leaf of field.fields) compare(`${field.itemLabel} ${i + 1}: ${leaf.label}`, leaf, a[i]?.[leaf.id], b[i]?.[leaf.id]);
      }
    }
  }
  return changes;
}
