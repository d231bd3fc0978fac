/** The lexical index as one binary block: what is decoded scores exactly as what was built, on the real corpus. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../server/corpus/load.ts';
import type { Corpus } from '../../server/corpus/types.ts';
import { bm25Scores, buildLexicalIndex, decodeLexicalIndex, encodeLexicalIndex, type LexicalIndex } from '../../server/retrieval/lexical.ts';
import { tokenize } from '../../server/retrieval/text.ts';

const terms = (text: string) => tokenize(text).map((t) => t.term);
import { testConfig } from '../support/deps.ts';

let corpus: Corpus;
let built: LexicalIndex;
beforeAll(async () => {
  corpus = await loadCorpus(testConfig().CORPUS_DIR);
  built = buildLexicalIndex(corpus.paragraphs.map((p) => terms(p.text)));
});

describe('a lexical index encoded as one binary block', () => {
  it('decodes to the same documents, lengths and postings', () => {
    const decoded = decodeLexicalIndex(encodeLexicalIndex(built));
    expect(decoded.docCount).toBe(corpus.paragraphs.length);
    expect(decoded.avgLength).toBe(built.avgLength);
    expect(Array.from(decoded.lengths)).toEqual(Array.from(built.lengths));
    expect([...decoded.postings.keys()]).toEqual([...built.postings.keys()]);
    for (const [term, p] of built.postings) {
      expect(Array.from(decoded.postings.get(term)!.docs)).toEqual(Array.from(p.docs));
      expect(Array.from(decoded.postings.get(term)!.tfs)).toEqual(Array.from(p.tfs));
    }
  });

  it('scores every paragraph exactly as the built index, read from an unaligned buffer too', () => {
    const block = encodeLexicalIndex(built);
    const unaligned = new Uint8Array(block.length + 1).subarray(1);
    unaligned.set(block);
    const query = terms('self-reliance in foreign trade and the technical revolution').map((term) => ({ term, weight: 1 }));
    expect(query.length).toBeGreaterThan(3);
    const want = Array.from(bm25Scores(built, query));
    expect(want.filter((x) => x > 0).length).toBeGreaterThan(10);
    expect(Array.from(bm25Scores(decodeLexicalIndex(block), query))).toEqual(want);
    expect(Array.from(bm25Scores(decodeLexicalIndex(unaligned), query))).toEqual(want);
  });

  it('refuses a block that is not one, or is cut short', () => {
    const block = encodeLexicalIndex(built);
    expect(() => decodeLexicalIndex(new Uint8Array(64))).toThrow(/not a lexical index block/);
    expect(() => decodeLexicalIndex(block.subarray(0, block.length - 3))).toThrow(/bytes, expected/);
  });

  it('encodes an empty index', () => {
    const empty = decodeLexicalIndex(encodeLexicalIndex(buildLexicalIndex([])));
    expect({ docCount: empty.docCount, terms: empty.postings.size }).toEqual({ docCount: 0, terms: 0 });
  });
});
