/** Quote selection: the verbatim sentence of a paragraph that best answers the question. */
import { wordCount, type Span } from './text.ts';

/** A sentence whose subject is a demonstrative pointing back at the sentence before ("This is the way to …", "That is why …"). */
const POINTS_BACK = /^(?:This|That|These|Those)\s+(?:is|are|was|were|means|meant|shows|showed|testifies|testified|proves|proved|will|would|can|could|has|have|had|must|may|might)\b/;

export interface QuoteChoice {
  span: Span;
  quote: string;
}

/**
 * The sentence with the highest score; a sentence too short to stand alone (under `minWords`) is joined
 * with its better-scoring neighbour so the quote reads as a whole thought.
 */
export function chooseQuote(text: string, sentences: readonly Span[], scores: readonly number[], minWords = 6): QuoteChoice {
  if (sentences.length === 0) return { span: { start: 0, end: text.length }, quote: text };
  let best = 0;
  for (let i = 1; i < sentences.length; i++) if (scores[i]! > scores[best]!) best = i;
  let span = sentences[best]!;
  // "This is the way to …": a sentence opening on a word that points back reads with the one it points at.
  if (best > 0 && POINTS_BACK.test(text.slice(span.start, span.end))) span = { start: sentences[best - 1]!.start, end: span.end };
  else if (wordCount(text.slice(span.start, span.end)) < minWords && sentences.length > 1) {
    const prev = best > 0 ? best - 1 : -1;
    const next = best < sentences.length - 1 ? best + 1 : -1;
    const other = next === -1 || (prev !== -1 && scores[prev]! > scores[next]!) ? prev : next;
    const o = sentences[other]!;
    span = { start: Math.min(span.start, o.start), end: Math.max(span.end, o.end) };
  }
  return { span, quote: text.slice(span.start, span.end) };
}
