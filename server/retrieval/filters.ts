/** Date-range and work filters over works: years or ISO dates, inclusive; undated works never match a date filter. */
import type { Work } from '../corpus/types.ts';

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
