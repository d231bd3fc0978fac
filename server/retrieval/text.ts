/** Text primitives shared by ranking and quoting: word tokens with offsets, stems, stopwords, sentences. */
import { stemmer } from 'stemmer';

export interface Token {
  /** Lowercased surface form, without a possessive "'s". */
  word: string;
  /**
   * Porter stem of `word`: the unit the lexical ranker counts. A function word written in capitals in a text not
   * all in capitals is an acronym ("the US", "IT"): its term is the capitals, which match only themselves.
   */
  term: string;
  start: number;
  end: number;
}

// Letters (with inner apostrophes or hyphens: "one's", "self-reliance" → split later) and digit runs; an
// initialism written with dots ("U.S.", "U.N.") is one word, its letters without the dots.
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * The words for the texts themselves ("works", "sources", "speeches"). A singular "speech" or "talk" is not one:
 * it names one work, "his speech to the ministers", which its heading matches (with a time, "his 1987 speech", it is
 * read as the works kept to: `parseQuery`).
 */
export const TEXT_WORDS: ReadonlySet<string> = new Set(
  'text texts document documents source sources writings collection corpus works speeches talks interviews excerpts extracts'.split(' '),
);

/**
 * "Each work", "every work", "one quote per work": the singular that names the texts all together (a pattern's source); "the work of
 * construction" is labour, and "his work" may be.
 */
export const EACH_WORK = String.raw`\b(?:each|every|per)\s+work\b`;
/** "each work", "every speech", "per interview": the texts, or those of a kind, all together. */
export const EACH_WORK_SAID = /\b(?:each|every|per)\s+(?:work|text|speech|talk|interview)\b/i;
/** Whether a text speaks of each work, or each of a kind ("one quote per work", "every speech"). */
export const namesEachWork = (text: string): boolean => EACH_WORK_SAID.test(text);

/** Whether a text speaks of the texts themselves ("Which works …", "the collection", "When was each work written?"). */
export function speaksOfTheTexts(text: string): boolean {
  return tokenize(text).some((t) => TEXT_WORDS.has(t.word)) || namesEachWork(text);
}

/**
 * Whether most of a text's letters are of a script other than the Latin one ("자력갱생이란 무엇인가?", "Что такое
 * чучхе?"): words the English texts and their model cannot read.
 */
export function inAnotherScript(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const latin = letters.filter((l) => /\p{Script=Latin}/u.test(l)).length;
  return latin * 2 < letters.length;
}

/** Numbers as words, one to twenty, in order: `NUMBER_WORDS[n - 1]` is n. */
export const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
/** A count written in figures or as one of `NUMBER_WORDS`, in any case ("15", "Fifteen"); 0 for any other word. */
export const countSaid = (said: string): number => (/^\d+$/.test(said) ? Number(said) : NUMBER_WORDS.indexOf(said.toLowerCase()) + 1);

/**
 * Common English function words, words that stand for anything ("thing", "happen"), the words people use to ask
 * about a text ("quote", "mention", "describe") and `TEXT_WORDS`: they carry no topic, so they neither rank nor
 * count for coverage.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  ...`a about above after again against all also am an and any are as at be because been before being below between both
  but by can could did do does doing done down during each either else ever every few for from further had has have
  having he her here hers herself him himself his how however i if in into is it its itself just least less let like
  may me many might more most much must my myself never no nor not now nowadays of off on once one only or other ought our ours
  ourselves out over own per rather same shall she should since so some still such than that the their theirs them
  themselves then there these they this those though through thus to today too toward towards under until up upon us very
  via was we were what whatever when where whether which while who whom whose why will with within without would yet
  you your yours yourself yourselves s t don according said say says saying tell told give gave given get got way ways
  thing things anything something everything anywhere everywhere kind need want wanted happen happens happened happening list quote quotes quoted
  quotable quotation citable cite cited citation sentence sentences line lines passage passages paragraph paragraphs excerpt excerpts mention
  mentioned describe described express expressed characterise characterised characterize characterized summing
  summarise summarize explain explained regarding mentions mentioning discuss discusses discussed discussing dated
  propose proposes proposed suggest suggests suggested argue argues argued
  lol lmao pls plz thx idk btw omg tbh`
    .split(/\s+/)
    .filter(Boolean),
  ...TEXT_WORDS,
]);

/**
 * British spellings as American ones, so that both spell one term: "-ise", "-isation" as "-ize", "-ization"
 * ("industrialised", "industrialized"); "-yse" as "-yze" ("analyse"); "-our" as "-or" ("labour", "labor"). Only
 * after three letters or more, which leaves "rise", "crises", "four" and "hour" alone; words the pattern misreads
 * ("exercise") are misread the same way wherever they occur, so they still match themselves.
 */
export function americanSpelling(word: string): string {
  return word
    .replace(/(?<=\p{L}{3})is(e|es|ed|ing|ation|ations)$/u, 'iz$1')
    .replace(/(?<=\p{L}{2})ys(e|es|ed|ing)$/u, 'yz$1')
    .replace(/(?<=\p{L}{3})our(s|ed|ing|able|ably|ite|ites)?$/u, 'or$1');
}

