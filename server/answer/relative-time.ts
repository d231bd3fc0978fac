/**
 * A time bounded or picked out by works (pure): "after the 1987 South-South speech", "before his talk with the
 * Peruvian ex-premier" bound the works asked about by that work's date. The ranking bounds by years, so the work's year
 * stands for it, read so that every work kept lies on the side asked: "after" and "before" keep out the whole year;
 * "since" and "until" keep it in only when no other work of it lies on the other side of the work. An undated work is
 * left as written. "The earliest and latest works" are the first and last dated ones, by their years; "his early works"
 * and "late in his career", the halves of the years his works span; "10 years after 1961", "the same year as the Ghana
 * interview" and "around 1980", the years they come to.
 */
import type { ReadAs } from '../contract.ts';
import type { Work } from '../corpus/types.ts';
import { primaryAuthor } from '../retrieval/authors.ts';
import { isOfKind, KINDS_OF_WORK, kindsNamed, MONTH_ALONE, MONTH_NAME, MONTH_YEAR, monthNumber, monthOf, monthsOfPart, SEASON_ALONE, withoutQuotations, YEAR_NUMBER } from '../retrieval/query.ts';
import { blankedOut, countSaid, matchSpans, NUMBER_WORDS, STOPWORDS, tidied, type Span } from '../retrieval/text.ts';
import { SAID_CLAUSE, statedWork, titlesIn, workNamesOf } from '../retrieval/work-names.ts';
import { byDate, formatDate, inWords, MONTHS } from './format.ts';
import { WORK_NOUNS } from './source-words.ts';
import { readIntent } from './intent.ts';

/**
 * A word bounding a time, then the words that may name a work, up to the end of the clause; not one measuring the time
 * from a work ("How long after the 1961 speech was …?", "How many years before the 1987 talk …?").
 */
const BOUNDED_BY = /(?<!\bhow\s+(?:long|many\s+(?:years|months|days)|much\s+(?:time|later|earlier))\s+)\b(after|since|following|followed|before|preceded|until|till|prior\s+to)\s+((?:the|his|that|this)\s+[^?.!,;:]+)/gi;
/** The most words a work's name is read from. */
const MOST_WORDS = 10;

/** The question with each time it bounds by a work written as a bound by that work's year. */
export function workBoundsAsYears(question: string, works: readonly Work[]): string {
  return question.replace(BOUNDED_BY, (whole, bound: string, said: string) => {
    const named = workNamedFirst(said, works);
    if (!named || named.work.year === null || named.work.date === null) return whole;
    const { work, words } = named;
    const later = /^(?:after|since|following|followed)$/i.test(bound);
    const inclusive = /^(?:since|until|till)$/i.test(bound);
    // A work of its year on the other side of it would be kept by an inclusive bound, though it is not on the side asked.
    const otherSide = works.some((w) => w !== work && w.year === work.year && w.date !== null && (later ? w.date < work.date! : w.date > work.date!));
    const asYear = inclusive && !otherSide ? bound : later ? 'after' : 'before';
    return `${asYear} ${work.year}${said.slice(words.length)}`;
  });
}

/** The work the first words of a phrase name and nothing else ("the 1987 South-South speech" of "… about trade"), with those words. */
function workNamedFirst(said: string, works: readonly Work[]): { work: Work; words: string } | null {
  const found = [...said.matchAll(/\S+/g)];
  for (let n = Math.min(found.length, MOST_WORDS); n >= 2; n--) {
    // A name ends on a word of its own, not on "about" of "… about aid".
    if (STOPWORDS.has(found[n - 1]![0].toLowerCase())) continue;
    const words = said.slice(0, found[n - 1]!.index + found[n - 1]![0].length);
    // In lower case, as the words are when typed so: a capital of its own would make them read as cased.
    const work = readIntent(`what is ${words} about?`, works).overview;
    if (work) return { work, words };
  }
  return null;
}

