/**
 * Reads an article abstract: title lines, an author line "Family, Given(Affiliation)", hard-wrapped text whose
 * page numbers come from running footer lines (matched by the override's `pageFooter` regex and dropped).
 */
import { type DraftResult, type ReaderInput } from './draft.ts';
import { pageRange } from './pages.ts';
import { type WrappedLine, wrappedParagraphs } from './paragraphs.ts';
import { normalizeSpace, stripHeaderMarkup } from './text.ts';

export const AUTHOR_LINE = /^\s*([^,()]+?),\s*([^,()]+?)\s*\(([^()]+)\)\s*$/;

export function readAbstract({ file, lines, override }: ReaderInput): DraftResult {
  const at = lines.findIndex((l) => AUTHOR_LINE.test(l));
  if (at < 0) return { works: [], problems: [{ file, line: 1, message: 'no title: no author line "Family, Given(Affiliation)" found' }] };
  const title = normalizeSpace(lines.slice(0, at).map(stripHeaderMarkup).join(' '));
  if (title === '') return { works: [], problems: [{ file, line: 1, message: 'no title: nothing above the author line' }] };
  const m = AUTHOR_LINE.exec(lines[at]!)!;
  const author = `${m[1]} ${m[2]}`;

  const footer = override.pageFooter ? new RegExp(override.pageFooter, 'u') : null;
  const body: WrappedLine[] = [];
  let sinceFooter: WrappedLine[] = []; // lines whose page the next footer tells (or the last footer's page + 1)
  let lastFooter: number | undefined;
  const pagesSeen: number[] = [];
  for (const line of lines.slice(at + 1)) {
    const f = footer?.exec(line.trim());
    if (f && f[1] !== undefined) {
      lastFooter = Number(f[1]);
      for (const l of sinceFooter) l.page = lastFooter;
      if (sinceFooter.length) pagesSeen.push(lastFooter);
      sinceFooter = [];
      continue;
    }
    if (line.trim() === '') continue;
    const entry: WrappedLine = { text: line };
    body.push(entry);
    sinceFooter.push(entry);
  }
  if (lastFooter !== undefined && sinceFooter.length) {
    for (const l of sinceFooter) l.page = lastFooter + 1;
    pagesSeen.push(lastFooter + 1);
  }
  const paragraphs = wrappedParagraphs(body);
  return {
    works: [
      {
        title,
        caseTitle: true,
        date: null,
        year: null,
        author,
        affiliation: normalizeSpace(m[3]!),
        ...(pagesSeen.length ? { pages: pageRange(Math.min(...pagesSeen), Math.max(...pagesSeen)) } : {}),
        paragraphs,
      },
    ],
    problems: [],
  };
}
