/** Reads a question: its content words, the years or decades (and months) it names, and whether it asks for a comparison. */
import type { Work } from '../corpus/types.ts';
import { authorsAsHe, inAnotherName, nameWords } from './authors.ts';
import { contentTokens, isContentToken, stem, STOPWORDS, tokenize, type Token } from './text.ts';

export interface ParsedQuery {
  text: string;
  /** Content tokens that should match passage text (metadata words such as the author's name removed). */
  tokens: Token[];
  /**
   * Words written with a capital inside the question: names, taken as typed (never corrected as typos). None when
   * the question is in Title Case or all capitals.
   */
  names: Set<string>;
  /**
   * The question asks for a figure: a count ("how many") or a share ("what percentage", "what proportion"). "How
   * much" asks for a degree as often as for an amount ("how much did he stress …"), so it does not count.
   */
  quantity: boolean;
  /** Years the question names, expanded from decades ("the 1980s" → 1980…1989) and ranges ("between 1971 and 1982"). */
  years: Set<number>;
  /** The first year of each time among those it names apart (`timesApart`): "the 1970s or the 1980s" → 1970, 1980. */
  timesApart: number[];
  /** Months it names with one of those years ("June 1987", "3 January 1987"), year → months 1–12 (`monthsNamed`). */
  months: Map<number, Set<number>>;
  /** Kinds of work it names with one of those years or decades ("the 1987 talk", "his speeches of the 1980s") (`kindsNamed`). */
  kinds: KindNamed[];
  /** The question asks how something was put across years or works. */
  compare: boolean;
  /** The time the question bounds by years ("after 1961", "since the 1970s", "before 1987"); those years are not in `years`. */
  yearBounds: YearBounds | null;
  /** Phrases the question puts in quotation marks (two words or more), lowercased: asked for verbatim. */
  phrases: string[];
  /**
   * Names of two words or more, side by side in the question ("United States", "South Korea"): a passage holds such
   * a name by two of its words side by side or by one that is not common English, not by "states" or "South-South"
   * (`wordsHeld` in rank.ts).
   */
  namePhrases: Token[][];
  /**
   * Words a hyphen joins into one, names among them ("self-sufficiency", "five-year"): held, as a name of several
   * words is, not by a common word of it alone ("self" of "self-reliance").
   */
  compounds: Token[][];
  /**
   * Words side by side with nothing but spaces between them, none of a name or a compound ("foreign trade", "working
   * class"): of two the texts write side by side too, the one they use more, and the first, hold them only with the
   * other (`pairsWritten` in rank.ts).
   */
  wordRuns: Token[][];
}

const FIGURE = /\bhow many\b|\b(?:what|which)\s+(?:percentage|per\s*cent|proportion|fraction)\b/i;
/**
 * A year written out, 1800–2099 (a pattern's source); not a length ("a 2000-word essay", "1500 words", "a 1900 page
 * book").
 */
export const YEAR_NUMBER = String.raw`(?:1[89]\d{2}|20\d{2})(?![-\s]+(?:words?|pages?|characters?)\b)`;
const YEAR = new RegExp(String.raw`\b(${YEAR_NUMBER})(s)?\b`, 'gi');
/**
 * A year that bounds a time rather than naming it: "after 1961", "since the 1970s", "until 1980", "up to 1970",
 * "pre-1953", "from 1961 on". "On" ends the bound only where no topic follows it: "quotes from 1987 on trade" asks for 1987, on trade.
 */
const BOUND = new RegExp(
  String.raw`\b(?:(after|since|before|until|till|up\s+to|prior to|post|pre)[\s-]+(?:the\s+)?(?:early\s+|late\s+|mid-?)?(${YEAR_NUMBER})(s)?\b|from\s+(?:the\s+)?(${YEAR_NUMBER})(s)?\s+(?:onwards?\b|on(?=\s*(?:[,;:.?!)]|$)|\s+(?:and|or|but|did|does|do|was|were|is|are|has|have|had|he|she|they|what|how|when|which|who)\b)))`,
  'gi',
);

const SIDE_YEAR = String.raw`(?:the\s+)?(?:${YEAR_NUMBER})s?\b`;
/** What joins the two sides: "and", "compared with", …, and "and one (from)" ("one quote from before 1970 and one from after"). */
const SIDE_AGAINST_SIDE = String.raw`\s+(?:and|or|compared\s+(?:with|to)|versus|vs\.?|as\s+against|than)\s+(?:(?:one|another|ones|others)\s+(?:from\s+)?)?`;
/**
 * Both sides of a year, which asks for a comparison across it, not a bound: "before and after 1980", "before 1970
 * compared with after", "after 1980 than before", "one from before 1970 and one after"; and a change after or since a year ("Did his view change after
 * 1970?"), which is measured against what came before. Of a change, only the year's side is matched, so that the words
 * between keep their place ("What changed in his view of aid after 1970?").
 */
const BOTH_SIDES = new RegExp(
  String.raw`\b(?:both\s+)?before\s+and\s+after\s+${SIDE_YEAR}|\bbefore\s+${SIDE_YEAR}${SIDE_AGAINST_SIDE}after\b(?!\s+(?:the\s+)?\d)|\bafter\s+${SIDE_YEAR}${SIDE_AGAINST_SIDE}before\b(?!\s+(?:the\s+)?\d)|(?<=\b(?:chang(?:e|es|ed|ing)|shift(?:s|ed)?|evolv(?:e|es|ed|ing)|differ(?:s|ed|ent)?)\b[^.?!]*?)\b(?:after|since)\s+${SIDE_YEAR}`,
  'gi',
);
/** The year or decade of a `BOTH_SIDES` match, as it says it; and the first match of `BOTH_SIDES` alone. */
const THE_SIDE_YEAR = new RegExp(SIDE_YEAR, 'i');
const FIRST_BOTH_SIDES = new RegExp(BOTH_SIDES.source, 'i');

/**
 * A range of years a question bounds a time by (inclusive; either end may be open), and how it puts it; with its ends
 * the other way round (`from` after `to`: "before 1970 and after 1980"), the two sides of the years between them.
 */
export interface YearBounds {
  from?: number;
  to?: number;
  /** As the question says it: "after 1961", "since the 1970s and before 1987"; the two sides "before 1970 or after 1980". */
  text: string;
}

/**
 * The text with both sides of a year said one way, "before and after 1970" ("Did it change after 1970?", "before
 * 1970 compared with after"), so that a search text without its words of change or comparison still reads them.
 */
export const bothSidesSaid = (text: string): string => text.replace(BOTH_SIDES, (m) => `before and after ${m.match(THE_SIDE_YEAR)![0]}`);

/** The year or decade a text asks about both sides of (`BOTH_SIDES`), as it says it ("1970", "the 1970s"), with its first and last years. */
export function bothSidesOf(text: string): { said: string; first: number; last: number } | null {
  const side = FIRST_BOTH_SIDES.exec(text)?.[0].match(THE_SIDE_YEAR)?.[0];
  if (!side) return null;
  const first = Number(side.match(/\d{4}/)![0]);
  return { said: side, first, last: /s$/i.test(side) ? first + 9 : first };
}

/**
 * The time a text bounds by years, as one range or the two sides of one ("before 1970 and after 1980"), or null when
 * it bounds none, or names a year it asks about both sides of ("before and after 1980": a comparison across it).
 */
export function yearBounds(text: string): YearBounds | null {
  let from: number | undefined;
  let to: number | undefined;
  const said: string[] = [];
  for (const m of text.replace(BOTH_SIDES, ' ').matchAll(BOUND)) {
    const word = m[1]?.toLowerCase().replace(/\s+/g, ' ') ?? 'since';
    const first = Number(m[2] ?? m[4]);
    const last = m[3] ?? m[5] ? first + 9 : first;
    if (word === 'after' || word === 'post') from = Math.max(from ?? -Infinity, last + 1);
    else if (word === 'since') from = Math.max(from ?? -Infinity, first);
    else if (word === 'until' || word === 'till' || word === 'up to') to = Math.min(to ?? Infinity, last);
    else to = Math.min(to ?? Infinity, first - 1);
    said.push(m[0]);
  }
  if (said.length === 0) return null;
  // Two sides are either: "dated before 1970 or after 1980".
  const either = from !== undefined && to !== undefined && from > to;
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}), text: said.join(either ? ' or ' : ' and ') };
}

