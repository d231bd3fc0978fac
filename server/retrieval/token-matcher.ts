/**
 * The late-interaction score of questions over paragraphs (`token-match.ts`) from the model's token states: made on
 * demand, since storing them for every paragraph would take some 3 GB at 100k paragraphs (85 tokens of 384 numbers
 * each), and kept in bounded caches, so that a corpus as small as this one is read by the model once.
 */
import type { Paragraph } from '../corpus/types.ts';
import type { Embedder, PassageParts } from '../index/embedder.ts';
import { paragraphWindows } from '../index/units.ts';
import { recentlyUsed } from './recently-used.ts';
import { sentenceSpans, wordCount } from './text.ts';
import { maxSimOfParts, type TokenScores, type TokenStates } from './token-match.ts';

export interface TokenMatcher {
  /**
   * The late-interaction scores (`maxSimOfParts`) of a question over each paragraph (index), read as the model reads a
   * passage; a question's scores are kept. `states`: its tokens' states, as the model reads a query, asked for only
   * when some paragraph is not scored for it yet.
   */
  scores(question: string, states: () => Promise<Float32Array>, paragraphs: readonly number[]): Promise<TokenScores[]>;
  /** The scores `scores` made before, when it made them all: no model run, no wait. */
  known(question: string, paragraphs: readonly number[]): TokenScores[] | null;
  /**
   * Reads every paragraph ahead of the questions when the states of all of them are kept (`paragraphWords`), a few
   * paragraphs per model run, each once `free` resolves (when no question is waiting for the model), so that a
   * question's own run waits for one of those at most; a larger corpus is read as questions need it. Resolves to the
   * number of paragraphs read ahead (0 for a larger corpus).
   */
  readAll(free?: () => Promise<void>): Promise<number>;
}

export interface TokenMatcherLimits {
  /** Questions kept, with their scores. */
  questions: number;
  /**
   * Words of paragraphs whose states are kept: a word is 1.3 tokens of 2 × the model's dimensions bytes (1 KB for
   * 384), so 40,000 words take some 40 MB, and hold this corpus (26,000 words) whole.
   */
  paragraphWords: number;
}

const DEFAULT_LIMITS: TokenMatcherLimits = { questions: 256, paragraphWords: 40_000 };

/** Paragraphs per model run when all are read ahead (`readAll`): some 50 ms of the model's time. */
const READ_AHEAD = 4;

/**
 * A paragraph's token states: each sentence's (views of its windows'), and those of windows its sentences do not cover;
 * kept as float16, half the memory of the model's float32 (40 MB for the 40,000 words kept), the same scores to three
 * places.
 */
interface ParagraphStates {
  sentences: TokenStates[][];
  rest: TokenStates[];
}

/**
 * What the model reads of a paragraph: its windows (`paragraphWindows`), each with the sentences it holds whole as
 * parts; and how their states come back as the paragraph's. A sentence read in pieces has its pieces' windows.
 */
function paragraphReading(text: string): { passages: PassageParts[]; states: (read: readonly Float32Array[][]) => ParagraphStates } {
  const sentences = sentenceSpans(text);
  const windows = paragraphWindows(text, sentences);
  const held = windows.map((w) => (w.split ? [] : sentences.flatMap((s, i) => (w.span.start <= s.start && s.end <= w.span.end ? [i] : []))));
  const passages = windows.map((w, n) => ({ text: w.text, parts: held[n]!.map((i) => ({ start: sentences[i]!.start - w.span.start, end: sentences[i]!.end - w.span.start })) }));
  return {
    passages,
    states(read) {
      const bySentence = sentences.map((): TokenStates[] => []);
      const rest: TokenStates[] = [];
      windows.forEach((w, n) => {
        const [own, ...parts] = read[n]!;
        const kept = new Float16Array(own!);
        // A part read in the window's run is a view of its states: kept as the same view of the kept copy.
        const keptPart = (states: Float32Array) =>
          states.buffer === own!.buffer ? kept.subarray((states.byteOffset - own!.byteOffset) / 4, (states.byteOffset - own!.byteOffset) / 4 + states.length) : new Float16Array(states);
        if (w.split) bySentence[sentences.findIndex((s) => s.start === w.span.start)]!.push(kept);
        else parts.forEach((states, k) => bySentence[held[n]![k]!]!.push(keptPart(states!)));
        // A window whose tokens its sentences' views do not all hold (a sentence read alone) counts whole for the paragraph.
        const covered = parts.reduce((rows, states) => rows + (states!.buffer === own!.buffer ? states!.length : 0), 0);
        if (!w.split && covered !== own!.length) rest.push(kept);
      });
      return { sentences: bySentence, rest };
    },
  };
}

export function createTokenMatcher(embedder: Embedder, paragraphs: readonly Paragraph[], limits: TokenMatcherLimits = DEFAULT_LIMITS): TokenMatcher {
  const questions = recentlyUsed<string, Map<number, TokenScores>>(limits.questions);
  // Promises, so that two questions asking for one paragraph at once run the model on it once.
  const paragraphStates = recentlyUsed<number, Promise<ParagraphStates>>(limits.paragraphWords);
  const statesOf = (indexes: readonly number[]) => {
    const found = indexes.map((p) => paragraphStates.get(p));
    const missing = indexes.filter((_, i) => !found[i]);
    if (missing.length === 0) return Promise.all(found as Promise<ParagraphStates>[]);
    // One request to the model for every window missing.
    const readings = missing.map((p) => paragraphReading(paragraphs[p]!.text));
    const run = embedder.tokenVectors(readings.flatMap((r) => r.passages));
    const made = new Map<number, Promise<ParagraphStates>>();
    let at = 0;
    missing.forEach((p, i) => {
      const from = at;
      const to = (at += readings[i]!.passages.length);
      const states = run.then((all) => readings[i]!.states(all.slice(from, to)));
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
        unscored.forEach((p, i) => {
          const { passage, parts } = maxSimOfParts(states, read[i]!.sentences, read[i]!.rest, embedder.dimensions);
          scores.set(p, { paragraph: passage, sentences: parts });
        });
      }
      return indexes.map((p) => scores.get(p)!);
    },
    known(text, indexes) {
      const scores = questions.get(text);
      return scores && indexes.every((p) => scores.has(p)) ? indexes.map((p) => scores.get(p)!) : null;
    },
    async readAll(free = () => Promise.resolve()) {
      if (paragraphs.reduce((n, p) => n + wordCount(p.text), 0) > limits.paragraphWords) return 0;
      const all = paragraphs.map((_, i) => i);
      for (let at = 0; at < all.length; at += READ_AHEAD) {
        await free();
        await statesOf(all.slice(at, at + READ_AHEAD));
      }
      return all.length;
    },
  };
}
