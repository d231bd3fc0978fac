/** Score fusion: put each ranker's scores on a common 0..1 scale before mixing them. */

/** Divides by the maximum so 1 is the best candidate and 0 means no evidence (keeps absolute zeros at zero). */
export function maxNormalize(scores: ArrayLike<number>): Float64Array {
  let max = 0;
  for (let i = 0; i < scores.length; i++) if (scores[i]! > max) max = scores[i]!;
  const out = new Float64Array(scores.length);
  if (max > 0) for (let i = 0; i < scores.length; i++) out[i] = Math.max(0, scores[i]!) / max;
  return out;
}

/** Min–max over the candidates: the worst becomes 0, the best 1. */
export function minMaxNormalize(scores: ArrayLike<number>): Float64Array {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < scores.length; i++) {
    min = Math.min(min, scores[i]!);
    max = Math.max(max, scores[i]!);
  }
  const out = new Float64Array(scores.length);
  const range = max - min;
  if (range > 0) for (let i = 0; i < scores.length; i++) out[i] = (scores[i]! - min) / range;
  return out;
}

/** Indexes sorted by descending score (stable for ties). */
export function rankOf(scores: ArrayLike<number>): number[] {
  return Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
}

/**
 * The first `m` indexes of `rankOf(scores)` that `accept` lets through, in the same order, found in one
 * pass that keeps only the best `m` (a full sort of 100k paragraphs per question cost ~60 ms).
 */
export function topIndexes(scores: ArrayLike<number>, m: number, accept: (i: number) => boolean = () => true): number[] {
  const top: number[] = [];
  if (m <= 0) return top;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    // A later index with an equal score ranks after the current last, so it only enters when strictly better.
    if (top.length === m && !(s > scores[top[m - 1]!]!)) continue;
    if (!accept(i)) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (scores[top[mid]!]! >= s) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, i);
    if (top.length > m) top.pop();
  }
  return top;
}
