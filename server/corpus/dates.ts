/** Date parsing for the corpus: printed dates ("December 1, 1961") and ISO front-matter dates, validated. */

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

export const MONTH_PATTERN = MONTHS.join('|');

/** A line that is only a printed date, e.g. "December 1, 1961" (markup already stripped). */
const PRINTED_DATE = new RegExp(`^(${MONTH_PATTERN}) (\\d{1,2}), (\\d{4})$`);

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A real calendar date as `YYYY-MM-DD`, or null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** "December 1, 1961" → "1961-12-01"; null when the line is not exactly a (valid) printed date. */
export function parsePrintedDate(line: string): string | null {
  const m = PRINTED_DATE.exec(line.trim());
  if (!m) return null;
  return isoDate(Number(m[3]), MONTHS.indexOf(m[1]!) + 1, Number(m[2]));
}

/** Month name + day + year as found inside a table-of-contents line → ISO date (or null). */
export function printedParts(month: string, day: string, year: string): string | null {
  return isoDate(Number(year), MONTHS.indexOf(month) + 1, Number(day));
}

export type FrontMatterDate = { ok: true; date: string | null; year: number | null } | { ok: false };

/** Front-matter `date:` value: `YYYY-MM-DD` (a real date) or `YYYY` (year only → date null); empty → unknown. */
export function parseFrontMatterDate(value: string): FrontMatterDate {
  const v = value.trim();
  if (v === '') return { ok: true, date: null, year: null };
  let m = /^(\d{4})$/.exec(v);
  if (m) return { ok: true, date: null, year: Number(m[1]) };
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (m) {
    const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (date) return { ok: true, date, year: Number(m[1]) };
  }
  return { ok: false };
}