/** The bound word that says the other side of a year ("before 1980" → "since 1980", "after 1961" → "until 1961"). */
const OTHER_SIDE_WORD: Readonly<Record<string, string>> = { after: 'until', post: 'until', since: 'before', before: 'since', 'prior to': 'since', pre: 'since', until: 'after', till: 'after', 'up to': 'after' };

/**
 * The text with the one bound it sets turned to the other side of its year ("… before 1980?" → "… since 1980?"): what
 * "And after?" asks next. Null unless it sets exactly one.
 */
export function otherSideOf(text: string): string | null {
  const bounds = [...text.replace(BOTH_SIDES, ' ').matchAll(BOUND)];
  if (bounds.length !== 1) return null;
  const [said, word] = bounds[0]!;
  const year = word === undefined ? said.replace(/^from\s+/i, '').replace(/\s+(?:on|onwards?)$/i, '') : said.slice(word.length).replace(/^[\s-]+/, '');
  return text.replace(said, `${word === undefined ? 'before' : OTHER_SIDE_WORD[word.toLowerCase().replace(/\s+/g, ' ')]} ${year}`);
}

/** Whether a work's year lies within the bounds (on either side, for two sides): any year when there are none, no undated work when there are. */
export function withinBounds(year: number | null, bounds: YearBounds | null): boolean {
  if (bounds === null) return true;
  if (year === null) return false;
  const { from = -Infinity, to = Infinity } = bounds;
  return from <= to ? year >= from && year <= to : year >= from || year <= to;
}

/** Years from `first` to `last`, both in. */
export interface YearSpan {
  first: number;
  last: number;
}

/** Years as the runs of consecutive years they make up: 1965 and 1993 two, the 1960s one (1960–1969). */
export function yearRuns(years: ReadonlySet<number>): YearSpan[] {
  const runs: YearSpan[] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && year === last.last + 1) last.last = year;
    else runs.push({ first: year, last: year });
  }
  return runs;
}

/** The time a question names and bounds, as `parseQuery` reads it. */
export type TimeAsked = Pick<ParsedQuery, 'years' | 'months' | 'kinds' | 'yearBounds'>;
type Dated = Pick<Work, 'id' | 'year' | 'date' | 'title' | 'occasion'>;

/** A work's month (1–12), or null when undated. */
export const monthOf = (w: Dated): number | null => (w.date === null ? null : Number(w.date.slice(5, 7)));

/** The time a question names, as the works of `among` bear it out (`timeKept`). */
export interface TimeKept {
  /**
   * Whether a work is of a year the question names and, where it names months with that year ("in June 1987") that
   * some work is from, of one of them; and, where it names a kind of work with it ("the 1987 talk") that some of
   * those are, of that kind: its title or occasion says so ("Talk to Senior Officials …").
   */
  named: (work: Dated) => boolean;
  /** Whether a work lies in the time asked: `named` (any, when the question names no year), within the time it bounds, of `ofKinds`. */
  asked: (work: Dated) => boolean;
  /** Whether a work is of a kind the question names by itself ("in his speeches") that some work is: any, when none is. */
  ofKinds: (work: Dated) => boolean;
  /** Those kinds, as the question writes them: "speech". */
  kindsOfAnyYear: string[];
  /** The months named with a year that some work is from, year → months: those that narrow their year. */
  months: Map<number, Set<number>>;
  /**
   * The years kept to kinds of work, year → words: those of a kind named with a time ("the 1987 talk", "his 1980s
   * speeches") that some work of that time (and of those months) is.
   */
  kinds: Map<number, Set<string>>;
  /** The kinds of work named, with a time or by themselves, that no work (of that time) is ("the 1978 speech", when the 1978 work is a talk). */
  kindsWithoutWorks: KindNamed[];
}

/**
 * The time a question names and bounds, kept to what `among` holds: a month or a kind no work of its time is keeps
 * that time whole, the nearest the texts come. One pass over the works for the tests and what they narrow.
 */
export function timeKept(among: Iterable<Dated>, time: Pick<TimeAsked, 'years' | 'months' | 'kinds'> & { yearBounds?: YearBounds | null }): TimeKept {
  const works = [...among];
  const months = new Map<number, Set<number>>();
  for (const w of time.months.size ? works : []) {
    const month = monthOf(w);
    if (w.year !== null && month !== null && time.months.get(w.year)?.has(month)) months.set(w.year, (months.get(w.year) ?? new Set()).add(month));
  }
  const inMonth = (w: Dated) => w.year !== null && time.years.has(w.year) && (months.get(w.year)?.has(monthOf(w)!) ?? true);
  const kinds = new Map<number, Set<string>>();
  const kept = new Set<string>();
  const kindsOfAnyYear = new Set<string>();
  const keptOfAnyYear = new Set<string>();
  const kindsWithoutWorks: KindNamed[] = [];
  for (const { years, kind } of time.kinds) {
    const ofKind = works.filter((w) => (years === null || (inMonth(w) && years.includes(w.year!))) && isOfKind(w, kind));
    if (ofKind.length === 0) {
      // Said when the time has works, none of them of the kind; a time with none is said otherwise (`yearsWithoutWorks`).
      if (years === null || works.some((w) => inMonth(w) && years.includes(w.year!))) kindsWithoutWorks.push({ years, kind });
      continue;
    }
    if (years === null) kindsOfAnyYear.add(kind);
    for (const year of years ?? []) kinds.set(year, (kinds.get(year) ?? new Set()).add(kind));
    for (const w of ofKind) (years === null ? keptOfAnyYear : kept).add(w.id);
  }
  const named = (w: Dated) => inMonth(w) && (!kinds.has(w.year!) || kept.has(w.id));
  const ofKinds = (w: Dated) => kindsOfAnyYear.size === 0 || keptOfAnyYear.has(w.id);
  const asked = (w: Dated) => (time.years.size === 0 || named(w)) && withinBounds(w.year, time.yearBounds ?? null) && ofKinds(w);
  return { named, asked, ofKinds, kindsOfAnyYear: [...kindsOfAnyYear], months, kinds, kindsWithoutWorks };
}

/** Kinds of work a title names in other words: a written interview is headed "Answers to questions raised by …". */
const KINDS_IN_OTHER_WORDS: ReadonlyMap<string, { pattern: RegExp; one: string; many: string }> = new Map([
  ['interview', { pattern: /\banswers?\s+to\s+(?:the\s+)?questions\b/i, one: "answers an interviewer's questions", many: "answer an interviewer's questions" }],
]);

/**
 * Whether a work's title or occasion says it is of a kind ("Talk to …" for "talk" or "talks"; "Answers to questions …"
 * for "interview"), or holds the words asked, side by side ("self-reliance").
 */
export function isOfKind(work: Pick<Work, 'title' | 'occasion'>, kind: string): boolean {
  const terms = tokenize(kind).map((t) => t.term);
  const text = `${work.title} ${work.occasion ?? ''}`;
  const held = tokenize(text).map((t) => t.term);
  const holds = terms.length > 0 && held.some((_, i) => terms.every((term, j) => held[i + j] === term));
  return holds || (KINDS_IN_OTHER_WORDS.get(kind)?.pattern.test(text) ?? false);
}

/** Words for the scholarly work by its kind ("Which articles are there?"): the work of another author than the collection's, an article's abstract. */
export const SCHOLARLY_KINDS: ReadonlySet<string> = new Set(['article', 'paper', 'abstract', 'study']);
/** Whether a work is of a kind (`isOfKind`), a scholarly kind being the work of another author than `primary` ("that article"). */
export const isWorkOfKind = (work: Pick<Work, 'title' | 'occasion' | 'author'>, kind: string, primary: string | null): boolean =>
  SCHOLARLY_KINDS.has(kind) ? work.author !== primary : isOfKind(work, kind);

/**
 * How a lead says that works are of a kind (`isOfKind`), for one work, for several, and after "None of the works":
 * by the word their titles or occasions hold (" with “speech” in their titles or occasions"), or by what they are
 * (" that answer an interviewer's questions").
 */
