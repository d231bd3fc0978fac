/**
 * The ranking signals (pure): for paragraphs, BM25 and the cosine of their best window; for sentences, BM25
 * and the cosine of their best piece. Each comes raw (cosines, for abstention) and on a 0..1 scale (for fusion:
 * BM25 divided by its maximum so absent evidence stays 0, cosines min–max scaled over the scored rows).
 */
import { nearestBySigns, scoresOfAll, scoresOfRows } from './dense.ts';
import { maxNormalize, minMaxNormalize } from './fusion.ts';
import { bm25Scores, bm25ScoresOf, type WeightedTerm } from './lexical.ts';
import type { OwnedRows, PreparedCorpus } from './prepare.ts';

/** The best score among each owner's rows (-1 for an owner without rows). */
function bestPerOwner(scores: ArrayLike<number>, start: Uint32Array, owners: number): Float32Array {
  const best = new Float32Array(owners).fill(-1);
  for (let o = 0; o < owners; o++) for (let r = start[o]!; r < start[o + 1]!; r++) best[o] = Math.max(best[o]!, scores[r]!);
  return best;
}

export interface ParagraphSignals {
  /** BM25 over the maximum (`paragraphLexical`). */
  lexical: Float64Array;
  dense: Float64Array;
  /** Cosine of each paragraph's best window. */
  similarity: Float32Array;
}

/**
 * Window cosines of every paragraph: exact over all windows when there are at most `candidates` of them;
 * past that, exact over the `candidates` windows nearest by sign bits, and a paragraph none of whose windows is
 * among them gets no dense evidence (similarity -1, dense 0), as a sentence outside the pool gets none.
 */
export function paragraphSignals(corpus: PreparedCorpus, lexical: Float64Array, question: Float32Array, candidates: number): ParagraphSignals {
  const n = corpus.paragraphs.length;
  const { matrix, start, owner, signs } = corpus.windows;
  let similarity: Float32Array;
  if (matrix.rows <= candidates) similarity = bestPerOwner(scoresOfAll(matrix, question), start, n);
  else {
    const rows = nearestBySigns(signs, question, candidates);
    const scores = scoresOfRows(matrix, rows, question);
    similarity = new Float32Array(n).fill(-1);
    for (let k = 0; k < rows.length; k++) {
      const p = owner[rows[k]!]!;
      if (scores[k]! > similarity[p]!) similarity[p] = scores[k]!;
    }
  }
  return { lexical, dense: scaledSimilarity(similarity), similarity };
}

/** Paragraph BM25 over its maximum: needs no question vector, so it can run while the question is embedded. */
export function paragraphLexical(corpus: PreparedCorpus, terms: readonly WeightedTerm[]): Float64Array {
  return maxNormalize(bm25Scores(corpus.paragraphLexical, terms));
}

/** Min–max scaled over the paragraphs that have a similarity (> -1); those without one read 0. */
function scaledSimilarity(similarity: Float32Array): Float64Array {
  let min = Infinity;
  let max = -Infinity;
  for (const x of similarity) {
    if (x <= -1) continue;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const out = new Float64Array(similarity.length);
  const range = max - min;
  if (range > 0) for (let p = 0; p < similarity.length; p++) if (similarity[p]! > -1) out[p] = (similarity[p]! - min) / range;
  return out;
}

/** Sentence signals looked up by sentence index; a sentence outside the scored ones reads 0. */
export interface SentenceSignals {
  lexical(sentence: number): number;
  dense(sentence: number): number;
  /** Cosine of the sentence's best piece. */
  similarity(sentence: number): number;
}

/** Cosines of the given owners' best rows, in the order given. */
function bestOfOwners(rows: OwnedRows, owners: readonly number[], question: Float32Array): Float32Array {
  const list: number[] = [];
  const start = new Uint32Array(owners.length + 1);
  owners.forEach((o, i) => {
    for (let r = rows.start[o]!; r < rows.start[o + 1]!; r++) list.push(r);
    start[i + 1] = list.length;
  });
  return bestPerOwner(scoresOfRows(rows.matrix, list, question), start, owners.length);
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
    const similarity = bestPerOwner(scoresOfAll(corpus.pieces.matrix, question), corpus.pieces.start, corpus.sentences.length);
    const lexical = maxNormalize(bm25Scores(corpus.sentenceLexical, terms));
    const dense = minMaxNormalize(similarity);
    return { lexical: (s) => lexical[s]!, dense: (s) => dense[s]!, similarity: (s) => similarity[s]! };
  }
  const sentences = paragraphs.flatMap((p) => corpus.paragraphSentences[p]!);
  const local = new Map(sentences.map((s, i) => [s, i]));
  const similarity = bestOfOwners(corpus.pieces, sentences, question);
  const lexical = maxNormalize(bm25ScoresOf(corpus.sentenceLexical, terms, local));
  const dense = minMaxNormalize(similarity);
  const at = (values: ArrayLike<number>) => (s: number) => values[local.get(s) ?? -1] ?? 0;
  return { lexical: at(lexical), dense: at(dense), similarity: at(similarity) };
}
