/** Metadata wording for answers (pure): dates as "1 December 1961", year spans, title headings, counts. */
import { pageBounds } from '../corpus/pages.ts';
import type { Paragraph, Work } from '../corpus/types.ts';
import type { YearBounds } from '../retrieval/query.ts';

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "1 December 1961"; the year alone when only the year is known; "undated" otherwise. */
export function formatDate(date: string | null, year: number | null = null): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  if (m) return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  return year === null ? 'undated' : String(year);
}

/** "a", "a and b", "a, b and c" (or "… or c"). */
export function inWords(items: readonly (string | number)[], conjunction: 'and' | 'or' = 'and'): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}` : items.map(String).join('');
}

/**
 * "quote 2", "quotes 1, 2 and 3": quotes of an answer by their numbers, in words (no "[2]": in an answer's text a
 * number in brackets marks one of its own quotes).
 */
export const quotesNumbered = (numbers: readonly number[]): string => (numbers.length === 1 ? `quote ${numbers[0]}` : `quotes ${inWords(numbers)}`);

/** The decade a year is of, by its first year: 1987 → 1980. */
export const decadeOf = (year: number): number => Math.floor(year / 10) * 10;

/** "1961", "1961 and 1987", "1961, 1974 and 1987", or "1961–1993" when there are more than three years. */
export function formatYears(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  return sorted.length > 3 ? `${sorted[0]}–${sorted.at(-1)}` : inWords(sorted);
}

/** Every year of the works, in order, spelled out ("1961, 1969, 1974 and 1987"), undated ones counted at the end. */
export function listYears(works: readonly Work[]): string {
  const years = [...new Set(works.map((w) => w.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  const undated = works.filter((w) => w.year === null).length;
  const named = inWords(years);
  if (undated === 0) return named;
  return named ? `${named}; ${undated} undated` : 'undated';
}

/**
 * " from 1970–1979", " from 1960–1969 and 1980–1989", " dated after 1980": the years a question names or bounds, as
 * kept to; "" when it names none.
 */
export function timeAsked({ years, timesApart, months, kinds, bounds }: { years: readonly number[]; timesApart?: readonly number[]; months?: MonthsKept; kinds?: KindsKept; bounds: YearBounds | null }): string {
  const from = years.length ? ` from ${inWords(periodsNamed(years, { months, kinds, timesApart }).map(periodText))}` : '';
  return `${from}${bounds ? ` dated ${bounds.text}` : ''}`;
}

/** The months a year was kept to ("in June 1987"), year → months 1–12 (`TimeKept.months`). */
export type MonthsKept = ReadonlyMap<number, ReadonlySet<number>>;
/** The kinds of work a year was kept to ("the 1987 speech"), year → words (`TimeKept.kinds`). */
export type KindsKept = ReadonlyMap<number, ReadonlySet<string>>;

/** A stretch of the time a question names: a run of years, or a month of one year ("June 1987"), maybe kept to kinds of work. */
export interface Period {
  first: number;
  last: number;
  month?: number;
  kinds?: ReadonlySet<string>;
}

/**
 * Sorted years as periods: runs of consecutive years (the 1960s and the 1980s → 1960–1969, 1980–1989), but for a
 * time named apart where one begins (`timesApart`: the 1970s or the 1980s → 1970–1979, 1980–1989), a year kept to
 * months ("in 1986 and in January and June 1987") one period a month; a run kept to kinds of work is one period when
 * each of its years is kept to the same ("his 1980s speeches").
 */
export function periodsNamed(years: readonly number[], { months, kinds, timesApart = [] }: { months?: MonthsKept; kinds?: KindsKept; timesApart?: readonly number[] } = {}): Period[] {
  const periods: Period[] = [];
  for (const year of years) {
    const kept = months?.get(year);
    const ofKinds = kinds?.get(year);
    const last = periods.at(-1);
    const kind = ofKinds ? { kinds: ofKinds } : {};
    if (kept) periods.push(...[...kept].sort((a, b) => a - b).map((month) => ({ first: year, last: year, month, ...kind })));
    else if (last && last.month === undefined && sameKinds(last.kinds, ofKinds) && year === last.last + 1 && !timesApart.includes(year)) last.last = year;
    else periods.push({ first: year, last: year, ...kind });
  }
  return periods;
}

const sameKinds = (a?: ReadonlySet<string>, b?: ReadonlySet<string>): boolean => (a?.size ?? 0) === (b?.size ?? 0) && [...(a ?? [])].every((k) => b?.has(k));

/** "1987", "1980–1989", "June 1987", "1987 (“speech”)", "1980–1989 (“speech”)". */
export function periodText({ first, last, month, kinds }: Period): string {
  const when = first !== last ? `${first}–${last}` : month ? `${MONTHS[month - 1]} ${first}` : `${first}`;
  return kinds ? `${when} (${inWords([...kinds].map((k) => `“${k}”`), 'or')})` : when;
}

/** Page label: "p. 3", "pp. 179–180" (a quote over a page break), "pp. 1–3", or "" when nothing is known. The quote's own pages win over the work's range. */
export function formatPages(page?: number, pages?: string, pageEnd?: number): string {
  if (page != null) return pageEnd != null && pageEnd !== page ? `pp. ${page}–${pageEnd}` : `p. ${page}`;
  if (pages) return onSeveralPages({ pages }) ? `pp. ${pages.replace('-', '–')}` : `p. ${pages}`;
  return '';
}

/** A sentence closed with a full stop, unless it ends with one already ("pp. 45ff.") or another end mark. */
export const withFullStop = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

/** Said where pages are asked of a work its source gives none for. */
export const NO_PAGES = 'the source gives no pages';

/**
 * The pages a source gives a quote, as a reader is told them: its paragraph's ("p. 3", "pp. 179–180"), else its
 * work's, "pp. 19–20 for the whole work" when the work runs over several ("p. 27" when it has one); "" when neither.
 */
export function quotePages(paragraph: Pick<Paragraph, 'page' | 'pageEnd'>, work: Pick<Work, 'pages'>): string {
  const own = formatPages(paragraph.page, undefined, paragraph.pageEnd);
  if (own) return own;
  const whole = formatPages(undefined, work.pages);
  return onSeveralPages(work) ? `${whole} for the whole work` : whole;
}

/** "a speech", "an interview", "an editor": a noun with its indefinite article, by its first letter. */
export const withArticle = (noun: string): string => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

/** Whether the source gives a work several pages ("19-20", "45ff."), so a page of it does not say where each paragraph stands. */
export const onSeveralPages = (work: Pick<Work, 'pages'>): boolean => {
  const bounds = pageBounds(work.pages);
  return bounds ? bounds.last !== bounds.first : /[-–]/.test(work.pages ?? '');
};

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? word : many}`;
}

