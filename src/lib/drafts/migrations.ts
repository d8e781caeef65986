/**
 * The migration chain for the envelope format. MIGRATIONS[n] turns a schemaVersion n envelope into
 * schemaVersion n + 1; loading runs every step from the file's version up to SCHEMA_VERSION and then
 * validates the result strictly. Released formats (fixtures in test/fixtures/drafts/):
 *   v1  first release.
 * To change the format: bump SCHEMA_VERSION in envelope.ts, add MIGRATIONS[old] here, add a fixture
 * of the new format, and keep every older fixture loading.
 */
import { SCHEMA_VERSION } from './envelope';

export type RawEnvelope = Record<string, unknown>;
export type Migration = (old: RawEnvelope) => RawEnvelope;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/** The oldest format this code can read. */
export const OLDEST_VERSION = 1;

export type MigrationResult =
  | { ok: true; value: RawEnvelope }
  | { ok: false; reason: 'newer' | 'not-recognised' | 'migration-failed'; version: unknown };

export function migrate(raw: RawEnvelope, current = SCHEMA_VERSION, migrations: Readonly<Record<number, Migration>> = MIGRATIONS, oldest = OLDEST_VERSION): MigrationResult {
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < oldest) return { ok: false, reason: 'not-recognised', version };
  if (version > current) return { ok: false, reason: 'newer', version };
  let value = raw;
  for (let v = version; v < current; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, reason: 'migration-failed', version };
    try {
      value = { ...step(value), schemaVersion: v + 1 };
    } catch {
      return { ok: false, reason: 'migration-failed', version };
    }
  }
  return { ok: true, value };
}
