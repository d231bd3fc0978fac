/**
 * The works a question about the collection lists (pure): those the filters let through, of the years the question
 * names or bounds ("Which works are from the 1970s?"), and of the kind it names ("List his speeches") when some
 * work's title or occasion says it; the kind is reported either way, for the lead to say what was found.
 */
import { pageBounds } from '../corpus/pages.ts';
import type { Paragraph, Work } from '../corpus/types.ts';
import { workMatches, type PassageFilters } from '../retrieval/filters.ts';
import { nameWords, primaryAuthor } from '../retrieval/authors.ts';
import { isOfKind, isWorkOfKind, KINDS_BY_NAME, monthNumber, ofKindSaid, oneOfKind, OTHER_KINDS_OF_TEXT, timeKept, yearRuns, yearsNamedWhole, type ParsedQuery } from '../retrieval/query.ts';
import { contentTokens, STOPWORDS, TEXT_WORDS, tokenize, type Span, type Token } from '../retrieval/text.ts';
import { AUTHOR_WORDS, HOLDING_WORDS, OCCASIONS_ASKED, WORK_NOUNS } from './source-words.ts';
import type { LeadPart } from '../contract.ts';
import { byDate, byline, describeDates, formatDate, formatPages, NO_PAGES, occasionAndPlace, otherAuthor, plural, timeAsked, withFullStop } from './format.ts';
import { lead, singledOut, workList } from './item.ts';

export interface CollectionAsked {
  /** In the collection's order. */
  works: Work[];
  /** " from 1970–1979", " from June 1987", " dated after 1980": the time the question keeps to (`timeAsked`); "" for none. */
  time: string;
  /** The time in years only (" from 1987"): the works' dates are worth saying when they say more. */
  timeInYears: string;
  /** The kind of work the question names, as titles write it ("speech"), and whether a title or occasion says it. */
  kind: { word: string; found: boolean } | null;
  /**
   * Words of titles asked among the works of a kind ("Which speeches have “self-reliance” in their titles?"): that
   * kind, and how many works of it the collection holds; `kind` is then the title's words.
   */
  within?: { word: string; works: number };
  /** Whether `kind` holds the words of where, at what or to whom works were given (`GIVEN_AT`), which some work's heading holds. */
  given?: true;
  /** Asked where or at what the works were given, naming none (`OCCASIONS_ASKED`): each listed with its occasion and place. */
  occasions?: true;
  /** Asked where works of a kind were given, when none of that kind was: the works of other kinds whose headings say it. */
  givenOtherwise?: Work[];
  /** Each work's size (by id) as the collection prints it (`sizesOfWorks`), for a question of which is longest, or how long. */
  sizes?: ReadonlyMap<string, WorkSize>;
  /** The authors the works were kept to, when that left out a work of another ("Which works are by Kim Il Sung?"). */
  by?: readonly string[];
  /**
   * "Which works are not speeches?": the works of the collection (those the filters let through) that are not among
   * `works`, which the question would otherwise list.
   */
  outside?: Work[];
  /** Two kinds or more asked for together ("How many speeches and interviews are there?"): the works of each, listed in turn. */
  eachKind?: CollectionAsked[];
  /**
   * The works asked for are those whose metadata lacks this: a date ("Which works are undated?") or pages ("Which works
   * have no page numbers?").
   */
  lacking?: 'date' | 'pages';
  /**
   * Asked what share of the works they are ("What percentage of the works are interviews?", `SHARE_ASKED`): of how many,
   * and of which kind when it is of works of one ("What percentage of his speeches are from the 1980s?").
   */
  shareOf?: { works: number; kind?: string };
}

/** A share asked of the works of a kind: "of his speeches", "of the interviews" (group 1). */
const SHARE_OF_A_KIND = /\b(?:percentage|per\s*cent|proportion|fraction|share|how\s+many)\s+of\s+(?:the|his|these|all\s+the)\s+(speeches|talks|interviews)\b/i;
/** "What percentage (proportion, fraction, share) of the works …?", "How many of his texts …?": a share of the works asked. */
export const SHARE_ASKED = /\b(?:what|which)\s+(?:percentage|per\s*cent|proportion|fraction|share)\b|\bhow\s+many\s+of\s+(?:the|his|these|all\s+the)\s+(?:works|texts|sources|documents|speeches|talks|interviews)\b/i;

/**
 * "Is the 1961 speech complete or an excerpt?", "Which works are excerpts?", "Are these full texts or excerpts?", "Is the
 * 1993 speech complete?", "Is it the full text?": whether the source prints the works asked about whole, which their
 * headings say ("(Excerpts)").
 */
