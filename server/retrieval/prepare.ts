/**
 * The corpus prepared for ranking (pure): lexical indexes over paragraphs and sentences, and the
 * vector matrices of paragraph windows and sentence pieces with the paragraph or sentence each row belongs to.
 */
import type { Paragraph, Work } from '../corpus/types.ts';
import { corpusYears } from './abstain.ts';
import type { VectorMatrix } from './dense.ts';
import { buildLexicalIndex, type LexicalIndex } from './lexical.ts';
import { sentenceSpans, tokenize, type Span } from './text.ts';

/** Rows of a matrix grouped by owner: the rows of owner i are `start[i]` … `start[i + 1] - 1`. */
export interface OwnedRows {
  matrix: VectorMatrix;
  start: Uint32Array;
}

export interface PreparedCorpus {
  works: Map<string, Work>;
  paragraphs: Paragraph[];
  paragraphWork: Work[];
  paragraphLexical: LexicalIndex;
  /** Every sentence of every paragraph, in order. */
  sentences: { paragraph: number; span: Span }[];
  /** For each paragraph, the indexes of its sentences. */
  paragraphSentences: number[][];
  sentenceLexical: LexicalIndex;
  /** Window vectors, owned by paragraphs. */
  windows: OwnedRows;
  /** Sentence-piece vectors, owned by sentences. */
  pieces: OwnedRows;
  /** Words that name authors: metadata, not content to match in the text. */
  metadataWords: Set<string>;
  /** Years the corpus is from or speaks about. */
  years: Set<number>;
  /** Every word of the texts, titles and occasions (lowercased), to tell whether a name occurs at all. */
  knownWords: Set<string>;
}

export interface PrepareInput {
  works: readonly Work[];
  paragraphs: readonly Paragraph[];
  windowVectors: VectorMatrix;
  /** The paragraph (index) of each window row, in ascending order. */
  windowParagraph: ArrayLike<number>;
  pieceVectors: VectorMatrix;
  /** The paragraph (index) of each piece row, and which of its sentences (from 0) the piece belongs to; ascending. */
  pieceParagraph: ArrayLike<number>;
  pieceSentence: ArrayLike<number>;
}

const terms = (text: string) => tokenize(text).map((t) => t.term);

/** Term lists made one at a time as the lexical index consumes them: never all held at once (~130 MB at 100k paragraphs). */
function* termLists<T>(items: readonly T[], text: (item: T) => string): Generator<string[]> {
  for (const item of items) yield terms(text(item));
}

/** CSR offsets from an ascending owner-per-row list. */
function ownerStarts(owners: ArrayLike<number>, ownerCount: number): Uint32Array {
  const start = new Uint32Array(ownerCount + 1);
  for (let r = 0; r < owners.length; r++) start[owners[r]! + 1]!++;
  for (let i = 0; i < ownerCount; i++) start[i + 1]! += start[i]!;
  return start;
}

export function prepareCorpus(input: PrepareInput): PreparedCorpus {
  const works = new Map(input.works.map((w) => [w.id, w]));
  const paragraphs = [...input.paragraphs];
  const sentences: { paragraph: number; span: Span }[] = [];
  const paragraphSentences: number[][] = [];
  paragraphs.forEach((p, i) => {
    paragraphSentences.push(sentenceSpans(p.text).map((span) => sentences.push({ paragraph: i, span }) - 1));
  });
  const workText = (w: Work) => `${w.title} ${w.occasion ?? ''}`;
  return {
    works,
    paragraphs,
    paragraphWork: paragraphs.map((p) => works.get(p.workId)!),
    paragraphLexical: buildLexicalIndex(termLists(paragraphs, (p) => p.text)),
    sentences,
    paragraphSentences,
    sentenceLexical: buildLexicalIndex(termLists(sentences, (s) => paragraphs[s.paragraph]!.text.slice(s.span.start, s.span.end))),
    windows: { matrix: input.windowVectors, start: ownerStarts(input.windowParagraph, paragraphs.length) },
    pieces: {
      matrix: input.pieceVectors,
      start: ownerStarts(
        Array.from({ length: input.pieceParagraph.length }, (_, r) => paragraphSentences[input.pieceParagraph[r]!]![input.pieceSentence[r]!]!),
        sentences.length,
      ),
    },
    metadataWords: new Set(input.works.flatMap((w) => w.author.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean))),
    years: corpusYears(input.works, paragraphs),
    knownWords: new Set([...paragraphs.map((p) => p.text), ...input.works.map(workText)].flatMap((t) => tokenize(t).map((x) => x.word))),
  };
}
