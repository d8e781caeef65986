/**
 * Reads a plan back from a PDF file (pdf-lib). Never throws: every failure is `{ ok: false, message }`
 * in plain English, and the caller keeps the current draft unchanged.
 *
 * The attachment (added at export) gives the exact draft; the form fields give the answers as they
 * are now, possibly edited in a PDF reader since. A fillable PDF that another program filled in
 * (no attachment, just our field names) imports from its fields alone.
 */
import {
  PDFArray,
  PDFCheckBox,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRadioGroup,
  PDFRawStream,
  PDFStream,
  PDFString,
  PDFHexString,
  PDFTextField,
  decodePDFRawStream,
  EncryptedPDFError,
  type PDFField,
} from 'pdf-lib';
import type { GroupItem, Person, PlanData, Template } from '../forms/schema';
import { FORBIDDEN_KEYS } from '../forms/schema';
import { hasAnyAnswer, mergeFieldAnswers, type FieldChange, type UnreadableAnswer } from './merge';
import { parseFieldName } from './names';

/** Files larger than this are refused before parsing. */
export const MAX_PDF_BYTES = 20 * 1024 * 1024;
/** An attachment larger than this is ignored (a draft is a few kilobytes). */
const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

export const MESSAGES = {
  empty: 'This file is empty. Choose the PDF of the plan again.',
  tooLarge: 'This file is larger than 20 MB, so it cannot be the PDF of a plan. Choose the PDF you downloaded from this site.',
  notPdf: 'This file is not a PDF. Choose the PDF of the plan, or the answers file (.json) you saved.',
  truncated: 'This PDF is not complete. It may not have finished downloading or copying. Download or copy it again, then try again.',
  encrypted:
    'This PDF is protected with a password or encryption, so the answers in it cannot be read. Open it in your PDF reader, save a copy without a password, then try again.',
  damaged: 'This PDF is damaged and cannot be read. If you have another copy, try that one.',
  notOurs: 'This PDF does not contain a plan from this site. Choose the PDF you downloaded from the plan builder.',
  noAnswers: 'This PDF has the plan form in it but no answers yet, so there is nothing to open. Fill it in first, or start a new plan.',
  unreadable: 'This file could not be read. Try choosing it again.',
} as const;

export type ReadPdfResult =
  | {
      ok: true;
      template: Template;
      /** The attached draft JSON, or null when the PDF has none. */
      attachment: { name: string; json: string } | null;
      /** What the form fields hold now (dates as written in the PDF). */
      fieldData: PlanData;
      /** How many of the PDF's fields are ours. */
      fieldCount: number;
    }
  | { ok: false; message: string };

export type ImportPdfResult =
  | {
      ok: true;
      template: Template;
      /** The plan to show in the preview before it replaces anything. */
      data: PlanData;
      /** Answers edited in a PDF reader since export (empty without an attachment). */
      changes: FieldChange[];
      /** Answers that could not be read (kept as they were in the attachment). */
      unreadable: UnreadableAnswer[];
      /** 'attachment': the attached draft merged with the fields; 'fields': fields only. */
      source: 'attachment' | 'fields';
      /** True when the attached draft was used (same as source === 'attachment'). */
      attached: boolean;
      /** The attached draft JSON, for the caller's own envelope (savedAt, version...). */
      attachmentJson: string | null;
      /** Set when an attachment was found but could not be used; the fields were used instead. */
      attachmentProblem?: string;
    }
  | { ok: false; message: string };

export interface ImportPdfOptions {
  /** Every template the site knows. */
  templates: readonly Template[];
  /**
   * Turns the attached JSON into plan answers (the builder's parseDraftFile, with migrations).
   * Return null or throw when it cannot. Default: JSON with a `data` object.
   */
  parseAttachment?: (json: string, template: Template) => PlanData | null | Promise<PlanData | null>;
}

type Input = Uint8Array | ArrayBuffer | Blob;

async function toBytes(input: Input): Promise<Uint8Array> {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  return new Uint8Array(await input.arrayBuffer());
}

function indexOfBytes(bytes: Uint8Array, needle: string, from: number, to: number): number {
  const codes = Array.from(needle, (c) => c.charCodeAt(0));
  outer: for (let i = Math.max(0, from); i <= Math.min(bytes.length, to) - codes.length; i++) {
    for (let j = 0; j < codes.length; j++) if (bytes[i + j] !== codes[j]) continue outer;
    return i;
  }
  return -1;
}

