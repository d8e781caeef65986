/** Random draft ids. crypto.getRandomValues works on plain http too (randomUUID needs https). */
export function newDraftId(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return 'd-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
