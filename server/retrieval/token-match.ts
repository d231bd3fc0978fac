/**
 * Late interaction (ColBERT's MaxSim) over the embedding model's token states (pure): each question token's best
 * cosine among a passage's tokens, averaged over the question's tokens. Where the pooled vectors say how close a
 * passage is as a whole, this says how much of the question a passage holds word for word in meaning ("a client
 * state" near "a political satellite"), as BM25 does for the words as written.
 */

/** A question's late-interaction scores over one paragraph. */
export interface TokenScores {
  /** Over the paragraph, read in its windows. */
  paragraph: number;
  /** Over each of its sentences (`sentenceSpans`, in order), each sentence's tokens as read in its windows. */
  sentences: readonly number[];
}

/** Token states row after row: float32 as the model gives them, or float16 as they are kept (`token-matcher.ts`). */
export type TokenStates = Float32Array | Float16Array;

/**
 * MaxSim of a question over a passage and over each of its parts (its sentences), in one pass over its tokens: each
 * question token's best cosine among their tokens, averaged over the question's tokens. `question` and the states are
 * unit token vectors row after row, `dims` each; `parts` holds each part's states (a part read in two windows has
 * two), `rest` the passage's tokens in no part. With no tokens, a score is -1, below any cosine.
 */
export function maxSimOfParts(question: Float32Array, parts: readonly (readonly TokenStates[])[], rest: readonly TokenStates[], dims: number): { passage: number; parts: number[] } {
  const rows = question.length / dims;
  if (rows === 0) return { passage: -1, parts: parts.map(() => -1) };
  const sums = parts.map(() => 0);
  let passage = 0;
  for (let q = 0; q < rows; q++) {
    let best = bestOf(question, q, rest, dims);
    parts.forEach((states, i) => {
      const inPart = bestOf(question, q, states, dims);
      sums[i]! += inPart;
      if (inPart > best) best = inPart;
    });
    passage += best;
  }
  return { passage: passage / rows, parts: sums.map((sum) => sum / rows) };
}

/** Question token `q`'s best cosine among the token rows of `states`; -1 when they have none. */
function bestOf(question: Float32Array, q: number, states: readonly TokenStates[], dims: number): number {
  let best = -1;
  for (const rows of states) {
    for (let at = 0; at < rows.length; at += dims) {
      let dot = 0;
      for (let k = 0; k < dims; k++) dot += question[q * dims + k]! * rows[at + k]!;
      if (dot > best) best = dot;
    }
  }
  return best;
}
