import { describe, expect, it } from 'vitest';
import { yearCounts } from '../../server/answer/years.ts';
import type { RankedPassage } from '../../server/retrieval/rank.ts';

const passage = (year: number | null, score: number) =>
  ({ score, work: { year }, paragraph: {}, quote: '', quoteSpan: { start: 0, end: 0 }, evidence: { coverage: 1, quantitySupported: true } }) as unknown as RankedPassage;

describe('yearCounts', () => {
  it('counts the passages per year, in year order with undated last', () => {
    const counts = yearCounts([passage(1987, 1), passage(1961, 0.9), passage(null, 0.8), passage(1987, 0.5)]);
    expect(counts).toEqual([
      { year: 1961, count: 1 },
      { year: 1987, count: 2 },
      { year: null, count: 1 },
    ]);
  });

  it('is empty when nothing was found', () => {
    expect(yearCounts([])).toEqual([]);
  });
});
