/**
 * A work's key sentences (pure), for a question about the work as a whole ("What is the 1987 speech about?"):
 * centroid summarisation (as in MEAD, Radev et al. 2004). The work's most characteristic words (their count in
 * its author's own paragraphs times their IDF in the corpus) score each sentence by the weight of those it holds
 * over the square root of its length; the best sentence of each of the best paragraphs is kept, in text order. A
 * sentence that leans on the one before it is no key sentence: it says little quoted alone.
 */
import type { Paragraph } from '../corpus/types.ts';
import { contentTokens, sentenceSpans, type Span } from '../retrieval/text.ts';
import { drawsAConsequence } from './quotes.ts';

export interface SummaryOptions {
  /** How many sentences (from as many paragraphs). */
  sentences: number;
  /** How many of the work's words make its centroid. */
  centroidTerms: number;
}

export const DEFAULT_SUMMARY: SummaryOptions = { sentences: 4, centroidTerms: 20 };

export interface KeySentence {
  paragraph: Paragraph;
  span: Span;
  /** The weight of the work's characteristic words the sentence holds, over the square root of its length. */
  score: number;
}

/**
 * A sentence that says nothing without the one before it: it draws its consequence ("Therefore, it is not
 * subordinated to anyone") or says the same of something else ("The same can be said of …").
 */
const leansOnTheOneBefore = (sentence: string) => drawsAConsequence(sentence) || /^The same\b/.test(sentence);

/**
 * The work's key sentences, in the order of its text; interviewers' questions are not the work's words and are left out.
 * `shown`: paragraphs quoted before, whose sentences are not chosen again, though their words count among the work's.
 */
export function keySentences(
  paragraphs: readonly Paragraph[],
  idf: (term: string) => number,
  options: SummaryOptions = DEFAULT_SUMMARY,
  shown: ReadonlySet<string> = new Set(),
): KeySentence[] {
  const own = paragraphs.filter((p) => !p.speaker);
  const counts = new Map<string, number>();
  for (const p of own) for (const t of contentTokens(p.text)) counts.set(t.term, (counts.get(t.term) ?? 0) + 1);
  const centroid = new Map(
    [...counts]
      .map(([term, n]) => [term, n * idf(term)] as const)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, options.centroidTerms),
  );

  const best = own.filter((p) => !shown.has(p.id)).flatMap((paragraph) => {
    let top: { span: Span; score: number } | null = null;
    for (const span of sentenceSpans(paragraph.text)) {
      const sentence = paragraph.text.slice(span.start, span.end);
      const tokens = contentTokens(sentence);
      if (tokens.length === 0 || leansOnTheOneBefore(sentence)) continue;
      const score = [...new Set(tokens.map((t) => t.term))].reduce((sum, term) => sum + (centroid.get(term) ?? 0), 0) / Math.sqrt(tokens.length);
      if (!top || score > top.score) top = { span, score };
    }
    return top && top.score > 0 ? [{ paragraph, ...top }] : [];
  });
  return best
    .sort((a, b) => b.score - a.score)
    .slice(0, options.sentences)
    .sort((a, b) => a.paragraph.position - b.paragraph.position);
}
