/**
 * Text helpers shared by the exporter, the importer and the merge. Pure, no pdf-lib.
 */

/** The form a value takes inside the PDF: NFC (so accents are one character) and `\n` line breaks. */
export function normalizeForPdf(text: string): string {
  return text.normalize('NFC').replace(/\r\n?|\u2028|\u2029/g, '\n');
}

/** True when two answers say the same thing once normalised (line breaks, NFC, outer spaces). */
export function sameText(a: string, b: string): boolean {
  return normalizeForPdf(a).trim() === normalizeForPdf(b).trim();
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2199) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null; // 31 February
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "2026-03-12" -> "12 March 2026" (GOV.UK style). Anything else comes back unchanged. */
export function formatDateForPdf(iso: string): string {
  const m = ISO_DATE.exec(iso.trim());
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (!validDate(Number(y), Number(mo), Number(d))) return iso;
  return `${Number(d)} ${MONTHS[Number(mo) - 1]} ${y}`;
}

/** "12 March 2026" -> "12 March" style month lookup by the first three letters. */
function monthFromName(name: string): number | null {
  const key = name.slice(0, 3).toLowerCase();
  const idx = MONTHS.findIndex((m) => m.slice(0, 3).toLowerCase() === key);
  if (idx < 0) return null;
  // Accept "Mar", "March", "Sept"; refuse "Marchxyz".
  const full = MONTHS[idx]!.toLowerCase();
  const lower = name.toLowerCase().replace(/\.$/, '');
  return full.startsWith(lower) || (lower === 'sept' && idx === 8) ? idx + 1 : null;
}

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/**
 * Reads a date as a person might type it into a PDF, in UK order: "12 March 2026",
 * "Thursday 12 March 2026", "12th Mar 2026", "12/3/2026", "12.03.26", "12-03-2026", "2026-03-12".
 * Returns yyyy-mm-dd, or null when it cannot be read for certain.
 */
export function parseDateFromPdf(input: string): string | null {
  const text = input.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (!text) return null;
  let m = ISO_DATE.exec(text);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4}|\d{2})$/.exec(text);
  if (m) return validDate(fullYear(m[3]!), Number(m[2]), Number(m[1]));
  const words = text
    .replace(/,/g, ' ')
    .replace(/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.? /i, '')
    .trim()
    .split(' ');
  if (words.length === 3) {
    const [d, mo, y] = words as [string, string, string];
    const day = /^(\d{1,2})(st|nd|rd|th)?$/i.exec(d);
    const month = monthFromName(mo);
    if (day && month && /^(\d{4}|\d{2})$/.test(y)) return validDate(fullYear(y), month, Number(day[1]));
  }
  return null;
}
