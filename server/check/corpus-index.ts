/**
 * The corpus as quotation matching reads it (pure): each paragraph folded and split into words, and an
 * inverted index from word to paragraphs, so a quotation is compared with the few paragraphs sharing its
 * rarest words rather than with the whole corpus.
 */
import type { Paragraph, Work } from '../corpus/types.ts';
import { fold, words, type Folded, type Word } from './fold.ts';

export interface IndexedParagraph {
  paragraph: Paragraph;
  work: Work;
  folded: Folded;
  words: Word[];
}

export interface QuoteIndex {
  paragraphs: IndexedParagraph[];
  /** Word key → indexes of the paragraphs holding it, ascending, each once. */
  postings: Map<string, number[]>;
}

export function buildQuoteIndex(works: readonly Work[], paragraphs: readonly Paragraph[]): QuoteIndex {
  const byId = new Map(works.map((w) => [w.id, w]));
  const indexed: IndexedParagraph[] = [];
  const postings = new Map<string, number[]>();
  for (const paragraph of paragraphs) {
    const work = byId.get(paragraph.workId);
    if (!work) continue;
    const entry = { paragraph, work, folded: fold(paragraph.text), words: words(paragraph.text) };
    const at = indexed.push(entry) - 1;
    for (const key of new Set(entry.words.map((w) => w.key))) {
      const list = postings.get(key);
      if (list) list.push(at);
      else postings.set(key, [at]);
    }
  }
  return { paragraphs: indexed, postings };
}

/** How many of a quotation's rarest words select the candidates: enough to survive a word or two changed. */
const RARE_KEYS = 12;

/**
 * The paragraphs most likely to hold a quotation: scored by the IDF of the quotation's rarest words they
 * contain, best first; a word absent from the corpus (an invented or changed one) selects nothing.
 */
export function candidateParagraphs(index: QuoteIndex, keys: readonly string[], limit: number): number[] {
  const n = index.paragraphs.length;
  const rare = [...new Set(keys)]
    .map((key) => ({ key, list: index.postings.get(key) }))
    .filter((x): x is { key: string; list: number[] } => x.list !== undefined)
    .sort((a, b) => a.list.length - b.list.length)
    .slice(0, RARE_KEYS);
  const scores = new Map<number, number>();
  for (const { list } of rare) {
    const idf = Math.log(1 + n / list.length);
    for (const p of list) scores.set(p, (scores.get(p) ?? 0) + idf);
  }
  return [...scores]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([p]) => p);
}