/** "the earliest and latest works", "his first and last speeches", "the oldest and the most recent interviews". */
const FIRST_AND_LAST = /\b((?:the|his)\s+)?(?:earliest|first|oldest)\s+and\s+(?:the\s+)?(?:latest|last|newest|most\s+recent)\s+(works?|texts?|speech(?:es)?|talks?|interviews?)\b/gi;

/**
 * The question with the first and last works it sets side by side written as their years ("Compare the earliest and
 * latest works on self-reliance" → "… the 1961 and 1993 works …"), of the kind it names; as written when they are of one year.
 */
export function firstAndLastAsYears(question: string, works: readonly Work[]): string {
  return question.replace(FIRST_AND_LAST, (whole, the: string | undefined, noun: string) => {
    const kind = /^(?:works?|texts?)$/i.test(noun) ? null : noun.toLowerCase().replace(/e?s$/, '');
    const dated = works.filter((w) => w.date !== null && (kind === null || isOfKind(w, kind))).sort(byDate);
    const [first, last] = [dated[0], dated.at(-1)];
    return first && last && first.year !== last.year ? `${the ?? ''}${first.year} and ${last.year} ${noun}` : whole;
  });
}

/** What works say, in general words: "his early statements (views, remarks) on aid" are those of his early works. */
const WHAT_WAS_SAID = String.raw`statements?|views?|remarks?|comments?|words|positions?|ideas|thoughts|opinions?|thinking`;
const WHAT_WAS_SAID_ALONE = new RegExp(String.raw`^(?:${WHAT_WAS_SAID})$`, 'i');
/** The words for works of one kind or any (group 4 of `EARLY_OR_LATE`), a pattern's source. */
const WORKS_SAID = String.raw`works?|texts?|writings?|speech(?:es)?|talks?|interviews?|${WHAT_WAS_SAID}`;
/**
 * "his early works", "the late speeches", "early in his career", "early or late in his career": a half of the years his
 * works span (group 1: early or late; 2: the word joining the other half, 3: that half, when both are asked; 4: the kind
 * of work; 5–7: groups 1–3 of "… in his career"). The end of his career or life, late in his life or his last years are
 * the later half (`late`), the start of his career the earlier (`early`); not the start of his life, long before any work.
 */
const EARLY_OR_LATE = new RegExp(
  String.raw`\b(?:(?:his|her|their|the)\s+)?(early|late|later)\s+(?:(or|and|vs\.?|versus)\s+(?:(?:his|her|their|the)\s+)?(early|late|later)\s+)?(?:(${WORKS_SAID})\b|career\b)|\b(early|late)\s+(?:(or|and)\s+(early|late)\s+)?in\s+(?:his|her|their)\s+career\b` +
    String.raw`|\b(?:towards?\s+|near\s+|at\s+)?the\s+(?:end|close)\s+of\s+(?:his|her|their)\s+(?:career|life)\b(?<late>)|\b(?:late|later)\s+in\s+(?:(?:his|her|their)\s+)?life\b(?<lateInLife>)|\bin\s+(?:his|her|their)\s+(?:later|last|final)\s+years\b(?<lastYears>)` +
    String.raw`|\b(?:at\s+)?the\s+(?:beginning|start)\s+of\s+(?:his|her|their)\s+career\b(?<early>)`,
  'gi',
);

/**
 * The question with each half of the years the primary author's works span that it names ("his early works", "late in
 * his career") written as those years ("his works between 1961 and 1977"), and each reading, for the answer to say: the
 * first half up to the middle year, the second after it; of a kind of work, the span of that kind's works. "Later"
 * counts only where no year is named, as "compared with his later works" sets one named against those after it. As
 * written when the works span one year.
 */
