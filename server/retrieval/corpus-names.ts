/**
 * Names as the texts write them (pure): "the Chollima movement" typed for "the Chollima Movement". A question's
 * capitals mark its names only as far as the user typed them; the texts' capitals are the better witness.
 */
import type { EnglishWords } from './lexicon.ts';
import { occurrences, sentencesWithAll, type MentionIndexes } from './mentions.ts';
import { sentenceAt } from './prepare.ts';
import { JOINS_A_NAME, NAME_JOIN, withNamesRead, type ParsedQuery } from './query.ts';

/** The first letter of a sentence, with any opening quotation mark or bracket before it. */
const SENTENCE_START = /(?:^|[.?!]\s+)["“‘'(]*\p{Lu}/gu;
/** Sentences read to tell how the texts write two words side by side: enough to judge, few enough to be cheap. */
const SAMPLE = 64;

/**
 * The question with the names the texts write in capitals joined to its own: two side-by-side words of the question,
 * one of them a name (capitalised as typed, or not general English: "chollima"), or any two when the question was
 * `typed` with no capital but a sentence's first ("the soviet union"), that the texts write side by side, both capitalised, more often
 * than not ("Chollima Movement", "Soviet Union"). Read as a name of several words (`namePhrases`, and no run of plain
 * words), a passage holds it by both words or by the uncommon one, not by "movement" alone.
 */
export function withCorpusNames(query: ParsedQuery, corpus: MentionIndexes, english: EnglishWords, typed = query.text): ParsedQuery {
  const names = new Set(query.names);
  const { tokens, text } = query;
  // Typed with no capital but a sentence's first, a question marks no name: the texts' capitals say which English
  // words are one ("What about the soviet union?").
  const unmarked = !/\p{Lu}/u.test(typed.replace(SENTENCE_START, '').replace(/\bI\b/g, ''));
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i]!, tokens[i + 1]!];
    if ((names.has(a.word) && names.has(b.word)) || !JOINS_A_NAME.test(text.slice(a.end, b.start))) continue;
    if (!unmarked && ![a, b].some((t) => names.has(t.word) || !english.has(t.word))) continue;
    if (writtenAsAName(corpus, [a.term, b.term])) names.add(a.word).add(b.word);
  }
  return names.size === query.names.size ? query : withNamesRead(query, names);
}

/**
 * The pairs of terms already read, per corpus: a question typed with no capital asks of every two words side by side,
 * and the same pairs come back in a conversation.
 */
const readPairs = new WeakMap<MentionIndexes, Map<string, boolean>>();
/** How many pairs are kept before starting again: a bound on a long-running server's memory, far above a day's questions. */
const PAIRS_KEPT = 10_000;

/** Whether the texts write two words, side by side, with a capital each more often than not. */
function writtenAsAName(corpus: MentionIndexes, terms: readonly string[]): boolean {
  const read = readPairs.get(corpus) ?? readPairs.set(corpus, new Map()).get(corpus)!;
  const key = terms.join(' ');
  let written = read.get(key);
  if (written === undefined) {
    if (read.size >= PAIRS_KEPT) read.clear();
    read.set(key, (written = countedAsAName(corpus, terms)));
  }
  return written;
}

function countedAsAName(corpus: MentionIndexes, terms: readonly string[]): boolean {
  let capitalised = 0;
  let all = 0;
  for (const s of sentencesWithAll(corpus.sentenceLexical, terms).subarray(0, SAMPLE)) {
    const { paragraph, span } = sentenceAt(corpus, s);
    const sentence = corpus.paragraphs[paragraph]!.text.slice(span.start, span.end);
    for (const at of occurrences(sentence, terms)) {
      all++;
      if (sentence.slice(at.start, at.end).split(new RegExp(NAME_JOIN)).every((word) => /^\p{Lu}/u.test(word))) capitalised++;
    }
  }
  return capitalised * 2 > all;
}
