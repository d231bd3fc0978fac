/**
 * Hybrid ranking of paragraphs for a question (pure): BM25 over paragraphs and over sentences with
 * embedding-neighbour query expansion, dense cosine over paragraph and sentence vectors, a title field and
 * a prior for the years the question names; each signal normalised before a weighted sum. Then diversity
 * for comparison questions, quote selection and the abstain decision.
 */
import type { Paragraph, Work } from '../corpus/types.ts';
import { cosineRows, cosineScores, type VectorMatrix } from './dense.ts';
import { diversifiedTop } from './diversify.ts';
import { expandTerms, nearestWords, type ExpansionOptions, DEFAULT_EXPANSION, type Neighbour } from './expansion.ts';
import { workMatches, type PassageFilters } from './filters.ts';
import { maxNormalize, minMaxNormalize, topIndexes } from './fusion.ts';
import { bm25Scores, bm25ScoresOf, buildLexicalIndex, documentFrequency, idf, type LexicalIndex, type WeightedTerm } from './lexical.ts';
import type { ParsedQuery } from './query.ts';
import { abstainReason, corpusYears, isKnownName, quantitySupported, yearsCovered, type AbstainReason, type Evidence } from './abstain.ts';
import { chooseQuote } from './quote.ts';
import { contentTokens, sentenceSpans, stem, tokenize, type Span } from './text.ts';

export interface RankingWeights {
  lexical: number;
  lexicalSentence: number;
  dense: number;
  denseSentence: number;
  title: number;
  year: number;
  /** Added when the passage holds a phrase the question quotes. */
  phrase: number;
  /** Added for the works a name in the question points to through their titles ("the Ghanaian newspaper"). */
  namedWork: number;
}

export interface RankingOptions {
  weights: RankingWeights;
  /** null turns query expansion off. */
  expansion: ExpansionOptions | null;
  /** Abstain when the best passage covers less than this share of the question's (IDF-weighted) content words. */
  minCoverage: number;
  /** In comparison mode, a work joins the first round when its best passage scores at least this share of the top one. */
  compareFloor: number;
}

export const DEFAULT_RANKING: RankingOptions = {
  weights: { lexical: 1, lexicalSentence: 0.6, dense: 1, denseSentence: 0.5, title: 0.15, year: 0.8, phrase: 1, namedWork: 1.5 },
  expansion: DEFAULT_EXPANSION,
  minCoverage: 0.15,
  compareFloor: 0.35,
};

/** The corpus prepared for ranking: lexical indexes and vector matrices, aligned by position. */
export interface PreparedCorpus {
  works: Map<string, Work>;
  paragraphs: Paragraph[];
  paragraphWork: Work[];
  paragraphLexical: LexicalIndex;
  paragraphVectors: VectorMatrix;
  sentences: { paragraph: number; span: Span }[];
  /** For each paragraph, the indexes of its sentences. */
  paragraphSentences: number[][];
  sentenceLexical: LexicalIndex;
  sentenceVectors: VectorMatrix;
  /** Title + occasion terms of each work, for the title field. */
  workLexical: LexicalIndex;
  workOrder: string[];
  vocabulary: string[];
  vocabularyVectors: VectorMatrix;
  /** Words that name authors: metadata, not content to match in the text. */
  metadataWords: Set<string>;
  /** Years the corpus is from or speaks about. */
  years: Set<number>;
  /** Every word of the texts, titles and occasions (lowercased), to tell whether a name occurs at all. */
  knownWords: Set<string>;
  /** The words of each work's title and occasion (lowercased), by work id. */
  titleWords: Map<string, Set<string>>;
}

export interface PrepareInput {
  works: readonly Work[];
  paragraphs: readonly Paragraph[];
  paragraphVectors: VectorMatrix;
  /** Sentence vectors in the order of `sentenceSpans` over the paragraphs. */
  sentenceVectors: VectorMatrix;
  vocabulary: readonly string[];
  vocabularyVectors: VectorMatrix;
}

const terms = (text: string) => tokenize(text).map((t) => t.term);

/** Term lists made one at a time as the lexical index consumes them: never all held at once (~130 MB at 100k paragraphs). */
function* termLists<T>(items: readonly T[], text: (item: T) => string): Generator<string[]> {
  for (const item of items) yield terms(text(item));
}

