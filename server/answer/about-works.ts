/**
 * Answers about the works themselves, from their metadata alone (pure): the collection listed, the first or last, the
 * longest or shortest of it, a work's title, where its text is, its date when the collection gives none, how to cite
 * works. Nothing is searched or quoted; `extractive.ts` chooses these when a question asks so.
 */
import { authorWithAffiliation, CITE_STYLE_NAMES, type LeadPart } from '../contract.ts';
import type { Work } from '../corpus/types.ts';
import { addresseesSaid } from './addressee.ts';
import { isOfKind, KINDS_BY_NAME, ofKindSaid } from '../retrieval/query.ts';
import { givenSaid, type CollectionAsked, type WorkSize } from './collection.ts';
import type { AnswerOptions, DraftInMode } from './extractive.ts';
import { byDate, byline, decadeOf, describeDates, formatDate, formatPages, inWords, NO_PAGES, occasionAndPlace, otherAuthor, plainTitle, plural, withArticle } from './format.ts';
import type { Intent } from './intent.ts';
import { lead, singledOut, workList, worksJoined } from './item.ts';

/** What a question of the texts' translation gets before where they are printed: the collection names no translator. */
export const NO_TRANSLATOR_LINE = 'The collection names no translator of its texts. ';
/** What a question of the texts' first language gets before where they are printed: the collection does not say it. */
export const NO_ORIGINAL_LANGUAGE_LINE = 'The collection does not say in what language the texts were first written or given. ';
/** What a question of who edited the texts gets before where they are printed: the works' metadata names no editor. */
export const NO_EDITOR_LINE = 'The collection names no editor or compiler of its texts. ';
/** "Did he write these texts himself?": the collection gives each work's author, and says no more of who wrote it. */
export const NO_DRAFTER_LINE = 'The collection gives the author of each work and does not say who drafted or prepared its texts. ';

/** What a question asking how to cite the answer before gets when that answer quoted no work. */
export const NOTHING_CITED_LINE =
  'No quoted work here to cite. Name the works (“Cite the 1961 speech in MLA”, “Cite his speeches from the 1980s”, “a bibliography of the sources”), or ask about a topic, then “How do I cite these?”.';

/**
 * "Cite the 1961 speech in MLA" (`Intent.citation`): "To cite *T* (date) in MLA style:", the citation itself from
 * `workCitation`; "Cite his speeches": "To cite the 3 works with “speech” in their titles or occasions (…):", as
 * a list of the works asked about (`CollectionAsked`); "How do I cite these?": the works of the answer before
 * (`cited`). Null when the question asks for no citation.
 */
export function citedWorks(intent: Intent, collection: CollectionAsked | null | undefined, cited: readonly Work[]): DraftInMode | null {
  const { citation, overview } = intent;
  const of = citation?.of;
  const works = of === 'work' && overview ? [overview] : of === 'collection' ? [...(collection?.works ?? [])].sort(byDate) : of === 'answer' ? [...cited].sort(byDate) : [];
  if (of === 'answer' && works.length === 0) return { mode: 'answer', lead: lead(NOTHING_CITED_LINE), blocks: [] };
  if (!citation || works.length === 0) return null;
  const style = citation.style === 'bibtex' ? ' in BibTeX' : citation.style ? ` in ${CITE_STYLE_NAMES[citation.style]} style` : '';
  const workCitation = { works, style: citation.style };
  const notWritten = notWrittenLine(citation.notWritten);
  if (works.length === 1) {
    const [work] = works as [Work];
    return { mode: 'answer', lead: lead(`${notWritten}To cite `, work, ` (${formatDate(work.date, work.year)}${byline(otherAuthor(work, intent.primaryAuthor))})${style}:`), blocks: [], workCitation };
  }
  if (of === 'answer') return { mode: 'answer', lead: lead(`${notWritten}To cite the ${plural(works.length, 'work')} above (${describeDates(works)})${style}:`), blocks: [], workCitation };
  const { time, kind } = collection!;
  const ofKind = kind?.found ? ofKindSaid(kind.word).many : '';
  const none = kind && !kind.found ? `None of the works${time} ${ofKindSaid(kind.word).none}. ` : '';
  return { mode: 'answer', lead: lead(`${notWritten}${none}To cite the ${plural(works.length, 'work')}${time}${ofKind} (${describeDates(works)})${style}:`), blocks: [], workCitation };
}

