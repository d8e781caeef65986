import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../src/lib/drafts/envelope';
import { parseDraftFile, serializeDraft } from '../../../src/lib/drafts/file';
import { template } from '../forms/helpers';

const dir = new URL('../../fixtures/drafts/', import.meta.url);
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('released draft formats keep loading', () => {
  it('has a fixture for every format up to the current one', () => {
    for (let v = 1; v <= SCHEMA_VERSION; v++) expect(fixtures.some((f) => f.startsWith(`v${v}`)), `fixture for v${v}`).toBe(true);
  });

  it.each(fixtures)('%s loads', (file) => {
    const text = readFileSync(new URL(file, dir), 'utf8');
    const result = parseDraftFile(text, [template]);
    expect(result.ok ? 'ok' : `${result.message} ${result.details.join('; ')}`).toBe('ok');
    if (!result.ok) return;
    expect(result.envelope.schemaVersion).toBe(SCHEMA_VERSION);
    expect(result.envelope.data.childName).toBe('Sam');
  });

  it('v1 loads exactly, and writing it back gives the same content', () => {
    const text = readFileSync(new URL('v1.json', dir), 'utf8');
    const result = parseDraftFile(text, template);
    expect(result.ok).toBe(true);
    if (result.ok) expect(JSON.parse(serializeDraft(result.envelope))).toEqual(JSON.parse(text));
    const review = readFileSync(new URL('v1-review.json', dir), 'utf8');
    const r = parseDraftFile(review, template);
    expect(r.ok && r.envelope.review).toEqual({ cycle: 2, previousId: 'd-4f1c2a9b7e3d5a6c8b0e1f2a', previousTitle: 'SEN Support plan for Sam' });
    if (r.ok) expect(JSON.parse(serializeDraft(r.envelope))).toEqual(JSON.parse(review));
  });
});
