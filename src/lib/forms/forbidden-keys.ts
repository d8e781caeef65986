/**
 * Keys that must never be written from imported data (prototype pollution).
 * In its own file so browser code can use it without pulling zod into the page's bundle.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
