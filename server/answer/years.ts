/** Passages per year for a comparison (pure): how much of the relevant evidence each year holds, for a trend chart. */
import type { YearCount } from '../contract.ts';
import type { RankedPassage } from '../retrieval/rank.ts';

/**
 * Counts, per work year, the passages scoring at least `floor` × the best score: the ones that match the
 * question, not every passage retrieved. Years in order; undated works last.
 */
export function yearCounts(passages: readonly RankedPassage[], floor: number): YearCount[] {
  const top = passages[0]?.score ?? 0;
  const counts = new Map<number | null, number>();
  for (const p of passages) if (top > 0 && p.score >= floor * top) counts.set(p.work.year, (counts.get(p.work.year) ?? 0) + 1);
  return [...counts]
    .map(([year, count]) => ({ year, count }))
    .sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity));
}
