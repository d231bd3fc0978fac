/**
 * The abstain decision (pure): the corpus is taken to be silent on a question when its best passage is
 * neither close in meaning nor shares its words (thresholds calibrated on the dev set, see docs/retrieval.md),
 * when it asks for a figure and the best quote gives none, or when the question names something or some
 * year the corpus never mentions.
 */
import type { EnglishWords } from './lexicon.ts';
import type { AbstainOptions } from './options.ts';
import { CALENDAR_WORDS, type ParsedQuery } from './query.ts';
import { lowerBound } from './sorted.ts';
import { nameForms } from './mentions.ts';
import { isMisspelling } from './spelling.ts';
import { inAnotherScript, stem, tokenize, type Token } from './text.ts';

export interface Evidence {
  /** Cosine between the question and the passage's best window or sentence. */
  similarity: number;
  /** IDF-weighted share of the question's content words found in the passage or its work's title. */
  coverage: number;
  /** The quote holds a number (true unless the question asks for a count). */
  quantitySupported: boolean;
}

export type AbstainReason = 'no-passage' | 'not-english' | 'no-topic' | 'unknown-name' | 'year-not-covered' | 'no-quantity' | 'off-topic';

/** Numbers in words; not "one", which is as often a pronoun or an article ("the one country basis", "one of them"). */
const NUMBER_WORDS = new Set(
  'two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions dozen dozens percent'.split(' '),
);

/** True when the question names no year, or at least one year the corpus covers. */
export function yearsCovered(query: ParsedQuery, covered: ReadonlySet<number>): boolean {
  return query.years.size === 0 || [...query.years].some((y) => covered.has(y));
}

const isNumber = (word: string) => /^\d/.test(word) || NUMBER_WORDS.has(word);
/** A year or a decade ("1956", "the 1950s"): a date, no figure of how many. */
const isYear = (word: string) => /^(?:1[5-9]|20)\d\ds?$/.test(word);

/**
 * Whether a text (a quote, a sentence) gives a figure, when the question asks for one: a number the question does not
 * itself name ("the Third Seven-Year Plan"), and no year ("in the 1950s" says when, not how many). The question is
 * read once, for the texts tested after.
 */
export function quantitySupported(query: ParsedQuery): (text: string) => boolean {
  if (!query.quantity) return () => true;
  const named = new Set(tokenize(query.text).map((t) => t.word).filter(isNumber));
  return (text) => tokenize(text).some((t) => isNumber(t.word) && !isYear(t.word) && !named.has(t.word));
}

/**
 * Whether a question is in a language the search cannot read: most of its letters of another script
 * (`inAnotherScript`: "자력갱생이란 무엇인가?"), or, in Latin letters, most of its lower-case words (three at least;
 * a name is capitalised in any language) neither English nor the texts' (`isWord`: "¿Qué dijo sobre la ayuda
 * extranjera?"), not "Deng Xiaoping and Mao?".
 */
export function notInEnglish(text: string, isWord: (word: string) => boolean): boolean {
  if (inAnotherScript(text)) return true;
  const words = tokenize(text).filter((t) => /^\p{Ll}/u.test(text.slice(t.start, t.end)) && /\p{L}{2}/u.test(t.word) && !/\d/.test(t.word));
  return words.length >= 3 && words.filter((t) => !isWord(t.word)).length * 2 > words.length;
}

/** The corpus's words, looked up whole or by their start. */
export interface KnownWords {
  readonly set: ReadonlySet<string>;
  /** The same words in code-unit order, for a binary search by prefix. */
  readonly sorted: readonly string[];
}

export function knownWordsOf(words: Iterable<string>): KnownWords {
  const set = new Set(words);
  return { set, sorted: [...set].sort() };
}

/**
 * The corpus's other forms of a word it does not use as typed: its words that the word extends or that extend it
 * ("Japanese" for "Japan", "Yugoslav" for "Yugoslavia"), by a shared start of four letters or more. A few set
 * lookups, one binary search and a step per form found, not a pass over the vocabulary (which took ~20 ms per
 * question at 200k words).
 */
export function corpusForms(word: string, words: KnownWords): string[] {
  const forms: string[] = [];
  for (let n = 4; n < word.length; n++) if (words.set.has(word.slice(0, n))) forms.push(word.slice(0, n));
  if (word.length >= 4) {
    for (let i = lowerBound(words.sorted, word); i < words.sorted.length && words.sorted[i]!.startsWith(word); i++) {
      if (words.sorted[i] !== word) forms.push(words.sorted[i]!);
    }
  }
  return forms;
}

export interface AbsentNames {
  /** Names the corpus uses in no form, as the question types them. */
  unknown: string[];
  /** The words of those names. */
  unknownTokens: Token[];
  /** Names the corpus uses only in other forms, with those forms. */
  otherForms: Map<string, string[]>;
}