const stemCache = new Map<string, string>();
/**
 * A doctrine in "-al" and its followers ("nationalism", "nationalists"): one term, which Porter would join to the
 * adjective ("nation", "national") or to another word ("capitalism" to "capital").
 */
const DOCTRINE_IN_AL = /^(\p{L}{2,}al)(?:ism|isms|ist|ists)$/u;

/**
 * A noun in "-sis" as its plural in "-ses" ("crisis", "crises"), which Porter keeps apart ("crisi", "crise"); the
 * plural it then stems like its verb ("analyses", "analyze"; "emphases", "emphasize"). Not where the plural stems as a
 * function word does, which would find it ("thesis", "theses": "these").
 */
function greekPlural(word: string): string {
  const plural = word.replace(/(?<=\p{L}{2})sis$/u, 'ses');
  return plural !== word && STOPWORDS.has(stemmer(plural)) ? word : plural;
}

/**
 * The Porter stem of a word in American spelling; a doctrine in "-al" with its followers, its own (`DOCTRINE_IN_AL`);
 * a noun in "-sis" with its plural (`greekPlural`); a verb in "-ify" with its noun in "-ification", one stem, which
 * Porter keeps apart ("reunifi", "reunif").
 */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    const doctrine = DOCTRINE_IN_AL.exec(word);
    s = doctrine ? `${doctrine[1]}ism` : stemmer(americanSpelling(greekPlural(word))).replace(/ifi$/, 'if');
    if (stemCache.size < 200_000) stemCache.set(word, s);
  }
  return s;
}

/** Normalises apostrophes so "one’s" and "one's" are the same word. */
function fold(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

/** All word tokens of `text`, lowercased and stemmed, with their character offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const mixedCase = LOWER.test(text);
  for (const m of text.matchAll(WORD)) {
    const word = fold(m[0].replace(/\./g, '')).replace(/'s$/, '');
    const acronym = mixedCase && word.length > 1 && STOPWORDS.has(word) && !LOWER.test(m[0]);
    tokens.push({ word, term: acronym ? word.toUpperCase() : stem(word), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

const LOWER = /\p{Ll}/u;

/** A function word written as an acronym ("US"): a content word after all. */
const isAcronym = (t: Token) => t.term !== t.word && t.term === t.word.toUpperCase();

/** A token that carries meaning: no stopword (but "US"), no one-letter word. */
export const isContentToken = (t: Token) => (!STOPWORDS.has(t.word) || isAcronym(t)) && t.word.length > 1 && !t.word.endsWith("n't");

/** The tokens that carry meaning (`isContentToken`). */
export function contentTokens(text: string): Token[] {
  return tokenize(text).filter(isContentToken);
}

export interface Span {
  start: number;
  end: number;
}

// A sentence ends at . ? ! (optionally followed by closing quotes/brackets) before whitespace and an
// opening quote, bracket, digit or capital letter. "..." omission marks are not sentence ends when
// what follows is lowercase.
const SENTENCE_END = /[.?!]+['"”’)\]]*(?=\s+['"“‘(\[]?[\p{Lu}\p{N}])/gu;

/** Sentence spans of a paragraph; every span is trimmed and non-empty. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (isAbbreviation(text, m.index)) continue;
    pushTrimmed(text, start, end, spans);
    start = end;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

const ABBREVIATIONS = /(?:^|[\s([])(?:Mr|Mrs|Ms|Dr|St|No|Vol|vol|Vols|vols|pp|p|cf|e\.g|i\.e|etc|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;
function isAbbreviation(text: string, dotIndex: number): boolean {
  return text[dotIndex] === '.' && ABBREVIATIONS.test(text.slice(Math.max(0, dotIndex - 6), dotIndex));
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

/** Where a global pattern matches in a text. */
export const matchSpans = (text: string, pattern: RegExp): Span[] => [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

/** The text with each span blanked out by as many spaces, every offset kept. */
export function blankedOut(text: string, spans: readonly Span[]): string {
  return spans.reduce((out, s) => out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end), text);
}

/** Spaces folded, none before a stop and none at the ends: what taking words out of a question leaves behind. */
export const tidied = (text: string): string => text.replace(/\s+([?.,!])/g, '$1').replace(/\s+/g, ' ').trim();

/** `text` less every match of `pattern`, matched as its own flags say (a pattern of `\p{…}` needs its "u"), and case-blind. */
export const withoutMatches = (text: string, pattern: RegExp): string => text.replace(new RegExp(pattern.source, [...new Set(`${pattern.flags}gi`)].join('')), ' ');

/** How many words a text holds, as whitespace parts them. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Whitespace runs folded to one space, trimmed (as the corpus text is: `corpus/text.ts`). */
export { normalizeSpace } from '../corpus/text.ts';