export function prepareCorpus(input: PrepareInput): PreparedCorpus {
  const works = new Map(input.works.map((w) => [w.id, w]));
  const paragraphs = [...input.paragraphs];
  const sentences: { paragraph: number; span: Span }[] = [];
  const paragraphSentences: number[][] = [];
  paragraphs.forEach((p, i) => {
    paragraphSentences.push(sentenceSpans(p.text).map((span) => sentences.push({ paragraph: i, span }) - 1));
  });
  const workOrder = input.works.map((w) => w.id);
  const metadataWords = new Set(input.works.flatMap((w) => w.author.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean)));
  return {
    works,
    paragraphs,
    paragraphWork: paragraphs.map((p) => works.get(p.workId)!),
    paragraphLexical: buildLexicalIndex(termLists(paragraphs, (p) => p.text)),
    paragraphVectors: input.paragraphVectors,
    sentences,
    paragraphSentences,
    sentenceLexical: buildLexicalIndex(termLists(sentences, (s) => paragraphs[s.paragraph]!.text.slice(s.span.start, s.span.end))),
    sentenceVectors: input.sentenceVectors,
    workLexical: buildLexicalIndex(input.works.map((w) => terms(`${w.title} ${w.occasion ?? ''}`))),
    workOrder,
    vocabulary: [...input.vocabulary],
    vocabularyVectors: input.vocabularyVectors,
    metadataWords,
    years: corpusYears(input.works, paragraphs),
    titleWords: new Map(input.works.map((w) => [w.id, new Set(tokenize(`${w.title} ${w.occasion ?? ''}`).map((t) => t.word))])),
    knownWords: new Set(
      [...paragraphs.map((p) => p.text), ...input.works.map((w) => `${w.title} ${w.occasion ?? ''}`)].flatMap((t) => tokenize(t).map((x) => x.word)),
    ),
  };
}

/** What the ranker needs from the model for one question. */
export interface QueryVectors {
  question: Float32Array;
  /** Vector of each distinct content word of the question. */
  words: Map<string, Float32Array>;
}

export interface RankedPassage {
  paragraph: Paragraph;
  work: Work;
  score: number;
  quote: string;
  quoteSpan: Span;
  evidence: Evidence;
}

/** A paragraph taken whole, as when a question asks for a work rather than a passage: all of it is the quote. */
export function wholeParagraph(paragraph: Paragraph, work: Work, score = 1): RankedPassage {
  return {
    paragraph,
    work,
    score,
    quote: paragraph.text,
    quoteSpan: { start: 0, end: paragraph.text.length },
    evidence: { coverage: 1, quantitySupported: true },
  };
}

export interface Ranking {
  abstain: boolean;
  abstainReason: AbstainReason | null;
  compare: boolean;
  passages: RankedPassage[];
  /** The weighted terms the lexical side searched for (question words and their expansions). */
  terms: WeightedTerm[];
}

