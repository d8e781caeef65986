/**
 * Making drafts: a new one, a copy, the next review cycle, and the title shown for one.
 * Pure: ids and times are passed in.
 */
import { childNameOf, emptyLeafValue, emptyPlan, groupFields } from '../forms/plan-data';
import type { GroupItem, PlanData, Template } from '../forms/schema';
import { APP_ID, SCHEMA_VERSION, type DraftEnvelope } from './envelope';

export function newDraft(template: Template, id: string, now: string): DraftEnvelope {
  return {
    app: APP_ID,
    schemaVersion: SCHEMA_VERSION,
    templateId: template.id,
    templateVersion: template.version,
    id,
    title: '',
    createdAt: now,
    savedAt: now,
    data: emptyPlan(template),
  };
}

/** The title to show: the person's own, or "Plan for Sam", or "Plan not named yet". */
export function draftTitle(envelope: DraftEnvelope, template: Template): string {
  if (envelope.title.trim()) return envelope.title.trim();
  const child = childNameOf(template, envelope.data);
  const base = child ? `${template.name} for ${child}` : `${template.name} (no name yet)`;
  return envelope.review ? `${base}: review ${envelope.review.cycle - 1}` : base;
}

function cloneData(data: PlanData): PlanData {
  return structuredClone(data);
}

/** A copy under a new id, titled "Copy of …". */
export function duplicateDraft(envelope: DraftEnvelope, template: Template, id: string, now: string): DraftEnvelope {
  return {
    ...envelope,
    id,
    title: `Copy of ${draftTitle(envelope, template)}`.slice(0, 200),
    createdAt: now,
    savedAt: now,
    data: cloneData(envelope.data),
  };
}

/**
 * The plan for the next cycle: a new draft holding the same answers, marked as a review so each
 * outcome asks "What happened" (fields marked reviewOnly), with the dates for the new cycle and the
 * last cycle's review notes cleared. The earlier draft is kept as it is.
 */
export function startReview(envelope: DraftEnvelope, template: Template, id: string, now: string): DraftEnvelope {
  const data = cloneData(envelope.data);
  for (const key of [template.summary.planDate, template.summary.reviewDate]) if (key) data[key] = '';
  for (const field of template.sections.flatMap((s) => s.fields)) {
    if (field.kind !== 'group' && field.reviewOnly) data[field.id] = emptyLeafValue(field);
  }
  for (const group of groupFields(template)) {
    for (const item of (data[group.id] ?? []) as GroupItem[]) {
      for (const leaf of group.fields) if (leaf.reviewOnly) item[leaf.id] = emptyLeafValue(leaf);
    }
  }
  const cycle = (envelope.review?.cycle ?? 1) + 1;
  return {
    ...newDraft(template, id, now),
    data,
    review: { cycle, previousId: envelope.id, previousTitle: draftTitle(envelope, template).slice(0, 200) },
  };
}
