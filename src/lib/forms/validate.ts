/**
 * Validation on "Save and continue" and before export (never on blur), with GOV.UK-style
 * messages that say what to do. One message per field; the error summary and the inline
 * message use the same words.
 */
import { dateProblem } from './dates';
import { addButtonDomId, fieldDomId, itemDomId, type FieldPath } from './paths';
import { childNameOf, isLeafAnswered, shownFields, shownLeaves, withChild, type PlanContext } from './plan-data';
import type { GroupField, GroupItem, LeafField, LeafValue, PlanData, Section, Template } from './schema';

export interface FormError {
  /** Which answer is wrong. */
  path: FieldPath;
  /** The section that holds it (error links on the check page open that section). */
  sectionId: string;
  /** Id of the element the error summary link focuses. */
  targetId: string;
  /** What to do, in plain words. */
  message: string;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** The "it is empty" message for a field: its own errorMessage, or "Enter …" / "Select …". */
export function requiredMessage(field: LeafField, childName: string): string {
  if (field.errorMessage) return withChild(field.errorMessage, childName);
  const verb = field.kind === 'choice' || field.kind === 'choices' ? 'Select' : 'Enter';
  return `${verb} ${lowerFirst(field.label)}`;
}

interface LeafProblem {
  message: string;
  /** Suffix of the element to focus: '' (the field), '_name', '_day', '_month', '_year'. */
  part: string;
}

/** The problem with one leaf answer, or null when it is fine. */
export function leafProblem(field: LeafField, value: LeafValue | undefined, childName: string): LeafProblem | null {
  const answered = isLeafAnswered(field, value);
  if (field.kind === 'date') {
    const v = typeof value === 'string' ? value : '';
    const problem = dateProblem(v);
    if (problem === null) return null;
    if (problem === 'empty') return field.optional ? null : { message: requiredMessage(field, childName), part: '_day' };
    const label = field.label;
    switch (problem) {
      case 'missing-day':
        return { message: `${label} must include a day`, part: '_day' };
      case 'missing-month':
        return { message: `${label} must include a month`, part: '_month' };
      case 'missing-year':
        return { message: `${label} must include a year`, part: '_year' };
      case 'year-digits':
        return { message: `Year must include 4 numbers, for example 2026`, part: '_year' };
      default:
        return { message: `${label} must be a real date`, part: '_day' };
    }
  }
  if (field.kind === 'person') {
    const name = value && typeof value === 'object' && !Array.isArray(value) ? value.name.trim() : '';
    if (!name && !field.optional) return { message: requiredMessage(field, childName), part: '_name' };
    return null;
  }
  if (!answered) return field.optional ? null : { message: requiredMessage(field, childName), part: '' };
  if ((field.kind === 'text' || field.kind === 'longtext') && typeof value === 'string' && value.length > field.maxLength) {
    return { message: `${field.label} must be ${field.maxLength} characters or fewer`, part: '' };
  }
  return null;
}

function groupErrors(group: GroupField, items: GroupItem[], section: Section, context: PlanContext, childName: string): FormError[] {
  const errors: FormError[] = [];
  const name = group.itemLabel.toLowerCase();
  if (items.length < group.min) {
    errors.push({
      path: { fieldId: group.id },
      sectionId: section.id,
      targetId: addButtonDomId(group.id),
      message: `Add at least ${group.min} ${group.min === 1 ? name : `${name}s`}`,
    });
  }
  if (items.length > group.max) {
    errors.push({
      path: { fieldId: group.id },
      sectionId: section.id,
      targetId: itemDomId(group.id, group.max),
      message: `Remove ${name}s so that there are no more than ${group.max}`,
    });
  }
  items.forEach((item, index) => {
    for (const leaf of shownLeaves(group, context)) {
      const problem = leafProblem(leaf, item[leaf.id], childName);
      if (!problem) continue;
      const path = { fieldId: group.id, index, leafId: leaf.id };
      errors.push({
        path,
        sectionId: section.id,
        targetId: fieldDomId(path) + problem.part,
        message: `${problem.message} (${name} ${index + 1})`,
      });
    }
  });
  return errors;
}

/** Every problem in one section, in the order the fields appear. */
export function validateSection(template: Template, section: Section, data: PlanData, context: PlanContext): FormError[] {
  const childName = childNameOf(template, data);
  const errors: FormError[] = [];
  for (const field of shownFields(section, context)) {
    const value = data[field.id];
    if (field.kind === 'group') {
      errors.push(...groupErrors(field, Array.isArray(value) ? (value as GroupItem[]) : [], section, context, childName));
      continue;
    }
    const problem = leafProblem(field, value as LeafValue | undefined, childName);
    if (problem) {
      const path = { fieldId: field.id };
      errors.push({ path, sectionId: section.id, targetId: fieldDomId(path) + problem.part, message: problem.message });
    }
  }
  return errors;
}

/** Every problem in the plan, section by section. */
export function validatePlan(template: Template, data: PlanData, context: PlanContext): FormError[] {
  return template.sections.flatMap((section) => validateSection(template, section, data, context));
}
