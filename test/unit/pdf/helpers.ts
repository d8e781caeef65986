/** Shared test data for the PDF tests: templates from src/content/templates, fonts, sample plans. */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { parseTemplate, type PlanData, type Template } from '../../../src/lib/forms/schema';
import type { PdfFonts } from '../../../src/lib/pdf/export';

const require = createRequire(import.meta.url);
// The project root: vitest runs there (and so do the scratch scripts).
const TEMPLATES_DIR = resolve(process.cwd(), 'src/content/templates') + '/';

export function allTemplates(): Template[] {
  return readdirSync(TEMPLATES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => parseTemplate(JSON.parse(readFileSync(TEMPLATES_DIR + f, 'utf8')), f));
}

export function defaultTemplate(): Template {
  return allTemplates().find((t) => t.id === 'sen-support-plan')!;
}

export const FONT_PATHS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
};

let fonts: PdfFonts | undefined;
export function loadFonts(): PdfFonts {
  fonts ??= { regular: new Uint8Array(readFileSync(FONT_PATHS.regular)) };
  return fonts;
}

export const POLISH = 'Zofia lubi rysować. Łukasz mówi, że jest najżyczliwszą osobą, jaką zna. Źle się czuje w hałasie.';
export const GREEK = 'Η Σοφία αγαπά τη μουσική και τα ζώα.';
export const CYRILLIC = 'Она любит читать книги про животных. Їй подобається малювати.';
export const OTHERS = 'Romanian: ţară, șoarece. Lithuanian: ąžuolas, ėsti. Turkish: İstanbul, ığdır, şeker. Portuguese: coração, não. Welsh: ŵyn, ŷd.';

const LONG =
  'She settles best when she knows what is coming next, so a visual timetable on her desk and a five-minute warning before each change help a great deal. ' +
  'She finds noisy rooms hard and may cover her ears or leave; a quiet place to go and an agreed signal make this easier for everyone. ';

/**
 * A value for every leaf of a template: text from `texts` in turn, dates, first/last options,
 * people. `items` outcomes for every group. Works for any template.
 */
export function sampleData(template: Template, options: { items?: number; long?: boolean } = {}): PlanData {
  const texts = [POLISH, GREEK, CYRILLIC, OTHERS, 'Plain English answer.'];
  let n = 0;
  const next = (kind: string) => {
    const t = texts[n++ % texts.length]!;
    return kind === 'longtext' && options.long ? `${t}\n\n${LONG.repeat(2)}` : t;
  };
  const leaf = (f: Template['sections'][number]['fields'][number]): unknown => {
    switch (f.kind) {
      case 'text':
      case 'longtext':
        return next(f.kind);
      case 'date':
        return `2026-0${(n++ % 9) + 1}-1${n % 10}`;
      case 'choice':
        return f.options[n++ % f.options.length]!.value;
      case 'choices':
        return f.options.filter((_, i) => i % 2 === 0).map((o) => o.value);
      case 'person':
        return { name: `Pani Łucja Nowak ${n++}`, role: 'Класний керівник' };
      default:
        return undefined;
    }
  };
  const data: PlanData = {};
  for (const s of template.sections)
    for (const f of s.fields) {
      if (f.kind === 'group') {
        const count = Math.min(f.max, options.items ?? f.recommended?.max ?? f.min);
        data[f.id] = Array.from({ length: count }, () => Object.fromEntries(f.fields.map((l) => [l.id, leaf(l)]))) as PlanData[string];
      } else data[f.id] = leaf(f) as PlanData[string];
    }
  data[template.summary.childName] = 'Zofia Wiśniewska';
  return data;
}

/** A realistic plan with moderate answers, for looking at. */
export function realisticData(template: Template): PlanData {
  const data = sampleData(template, { items: 4 });
  return data;
}
