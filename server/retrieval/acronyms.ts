/**
 * Acronyms (pure): the corpus spells out what a question may abbreviate ("NAM" for "Non-Aligned Movement"). Each
 * run of capitalised words in a text, with "of", "the", "and" or "for" allowed between them and a leading function
 * word ("The", "Our") left out, gives the acronym of its initials; a question's acronym that is not itself a word
 * of the corpus is read as the run it stands for. The other way, a name the question spells out is searched with
 * its initials too when the texts write those ("the United States" with "US").
 */
import type { KnownWords } from './abstain.ts';
import type { EnglishWords } from './lexicon.ts';
import type { Correction } from './spelling.ts';
import { STOPWORDS, type Span, type Token } from './text.ts';

/**
 * What may stand between two words of a run: spaces or a hyphen, and at most one of "of", "the", "and", "for";
 * after a plural possessive's apostrophe ("Workers’ Party").
 */
const JOINER = /^['’]?(?:[ \t\r\n]*-?[ \t\r\n]*|[ \t\r\n]+(?:of|the|and|for)[ \t\r\n]+)$/;

/** Acronyms seen so far: each with the words it stands for (as first written) and how often those occur. */
export type AcronymCounts = Map<string, { words: string; count: number }>;

/**
 * Counts the acronyms `text` spells out (by lower case), given its words (`tokenize`, which the index makes
 * anyway: a second pass over the texts with a Unicode word pattern took 2-4 s at 100k paragraphs, this 0.3-0.5 s).
 */
export function addSpelledOut(text: string, words: readonly Span[], counts: AcronymCounts): void {
  let run: Span[] = [];
  const flush = () => {
    while (run.length > 0 && STOPWORDS.has(text.slice(run[0]!.start, run[0]!.end).toLowerCase())) run.shift();
    if (run.length >= 2 && run.length <= 6) {
      const acronym = run.map((w) => text[w.start]).join('').toLowerCase();
      const seen = counts.get(acronym);
      if (seen) seen.count++;
      else counts.set(acronym, { words: text.slice(run[0]!.start, run.at(-1)!.end).replace(/['’]s$/, ''), count: 1 });
    }
    run = [];
  };
  for (const word of words) {
    const initial = text[word.start]!;
    if (initial === initial.toLowerCase()) continue;
    const last = run.at(-1);
    if (last && !JOINER.test(text.slice(last.end, word.start))) flush();
    run.push(word);
  }
  flush();
}

/** The acronyms whose words occur at least twice (a run of capitals seen once is more likely a heading or a name). */
export function recurringAcronyms(counts: AcronymCounts): [acronym: string, words: string][] {
  return [...counts].filter(([, seen]) => seen.count >= 2).map(([acronym, seen]) => [acronym, seen.words]);
}

/**
 * The question with each acronym the corpus spells out replaced by its words, and what was replaced: a word of two
 * to six capitals that is not itself a word of the corpus ("DPRK" is, so it stays), or, typed in lower case, of three
 * to six letters that is neither a word of the corpus nor general English ("nam"; two letters in lower case, "pm" or
 * "su", stand for too many things).
 */
export function expandAcronyms(
  question: string,
  acronyms: ReadonlyMap<string, string>,
  knownWords: KnownWords,
  english: EnglishWords,
): { text: string; corrections: Correction[] } {
  const corrections: Correction[] = [];
  const text = question.replace(/(?<![\p{L}\p{N}])(?:\p{Lu}{2,6}|\p{Ll}{3,6})(?![\p{L}\p{N}])/gu, (typed) => {
    const word = typed.toLowerCase();
    const read = knownWords.set.has(word) || (typed === word && english.has(word)) ? undefined : acronyms.get(word);
    if (read === undefined) return typed;
    corrections.push({ typed, read });
    return read;
  });
  return { text, corrections };
}

/**
 * The question with each name of several words it spells out followed by "or" and the name's initials, where the
 * texts write those initials as a word (`writesInitials`: "US", of "the US imperialists") and the question does not
 * already; and what was read so. "What did he say about the United States?" is searched as "… the United States or
 * US?".
 */
export function withInitials(
  question: string,
  names: readonly (readonly Token[])[],
  writesInitials: (initials: string) => boolean,
): { text: string; corrections: Correction[]; initials: string[] } {
  const corrections: Correction[] = [];
  const initialsRead: string[] = [];
  let text = question;
  // From the last name back, so that the offsets of those before it hold.
  for (const name of [...names].sort((a, b) => b[0]!.start - a[0]!.start)) {
    const initials = name.map((t) => t.word[0]!.toUpperCase()).join('');
    if (!writesInitials(initials) || new RegExp(String.raw`(?<![\p{L}\p{N}])${initials}(?![\p{L}\p{N}])`, 'u').test(question)) continue;
    const typed = question.slice(name[0]!.start, name.at(-1)!.end);
    const read = `${typed} or ${initials}`;
    text = text.slice(0, name[0]!.start) + read + text.slice(name.at(-1)!.end);
    corrections.unshift({ typed, read });
    initialsRead.unshift(initials);
  }
  return { text, corrections, initials: initialsRead };
}
