/**
 * Fuzzing "Open a saved file": whatever the bytes, the parser returns a result (never throws),
 * a refusal always has a message, an acceptance always passes the strict checks, and nothing
 * ever reaches Object.prototype.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlanData } from '../../../src/lib/forms/check-data';
import { parseDraftBytes, parseDraftFile, serializeDraft } from '../../../src/lib/drafts/file';
import { findTreeProblem } from '../../../src/lib/drafts/safe-json';
import { template } from '../forms/helpers';
import { v1 } from './helpers';

const templates = [template];

function checkResult(result: ReturnType<typeof parseDraftFile>) {
  if (result.ok) {
    expect(findTreeProblem(result.envelope)).toBeNull();
    expect(checkPlanData(template, result.envelope.data).ok).toBe(true);
  } else {
    expect(result.message.length).toBeGreaterThan(20);
  }
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

const dangerousKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'polluted', 'data', 'outcomes', 'name', 'app');
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(fc.string(), dangerousKey), tie('value'), { maxKeys: 5 }),
  ),
})).value;

/** Paths into the v1 fixture where a fuzzed value is put. */
const PATHS = [[], ['data'], ['data', 'childName'], ['data', 'outcomes'], ['data', 'outcomes', 0], ['data', 'outcomes', 0, 'keyPerson'], ['data', 'areasOfNeed'], ['review'], ['schemaVersion'], ['templateVersion'], ['id'], ['savedAt']] as const;

function setAt(root: any, path: readonly (string | number)[], value: unknown) {
  if (path.length === 0) return value;
  let node = root;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path[path.length - 1]!] = value;
  return root;
}

describe('import fuzzing', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        checkResult(parseDraftFile(text, templates));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        checkResult(parseDraftBytes(bytes, templates));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary JSON, with prototype keys mixed in', () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        checkResult(parseDraftFile(JSON.stringify(value), templates));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses or safely accepts a valid draft with any part replaced', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), jsonValue, (path, value) => {
        const text = JSON.stringify(setAt(v1(), path, value));
        checkResult(parseDraftFile(text, templates));
      }),
      { numRuns: 800 },
    );
  });

  it('refuses a prototype key injected at any depth of a valid draft', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS.filter((p) => p.length > 0 && !['schemaVersion', 'templateVersion', 'id', 'savedAt', 'childName'].includes(String(p[p.length - 1])))), fc.constantFrom('__proto__', 'constructor', 'prototype'), (path, key) => {
        const draft = v1();
        draft.review = { cycle: 2, previousId: 'd-a', previousTitle: 'x' };
        let node: any = draft;
        for (const k of path) node = node[k];
        if (!node || typeof node !== 'object' || Array.isArray(node)) return;
        const text = JSON.stringify(draft).replace(JSON.stringify(node), JSON.stringify(node).replace(/^\{/, `{"${key}":{"polluted":true},`));
        const result = parseDraftFile(text, templates);
        expect(result.ok).toBe(false);
        checkResult(result);
      }),
      { numRuns: 100 },
    );
  });

  it('round-trips any plan text the person could type', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'grapheme' }), fc.string({ maxLength: 80 }), (text, name) => {
        const draft = v1();
        draft.data.parentViews = text;
        draft.data.contact.name = name;
        const first = parseDraftFile(JSON.stringify(draft), templates);
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        const again = parseDraftFile(serializeDraft(first.envelope), templates);
        expect(again).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });
});
