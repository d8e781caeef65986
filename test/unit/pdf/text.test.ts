import { describe, expect, it } from 'vitest';
import { formatDateForPdf, normalizeForPdf, parseDateFromPdf, sameText } from '../../../src/lib/pdf/text';

describe('dates in the PDF', () => {
  it('writes dates the GOV.UK way', () => {
    expect(formatDateForPdf('2026-03-12')).toBe('12 March 2026');
    expect(formatDateForPdf('2026-12-01')).toBe('1 December 2026');
    expect(formatDateForPdf('2026-02-31')).toBe('2026-02-31');
    expect(formatDateForPdf('soon')).toBe('soon');
  });

  it('reads dates as people type them, in UK order', () => {
    const cases: [string, string | null][] = [
      ['12 March 2026', '2026-03-12'],
      ['Thursday 12 March 2026', '2026-03-12'],
      ['12th Mar 2026', '2026-03-12'],
      ['12 Sept 2026', '2026-09-12'],
      ['1/2/2026', '2026-02-01'],
      ['01.02.26', '2026-02-01'],
      ['12-03-2026', '2026-03-12'],
      ['2026-03-12', '2026-03-12'],
      ['  12   March   2026 ', '2026-03-12'],
      ['31/02/2026', null],
      ['next Tuesday', null],
      ['12 Marchxyz 2026', null],
      ['13/13/2026', null],
      ['', null],
    ];
    for (const [input, expected] of cases) expect(parseDateFromPdf(input), input).toBe(expected);
  });

  it('round-trips every day of a year', () => {
    for (let d = new Date(Date.UTC(2028, 0, 1)); d.getUTCFullYear() === 2028; d.setUTCDate(d.getUTCDate() + 1)) {
      const iso = d.toISOString().slice(0, 10);
      expect(parseDateFromPdf(formatDateForPdf(iso))).toBe(iso);
    }
  });
});

describe('text', () => {
  it('normalises line breaks and composes accents', () => {
    expect(normalizeForPdf('a\r\nb\rc\u2028d')).toBe('a\nb\nc\nd');
    expect(normalizeForPdf('Cafe\u0301')).toBe('Café');
    expect(sameText(' a\r\nb ', 'a\nb')).toBe(true);
    expect(sameText('a', 'b')).toBe(false);
  });
});
