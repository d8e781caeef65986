import { describe, expect, it } from 'vitest';
import { newDraft } from '../../../src/lib/drafts/drafts';
import { deleteEverything, draftKey, listDrafts, MemoryStorage, removeEntry, saveDraft, STORE_MESSAGES } from '../../../src/lib/drafts/store';
import { template } from '../forms/helpers';
import { v1Text } from './helpers';

const templates = [template];

describe('draft storage', () => {
  it('writes nothing until a draft is saved', () => {
    const storage = new MemoryStorage();
    expect(listDrafts(storage, templates)).toEqual({ drafts: [], unreadable: [] });
    expect(storage.length).toBe(0);
  });

  it('saves and lists drafts, newest first', () => {
    const storage = new MemoryStorage();
    const a = newDraft(template, 'd-a', '2026-01-01T00:00:00.000Z');
    const b = newDraft(template, 'd-b', '2026-02-01T00:00:00.000Z');
    expect(saveDraft(storage, a, null).ok).toBe(true);
    expect(saveDraft(storage, b, null).ok).toBe(true);
    expect(listDrafts(storage, templates).drafts.map((d) => d.id)).toEqual(['d-b', 'd-a']);
  });

  it('never overwrites a change made elsewhere (compare and set)', () => {
    const storage = new MemoryStorage();
    const draft = newDraft(template, 'd-a', '2026-01-01T00:00:00.000Z');
    const first = saveDraft(storage, draft, null);
    if (!first.ok) throw new Error();
    // Another tab saves.
    const other = saveDraft(storage, { ...draft, title: 'Other tab' }, first.text);
    expect(other.ok).toBe(true);
    // This tab still thinks the stored text is `first.text`.
    const mine = saveDraft(storage, { ...draft, title: 'This tab' }, first.text);
    expect(mine).toMatchObject({ ok: false, reason: 'conflict', message: STORE_MESSAGES.conflict });
    expect(JSON.parse(storage.getItem(draftKey('d-a'))!).title).toBe('Other tab');
    // Deleted elsewhere: also a conflict.
    storage.removeItem(draftKey('d-a'));
    expect(saveDraft(storage, draft, first.text)).toMatchObject({ ok: false, reason: 'conflict', stored: null });
    // The person chose to keep this tab's version.
    expect(saveDraft(storage, { ...draft, title: 'This tab' }, first.text, true).ok).toBe(true);
  });

  it('reports a full quota plainly, and storage that is blocked', () => {
    const full = new MemoryStorage();
    full.setItem = () => {
      throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    };
    expect(saveDraft(full, newDraft(template, 'd-a', '2026-01-01T00:00:00.000Z'), null)).toEqual({ ok: false, reason: 'quota', message: STORE_MESSAGES.quota });
    const firefox = new MemoryStorage();
    firefox.setItem = () => {
      throw Object.assign(new Error('full'), { name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 });
    };
    expect(saveDraft(firefox, newDraft(template, 'd-a', '2026-01-01T00:00:00.000Z'), null)).toMatchObject({ reason: 'quota' });
    expect(saveDraft(null, newDraft(template, 'd-a', '2026-01-01T00:00:00.000Z'), null)).toMatchObject({ reason: 'unavailable' });
  });

  it('keeps unreadable entries where they are and lists them', () => {
    const storage = new MemoryStorage();
    storage.setItem(draftKey('d-bad'), '{"app": "sen-support-portal", "trunc');
    storage.setItem(draftKey('d-new'), v1Text().replace('"schemaVersion": 1', '"schemaVersion": 5'));
    storage.setItem(draftKey('d-4f1c2a9b7e3d5a6c8b0e1f2a'), v1Text());
    storage.setItem('someone-else', 'x');
    const { drafts, unreadable } = listDrafts(storage, templates);
    expect(drafts.map((d) => d.envelope.data.childName)).toEqual(['Sam']);
    expect(unreadable.map((u) => [u.id, u.message])).toEqual([
      ['d-bad', 'The saved text is not complete or has been damaged.'],
      ['d-new', expect.stringMatching(/newer version/)],
    ]);
    expect(storage.getItem(draftKey('d-bad'))).toBe('{"app": "sen-support-portal", "trunc');
    expect(storage.length).toBe(4);
  });

  it('deletes one entry, or everything this site stored and nothing else', () => {
    const storage = new MemoryStorage();
    saveDraft(storage, newDraft(template, 'd-a', '2026-01-01T00:00:00.000Z'), null);
    saveDraft(storage, newDraft(template, 'd-b', '2026-01-01T00:00:00.000Z'), null);
    storage.setItem(draftKey('d-bad'), 'garbage');
    storage.setItem('another-app', 'keep me');
    expect(removeEntry(storage, draftKey('d-a'))).toBe(true);
    expect(deleteEverything(storage)).toBe(2);
    expect(storage.length).toBe(1);
    expect(storage.getItem('another-app')).toBe('keep me');
  });
});