export function ofKindSaid(kind: string): { one: string; many: string; none: string } {
  if (SCHOLARLY_KINDS.has(kind)) return { one: " that is a scholarly article's abstract", many: " that are scholarly articles' abstracts", none: "is a scholarly article's abstract" };
  const other = KINDS_IN_OTHER_WORDS.get(kind);
  if (other) return { one: ` that ${other.one}`, many: ` that ${other.many}`, none: other.one };
  return { one: ` with “${kind}” in its title or occasion`, many: ` with “${kind}” in their titles or occasions`, none: `has “${kind}” in its title or occasion` };
}

/** The years a question asks about: those it names (`yearsNamed`), less those that bound a time (`yearBounds`). */
export function yearsAskedAbout(text: string): Set<number> {
  return yearsNamed(withoutBothSides(text));
}
/** The text without the times it sets on both sides of a point ("before and after 1970") or bounds ("after 1961"). */
const withoutBothSides = (text: string): string => text.replace(BOTH_SIDES, ' ').replace(BOUND, ' ');
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A month's number (1–12) from its name or abbreviation, in any case: "June", "jun", "Sept" → 6, 6, 9. */
export const monthNumber = (name: string): number => MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase()) + 1;
/**
 * A month's name and what may stand between it and its year (a pattern's source, of one group): "June ", "June of ",
 * "January 3, ", "Sept. "; and the day before it, if any ("3 January ", "the 8th of December ").
 */
export const MONTH_BEFORE_YEAR = String.raw`(?:\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:of\s+)?`;
/**
 * A month's name, "March", "May" and "August" only with a capital, being words of their own in lower case ("the march
 * of history", "in may") (a pattern's source).
 */
export const MONTH_NAME = String.raw`(?:[Jj]anuary|[Ff]ebruary|March|[Aa]pril|May|[Jj]une|[Jj]uly|August|[Ss]eptember|[Oo]ctober|[Nn]ovember|[Dd]ecember)`;
/**
 * A month named with no year, after a word that makes it a time ("in June", "from December", "the June speech", "his
 * December speeches"; a pattern's source); not a month with a day or a year.
 */
export const MONTH_ALONE = String.raw`(?<=\b(?:in|from|during|of|the|his|her|their|its)\s+)${MONTH_NAME}\b(?!\s*(?:,\s*)?(?:\d|of\s+\d))`;
/** A month with its year: "June 1987", "June of 1987", "3 January 1987", "the 3rd of January 1987", "January 3, 1987", "Sept. 1974". */
export const MONTH_YEAR = new RegExp(String.raw`${MONTH_BEFORE_YEAR}(${YEAR_NUMBER})\b`, 'gi');

/**
 * The words naming a part of the year or decade after them (a pattern's source, of one group): "early ", "mid-",
 * "late ", "the beginning of ", "the first half of ", "the end of the ", "the summer of ", "autumn ".
 */
export const PART_BEFORE_TIME = String.raw`\b((?:early|mid|late)|(?:the\s+)?(?:beginning|start|middle|end|(?:first|second|latter)\s+half)\s+of|(?:the\s+)?(?:spring|summer|autumn|fall|winter)(?:\s+of)?)[\s-]+(?:the\s+)?`;
/** A part of a year: "early 1987", "mid-1979", "the end of 1993", "the summer of 1987". */
const PART_OF_YEAR = new RegExp(String.raw`${PART_BEFORE_TIME}(${YEAR_NUMBER})\b`, 'gi');
/** A part of a decade: "the early 1980s", "the mid-1970s", "the end of the 1960s". */
const PART_OF_DECADE = new RegExp(String.raw`${PART_BEFORE_TIME}(1[89]\d0|20\d0)s\b`, 'gi');

/** What a part names: the years of a decade (first and last, 0–9) and the months of a year. */
interface Part {
  years: [number, number];
  months: number[];
}
/** The whole numbers from `from` to `to`, both included. */
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
/** Thirds of a decade as English reads them (early 0–3, mid 4–6, late 7–9), of a year by four months; halves by halves. */
const PARTS: readonly [RegExp, Part][] = [
  [/first\s+half/i, { years: [0, 4], months: range(1, 6) }],
  [/(?:second|latter)\s+half/i, { years: [5, 9], months: range(7, 12) }],
  [/early|beginning|start/i, { years: [0, 3], months: range(1, 4) }],
  [/mid|middle/i, { years: [4, 6], months: range(5, 8) }],
  [/late|end/i, { years: [7, 9], months: range(9, 12) }],
  // A season is of a year; of a decade, the decade.
  [/spring/i, { years: [0, 9], months: [3, 4, 5] }],
  [/summer/i, { years: [0, 9], months: [6, 7, 8] }],
  [/autumn|fall/i, { years: [0, 9], months: [9, 10, 11] }],
  [/winter/i, { years: [0, 9], months: [12, 1, 2] }],
];
const partNamed = (words: string): Part => PARTS.find(([pattern]) => pattern.test(words))![1];
/** The months of a part of a year: "spring" 3–5, "summer" 6–8, "autumn" or "fall" 9–11, "winter" 12, 1 and 2; "early" 1–4, "mid" 5–8, "late" 9–12. */
export const monthsOfPart = (part: string): number[] => partNamed(part).months;
/**
 * A season named with no year, after a word that makes it a time ("in the spring", "during summer", "from the
 * winter"); not one of a year or decade ("the summer of 1987", `PART_OF_YEAR`). A pattern's source.
 */
export const SEASON_ALONE = String.raw`(?<=\b(?:in|from|during)\s+)(?:the\s+)?(?:spring|summer|autumn|fall|winter)\b(?!\s+(?:of\s+)?(?:the\s+)?(?:early\s+|late\s+|mid-?)?\d)`;
/** The years a part of a decade names: "the early 1980s" 1980–1983, "the mid-1980s" 1984–1986, "the late 1980s" 1987–1989. */
function yearsOfPart(words: string, decade: number): number[] {
  const [from, to] = partNamed(words).years;
  return range(decade + from, decade + to);
}

/** Words for a work itself, as titles and occasions write them ("Talk to …", "Concluding Speech at …"): a pattern's source. */
export const KINDS_OF_WORK = 'speech|talk|address|interview|answers|programme|program|article|lecture|report|letter';
/** The time named after a kind of work: " of the 1980s", " in June 1987", " from 1961" (a pattern's source). */
export const TIME_AFTER_KIND = String.raw`\s+(?:of|in|from)\s+(?:the\s+)?(?:${MONTH_BEFORE_YEAR})?(?:${YEAR_NUMBER})s?\b`;
/**
 * A kind of work with a year or decade: "the 1987 talk", "his 1980s speeches", "the June 1987 speech", "the speeches of
 * the 1980s"; a name or two may stand between the year and the kind ("the 1987 South-South speech", "the 1981 Ghana
 * interview"), which say which work of that time, as the kind does.
 */
const KIND_WITH_YEAR = new RegExp(
  String.raw`\b(?<year>${YEAR_NUMBER})(?<decade>s)?(?:['’]s)?\s+(?:(?-i:\p{Lu})[\p{L}'’-]*\s+){0,2}(?<kind>${KINDS_OF_WORK})(?:e?s)?\b|\b(?<kindFirst>${KINDS_OF_WORK})(?:e?s)?(?<after>${TIME_AFTER_KIND})`,
  'giu',
);

/** The kinds of work the titles and occasions of these texts name ("Concluding Speech at …", "Talk to …"), and interviews. */
export const KINDS_BY_NAME = ['speech', 'talk', 'interview'];
/** A kind of work in the plural, as English plurals read: "speech" → "speeches", "talk" → "talks", "diary" → "diaries", "address" → "addresses". */
export const kindsOf = (kind: string): string =>
  /(?:ch|sh|ss|x)$/.test(kind) ? `${kind}es` : /[^aeiou]y$/.test(kind) ? `${kind.slice(0, -1)}ies` : kind.endsWith('s') ? kind : `${kind}s`;
/**
 * Words for kinds of text besides those the titles here name (`KINDS_BY_NAME`), which a question may ask for ("Are
 * there any letters?", "in his lectures") whether or not a work is one; the scholarly work's (`SCHOLARLY_KINDS`) among them.
 */
