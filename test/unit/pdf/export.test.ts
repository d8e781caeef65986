import { PDFArray, PDFCheckBox, PDFDict, PDFDocument, PDFName, PDFRadioGroup, PDFRawStream, PDFRef, PDFStream, PDFTextField, decodePDFRawStream } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Person, PlanData, Template } from '../../../src/lib/forms/schema';
import { exportPlanPdf, UnsupportedCharactersError } from '../../../src/lib/pdf/export';
import { readPlanPdf } from '../../../src/lib/pdf/import';
import { itemCountsFor, pdfFieldSlots } from '../../../src/lib/pdf/names';
import { formatDateForPdf } from '../../../src/lib/pdf/text';
import { allTemplates, defaultTemplate, loadFonts, sampleData } from './helpers';

const NOW = new Date('2026-03-12T10:00:00Z');

async function exportAndLoad(template: Template, data: PlanData, extra: { attachmentJson?: string; isReview?: boolean } = {}) {
  const bytes = await exportPlanPdf({ template, data, schoolName: 'Ysgol Gynradd Llanŵyn', fonts: loadFonts(), now: NOW, ...extra });
  return { bytes, doc: await PDFDocument.load(bytes) };
}

/** What the PDF should hold for a slot, from the plan data. */
function expected(template: Template, data: PlanData, slot: ReturnType<typeof pdfFieldSlots>[number]): string | boolean {
  const raw = slot.path.length === 1 ? data[slot.path[0]] : (data[slot.path[0]] as Record<string, unknown>[])[slot.path[1]]![slot.path[2]];
  if (slot.widget === 'checkbox') return (raw as string[]).includes(slot.option!);
  if (slot.part) return (raw as Person)[slot.part];
  if (slot.field.kind === 'date') return formatDateForPdf(raw as string);
  return raw as string;
}

describe.each(allTemplates().map((t) => [t.id, t] as const))('export of %s', (_id, template) => {
  const data = sampleData(template, { items: 3 });
  let doc: PDFDocument;
  beforeAll(async () => {
    ({ doc } = await exportAndLoad(template, data, { isReview: true, attachmentJson: JSON.stringify({ templateId: template.id, data }) }));
  });

  it('has one real form field per answer, in reading order, holding its value', () => {
    const slots = pdfFieldSlots(template, itemCountsFor(template, data), { isReview: true });
    const fields = doc.getForm().getFields();
    expect(fields.map((f) => f.getName())).toEqual(slots.map((s) => s.name));
    for (const slot of slots) {
      const field = doc.getForm().getField(slot.name);
      const want = expected(template, data, slot);
      if (slot.widget === 'checkbox') expect((field as PDFCheckBox).isChecked(), slot.name).toBe(want);
      else if (slot.widget === 'radio') expect((field as PDFRadioGroup).getSelected(), slot.name).toBe(want);
      else {
        expect(field, slot.name).toBeInstanceOf(PDFTextField);
        expect((field as PDFTextField).getText(), slot.name).toBe(want);
        // Long text is multi-line; a one-line answer too long for its line becomes multi-line too.
        if (slot.widget === 'multiline') expect((field as PDFTextField).isMultiline()).toBe(true);
      }
      expect((field.acroField.dict.lookup(PDFName.of('TU')) as unknown as { decodeText(): string }).decodeText()).toBe(slot.tooltip);
    }
  });
});