/** "Citations here are written in Chicago, MLA, APA or BibTeX, not Harvard. ", for a style asked that the product does not write. */
export const notWrittenLine = (style: string | undefined): string =>
  style ? `Citations here are written in ${inWords(Object.values(CITE_STYLE_NAMES), 'or')}, not ${notWrittenAs(style)}. ` : '';
/** How a form of citing not written is said: "as footnotes", "as in-text citations", "author-date", "Harvard". */
const notWrittenAs = (style: string): string =>
  /notes?$/i.test(style) ? `as ${style.toLowerCase().replace(/s?$/, 's')}` : /^(?:in[\s-]text|parenthetical)/i.test(style) ? 'as in-text citations' : /^author/i.test(style) ? 'author-date' : style;

/** "The sources give no date for *T*, by Zhang Chao."; for "Who wrote the article?", "*T* is by Zhang Chao (Seoul National University); the sources give no date for it." */
export const undatedWorkLead = (work: Work, who: boolean): LeadPart[] =>
  who ? lead(work, ` is by ${plainTitle(authorWithAffiliation(work))}; the sources give no date for it.`) : lead('The sources give no date for ', work, `${byline(work.author)}.`);

/** "When was the article published?" (`Intent.workDate`): the work it points at, when its metadata gives no date. */
export function undatedWorkAsked(intent: Intent): Work | null {
  const work = intent.workDate && intent.secondary.length === 1 ? intent.secondary[0]! : null;
  return work && work.date === null && work.year === null ? work : null;
}

/**
 * A question about the collection itself, with no topic but years or a kind of work, if any ("What works are in the
 * collection?", "How many sources are there?", "Which works are from the 1970s?", "List his speeches"): its works
 * (of those years, of that kind) by title and date, in date order, from the metadata alone; no passage is quoted.
 */
export function listOfWorks(collection: CollectionAsked, options: AnswerOptions): DraftInMode {
  const { eachKind, ...asked } = collection;
  // "How many speeches and interviews are there?", "the longest of his speeches and interviews": each kind in turn.
  if (eachKind) return { mode: 'answer', lead: eachKind.flatMap((ofKind, i) => [...(i ? lead(' ') : []), ...listOfWorks({ ...ofKind, sizes: asked.sizes, ...(asked.shareOf ? { shareOf: asked.shareOf } : {}) }, options).lead]), blocks: [] };
  if (asked.outside) return { mode: 'answer', lead: worksOutside(asked, asked.outside, options.intent.primaryAuthor), blocks: [] };
  const { works: unsorted, time, timeInYears, kind, within, sizes, given, givenOtherwise, by, lacking } = asked;
  if (lacking === 'date' && unsorted.length === 0) return { mode: 'answer', lead: lead(EVERY_WORK_DATED_LINE), blocks: [] };
  if (lacking === 'pages' && unsorted.length === 0) return { mode: 'answer', lead: lead(EVERY_WORK_PAGED_LINE), blocks: [] };
  const works = [...unsorted].sort(byDate);
  const listed = works.slice(0, options.maxListedWorks);
  // The works' dates, unless they say no more than the time asked ("2 works from 1987", "1 work with no date") or the
  // one work listed says them.
  const dates = lacking === 'date' || works.length === 1 || describeDates(works) === timeInYears.replace(' from ', '') ? '' : ` (${describeDates(works)})`;
  const said = kind ? kindSaid(kind.word, given) : null;
  const ofKind = ofTheKindAsked(asked, works.length);
  // "Which interviews have “Korea” in their titles?": the works of that kind, then those of them whose titles hold the words.
  const ofWithin = within && `The collection holds ${plural(within.works, 'work')}${time}${ofKindSaid(within.word)[within.works > 1 ? 'many' : 'one']}; `;
  if (ofWithin && !kind?.found) {
    // "Which talks were given to journalists?": none, and the works of other kinds that were, with where they were given.
    const others = givenOtherwise?.length ? [...lead(`; ${plural(givenOtherwise.length, 'other work')} ${givenOtherwise.length > 1 ? 'do' : 'does'}: `), ...workList([...givenOtherwise].sort(byDate), options.intent.primaryAuthor, '.', occasionAndPlace)] : lead('.');
    return { mode: 'answer', lead: [...lead(`${ofWithin}none of them ${said!.none}`), ...others], blocks: [] };
  }
  const among = time || ofKind ? `the collection's works${time}${ofKind}` : 'the collection';
  const holds = ofWithin ? `${ofWithin}${works.length} of them${ofKind}` : `The collection holds ${plural(works.length, 'work')}${byAuthorsSaid(by)}${time}${ofKind}`;
  const parts = [
    ...(kind && !kind.found ? lead(`None of the works${time} ${said!.none}. `) : []),
    ...(asked.shareOf && (kind?.found || time || by) ? lead(shareSaid(works.length, asked.shareOf.works, asked.shareOf.kind)) : []),
    ...(options.intent.worksByTime ? lead(byTime(works, options.intent.worksByTime)) : []),
    ...firstOrLast(works, options.intent.order, among),
    ...longestOrShortest(works, options.intent, sizes, among),
    ...lead(`${holds}${dates}${works.length > 1 ? ', in date order' : ''}: `),
  ];
  // Asked where they were given, each work with its occasion and place, which say it; asked their pages, with its pages.
  const each = workList(listed, options.intent.primaryAuthor, '', given || asked.occasions ? occasionAndPlace : options.intent.page && lacking !== 'pages' ? pagesOfWork : undefined);
  parts.push(...each, ...lead(works.length > listed.length ? `; and ${works.length - listed.length} more.` : '.'));
  return { mode: 'answer', lead: parts, blocks: [] };
}

