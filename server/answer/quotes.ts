/**
 * Quote selection inside one paragraph (pure): whole sentences (or whole words, never part of one), the
 * best-matching sentence plus a strong second one and the sentence that follows, merged when they touch and stitched
 * with " … " when not.
 */
import type { WeightedTerm } from '../retrieval/lexical.ts';
import { sentenceSpans, tokenize, wordCount, type Span } from '../retrieval/text.ts';
import { quoteText } from './verbatim.ts';

export interface SelectedQuote {
  /** Non-overlapping, non-touching spans of the paragraph, in text order. */
  spans: Span[];
  /** The spans' text joined with " … ". */
  text: string;
}

export interface QuoteOptions {
  /** A second sentence joins when it scores at least this share of the first… */
  secondShare: number;
  /** …and the whole quote stays within this many words. */
  maxWords: number;
  /** A sentence longer than this is cut down to its best clauses. */
  longSentenceWords: number;
}

export const DEFAULT_QUOTE_OPTIONS: QuoteOptions = { secondShare: 0.75, maxWords: 70, longSentenceWords: 60 };

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}'’-]/u.test(ch);

/**
 * Widens a span to whole words and trims it: leading whitespace, omission dots and stray closing
 * punctuation go; a span that starts or ends inside a word grows to include the whole word.
 */
export function snapToWords(text: string, span: Span): Span {
  let { start, end } = span;
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  while (start > 0 && isWordChar(text[start - 1]) && isWordChar(text[start])) start--;
  while (end < text.length && isWordChar(text[end - 1]) && isWordChar(text[end])) end++;
  while (start < end && /[\s.…,;:)\]]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:(\[]/.test(text[end - 1]!)) end--;
  // An interview's speaker label ("Answer: …", "Question: …") is layout, not the words quoted.
  const label = /^(?:Answer|Question)\s*:\s+/.exec(text.slice(start, end));
  if (label) start += label[0].length;
  return { start, end };
}

/** Sorts spans and merges those that overlap or are separated only by whitespace. */
export function mergeSpans(text: string, spans: readonly Span[]): Span[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && (s.start <= last.end || text.slice(last.end, s.start).trim() === '')) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** The whole sentences that hold the given spans of `text` (words found in it), adjacent ones as one span. */
export function sentencesHolding(text: string, found: readonly Span[]): Span[] {
  const holding = sentenceSpans(text).filter((s) => found.some((f) => f.start < s.end && f.end > s.start));
  return mergeSpans(text, holding.map((s) => snapToWords(text, s)));
}

/** Sum of the weights of the distinct question terms a piece of text contains. */
export function termScore(text: string, terms: readonly WeightedTerm[]): number {
  if (terms.length === 0) return 0;
  const present = new Set(tokenize(text).map((t) => t.term));
  let score = 0;
  for (const { term, weight } of terms) if (present.has(term)) score += weight;
  return score;
}

/** Clause boundaries inside a sentence: after , ; : or a dash followed by a space. */
function clauseSpans(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const piece = text.slice(span.start, span.end);
  let start = 0;
  for (const m of piece.matchAll(/[,;:—–](?=\s)|\s-\s/g)) {
    const end = m.index + m[0].length;
    out.push({ start: span.start + start, end: span.start + end });
    start = end;
  }
  out.push({ start: span.start + start, end: span.end });
  return out.map((s) => snapToWords(text, s)).filter((s) => s.end > s.start);
}

/**
 * Cuts an over-long sentence to the run of consecutive clauses with the most question terms, within
 * `maxWords`; the result is still a verbatim stretch of whole words.
 */
export function trimLongSentence(text: string, span: Span, terms: readonly WeightedTerm[], maxWords: number): Span {
  if (wordCount(text.slice(span.start, span.end)) <= maxWords) return span;
  const clauses = clauseSpans(text, span);
  let best: Span | null = null;
  let bestScore = -1;
  for (let i = 0; i < clauses.length; i++) {
    for (let j = i; j < clauses.length; j++) {
      const candidate = { start: clauses[i]!.start, end: clauses[j]!.end };
      const piece = text.slice(candidate.start, candidate.end);
      if (wordCount(piece) > maxWords) break;
      // Prefer more evidence, then the sentence's own start (reads better), then length.
      const score = termScore(piece, terms) + (i === 0 ? 0.01 : 0) + wordCount(piece) * 1e-4;
      if (score > bestScore) [best, bestScore] = [candidate, score];
    }
  }
  return best ? snapToWords(text, best) : span;
}

/**
 * The quote for a paragraph: the retriever's chosen span (whole words), plus the best other sentence when it
 * scores nearly as well, then the sentence after them, while the total stays short; touching spans are merged, others
 * stitched with " … ".
 */
export function selectQuote(
  text: string,
  primary: Span,
  terms: readonly WeightedTerm[],
  options: QuoteOptions = DEFAULT_QUOTE_OPTIONS,
): SelectedQuote {
  let main = snapToWords(text, primary);
  if (main.end <= main.start) main = snapToWords(text, { start: 0, end: text.length });
  main = trimLongSentence(text, main, terms, options.longSentenceWords);
  const spans: Span[] = [main];
  const mainScore = termScore(text.slice(main.start, main.end), terms);
  if (mainScore > 0) {
    let second: Span | null = null;
    let secondScore = 0;
    for (const s of sentenceSpans(text)) {
      const span = snapToWords(text, s);
      if (span.end <= span.start || (span.start < main.end && main.start < span.end)) continue;
      const score = termScore(text.slice(span.start, span.end), terms);
      if (score > secondScore) [second, secondScore] = [span, score];
    }
    if (second && secondScore >= options.secondShare * mainScore) {
      const words = wordCount(text.slice(main.start, main.end)) + wordCount(text.slice(second.start, second.end));
      if (words <= options.maxWords) spans.push(second);
    }
  }
  // The sentence after the quote goes on with it: a passage often first sets out what a question restates and then
  // says what it asks ("Coking coal is not produced in our country …" / "But our scientists succeeded in producing
  // iron using anthracite …"), or draws the consequence ("Therefore, we …").
  const sentences = sentenceSpans(text).map((x) => snapToWords(text, x));
  const last = spans.reduce((a, b) => (b.end > a.end ? b : a));
  const next = sentences.find((x) => x.start >= last.end);
  if (next) {
    const words = spans.reduce((n, x) => n + wordCount(text.slice(x.start, x.end)), 0) + wordCount(text.slice(next.start, next.end));
    if (words <= options.maxWords) spans.push(next);
  }
  const merged = mergeSpans(text, spans);
  return { spans: merged, text: quoteText(text, merged) };
}

/** Whether a sentence draws its consequence from the one before: at its start ("Therefore, we …") or among its first words ("Our scientists, therefore, devised …"). */
export const drawsAConsequence = (sentence: string): boolean => CONSEQUENCE.test(sentence);
const CONSEQUENCE = /^(?:(?:Therefore|Thus|Hence|Consequently|Accordingly|As a result|That is why|This is why|So)\b|(?:[^\s.?!]+\s+){1,4}(?:therefore|thus|hence|consequently)\b)/;
