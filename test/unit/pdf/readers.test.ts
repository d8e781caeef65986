/**
 * The PDF as independent readers see it: qpdf (structure), poppler (pdftotext, pdftoppm: what
 * Evince, Okular and many print paths show), PDFium (Chromium's engine, through pypdfium2 when it is
 * installed) typing into a field. Each test skips with a clear message when its tool is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFBool, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../../../src/lib/forms/schema';
import { exportPlanPdf } from '../../../src/lib/pdf/export';
import { importPlanPdf } from '../../../src/lib/pdf/import';
import { pdfFieldSlots, itemCountsFor } from '../../../src/lib/pdf/names';
import { formatDateForPdf } from '../../../src/lib/pdf/text';
import { CYRILLIC, defaultTemplate, GREEK, loadFonts, POLISH, sampleData } from './helpers';

const has = (tool: string, args: string[] = ['--version']) => !spawnSync(tool, args, { stdio: 'ignore' }).error;
const HAS_QPDF = has('qpdf');
const HAS_PDFTOTEXT = has('pdftotext', ['-v']);
const HAS_PDFTOPPM = has('pdftoppm', ['-v']);
const HAS_PDFIUM = spawnSync('python3', ['-c', 'import pypdfium2'], { stdio: 'ignore' }).status === 0;
const missing = (tool: string) => `skipped: ${tool} is not installed (Debian: apt-get install qpdf poppler-utils; PDFium: pip install pypdfium2)`;

const template = defaultTemplate();
const data = sampleData(template, { items: 4 });
const dir = mkdtempSync(join(tmpdir(), 'pdf-readers-'));
const file = (name: string) => join(dir, name);
let pdfPath: string;
let bytes: Uint8Array;
const templates = [template];

beforeAll(async () => {
  bytes = await exportPlanPdf({ template, data, schoolName: 'Ysgol Gynradd Llanŵyn', attachmentJson: JSON.stringify({ templateId: template.id, data }), fonts: loadFonts() });
  pdfPath = file('plan.pdf');
  writeFileSync(pdfPath, bytes);
  writeFileSync(file('blank.pdf'), await exportPlanPdf({ template, data: {}, schoolName: 'Example Primary School', fonts: loadFonts() }));
});

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.skipIf(!HAS_QPDF)(`qpdf ${HAS_QPDF ? '' : missing('qpdf')}`, () => {
  it('finds no structural errors in a filled or a blank plan', () => {
    for (const name of ['plan.pdf', 'blank.pdf']) {
      const out = execFileSync('qpdf', ['--check', file(name)], { encoding: 'utf8' });
      expect(out).toContain('No syntax or stream encoding errors found');
    }
  });

  it('another program\'s edit (qpdf JSON update of a field\'s /V, no appearance) imports', async () => {
    const json = JSON.parse(execFileSync('qpdf', ['--json-output=2', pdfPath], { encoding: 'utf8', maxBuffer: 64 << 20 }));
    const [header, objects] = json.qpdf as [Record<string, unknown>, Record<string, { value?: Record<string, unknown> }>];
    const key = Object.keys(objects).find((k) => objects[k]!.value?.['/T'] === 'u:parentViews')!;
    const value = { ...objects[key]!.value, '/V': 'u:Edited with qpdf: Łódź, Αθήνα, Київ' };
    writeFileSync(file('update.json'), JSON.stringify({ qpdf: [header, { [key]: { value } }] }));
    execFileSync('qpdf', [`--update-from-json=${file('update.json')}`, pdfPath, file('qpdf-edited.pdf')]);
    const result = await importPlanPdf(readFileSync(file('qpdf-edited.pdf')), { templates });
    expect(result.ok && result.data.parentViews).toBe('Edited with qpdf: Łódź, Αθήνα, Київ');
    expect(result.ok && result.changes.map((c) => c.label)).toEqual(['What we would like the school to know']);
  });
});

describe.skipIf(!HAS_PDFTOTEXT)(`poppler pdftotext ${HAS_PDFTOTEXT ? '' : missing('pdftotext')}`, () => {
  it('shows every value, Polish, Greek and Cyrillic included, and the header on every page', () => {
    const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }));
    expect(text).toContain(squash(POLISH));
    expect(text).toContain(squash(GREEK));
    expect(text).toContain(squash(CYRILLIC));
    for (const slot of pdfFieldSlots(template, itemCountsFor(template, data))) {
      if (slot.widget === 'checkbox' || slot.widget === 'radio') continue;
      const raw = slot.path.length === 1 ? data[slot.path[0]] : (data[slot.path[0]] as Record<string, unknown>[])[slot.path[1]]![slot.path[2]];
      const value = slot.part ? (raw as Person)[slot.part] : slot.field.kind === 'date' ? formatDateForPdf(raw as string) : (raw as string);
      expect(text, slot.name).toContain(squash(value));
    }
    const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
    pages.forEach((page, i) => {
      expect(page).toContain('Ysgol Gynradd Llanŵyn');
      expect(page).toContain('Zofia Wiśniewska');
      expect(page).toContain(formatDateForPdf(data.nextReview as string));
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });

  it('redraws an edited field from /DA and /DR with the embedded font (Polish, Greek, Cyrillic typed later)', async () => {
    // A reader that regenerates appearances (NeedAppearances) must find our font in /DR.
    const doc = await PDFDocument.load(bytes);
    doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict).set(PDFName.of('NeedAppearances'), PDFBool.True);
    const field = doc.getForm().getTextField('parentHopes');
    field.setText('Typed later: żółć, Ψυχή, Щастя');
    for (const w of field.acroField.getWidgets()) w.dict.delete(PDFName.of('AP'));
    writeFileSync(file('regenerate.pdf'), await doc.save({ updateFieldAppearances: false }));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file('regenerate.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Typed later: żółć, Ψυχή, Щастя');
  });
});

describe.skipIf(!HAS_PDFTOPPM)(`poppler pdftoppm ${HAS_PDFTOPPM ? '' : missing('pdftoppm')}`, () => {
  it('renders every page (look at the PNG: see the report)', () => {
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdfPath, file('page')]);
    const png = readFileSync(file('page-1.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(statSync(file('page-1.png')).size).toBeGreaterThan(10_000);
  });
});

describe.skipIf(!HAS_PDFIUM)(`PDFium (Chromium's engine) ${HAS_PDFIUM ? '' : missing('pypdfium2')}`, () => {
  it('keeps what a person types into a field, and import picks it up', async () => {
    const typed = 'Typed in PDFium: Zażółć gęślą jaźń, Ελληνικά, Кириллица.';
    const out = execFileSync('python3', ['test/unit/pdf/tools/pdfium_edit.py', pdfPath, file('pdfium.pdf'), file('pdfium.png'), 'parentViews', typed], { encoding: 'utf8' });
    expect(JSON.parse(out).value_after).toBe(typed);
    const result = await importPlanPdf(readFileSync(file('pdfium.pdf')), { templates });
    expect(result.ok && result.data.parentViews).toBe(typed);
    expect(result.ok && result.changes.map((c) => c.path)).toEqual([['parentViews']]);
    if (HAS_QPDF) expect(execFileSync('qpdf', ['--check', file('pdfium.pdf')], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
  });
});
