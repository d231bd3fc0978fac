/** Named ranking configurations for `npm run eval -- --ablation`: each signal switched off, or alone. */
import { DEFAULT_RANKING, type RankingOptions, type RankingWeights } from '../retrieval/rank.ts';

const zero: RankingWeights = { lexical: 0, lexicalSentence: 0, dense: 0, denseSentence: 0, title: 0, year: 0, phrase: 0, namedWork: 0 };
const only = (weights: Partial<RankingWeights>, expansion = false): RankingOptions => ({
  ...DEFAULT_RANKING,
  weights: { ...zero, ...weights },
  expansion: expansion ? DEFAULT_RANKING.expansion : null,
});
const without = (change: Omit<Partial<RankingOptions>, 'weights'> & { weights?: Partial<RankingWeights> }): RankingOptions => ({
  ...DEFAULT_RANKING,
  ...change,
  weights: { ...DEFAULT_RANKING.weights, ...change.weights },
});

export const ABLATIONS: Record<string, RankingOptions> = {
  'bm25 (paragraphs) alone': only({ lexical: 1 }),
  'dense (paragraphs) alone': only({ dense: 1 }),
  'dense (paragraphs + sentences)': only({ dense: 1, denseSentence: 1 }),
  'bm25 + expansion': only({ lexical: 1 }, true),
  'hybrid, no expansion': without({ expansion: null }),
  'hybrid, no sentence level': without({ weights: { lexicalSentence: 0, denseSentence: 0 } }),
  'hybrid, no dense': without({ weights: { dense: 0, denseSentence: 0 } }),
  'hybrid, no title field': without({ weights: { title: 0 } }),
  'hybrid, no year prior': without({ weights: { year: 0 } }),
  'hybrid, no quoted-phrase match': without({ weights: { phrase: 0 } }),
  'hybrid, no named-work prior': without({ weights: { namedWork: 0 } }),
  'hybrid (default)': DEFAULT_RANKING,
};
