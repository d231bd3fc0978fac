/**
 * Fidelity to the source files: the corpus files' text with whitespace folded, and a fitter that splits a
 * quote where the paragraph was rejoined across a page break, so every piece shown is verbatim in a file.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ELLIPSIS, STITCH } from './quotes.ts';

/** Reads the corpus files (I/O, used once at startup) and folds their whitespace, one file per line. */
export async function readSourceText(corpusDir: string): Promise<string> {
  const files = (await readdir(corpusDir)).filter((f) => /\.(txt|md)$/i.test(f) && f.toLowerCase() !== 'readme.md').sort();
  const texts = await Promise.all(files.map((f) => readFile(path.join(corpusDir, f), 'utf8')));
  return texts.map((t) => t.replace(/\s+/g, ' ').trim()).join('\n');
}

/**
 * Splits each piece of a quote that is not verbatim in `source` into the longest verbatim runs of whole
 * words, stitched with " … " (what lies between them in the file is page furniture, not text).
 */
export function fitToSource(quote: string, source: string): string {
  const pieces = quote.split(ELLIPSIS).map((p) => p.trim()).filter(Boolean);
  const out: string[] = [];
  for (const piece of pieces) {
    if (source.includes(piece)) {
      out.push(piece);
      continue;
    }
    let words = piece.split(' ');
    while (words.length > 0) {
      let n = words.length;
      while (n > 0 && !source.includes(words.slice(0, n).join(' '))) n--;
      if (n === 0) {
        words = words.slice(1);
        continue;
      }
      out.push(words.slice(0, n).join(' '));
      words = words.slice(n);
    }
  }
  return out.join(STITCH);
}
