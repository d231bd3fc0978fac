/**
 * The answer to a question of how often (pure): how many times the words counted occur, in how many passages of how
 * many works, and where most; then the passages that hold them, each quoting the sentences that do, the words marked,
 * in date order, with the per-year counts of the same passages. The counting itself is `retrieval/mentions.ts`.
 */
import type { LeadPart, YearCount } from '../contract.ts';
import type { Work } from '../corpus/types.ts';
import { occurrences, type HeldInMetadata, type Phrase } from '../retrieval/mentions.ts';
import { monthOf, ofKindSaid, type YearBounds } from '../retrieval/query.ts';
import type { RankedPassage } from '../retrieval/rank.ts';
import type { Span } from '../retrieval/text.ts';
import { firstOrLast, shareSaid } from './about-works.ts';
import { SHARE_ASKED } from './collection.ts';
import type { Block } from './extractive.ts';
import { byDate, decadeOf, formatDate, inWords, listYears, periodsNamed, periodText, plural, timeAsked, type KindsKept, type MonthsKept, type Period } from './format.ts';
import type { Intent } from './intent.ts';
import { groupByWork, itemOf, lead, singledOut, workList, worksJoined, type Item } from './item.ts';
import { sentencesHolding } from './quotes.ts';
import { yearCounts } from './years.ts';

/** Words a question of how often counted: as it writes them, their stems, and how many times each passage holds them. */
export interface CountedWords {
  words: string;
  /** Each a sequence of stems (and the words that count: `phraseOf`); a name's adjective is another form ("Japan", "Japanese"). */
  forms: readonly Phrase[];
  /** By passage, in the order of the ranking's passages (0 where it does not hold them). */
  counts: readonly number[];
}

/**
 * What a question of how often counted (`RankingInput.mentions`): each group of words, the years or the time and
 * the authors it kept to, and, when none of the words occurs in those authors' works, how often others' hold them.
 */
export interface Mentions {
  parts: readonly CountedWords[];
  years: readonly number[];
  /** The first year of each time among `years` the question names apart, where a run of them is two (`periodsNamed`). */
  timesApart: readonly number[];
  months: MonthsKept;
  kinds: KindsKept;
  /** Kinds of work the count was kept to, named by themselves ("in his speeches"). */
  kindsOfAnyYear: readonly string[];
  bounds: YearBounds | null;
  authors: readonly string[];
  /** The one work the count was kept to, if any. */
  work: Work | null;
  /** The works counted in (`MentionSearch.countedIn`). */
  countedIn: readonly Work[];
  /**
   * The works the count was kept to, if it was: of the answer before ("Which of these works mentions trade most?"), or
   * named by the question ("How often is oil mentioned in the Iraqi and Syrian interviews?").
   */
  among?: { works: readonly Work[]; before: boolean };
  elsewhere: readonly { author: string; count: number; works: number }[];
  /** When no passage holds the words: the works whose title or occasion does (`MentionSearch.inMetadata`). */
  inMetadata: readonly HeldInMetadata[];
}

/** A count's draft: compare mode, so that the chat shows the chart and the timeline. */
export interface CountedDraft {
  mode: 'compare';
  lead: LeadPart[];
  blocks: Block[];
  years: YearCount[];
  /** More passages hold the words than it quotes: "show me more" quotes the next ones (`moreCounted`). */
  more?: true;
}

/** Whether any of the words counted occurs. */
export const foundAny = (mentions: Mentions) => mentions.parts.some((part) => part.counts.some((n) => n > 0));

/**
 * "“protectionism” does not occur in these sources." ("…, word for word" for several words; "“a” and “b” do not …"),
 * and where else it does when the count kept to an author ("; Zhang Chao's work has it 4 times").
 */
