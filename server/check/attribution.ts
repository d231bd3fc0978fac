/**
 * Attribution (pure): the date (a year, a month and year, or a day) and the work (by distinctive words of its
 * title, occasion or addressee) that the sentence around a quotation names, compared with the metadata of
 * the work the quotation comes from.
 */
import { formatDate, formatPages, quotePages } from '../answer/format.ts';
import type { CheckAttribution } from '../contract.ts';
import { pageBounds } from '../corpus/pages.ts';
import type { Paragraph, Work } from '../corpus/types.ts';
import { namedAuthors, nameWords } from '../retrieval/authors.ts';
import { monthNumber, monthsOfPart, PART_BEFORE_TIME, yearsNamed } from '../retrieval/query.ts';
import { countSaid, NUMBER_WORDS, tokenize, type Span, type Token } from '../retrieval/text.ts';
import { statedWorks, type StatedWork, type WorkNames } from '../retrieval/work-names.ts';
import { TOLD, WORK_WORDS } from '../answer/source-words.ts';
import { parseContainer } from '../../web/src/features/citations/formats.ts';

/** What a text may state of a quotation's source: the date, the work, the author, the page. */
export type AttributionPart = NonNullable<CheckAttribution['wrong']>[number];

export interface Attribution {
  stated: string;
  actual: string;
  ok: boolean;
  /** What the text gets wrong, when `ok` is false. */
  wrong?: AttributionPart[];
  /** The work the text names (by id), right or wrong: what "the same speech" or "Ibid." after it names. */
  named?: string;
}

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const YEAR = '(1[5-9]\\d\\d|20\\d\\d)';
/** A year written anywhere in a text (`YEAR` as a word), and a word that is one. */
const A_YEAR = new RegExp(`\\b${YEAR}\\b`);
const WHOLE_YEAR = new RegExp(`^${YEAR}$`);

/** A date as stated: its parts, where it stands in the text, and its wording. */
export interface StatedDate extends Span {
  year: number;
  /**
   * A decade or a part of one ("the 1970s", "the early 1980s"), years run ("1975–76") or a side of a year ("before
   * 1970"): its first and last years (`year` is the first).
   */
  years?: [number, number];
  month?: number;
  /** A part of a year ("the summer of 1987", "early 1961"): its months. */
  months?: number[];
  day?: number;
  text: string;
}

const DATE_PATTERNS: { re: RegExp; parts: (m: RegExpExecArray) => Omit<StatedDate, 'start' | 'end' | 'text'> }[] = [
  { re: new RegExp(`\\b${YEAR}-(\\d{2})-(\\d{2})\\b`, 'g'), parts: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }) },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, 'g'), parts: (m) => ({ year: +m[3]!, month: monthNumber(m[2]!), day: +m[1]! }) },
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, 'g'), parts: (m) => ({ year: +m[3]!, month: monthNumber(m[1]!), day: +m[2]! }) },
  { re: new RegExp(`\\b${MONTH},?\\s+(?:of\\s+)?${YEAR}\\b`, 'g'), parts: (m) => ({ year: +m[2]!, month: monthNumber(m[1]!) }) },
  { re: new RegExp(String.raw`\b(?:the\s+)?(?:${PART_BEFORE_TIME}|(?<![\d–-]))(?:1[5-9]\d0|20\d0)s\b`, 'gi'), parts: (m) => decade(m[0]) },
  { re: new RegExp(String.raw`${PART_BEFORE_TIME}(?:in\s+)?${YEAR}(?![\d–-]|s\b)`, 'gi'), parts: (m) => ({ year: +m[2]!, months: monthsOfPart(m[1]!) }) },
  // Not "the 1950-53 war": a run of years after "the" names a time of what is told.
  { re: new RegExp(String.raw`(?<![\d–-]|\bthe\s)${YEAR}\s*[-–]\s*(\d{4}|\d{2})(?![\d–-])`, 'gi'), parts: (m) => yearsRun(+m[1]!, m[2]!) },
  { re: new RegExp(String.raw`\b(?:(before|prior\s+to|until|till|up\s+to)\s+|(pre)-)${YEAR}(?![\d–-]|s\b)`, 'gi'), parts: (m) => sideOf(+m[3]!, m[1]?.toLowerCase() ?? 'before') },
  { re: new RegExp(String.raw`\b(?:(after|since)\s+|(post)-)${YEAR}(?![\d–-]|s\b)`, 'gi'), parts: (m) => sideOf(+m[3]!, m[1]?.toLowerCase() ?? 'after') },
  { re: new RegExp(`(?<![\\d–-])${YEAR}(?![\\d–-]|s\\b)`, 'g'), parts: (m) => ({ year: +m[1]! }) },
];

