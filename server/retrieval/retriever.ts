/** The retriever: the prepared corpus plus the embedder, answering `search(question)` with a ranking. */
import type { Corpus } from '../corpus/types.ts';
import type { Embedder } from '../index/embedder.ts';
import { corpusVocabulary, paragraphUnitId, sentenceUnitId, wordUnitId } from '../index/units.ts';
import { toMatrix } from './dense.ts';
import type { PassageFilters } from './filters.ts';
import { parseQuery } from './query.ts';
import { DEFAULT_RANKING, prepareCorpus, rankPassages, type PreparedCorpus, type Ranking, type RankingOptions } from './rank.ts';
import { sentenceSpans } from './text.ts';

export interface Retriever {
  readonly corpus: PreparedCorpus;
  search(question: string, filters: PassageFilters, k: number, options?: RankingOptions): Promise<Ranking>;
}

export function createRetriever(corpus: Corpus, vectors: ReadonlyMap<string, Float32Array>, embedder: Embedder): Retriever {
  const vectorOf = (id: string) => {
    const v = vectors.get(id);
    if (!v) throw new Error(`index has no vector for ${id}`);
    return v;
  };
  const d = embedder.dimensions;
  const vocabulary = corpusVocabulary(corpus);
  const prepared = prepareCorpus({
    works: corpus.works,
    paragraphs: corpus.paragraphs,
    paragraphVectors: toMatrix(corpus.paragraphs.map((p) => vectorOf(paragraphUnitId(p.id))), d),
    sentenceVectors: toMatrix(
      corpus.paragraphs.flatMap((p) => sentenceSpans(p.text).map((_, n) => vectorOf(sentenceUnitId(p.id, n)))),
      d,
    ),
    vocabulary,
    vocabularyVectors: toMatrix(vocabulary.map((w) => vectorOf(wordUnitId(w))), d),
  });

  return {
    corpus: prepared,
    async search(question, filters, k, options = DEFAULT_RANKING) {
      const parsed = parseQuery(question, prepared.metadataWords);
      const words = [...new Set(parsed.tokens.map((t) => t.word))];
      const [questionVector] = await embedder.embed([question], 'query');
      const wordVectors = words.length ? await embedder.embed(words, 'passage') : [];
      return rankPassages(
        prepared,
        parsed,
        { question: questionVector!, words: new Map(words.map((w, i) => [w, wordVectors[i]!])) },
        filters,
        k,
        options,
      );
    },
  };
}
