import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanData, Template } from '../../../src/lib/forms/schema';
import { parseDraftFile, serializeDraft } from '../../../src/lib/drafts/file';
import type { DraftEnvelope } from '../../../src/lib/drafts/envelope';
import { exportPlanPdf } from '../../../src/lib/pdf/export';
import { checkPdfBytes, importPlanPdf, MESSAGES, readPlanPdf } from '../../../src/lib/pdf/import';
import { allTemplates, defaultTemplate, loadFonts, POLISH, sampleData } from './helpers';

const templates = allTemplates();
const template = defaultTemplate();
const NOW = new Date('2026-03-12T10:00:00Z');

/** The builder's own parser for the attachment, as it will wire it. */
const parseAttachment = (json: string) => {
  const result = parseDraftFile(json, templates);
  return result.ok ? result.envelope.data : null;
};

const exportDraft = (envelope: DraftEnvelope, t: Template = template) =>
  exportPlanPdf({ template: t, data: envelope.data, schoolName: 'Example Primary School', attachmentJson: serializeDraft(envelope), fonts: loadFonts(), now: NOW });

function fixtureDraft(name: string): DraftEnvelope {
  const result = parseDraftFile(readFileSync(`test/fixtures/drafts/${name}`, 'utf8'), templates);
  if (!result.ok) throw new Error(`fixture ${name}: ${result.message} ${result.details.join('; ')}`);
  return result.envelope;
}

describe('import: round trip through the attachment', () => {
  for (const name of ['v1.json', 'v1-review.json']) {
    it(`restores the builder's draft ${name} exactly`, async () => {
      const envelope = fixtureDraft(name);
      const result = await importPlanPdf(await exportDraft(envelope), { templates, parseAttachment });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.source).toBe('attachment');
      expect(result.attached).toBe(true);
      expect(result.changes).toEqual([]);
      expect(result.unreadable).toEqual([]);
      expect(result.data).toEqual(envelope.data);
      expect(result.attachmentJson).toBe(serializeDraft(envelope));
    });
  }

  it('restores a plan with every kind of answer in many languages exactly (default attachment parser)', async () => {
    const data = sampleData(template, { items: 6, long: true });
    const bytes = await exportPlanPdf({ template, data, schoolName: 'S', attachmentJson: JSON.stringify({ templateId: template.id, data }), fonts: loadFonts() });
    const result = await importPlanPdf(bytes, { templates });
    expect(result.ok && result.data).toEqual(data);
    expect(result.ok && result.changes).toEqual([]);
  });
});

describe('import: answers edited in a PDF reader since export', () => {
  let envelope: DraftEnvelope;
  let exported: Uint8Array;
  beforeAll(async () => {
    envelope = fixtureDraft('v1.json');
    exported = await exportDraft(envelope);
  });

  it('picks up values another program wrote (pdf-lib, its own load and save)', async () => {
    const doc = await PDFDocument.load(exported);
    const form = doc.getForm();
    form.getTextField('childName').setText('Samuel');
    form.getTextField('outcomes__2__support').setText('Daily reading with Mr Khan');
    form.getTextField('nextReview').setText('1/7/2026');
    const areas = (envelope.data.areasOfNeed as string[]) ?? [];
    const toggled = template.sections.flatMap((s) => s.fields).find((f) => f.id === 'areasOfNeed')!;
    const option = toggled.kind === 'choices' ? toggled.options[0]!.value : '';
    const box = form.getCheckBox(`areasOfNeed__${option}`);
    if (areas.includes(option)) box.uncheck();
    else box.check();
    const edited = await doc.save(); // pdf-lib redraws the edited fields in Helvetica, as a simple filler would

    const result = await importPlanPdf(edited, { templates, parseAttachment });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.childName).toBe('Samuel');
    expect((result.data.outcomes as Record<string, unknown>[])[1]!.support).toBe('Daily reading with Mr Khan');
    expect(result.data.nextReview).toBe('2026-07-01');
    const wanted = areas.includes(option) ? areas.filter((a) => a !== option) : [...areas, option];
    expect(result.data.areasOfNeed).toEqual(toggled.kind === 'choices' ? toggled.options.map((o) => o.value).filter((v) => wanted.includes(v)) : []);
    expect(result.changes.map((c) => c.label)).toEqual([
      "Child's name",
      'Areas of need this plan covers',
      'Outcome 2: Support, strategies and interventions',
      'Date of the next review',
    ]);
    // Everything else is the attached draft, untouched.
    const { childName: _a, nextReview: _b, areasOfNeed: _c, outcomes: _d, ...rest } = result.data;
    const { childName: _e, nextReview: _f, areasOfNeed: _g, outcomes: _h, ...restBefore } = envelope.data;
    expect(rest).toEqual(restBefore);
  });

  it('picks up non-Latin text written without regenerating appearances', async () => {
    const doc = await PDFDocument.load(exported);
    doc.getForm().getTextField('parentViews').setText(`${POLISH}\nΕλληνικά. Кириллица.`);
    const edited = await doc.save({ updateFieldAppearances: false });
    const result = await importPlanPdf(edited, { templates, parseAttachment });
    expect(result.ok && result.data.parentViews).toBe(`${POLISH}\nΕλληνικά. Кириллица.`);
    expect(result.ok && result.changes.map((c) => c.path)).toEqual([['parentViews']]);
  });
});