export const OTHER_KINDS_OF_TEXT: ReadonlySet<string> = new Set([
  ...'letter lecture report essay poem diary memoir editorial pamphlet treatise decree telegram sermon manifesto address programme program novel'.split(' '),
  ...SCHOLARLY_KINDS,
]);
/**
 * His works of another kind, in the plural after "his" ("in his letters", "his lectures on trade"), a pattern's source:
 * what he wrote or said, of a kind whatever words it has; not "the letters" nor "the reports", which may be of anything.
 */
const HIS_OTHER_KIND = String.raw`(?<=\b(?:his|her|their)\s+)(?<kindHis>${[...OTHER_KINDS_OF_TEXT].map(kindsOf).join('|')})\b(?!${TIME_AFTER_KIND})`;
/** A kind of work in the singular, as English plurals read: "speeches" → "speech", "Interviews" → "interview", "diaries" → "diary", "addresses" → "address". */
export const oneOfKind = (kind: string): string => kind.toLowerCase().replace(/ies$/, 'y').replace(/(?<=ch|sh|ss|x)es$|(?<!s)s$/, '');
/** A kind named before another, joined to it ("his speeches and interviews", "in speeches or talks", "speeches vs interviews"), a pattern's source: the second is named too. */
const ANOTHER_KIND = String.raw`(?:(?:${KINDS_BY_NAME.join('|')})(?:e?s)?\s*(?:,\s*|\s+(?:and|or|&|vs\.?|versus)\s+))?`;
/** Each work of a kind: "each speech", "every interview" (a pattern's source). */
const EACH_OF_A_KIND = String.raw`(?<=\b(?:each|every)\s+)(?<kindEach>${KINDS_BY_NAME.join('|')})\b(?!${TIME_AFTER_KIND})`;
/** One work of a kind, any of them: "a quote from an interview", "in a speech", "from a talk" (a pattern's source; not "in a talk with", of negotiations). */
const ONE_OF_A_KIND = String.raw`(?<=\b(?:in|from)\s+(?:an?|one)\s+)(?<kindOne>speech|interview|(?<=\bfrom\s+(?:an?|one)\s+)talk)\b(?!${TIME_AFTER_KIND})`;
/** One work of a kind asked for among them: "Which interview talks most about trade?", "In what speech …" (a pattern's source). */
const WHICH_OF_A_KIND = String.raw`(?<=\b(?:which|what)\s+)(?<kindWhich>${KINDS_BY_NAME.join('|')})\b(?!${TIME_AFTER_KIND})`;
/** Where in a text any of these (global) patterns match. */
const spansOf = (text: string, patterns: readonly RegExp[]) => patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length] as const));
/**
 * One work of a kind ("from an interview"), a kind with a time ("the 1974 talk"), each of a kind ("each speech"), the
 * one asked for ("In which speech …?") or his works of a kind no title names ("in his letters"):
 * the works kept to, and the word no word to look for, as "his interviews" is not ("talked" is no match for "the 1974
 * talk").
 */
const KIND_KEPT_TO = [new RegExp(ONE_OF_A_KIND, 'gi'), KIND_WITH_YEAR, new RegExp(EACH_OF_A_KIND, 'gi'), new RegExp(WHICH_OF_A_KIND, 'gi'), new RegExp(HIS_OTHER_KIND, 'gi')];

/**
 * One of those kinds by itself, of any time: "in his speeches", "the talks", "how many speeches" (plural, after a
 * determiner; "talks" as a verb and "the speeches of the 1980s" are not); with no determiner after "in" or "from",
 * "in speeches", "from interviews", "from talks" ending the clause ("in talks with" is of negotiations); in the singular after "each" or "every" ("What
 * does each speech say …?"), or after "in a", "from an" ("a quote from an interview"; not "in a talk with"), or after
 * "which" or "what" ("Which interview mentions trade?").
 */
const KIND_ALONE = new RegExp(
  String.raw`(?:(?<=\b(?:his|the|these|those|all|many|which|what)\s+${ANOTHER_KIND}|\b(?:in|from)\s+(?:speech|interview)(?:e?s)\s*(?:,\s*|\s+(?:and|or|&)\s+))(?<kindAlone>${KINDS_BY_NAME.join('|')})|(?<=\b(?:in|from)\s+${ANOTHER_KIND})(?<kindBare>speech|interview|talk(?=s\s*(?:[?.!,;]|$))))(?:e?s)\b(?!${TIME_AFTER_KIND})` +
    String.raw`|${EACH_OF_A_KIND}|${ONE_OF_A_KIND}|${WHICH_OF_A_KIND}|${HIS_OTHER_KIND}` +
    // Typed as keywords, the kind first: "interviews 1980s self reliance", "speeches on trade".
    String.raw`|^\s*(?<kindOpening>speech|interview|talk)(?:e?s)\b(?!${TIME_AFTER_KIND})(?=\s+(?:on|about|regarding|concerning|from|in|during)\b|\s+(?:the\s+)?(?:${YEAR_NUMBER})s?\b)`,
  'gi',
);

/**
 * A kind of work named with a time: "the 1987 talk" → 1987, "talk"; "his speeches of the 1980s" → 1980…1989,
 * "speech"; or by itself, of any year: "in his speeches" → null, "speech".
 */
export interface KindNamed {
  years: number[] | null;
  /** As the question writes it, singular and lowercased: "speech", "talk", "answers". */
  kind: string;
}

/**
 * "those of the 1980s", "the ones from 1986", "the 1978 one": the kind of work named before, with another time ("the
 * interviews from the 1970s and those from the 1980s").
 */
const ONES_OF_A_TIME = new RegExp(String.raw`\b(?:those|ones)(?<after>${TIME_AFTER_KIND})|\b(?<year>${YEAR_NUMBER})(?<decade>s)?(?:['’]s)?\s+ones?\b(?![-\p{L}])`, 'giu');

/** The years a match of `KIND_WITH_YEAR` or `ONES_OF_A_TIME` names: its year, or its decade's ten. */
function yearsMatched({ year, decade, after }: Record<string, string | undefined>): number[] {
  const [, yearAfter, decadeAfter] = after?.match(/(\d{4})(s?)$/) ?? [];
  const first = Number(year ?? yearAfter);
  return decade || decadeAfter ? range(first, first + 9) : [first];
}

/** The kinds of work a text names with a year or a decade (or after one, with another: "and those of 1986"), then those it names by themselves. */
export function kindsNamed(text: string): KindNamed[] {
  const withTime = [...text.matchAll(KIND_WITH_YEAR)].map((m) => ({ at: m.index, years: yearsMatched(m.groups!), kind: (m.groups!.kind ?? m.groups!.kindFirst)!.toLowerCase() }));
  const ones = [...text.matchAll(ONES_OF_A_TIME)].flatMap((m) => {
    const before = withTime.filter((k) => k.at < m.index).at(-1);
    return before ? [{ years: yearsMatched(m.groups!), kind: before.kind }] : [];
  });
  const alone = [...text.matchAll(KIND_ALONE)].map((m) => ({ years: null, kind: oneOfKind((m.groups!.kindAlone ?? m.groups!.kindBare ?? m.groups!.kindEach ?? m.groups!.kindOne ?? m.groups!.kindWhich ?? m.groups!.kindOpening ?? m.groups!.kindHis)!) }));
  return [...withTime.map(({ years, kind }) => ({ years, kind })), ...ones, ...alone];
}

/** Whether a word of the text names a kind of work ("talk" in "the 1987 talk", "speeches" in "in his speeches"): a count does not count it. */
export function namesAKindOfWork(text: string): (token: Token) => boolean {
  const spans = spansOf(text, [KIND_WITH_YEAR, KIND_ALONE]);
  return (t) => spans.some(([start, end]) => t.start >= start && t.end <= end);
}

/** The text with each month or part of a time left out, the year or decade kept: "in June 1987", "in the summer of 1987" → "in 1987"; "the early 1980s" → "the 1980s". */
export const timesAsYears = (text: string): string => text.replace(MONTH_YEAR, '$2').replace(PART_OF_YEAR, '$2').replace(PART_OF_DECADE, '$2s');

