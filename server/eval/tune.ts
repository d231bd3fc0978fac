/**
 * Fitting the ranking on one half of the dev set (pure, given a way to run it): a coarse grid over the fusion
 * weights and then the comparison floor, scored by hit@1 + hit@5 + compare year coverage, and the abstention
 * thresholds chosen from the best passages' evidence. The caller reports the fitted options on the other half.
 */
import type { AbstainOptions, RankingOptions, RankingWeights } from '../retrieval/options.ts';
import type { Evidence } from '../retrieval/abstain.ts';
import type { Summary } from './metrics.ts';

export const WEIGHT_GRID: { [K in keyof RankingWeights]: readonly number[] } = {
  lexical: [0.25, 0.35, 0.5, 0.75, 1],
  // Changes only questions of four search words or fewer (three dev questions as asked, whose figures it leaves as
  // they were), so it is chosen on the questions cut to keywords instead (docs/retrieval.md, "A word or two").
  lexicalOneWord: [1.5],
  dense: [1],
  denseSentence: [0, 0.25, 0.5, 0.75, 1],
  denseSecondSentence: [0, 0.15, 0.3, 0.5],
  year: [0, 0.3, 0.6, 0.9],
  phrase: [0, 0.5, 1],
  tokenMatch: [0, 0.5, 1, 1.5],
};

export function* weightGrid(): Generator<RankingWeights> {
  const keys = Object.keys(WEIGHT_GRID) as (keyof RankingWeights)[];
  const walk = function* (i: number, partial: Partial<RankingWeights>): Generator<RankingWeights> {
    if (i === keys.length) {
      yield partial as RankingWeights;
      return;
    }
    for (const v of WEIGHT_GRID[keys[i]!]) yield* walk(i + 1, { ...partial, [keys[i]!]: v });
  };
  yield* walk(0, {});
}

export function rankingObjective(s: Summary): number {
  return s.hitAt[1]! + s.hitAt[5]! + (s.compareYearCoverage ?? 0);
}

export async function fitWeights(base: RankingOptions, evaluate: (options: RankingOptions) => Promise<Summary>): Promise<RankingOptions> {
  let best = base;
  let bestScore = -Infinity;
  for (const weights of weightGrid()) {
    const options = { ...base, weights };
    const score = rankingObjective(await evaluate(options));
    if (score > bestScore + 1e-9) [best, bestScore] = [options, score];
  }
  return best;
}

const COMPARE_FLOORS = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/** The comparison floor (how close to the top a work's best passage must be to get a first-round place), swept alone. */
export async function fitCompareFloor(base: RankingOptions, evaluate: (options: RankingOptions) => Promise<Summary>): Promise<RankingOptions> {
  let best = base;
  let bestScore = -Infinity;
  for (const compareFloor of COMPARE_FLOORS) {
    const options = { ...base, compareFloor };
    const score = rankingObjective(await evaluate(options));
    if (score > bestScore + 1e-9) [best, bestScore] = [options, score];
  }
  return best;
}

export interface EvidenceCase {
  answerable: boolean;
  /** The best passage's evidence, or none when the scope rules already abstain. */
  evidence: Evidence | null;
}

const COVERAGES = Array.from({ length: 11 }, (_, i) => i * 0.05);

/** Candidate similarity thresholds: midway between neighbouring observed values (anything else between them changes nothing). */
function similarityCandidates(cases: readonly EvidenceCase[]): number[] {
  const seen = [...new Set(cases.flatMap((c) => (c.evidence ? [c.evidence.similarity] : [])))].sort((a, b) => a - b);
  return [0, ...seen.slice(1).map((s, i) => (s + seen[i]!) / 2)];
}

/**
 * Thresholds that abstain on the most unanswerable cases while false-abstaining on at most `maxFalse` of the
 * answerable ones; among equals, the lowest thresholds (the least abstention).
 */
export function fitAbstention(base: AbstainOptions, cases: readonly EvidenceCase[], maxFalse = 0.05): AbstainOptions {
  const answerable = cases.filter((c) => c.answerable && c.evidence);
  const silent = cases.filter((c) => !c.answerable && c.evidence);
  const similarities = similarityCandidates(cases);
  let best = base;
  let bestKey = [-Infinity, -Infinity];
  for (const minSimilarity of similarities) {
    for (const minCoverage of COVERAGES) {
      for (const strongSimilarity of [...similarities.filter((s) => s >= minSimilarity), Infinity]) {
        const supported = (e: Evidence) => e.similarity >= strongSimilarity || (e.similarity >= minSimilarity && e.coverage >= minCoverage);
        const falseRate = answerable.filter((c) => !supported(c.evidence!)).length / Math.max(1, answerable.length);
        if (falseRate > maxFalse) continue;
        const caught = silent.filter((c) => !supported(c.evidence!)).length;
        const key = [caught, -falseRate - (minSimilarity + minCoverage) / 100];
        if (key[0]! > bestKey[0]! || (key[0] === bestKey[0] && key[1]! > bestKey[1]!)) {
          bestKey = key;
          best = { ...base, minSimilarity, minCoverage, strongSimilarity };
        }
      }
    }
  }
  return best;
}
