/** Task-list status of a section, worked out from its answers (GOV.UK task list pattern). */
import { isAnswered, shownFields, type PlanContext } from './plan-data';
import type { PlanData, Section, Template } from './schema';
import { validateSection } from './validate';

export type SectionStatus = 'not-started' | 'in-progress' | 'completed';

export const STATUS_TEXT: Record<SectionStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
};

/** Not started: nothing written. Completed: something written and nothing left to fix. Otherwise in progress. */
export function sectionStatus(template: Template, section: Section, data: PlanData, context: PlanContext): SectionStatus {
  const anything = shownFields(section, context).some((f) => isAnswered(f, data[f.id], context));
  if (!anything) return 'not-started';
  return validateSection(template, section, data, context).length === 0 ? 'completed' : 'in-progress';
}
