/**
 * Where words occur in the texts (pure): every paragraph that holds them side by side, and how often; counted over
 * the whole corpus, not ranked. For "How often does he mention Juche?", "In how many works does 'foreign trade'
 * appear?". Words are matched by their stems, as the lexical index holds them; several words as consecutive content
 * words (function words between them skipped: "spirit of self-reliance" is "spirit self reliance"), with no
 * punctuation between them ("trade, foreign" is no "foreign trade", nor "… spirit. Self-reliance" a "spirit of
 * self-reliance").
 */
import type { Work } from '../corpus/types.ts';
import type { KnownWords } from './abstain.ts';
import { sameWordInflected } from './inflections.ts';
import type { LexicalIndex } from './lexical.ts';
import { sentenceAt, type PreparedCorpus } from './prepare.ts';
import { lowerBound } from './sorted.ts';
import { quotedSpans } from './query.ts';
import { isContentToken, matchSpans, stem, tokenize, type Span, type Token } from './text.ts';

/**
 * Words to count side by side: each by its stem; where the stem stands for other words too ("import" for
 * "important"), `written` lists the words that count at that place (null: any word of the stem).
 */
export interface Phrase {
  terms: readonly string[];
  written?: readonly (readonly string[] | null)[];
}

export interface Mention {
  /** The paragraph's index in the corpus. */
  paragraph: number;
  /** How many times it holds the words. */
  count: number;
}

/** What counting reads: the lexical indexes of paragraphs and of sentences, and the texts. */
export interface MentionIndexes {
  paragraphs: readonly { text: string }[];
  paragraphLexical: LexicalIndex;
  sentenceLexical: LexicalIndex;
  sentences: PreparedCorpus['sentences'];
}

/** Sentences read between two turns of the event loop while counting words side by side. */
const SLICE = 1024;

/**
 * The paragraphs `allowed` lets through that hold the phrase, in corpus order. One word any word of its stem counts
 * for is counted from the postings alone; several, or one that only some words of its stem count for, are looked
 * for in the sentences whose postings hold all of them (a phrase never spans two sentences, since punctuation ends
 * one), a slice at a time so that a server goes on answering others.
 * At 100,000 synthetic paragraphs (`npm run bench`): a word ~12 ms; "foreign trade" 0.06 s, "self-reliance" 1.1 s
 * (28,000 paragraphs hold both words); reading every paragraph that held the words instead took 1.3–5 s.
 */