/** "6 of the 14 works, 43%. ", "1 of the 3 works with “speech” in their titles or occasions, 33%. ": a share, to the nearest whole per cent. */
export const shareSaid = (n: number, of: number, kind?: string): string =>
  `${n} of the ${plural(of, 'work')}${kind ? ofKindSaid(kind)[of === 1 ? 'one' : 'many'] : ''}, ${Math.round((100 * n) / of)}%. `;

/** How a lead says the kind asked, or where the works were given (`given`): " with “speech” in their titles or occasions". */
const kindSaid = (word: string, given: true | undefined) => (given ? givenSaid(word) : ofKindSaid(word));

/** What the works asked about are, by their headings, said of `n` of them: " with “speech” in their titles or occasions" (none when no heading says the kind). */
function ofTheKindAsked({ kind, given }: Pick<CollectionAsked, 'kind' | 'given'>, n: number): string {
  if (!kind?.found) return '';
  const said = kindSaid(kind.word, given);
  return n > 1 ? said.many : said.one;
}

/** " by Kim Il Sung": the authors the works asked about were kept to, if they were. */
const byAuthorsSaid = (by: readonly string[] | undefined): string => (by ? ` by ${inWords(by.map(plainTitle))}` : '');

/**
 * "Which works are not speeches?": the works of the collection the question would not list, said against those it
 * would ("11 of the 14 works are not among the 3 with “speech” in their titles or occasions: …").
 */
function worksOutside(asked: CollectionAsked, outside: readonly Work[], primaryAuthor: string | null): LeadPart[] {
  const n = asked.works.length;
  const those = `the ${n}${byAuthorsSaid(asked.by)}${asked.time}${ofTheKindAsked(asked, n)}`;
  const total = plural(outside.length + n, 'work');
  if (outside.length === 0) return lead(`Every one of the ${total} is among ${those}.`);
  return lead(`${outside.length} of the ${total} ${outside.length === 1 ? 'is' : 'are'} not among ${those}: `, workList([...outside].sort(byDate), primaryAuthor, '.'));
}

/**
 * "By decade: 2 from the 1960s, 4 from the 1970s, …; 1 undated. ", for "How many works are from each decade?"; "By
 * year: …"; asked which hold the most or the fewest, led by them: "Most: the 1980s, 5 works. By decade: …".
 */
