import { describe, expect, it } from 'vitest';
import { checkPlanData, MAX_TEXT_LENGTH } from '../../../src/lib/forms/check-data';
import { changedAnswers } from '../../../src/lib/forms/diff';
import { emptyPlan } from '../../../src/lib/forms/plan-data';
import { fullPlan, template } from './helpers';

describe('checkPlanData', () => {
  it('accepts a full plan and an empty one', () => {
    expect(checkPlanData(template, fullPlan())).toEqual({ ok: true, data: fullPlan() });
    expect(checkPlanData(template, emptyPlan(template))).toEqual({ ok: true, data: emptyPlan(template) });
  });

  it('fills answers that are missing', () => {
    const result = checkPlanData(template, { childName: 'Sam' });
    expect(result.ok && result.data.outcomes).toEqual(emptyPlan(template).outcomes);
    expect(result.ok && result.data.childName).toBe('Sam');
  });

  it('refuses unknown keys, wrong shapes and unknown choices with their paths', () => {
    const cases: [unknown, RegExp][] = [
      [{ ...fullPlan(), extra: 'x' }, /data\.extra: is not a question/],
      [{ ...fullPlan(), childName: 5 }, /data\.childName: should be text/],
      [{ ...fullPlan(), areasOfNeed: ['nonsense'] }, /data\.areasOfNeed: "nonsense" is not one of the choices/],
      [{ ...fullPlan(), contact: { name: 'A', role: 'B', admin: true } }, /data\.contact: has an unexpected part "admin"/],
      [{ ...fullPlan(), agreedOn: '15/01/2026' }, /data\.agreedOn: is not a date/],
      [{ ...fullPlan(7) }, /data\.outcomes: has 7 items; the most allowed is 6/],
      [{ ...fullPlan(), outcomes: [{ outcome: 'x', hack: 1 }] }, /data\.outcomes\.0: "hack" is not a question/],
      [{ ...fullPlan(), outcomes: [{ achieved: 'maybe' }] }, /data\.outcomes\.0\.achieved: "maybe" is not one of the choices/],
      [{ ...fullPlan(), parentViews: 'x'.repeat(MAX_TEXT_LENGTH + 1) }, /longer than/],
      [[], /data: should be a set of answers/],
      [null, /data: should be a set of answers/],
    ];
    for (const [input, pattern] of cases) {
      const result = checkPlanData(template, input);
      expect(result.ok, JSON.stringify(input).slice(0, 80)).toBe(false);
      if (!result.ok) expect(result.problems.join('\n')).toMatch(pattern);
    }
  });

  it('builds a fresh object, never copying prototype keys', () => {
    const input = JSON.parse('{"childName":"Sam","__proto__":{"polluted":true}}');
    const result = checkPlanData(template, input);
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('changedAnswers', () => {
  it('lists changed answers in words', () => {
    const before = fullPlan(2);
    const after = structuredClone(before);
    after.childName = 'Samuel';
    (after.outcomes as any)[1].keyPerson = { name: 'Ms Ali', role: 'Teacher' };
    after.areasOfNeed = ['cognition'];
    expect(changedAnswers(template, before, after)).toEqual([
      { question: "Child's name", before: 'Sam', after: 'Samuel' },
      { question: 'Areas of need this plan covers', before: 'Cognition and learning, Sensory and/or physical', after: 'Cognition and learning' },
      { question: 'Outcome 2: Key person', before: 'Mr Khan (Teaching assistant)', after: 'Ms Ali (Teacher)' },
    ]);
  });
});
