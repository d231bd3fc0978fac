/**
 * The corpus prepared for ranking (pure): lexical indexes over paragraphs and sentences, and the
 * vector matrices of paragraph windows and sentence pieces with the paragraph or sentence each row belongs to.
 * The text indexes are made at build time (`textIndexes`) and stored with the index.
 */
import type { Paragraph, Work } from '../corpus/types.ts';
import { knownWordsOf, type KnownWords } from './abstain.ts';
import { addSpelledOut, recurringAcronyms, type AcronymCounts } from './acronyms.ts';
import type { DenseMatrix, SignIndex } from './dense.ts';
import { buildLexicalIndex, type LexicalIndex } from './lexical.ts';
import type { EnglishWords } from './lexicon.ts';
import { corpusAuthors, nameWords, type CorpusAuthors } from './authors.ts';
import { yearsNamed } from './query.ts';
import { sentenceSpans, tokenize, type Span } from './text.ts';

/** Rows of a matrix grouped by owner: the rows of owner i are `start[i]` … `start[i + 1] - 1`. */
export interface OwnedRows {
  matrix: DenseMatrix;
  start: Uint32Array;
}

/**
 * What the ranker derives from the texts alone: made once when the index is built and stored with it, since
 * tokenizing 100k paragraphs again at every start took ~15 s.
 */
export interface TextIndexes {
  paragraphLexical: LexicalIndex;
  sentenceLexical: LexicalIndex;
  /** Every sentence of every paragraph, in order: its paragraph (index) and its span in the paragraph's text. */
  sentenceParagraph: Uint32Array;
  sentenceStart: Uint32Array;
  sentenceEnd: Uint32Array;
  /** Every distinct word (lowercased) of the texts, titles and occasions. */
  vocabulary: readonly string[];
  /** Every year the texts, titles and occasions name, a range ("from 1945 to 1956") or decade as all its years; ascending. */
  years: readonly number[];
  /** Acronyms the texts spell out more than once, with their words ("nam" → "Non-Aligned Movement"; `acronyms.ts`). */
  acronyms: readonly (readonly [string, string])[];
}

export interface PreparedCorpus {
  works: Map<string, Work>;
  paragraphs: Paragraph[];
  paragraphWork: Work[];
  paragraphLexical: LexicalIndex;
  /**
   * Every sentence of every paragraph, in order: its paragraph and span in its text, as typed arrays (`sentenceAt`); as
   * objects, 100k paragraphs' sentences took some 30 MB.
   */
  sentences: { paragraph: Uint32Array; start: Uint32Array; end: Uint32Array };
  /** For each paragraph, its first sentence; its sentences run to the next one's first (`sentencesOf`). */
  paragraphSentences: Uint32Array;
  sentenceLexical: LexicalIndex;
  /** Window vectors, owned by paragraphs (also as the owner of each row), with their sign bits for a first pass over a large corpus. */
  windows: OwnedRows & { owner: Uint32Array; signs: SignIndex };
  /** Sentence-piece vectors, owned by sentences. */
  pieces: OwnedRows;
  /** The works' distinct authors, and the primary one. */
  authors: CorpusAuthors;
  /** Words that name authors: metadata, not content to match in the text. */
  metadataWords: Set<string>;
  /** Years the corpus is from or speaks about. */
  years: Set<number>;
  /** Every word of the texts, titles and occasions (lowercased), to tell whether a name occurs at all. */
  knownWords: KnownWords;
  /** General English, to tell a name typed in lower case from an ordinary word. */
  englishWords: EnglishWords;
  /** The spellings of one variety of English alone (`lexicon.ts`): "defense" for texts that write "defence". */
  varietySpellings: ReadonlySet<string>;
  /** Acronyms the texts spell out, lower case → their words. */
  acronyms: ReadonlyMap<string, string>;
  /**
   * Working space of one ranking, reused by the next (a ranking runs synchronously and keeps none of it): at
   * 100k paragraphs, fresh arrays of this size for every question brought a full garbage collection, a pause of
   * 25-70 ms, every few questions.
   */
  scratch: { lexical: Float64Array; dense: Float64Array; similarity: Float32Array; fused: Float64Array; signDistance: Uint16Array };
}

/** Vectors with the owner (paragraph or sentence index) of each row, in ascending order. */
export interface OwnedVectors {
  matrix: DenseMatrix;
  owner: ArrayLike<number>;
}

export interface PrepareInput {
  works: readonly Work[];
  paragraphs: readonly Paragraph[];
  text: TextIndexes;
  /** Window vectors, owned by paragraphs, with their sign bits (`signIndex`). */
  windows: OwnedVectors & { signs: SignIndex };
  /** Sentence-piece vectors, owned by sentences (indexes into the text indexes' sentences). */
  pieces: OwnedVectors;
  /** General English words, and the spellings of one variety alone (`lexicon.ts`). */
  englishWords: EnglishWords;
  varietySpellings: ReadonlySet<string>;
}