export function notInTheSources(mentions: Mentions): LeadPart[] {
  const words = inWords(mentions.parts.map((p) => `“${p.words}”`));
  const absent =
    mentions.parts.length > 1
      ? lead(`${words} do not occur in `, theseSources(mentions, 'or'))
      : lead(`${words} does not occur in `, theseSources(mentions, 'or'), /\s/.test(mentions.parts[0]!.words) ? ', word for word' : '');
  const elsewhere = mentions.elsewhere.map((e) => `${e.author}'s ${e.works === 1 ? 'work has' : `${e.works} works have`} ${mentions.parts.length > 1 ? 'them' : 'it'} ${times(e.count)}`);
  const inMetadata = mentions.inMetadata.flatMap(({ work, field, written }, i) => lead(i === 0 ? '; ' : '; and ', work, ` (${formatDate(work.date, work.year)}) has “${written}” in its ${field}`));
  return lead(absent, `${elsewhere.length ? `; ${inWords(elsewhere)}` : ''}`, inMetadata, '.');
}

/**
 * "these sources", or "the sources from 1980–1989" (dated "after 1980") when the question names (bounds) years;
 * "Kim Il Sung's works" when it asks about an author's; "… with “speech” in their titles or occasions" when it
 * names a kind of work by itself; "*T* (24 May 1978)" when it is kept to one work; the works it is kept to, joined by
 * `joined` ("does not occur in *A* (…) or *B* (…)"), or, more than two of the answer before, how many.
 */