/** The earliest and the latest year a date may be stated of (`YEAR`). */
const [FIRST_YEAR, LAST_YEAR] = [1500, 2099];

/** The years a side of a year states: "before 1970" up to 1969, "until 1970" up to 1970, "after 1970" from 1971, "since 1970" from 1970. */
function sideOf(year: number, side: string): { year: number; years: [number, number] } {
  if (side === 'after' || side === 'since') {
    const first = side === 'since' ? year : year + 1;
    return { year: first, years: [first, LAST_YEAR] };
  }
  return { year: FIRST_YEAR, years: [FIRST_YEAR, side === 'until' || side === 'till' || side === 'up to' ? year : year - 1] };
}

/** The years a run states: "1975–76" 1975 to 1976, "1975-1977"; one that runs backwards states none but its first. */
function yearsRun(first: number, to: string): { year: number; years?: [number, number] } {
  const last = to.length === 2 ? Math.floor(first / 100) * 100 + Number(to) : Number(to);
  return last > first ? { year: first, years: [first, last] } : { year: first };
}

/** The years of a decade or a part of one as stated ("1970s", "early 1980s"). */
function decade(text: string): { year: number; years: [number, number] } {
  const years = [...yearsNamed(text)];
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return { year: first, years: [first, last] };
}

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

/** Pages as stated: where in the text, the first and last page, and the wording. */
export interface StatedPages extends Span {
  first: number;
  last: number;
  text: string;
}

const PAGE_NUMBER = String.raw`(\d{1,4})(?:\s*(?:[-–]|to)\s*(\d{1,4}))?`;
/** "p. 19", "pp. 19–20", "page 19", "pages 19 to 20". */
const PAGE_WORD = new RegExp(String.raw`\b(?:pp?|pg|pages?)\.?\s*${PAGE_NUMBER}\b`, 'gi');
/** A citation's closing number: "(Kim 52)", "(Kim 1987, 19–20)", "(52)". */
const CLOSING_NUMBER = new RegExp(String.raw`^\((?:[^()]*?[\s,])?${PAGE_NUMBER}\s*\)$`);
/**
 * A note's closing number, after a comma (inside a title's closing quotation mark, as Chicago's short form puts it):
 * "…, 1961, 2.", "Ibid., 19–20.", "Kim, “Talk to the Ex-Premier,” 40." (a year is none).
 */
const NOTE_CLOSING_NUMBER = new RegExp(String.raw`,["”’']?\s*${PAGE_NUMBER}\.?\s*$`);
/** A volume named ("vol. 15", "Volume 3"): the pages stated are of a multi-volume edition, not of the collection. */
const ANOTHER_EDITION = /\bvol(?:ume)?s?\b/i;
const isYear = (n: string) => WHOLE_YEAR.test(n);

/**
 * The pages stated in `text`: "p. 19", "pp. 19–20" anywhere, and the closing number of `citation`, the parenthetical
 * right after a quotation ("(Kim 52)"); a year, "(Kim 1987)", is no page.
 */