export function rankPassages(
  corpus: PreparedCorpus,
  query: ParsedQuery,
  vectors: QueryVectors,
  filters: PassageFilters,
  k: number,
  options: RankingOptions = DEFAULT_RANKING,
): Ranking {
  const words = [...new Set(query.tokens.map((t) => t.word))];
  const neighbours = new Map<string, Neighbour[]>();
  if (options.expansion) {
    for (const w of words) {
      const v = vectors.words.get(w);
      if (v && !query.names.has(w)) neighbours.set(w, nearestWords(w, v, corpus.vocabulary, corpus.vocabularyVectors, options.expansion));
    }
  }
  const inCorpus = (term: string) => documentFrequency(corpus.paragraphLexical, term) > 0;
  const weighted = options.expansion
    ? expandTerms(words, neighbours, options.expansion, inCorpus)
    : words.map((w) => ({ term: stem(w), weight: 1 }));

  const n = corpus.paragraphs.length;
  const { weights } = options;
  const lexical = maxNormalize(bm25Scores(corpus.paragraphLexical, weighted));
  const paragraphDense = minMaxNormalize(cosineScores(corpus.paragraphVectors, vectors.question));
  const workTitle = maxNormalize(bm25Scores(corpus.workLexical, weighted));
  const titleByWork = new Map(corpus.workOrder.map((id, i) => [id, workTitle[i]!]));

  // First stage, over every paragraph: paragraph-level signals and the priors.
  const named = namedWorks(corpus, query.names);
  const fused = new Float64Array(n);
  let lastWork: Work | undefined;
  let workScore = 0;
  for (let p = 0; p < n; p++) {
    const work = corpus.paragraphWork[p]!;
    // A work's paragraphs are consecutive: look its title score and priors (year, named work) up once per work.
    if (work !== lastWork) {
      lastWork = work;
      workScore =
        weights.title * (titleByWork.get(work.id) ?? 0) +
        (work.year !== null && query.years.has(work.year) ? weights.year : 0) +
        (named.has(work.id) ? weights.namedWork : 0);
    }
    fused[p] = weights.lexical * lexical[p]! + weights.dense * paragraphDense[p]! + workScore;
  }

  // Second stage: sentence-level signals and quoted phrases, for every paragraph up to SENTENCE_POOL of them,
  // else for the best eligible first-stage ones (a large corpus then skips the scan over every sentence vector;
  // a paragraph holding all of a quoted phrase's words is among them).
  const eligible = (p: number) => workMatches(corpus.paragraphWork[p]!, filters);
  const pool = n <= SENTENCE_POOL ? null : topIndexes(fused, SENTENCE_POOL, eligible);
  const signals = sentenceSignals(corpus, pool, weighted, vectors.question);
  const inPool = pool ? new Uint8Array(n) : null;
  for (const p of pool ?? []) inPool![p] = 1;
  const folded = query.phrases.length ? foldedTexts(corpus) : null;
  for (let p = 0; p < n; p++) {
    if (inPool && !inPool[p]) continue;
    let bestLex = 0;
    let bestDense = 0;
    for (const s of corpus.paragraphSentences[p]!) {
      bestLex = Math.max(bestLex, signals.lexical(s));
      bestDense = Math.max(bestDense, signals.dense(s));
    }
    fused[p]! +=
      weights.lexicalSentence * bestLex +
      weights.denseSentence * bestDense +
      (folded && query.phrases.some((phrase) => folded[p]!.includes(phrase)) ? weights.phrase : 0);
  }

  const accept = inPool ? (p: number) => inPool[p] === 1 : eligible;
  const chosen = (
    query.compare ? diversifiedTop(fused, k, options.compareFloor, (p) => corpus.paragraphWork[p]!.id, accept) : topIndexes(fused, k, accept)
  ).map((index) => ({ index, score: fused[index]! }));

  const passages = chosen.map(({ index, score }) => {
    const paragraph = corpus.paragraphs[index]!;
    const sentenceIndexes = corpus.paragraphSentences[index]!;
    const sentenceScores = sentenceIndexes.map((s) => {
      const { span } = corpus.sentences[s]!;
      const phraseBonus = query.phrases.length && holdsPhrase(paragraph.text.slice(span.start, span.end), query.phrases) ? 1 : 0;
      return signals.lexical(s) + 0.5 * signals.dense(s) + phraseBonus;
    });
    const { quote, span } = chooseQuote(paragraph.text, sentenceIndexes.map((s) => corpus.sentences[s]!.span), sentenceScores);
    const evidence: Evidence = {
      coverage: coverage(corpus, index, words, neighbours),
      quantitySupported: quantitySupported(query, quote),
    };
    return { paragraph, work: corpus.paragraphWork[index]!, score: Math.round(score * 1e4) / 1e4, quote, quoteSpan: span, evidence };
  });
  const scope = {
    namesKnown: [...query.names].every((w) => isKnownName(w, corpus.knownWords)),
    yearsCovered: yearsCovered(query, corpus.years),
  };
  const reason = abstainReason(passages[0]?.evidence, scope, options.minCoverage);
  return { abstain: reason !== null, abstainReason: reason, compare: query.compare, passages, terms: weighted };
}

/** Past this many paragraphs, sentence-level signals are computed for the best first-stage candidates only. */
export const SENTENCE_POOL = 2000;

