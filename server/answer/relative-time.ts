/**
 * A time bounded by a work (pure): "after the 1987 South-South speech", "before his talk with the Peruvian
 * ex-premier" bound the works asked about by that work's date. The ranking bounds by years, so the work's year stands
 * for it, read so that every work kept lies on the side asked: "after" and "before" keep out the whole year; "since"
 * and "until" keep it in only when no other work of it lies on the other side of the work. An undated work is left as
 * written.
 */
import type { Work } from '../corpus/types.ts';
import { STOPWORDS } from '../retrieval/text.ts';
import { readIntent } from './intent.ts';

/** A word bounding a time, then the words that may name a work, up to the end of the clause. */
const BOUNDED_BY = /\b(after|since|following|followed|before|preceded|until|till|prior\s+to)\s+((?:the|his|that|this)\s+[^?.!,;:]+)/gi;
/** The most words a work's name is read from. */
const MOST_WORDS = 10;

/** The question with each time it bounds by a work written as a bound by that work's year. */
export function workBoundsAsYears(question: string, works: readonly Work[]): string {
  return question.replace(BOUNDED_BY, (whole, bound: string, said: string) => {
    const named = workNamedFirst(said, works);
    if (!named || named.work.year === null || named.work.date === null) return whole;
    const { work, words } = named;
    const later = /^(?:after|since|following|followed)$/i.test(bound);
    const inclusive = /^(?:since|until|till)$/i.test(bound);
    // A work of its year on the other side of it would be kept by an inclusive bound, though it is not on the side asked.
    const otherSide = works.some((w) => w !== work && w.year === work.year && w.date !== null && (later ? w.date < work.date! : w.date > work.date!));
    const asYear = inclusive && !otherSide ? bound : later ? 'after' : 'before';
    return `${asYear} ${work.year}${said.slice(words.length)}`;
  });
}

/** The work the first words of a phrase name and nothing else ("the 1987 South-South speech" of "… about trade"), with those words. */
function workNamedFirst(said: string, works: readonly Work[]): { work: Work; words: string } | null {
  const found = [...said.matchAll(/\S+/g)];
  for (let n = Math.min(found.length, MOST_WORDS); n >= 2; n--) {
    // A name ends on a word of its own, not on "about" of "… about aid".
    if (STOPWORDS.has(found[n - 1]![0].toLowerCase())) continue;
    const words = said.slice(0, found[n - 1]!.index + found[n - 1]![0].length);
    // In lower case, as the words are when typed so: a capital of its own would make them read as cased.
    const work = readIntent(`what is ${words} about?`, works).overview;
    if (work) return { work, words };
  }
  return null;
}
