import { describe, expect, it, vi } from 'vitest';
import { debounce } from '../../../src/lib/drafts/autosave';
import { draftTitle, duplicateDraft, newDraft, startReview } from '../../../src/lib/drafts/drafts';
import { newDraftId } from '../../../src/lib/drafts/ids';
import { checkEnvelope } from '../../../src/lib/drafts/check-envelope';
import { fullPlan, template } from '../forms/helpers';

describe('making drafts', () => {
  const base = { ...newDraft(template, 'd-one', '2026-01-01T00:00:00.000Z'), data: fullPlan(3) };

  it('gives new drafts random ids that storage and files accept', () => {
    const ids = new Set(Array.from({ length: 50 }, newDraftId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^d-[0-9a-f]{24}$/);
  });

  it('titles drafts by the child until the person names them', () => {
    expect(draftTitle(newDraft(template, 'd-x', '2026-01-01T00:00:00.000Z'), template)).toBe('SEN Support plan (no name yet)');
    expect(draftTitle(base, template)).toBe('SEN Support plan for Sam');
    expect(draftTitle({ ...base, title: ' Autumn plan ' }, template)).toBe('Autumn plan');
  });

  it('duplicates without sharing data', () => {
    const copy = duplicateDraft(base, template, 'd-two', '2026-02-01T00:00:00.000Z');
    expect(copy).toMatchObject({ id: 'd-two', title: 'Copy of SEN Support plan for Sam', createdAt: '2026-02-01T00:00:00.000Z' });
    (copy.data.outcomes as any)[0].outcome = 'changed';
    expect((base.data.outcomes as any)[0].outcome).not.toBe('changed');
  });

  it('starts a review: same outcomes, new dates, review notes empty, old draft untouched', () => {
    const withNotes = structuredClone(base);
    (withNotes.data.outcomes as any)[0].whatHappened = 'old note';
    const next = startReview(withNotes, template, 'd-review', '2026-04-01T00:00:00.000Z');
    expect(next.review).toEqual({ cycle: 2, previousId: 'd-one', previousTitle: 'SEN Support plan for Sam' });
    expect(next.data.agreedOn).toBe('');
    expect(next.data.nextReview).toBe('');
    expect((next.data.outcomes as any[]).map((o) => o.outcome)).toEqual((base.data.outcomes as any[]).map((o) => o.outcome));
    expect((next.data.outcomes as any)[0].whatHappened).toBe('');
    expect((withNotes.data.outcomes as any)[0].whatHappened).toBe('old note');
    expect(draftTitle(next, template)).toBe('SEN Support plan for Sam: review 1');
    expect(startReview(next, template, 'd-r2', '2026-07-01T00:00:00.000Z').review?.cycle).toBe(3);
    expect(checkEnvelope(JSON.parse(JSON.stringify(next)), [template]).ok).toBe(true);
  });
});

describe('autosave debounce', () => {
  it('runs once after the last change, and flushes on demand', () => {
    vi.useFakeTimers();
    const save = vi.fn();
    const d = debounce(save, 400);
    d.schedule();
    vi.advanceTimersByTime(300);
    d.schedule();
    vi.advanceTimersByTime(300);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(save).toHaveBeenCalledTimes(1);
    d.schedule();
    expect(d.pending()).toBe(true);
    expect(d.flush()).toBe(true);
    expect(save).toHaveBeenCalledTimes(2);
    expect(d.flush()).toBe(false);
    d.schedule();
    d.cancel();
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
  });
});