/** Normalised sentence signals, looked up by sentence index. */
interface SentenceSignals {
  lexical: (sentence: number) => number;
  dense: (sentence: number) => number;
}

/**
 * Sentence BM25 (max-normalised) and sentence cosine (min–max scaled) for the sentences of `paragraphs`
 * (null: all sentences), normalised over those sentences; other sentences read as 0. For a pool, only the
 * pool's sentences are scored, and nothing corpus-sized is allocated per question.
 */
function sentenceSignals(
  corpus: PreparedCorpus,
  paragraphs: readonly number[] | null,
  terms: readonly WeightedTerm[],
  question: Float32Array,
): SentenceSignals {
  if (!paragraphs) {
    const lexical = maxNormalize(bm25Scores(corpus.sentenceLexical, terms));
    const dense = minMaxNormalize(cosineScores(corpus.sentenceVectors, question));
    return { lexical: (s) => lexical[s]!, dense: (s) => dense[s]! };
  }
  const sentences = paragraphs.flatMap((p) => corpus.paragraphSentences[p]!);
  const local = new Map(sentences.map((s, i) => [s, i]));
  const lexical = maxNormalize(bm25ScoresOf(corpus.sentenceLexical, terms, local));
  const dense = minMaxNormalize(cosineRows(corpus.sentenceVectors, sentences, question));
  return { lexical: (s) => lexical[local.get(s) ?? -1] ?? 0, dense: (s) => dense[local.get(s) ?? -1] ?? 0 };
}

/**
 * A name found in the titles of only a few works, and hardly ever in the texts themselves, points to those works
 * ("the Ghanaian newspaper" → the Ghana Times interview). A name the texts use often ("North Korea") is a topic.
 */
const MAX_WORKS_PER_NAME = 3;
const MAX_TEXT_USES_OF_NAME = 3;

function namedWorks(corpus: PreparedCorpus, names: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  for (const name of names) {
    if (documentFrequency(corpus.paragraphLexical, stem(name)) > MAX_TEXT_USES_OF_NAME) continue;
    const works = [...corpus.titleWords].filter(([, words]) => isKnownName(name, words)).map(([id]) => id);
    if (works.length <= MAX_WORKS_PER_NAME) works.forEach((id) => found.add(id));
  }
  return found;
}

function holdsPhrase(text: string, phrases: readonly string[]): boolean {
  const folded = foldText(text);
  return phrases.some((p) => folded.includes(p));
}

const foldText = (text: string) => text.replace(/\s+/g, ' ').toLowerCase();

/** Paragraph texts folded for phrase matching, made once, on the first question that quotes a phrase (~0.7 s at 100k paragraphs). */
const foldedCache = new WeakMap<PreparedCorpus, string[]>();
function foldedTexts(corpus: PreparedCorpus): string[] {
  let texts = foldedCache.get(corpus);
  if (!texts) foldedCache.set(corpus, (texts = corpus.paragraphs.map((p) => foldText(p.text))));
  return texts;
}

/** IDF-weighted share of question words present in the paragraph or its work's title; a neighbour counts by its similarity. */
function coverage(corpus: PreparedCorpus, p: number, words: readonly string[], neighbours: ReadonlyMap<string, readonly Neighbour[]>): number {
  if (words.length === 0) return 0;
  // Made per passage shown rather than kept for every paragraph (a Set each was ~150 MB at 100k paragraphs).
  const present = new Set(terms(corpus.paragraphs[p]!.text));
  const work = corpus.paragraphWork[p]!;
  const titleTerms = new Set(contentTokens(`${work.title} ${work.occasion ?? ''}`).map((t) => t.term));
  const has = (term: string) => present.has(term) || titleTerms.has(term);
  let total = 0;
  let found = 0;
  for (const w of words) {
    const term = stem(w);
    const weight = idf(corpus.paragraphLexical, term);
    total += weight;
    if (has(term)) found += weight;
    else {
      const soft = Math.max(0, ...(neighbours.get(w) ?? []).filter((nb) => has(stem(nb.word))).map((nb) => nb.similarity));
      found += weight * soft;
    }
  }
  return total > 0 ? found / total : 0;
}
