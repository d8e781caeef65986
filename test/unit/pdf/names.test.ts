import { describe, expect, it } from 'vitest';
import { fieldNameFor, itemCountsFor, labelForPath, parseFieldName, pdfFieldSlots, suggestPdfFileName } from '../../../src/lib/pdf/names';
import { allTemplates, defaultTemplate } from './helpers';

describe('PDF field names', () => {
  it('uses "__" and 1-based item numbers', () => {
    expect(fieldNameFor(['childName'])).toBe('childName');
    expect(fieldNameFor(['contact'], 'name')).toBe('contact__name');
    expect(fieldNameFor(['outcomes', 1, 'support'])).toBe('outcomes__2__support');
    expect(fieldNameFor(['outcomes', 0, 'keyPerson'], 'role')).toBe('outcomes__1__keyPerson__role');
  });

  for (const template of allTemplates()) {
    describe(`template ${template.id}`, () => {
      // As many items as each group allows.
      const maxItems = (id: string) => {
        const field = template.sections.flatMap((s) => s.fields).find((f) => f.id === id);
        return field?.kind === 'group' ? field.max : 1;
      };
      const counts = Object.fromEntries(Object.keys(itemCountsFor(template, undefined)).map((k) => [k, maxItems(k)]));
      const slots = pdfFieldSlots(template, counts, { isReview: true });

      it('gives every answer its own field name, without dots, unique', () => {
        const names = slots.map((s) => s.name);
        expect(new Set(names).size).toBe(names.length);
        for (const n of names) expect(n).toMatch(/^[A-Za-z0-9_-]+$/);
        // Every leaf field of the template has at least one slot per item.
        for (const section of template.sections)
          for (const f of section.fields) {
            if (f.kind === 'group') for (const leaf of f.fields) expect(slots.some((s) => s.path[0] === f.id && s.path[2] === leaf.id)).toBe(true);
            else expect(slots.some((s) => s.path[0] === f.id)).toBe(true);
          }
      });

      it('maps every name back to the same slot', () => {
        for (const slot of slots) {
          const back = parseFieldName(template, slot.name);
          expect(back, slot.name).not.toBeNull();
          expect(back!.path).toEqual(slot.path);
          expect(back!.part).toBe(slot.part);
          expect(back!.option).toBe(slot.option);
          expect(back!.widget).toBe(slot.widget);
          expect(back!.tooltip).toBe(slot.tooltip);
        }
      });

      it('rejects names that are not ours', () => {
        const group = template.sections.flatMap((s) => s.fields).find((f) => f.kind === 'group');
        const bad = ['', 'nope', 'childName__x', 'childName.sub', '__proto__', 'constructor', 'childName__'];
        if (group && group.kind === 'group') {
          const leaf = group.fields[0]!.id;
          bad.push(`${group.id}__0__${leaf}`, `${group.id}__${group.max + 1}__${leaf}`, `${group.id}__01__${leaf}`, `${group.id}__1__nope`, `${group.id}__1`, `${group.id}`);
        }
        for (const name of bad) expect(parseFieldName(template, name), name).toBeNull();
      });
    });
  }

  it('labels group answers with their number', () => {
    const t = defaultTemplate();
    expect(labelForPath(t, ['outcomes', 1, 'keyPerson'])).toBe('Outcome 2: Key person');
    expect(labelForPath(t, ['childName'])).toBe("Child's name");
    const slot = parseFieldName(t, 'outcomes__2__keyPerson__name')!;
    expect(slot.tooltip).toBe('Outcome 2: Key person: name');
  });

  it('leaves review-only fields out unless the plan is a review', () => {
    const t = defaultTemplate();
    const first = pdfFieldSlots(t).map((s) => s.name);
    const review = pdfFieldSlots(t, undefined, { isReview: true }).map((s) => s.name);
    expect(first).not.toContain('outcomes__1__whatHappened');
    expect(review).toContain('outcomes__1__whatHappened');
    // Review-only names still map back, so a review PDF imports.
    expect(parseFieldName(t, 'outcomes__1__whatHappened')).not.toBeNull();
  });

  it('prints the recommended number of blank outcomes, and the draft\'s own number otherwise', () => {
    const t = defaultTemplate();
    expect(itemCountsFor(t, {}).outcomes).toBe(4);
    expect(itemCountsFor(t, { outcomes: [{}, {}] }).outcomes).toBe(2);
  });

  it('suggests an ASCII file name', () => {
    const t = defaultTemplate();
    expect(suggestPdfFileName(t, { childName: 'Zoë Łukasz-Wiśniewska' }, new Date('2026-03-12T10:00:00Z'))).toBe('sen-support-plan-zoe-lukasz-wisniewska-2026-03-12.pdf');
    expect(suggestPdfFileName(t, {}, new Date('2026-03-12T10:00:00Z'))).toBe('sen-support-plan-2026-03-12.pdf');
  });
});
