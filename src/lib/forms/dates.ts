/**
 * Date answers. The builder uses three boxes (day, month, year) as the GOV.UK Design System
 * recommends for dates people know, so a value can be part-typed:
 *   ''            nothing entered
 *   'YYYY-MM-DD'  a complete, real date (the only form that passes validation)
 *   'Y-M-D'       what was typed so far, digits only in each part, any part may be empty
 * Pure functions; the PDF code may use them too.
 */

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL = /^(\d{0,4})-(\d{0,2})-(\d{0,2})$/;

/** Split a stored value into its three boxes. Unknown shapes give three empty boxes. */
export function splitDate(value: string): DateParts {
  const m = PARTIAL.exec(value);
  if (!m) return { day: '', month: '', year: '' };
  return { year: m[1] ?? '', month: m[2] ?? '', day: m[3] ?? '' };
}

/** True when the stored value is a shape the builder can write ('' or Y-M-D parts). */
export function isDateValueShape(value: string): boolean {
  return value === '' || PARTIAL.test(value);
}

/** Is this day/month/year a date that exists? */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Join the boxes into a stored value: canonical 'YYYY-MM-DD' when real, '' when empty, else the raw parts. */
export function joinDate(parts: DateParts): string {
  const clean = (s: string, n: number) => s.replace(/\D/g, '').slice(0, n);
  const day = clean(parts.day, 2);
  const month = clean(parts.month, 2);
  const year = clean(parts.year, 4);
  if (!day && !month && !year) return '';
  if (year.length === 4 && day && month && isRealDate(Number(year), Number(month), Number(day))) {
    return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  return `${year}-${month}-${day}`;
}

/** A complete, real date in 'YYYY-MM-DD' form? */
export function isCompleteDate(value: string): boolean {
  const m = ISO.exec(value);
  return !!m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "5 March 2026" for a complete date; the typed parts as "day/month/year" otherwise; '' when empty. */
export function formatDate(value: string): string {
  if (!value) return '';
  if (isCompleteDate(value)) {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    return `${d} ${MONTHS[m - 1]} ${y}`;
  }
  const p = splitDate(value);
  return [p.day || '?', p.month || '?', p.year || '?'].join('/');
}

/** Which part is missing or wrong, for a GOV.UK-style message. */
export type DateProblem = 'empty' | 'missing-day' | 'missing-month' | 'missing-year' | 'year-digits' | 'not-real' | null;

export function dateProblem(value: string): DateProblem {
  if (!value) return 'empty';
  if (isCompleteDate(value)) return null;
  const p = splitDate(value);
  if (!p.day && !p.month && !p.year) return 'empty';
  if (!p.day) return 'missing-day';
  if (!p.month) return 'missing-month';
  if (!p.year) return 'missing-year';
  if (p.year.length !== 4) return 'year-digits';
  return 'not-real';
}
