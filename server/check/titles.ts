/**
 * A title written a word or two off (pure): essays cite a work by its title in quotation marks, and misremember it
 * ("All Efforts to Achieve the Six Goals"). Such a phrase is no quotation to look up in the texts but the title of
 * a work, which the source writes otherwise.
 */
import type { Work } from '../corpus/types.ts';
import { align, type DiffOp } from './align.ts';
import { words } from './fold.ts';

export interface TitleAsWritten {
  work: Work;
  /** The work's title (or its occasion) as the source writes it. */
  title: string;
  /** From the phrase to the title: `delete` = the phrase's word, `insert` = the title's. */
  diff: DiffOp[];
  /** Words changed, added, dropped or swapped; 0 for the title in other hyphens or punctuation ("Co-operation"). */
  edits: number;
  /** The phrase is words of the title as the source writes them, not all of it (`titleHolding`); `diff` is then empty. */
  part: boolean;
}

/** How far a phrase may be from a title and still name it: the limits a misquotation is held to. */
export interface TitleLimits {
  closeSimilarity: number;
  maxWordsChanged: number;
  maxChanges: number;
}

/**
 * The work whose title or occasion `phrase` writes with a word or two changed, added, dropped or swapped (or only
 * its hyphens and punctuation), the nearest if several are; null when none is that near. Every word of the title
 * counts: a phrase that is part of a title is not it.
 */
export function titleAsWritten(phrase: string, works: readonly Work[], limits: TitleLimits): TitleAsWritten | null {
  const written = words(phrase);
  if (written.length === 0) return null;
  let best: TitleAsWritten | null = null;
  for (const work of works) {
    for (const title of [work.title, work.occasion]) {
      if (!title) continue;
      const inTitle = words(title);
      const a = align(
        written.map((w) => w.key),
        inTitle.map((w) => w.key),
        written.map((w) => phrase.slice(w.start, w.end)),
        inTitle.map((w) => title.slice(w.start, w.end)),
      );
      // Title words the alignment leaves outside the stretch it matches are dropped words too.
      const edits = a.wordsChanged + a.omitted + a.from + (inTitle.length - a.to);
      const changes = a.changes + (a.from > 0 ? 1 : 0) + (a.to < inTitle.length ? 1 : 0);
      const similarity = 1 - edits / Math.max(written.length, inTitle.length);
      if (edits > limits.maxWordsChanged || changes > limits.maxChanges || similarity < limits.closeSimilarity) continue;
      if (best && edits >= best.edits) continue;
      const before = inTitle.slice(0, a.from).map((w) => ({ op: 'insert' as const, text: title.slice(w.start, w.end) }));
      const after = inTitle.slice(a.to).map((w) => ({ op: 'insert' as const, text: title.slice(w.start, w.end) }));
      best = { work, title, diff: [...before, ...a.diff, ...after], edits, part: false };
    }
  }
  return best;
}

/**
 * The first work whose title or occasion holds every word of `phrase` together and in order, but more words too: a
 * term the title holds ("self-reliant heavy industrialization", which the article's title itself quotes), not a
 * quotation of its text. Null when none does.
 */
export function titleHolding(phrase: string, works: readonly Work[]): TitleAsWritten | null {
  const written = words(phrase).map((w) => w.key);
  if (written.length === 0) return null;
  for (const work of works) {
    for (const title of [work.title, work.occasion]) {
      const inTitle = title ? words(title).map((w) => w.key) : [];
      const at = inTitle.findIndex((_, i) => written.every((key, j) => inTitle[i + j] === key));
      if (title && at !== -1 && inTitle.length > written.length) return { work, title, diff: [], edits: 0, part: true };
    }
  }
  return null;
}
