/** Groups a compare answer's citations for the chart (passages per year) and the timeline (one row per year and work, in date order). */
import type { Citation, YearCount } from '../../../../server/contract.ts';
import { passagePosition } from '../citations/passage.ts';

export interface TimelineRow {
  key: string;
  year: number | null;
  workId: string;
  title: string;
  /** The earliest date among the row's citations (they share a work, so usually one date). */
  date: string | null;
  citations: Citation[];
}

function compareDates(a: { date: string | null; year: number | null }, b: { date: string | null; year: number | null }): number {
  const ya = a.year ?? Number.POSITIVE_INFINITY;
  const yb = b.year ?? Number.POSITIVE_INFINITY;
  if (ya !== yb) return ya - yb;
  // Within a year, a full date sorts before a year-only one; ISO strings compare chronologically.
  if (a.date && b.date) return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
  return a.date ? -1 : b.date ? 1 : 0;
}

/** How many cited passages fall in each year, in year order; undated last. */
export function countByYear(citations: Citation[]): YearCount[] {
  const counts = new Map<number | null, number>();
  for (const c of citations) counts.set(c.year, (counts.get(c.year) ?? 0) + 1);
  return [...counts]
    .map(([year, count]) => ({ year, count }))
    .sort((a, b) => (a.year ?? Number.POSITIVE_INFINITY) - (b.year ?? Number.POSITIVE_INFINITY));
}

/** One row per (year, work) in date order; within a row, passages in the order they appear in the work. */
export function timelineRows(citations: Citation[]): TimelineRow[] {
  const rows = new Map<string, TimelineRow>();
  for (const c of citations) {
    const key = `${c.year ?? 'undated'}|${c.workId}`;
    let row = rows.get(key);
    if (!row) {
      row = { key, year: c.year, workId: c.workId, title: c.title, date: c.date, citations: [] };
      rows.set(key, row);
    }
    if (c.date && (!row.date || c.date < row.date)) row.date = c.date;
    row.citations.push(c);
  }
  const pos = (c: Citation) => passagePosition(c.passageId, c.workId) ?? Number.MAX_SAFE_INTEGER;
  for (const row of rows.values()) row.citations.sort((a, b) => pos(a) - pos(b) || a.n - b.n);
  return [...rows.values()].sort((a, b) => compareDates(a, b) || a.title.localeCompare(b.title));
}
