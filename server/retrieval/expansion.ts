/**
 * Query expansion through the embedding's nearest words: a static word model puts near-synonyms close
 * together ("kids" near "children"), so each question word also asks for its closest corpus words, weighted
 * by similarity and counting for less than the word itself.
 */
import { cosineScores, type VectorMatrix } from './dense.ts';
import type { WeightedTerm } from './lexical.ts';
import { stem } from './text.ts';

export interface ExpansionOptions {
  /** Neighbours below this cosine similarity are ignored. */
  minSimilarity: number;
  /** At most this many neighbours per question word. */
  perWord: number;
  /** An expansion's weight is `scale · similarity^2` (the word itself weighs 1)… */
  scale: number;
  /**
   * …times this when the question word itself occurs in the corpus. A word the texts never use can only be
   * found through its neighbours; a word they do use mostly means itself, and its nearest neighbours in a
   * static model include antonyms and siblings (north/south, buy/sell) that would pull in the wrong passages.
   */
  inCorpusScale: number;
}

export const DEFAULT_EXPANSION: ExpansionOptions = { minSimilarity: 0.6, perWord: 4, scale: 0.6, inCorpusScale: 0.3 };

export interface Neighbour {
  word: string;
  similarity: number;
}

/** The corpus words closest to `vector`, best first, excluding words with the same stem as `word`. */
export function nearestWords(
  word: string,
  vector: Float32Array,
  vocabulary: readonly string[],
  vocabularyVectors: VectorMatrix,
  options: ExpansionOptions,
): Neighbour[] {
  const scores = cosineScores(vocabularyVectors, vector);
  const own = stem(word);
  const found: Neighbour[] = [];
  for (let i = 0; i < scores.length; i++) {
    const similarity = scores[i]!;
    if (similarity >= options.minSimilarity && stem(vocabulary[i]!) !== own) found.push({ word: vocabulary[i]!, similarity });
  }
  return found.sort((a, b) => b.similarity - a.similarity).slice(0, options.perWord);
}

/** Weighted terms for a question: its own stems at weight 1, plus each word's neighbours' stems. */
export function expandTerms(
  words: readonly string[],
  neighbours: ReadonlyMap<string, readonly Neighbour[]>,
  options: ExpansionOptions,
  inCorpus: (term: string) => boolean,
): WeightedTerm[] {
  const weights = new Map<string, number>();
  const raise = (term: string, weight: number) => weights.set(term, Math.max(weights.get(term) ?? 0, weight));
  for (const word of words) raise(stem(word), 1);
  for (const word of words) {
    const scale = options.scale * (inCorpus(stem(word)) ? options.inCorpusScale : 1);
    for (const n of neighbours.get(word) ?? []) raise(stem(n.word), scale * n.similarity * n.similarity);
  }
  return [...weights].map(([term, weight]) => ({ term, weight }));
}
