/**
 * Ranking of paragraphs for a question (pure), as a pipeline whose stages each run once:
 * candidates → signals (dense, lexical) → fusion (`scoreParagraphs`) → the best candidates' late-interaction scores,
 * which the retriever gets from the model (`candidatesOf`) → selection → quotes → abstention (`selectPassages`).
 * Every weight and threshold comes from one `RankingOptions` object (options.ts).
 */
import type { Paragraph, Work } from '../corpus/types.ts';
import { escapeRegExp } from '../corpus/text.ts';
import { abstainReason, absentNames, asTyped, notInEnglish, quantitySupported, yearsCovered, type AbstainReason, type Evidence, type QuestionScope } from './abstain.ts';
import { diversifiedTop } from './diversify.ts';
import { keptToAuthors, searchableWork, someWork, type PassageFilters } from './filters.ts';
import { asksWhatWasPut } from './authors.ts';
import { bestTwo, topIndexes } from './fusion.ts';
import { actionOfDoctrine, doctrineForms } from './inflections.ts';
import { idf, type WeightedTerm } from './lexical.ts';
import { definesATerm, termsDefined } from './defining.ts';
import { DEFAULT_RANKING, type RankingOptions, type RankingWeights } from './options.ts';
import { sentenceAt, sentencesOf, type PreparedCorpus } from './prepare.ts';
import { compoundsOf, NAME_JOIN, ORDINAL_WORDS, timeKept, withinBounds, yearRuns, type KindNamed, type ParsedQuery, type TimeKept, type YearBounds, type YearSpan } from './query.ts';
import { nameOfForm, sentencesWithAll, wordGroups } from './mentions.ts';
import { chooseQuote } from './quote.ts';
import { isMisspelling } from './spelling.ts';
import { paragraphSignals, sentenceSignals, type ParagraphSignals, type SentenceSignals } from './signals.ts';
import { contentTokens, NUMBER_WORDS, stem, tokenize, type Span, type Token } from './text.ts';
import type { TokenScores } from './token-match.ts';

export { DEFAULT_RANKING, type RankingOptions } from './options.ts';

export interface RankedPassage {
  paragraph: Paragraph;
  work: Work;
  score: number;
  quote: string;
  quoteSpan: Span;
  evidence: Evidence;
  /**
   * The paragraph (or its work's title) holds the question's words as the question means them (`wordsHeld`): "United
   * States" is not held by "states". Otherwise it is close to the question in meaning only.
   */
  holdsWords: boolean;
}

/** A paragraph taken whole, as when a question asks for a work rather than a passage: all of it is the quote. */
export function wholeParagraph(paragraph: Paragraph, work: Work, score = 1): RankedPassage {
  return {
    paragraph,
    work,
    score,
    quote: paragraph.text,
    quoteSpan: { start: 0, end: paragraph.text.length },
    evidence: { similarity: 1, coverage: 1, quantitySupported: true },
    holdsWords: true,
  };
}

/** A time a search kept to (`Ranking.keptToTime`). */
export interface TimeSearched {
  years: number[];
  months: TimeKept['months'];
  kinds: TimeKept['kinds'];
  bounds: YearBounds | null;
}

/** Every kind of work a search kept to, by itself ("in his interviews") or with a time ("the 1987 speech"), each once. */
export const kindsKeptTo = ({ keptToKinds, keptToTime }: Partial<Pick<Ranking, 'keptToKinds' | 'keptToTime'>>): string[] => [
  ...new Set([...(keptToKinds ?? []), ...[...(keptToTime?.kinds.values() ?? [])].flatMap((words) => [...words])]),
];

export interface Ranking {
  abstain: boolean;
  abstainReason: AbstainReason | null;
  /** Names in the question the corpus never uses, as typed ("Deng Xiaoping"). */
  unknownNames: string[];
  compare: boolean;
  /** What the question gave to look for (`QuestionScope.topic`). */
  topic: QuestionScope['topic'];
  /**
   * No work is from the years the question names to keep to, of the whole collection or of the works searched (the
   * filters or an author named keep out those that are): a question naming only years got the passages that name
   * them, one with words to look for, the passages of any year; false when some work searched is from them.
   */
  yearsWithoutWorks: false | 'collection' | 'searched';
  /**
   * The spans of years the question names (a year, a decade, a range: `yearRuns`) that no work searched is from,
   * when some other span it names has one ("in 1965 and 1993"), and whether the collection has none from them either;
   * null otherwise. The answer says so rather than pass over them.
   */
  spansWithoutWorks: { spans: YearSpan[]; among: 'collection' | 'searched' } | null;
  /** The kinds of work the question names by itself that the search kept to ("in his interviews": `TimeKept.kindsOfAnyYear`). */
  keptToKinds: string[];
  /** The kinds of work the question names that no work (of the time named with it) is, which the search could not keep to (`TimeKept.kindsWithoutWorks`). */
  kindsWithoutWorks: KindNamed[];
  /**
   * The time the search kept to, when it kept to one some work is from: the years named (their months and kinds of
   * work, `TimeKept`) and the bound ("before 1969"); silent, it is those works that are, not the sources.
   */
  keptToTime: TimeSearched | null;
  passages: RankedPassage[];
  /** The terms the lexical side searched for. */
  terms: WeightedTerm[];
  /** The terms of each name of several words the question writes ("Kim San Ho"): one word of the question each. */
  names: string[][];
}

