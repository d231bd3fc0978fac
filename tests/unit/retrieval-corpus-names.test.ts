import { describe, expect, it } from 'vitest';
import { withCorpusNames } from '../../server/retrieval/corpus-names.ts';
import { parseQuery } from '../../server/retrieval/query.ts';
import { mentionIndexes } from '../support/mention-indexes.ts';

const paragraphs = [
  { text: 'This was the origin of the Chollima Movement. The Chollima Movement spread.' },
  { text: 'The movement grew. Foreign trade grew too, and the chollima spirit with it.' },
  { text: 'The Chollima Spirit lives. The chollima spirit of the workers.' },
  { text: 'Help came from the Soviet Union. The Soviet technicians left.' },
];
const corpus = mentionIndexes(paragraphs);
const english = new Map([['movement', 10], ['foreign', 10], ['trade', 10], ['spirit', 10], ['origin', 10], ['soviet', 35], ['union', 10]]);
const phrases = (question: string) => withCorpusNames(parseQuery(question, new Set()), corpus, english).namePhrases.map((run) => run.map((t) => t.word).join(' '));

describe('withCorpusNames', () => {
  it('reads two words as the name the texts write with capitals, however the question types them', () => {
    expect(phrases('What did he say about the chollima movement?')).toEqual(['chollima movement']);
    expect(phrases('What did he say about the Chollima movement?')).toEqual(['chollima movement']);
    expect(withCorpusNames(parseQuery('the chollima movement', new Set()), corpus, english).names).toEqual(new Set(['chollima', 'movement']));
  });

  it('not words the texts write in lower case more often than not, nor two words of general English', () => {
    // "Chollima Spirit" once, "chollima spirit" twice.
    expect(phrases('the chollima spirit')).toEqual([]);
    expect(phrases('foreign trade')).toEqual([]);
    expect(phrases('movement origin')).toEqual([]);
  });

  it('reads two words of general English as a name the texts write so when the question marks no name at all', () => {
    // No capital but the sentence's first: the texts' capitals are the only witness.
    expect(phrases('What did he say about the soviet union?')).toEqual(['soviet union']);
    expect(phrases('what about the soviet union? and “the soviet union” in 1987')).toEqual(['soviet union', 'soviet union']);
    // Read as a name, they are no run of plain words (`commonestOfPairs` would take the commoner for no evidence).
    expect(withCorpusNames(parseQuery('the soviet union', new Set()), corpus, english).wordRuns).toEqual([]);
    // A question that marks a name of its own marks the others too: two English words it left in lower case stay words.
    expect(phrases('What did Kim say about the soviet union?')).toEqual([]);
    // Whether it marks any is read as typed, not as spelled out ("soviet union or USSR").
    expect(withCorpusNames(parseQuery('the soviet union or USSR', new Set()), corpus, english, 'the soviet union').namePhrases.map((run) => run.map((t) => t.word).join(' '))).toEqual(['soviet union']);
  });

  it('leaves a question as it is when it adds no name', () => {
    const query = parseQuery('What about foreign trade?', new Set());
    expect(withCorpusNames(query, corpus, english)).toBe(query);
  });
});
