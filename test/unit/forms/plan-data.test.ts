import { describe, expect, it } from 'vitest';
import { addItem, emptyPlan, isAnswered, removeItem, setAnswer, templateInContext } from '../../../src/lib/forms/plan-data';
import type { GroupField } from '../../../src/lib/forms/schema';
import { fullPlan, template } from './helpers';

const outcomes = template.sections.flatMap((s) => s.fields).find((f) => f.id === 'outcomes') as GroupField;

describe('plan data', () => {
  it('starts empty, with the group at its minimum', () => {
    const data = emptyPlan(template);
    expect(data.childName).toBe('');
    expect(data.areasOfNeed).toEqual([]);
    expect(data.contact).toEqual({ name: '', role: '' });
    expect(data.outcomes).toHaveLength(1);
    expect(isAnswered(outcomes, data.outcomes, { isReview: false })).toBe(false);
  });

  it('changes one answer without touching the rest (so unchanged boxes keep their identity)', () => {
    const data = fullPlan(3);
    const next = setAnswer(data, { fieldId: 'outcomes', index: 1, leafId: 'support' }, 'New');
    expect((next.outcomes as any)[1].support).toBe('New');
    expect((data.outcomes as any)[1].support).toBe('Daily phonics practice.');
    expect((next.outcomes as any)[0]).toBe((data.outcomes as any)[0]);
    expect(next.contact).toBe(data.contact);
    expect(setAnswer(data, { fieldId: 'outcomes', index: 9, leafId: 'support' }, 'x')).toBe(data);
  });

  it('adds up to the most allowed and removes by position', () => {
    let data = fullPlan(5);
    data = addItem(data, outcomes);
    expect(data.outcomes).toHaveLength(6);
    expect(addItem(data, outcomes)).toBe(data);
    data = removeItem(data, 'outcomes', 0);
    expect((data.outcomes as any[]).map((o) => o.outcome.slice(-3))).toEqual(['2).', '3).', '4).', '5).', '']);
  });

  it('gives the PDF only the fields that show for this plan', () => {
    const first = templateInContext(template, { isReview: false });
    const group = first.sections.flatMap((s) => s.fields).find((f) => f.id === 'outcomes') as GroupField;
    expect(group.fields.map((f) => f.id)).not.toContain('whatHappened');
    const review = templateInContext(template, { isReview: true });
    expect((review.sections.flatMap((s) => s.fields).find((f) => f.id === 'outcomes') as GroupField).fields.map((f) => f.id)).toContain('whatHappened');
  });
});