/**
 * A question's paragraphs scored, before selection (`scoreParagraphs`): its arrays are the corpus's scratch, good
 * until the next ranking starts, unless `detached`.
 */
export type ScoredParagraphs = ReturnType<typeof scoreParagraphs>;

/**
 * The paragraphs the fused signals rank first, before selection: the candidates a later stage rescores (the
 * late-interaction score, `tokenMatch` of `selectPassages`).
 */
export const candidatesOf = (scored: ScoredParagraphs, n: number): number[] => topIndexes(scored.fused, n, scored.accept);

/** Scored paragraphs that outlive the next ranking (one finished after an await): the scratch arrays copied. */
export function detached(scored: ScoredParagraphs): ScoredParagraphs {
  const { lexical, dense, similarity } = scored.paragraphs;
  return { ...scored, fused: scored.fused.slice(), paragraphs: { lexical: lexical.slice(), dense: dense.slice(), similarity: similarity.slice() } };
}

/**
 * Selection, quotes and abstention over scored paragraphs, once. `tokenMatch`: the late-interaction scores
 * (`maxSimOfParts`) of some paragraphs, by index: the candidates (`candidatesOf`), whose own scores, min–max scaled
 * over them, are added into the fused scores at `weights.tokenMatch` (but a comparison's); and the sentences' of each
 * weigh in its quote (`quoteTokenMatch`).
 */
export function selectPassages(
  corpus: PreparedCorpus,
  query: ParsedQuery,
  scored: ScoredParagraphs,
  k: number,
  options: RankingOptions = DEFAULT_RANKING,
  tokenMatch: ReadonlyMap<number, TokenScores> = new Map(),
): Ranking {
  const { names, forms, scope, terms, fused, paragraphs, sentences, yearsWithoutWorks, spansWithoutWorks, keptToKinds, kindsWithoutWorks, keptToTime } = scored;
  if (!query.compare) addTokenMatch(fused, tokenMatch, options.weights.tokenMatch);
  const chosen = chosenParagraphs(corpus, query, scored, k, options);
  const wanted = coverageWords(corpus, query, forms);
  const held = wordsHeld(corpus, query, wanted, options.commonWordSize);
  // Whether a text gives the figure a question of how many asks for: the question read once, for every passage.
  const givesFigure = quantitySupported(query);
  // Whether a sentence says what the thing a question asks the meaning of is (`termsDefined`), read only here.
  const defined = new Set(options.definingSentence ? termsDefined(query.text) : []);
  const defines = defined.size ? (text: string) => definesATerm(text, defined) : () => false;
  // Without words to look for, the late-interaction scores say nothing of a topic: no part in the quotes.
  const byTokens = sentenceTokenScores(tokenMatch, scope.topic === 'words' ? options.quoteTokenMatch : 0);
  const quoted = chosen.map((p) => quotedPassage(corpus, query, wanted, held, { givesFigure, defines }, p, fused[p]!, paragraphs, sentences, byTokens(p)));
  const passages = withFigureFirst(quoted, options.figureDepth);

  const reason = abstainReason(passages[0]?.evidence, scope, options.abstain);
  return { abstain: reason !== null, abstainReason: reason, unknownNames: names.unknown, compare: query.compare, topic: scope.topic, yearsWithoutWorks, spansWithoutWorks, keptToKinds, kindsWithoutWorks, keptToTime, passages, terms, names: query.namePhrases.filter((name) => name.length > 1).map((name) => name.map((t) => t.term)) };
}

/**
 * Asked how many, the first of the best `depth` passages whose quote gives a figure leads, when the best gives none
 * ("How many rounds of ammunition …?": "several hundred rounds", second to a passage on the guerrillas' bombs). Asked
 * anything else, every quote gives what is asked (`quantitySupported`), and the order stands.
 */
function withFigureFirst<P extends { evidence: Evidence }>(passages: readonly P[], depth: number): P[] {
  const i = passages[0]?.evidence.quantitySupported === false ? passages.slice(0, depth).findIndex((p) => p.evidence.quantitySupported) : -1;
  return i > 0 ? [passages[i]!, ...passages.slice(0, i), ...passages.slice(i + 1)] : [...passages];
}

/**
 * The paragraphs a selection takes, best first: a comparison's spread over the works that address its topic (its
 * works join by the fused scores, the late-interaction scores left out), a question naming only years' over every
 * work of those years.
 */