export function statedPages(text: string, citation?: Span, note?: Span): StatedPages[] {
  const found: StatedPages[] = [];
  const add = (m: RegExpExecArray | RegExpMatchArray, start: number) => {
    const [, first, last = first] = m as unknown as [string, string, string?];
    const span = { start, end: start + m[0].length };
    if (isYear(first) || isYear(last) || Number(last) < Number(first) || found.some((f) => f.start < span.end && span.start < f.end)) return;
    found.push({ ...span, first: Number(first), last: Number(last), text: formatPages(Number(first), undefined, Number(last)) });
  };
  for (const m of text.matchAll(PAGE_WORD)) add(m, m.index);
  const closing = citation && CLOSING_NUMBER.exec(text.slice(citation.start, citation.end));
  if (closing) add(closing, citation.start);
  const noteClosing = note && NOTE_CLOSING_NUMBER.exec(text.slice(note.start, note.end));
  if (noteClosing) add(noteClosing, note.start + noteClosing.index);
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The pages a quotation's source gives it, as numbers: its paragraph's, else its work's (`last` null when only its
 * first is known, "45ff."); null when neither is known.
 */
export function sourcePages(work: Work, at: ParagraphPages): { first: number; last: number | null } | null {
  if (at.page !== undefined) return { first: at.page, last: at.pageEnd ?? at.page };
  return pageBounds(work.pages);
}

/** "After" or "before" that ends its clause ("two years after, he said"), not one of an event ("two years after the war"). */
const CLAUSE_END = String.raw`(?=\s*(?:[,.;:!?)"”]|$))`;
const yearsCounted = (count: string) => (/^an?$/i.test(count) ? 1 : countSaid(count));

/** How many years either way "a decade later" may mean: writers round to the decade. */
const DECADE_ROUNDED = 2;

/**
 * A time stated from the one stated before it: "two years later" (+2), "the year before" (−1), "that same year" (0);
 * "a decade later" (+10, give or take `spread` years).
 */
const RELATIVE_PATTERNS: { re: RegExp; years: (m: RegExpExecArray) => number; spread?: number }[] = [
  {
    re: new RegExp(String.raw`\b(\d{1,2}|an?|${NUMBER_WORDS.join('|')})\s+years?\s+(later|afterwards?|earlier|(?:after|before)${CLAUSE_END})`, 'gi'),
    years: (m) => yearsCounted(m[1]!) * (/^(?:earlier|before)$/i.test(m[2]!) ? -1 : 1),
  },
  {
    re: new RegExp(String.raw`\b(an?|${NUMBER_WORDS.slice(0, 9).join('|')})\s+decades?\s+(later|afterwards?|earlier|(?:after|before)${CLAUSE_END})`, 'gi'),
    years: (m) => 10 * yearsCounted(m[1]!) * (/^(?:earlier|before)$/i.test(m[2]!) ? -1 : 1),
    spread: DECADE_ROUNDED,
  },
  { re: new RegExp(String.raw`\b(?:(?:the|that)\s+(?:following|next)\s+year|the\s+year\s+after${CLAUSE_END})`, 'gi'), years: () => 1 },
  { re: new RegExp(String.raw`\b(?:(?:the|that)\s+(?:previous|preceding)\s+year|the\s+year\s+before${CLAUSE_END})`, 'gi'), years: () => -1 },
  { re: /\b(?:(?:the|that)\s+same\s+year|that\s+year)\b/gi, years: () => 0 },
];

/**
 * Every date stated in `text` (`statedDates`), and every time stated from the date before it ("two years later",
 * "the following year", "that same year") read as the year it makes: "two years later (1971)" after "in 1969". A
 * relative time with no date stated before it says no year, and is left out.
 */
export function statedTimeline(text: string): StatedDate[] {
  const dates = statedDates(text);
  const relative: (Span & { text: string; offset: number; spread: number })[] = [];
  for (const { re, years, spread = 0 } of RELATIVE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (![...dates, ...relative].some((f) => f.start < span.end && span.start < f.end)) relative.push({ ...span, text: m[0], offset: years(m as RegExpExecArray), spread });
    }
  }
  const timeline: StatedDate[] = [];
  for (const d of [...dates, ...relative].sort((a, b) => a.start - b.start)) {
    if (!('offset' in d)) timeline.push(d);
    // Counted from a year, not from a decade ("the 1970s … two years later" says no year).
    else if (timeline.length > 0 && !timeline.at(-1)!.years) {
      const year = timeline.at(-1)!.year + d.offset;
      const said = `${d.text.charAt(0).toLowerCase()}${d.text.slice(1)}`;
      // "a decade later (1969–1973)": the years it may mean, as a decade named is.
      if (d.spread) timeline.push({ start: d.start, end: d.end, year: year - d.spread, years: [year - d.spread, year + d.spread], text: `${said} (${year - d.spread}–${year + d.spread})` });
      else timeline.push({ start: d.start, end: d.end, year, text: `${said} (${year})` });
    }
  }
  return timeline;
}

