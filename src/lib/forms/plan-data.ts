/**
 * Plan answers: empty values, what counts as answered, and which fields show.
 * Pure functions over a Template and PlanData; no React, no storage.
 */
import type { Field, GroupField, GroupItem, LeafField, LeafValue, PlanData, Person, Section, Template, FieldValue } from './schema';

/** Options that change which fields show. */
export interface PlanContext {
  /** True when the plan is a review of an earlier plan: fields marked reviewOnly show. */
  isReview: boolean;
}

/** The empty answer for a leaf field. */
export function emptyLeafValue(field: LeafField): LeafValue {
  switch (field.kind) {
    case 'choices':
      return [];
    case 'person':
      return { name: '', role: '' };
    default:
      return '';
  }
}

/** A new, empty item of a group. */
export function emptyItem(group: GroupField): GroupItem {
  const item: GroupItem = {};
  for (const leaf of group.fields) item[leaf.id] = emptyLeafValue(leaf);
  return item;
}

/** The empty answer for any field (a group starts with `min` empty items). */
export function emptyValue(field: Field): FieldValue {
  if (field.kind === 'group') return Array.from({ length: field.min }, () => emptyItem(field));
  return emptyLeafValue(field);
}

/** Every top-level field of a template, in order. */
export function allFields(template: Template): Field[] {
  return template.sections.flatMap((s) => s.fields);
}

/** A fresh plan with every field empty. */
export function emptyPlan(template: Template): PlanData {
  const data: PlanData = {};
  for (const field of allFields(template)) data[field.id] = emptyValue(field);
  return data;
}

/** Is this field shown in this context? */
export function isShown(field: Field | LeafField, context: PlanContext): boolean {
  return !field.reviewOnly || context.isReview;
}

/** Fields of a section shown in this context. */
export function shownFields(section: Section, context: PlanContext): Field[] {
  return section.fields.filter((f) => isShown(f, context));
}

/** Leaf fields of a group shown in this context. */
export function shownLeaves(group: GroupField, context: PlanContext): LeafField[] {
  return group.fields.filter((f) => isShown(f, context));
}

function isPerson(value: unknown): value is Person {
  return !!value && typeof value === 'object' && !Array.isArray(value) && 'name' in value;
}

/** Has the person written anything for this leaf? */
export function isLeafAnswered(field: LeafField, value: LeafValue | undefined): boolean {
  if (value === undefined) return false;
  if (field.kind === 'choices') return Array.isArray(value) && value.length > 0;
  if (field.kind === 'person') return isPerson(value) && (value.name.trim() !== '' || value.role.trim() !== '');
  return typeof value === 'string' && value.trim() !== '';
}

/** Has anything been written in this group item? */
export function isItemAnswered(group: GroupField, item: GroupItem | undefined, context: PlanContext): boolean {
  if (!item) return false;
  return shownLeaves(group, context).some((leaf) => isLeafAnswered(leaf, item[leaf.id]));
}

/** Has anything been written for this field (any item, for a group)? */
export function isAnswered(field: Field, value: FieldValue | undefined, context: PlanContext): boolean {
  if (field.kind === 'group') return Array.isArray(value) && (value as GroupItem[]).some((item) => isItemAnswered(field, item, context));
  return isLeafAnswered(field, value as LeafValue | undefined);
}

/** The child's name as typed (trimmed), or '' when not given yet. */
export function childNameOf(template: Template, data: PlanData): string {
  const value = data[template.summary.childName];
  return typeof value === 'string' ? value.trim() : '';
}

/** Replace `{child}` in template wording with the child's name, or "the child" before it is known. */
export function withChild(text: string, childName: string): string {
  return text.replaceAll('{child}', childName || 'the child');
}

/** The item groups of a template (sections can hold at most a few; usually just outcomes). */
export function groupFields(template: Template): GroupField[] {
  return allFields(template).filter((f): f is GroupField => f.kind === 'group');
}

/**
 * The template as it applies to one plan: fields hidden in this context removed. The PDF export
 * gets this, so a first plan has no "What happened" boxes and a review has them.
 */
export function templateInContext(template: Template, context: PlanContext): Template {
  return {
    ...template,
    sections: template.sections.map((section) => ({
      ...section,
      fields: shownFields(section, context).map((field) => (field.kind === 'group' ? { ...field, fields: shownLeaves(field, context) } : field)),
    })),
  };
}

/** A copy of the answers with one leaf changed. Keys come from the template, never from input. */
export function setAnswer(data: PlanData, path: { fieldId: string; index?: number; leafId?: string }, value: LeafValue): PlanData {
  if (path.index === undefined || path.leafId === undefined) return { ...data, [path.fieldId]: value };
  const items = Array.isArray(data[path.fieldId]) ? [...(data[path.fieldId] as GroupItem[])] : [];
  const item = items[path.index];
  if (!item) return data;
  items[path.index] = { ...item, [path.leafId]: value };
  return { ...data, [path.fieldId]: items };
}

/** A copy of the answers with an empty item added to a group (unless it is full). */
export function addItem(data: PlanData, group: GroupField): PlanData {
  const items = Array.isArray(data[group.id]) ? (data[group.id] as GroupItem[]) : [];
  if (items.length >= group.max) return data;
  return { ...data, [group.id]: [...items, emptyItem(group)] };
}

/** A copy of the answers with one item of a group removed. */
export function removeItem(data: PlanData, groupId: string, index: number): PlanData {
  const items = Array.isArray(data[groupId]) ? (data[groupId] as GroupItem[]) : [];
  return { ...data, [groupId]: items.filter((_, i) => i !== index) };
}
