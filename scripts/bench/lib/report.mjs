/** Formatting of the bench table. */

export const kb = (bytes) => (bytes == null ? 'n/a' : `${(bytes / 1024).toFixed(1)} KB`);
export const mb = (bytes) => (bytes == null ? 'n/a' : `${(bytes / 2 ** 20).toFixed(0)} MB`);
export const sec = (s) => (s == null ? 'n/a' : `${s.toFixed(1)} s`);
export const ms = (v) => (v == null ? 'n/a' : `${Math.round(v)} ms`);

/** A table as aligned text: rows of [measure, value, target, result]. */
export function formatTable(title, rows) {
  const header = ['Measure', 'Value', 'Target', 'Result'];
  const all = [header, ...rows.map((r) => r.map((c) => String(c ?? '')))];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r) => r.map((c, i) => (c ?? '').padEnd(widths[i])).join('  ').trimEnd();
  return [`\n${title}`, line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map((r) => line(r.map((c) => String(c ?? ''))))].join('\n');
}

/** "pass" / "FAIL" / "" for a check that could not run. */
export const verdict = (pass) => (pass === true ? 'pass' : pass === false ? 'FAIL' : '');

/** A Markdown table with the same rows (for docs/performance.md). */
export function markdownTable(rows) {
  const esc = (c) => String(c ?? '').replace(/\|/g, '\\|');
  return ['| Measure | Value | Target | Result |', '| --- | --- | --- | --- |', ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
}