export function chosenParagraphs(corpus: PreparedCorpus, query: ParsedQuery, scored: ScoredParagraphs, k: number, options: RankingOptions = DEFAULT_RANKING): number[] {
  const { scope, fused, accept } = scored;
  const workOf = (p: number) => corpus.paragraphWork[p]!.id;
  return query.compare
    ? diversifiedTop(fused, k, options.compareFloor, workOf, accept)
    : scope.topic === 'years'
      ? diversifiedTop(fused, k, 0, workOf, accept)
      : topIndexes(fused, k, accept);
}

/** The stages before selection: the question's scope and terms, which paragraphs may be chosen, their signals fused. */
export function scoreParagraphs(corpus: PreparedCorpus, query: ParsedQuery, question: Float32Array, filters: PassageFilters, options: RankingOptions = DEFAULT_RANKING) {
  const names = namesOf(corpus, query, options);
  const forms = otherForms(query, names.otherForms, (w) => corpus.knownWords.set.has(w));
  const bounds = query.yearBounds;
  const scope: QuestionScope = {
    notEnglish: readsNoEnglish(corpus, query.text),
    topic: query.tokens.length > 0 ? 'words' : query.years.size > 0 || bounds ? 'years' : 'none',
    namesKnown: names.unknown.length === 0,
    yearsCovered: yearsCovered(query, corpus.years) && (bounds === null || someWork(corpus.works.values(), (w) => withinBounds(w.year, bounds))),
  };
  // With only years to look for, the years are the words: a passage that names one is about it.
  const terms = scope.topic === 'years' ? [...query.years].map((year) => ({ term: String(year), weight: 1 })) : queryTerms(query, forms);
  // The works of the years (months, kinds) the question names: kept to, and weighed up.
  const time = timeKept(corpus.works.values(), query);
  const { eligible, yearsWithoutWorks, spansWithoutWorks, keptToKinds, keptToTime } = eligibility(corpus, query, time, filters, scope, options);

  const paragraphs = paragraphSignals(corpus, terms, question, options.denseCandidates);
  const fused = fuseParagraphLevel(corpus, query, time.named, paragraphs, options.weights);
  const pool = corpus.paragraphs.length <= options.pool ? null : topIndexes(fused, options.pool, eligible);
  const sentences = sentenceSignals(corpus, pool, terms, question);
  const accept = addSentenceLevel(corpus, query, fused, pool, sentences, options.weights, eligible);
  return { names, forms, scope, terms, fused, accept, paragraphs, sentences, yearsWithoutWorks, spansWithoutWorks, keptToKinds, kindsWithoutWorks: options.kindsNamed ? time.kindsWithoutWorks : [], keptToTime };
}

/** Adds the paragraphs' late-interaction scores, min–max scaled over the paragraphs scored, at `weight`. */
function addTokenMatch(fused: Float64Array, tokenMatch: ReadonlyMap<number, TokenScores>, weight: number): void {
  const scaled = weight > 0 ? minMaxOver([...tokenMatch.values()].map((s) => s.paragraph)) : null;
  if (scaled) for (const [p, { paragraph }] of tokenMatch) fused[p]! += weight * scaled(paragraph);
}

/**
 * The sentences' late-interaction scores of each paragraph scored (by index), min–max scaled over every sentence
 * scored, as the other sentence signals are over theirs, at `weight`: their part in choosing each one's quote.
 */
function sentenceTokenScores(tokenMatch: ReadonlyMap<number, TokenScores>, weight: number): (p: number) => number[] | undefined {
  const scaled = weight > 0 ? minMaxOver([...tokenMatch.values()].flatMap((s) => s.sentences)) : null;
  return (p) => (scaled ? tokenMatch.get(p)?.sentences.map((s) => weight * scaled(s)) : undefined);
}

/** Scaling to 0..1 over the range of `scores`; null when they have none (all equal, or no scores). */
function minMaxOver(scores: readonly number[]): ((score: number) => number) | null {
  let [low, high] = [Infinity, -Infinity];
  for (const s of scores) [low, high] = [Math.min(low, s), Math.max(high, s)];
  return high > low ? (score) => (score - low) / (high - low) : null;
}

const namesOf = (corpus: PreparedCorpus, query: ParsedQuery, options: RankingOptions) =>
  absentNames(query, corpus.knownWords, corpus.englishWords, (name) => writesName(corpus, name, options.commonWordSize));

/**
 * Whether a question is in another language than the texts' (`notInEnglish`), its words read against English and the
 * corpus's; a word one edit from one of theirs is a typo of it ("qoutes about indepenence" is English, misspelt).
 */
export function readsNoEnglish(corpus: Pick<PreparedCorpus, 'englishWords' | 'knownWords'>, text: string): boolean {
  const isWord = (w: string) => corpus.englishWords.has(w) || corpus.knownWords.set.has(w);
  return notInEnglish(text, (w) => isWord(w) || isMisspelling(w, isWord));
}

/**
 * The question less the names the corpus never writes, when each stands in a group of words of its own and other
 * words are left to look for ("What did he say about Japan and China?": Japan is searched, "China" left out;
 * `wordGroups`): the query searched, and the names left out, as typed. Null when there is no such name. A name in
 * the group of what is asked of it ("What did Deng Xiaoping say about trade?") leaves it unanswerable, as before.
 */
