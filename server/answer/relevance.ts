/**
 * Which retrieved passages address the question's topic (pure): the one decision behind the quotes an answer
 * cites, the works a comparison shows and the per-year chart. Its thresholds are calibrated on the dev set.
 */
import type { RankedPassage } from '../retrieval/rank.ts';

export interface RelevanceOptions {
  /** A passage addresses the topic when its score is at least this share of the best passage's… */
  floor: number;
  /** …and it holds the question's words as the question means them (`holdsWords`; at least this share of what the best-covering passage covers)… */
  coverageShare: number;
  /** …or means the same (its similarity to the question at most this far below the best passage's). */
  similarityGap: number;
}

export const DEFAULT_RELEVANCE: RelevanceOptions = { floor: 0.4, coverageShare: 0.3, similarityGap: 0.04 };

/**
 * The passages that address the topic, in ranked order. The best passage always does (whether the corpus
 * speaks to the question at all is the abstention's decision, made before this); so does one that holds every word
 * the best-covering passage holds, however far below the best it ranks ("under the revolutionary slogan of
 * self-reliance" in a long paragraph, for "self-reliance", where a dozen shorter ones use the word too).
 */
export function addressingTopic(passages: readonly RankedPassage[], options: RelevanceOptions = DEFAULT_RELEVANCE): RankedPassage[] {
  if (passages.length === 0) return [];
  const top = Math.max(...passages.map((p) => p.score));
  // Words held only as a common word of a name or compound ("movement" of "Chollima movement") are no evidence.
  const covered = (p: RankedPassage) => (p.holdsWords ? p.evidence.coverage : 0);
  const bestCoverage = Math.max(...passages.map(covered));
  const bestSimilarity = Math.max(...passages.map((p) => p.evidence.similarity));
  const evidence = (p: RankedPassage) => covered(p) >= options.coverageShare * bestCoverage || p.evidence.similarity >= bestSimilarity - options.similarityGap;
  const holdsAll = (p: RankedPassage) => bestCoverage > 0 && covered(p) >= bestCoverage;
  return passages.filter((p, i) => i === 0 || holdsAll(p) || (p.score >= options.floor * top && evidence(p)));
}
