/** Passages per year for a comparison (pure): how much of the evidence that addresses the topic each year holds, for a trend chart. */
import type { YearCount } from '../contract.ts';
import type { RankedPassage } from '../retrieval/rank.ts';

/** Counts the passages per work year (the caller passes those that address the topic). Years in order; undated works last. */
export function yearCounts(passages: readonly RankedPassage[]): YearCount[] {
  const counts = new Map<number | null, number>();
  for (const p of passages) counts.set(p.work.year, (counts.get(p.work.year) ?? 0) + 1);
  return [...counts]
    .map(([year, count]) => ({ year, count }))
    .sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity));
}