export function withoutUnknownGroups(corpus: PreparedCorpus, query: ParsedQuery, options: RankingOptions): { query: ParsedQuery; leftOut: string[] } | null {
  const names = namesOf(corpus, query, options);
  const unknown = new Set(names.unknownTokens.map((t) => t.start));
  if (unknown.size === 0 || readsNoEnglish(corpus, query.text)) return null;
  const kept = (t: Token) => !unknown.has(t.start);
  const left = (run: readonly Token[]) => run.every(kept);
  const groups = wordGroups(query.text, query.tokens);
  const alone = groups.filter((g) => !g.some(kept));
  const others = groups.filter((g) => g.some(kept));
  if (alone.length === 0 || !others.every(left)) return null;
  // What is left must be in the texts, in some form: "china" of "Deng Xiaoping and China", an English word, is not.
  if (!others.flat().some((t) => corpus.knownWords.set.has(t.word) || names.otherForms.has(t.word))) return null;
  const tokens = query.tokens.filter(kept);
  return {
    query: { ...query, tokens, names: new Set(tokens.filter((t) => query.names.has(t.word)).map((t) => t.word)), namePhrases: query.namePhrases.filter(left), compounds: query.compounds.filter(left), wordRuns: query.wordRuns.filter(left) },
    leftOut: asTyped(query.text, alone.flat()),
  };
}

/**
 * Which paragraphs the ranking may choose: those of the works the filters let through, kept to an author the
 * question names, to a kind of work it names by itself ("in his speeches"), to the time it bounds by years ("after
 * 1961") and to the years (and months) it names when works are from them and it compares nothing (`namedYears`). A
 * question naming only years ("What did he say in the 1970s?") asks what was said then: the works of those years
 * answer it, or, when none is from them, the paragraphs that name them ("in 1956"); one with words to look for is
 * answered from any year (the texts recall the 1930s without naming the year).
 */
function eligibility(
  corpus: PreparedCorpus,
  query: ParsedQuery,
  time: Pick<TimeKept, 'named' | 'ofKinds' | 'kindsOfAnyYear' | 'months' | 'kinds'>,
  filters: PassageFilters,
  scope: QuestionScope,
  options: RankingOptions,
): Pick<Ranking, 'yearsWithoutWorks' | 'spansWithoutWorks' | 'keptToKinds' | 'keptToTime'> & { eligible: (p: number) => boolean } {
  const authors = keptToAuthors(corpus.works.values(), corpus.authors, filters, options.namedAuthors ? query.text : null);
  const filtered = searchableWork(filters, authors);
  // Kept to an author, a search keeps to his words: not an interviewer's question printed in his works, unless the
  // question asks what was put to him.
  const ownWordsOnly = options.ownWords && authors.size > 0 && !filters.interviewers && !asksWhatWasPut(query.text, corpus.authors.all);
  const spoken = (p: number) => !ownWordsOnly || corpus.paragraphs[p]!.speaker !== 'interviewer';
  const { named, ofKinds } = time;
  // A bound every dated work lies within ("industrialisation after 1945") speaks of the topic's time, not of when the
  // texts are from: it would keep out only the undated ones.
  const boundsAny = query.yearBounds !== null && someWork(corpus.works.values(), (w) => filtered(w) && w.year !== null && !withinBounds(w.year, query.yearBounds));
  const bounded = (w: Work) => filtered(w) && (!boundsAny || withinBounds(w.year, query.yearBounds)) && ofKinds(w);
  const isBounded = someWork(corpus.works.values(), bounded);
  const searchable = isBounded ? bounded : filtered;
  const keptToKinds = isBounded ? time.kindsOfAnyYear : [];
  const inWorks = (p: number) => searchable(corpus.paragraphWork[p]!) && spoken(p);
  const years = query.years;
  const fromYears = (w: Work) => searchable(w) && named(w);
  const spans = yearRuns(years);
  const inSpan = (kept: (w: Work) => boolean, { first, last }: YearSpan) => someWork(corpus.works.values(), (w) => kept(w) && w.year! >= first && w.year! <= last);
  const empty = spans.filter((span) => !inSpan(fromYears, span));
  // Kept to one work the texts give no date for ("in 1956 according to the article"), a year is what it speaks of, not when it is from.
  const undatedWork = filters.work !== undefined && corpus.works.get(filters.work)?.year === null;
  const keptToYears = !undatedWork && (scope.topic === 'years' || (scope.topic === 'words' && options.namedYears && !query.compare));
  // All of several without works, a question kept to its years says so itself (`yearsWithoutWorks`); one that is not (a
  // comparison: "What did he say about aid in 1945 and 1950?", "How did his view of aid change in the 1950s?") is
  // answered from other years, and says so here.
  // One time compared alone is said too, but for the years a title gives in parentheses, copied with it ("Compare the
  // views on self-reliant heavy industrialization (1945-1956)").
  const titlesYears = (span: YearSpan) => new RegExp(String.raw`\(\s*${span.first}\s*[-–]\s*${span.last}\s*\)`).test(query.text) && someWork(corpus.works.values(), (w) => w.title.includes(String(span.first)));
  const said = empty.length < spans.length || (!keptToYears && !undatedWork && (spans.length > 1 || (spans.length === 1 && query.compare && !titlesYears(spans[0]!))));
  const spansWithoutWorks = empty.length > 0 && said ? { spans: empty, among: empty.some((span) => inSpan(named, span)) ? ('searched' as const) : ('collection' as const) } : null;
  const bounds = isBounded && boundsAny ? query.yearBounds : null;
  const keptTo = (kept: number[]): TimeSearched | null => (kept.length || bounds ? { years: kept, months: time.months, kinds: time.kinds, bounds } : null);
  if (years.size === 0 || !keptToYears) return { eligible: inWorks, yearsWithoutWorks: false, spansWithoutWorks, keptToKinds, keptToTime: keptTo([]) };
  if (someWork(corpus.works.values(), fromYears))
    return { eligible: (p) => fromYears(corpus.paragraphWork[p]!) && spoken(p), yearsWithoutWorks: false, spansWithoutWorks, keptToKinds, keptToTime: keptTo([...years].sort((a, b) => a - b)) };
  const without = someWork(corpus.works.values(), named) ? 'searched' : 'collection';
  if (scope.topic !== 'years') return { eligible: inWorks, yearsWithoutWorks: without, spansWithoutWorks, keptToKinds, keptToTime: keptTo([]) };
  const naming = new Set<number>();
  for (const year of years) for (const p of corpus.paragraphLexical.postings.get(String(year))?.docs ?? []) if (inWorks(p)) naming.add(p);
  return { eligible: naming.size > 0 ? (p) => naming.has(p) : inWorks, yearsWithoutWorks: without, spansWithoutWorks, keptToKinds, keptToTime: keptTo([]) };
}

