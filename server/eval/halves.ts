/**
 * How the dev set is split and varied (pure): the odd- and even-numbered questions (tune on one, report on the
 * other), and each question typed plainly, as a hurried user would: lower case, no quotation marks, no question mark.
 */
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
