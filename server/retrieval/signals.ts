/**
 * The ranking signals (pure): for paragraphs, BM25 and the cosine of their best window; for sentences, BM25
 * and the cosine of their best piece. Each comes raw (cosines, for abstention) and on a 0..1 scale (for fusion:
 * BM25 divided by its maximum so absent evidence stays 0, cosines min–max scaled over the scored rows).
 */
import { nearestBySigns, scoresOfAll, scoresOfRows } from './dense.ts';
import { maxNormalize, minMaxNormalize } from './fusion.ts';
import { bm25Scores, bm25ScoresOf, type WeightedTerm } from './lexical.ts';
import { lowerBound } from './sorted.ts';
import type { OwnedRows, PreparedCorpus } from './prepare.ts';

/** The similarity of a paragraph or sentence none of whose rows was scored: below any cosine. */
const NO_SIMILARITY = -1;

/** The best score among each owner's rows (NO_SIMILARITY for an owner without rows), into `best` (one per owner). */
function bestPerOwner(scores: ArrayLike<number>, start: Uint32Array, best: Float32Array): Float32Array {
  best.fill(NO_SIMILARITY);
  for (let o = 0; o < best.length; o++) for (let r = start[o]!; r < start[o + 1]!; r++) best[o] = Math.max(best[o]!, scores[r]!);
  return best;
}

export interface ParagraphSignals {
  /** BM25 over its maximum. */
  lexical: Float64Array;
  dense: Float64Array;
  /** Cosine of each paragraph's best window. */
  similarity: Float32Array;
}

/**
 * Window cosines of every paragraph: exact over all windows when there are at most `candidates` of them;
 * past that, exact over the `candidates` windows nearest by sign bits, and a paragraph none of whose windows is
 * among them gets no dense evidence (similarity NO_SIMILARITY, dense 0), as a sentence outside the pool gets none.
 */
export function paragraphSignals(corpus: PreparedCorpus, terms: readonly WeightedTerm[], question: Float32Array, candidates: number): ParagraphSignals {
  const { matrix, start, owner, signs } = corpus.windows;
  const { scratch } = corpus;
  const similarity = scratch.similarity.fill(NO_SIMILARITY);
  if (matrix.rows <= candidates) bestPerOwner(scoresOfAll(matrix, question), start, similarity);
  else {
    const rows = nearestBySigns(signs, question, candidates, scratch.signDistance);
    const scores = scoresOfRows(matrix, rows, question);
    for (let k = 0; k < rows.length; k++) {
      const p = owner[rows[k]!]!;
      if (scores[k]! > similarity[p]!) similarity[p] = scores[k]!;
    }
  }
  const lexical = maxNormalize(bm25Scores(corpus.paragraphLexical, terms, scratch.lexical), scratch.lexical);
  return { lexical, dense: minMaxNormalize(similarity, scratch.dense, NO_SIMILARITY), similarity };
}

/** Sentence signals looked up by sentence index; a sentence outside the scored ones reads 0. */
export interface SentenceSignals {
  lexical(sentence: number): number;
  dense(sentence: number): number;
  /** Cosine of the sentence's best piece. */
  similarity(sentence: number): number;
}

/** Cosines of the given owners' best rows, in the order given. */
function bestOfOwners(rows: OwnedRows, owners: ArrayLike<number>, question: Float32Array): Float32Array {
  const start = new Uint32Array(owners.length + 1);
  for (let i = 0; i < owners.length; i++) start[i + 1] = start[i]! + rows.start[owners[i]! + 1]! - rows.start[owners[i]!]!;
  const list = new Uint32Array(start[owners.length]!);
  for (let i = 0; i < owners.length; i++) for (let r = rows.start[owners[i]!]!, k = start[i]!; k < start[i + 1]!; r++, k++) list[k] = r;
  return bestPerOwner(scoresOfRows(rows.matrix, list, question), start, new Float32Array(owners.length));
}

/** Position of `x` in the ascending `list`, or -1. */
function sortedIndexOf(list: Uint32Array, x: number): number {
  const at = lowerBound(list, x);
  return at < list.length && list[at] === x ? at : -1;
}

/**
 * Signals of the sentences of `paragraphs` (null: of every paragraph), normalised over those sentences;
 * for a pool, nothing corpus-sized is allocated per question.
 */
export function sentenceSignals(
  corpus: PreparedCorpus,
  paragraphs: readonly number[] | null,
  terms: readonly WeightedTerm[],
  question: Float32Array,
): SentenceSignals {
  if (!paragraphs) {
    const similarity = bestPerOwner(scoresOfAll(corpus.pieces.matrix, question), corpus.pieces.start, new Float32Array(corpus.sentences.paragraph.length));
    const lexical = maxNormalize(bm25Scores(corpus.sentenceLexical, terms));
    const dense = minMaxNormalize(similarity);
    return { lexical: (s) => lexical[s]!, dense: (s) => dense[s]!, similarity: (s) => similarity[s]! };
  }
  let count = 0;
  const first = corpus.paragraphSentences;
  for (const p of paragraphs) count += first[p + 1]! - first[p]!;
  const sentences = new Uint32Array(count);
  count = 0;
  for (const p of paragraphs) for (let s = first[p]!; s < first[p + 1]!; s++) sentences[count++] = s;
  sentences.sort();
  const similarity = bestOfOwners(corpus.pieces, sentences, question);
  const lexical = maxNormalize(bm25ScoresOf(corpus.sentenceLexical, terms, sentences));
  const dense = minMaxNormalize(similarity);
  const at = (values: ArrayLike<number>) => (s: number) => {
    const i = sortedIndexOf(sentences, s);
    return i < 0 ? 0 : values[i]!;
  };
  return { lexical: at(lexical), dense: at(dense), similarity: at(similarity) };
}