/**
 * The forms the texts write of the question's words they do not write as typed: a name's ("Japan" → "Japanese",
 * `absentNames`), a doctrine's ("imperialism" → "imperialists", `doctrineForms`), or the action a doctrine is of
 * ("isolationist" → "isolation", `actionOfDoctrine`).
 */
function otherForms(query: ParsedQuery, ofNames: ReadonlyMap<string, string[]>, inTheTexts: (word: string) => boolean): Map<string, string[]> {
  const forms = new Map(ofNames);
  for (const { word, term } of query.tokens) {
    if (forms.has(word)) continue;
    // A doctrine in "-al" is one term with its followers already ("imperialism", "imperialists").
    const doctrine = doctrineForms(word, inTheTexts).filter((form) => stem(form) !== term);
    // "Was he an isolationist?": the texts write no "isolationism", but "isolation".
    const action = doctrine.length || inTheTexts(word) ? null : actionOfDoctrine(word, inTheTexts);
    if (doctrine.length) forms.set(word, doctrine);
    else if (action) forms.set(word, [action]);
  }
  return forms;
}

/**
 * The question's distinct content words as BM25 terms; a name the corpus uses only in other forms ("Japan", which
 * it writes "Japanese") is searched as those forms, which share its weight.
 */
function queryTerms(query: ParsedQuery, forms: ReadonlyMap<string, readonly string[]>): WeightedTerm[] {
  const terms = new Map<string, number>();
  for (const t of query.tokens) {
    const other = forms.get(t.word);
    if (!other) terms.set(t.term, 1);
    else for (const term of other.map(stem)) terms.set(term, Math.max(terms.get(term) ?? 0, 1 / other.length));
  }
  return [...terms].map(([term, weight]) => ({ term, weight }));
}

/**
 * Paragraph BM25 and window cosine, and the prior for works from a year (and month) the question names. BM25 weighs more the
 * fewer words the question searches for (`lexicalOneWord`).
 */
function fuseParagraphLevel(corpus: PreparedCorpus, query: ParsedQuery, named: (work: Work) => boolean, signals: ParagraphSignals, weights: RankingWeights): Float64Array {
  const fused = corpus.scratch.fused;
  const words = new Set(query.tokens.map((t) => t.term)).size;
  const lexical = words > 0 ? Math.max(weights.lexical, weights.lexicalOneWord / words) : weights.lexical;
  for (let p = 0; p < fused.length; p++) {
    const prior = named(corpus.paragraphWork[p]!) ? weights.year : 0;
    fused[p] = lexical * signals.lexical[p]! + weights.dense * signals.dense[p]! + prior;
  }
  return fused;
}

/**
 * Adds each scored paragraph's best and second-best sentence cosines and the quoted-phrase match to `fused`, over
 * the pool (or every paragraph); returns which paragraphs may be chosen.
 */
