/**
 * What a pasted text claims (pure): its quotations — spans in "…", “…”, '…' or ‘…’ (or „…“, «…») of four words or more,
 * apostrophes inside words ("don't", "Korea’s", "workers' party") left alone, and indented blocks — and its other
 * sentences, each with its offsets in the input.
 */
import { blankedOut, isContentToken, sentenceSpans, tokenize, type Span } from '../retrieval/text.ts';
import { isLetterOrDigit } from './fold.ts';
import { footnotesOf, SUPERSCRIPTS } from './footnotes.ts';

export interface Quotation extends Span {
  /** The words between the quotation marks. */
  text: string;
  /** The sentence of the input the quotation stands in (for its attribution). */
  sentence: Span;
  /** The parenthetical right after the closing mark, a citation of it ("(Kim 52)", "(1987, p. 5)"), if any. */
  citation?: Span;
  /** The footnote its marker points to ("… nowhere."¹ and a line "¹ Kim Il Sung, …"): the note's text. */
  note?: Span;
}

export interface Sentence extends Span {
  text: string;
}

export interface Extracted {
  quotations: Quotation[];
  sentences: Sentence[];
}

export const MIN_QUOTATION_WORDS = 4;

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).length;

/** Spans between an opening and a closing mark; `opens`/`closes` say whether the mark at i may open/close here. */
function spansBetween(text: string, isOpen: (i: number) => boolean, isClose: (i: number) => boolean, taken: readonly Span[]): Span[] {
  const out: Span[] = [];
  const inside = (i: number) => taken.some((s) => i >= s.start - 1 && i <= s.end);
  let i = 0;
  while (i < text.length) {
    if (!inside(i) && isOpen(i)) {
      let j = i + 1;
      // A quotation may run over a line break (text pasted from a PDF), never over a blank line.
      while (j < text.length && !(isClose(j) && !inside(j)) && !/^\n[^\S\n]*\n/.test(text.slice(j, j + 8))) j++;
      if (j < text.length && isClose(j)) {
        out.push({ start: i + 1, end: j });
        i = j + 1;
        continue;
      }
      // Unclosed in its paragraph: pairing starts again in the next one, not from a mark of this one.
      i = Math.max(j, i + 1);
      continue;
    }
    i++;
  }
  return out;
}

/**
 * Double quotation marks, by their direction: a straight one opens after a space, a bracket or a dash and closes after
 * a non-space; curly ones “…” and „…”; and as other languages' styles write them in an English text, „…“ (its closing
 * mark not before a letter, where “ would open a quotation) and guillemets «…», »…«.
 */
