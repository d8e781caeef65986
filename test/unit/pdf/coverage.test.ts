import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { findUnsupportedCharacters, isSupportedCodePoint, planTexts } from '../../../src/lib/pdf/coverage';
import { CYRILLIC, defaultTemplate, FONT_PATHS, GREEK, OTHERS, POLISH, sampleData } from './helpers';

const cmaps = [FONT_PATHS.regular].map((p) => new Set<number>(fontkit.create(readFileSync(p)).characterSet));
// Right-to-left scripts and controls are refused even where the fonts have glyphs (see the script).
const refused = (cp: number) =>
  cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x590 && cp <= 0x8ff) || (cp >= 0xfb1d && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff) ||
  (cp >= 0x200e && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);

describe('font coverage', () => {
  it('matches the real cmap of the embedded font, code point by code point', () => {
    const mismatches: string[] = [];
    for (let cp = 0; cp <= 0x1ffff; cp++) {
      if (cp === 0x09 || cp === 0x0a || cp === 0x0d) continue; // layout whitespace, always allowed
      const expected = cmaps.every((m) => m.has(cp)) && !refused(cp);
      if (isSupportedCodePoint(cp) !== expected) mismatches.push(cp.toString(16));
    }
    expect(mismatches).toEqual([]);
  });

  it('is up to date with the fonts (scripts/generate-font-coverage.mjs --check)', () => {
    expect(execFileSync(process.execPath, ['scripts/generate-font-coverage.mjs', '--check'], { encoding: 'utf8' })).toContain('up to date');
  });

  it('stays small (it ships in the builder bundle)', () => {
    expect(statSync('src/lib/pdf/font-coverage.ts').size).toBeLessThan(4000);
    // No pdf-lib or font in the builder's static import of coverage.ts.
    for (const file of ['coverage.ts', 'font-coverage.ts', 'text.ts', 'names.ts', 'merge.ts', 'errors.ts'])
      expect(readFileSync(`src/lib/pdf/${file}`, 'utf8')).not.toMatch(/from ['"](pdf-lib|@pdf-lib|dejavu)/);
  });

  it('accepts the languages families use in England', () => {
    expect(findUnsupportedCharacters([POLISH, GREEK, CYRILLIC, OTHERS, 'Tab\there\r\nnew line', '£5 – “quotes” … café'])).toEqual([]);
  });

  it('compares in NFC: e + combining acute is é', () => {
    expect(findUnsupportedCharacters(['Cafe\u0301'])).toEqual([]);
  });

  it('lists each unsupported character once, in order', () => {
    expect(findUnsupportedCharacters(['Hi 🦄 there 🦄', 'سلام', '你好', 'שלום'])).toEqual(['🦄', 'س', 'ل', 'ا', 'م', '你', '好', 'ש', 'ל', 'ו', 'ם']);
    expect(findUnsupportedCharacters(['ok\u0000'])).toEqual(['\u0000']);
  });

  it('checks answers, template words and the school name together', () => {
    const t = defaultTemplate();
    expect(findUnsupportedCharacters(planTexts(t, sampleData(t), 'Ysgol Gymraeg Llanŵyn'))).toEqual([]);
    expect(findUnsupportedCharacters(planTexts(t, { childName: 'Sam 🙂' }, 'School'))).toEqual(['🙂']);
    expect(findUnsupportedCharacters(planTexts(t, {}, 'مدرسة'))).toHaveLength(5);
  });
});