/** Whether a stated date agrees with a work's date, to the precision stated. */
export function dateAgrees(stated: StatedDate, work: Work): boolean {
  if (work.year !== null && stated.years) return work.year >= stated.years[0] && work.year <= stated.years[1];
  if (work.year === null || stated.year !== work.year) return false;
  const m = /^\d{4}-(\d{2})-(\d{2})$/.exec(work.date ?? '');
  if (stated.months) return m !== null && stated.months.includes(Number(m[1]));
  if (stated.month === undefined) return true;
  if (!m || Number(m[1]) !== stated.month) return false;
  return stated.day === undefined || Number(m[2]) === stated.day;
}

/** "In the same speech", "from that same interview", a note's "Ibid.": the work of the quotation before, as the writer says. */
const SAME_WORK = /\b(?:the|that|this)\s+same\s+(?:speech|talk|interview|address|text|work|article|report|conversation|answers|essay|book)\b|\bibid\b\.?/i;

/** What the text around a quotation says besides its own words. */
export interface AttributionContext {
  /** The dates stated in the sentence (offsets in it): by default as `statedDates` reads them; `statedTimeline`'s when the text before it is known. */
  dates?: readonly StatedDate[];
  /** The source of the quotation before this one, when it was found: what "the same speech" names. */
  previous?: Work | null;
  /** The pages of the quotation's own paragraph, when the source gives them. */
  pages?: ParagraphPages;
  /** The parenthetical right after the quotation (offsets in the context), whose closing number is a page: "(Kim 52)". */
  citation?: Span;
  /** Its footnote's text (offsets in the context), whose closing number is a page: "Kim Il Sung, “…,” 1961, 2." */
  note?: Span;
  /** Whether a word is common English: a name's other words are not ("Jong" in "Kim Jong Il", `namesakeStated`). */
  isEnglish?: (word: string) => boolean;
  /** The quotation's own stretch of the context, when other quotations share its sentence: where its work and author are named. */
  stretch?: Span;
  /** Whose words the quotation's paragraph prints, when not the author's: an interviewer's question is not his. */
  speaker?: Paragraph['speaker'];
}

export type ParagraphPages = Pick<Paragraph, 'page' | 'pageEnd'>;

/**
 * The work the text around a quotation names (`statedWork`), as a writer names one. Words in lower case name a work
 * only as a title or an addressee does: in quotation marks, beside a word for a work or a year ("the 1967
 * programme", "the industrialization article"), or after "told" ("told the non-aligned ministers"); elsewhere they
 * are the texts' subject ("the guarantee of political independence" names no programme "of independence"). Named on
 * both sides of the quotation (`at`), the words on one side are what the text says ("Iraqi journalists"), not the
 * stretch between them.
 */
function workStated(text: string, at: number, names: WorkNames, sourceId: string): StatedWork | null {
  // Words that fit several works alike ("the concluding speech at the Central Committee plenum": 1961 and 1993) name
  // the source when it is one of them; when it is none, they name another work all the same.
  const alike = statedWorks(text, names);
  const work = alike.find((w) => w.workId === sourceId) ?? alike[0];
  if (!work || !(work.capitalised || namedAsAWork(text, work))) return null;
  if (!(work.start < at && at < work.end)) return work;
  const namingIt = (side: string) => statedWorks(side, names).find((w) => w.workId === work.workId);
  const after = namingIt(text.slice(at));
  const sides = [namingIt(text.slice(0, at)), after && { ...after, start: after.start + at, end: after.end + at }].filter((side): side is StatedWork => side !== undefined);
  return sides.sort((a, b) => b.terms.length - a.terms.length)[0] ?? work;
}

