import { readFileSync } from 'node:fs';

/** The v1 fixture as an object, to change in tests. */
export function v1(): Record<string, any> {
  return JSON.parse(readFileSync(new URL('../../fixtures/drafts/v1.json', import.meta.url), 'utf8'));
}
export function v1Text(): string {
  return readFileSync(new URL('../../fixtures/drafts/v1.json', import.meta.url), 'utf8');
}
