/**
 * Questions that ask what something is or means, and the sentences that say it (pure): the answer to "What is X?" is
 * a sentence of the form "X is …", "X means …", "By X we mean …", as the answer to "How many …?" is one with a figure.
 */
import { contentTokens, tokenize } from './text.ts';

/**
 * What a question asks the meaning of (group 1): "a definition of the Juche idea", "the meaning of Juche", "What is
 * meant by self-reliance", "Define self-reliance", "How did he define self-reliance", "What does self-reliance mean?";
 * or, failing those, what it asks is ("What is Juche?", "What are the six goals?", "Who was Zhang Wei-hua?").
 */
const MEANING_ASKED = [
  /\b(?:definitions?|meaning)\s+of\s+(.+)/i,
  /\bmeant\s+by\s+(.+)/i,
  /\bdefine[sd]?\s+(.+)/i,
  /\bwhat\s+(?:does|did|do)\s+(.+?)\s+mean\b/i,
  /^\s*(?:and\s+)?(?:(?:what|who)\s+(?:is|are|was|were)|what['’]?s)\s+(.+)/i,
];
/** Where the thing asked about ends: a preposition or a conjunction after it, or the end of a clause. */
const END_OF_THING = /\s+(?:of|for|in|on|about|to|from|with|by|according|as|during|between|after|before|and|or|that|which)\b|\s*[?.!,;:(]/i;

/**
 * The terms (stems) of what a question asks the meaning of, or what it asks is (`MEANING_ASKED`): "What is the Juche
 * idea?" → juch, idea; "What is the word for self-reliance in Korean?" → word. None when it asks neither.
 */
export function termsDefined(question: string): string[] {
  for (const pattern of MEANING_ASKED) {
    const asked = pattern.exec(question)?.[1];
    if (asked === undefined) continue;
    const thing = asked.split(END_OF_THING)[0]!;
    return contentTokens(thing).map((t) => t.term);
  }
  return [];
}

/** Verbs that say what a subject is or means. */
const IS_OR_MEANS = new Set(['is', 'are', 'was', 'were', 'means', 'meant', 'mean']);
/** At most this many words may stand before the verb: a subject, not a clause. */
const SUBJECT_WORDS = 6;
/** Words that open a clause or carry a verb of their own: a subject holding one is a clause ("Zhang had made Kim's acquaintance when he was …"). */
const CLAUSE_WORDS = new Set('when if because since while although though as that which who whom where had has have did do does will would can could should must may might shall'.split(' '));

/**
 * Whether a sentence says what one of `terms` (`termsDefined`) is or means: a short subject that holds it, then "is",
 * "are", "means" ("The Juche idea is the idea that …", "Self-reliance means standing on one's own feet"); or "By
 * self-reliance we mean …".
 */
export function definesATerm(sentence: string, terms: ReadonlySet<string>): boolean {
  const words = tokenize(sentence);
  const verb = words.findIndex((t) => IS_OR_MEANS.has(t.word));
  if (verb < 1) return false;
  const before = words.slice(0, verb);
  const holds = before.some((t) => terms.has(t.term));
  if (words[0]!.word === 'by') return holds && words[verb]!.word.startsWith('mean');
  return holds && verb <= SUBJECT_WORDS && !before.some((t) => CLAUSE_WORDS.has(t.word));
}