/** Where in a text a month or a part of a time is named with its year or decade ("June 1987", "the summer of 1987", "the early 1980s"). */
const timeSpans = (text: string) => spansOf(text, [MONTH_YEAR, PART_OF_YEAR, PART_OF_DECADE]);

/** The months a text names with their year, year → months (1–12): "in June 1987" → 1987 → {6}; "in early 1987" → {1, 2, 3, 4}. */
export function monthsNamed(text: string): Map<number, Set<number>> {
  const months = new Map<number, Set<number>>();
  const add = (year: number, named: number[]) => months.set(year, new Set([...(months.get(year) ?? []), ...named]));
  for (const m of text.matchAll(MONTH_YEAR)) add(Number(m[2]), [monthNumber(m[1]!)]);
  for (const m of text.matchAll(PART_OF_YEAR)) add(Number(m[2]), partNamed(m[1]!).months);
  return months;
}

/** The years a text names by themselves, with no month or part of the year: "1987" in "the 1987 speech", not in "June 1987". */
export function yearsNamedWhole(text: string): Set<number> {
  const narrowed = spansOf(text, [MONTH_YEAR, PART_OF_YEAR]);
  return new Set([...text.matchAll(YEAR)].filter((m) => !m[2] && !narrowed.some(([start, end]) => m.index >= start && m.index < end)).map((m) => Number(m[1])));
}

const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
/** A decade written without its century, after "the" or a word of time: "the 60s", "the '80s", "the late 70's", "the sixties", "the mid-seventies", "in 70s". */
const DECADE_WITHOUT_CENTURY = new RegExp(String.raw`\b((?:the|in|from|during|since|before|after|until|throughout)\s+(?:(?:early|mid|late)[\s-]+)?)(?:['’]?([2-9])0['’]?s\b|(${DECADE_WORDS.join('|')})\b)`, 'gi');
/** A year written without its century after a word of time or an article: "in '87", "since ’61", "the '87 speech" (not "’60s", a decade). */
const YEAR_WITHOUT_CENTURY = /(?<=\b(?:in|of|from|since|after|before|until|till|by|to|and|between|the|his)\s+)['’]([2-9]\d)\b(?!['’]?s\b)/gi;
/**
 * The text with each decade, or year after a word of time, written without its century in figures, of the 1900s as
 * English reads it today: "in the sixties", "in the '60s" → "in the 1960s"; "in '87" → "in 1987". Every reading of a
 * time below reads figures only.
 */
export const timesInFigures = (text: string): string =>
  text
    .replace(DECADE_WITHOUT_CENTURY, (_, before: string, digit?: string, word?: string) => `${before}19${digit ?? DECADE_WORDS.indexOf(word!.toLowerCase()) + 2}0s`)
    .replace(DECADES_JOINED, (_, first: string, join: string, second: string) => `${decadeInFull(first)}${join}${decadeInFull(second)}`)
    .replace(YEAR_WITHOUT_CENTURY, (_, year: string) => `19${year}`);

/** A decade without its century ("60s", "'80s", "sixties"), or with it (a pattern's source). */
const A_DECADE = String.raw`(?:['’]?[2-9]0['’]?s|${DECADE_WORDS.join('|')}|1[89][2-9]0s)`;
/** Two decades set side by side or bounding a span, without "the" ("60s vs 80s", "the 1960s and eighties"): both decades. */
const DECADES_JOINED = new RegExp(String.raw`\b(${A_DECADE})(\s+(?:and|or|vs\.?|versus|to|through|till|until|[-–])\s+(?:the\s+)?)(${A_DECADE})(?![\p{L}\p{N}])`, 'giu');
/** A decade in figures with its century: "60s", "'60s", "sixties" → "1960s". */
const decadeInFull = (decade: string): string => {
  if (/^1/.test(decade)) return decade;
  const digit = /([2-9])0/.exec(decade)?.[1];
  return `19${digit ?? DECADE_WORDS.indexOf(decade.toLowerCase()) + 2}0s`;
};

