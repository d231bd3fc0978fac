/**
 * A page named by its number (pure): "What's on page 45?", "Show me page 12", "Which work starts on p. 50?". The
 * sources give each work's pages ("8-16"), so a page names the work printed on it; not "Is it on page 20?", which asks
 * where the quotes before stand (`PAGE_ASKED`).
 */
import { pageBounds } from '../corpus/pages.ts';
import type { Work } from '../corpus/types.ts';
import type { LeadPart } from '../contract.ts';
import { formatPages, inWords } from './format.ts';
import { lead, workList } from './item.ts';
import { PAGE_ASKED } from './source-words.ts';

/** "page 45", "p. 12", "pg 3" (a pattern whose match is no word to look for). */
export const PAGE_NAMED = /\b(?:page|pg\.?|p\.)\s*(\d{1,4})\b/i;

/** The page a question names by its number, unless it asks whether quotes stand on it; null when it names none. */
export function pageNamed(question: string): number | null {
  const named = PAGE_NAMED.exec(question);
  return named && !PAGE_ASKED.test(question) ? Number(named[1]) : null;
}

/**
 * The first and last page a work's source places it on ("8-16" → [8, 16], "45" → [45, 45]; "45ff." → [45, 45] and
 * open, the pages after its first placed in no work); null when it gives none.
 */
function pageSpan(work: Pick<Work, 'pages'>): { first: number; last: number; open: boolean } | null {
  const bounds = pageBounds(work.pages);
  return bounds && bounds.first > 0 ? { first: bounds.first, last: bounds.last ?? bounds.first, open: bounds.last === null } : null;
}

/**
 * A page named, the works printed on it, the pages the sources give (`pagesGiven`), said when none is, and whether a
 * work whose source gives only its first page starts before it (`pastAnOpenEnd`): the page may be that work's.
 */
export interface OnPage {
  page: number;
  works: Work[];
  given: string;
  pastAnOpenEnd: boolean;
}

/** The works printed on a page, in the order given. */
export function worksOnPage(page: number, works: readonly Work[]): OnPage {
  const spans = works.map((w) => ({ work: w, span: pageSpan(w) }));
  const on = spans.filter(({ span }) => span !== null && page >= span.first && page <= span.last).map(({ work }) => work);
  const pastAnOpenEnd = spans.some(({ span }) => span?.open === true && page > span.first);
  return { page, works: on, given: pagesGiven(spans.flatMap(({ span }) => (span ? [span] : []))), pastAnOpenEnd };
}

/** The runs of pages the works' sources give, joined where they meet: "1–45 and 179–180"; "1–45ff." when the last gives only its first. */
function pagesGiven(spans: readonly { first: number; last: number; open: boolean }[]): string {
  const runs: { first: number; last: number; open: boolean }[] = [];
  for (const span of [...spans].sort((a, b) => a.first - b.first)) {
    const run = runs.at(-1);
    if (run && span.first <= run.last + 1) {
      run.open = span.last >= run.last ? span.open : run.open;
      run.last = Math.max(run.last, span.last);
    } else runs.push({ ...span });
  }
  return inWords(runs.map(({ first, last, open }) => `${first === last ? first : `${first}–${last}`}${open ? 'ff.' : ''}`));
}

/**
 * "No work in the collection is on page 500: the pages its sources give run 1–45 and 179–180.", or the works a page
 * holds the end of one and the start of another of: "Page 7 is in 2 works: *A* (…; pp. 4–7); *B* (…; pp. 7–9)."
 */
export function worksOnPageLead({ page, works, given, pastAnOpenEnd }: OnPage, primaryAuthor: string | null): LeadPart[] {
  if (works.length === 0 && pastAnOpenEnd) return lead(`No work in the collection is known to be on page ${page}: the pages its sources give run ${given} (“ff.”: the source gives no page where that work ends).`);
  if (works.length === 0) return lead(`No work in the collection is on page ${page}: the pages its sources give run ${given}.`);
  return lead(`Page ${page} is in ${works.length} works: `, workList(works, primaryAuthor, '.', (w) => formatPages(undefined, w.pages)));
}
