/**
 * Which works a search may quote: date-range and work filters (years or ISO dates, inclusive; undated works never
 * match a date filter), and the authors a question asks about.
 */
import { boundDate } from '../contract.ts';
import type { Work } from '../corpus/types.ts';
import { AppError } from '../errors.ts';
import { authorsAsked, namedAuthors, type CorpusAuthors } from './authors.ts';

export interface PassageFilters {
  from?: string;
  to?: string;
  work?: string;
  /** The authors a question asks about when its own words name none: those of the question a follow-up continues ("and self-reliance?"). */
  authors?: readonly string[];
  /**
   * The interviewers' questions may be found though the search keeps to an author: the question asks what was put to
   * him (`asksWhatWasPut`) in words its search text does not keep ("Who asked him about it?" searches the topic before).
   */
  interviewers?: boolean;
  /** One author's works alone, whatever the question names: each of the authors it sets side by side, searched apart. */
  author?: string;
  /** Works set aside: those of a time the question leaves out ("a quote that isn't from 1987"). */
  except?: readonly string[];
}

/** A work id the corpus does not hold is the caller's mistake (a 400), not a search that finds nothing. */
export function requireKnownWork(works: readonly Pick<Work, 'id'>[], work: string | undefined): void {
  if (work !== undefined && !works.some((w) => w.id === work)) {
    throw new AppError('bad_request', `work: no work with id "${work}"`);
  }
}

export function workMatches(work: Work, filters: PassageFilters): boolean {
  if (filters.work !== undefined && work.id !== filters.work) return false;
  if (filters.except?.includes(work.id)) return false;
  if (filters.from === undefined && filters.to === undefined) return true;
  if (work.date === null) return false;
  if (filters.from !== undefined && work.date < boundDate(filters.from, 'from')) return false;
  if (filters.to !== undefined && work.date > boundDate(filters.to, 'to')) return false;
  return true;
}

/**
 * The authors a search keeps to: the one the filters name alone (`author`); else those the question asks about
 * (`authorsAsked`: named, or "he"; or the filters'), of them those the filters name when they name some, when the
 * filters let any of their works through; none otherwise (every author's works are searched).
 */
export function keptToAuthors(works: Iterable<Work>, authors: CorpusAuthors, filters: PassageFilters, question: string | null): Set<string> {
  if (filters.author !== undefined) return new Set([filters.author]);
  const own = question === null ? new Set<string>() : authorsAsked(question, authors);
  const narrowed = new Set(filters.authors?.filter((a) => own.has(a)));
  // "and what does he say about consumer goods?" after a question about Zhang Chao: "he", naming no one, is the author
  // the follow-up continues with, not the primary one.
  const byPronounAlone = question !== null && (filters.authors?.length ?? 0) > 0 && namedAuthors(question, authors.all).size === 0;
  const asked = narrowed.size > 0 ? narrowed : byPronounAlone ? new Set(filters.authors) : own.size > 0 || question === null ? own : new Set(filters.authors);
  return asked.size > 0 && someWork(works, (w) => asked.has(w.author) && workMatches(w, filters)) ? asked : new Set();
}

/**
 * Which works a search may quote: those the filters let through, of the authors it keeps to (`keptToAuthors`). A
 * test per work, not a list: at 2,000 works, listing them for every search cost ~2 ms.
 */
export function searchableWork(filters: PassageFilters, authors: ReadonlySet<string>): (work: Work) => boolean {
  if (authors.size === 0) return (w) => workMatches(w, filters);
  return (w) => authors.has(w.author) && workMatches(w, filters);
}

/** Whether any of the works passes the test (stops at the first that does). */
export function someWork(works: Iterable<Work>, test: (work: Work) => boolean): boolean {
  for (const w of works) if (test(w)) return true;
  return false;
}
