/**
 * Attribution (pure): the date (a year, a month and year, or a day) and the work (by distinctive words of its
 * title, occasion or addressee) that the sentence around a quotation names, compared with the metadata of
 * the work the quotation comes from.
 */
import { formatDate } from '../answer/format.ts';
import type { Work } from '../corpus/types.ts';
import { nameWords } from '../retrieval/authors.ts';
import { monthNumber } from '../retrieval/query.ts';
import { tokenize, type Span } from '../retrieval/text.ts';
import { statedWork, type WorkNames } from '../retrieval/work-names.ts';

export interface Attribution {
  stated: string;
  actual: string;
  ok: boolean;
}

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const YEAR = '(1[5-9]\\d\\d|20\\d\\d)';

/** A date as stated: its parts, where it stands in the text, and its wording. */
export interface StatedDate extends Span {
  year: number;
  month?: number;
  day?: number;
  text: string;
}

const DATE_PATTERNS: { re: RegExp; parts: (m: RegExpExecArray) => Omit<StatedDate, 'start' | 'end' | 'text'> }[] = [
  { re: new RegExp(`\\b${YEAR}-(\\d{2})-(\\d{2})\\b`, 'g'), parts: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }) },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, 'g'), parts: (m) => ({ year: +m[3]!, month: monthNumber(m[2]!), day: +m[1]! }) },
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, 'g'), parts: (m) => ({ year: +m[3]!, month: monthNumber(m[1]!), day: +m[2]! }) },
  { re: new RegExp(`\\b${MONTH},?\\s+(?:of\\s+)?${YEAR}\\b`, 'g'), parts: (m) => ({ year: +m[2]!, month: monthNumber(m[1]!) }) },
  { re: new RegExp(`(?<![\\d–-])${YEAR}(?![\\d–-]|s\\b)`, 'g'), parts: (m) => ({ year: +m[1]! }) },
];

/** Every date stated in `text`, the most precise reading of each stretch (a day over its month over its year). */
export function statedDates(text: string): StatedDate[] {
  const found: StatedDate[] = [];
  for (const { re, parts } of DATE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (found.some((f) => f.start < span.end && span.start < f.end)) continue;
      found.push({ ...parts(m as RegExpExecArray), ...span, text: m[0] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Whether a stated date agrees with a work's date, to the precision stated. */
export function dateAgrees(stated: StatedDate, work: Work): boolean {
  if (work.year === null || stated.year !== work.year) return false;
  if (stated.month === undefined) return true;
  const m = /^\d{4}-(\d{2})-(\d{2})$/.exec(work.date ?? '');
  if (!m || Number(m[1]) !== stated.month) return false;
  return stated.day === undefined || Number(m[2]) === stated.day;
}

/**
 * Compares what the sentence around a quotation says about its source with the source: null when it says
 * nothing. `context` is that sentence with the quotation itself blanked out; the date nearest to `at` counts.
 */
export function checkAttribution(context: string, at: number, source: Work, names: WorkNames): Attribution | null {
  const dates = statedDates(context);
  const date = dates.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
  const work = statedWork(context, names);
  const author = statedAuthor(context, names.authors);
  if (!date && !work && !author) return null;
  const stated = [date?.text, work?.text, author].filter(Boolean).join(', ');
  const ok = (!date || dateAgrees(date, source)) && (!work || work.workId === source.id) && (!author || author === source.author);
  const actual = [formatDate(source.date, source.year), work ? source.title : null, author ? `by ${source.author}` : null].filter(Boolean).join(', ');
  return { stated, actual, ok };
}

/**
 * The author of the collection the text names, by every word of the name ("Zhang Chao", "Kim Il Sung"; not "Kim
 * Jong Il", who shares two of its three): a quotation of one author put in another's mouth is misattributed.
 */
export function statedAuthor(text: string, authors: readonly string[]): string | null {
  const words = new Set(tokenize(text).map((t) => t.word));
  return authors.find((a) => nameWords(a).length > 0 && nameWords(a).every((w) => words.has(w))) ?? null;
}