export function careerHalvesAsYears(question: string, works: readonly Work[]): { text: string; read: ReadAs[] } {
  const yearNamed = new RegExp(String.raw`\b(?:${YEAR_NUMBER})`).test(question);
  const author = primaryAuthor(works);
  const read: ReadAs[] = [];
  const text = question.replace(EARLY_OR_LATE, (whole, ...m: unknown[]) => {
    // The numbered groups first, then (as the pattern names some) the named ones, last.
    const groups = m as (string | undefined)[];
    const named = m.at(-1) as Record<string, string | undefined>;
    const end = named.late !== undefined || named.lateInLife !== undefined || named.lastYears !== undefined ? 'late' : named.early !== undefined ? 'early' : undefined;
    const [first, joined, second, noun] = end ? [end, undefined, undefined, undefined] : groups[0] ? [groups[0], groups[1], groups[2], groups[3]] : [groups[4]!, groups[5], groups[6], undefined];
    if (yearNamed && [first, second].some((w) => w?.toLowerCase() === 'later')) return whole;
    // What was said ("his early views") is no word to look for: it is read as his works of those years.
    const said = noun !== undefined && WHAT_WAS_SAID_ALONE.test(noun);
    const kind = noun && !said && !/^(?:works?|texts?|writings?)$/i.test(noun) ? noun.toLowerCase().replace(/e?s$/, '') : null;
    const years = works.filter((w) => w.year !== null && w.author === author && (kind === null || isOfKind(w, kind))).map((w) => w.year!);
    if (years.length === 0) return whole;
    const [from, to] = [Math.min(...years), Math.max(...years)];
    if (from === to) return whole;
    const middle = Math.floor((from + to) / 2);
    const half = (said: string) => (/^early$/i.test(said) ? `between ${from} and ${middle}` : `between ${middle + 1} and ${to}`);
    const of = noun ? `his ${said ? 'works' : noun.toLowerCase()} ` : '';
    const asYears = second ? `${of}${half(first)} ${/^(?:or|and)$/i.test(joined!) ? joined!.toLowerCase() : 'and'} ${half(second)}` : `${of}${half(first)}`;
    read.push({ typed: whole, read: asYears });
    return asYears;
  });
  return { text, read };
}

/** "10 years after 1961", "two years before the 1987 speech", "a decade after 1961": a year, or the words that may name a work (group 4). */
const YEARS_FROM = new RegExp(
  String.raw`\b(?:(\d{1,2}|${NUMBER_WORDS.join('|')})\s+years?|an?\s+(decade))\s+(after|later\s+than|before|earlier\s+than|prior\s+to)\s+(${YEAR_NUMBER}\b|(?:the|his)\s+[^?.!,;:]+)`,
  'gi',
);
/** "in the same year as the Ghana interview": the year of the work named after it (group 1). */
const SAME_YEAR_AS = /\b(?:in\s+)?the\s+same\s+year\s+as\s+((?:the|his)\s+[^?.!,;:]+)/gi;
/** "around 1980", "circa 1975": the years near one named. */
const AROUND = new RegExp(String.raw`\b(?:around|circa|c\.|roughly|approximately)\s+(${YEAR_NUMBER})\b(?!s)`, 'gi');
/** How near "around 1980" is: two years either side. */
const AROUND_SPAN = 2;

/**
 * The question with each time it names by another written as years, and each reading, for the answer to say: "10
 * years after the 1961 speech" as "in 1971", "a decade before 1987" as "in 1977", "the same year as the Ghana interview"
 * as "in 1981" (of a dated work it names), "around 1980" as "between 1978 and 1982".
 */
