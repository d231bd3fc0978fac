/** BM25 over stemmed terms, with weighted query terms so expansions can count for less than the words asked. */

export interface WeightedTerm {
  term: string;
  /** 1 for a word of the question; below 1 for an expansion (a near neighbour of a question word). */
  weight: number;
}

export interface LexicalIndex {
  readonly docCount: number;
  readonly avgLength: number;
  readonly lengths: Uint32Array;
  /** term → parallel arrays of doc indexes and term frequencies. */
  readonly postings: Map<string, { docs: Uint32Array; tfs: Uint16Array }>;
}

export const BM25 = { k1: 1.2, b: 0.75 } as const;

export function buildLexicalIndex(docs: readonly (readonly string[])[]): LexicalIndex {
  const lists = new Map<string, { docs: number[]; tfs: number[] }>();
  const lengths = new Uint32Array(docs.length);
  let total = 0;
  docs.forEach((terms, doc) => {
    lengths[doc] = terms.length;
    total += terms.length;
    const counts = new Map<string, number>();
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [term, tf] of counts) {
      let list = lists.get(term);
      if (!list) lists.set(term, (list = { docs: [], tfs: [] }));
      list.docs.push(doc);
      list.tfs.push(Math.min(tf, 65535));
    }
  });
  const postings = new Map<string, { docs: Uint32Array; tfs: Uint16Array }>();
  for (const [term, list] of lists) postings.set(term, { docs: Uint32Array.from(list.docs), tfs: Uint16Array.from(list.tfs) });
  return { docCount: docs.length, avgLength: docs.length ? total / docs.length : 0, lengths, postings };
}

export function documentFrequency(index: LexicalIndex, term: string): number {
  return index.postings.get(term)?.docs.length ?? 0;
}

/** Robertson–Spärck Jones IDF as in Lucene's BM25: always positive. */
export function idf(index: LexicalIndex, term: string): number {
  const df = documentFrequency(index, term);
  return Math.log(1 + (index.docCount - df + 0.5) / (df + 0.5));
}

/** BM25 score of every document for the weighted query (0 where nothing matches). */
export function bm25Scores(index: LexicalIndex, query: readonly WeightedTerm[]): Float64Array {
  const scores = new Float64Array(index.docCount);
  const { k1, b } = BM25;
  for (const { term, weight } of query) {
    const posting = index.postings.get(term);
    if (!posting) continue;
    const termIdf = idf(index, term) * weight;
    for (let i = 0; i < posting.docs.length; i++) {
      const doc = posting.docs[i]!;
      const tf = posting.tfs[i]!;
      const norm = k1 * (1 - b + (b * index.lengths[doc]!) / (index.avgLength || 1));
      scores[doc]! += (termIdf * (tf * (k1 + 1))) / (tf + norm);
    }
  }
  return scores;
}
