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
 * pass that keeps the best `m` in a heap whose root is the worst of them (a full sort of 100k paragraphs per
 * question cost ~60 ms; a sorted array with insertions, 5 ms for a pool of 2,000).
 */
export function topIndexes(scores: ArrayLike<number>, m: number, accept: (i: number) => boolean = () => true): number[] {
  if (m <= 0) return [];
  const heap: number[] = [];
  // a ranks below b: a lower score, or the same score and a later index.
  const below = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
  const siftDown = (at: number) => {
    for (;;) {
      const left = 2 * at + 1;
      if (left >= heap.length) return;
      const child = left + 1 < heap.length && below(heap[left + 1]!, heap[left]!) ? left + 1 : left;
      if (!below(heap[child]!, heap[at]!)) return;
      [heap[at], heap[child]] = [heap[child]!, heap[at]!];
      at = child;
    }
  };
  for (let i = 0; i < scores.length; i++) {
    // A later index with an equal score ranks below the current worst, so it only enters when strictly better.
    if (heap.length === m && !(scores[i]! > scores[heap[0]!]!)) continue;
    if (!accept(i)) continue;
    if (heap.length < m) {
      heap.push(i);
      for (let at = heap.length - 1; at > 0; ) {
        const parent = (at - 1) >> 1;
        if (!below(heap[at]!, heap[parent]!)) break;
        [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
        at = parent;
      }
    } else {
      heap[0] = i;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (below(a, b) ? 1 : below(b, a) ? -1 : 0));
}