function byTime(works: readonly Work[], { unit, extreme }: NonNullable<Intent['worksByTime']>): string {
  const counts = new Map<number, number>();
  for (const w of works) {
    if (w.year === null) continue;
    const key = unit === 'decade' ? decadeOf(w.year) : w.year;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const said = (key: number) => (unit === 'decade' ? `the ${key}s` : `${key}`);
  const undated = works.filter((w) => w.year === null).length;
  const each = [...counts].sort(([a], [b]) => a - b);
  const list = `By ${unit}: ${inWords(each.map(([key, n]) => `${n} from ${said(key)}`), 'and')}${undated ? `; ${undated} undated` : ''}. `;
  if (extreme === null || each.length === 0) return list;
  const n = (extreme === 'most' ? Math.max : Math.min)(...counts.values());
  const tops = each.filter(([, count]) => count === n).map(([key]) => said(key));
  if (tops.length === each.length && each.length > 1) return `No ${unit} has ${extreme === 'most' ? 'more' : 'fewer'} than another: ${plural(n, 'work')} each. ${list}`;
  return `${extreme === 'most' ? 'Most' : 'Fewest'}: ${inWords(tops)}, ${plural(n, 'work')}${tops.length > 1 ? ' each' : ''}. ${list}`;
}

/** "pp. 1–3", or that the source gives none: a work's pages in a list of works asked with their pages. */
const pagesOfWork = (work: Work): string => formatPages(undefined, work.pages) || NO_PAGES;

/** The answer to "Which works have no page numbers?" when the source gives pages for every work. */
export const EVERY_WORK_PAGED_LINE = 'The source gives pages for every work in the collection.';

/** The answer to "Which works are undated?" when the collection gives every work a date. */
export const EVERY_WORK_DATED_LINE = 'Every work in the collection is dated.';

/** The answer to "show me more" after a list of works that named every one it holds. */
export const NO_MORE_WORKS_LINE = 'No other work: the answer above lists every one it found.';

/** "Show me more" after a list of works: those past the ones it named (`maxListedWorks`), or that there are none. */
export function moreWorks({ works: unsorted }: CollectionAsked, options: AnswerOptions): DraftInMode {
  const rest = [...unsorted].sort(byDate).slice(options.maxListedWorks);
  if (rest.length === 0) return { mode: 'answer', lead: lead(NO_MORE_WORKS_LINE), blocks: [] };
  return { mode: 'answer', lead: lead(`The other ${plural(rest.length, 'work')}, in date order: `, workList(rest, options.intent.primaryAuthor, '.')), blocks: [] };
}

/** The answer to "How long is it?" when the answer before quoted several works, or none; or to a length asked of no work it names. */
export const NAME_THE_WORK_MEASURED_LINE = 'Name the work whose length you want (“How long is the 1987 speech?”), or the works (“How long are his speeches?”).';

/** The answer to "What is the first paragraph?" when it names no work, nor did the answer before quote only one. */
export const NAME_THE_PART_LINE = 'Name the work (“the first paragraph of the 1961 speech”, “paragraph 3 of the 1974 talk”): each work is on its page in Works, its paragraphs numbered.';

/** The answer to "Show me the full text" when it names no work, nor did the answer before quote only one. */
export const NAME_THE_WORK_LINE = 'Name the work to read whole (“the full text of the 1961 speech”): each work is on its page in Works.';

/** "Show me the full text of the 1961 speech": where the collection's text of the work is, from its metadata; no quote. */
export function fullTextOf(work: Work | null, primaryAuthor: string | null): DraftInMode {
  if (!work) return { mode: 'answer', lead: lead(NAME_THE_WORK_LINE), blocks: [] };
  const pages = formatPages(undefined, work.pages);
  return { mode: 'answer', lead: lead("The collection's text of ", work, ` (${formatDate(work.date, work.year)}${pages ? `, ${pages}` : ''}${byline(otherAuthor(work, primaryAuthor))}) is on its page in Works.`), blocks: [] };
}

/** The answer to "What is its title?" when it names no work, nor did the answer before quote only one. */
export const NAME_THE_WORK_TITLED_LINE = 'Name the work whose title you want (“What is the 1987 speech called?”): Works lists every title.';

/** "What is the 1993 speech called?": its title, date and occasion as the collection gives them; no quote. */
export function titleOf(work: Work, primaryAuthor: string | null): DraftInMode {
  const where = occasionAndPlace(work);
  return { mode: 'answer', lead: lead('The title is ', work, ` (${formatDate(work.date, work.year)}${where ? `; ${where}` : ''}${byline(otherAuthor(work, primaryAuthor))}).`), blocks: [] };
}

/** "Longest in the collection, by the words printed here: *T* (9 June 1987), 2,833 words. ", or the shortest; none when not asked. */
function longestOrShortest(works: readonly Work[], { length, lengthIn }: Pick<Intent, 'length' | 'lengthIn'>, sizes: ReadonlyMap<string, WorkSize> | undefined, among: string): LeadPart[] {
  if ((length !== 'longest' && length !== 'shortest') || !sizes || works.length === 0) return [];
  const size = (w: Work) => sizes.get(w.id)?.[lengthIn] ?? 0;
  const bySize = [...works].sort((a, b) => size(a) - size(b));
  const work = length === 'longest' ? bySize.at(-1)! : bySize[0]!;
  const count = (w: Work) => `${size(w).toLocaleString('en-US')} ${lengthIn}`;
  // Of two ("Which is longer, the 1961 speech or the 1993 speech?"): the longer, and the other's length beside it.
  const other = works.length === 2 ? works.find((w) => w !== work)! : null;
  const said = other ? (length === 'longest' ? 'Longer' : 'Shorter') : length === 'longest' ? 'Longest' : 'Shortest';
  const beside = other ? lead('; ', other, ` (${formatDate(other.date, other.year)}) has ${count(other)}. `) : lead('. ');
  return [...lead(`${said} in ${among}, by the ${lengthIn} printed here: `, singledOut(work), ` (${formatDate(work.date, work.year)}), ${count(work)}`), ...beside];
}

/** The first (or last) dated of the works, for a question that asks which. */
export function firstOrLastOf(works: readonly Work[], order: Intent['order']): Work | undefined {
  const dated = works.filter((w) => w.year !== null).sort(byDate);
  return order === 'earliest' ? dated[0] : order === 'latest' ? dated.at(-1) : undefined;
}

/**
 * "Earliest in these sources: <title> (<date>). ": the first (or last) dated of the works, for a question that asks
 * which; asked both, each ("… Latest in these sources: …"), or the one work that is both.
 */
export function firstOrLast(works: readonly Work[], order: Intent['order'], among: string): LeadPart[] {
  if (order === 'both') {
    const [first, last] = [firstOrLastOf(works, 'earliest'), firstOrLastOf(works, 'latest')];
    if (first && first === last) return lead(`Earliest and latest in ${among}: `, singledOut(first), ` (${formatDate(first.date, first.year)}). `);
    return [...firstOrLast(works, 'earliest', among), ...firstOrLast(works, 'latest', among)];
  }
  const work = firstOrLastOf(works, order);
  if (!work) return [];
  return lead(`${order === 'earliest' ? 'Earliest' : 'Latest'} in ${among}: `, singledOut(work), ` (${formatDate(work.date, work.year)}). `);
}

/**
 * "Was the 1993 speech his last?": whether the work is the earliest (latest) of the collection's dated works, of the kind
 * asked if any ("Of the collection's 14 works, *T* (8 December 1993) is the latest."; "…, the earliest is *U* (…), not
 * *T* (…)."), which is all the collection can say of what he said before or after it.
 */
export function atAnEndOf(asked: NonNullable<Intent['atAnEnd']>, works: readonly Work[], primaryAuthor: string | null): LeadPart[] {
  const among = asked.kind ? works.filter((w) => isOfKind(w, asked.kind!)) : works;
  const end = firstOrLastOf(among, asked.order);
  const those = `Of the collection's ${plural(among.length, 'work')}${asked.kind ? ofKindSaid(asked.kind).many : ''}, `;
  if (asked.work.date === null) return lead('The collection gives no date for ', workList([asked.work], primaryAuthor), `, so whether it is the ${asked.order} cannot be said.`);
  if (!end || end === asked.work) return lead(those, workList([asked.work], primaryAuthor), ` is the ${asked.order}.`);
  return lead(those, `the ${asked.order} is `, workList([end], primaryAuthor), ', not ', workList([asked.work], primaryAuthor), '.');
}

/**
 * "*A* (8 October 1981) came first, 1 year, 1 month and 1 day before *B* (9 November 1982).": the order of two works,
 * from their dates; that the collection gives none, for a work it does not date.
 */
export function orderOfTwo(works: readonly [Work, Work], primaryAuthor: string | null): LeadPart[] {
  const undated = works.filter((w) => w.date === null);
  if (undated.length) return lead('The collection gives no date for ', workList(undated, primaryAuthor), ', so which came first cannot be said.');
  const [from, to] = [...works].sort(byDate) as [Work, Work];
  if (from.date === to.date) return lead(worksJoined([from, to], 'and'), ' are of the same day.');
  return lead(workList([from], primaryAuthor), ` came first, ${calendarSpan(from.date!, to.date!)} before `, workList([to], primaryAuthor), '.');
}

/**
 * "*A* (1 December 1961) and *B* (8 December 1993) are 32 years and 7 days apart.": the time between two works, from
 * their dates; that the collection gives none, for a work it does not date.
 */
export function timeBetween(works: readonly [Work, Work], primaryAuthor: string | null): LeadPart[] {
  const undated = works.filter((w) => w.date === null);
  if (undated.length) return lead('The collection gives no date for ', workList(undated, primaryAuthor), ', so the time between them cannot be said.');
  const [from, to] = [...works].sort(byDate) as [Work, Work];
  return lead(worksJoined([from, to], 'and'), ` are ${calendarSpan(from.date!, to.date!)} apart.`);
}

/**
 * The time from one ISO date to a later one in years, months and days, as a calendar counts them ("6 years and 15
 * days"): whole months first, a day past the end of a shorter month taken as its last ("31 January" to "28 February"
 * is one month).
 */
export function calendarSpan(from: string, to: string): string {
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  const wholeMonths = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
  const [years, months] = [Math.floor(wholeMonths / 12), wholeMonths % 12];
  const monthEnd = new Date(Date.UTC(y1, m1 - 1 + wholeMonths + 1, 0)).getUTCDate();
  const anchor = Date.UTC(y1, m1 - 1 + wholeMonths, Math.min(d1, monthEnd));
  const days = Math.round((Date.UTC(y2, m2 - 1, d2) - anchor) / 86_400_000);
  const parts = [plural(years, 'year'), plural(months, 'month'), plural(days, 'day')].filter((_, i) => [years, months, days][i]! > 0);
  return parts.length ? inWords(parts) : 'no time';
}

/** "*T* (1 July 1969) is printed on pp. 8–16 of *On Self-Reliance …*.", "*T* (9 June 1987): the source gives no pages.": the pages of one work, asked alone. */
export function pagesOf(work: Work, primaryAuthor: string | null): LeadPart[] {
  const pages = formatPages(undefined, work.pages);
  const named = workList([work], primaryAuthor, '');
  if (!pages) return lead(named, `: ${NO_PAGES}.`);
  return work.source ? lead(named, ` is printed on ${pages} of `, { title: work.source }, '.') : lead(named, ` is printed on ${pages}.`);
}

/**
 * "The collection does not head *T* (16 December 1967; Political Programme …) as a speech.": what the title and
 * occasion of a work make it, asked whether it is of a kind ("Answers to questions raised by …" heads an interview);
 * the kind they make it instead, if any.
 */
export function kindOfWork(work: Work, kind: string | null, primaryAuthor: string | null): LeadPart[] {
  const called = KINDS_BY_NAME.filter((k) => isOfKind(work, k));
  // Any kind asked: what the heading calls it, or the heading itself when it names none of the kinds.
  if (kind === null) {
    return called.length
      ? lead('The collection heads ', workList([work], primaryAuthor, '', occasionAndPlace), ` as ${inWords(called.map(withArticle), 'or')}.`)
      : lead('The collection heads it so: ', workList([work], primaryAuthor, '.', occasionAndPlace));
  }
  const heads = called.includes(kind) ? ` as ${withArticle(kind)}.` : called.length ? ` as ${inWords(called.map(withArticle), 'or')}, not ${withArticle(kind)}.` : ` as ${withArticle(kind)}.`;
  return lead(`The collection ${called.length ? 'heads ' : 'does not head '}`, workList([work], primaryAuthor, '', occasionAndPlace), heads);
}

/**
 * "2 works are from 1987: *A* (3 January 1987); *B* (9 June 1987). Each other year has one.": the years that more
 * than one of the works hold, each with its works in date order; that none does, when none does.
 */
export function worksOfOneYear(works: readonly Work[], primaryAuthor: string | null): LeadPart[] {
  const byYear = new Map<number, Work[]>();
  for (const w of [...works].sort(byDate)) if (w.year !== null) byYear.set(w.year, [...(byYear.get(w.year) ?? []), w]);
  const shared = [...byYear].filter(([, ofYear]) => ofYear.length > 1);
  if (shared.length === 0) return lead(`No two of the ${plural(works.length, 'work')} asked about are from the same year.`);
  const parts = shared.flatMap(([year, ofYear], i) => lead(i === 0 ? '' : ' ', `${ofYear.length} works are from ${year}: `, workList(ofYear, primaryAuthor, '.')));
  return lead(parts, shared.length < byYear.size ? ` Each other year has one.` : '');
}

/**
 * "No heading in the collection names a work addressed to the Japanese journalists." and " Addressed to journalists: *T* (11 October
 * 1971).": someone asked of whom no work's heading names (`Intent.addressedByNoWork`), and the works addressed to those
 * the same word names, if any.
 */
export function addressedByNoWork(asked: NonNullable<Intent['addressedByNoWork']>, primaryAuthor: string | null): { said: LeadPart[]; alike: LeadPart[] } {
  const alike = asked.alike.length ? lead(` Addressed to ${addresseesSaid(asked.noun)}: `, workList(asked.alike, primaryAuthor, '.')) : [];
  return { said: lead(`No heading in the collection names a work addressed to ${asked.addressee}.`), alike };
}