function doubleQuoted(text: string): Span[] {
  const opens = (i: number) => text[i] === '"' && /^[\s(\[{—–-]?$/.test(text[i - 1] ?? '') && /\S/.test(text[i + 1] ?? '');
  const closes = (i: number) => text[i] === '"' && /\S/.test(text[i - 1] ?? ' ');
  const found: Span[] = [];
  // Each style by its opening marks, read only when the text holds one.
  const styles: [string, (i: number) => boolean, (i: number) => boolean][] = [
    ['"', opens, closes],
    ['„', (i) => text[i] === '„', (i) => text[i] === '“' && !isLetterOrDigit(text[i + 1])],
    ['“„', (i) => text[i] === '“' || text[i] === '„', (i) => text[i] === '”'],
    ['«', (i) => text[i] === '«', (i) => text[i] === '»'],
    ['»', (i) => text[i] === '»', (i) => text[i] === '«'],
  ];
  for (const [marks, open, close] of styles) if ([...marks].some((mark) => text.includes(mark))) found.push(...spansBetween(text, open, close, found));
  return found;
}

/**
 * Single quotation marks: an opening mark follows a space, a bracket or the start and comes before a letter;
 * a closing mark follows a non-space and is not followed by a letter — and "s' " before a lowercase word
 * is a plural possessive ("the workers' party"), not a close, unless no other close ends the quotation before the
 * next opening mark or its paragraph's end ("‘a miraculous success’ and …", "‘… devotion of the masses’ for …").
 */
function singleQuoted(text: string, taken: readonly Span[]): Span[] {
  const isOpen = (i: number) => (text[i] === "'" || text[i] === '‘') && !isLetterOrDigit(text[i - 1]) && isLetterOrDigit(text[i + 1]) && text[i - 1] !== "'";
  const mayClose = (i: number) => (text[i] === "'" || text[i] === '’') && !/\s/.test(text[i - 1] ?? ' ') && !isLetterOrDigit(text[i + 1]);
  const possessive = (i: number) => text[i - 1] === 's' && /^\s+[\p{Ll}]/u.test(text.slice(i + 1, i + 4));
  const closedLater = (i: number) => {
    for (let k = i + 1; k < text.length && !/^\n[^\S\n]*\n/.test(text.slice(k, k + 8)); k++) {
      if (isOpen(k)) return false;
      if (mayClose(k) && !possessive(k)) return true;
    }
    return false;
  };
  const isClose = (i: number) => mayClose(i) && (!possessive(i) || !closedLater(i));
  return spansBetween(text, isOpen, isClose, taken);
}

/**
 * Where an item of a list ends: a blank line, or a line break after a line that closes (a parenthesis, a quotation
 * mark, a full stop, a year or page) before one that opens a quotation, bulleted or numbered or not (a list of
 * quotations, one a line). A line break inside a sentence (text pasted from a PDF) is none.
 */
const ITEM_BREAK = /\n[^\S\n]*\n\s*|(?<=[)\]"”’.!?\d][^\S\n]*)\n\s*(?=(?:(?:[-*•]|\(?\d{1,2}[.)])\s+)?["“‘])/g;

/** Sentence spans, none across the end of a paragraph or of an item of a list, which ends there with or without a full stop. */
function sentencesOf(text: string): Span[] {
  return sentenceSpans(text).flatMap(({ start, end }) => {
    const pieces: Span[] = [];
    let from = start;
    for (const m of text.slice(start, end).matchAll(ITEM_BREAK)) {
      pieces.push({ start: from, end: start + m.index });
      from = start + m.index + m[0].length;
    }
    pieces.push({ start: from, end });
    return pieces
      .flatMap((p) => headingApart(text, p))
      .map((p) => ({ start: p.start, end: p.start + text.slice(p.start, p.end).trimEnd().length }))
      .filter((p) => p.end > p.start);
  });
}

/** A parenthetical after a quotation's closing mark, a comma or a colon between them at most: `” (Kim 52)`. */
const CITATION_AFTER = /^["“”'‘’]?\s*[,:]?\s*(\([^()\n]*\))/;

/**
 * Replaces the inside of each span with capital letters, so punctuation in a quotation never ends the sentence
 * around it — except a final full stop, question or exclamation mark, which ends it ("… ourselves." Then …) unless
 * a citation follows ("… ourselves." (Kim 19).).
 */
function masked(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const s of spans) {
    const inner = text.slice(s.start, s.end);
    const end = CITATION_AFTER.test(text.slice(s.end)) ? inner : inner.replace(/[.?!]+\s*$/, '');
    out = out.slice(0, s.start) + 'X'.repeat(end.length) + inner.slice(end.length) + out.slice(s.end);
  }
  return out;
}

/**
 * A block quotation: a paragraph set off by indentation (every line opening with two spaces or more, or a tab), as the
 * citation styles set a long quotation, with no marks of its own, under a line indented less than it: an essay whose
 * every paragraph opens with a tab sets none off.
 */
const INDENTED_PARAGRAPH = /(?<=^|\n[^\S\n]*\n)(?:(?: {2,}|\t)[^\n]*\S[^\n]*(?:\n|$))+/g;
/** A parenthetical closing a block quotation, its citation ("(Kim 1961, 1)"), with what space and stop surround it. */
const CLOSING_CITATION = /\s*\([^()\n]*\)\s*\.?\s*$/;
/** A note's marker closing a block quotation ("… villages.¹", "… villages.[1]"): its note cites it, and it is no word of it. */
const CLOSING_MARKER = new RegExp(String.raw`(?:[${SUPERSCRIPTS}]{1,3}|\[\d{1,3}\])\s*$`);
/** How far a line is indented, a tab as four spaces. */
const indentOf = (line: string) => [.../^[^\S\n]*/.exec(line)![0]].reduce((n, ch) => n + (ch === '\t' ? 4 : 1), 0);

/** The block quotations of `text` (of four words or more), less their closing citations; none inside quotation marks. */
function blockQuotations(text: string, marked: readonly Span[]): Span[] {
  return [...text.matchAll(INDENTED_PARAGRAPH)].flatMap((m) => {
    const lineBefore = text.slice(0, m.index).split('\n').findLast((line) => /\S/.test(line));
    const setOff = lineBefore !== undefined && indentOf(lineBefore) < Math.min(...m[0].split('\n').filter((l) => /\S/.test(l)).map(indentOf));
    const body = m[0].replace(CLOSING_CITATION, '').trimEnd().replace(CLOSING_MARKER, '');
    const span = { start: m.index, end: m.index + body.length };
    return setOff && wordCount(body) >= MIN_QUOTATION_WORDS && !marked.some((q) => q.start < span.end && span.start < q.end) ? [span] : [];
  });
}

/**
 * A line that heads the list of works an essay cites ("Works Cited", "Bibliography", "References:", "Notes"): what
 * follows it cites sources, and claims nothing.
 */
const REFERENCES_HEADING = /^[^\S\n]*(?:works\s+(?:cited|consulted)|bibliography|references|reference\s+list|sources(?:\s+cited)?|(?:end|foot)?notes)[^\S\n]*:?[^\S\n]*$/im;

/**
 * Whether a line reads as a heading ("Kim Il Sung's Juche and the Limits of Self-Reliance", "Aid in the 1960s"): no
 * end mark, and its words, but for those general English leaves in lower case ("the", "and", "of"), nearly all
 * capitalised. A claim typed without a full stop keeps its lower case ("Kim opposed all foreign aid").
 */
function isHeadingLine(line: string): boolean {
  const words = tokenize(line).filter((t) => isContentToken(t) && /^\p{L}/u.test(t.word));
  const capitalised = words.filter((t) => /\p{Lu}/u.test(line[t.start]!)).length;
  return !/[.!?:;,]["”’')\]]*\s*$/.test(line) && words.length > 0 && capitalised >= 0.75 * words.length;
}

/** Whether a sentence is a heading: a line of its own that reads as one (`isHeadingLine`). */
function isHeading(text: string, s: Span): boolean {
  const alone = /(?:^|\n)[^\S\n]*$/.test(text.slice(0, s.start)) && /^[^\S\n]*(?:\n|$)/.test(text.slice(s.end));
  return alone && isHeadingLine(text.slice(s.start, s.end));
}

/** A heading over the text that follows it on the next line (an essay pasted from a word processor): split from it. */
function headingApart(text: string, p: Span): Span[] {
  const lineEnd = text.indexOf('\n', p.start);
  if (lineEnd < 0 || lineEnd >= p.end || !isHeadingLine(text.slice(p.start, lineEnd))) return [p];
  const next = text.slice(lineEnd, p.end).search(/\S/);
  return /\p{Lu}/u.test(text[lineEnd + next] ?? '') ? [{ start: p.start, end: lineEnd }, { start: lineEnd + next, end: p.end }] : [p];
}

/**
 * The quotations and other sentences of `text`. A title in quotation marks (`isTitle`: "In “All Efforts to Attain the
 * Six Goals,” he …") is no quotation: its sentence is read as the others are, and its words say which work is meant.
 */
export function extractClaims(text: string, isTitle: (quoted: string) => boolean = () => false): Extracted {
  const doubles = doubleQuoted(text);
  const inMarks = [...doubles, ...singleQuoted(text, doubles)].filter((s) => wordCount(text.slice(s.start, s.end)) >= MIN_QUOTATION_WORDS);
  const blocks = blockQuotations(text, inMarks);
  const marked = [...inMarks, ...blocks].sort((a, b) => a.start - b.start);
  const quoted = marked.filter((s) => !isTitle(text.slice(s.start, s.end)));
  const footnotes = footnotesOf(text);
  // A marker ends no word and a note's line is no sentence of the text.
  const unmarked = blankedOut(masked(text, marked), footnotes.markers);
  const sentences = sentencesOf(unmarked).filter((s) => !footnotes.lines.some((l) => l.start <= s.start && s.end <= l.end));
  const quotations: Quotation[] = [];
  for (const q of quoted) {
    const own = sentences.find((s) => s.start <= q.start && q.end <= s.end) ?? { start: q.start, end: q.end };
    // A block quotation is introduced by the sentence right before it ("His 1961 speech put it plainly:"), which says
    // what it cites, as a quotation's own sentence does.
    const leadIn = blocks.includes(q) ? sentences.findLast((s) => s.end <= q.start && /^\s*$/.test(text.slice(s.end, q.start))) : undefined;
    const sentence = leadIn ? { start: leadIn.start, end: own.end } : own;
    // Trim inner whitespace so the offsets point at the first and last quoted character.
    const inner = text.slice(q.start, q.end);
    const start = q.start + (inner.length - inner.trimStart().length);
    const end = q.end - (inner.length - inner.trimEnd().length);
    const citation = CITATION_AFTER.exec(text.slice(q.end));
    const after = citation ? { citation: { start: q.end + citation.index + citation[0].length - citation[1]!.length, end: q.end + citation[0].length } } : {};
    // Its note: the first marker after it in its sentence, or right after the sentence's end, before another quotation.
    const next = quoted.find((o) => o.start > q.end)?.start ?? Infinity;
    const marker = footnotes.markers.find((m) => m.start >= q.end && m.start <= sentence.end + 2 && m.start < next);
    const note = marker ? { note: footnotes.notes.get(marker.number)! } : {};
    quotations.push({ start, end, text: text.slice(start, end), sentence, ...after, ...note });
  }
  // The list of works cited, after the text that cites them (a heading first, "Notes" over the user's own notes, heads none).
  const heading = REFERENCES_HEADING.exec(text);
  const references = heading && sentences.some((s) => s.end <= heading.index) ? heading.index : text.length;
  const plain = sentences
    .filter((s) => s.start < references && !quoted.some((q) => q.start < s.end && s.start < q.end) && !isHeading(text, s))
    .filter((s) => wordCount(text.slice(s.start, s.end)) >= 3)
    .map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
  return { quotations, sentences: plain };
}
