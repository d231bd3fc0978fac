/**
 * Typos in a question (pure): a long word one edit away from a word is taken for a misspelling of it, and corrected
 * to the corpus's own word where there is one, else to the commonest English word, so that the lexical ranker and
 * the dense query read what was meant. A word spelled as one variety of English spells it ("defense") is read as the
 * corpus spells it in another ("defence"), one edit away; two corpus words typed as one, as the two ("selfreliance");
 * a short part of a hyphenated word, by the words its other parts are written beside ("sefl-reliance").
 */
import type { KnownWords } from './abstain.ts';
import { documentFrequency, type LexicalIndex } from './lexical.ts';
import type { EnglishWords } from './lexicon.ts';
import { sentencesWithAll } from './mentions.ts';
import { americanSpelling, contentTokens, stem, type Token } from './text.ts';

/**
 * Words that may be misspelt: five letters or more (shorter names have too many neighbours one edit away to be
 * told from typos: "deng", "jong"), and no longer than the longest English word plus one, 46 letters (a longer
 * "word" has no neighbour, and its 54 × length neighbours would cost ~0.2 s to look up at 1,000 letters).
 */
const mayBeMisspelt = (word: string) => word.length >= 5 && word.length <= 46;

/**
 * A word one edit away from a word (a letter dropped, added or changed, or two swapped): "industrilisation", "concpets";
 * not a word the word lists leave out but English builds from a word of theirs (`derivedFromWord`).
 */
export function isMisspelling(word: string, isWord: (w: string) => boolean): boolean {
  return mayBeMisspelt(word) && !derivedFromWord(word, isWord) && oneEditAway(word).some(isWord);
}

/**
 * A doctrine or its follower named after a word ("bureaucrat" + "ism"): English makes these freely, more than word
 * lists hold, and one is one letter from another word ("bureaucratise") without being a typo of it.
 */
function derivedFromWord(word: string, isWord: (w: string) => boolean): boolean {
  const base = /^(\p{L}{4,})(?:ism|ist)s?$/u.exec(word)?.[1];
  return base !== undefined && isWord(base);
}

export interface Vocabulary {
  knownWords: KnownWords;
  englishWords: EnglishWords;
  varietySpellings: ReadonlySet<string>;
  paragraphLexical: LexicalIndex;
  sentenceLexical: LexicalIndex;
}

/** A word of the question as typed, and what it was read as (a corrected typo here, or a spelled-out acronym). */
export interface Correction {
  typed: string;
  read: string;
}

/**
 * The question with each misspelt word replaced by the corpus word one edit away that most paragraphs use (or,
 * when the corpus has none, by the commonest English word one edit away: "defiintion", "percnetage"), and what was
 * replaced. The question's `names` (written with a capital inside it) are taken as typed; a capitalised word at its
 * start only as a word the passages use.
 */
export function correctSpelling(question: string, names: ReadonlySet<string>, vocabulary: Vocabulary): { text: string; corrections: Correction[] } {
  const corrections: Correction[] = [];
  let text = '';
  let at = 0;
  // The word read as `best`, said as typed with the hyphenated word it belongs to.
  const correct = (t: Token, best: string) => {
    const { start, end } = compoundAround(question, t);
    corrections.push({ typed: question.slice(start, end), read: question.slice(start, t.start) + best + question.slice(t.end, end) });
    text += question.slice(at, t.start) + best;
    at = t.end;
  };
  for (const t of contentTokens(question)) {
    const word = t.word;
    // "sefl-reliance": a part of a compound too short to be read alone, read by the compound's other parts.
    const inCompound = word.length >= SHORTEST_IN_COMPOUND && !mayBeMisspelt(word) && !names.has(word) && !vocabulary.knownWords.set.has(word) ? withTheOtherParts(question, t, vocabulary) : undefined;
    if (inCompound) {
      correct(t, inCompound);
      continue;
    }
    const questionWord = mistypedQuestionWord(word, names, vocabulary);
    if (questionWord) {
      correct(t, questionWord);
      continue;
    }
    if (!mayBeMisspelt(word) || !/^\p{L}+$/u.test(word) || names.has(word) || vocabulary.knownWords.set.has(word)) continue;
    if (derivedFromWord(word, (w) => vocabulary.englishWords.has(w) || vocabulary.knownWords.set.has(w))) continue;
    const english = vocabulary.englishWords.has(word);
    if (english && !vocabulary.varietySpellings.has(word)) continue;
    // An English word whose stem the passages hold is searched as it is typed ("industrialize" finds "industrialized"):
    // no other spelling of it to read.
    if (english && documentFrequency(vocabulary.paragraphLexical, t.term) > 0) continue;
    // A variety's spelling is read only as the corpus's spelling in another, never as another English word; not when
    // both are one term already ("labor", "labour": `americanSpelling`).
    const otherSpelling = (w: string) => vocabulary.varietySpellings.has(w) && vocabulary.knownWords.set.has(w) && americanSpelling(w) !== americanSpelling(word);
    // A capitalised word (one beginning the question too: "Which works mention Cairo?" is searched for "Cairo?") is
    // likelier a name than a typo: read only as a word the passages use, never as a title's or another English word.
    const capitalised = /\p{Lu}/u.test(question[t.start]!);
    const candidates = (english ? oneEditAway(word).filter(otherSpelling) : oneEditAway(word)).filter((w) => keepsFirstLetter(word, w) && (!capitalised || paragraphsUsing(w, vocabulary) > 0));
    const best = likeliestWord(candidates, vocabulary) ?? (english || capitalised ? undefined : twoWordsJoined(word, vocabulary));
    if (best) correct(t, best);
  }
  return { text: text + question.slice(at), corrections };
}