export function yearsFromOthers(question: string, works: readonly Work[]): { text: string; read: ReadAs[] } {
  const read: ReadAs[] = [];
  const said = (typed: string, asYears: string) => (read.push({ typed, read: asYears }), asYears);
  // The words at the end of `whole` that name a dated work first (`named`), read as years by its year; the rest as written.
  const byWork = (whole: string, named: string, asYears: (year: number) => string) => {
    const found = workNamedFirst(named, works);
    return found?.work.year ? said(whole.slice(0, whole.length - named.length + found.words.length), asYears(found.work.year)) + named.slice(found.words.length) : whole;
  };
  const text = question
    .replace(YEARS_FROM, (whole, count: string | undefined, decade: string | undefined, side: string, from: string) => {
      const n = (decade ? 10 : countSaid(count!)) * (/^(?:after|later)/i.test(side) ? 1 : -1);
      return /^\d/.test(from) ? said(whole, `in ${Number(from) + n}`) : byWork(whole, from, (year) => `in ${year + n}`);
    })
    .replace(SAME_YEAR_AS, (whole, named: string) => byWork(whole, named, (year) => `in ${year}`))
    .replace(AROUND, (whole, year: string) => said(whole, `between ${Number(year) - AROUND_SPAN} and ${Number(year) + AROUND_SPAN}`));
  return { text, read };
}

/**
 * The question with each month it names with no year written as that month of each year a work is dated in it (of
 * the kind of work after it, if one: "the June speech"), and each reading, for the answer to say: "in June" as "in
 * June 1979 or June 1987". As written when no work is of that month.
 */
export function monthsAsDates(question: string, works: readonly Work[]): { text: string; read: ReadAs[] } {
  const read: ReadAs[] = [];
  const text = question.replace(new RegExp(String.raw`${MONTH_ALONE}(?=\s+(${KINDS_OF_WORK})(?:e?s)?\b|)`, 'g'), (month: string, kind: string | undefined) => {
    const number = monthNumber(month);
    const ofTheMonth = works.filter((w) => monthOf(w) === number && (kind === undefined || isOfKind(w, kind)));
    const years = [...new Set(ofTheMonth.map((w) => w.year!))].sort((a, b) => a - b);
    if (years.length === 0) return month;
    const name = month[0]!.toUpperCase() + month.slice(1).toLowerCase();
    const dates = inWords(years.map((y) => `${name} ${y}`), 'or');
    read.push({ typed: month, read: dates });
    return dates;
  });
  // "in the summer": the months of that season in which works are dated, each with its year, in date order.
  const seasoned = text.replace(new RegExp(SEASON_ALONE, 'gi'), (season: string) => {
    const months = monthsOfPart(season);
    const ofTheSeason = works.filter((w) => months.includes(monthOf(w) ?? 0)).sort(byDate);
    const dates = [...new Set(ofTheSeason.map((w) => `${MONTHS[monthOf(w)! - 1]} ${w.year}`))];
    if (dates.length === 0) return season;
    const said = inWords(dates, 'or');
    read.push({ typed: season, read: said });
    return said;
  });
  return { text: seasoned, read };
}

/** "… Is that right?", "… correct?": a question checking what it says. */
const IS_IT_RIGHT = /\b(?:correct|right|true|accurate|wrong)\s*[?.!]*\s*$/i;
/** "Was …?", "Is …?": a question asking whether what it says holds. */
const WHETHER = /^\s*(?:was|is|were|are)\b/i;

/** A work whose date a question checks, and whether it names the work by a kind and a year ("the 1987 talk"). */
interface WorkChecked {
  work: Work;
  byYear: boolean;
  /** Whether a date it gives that is the work's own is said back: asked in so many words whether it is right. */
  ownDateSaid: boolean;
}

/**
 * The work whose date a question checking what it says names: by the words of its title ("Is the Oslobodjenje
 * interview from 1985?", "I cited the Ghana interview as 1980. Is that right?"), or by a kind and a year, one work
 * alone ("Was the 1987 talk given in June?"); in any question, a work named by the capitalised words of its title
 * with the one year it gives written next to them ("What did he tell the Ghana Times in 1982?", "the 1982 Ghana Times
 * interview"); none when it quotes (the quotation check says where the words are).
 */
