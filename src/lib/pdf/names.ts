/**
 * PDF field names for template paths, and back. Pure, no pdf-lib.
 *
 * Segments are joined with "__": template ids cannot contain "_" (see idSchema), and pdf-lib
 * splits names on dots, so "__" is unambiguous. Group items carry their number as printed
 * ("Outcome 2" -> `outcomes__2__support`), so a person or program filling in the PDF sees the
 * same number; data paths use the 0-based index.
 *
 *   childName                    text, long text, date: one text field
 *   contact__name, contact__role person: two text fields
 *   areasOfNeed__semh            choices: one checkbox per option
 *   someChoice                   choice: one radio group, one button per option
 *   outcomes__2__keyPerson__role the same inside item 2 of a group
 */
import type { GroupField, LeafField, PlanData, Template } from '../forms/schema';

export const SEPARATOR = '__';

/** Data path to a leaf answer: `['childName']` or `['outcomes', 1, 'support']` (0-based item index). */
export type FieldPath = readonly [string] | readonly [string, number, string];

export type WidgetKind = 'text' | 'multiline' | 'checkbox' | 'radio';

/** One field of the PDF. */
export interface PdfFieldSlot {
  /** The PDF field name. */
  name: string;
  /** The answer this field holds (part of). */
  path: FieldPath;
  /** The template field. */
  field: LeafField;
  /** Person fields: which half. */
  part?: 'name' | 'role';
  /** Choices fields: the option this checkbox stands for. */
  option?: string;
  widget: WidgetKind;
  /** The tooltip (/TU): the label, with the item number inside a group. */
  tooltip: string;
  /** The group and item number (1-based) for fields inside a group. */
  group?: GroupField;
  itemNumber?: number;
}

/** `['outcomes', 1, 'support']` + 'name' -> `outcomes__2__support__name`. */
export function fieldNameFor(path: FieldPath, sub?: string): string {
  const segments: string[] = path.length === 1 ? [path[0]] : [path[0], String(path[1] + 1), path[2]];
  if (sub !== undefined) segments.push(sub);
  return segments.join(SEPARATOR);
}

function slotsForLeaf(field: LeafField, path: FieldPath, prefix: string, group?: GroupField, itemNumber?: number): PdfFieldSlot[] {
  const base = { path, field, ...(group ? { group, itemNumber } : {}) };
  const label = prefix + field.label;
  switch (field.kind) {
    case 'text':
    case 'date':
      return [{ ...base, name: fieldNameFor(path), widget: 'text', tooltip: label }];
    case 'longtext':
      return [{ ...base, name: fieldNameFor(path), widget: 'multiline', tooltip: label }];
    case 'choice':
      return [{ ...base, name: fieldNameFor(path), widget: 'radio', tooltip: label }];
    case 'choices':
      return field.options.map((o) => ({ ...base, name: fieldNameFor(path, o.value), option: o.value, widget: 'checkbox' as const, tooltip: `${label}: ${o.label}` }));
    case 'person':
      return (['name', 'role'] as const).map((part) => ({ ...base, name: fieldNameFor(path, part), part, widget: 'text' as const, tooltip: `${label}: ${part}` }));
  }
}

/** Items printed for each group: the draft's items, or the recommended number (else min, at least 1) when it has none. */
export function itemCountsFor(template: Template, data: PlanData | undefined): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const section of template.sections)
    for (const f of section.fields) {
      if (f.kind !== 'group') continue;
      const items = data?.[f.id];
      const n = Array.isArray(items) ? items.length : 0;
      counts[f.id] = n > 0 ? Math.min(n, f.max) : Math.min(f.max, Math.max(f.recommended?.max ?? f.min, 1));
    }
  return counts;
}

/** Which fields a PDF prints: review-only fields (such as "What happened") only in a review. */
export interface SlotOptions {
  /** True for a plan that reviews an earlier one. Default false. */
  isReview?: boolean;
}

/** Is this field printed? Mirrors the builder's isShown (src/lib/forms/plan-data.ts). */
export const isPrinted = (field: { reviewOnly?: boolean }, options: SlotOptions = {}): boolean => !field.reviewOnly || !!options.isReview;

/** Every PDF field of a template, in reading order. */
export function pdfFieldSlots(template: Template, itemCounts: Record<string, number> = itemCountsFor(template, undefined), options: SlotOptions = {}): PdfFieldSlot[] {
  const slots: PdfFieldSlot[] = [];
  for (const section of template.sections)
    for (const f of section.fields) {
      if (!isPrinted(f, options)) continue;
      if (f.kind !== 'group') {
        slots.push(...slotsForLeaf(f, [f.id], ''));
        continue;
      }
      const n = itemCounts[f.id] ?? 0;
      for (let i = 0; i < n; i++)
        for (const leaf of f.fields)
          if (isPrinted(leaf, options)) slots.push(...slotsForLeaf(leaf, [f.id, i, leaf.id], `${f.itemLabel} ${i + 1}: `, f, i + 1));
    }
  return slots;
}

/**
 * The slot a PDF field name stands for in this template, or null when the name is not one of ours.
 * Accepts any item number up to the group's max, whatever number of items the PDF holds.
 */
export function parseFieldName(template: Template, name: string): PdfFieldSlot | null {
  const segments = name.split(SEPARATOR);
  const [first, ...rest] = segments;
  if (!first) return null;
  const top = template.sections.flatMap((s) => s.fields).find((f) => f.id === first);
  if (!top) return null;
  let leaf: LeafField | undefined;
  let path: FieldPath;
  let tail: string[];
  let candidates: PdfFieldSlot[];
  if (top.kind === 'group') {
    const [num, leafId, ...more] = rest;
    if (!num || !/^[1-9]\d{0,3}$/.test(num) || Number(num) > top.max) return null;
    leaf = top.fields.find((f) => f.id === leafId);
    if (!leaf) return null;
    const index = Number(num) - 1;
    path = [top.id, index, leaf.id];
    tail = more;
    candidates = slotsForLeaf(leaf, path, `${top.itemLabel} ${index + 1}: `, top, index + 1);
  } else {
    leaf = top;
    path = [top.id];
    tail = rest;
    candidates = slotsForLeaf(leaf, path, '');
  }
  return candidates.find((c) => c.name === fieldNameFor(path, tail.length ? tail.join(SEPARATOR) : undefined)) ?? null;
}

/** The label of an answer for messages: "Outcome 2: Key person" or "Child's name". */
export function labelForPath(template: Template, path: FieldPath): string {
  const top = template.sections.flatMap((s) => s.fields).find((f) => f.id === path[0]);
  if (!top) return path.join(' ');
  if (top.kind !== 'group' || path.length === 1) return top.label;
  const leaf = top.fields.find((f) => f.id === path[2]);
  return `${top.itemLabel} ${path[1] + 1}: ${leaf?.label ?? path[2]}`;
}

/**
 * A file name for the exported PDF: "sen-support-plan-sam-smith-2026-03-12.pdf".
 * Only ASCII letters and digits from the child's name are kept (accents are removed, not dropped
 * as letters: "Zoë Łukasz" -> "zoe-lukasz").
 */
export function suggestPdfFileName(template: Template, data: PlanData, now: Date = new Date()): string {
  const name = data[template.summary.childName];
  const slug = (typeof name === 'string' ? name : '')
    .normalize('NFKD')
    .replace(/[łŁ]/g, 'l')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const date = now.toISOString().slice(0, 10);
  return [template.id, slug, date].filter(Boolean).join('-') + '.pdf';
}