/** Markdown emphasis characters in metadata would break the answer's markup, so they are dropped. */
export function plainTitle(title: string): string {
  return title.replace(/[*_`[\]]/g, '').trim();
}

/** `**Title** (1 December 1961)`: the heading of a group of quotes from one work (`, by Author` when not the main one's). */
export function workHeading(work: Work, otherAuthor?: string): string {
  return `**${plainTitle(work.title)}** (${formatDate(work.date, work.year)})${byline(otherAuthor)}`;
}

/** `**1961** · *Title*`: the heading of a compare-mode group. */
export function compareHeading(work: Work, otherAuthor?: string): string {
  return `**${work.year ?? 'Undated'}** · *${plainTitle(work.title)}*${byline(otherAuthor)}`;
}

/** `, by Author`, or nothing when there is no author to name. */
export const byline = (author: string | undefined): string => (author ? `, by ${plainTitle(author)}` : '');

/** A work's author when it is not the collection's main one (the scholarly article): no view may present its words as his. */
export function otherAuthor(work: Pick<Work, 'author'>, primaryAuthor: string | null): string | undefined {
  return primaryAuthor !== null && work.author !== primaryAuthor ? work.author : undefined;
}

/** The occasion and place of a work as printed in its metadata, joined; empty when there is neither. */
export function occasionAndPlace(work: Work): string {
  return [work.occasion, work.place].filter((s): s is string => Boolean(s && s.trim())).map(plainTitle).join(', ');
}

/** Compares works by date, undated last, then by title. */
export function byDate(a: Work, b: Work): number {
  if (a.date === null || b.date === null) return a.date === b.date ? a.title.localeCompare(b.title) : a.date === null ? 1 : -1;
  return a.date.localeCompare(b.date) || a.title.localeCompare(b.title);
}

/** "1974 and 1987", "1961–1993", "1961 and 1987; 1 undated", "undated". */
export function describeDates(works: readonly Work[]): string {
  const years = works.map((w) => w.year).filter((y): y is number => y !== null);
  const undated = works.length - years.length;
  if (years.length === 0) return 'undated';
  return undated > 0 ? `${formatYears(years)}; ${undated} undated` : formatYears(years);
}
