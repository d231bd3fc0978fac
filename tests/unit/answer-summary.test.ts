import { describe, expect, it } from 'vitest';
import { keySentences } from '../../server/answer/summary.ts';
import type { Paragraph } from '../../server/corpus/types.ts';

const para = (position: number, text: string, speaker?: 'interviewer'): Paragraph => ({ id: `w-p${position}`, workId: 'w', position, text, ...(speaker && { speaker }) });
const PARAGRAPHS = [
  para(1, 'I would like to thank the delegates for coming.'),
  para(2, 'The weather was fine that day. South-South cooperation among developing countries is urgent.'),
  para(3, 'Question: What is South-South cooperation among developing countries?', 'interviewer'),
  para(4, 'Developing countries must develop South-South cooperation in trade and in agriculture.'),
  para(5, 'Thank you.'),
];
const quoted = (found: ReturnType<typeof keySentences>) => found.map(({ paragraph, span }) => paragraph.text.slice(span.start, span.end).trim());

describe('keySentences', () => {
  it("picks the sentences that carry most of the work's own words, one per paragraph, in the order of the text", () => {
    expect(quoted(keySentences([...PARAGRAPHS].reverse(), () => 1, { sentences: 2, centroidTerms: 5 }))).toEqual([
      'South-South cooperation among developing countries is urgent.',
      'Developing countries must develop South-South cooperation in trade and in agriculture.',
    ]);
  });

  it("leaves out an interviewer's question and paragraphs with none of the work's key words", () => {
    const found = keySentences(PARAGRAPHS, () => 1, { sentences: 10, centroidTerms: 3 });
    expect(found.map((s) => s.paragraph.position)).toEqual([2, 4]);
  });

  it('takes no sentence that leans on the one before it, though it holds the key words', () => {
    const leaning = [
      para(1, 'Developing countries trade. Therefore, developing countries must develop South-South cooperation.'),
      para(2, 'Trade matters. The same can be said of South-South cooperation among developing countries.'),
    ];
    expect(quoted(keySentences(leaning, () => 1, { sentences: 2, centroidTerms: 5 }))).toEqual(['Developing countries trade.', 'Trade matters.']);
  });

  it('chooses the next key sentences, of paragraphs not shown yet, with the words of the whole work', () => {
    const options = { sentences: 1, centroidTerms: 5 };
    expect(quoted(keySentences(PARAGRAPHS, () => 1, options))).toEqual(['South-South cooperation among developing countries is urgent.']);
    expect(quoted(keySentences(PARAGRAPHS, () => 1, options, new Set(['w-p2'])))).toEqual(['Developing countries must develop South-South cooperation in trade and in agriculture.']);
    expect(keySentences(PARAGRAPHS, () => 1, { sentences: 10, centroidTerms: 3 }, new Set(['w-p2', 'w-p4']))).toEqual([]);
  });

  it('weighs a word by its rarity in the corpus, so a word every text uses does not make a sentence key', () => {
    const rare = (term: string) => (term.startsWith('thank') ? 10 : 0.01);
    expect(quoted(keySentences(PARAGRAPHS, rare, { sentences: 1, centroidTerms: 5 }))).toEqual(['Thank you.']);
  });
});