function addSentenceLevel(
  corpus: PreparedCorpus,
  query: ParsedQuery,
  fused: Float64Array,
  pool: readonly number[] | null,
  sentences: SentenceSignals,
  weights: RankingWeights,
  eligible: (p: number) => boolean,
): (p: number) => boolean {
  const add = (p: number) => {
    const [best, second] = bestTwo(sentencesOf(corpus, p).map(sentences.dense));
    const phrase = query.phrases.length && holdsPhrase(corpus.paragraphs[p]!.text, query.phrases) ? weights.phrase : 0;
    fused[p]! += weights.denseSentence * best + weights.denseSecondSentence * second + phrase;
  };
  if (!pool) {
    for (let p = 0; p < fused.length; p++) add(p);
    return eligible;
  }
  pool.forEach(add);
  const inPool = new Uint8Array(fused.length);
  for (const p of pool) inPool[p] = 1;
  return (p) => inPool[p] === 1;
}

/** A chosen paragraph with its quote (the best sentence by the sentence signals, and by `byTokens` when given) and the evidence for abstention. */
function quotedPassage(
  corpus: PreparedCorpus,
  query: ParsedQuery,
  wanted: readonly CoverageWord[],
  held: (p: number, present: ReadonlySet<string>, coverage: number) => boolean,
  { givesFigure, defines }: { givesFigure: (text: string) => boolean; defines: (text: string) => boolean },
  p: number,
  score: number,
  paragraphs: ParagraphSignals,
  sentences: SentenceSignals,
  byTokens: readonly number[] | undefined,
): RankedPassage {
  const paragraph = corpus.paragraphs[p]!;
  const own = sentencesOf(corpus, p);
  const spans = own.map((s) => sentenceAt(corpus, s).span);
  // A sentence holding a phrase the question quotes, or the figure it asks for beside a word of it ("How many spindles
  // …?"), or saying what it asks is ("What is Juche?": "The Juche idea is the idea that …"), is the quote.
  const scores = own.map((s, i) => {
    const text = paragraph.text.slice(spans[i]!.start, spans[i]!.end);
    const lexical = sentences.lexical(s);
    const phrase = query.phrases.length && holdsPhrase(text, query.phrases) ? 1 : 0;
    const figure = query.quantity && lexical > 0 && givesFigure(text) ? 1 : 0;
    const definition = lexical > 0 && defines(text) ? 1 : 0;
    return lexical + sentences.dense(s) + phrase + figure + definition + (byTokens?.[i] ?? 0);
  });
  const { quote, span } = chooseQuote(paragraph.text, spans, scores);
  // "There were about 200 of them": the figure a question asks for may stand in the sentence after the one that holds
  // its words, which an answer quotes with it.
  const after = spans.find((s) => s.start >= span.end);
  const figureGiven = givesFigure(quote) || (after !== undefined && givesFigure(paragraph.text.slice(after.start, after.end)));
  const similarity = Math.max(paragraphs.similarity[p]!, ...own.map((s) => sentences.similarity(s)));
  // Tokenized once for both: coverage, and whether the passage holds the question's words.
  const present = wanted.length > 0 ? termsOf(corpus, p) : new Set<string>();
  const covered = coverage(present, wanted);
  return {
    paragraph,
    work: corpus.paragraphWork[p]!,
    score: Math.round(score * 1e4) / 1e4,
    quote,
    quoteSpan: span,
    evidence: { similarity, coverage: covered, quantitySupported: figureGiven },
    holdsWords: held(p, present, covered),
  };
}

/**
 * Whether a paragraph (or its work's title) holds the question's words as the question means them: any of them
 * (coverage above 0), but of a name of several words or a compound only two or more side by side ("Non-Aligned" for
 * "Non-Aligned Movement") or a word that is not common English ("Soviet" for "Soviet Union"), so that "states" does
 * not hold "United States", nor "South-South" "South Korea", nor "self" (of "self-reliance") "self-sufficiency"; nor,
 * of two words the texts write together, the one they use more ("foreign" of "foreign aid") or the first when common English, which qualifies the second ("heavy" of "heavy industry": `pairsWritten`).
 */