/**
 * Whether a word read for a typed one begins as it does, or with its first two letters swapped: a typo rarely changes a
 * word's first letter, and a word typed otherwise there is likelier a name the texts lack ("lenin" is no "benin",
 * "engels" no "angels").
 */
const keepsFirstLetter = (typed: string, read: string): boolean => read[0] === typed[0] || (read[0] === typed[1] && read[1] === typed[0]);

/** The words a question opens with, which a short typo is likeliest of ("wich", "wat", "wen"). */
const QUESTION_WORDS: ReadonlySet<string> = new Set(['what', 'which', 'where', 'when', 'who', 'whom', 'whose', 'why', 'how']);

/**
 * A word too short to be read as a misspelling (`mayBeMisspelt`), that neither the texts nor the word lists hold, one
 * edit from a question word that begins as it does ("wich" for "which"): that word mistyped, not a name the texts lack.
 */
function mistypedQuestionWord(word: string, names: ReadonlySet<string>, vocabulary: Vocabulary): string | undefined {
  if (mayBeMisspelt(word) || word.length < 3 || !/^\p{L}+$/u.test(word) || names.has(word) || vocabulary.knownWords.set.has(word) || vocabulary.englishWords.has(word)) return undefined;
  return oneEditAway(word).find((w) => QUESTION_WORDS.has(w) && keepsFirstLetter(word, w));
}

/** The fewest letters of a part of a hyphenated word read as a typo ("sefl" of "sefl-reliance"). */
const SHORTEST_IN_COMPOUND = 3;

/**
 * A short part of a hyphenated word read by its other parts ("sefl-reliance", "selff-defence" are longer, and read
 * alone): the corpus word one edit away that most sentences use beside every other part; none when the word stands
 * alone, or no sentence holds such a word with them.
 */
function withTheOtherParts(question: string, t: Token, vocabulary: Vocabulary): string | undefined {
  const { start, end } = compoundAround(question, t);
  if (start === t.start && end === t.end) return undefined;
  const others = contentTokens(question.slice(start, end)).filter((o) => o.start + start !== t.start).map((o) => o.term);
  if (others.length === 0) return undefined;
  let best: string | undefined;
  let most = 0;
  for (const candidate of new Set(oneEditAway(t.word))) {
    if (!vocabulary.knownWords.set.has(candidate)) continue;
    const together = sentencesWithAll(vocabulary.sentenceLexical, [stem(candidate), ...others]).length;
    if (together > most) [best, most] = [candidate, together];
  }
  return best;
}

/** The fewest letters a part of two words typed as one may have ("non" of "nonaligned"). */
const SHORTEST_PART = 3;

/**
 * Two corpus words typed as one, the space or hyphen between them left out ("selfreliance", "southsouth"): the split
 * whose rarer part most paragraphs use; none when no split gives two words of the corpus.
 */
function twoWordsJoined(word: string, vocabulary: Vocabulary): string | undefined {
  let best: string | undefined;
  let bestFrequency = 0;
  for (let i = SHORTEST_PART; i <= word.length - SHORTEST_PART; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (!vocabulary.knownWords.set.has(head) || !vocabulary.knownWords.set.has(tail)) continue;
    const frequency = Math.min(paragraphsUsing(head, vocabulary), paragraphsUsing(tail, vocabulary));
    if (frequency > bestFrequency) [best, bestFrequency] = [`${head} ${tail}`, frequency];
  }
  return best;
}

/** How many paragraphs use a word, by its stem. */
const paragraphsUsing = (word: string, { paragraphLexical }: Pick<Vocabulary, 'paragraphLexical'>): number => documentFrequency(paragraphLexical, stem(word));

/**
 * The largest SCOWL list a word the corpus lacks may be read from: 60, the size SCOWL recommends for spell checking;
 * its larger lists hold rare words ("linin") that a typed name ("lenin") is nearer than any typo of them.
 */
const LARGEST_LIST_READ = 60;

/** The corpus word most paragraphs use, else the commonest English word of the lists up to `LARGEST_LIST_READ` (the first of equals). */
function likeliestWord(candidates: readonly string[], vocabulary: Vocabulary): string | undefined {
  const { knownWords, englishWords } = vocabulary;
  let best: string | undefined;
  let bestFrequency = -1;
  for (const candidate of candidates) {
    if (!knownWords.set.has(candidate)) continue;
    const frequency = paragraphsUsing(candidate, vocabulary);
    if (frequency > bestFrequency) [best, bestFrequency] = [candidate, frequency];
  }
  if (best) return best;
  let bestSize = Infinity;
  for (const candidate of candidates) {
    const size = englishWords.get(candidate);
    if (size !== undefined && size <= LARGEST_LIST_READ && size < bestSize) [best, bestSize] = [candidate, size];
  }
  return best;
}

const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);

/** The hyphenated word a word belongs to ("self-relaince" for "relaince"): what the user typed, to show back. */
function compoundAround(text: string, span: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = span;
  while (text[start - 1] === '-' && isLetter(text[start - 2])) for (start -= 1; isLetter(text[start - 1]); ) start--;
  while (text[end] === '-' && isLetter(text[end + 1])) for (end += 1; isLetter(text[end]); ) end++;
  return { start, end };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function oneEditAway(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail) out.push(head + tail.slice(1));
    if (tail.length > 1) out.push(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of LETTERS) {
      if (tail) out.push(head + c + tail.slice(1));
      out.push(head + c + tail);
    }
  }
  return out;
}
