/** BM25 over stemmed terms, each query term with a weight (the answer layer weighs terms by their rarity). */

export interface WeightedTerm {
  term: string;
  /** 1 for a word of the question as the ranker searches it; the answer layer scales terms by their IDF. */
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

/**
 * One pass over the documents (an array, or a generator so their term lists never all exist at once), with
 * postings in typed arrays that double as they fill and are trimmed at the end: growing plain number[]
 * lists instead raised the peak memory of a 100k-paragraph start by ~400 MB.
 */
export function buildLexicalIndex(docs: Iterable<readonly string[]>): LexicalIndex {
  const lists = new Map<string, { docs: Uint32Array; tfs: Uint16Array; n: number }>();
  let lengths = new Uint32Array(1024);
  let count = 0;
  let total = 0;
  for (const terms of docs) {
    if (count === lengths.length) lengths = grown(lengths);
    lengths[count] = terms.length;
    total += terms.length;
    const counts = new Map<string, number>();
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [term, tf] of counts) {
      let list = lists.get(term);
      if (!list) lists.set(term, (list = { docs: new Uint32Array(4), tfs: new Uint16Array(4), n: 0 }));
      if (list.n === list.docs.length) {
        list.docs = grown(list.docs);
        list.tfs = grown(list.tfs);
      }
      list.docs[list.n] = count;
      list.tfs[list.n++] = Math.min(tf, 65535);
    }
    count++;
  }
  const postings = new Map<string, { docs: Uint32Array; tfs: Uint16Array }>();
  for (const [term, list] of lists) postings.set(term, { docs: list.docs.slice(0, list.n), tfs: list.tfs.slice(0, list.n) });
  return { docCount: count, avgLength: count ? total / count : 0, lengths: lengths.slice(0, count), postings };
}

function grown<T extends Uint32Array | Uint16Array>(a: T): T {
  const bigger = new (a.constructor as new (n: number) => T)(a.length * 2);
  bigger.set(a);
  return bigger;
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
  return accumulate(index, query, index.docCount, (doc) => doc);
}

/** BM25 scores of the documents in `slots` only (doc → position in the result), the rest of the corpus skipped. */
export function bm25ScoresOf(index: LexicalIndex, query: readonly WeightedTerm[], slots: ReadonlyMap<number, number>): Float64Array {
  return accumulate(index, query, slots.size, (doc) => slots.get(doc) ?? -1);
}

function accumulate(index: LexicalIndex, query: readonly WeightedTerm[], size: number, slotOf: (doc: number) => number): Float64Array {
  const scores = new Float64Array(size);
  const { k1, b } = BM25;
  for (const { term, weight } of query) {
    const posting = index.postings.get(term);
    if (!posting) continue;
    const termIdf = idf(index, term) * weight;
    for (let i = 0; i < posting.docs.length; i++) {
      const doc = posting.docs[i]!;
      const slot = slotOf(doc);
      if (slot < 0) continue;
      const tf = posting.tfs[i]!;
      const norm = k1 * (1 - b + (b * index.lengths[doc]!) / (index.avgLength || 1));
      scores[slot]! += (termIdf * (tf * (k1 + 1))) / (tf + norm);
    }
  }
  return scores;
}