function theseSources(mentions: Pick<Mentions, 'years' | 'timesApart' | 'months' | 'kinds' | 'kindsOfAnyYear' | 'bounds' | 'authors' | 'work' | 'among'>, joined: 'and' | 'or' = 'and'): LeadPart[] {
  if (mentions.work) return lead(mentions.work, ` (${formatDate(mentions.work.date, mentions.work.year)})`);
  // Two works of the answers before are named, as a question of "the two" or "them" points at them.
  if (mentions.among?.before && mentions.among.works.length > 2) return lead(`the ${mentions.among.works.length} works of the answer before`);
  if (mentions.among) return worksJoined(mentions.among.works, joined);
  const ofKinds = mentions.kindsOfAnyYear.length ? ` ${inWords(mentions.kindsOfAnyYear.map((k) => ofKindSaid(k).many.trim()), 'or')}` : '';
  const time = `${timeAsked(mentions)}${ofKinds}`;
  if (mentions.authors.length > 0) return lead(`${inWords(mentions.authors.map((a) => `${a}'s`))} works${time}`);
  return lead(time ? `the sources${time}` : 'these sources');
}

/** "once", "twice", "5 times". */
const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/**
 * A question of how often: how many times the words occur, in how many passages of how many works, from the count
 * of the whole corpus (for each group, when a question counts several: "Juche, self-reliance and trade"); then the
 * passages that hold them, each quoting the sentences that do, the words marked, in date order (up to
 * `maxCounted`), with the per-year counts of the same passages. How the texts write the words is said when one
 * group is counted and every passage is shown, so that the forms listed are all of them.
 */
export function counted(question: string, passages: readonly RankedPassage[], mentions: Mentions, maxCounted: number, asked: Pick<Intent, 'countBy' | 'order'> & { both: boolean }): CountedDraft {
  const { both, countBy, order } = asked;
  const [first, ...others] = mentions.parts;
  const each = countBy === 'decade' || countBy === 'year' ? countBy : null;
  const byWork = countBy === 'work';
  // "Did he mention both X and Y?": the passages that hold every one of the words, when any does.
  const holdingAll = both && others.length > 0 ? passages.filter((_, i) => mentions.parts.every((part) => part.counts[i]! > 0)) : [];
  const quoted = holdingAll.length ? holdingAll : passages;
  const marked = markedWords(inDateOrder(quoted).slice(0, maxCounted), mentions.parts);
  const shown = quotesOf(marked);
  const all = shown.length === quoted.length;
  const opening =
    others.length === 0
      ? lead(`“${first!.words}” occurs ${total(first!.counts)} in `, theseSources(mentions), `${all ? writtenAs(marked, first!.words) : ''}, ${holders(passages, first!.counts, mentions.work)}`)
      : lead('In ', theseSources(mentions), `, ${mentions.parts.map((part) => `“${part.words}” ${part.counts.some((n) => n > 0) ? `occurs ${total(part.counts)}, ${holders(passages, part.counts, mentions.work)}` : 'does not occur'}`).join('; ')}`);
  const which = !all ? `the first ${shown.length}${others.length > 0 ? ' passages' : ''}` : quoted.length === 1 ? 'the passage' : 'the passages';
  const every = mentions.parts.length === 2 ? 'both' : 'all of them';
  // No passage holding every word, a work may: "no passage holds both, but 3 works do (1961, 1987 and 1993)".
  const apart = both && others.length > 0 && !holdingAll.length ? worksHoldingEvery(passages, mentions.parts) : [];
  const noPassage = `no passage holds ${every}${apart.length ? `, but ${plural(apart.length, 'work')} ${apart.length === 1 ? 'does' : 'do'} (${listYears(apart)})` : ''}; `;
  const holding = holdingAll.length ? ` that ${holdingAll.length === 1 ? 'holds' : 'hold'} ${every}` : ' that hold any of them';
  // "In which work does the word Juche first appear?": the first (or last) work to hold the words, named before the count.
  const withWords = passages.filter((_, i) => mentions.parts.some((part) => part.counts[i]! > 0));
  // "What share of his works mention self-reliance?": of the works counted in, those that hold the words, first; not
  // "What percentage of the works are letters?", which asks what they are, not what they say.
  const share = SHARE_ASKED.test(question) && SAYING_IT.test(question) && mentions.countedIn.length ? lead(shareSaid(new Set(withWords.map((p) => p.work.id)).size, mentions.countedIn.length)) : [];
  return {
    mode: 'compare',
    lead: [
      ...share,
      ...firstOrLast([...new Set((holdingAll.length ? holdingAll : withWords).map((p) => p.work))], order, 'these sources'),
      ...opening,
      ...(others.length > 0 ? [] : lead(perRun(passages, first!.counts, mentions) || (each ? perTime(passages, first!.counts, each === 'decade') : ''))),
      ...(others.length > 0 ? [] : byWork ? perWork(passages, first!.counts) : ASKS_A_YEAR.test(question) || each ? mostInYear(passages, first!.counts, ASKS_A_DECADE.test(question) || each === 'decade') : mostIn(passages, first!.counts)),
      ...lead(`; ${both && others.length > 0 && !holdingAll.length ? noPassage : ''}${which}${others.length > 0 ? holding : ''}${quoted.length > 1 ? ', in date order' : ''}:`),
    ],
    blocks: blocksOf(shown),
    years: yearCounts(passages),
    ...(all ? {} : { more: true }),
  };
}

/** Words of a text saying something: "mention", "discuss", "use", "refer to", "talk about", "say". */
const SAYING_IT = /\b(?:mention|discuss|us(?:e|es|ed|ing)\b|refer|talk|speak|spoke|sa(?:y|ys|id)\b|address|deal)/i;

/** The works whose passages hold every group of words counted, in date order. */
function worksHoldingEvery(passages: readonly RankedPassage[], parts: Mentions['parts']): Work[] {
  const works = [...new Map(passages.map((p) => [p.work.id, p.work])).values()];
  return works.filter((w) => parts.every((part) => passages.some((p, i) => p.work.id === w.id && part.counts[i]! > 0))).sort(byDate);
}

/**
 * "Which works never mention Juche?": in how many of the works counted in the words occur, and those whose passages
 * hold none of them, in date order ("In these sources, “Juche” occurs in 9 of the 14 works; the 5 that do not use it:
 * …"); that every one does, when so.
 */
export function worksWithout(passages: readonly RankedPassage[], mentions: Mentions, primaryAuthor: string | null): LeadPart[] {
  const holding = new Set(passages.filter((_, i) => mentions.parts.some((part) => part.counts[i]! > 0)).map((p) => p.work.id));
  const without = mentions.countedIn.filter((w) => !holding.has(w.id)).sort(byDate);
  const words = inWords(mentions.parts.map((part) => `“${part.words}”`), 'or');
  const them = mentions.parts.length > 1 ? 'any of them' : 'it';
  const occurs = `${words} ${mentions.parts.length > 1 ? 'occur' : 'occurs'} in ${holding.size === mentions.countedIn.length ? 'every one' : holding.size} of the ${plural(mentions.countedIn.length, 'work')}`;
  if (without.length === 0) return lead('In ', theseSources(mentions), `, ${occurs}.`);
  return lead('In ', theseSources(mentions), `, ${occurs}; ${without.length === 1 ? 'the one that does' : `the ${without.length} that do`} not use ${them}: `, workList(without, primaryAuthor, '.'));
}

/**
 * "Show me more" after a count: the next passages that hold the words, in date order, leaving out those the
 * answers before quoted (up to `maxCounted`); null when every one has been.
 */
export function moreCounted(passages: readonly RankedPassage[], mentions: Mentions, maxCounted: number, quoted: ReadonlySet<string>): CountedDraft | null {
  const left = inDateOrder(passages).filter((p) => !quoted.has(p.paragraph.id));
  if (left.length === 0) return null;
  const shown = quotesOf(markedWords(left.slice(0, maxCounted), mentions.parts));
  const words = inWords(mentions.parts.map((part) => `“${part.words}”`), 'or');
  const holding = `${left.length === 1 ? 'holds' : 'hold'} ${words}`;
  const opening = shown.length === left.length ? `${plural(left.length, 'more passage', 'more passages')} that ${holding}` : `The next ${shown.length} of ${left.length} more passages that ${holding}`;
  return { mode: 'compare', lead: lead(`${opening}${shown.length > 1 ? ', in date order' : ''}:`), blocks: blocksOf(shown), years: [], ...(shown.length < left.length ? { more: true } : {}) };
}

const inDateOrder = (passages: readonly RankedPassage[]) => [...passages].sort((a, b) => byDate(a.work, b.work) || a.paragraph.position - b.paragraph.position);

/** Each passage with where it holds the words counted. */
const markedWords = (passages: readonly RankedPassage[], parts: readonly CountedWords[]) => passages.map((passage) => ({ passage, at: wordsIn(passage.paragraph.text, parts) }));

/** Each passage quoting the sentences that hold the words, the words marked. */
const quotesOf = (marked: readonly { passage: RankedPassage; at: Span[] }[]) => marked.map(({ passage, at }) => ({ ...itemOf(passage, sentencesHolding(passage.paragraph.text, at)), marks: at }));

const blocksOf = (items: readonly Item[]): Block[] => groupByWork(items).map(([work, group]) => ({ kind: 'work', work, items: group }));

/** "33 times", "once". */
const total = (counts: readonly number[]) => times(counts.reduce((n, c) => n + c, 0));

/**
 * ", 9 times in 1960–1969 and 13 times in 1980–1989": the count in each run of the years a question names, when they
 * are apart ("in the 1960s compared to the 1980s"), or in each month named with one year ("in January 1987 and
 * June 1987"); "" for one.
 */
function perRun(passages: readonly RankedPassage[], counts: readonly number[], { years, timesApart, months, kinds }: Pick<Mentions, 'years' | 'timesApart' | 'months' | 'kinds'>): string {
  const periods = periodsNamed(years, { months, kinds, timesApart });
  if (periods.length < 2) return '';
  const said = periods.map((period) => {
    const n = counts.reduce((sum, c, i) => (inPeriod(passages[i]!.work, period) ? sum + c : sum), 0);
    return `${n ? times(n) : 'not once'} in ${periodText(period)}`;
  });
  return `, ${inWords(said)}`;
}

/** ", 3 times in the 1960s, 9 times in the 1970s and 36 times in the 1980s": the count in each decade (year) of the works that hold the words; "" for one. */
function perTime(passages: readonly RankedPassage[], counts: readonly number[], byDecade: boolean): string {
  const groups = countsBy(passages, counts, (p) => (p.work.year === null ? null : byDecade ? decadeOf(p.work.year) : p.work.year));
  if (groups.size < 2) return '';
  return `, ${inWords([...groups].sort(([a], [b]) => a - b).map(([key, { n }]) => `${times(n)} in ${byDecade ? `the ${key}s` : key}`))}`;
}

/** ": 18 times in *T* (3 January 1987), 9 times in *U* (1 July 1969), …": each work that holds the words, most first (then by date). */
function perWork(passages: readonly RankedPassage[], counts: readonly number[]): LeadPart[] {
  const ranked = [...countsBy(passages, counts, (p) => p.work)].sort(([a, x], [b, y]) => y.n - x.n || byDate(a, b));
  // Two parts a work (the text before its title, the title), the text between works in one part: the lead of every work stays within its bound.
  const parts: LeadPart[] = [];
  let text = ': ';
  ranked.forEach(([work, { n }], i) => {
    parts.push(...lead(`${text}${i === 0 ? '' : i === ranked.length - 1 ? ' and ' : ', '}${times(n)} in `, work));
    text = ` (${formatDate(work.date, work.year)})`;
  });
  return [...parts, ...lead(text)];
}

const inPeriod = (work: Work, { first, last, month }: Period): boolean =>
  work.year !== null && work.year >= first && work.year <= last && (month === undefined || monthOf(work) === month);

/** "in 25 passages of 9 works (1961, …)": those of `passages` whose count is not 0. */
function holders(passages: readonly RankedPassage[], counts: readonly number[], keptTo: Work | null): string {
  const holding = passages.filter((_, i) => counts[i]! > 0);
  const works = [...new Map(holding.map((p) => [p.work.id, p.work])).values()];
  // A count kept to one work has named it already.
  return keptTo ? `in ${plural(holding.length, 'passage')}` : `in ${plural(holding.length, 'passage')} of ${plural(works.length, 'work')} (${listYears(works)})`;
}

/** Where each group of words counted lies in a text, in order, none overlapping another. */
function wordsIn(text: string, parts: readonly CountedWords[]): Span[] {
  const spans = parts.flatMap((part) => part.forms.flatMap((form) => occurrences(text, form.terms, form.written))).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const s of spans) if (s.start >= (kept.at(-1)?.end ?? 0)) kept.push(s);
  return kept;
}

