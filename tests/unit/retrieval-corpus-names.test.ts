import { describe, expect, it } from 'vitest';
import { withCorpusNames } from '../../server/retrieval/corpus-names.ts';
import { parseQuery } from '../../server/retrieval/query.ts';
import { mentionIndexes } from '../support/mention-indexes.ts';

const paragraphs = [
  { text: 'This was the origin of the Chollima Movement. The Chollima Movement spread.' },
  { text: 'The movement grew. Foreign trade grew too, and the chollima spirit with it.' },
  { text: 'The Chollima Spirit lives. The chollima spirit of the workers.' },
];
const corpus = mentionIndexes(paragraphs);
const english = new Map([['movement', 10], ['foreign', 10], ['trade', 10], ['spirit', 10], ['origin', 10]]);
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

  it('leaves a question as it is when it adds no name', () => {
    const query = parseQuery('What about foreign trade?', new Set());
    expect(withCorpusNames(query, corpus, english)).toBe(query);
  });
});
