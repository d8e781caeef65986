/**
 * Fuzz: a school edits its template by hand, so any change to the JSON must give either a valid
 * template or one readable error naming the file and the path, never a crash or a bare zod dump.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadTemplates } from '../../../src/lib/forms/load-templates';
import { rawCopy } from './helpers';

/** Every path to a value inside a JSON tree. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...prefix, k]))];
}

function setAt(root: unknown, path: (string | number)[], replacement: unknown, remove: boolean): unknown {
  if (path.length === 0) return replacement;
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (remove && !Array.isArray(node)) delete node[last];
  else node[last] = replacement;
  return root;
}

const allPaths = paths(rawCopy());

describe('template loading under random edits (fuzz)', () => {
  it('returns a template or throws one readable message naming the file', () => {
    const replacement = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.integer({ min: -5, max: 50 }),
      fc.boolean(),
      fc.constant(null),
      fc.constant([]),
      fc.constant({}),
      fc.constantFrom('__proto__', 'constructor', 'a.b', 'group', 'text', ''),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(allPaths.length - 1), replacement, fc.boolean()), { minLength: 1, maxLength: 4 }), (edits) => {
        let template: unknown = rawCopy();
        for (const [index, value, remove] of edits) {
          try {
            template = setAt(template, allPaths[index]!, value, remove);
          } catch {
            // An earlier edit removed this path's parent: skip this edit.
          }
        }
        try {
          const [loaded] = loadTemplates({ '../../content/templates/our-school.json': template });
          expect(loaded!.sections.length).toBeGreaterThan(0);
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          const message = (error as Error).message;
          expect(message).toContain('our-school.json');
          expect(message.length).toBeLessThan(20_000);
        }
      }),
      { numRuns: 400 },
    );
  });
});
