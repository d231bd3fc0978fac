/**
 * Words a question asks the passages not to hold (pure): "quotes on self-reliance that don't mention Juche", "passages
 * on independence without the word Juche", "on trade but not aid", "excluding aid". The question is searched without
 * them, and the passages that hold them are left out: what a question excludes is no topic of its answer.
 */
import type { RankedPassage } from '../retrieval/rank.ts';
import { contentTokens } from '../retrieval/text.ts';

/** What asks to leave words out, then the words (one to three, up to a clause's end), a pattern. */
const LEFT_OUT = new RegExp(
  String.raw`\b(?:(?:that|which)\s+(?:do(?:es)?\s+not|(?:don|doesn)['’]t|never)\s+(?:mention|use|include|contain|refer\s+to|talk\s+about|speak\s+of)|without\s+(?:(?:the|any)\s+)?(?:words?|terms?|mentions?\s+of|mentioning|using)|but\s+not(?:\s+(?:about|on|of))?|excluding|except(?:\s+for)?)` +
    String.raw`\s+(?:the\s+(?:words?|terms?)\s+)?["“‘']?(\p{L}[\p{L}'’-]*(?:(?:\s*,\s*|\s+(?:or|nor|and)\s+|\s+)["“‘']?\p{L}[\p{L}'’-]*["”’']?){0,5}?)["”’']?(?=\s*(?:[?.!;]|$)|\s+(?:in|from)\b|\s*,?\s*(?:please|thanks|thank\s+you)\b)`,
  'giu',
);

export interface WordsLeftOut {
  /** The question without the words asking to leave words out, nor those words. */
  asked: string;
  /** Each group of words left out, as written. */
  words: string[];
}

export function wordsLeftOut(question: string): WordsLeftOut {
  // "Juche or aid", "Juche, aid and trade": each left out.
  const words = [...question.matchAll(LEFT_OUT)].flatMap((m) => m[1]!.split(/\s*,\s*|\s+(?:or|nor|and)\s+/)).map((w) => w.replace(/["“”‘’']/g, '')).filter((w) => contentTokens(w).length > 0);
  return words.length ? { asked: question.replace(LEFT_OUT, ' ').replace(/\s+([?.!,;])/g, '$1').replace(/\s+/g, ' ').trim(), words } : { asked: question, words: [] };
}

/**
 * Stems of one word as a question leaving it out means it: the same stem, or a noun in -y and its adjective in -ic or
 * -ical, whose stems differ by the noun's final "i" ("economy", "economic": "economi", "econom"; "strategy",
 * "strategic"; "technology", "technological"). "Without the economy" leaves out "economic independence" too.
 */
const sameWord = (a: string, b: string): boolean => a === b || (a.length > b.length ? a === `${b}i` && b.length >= 5 : b === `${a}i` && a.length >= 5);

/** The passages that hold none of the groups of words (a group held when each of its words is), in their order. */
export function withoutWordsLeftOut(passages: readonly RankedPassage[], words: readonly string[]): RankedPassage[] {
  if (words.length === 0) return [...passages];
  const groups = words.map((w) => contentTokens(w).map((t) => t.term));
  const holds = (p: RankedPassage) => {
    const terms = [...new Set(contentTokens(p.paragraph.text).map((t) => t.term))];
    return groups.some((group) => group.every((term) => terms.some((t) => sameWord(t, term))));
  };
  return passages.filter((p) => !holds(p));
}
