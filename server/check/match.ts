/**
 * Matching one quotation against the corpus (pure): `exact` when its pieces (between omission marks) stand in
 * one paragraph in order, whitespace and quote characters folded; otherwise the closest word alignment among
 * the candidate paragraphs, whose similarity the caller compares with a calibrated threshold.
 */
import { snapToWords } from '../answer/quotes.ts';
import { sentenceSpans, type Span } from '../retrieval/text.ts';
import { align, type DiffOp } from './align.ts';
import { candidateParagraphs, type IndexedParagraph, type QuoteIndex } from './corpus-index.ts';
import { fold, originalSpan, words, type Folded } from './fold.ts';

export interface QuoteMatch {
  /** Verbatim, whitespace and quote characters aside (the pieces between omission marks, in order). */
  exact: boolean;
  paragraph: IndexedParagraph;
  /** The source wording, as offsets into `paragraph.paragraph.text`. */
  span: Span;
  /** The share of the quotation's words that stand in the source in order: 1 − words changed / quotation words. */
  similarity: number;
  /** The quotation's words changed, added or reordered (a swapped pair once). */
  wordsChanged: number;
  /** Source words the quotation leaves out without an omission mark, per quotation word. */
  omission: number;
  /** Places where the quotation differs from the source. */
  changes: number;
  diff: DiffOp[];
}

/** Omission marks: "...", ". . .", "…", and any of them in square brackets. */
const OMISSION = /\[\s*(?:\.\s*){3}\]|\[\s*…\s*\]|(?:\.\s*){2}\.|…/g;

/** The quotation's pieces between omission marks, trimmed of the punctuation a writer adds at either end. */
export function quotationPieces(quotation: string): string[] {
  return quotation
    .split(OMISSION)
    .map((p) => fold(p).text.replace(/^[\s,;:.!?"'()]+|[\s,;:.!?"'()]+$/g, ''))
    .filter((p) => p.length > 1);
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Where `piece` (two characters or more) starts in `text` at `from` or later, at word boundaries; its first letter may differ in case. */
function findPiece(text: string, piece: string, from: number): number {
  const rest = piece.slice(1);
  const first = piece[0]!.toLowerCase();
  for (let at = text.indexOf(rest, from + 1); at !== -1; at = text.indexOf(rest, at + 1)) {
    const start = at - 1;
    if (text[start]?.toLowerCase() !== first) continue;
    if (isWordChar(text[start - 1]) || isWordChar(text[at + rest.length])) continue;
    return start;
  }
  return -1;
}

/** The span of `folded` holding every piece in order, or null. */
function piecesIn(folded: Folded, pieces: readonly string[]): Span | null {
  let from = 0;
  let start = -1;
  for (const piece of pieces) {
    const at = findPiece(folded.text, piece, from);
    if (at === -1) return null;
    if (start === -1) start = at;
    from = at + piece.length;
  }
  return originalSpan(folded, start, from);
}

export interface MatchOptions {
  /** Paragraphs compared word by word with each quotation. */
  candidates: number;
}

export const DEFAULT_MATCH: MatchOptions = { candidates: 8 };

/** The exact occurrence of a quotation, if any, else its closest alignment among the candidates (null: no candidate at all). */
export function matchQuotation(index: QuoteIndex, quotation: string, options: MatchOptions = DEFAULT_MATCH): QuoteMatch | null {
  const pieces = quotationPieces(quotation);
  const pieceWords = pieces.map((p) => words(p));
  const quoteWords = pieceWords.flat();
  if (quoteWords.length === 0) return null;
  const candidates = candidateParagraphs(index, quoteWords.map((w) => w.key), options.candidates);

  for (const c of candidates) {
    const entry = index.paragraphs[c]!;
    const span = piecesIn(entry.folded, pieces);
    if (span) {
      const text = entry.paragraph.text.slice(span.start, span.end);
      return { exact: true, paragraph: entry, span, similarity: 1, wordsChanged: 0, omission: 0, changes: 0, diff: [{ op: 'equal', text }] };
    }
  }

  const gaps = new Set<number>();
  let count = 0;
  for (const ws of pieceWords.slice(0, -1)) gaps.add((count += ws.length));
  const quoteText = pieces.flatMap((p, i) => pieceWords[i]!.map((w) => p.slice(w.start, w.end)));
  let best: QuoteMatch | null = null;
  let bestCost = Infinity;
  for (const c of candidates) {
    const entry = index.paragraphs[c]!;
    const text = entry.paragraph.text;
    const a = align(
      quoteWords.map((w) => w.key),
      entry.words.map((w) => w.key),
      quoteText,
      entry.words.map((w) => text.slice(w.start, w.end)),
      gaps,
    );
    if (best && a.cost >= bestCost) continue;
    bestCost = a.cost;
    const stretch = { start: entry.words[a.from]?.start ?? 0, end: entry.words[a.to - 1]?.end ?? 0 };
    best = {
      exact: false,
      paragraph: entry,
      span: wholeSentences(text, stretch),
      similarity: 1 - a.wordsChanged / quoteWords.length,
      wordsChanged: a.wordsChanged,
      omission: a.omitted / quoteWords.length,
      changes: a.changes,
      diff: a.diff,
    };
  }
  return best;
}

/**
 * The sentence or sentences of `text` a stretch of it lies in: what the quotation should have quoted, as an answer
 * quotes it (an interview's "Answer:" label is layout, not words to quote).
 */
export function wholeSentences(text: string, stretch: Span): Span {
  const covering = sentenceSpans(text).filter((s) => s.start < stretch.end && stretch.start < s.end);
  if (covering.length === 0) return stretch;
  return snapToWords(text, { start: covering[0]!.start, end: covering.at(-1)!.end });
}