/** Contractions typed without their apostrophe, none of them a word of its own ("its", "lets", "were" are). */
const CONTRACTIONS: Readonly<Record<string, string>> = {
  whats: "what's",
  wheres: "where's",
  whos: "who's",
  hows: "how's",
  thats: "that's",
  theres: "there's",
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  isnt: "isn't",
  arent: "aren't",
  wasnt: "wasn't",
  werent: "weren't",
  cant: "can't",
  couldnt: "couldn't",
  wouldnt: "wouldn't",
  hasnt: "hasn't",
  havent: "haven't",
  im: "I'm",
  ive: "I've",
  youre: "you're",
};
const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * Chat shorthand for common English words, as a question is typed ("what did kim say abt aid", "quotes pls", "w/
 * dates", "whats juche", "what r the goals", "tl;dr"): in lower case only ("BC", "Ur" are no shorthand) but for a contraction opening a question
 * ("Whats …"), not before a dot or an apostrophe ("u.s.").
 */
const SHORTHAND: Readonly<Record<string, string>> = {
  abt: 'about',
  whn: 'when',
  wht: 'what',
  smth: 'something',
  sth: 'something',
  b4: 'before',
  ppl: 'people',
  tldr: 'summary',
  'tl;dr': 'summary',
  r: 'are',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  thnx: 'thanks',
  ty: 'thank you',
  u: 'you',
  ur: 'your',
  bc: 'because',
  cuz: 'because',
  tho: 'though',
  thru: 'through',
  govt: 'government',
  intl: 'international',
  yr: 'year',
  yrs: 'years',
  esp: 'especially',
  intro: 'introduction',
  def: 'definition',
  defn: 'definition',
  'w/': 'with',
  'w/o': 'without',
  'b/c': 'because',
  ...CONTRACTIONS,
  // A contraction opens a question as typed: "Whats juche?".
  ...Object.fromEntries(Object.entries(CONTRACTIONS).map(([typed, word]) => [capitalised(typed), capitalised(word)])),
};
const SHORTHAND_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}'’./&-])(?:w\/o|w\/|b\/c|tl;dr|${Object.keys(SHORTHAND).filter((k) => !/[/;]/.test(k)).join('|')})(?![\p{L}\p{N}'’.&]|\/\p{L})`, 'gu');
export const shorthandInFull = (text: string): string => text.replace(SHORTHAND_WORD, (word) => SHORTHAND[word]!);

/** A question as every reading below reads it: chat shorthand in full words, times in figures. */
export const spelledOut = (text: string): string => timesInFigures(shorthandInFull(text));

/** One end of a range: a year or a decade ("1961", "the 1960s", "the early 1960s": a range of parts runs decade to decade). */
const RANGE_END = String.raw`(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(${YEAR_NUMBER})(s)?`;
/**
 * "between 1971 and 1982", "from 1945 to 1956", "from the 1960s to the 1980s" (1960–1989) ("from 1961 and 1987" is
 * two years: works from each; so is "differ between the 1960s and the 1980s", two decades set side by side).
 */
const RANGE = new RegExp(String.raw`\b(?:(?<!\b(?:differ\w*|difference|contrast\w*|compar\w*)\s+)between\s+${RANGE_END}\s+(?:and|-|–)|from\s+${RANGE_END}\s+(?:to|until|till|through|-|–))\s+${RANGE_END}\b`, 'gi');
/** "Over the years", "across his works", "throughout all his speeches": the time or the works a question runs over (a pattern's source). */
export const OVER_TIME_OR_WORKS = String.raw`(?:over|across|through(?:out)?)\s+(?:(?:the|his|these|those|all|\d+|[a-z]+ty(?:-[a-z]+)?)\s+)*(?:years|time|decades|works|speeches)`;
/**
 * "How did his views on X develop?", "… his thinking develop after 1970": "develop" said of a view, ending its clause, is
 * a change over time ("his views on how to develop the economy" is not; a pattern's source).
 */
export const VIEWS_DEVELOP = String.raw`(?<=\b(?:views?|thinking|ideas?|positions?|stance|attitudes?|understanding|opinions?)\b[^?.!]*?)\bdevelop(?:s|ed)?(?=\s*(?:[?.!,;]|$|\s+(?:over|through|across|after|since|between|from|in|during)\b))`;
/** "Did his position stay the same?", "Have his views remained constant?": whether something changed (a pattern's source). */
export const STAYING_THE_SAME = String.raw`(?:stay|remain)(?:s|ed|ing)?\s+(?:the\s+same|constant|unchanged)\b`;
/**
 * Words of change, difference or consistency (a pattern's source): a comparison across years, but only when said of the
 * author's words or views, of a move from one thing to another, or of times or works named (`comparesAcrossTime`).
 * Staying the same asks it too, and so does moving away from something ("Did his emphasis move from heavy industry?").
 */
const CHANGE_WORDS = String.raw`chang(?:e|es|ed|ing)\b|shift\w*|differ\w*|(?:in)?consisten(?:t|cy|cies)\b|${STAYING_THE_SAME}|mov(?:e|es|ed|ing)\s+(?:away\s+)?from\b`;
const COMPARE = new RegExp(
  String.raw`\b(compar\w*|contrast\w*|${CHANGE_WORDS}|trac(?:e|es|ed|ing)\b|track(?:s|ed|ing)?\b|evolv\w*|evolution|develop(?:ed|ment)? over|${OVER_TIME_OR_WORKS}|(?:each|every|per)\s+(?:decade|work|text|source|speech|talk|interview)|(?<=\b(?:quot\w*|passages?|excerpts?|lines?|one)\b[^?.!]*)(?:from|for|in|of)\s+(?:each|every)\s+year|(?:decade|year) by (?:decade|year)|timelines?|chronolog\w*|versus|vs\.?|(?:which|what)\s+(?:years|decades)|every\s+(?:year|decade)\s+(?:in\s+which|when|that))\b|${VIEWS_DEVELOP}`,
  'i',
);

/**
 * Two things set apart ("How is self-reliance different from isolation?", "the difference between aid and trade",
 * "with outside help, compared with doing it themselves"):
 * a question of what tells them apart, not of a change across years, unless it names a time or works to set side by
 * side ("his early and late speeches", "in 1961 and 1987").
 */
const THINGS_APART = /\b(?:different\s+from|differs?\s+from|differences?\s+between|distinct\s+from|distinguish(?:es|ed)?|versus|vs|compared\s+(?:with|to))\b/gi;
/**
 * Words of comparing that ask for no comparison, whatever times the question names: a comparison or an analogy the
 * author made, asked for ("What comparison did he use in 1969 …?", "What did he compare self-reliance to?": "what"
 * the object its stranded "to" or "with" asks for; "Where does he compare rich and poor countries?": he compares, as
 * his name read as "he" does, but not with another author, "How does Zhang Chao compare with Kim Il Sung?"), and an origin traced ("trace the origin of the movement to …",
 * "trace it back to 1956"), which asks where something began, not how it went on.
 */
const NO_COMPARING = /\b(?:what|which)\s+(?:comparisons?|contrasts?|analog(?:y|ies))\b|\b(?:(?:does|did|do)\s+)?(?:he|she|they)\s+(?:ever\s+)?(?:compar|contrast)(?:e|es|ed|s)?\b(?!\s+(?:with|to|against)\s+(?:he|him|his|she|her|they|them|their)\b)|^\s*(?:what|whom|who)\b[^?.!]*?\bcompar(?:e|es|ed)\b[^?.!]*?\b(?:to|with)(?:\s+(?:in|during)\s+(?:the\s+)?\d{4}s?)?\s*(?=[?.!]|$)|\btrac(?:e|es|ed|ing)\s+(?:(?:the|its|their|his|her)\s+)?(?:origins?|roots?|sources?|beginnings?)\b|\btrac(?:e|es|ed|ing)\s+(?:[\p{L}'’-]+\s+){0,6}?back\s+to\b/giu;
const TIMES_OR_WORKS = new RegExp(String.raw`\b(?:(?:${YEAR_NUMBER})s?|years?|decades?|periods?|times?|early|earlier|late|later|before|after|then|now|${KINDS_OF_WORK}|speeches|talks|interviews|articles|works?|texts?|writings?)\b`, 'i');
/** "in these texts", "according to the sources": the collection as where to look, no works set side by side. */
const IN_THE_COLLECTION = /\b(?:in|from|according\s+to)\s+(?:the|these|those|this|his)\s+(?:texts|works|sources|writings|documents|collection)\b/gi;
/**
 * `CHANGE_WORDS` ask how something went across the years only when said of the author's words or views, of a move from
 * one thing to another, or of the times or works the question names: "Has his view of aid changed?", "How consistent
 * was he?", "a shift from self-reliance to collective self-reliance", not "a change in their attitude", "the night
 * shift", "the difference made by the movement", "the consistency of steel".
 */
const CHANGING = new RegExp(String.raw`\b(?:${CHANGE_WORDS})`, 'gi');
const AUTHOR = 'he';
const A_CHANGE_TO_FOLLOW = new RegExp(
  String.raw`\bhis\s+(?:(?:own|early|earlier|later|overall)\s+)?(?:views?|thinking|ideas?|positions?|stance|attitudes?|opinions?|tone|emphasis|language|rhetoric|approach|line|polic(?:y|ies)|message|focus|understanding|words?|statements?|remarks?)\b` +
    String.raw`|\b${AUTHOR}\s+(?:ever\s+)?(?:chang|shift|differ)\w*|\b(?:did|does|has|had|was|is)\s+${AUTHOR}\s+(?:ever\s+|always\s+|really\s+)?(?:chang|shift|differ|consistent|inconsistent)\w*|\bhow\s+(?:in)?consistent\s+(?:was|is)\s+${AUTHOR}\b` +
    String.raw`|\b(?:chang|shift)\w*\s+from\b[^?.!]*?\bto\b`,
  'i',
);
/** The authors' names are read as "he" ("Has Kim Il Sung's view changed?" as "Has his view changed?"). */
const comparesAcrossTime = (asked: string, authors: readonly string[]): boolean => {
  const text = authorsAsHe(asked, authors).replace(NO_COMPARING, ' ');
  if (TIMES_OR_WORKS.test(text.replace(IN_THE_COLLECTION, ' '))) return COMPARE.test(text);
  const apart = text.replace(THINGS_APART, ' ');
  const unchanged = apart.replace(CHANGING, ' ');
  // A change asked with nothing else, as a follow-up asks of the topic before ("Has it changed?", "Any difference?").
  return COMPARE.test(A_CHANGE_TO_FOLLOW.test(apart) || contentTokens(unchanged).length === 0 ? apart : unchanged);
};

/** How many different years or decades a text writes ("1987 … 1987" is one). */
const distinctYearMentions = (text: string): number => new Set([...text.matchAll(YEAR)].map((m) => m[0])).size;

/**
 * One time set against the others: "aid in 1987 compared to other years", "the 1987 speech compared with his earlier
 * speeches", "his 1961 speech against later works", "How does 1987 compare to the rest?", "How did the 1993 speech
 * differ from earlier works?". The side word says which
 * others: earlier ones, later ones, or all; a kind of work after it keeps to that kind ("his earlier speeches").
 */
const AGAINST_THE_OTHERS = new RegExp(
  String.raw`(?:(?<=\b(?:compar\w*|contrast\w*)\b[^?.!]*?)\b(?:with|to|against)|\b(?:versus|vs\.?)|\b(?:differ(?:s|ed|ing)?|different)\s+from)\s+(?:(?:his|her|their|the|its|all|any|what\s+(?:he|she|they)\s+said\s+in)\s+)*(?:(?<earlier>earlier|previous|prior|former|preceding|older)|(?<later>later|subsequent|following|newer)|others?\b|remaining|rest)\b(?:\s+(?:(?<kinds>(?<kind>${KINDS_OF_WORK})(?:e?s)?)|ones|years|decades|works|texts|times)\b)?`,
  'i',
);
/** The time itself set against the rest: "Compare his views on aid with 1987", "… compare with the 1980s". */
const AGAINST_THE_TIME = new RegExp(String.raw`(?<=\b(?:compar\w*|contrast\w*)\b[^?.!]*?)\b(?:with|to|against)\s+(?:the\s+)?(?:year\s+)?(?:${YEAR_NUMBER})s?\b`, 'i');

/**
 * When a question names one time only, and sets it against the others (`AGAINST_THE_OTHERS`, `AGAINST_THE_TIME`),
 * the works it reads: those of every time, or up to it ("earlier"), or from it on ("later"); of a kind, if the other
 * side names one. Null for any other question, whose times are kept to as named.
 */
function againstTheOthers(
  text: string,
  years: ReadonlySet<number> = yearsAskedAbout(text),
  timesNamed: number = distinctYearMentions(text),
): { bounds: YearBounds | null; kinds: KindNamed[]; side: RegExpExecArray } | null {
  if (timesNamed !== 1 || years.size === 0 || text.search(RANGE) >= 0 || text.search(BOUND) >= 0 || text.search(BOTH_SIDES) >= 0) return null;
  const others = AGAINST_THE_OTHERS.exec(text);
  const side = others ?? AGAINST_THE_TIME.exec(text);
  if (!side) return null;
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const said = first === last ? String(first) : `${first}–${last}`;
  const bounds = others?.groups!.earlier ? { to: last, text: `until ${said}` } : others?.groups!.later ? { from: first, text: `from ${said} on` } : null;
  const kind = others?.groups!.kind?.toLowerCase();
  return { bounds, kinds: kind ? [{ years: null, kind }] : [], side };
}

/**
 * The text with one time set against the others (`againstTheOthers`) said as the works it reads, for a search text
 * without its words of comparison: the time (with a kind of work it dates) and the other side left out, but for a kind
 * the other side names, and the bound said ("How did his view of aid compare with his earlier ones?" → "How did his
 * view of aid compare until 1987").
 */
export function othersSaid(text: string): string {
  const against = againstTheOthers(text);
  if (!against) return text;
  const { side } = against;
  const kinds = side.groups?.kinds;
  const asked = `${text.slice(0, side.index)}${kinds ? ` his ${kinds}` : ' '}${text.slice(side.index + side[0].length)}`;
  const times = spansOf(asked, [KIND_WITH_YEAR, MONTH_YEAR, PART_OF_YEAR, PART_OF_DECADE, YEAR]);
  const inATime = (i: number) => times.some(([start, end]) => i >= start && i < end);
  // The time's own preposition goes with it ("aid in 1987 compared to …").
  const without = [...asked]
    .map((c, i) => (inATime(i) ? '\u0000' : c))
    .join('')
    .replace(/(?:\b(?:in|of|from|during)\s+)?(?:\b(?:the|his|her|their)\s+)?\u0000+/gi, ' ');
  return against.bounds ? `${without.replace(/[\s?.!]+$/, '')} ${against.bounds.text}` : without;
}

/** A span of years written with a dash, its end whole or without the century: "1980–1989", "the 1950-53 war", "1961–67". */
const DASHED_SPAN = new RegExp(String.raw`\b(${YEAR_NUMBER})\s*[-–]\s*(${YEAR_NUMBER}|\d{2})\b(?![-–]?\d)`, 'g');

/**
 * The years a text names: years, decades ("the 1980s" → 1980…1989), parts of decades ("the early 1980s" →
 * 1980…1983) and ranges ("from 1945 to 1956", "1980–1989", "1950-53").
 */
export function yearsNamed(text: string): Set<number> {
  return new Set(timesNamed(text).flatMap(([first, last]) => range(first, last)));
}

/**
 * The first year of each time a text names apart, in order: "the 1970s or the 1980s" → 1970, 1980; "1986 or 1987" →
 * 1986, 1987; a range one time ("from 1961 to 1970" → 1961). Where a run of its years (`yearsNamed`) is two times.
 */
export const timesApart = (text: string): number[] => [...new Set(timesNamed(text).map(([first]) => first))].sort((a, b) => a - b);

/** Each time a text names (`yearsNamed`), as its first and last year; a range's ends are no times of their own. */
function timesNamed(text: string): [number, number][] {
  const times: [number, number][] = [];
  const dashed = (first: number, end: string) => [first, end.length === 2 ? first - (first % 100) + Number(end) : Number(end)] as const;
  const rest = text
    .replace(DASHED_SPAN, (span, a: string, b: string) => {
      const [first, last] = dashed(Number(a), b);
      if (last <= first) return span;
      times.push([first, last]);
      return ' ';
    })
    .replace(RANGE, (span, ...m: (string | undefined)[]) => {
      const ends = [
        [m[0] ?? m[2], m[1] ?? m[3]],
        [m[4], m[5]],
      ].flatMap(([year, decade]) => [Number(year), Number(year) + (decade ? 9 : 0)]);
      const [a, b] = [Math.min(...ends), Math.max(...ends)];
      if (b - a > 100) return span;
      times.push([a, b]);
      return ' ';
    })
    .replace(PART_OF_DECADE, (_, part: string, decade: string) => {
      const years = yearsOfPart(part, Number(decade));
      times.push([years[0]!, years.at(-1)!]);
      return ' ';
    });
  for (const m of rest.matchAll(YEAR)) {
    const y = Number(m[1]);
    times.push([y, m[2] ? y + 9 : y]);
  }
  return times;
}

/** Ordinal words, first to tenth, in order: "the Third Seven-Year Plan", "the second one". */
export const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

const THINKING_VERBS = 'think|thinks|thought|feel|feels|felt|believe|believes|believed';
/** Verbs of opinion that are nouns too ("say about regard", "a view"): an opinion asked only right after its subject, "did he view". */
const OPINION_VERBS = 'view|views|viewed|regard|regards|regarded';
/** Nouns for a view someone holds (a pattern's source). */
export const VIEW_NOUNS = 'views?|opinions?|thoughts|thinking|attitudes?|stances?|positions?|feelings?|beliefs?|perspectives?|emphasis|focus|priorities';
/** The pattern of `stanceWords` for these authors, made once per list of authors (a corpus has one; each question is parsed several times). */
const stancePatterns = new Map<string, RegExp>();
function stancePattern(authors: readonly string[]): RegExp {
  const key = authors.join('\n');
  let pattern = stancePatterns.get(key);
  if (!pattern) {
    const people = authors.map((a) => nameWords(a).join(String.raw`\s+`)).filter(Boolean);
    const owner = [String.raw`his|her|their|your`, ...people.map((name) => String.raw`${name}['’]s`)].join('|');
    const subject = [String.raw`he|she|they|you`, ...people].join('|');
    pattern = new RegExp(
      String.raw`(?<=\b(?:(?:did|does|do|would|has|had)(?:n['’]t)?\s+(?:\S+\s+){1,4}?|(?:he|she|they|you)\s+(?:really\s+|also\s+)?))(?:${THINKING_VERBS})\b|(?<=\b(?:(?:did|does|do|would)(?:n['’]t)?\s+)?(?:${subject})\s+)(?:${OPINION_VERBS})\b|(?<=\b(?:${owner})\s+(?:(?:own|early|later|personal|overall|general)\s+)?)(?:${VIEW_NOUNS}|take)\b`,
      'gi',
    );
    stancePatterns.set(key, pattern);
  }
  return pattern;
}