describe('export of the default template', () => {
  const template = defaultTemplate();
  const data = sampleData(template, { items: 6, long: true });
  const attachmentJson = JSON.stringify({ templateId: template.id, data });
  let bytes: Uint8Array;
  let doc: PDFDocument;
  beforeAll(async () => {
    ({ bytes, doc } = await exportAndLoad(template, data, { attachmentJson }));
  });

  it('is A4, titled, in British English, with tab order by structure on every page', () => {
    for (const page of doc.getPages()) {
      expect(page.getSize()).toEqual({ width: 595.28, height: 841.89 });
      expect(page.node.get(PDFName.of('Tabs'))).toBe(PDFName.of('S'));
    }
    expect(doc.getTitle()).toBe('SEN Support plan for Zofia Wiśniewska');
    expect(doc.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(en-GB)');
    const prefs = doc.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
    expect(prefs.get(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true');
    expect(doc.getKeywords()).toContain('template:sen-support-plan');
  });

  it('puts the embedded font in /DR, uses it in every text field\'s /DA, and writes every appearance', () => {
    const acro = doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict);
    expect(acro.get(PDFName.of('NeedAppearances'))).toBeUndefined();
    const drFonts = acro.lookup(PDFName.of('DR'), PDFDict).lookup(PDFName.of('Font'), PDFDict);
    const font = drFonts.lookup(PDFName.of('DejaVuSans'), PDFDict);
    expect(font.get(PDFName.of('Subtype'))).toBe(PDFName.of('Type0'));
    expect(drFonts.lookup(PDFName.of('ZaDb'), PDFDict).get(PDFName.of('BaseFont'))).toBe(PDFName.of('ZapfDingbats'));
    for (const field of doc.getForm().getFields()) {
      const da = field.acroField.getDefaultAppearance() ?? '';
      if (field instanceof PDFTextField) expect(da).toMatch(/^\/DejaVuSans \d+(\.\d+)? Tf 0 g$/);
      else expect(da).toBe('/ZaDb 0 Tf 0 g');
      for (const w of field.acroField.getWidgets()) expect(w.getAppearances()?.normal, field.getName()).toBeDefined();
    }
  });

  it('embeds the whole regular font (every glyph, width and Unicode mapping), not a subset', () => {
    const acro = doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict);
    const font = acro.lookup(PDFName.of('DR'), PDFDict).lookup(PDFName.of('Font'), PDFDict).lookup(PDFName.of('DejaVuSans'), PDFDict);
    expect(font.get(PDFName.of('BaseFont'))).toBe(PDFName.of('DejaVuSans'));
    const cid = font.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict);
    const file = cid.lookup(PDFName.of('FontDescriptor'), PDFDict).lookup(PDFName.of('FontFile2')) as PDFRawStream;
    const ttf = decodePDFRawStream(file).decode();
    expect(ttf.length).toBe(loadFonts().regular.length);
    expect(file.dict.get(PDFName.of('Length1'))?.toString()).toBe(String(ttf.length));
    // Widths for every glyph: the W array's runs cover more than 5,000 glyphs.
    const w = cid.lookup(PDFName.of('W'), PDFArray);
    let widths = 0;
    for (let i = 1; i < w.size(); i += 2) widths += (w.lookup(i, PDFArray) as PDFArray).size();
    expect(widths).toBeGreaterThan(5000);
    const toUnicode = new TextDecoder().decode(decodePDFRawStream(font.lookup(PDFName.of('ToUnicode')) as PDFRawStream).decode());
    expect((toUnicode.match(/<[0-9a-f]{4}> <[0-9a-f]+>/gi) ?? []).length).toBeGreaterThan(5000);
  });

  it('gives the child\'s name and the plan dates a widget on every page (the same fields), after the page\'s own fields', () => {
    const pages = doc.getPages();
    for (const name of ['childName', 'agreedOn', 'nextReview']) {
      const field = doc.getForm().getTextField(name);
      expect(field.acroField.getWidgets().length, name).toBeGreaterThanOrEqual(pages.length);
    }
    const childWidgets = new Set(doc.getForm().getTextField('childName').acroField.getWidgets().map((w) => w.dict));
    for (const page of pages.slice(1)) {
      const annots = page.node.Annots()!;
      const dicts = annots.asArray().map((ref) => doc.context.lookup(ref as PDFRef, PDFDict));
      const firstHeader = dicts.findIndex((d) => childWidgets.has(d));
      expect(firstHeader).toBeGreaterThanOrEqual(0);
      // Header widgets (child, agreed, review) close the page's annotation list: the body comes first.
      expect(firstHeader).toBe(dicts.length - 3);
    }
  });

  it('attaches the draft JSON exactly', async () => {
    const read = await readPlanPdf(bytes, [template]);
    expect(read.ok && read.attachment).toEqual({ name: 'sen-support-plan-answers.json', json: attachmentJson });
  });

  it('refuses, with the characters, rather than drop what the font cannot show', async () => {
    const bad = { ...data, childName: 'Sam 🦄', parentViews: 'سلام' };
    const error = await exportAndLoad(template, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedCharactersError);
    expect((error as UnsupportedCharactersError).characters).toEqual(['🦄', 'س', 'ل', 'ا', 'م']);
    await expect(exportPlanPdf({ template, data: {}, schoolName: 'School 🦄', fonts: loadFonts() })).rejects.toThrow(/🦄 \(U\+1F984\)/);
  });

  it('leaves review-only fields out of a first plan, and prints them in a review', async () => {
    const first = await exportAndLoad(template, data, { attachmentJson: JSON.stringify({ templateId: template.id, data }) });
    expect(first.doc.getForm().getFields().some((f) => f.getName().includes('whatHappened'))).toBe(false);
    const review = await exportAndLoad(template, data, { attachmentJson: JSON.stringify({ templateId: template.id, review: { cycle: 2 }, data }) });
    expect(review.doc.getForm().getTextField('outcomes__1__whatHappened').getText()).toBe((data.outcomes as Record<string, string>[])[0]!.whatHappened);
  });

  it('makes a blank form with the recommended number of outcomes and no attachment', async () => {
    const blank = await exportAndLoad(template, {});
    const names = blank.doc.getForm().getFields().map((f) => f.getName());
    expect(names).toContain('outcomes__4__outcome');
    expect(names).not.toContain('outcomes__5__outcome');
    expect(blank.doc.getTitle()).toBe('SEN Support plan (blank form)');
    const read = await readPlanPdf(blank.bytes, [template]);
    expect(read.ok && read.attachment).toBeNull();
    for (const f of blank.doc.getForm().getFields()) if (f instanceof PDFTextField) expect(f.getText() ?? '').toBe('');
  });

  it('stores appearance streams that draw the values with the embedded font', () => {
    const field = doc.getForm().getTextField('childName');
    const ap = field.acroField.getWidgets()[0]!.getAppearances()!.normal as PDFStream;
    const resources = ap.dict.lookup(PDFName.of('Resources'), PDFDict).lookup(PDFName.of('Font'), PDFDict);
    expect(resources.keys().map(String)).toEqual(['/DejaVuSans']);
  });
});
