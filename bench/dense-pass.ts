/**
 * The first dense pass at scale, measured on a prepared corpus: scoring every paragraph window exactly from its
 * int8 codes vs sign bits first and int8 rescoring of the best `candidates` (time per question), and how many of
 * the exact top 100 windows the sign-bit pass keeps.
 */
import { nearestBySigns, scoresOfAll, scoresOfRows } from '../server/retrieval/dense.ts';
import { topIndexes } from '../server/retrieval/fusion.ts';
import type { PreparedCorpus } from '../server/retrieval/prepare.ts';
import { summarize, type LatencySummary } from './stats.ts';

export interface DensePass {
  windows: number;
  candidates: number;
  exactScanMs: LatencySummary;
  signsThenRescoreMs: LatencySummary;
  keptOfExactTop100: number;
}

/** Row indexes of the `k` highest scores (`rows[i]` for score i when given). */
function topRows(scores: Float32Array, rows: ArrayLike<number> | null, k: number): number[] {
  return topIndexes(scores, k).map((i) => (rows ? rows[i]! : i));
}

export function measureDensePass(prepared: PreparedCorpus, queries: readonly Float32Array[], candidates: number): DensePass {
  const { matrix, signs } = prepared.windows;
  const signsThenRescore = (q: Float32Array) => {
    const rows = nearestBySigns(signs, q, candidates);
    return topRows(scoresOfRows(matrix, rows, q), rows, 100);
  };
  const time = (score: (q: Float32Array) => unknown) =>
    queries.map((q) => {
      const t = performance.now();
      score(q);
      return performance.now() - t;
    });
  let kept = 0;
  for (const q of queries) {
    const exact = new Set(topRows(scoresOfAll(matrix, q), null, 100));
    kept += signsThenRescore(q).filter((r) => exact.has(r)).length;
  }
  return {
    windows: matrix.rows,
    candidates,
    exactScanMs: summarize(time((q) => scoresOfAll(matrix, q))),
    signsThenRescoreMs: summarize(time(signsThenRescore)),
    keptOfExactTop100: Math.round((kept / (queries.length * 100)) * 1000) / 1000,
  };
}
