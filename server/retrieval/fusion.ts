/** Score fusion: put each ranker's scores on a common 0..1 scale before mixing them. */

/**
 * Divides by the maximum so 1 is the best candidate and 0 means no evidence (keeps absolute zeros at zero);
 * into `out`, which may be `scores` itself.
 */
export function maxNormalize(scores: ArrayLike<number>, out: Float64Array = new Float64Array(scores.length)): Float64Array {
  let max = 0;
  for (let i = 0; i < scores.length; i++) if (scores[i]! > max) max = scores[i]!;
  for (let i = 0; i < scores.length; i++) out[i] = max > 0 ? Math.max(0, scores[i]!) / max : 0;
  return out;
}

/**
 * Min–max over the candidates: the worst becomes 0, the best 1. A score at or below `absent` marks no evidence:
 * it reads 0 and does not set the minimum. Into `out`, which may be `scores` itself.
 */
export function minMaxNormalize(scores: ArrayLike<number>, out: Float64Array = new Float64Array(scores.length), absent = -Infinity): Float64Array {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < scores.length; i++) {
    if (scores[i]! <= absent) continue;
    min = Math.min(min, scores[i]!);
    max = Math.max(max, scores[i]!);
  }
  const range = max - min;
  for (let i = 0; i < scores.length; i++) out[i] = range > 0 && scores[i]! > absent ? (scores[i]! - min) / range : 0;
  return out;
}

/** The best and second-best of a paragraph's sentence scores: the best twice for a single sentence, 0 for none. */
export function bestTwo(scores: readonly number[]): [number, number] {
  let best = 0;
  let second = 0;
  for (const x of scores) {
    if (x > best) [best, second] = [x, best];
    else if (x > second) second = x;
  }
  return [best, scores.length === 1 ? best : second];
}

/** Indexes sorted by descending score (stable for ties). */
export function rankOf(scores: ArrayLike<number>): number[] {
  return Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
}

/**
 * The first `m` indexes of `rankOf(scores)` that `accept` lets through, in the same order, found in one
 * pass that keeps the best `m` in a heap whose root is the worst of them (a full sort of 100k paragraphs per
 * question cost ~60 ms; a sorted array with insertions, 5 ms for a pool of 2,000).
 */
export function topIndexes(scores: ArrayLike<number>, m: number, accept: (i: number) => boolean = () => true): number[] {
  if (m <= 0) return [];
  const heap = new Int32Array(m);
  let size = 0;
  // a ranks below b: a lower score, or the same score and a later index.
  const below = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
  for (let i = 0; i < scores.length; i++) {
    // A later index with an equal score ranks below the current worst, so it only enters when strictly better.
    if (size === m && !(scores[i]! > scores[heap[0]!]!)) continue;
    if (!accept(i)) continue;
    let at: number;
    if (size < m) {
      // Sift the new index up from the end.
      at = size++;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!below(i, heap[parent]!)) break;
        heap[at] = heap[parent]!;
        at = parent;
      }
    } else {
      // Replace the worst at the root and sift down.
      at = 0;
      for (;;) {
        const left = 2 * at + 1;
        if (left >= size) break;
        const child = left + 1 < size && below(heap[left + 1]!, heap[left]!) ? left + 1 : left;
        if (!below(heap[child]!, i)) break;
        heap[at] = heap[child]!;
        at = child;
      }
    }
    heap[at] = i;
  }
  return Array.from(heap.subarray(0, size)).sort((a, b) => (below(a, b) ? 1 : below(b, a) ? -1 : 0));
}
