/**
 * What gets embedded: each paragraph (in windows of whole sentences when it is longer than a window) and each
 * of its sentences (in pieces when one runs past a window). Every unit fits the model, so nothing is cut.
 */
import { createHash, hash as oneShotHash } from 'node:crypto';
import type { Corpus, Work } from '../corpus/types.ts';
import { sentenceSpans, wordCount, type Span } from '../retrieval/text.ts';

export type UnitKind = 'paragraph' | 'sentence';

export interface EmbeddingUnit {
  /** `p:<paragraphId>:<window>` or `s:<paragraphId>:<sentence>:<piece>`. */
  id: string;
  kind: UnitKind;
  text: string;
  paragraphId: string;
  workId: string;
  /** For a sentence unit: which sentence of its paragraph it is (from 0). */
  sentence?: number;
  /**
   * For a sentence unit: the window it is read in and where it lies in that window's text. Its vector is pooled
   * from that window's run of the model (its tokens, read in context), not from a run of its own.
   */
  within?: { window: string; start: number; end: number };
}

/**
 * The most words a unit holds: ~200 tokens, well inside what the models read (512) and near the passage
 * length they were trained to match; 95% of this corpus's paragraphs fit in one window.
 */
export const WINDOW_WORDS = 150;

export function paragraphUnitId(paragraphId: string, window: number): string {
  return `p:${paragraphId}:${window}`;
}
export function sentenceUnitId(paragraphId: string, sentence: number, piece: number): string {
  return `s:${paragraphId}:${sentence}:${piece}`;
}


/**
 * Runs of consecutive sentences of at most `maxWords` words, each starting one sentence after the previous
 * window's start when it overlaps it (so every sentence is read with its neighbours); the whole text when it fits.
 */
export function sentenceWindows(text: string, sentences: readonly Span[], maxWords = WINDOW_WORDS): Span[] {
  if (sentences.length === 0 || wordCount(text) <= maxWords) return [{ start: 0, end: text.length }];
  const words = sentences.map((s) => wordCount(text.slice(s.start, s.end)));
  const windows: Span[] = [];
  let first = 0;
  while (first < sentences.length) {
    let last = first;
    let count = words[first]!;
    while (last + 1 < sentences.length && count + words[last + 1]! <= maxWords) count += words[++last]!;
    windows.push({ start: sentences[first]!.start, end: sentences[last]!.end });
    if (last === sentences.length - 1) break;
    first = last > first ? last : last + 1;
  }
  return windows;
}

/** A text cut at word boundaries into pieces of at most `maxWords` words (itself when it fits). */
export function wordPieces(text: string, maxWords = WINDOW_WORDS): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= maxWords) return [text];
  const pieces: string[] = [];
  for (let i = 0; i < words.length; i += maxWords) pieces.push(words.slice(i, i + maxWords).join(' '));
  return pieces;
}

/** The line a window is read under: which work it is from, as a reader of the page would know. */
export function workHeading(work: Pick<Work, 'title' | 'occasion'>): string {
  return work.occasion ? `${work.title} (${work.occasion})` : work.title;
}

/**
 * The windows a paragraph is read in, without its work's heading: runs of whole sentences (`sentenceWindows`). A
 * window is over the limit only when one sentence is: it is then read in pieces, like that sentence, and each of
 * its pieces is that sentence's piece.
 */
export function paragraphWindows(text: string, sentences: readonly Span[] = sentenceSpans(text)): { text: string; span: Span; piece: number; split: boolean }[] {
  return sentenceWindows(text, sentences).flatMap((span) =>
    wordPieces(text.slice(span.start, span.end)).map((piece, n, all) => ({ text: piece, span, piece: n, split: all.length > 1 })),
  );
}

export function embeddingUnits(corpus: Corpus): EmbeddingUnit[] {
  const units: EmbeddingUnit[] = [];
  const headings = new Map(corpus.works.map((w) => [w.id, workHeading(w)]));
  for (const p of corpus.paragraphs) {
    const base = { paragraphId: p.id, workId: p.workId };
    const heading = headings.get(p.workId);
    const lead = heading ? `${heading}\n` : '';
    const sentences = sentenceSpans(p.text);
    const windows = paragraphWindows(p.text, sentences);
    windows.forEach(({ text }, n) => units.push({ id: paragraphUnitId(p.id, n), kind: 'paragraph', text: lead + text, ...base }));
    sentences.forEach((s, n) => {
      const pieces = wordPieces(p.text.slice(s.start, s.end));
      pieces.forEach((text, k) => {
        const split = pieces.length > 1;
        const w = windows.findIndex((x) => x.split === split && (split ? x.span.start === s.start && x.piece === k : x.span.start <= s.start && s.end <= x.span.end));
        if (w === -1) throw new Error(`no window of paragraph ${p.id} holds its sentence ${n}`);
        const start = lead.length + (split ? 0 : s.start - windows[w]!.span.start);
        units.push({ id: sentenceUnitId(p.id, n, k), kind: 'sentence', text, ...base, sentence: n, within: { window: paragraphUnitId(p.id, w), start, end: start + text.length } });
      });
    });
  }
  return units;
}

/**
 * What a unit's vector depends on, for reusing vectors across builds: its text, or for a sentence its window (by
 * the window's own key hash, not its text: 400k copies of window texts would be garbage) and its place in it.
 */
export function unitKey(unit: EmbeddingUnit, windowHash: (id: string) => string): string {
  return unit.within ? `${windowHash(unit.within.window)}:${unit.within.start}:${unit.within.end}` : unit.text;
}

/** One-shot hashing: a Hash object per unit held native memory until GC (~60 MB of RSS at 400k units). */
export function contentHash(text: string): string {
  return oneShotHash('sha256', text, 'hex').slice(0, 24);
}

/** Changes whenever a work's metadata or any paragraph changes. */
export function corpusFingerprint(corpus: Corpus): string {
  const hash = createHash('sha256');
  for (const w of corpus.works) hash.update(JSON.stringify(w)).update('\n');
  for (const p of corpus.paragraphs) hash.update(JSON.stringify(p)).update('\n');
  return hash.digest('hex').slice(0, 32);
}
