/** Date display for ISO dates without time zones: "1 December 1961", "undated", and the month names the citation styles need. */
import { formatPages } from '../../../../server/answer/format.ts';

/** Page labels are the server's, so that answers, the command line and the UI say pages alike. */
export { formatPages };

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export interface DateParts {
  year: number;
  month: number; // 1-12
  day: number;
}

/** Parses `YYYY-MM-DD` by hand so no time zone can shift the day. */
export function parseIsoDate(iso: string | null | undefined): DateParts | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day };
}

/** "1 December 1961"; the year alone when only the year is known; "undated" otherwise. */
export function formatDate(date: string | null | undefined, year?: number | null): string {
  const d = parseIsoDate(date);
  if (d) return `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
  if (year != null) return String(year);
  return 'undated';
}


/** "16 December 1967, p. 3": when and where in the source a citation's quote stands. */
export function formatWhere(c: { date: string | null; year: number | null; page?: number; pages?: string; pageEnd?: number }): string {
  return [formatDate(c.date, c.year), formatPages(c.page, c.pages, c.pageEnd)].filter(Boolean).join(', ');
}
