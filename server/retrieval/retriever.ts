/** The retriever: the prepared corpus plus the embedder, answering `search(question)` with a ranking. */
import type { Corpus } from '../corpus/types.ts';
import type { Embedder } from '../index/embedder.ts';
import type { EmbeddingUnit } from '../index/units.ts';
import { toMatrix } from './dense.ts';
import type { PassageFilters } from './filters.ts';
import { DEFAULT_RANKING, type RankingOptions } from './options.ts';
import { prepareCorpus, type PreparedCorpus } from './prepare.ts';
import { parseQuery, type ParsedQuery } from './query.ts';
import { rankPassages, type Ranking } from './rank.ts';

export interface Retriever {
  readonly corpus: PreparedCorpus;
  search(question: string, filters: PassageFilters, k: number, options?: RankingOptions): Promise<Ranking>;
  /** The vector a search embeds for the question (the model's share of a search), from a small cache of recent ones. */
  questionVector(question: string, options?: RankingOptions): Promise<Float32Array>;
}

/** Recent questions whose vectors are kept: a repeated or reloaded question skips the model. */
const QUESTION_CACHE = 256;

/** An opened index: the units embedded for the corpus and their vectors by unit id. */
export interface IndexedUnits {
  units: readonly EmbeddingUnit[];
  vectors: ReadonlyMap<string, Float32Array>;
}

export function createRetriever(corpus: Corpus, index: IndexedUnits, embedder: Embedder): Retriever {
  const { units, vectors } = index;
  const vectorOf = (id: string) => {
    const v = vectors.get(id);
    if (!v) throw new Error(`index has no vector for ${id}`);
    return v;
  };
  const d = embedder.dimensions;
  const paragraphIndex = new Map(corpus.paragraphs.map((p, i) => [p.id, i]));
  const windows = units.filter((u) => u.kind === 'paragraph');
  const pieces = units.filter((u) => u.kind === 'sentence');
  const prepared = prepareCorpus({
    works: corpus.works,
    paragraphs: corpus.paragraphs,
    windowVectors: toMatrix(windows.map((u) => vectorOf(u.id)), d),
    windowParagraph: windows.map((u) => paragraphIndex.get(u.paragraphId)!),
    pieceVectors: toMatrix(pieces.map((u) => vectorOf(u.id)), d),
    pieceParagraph: pieces.map((u) => paragraphIndex.get(u.paragraphId)!),
    pieceSentence: pieces.map((u) => u.sentence!),
  });

  const cache = new Map<string, Promise<Float32Array>>();
  const embedQuery = (text: string) => {
    let vector = cache.get(text);
    if (vector) cache.delete(text);
    else vector = embedder.embed([text], 'query').then(([v]) => v!);
    cache.set(text, vector);
    if (cache.size > QUESTION_CACHE) cache.delete(cache.keys().next().value!);
    vector.catch(() => cache.delete(text));
    return vector;
  };
  const vectorFor = (question: string, parsed: ParsedQuery, options: RankingOptions) =>
    embedQuery(options.denseQuery === 'content-words' && parsed.tokens.length ? parsed.tokens.map((t) => t.word).join(' ') : question);

  return {
    corpus: prepared,
    questionVector: (question, options = DEFAULT_RANKING) => vectorFor(question, parseQuery(question, prepared.metadataWords), options),
    async search(question, filters, k, options = DEFAULT_RANKING) {
      const parsed = parseQuery(question, prepared.metadataWords);
      return rankPassages(prepared, parsed, await vectorFor(question, parsed, options), filters, k, options);
    },
  };
}