const terms = (text: string) => tokenize(text).map((t) => t.term);

/** Term lists made one at a time as the lexical index consumes them: never all held at once (~130 MB at 100k paragraphs). */
function* termLists<T>(items: readonly T[], text: (item: T) => string): Generator<string[]> {
  for (const item of items) yield terms(text(item));
}

export function textIndexes(works: readonly Work[], paragraphs: readonly Paragraph[]): TextIndexes {
  const sentences: { paragraph: number; span: Span }[] = [];
  paragraphs.forEach((p, i) => {
    for (const span of sentenceSpans(p.text)) sentences.push({ paragraph: i, span });
  });
  const vocabulary = new Set<string>();
  const years = new Set<number>();
  const acronyms: AcronymCounts = new Map();
  const addWords = (text: string, tokens = tokenize(text)) => {
    for (const t of tokens) vocabulary.add(t.word);
    for (const y of yearsNamed(text)) years.add(y);
    addSpelledOut(text, tokens, acronyms);
  };
  for (const w of works) addWords(`${w.title} ${w.occasion ?? ''}`);
  function* paragraphTerms(): Generator<string[]> {
    for (const p of paragraphs) {
      const tokens = tokenize(p.text);
      addWords(p.text, tokens);
      yield tokens.map((t) => t.term);
    }
  }
  const paragraphLexical = buildLexicalIndex(paragraphTerms());
  return {
    paragraphLexical,
    sentenceLexical: buildLexicalIndex(termLists(sentences, (s) => paragraphs[s.paragraph]!.text.slice(s.span.start, s.span.end))),
    sentenceParagraph: Uint32Array.from(sentences, (s) => s.paragraph),
    sentenceStart: Uint32Array.from(sentences, (s) => s.span.start),
    sentenceEnd: Uint32Array.from(sentences, (s) => s.span.end),
    vocabulary: [...vocabulary],
    years: [...years].sort((a, b) => a - b),
    acronyms: recurringAcronyms(acronyms),
  };
}

/** Sentence `s` of the corpus: its paragraph (index) and its span in the paragraph's text. */
export function sentenceAt(corpus: Pick<PreparedCorpus, 'sentences'>, s: number): { paragraph: number; span: Span } {
  const { paragraph, start, end } = corpus.sentences;
  return { paragraph: paragraph[s]!, span: { start: start[s]!, end: end[s]! } };
}

/** The sentences (indexes) of paragraph `p`, in order. */
export function sentencesOf(corpus: Pick<PreparedCorpus, 'paragraphSentences'>, p: number): number[] {
  const { paragraphSentences: first } = corpus;
  return Array.from({ length: first[p + 1]! - first[p]! }, (_, i) => first[p]! + i);
}

/** CSR offsets from an ascending owner-per-row list. */
function ownerStarts(owners: ArrayLike<number>, ownerCount: number): Uint32Array {
  const start = new Uint32Array(ownerCount + 1);
  for (let r = 0; r < owners.length; r++) start[owners[r]! + 1]!++;
  for (let i = 0; i < ownerCount; i++) start[i + 1]! += start[i]!;
  return start;
}

export function prepareCorpus(input: PrepareInput): PreparedCorpus {
  const { text } = input;
  const works = new Map(input.works.map((w) => [w.id, w]));
  const authors = corpusAuthors(input.works);
  const paragraphs = [...input.paragraphs];
  const sentences = { paragraph: text.sentenceParagraph, start: text.sentenceStart, end: text.sentenceEnd };
  const years = new Set<number>();
  for (const w of input.works) if (w.year !== null) years.add(w.year);
  for (const y of text.years) years.add(y);
  return {
    works,
    paragraphs,
    paragraphWork: paragraphs.map((p) => works.get(p.workId)!),
    paragraphLexical: text.paragraphLexical,
    sentences,
    paragraphSentences: ownerStarts(sentences.paragraph, paragraphs.length),
    sentenceLexical: text.sentenceLexical,
    windows: {
      matrix: input.windows.matrix,
      start: ownerStarts(input.windows.owner, paragraphs.length),
      owner: Uint32Array.from(input.windows.owner),
      signs: input.windows.signs,
    },
    pieces: { matrix: input.pieces.matrix, start: ownerStarts(input.pieces.owner, sentences.paragraph.length) },
    authors,
    metadataWords: new Set(authors.all.flatMap(nameWords)),
    years,
    knownWords: knownWordsOf(text.vocabulary),
    englishWords: input.englishWords,
    varietySpellings: input.varietySpellings,
    acronyms: new Map(text.acronyms),
    scratch: {
      lexical: new Float64Array(paragraphs.length),
      dense: new Float64Array(paragraphs.length),
      similarity: new Float32Array(paragraphs.length),
      fused: new Float64Array(paragraphs.length),
      signDistance: new Uint16Array(input.windows.matrix.rows),
    },
  };
}