function wordsHeld(
  corpus: PreparedCorpus,
  query: ParsedQuery,
  wanted: readonly CoverageWord[],
  commonWordSize: number,
): (p: number, present: ReadonlySet<string>, coverage: number) => boolean {
  // A compound within a name is the name's ("Seven-Year" of "the Third Seven-Year Plan", held only with its ordinal).
  const inAName = (compound: readonly Token[]) => query.namePhrases.some((name) => compound.every((t) => name.some((n) => n.start === t.start)));
  const phrases = [...query.namePhrases, ...query.compounds.filter((c) => !inAName(c))];
  const pairs = pairsWritten(corpus, query, wanted, commonWordSize);
  if (phrases.length === 0 && pairs.notAlone.size === 0) return (_, __, covered) => covered > 0;
  const names = phrases.flat();
  // A name that opens with a place's adjective is of the thing its last word names: "the Korean War" is held by
  // "war", as the texts speak of it ("the three-year war"), not by "Korean" ("Koreans are bound to build socialism").
  const ofAPlace = (t: Token) => nameOfForm(t.word, (w) => corpus.knownWords.set.has(w), (w) => corpus.englishWords.has(w)) !== null;
  const qualified = phrases.filter((name) => ofAPlace(name[0]!) && !ofAPlace(name.at(-1)!));
  const adjectives = new Set(qualified.map((name) => name[0]!.term));
  const things = new Set(qualified.map((name) => name.at(-1)!.term));
  const common = new Set([...names.filter((t) => adjectives.has(t.term) || (isCommon(corpus, t, commonWordSize) && !things.has(t.term))).map((t) => t.term), ...pairs.notAlone]);
  const alone = wanted.filter((w) => !common.has(w.term));
  const partPatterns = [...phrases.flatMap(partsOf).map((part) => sideBySide(part)), ...pairs.onlyTogether];
  return (p, present) => {
    if (coverage(present, alone) > 0) return true;
    const work = corpus.paragraphWork[p]!;
    const text = `${corpus.paragraphs[p]!.text}\n${work.title}\n${work.occasion ?? ''}`;
    return partPatterns.some((part) => part.test(text));
  };
}

/**
 * Of two words side by side in the question that the texts also write side by side ("foreign trade", "working
 * class"; a compound counts as one word, weighed by its rarest part: "economic self-sufficiency"), those that alone
 * are no evidence of the pair (`notAlone`): the one the texts use more ("foreign" of "foreign aid", "work" of
 * "construction work"), and the first when it is common English, which qualifies the second as English puts the word
 * it qualifies last ("heavy" of "heavy industry" is not "the heavy burden of foreign debts"; "vinalon" of "vinalon
 * factory" holds it). A pair neither of whose words is evidence alone is held side by side (`onlyTogether`). Words the
 * texts never write together ("machines mattered") are left as they are, and so is a word the question also uses
 * outside its runs.
 */
function pairsWritten(corpus: PreparedCorpus, query: ParsedQuery, wanted: readonly CoverageWord[], commonWordSize: number): { notAlone: Set<string>; onlyTogether: RegExp[] } {
  const inRuns = new Set(query.wordRuns.flat().map((t) => t.start));
  const outside = new Set(query.tokens.filter((t) => !inRuns.has(t.start)).map((t) => t.term));
  const weight = new Map(wanted.map((w) => [w.term, w.weight]));
  const notAlone = new Set<string>();
  const onlyTogether: RegExp[] = [];
  for (const run of query.wordRuns) {
    // A compound is one word ("self-reliance" of "collective self-reliance"), weighed by its rarest part.
    const words = compoundsOf(query.text, run);
    for (let i = 1; i < words.length; i++) {
      const [a, b] = [words[i - 1]!, words[i]!];
      const [wa, wb] = [a, b].map((word) => Math.max(...word.map((t) => weight.get(t.term)!))) as [number, number];
      // "division of labour": joined by "of" in the texts too.
      const pattern = sideBySide(a, b, OF_JOINS.test(query.text.slice(a.at(-1)!.end, b[0]!.start)));
      if (wa === wb || !writesSideBySide(corpus, [...a, ...b], pattern)) continue;
      const notEvidence = [...(wa < wb ? a : b), ...(a.length === 1 && isCommon(corpus, a[0]!, commonWordSize) ? a : [])].filter((t) => !outside.has(t.term));
      for (const t of notEvidence) notAlone.add(t.term);
      // Held together, one word may stand between them as it qualifies the second too ("developed capitalist countries").
      if ([...a, ...b].every((t) => notEvidence.includes(t))) onlyTogether.push(sideBySide(a, b, OF_JOINS.test(query.text.slice(a.at(-1)!.end, b[0]!.start)), true));
    }
  }
  return { notAlone, onlyTogether };
}

/**
 * Whether the texts write a name of several words at all: by a word of it that is not common English (the caller
 * knows the texts use every word of it), or by two or more of its words side by side in a paragraph, a title or an
 * occasion. The sentences searched are those whose terms hold the words. Laxer than `wordsHeld` on purpose: a place's
 * adjective writes "the Korean War" here, so the question is answered, not abstained on, though in the answer
 * "Korean" alone holds no passage.
 */
function writesName(corpus: PreparedCorpus, name: readonly Token[], commonWordSize: number): boolean {
  if (name.some((t) => !isCommon(corpus, t, commonWordSize))) return true;
  return partsOf(name).some((part) => writesSideBySide(corpus, part));
}

/** Whether the texts write the words side by side, as a name joins them, in a paragraph, a title or an occasion. */
function writesSideBySide(corpus: PreparedCorpus, words: readonly Token[], pattern = sideBySide(words)): boolean {
  if (someWork(corpus.works.values(), (w) => pattern.test(`${w.title}\n${w.occasion ?? ''}`))) return true;
  return sentencesWithAll(corpus.sentenceLexical, words.map((t) => t.term)).some((s) => {
    const { paragraph, span } = sentenceAt(corpus, s);
    return pattern.test(corpus.paragraphs[paragraph]!.text.slice(span.start, span.end));
  });
}

