import { describe, expect, it } from 'vitest';
import { tokenRange } from '../../server/index/embedder.ts';
import { embeddingUnits, sentenceWindows, WINDOW_WORDS, wordPieces, type EmbeddingUnit } from '../../server/index/units.ts';
import { loadCorpus } from '../../server/corpus/load.ts';
import { testConfig } from '../support/deps.ts';
import { sentenceSpans } from '../../server/retrieval/text.ts';
import type { Corpus } from '../../server/corpus/types.ts';

const sentence = (n: number, words: number) => `S${n} ${Array.from({ length: words - 1 }, () => 'word').join(' ')}.`;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('sentenceWindows', () => {
  it('keeps a paragraph that fits as one window', () => {
    const text = [sentence(1, 20), sentence(2, 20)].join(' ');
    expect(sentenceWindows(text, sentenceSpans(text))).toEqual([{ start: 0, end: text.length }]);
  });

  it('covers a long paragraph with overlapping windows of whole sentences, none over the limit', () => {
    const text = Array.from({ length: 12 }, (_, i) => sentence(i, 40)).join(' ');
    const windows = sentenceWindows(text, sentenceSpans(text), 100);
    expect(windows.length).toBeGreaterThan(1);
    for (const w of windows) {
      const slice = text.slice(w.start, w.end);
      expect(words(slice)).toBeLessThanOrEqual(100);
      expect(slice).toMatch(/^S\d+ .*\.$/);
    }
    expect(windows[0]!.start).toBe(0);
    expect(windows.at(-1)!.end).toBe(text.length);
    for (let i = 1; i < windows.length; i++) expect(windows[i]!.start).toBeLessThan(windows[i - 1]!.end);
  });
});

describe('embeddingUnits', () => {
  it('reads every word of a paragraph whose one sentence is longer than a window, in pieces', () => {
    const text = sentence(1, WINDOW_WORDS * 2 + 10);
    const corpus = { works: [], paragraphs: [{ id: 'p1', workId: 'w', position: 1, text }], problems: [] } as unknown as Corpus;
    const units = embeddingUnits(corpus);
    const windows = units.filter((u) => u.kind === 'paragraph');
    const sentences = units.filter((u) => u.kind === 'sentence');
    expect(windows).toHaveLength(3);
    expect(sentences).toHaveLength(3);
    for (const u of units) expect(words(u.text)).toBeLessThanOrEqual(WINDOW_WORDS);
    expect(windows.map((u) => u.text).join(' ')).toBe(text);
    expect(sentences.map((u) => u.sentence)).toEqual([0, 0, 0]);
    expect(sentences.map((u) => u.within!.window)).toEqual(windows.map((u) => u.id));
    expectReadInTheirWindows(units);
    expect(wordPieces('a b c', 2)).toEqual(['a b', 'c']);
  });

  it('reads every sentence of the real corpus in a window of its own paragraph', async () => {
    const units = embeddingUnits(await loadCorpus(testConfig().CORPUS_DIR));
    expect(units.filter((u) => u.kind === 'sentence').every((u) => u.within?.window.startsWith(`p:${u.paragraphId}:`))).toBe(true);
    expectReadInTheirWindows(units);
  });
});

/** Each sentence unit's span of its window's text is the sentence unit's text. */
function expectReadInTheirWindows(units: readonly EmbeddingUnit[]): void {
  const windows = new Map(units.filter((u) => u.kind === 'paragraph').map((u) => [u.id, u.text]));
  for (const u of units.filter((x) => x.kind === 'sentence')) expect(windows.get(u.within!.window)!.slice(u.within!.start, u.within!.end)).toBe(u.text);
}

describe('tokenRange', () => {
  const ids = [101, 7, 8, 9, 102];
  it('finds a part’s tokens between those of the text before it and through it', () => {
    expect(tokenRange(ids, [7], [7, 8])).toEqual({ start: 2, end: 3 });
    expect(tokenRange(ids, [], [7, 8, 9])).toEqual({ start: 1, end: 4 });
  });
  it('gives none when the prefixes do not tokenize as the whole does, or the part is empty', () => {
    expect(tokenRange(ids, [7], [7, 5])).toBeNull();
    expect(tokenRange(ids, [6], [7, 8])).toBeNull();
    expect(tokenRange(ids, [7, 8], [7, 8])).toBeNull();
  });
});