/**
 * " (as “agriculture”, “agricultural”)", " (as “Japanese”)": how the passages write the words, most used first, when
 * in more than one form or in another than the question's.
 */
function writtenAs(marked: readonly { passage: RankedPassage; at: readonly Span[] }[], words: string): string {
  // By form in lower case: how many uses, and how written when always capitalised (a name: "Japanese").
  const uses = new Map<string, { n: number; written: string | null }>();
  for (const { passage, at } of marked) {
    for (const s of at) {
      const written = passage.paragraph.text.slice(s.start, s.end);
      const form = written.toLowerCase();
      const seen = uses.get(form);
      const capitalised = /^\p{Lu}/u.test(written) && (seen === undefined || seen.written !== null) ? written : null;
      uses.set(form, { n: (seen?.n ?? 0) + 1, written: capitalised });
    }
  }
  const byUse = [...uses].sort((a, b) => b[1].n - a[1].n);
  const other = byUse.length > 1 || (byUse.length === 1 && byUse[0]![0] !== words.toLowerCase());
  return other ? ` (as ${byUse.map(([form, { written }]) => `“${written ?? form}”`).join(', ')})` : '';
}

/** The words' count in each group of passages (a work, a year, a decade) that holds them, with the group's works. */
function countsBy<K>(passages: readonly RankedPassage[], counts: readonly number[], groupOf: (p: RankedPassage) => K | null): Map<K, { works: Map<string, Work>; n: number }> {
  const groups = new Map<K, { works: Map<string, Work>; n: number }>();
  passages.forEach((p, i) => {
    const key = groupOf(p);
    if (key === null || !counts[i]) return;
    const group = groups.get(key) ?? { works: new Map<string, Work>(), n: 0 };
    group.works.set(p.work.id, p.work);
    group.n += counts[i];
    groups.set(key, group);
  });
  return groups;
}

