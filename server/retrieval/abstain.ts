/**
 * The abstain decision (pure): the corpus is taken to be silent on a question when its best passage lacks
 * the question's content (IDF-weighted coverage below a calibrated threshold) or has no number when the
 * question asks "how many" and its quote has no number; and when the question names someone or something
 * (a capitalised word) the corpus never mentions, or years it has nothing from or about.
 */
import type { Paragraph, Work } from '../corpus/types.ts';
import type { ParsedQuery } from './query.ts';
import { tokenize } from './text.ts';

export interface Evidence {
  /** Share of the question's IDF-weighted content words present in the passage (names exactly, other words also through near neighbours). */
  coverage: number;
  /** The passage's quote contains a number (true unless the question asks for a quantity). */
  quantitySupported: boolean;
}

export type AbstainReason = 'no-passage' | 'unknown-name' | 'year-not-covered' | 'no-quantity' | 'low-coverage';

const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions dozen dozens percent'.split(' '),
);

/** Years the corpus speaks from (its works' dates) or about (four-digit numbers in its text). */
export function corpusYears(works: readonly Work[], paragraphs: readonly Paragraph[]): Set<number> {
  const years = new Set<number>();
  for (const w of works) if (w.year !== null) years.add(w.year);
  for (const p of paragraphs) for (const t of tokenize(p.text)) if (/^\d{4}$/.test(t.word)) years.add(Number(t.word));
  return years;
}

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

/** What the question asks about, checked against the whole corpus before any passage is looked at. */
export interface QuestionScope {
  /** Every capitalised word of the question occurs somewhere in the corpus (text or titles). */
  namesKnown: boolean;
  /** The question names no year, or one the corpus covers. */
  yearsCovered: boolean;
}

export function abstainReason(evidence: Evidence | undefined, scope: QuestionScope, minCoverage: number): AbstainReason | null {
  if (!evidence) return 'no-passage';
  if (!scope.namesKnown) return 'unknown-name';
  if (!scope.yearsCovered) return 'year-not-covered';
  if (!evidence.quantitySupported) return 'no-quantity';
  if (evidence.coverage < minCoverage) return 'low-coverage';
  return null;
}
