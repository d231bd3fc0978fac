/**
 * The late-interaction score of questions over paragraphs (`token-match.ts`) from the model's token states: made on
 * demand, since storing them for every paragraph would take some 3 GB at 100k paragraphs (85 tokens of 384 numbers
 * each), and kept in bounded caches, so that a corpus as small as this one is read by the model once.
 */
import type { Paragraph } from '../corpus/types.ts';
import type { Embedder } from '../index/embedder.ts';
import { paragraphWindows } from '../index/units.ts';
import { recentlyUsed } from './recently-used.ts';
import { maxSim } from './token-match.ts';

export interface TokenMatcher {
  /**
   * The late-interaction score (`maxSim`) of a question over each paragraph (index), read in its windows as the model
   * reads a passage; a question's scores are kept. `states`: its tokens' states, as the model reads a query, asked for
   * only when some paragraph is not scored for it yet.
   */
  scores(question: string, states: () => Promise<Float32Array>, paragraphs: readonly number[]): Promise<number[]>;
  /** The scores `scores` made before, when it made them all: no model run, no wait. */
  known(question: string, paragraphs: readonly number[]): number[] | null;
}

export interface TokenMatcherLimits {
  /** Questions kept, with their scores. */
  questions: number;
  /**
   * Words of paragraphs whose states are kept: a word is 1.3 tokens of 4 × the model's dimensions bytes (2 KB for
   * 384), so 40,000 words take some 80 MB, and hold this corpus (26,000 words) whole.
   */
  paragraphWords: number;
}

const DEFAULT_LIMITS: TokenMatcherLimits = { questions: 256, paragraphWords: 40_000 };

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

export function createTokenMatcher(embedder: Embedder, paragraphs: readonly Paragraph[], limits: TokenMatcherLimits = DEFAULT_LIMITS): TokenMatcher {
  const questions = recentlyUsed<string, Map<number, number>>(limits.questions);
  // Promises, so that two questions asking for one paragraph at once run the model on it once.
  const paragraphStates = recentlyUsed<number, Promise<Float32Array[]>>(limits.paragraphWords);
  const statesOf = (indexes: readonly number[]) => {
    const found = indexes.map((p) => paragraphStates.get(p));
    const missing = indexes.filter((_, i) => !found[i]);
    if (missing.length === 0) return Promise.all(found as Promise<Float32Array[]>[]);
    // One request to the model for every window missing.
    const windows = missing.map((p) => paragraphWindows(paragraphs[p]!.text).map((w) => w.text));
    const run = embedder.tokenVectors(windows.flat());
    const made = new Map<number, Promise<Float32Array[]>>();
    let at = 0;
    missing.forEach((p, i) => {
      const from = at;
      const to = (at += windows[i]!.length);
      const states = run.then((all) => all.slice(from, to));
      made.set(p, states);
      paragraphStates.set(p, states, wordCount(paragraphs[p]!.text));
      states.catch(() => paragraphStates.delete(p));
    });
    return Promise.all(indexes.map((p, i) => found[i] ?? made.get(p)!));
  };
  return {
    async scores(text, questionStates, indexes) {
      let scores = questions.get(text);
      if (!scores) questions.set(text, (scores = new Map()));
      const unscored = indexes.filter((p) => !scores.has(p));
      if (unscored.length) {
        const [states, read] = await Promise.all([questionStates(), statesOf(unscored)]);
        unscored.forEach((p, i) => scores.set(p, maxSim(states, read[i]!, embedder.dimensions)));
      }
      return indexes.map((p) => scores.get(p)!);
    },
    known(text, indexes) {
      const scores = questions.get(text);
      return scores && indexes.every((p) => scores.has(p)) ? indexes.map((p) => scores.get(p)!) : null;
    },
  };
}