/**
 * Those groups of passages (a work, a year) that hold the words most, and the count: when several groups hold them.
 * `all` when every group holds them as often, and none stands out.
 */
function mostOften<K>(passages: readonly RankedPassage[], counts: readonly number[], groupOf: (p: RankedPassage) => K | null): { tops: { key: K; works: Work[] }[]; most: number; all: boolean } | null {
  const groups = countsBy(passages, counts, groupOf);
  if (groups.size < 2) return null;
  const most = Math.max(...[...groups.values()].map((g) => g.n));
  const tops = [...groups].filter(([, g]) => g.n === most).map(([key, g]) => ({ key, works: [...g.works.values()] }));
  return { most, tops, all: tops.length === groups.size };
}

/** ": 6 times" (": twice each" when several tie). */
const mostTimes = (most: number, tied: boolean) => `: ${times(most)}${tied ? ' each' : ''}`;

/** ", once in each": no group stands out ("most in A, B and C: once each" would name every one). */
const asOftenInEach = (most: number, group = '') => lead(`, ${times(most)} in each${group && ` ${group}`}`);

/** ", most in *T* (3 January 1987): 6 times": the work (or works, tied) that holds the words most often, when several do. */
function mostIn(passages: readonly RankedPassage[], counts: readonly number[]): LeadPart[] {
  const found = mostOften(passages, counts, (p) => p.work.id);
  if (!found) return [];
  if (found.all) return asOftenInEach(found.most);
  const tops = found.tops.map((t) => t.works[0]!).sort(byDate);
  const parts: LeadPart[] = lead(', most in ');
  tops.forEach((w, i) => parts.push(...lead(i === 0 ? '' : i === tops.length - 1 ? ' and ' : ', ', tops.length === 1 ? singledOut(w) : w, ` (${formatDate(w.date, w.year)})`)));
  return [...parts, ...lead(mostTimes(found.most, tops.length > 1))];
}

/** "When", "which year", "what decade": a question of how often that asks for a time, not a work. */
const ASKS_A_YEAR = /\b(?:when|(?:which|what) (?:year|decade))\b/i;

/** "In which decade …": the decades, not the years, are counted. */
const ASKS_A_DECADE = /\b(?:which|what) decade\b/i;

/**
 * ", most in 1987 (2 works): 12 times": for "in which year (when) did he mention X most?", the year, when several are;
 * ", most in the 1980s (4 works): 30 times" for "in which decade …?".
 */
function mostInYear(passages: readonly RankedPassage[], counts: readonly number[], byDecade: boolean): LeadPart[] {
  const found = mostOften(passages, counts, (p) => (p.work.year === null ? null : byDecade ? decadeOf(p.work.year) : p.work.year));
  if (!found) return [];
  if (found.all) return asOftenInEach(found.most, byDecade ? 'decade' : 'year');
  const years = found.tops.sort((a, b) => a.key - b.key).map((t) => `${byDecade ? `the ${t.key}s` : t.key}${t.works.length > 1 ? ` (${plural(t.works.length, 'work')})` : ''}`);
  return lead(`, most in ${inWords(years)}${mostTimes(found.most, years.length > 1)}`);
}
