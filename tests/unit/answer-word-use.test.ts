import { describe, expect, it } from 'vitest';
import { readIntent } from '../../server/answer/intent.ts';
import { wordsUsedMost } from '../../server/answer/word-use.ts';
import type { Paragraph, Work } from '../../server/corpus/types.ts';

const para = (workId: string, position: number, text: string, speaker?: 'interviewer'): Paragraph => ({ id: `${workId}-p${position}`, workId, position, text, ...(speaker && { speaker }) });

describe('wordsUsedMost', () => {
  const paragraphs = [
    para('a', 1, 'Developing countries must trade. A developing country needs self-reliance.'),
    para('a', 2, 'Question: Is trade with the developing countries good for the countries?', 'interviewer'),
    para('b', 1, 'Self-reliance means standing on our own feet; self-reliance is our country’s spirit. Trade is important.'),
  ];

  it('counts each word with its inflections and a hyphened word whole, in the authors’ own words, function words left out', () => {
    expect(wordsUsedMost(paragraphs, 4)).toEqual([
      { word: 'country', count: 3, works: 2 },
      { word: 'self-reliance', count: 3, works: 2 },
      { word: 'developing', count: 2, works: 1 },
      { word: 'trade', count: 2, works: 2 },
    ]);
  });

  it('writes a word as the texts do, in lower case when they ever write it so', () => {
    const names = [para('a', 1, 'Juche is the idea. The Juche idea, the Juche of Korea.'), para('a', 2, 'Trade. Trade, and trade again.')];
    expect(wordsUsedMost(names, 2).map((u) => u.word)).toEqual(['Juche', 'trade']);
  });
});

describe('readIntent: the words used most', () => {
  const works: Work[] = [{ id: 'a', title: 'All efforts to attain the six goals', date: '1961-12-01', year: 1961, author: 'Kim Il Sung', file: 'x' }];
  it.each(['What word does he use most?', 'What are his favourite words?', 'What are his most frequent words?', 'Which words appear most often in his speeches?', 'What words does Kim Il Sung use most in the 1980s?', 'word frequency'])('asks them: %s', (question) => {
    expect(readIntent(question, works).wordsUsedMost).toBe(true);
  });
  it.each(['What words does he use most about aid?', 'Which term is more common, Juche or self-reliance?', 'What did he say about words?', 'How often does he use the word trade?'])('does not: %s', (question) => {
    expect(readIntent(question, works).wordsUsedMost).toBe(false);
  });
});
