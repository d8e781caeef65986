/**
 * Merges the answers read from a PDF's form fields into the draft attached to it. Pure, no pdf-lib.
 *
 * - attachedData: the exact draft attached at export (or null: a PDF another program filled in).
 * - fieldData: what the form fields hold now, as read by the importer, keyed like PlanData;
 *   dates are as written in the PDF ("12 March 2026"); a key is missing when the PDF has no such field.
 *
 * A field's value wins over the attachment when it says something different (it was edited in a PDF
 * reader); otherwise the attachment's exact value is kept, so an untouched PDF round-trips exactly.
 * Only the template's own fields are read, so unknown or hostile keys never reach the result.
 */
import type { Field, FieldValue, GroupItem, LeafField, LeafValue, Person, PlanData, Template } from '../forms/schema';
import { FORBIDDEN_KEYS } from '../forms/schema';
import { labelForPath, type FieldPath } from './names';
import { formatDateForPdf, normalizeForPdf, parseDateFromPdf, sameText } from './text';

export interface FieldChange {
  /** Data path of the answer: `['parentViews']` or `['outcomes', 1, 'keyPerson']` (0-based index). */
  path: FieldPath;
  /** "Outcome 2: Key person". */
  label: string;
  /** The attached draft's value (undefined when it had none). */
  before: LeafValue | undefined;
  /** The value now in the PDF. */
  after: LeafValue | undefined;
}

/** An answer in the PDF that could not be read (a date such as "next Tuesday"); the attached value is kept. */
export interface UnreadableAnswer {
  path: FieldPath;
  label: string;
  /** What the PDF holds. */
  text: string;
  /** Plain-English explanation for the person. */
  message: string;
}

export interface MergeResult {
  data: PlanData;
  /** Answers that differ from the attached draft. Empty when there was no attachment. */
  changes: FieldChange[];
  unreadable: UnreadableAnswer[];
}

const own = (o: unknown, key: string): boolean =>
  !!o && typeof o === 'object' && !Array.isArray(o) && !FORBIDDEN_KEYS.has(key) && Object.prototype.hasOwnProperty.call(o, key);

/** The attached value if it has the right shape for the field, else undefined. */
function sanitize(field: LeafField, v: unknown): LeafValue | undefined {
  switch (field.kind) {
    case 'text':
    case 'longtext':
    case 'date':
    case 'choice':
      return typeof v === 'string' ? v : undefined;
    case 'choices':
      return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;
    case 'person': {
      if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
      const p = v as Record<string, unknown>;
      return { name: typeof p.name === 'string' ? p.name : '', role: typeof p.role === 'string' ? p.role : '' };
    }
  }
}

function isEmpty(v: LeafValue | undefined): boolean {
  if (v === undefined) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return v.length === 0;
  return v.name.trim() === '' && v.role.trim() === '';
}

function same(field: LeafField, a: LeafValue | undefined, b: LeafValue | undefined): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (isEmpty(a) !== isEmpty(b)) return false;
  if (field.kind === 'choices') {
    const sa = new Set(a as string[]);
    const sb = new Set(b as string[]);
    return sa.size === sb.size && [...sa].every((x) => sb.has(x));
  }
  if (field.kind === 'person') {
    const pa = a as Person;
    const pb = b as Person;
    return sameText(pa.name, pb.name) && sameText(pa.role, pb.role);
  }
  return sameText(a as string, b as string);
}

const emptyOf = (field: LeafField): LeafValue => (field.kind === 'choices' ? [] : field.kind === 'person' ? { name: '', role: '' } : '');

interface Ctx {
  template: Template;
  hasAttachment: boolean;
  changes: FieldChange[];
  unreadable: UnreadableAnswer[];
}

