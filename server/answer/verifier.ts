/**
 * The verifier for LLM-written prose (pure): every sentence must cite a given passage with [n], and every
 * span it puts in quotation marks must be verbatim in a passage it cites. Failing sentences are removed and
 * counted; the survivors are renumbered so that every [n] has a citation and every citation is used.
 */
import { checkQuote, STITCH } from './verbatim.ts';

export interface SourcePassage {
  /** The number the passage was given in the prompt. */
  n: number;
  text: string;
}

export type RemovalReason = 'uncited' | 'unknown-citation' | 'unverified-quote';

export interface Verification {
  /** The surviving sentences, paragraphs kept, markers renumbered 1…m in order of first use. */
  text: string;
  /** Prompt passage number of each new citation number: `sources[k - 1]` is the passage behind `[k]`. */
  sources: number[];
  /** For each new citation number, the first quote the prose took from it (verbatim; pieces joined with " … "), if any. */
  quoted: (string | undefined)[];
  kept: number;
  removed: { sentence: string; reason: RemovalReason }[];
}

const MARKER = /\[(\d+(?:\s*,\s*\d+)*)\]/g;
// A sentence end: . ! ? with closing quotes/brackets and any [n] markers after it, then whitespace or the end.
const END = /[.!?]+["”’)\]]*(?:\s*\[\d+(?:\s*,\s*\d+)*\])*(?=\s|$)/g;
const QUOTED = /“([^”]+)”|"([^"]+)"/g;

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Whether position `i` of `text` lies inside a quotation (“…” or "…"), so a full stop there does not end the sentence. */
function insideQuote(text: string, i: number): boolean {
  const before = text.slice(0, i);
  const curly = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
  const straight = (before.match(/"/g)?.length ?? 0) % 2;
  return curly > 0 || straight === 1;
}

/** Splits prose into sentences, keeping each sentence's trailing [n] markers with it; never inside a quotation. */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of paragraph.matchAll(END)) {
    const end = m.index + m[0].length;
    // The closing quotation mark is part of the match, so test just before it.
    if (insideQuote(paragraph, end) && insideQuote(paragraph, m.index)) continue;
    const s = paragraph.slice(start, end).trim();
    if (s) out.push(s);
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

function markersOf(sentence: string): number[] {
  return [...sentence.matchAll(MARKER)].flatMap((m) => m[1]!.split(',').map((x) => Number(x.trim())));
}

/**
 * The quotations of a sentence in the form the verbatim check reads: a model's "..." is an omission mark, and
 * the punctuation it leaves at a cut (", …") is not part of the words quoted.
 */
function quotesOf(sentence: string): string[] {
  return [...sentence.matchAll(QUOTED)]
    .map((m) =>
      (m[1] ?? m[2] ?? '')
        .split(/\s*(?:…|\.\.\.)\s*/)
        .map((p) => fold(p.replace(/^[\s,;:]+|[\s,;:]+$/g, '')))
        .filter(Boolean)
        .join(STITCH),
    )
    .filter(Boolean);
}

/** Whether a quotation (as `quotesOf` gives it) is verbatim in the passage: the one verbatim check. */
export function quotedSpanIn(quote: string, passage: string): boolean {
  return checkQuote(quote, passage).ok;
}

function check(sentence: string, given: ReadonlyMap<number, string>): RemovalReason | null {
  const cites = markersOf(sentence);
  if (cites.length === 0) return 'uncited';
  if (cites.some((n) => !given.has(n))) return 'unknown-citation';
  for (const q of quotesOf(sentence)) {
    if (!cites.some((n) => quotedSpanIn(q, given.get(n)!))) return 'unverified-quote';
  }
  return null;
}

export function verifyProse(prose: string, passages: readonly SourcePassage[]): Verification {
  const given = new Map(passages.map((p) => [p.n, p.text]));
  const renumber = new Map<number, number>();
  const sources: number[] = [];
  const quoted: (string | undefined)[] = [];
  const removed: Verification['removed'] = [];
  const paragraphs: string[] = [];
  let kept = 0;

  for (const paragraph of prose.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines: string[] = [];
    for (const rawLine of paragraph.split('\n')) {
      const line = rawLine.trim();
      if (!line) continue;
      const survivors: string[] = [];
      for (const sentence of splitSentences(line)) {
        const reason = check(sentence, given);
        if (reason) {
          removed.push({ sentence, reason });
          continue;
        }
        for (const n of markersOf(sentence)) {
          if (!renumber.has(n)) {
            renumber.set(n, sources.length + 1);
            sources.push(n);
            quoted.push(undefined);
          }
        }
        for (const q of quotesOf(sentence)) {
          const source = markersOf(sentence).find((n) => quotedSpanIn(q, given.get(n)!))!;
          const k = renumber.get(source)! - 1;
          if (quoted[k] === undefined) quoted[k] = q;
        }
        survivors.push(sentence.replace(MARKER, (_, list: string) => list.split(',').map((x) => `[${renumber.get(Number(x.trim()))}]`).join('')));
        kept++;
      }
      if (survivors.length) lines.push(survivors.join(' '));
    }
    if (lines.length) paragraphs.push(lines.join('\n'));
  }
  return { text: paragraphs.join('\n\n'), sources, quoted, kept, removed };
}
