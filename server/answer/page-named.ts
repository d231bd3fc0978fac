/**
 * A page named by its number (pure): "What's on page 45?", "Show me page 12", "Which work starts on p. 50?". The
 * sources give each work's pages ("8-16"), so a page names the work printed on it; not "Is it on page 20?", which asks
 * where the quotes before stand (`PAGE_ASKED`).
 */
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

/** The first and last page a work's source gives it ("8-16" → [8, 16], "45" → [45, 45]); null when it gives none. */
export function pageSpan(work: Pick<Work, 'pages'>): [number, number] | null {
  const [first, last] = (work.pages ?? '').split(/\s*[-–]\s*/).map(Number);
  if (first === undefined || !Number.isInteger(first) || first <= 0) return null;
  return [first, last !== undefined && Number.isInteger(last) && last >= first ? last : first];
}

/** A page named, the works printed on it, and the pages the sources give (`pagesGiven`), said when none is. */
export interface OnPage {
  page: number;
  works: Work[];
  given: string;
}

/** The works printed on a page, in the order given. */
export function worksOnPage(page: number, works: readonly Work[]): OnPage {
  const on = works.filter((w) => {
    const span = pageSpan(w);
    return span !== null && page >= span[0] && page <= span[1];
  });
  return { page, works: on, given: pagesGiven(works) };
}

/** The runs of pages the works' sources give, joined where they meet: "1–45 and 179–180". */
function pagesGiven(works: readonly Work[]): string {
  const spans = works.map((w) => pageSpan(w)).filter((span) => span !== null).sort((a, b) => a[0] - b[0]);
  const runs: [number, number][] = [];
  for (const [first, last] of spans) {
    const run = runs.at(-1);
    if (run && first <= run[1] + 1) run[1] = Math.max(run[1], last);
    else runs.push([first, last]);
  }
  return inWords(runs.map(([first, last]) => (first === last ? `${first}` : `${first}–${last}`)));
}

/**
 * "No work in the collection is on page 500: the pages its sources give run 1–45 and 179–180.", or the works a page
 * holds the end of one and the start of another of: "Page 7 is in 2 works: *A* (…; pp. 4–7); *B* (…; pp. 7–9)."
 */
export function worksOnPageLead({ page, works, given }: OnPage, primaryAuthor: string | null): LeadPart[] {
  if (works.length === 0) return lead(`No work in the collection is on page ${page}: the pages its sources give run ${given}.`);
  return lead(`Page ${page} is in ${works.length} works: `, workList(works, primaryAuthor, '.', (w) => formatPages(undefined, w.pages)));
}
