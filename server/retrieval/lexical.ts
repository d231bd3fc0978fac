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

/** BM25 score of every document for the weighted query (0 where nothing matches), into `scores` when given. */
export function bm25Scores(index: LexicalIndex, query: readonly WeightedTerm[], scores: Float64Array = new Float64Array(index.docCount)): Float64Array {
  scores.fill(0);
  for (const { term, weight } of query) {
    const posting = index.postings.get(term);
    if (!posting) continue;
    const termIdf = idf(index, term) * weight;
    for (let i = 0; i < posting.docs.length; i++) scores[posting.docs[i]!]! += termScore(index, termIdf, posting.docs[i]!, posting.tfs[i]!);
  }
  return scores;
}

/**
 * BM25 scores of the documents `docs` only (ascending), in that order, the rest of the corpus skipped: each
 * term's postings (also ascending) are merged with the list, with no lookup per posting.
 */
export function bm25ScoresOf(index: LexicalIndex, query: readonly WeightedTerm[], docs: ArrayLike<number>): Float64Array {
  const scores = new Float64Array(docs.length);
  for (const { term, weight } of query) {
    const posting = index.postings.get(term);
    if (!posting) continue;
    const termIdf = idf(index, term) * weight;
    for (let i = 0, j = 0; i < posting.docs.length && j < docs.length; ) {
      const doc = posting.docs[i]!;
      if (doc < docs[j]!) i++;
      else if (doc > docs[j]!) j++;
      else scores[j++]! += termScore(index, termIdf, doc, posting.tfs[i++]!);
    }
  }
  return scores;
}

function termScore(index: LexicalIndex, termIdf: number, doc: number, tf: number): number {
  const { k1, b } = BM25;
  const norm = k1 * (1 - b + (b * index.lengths[doc]!) / (index.avgLength || 1));
  return (termIdf * (tf * (k1 + 1))) / (tf + norm);
}

const LEXICAL_MAGIC = 0x3158454c; // 'LEX1', little-endian

/**
 * The index as one binary block, to be written to disk and read back without rebuilding it: a header (magic,
 * document count, term count, posting count, average length), then the document lengths, each term's first
 * posting, all postings' documents and term frequencies, and the terms joined by newlines. Every section starts
 * on a 4-byte boundary, so decoding hands out views of the block instead of copies.
 */
export function encodeLexicalIndex(index: LexicalIndex): Uint8Array {
  const terms = [...index.postings.keys()];
  if (terms.some((t) => t.includes('\n'))) throw new Error('a lexical term contains a newline');
  const postingCount = terms.reduce((n, t) => n + index.postings.get(t)!.docs.length, 0);
  const termBytes = Buffer.from(terms.join('\n'), 'utf8');
  const layout = lexicalLayout(index.docCount, terms.length, postingCount);
  const out = new Uint8Array(layout.terms + termBytes.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, LEXICAL_MAGIC, true);
  view.setUint32(4, index.docCount, true);
  view.setUint32(8, terms.length, true);
  view.setUint32(12, postingCount, true);
  view.setFloat64(16, index.avgLength, true);
  view.setUint32(24, termBytes.length, true);
  new Uint32Array(out.buffer, layout.lengths, index.docCount).set(index.lengths);
  const starts = new Uint32Array(out.buffer, layout.starts, terms.length + 1);
  const docs = new Uint32Array(out.buffer, layout.docs, postingCount);
  const tfs = new Uint16Array(out.buffer, layout.tfs, postingCount);
  let at = 0;
  terms.forEach((term, i) => {
    const posting = index.postings.get(term)!;
    starts[i] = at;
    docs.set(posting.docs, at);
    tfs.set(posting.tfs, at);
    at += posting.docs.length;
  });
  starts[terms.length] = at;
  out.set(termBytes, layout.terms);
  return out;
}

/** The index an `encodeLexicalIndex` block holds; throws on a block that is not one. */
export function decodeLexicalIndex(block: Uint8Array): LexicalIndex {
  // Typed-array views need the block 4-byte aligned in its buffer; a Buffer from a file read may not be.
  const bytes = block.byteOffset % 4 === 0 ? block : new Uint8Array(block);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 28 || view.getUint32(0, true) !== LEXICAL_MAGIC) throw new Error('not a lexical index block');
  const [docCount, termCount, postingCount, termLength] = [view.getUint32(4, true), view.getUint32(8, true), view.getUint32(12, true), view.getUint32(24, true)];
  const layout = lexicalLayout(docCount, termCount, postingCount);
  if (bytes.byteLength !== layout.terms + termLength) throw new Error(`lexical index block has ${bytes.byteLength} bytes, expected ${layout.terms + termLength}`);
  const at = (offset: number) => bytes.byteOffset + offset;
  const starts = new Uint32Array(bytes.buffer, at(layout.starts), termCount + 1);
  const docs = new Uint32Array(bytes.buffer, at(layout.docs), postingCount);
  const tfs = new Uint16Array(bytes.buffer, at(layout.tfs), postingCount);
  const terms = termCount ? Buffer.from(bytes.buffer, at(layout.terms), termLength).toString('utf8').split('\n') : [];
  if (terms.length !== termCount) throw new Error(`lexical index block lists ${terms.length} terms, expected ${termCount}`);
  const postings = new Map<string, { docs: Uint32Array; tfs: Uint16Array }>();
  terms.forEach((term, i) => postings.set(term, { docs: docs.subarray(starts[i]!, starts[i + 1]!), tfs: tfs.subarray(starts[i]!, starts[i + 1]!) }));
  return { docCount, avgLength: view.getFloat64(16, true), lengths: new Uint32Array(bytes.buffer, at(layout.lengths), docCount), postings };
}

/** Byte offsets of the sections of an encoded block. */
function lexicalLayout(docCount: number, termCount: number, postingCount: number) {
  const lengths = 32; // the 28-byte header, padded
  const starts = lengths + docCount * 4;
  const docs = starts + (termCount + 1) * 4;
  const tfs = docs + postingCount * 4;
  const terms = tfs + Math.ceil((postingCount * 2) / 4) * 4;
  return { lengths, starts, docs, tfs, terms };
}
