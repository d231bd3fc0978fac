/**
 * Diversity for comparison questions: a greedy re-ranking that lets each work in once before any work
 * comes back, so the top results span as many works and years as the relevant evidence allows.
 */

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
