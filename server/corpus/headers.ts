/** Finds printed work headers in OCR'd book text: a title in capitals, optional "(Excerpts)", an occasion, a date line. */
import { parsePrintedDate } from './dates.ts';
import { type DraftWork, yearOf } from './draft.ts';
import type { DraftParagraph } from './paragraphs.ts';
import { endsSentence, normalizeSpace, stripHeaderMarkup } from './text.ts';

export interface Header {
  /** 0-based index of the first title line: the previous work's text ends before it. */
  startLine: number;
  /** 0-based index of the date line: the work's text starts after it. */
  dateLine: number;
  /** The title as printed (capitals), markup and "(Excerpts)" removed. */
  title: string;
  /** Whether the heading says "(Excerpts)": the book prints parts of the work, not the whole of it. */
  excerpts: boolean;
  occasion?: string;
  date: string;
}

const EXCERPTS = /\(\s*Excerpts\s*\)/gi;
const MAX_OCCASION_LINES = 4;

/** A line printed entirely in capitals (ignoring markup and "(Excerpts)"), with at least two letters. */
export function isCapitalsLine(line: string): boolean {
  const s = stripHeaderMarkup(line).replace(EXCERPTS, '');
  return (s.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && !/\p{Ll}/u.test(s);
}

function isExcerptsLine(line: string): boolean {
  return /^\(\s*Excerpts\s*\)$/i.test(stripHeaderMarkup(line).trim());
}

/** Reads the header ending at date line `d`, scanning upwards; null when what precedes the date is no header. */
function headerAt(lines: string[], d: number, date: string, ignore: (line: string) => boolean): Header | null {
  const occasion: string[] = [];
  const title: number[] = [];
  let i = d - 1;
  for (; i >= 0; i--) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    if (isCapitalsLine(line) || isExcerptsLine(line)) break;
    const s = stripHeaderMarkup(line).trim();
    if (s === '...' || ignore(line) || endsSentence(s) || occasion.length >= MAX_OCCASION_LINES) return null;
    occasion.unshift(s);
  }
  let excerpts = false;
  for (; i >= 0; i--) {
    const line = lines[i]!;
    if (isExcerptsLine(line)) {
      excerpts = true;
      continue;
    }
    if (line.trim() === '') continue;
    if (ignore(line) || !isCapitalsLine(line)) break;
    title.unshift(i);
  }
  if (title.length === 0) return null;
  const printed = title.map((n) => stripHeaderMarkup(lines[n]!));
  const text = normalizeSpace(printed.map((line) => line.replace(EXCERPTS, '')).join(' '));
  return {
    startLine: title[0]!,
    dateLine: d,
    title: text,
    excerpts: excerpts || printed.some((line) => line.search(EXCERPTS) >= 0),
    ...(occasion.length ? { occasion: normalizeSpace(occasion.join(' ')) } : {}),
    date,
  };
}

/** All headers in the text, in order. `ignore` marks lines that are never part of a header (author name, slogans). */
export function findHeaders(lines: string[], ignore: (line: string) => boolean): Header[] {
  const headers: Header[] = [];
  lines.forEach((line, d) => {
    const date = parsePrintedDate(stripHeaderMarkup(line));
    if (!date) return;
    const header = headerAt(lines, d, date, ignore);
    if (header) headers.push(header);
  });
  return headers;
}

/**
 * The author's name printed alone above the title pages ("KIM IL SUNG"): the first non-blank line, in
 * capitals, of at most five words, printed at least twice (so a title that opens a file is not mistaken for it).
 */
export function findAuthorLine(lines: string[]): string | null {
  const first = lines.find((l) => l.trim() !== '');
  if (!first || !isCapitalsLine(first)) return null;
  const name = normalizeSpace(stripHeaderMarkup(first));
  if (name.split(' ').length > 5) return null;
  const count = lines.filter((l) => normalizeSpace(stripHeaderMarkup(l)) === name).length;
  return count >= 2 ? name : null;
}

/** "KIM IL SUNG" → "Kim Il Sung". */
export function nameCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/** A work drafted from its printed header: title (to be cased), date, occasion and the book's author line. */
export function draftFromHeader(header: Header, authorLine: string | null, paragraphs: DraftParagraph[]): DraftWork {
  return {
    title: header.title,
    caseTitle: true,
    date: header.date,
    year: yearOf(header.date),
    ...(authorLine ? { author: nameCase(authorLine) } : {}),
    ...(header.occasion ? { occasion: header.occasion } : {}),
    ...(header.excerpts ? { excerpts: true as const } : {}),
    paragraphs,
  };
}