export async function countMentions(corpus: MentionIndexes, { terms, written }: Phrase, allowed: (paragraph: number) => boolean): Promise<Mention[]> {
  if (terms.length === 0) return [];
  if (terms.length === 1 && !written?.[0]) {
    const list = corpus.paragraphLexical.postings.get(terms[0]!);
    const mentions: Mention[] = [];
    for (let i = 0; i < (list?.docs.length ?? 0); i++) if (allowed(list!.docs[i]!)) mentions.push({ paragraph: list!.docs[i]!, count: list!.tfs[i]! });
    return mentions;
  }
  const counts = new Map<number, number>();
  const candidates = sentencesWithAll(corpus.sentenceLexical, terms);
  for (let i = 0; i < candidates.length; i++) {
    if (i > 0 && i % SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
    const { paragraph, span } = sentenceAt(corpus, candidates[i]!);
    if (!allowed(paragraph)) continue;
    const n = occurrences(corpus.paragraphs[paragraph]!.text.slice(span.start, span.end), terms, written).length;
    if (n > 0) counts.set(paragraph, (counts.get(paragraph) ?? 0) + n);
  }
  return [...counts].map(([paragraph, count]) => ({ paragraph, count })).sort((a, b) => a.paragraph - b.paragraph);
}

/**
 * Where `text` holds `terms`, in order (at each place, one of the `written` words when it lists any). A word of the
 * terms counts even where it is a function word elsewhere, as in the postings.
 */
export function occurrences(text: string, terms: readonly string[], written?: Phrase['written']): Span[] {
  const wanted = new Set(terms);
  const tokens = tokenize(text).filter((t) => isContentToken(t) || wanted.has(t.term));
  const spans: Span[] = [];
  const holds = (token: Token, j: number) => token.term === terms[j] && (!written?.[j] || written[j]!.includes(token.word));
  for (let i = 0; i + terms.length <= tokens.length; i++) {
    const side = terms.every((_, j) => holds(tokens[i + j]!, j) && (j === 0 || !PUNCTUATION.test(text.slice(tokens[i + j - 1]!.end, tokens[i + j]!.start))));
    if (!side) continue;
    spans.push({ start: tokens[i]!.start, end: tokens[i + terms.length - 1]!.end });
    i += terms.length - 1;
  }
  return spans;
}

/** What may not stand between two words of a phrase: anything but letters, digits, spaces, hyphens and apostrophes. */
const PUNCTUATION = /[^\p{L}\p{N}\s'’-]/u;

/** The sentences whose postings hold every term: the intersection of sorted lists, shortest first. */
export function sentencesWithAll(index: LexicalIndex, terms: readonly string[]): Uint32Array {
  const lists = terms.map((t) => index.postings.get(t)?.docs ?? new Uint32Array(0)).sort((a, b) => a.length - b.length);
  return lists.slice(1).reduce(intersect, lists[0]!);
}

function intersect(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(Math.min(a.length, b.length));
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else (out[n++] = a[i]!), i++, j++;
  }
  return out.subarray(0, n);
}

/**
 * The phrase to count for words as a question writes them: their stems and, where a stem stands for words of the
 * texts that are not the question's word inflected ("important", "importance" for "imports": `sameWordInflected`),
 * the words that are ("import", "imported").
 */
export function phraseOf(words: readonly Pick<Token, 'word' | 'term'>[], vocabulary: KnownWords): Phrase {
  const written = words.map(({ word, term }) => {
    const ofStem = wordsOfStem(term, vocabulary);
    const same = ofStem.filter((w) => sameWordInflected(w, word));
    return same.length === ofStem.length ? null : same;
  });
  const terms = words.map((t) => t.term);
  return written.some((w) => w !== null) ? { terms, written } : { terms };
}

/** The words of the texts with the stem: found by its start (the stem but its last letter: "industri" is "industry"'s). */
function wordsOfStem(term: string, vocabulary: KnownWords): string[] {
  const start = term.slice(0, Math.max(2, term.length - 1));
  const words: string[] = [];
  for (let i = lowerBound(vocabulary.sorted, start); i < vocabulary.sorted.length && vocabulary.sorted[i]!.startsWith(start); i++) {
    if (stem(vocabulary.sorted[i]!) === term) words.push(vocabulary.sorted[i]!);
  }
  return words;
}

/** Endings that make a name's adjective or its people: "Korea" → "Korean", "Egypt" → "Egyptian", "Europe" → "European", "China" → "Chinese", "Iraq" → "Iraqi". */
const NAME_ENDINGS = ['n', 'an', 'ian', 'ean', 'ese', 'i'];

/**
 * The words the texts write for a name's adjective or people ("Japanese" for "Japan"): the word with one of
 * `NAME_ENDINGS` (after it, or in place of its final vowel), that the texts use and that general English has no
 * word for in lower case ("musician" is another word than "music"; "Korean" is Korea's, and not in lower case).
 */
export function nameForms(word: string, inTheTexts: (word: string) => boolean, isEnglish: (word: string) => boolean): string[] {
  const lower = word.toLowerCase();
  const bases = /[aeiouy]$/.test(lower) ? [lower, lower.slice(0, -1)] : [lower];
  const forms = bases.flatMap((base) => NAME_ENDINGS.map((ending) => base + ending));
  return [...new Set(forms)].filter((form) => form !== lower && inTheTexts(form) && !isEnglish(form));
}

/** Where a work's title or occasion holds words no passage does, as written there. */
export interface HeldInMetadata {
  work: Work;
  field: 'title' | 'occasion';
  written: string;
}

/**
 * Whether a work's title (else its occasion) holds a phrase's terms side by side ("Ecuadorian" in "Talk to the
 * director of the Ecuadorian publishing house Voluntad"), and the words as written there.
 */
export function heldInMetadata(work: Work, phrase: Phrase): HeldInMetadata | null {
  for (const field of ['title', 'occasion'] as const) {
    const tokens = tokenize(work[field] ?? '');
    const at = tokens.findIndex((_, i) => phrase.terms.every((term, j) => tokens[i + j]?.term === term));
    if (at >= 0) return { work, field, written: work[field]!.slice(tokens[at]!.start, tokens[at + phrase.terms.length - 1]!.end) };
  }
  return null;
}

/** The name a word is the adjective or people of, by `nameForms` ("korean" → "korea"), when the texts use both; else null. */
export function nameOfForm(word: string, inTheTexts: (word: string) => boolean, isEnglish: (word: string) => boolean): string | null {
  const lower = word.toLowerCase();
  for (const ending of NAME_ENDINGS) {
    if (!lower.endsWith(ending)) continue;
    const base = lower.slice(0, -ending.length);
    for (const name of [base, ...[...'aeiouy'].map((vowel) => base + vowel)]) {
      if (inTheTexts(name) && !isEnglish(name) && nameForms(name, inTheTexts, isEnglish).includes(lower)) return name;
    }
  }
  return null;
}

/** What separates words to count one by one: "Juche, self-reliance and trade", "independence or sovereignty", the end of a sentence. */
const SEPARATOR = /[,;/?!]|\.\s|\b(?:and|or)\b/i;

/**
 * The question's words in the groups its commas and conjunctions make ("juche", "self-reliance", "trade"); a phrase
 * in quotation marks is one group, whatever it holds ("self-reliance and fortitude").
 */
export function wordGroups(question: string, tokens: readonly Token[]): Token[][] {
  const quoted = matchSpans(question, QUOTED_PHRASE);
  const within = (from: number, to: number) => quoted.some((q) => from > q.start && to < q.end);
  const groups: Token[][] = [];
  tokens.forEach((t, i) => {
    const gap = i === 0 ? null : { from: tokens[i - 1]!.end, to: t.start };
    if (gap === null || (SEPARATOR.test(question.slice(gap.from, gap.to)) && !within(gap.from, gap.to))) groups.push([t]);
    else groups.at(-1)!.push(t);
  });
  return groups;
}
/** A phrase in double quotation marks, straight or curly, within a sentence (a mark left unpaired pairs with none across one). */
const QUOTED_PHRASE = /“[^”?!.]+”|"[^"?!.]+"/g;

/**
 * The words of each phrase a question quotes, in double or single quotation marks (`quotedSpans`), function words too:
 * a phrase quoted is counted as written ("our own efforts", not "efforts"; 'by our own efforts', not every "efforts").
 */
export function quotedWords(question: string): Token[][] {
  const tokens = tokenize(question);
  return quotedSpans(question).map((q) => tokens.filter((t) => t.start >= q.start && t.end <= q.end));
}
