/** The pieces every answer is built from (pure): a quote to show (a passage and spans of it), quotes grouped by work, the parts of a lead. */
import type { LeadPart } from '../contract.ts';
import type { Work } from '../corpus/types.ts';
import type { RankedPassage } from '../retrieval/rank.ts';
import type { Span } from '../retrieval/text.ts';
import { byline, formatDate, otherAuthor, plainTitle } from './format.ts';
import { snapToWords } from './quotes.ts';
import { quoteText } from './verbatim.ts';

/** One quote to show: a passage, the spans of its paragraph quoted, and their text. */
export interface Item {
  passage: RankedPassage;
  spans: Span[];
  quote: string;
  /** In an answer to "how often …": where the words counted lie in the paragraph (inside `spans`). */
  marks?: Span[];
}

const isParts = (p: object): p is readonly LeadPart[] => Array.isArray(p);

/** Lead parts from plain words (none for ''), works (their titles, shown in italics, with their ids), other titles (a book's) and parts made before. */
export const lead = (...parts: (string | Pick<Work, 'id' | 'title'> | { title: string } | readonly LeadPart[])[]): LeadPart[] =>
  parts.flatMap((p) =>
    typeof p === 'string' ? (p ? [{ text: p }] : []) : isParts(p) ? p : 'id' in p ? [{ text: plainTitle(p.title), title: true, workId: p.id }] : [{ text: plainTitle(p.title), title: true }],
  );

/** A work named as the one the question asked for ("Earliest in these sources: *T*"): `LeadPart.singledOut`. */
export const singledOut = (work: Pick<Work, 'id' | 'title'>): LeadPart[] => lead(work).map((part) => ({ ...part, singledOut: true as const }));

/**
 * "*T* (1 July 1969); *U* (undated, by Zhang Chao)": works by title, date and any author but the main one (and what
 * `more` says of each: "; Speech at …"), `end` after the last.
 */
export function workList(works: readonly Work[], primaryAuthor: string | null, end = '', more?: (work: Work) => string): LeadPart[] {
  const after = (w: Work) => {
    const said = more?.(w);
    return said ? `; ${said}` : '';
  };
  return works.flatMap((w, i) => lead(w, ` (${formatDate(w.date, w.year)}${byline(otherAuthor(w, primaryAuthor))}${after(w)})${i < works.length - 1 ? '; ' : end}`));
}

/** "*A* (8 October 1981) and *B* (20 May 1986)", the works by their titles and dates, joined by `last` ("and", "nor"). */
export const worksJoined = (works: readonly Work[], last: string): LeadPart[] =>
  works.flatMap((w, i) => lead(i === 0 ? '' : i === works.length - 1 ? ` ${last} ` : ', ', w, ` (${formatDate(w.date, w.year)})`));

export function itemOf(passage: RankedPassage, spans: readonly Span[]): Item {
  return { passage, spans: [...spans], quote: quoteText(passage.paragraph.text, spans) };
}

/** Quotes grouped by their work, in the order each work first appears. */
export function groupByWork(items: readonly Item[]): [Work, Item[]][] {
  const groups = new Map<string, [Work, Item[]]>();
  for (const item of items) {
    const key = item.passage.work.id;
    if (!groups.has(key)) groups.set(key, [item.passage.work, []]);
    groups.get(key)![1].push(item);
  }
  return [...groups.values()];
}

/** A passage's quote (a key sentence, or an abstract's paragraph) as an item, whole words. */
export const wholeSentences = (p: RankedPassage): Item => itemOf(p, [snapToWords(p.paragraph.text, p.quoteSpan)]);