/**
 * A verb of thinking whose subject is the one asked about ("what did he think of", "why did Kim Il Sung think that",
 * "how he felt about"), or a noun for a view that is theirs ("his view of", "their attitude towards", "his take on", "in his
 * opinion"): the words ask what someone thought and name no topic. "The attitude of officials" and "independent
 * thinking" are topics and stay.
 */
function stanceWords(text: string, authors: readonly string[]): (token: Token) => boolean {
  const starts = new Set([...text.matchAll(stancePattern(authors))].map((m) => m.index));
  return (t) => starts.has(t.start);
}

/** How `parseQuery` reads a question, as the ranking options say. */
export interface ReadOptions {
  /** Whether a kind of work named with a year ("the 1987 talk") keeps the year to its works (`RankingOptions.kindsNamed`). */
  kinds?: boolean;
  /** Whether words asking what someone thought are left out of the words to look for (`stanceWords`, `RankingOptions.stanceWords`). */
  stance?: boolean;
  /** The authors of the texts: "Kim Il Sung's view of" asks for a view as "his view of" does. */
  authors?: readonly string[];
}

/**
 * One of each of several times or kinds asked: "one quote from the 1960s and one from the 1980s", "a quote from 1961 and
 * another from 1987", "one quote on aid from before 1970 and one after", "one from a speech and one from an interview".
 */
