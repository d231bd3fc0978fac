/**
 * Late interaction (ColBERT's MaxSim) over the embedding model's token states (pure): each question token's best
 * cosine among a passage's tokens, averaged over the question's tokens. Where the pooled vectors say how close a
 * passage is as a whole, this says how much of the question a passage holds word for word in meaning ("a client
 * state" near "a political satellite"), as BM25 does for the words as written.
 */

/**
 * MaxSim of a question over a passage read in one or more windows: `question` and each window are unit token
 * vectors row after row, `dims` each. A passage with no tokens scores -1, below any cosine.
 */
export function maxSim(question: Float32Array, windows: readonly Float32Array[], dims: number): number {
  const rows = question.length / dims;
  if (rows === 0) return -1;
  let sum = 0;
  for (let q = 0; q < rows; q++) {
    let best = -1;
    for (const window of windows) {
      for (let at = 0; at < window.length; at += dims) {
        let dot = 0;
        for (let k = 0; k < dims; k++) dot += question[q * dims + k]! * window[at + k]!;
        if (dot > best) best = dot;
      }
    }
    sum += best;
  }
  return sum / rows;
}
