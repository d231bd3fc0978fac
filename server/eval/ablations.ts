/** Named ranking configurations for `npm run eval -- --ablation`: each signal and rule switched off, or alone. */
import { DEFAULT_RANKING, type AbstainOptions, type RankingOptions, type RankingWeights } from '../retrieval/options.ts';

const zero: RankingWeights = { lexical: 0, lexicalOneWord: 0, dense: 0, denseSentence: 0, denseSecondSentence: 0, year: 0, phrase: 0, tokenMatch: 0 };
const only = (weights: Partial<RankingWeights>): RankingOptions => ({ ...DEFAULT_RANKING, weights: { ...zero, ...weights } });
const without = (weights: Partial<RankingWeights>): RankingOptions => ({ ...DEFAULT_RANKING, weights: { ...DEFAULT_RANKING.weights, ...weights } });
const withoutRule = (rule: Partial<AbstainOptions>): RankingOptions => ({ ...DEFAULT_RANKING, abstain: { ...DEFAULT_RANKING.abstain, ...rule } });

export const ABLATIONS: Record<string, RankingOptions> = {
  'bm25 alone': only({ lexical: 1 }),
  'dense (windows + sentences) alone': only({ dense: 1, denseSentence: DEFAULT_RANKING.weights.denseSentence, denseSecondSentence: DEFAULT_RANKING.weights.denseSecondSentence }),
  'hybrid, dense query as asked': { ...DEFAULT_RANKING, denseQuery: 'question' },
  'hybrid, no spelling correction': { ...DEFAULT_RANKING, correctSpelling: false },
  'hybrid, no acronym expansion': { ...DEFAULT_RANKING, expandAcronyms: false },
  'hybrid, not kept to a named author': { ...DEFAULT_RANKING, namedAuthors: false },
  "hybrid, interviewers' words kept": { ...DEFAULT_RANKING, ownWords: false },
  'hybrid, not kept to named years': { ...DEFAULT_RANKING, namedYears: false },
  'hybrid, no kinds of work named': { ...DEFAULT_RANKING, kindsNamed: false },
  'hybrid, words asking a view searched': { ...DEFAULT_RANKING, stanceWords: false },
  'hybrid, no names as texts write them': { ...DEFAULT_RANKING, corpusNames: false },
  'hybrid, no defining-sentence rule': { ...DEFAULT_RANKING, definingSentence: false },
  'hybrid, BM25 weight not by length': without({ lexicalOneWord: 0 }),
  'hybrid, no sentence level': without({ denseSentence: 0, denseSecondSentence: 0 }),
  'hybrid, no second sentence': without({ denseSecondSentence: 0 }),
  'hybrid, no year prior': without({ year: 0 }),
  'hybrid, no quoted-phrase match': without({ phrase: 0 }),
  'hybrid, no token match': without({ tokenMatch: 0 }),
  'hybrid, no unknown-name rule': withoutRule({ unknownName: false }),
  'hybrid, no uncovered-year rule': withoutRule({ uncoveredYear: false }),
  'hybrid, no figure rule': withoutRule({ quantity: false }),
  'hybrid (default)': DEFAULT_RANKING,
};