/** Size, header and end-of-file checks that need no parser. */
export function checkPdfBytes(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return MESSAGES.empty;
  if (bytes.length > MAX_PDF_BYTES) return MESSAGES.tooLarge;
  if (indexOfBytes(bytes, '%PDF-', 0, 1024) < 0) return MESSAGES.notPdf;
  if (indexOfBytes(bytes, '%%EOF', bytes.length - 2048, bytes.length) < 0) return MESSAGES.truncated;
  return null;
}

/** The /Encrypt key of an encrypted file's trailer (or cross-reference stream dictionary). */
function hasEncryptKey(bytes: Uint8Array): boolean {
  return indexOfBytes(bytes, '/Encrypt', 0, bytes.length) >= 0;
}

const decodeText = (obj: unknown): string | undefined =>
  obj instanceof PDFString || obj instanceof PDFHexString ? obj.decodeText() : undefined;

/** Embedded files from the catalog's /Names /EmbeddedFiles name tree (pdf-lib 1.17 cannot read them). */
function readAttachments(doc: PDFDocument): { name: string; bytes: Uint8Array }[] {
  const out: { name: string; bytes: Uint8Array }[] = [];
  const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const tree = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  const seen = new Set<PDFDict>();
  const walk = (node: PDFDict | undefined, depth: number) => {
    if (!node || depth > 20 || seen.has(node)) return;
    seen.add(node);
    const pairs = node.lookupMaybe(PDFName.of('Names'), PDFArray);
    if (pairs) {
      for (let i = 0; i + 1 < pairs.size(); i += 2) {
        const spec = pairs.lookup(i + 1);
        if (!(spec instanceof PDFDict)) continue;
        const name = decodeText(spec.lookup(PDFName.of('UF'))) ?? decodeText(spec.lookup(PDFName.of('F'))) ?? decodeText(pairs.lookup(i)) ?? '';
        const ef = spec.lookupMaybe(PDFName.of('EF'), PDFDict);
        const stream = ef?.lookup(PDFName.of('F'));
        if (stream instanceof PDFRawStream) {
          const bytes = decodePDFRawStream(stream).decode();
          if (bytes.length <= MAX_ATTACHMENT_BYTES) out.push({ name, bytes });
        } else if (stream instanceof PDFStream) {
          out.push({ name, bytes: stream.getContents() });
        }
      }
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    if (kids) for (let i = 0; i < kids.size(); i++) walk(kids.lookupMaybe(i, PDFDict), depth + 1);
  };
  walk(tree, 0);
  return out;
}

/** A checkbox is on if /V is its on-state, or (no /V, as some fillers leave it) a widget shows it on. */
function isChecked(cb: PDFCheckBox): boolean {
  if (cb.isChecked()) return true;
  const v = cb.acroField.dict.get(PDFName.of('V'));
  if (v && v !== PDFName.of('Off')) return false;
  return cb.acroField.getWidgets().some((w) => {
    const as = w.getAppearanceState();
    return !!as && as !== PDFName.of('Off');
  });
}

function selectedOption(rg: PDFRadioGroup): string {
  try {
    return rg.getSelected() ?? '';
  } catch {
    return '';
  }
}

const setPath = (target: Record<string, unknown>, key: string, value: unknown) => {
  if (FORBIDDEN_KEYS.has(key)) return;
  target[key] = value;
};

/** Field values keyed like PlanData, for one template. */
function readFields(template: Template, fields: PDFField[]): { data: PlanData; count: number } {
  const data: Record<string, unknown> = {};
  let count = 0;
  for (const field of fields) {
    const slot = parseFieldName(template, field.getName());
    if (!slot) continue;
    let value: unknown;
    if (slot.widget === 'checkbox' && field instanceof PDFCheckBox) value = isChecked(field);
    else if (slot.widget === 'radio' && field instanceof PDFRadioGroup) value = selectedOption(field);
    else if ((slot.widget === 'text' || slot.widget === 'multiline') && field instanceof PDFTextField) value = field.getText() ?? '';
    else continue;
    count++;
    // Find (or make) the object this answer lives in: the plan, or an item of a group.
    let holder: Record<string, unknown> = data;
    if (slot.path.length === 3) {
      const items = (Array.isArray(data[slot.path[0]]) ? data[slot.path[0]] : (data[slot.path[0]] = [])) as GroupItem[];
      const index = slot.path[1];
      while (items.length <= index) items.push({});
      holder = items[index] as Record<string, unknown>;
    }
    const key = slot.path.length === 3 ? slot.path[2] : slot.path[0];
    if (slot.option !== undefined) {
      const list = (Array.isArray(holder[key]) ? holder[key] : []) as string[];
      if (value === true) list.push(slot.option);
      setPath(holder, key, list);
    } else if (slot.part) {
      const person = (holder[key] && typeof holder[key] === 'object' ? holder[key] : {}) as Partial<Person>;
      person[slot.part] = value as string;
      setPath(holder, key, person);
    } else setPath(holder, key, value);
  }
  return { data: data as PlanData, count };
}

function templateIdFromJson(json: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(json);
    if (parsed && typeof parsed === 'object' && typeof (parsed as { templateId?: unknown }).templateId === 'string')
      return (parsed as { templateId: string }).templateId;
  } catch {
    /* not JSON: handled by the caller's parser */
  }
  return undefined;
}

