/**
 * JSON from outside (files, storage, PDF attachments) is parsed, then walked for keys that could
 * pollute prototypes. JSON.parse itself makes `__proto__` an own property (no pollution yet), but any
 * later code that copies by key could, so the whole input is refused instead.
 */
import { FORBIDDEN_KEYS } from '../forms/forbidden-keys';

/** Deeper nesting than any plan needs; refusing it keeps the walk and later code safe. */
export const MAX_DEPTH = 32;

export type JsonParse = { ok: true; value: unknown } | { ok: false };

/** JSON.parse that never throws. */
export function parseJson(text: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

export type TreeProblem = { kind: 'forbidden-key'; key: string; path: string } | { kind: 'too-deep'; path: string };

/** The first forbidden key or over-deep branch in a parsed JSON tree, or null. Iterative: no stack overflow. */
export function findTreeProblem(root: unknown, maxDepth = MAX_DEPTH): TreeProblem | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }];
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= maxDepth) return { kind: 'too-deep', path: path || '(top level)' };
    if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, path: `${path}[${i}]`, depth: depth + 1 }));
      continue;
    }
    for (const key of Object.keys(value)) {
      const at = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) return { kind: 'forbidden-key', key, path: at };
      stack.push({ value: (value as Record<string, unknown>)[key], path: at, depth: depth + 1 });
    }
  }
  return null;
}
