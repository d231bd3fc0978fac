/**
 * Diversity for comparison questions: a greedy re-ranking that lets each work in once before any work
 * comes back, so the top results span as many works and years as the relevant evidence allows.
 */
import { topIndexes } from './fusion.ts';

export interface DiversifyCandidate {
  index: number;
  score: number;
  workId: string;
}

/**
 * Picks `k` candidates: first the best passage of each work whose best score reaches `floor` × the top
 * score (in score order), then the remaining candidates in score order.
 */
export function diversifyByWork<T extends DiversifyCandidate>(ranked: readonly T[], k: number, floor: number): T[] {
  if (ranked.length === 0) return [];
  const top = ranked[0]!.score;
  const seen = new Set<string>();
  const firsts: T[] = [];
  const rest: T[] = [];
  for (const c of ranked) {
    if (!seen.has(c.workId) && c.score >= floor * top) {
      seen.add(c.workId);
      firsts.push(c);
    } else rest.push(c);
  }
  return [...firsts, ...rest].slice(0, k);
}

/**
 * `diversifyByWork` over every index that `accept` lets through, ranked by `scores` (ties by index), without
 * sorting them all: the best index of each work, then the best `k` of the rest. Same result as
 * `diversifyByWork(rankOf(scores).filter(accept).map(…), k, floor)`.
 */
export function diversifiedTop(
  scores: ArrayLike<number>,
  k: number,
  floor: number,
  workOf: (i: number) => string,
  accept: (i: number) => boolean,
): number[] {
  const best = new Map<string, number>();
  for (let i = 0; i < scores.length; i++) {
    if (!accept(i)) continue;
    const work = workOf(i);
    const b = best.get(work);
    if (b === undefined || scores[i]! > scores[b]!) best.set(work, i);
  }
  if (best.size === 0) return [];
  const byRank = (a: number, b: number) => scores[b]! - scores[a]! || a - b;
  const leaders = [...best.values()].sort(byRank);
  const top = scores[leaders[0]!]!;
  const firsts = leaders.filter((i) => scores[i]! >= floor * top);
  const isFirst = new Set(firsts);
  const rest = topIndexes(scores, k + firsts.length, accept).filter((i) => !isFirst.has(i));
  return [...firsts, ...rest].slice(0, k);
}
