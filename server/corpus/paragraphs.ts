/** Paragraphing: blank-line separated blocks (rejoining blocks split by page breaks) and hard-wrapped lines. */
import { endsSentence, joinPieces, normalizeSpace, startsLowercase } from './text.ts';

export interface DraftParagraph {
  text: string;
  page?: number;
  pageEnd?: number;
}

/** A standalone "..." block: an omission between excerpts. It is dropped and is always a paragraph boundary. */
const OMISSION = /^(\.\s*){3}$|^…$/;

export interface BlockOptions {
  /** Rejoin a block that ends mid-sentence (or is followed by a block starting in lowercase) with the next one. */
  rejoinPageBreaks: boolean;
  /** Applied to each block's text before anything else (e.g. removing OCR markup). */
  clean?: (text: string) => string;
  /** Blocks to drop entirely (boilerplate). */
  drop?: (text: string) => boolean;
}

/** Splits lines into blank-line separated blocks; lines inside a block are unwrapped. */
export function blockParagraphs(lines: string[], options: BlockOptions): DraftParagraph[] {
  const blocks: (string | null)[] = []; // null = hard boundary
  let current: string[] = [];
  const flush = () => {
    if (current.length === 0) return;
    let text = joinPieces(current);
    current = [];
    if (options.clean) text = normalizeSpace(options.clean(text));
    if (text === '' || options.drop?.(text)) return;
    blocks.push(OMISSION.test(text) ? null : text);
  };
  for (const line of lines) {
    if (line.trim() === '') flush();
    else current.push(line);
  }
  flush();

  const out: DraftParagraph[] = [];
  let previousOpen = false; // the last paragraph may be continued by the next block
  for (const block of blocks) {
    if (block === null) {
      previousOpen = false;
      continue;
    }
    const last = out[out.length - 1];
    if (options.rejoinPageBreaks && previousOpen && last && (!endsSentence(last.text) || startsLowercase(block))) {
      last.text = joinPieces([last.text, block]);
    } else {
      out.push({ text: block });
    }
    previousOpen = true;
  }
  return out;
}

export interface WrappedLine {
  text: string;
  page?: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 0;
}

/**
 * Unwraps hard-wrapped lines (blank lines are layout, not breaks). A paragraph ends after a line that ends a
 * sentence, or is short (a salutation such as "Comrades and friends,"), when the next line does not start in lowercase.
 */
export function wrappedParagraphs(input: WrappedLine[]): DraftParagraph[] {
  const lines = input.map((l) => ({ ...l, text: normalizeSpace(l.text) })).filter((l) => l.text !== '');
  const short = 0.6 * median(lines.map((l) => l.text.length));
  const out: DraftParagraph[] = [];
  let pieces: WrappedLine[] = [];
  const flush = () => {
    if (pieces.length === 0) return;
    const first = pieces[0]!.page;
    const last = pieces[pieces.length - 1]!.page;
    out.push({
      text: joinPieces(pieces.map((p) => p.text)),
      ...(first !== undefined ? { page: first } : {}),
      ...(last !== undefined && last !== first ? { pageEnd: last } : {}),
    });
    pieces = [];
  };
  lines.forEach((line, i) => {
    pieces.push(line);
    const next = lines[i + 1];
    if (!next) return;
    if (startsLowercase(next.text)) return;
    if (endsSentence(line.text) || line.text.length < short) flush();
  });
  flush();
  return out;
}
