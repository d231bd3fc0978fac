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

/** What a question itself narrows a search to: the authors it names (from its text), the years it is about. */
export interface QuestionBounds {
  /** The question, to find the authors it names; null to keep to none. */
  question: string | null;
  /** Years the works should be from; null for any. */
  years: ReadonlySet<number> | null;
}

/**
 * The works the filters let through, kept to those by the authors the question names (what Kim Il Sung said is
 * not what a scholar wrote about him) and to those from the years given, each when some such works are left.
 */
export function searchableWorks(works: Iterable<Work>, filters: PassageFilters, bounds: QuestionBounds): Set<string> {
  let kept = [...works].filter((w) => workMatches(w, filters));
  const named = bounds.question === null ? new Set<string>() : namedAuthors(bounds.question, kept.map((w) => w.author));
  kept = keepIfAny(kept, (w) => named.has(w.author));
  const years = bounds.years;
  if (years) kept = keepIfAny(kept, (w) => w.year !== null && years.has(w.year));
  return new Set(kept.map((w) => w.id));
}

function keepIfAny<T>(items: T[], keep: (item: T) => boolean): T[] {
  const kept = items.filter(keep);
  return kept.length > 0 ? kept : items;
}