describe('import: a PDF filled in by another program (no attachment)', () => {
  it('reads the answers from our field names alone', async () => {
    const blank = await exportPlanPdf({ template, data: {}, schoolName: 'S', fonts: loadFonts() });
    const doc = await PDFDocument.load(blank);
    const form = doc.getForm();
    form.getTextField('childName').setText('Amira');
    form.getTextField('agreedOn').setText('12 March 2026');
    form.getTextField('outcomes__1__outcome').setText('By Easter, I can read my word wall.');
    form.getTextField('outcomes__2__keyPerson__name').setText('Ms Patel');
    form.getCheckBox('areasOfNeed__semh').check();
    const filled = await doc.save();

    const read = await readPlanPdf(filled, templates);
    expect(read.ok && read.attachment).toBeNull();
    const result = await importPlanPdf(filled, { templates, parseAttachment });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.source).toBe('fields');
    expect(result.changes).toEqual([]);
    expect(result.data).toEqual({
      childName: 'Amira',
      agreedOn: '2026-03-12',
      areasOfNeed: ['semh'],
      outcomes: [{ outcome: 'By Easter, I can read my word wall.' }, { keyPerson: { name: 'Ms Patel', role: '' } }],
    });
  });

  it('says so when the form has no answers yet', async () => {
    const blank = await exportPlanPdf({ template, data: {}, schoolName: 'S', fonts: loadFonts() });
    expect(await importPlanPdf(blank, { templates })).toEqual({ ok: false, message: MESSAGES.noAnswers });
  });

  it('falls back to the fields, and says why, when the attachment cannot be read', async () => {
    const data: PlanData = { childName: 'Sam' };
    const bytes = await exportPlanPdf({ template, data, schoolName: 'S', attachmentJson: '{"app":"something else"}', fonts: loadFonts() });
    const result = await importPlanPdf(bytes, { templates, parseAttachment });
    expect(result.ok && result.source).toBe('fields');
    expect(result.ok && result.attachmentProblem).toMatch(/could not be read/);
    expect(result.ok && result.data.childName).toBe('Sam');
  });
});

describe('import: bad input gets a plain-English message, never an exception', () => {
  let valid: Uint8Array;
  beforeAll(async () => {
    valid = await exportDraft(fixtureDraft('v1.json'));
  });
  const message = async (bytes: Uint8Array | Blob) => {
    const result = await importPlanPdf(bytes, { templates, parseAttachment });
    expect(result.ok).toBe(false);
    return result.ok ? '' : result.message;
  };

  it('a file that is not a PDF', async () => {
    expect(await message(new TextEncoder().encode('{"app": "sen-support-portal"}'))).toBe(MESSAGES.notPdf);
    expect(await message(new Blob(['Hello, this is a Word document really']))).toBe(MESSAGES.notPdf);
  });
  it('an empty file', async () => expect(await message(new Uint8Array())).toBe(MESSAGES.empty));
  it('a file over 20 MB', async () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    big.set(new TextEncoder().encode('%PDF-1.7\n'));
    expect(await message(big)).toBe(MESSAGES.tooLarge);
  });
  it('an encrypted PDF', async () => {
    expect(await message(new Uint8Array(readFileSync('test/fixtures/pdf/encrypted.pdf')))).toBe(MESSAGES.encrypted);
  });
  it('a truncated PDF', async () => {
    expect(await message(valid.slice(0, Math.floor(valid.length / 2)))).toBe(MESSAGES.truncated);
  });
  it('a damaged PDF', async () => {
    const damaged = new Uint8Array(valid);
    // Keep the header and the end, overwrite the body (objects, object streams, cross-reference).
    damaged.fill(0x41, 20, damaged.length - 10);
    expect(await message(damaged)).toBe(MESSAGES.damaged);
  });
  it('a PDF with none of our fields', async () => {
    const doc = await PDFDocument.create();
    doc.addPage().drawText('A letter from school');
    expect(await message(await doc.save())).toBe(MESSAGES.notOurs);
    const form = await PDFDocument.create();
    form.getForm().createTextField('Name.First').addToPage(form.addPage());
    expect(await message(await form.save())).toBe(MESSAGES.notOurs);
  });

  it('checks size, header and end before parsing', () => {
    expect(checkPdfBytes(valid)).toBeNull();
    expect(checkPdfBytes(new TextEncoder().encode('%PDF-1.7\n1 0 obj'))).toBe(MESSAGES.truncated);
  });

  it('fuzz: random bytes, with and without a PDF header and end', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.boolean(), async (noise, framed) => {
        const enc = new TextEncoder();
        const bytes = framed ? new Uint8Array([...enc.encode('%PDF-1.7\n'), ...noise, ...enc.encode('\n%%EOF\n')]) : noise;
        const result = await importPlanPdf(bytes, { templates, parseAttachment });
        expect(result.ok).toBe(false);
        expect(typeof (result as { message: string }).message).toBe('string');
      }),
      { numRuns: 150 },
    );
  });

  it('fuzz: valid PDFs truncated anywhere, or with bytes changed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: valid.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 12 }),
        fc.boolean(),
        async (cut, flips, truncate) => {
          let bytes: Uint8Array;
          if (truncate) bytes = valid.slice(0, cut);
          else {
            bytes = new Uint8Array(valid);
            for (const [at, value] of flips) bytes[at % bytes.length] = value;
          }
          const result = await importPlanPdf(bytes, { templates, parseAttachment });
          if (truncate) expect(result).toEqual({ ok: false, message: expect.any(String) });
          else if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
