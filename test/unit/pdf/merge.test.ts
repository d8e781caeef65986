import { describe, expect, it } from 'vitest';
import type { PlanData } from '../../../src/lib/forms/schema';
import { hasAnyAnswer, mergeFieldAnswers } from '../../../src/lib/pdf/merge';
import { defaultTemplate, sampleData } from './helpers';

const template = defaultTemplate();

describe('mergeFieldAnswers', () => {
  const attached = sampleData(template, { items: 2 });

  it('keeps the attached draft exactly when the fields say the same (dates as printed, line endings, NFC)', () => {
    const outcomes = attached.outcomes as Record<string, unknown>[];
    const fieldData: PlanData = {
      childName: 'Zofia Wiśniewska',
      agreedOn: '12 March 2026', // printed form of whatever date; replaced below
      parentViews: String(attached.parentViews).replace(/\n/g, '\r\n'),
      likeAndAdmire: String(attached.likeAndAdmire).normalize('NFD'),
      areasOfNeed: [...(attached.areasOfNeed as string[])].reverse(),
      outcomes: outcomes.map((o) => ({ keyPerson: o.keyPerson as { name: string; role: string }, support: o.support as string })),
    };
    const withDate = { ...attached, agreedOn: '2026-03-12' };
    const result = mergeFieldAnswers(template, withDate, fieldData);
    expect(result.changes).toEqual([]);
    expect(result.data).toEqual(withDate);
  });

  it('takes edited answers from the fields and reports each change with its label', () => {
    // fieldData as the importer builds it: a person may come back with only the half the PDF has.
    const result = mergeFieldAnswers(template, attached, {
      childName: 'Zofia W.',
      nextReview: '1/7/2026',
      areasOfNeed: ['cognition'],
      outcomes: [{ keyPerson: { role: 'SENCO' } }, { support: '' }],
    } as unknown as PlanData);
    expect(result.data.childName).toBe('Zofia W.');
    expect(result.data.nextReview).toBe('2026-07-01');
    expect(result.data.areasOfNeed).toEqual(['cognition']);
    const outcomes = result.data.outcomes as Record<string, unknown>[];
    expect(outcomes[0]!.keyPerson).toEqual({ name: (attached.outcomes as Record<string, { name: string }>[])[0]!.keyPerson!.name, role: 'SENCO' });
    expect(outcomes[1]!.support).toBe('');
    expect(result.changes.map((c) => c.label)).toEqual([
      "Child's name",
      'Areas of need this plan covers',
      'Outcome 1: Key person',
      'Outcome 2: Support, strategies and interventions',
      'Date of the next review',
    ]);
    expect(result.changes[0]).toEqual({ path: ['childName'], label: "Child's name", before: 'Zofia Wiśniewska', after: 'Zofia W.' });
    expect(result.changes[3]!.path).toEqual(['outcomes', 1, 'support']);
  });

  it('keeps the attached date and explains when a typed date cannot be read', () => {
    const result = mergeFieldAnswers(template, attached, { nextReview: 'after Easter' });
    expect(result.data.nextReview).toBe(attached.nextReview);
    expect(result.changes).toEqual([]);
    expect(result.unreadable).toEqual([
      expect.objectContaining({ path: ['nextReview'], text: 'after Easter', message: expect.stringContaining('We could not read the date "after Easter"') }),
    ]);
  });

  it('builds a plan from the fields alone (another program filled it in), dropping blank outcome blocks', () => {
    const result = mergeFieldAnswers(template, null, {
      childName: 'Sam',
      agreedOn: '12 March 2026',
      achieved: 'nonsense',
      areasOfNeed: ['semh', 'not-an-option'],
      outcomes: [{ outcome: 'Read the word wall' }, { outcome: '' }, { outcome: 'Tell an adult' }, { outcome: '', support: ' ' }],
    });
    expect(result.changes).toEqual([]);
    expect(result.data).toEqual({
      childName: 'Sam',
      agreedOn: '2026-03-12',
      areasOfNeed: ['semh'],
      outcomes: [{ outcome: 'Read the word wall' }, {}, { outcome: 'Tell an adult' }],
    });
  });

  it('ignores keys that are not the template\'s, including prototype keys', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "childName": "Sam", "outcomes": [{"__proto__": {"x": 1}, "outcome": "A"}]}');
    const result = mergeFieldAnswers(template, hostile, hostile);
    expect(result.data).toEqual({ childName: 'Sam', outcomes: [{ outcome: 'A' }] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('ignores attached values of the wrong shape', () => {
    const result = mergeFieldAnswers(template, { childName: 5, areasOfNeed: 'semh', contact: 'x' } as unknown as PlanData, {});
    expect(result.data).toEqual({});
  });

  it('adds outcomes filled in beyond the attached ones, as changes', () => {
    const result = mergeFieldAnswers(template, { outcomes: [{ outcome: 'A' }] }, { outcomes: [{ outcome: 'A' }, { outcome: 'B' }] });
    expect(result.data.outcomes).toEqual([{ outcome: 'A' }, { outcome: 'B' }]);
    expect(result.changes).toEqual([{ path: ['outcomes', 1, 'outcome'], label: 'Outcome 2: The outcome, in the child\'s words', before: undefined, after: 'B' }]);
  });

  it('knows when a form holds no answers', () => {
    expect(hasAnyAnswer(template, { childName: '', outcomes: [{ outcome: '' }], areasOfNeed: [], contact: { name: '', role: '' } })).toBe(false);
    expect(hasAnyAnswer(template, { outcomes: [{ outcome: 'x' }] })).toBe(true);
    expect(hasAnyAnswer(template, { areasOfNeed: ['semh'] })).toBe(true);
  });
});
