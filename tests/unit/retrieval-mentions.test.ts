import { describe, expect, it } from 'vitest';
import { knownWordsOf } from '../../server/retrieval/abstain.ts';
import { sameWordInflected } from '../../server/retrieval/inflections.ts';
import { countMentions, heldInMetadata, nameForms, nameOfForm, occurrences, phraseOf, quotedWords, wordGroups } from '../../server/retrieval/mentions.ts';
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
const phrase = (words: string) => ({ terms: terms(words) });
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
    // A question joined after another ("… Africa? Which countries there?") is no phrase with it.
    expect(groups('mention Africa? Which countries there?')).toEqual(['africa', 'countries']);
    expect(groups('Africa. Countries')).toEqual(['africa', 'countries']);
    // A phrase in quotation marks is one, "and" and all; a mark left unpaired pairs across no sentence.
    expect(groups('"self-reliance and fortitude"')).toEqual(['self reliance fortitude']);
    expect(groups('“Juche and self-reliance” or trade')).toEqual(['juche self reliance', 'trade']);
    expect(groups('a "blooming mill? and aid"')).toEqual(['blooming mill', 'aid']);
  });
});

describe('quotedWords', () => {
  it('gives the words of each phrase quoted, function words too', () => {
    expect(quotedWords('How many times does he say "by our own efforts" or “self-reliance and fortitude”?').map((p) => p.map((t) => t.word).join(' '))).toEqual(['by our own efforts', 'self reliance and fortitude']);
    expect(quotedWords('How often does he say our own efforts?')).toEqual([]);
    expect(quotedWords("How often does he say 'our own efforts'?").map((p) => p.map((t) => t.word).join(' '))).toEqual(['our own efforts']);
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

  it('reads back the name an adjective the texts use is of, when the texts use the name too', () => {
    const named = new Set([...texts, 'korea', 'iraq', 'africa', 'music']);
    const nameOf = (word: string) => nameOfForm(word, (w) => named.has(w), (w) => english.has(w));
    expect(['Korean', 'iraqi', 'African'].map(nameOf)).toEqual(['korea', 'iraq', 'africa']);
    // "Japan" the texts never write; "musician" is a word of its own; "war" no form of anything.
    expect(['Japanese', 'musician', 'war'].map(nameOf)).toEqual([null, null, null]);
  });
});

describe('heldInMetadata', () => {
  const talk = { id: 't', title: 'Talk to the director of the Ecuadorian publishing house Voluntad', date: '1974-10-09', year: 1974, author: 'Kim Il Sung', file: 'x', occasion: 'At the Non-Aligned conference' };
  const phrase = (words: string) => ({ terms: contentTokens(words).map((t) => t.term) });
  it('finds words no passage holds in a title, else an occasion, as written there', () => {
    expect(heldInMetadata(talk, phrase('ecuadorian'))).toEqual({ work: talk, field: 'title', written: 'Ecuadorian' });
    expect(heldInMetadata(talk, phrase('publishing houses'))).toEqual({ work: talk, field: 'title', written: 'publishing house' });
    expect(heldInMetadata(talk, phrase('non-aligned conference'))).toEqual({ work: talk, field: 'occasion', written: 'Non-Aligned conference' });
    expect(heldInMetadata(talk, phrase('house publishing'))).toBeNull();
    expect(heldInMetadata(talk, phrase('peru'))).toBeNull();
  });
});

describe('countMentions', () => {
  it('counts a word in every paragraph that holds it, as occurrences finds it there', async () => {
    const counted = await countMentions(corpus, phrase('trade'), everywhere);
    expect(counted).toEqual([
      { paragraph: 0, count: 3 },
      { paragraph: 2, count: 2 },
    ]);
    for (const { paragraph, count } of counted) expect(occurrences(paragraphs[paragraph]!.text, terms('trade'))).toHaveLength(count);
  });

  it('counts words side by side within sentences, never across a sentence end', async () => {
    expect(await countMentions(corpus, phrase('foreign trade'), everywhere)).toEqual([
      { paragraph: 0, count: 1 },
      { paragraph: 2, count: 1 },
    ]);
    // "… revolutionary spirit. Self-reliance first!" is not one.
    expect(await countMentions(corpus, phrase('spirit self reliance'), everywhere)).toEqual([{ paragraph: 1, count: 2 }]);
    expect(await countMentions(corpus, phrase('trade foreign'), everywhere)).toEqual([]);
  });

  it('reads only the paragraphs it is allowed to, and finds nothing for no words or words never used', async () => {
    expect(await countMentions(corpus, phrase('trade'), (p) => p !== 0)).toEqual([{ paragraph: 2, count: 2 }]);
    expect(await countMentions(corpus, phrase('foreign trade'), (p) => p !== 0)).toEqual([{ paragraph: 2, count: 1 }]);
    expect(await countMentions(corpus, { terms: [] }, everywhere)).toEqual([]);
    expect(await countMentions(corpus, phrase('protectionism'), everywhere)).toEqual([]);
    expect(await countMentions(corpus, phrase('foreign protectionism'), everywhere)).toEqual([]);
  });

  it('counts every sentence when they are more than one slice between two turns of the event loop', async () => {
    const many = Array.from({ length: 2500 }, (_, i) => ({ text: i % 2 ? 'Foreign trade grew. Trade, foreign or not.' : 'No such words.' }));
    const big = mentionIndexes(many);
    const counted = await countMentions(big, phrase('foreign trade'), everywhere);
    expect(counted).toHaveLength(1250);
    expect(counted.every((m, i) => m.paragraph === 2 * i + 1 && m.count === 1)).toBe(true);
  });
});

describe('the words a stem stands for', () => {
  it('joins a word and its regular inflections, not the other words of its Porter stem', () => {
    for (const [a, b] of [['import', 'imports'], ['imported', 'importing'], ['industry', 'industries'], ['plan', 'planned'], ['rely', 'relied'], ['hope', 'hoping'], ['labour', 'labors'], ['crisis', 'crises'], ['emphases', 'emphasis']]) {
      expect(sameWordInflected(a!, b!), `${a} ${b}`).toBe(true);
    }
    for (const [a, b] of [['import', 'important'], ['imports', 'importance'], ['industrialization', 'industry'], ['communism', 'community'], ['develop', 'development'], ['general', 'generate']]) {
      expect(stem(a!), `${a} ${b} share a stem`).toBe(stem(b!));
      expect(sameWordInflected(a!, b!), `${a} ${b}`).toBe(false);
    }
  });

  it('counts "imports" as import, imports and imported, not as important or importance', async () => {
    const texts = [{ text: 'It is important to import machines. Imports grew.' }, { text: 'Of great importance: what we imported.' }, { text: 'Nothing important.' }];
    const vocabulary = knownWordsOf(texts.flatMap((p) => contentTokens(p.text).map((t) => t.word)));
    const imports = phraseOf(contentTokens('imports'), vocabulary);
    expect(imports).toEqual({ terms: [stem('imports')], written: [['import', 'imported', 'imports']] });
    expect(await countMentions(mentionIndexes(texts), imports, everywhere)).toEqual([
      { paragraph: 0, count: 2 },
      { paragraph: 1, count: 1 },
    ]);
    expect(occurrences(texts[0]!.text, imports.terms, imports.written).map((s) => texts[0]!.text.slice(s.start, s.end))).toEqual(['import', 'Imports']);
    // A stem that stands for no other word counts from the postings, as before.
    expect(phraseOf(contentTokens('machines'), vocabulary)).toEqual({ terms: [stem('machines')] });
  });
});