export const EXCERPTS_ASKED =
  /\b(?:(?:complete|whole|full(?:\s+texts?)?|in\s+full)\s+or\s+(?:an?\s+)?)?(?:excerpts?|excerpted|abridged|extracts)\b(?:\s+or\s+(?:complete|whole|full(?:\s+texts?)?|in\s+full))?|(?<=(?:^|[?.!]\s+)\s*(?:is|are|was|were)\s+(?:the|this|that|these|those|his|it)\b[^?.!]*?\s)(?:complete|unabridged|(?:printed\s+)?in\s+full|the\s+(?:full|whole|complete)\s+(?:texts?|versions?|speech(?:es)?|talks?|interviews?|works?))(?=\s*(?:[?.!]|$)|\s+of\s+(?:the|these|those|his)\s+(?:speech(?:es)?|talks?|interviews?|works?|texts?)\s*(?:[?.!]|$))/i;

/** "have no", "bears no", "with no": what a work's metadata lacks, said (a pattern's source). */
const HAVING_NO = String.raw`(?:have|has|having|with|bears?|gives?|carry|carries)\s+no`;
/** "Which works have no page numbers?", "… are not paginated?": the works whose source gives no pages. */
const UNPAGED_ASKED = new RegExp(String.raw`\b(?:${HAVING_NO}\s+(?:page\s+numbers?|pages?|pagination)|without\s+(?:any\s+)?(?:page\s+numbers?|pages|pagination)|unpaginated|not\s+paginated)\b`, 'i');
/** "Which works are undated?", "Which works have no date?", "Is any work without a date?": the works whose metadata gives none. */
export const UNDATED_ASKED = new RegExp(String.raw`\b(?:undated|${HAVING_NO}\s+dates?|without\s+(?:a\s+|any\s+)?dates?|not\s+dated)\b`, 'i');

/** Words before a kind in the singular that make it a work ("his most recent talk", "which speech"), not a verb ("did he talk"). */
const BEFORE_A_WORK = new Set('his the a an this that each every which what first last latest earliest oldest newest recent longest shortest lengthiest briefest'.split(' '));

/** Who does what a verb says: after one, "first" or "last" times the verb ("When did he last talk about …?"). */
const SUBJECTS = new Set('he she they we you i it'.split(' '));

/** Words one of which a verb in "-s" follows ("Which work talks about …", "it talks of …"): the kind's plural there is that verb. */
const ONE_DOING = new Set('he she it work text speech interview article passage one who that'.split(' '));

/**
 * The kind of work a question asks for: "his speeches", "his most recent talk", "the Ghana Times interview" (names
 * written in capitals between the determiner and the kind); not "What did he talk about …", "When did he last talk …",
 * "Which work talks about …".
 */
export const kindAsked = (text: string): string | undefined => kindsAsked(text)[0];

/** Words after a verb of talking: "talk about", "talk to", "talk with". */
const TALKED_OF = new Set('about to with of over on'.split(' '));

/** Every kind of work a question asks for (`kindAsked`), in its order: "How many speeches and interviews are there?". */
export function kindsAsked(text: string): string[] {
  const tokens = tokenize(text);
  const words = tokens.map((t) => t.word);
  const named = (i: number) => /^\p{Lu}/u.test(text.slice(tokens[i]!.start));
  // Typed all in lower case, a name says nothing by its case: one or two words that are no function words may stand
  // between "the" and the kind ("the peru talk"), when no word of talking follows it ("the people talk about trade").
  const uncased = !/\p{Lu}/u.test(text);
  const nameInLowerCase = (i: number, kind: number) => uncased && kind - i <= 2 && !STOPWORDS.has(words[i]!) && !TALKED_OF.has(words[kind + 1] ?? '');
  const aWork = (i: number) => {
    let before = i - 1;
    while (before > 0 && (named(before) || nameInLowerCase(before, i))) before--;
    return BEFORE_A_WORK.has(words[before] ?? '') && !SUBJECTS.has(words[before - 1] ?? '');
  };
  const works = (i: number) => !ONE_DOING.has(words[i - 1] ?? '');
  const kinds = words.flatMap((word, i) => KINDS_BY_NAME.filter((k) => (word === k ? aWork(i) : (word === `${k}s` || word === `${k}es`) && works(i))));
  return [...new Set(kinds)];
}

/** Words asking for the works a question names to be listed: "List the letters", "Show me his lectures". */
const LISTING_WORDS = new Set('list lists listed show find give name tell'.split(' '));
/** Words before a kind in the singular that ask whether the collection holds one: "Is there a diary?", "any letter". */
const ANY_ONE = new Set(['a', 'an', 'any', 'one']);

/**
 * "Which letters are there?", "Are there any lectures in the collection?", "Is there a diary?", "How many articles are
 * there?", "Does the collection have any letters by Kim Il Sung?": a kind of text (`OTHER_KINDS_OF_TEXT`, in the plural
 * or after "a" or "any") the question asks the collection for, naming nothing else (no topic; an author's name, a
 * time, words of holding or listing aside). In the singular.
 */