const isCommon = (corpus: PreparedCorpus, token: Token, commonWordSize: number) => (corpus.englishWords.get(token.word) ?? Infinity) <= commonWordSize;

/**
 * Words side by side as a name joins them, in any case, each perhaps possessive ("People's Army": the word read is
 * "people"); or two words joined by "of" (`joinedByOf`: "division of labour", "the problem of food").
 */
function sideBySide(words: readonly Token[], then: readonly Token[] = [], joinedByOf = false, wordBetween = false): RegExp {
  const written = (run: readonly Token[]) => run.map((t) => String.raw`${singular(t.word)}(?:s|['’]s)?`).join(NAME_JOIN);
  const between = joinedByOf ? String.raw`\s+of\s+(?:the\s+)?` : wordBetween ? String.raw`(?:${NAME_JOIN}[\p{L}-]+)?${NAME_JOIN}` : NAME_JOIN;
  const joined = then.length === 0 ? written(words) : `${written(words)}${between}${written(then)}`;
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${joined}(?![\p{L}\p{N}])`, 'iu');
}
/** What joins two words of a run by "of" in a question ("the division of labour"). */
const OF_JOINS = /^\s+of\s+(?:the\s+)?$/i;
/** A word without the "s" of a plural, so that a name matches in either number ("the Seven-Year Plans", "Plan"). */
const singular = (word: string) => (word.length > 3 && /[^s]s$/.test(word) ? word.slice(0, -1) : word);

/** A word that says which of several things of one name is meant: "the Third Seven-Year Plan", not the Second. */
const ORDINAL = new RegExp(String.raw`^(?:${ORDINAL_WORDS.join('|')}|\d+(?:st|nd|rd|th))$`);
/** A number that says which, by how many: "the Three-Year Plan", not a Seven-Year one. */
const CARDINAL = new RegExp(String.raw`^(?:${NUMBER_WORDS.join('|')}|\d+)$`);

/**
 * Every run of two or more side-by-side words of a name, the whole name included; of a name that opens with an
 * ordinal, only the runs that keep it ("Seven-Year Plan" holds the Second as well as the Third); of one that opens
 * with a number, the whole name ("Year Plan" holds a Seven-Year one, "three-year" the three-year war).
 */
function partsOf(name: readonly Token[]): Token[][] {
  if (CARDINAL.test(name[0]?.word ?? '')) return [[...name]];
  const parts: Token[][] = [];
  const starts = ORDINAL.test(name[0]?.word ?? '') ? 1 : name.length - 1;
  for (let from = 0; from < starts; from++) for (let to = from + 2; to <= name.length; to++) parts.push(name.slice(from, to));
  return parts;
}

/**
 * Whether a text holds one of a question's quoted phrases (lower case, single spaces), whatever its case and spacing:
 * one pattern per question, tested on the text as it is (a folded copy of every paragraph took ~80 MB at 100k).
 */
function holdsPhrase(text: string, phrases: readonly string[]): boolean {
  let pattern = phrasePatterns.get(phrases);
  if (!pattern) phrasePatterns.set(phrases, (pattern = new RegExp(phrases.map((p) => escapeRegExp(p).replace(/ /g, '\\s+')).join('|'), 'iu')));
  return pattern.test(text);
}
const phrasePatterns = new WeakMap<readonly string[], RegExp>();

/** A content word of the question for coverage: its term, the terms of its other forms in the corpus, its IDF. */
interface CoverageWord {
  term: string;
  forms: string[];
  weight: number;
}

/** The question's distinct content words for `coverage`, made once per ranking. */
function coverageWords(corpus: PreparedCorpus, query: ParsedQuery, forms: ReadonlyMap<string, readonly string[]>): CoverageWord[] {
  const words = new Map(query.tokens.map((t) => [t.term, (forms.get(t.word) ?? []).map(stem)]));
  return [...words].map(([term, other]) => ({ term, forms: other, weight: idf(corpus.paragraphLexical, term) }));
}

/** The terms of a paragraph and of its work's title and occasion: where `coverage` looks for the question's words. */
function termsOf(corpus: PreparedCorpus, p: number): Set<string> {
  const work = corpus.paragraphWork[p]!;
  return new Set([...tokenize(corpus.paragraphs[p]!.text).map((t) => t.term), ...contentTokens(`${work.title} ${work.occasion ?? ''}`).map((t) => t.term)]);
}

/**
 * IDF-weighted share of the question's content words present (`termsOf` the paragraph); a name the corpus uses
 * only in other forms is present when one of them is.
 */
function coverage(present: ReadonlySet<string>, words: readonly CoverageWord[]): number {
  if (words.length === 0) return 0;
  let total = 0;
  let found = 0;
  for (const { term, forms, weight } of words) {
    total += weight;
    if (present.has(term) || forms.some((t) => present.has(t))) found += weight;
  }
  return total > 0 ? found / total : 0;
}