export const ONE_OF_EACH = /\b(?:one|a)\b[^?.!]*?\band\s+(?:one|another)\s+(?:from|of|in|before|after)\b/i;

export function parseQuery(text: string, metadataWords: ReadonlySet<string>, { kinds = true, stance = true, authors = [] }: ReadOptions = {}): ParsedQuery {
  const named = text.replace(BOUND, ' ');
  const distinctMentions = distinctYearMentions(text);
  const compare = comparesAcrossTime(text, authors) || distinctMentions >= 2 || text.search(RANGE) >= 0 || text.search(BOTH_SIDES) >= 0;
  const asked = yearsAskedAbout(text);
  const againstOthers = compare ? againstTheOthers(text, asked, distinctMentions) : null;
  const years = againstOthers ? new Set<number>() : asked;
  const words = tokenize(text);
  // A month or a part of a time named with its year ("June 1987", "early 1987") is a time, as the year is, not a word to
  // look for; so is a kind of work kept to ("from an interview", "the 1974 talk").
  const spans = [...timeSpans(text), ...(kinds ? spansOf(text, KIND_KEPT_TO) : [])];
  const inTime = (t: Token) => spans.some(([start, end]) => t.start >= start && t.end <= end);
  const asksAStance = stance ? stanceWords(text, authors) : () => false;
  // An author's name is no word to look for, but the same word in another name is ("Kim San Ho", "Zhang Wei-hua").
  const namesAnAuthor = (t: Token, i: number) => metadataWords.has(t.word) && !inAnotherName(text, words, i, metadataWords);
  const tokens = words.filter((t, i) => isContentToken(t) && !namesAnAuthor(t, i) && !/^\d+s?$/.test(t.word) && !inTime(t) && !asksAStance(t));
  const names = new Set(
    capitalsMarkNames(text, words)
      ? tokens.filter((t) => isCapitalised(text, t.start) && !startsSentence(text, t.start) && !CALENDAR_WORDS.has(t.word)).map((t) => t.word)
      : [],
  );
  const quantity = FIGURE.test(text);
  const phrases = quotedPhrases(text)
    .map((p) => p.toLowerCase())
    .filter((p) => p.includes(' '));
  const months = againstOthers ? new Map() : monthsNamed(named);
  const compounds = compoundRuns(text, tokens);
  const kindsKept = againstOthers?.kinds ?? kindsNamed(named);
  // One from each of two kinds named by themselves is a comparison of the two, as one from each of two times is.
  const eachKind = ONE_OF_EACH.test(text) && new Set(kindsKept.filter((k) => k.years === null).map((k) => k.kind)).size > 1;
  return { text, tokens, names, quantity, years, timesApart: againstOthers ? [] : timesApart(withoutBothSides(text)), months, kinds: kinds ? kindsKept : [], compare: compare || (kinds && eachKind), yearBounds: againstOthers ? againstOthers.bounds : yearBounds(text), phrases, namePhrases: nameRuns(text, tokens, names), compounds, wordRuns: wordRuns(text, tokens, names) };
}

/** What may stand between two words of one name (a pattern's source). */
export const NAME_JOIN = String.raw`['’]?[\s\-‐–]+`;
/** Whether what stands between two words joins them into one name. */
export const JOINS_A_NAME = new RegExp(`^${NAME_JOIN}$`);

/** Runs of two or more names, joined by spaces or hyphens only (after a plural's apostrophe): "United States", "Workers' Party". */
export function nameRuns(text: string, tokens: readonly Token[], names: ReadonlySet<string>): Token[][] {
  return joinedRuns(text, tokens, JOINS_A_NAME, (t) => names.has(t.word));
}

/** The query with these words read as its names: its runs of names, and of other words, read again. */
export function withNamesRead(query: ParsedQuery, names: Set<string>): ParsedQuery {
  return { ...query, names, namePhrases: nameRuns(query.text, query.tokens, names), wordRuns: wordRuns(query.text, query.tokens, names) };
}

/** What joins the words of a compound: a hyphen, and nothing else. */
const JOINS_A_COMPOUND = /^[-‐]$/;
/** What joins the words of a run: spaces, or a compound's hyphen. */
const JOINS_A_RUN = /^(?:\s+|[-‐]|\s+of\s+(?:the\s+)?)$/i;
/** Runs of two or more words joined by hyphens: "self-sufficiency", "Non-Aligned". */
const compoundRuns = (text: string, tokens: readonly Token[]): Token[][] => joinedRuns(text, tokens, JOINS_A_COMPOUND, () => true);

/** Words in order, the parts of a compound together: "collective self-reliance" is [collective], [self, reliance]. */
export function compoundsOf(text: string, tokens: readonly Token[]): Token[][] {
  const words: Token[][] = [];
  tokens.forEach((t, i) => (i > 0 && JOINS_A_COMPOUND.test(text.slice(tokens[i - 1]!.end, t.start)) ? words.at(-1)!.push(t) : words.push([t])));
  return words;
}

/**
 * Runs of two or more words with spaces (or "of") between them, of no name: "foreign trade", "working class", "division
 * of labour", a compound counting as one word ("collective self-reliance"); not a compound alone, which
 * `compoundRuns` reads.
 */
function wordRuns(text: string, tokens: readonly Token[], names: ReadonlySet<string>): Token[][] {
  return joinedRuns(text, tokens, JOINS_A_RUN, (t) => !names.has(t.word)).filter((run) => compoundsOf(text, run).length > 1);
}

/** Runs of two or more tokens that `kept`, each joined to the one before by what `joins` matches. */
function joinedRuns(text: string, tokens: readonly Token[], joins: RegExp, kept: (t: Token) => boolean): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const t of tokens) {
    const joined = run.length > 0 && joins.test(text.slice(run.at(-1)!.end, t.start));
    if (!kept(t) || !joined) {
      if (run.length > 1) runs.push(run);
      run = [];
    }
    if (kept(t)) run.push(t);
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

// In single quotation marks, an apostrophe between letters ("Korea's") is part of a word, not the closing mark.
const QUOTATION = /“([^”]+)”|"([^"]+)"|(?<![\p{L}\p{N}])['‘]((?:[^'’]|(?<=\p{L})['’](?=\p{L}))+?)['’](?![\p{L}\p{N}])/gu;

/** The text with each phrase in quotation marks blanked out, marks and all (offsets kept): words quoted point at nothing ("this study" in a quotation). */
export const withoutQuotations = (text: string): string => text.replace(QUOTATION, (m) => ' '.repeat(m.length));

/** Phrases the question puts in quotation marks: “…”, "…" or '…' (not apostrophes inside words), as written. */
export function quotedPhrases(text: string): string[] {
  return quotedSpans(text).map((q) => q.phrase);
}

/** `quotedPhrases`, each with where its words stand inside its marks. */
export function quotedSpans(text: string): { phrase: string; start: number; end: number }[] {
  const found: { phrase: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(QUOTATION)) {
    const inside = m[1] ?? m[2] ?? m[3] ?? '';
    const phrase = inside.replace(/\s+/g, ' ').trim();
    if (phrase.length >= 4) found.push({ phrase, start: m.index + 1, end: m.index + 1 + inside.length });
  }
  return found;
}

/** Capitalised by convention, not because they name something. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

/**
 * Whether capitals mark names in this text: they do in ordinary writing, where the function words after the first
 * word are in lower case; not in Title Case or all capitals ("What Did He Say About Famine?"), where every word has one.
 */
function capitalsMarkNames(text: string, words: readonly Token[]): boolean {
  const functionWords = words.slice(1).filter((t) => t.word.length > 1 && STOPWORDS.has(t.word));
  return functionWords.filter((t) => isCapitalised(text, t.start)).length * 2 <= functionWords.length;
}

function isCapitalised(text: string, start: number): boolean {
  const c = text[start]!;
  return c !== c.toLowerCase();
}

function startsSentence(text: string, start: number): boolean {
  return /(?:^|[.?!:]\s+|["“‘(]\s*)$/.test(text.slice(0, start));
}
