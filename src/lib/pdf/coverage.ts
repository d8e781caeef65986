/**
 * Which characters the PDF can show. Pure and small (about 1 KB with its data): the plan builder
 * imports it statically and checks the answers BEFORE it loads pdf-lib and the fonts.
 * The exporter runs the same check and refuses (UnsupportedCharactersError) rather than drop
 * or replace a character.
 */
import type { Field, PlanData, Template } from '../forms/schema';
import { FONT_COVERAGE } from './font-coverage';
import { normalizeForPdf } from './text';

let starts: Uint32Array | undefined;
let ends: Uint32Array | undefined;

function decode(): void {
  const parts = FONT_COVERAGE.split(',');
  starts = new Uint32Array(parts.length);
  ends = new Uint32Array(parts.length);
  let prevEnd = -1;
  parts.forEach((part, i) => {
    const [gap, len] = part.split('.');
    const start = prevEnd + 1 + parseInt(gap!, 36);
    const end = start + (len ? parseInt(len, 36) : 0);
    starts![i] = start;
    ends![i] = end;
    prevEnd = end;
  });
}

/** Tab and line breaks: not glyphs, but the PDF lays them out as spaces and new lines. */
const LAYOUT_WHITESPACE = new Set([0x09, 0x0a, 0x0d]);

/** True when the PDF's fonts can show this code point. */
export function isSupportedCodePoint(cp: number): boolean {
  if (LAYOUT_WHITESPACE.has(cp)) return true;
  if (!starts) decode();
  let lo = 0;
  let hi = starts!.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < starts![mid]!) hi = mid - 1;
    else if (cp > ends![mid]!) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * The characters in these texts that the PDF cannot show, each once, in the order first met.
 * Texts are compared in NFC, as the PDF stores them, so "e" + combining acute counts as "é".
 * An empty array means the plan can be exported.
 */
export function findUnsupportedCharacters(texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const ch of normalizeForPdf(text)) {
      if (!found.has(ch) && !isSupportedCodePoint(ch.codePointAt(0)!)) found.add(ch);
    }
  }
  return [...found];
}

/** Every text of a template that the PDF prints: titles, labels, hints, option labels. */
export function templateTexts(template: Template): string[] {
  const out: string[] = [template.name];
  const fieldTexts = (f: Field) => {
    out.push(f.label);
    if (f.hint) out.push(f.hint);
    if (f.kind === 'choice' || f.kind === 'choices') for (const o of f.options) out.push(o.label, o.hint ?? '');
    if (f.kind === 'group') {
      out.push(f.itemLabel);
      f.fields.forEach(fieldTexts);
    }
  };
  for (const s of template.sections) {
    out.push(s.title, s.intro ?? '');
    s.fields.forEach(fieldTexts);
  }
  return out;
}

/** Every string inside the answers (text, names, roles; option values too, which are ASCII ids). */
export function dataTexts(data: PlanData): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(data);
  return out;
}

/** What the builder should check before export: the answers, the template's words, the school's name. */
export function planTexts(template: Template, data: PlanData, schoolName = ''): string[] {
  return [...dataTexts(data), ...templateTexts(template), schoolName];
}
