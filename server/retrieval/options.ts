/** Every tunable of the ranking pipeline, in one typed object: weights, pool size, abstention thresholds, rules. */

/** Weights of the fused signals; each signal is on a 0..1 scale before it is weighted. */
export interface RankingWeights {
  /** BM25 over whole paragraphs. */
  lexical: number;
  /**
   * BM25's weight for a question of one search word; with n words it is this over n, or `lexical` when that is
   * more. A word or two asked about ("rice", "foreign debt") are best found where they are written: so short a
   * query tells the dense side little.
   */
  lexicalOneWord: number;
  /** Cosine of the paragraph's best window. */
  dense: number;
  /** Cosine of the paragraph's best sentence. */
  denseSentence: number;
  /**
   * Cosine of its second-best sentence (the best again when it has one): a paragraph with two sentences on the
   * question over one that touches it once.
   */
  denseSecondSentence: number;
  /** Added to passages from a year the question names. */
  year: number;
  /** Added when the passage holds a phrase the question puts in quotation marks. */
  phrase: number;
  /**
   * The late-interaction score of the `tokenMatchDepth` best candidates (`token-match.ts`): each question token's
   * best cosine among the passage's tokens, averaged. 0 leaves the model's token states unread.
   */
  tokenMatch: number;
}

/**
 * When the corpus is taken to be silent. The best passage must be close in meaning (`minSimilarity`, the
 * cosine of its best window or sentence) or share the question's words (`minCoverage`, the IDF-weighted share
 * of question words it holds), and clearly so when it has only one of the two: abstain unless
 * similarity ≥ minSimilarity and coverage ≥ minCoverage, or similarity ≥ strongSimilarity alone.
 */
export interface AbstainOptions {
  minSimilarity: number;
  minCoverage: number;
  strongSimilarity: number;
  /** A question naming a year the corpus neither is from nor speaks of is outside it. */
  uncoveredYear: boolean;
  /** A question naming something the corpus never mentions (`absentNames`: capitalised, or not general English) is outside it. */
  unknownName: boolean;
  /** A question asking for a figure ("how many", "what percentage") whose best quote gives none is not answered by it. */
  quantity: boolean;
}

export interface RankingOptions {
  /**
   * What the question vector embeds: the question as asked, or only its content words (no function words, no
   * author's name, no question frame), which keeps the vector on the topic rather than on the form of a question.
   */
  denseQuery: 'question' | 'content-words';
  /** Correct a misspelt word of the question to the corpus's word one edit away before ranking (`spelling.ts`). */
  correctSpelling: boolean;
  /** Read an acronym of the question ("NAM") as the words the corpus spells it out with (`acronyms.ts`). */
  expandAcronyms: boolean;
  /** Keep to the works of the authors the question names ("what did Kim Il Sung say"), when it names any (`filters.ts`). */
  namedAuthors: boolean;
  /**
   * Kept to an author (named, "he", or by the filters), keep to his words: the interviewers' questions printed in his
   * works are left out, unless the question asks what was put to him (`asksWhatWasPut`).
   */
  ownWords: boolean;
  /**
   * Keep a question that names years, and compares nothing, to the works of those years when there are any ("To
   * whom did he talk in 1978?"); years no work is from ("the war in 1950"), or that bound a time ("after 1961"),
   * stay a prior (`weights.year`) only.
   */
  namedYears: boolean;
  /**
   * Read a kind of work named with a year or by itself ("the 1987 talk", "his 1980s speeches", "in his speeches") as
   * naming the works of that time whose title or occasion says so (`kindsNamed` in `query.ts`); the kind's word is then
   * no word to look for ("the 1974 talk" is no match for "talked").
   */
  kindsNamed: boolean;
  /**
   * Leave out of the words to look for those that ask what someone thought ("what did he think of", "his view on",
   * "how did he feel about"): they name no topic (`stanceWords` in `query.ts`).
   */
  stanceWords: boolean;
  /** Read two side-by-side words of the question as a name when the texts write them so ("the Chollima movement": `corpus-names.ts`). */
  corpusNames: boolean;
  /**
   * Asked what something is or means ("What is Juche?": `termsDefined`), a sentence of the passage that says it
   * ("The Juche idea is the idea that …": `definesATerm`) is its quote before the others, as a figure is for "how many".
   */
  definingSentence: boolean;
  weights: RankingWeights;
  abstain: AbstainOptions;
  /** Past this many candidate paragraphs, sentence-level signals are scored for the best first-stage ones only. */
  pool: number;
  /** Past this many paragraph windows, only this many (the nearest by sign bits) are scored exactly per question. */
  denseCandidates: number;
  /** How many of the best candidates the late-interaction score rescores (`weights.tokenMatch`). */
  tokenMatchDepth: number;
  /**
   * The weight of each sentence's late-interaction score, min–max scaled over every sentence scored for the question,
   * in choosing its passage's quote (beside the sentence's words and cosine): the candidates' sentences, or a
   * comparison's chosen passages'; not for a question with no words to look for.
   */
  quoteTokenMatch: number;
  /** In comparison mode, a work joins the first round when its best passage scores at least this share of the top one. */
  compareFloor: number;
  /**
   * A word of a name of several words ("Soviet Union") counts alone, for whether a passage holds the question's
   * words, when it is not common English: absent from SCOWL or above this size ("Soviet", "Korea"; not "United",
   * "States", "South", whose passages hold "United States" or "South Korea" only with the rest of it).
   */
  commonWordSize: number;
  /** Asked how many, a passage among the best this many whose quote gives a figure leads when the best gives none (`withFigureFirst`). */
  figureDepth: number;
}

export const DEFAULT_RANKING: RankingOptions = {
  denseQuery: 'content-words',
  correctSpelling: true,
  expandAcronyms: true,
  namedAuthors: true,
  ownWords: true,
  namedYears: true,
  kindsNamed: true,
  stanceWords: true,
  corpusNames: true,
  definingSentence: true,
  weights: { lexical: 0.3, lexicalOneWord: 1.5, dense: 1, denseSentence: 0.15, denseSecondSentence: 0.25, year: 0.6, phrase: 0.25, tokenMatch: 1 },
  abstain: { minSimilarity: 0, minCoverage: 0.075, strongSimilarity: 0.803, uncoveredYear: true, unknownName: true, quantity: true },
  pool: 1000,
  denseCandidates: 4000,
  tokenMatchDepth: 30,
  quoteTokenMatch: 1,
  compareFloor: 0.7,
  commonWordSize: 35,
  figureDepth: 3,
};
