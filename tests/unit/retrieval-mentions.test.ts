import { describe, expect, it } from 'vitest';
import { countMentions, nameForms, occurrences, wordGroups } from '../../server/retrieval/mentions.ts';
import { contentTokens, stem } from '../../server/retrieval/text.ts';
import { mentionIndexes } from '../support/mention-indexes.ts';

const paragraphs = [
  { text: 'We traded with many countries. Foreign trade grew, and trade with neighbours too.' },
  { text: 'The spirit of self-reliance is our revolutionary spirit. Self-reliance first! The spirit of self-reliance again.' },
  { text: 'Trade, foreign policy and the foreign trade of the country.' },
  { text: 'Nothing here is about it.' },
];
const corpus = mentionIndexes(paragraphs);
const terms = (words: string) => words.split(' ').map(stem);
const everywhere = () => true;
const written = (text: string, words: string) => occurrences(text, terms(words)).map((s) => text.slice(s.start, s.end));

describe('occurrences', () => {
  it('finds a word in any of its forms, and words side by side in order, skipping function words but not punctuation', () => {
    expect(written(paragraphs[0]!.text, 'trade')).toEqual(['traded', 'trade', 'trade']);
    expect(written(paragraphs[2]!.text, 'foreign trade')).toEqual(['foreign trade']);
    expect(written(paragraphs[2]!.text, 'trade foreign')).toEqual([]);
    expect(written(paragraphs[1]!.text, 'spirit self reliance')).toEqual(['spirit of self-reliance', 'spirit of self-reliance']);
  });
});

describe('wordGroups', () => {
  it('parts the words to count at commas and conjunctions, not inside a phrase', () => {
    const groups = (text: string) => wordGroups(text, contentTokens(text)).map((g) => g.map((t) => t.word).join(' '));
    expect(groups('Juche, self-reliance and foreign trade')).toEqual(['juche', 'self reliance', 'foreign trade']);
    expect(groups('independence or sovereignty; aid / loans')).toEqual(['independence', 'sovereignty', 'aid', 'loans']);
    expect(groups('the spirit of independent national economy')).toEqual(['spirit independent national economy']);
  });
});

describe('nameForms', () => {
  const english = new Set(['music', 'musician', 'china', 'japan', 'history', 'historian']);
  const texts = new Set(['japanese', 'korean', 'chinese', 'egyptian', 'european', 'iraqi', 'musician', 'historian', 'african', 'africans']);
  const forms = (word: string) => nameForms(word, (w) => texts.has(w), (w) => english.has(w));

  it("finds a name's adjective or people as the texts write it", () => {
    expect(forms('Japan')).toEqual(['japanese']);
    expect(forms('korea')).toEqual(['korean']);
    expect(forms('China')).toEqual(['chinese']);
    expect(forms('Egypt')).toEqual(['egyptian']);
    expect(forms('Europe')).toEqual(['european']);
    expect(forms('Iraq')).toEqual(['iraqi']);
    expect(forms('Africa')).toEqual(['african']);
  });

  it('not another English word made from it, nor a form the texts never use', () => {
    expect(forms('music')).toEqual([]);
    expect(forms('history')).toEqual([]);
    expect(forms('Peru')).toEqual([]);
    expect(forms('trade')).toEqual([]);
  });
});

describe('countMentions', () => {
  it('counts a word in every paragraph that holds it, as occurrences finds it there', async () => {
    const counted = await countMentions(corpus, terms('trade'), everywhere);
    expect(counted).toEqual([
      { paragraph: 0, count: 3 },
      { paragraph: 2, count: 2 },
    ]);
    for (const { paragraph, count } of counted) expect(occurrences(paragraphs[paragraph]!.text, terms('trade'))).toHaveLength(count);
  });

  it('counts words side by side within sentences, never across a sentence end', async () => {
    expect(await countMentions(corpus, terms('foreign trade'), everywhere)).toEqual([
      { paragraph: 0, count: 1 },
      { paragraph: 2, count: 1 },
    ]);
    // "… revolutionary spirit. Self-reliance first!" is not one.
    expect(await countMentions(corpus, terms('spirit self reliance'), everywhere)).toEqual([{ paragraph: 1, count: 2 }]);
    expect(await countMentions(corpus, terms('trade foreign'), everywhere)).toEqual([]);
  });

  it('reads only the paragraphs it is allowed to, and finds nothing for no words or words never used', async () => {
    expect(await countMentions(corpus, terms('trade'), (p) => p !== 0)).toEqual([{ paragraph: 2, count: 2 }]);
    expect(await countMentions(corpus, terms('foreign trade'), (p) => p !== 0)).toEqual([{ paragraph: 2, count: 1 }]);
    expect(await countMentions(corpus, [], everywhere)).toEqual([]);
    expect(await countMentions(corpus, terms('protectionism'), everywhere)).toEqual([]);
    expect(await countMentions(corpus, terms('foreign protectionism'), everywhere)).toEqual([]);
  });

  it('counts every sentence when they are more than one slice between two turns of the event loop', async () => {
    const many = Array.from({ length: 2500 }, (_, i) => ({ text: i % 2 ? 'Foreign trade grew. Trade, foreign or not.' : 'No such words.' }));
    const big = mentionIndexes(many);
    const counted = await countMentions(big, terms('foreign trade'), everywhere);
    expect(counted).toHaveLength(1250);
    expect(counted.every((m, i) => m.paragraph === 2 * i + 1 && m.count === 1)).toBe(true);
  });
});
