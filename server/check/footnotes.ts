/**
 * Footnotes (pure): the note markers a text sets after its quotations ("… nowhere."¹, "… nowhere."1 as a superscript
 * reads when pasted as plain text, "… nowhere." [1]) and the notes they point to: lines that open with the marker's
 * number ("¹ Kim Il Sung, …", "1. Kim Il Sung, …", "[1] …"), after it. A note cites what its marker follows, as a
 * parenthetical right after a quotation does.
 */
import type { Span } from '../retrieval/text.ts';

export interface NoteMarker extends Span {
  number: number;
}

export interface Footnotes {
  /** The markers in the text that point to a note. */
  markers: NoteMarker[];
  /** Each note by its number: the span of its text, after its number. */
  notes: ReadonlyMap<number, Span>;
  /** Each note's whole line, its number included: no sentence of the text. */
  lines: Span[];
}

export const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscriptNumber = (s: string) => Number([...s].map((ch) => SUPERSCRIPTS.indexOf(ch)).join(''));

/** A line opening with a note's number, then its text. */
const NOTE_LINE = new RegExp(String.raw`^[^\S\n]*(?:([${SUPERSCRIPTS}]{1,3})|\[(\d{1,3})\]|(\d{1,3})[.)]?)[^\S\n]+(\S[^\n]*?)[^\S\n]*$`, 'gm');
/**
 * A marker in the running text: superscript digits or a bracketed number anywhere but at a line's start, or plain
 * digits set right against a closing quotation mark (and its punctuation), where a pasted superscript ends up.
 */
const MARKER = new RegExp(String.raw`(?<=\S[^\S\n]?)(?:([${SUPERSCRIPTS}]{1,3})|\[(\d{1,3})\])|(?<=["”’'][.,;:!?]?|[.,;:!?]["”’'])(\d{1,3})(?![\d\p{L}])`, 'gu');

const numberOf = (m: RegExpExecArray | RegExpMatchArray): number => (m[1] ? superscriptNumber(m[1]) : Number(m[2] ?? m[3]));

/** The notes of a text, and the markers that point to them (a note no marker before it points to is none). */
export function footnotesOf(text: string): Footnotes {
  const candidates = [...text.matchAll(NOTE_LINE)].map((m) => ({
    number: numberOf(m),
    line: { start: m.index, end: m.index + m[0].length },
    note: { start: m.index + m[0].length - m[4]!.length, end: m.index + m[0].length },
  }));
  const inALine = (at: number) => candidates.some((c) => at >= c.line.start && at < c.note.start);
  const markers = [...text.matchAll(MARKER)].filter((m) => !inALine(m.index)).map((m) => ({ start: m.index, end: m.index + m[0].length, number: numberOf(m) }));
  const notes = new Map<number, Span>();
  const lines: Span[] = [];
  for (const c of candidates) {
    if (notes.has(c.number) || !markers.some((m) => m.number === c.number && m.end <= c.line.start)) continue;
    notes.set(c.number, c.note);
    lines.push(c.line);
  }
  return { markers: markers.filter((m) => notes.has(m.number)), notes, lines };
}
