import { describe, expect, it } from 'vitest';
import { draftFileName, FILE_MESSAGES, isPdfBytes, MAX_JSON_BYTES, parseDraftBytes, parseDraftFile } from '../../../src/lib/drafts/file';
import { template } from '../forms/helpers';
import { v1, v1Text } from './helpers';

const parse = (value: unknown) => parseDraftFile(typeof value === 'string' ? value : JSON.stringify(value), [template]);
const fail = (value: unknown) => {
  const result = parse(value);
  if (result.ok) throw new Error('expected a failure');
  return result;
};

describe('parseDraftFile', () => {
  it('says plainly when a file is not JSON, or empty', () => {
    expect(fail('%PDF-1.7 not json').message).toBe(FILE_MESSAGES.notJson);
    expect(fail('{"app": "sen-support-portal", ').message).toBe(FILE_MESSAGES.notJson);
    expect(fail('   ').message).toBe(FILE_MESSAGES.empty);
  });

  it('refuses files over 2 MB', () => {
    const big = JSON.stringify({ ...v1(), title: 'x'.repeat(MAX_JSON_BYTES) });
    expect(fail(big).message).toMatch(/too large.*2 MB/);
    expect(parseDraftBytes(new Uint8Array(MAX_JSON_BYTES + 1), template)).toMatchObject({ ok: false, message: expect.stringMatching(/too large/) });
  });

  it('refuses a draft from a newer version of the builder, and of the template', () => {
    expect(fail({ ...v1(), schemaVersion: 2 }).message).toMatch(/newer version of the plan builder/);
    expect(fail({ ...v1(), schemaVersion: 0 }).message).toMatch(/not a saved plan this plan builder can read/);
    expect(fail({ ...v1(), schemaVersion: '1' }).message).toMatch(/not a saved plan this plan builder can read/);
    expect(fail({ ...v1(), templateVersion: 9 }).message).toMatch(/newer version of the “SEN Support plan” form/);
  });

  it('refuses files that are not ours, or for another template', () => {
    expect(fail({ ...v1(), app: 'something-else' }).message).toBe(FILE_MESSAGES.notOurs);
    expect(fail([1, 2]).message).toBe(FILE_MESSAGES.notOurs);
    expect(fail('"text"').message).toBe(FILE_MESSAGES.notOurs);
    expect(fail({ ...v1(), templateId: 'ehcp' }).message).toMatch(/kind of plan this website does not have \(“ehcp”\)/);
  });

  it('refuses files that fail validation, with the paths in the details', () => {
    const bad = v1();
    bad.data.outcomes[0].keyPerson = 'Mr Khan';
    bad.savedAt = 'yesterday';
    const result = fail(bad);
    expect(result.message).toBe(FILE_MESSAGES.damaged);
    expect(result.details).toEqual(['savedAt: is not a date and time', 'data.outcomes.0.keyPerson: should be a name and a role']);
    expect(fail({ ...v1(), extra: 1 }).details).toEqual(['extra: is not expected in a saved plan']);
    expect(fail({ ...v1(), id: '../../etc' }).details).toEqual(['id: is not a draft id']);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s anywhere in the tree', (key) => {
    const texts = [
      v1Text().replace('"app":', `"${key}": {"polluted": true}, "app":`),
      v1Text().replace('"childName":', `"${key}": "x", "childName":`),
      v1Text().replace('"name": "Mr Khan"', `"name": "Mr Khan", "${key}": {"isAdmin": true}`),
    ];
    for (const text of texts) {
      const result = parse(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toBe(FILE_MESSAGES.unsafe);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses deeply nested input without overflowing the stack', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    expect(fail(`{"app":"sen-support-portal","schemaVersion":1,"data":${deep}}`).message).toBe(FILE_MESSAGES.unsafe);
  });

  it('accepts a byte-order mark and surrounding white space', () => {
    expect(parse('\uFEFF\n' + v1Text()).ok).toBe(true);
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(parseDraftBytes(new Uint8Array([0xff, 0xfe, 0x00, 0x7b]), template)).toMatchObject({ ok: false, message: FILE_MESSAGES.notJson });
  });
});

describe('file helpers', () => {
  it('detects PDFs by their header', () => {
    const enc = new TextEncoder();
    expect(isPdfBytes(enc.encode('%PDF-1.7\n...'))).toBe(true);
    expect(isPdfBytes(enc.encode('\n\n%PDF-1.4'))).toBe(true);
    expect(isPdfBytes(enc.encode('{"app":"%PDF"}'))).toBe(false);
    expect(isPdfBytes(new Uint8Array())).toBe(false);
  });

  it('makes safe file names', () => {
    expect(draftFileName('sen-support-plan', 'Zoë O’Brien', '2026-03-05T10:00:00Z')).toBe('sen-support-plan-zoe-o-brien-2026-03-05.json');
    expect(draftFileName('sen-support-plan', '', '2026-03-05T10:00:00Z', 'pdf')).toBe('sen-support-plan-2026-03-05.pdf');
    expect(draftFileName('sen-support-plan', '../../x', 'nope')).toBe('sen-support-plan-x.json');
  });
});
