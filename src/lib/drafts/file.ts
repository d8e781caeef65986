/**
 * "Download your answers" and "Open a saved file": the draft as a JSON file, and the strict
 * parser every imported draft goes through (JSON files, and the JSON attached to a plan PDF).
 * A failed parse returns a plain-English message and changes nothing.
 */
import type { Template } from '../forms/schema';
import { checkEnvelope, MESSAGES } from './check-envelope';
import type { DraftEnvelope } from './envelope';
import { parseJson } from './safe-json';

/** Largest JSON file accepted (a full plan is well under 100 KB). */
export const MAX_JSON_BYTES = 2 * 1024 * 1024;
/** Largest PDF accepted by "Open a saved file". */
export const MAX_PDF_BYTES = 20 * 1024 * 1024;

export type DraftFileResult = { ok: true; envelope: DraftEnvelope } | { ok: false; message: string; details: string[] };

export const FILE_MESSAGES = {
  ...MESSAGES,
  notJson: 'This file could not be opened because it is not a saved plan. Choose a file you saved with “Download your answers” (it ends in .json) or a plan PDF made here. Nothing has been changed.',
  tooLarge: (limitMb: number) => `This file is too large to be a saved plan (the most is ${limitMb} MB). Choose the file you saved with “Download your answers”. Nothing has been changed.`,
  empty: 'This file is empty. Choose the file you saved with “Download your answers”. Nothing has been changed.',
} as const;

/** The draft as the text of a .json file (readable, stable key order). */
export function serializeDraft(envelope: DraftEnvelope): string {
  const { app, schemaVersion, templateId, templateVersion, id, title, createdAt, savedAt, review, data } = envelope;
  const ordered = review
    ? { app, schemaVersion, templateId, templateVersion, id, title, createdAt, savedAt, review, data }
    : { app, schemaVersion, templateId, templateVersion, id, title, createdAt, savedAt, data };
  return JSON.stringify(ordered, null, 2) + '\n';
}

/** Parse the text of a saved file. `templates` are the templates this site has. Never throws. */
export function parseDraftFile(text: string, templates: Template | readonly Template[]): DraftFileResult {
  const list = Array.isArray(templates) ? (templates as readonly Template[]) : [templates as Template];
  // A string's length never exceeds its UTF-8 byte count, so this is a safe first cut.
  if (text.length > MAX_JSON_BYTES) return { ok: false, message: FILE_MESSAGES.tooLarge(MAX_JSON_BYTES / 1024 / 1024), details: [] };
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return { ok: false, message: FILE_MESSAGES.empty, details: [] };
  const parsed = parseJson(trimmed);
  if (!parsed.ok) return { ok: false, message: FILE_MESSAGES.notJson, details: [] };
  return checkEnvelope(parsed.value, list);
}

/** True when the bytes start like a PDF ("%PDF-" within the first 1024 bytes, as readers allow). */
export function isPdfBytes(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 5 <= head.length; i++) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 && head[i + 4] === 0x2d) return true;
  }
  return false;
}

/** UTF-8 text of a file's bytes, or null when they are not valid UTF-8. */
export function decodeText(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Everything "Open a saved file" needs for a JSON file, from its bytes: size limit, UTF-8, parse.
 * PDFs are detected by the caller (isPdfBytes) and sent to src/lib/pdf/import first.
 */
export function parseDraftBytes(bytes: Uint8Array, templates: Template | readonly Template[]): DraftFileResult {
  if (bytes.length > MAX_JSON_BYTES) return { ok: false, message: FILE_MESSAGES.tooLarge(MAX_JSON_BYTES / 1024 / 1024), details: [] };
  if (bytes.length === 0) return { ok: false, message: FILE_MESSAGES.empty, details: [] };
  const text = decodeText(bytes);
  if (text === null) return { ok: false, message: FILE_MESSAGES.notJson, details: [] };
  return parseDraftFile(text, templates);
}

/** A file name such as "sen-support-plan-sam-2026-03-05.json" (letters, digits and hyphens only). */
export function draftFileName(templateId: string, childName: string, savedAt: string, extension = 'json'): string {
  const slug = childName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const day = /^\d{4}-\d{2}-\d{2}/.exec(savedAt)?.[0] ?? '';
  return [templateId, slug, day].filter(Boolean).join('-') + '.' + extension;
}
