/**
 * Drafts in browser storage (localStorage), one key per draft:
 *   sen-portal:draft:<id>  ->  the envelope as JSON
 * Nothing is written until the person starts a draft. Every write is compare-and-set against the
 * text this tab last read or wrote, so two tabs can never overwrite each other silently.
 * Entries that cannot be read are left exactly where they are and listed as unreadable, so the
 * person can download them; they are only removed when the person deletes them.
 * The Storage is passed in, so tests use an in-memory one.
 */
import type { Template } from '../forms/schema';
import { checkEnvelope } from './check-envelope';
import type { DraftEnvelope } from './envelope';
import { parseJson } from './safe-json';

export const KEY_PREFIX = 'sen-portal:';
export const DRAFT_PREFIX = `${KEY_PREFIX}draft:`;

/** The subset of Web Storage used here. */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function draftKey(id: string): string {
  return DRAFT_PREFIX + id;
}

export function idFromKey(key: string): string | null {
  return key.startsWith(DRAFT_PREFIX) ? key.slice(DRAFT_PREFIX.length) : null;
}

export const STORE_MESSAGES = {
  quota:
    'Your latest changes could not be saved on this device because its storage is full. Download your answers now to keep them safe, then delete plans you no longer need.',
  unavailable:
    'Your answers cannot be saved on this device: this browser is not letting the website store anything (this can happen in private browsing). Download your answers to keep them.',
  conflict: 'This plan was changed in another tab or window.',
} as const;

/** Is this error a full storage quota? (Names and codes differ between browsers.) */
export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { name?: unknown; code?: unknown };
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014;
}

/** The browser's localStorage, or null when it is blocked or missing. */
export function browserStorage(): StorageLike | null {
  try {
    const s = globalThis.localStorage;
    return s ?? null;
  } catch {
    return null;
  }
}

export type StoredDraft = { id: string; key: string; text: string; envelope: DraftEnvelope };
export type UnreadableEntry = { id: string; key: string; text: string; message: string; details: string[] };

/** Read one stored entry's text. */
export function readEntry(storage: StorageLike, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/** Parse stored text as a draft; never throws. */
export function parseStored(text: string, templates: readonly Template[]): { ok: true; envelope: DraftEnvelope } | { ok: false; message: string; details: string[] } {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, message: 'The saved text is not complete or has been damaged.', details: [] };
  return checkEnvelope(parsed.value, templates);
}

/** Every draft on the device (newest first) and every entry that could not be read. */
export function listDrafts(storage: StorageLike, templates: readonly Template[]): { drafts: StoredDraft[]; unreadable: UnreadableEntry[] } {
  const drafts: StoredDraft[] = [];
  const unreadable: UnreadableEntry[] = [];
  for (const key of draftKeys(storage)) {
    const id = idFromKey(key)!;
    const text = readEntry(storage, key);
    if (text === null) continue;
    const result = parseStored(text, templates);
    if (result.ok && result.envelope.id === id) drafts.push({ id, key, text, envelope: result.envelope });
    else if (result.ok) unreadable.push({ id, key, text, message: 'The saved plan is filed under the wrong name.', details: [] });
    else unreadable.push({ id, key, text, message: result.message, details: result.details });
  }
  drafts.sort((a, b) => b.envelope.savedAt.localeCompare(a.envelope.savedAt));
  return { drafts, unreadable };
}

/** Keys of our draft entries. */
export function draftKeys(storage: StorageLike): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key && key.startsWith(DRAFT_PREFIX)) keys.push(key);
    }
  } catch {
    // Storage blocked: nothing to list.
  }
  return keys;
}

export type SaveResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'quota' | 'unavailable'; message: string }
  | { ok: false; reason: 'conflict'; message: string; stored: string | null };

/**
 * Write a draft if the stored text is still `expected` (null: there should be nothing yet).
 * `force` skips the check, for when the person has chosen to replace what is there.
 */
export function saveDraft(storage: StorageLike | null, envelope: DraftEnvelope, expected: string | null, force = false): SaveResult {
  if (!storage) return { ok: false, reason: 'unavailable', message: STORE_MESSAGES.unavailable };
  const key = draftKey(envelope.id);
  let current: string | null;
  try {
    current = storage.getItem(key);
  } catch {
    return { ok: false, reason: 'unavailable', message: STORE_MESSAGES.unavailable };
  }
  if (!force && current !== expected) return { ok: false, reason: 'conflict', message: STORE_MESSAGES.conflict, stored: current };
  const text = JSON.stringify(envelope);
  try {
    storage.setItem(key, text);
  } catch (error) {
    return isQuotaError(error)
      ? { ok: false, reason: 'quota', message: STORE_MESSAGES.quota }
      : { ok: false, reason: 'unavailable', message: STORE_MESSAGES.unavailable };
  }
  return { ok: true, text };
}

/** Remove one entry (a draft or an unreadable entry). */
export function removeEntry(storage: StorageLike, key: string): boolean {
  try {
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** Remove everything this site stored on the device. Returns how many entries were removed. */
export function deleteEverything(storage: StorageLike): number {
  const keys: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key && key.startsWith(KEY_PREFIX)) keys.push(key);
    }
  } catch {
    return 0;
  }
  let removed = 0;
  for (const key of keys) if (removeEntry(storage, key)) removed++;
  return removed;
}

/** In-memory storage, for tests and as a stand-in when the browser blocks storage. */
export class MemoryStorage implements StorageLike {
  private map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.map.set(key, String(value));
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}