/** Opens the PDF and reads its attachment and form fields. */
export async function readPlanPdf(input: Input, templates: readonly Template[]): Promise<ReadPdfResult> {
  let bytes: Uint8Array;
  try {
    bytes = await toBytes(input);
  } catch {
    return { ok: false, message: MESSAGES.unreadable };
  }
  const problem = checkPdfBytes(bytes);
  if (problem) return { ok: false, message: problem };

  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: false });
  } catch (e) {
    // pdf-lib 1.17 throws EncryptedPDFError for some encrypted files and a parse error for others
    // (AES-256 object streams it cannot decrypt); the trailer's /Encrypt tells them apart.
    return { ok: false, message: e instanceof EncryptedPDFError || hasEncryptKey(bytes) ? MESSAGES.encrypted : MESSAGES.damaged };
  }
  if (doc.isEncrypted) return { ok: false, message: MESSAGES.encrypted };

  try {
    const attachments = readAttachments(doc).filter((a) => a.name.toLowerCase().endsWith('.json'));
    const fields = doc.catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict) ? doc.getForm().getFields() : [];

    // Which template: the attachment says; else the keywords; else the one whose names match most fields.
    const byId = new Map(templates.map((t) => [t.id, t]));
    let attachment: { name: string; json: string } | null = null;
    let template: Template | undefined;
    for (const a of attachments) {
      const json = new TextDecoder('utf-8').decode(a.bytes);
      const id = templateIdFromJson(json);
      if (id && byId.has(id)) {
        attachment = { name: a.name, json };
        template = byId.get(id);
        break;
      }
      attachment ??= { name: a.name, json };
    }
    if (!template) {
      const keyword = /template:([a-z0-9-]+)/.exec(doc.getKeywords() ?? '')?.[1];
      if (keyword) template = byId.get(keyword);
    }
    const reads = templates.map((t) => ({ t, ...readFields(t, fields) }));
    if (!template) template = reads.reduce<(typeof reads)[number] | undefined>((best, r) => (r.count > (best?.count ?? 0) ? r : best), undefined)?.t;
    if (!template || (!attachment && (reads.find((r) => r.t === template)?.count ?? 0) === 0)) return { ok: false, message: MESSAGES.notOurs };
    const read = reads.find((r) => r.t === template)!;
    return { ok: true, template, attachment, fieldData: read.data, fieldCount: read.count };
  } catch {
    return { ok: false, message: MESSAGES.damaged };
  }
}

function defaultParseAttachment(json: string): PlanData | null {
  const parsed: unknown = JSON.parse(json);
  if (!parsed || typeof parsed !== 'object') return null;
  const data = (parsed as { data?: unknown }).data;
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as PlanData) : null;
}

/**
 * Reads a PDF and returns the plan to preview: the attached draft with any answers edited in a PDF
 * reader merged in, or, without an attachment, the answers in the fields.
 */
export async function importPlanPdf(input: Input, options: ImportPdfOptions): Promise<ImportPdfResult> {
  const read = await readPlanPdf(input, options.templates);
  if (!read.ok) return read;
  const { template, attachment, fieldData } = read;
  let attached: PlanData | null = null;
  let attachmentProblem: string | undefined;
  if (attachment) {
    try {
      attached = await (options.parseAttachment ?? defaultParseAttachment)(attachment.json, template);
    } catch {
      attached = null;
    }
    if (!attached) attachmentProblem = 'The answers saved inside this PDF could not be read, so the answers in its form fields were used instead.';
  }
  if (!attached && !hasAnyAnswer(template, fieldData)) return { ok: false, message: read.fieldCount ? MESSAGES.noAnswers : MESSAGES.notOurs };
  try {
    const merged = mergeFieldAnswers(template, attached, fieldData);
    return {
      ok: true,
      template,
      data: merged.data,
      changes: merged.changes,
      unreadable: merged.unreadable,
      source: attached ? 'attachment' : 'fields',
      attached: !!attached,
      attachmentJson: attachment?.json ?? null,
      ...(attachmentProblem ? { attachmentProblem } : {}),
    };
  } catch {
    return { ok: false, message: MESSAGES.damaged };
  }
}
