/** Text helpers for ingestion: strict decoding, whitespace folding, markup stripping, line joining. */

export type Decoded = { ok: true; text: string } | { ok: false; message: string };

/** The encoding a byte-order mark says, for UTF-16 (what Windows Notepad saves as "Unicode"); UTF-8 otherwise. */
function encodingOf(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | 'utf-8' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/**
 * Decodes UTF-8 strictly, or UTF-16 with a byte-order mark; refuses invalid bytes and NUL (binary) content. Strips a
 * BOM, normalises CRLF/CR to LF.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, message: 'empty file' };
  const encoding = encodingOf(bytes);
  if (encoding === 'utf-8' && bytes.includes(0)) return { ok: false, message: 'binary file (contains NUL bytes)' };
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, message: `unreadable encoding: not valid ${encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'}` };
  }
  if (text.includes('\0')) return { ok: false, message: 'binary file (contains NUL characters)' };
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, message: 'empty file' };
  return { ok: true, text };
}

/** Every run of whitespace becomes one space; trimmed. The only change ever made to the corpus text. */
export function normalizeSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** A string as a regular expression that matches it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Removes layout markup of the OCR output that is not part of the text: `**` bold markers, `<i>` tags, and the `*…*`
 * around an italicised word or words ("20 *yuan*", "strings of *Jaryokgaengsaeng*"), which the book prints in italics;
 * a lone asterisk (a footnote mark) stays.
 */
export function stripMarkup(s: string): string {
  return s
    .replace(/\*\*/g, '')
    .replace(/<\/?i>/g, '')
    .replace(/(?<![\p{L}\p{N}*])\*(?=[\p{L}\p{N}])([^*\n]*?[\p{L}\p{N}.])\*(?![\p{L}\p{N}*])/gu, '$1');
}

/** Strips markup and every single `*` too, a lone one as well: for header lines (titles, occasions), never for paragraph text. */
export function stripHeaderMarkup(s: string): string {
  return stripMarkup(s).replace(/\*/g, '');
}

/**
 * Joins wrapped pieces of one paragraph: with one space, or with nothing when a piece ends in a hyphen
 * (in this corpus a line-final hyphen belongs to a compound such as "newly-emergent").
 */
export function joinPieces(pieces: string[]): string {
  let out = '';
  for (const raw of pieces) {
    const piece = normalizeSpace(raw);
    if (piece === '') continue;
    if (out === '') out = piece;
    else out += (out.endsWith('-') ? '' : ' ') + piece;
  }
  return out;
}

/** True when the text ends a sentence (or a quotation / parenthesis closing one, or a colon / semicolon). */
export function endsSentence(s: string): boolean {
  return /[.?!:;”"’)]$/.test(s.trimEnd());
}

/** True when the text starts with a lowercase letter: it continues a sentence. */
export function startsLowercase(s: string): boolean {
  return /^\p{Ll}/u.test(s.trimStart());
}

/** A scholarly work's metadata line ("Keywords: …") lists terms; it states nothing to quote, nor is it a claim's source. */
export function isMetadataLine(text: string): boolean {
  return /^(?:Keywords?|Key words|Index terms|JEL(?: classification)?)\s*:/i.test(text);
}
