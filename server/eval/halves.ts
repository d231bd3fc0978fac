/**
 * How the dev set is split and varied (pure): the odd- and even-numbered questions (tune on one, report on the
 * other), and each question typed plainly, as a hurried user would: lower case, no quotation marks, no question mark;
 * typed plainly with a typo; and cut to a keyword or two, as typed into a search box.
 */
import type { ParsedQuery } from '../retrieval/query.ts';
import { contentTokens } from '../retrieval/text.ts';
import type { EvalQuestion } from './dataset.ts';

export type Half = 'odd' | 'even';

export function halfOf(question: EvalQuestion): Half {
  const n = Number(question.id.replace(/\D/g, ''));
  return n % 2 === 1 ? 'odd' : 'even';
}

export function split(questions: readonly EvalQuestion[]): Record<Half, EvalQuestion[]> {
  return { odd: questions.filter((q) => halfOf(q) === 'odd'), even: questions.filter((q) => halfOf(q) === 'even') };
}

/** Quotation marks go, apostrophes inside words ("Korea's", "don’t") stay. */
export function typedPlainly(question: string): string {
  return question
    .toLowerCase()
    .replace(/["“”]|(?<![\p{L}\p{N}])['‘’]|['‘’](?![\p{L}\p{N}])/gu, '')
    .replace(/\?/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The question typed plainly with one typo: the two middle letters of its longest word swapped (the commonest
 * slip), or the first of them dropped where they are the same letter.
 */
export function typedWithTypo(question: string): string {
  const plain = typedPlainly(question);
  const longest = contentTokens(plain)
    .filter((t) => /^[a-z]+$/.test(t.word))
    .reduce<{ start: number; end: number } | undefined>((a, t) => (!a || t.end - t.start > a.end - a.start ? t : a), undefined);
  if (!longest) return plain;
  const i = longest.start + Math.floor((longest.end - longest.start) / 2) - 1;
  const [a, b] = [plain[i]!, plain[i + 1]!];
  return plain.slice(0, i) + (a === b ? b : b + a) + plain.slice(i + 2);
}

/**
 * The question cut to its `count` rarest words that the corpus holds, in the question's order, as someone would
 * search by keywords: "fertilizer coal". `rarity` is a word's IDF in the corpus (0 for a word it lacks); the
 * question's author names and years are not among its words.
 */
export function asKeywords(parsed: ParsedQuery, count: number, rarity: (term: string) => number): string {
  const words = [...new Map(parsed.tokens.map((t) => [t.term, t])).values()].filter((t) => rarity(t.term) > 0);
  const rarest = words.sort((a, b) => rarity(b.term) - rarity(a.term) || a.start - b.start).slice(0, count);
  return rarest
    .sort((a, b) => a.start - b.start)
    .map((t) => t.word)
    .join(' ');
}
