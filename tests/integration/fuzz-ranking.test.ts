/**
 * The fast paths of ranking checked against the plain versions they replaced, on random inputs (fast-check):
 * top-k selection against a full sort, work diversity without sorting, the eight-rows-at-a-time cosine
 * against a row-by-row loop (bit for bit), the streaming lexical index against one built from arrays, and
 * matrix views against copies.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { cosineScores, toMatrix } from '../../server/retrieval/dense.ts';
import { diversifiedTop, diversifyByWork } from '../../server/retrieval/diversify.ts';
import { rankOf, topIndexes } from '../../server/retrieval/fusion.ts';
import { bm25Scores, bm25ScoresOf, buildLexicalIndex } from '../../server/retrieval/lexical.ts';

let cases = 0;
afterAll(() => console.log(`fuzz: ${cases} ranking cases run`));
const check = <Ts extends unknown[]>(property: fc.IPropertyWithHooks<Ts>, numRuns = 300) => fc.assert(property, { numRuns, seed: 7 });

// Few distinct values, so ties (broken by index) are common.
const scores = fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }).map((x) => x / 4), fc.double({ min: -1, max: 3, noNaN: true })), { maxLength: 300 });

describe('ranking fast paths give the same results as the plain versions', () => {
  it('topIndexes = rankOf → filter → slice', () => {
    check(
      fc.property(scores, fc.integer({ min: 0, max: 70 }), fc.integer({ min: 1, max: 5 }), (s, m, mod) => {
        cases++;
        const accept = (i: number) => i % mod !== 1;
        expect(topIndexes(s, m, accept)).toEqual(rankOf(s).filter(accept).slice(0, m));
      }),
    );
  });

  it('diversifiedTop = diversifyByWork over the full ranking', () => {
    check(
      fc.property(scores, fc.integer({ min: 1, max: 70 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 4 }), (s, k, floor, works, mod) => {
        cases++;
        const workOf = (i: number) => `w${Math.floor((i * 7) / 3) % works}`;
        const accept = (i: number) => i % mod !== 2;
        const full = rankOf(s)
          .filter(accept)
          .map((index) => ({ index, score: s[index]!, workId: workOf(index) }));
        expect(diversifiedTop(s, k, floor, workOf, accept)).toEqual(diversifyByWork(full, k, floor).map((c) => c.index));
      }),
    );
  });

  it('cosineScores is bit for bit the row-by-row dot product', () => {
    const vector = (d: number) => fc.array(fc.float({ min: -1, max: 1, noNaN: true }), { minLength: d, maxLength: d }).map((v) => Float32Array.from(v));
    check(
      fc.property(
        fc.integer({ min: 1, max: 24 }).chain((d) => fc.tuple(fc.constant(d), fc.array(vector(d), { maxLength: 40 }), vector(d))),
        ([d, rows, query]) => {
          cases++;
          const matrix = toMatrix(rows, d);
          const plain = new Float32Array(rows.length);
          rows.forEach((row, r) => {
            let dot = 0;
            for (let i = 0; i < d; i++) dot += row[i]! * query[i]!;
            plain[r] = dot;
          });
          expect([...cosineScores(matrix, query)].map((x) => Object.is(x, -0) ? '-0' : x)).toEqual([...plain].map((x) => Object.is(x, -0) ? '-0' : x));
        },
      ),
      200,
    );
  });

  it('a lexical index built from a generator equals one built from arrays', () => {
    const term: fc.Arbitrary<string> = fc.constantFrom('self', 'relianc', 'coal', 'fertil', 'trade', 'export', 'spirit', 'x');
    check(
      fc.property(fc.array(fc.array(term, { maxLength: 30 }), { maxLength: 60 }), (docs) => {
        cases++;
        function* one() {
          for (const d of docs) yield d;
        }
        const a = buildLexicalIndex(docs);
        const b = buildLexicalIndex(one());
        expect(b.docCount).toBe(docs.length);
        expect([...b.lengths]).toEqual(docs.map((d) => d.length));
        expect(b.avgLength).toBe(a.avgLength);
        expect([...b.postings.keys()]).toEqual([...a.postings.keys()]);
        for (const [t, p] of a.postings) {
          expect([...b.postings.get(t)!.docs]).toEqual([...p.docs]);
          expect([...b.postings.get(t)!.tfs]).toEqual([...p.tfs]);
          expect([...p.docs]).toEqual(docs.flatMap((d, i) => (d.includes(t) ? [i] : [])));
          expect([...p.tfs]).toEqual(docs.filter((d) => d.includes(t)).map((d) => d.filter((x) => x === t).length));
        }
      }),
      200,
    );
  });

  it('BM25 of a subset of documents (merged with the postings) equals the full scores of those documents', () => {
    const term: fc.Arbitrary<string> = fc.constantFrom('self', 'relianc', 'coal', 'trade', 'x');
    check(
      fc.property(fc.array(fc.array(term, { maxLength: 20 }), { minLength: 1, maxLength: 60 }), fc.array(fc.nat(), { maxLength: 60 }), fc.subarray(['self', 'coal', 'x', 'absent']), (docs, picks, words) => {
        cases++;
        const index = buildLexicalIndex(docs);
        const subset = Uint32Array.from(new Set(picks.map((p) => p % docs.length))).sort();
        const query = words.map((w, i) => ({ term: w, weight: 1 + i / 2 }));
        const full = bm25Scores(index, query);
        expect([...bm25ScoresOf(index, query, subset)]).toEqual(Array.from(subset, (d) => full[d]!));
      }),
      200,
    );
  });

  it('toMatrix views vectors that lie back to back in one buffer and copies any others', () => {
    const backing = new Float32Array(12).map((_, i) => i);
    const rows = [0, 1, 2].map((r) => backing.subarray(r * 4, r * 4 + 4));
    const view = toMatrix(rows, 4);
    expect(view.data.buffer).toBe(backing.buffer);
    expect([...view.data]).toEqual([...backing]);
    const shuffled = toMatrix([rows[1]!, rows[0]!, rows[2]!], 4);
    expect(shuffled.data.buffer).not.toBe(backing.buffer);
    expect([...shuffled.data]).toEqual([4, 5, 6, 7, 0, 1, 2, 3, 8, 9, 10, 11]);
    expect(() => toMatrix([new Float32Array(3)], 4)).toThrow(/3 dimensions, expected 4/);
  });
});
