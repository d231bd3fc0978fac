/**
 * Which works a search may quote: date-range and work filters (years or ISO dates, inclusive; undated works never
 * match a date filter), and the authors a question names.
 */
import type { Work } from '../corpus/types.ts';
import { tokenize } from './text.ts';

export interface PassageFilters {
  from?: string;
  to?: string;
  work?: string;
}

/** "1967" → 1967-01-01 as a lower bound, 1967-12-31 as an upper bound; ISO dates stand as they are. */
function bound(value: string, side: 'from' | 'to'): string {
  if (/^\d{4}$/.test(value)) return side === 'from' ? `${value}-01-01` : `${value}-12-31`;
  return value;
}

export function workMatches(work: Work, filters: PassageFilters): boolean {
  if (filters.work !== undefined && work.id !== filters.work) return false;
  if (filters.from === undefined && filters.to === undefined) return true;
  if (work.date === null) return false;
  if (filters.from !== undefined && work.date < bound(filters.from, 'from')) return false;
  if (filters.to !== undefined && work.date > bound(filters.to, 'to')) return false;
  return true;
}

/** The words of an author's name, lower case ("Kim Il Sung" → kim, il, sung). */
export function nameWords(author: string): string[] {
  return author
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 1);
}

/** The authors whose names the question contains (at least two words of a longer name). */
export function namedAuthors(question: string, authors: Iterable<string>): Set<string> {
  const words = new Set(tokenize(question).map((t) => t.word.replace(/'s$/, '')));
  const named = new Set<string>();
  for (const author of new Set(authors)) {
    const parts = nameWords(author);
    const hits = parts.filter((p) => words.has(p)).length;
    if (parts.length > 0 && hits >= Math.min(2, parts.length)) named.add(author);
  }
  return named;
}

/**
 * Which works a search may quote: those the filters let through, kept to the authors the question names (what Kim
 * Il Sung said is not what a scholar wrote about him) when any of theirs are among them. A test per work, not a
 * list: at 2,000 works, listing them for every search cost ~2 ms.
 */
export function searchableWork(works: Iterable<Work>, authors: readonly string[], filters: PassageFilters, question: string | null): (work: Work) => boolean {
  const allowed = (w: Work) => workMatches(w, filters);
  const named = question === null ? new Set<string>() : namedAuthors(question, authors);
  if (named.size === 0) return allowed;
  const byNamed = (w: Work) => allowed(w) && named.has(w.author);
  return someWork(works, byNamed) ? byNamed : allowed;
}

/** Whether any of the works passes the test (stops at the first that does). */
export function someWork(works: Iterable<Work>, test: (work: Work) => boolean): boolean {
  for (const w of works) if (test(w)) return true;
  return false;
}
