/** Folding for quotation matching (pure): whitespace runs, straight/curly quote characters (single or double) and dashes, with a map back to the original offsets. */

export interface Folded {
  text: string;
  /** For each character of `text`, its offset in the original string (plus one entry for the end). */
  offsets: number[];
}

const DOUBLE = /["“”„‟″«»]/;
const SINGLE = /['‘’‚‛′`]/;

/** Whether a character is a letter or a digit (a word's, not a mark's). */
export const isLetterOrDigit = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Characters a text copied from a PDF or a word processor holds unseen: a soft hyphen, zero-width spaces and joiners. */
const UNSEEN = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
/** Letters typeset otherwise: ligatures ("ﬁ" for "fi") and full-width forms, which NFKC writes plainly. */
const TYPESET = /[\ufb00-\ufb06\uff01-\uff5e]/;
/** Hyphens that are not the keyboard's: U+2010, and the non-breaking U+2011. */
const OTHER_HYPHEN = /[\u2010\u2011]/;

/**
 * The character at `i` as matching sees it: an apostrophe within a word ("one's") folded to ', and every other quote
 * mark to ": a writer quoting "… called 'Yanji bombs'" turns the source's inner double marks to single ones, as the
 * styles ask; a ligature or a full-width letter as its plain letters, another hyphen as "-", an unseen character as
 * nothing. Dashes are kept as they are.
 */
function foldChar(text: string, i: number): string {
  const ch = text[i]!;
  if (DOUBLE.test(ch)) return '"';
  if (SINGLE.test(ch)) return isLetterOrDigit(text[i - 1]) && isLetterOrDigit(text[i + 1]) ? "'" : '"';
  if (UNSEEN.test(ch)) return '';
  if (TYPESET.test(ch)) return ch.normalize('NFKC');
  if (OTHER_HYPHEN.test(ch)) return '-';
  return ch;
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/**
 * Whether the character at `i` sets a number's thousands apart: a space or comma after one to three digits (or groups
 * of three set apart so), before three digits that end it ("120 000", "1,200,000"; not "In 1961 200 workers").
 */
const groupsThousands = (text: string, i: number): boolean =>
  // The look back last: a space or comma before three digits is rare, and folding reads every paragraph.
  /[^\S\n]|,/.test(text[i]!) && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5)) && /(?:^|\D)\d{1,3}(?:(?:[^\S\n]|,)\d{3})*$/.test(text.slice(Math.max(0, i - 40), i));

/**
 * How many characters a dash takes at `i`, in any of the forms a writer types it: "—", "–", "--", or a hyphen with
 * a space on both sides ("self-reliance - these"); 0 for none (a word's hyphen, "self-reliance", is not a dash).
 */
function dashAt(text: string, i: number): number {
  const ch = text[i];
  if (ch === '—' || ch === '–') return 1;
  if (ch !== '-') return 0;
  if (text[i + 1] === '-') return 2;
  return isSpace(text[i - 1]) && isSpace(text[i + 1]) ? 1 : 0;
}

/**
 * Folds whitespace runs to one space (trimmed), quote characters to their straight forms and every dash to "—"
 * with no space around it, keeping offsets.
 */
export function fold(text: string): Folded {
  let out = '';
  const offsets: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    // "120 000", "120,000": a number's thousands however they are set apart, one number.
    if (groupsThousands(text, i)) continue;
    if (isSpace(ch)) {
      if (out.length > 0 && pendingSpace < 0 && !out.endsWith('—')) pendingSpace = i;
      continue;
    }
    const dash = dashAt(text, i);
    if (dash > 0) {
      pendingSpace = -1;
      out += '—';
      offsets.push(i);
      i += dash - 1;
      continue;
    }
    if (pendingSpace >= 0) {
      out += ' ';
      offsets.push(pendingSpace);
      pendingSpace = -1;
    }
    const folded = foldChar(text, i);
    out += folded;
    for (let k = 0; k < folded.length; k++) offsets.push(i);
  }
  offsets.push(offsets.length ? offsets.at(-1)! + 1 : 0);
  return { text: out, offsets };
}

/** The original span of folded characters [start, end). */
export function originalSpan(folded: Folded, start: number, end: number): { start: number; end: number } {
  return { start: folded.offsets[start]!, end: end > start ? folded.offsets[end - 1]! + 1 : folded.offsets[start]! };
}

export interface Word {
  /** Lowercase letters and digits only, apostrophes folded away: what two words must share to be "the same word". */
  key: string;
  start: number;
  end: number;
}

/** Words separated by whitespace, dashes or an ellipsis, with their offsets; a word with no letter or digit (a dash, an ellipsis) is skipped. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[^\s—–…]+/g)) {
    const key = wordKey(m[0]);
    if (key) out.push({ key, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function wordKey(word: string): string {
  return word.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