function workDateChecked(question: string, works: readonly Work[]): WorkChecked | null {
  const ownDateSaid = IS_IT_RIGHT.test(question);
  if (withoutQuotations(question) !== question) return null;
  // What he said ("Kim said in 1982 that self-reliance is a revolutionary spirit …") names no work whose date is
  // given, though its words are a title's ("the revolutionary spirit of self-reliance").
  const named = (text: string) => statedWork(blankedOut(text, matchSpans(text, SAID_CLAUSE)), workNamesOf(works));
  if (!ownDateSaid && !WHETHER.test(question)) {
    const stated = named(question);
    const work = stated?.capitalised && [...question.matchAll(STATED_YEAR)].length === 1 && yearBesideName(question, stated) ? works.find((w) => w.id === stated.workId) : undefined;
    return work ? { work, byYear: false, ownDateSaid: false } : null;
  }
  const byKindAndYear = kindsNamed(question).flatMap(({ years, kind }) => (years ? works.filter((w) => w.year !== null && years.includes(w.year) && isOfKind(w, kind)) : []));
  if (byKindAndYear.length > 0) return new Set(byKindAndYear).size === 1 ? { work: byKindAndYear[0]!, byYear: true, ownDateSaid } : null;
  const workId = named(question)?.workId;
  const work = works.find((w) => w.id === workId);
  return work ? { work, byYear: false, ownDateSaid } : null;
}

/** A year just before a work's name ("the 1982 Ghana Times"), or after it and a word for a work ("the Ghana Times interview in 1982", "(1982)"). */
const YEAR_BEFORE_NAME = new RegExp(String.raw`\b(?:${YEAR_NUMBER})\s+$`);
const YEAR_AFTER_NAME = new RegExp(String.raw`^(?:\s+(?:${WORK_NOUNS}))?\s*(?:,\s*|\(\s*|\s+(?:in|from|of|dated)\s+)(?:${YEAR_NUMBER})\b(?!s)`, 'i');
const yearBesideName = (question: string, stated: Span): boolean => YEAR_BEFORE_NAME.test(question.slice(0, stated.start)) || YEAR_AFTER_NAME.test(question.slice(stated.end));

/** A time a question gives a work, as typed, whether it is a year alone, and whether the work is of it. */
interface TimeClaimed {
  said: string;
  yearAlone: boolean;
  right: boolean;
}

/**
 * The times a question gives the work it checks: a month with its year ("30 June 1979"), a year (not the one naming
 * the work, "the 1987 talk"), a month alone ("in June"); each as typed, with where it stands.
 */
function timesClaimed(question: string, { work, byYear }: WorkChecked): (TimeClaimed & Span)[] {
  const dated = [...question.matchAll(MONTH_YEAR)].map((m) => ({
    said: m[0].trim(),
    yearAlone: false,
    right: Number(m[2]) === work.year && monthNumber(m[1]!) === monthOf(work),
    start: m.index,
    end: m.index + m[0].length,
  }));
  const inDated = (at: number) => dated.some((d) => at >= d.start && at < d.end);
  const years = byYear ? [] : [...question.matchAll(STATED_YEAR)].filter((m) => !inDated(m.index)).map((m) => ({ said: m[1]!, yearAlone: true, right: Number(m[1]) === work.year, start: m.index, end: m.index + m[0].length }));
  const months = [...question.matchAll(MONTHS_GIVEN)].map((m) => ({
    said: m[0][0]!.toUpperCase() + m[0].slice(1).toLowerCase(),
    yearAlone: false,
    right: monthNumber(m[0]) === monthOf(work),
    start: m.index,
    end: m.index + m[0].length,
  }));
  return [...dated, ...years, ...months].sort((a, b) => a.start - b.start);
}

/**
 * The times a question gives a work it names by its whole title ("“Let us develop South-South cooperation”, 1986"), or,
 * checking what it says, by the words of its title or by a kind and a year (`workDateChecked`), when they are not the
 * work's: said beside the work's date in the answer ("You say 1985; … is dated 20 May 1986."), and left out of what is
 * searched, since no work of theirs is the one named. A year is the work's when any year given is (one may be of
 * another work compared with it); a month, when every month given is ("in January or June": not both).
 */
