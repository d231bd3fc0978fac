/**
 * A synthetic corpus built from the real one (pure, seeded): real sentences shuffled into new paragraphs,
 * grouped into works with fresh dates, so scale runs use the corpus's own vocabulary and sentence shapes.
 */
import type { Corpus, Paragraph, Work } from '../server/corpus/types.ts';
import { sentenceSpans } from '../server/retrieval/text.ts';

/** mulberry32: a small, fast, seedable PRNG; returns floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  paragraphs: number;
  seed: number;
  /** Paragraphs per synthetic work (the real corpus averages ~15; collections run longer). */
  paragraphsPerWork?: number;
  /** Sentences drawn into a paragraph until it holds this many words; without it, as many sentences as a real paragraph holds. */
  wordsPerParagraph?: number;
}

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

/** Dates between 1945-01-01 and 1999-12-31. */
function freshDate(random: () => number): string {
  const year = 1945 + Math.floor(random() * 55);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Real sentences drawn one after another until they hold about `words` words: the last one kept if it ends nearer to it than the one before. */
function sentencesOfWords(sentences: readonly string[], words: number, random: () => number): string {
  const drawn: string[] = [];
  let count = 0;
  while (count < words) {
    const sentence = pick(sentences, random);
    const length = sentence.split(/\s+/).length;
    if (drawn.length > 0 && count + length - words > words - count) break;
    drawn.push(sentence);
    count += length;
  }
  return drawn.join(' ');
}

export function syntheticCorpus(real: Pick<Corpus, 'works' | 'paragraphs'>, options: SyntheticOptions): Corpus {
  const random = prng(options.seed);
  const perWork = options.paragraphsPerWork ?? 50;
  const sentences = real.paragraphs.flatMap((p) => sentenceSpans(p.text).map((s) => p.text.slice(s.start, s.end)));
  const sentenceCounts = real.paragraphs.map((p) => Math.max(1, sentenceSpans(p.text).length));
  const titleWords = [...new Set(real.works.flatMap((w) => w.title.split(/\s+/)))].filter((w) => /^\p{L}{4,}$/u.test(w));
  const author = real.works[0]?.author ?? 'Unknown';

  const works: Work[] = [];
  const paragraphs: Paragraph[] = [];
  for (let w = 0; paragraphs.length < options.paragraphs; w++) {
    const date = freshDate(random);
    const year = Number(date.slice(0, 4));
    const id = `${year}-synthetic-${w + 1}`;
    const title = `On ${pick(titleWords, random).toLowerCase()} and ${pick(titleWords, random).toLowerCase()} (synthetic ${w + 1})`;
    works.push({ id, title, date, year, author, occasion: `Synthetic work ${w + 1}`, file: `synthetic-${w + 1}.txt` });
    const count = Math.min(perWork, options.paragraphs - paragraphs.length);
    for (let position = 1; position <= count; position++) {
      const text = options.wordsPerParagraph ? sentencesOfWords(sentences, options.wordsPerParagraph, random) : Array.from({ length: pick(sentenceCounts, random) }, () => pick(sentences, random)).join(' ');
      paragraphs.push({ id: `${id}-p${position}`, workId: id, position, text });
    }
  }
  return { works, paragraphs, problems: [] };
}

/** The synthetic corpus as corpus files (front matter, one work per file), for runs that read a corpus directory. */
export function syntheticDocuments(corpus: Pick<Corpus, 'works' | 'paragraphs'>): { name: string; text: string }[] {
  const byWork = new Map<string, string[]>();
  for (const p of corpus.paragraphs) {
    const texts = byWork.get(p.workId) ?? [];
    texts.push(p.text);
    byWork.set(p.workId, texts);
  }
  return corpus.works.map((w, i) => ({
    name: `synthetic-${String(i + 1).padStart(5, '0')}.txt`,
    text: `---\ntitle: ${w.title}\ndate: ${w.date}\nauthor: ${w.author}\n---\n${(byWork.get(w.id) ?? []).join('\n\n')}\n`,
  }));
}
