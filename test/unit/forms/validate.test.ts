import { describe, expect, it } from 'vitest';
import { emptyPlan } from '../../../src/lib/forms/plan-data';
import { validatePlan, validateSection } from '../../../src/lib/forms/validate';
import { sectionStatus } from '../../../src/lib/forms/status';
import { fullPlan, template } from './helpers';

const first = { isReview: false };
const review = { isReview: true };
const section = (id: string) => template.sections.find((s) => s.id === id)!;

describe('validation', () => {
  it('passes a complete plan', () => {
    expect(validatePlan(template, fullPlan(), first)).toEqual([]);
  });

  it('says what to do for each empty required field, with the child\'s name once known', () => {
    const data = emptyPlan(template);
    const errors = validateSection(template, section('about-the-child'), data, first);
    expect(errors.map((e) => e.message)).toEqual([
      "Enter the child's name",
      'Enter what people like and admire about the child',
      'Enter what is important to the child',
      'Enter how best to support the child',
    ]);
    expect(errors[0]!.targetId).toBe('f_childName');
    data.childName = 'Sam';
    expect(validateSection(template, section('about-the-child'), data, first)[0]!.message).toBe('Enter what people like and admire about Sam');
  });

  it('labels errors inside outcomes with the outcome number and links to the right box', () => {
    const data = fullPlan(2);
    (data.outcomes as any)[1].keyPerson = { name: ' ', role: 'TA' };
    (data.outcomes as any)[1].outcome = '';
    const errors = validateSection(template, section('outcomes'), data, first);
    expect(errors.map((e) => [e.message, e.targetId])).toEqual([
      ['Enter what will be different for Sam (outcome 2)', 'f_outcomes_1_outcome'],
      ['Enter the name of the key person (outcome 2)', 'f_outcomes_1_keyPerson_name'],
    ]);
  });

  it('asks for review notes only in a review', () => {
    const data = fullPlan(1);
    expect(validateSection(template, section('outcomes'), data, first)).toEqual([]);
    expect(validateSection(template, section('outcomes'), data, review).map((e) => e.message)).toEqual([
      'Enter what happened with this outcome since the last plan (outcome 1)',
    ]);
  });

  it('checks dates part by part', () => {
    const data = fullPlan();
    data.agreedOn = '2026--15';
    data.nextReview = '2026-2-30';
    data.dateOfBirth = '16-4-2';
    const messages = validatePlan(template, data, first).map((e) => [e.message, e.targetId]);
    expect(messages).toEqual([
      ['Year must include 4 numbers, for example 2026', 'f_dateOfBirth_year'],
      ['Date the plan was agreed must include a month', 'f_agreedOn_month'],
      ['Date of the next review must be a real date', 'f_nextReview_day'],
    ]);
  });

  it('flags text over the limit on continue (never while typing)', () => {
    const data = fullPlan();
    data.childName = 'x'.repeat(81);
    expect(validateSection(template, section('about-the-child'), data, first).map((e) => e.message)).toEqual(["Child's name must be 80 characters or fewer"]);
  });

  it('needs at least one outcome, and links to the add button', () => {
    const data = fullPlan();
    data.outcomes = [];
    expect(validateSection(template, section('outcomes'), data, first)).toMatchObject([{ message: 'Add at least 1 outcome', targetId: 'add_outcomes' }]);
  });

  it('works out task-list status', () => {
    const data = emptyPlan(template);
    const s = section('about-the-child');
    expect(sectionStatus(template, s, data, first)).toBe('not-started');
    data.childName = 'Sam';
    expect(sectionStatus(template, s, data, first)).toBe('in-progress');
    const full = fullPlan();
    expect(sectionStatus(template, s, full, first)).toBe('completed');
  });
});
