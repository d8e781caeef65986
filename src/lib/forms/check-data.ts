/**
 * Strict check of plan answers that come from outside the running page: a saved file, a PDF's
 * attachment or browser storage. Every key must be a field of the template and every value the
 * right shape; anything else is refused with the path of the problem. Missing answers become empty.
 *
 * The result is built afresh from the template's own field ids (which can never be `__proto__`,
 * `constructor` or `prototype`), so nothing from the input is copied by key.
 * Hand-written rather than zod so the plan page's bundle stays small.
 */
import { isDateValueShape } from './dates';
import { emptyItem, emptyValue } from './plan-data';
import type { Field, GroupField, GroupItem, LeafField, LeafValue, PlanData, Template } from './schema';

/** Longest text answer accepted from a file (maxLength in a template is a soft, typed limit). */
export const MAX_TEXT_LENGTH = 20_000;

export type DataCheck = { ok: true; data: PlanData } | { ok: false; problems: string[] };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function checkLeaf(field: LeafField, value: unknown, at: string, problems: string[]): LeafValue | undefined {
  switch (field.kind) {
    case 'choices': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
        problems.push(`${at}: should be a list of choices`);
        return undefined;
      }
      const allowed = new Set(field.options.map((o) => o.value));
      const unknown = value.find((v) => !allowed.has(v as string));
      if (unknown !== undefined) {
        problems.push(`${at}: "${String(unknown).slice(0, 40)}" is not one of the choices`);
        return undefined;
      }
      return [...new Set(value as string[])];
    }
    case 'person': {
      if (!isPlainObject(value)) {
        problems.push(`${at}: should be a name and a role`);
        return undefined;
      }
      const extra = Object.keys(value).find((k) => k !== 'name' && k !== 'role');
      if (extra !== undefined) {
        problems.push(`${at}: has an unexpected part "${extra.slice(0, 40)}"`);
        return undefined;
      }
      const name = value.name ?? '';
      const role = value.role ?? '';
      if (typeof name !== 'string' || typeof role !== 'string' || name.length > MAX_TEXT_LENGTH || role.length > MAX_TEXT_LENGTH) {
        problems.push(`${at}: the name and role should be text`);
        return undefined;
      }
      return { name, role };
    }
    default: {
      if (typeof value !== 'string') {
        problems.push(`${at}: should be text`);
        return undefined;
      }
      if (value.length > MAX_TEXT_LENGTH) {
        problems.push(`${at}: is longer than ${MAX_TEXT_LENGTH} characters`);
        return undefined;
      }
      if (field.kind === 'date' && !isDateValueShape(value)) {
        problems.push(`${at}: is not a date`);
        return undefined;
      }
      if (field.kind === 'choice' && value !== '' && !field.options.some((o) => o.value === value)) {
        problems.push(`${at}: "${value.slice(0, 40)}" is not one of the choices`);
        return undefined;
      }
      return value;
    }
  }
}

function checkGroup(group: GroupField, value: unknown, at: string, problems: string[]): GroupItem[] | undefined {
  if (!Array.isArray(value)) {
    problems.push(`${at}: should be a list`);
    return undefined;
  }
  if (value.length > group.max) {
    problems.push(`${at}: has ${value.length} items; the most allowed is ${group.max}`);
    return undefined;
  }
  const items: GroupItem[] = [];
  value.forEach((rawItem, index) => {
    const itemAt = `${at}.${index}`;
    if (!isPlainObject(rawItem)) {
      problems.push(`${itemAt}: should be a set of answers`);
      return;
    }
    const ids = new Set(group.fields.map((f) => f.id));
    const extra = Object.keys(rawItem).find((k) => !ids.has(k));
    if (extra !== undefined) {
      problems.push(`${itemAt}: "${extra.slice(0, 40)}" is not a question in this plan`);
      return;
    }
    const item = emptyItem(group);
    for (const leaf of group.fields) {
      if (!Object.hasOwn(rawItem, leaf.id)) continue;
      const checked = checkLeaf(leaf, rawItem[leaf.id], `${itemAt}.${leaf.id}`, problems);
      if (checked !== undefined) item[leaf.id] = checked;
    }
    items.push(item);
  });
  return items;
}

/** Check answers against a template; at most `limit` problems are listed. */
export function checkPlanData(template: Template, raw: unknown, limit = 5): DataCheck {
  if (!isPlainObject(raw)) return { ok: false, problems: ['data: should be a set of answers'] };
  const fields = new Map<string, Field>(template.sections.flatMap((s) => s.fields.map((f) => [f.id, f] as const)));
  const problems: string[] = [];
  for (const key of Object.keys(raw)) {
    if (!fields.has(key)) problems.push(`data.${key.slice(0, 40)}: is not a question in this plan`);
  }
  const data: PlanData = {};
  for (const [id, field] of fields) {
    data[id] = emptyValue(field);
    if (!Object.hasOwn(raw, id)) continue;
    const at = `data.${id}`;
    const checked = field.kind === 'group' ? checkGroup(field, raw[id], at, problems) : checkLeaf(field, raw[id], at, problems);
    if (checked !== undefined) data[id] = checked;
  }
  return problems.length ? { ok: false, problems: problems.slice(0, limit) } : { ok: true, data };
}
