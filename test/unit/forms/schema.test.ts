import { describe, expect, it } from 'vitest';
import { FORBIDDEN_KEYS, parseTemplate, templateSchema } from '../../../src/lib/forms/schema';
import { rawCopy, template } from './helpers';

describe('template schema', () => {
  it('accepts the default template and fills defaults', () => {
    expect(template.id).toBe('sen-support-plan');
    const child = template.sections[0]!.fields[0]!;
    expect(child.optional).toBe(false);
    expect(child.reviewOnly).toBe(false);
    const outcomes = template.sections.flatMap((s) => s.fields).find((f) => f.id === 'outcomes');
    expect(outcomes?.kind).toBe('group');
    if (outcomes?.kind !== 'group') return;
    expect(outcomes.min).toBe(1);
    expect(outcomes.max).toBe(6);
    expect(outcomes.recommended).toEqual({ min: 3, max: 4 });
    expect(outcomes.fields.map((f) => f.id)).toEqual([
      'outcome', 'whatHappened', 'achieved', 'successLooksLike', 'support', 'keyPerson', 'whenWhereHowOften', 'expectedImpact',
    ]);
    expect(outcomes.fields.filter((f) => f.reviewOnly).map((f) => f.id)).toEqual(['whatHappened', 'achieved']);
  });

  it('covers what a good SEN Support plan contains', () => {
    const ids = template.sections.flatMap((s) => s.fields.map((f) => f.id));
    for (const id of ['likeAndAdmire', 'importantToMe', 'howToSupportMe', 'whoHelpedWrite', 'parentViews', 'strengths', 'needs', 'areasOfNeed', 'outcomes', 'agreedBy', 'agreedOn', 'nextReview', 'contact']) {
      expect(ids).toContain(id);
    }
    const areas = template.sections.flatMap((s) => s.fields).find((f) => f.id === 'areasOfNeed');
    expect(areas?.optional).toBe(true);
  });

  it('refuses prototype keys as ids', () => {
    for (const key of FORBIDDEN_KEYS) {
      const raw = rawCopy();
      raw.sections[0].fields[1].id = key;
      expect(templateSchema.safeParse(raw).success).toBe(false);
    }
  });

  it('refuses duplicate ids, dots in ids and a summary naming a missing field', () => {
    const dup = rawCopy();
    dup.sections[0].fields[1].id = 'childName';
    expect(() => parseTemplate(dup, 'dup.json')).toThrow(/dup\.json[\s\S]*"childName" is used twice/);

    const dot = rawCopy();
    dot.sections[0].fields[0].id = 'child.name';
    expect(() => parseTemplate(dot, 'dot.json')).toThrow(/sections\.0\.fields\.0\.id/);

    const summary = rawCopy();
    summary.summary.reviewDate = 'strengths';
    expect(() => parseTemplate(summary, 's.json')).toThrow(/summary\.reviewDate: summary\.reviewDate must name a date field/);
  });

  it('checks group ranges', () => {
    const raw = rawCopy();
    const group = raw.sections[3].fields[0];
    group.min = 7;
    expect(() => parseTemplate(raw, 'g.json')).toThrow(/min \(7\) is more than max \(6\)/);
  });
});