export function titleYearsChecked(question: string, works: readonly Work[]): { text: string; dated: DateChecked | null } {
  const [id, ...others] = titlesIn(question, workNamesOf(works));
  const titled = others.length === 0 && id !== undefined ? works.find((w) => w.id === id) : undefined;
  const checked = titled ? { work: titled, byYear: false, ownDateSaid: false } : workDateChecked(question, works);
  if (!checked) return { text: question, dated: dayOfNoWork(question, works) };
  if (checked.work.year === null) return { text: question, dated: null };
  const claimed = timesClaimed(question, checked);
  if (claimed.length === 0) return { text: question, dated: null };
  const years = claimed.filter((c) => c.yearAlone);
  const months = claimed.filter((c) => !c.yearAlone);
  const { work } = checked;
  // "The Iraqi interview was in October 1971, correct?": the work's own, its date said back.
  if ((years.length === 0 || years.some((c) => c.right)) && months.every((c) => c.right)) return { text: question, dated: checked.ownDateSaid ? { work, said: null } : null };
  // With what sets each there: "in June", "as 1985", ", 1986", "(1979)", "or 30 July 1979".
  const spans = claimed.map(({ start, end }) => ({
    start: start - (CLAIM_BEFORE.exec(question.slice(0, start))?.[0].length ?? 0),
    end: end + (CLAIM_AFTER.exec(question.slice(end))?.[0].length ?? 0),
  }));
  const text = tidied(blankedOut(question, spans));
  return { text, dated: { work, said: inWords(claimed.map((c) => c.said), 'or') } };
}

/** A day, month and year: "9 October 1981", "the 9th of October 1981", "October 9, 1981", "October 9th, 1981". */
const DAY_DATE = new RegExp(String.raw`\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_NAME})\s+(${YEAR_NUMBER})|(${MONTH_NAME})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(${YEAR_NUMBER}))\b`);

/**
 * "What did Kim say on 9 October 1981?": a day no work is dated, in a month one work is of, is that work's (the search
 * keeps to the month), its date said first ("You say 9 October 1981; *Answers to … the Ghana Times …* is dated 8
 * October 1981."), not passed over in silence.
 */
function dayOfNoWork(question: string, works: readonly Work[]): DateChecked | null {
  const m = DAY_DATE.exec(question);
  if (!m) return null;
  const [day, month, year] = m[1] ? [m[1], m[2]!, m[3]!] : [m[5]!, m[4]!, m[6]!];
  const date = `${year}-${String(monthNumber(month)).padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (works.some((w) => w.date === date)) return null;
  const ofTheMonth = works.filter((w) => w.date?.startsWith(date.slice(0, 8)));
  return ofTheMonth.length === 1 ? { work: ofTheMonth[0]!, said: formatDate(date) } : null;
}

/** A work's date, as a question gives it (`said`: "1985"), or none when it gives the work's own. */
export interface DateChecked {
  work: Work;
  said: string | null;
}
/** A year written out alone (not a decade). */
const STATED_YEAR = new RegExp(String.raw`\b(${YEAR_NUMBER})\b(?!s)`, 'g');
/** What sets a time given a work there, before it and after it: "in", "dated", "as", "or", ", ", "(…)". */
const CLAIM_BEFORE = /(?:\b(?:in|on|from|of|dated|as|or|and)\s+|,\s*|\(\s*)+$/i;
const CLAIM_AFTER = /^\s*\)/;
/** A month given with no year, after a word that makes it a time or another month given ("in January or June"). */
const MONTHS_GIVEN = new RegExp(String.raw`${MONTH_ALONE}|(?<=${MONTH_NAME}\s*(?:,|\s+or|\s+and)\s+)${MONTH_NAME}\b(?!\s*(?:,\s*)?(?:\d|of\s+\d))`, 'g');