export function otherKindAsked(question: string, works: readonly Work[]): string | undefined {
  const kind = otherKindToken(question, works);
  return kind && oneOfKind(kind.word);
}

/** The word of the kind of text a question asks the collection for (`otherKindAsked`), as typed. */
function otherKindToken(question: string, works: readonly Work[]): Token | undefined {
  const tokens = tokenize(question);
  const kind = tokens.find((t, i) => isOtherKind(t) && (oneOfKind(t.word) !== t.word || ANY_ONE.has(tokens[i - 1]?.word ?? '')));
  if (!kind) return undefined;
  const names = new Set(works.flatMap((w) => nameWords(w.author)));
  const asksNothingElse = contentTokens(question).every(
    (t) => t.word === kind.word || /^\d/.test(t.word) || [TEXT_WORDS, HOLDING_WORDS, AUTHOR_WORDS, LISTING_WORDS, names].some((set) => set.has(t.word.replace(/['’]s$/, ''))),
  );
  return asksNothingElse ? kind : undefined;
}
/** Whether a word names a kind of text besides those the titles name, in either number ("letters", "diary"). */
const isOtherKind = (t: Token): boolean => OTHER_KINDS_OF_TEXT.has(oneOfKind(t.word));

/**
 * The question with the kind of text it asks the collection for (`otherKindAsked`) as the works: "Which letters are
 * there?" → "Which works are there?", "Is there a diary?" → "Is there a works?", "Did he write any letters?" → "Did he
 * any works?" (read, not shown: the plural is what names the texts, `TEXT_WORDS`).
 */
export function withoutOtherKind(question: string, works: readonly Work[]): string {
  if (!otherKindToken(question, works)) return question;
  // The words of writing or listing go too, which ask of the texts and nothing else: "Did he write any letters?".
  const asking = tokenize(question).filter((t) => isOtherKind(t) || AUTHOR_WORDS.has(t.word) || LISTING_WORDS.has(t.word));
  return asking.reduceRight((text, t) => `${text.slice(0, t.start)}${isOtherKind(t) ? 'works' : ''}${text.slice(t.end)}`, question);
}

/**
 * "Which works have “self-reliance” in their titles?", "Which titles mention Juche?": works asked for by words of their
 * titles (group 1 or 2), which the collection lists.
 */
export const TITLE_HOLDS =
  /\b(?:have|has|with|contain(?:s|ing)?|includ(?:e|es|ing)|mention(?:s|ing)?|us(?:e|es|ing))\s+(?:the\s+(?:words?|terms?|phrase)\s+)?["“'‘]?([^"”’?.!,;]+?)["”'’]?\s+in\s+(?:the|their|its)\s+titles?\b|\btitles?\s+(?:that\s+|which\s+)?(?:contain|mention|include|use|have|has|say)s?\s+(?:the\s+(?:words?|terms?|phrase)\s+)?["“'‘]?([^"”’?.!,;]+?)["”'’]?\s*(?=[?.!]|$)/i;
/** The words a question asks works' titles to hold (`TITLE_HOLDS`), if it does. */
export function titleWordsAsked(question: string): string | null {
  const m = TITLE_HOLDS.exec(question);
  return m ? (m[1] ?? m[2]!).trim() : null;
}

/**
 * "Which speeches were given at a plenary meeting?", "Which works were delivered in Pyongyang?", "Which talks did he
 * give to journalists?", "Which works were addressed to senior officials?", "Which talks were to senior officials?",
 * "Which works were speeches at a plenary meeting?", "How many interviews did he give to Iraqi journalists?": works
 * asked for (or counted) by where, at what or to whom they were given
 * (group 2; group 1 from the word for the works on), which their titles, occasions and places say. "On" and "for" say
 * what a work is about, not where it was given.
 */
const GIVEN_AT = new RegExp(
  String.raw`\b(?:which|what|how\s+many)\s+((?:of\s+(?:the|his)\s+)?(?:${WORK_NOUNS}|addresses)\s+` +
    String.raw`(?:(?:was|were|is|are|did\s+he)\s+(?:given|delivered|made|presented|announced|granted|held|addressed|give|deliver|make|present|grant|address)|(?:was|were|is|are)(?:\s+(?:an?\s+)?(?:${WORK_NOUNS}))?)` +
    String.raw`\s+(?:at|to|in|before)\s+([^?.!;]+?))\s*(?=[?.!;]|$)`,
  'i',
);

/**
 * "Did he speak at the Supreme People's Assembly?", "Has he ever spoken to a plenary meeting?": works given there, asked
 * yes or no as `GIVEN_AT` asks which (its groups); not "What year did he talk to …?", which asks when.
 */
const SPOKE_AT = new RegExp(
  String.raw`^\s*(?:and\s+)?((?:did|has|have)\s+(?:he|kim(?:\s+il\s+sung)?)\s+(?:ever\s+)?(?:speak|spoken|talk|talked|(?:give|given|make|made|deliver|delivered)\s+(?:a\s+)?(?:speech|speeches|talk|talks|address))\s+(?:at|to|in|before)\s+([^?.!;]+?))\s*(?=[?.!;]|$)`,
  'i',
);

/**
 * Where, at what or to whom a question asks works were given (`GIVEN_AT`, `SPOKE_AT`), its terms, the words asking
 * it, and the span asking which works were given there ("speech was delivered at a plenary meeting"); none when it
 * says only when ("in 1987", "in June").
 */
function givenAtAsked(question: string): { words: string; terms: string[]; asking: string; span: Span; spoke: boolean } | null {
  const which = GIVEN_AT.exec(question);
  const m = which ?? SPOKE_AT.exec(question);
  const place = m?.[2] ?? '';
  const kept = tokenize(place).filter((t) => !STOPWORDS.has(t.word) && !/^\d/.test(t.word) && monthNumber(t.word) === 0 && !TIME_WORDS.has(t.word));
  if (kept.length === 0) return null;
  // Said from its first word kept to its last: "Supreme People's Assembly", "Pyongyang" (of "Pyongyang in 1987").
  const words = place.slice(kept[0]!.start, kept.at(-1)!.end);
  const start = m!.index + m![0].lastIndexOf(m![1]!);
  const end = start + m![1]!.length;
  return { words, terms: kept.map((t) => t.term), asking: question.slice(0, end - place.length), span: { start, end }, spoke: which === null };
}

/**
 * The question with the works it asks for by where, at what or to whom they were given read as works asked for, when
 * some work's heading says it ("Which speech was delivered at a plenary meeting?" → "Which works were given?", "Did he
 * speak at a plenary meeting?" → "which works were given?"): no topic to search. Otherwise the question as it is.
 */
export function withoutGivenAt(question: string, works: readonly Work[]): string {
  const given = givenAtAsked(question);
  if (!given || !works.some((w) => headingHolds(w, given.terms))) return question;
  // "Did he speak at …?" asks which works were given there, if any.
  return `${question.slice(0, given.span.start)}${given.spoke ? 'which works were given' : 'works were given'}${question.slice(given.span.end)}`;
}

/** Words saying when, not where: "in the past", "in recent years". */
const TIME_WORDS = new Set(['past', 'recent', 'years', 'year', 'decade', 'decades', 'time', 'period', 'life', 'end', 'beginning', 'early', 'late', 'mid']);

/** How a lead says that works were given where a question asks (`GIVEN_AT`): " whose titles, occasions or places say “Pyongyang”". */
export const givenSaid = (words: string): { one: string; many: string; none: string } => ({
  one: ` whose title, occasion or place says “${words}”`,
  many: ` whose titles, occasions or places say “${words}”`,
  none: `says “${words}” in its title, occasion or place`,
});

/** Whether a work's title, occasion or place holds each of `terms`. */
const headingHolds = (work: Work, terms: readonly string[]): boolean => {
  const held = new Set(tokenize([work.title, work.occasion, work.place].filter(Boolean).join(' ')).map((t) => t.term));
  return terms.every((term) => held.has(term));
};

/** The works of the question as read (`parseQuery`) that the filters let through, and how to say which. */
export function collectionAsked(question: Pick<ParsedQuery, 'text' | 'years' | 'months' | 'kinds' | 'yearBounds'>, works: readonly Work[], filters: PassageFilters): CollectionAsked {
  const asked = worksAsked(question, works, filters);
  const share = SHARE_ASKED.test(question.text) ? { shareOf: shareOf(question.text, works, filters) } : {};
  return { ...asked, ...share, ...(OCCASIONS_ASKED.test(question.text) ? { occasions: true as const } : {}) };
}

/** Of how many works a share asked is: those the filters let through, of the kind asked of if any ("of his speeches"). */
function shareOf(question: string, works: readonly Work[], filters: PassageFilters): NonNullable<CollectionAsked['shareOf']> {
  const named = SHARE_OF_A_KIND.exec(question)?.[1];
  const kind = named === undefined ? undefined : oneOfKind(named);
  const base = works.filter((w) => workMatches(w, filters) && (kind === undefined || isOfKind(w, kind)));
  return { works: base.length, ...(kind ? { kind } : {}) };
}

function worksAsked(question: Pick<ParsedQuery, 'text' | 'years' | 'months' | 'kinds' | 'yearBounds'>, works: readonly Work[], filters: PassageFilters): CollectionAsked {
  const { years, yearBounds } = question;
  if (UNDATED_ASKED.test(question.text)) return { works: works.filter((w) => workMatches(w, filters) && w.year === null), time: ' with no date', timeInYears: '', kind: null, lacking: 'date' };
  if (UNPAGED_ASKED.test(question.text)) return { works: works.filter((w) => workMatches(w, filters) && !w.pages), time: ` for which ${NO_PAGES}`, timeInYears: '', kind: null, lacking: 'pages' };
  const filtered = works.filter((w) => workMatches(w, filters));
  const kept = timeKept(filtered, question);
  const inTime = filtered.filter(kept.asked);
  const asked = { years: [...years].sort((a, b) => a - b), bounds: yearBounds };
  // Asked by where they were given (of the kind named, if any), the works whose headings say it; none saying it, the
  // question is searched.
  const givenAt = givenAtAsked(question.text);
  const givenKind = givenAt && kindAsked(givenAt.asking);
  const given = givenAt ? inTime.filter((w) => headingHolds(w, givenAt.terms) && (!givenKind || isOfKind(w, givenKind))) : [];
  const titleWords = given.length ? null : titleWordsAsked(question.text);
  const kindWord = kindAsked(titleWords ? question.text.replace(TITLE_HOLDS, ' ') : question.text) ?? (given.length ? undefined : otherKindAsked(question.text, works));
  const word = given.length ? givenAt!.words : (titleWords ?? kindWord);
  // The lead says the kind asked ("with “speech” in their titles"); the time does not say it again.
  const kinds = new Map([...kept.kinds].map(([year, named]) => [year, new Set([...named].filter((k) => k !== word))] as const).filter(([, named]) => named.size > 0));
  const said = { time: timeAsked({ ...asked, months: kept.months, kinds }), timeInYears: timeAsked(asked) };
  if (givenAt && given.length) return { works: given, ...said, kind: { word: givenAt.words, found: true }, given: true };
  // "Which speeches were given to officials?", when a talk was and no speech: the speeches, none of them given there.
  const givenOtherwise = givenKind ? filtered.filter((w) => headingHolds(w, givenAt!.terms)) : [];
  const ofGivenKind = givenOtherwise.length ? inTime.filter((w) => isOfKind(w, givenKind!)) : [];
  if (ofGivenKind.length) return { works: ofGivenKind, ...said, kind: { word: givenAt!.words, found: false }, within: { word: givenKind!, works: ofGivenKind.length }, given: true, givenOtherwise };
  if (!word) return { works: inTime, ...said, kind: null };
  const ofTheKind = titleWords && kindWord ? inTime.filter((w) => isOfKind(w, kindWord)) : [];
  if (titleWords && kindWord && ofTheKind.length) {
    const holding = ofTheKind.filter((w) => isOfKind(w, titleWords));
    // None holding them: the works of the kind, said to be none of them.
    return { works: holding.length ? holding : ofTheKind, ...said, kind: { word: titleWords, found: holding.length > 0 }, within: { word: kindWord, works: ofTheKind.length } };
  }
  // "Which speeches are from 1978?", when some work is a speech and none of 1978 is: the works of 1978, none of them one.
  const ofTheTime = () => filtered.filter(timeKept(filtered, { ...question, kinds: question.kinds.filter((k) => k.years !== null) }).asked);
  const primary = primaryAuthor(works);
  const ofKindAsked = (kind: string): CollectionAsked => {
    const ofKind = inTime.filter((w) => isWorkOfKind(w, kind, primary));
    return ofKind.length ? { works: ofKind, ...said, kind: { word: kind, found: true } } : { works: inTime.length ? inTime : ofTheTime(), ...said, kind: { word: kind, found: false } };
  };
  const kindsNamed = titleWords ? [] : kindsAsked(question.text);
  return kindsNamed.length > 1 ? { ...ofKindAsked(word), eachKind: kindsNamed.map(ofKindAsked) } : ofKindAsked(word);
}

/**
 * The works a question about the collection asks about (`collectionAsked`), kept to the authors it asks about
 * (`keptToAuthors`: named, or "he"), which the answer says when it leaves out another's work.
 */
export function collectionOfAuthors(question: Pick<ParsedQuery, 'text' | 'years' | 'months' | 'kinds' | 'yearBounds'>, works: readonly Work[], filters: PassageFilters, authors: ReadonlySet<string>): CollectionAsked {
  const all = collectionAsked(question, works, filters);
  if (authors.size === 0) return all;
  const theirs = collectionAsked(question, works.filter((w) => authors.has(w.author)), filters);
  // A share is of every work the filters let through, whoever wrote those asked about.
  return theirs.works.length < all.works.length ? { ...theirs, by: [...authors], ...(all.shareOf ? { shareOf: all.shareOf } : {}) } : all;
}

/**
 * "Which works are not speeches?" (`Intent.notAmong`): the works of `scope` that those asked about leave out
 * (`CollectionAsked.outside`); the question as asked when it names no kind, author or time the works are kept to.
 */
export function outsideAsked(asked: CollectionAsked, notAmong: boolean, scope: readonly Work[]): CollectionAsked {
  // "Which texts are not dated?" ("… not paginated?") asks for the undated ones, which the question reads already (`UNDATED_ASKED`, `UNPAGED_ASKED`).
  const keptTo = (asked.kind?.found || asked.by || asked.time) && !asked.lacking;
  return notAmong && keptTo && !asked.eachKind ? { ...asked, outside: scope.filter((w) => !asked.works.includes(w)) } : asked;
}

/**
 * For years no work is from, the dated works nearest them that the filters let through: for each run of years, the
 * last before it and the first after ("1975": the 1974 talk and the 1978 talk), in date order.
 */
export function worksAround(works: readonly Work[], years: ReadonlySet<number>, filters: PassageFilters): Work[] {
  const dated = works.filter((w) => w.year !== null && workMatches(w, filters)).sort(byDate);
  const around = yearRuns(years).flatMap(({ first, last }) => [dated.findLast((w) => w.year! < first), dated.find((w) => w.year! > last)]);
  return dated.filter((w) => around.includes(w));
}

/**
 * The works from any of the years that the filters let through ("Compare the 1960s and the 1980s"), of the months named
 * with them ("in June 1979 or June 1987", `timeKept`); a year also named by itself is one side of a comparison, whole
 * ("the 1987 South-South speech and the January 1987 speech").
 */
export function worksFrom(time: Pick<ParsedQuery, 'text' | 'years' | 'months'>, works: readonly Work[], filters: PassageFilters): Work[] {
  const whole = yearsNamedWhole(time.text);
  const { named } = timeKept(works, { years: time.years, months: new Map([...time.months].filter(([year]) => !whole.has(year))), kinds: [] });
  return works.filter((w) => w.year !== null && named(w) && workMatches(w, filters));
}

/**
 * "What did he say about aid?" with the filters set to 1962–1966 (or to the 1961 speech, from 1980): no work is within
 * the dates they set, which the answer says, with the dated works nearest them, not "The sources do not address this
 * question"; null when some work is.
 */
export function noWorkInFilters(filters: PassageFilters, works: readonly Work[]): LeadPart[] | null {
  if ((filters.from === undefined && filters.to === undefined) || works.some((w) => workMatches(w, filters))) return null;
  const dates = filters.from && filters.to ? `from ${filters.from} to ${filters.to}` : filters.from ? `from ${filters.from} on` : `up to ${filters.to}`;
  const primary = primaryAuthor(works);
  const work = works.find((w) => w.id === filters.work);
  if (work) return lead(workList([work], primary), ` is not within the dates the filters set (${dates}).`);
  const dated = works.filter((w) => w.date !== null && workMatches(w, { ...filters, from: undefined, to: undefined })).sort(byDate);
  const before = filters.from === undefined ? undefined : dated.findLast((w) => !workMatches(w, { from: filters.from }));
  const after = filters.to === undefined ? undefined : dated.find((w) => !workMatches(w, { to: filters.to }));
  const nearest = [before, after].filter((w): w is Work => w !== undefined);
  return lead(`No work is within the dates the filters set (${dates}).`, nearest.length ? lead(' The nearest in date: ', workList(nearest, primary, '.')) : []);
}

/** Whether the question names years and no work the filters let through is from any of them ("the 1965 speech"). */
export const noWorkFrom = (years: ReadonlySet<number>, works: readonly Work[], filters: PassageFilters): boolean =>
  years.size > 0 && worksFrom({ text: '', years: new Set(years), months: new Map() }, works, filters).length === 0;

/** A work's length as the collection prints it. */
export interface WorkSize {
  words: number;
  paragraphs: number;
}

/** How many words and paragraphs each work holds, by work id. */
export function sizesOfWorks(paragraphs: readonly Paragraph[]): Map<string, WorkSize> {
  const sizes = new Map<string, WorkSize>();
  for (const p of paragraphs) {
    const size = sizes.get(p.workId) ?? { words: 0, paragraphs: 0 };
    sizes.set(p.workId, { words: size.words + (p.text.match(/\S+/g)?.length ?? 0), paragraphs: size.paragraphs + 1 });
  }
  return sizes;
}

/**
 * The works named by a question about them as wholes ("How long is the 1987 speech?"), or those the answer before
 * quoted ("Which of these is longer?"), with their sizes; `time` says which they are (" quoted above").
 */
export const worksNamed = (works: readonly Work[], sizes: ReadonlyMap<string, WorkSize>, time = ''): CollectionAsked => ({ works: [...works], time, timeInYears: '', kind: null, sizes });

/** "2,833 words in 50 paragraphs, pp. 34–44 (11 pages)": a work's size ("… of excerpts" when the source prints no more), and its pages when the source gives them. */
function sizeSaid(work: Work, size: WorkSize | undefined): string {
  const pages = formatPages(undefined, work.pages);
  const bounds = pageBounds(work.pages);
  const count = bounds?.last != null && bounds.last > bounds.first ? ` (${bounds.last - bounds.first + 1} pages)` : '';
  return `${plural(size?.words ?? 0, 'word')} in ${plural(size?.paragraphs ?? 0, 'paragraph')}${work.excerpts ? ' of excerpts' : ''}${pages ? `, ${pages}${count}` : ''}`;
}

/**
 * "How long is the 1987 speech?", "How long are his speeches?": each work asked about by its words, paragraphs and
 * pages as the collection prints it ("*T* (9 June 1987), as the collection prints it: 2,833 words in 50 paragraphs.");
 * several in date order, after how many words (and paragraphs) they hold in all.
 */
export function lengthsOf({ works: unsorted, time, kind, sizes }: CollectionAsked, primaryAuthor: string | null, maxListed: number, byLength = false): LeadPart[] {
  const words = (w: Work) => sizes?.get(w.id)?.words ?? 0;
  const works = [...unsorted].sort(byLength ? (a, b) => words(b) - words(a) || byDate(a, b) : byDate);
  const size = (w: Work) => sizeSaid(w, sizes?.get(w.id));
  const dated = (w: Work) => ` (${formatDate(w.date, w.year)}${byline(otherAuthor(w, primaryAuthor))})`;
  const said = kind ? ofKindSaid(kind.word) : null;
  const none = kind && !kind.found ? lead(`None of the works${time} ${said!.none}. `) : [];
  if (works.length === 1) return [...none, ...lead(singledOut(works[0]!), withFullStop(`${dated(works[0]!)}, as the collection prints it: ${size(works[0]!)}`))];
  const all = works.reduce((sum, w) => sum + words(w), 0);
  const paragraphs = works.reduce((sum, w) => sum + (sizes?.get(w.id)?.paragraphs ?? 0), 0);
  const asked = `${time}${kind?.found ? said!.many : ''}`;
  const listed = works.slice(0, maxListed);
  const more = works.length > listed.length;
  const each = listed.flatMap((w, i) => {
    const said = `${dated(w)}: ${size(w)}`;
    return lead(w, i < listed.length - 1 ? `${said}; ` : more ? `${said}; and ${works.length - listed.length} more.` : withFullStop(said));
  });
  return [...none, ...lead(`The ${plural(works.length, 'work')} of the collection${asked}, as it prints them, hold ${plural(all, 'word')} in ${plural(paragraphs, 'paragraph')} in all; ${byLength ? 'longest first' : 'in date order'}: `), ...each];
}

/**
 * Which of the works asked about (`EXCERPTS_ASKED`) the source prints in excerpts, as their headings say ("(Excerpts)"),
 * and which it prints with no such mark: "Of the 14 works, the collection prints excerpts of 12, as their headings say
 * (“Excerpts”): *T* (…); …; 2 have no such mark: *U* (…); *V* (…)."
 */
export function excerptsOf({ works: unsorted, time, kind }: CollectionAsked, primaryAuthor: string | null, maxListed: number): LeadPart[] {
  const works = [...unsorted].sort(byDate);
  const listed = (some: readonly Work[], end: string) => [
    ...workList(some.slice(0, maxListed), primaryAuthor),
    ...lead(some.length > maxListed ? `; and ${some.length - maxListed} more${end}` : end),
  ];
  const excerpted = works.filter((w) => w.excerpts);
  const unmarked = works.filter((w) => !w.excerpts);
  const MARKED = 'as their headings say (“Excerpts”)';
  if (works.length === 1) {
    const named = workList(works, primaryAuthor);
    return excerpted.length
      ? lead('The collection prints excerpts of ', named, ', not the whole work, as its heading says (“Excerpts”).')
      : lead('The heading of ', named, ' in the collection marks no excerpts.');
  }
  const asked = `${time}${kind?.found ? ofKindSaid(kind.word).many : ''}`;
  if (unmarked.length === 0) return [...lead(`The collection prints excerpts of all ${works.length} of its works${asked}, ${MARKED}: `), ...listed(excerpted, '.')];
  if (excerpted.length === 0) return lead(`The headings of the ${works.length} works${asked} in the collection mark no excerpts.`);
  return [
    ...lead(`Of the ${plural(works.length, 'work')}${asked}, the collection prints excerpts of ${excerpted.length}, ${MARKED}: `),
    ...listed(excerpted, `; ${plural(unmarked.length, 'work')} ${unmarked.length === 1 ? 'has' : 'have'} no such mark: `),
    ...listed(unmarked, '.'),
  ];
}

/**
 * "Who interviewed him?", "Whom did he address?" with no topic: his works asked about, whose titles and occasions say
 * whom each addressed ("*Answers to questions raised by the Iraqi journalists' delegation* (11 October 1971)"); only
 * those that answer an interviewer's questions when the question asks who interviewed him, or that none does. `which`
 * says which works they are, when not the collection's (" quoted above").
 */
export function addresseesOf({ works, timeInYears }: CollectionAsked, interviewers: boolean, primaryAuthor: string | null, maxListed: number, which = ''): LeadPart[] {
  const his = works.filter((w) => w.author === primaryAuthor).sort(byDate);
  const asked = interviewers ? his.filter((w) => isOfKind(w, 'interview')) : his;
  const interview = ofKindSaid('interview');
  if (asked.length === 0) return lead(`None of his works${which}${timeInYears} ${interview.none}.`);
  const listed = asked.slice(0, maxListed);
  const each = listed.flatMap((w, i) => {
    const where = occasionAndPlace(w);
    return lead(w, ` (${formatDate(w.date, w.year)}${where ? `; ${where}` : ''})${i < listed.length - 1 ? '; ' : ''}`);
  });
  const end = asked.length > listed.length ? `; and ${asked.length - listed.length} more.` : '.';
  const dates = timeInYears ? '' : ` (${describeDates(asked)})`;
  const one = asked.length === 1;
  const opening = interviewers
    ? `The title${one ? '' : 's'} of ${one ? 'the one work' : `the ${asked.length} works`}${which}${timeInYears}${one ? interview.one : interview.many}${dates} name${one ? 's' : ''} whom he answered: `
    : `The title${one ? '' : 's'} and occasion${one ? '' : 's'} of ${one ? 'his one work' : `his ${asked.length} works`}${which}${timeInYears}${dates} say whom he addressed${one ? '' : ', in date order'}: `;
  return [...lead(opening), ...each, ...lead(end)];
}

/**
 * Where the works are printed, from their metadata (`Work.source`), each source with how many works and of what
 * years; then the works whose metadata names none, by title, as such ("The sources do not say where …").
 */
export function whereFrom(works: readonly Work[], primaryAuthor: string | null): LeadPart[] {
  const bySource = Map.groupBy(
    works.filter((w) => w.source),
    (w) => w.source!,
  );
  const unsaid = works.filter((w) => !w.source);
  const of = (n: number) => (n === works.length ? (n === 1 ? 'The work is' : `All ${n} works are`) : `${n} of the ${plural(works.length, 'work')} ${n === 1 ? 'is' : 'are'}`);
  const parts: LeadPart[] = [];
  for (const [source, printed] of bySource) parts.push(...lead(`${of(printed.length)} printed in `, { title: source }, ` (${describeDates(printed)}). `));
  if (unsaid.length) {
    const which = bySource.size ? `the other ${unsaid.length === 1 ? 'one is' : `${unsaid.length} are`}` : unsaid.length === 1 ? 'it is' : 'the works are';
    parts.push(...lead(`The sources do not say where ${which} printed: `));
    parts.push(...workList(unsaid, primaryAuthor, '.'));
  }
  return parts;
}

/**
 * "Who wrote these texts?": whose the works asked about are, the main author first, each author with how many and of
 * what years ("Of the 14 works in the collection, 13 are by Kim Il Sung (1961–1993) and 1 by Zhang Chao: *T*
 * (undated)."); the works of an author of one or two are named.
 */
export function authorsOf({ works, time, kind }: CollectionAsked, primaryAuthor: string | null): LeadPart[] {
  const byAuthor = [...Map.groupBy(works, (w) => w.author)].sort(([a, x], [b, y]) => Number(b === primaryAuthor) - Number(a === primaryAuthor) || y.length - x.length);
  const said = kind ? ofKindSaid(kind.word) : null;
  const none = kind && !kind.found ? lead(`None of the works${time} ${said!.none}. `) : [];
  const asked = `in the collection${time}${kind?.found ? (works.length > 1 ? said!.many : said!.one) : ''}`;
  const of = ([author, written]: [string, Work[]]) => (written.length > 2 ? lead(`by ${author} (${describeDates(written)})`) : lead(`by ${author}: `, workList(written, author)));
  if (byAuthor.length === 1) {
    const opening = works.length === 1 ? `The one work ${asked} is ` : `All ${works.length} works ${asked} are `;
    return [...none, ...lead(opening, of(byAuthor[0]!), '.')];
  }
  const each = byAuthor.map(([author, written], i) => lead(`${written.length}${i === 0 ? (written.length === 1 ? ' is ' : ' are ') : ' '}`, of([author, written])));
  const joined = each.flatMap((parts, i) => lead(i === 0 ? '' : i === each.length - 1 ? ' and ' : ', ', parts));
  return [...none, ...lead(`Of the ${plural(works.length, 'work')} ${asked}, `, joined, '.')];
}
