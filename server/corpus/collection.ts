/**
 * Reads a collection of excerpted works (a book: title pages, CONTENTS, then for each work a header and
 * blank-line separated paragraphs): titles, dates and occasions from the headers, page ranges from the contents.
 */
import { ignoreLines, isBoilerplate } from './boilerplate.ts';
import { MONTH_PATTERN, printedParts } from './dates.ts';
import { type DraftResult, type DraftWork, type ReaderInput } from './draft.ts';
import { pageRange } from './pages.ts';
import { draftFromHeader, findAuthorLine, findHeaders } from './headers.ts';
import { blockParagraphs } from './paragraphs.ts';
import { normalizeSpace, stripHeaderMarkup, stripMarkup } from './text.ts';
import type { CorpusProblem } from './types.ts';

/** A contents line ends with the work's date and its start page, sometimes run together: "October 11, 197117". */
const TOC_ENTRY = new RegExp(`(${MONTH_PATTERN}) (\\d{1,2}), (\\d{4})\\s*(\\d{1,4})\\s*$`);

interface TocEntry {
  line: number;
  date: string | null;
  page: number;
}

function readContents(lines: string[], from: number, to: number): TocEntry[] {
  const entries: TocEntry[] = [];
  for (let i = from; i < to; i++) {
    const m = TOC_ENTRY.exec(normalizeSpace(stripHeaderMarkup(lines[i]!)));
    if (m) entries.push({ line: i + 1, date: printedParts(m[1]!, m[2]!, m[3]!), page: Number(m[4]) });
  }
  return entries;
}

export function readCollection({ file, lines, override }: ReaderInput): DraftResult {
  const problems: CorpusProblem[] = [];
  const authorLine = findAuthorLine(lines);
  const ignore = ignoreLines(authorLine);
  const headers = findHeaders(lines, ignore);
  if (headers.length === 0) {
    return { works: [], problems: [{ file, line: 1, message: 'no title: no work header (title in capitals followed by a date line) found' }] };
  }

  const contentsAt = lines.findIndex((l, i) => i < headers[0]!.startLine && normalizeSpace(stripHeaderMarkup(l)) === 'CONTENTS');
  const toc = contentsAt >= 0 ? readContents(lines, contentsAt + 1, headers[0]!.startLine) : [];
  const sameOrder = toc.length === headers.length && toc.every((t, i) => t.date === headers[i]!.date);
  const used = new Set<TocEntry>();
  const startPages = headers.map((h, i) => {
    const entry = sameOrder ? toc[i] : toc.find((t) => !used.has(t) && t.date === h.date);
    if (!entry) {
      if (contentsAt >= 0) problems.push({ file, line: h.dateLine + 1, message: `no contents entry for "${h.title}": pages unknown` });
      return undefined;
    }
    used.add(entry);
    return entry.page;
  });

  const works: DraftWork[] = headers.map((h, i) => {
    const next = headers[i + 1];
    let end = next ? next.startLine : lines.length;
    // the collection's title page repeated at the end starts with the author's name line
    const trailer = lines.findIndex((l, n) => n > h.dateLine && n < end && authorLine !== null && ignore(l) && !isBoilerplate(l));
    if (trailer >= 0) end = trailer;
    const paragraphs = blockParagraphs(lines.slice(h.dateLine + 1, end), {
      rejoinPageBreaks: true,
      clean: stripMarkup,
      drop: isBoilerplate,
    });
    const start = startPages[i];
    let pages: string | undefined;
    if (start !== undefined) {
      const nextStart = startPages[i + 1];
      // The last work runs on to a page the contents do not give, unless the overrides do.
      const last = next ? (nextStart !== undefined ? Math.max(start, nextStart - 1) : start) : (override.lastPage ?? null);
      pages = pageRange(start, last);
    }
    const work = draftFromHeader(h, authorLine, paragraphs);
    if (pages) work.pages = pages;
    return work;
  });
  return { works, problems };
}