/**
 * The question's names that the corpus does not use as typed, split in two: those it never uses in any form
 * (`unknown`, as typed: "Deng Xiaoping"), and those it uses only in other forms, with those forms (`otherForms`:
 * "japan" → ["japanese"]). A name is a word written with a capital inside the question ("Apollo", "Carter":
 * names that are English words too) or not general English at all, however typed ("deng xiaoping"), unless it is
 * a misspelling (`spelling.ts`), nor two letters in lower case ("sy" for "say"). Month and day names (which word lists leave out with the names), contractions
 * ("i'm") and words with digits ("7th") are not names. A name of several words is unknown as a whole when the texts
 * use each of its words but `writesName` says they never write the name.
 */
export function absentNames(
  query: ParsedQuery,
  knownWords: KnownWords,
  englishWords: EnglishWords,
  writesName: (name: readonly Token[]) => boolean,
): AbsentNames {
  const isWord = (w: string) => englishWords.has(w) || knownWords.set.has(w);
  // "japan" typed in lower case, a word of general English too: a name, since the texts write its adjective ("Japanese").
  const writesItsAdjective = (w: string) => nameForms(w, (form) => knownWords.set.has(form), (form) => englishWords.has(form)).length > 0;
  const names = query.tokens
    .filter(({ word: w }) => !/[\d']/.test(w) && !CALENDAR_WORDS.has(w) && !knownWords.set.has(w))
    // Two letters typed in lower case that are no word ("sy", "nk") are a slip or shorthand more often than a name.
    .filter(({ word: w }) => query.names.has(w) || (w.length > 2 && ((!englishWords.has(w) && !isMisspelling(w, isWord)) || writesItsAdjective(w))));
  const unknown: Token[] = [];
  const otherForms = new Map<string, string[]>();
  // A shorter form that is a word of its own is another word ("come" for "Comecon", "cast" for "Castro"), unless the
  // name is that word inflected ("Socialists").
  const anotherWord = (form: string, name: string) => form.length < name.length && englishWords.has(form) && stem(form) !== stem(name);
  for (const name of names) {
    const forms = corpusForms(name.word, knownWords).filter((form) => !anotherWord(form, name.word));
    if (forms.length) otherForms.set(name.word, forms);
    else unknown.push(name);
  }
  // A name of several words whose every word the texts use, but never together: "United Nations" ("united", "nations");
  // and one with a word they never use is unwritten whole: "Middle East", not "Middle" ("East" is East Manchuria's).
  const unwritten = query.namePhrases.filter((name) => (name.every((t) => knownWords.set.has(t.word)) && !writesName(name)) || name.some((t) => unknown.includes(t)));
  const unknownTokens = [...new Set([...unknown, ...unwritten.flat()])].sort((a, b) => a.start - b.start);
  return { unknown: asTyped(query.text, unknownTokens), unknownTokens, otherForms };
}

/**
 * Tokens as the question writes them, neighbours (only spaces or a hyphen between) joined: "Deng Xiaoping" (of "Deng
 * Xiaoping's"), "Sino-Soviet" (not "Sino" and "Soviet", a word the texts do write).
 */
export function asTyped(text: string, tokens: readonly Token[]): string[] {
  const phrases: { start: number; end: number }[] = [];
  for (const t of tokens) {
    const last = phrases.at(-1);
    if (last && /^(?:\s+|\s*[-‐–]\s*)$/.test(text.slice(last.end, t.start))) last.end = t.end;
    else phrases.push({ start: t.start, end: t.end });
  }
  return [...new Set(phrases.map((p) => text.slice(p.start, p.end).replace(/['’]s$/, '')))];
}

/** What the question asks about, checked against the whole corpus before any passage is looked at. */
export interface QuestionScope {
  /** The question is in another language than the texts' (`notInEnglish`). */
  notEnglish: boolean;
  /** What the question gives to look for: content words, only years ("What did he say in 1987?"), or nothing ("What did he say?"). */
  topic: 'words' | 'years' | 'none';
  /** The question names nothing the corpus never mentions (`absentNames`). */
  namesKnown: boolean;
  /** The question names no year, or one the corpus covers. */
  yearsCovered: boolean;
}

export function abstainReason(best: Evidence | undefined, scope: QuestionScope, options: AbstainOptions): AbstainReason | null {
  if (!best) return 'no-passage';
  if (scope.notEnglish) return 'not-english';
  if (scope.topic === 'none') return 'no-topic';
  if (options.unknownName && !scope.namesKnown) return 'unknown-name';
  if (options.uncoveredYear && !scope.yearsCovered) return 'year-not-covered';
  if (options.quantity && !best.quantitySupported) return 'no-quantity';
  // Only years: what was said then. The passages of those years answer it; there are no words to be close to or to share.
  if (scope.topic === 'years') return null;
  const supported =
    best.similarity >= options.strongSimilarity || (best.similarity >= options.minSimilarity && best.coverage >= options.minCoverage);
  return supported ? null : 'off-topic';
}
