import raw from '../../../src/content/templates/sen-support-plan.json';
import { parseTemplate, type PlanData, type Template, type TemplateInput } from '../../../src/lib/forms/schema';
import { emptyPlan } from '../../../src/lib/forms/plan-data';

export const rawTemplate = raw as unknown as TemplateInput;
export const template: Template = parseTemplate(raw, 'sen-support-plan.json');

/** A deep copy of the default template's JSON, to break in tests. */
export function rawCopy(): Record<string, any> {
  return structuredClone(raw) as Record<string, any>;
}

/** A complete plan that passes validation. */
export function fullPlan(outcomes = 3): PlanData {
  const data = emptyPlan(template);
  Object.assign(data, {
    childName: 'Sam',
    dateOfBirth: '2016-04-02',
    yearGroup: 'Year 4',
    likeAndAdmire: 'I am kind and funny.',
    importantToMe: 'My dog Biscuit.',
    howToSupportMe: 'One instruction at a time.',
    whoHelpedWrite: 'Mum and Mr Khan',
    parentViews: 'Sam is tired after school.',
    parentHopes: '',
    strengths: 'Drawing, building with Lego.',
    needs: 'Reading new words; noisy rooms.',
    areasOfNeed: ['cognition', 'sensory-physical'],
    outcomes: Array.from({ length: outcomes }, (_, i) => ({
      outcome: `By Easter, I can read 20 words from my word wall by myself (${i + 1}).`,
      whatHappened: '',
      achieved: '',
      successLooksLike: 'Sam reads the words to Mr Khan.',
      support: 'Daily phonics practice.',
      keyPerson: { name: 'Mr Khan', role: 'Teaching assistant' },
      whenWhereHowOften: '3 times a week, 15 minutes, library',
      expectedImpact: 'Sam joins in reading in class.',
    })),
    agreedBy: 'Sam, Ms Patel (mum), Mr Jones (SENCO)',
    agreedOn: '2026-01-15',
    nextReview: '2026-04-01',
    contact: { name: 'Mr Jones', role: 'SENCO' },
  });
  return data;
}