/** Whether words in lower case name `work` as a work: in quotation marks, or with a word for a work, a year or "told" beside them. */
function namedAsAWork(text: string, work: Span): boolean {
  const before = text.slice(0, work.start);
  const after = text.slice(work.end);
  if (/["“‘]$/.test(before) && /^["”’]/.test(after)) return true;
  const beside = `${before.split(/\s+/).slice(-4).join(' ')} ${text.slice(work.start, work.end)} ${after.split(/\s+/).slice(0, 4).join(' ')}`;
  return WORK_WORDS.test(beside) || A_YEAR.test(beside) || TOLD.test(before);
}

/** A text with the times it states from another ("six years earlier", "the following year") blanked out, each by as many spaces. */
const withoutRelativeTimes = (text: string): string => RELATIVE_PATTERNS.reduce((out, { re }) => out.replace(re, (m) => ' '.repeat(m.length)), text);

/**
 * APA's narrative citations in a text: an author's surname (a word of the name, capitalised) with the year in
 * parentheses after it, or the original year and the edition's ("Kim (2022)", "Zhang (1981/2022, p. 3)"); where each
 * parenthetical stands.
 */
function narrativeCitations(text: string, authors: readonly string[]): Span[] {
  const surnames = new Set(authors.flatMap(nameWords));
  return [...text.matchAll(/(\p{Lu}[\p{L}-]*)(?:['’]s)?\s*(\(\d{4}(?:\s*\/\s*\d{4})?(?:,\s*pp?\.\s*[\d–-]+)?\))/gu)]
    .filter((m) => surnames.has(m[1]!.toLowerCase()))
    .map((m) => ({ start: m.index + m[0].length - m[2]!.length, end: m.index + m[0].length }));
}

/** Words for what is said or written: a date before one is the saying's ("his 1993 speech", "Kim's 1993 account"). */
const SAYING_NOUN = /^\s+(?:speech(?:es)?|talks?|interviews?|articles?|letters?|reports?|address(?:es)?|works?|texts?|answers|accounts?|remarks?|statements?|conversations?|words|programme|writings?)\b/i;
/**
 * A date the sentence gives what is told, not the saying ("the crisis of 1936", "the 1953 armistice", "the December
 * 1956 Plenary Meeting"): after "of", "the", a possessive or a verb of remembering ("looking back to February 1936"),
 * and not before a word for what is said; or one that opens on "the", a part of a year or a decade, after any word but
 * a preposition of time ("recalling the winter of 1936", not "In the summer of 1987").
 */
const ofWhatIsTold = (context: string, d: StatedDate): boolean =>
  (/(?:\b(?:of|the)|['’]s)\s+$/i.test(context.slice(Math.max(0, d.start - 12), d.start)) ||
    RECALLING.test(context.slice(Math.max(0, d.start - 30), d.start)) ||
    (/^the\b/i.test(d.text) && /\p{L}\s+$/u.test(context.slice(0, d.start)) && !TIME_PREPOSITION.test(context.slice(Math.max(0, d.start - 12), d.start)))) &&
  !SAYING_NOUN.test(context.slice(d.end));
/** A verb of remembering just before a date: what it tells is remembered then ("looking back to February 1936"). */
const RECALLING = /\b(?:recall(?:s|ed|ing)?|remember(?:s|ed|ing)?|(?:look(?:s|ed|ing)?|think(?:s|ing)?|thought)\s+back(?:\s+(?:on|to|at))?)\s+$/i;
/** A preposition of time just before a date: "in", "during", "by", "from", "until", … ("In the summer of 1987"). */
const TIME_PREPOSITION = /\b(?:in|on|at|during|by|from|since|until|till|before|after|through|throughout|around|about|circa)\s+$/i;

/**
 * Compares what the sentence around a quotation says about its source with the source: null when it says
 * nothing. `context` is that sentence with the quotation itself blanked out; the date nearest to `at` counts.
 */
export function checkAttribution(context: string, at: number, source: Work, names: WorkNames, around: AttributionContext = {}): Attribution | null {
  // Of the dates (and pages) the sentence states, the one nearest the quotation counts.
  const nearest = <T extends Span>(stated: readonly T[]): T | undefined => [...stated].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
  // Its own stretch of a sentence it shares, and its note, name its work and author.
  const own = around.stretch ? [around.stretch, ...(around.note ? [around.note] : [])].map((s) => context.slice(s.start, s.end)).join(' ') : context;
  const same = around.previous ? SAME_WORK.exec(own) : null;
  const atInOwn = at - (around.stretch?.start ?? 0);
  // A time's words name no work: "Six years earlier" is no name of "the six goals".
  const work = workStated(withoutRelativeTimes(own), atInOwn, names, source.id) ?? (same && around.previous ? { workId: around.previous.id, text: `${same[0]} (${around.previous.title})` } : null);
  // Beside other quotations, a date in its own stretch is its date; with none there, the sentence's is, unless its own
  // stretch names its work ("In 1981 he told the Ghana Times "…", echoing what he had told Ecuadorian journalists: "…"":
  // 1981 is the first quotation's).
  // "(Kim, 2022, p. 1)": the year of the edition the work is printed in, as an author-date citation gives it, is no
  // date of the work's.
  const edition = source.source ? parseContainer(source.source).year : undefined;
  // So is APA's narrative citation, the year in parentheses after the surname: "Kim (2022) explained", "Kim (1981/2022)".
  const citations = [...(around.citation ? [around.citation] : []), ...narrativeCitations(context, names.authors)];
  const inCitation = (d: StatedDate) => citations.some((c) => d.start >= c.start && d.end <= c.end);
  // So is the year beside the book's own title ("“On Self-Reliance …”, a 2022 collection").
  const ofTheEdition = (d: StatedDate) => (inCitation(d) || (work !== null && 'inBook' in work && work.inBook === true)) && d.month === undefined && d.years === undefined && d.year === edition && d.year !== source.year;
  const dates = (around.dates ?? statedDates(context)).filter((d) => !ofTheEdition(d));
  const inStretch = around.stretch ? dates.filter((d) => d.start >= around.stretch!.start && d.end <= around.stretch!.end) : dates;
  const datesSaid = inStretch.length || !around.stretch ? inStretch : work ? [] : dates;
  // "In 1993, recalling the crisis of 1936, Kim said …": a date of what is told is none of the quotation's, beside one that may be.
  const ofSaying = datesSaid.filter((d) => !ofWhatIsTold(context, d));
  // An undated source (the scholarly abstract) can neither confirm nor contradict a date: "in the 1950s" is not checked.
  const date = source.year === null ? undefined : nearest(ofSaying.length ? ofSaying : datesSaid);
  const namesake = around.isEnglish ? namesakeStated(own, names.authors, around.isEnglish) : null;
  // A surname alone, before the quotation ("Zhang argues that …"); after it, a citation names its author (`citedAuthor`).
  const author = statedAuthor(own, names.authors) ?? namesake ?? surnameStated(own.slice(0, Math.max(0, atInOwn)), names.authors);
  // "(Kim, 1987)" after words of Zhang Chao's: a citation naming another author than the source's is said, and wrong.
  const citation = around.citation ? context.slice(around.citation.start, around.citation.end) : '';
  const cited = citedAuthor(citation, names.authors);
  const citedApart = cited && cited.author !== source.author ? cited : null;
  // A page is checked against what the source gives: the paragraph's page, or the pages of the whole work. A page of
  // a volume ("Works, vol. 15, p. 300") is another edition's, not the collection's.
  const inSource = ANOTHER_EDITION.test(context) ? null : sourcePages(source, around.pages ?? {});
  const page = inSource ? nearest(statedPages(context, around.citation, around.note)) : undefined;
  if (!date && !work && !author && !citedApart && !page) return null;
  // "Talk to the Ex-Premier," as a note writes it, said without the comma the list adds.
  const stated = [date?.text, work?.text.replace(/[,;:]+$/, ''), author, citedApart && `cited as ${citedApart.as}`, page?.text].filter(Boolean).join(', ');
  const pageAgrees = !page || (page.first >= inSource!.first && page.last <= (inSource!.last ?? Infinity));
  // An interviewer's question put in the author's mouth: the words are the interviewer's, whoever the work is by.
  const asked = around.speaker === 'interviewer';
  const agrees: Record<AttributionPart, boolean> = {
    date: !date || dateAgrees(date, source),
    work: !work || work.workId === source.id,
    author: (!author || (author === source.author && !asked)) && !citedApart,
    page: pageAgrees,
  };
  const wrong = (Object.keys(agrees) as AttributionPart[]).filter((part) => !agrees[part]);
  const whose = !author && !citedApart ? null : asked ? `asked by the interviewer, not said by ${source.author}` : `by ${source.author}`;
  const actual = [formatDate(source.date, source.year), work ? source.title : null, whose, page ? quotePages(around.pages ?? {}, source) : null].filter(Boolean).join(', ');
  const named = work ? { named: work.workId } : {};
  return wrong.length ? { stated, actual, ok: false, wrong, ...named } : { stated, actual, ok: true, ...named };
}

/**
 * Someone else the text names by the first word of an author's name, then a word neither of that name nor common
 * English ("Kim Jong Il", "Zhang Wei-hua"; not "Kim Il Sung University" nor "President Kim"): a quotation put in
 * the mouth of a namesake is misattributed.
 */
export function namesakeStated(text: string, authors: readonly string[], isEnglish: (word: string) => boolean): string | null {
  const tokens = tokenize(text);
  const capitalised = (t: Token) => /\p{Lu}/u.test(text[t.start]!);
  // Capitalised words one after another, or joined by a hyphen ("Wei-hua").
  const joined = (a: Token, b: Token) => {
    const between = text.slice(a.end, b.start);
    return between === '-' || (capitalised(b) && /^[\s-]+$/.test(between));
  };
  for (const author of authors) {
    const parts = nameWords(author);
    if (parts.length < 2) continue;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.word !== parts[0] || !capitalised(tokens[i]!)) continue;
      let end = i;
      while (end + 1 < tokens.length && joined(tokens[end]!, tokens[end + 1]!)) end++;
      const other = tokens.slice(i + 1, end + 1).find((t) => !parts.includes(t.word));
      if (other && !isEnglish(other.word)) return text.slice(tokens[i]!.start, tokens[end]!.end);
    }
  }
  return null;
}

/**
 * The author a parenthetical citation names as the citation styles do, by one word of the name ("(Kim, 1987)", "(see
 * Zhang 2022, 179)"): its first capitalised word that is a word of one author's name and of no other's, as the
 * citation writes it.
 */
export function citedAuthor(citation: string, authors: readonly string[]): { author: string; as: string } | null {
  for (const t of tokenize(citation)) {
    if (!/\p{Lu}/u.test(citation[t.start]!)) continue;
    const whose = authors.filter((a) => nameWords(a).includes(t.word));
    if (whose.length === 1) return { author: whose[0]!, as: citation.slice(t.start, t.end) };
  }
  return null;
}

/**
 * The author of the collection the text names, by every word of the name ("Zhang Chao", "Kim Il Sung"; not "Kim
 * Jong Il", who shares two of its three): a quotation of one author put in another's mouth is misattributed.
 */
export function statedAuthor(text: string, authors: readonly string[]): string | null {
  const words = new Set(tokenize(text).map((t) => t.word));
  return authors.find((a) => nameWords(a).length > 0 && nameWords(a).every((w) => words.has(w))) ?? null;
}

/** The one author the text names by a name of theirs written with a capital, as essays cite by surname ("Zhang argues that …": `namedAuthors`). */
function surnameStated(text: string, authors: readonly string[]): string | null {
  const named = [...namedAuthors(text, authors)];
  return named.length === 1 ? named[0]! : null;
}
