/**
 * The abstain decision (pure): the corpus is taken to be silent on a question when its best passage is
 * neither close in meaning nor shares its words (thresholds calibrated on the dev set, see docs/retrieval.md),
 * when it asks "how many" and the best quote holds no number, or when the question names something or some
 * year the corpus never mentions.
 */
import type { AbstainOptions } from './options.ts';
import { CALENDAR_WORDS, type ParsedQuery } from './query.ts';
import { isMisspelling } from './spelling.ts';
import { tokenize } from './text.ts';

export interface Evidence {
  /** Cosine between the question and the passage's best window or sentence. */
  similarity: number;
  /** IDF-weighted share of the question's content words found in the passage or its work's title. */
  coverage: number;
  /** The quote holds a number (true unless the question asks for a count). */
  quantitySupported: boolean;
}

export type AbstainReason = 'no-passage' | 'unknown-name' | 'year-not-covered' | 'no-quantity' | 'off-topic';

const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions dozen dozens percent'.split(' '),
);

/** True when the question names no year, or at least one year the corpus covers. */
export function yearsCovered(query: ParsedQuery, covered: ReadonlySet<number>): boolean {
  return query.years.size === 0 || [...query.years].some((y) => covered.has(y));
}

export function quantitySupported(query: ParsedQuery, quote: string): boolean {
  if (!query.quantity) return true;
  return tokenize(quote).some((t) => /^\d/.test(t.word) || NUMBER_WORDS.has(t.word));
}

/**
 * Whether a name from the question occurs in the corpus, as itself or as a longer or shorter form of a word
 * there ("Ghanaian" for "Ghana", "Yugoslavia" for "Yugoslav"): the shared start must be four letters or more.
 */
export function isKnownName(name: string, knownWords: ReadonlySet<string>): boolean {
  if (knownWords.has(name)) return true;
  for (const word of knownWords) {
    const [short, long] = word.length < name.length ? [word, name] : [name, word];
    if (short.length >= 4 && long.startsWith(short)) return true;
  }
  return false;
}

/**
 * Names in the question that the corpus never uses: its words that occur nowhere in the corpus and either are
 * written with a capital inside the question ("Apollo", "Carter": names that are English words too) or are not
 * general English at all, however typed ("deng xiaoping"), unless they are misspellings (`spelling.ts`). Month and
 * day names (which word lists leave out with the names), contractions ("i'm") and words with digits ("7th") are not
 * names.
 */
export function unknownNames(query: ParsedQuery, knownWords: ReadonlySet<string>, englishWords: ReadonlySet<string>): string[] {
  const isWord = (w: string) => englishWords.has(w) || knownWords.has(w);
  return query.tokens
    .map((t) => t.word)
    .filter((w) => !/[\d']/.test(w) && !CALENDAR_WORDS.has(w) && !knownWords.has(w))
    .filter((w) => query.names.has(w) || (!englishWords.has(w) && !isMisspelling(w, isWord)))
    .filter((w) => !isKnownName(w, knownWords));
}

/** What the question asks about, checked against the whole corpus before any passage is looked at. */
export interface QuestionScope {
  /** The question names nothing the corpus never mentions (`unknownNames`). */
  namesKnown: boolean;
  /** The question names no year, or one the corpus covers. */
  yearsCovered: boolean;
}

export function abstainReason(best: Evidence | undefined, scope: QuestionScope, options: AbstainOptions): AbstainReason | null {
  if (!best) return 'no-passage';
  if (options.unknownName && !scope.namesKnown) return 'unknown-name';
  if (options.uncoveredYear && !scope.yearsCovered) return 'year-not-covered';
  if (options.quantity && !best.quantitySupported) return 'no-quantity';
  const supported =
    best.similarity >= options.strongSimilarity || (best.similarity >= options.minSimilarity && best.coverage >= options.minCoverage);
  return supported ? null : 'off-topic';
}