/** Returns the merged value, or undefined to leave the key out. */
function mergeLeaf(ctx: Ctx, field: LeafField, path: FieldPath, attachedRaw: unknown, inPdf: boolean, pdfRaw: unknown): LeafValue | undefined {
  const attached = sanitize(field, attachedRaw);
  if (!inPdf) return attached;
  let fromPdf: LeafValue | undefined;
  switch (field.kind) {
    case 'text':
    case 'longtext':
      fromPdf = typeof pdfRaw === 'string' ? normalizeForPdf(pdfRaw) : undefined;
      break;
    case 'choice':
      fromPdf = typeof pdfRaw === 'string' && field.options.some((o) => o.value === pdfRaw) ? pdfRaw : '';
      break;
    case 'choices': {
      const picked = Array.isArray(pdfRaw) ? new Set(pdfRaw) : new Set();
      fromPdf = field.options.filter((o) => picked.has(o.value)).map((o) => o.value);
      break;
    }
    case 'person': {
      const p = pdfRaw && typeof pdfRaw === 'object' && !Array.isArray(pdfRaw) ? (pdfRaw as Partial<Person>) : {};
      const before = (attached as Person | undefined) ?? { name: '', role: '' };
      fromPdf = {
        name: typeof p.name === 'string' ? normalizeForPdf(p.name) : before.name,
        role: typeof p.role === 'string' ? normalizeForPdf(p.role) : before.role,
      };
      break;
    }
    case 'date': {
      const text = typeof pdfRaw === 'string' ? pdfRaw.trim() : '';
      if (text === '') fromPdf = '';
      else {
        // Unchanged text (as we wrote it, or the raw value) keeps the attached value exactly.
        if (typeof attached === 'string' && (text === formatDateForPdf(attached) || text === attached)) return attached;
        const iso = parseDateFromPdf(text);
        if (!iso) {
          ctx.unreadable.push({
            path,
            label: labelForPath(ctx.template, path),
            text,
            message: `We could not read the date "${text}" in "${labelForPath(ctx.template, path)}". Enter it again, for example 27 March 2026.`,
          });
          return attached;
        }
        fromPdf = iso;
      }
      break;
    }
  }
  if (same(field, attached, fromPdf)) return attached;
  if (ctx.hasAttachment) ctx.changes.push({ path, label: labelForPath(ctx.template, path), before: attached, after: fromPdf ?? emptyOf(field) });
  return isEmpty(fromPdf) && attached === undefined ? undefined : (fromPdf ?? emptyOf(field));
}

function mergeGroup(ctx: Ctx, group: Extract<Field, { kind: 'group' }>, attachedRaw: unknown, inPdf: boolean, pdfRaw: unknown): GroupItem[] | undefined {
  const attached = Array.isArray(attachedRaw) ? attachedRaw.filter((x) => x && typeof x === 'object' && !Array.isArray(x)) : undefined;
  const fromPdf: unknown[] = inPdf && Array.isArray(pdfRaw) ? pdfRaw : [];
  if (!inPdf && !attached) return undefined;
  const a = attached ?? [];
  const n = Math.min(group.max, Math.max(a.length, fromPdf.length));
  const items: GroupItem[] = [];
  let lastUseful = a.length - 1;
  for (let i = 0; i < n; i++) {
    const item: GroupItem = {};
    const ai = a[i];
    const fi = fromPdf[i];
    let hasAnswer = false;
    for (const leaf of group.fields) {
      const v = mergeLeaf(ctx, leaf, [group.id, i, leaf.id], own(ai, leaf.id) ? (ai as Record<string, unknown>)[leaf.id] : undefined, own(fi, leaf.id), own(fi, leaf.id) ? (fi as Record<string, unknown>)[leaf.id] : undefined);
      if (v !== undefined) item[leaf.id] = v;
      if (!isEmpty(v)) hasAnswer = true;
    }
    if (hasAnswer) lastUseful = Math.max(lastUseful, i);
    items.push(item);
  }
  // Blank blocks beyond the attached items (a blank PDF prints four) are not answers.
  return items.slice(0, lastUseful + 1);
}

export function mergeFieldAnswers(template: Template, attachedData: PlanData | null | undefined, fieldData: PlanData): MergeResult {
  const ctx: Ctx = { template, hasAttachment: !!attachedData, changes: [], unreadable: [] };
  const data: PlanData = {};
  for (const section of template.sections)
    for (const f of section.fields) {
      const attached = own(attachedData, f.id) ? attachedData![f.id] : undefined;
      const inPdf = own(fieldData, f.id);
      const pdf = inPdf ? fieldData[f.id] : undefined;
      const v: FieldValue | undefined = f.kind === 'group' ? mergeGroup(ctx, f, attached, inPdf, pdf) : mergeLeaf(ctx, f, [f.id], attached, inPdf, pdf);
      if (v !== undefined) data[f.id] = v;
    }
  return { data, changes: ctx.changes, unreadable: ctx.unreadable };
}

/** True when the PDF's fields hold at least one answer. */
export function hasAnyAnswer(template: Template, fieldData: PlanData): boolean {
  const { data } = mergeFieldAnswers(template, null, fieldData);
  return Object.values(data).some((v) => !Array.isArray(v) || v.length > 0);
}
