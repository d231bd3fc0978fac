/**
 * Acronyms (pure): the corpus spells out what a question may abbreviate ("NAM" for "Non-Aligned Movement"). Each
 * run of capitalised words in a text, with "of", "the", "and" or "for" allowed between them and a leading function
 * word ("The", "Our") left out, gives the acronym of its initials; a question's acronym that is not itself a word
 * of the corpus is read as the run it stands for.
 */
import type { KnownWords } from './abstain.ts';
import type { Correction } from './spelling.ts';
import { STOPWORDS } from './text.ts';

const CONNECTORS = new Set(['of', 'the', 'and', 'for']);
const WORD = /\p{L}[\p{L}'’]*/gu;

/** Acronyms seen so far: each with the words it stands for (as first written) and how often those occur. */
export type AcronymCounts = Map<string, { words: string; count: number }>;

/** Counts the acronyms `text` spells out (by lower case). */
export function addSpelledOut(text: string, counts: AcronymCounts): void {
  let run: { initial: string; start: number; end: number }[] = [];
  let connector = false;
  let previousEnd = 0;
  const flush = () => {
    while (run.length > 0 && STOPWORDS.has(text.slice(run[0]!.start, run[0]!.end).toLowerCase())) run.shift();
    if (run.length >= 2 && run.length <= 6) {
      const acronym = run.map((w) => w.initial).join('').toLowerCase();
      const seen = counts.get(acronym);
      if (seen) seen.count++;
      else counts.set(acronym, { words: text.slice(run[0]!.start, run.at(-1)!.end).replace(/['’]s$/, ''), count: 1 });
    }
    run = [];
    connector = false;
  };
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (!/^[\s-]*$/.test(text.slice(previousEnd, m.index))) flush();
    previousEnd = m.index + word.length;
    if (/^\p{Lu}/u.test(word)) {
      run.push({ initial: word[0]!, start: m.index, end: previousEnd });
      connector = false;
    } else if (run.length > 0 && !connector && CONNECTORS.has(word)) {
      connector = true;
    } else {
      flush();
    }
  }
  flush();
}

/** The acronyms whose words occur at least twice (a run of capitals seen once is more likely a heading or a name). */
export function recurringAcronyms(counts: AcronymCounts): [acronym: string, words: string][] {
  return [...counts].filter(([, seen]) => seen.count >= 2).map(([acronym, seen]) => [acronym, seen.words]);
}

/**
 * The question with each acronym the corpus spells out replaced by its words, and what was replaced: a word of two
 * to six capitals that is not itself a word of the corpus ("DPRK" is, so it stays).
 */
export function expandAcronyms(question: string, acronyms: ReadonlyMap<string, string>, knownWords: KnownWords): { text: string; corrections: Correction[] } {
  const corrections: Correction[] = [];
  const text = question.replace(/(?<![\p{L}\p{N}])\p{Lu}{2,6}(?![\p{L}\p{N}])/gu, (typed) => {
    const read = knownWords.set.has(typed.toLowerCase()) ? undefined : acronyms.get(typed.toLowerCase());
    if (read === undefined) return typed;
    corrections.push({ typed, read });
    return read;
  });
  return { text, corrections };
}
