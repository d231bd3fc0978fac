/** Reads a hard-wrapped printed work (title pages, a header with occasion and date, then wrapped lines of text). */
import { ignoreLines, isBoilerplate } from './boilerplate.ts';
import type { DraftResult, ReaderInput } from './draft.ts';
import { draftFromHeader, findAuthorLine, findHeaders } from './headers.ts';
import { wrappedParagraphs } from './paragraphs.ts';
import { stripMarkup } from './text.ts';

export function readSpeech({ file, lines }: ReaderInput): DraftResult {
  const authorLine = findAuthorLine(lines);
  const ignore = ignoreLines(authorLine);
  const headers = findHeaders(lines, ignore);
  if (headers.length === 0) {
    return { works: [], problems: [{ file, line: 1, message: 'no title: no header (title in capitals followed by a date line) found' }] };
  }
  const works = headers.map((h, i) => {
    const end = headers[i + 1]?.startLine ?? lines.length;
    const body: string[] = [];
    for (const line of lines.slice(h.dateLine + 1, end)) {
      if (ignore(line) && !isBoilerplate(line)) break; // the title page repeated at the end
      if (!isBoilerplate(line)) body.push(stripMarkup(line));
    }
    return draftFromHeader(h, authorLine, wrappedParagraphs(body.map((text) => ({ text }))));
  });
  return { works, problems: [] };
}
