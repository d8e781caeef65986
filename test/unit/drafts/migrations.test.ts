import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../../src/lib/drafts/migrations';
import { SCHEMA_VERSION } from '../../../src/lib/drafts/envelope';

describe('migration chain', () => {
  it('has a step from every older version to the current one', () => {
    for (let v = 1; v < SCHEMA_VERSION; v++) expect(MIGRATIONS[v], `migration from v${v}`).toBeTypeOf('function');
  });

  it('leaves a current envelope as it is', () => {
    const raw = { schemaVersion: SCHEMA_VERSION, app: 'x' };
    expect(migrate(raw)).toEqual({ ok: true, value: raw });
  });

  it('runs every step in order up to the current version', () => {
    const steps = {
      1: (e: Record<string, unknown>) => ({ ...e, name: e.title, title: undefined }),
      2: (e: Record<string, unknown>) => ({ ...e, tags: [] }),
    };
    expect(migrate({ schemaVersion: 1, title: 'Plan' }, 3, steps)).toEqual({ ok: true, value: { schemaVersion: 3, name: 'Plan', title: undefined, tags: [] } });
    expect(migrate({ schemaVersion: 2 }, 3, steps)).toEqual({ ok: true, value: { schemaVersion: 3, tags: [] } });
  });

  it('reports newer, unknown and failed migrations', () => {
    expect(migrate({ schemaVersion: 4 }, 3, {})).toMatchObject({ ok: false, reason: 'newer' });
    expect(migrate({ schemaVersion: 0 }, 3, {})).toMatchObject({ ok: false, reason: 'not-recognised' });
    expect(migrate({ schemaVersion: 1.5 }, 3, {})).toMatchObject({ ok: false, reason: 'not-recognised' });
    expect(migrate({}, 3, {})).toMatchObject({ ok: false, reason: 'not-recognised' });
    expect(migrate({ schemaVersion: 1 }, 3, { 1: (e) => e })).toMatchObject({ ok: false, reason: 'migration-failed' });
    expect(migrate({ schemaVersion: 1 }, 2, { 1: () => { throw new Error('x'); } })).toMatchObject({ ok: false, reason: 'migration-failed' });
  });
});
