/**
 * What the server ranks with, made when an index generation is built and stored beside it as one file of
 * binary sections (`serving.bin`): the text indexes (lexical postings, sentence spans, vocabulary) and the
 * window and sentence-piece vectors as integer codes with their owners, and the windows' sign bits. A restart
 * reads it back as views of one buffer, checked by one checksum: no tokenizing, no unit list, no JSON of 400k
 * items. Windows get a second stage of int8 codes for what the first misses: they decide the paragraph ranking,
 * and with one stage one dev question's top passage changed (a near tie, 0.003 apart); sentence pieces, three
 * rows in four, get one stage.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Corpus } from '../corpus/types.ts';
import { signIndex, toMatrix, type CompactVectorMatrix, type SignIndex, type VectorMatrix } from '../retrieval/dense.ts';
import { decodeLexicalIndex, encodeLexicalIndex } from '../retrieval/lexical.ts';
import { textIndexes, type TextIndexes } from '../retrieval/prepare.ts';
import { meanRow, quantizeRows, quantizeWithResidual } from './compact.ts';
import { decodeSections, encodeSections, FormatMismatch } from './sections.ts';
import type { EmbeddingUnit } from './units.ts';

const SERVING_FILE = 'serving.bin';
/**
 * Bump when what the file is derived from changes: units (server/index/units.ts), sentence splitting or
 * tokenizing (server/retrieval/text.ts), the years a text names (server/retrieval/query.ts) or the acronyms it
 * spells out (server/retrieval/acronyms.ts). 2: years with their ranges and decades, and acronyms; 3: a function
 * word in capitals ("the US") is its own term; 4: a decade in capitals ("THE 1970S") is a decade; 5: an
 * initialism with dots ("U.S.") is one word; 6: British spellings stem as American ones ("labour", "labor"); 7: a doctrine in "-al" is a
 * term of its own ("imperialism", "imperialists"; not "imperial"); 8: a verb in "-ify" and its noun in "-ification" are one
 * term ("reunify", "reunification"); 9: a noun in "-sis" stems as its plural ("crisis", "crises").
 * tests/unit/serving-format.test.ts fails until it is bumped. An index whose file has another format is rebuilt,
 * reusing its vectors.
 */
export const SERVING_FORMAT = 9;

interface Owned<M> {
  matrix: M;
  /** The paragraph (windows) or sentence (pieces) each row belongs to, ascending. */
  owner: Uint32Array;
}

/** The index as the retriever takes it (retrieval/prepare.ts `PrepareInput` without the corpus). */
export interface ServingIndex<M = CompactVectorMatrix> {
  text: TextIndexes;
  /** Windows with their sign bits (taken from the float vectors), for a first pass over a large corpus. */
  windows: Owned<M> & { signs: SignIndex };
  pieces: Owned<M>;
}

/**
 * The serving index of a corpus from its units and their vectors, with float rows; `compactServing` makes
 * what is stored. Units are in `embeddingUnits` order, so owners come out ascending.
 */
export function floatServing(corpus: Corpus, units: readonly EmbeddingUnit[], vectorOf: (id: string) => Float32Array, dimensions: number): ServingIndex<VectorMatrix> {
  const text = textIndexes(corpus.works, corpus.paragraphs);
  const paragraphIndex = new Map(corpus.paragraphs.map((p, i) => [p.id, i]));
  const firstSentence = new Uint32Array(corpus.paragraphs.length);
  for (let s = text.sentenceParagraph.length - 1; s >= 0; s--) firstSentence[text.sentenceParagraph[s]!] = s;
  const rows = (kind: EmbeddingUnit['kind'], owner: (u: EmbeddingUnit) => number): Owned<VectorMatrix> => {
    const chosen = units.filter((u) => u.kind === kind);
    return { matrix: toMatrix(chosen.map((u) => vectorOf(u.id)), dimensions), owner: Uint32Array.from(chosen, owner) };
  };
  const windows = rows('paragraph', (u) => paragraphIndex.get(u.paragraphId)!);
  return {
    text,
    windows: { ...windows, signs: signIndex(windows.matrix, meanRow(windows.matrix.data, dimensions)) },
    pieces: rows('sentence', (u) => firstSentence[paragraphIndex.get(u.paragraphId)!]! + u.sentence!),
  };
}

export function compactServing(index: ServingIndex<VectorMatrix>): ServingIndex {
  const { windows, pieces } = index;
  return {
    text: index.text,
    windows: { matrix: quantizeWithResidual(windows.matrix.data, windows.matrix.dimensions, windows.signs.center), owner: windows.owner, signs: windows.signs },
    pieces: { matrix: quantizeRows(pieces.matrix.data, pieces.matrix.dimensions), owner: pieces.owner },
  };
}

export async function writeServingIndex(folder: string, index: ServingIndex): Promise<void> {
  const { text, windows, pieces } = index;
  const chunks = encodeSections(SERVING_FORMAT, {
    'lexical.paragraphs': encodeLexicalIndex(text.paragraphLexical),
    'lexical.sentences': encodeLexicalIndex(text.sentenceLexical),
    'sentences.paragraph': text.sentenceParagraph,
    'sentences.start': text.sentenceStart,
    'sentences.end': text.sentenceEnd,
    vocabulary: Buffer.from(text.vocabulary.join('\n'), 'utf8'),
    years: Uint32Array.from(text.years),
    acronyms: Buffer.from(JSON.stringify(text.acronyms), 'utf8'),
    'windows.codes': windows.matrix.codes,
    'windows.scales': windows.matrix.scales,
    'windows.owner': windows.owner,
    'windows.center': windows.matrix.center,
    'windows.residual.codes': windows.matrix.residual!.codes,
    'windows.residual.scales': windows.matrix.residual!.scales,
    'windows.signs': windows.signs.bits,
    'pieces.codes': pieces.matrix.codes,
    'pieces.scales': pieces.matrix.scales,
    'pieces.owner': pieces.owner,
    'pieces.center': pieces.matrix.center,
  });
  await writeFile(path.join(folder, SERVING_FILE), chunks);
}

/** The serving index of the generation in `folder`; throws a message naming the file and what is wrong with it. */
export async function readServingIndex(folder: string, dimensions: number): Promise<ServingIndex> {
  try {
    const sections = decodeSections(await readFile(path.join(folder, SERVING_FILE)), SERVING_FORMAT);
    const owned = (kind: 'windows' | 'pieces'): Owned<CompactVectorMatrix> => {
      const codes = sections.int8(`${kind}.codes`);
      const scales = sections.float32(`${kind}.scales`);
      const owner = sections.uint32(`${kind}.owner`);
      const center = sections.float32(`${kind}.center`);
      const rows = scales.length;
      if (codes.length !== rows * dimensions || owner.length !== rows || center.length !== dimensions) {
        throw new Error(`its ${kind} are not ${rows} rows of ${dimensions} dimensions`);
      }
      return { matrix: { dimensions, rows, codes, scales, center }, owner };
    };
    const vocabulary = Buffer.from(sections.bytes('vocabulary')).toString('utf8');
    const coarse = owned('windows');
    const residual = { ...coarse.matrix, codes: sections.int8('windows.residual.codes'), scales: sections.float32('windows.residual.scales'), center: new Float32Array(dimensions) };
    if (residual.codes.length !== coarse.matrix.codes.length || residual.scales.length !== coarse.matrix.rows) throw new Error('its window residuals do not match its windows');
    const windows = { ...coarse, matrix: { ...coarse.matrix, residual } };
    const words = Math.ceil(dimensions / 32);
    const bits = sections.uint32('windows.signs');
    if (bits.length !== windows.matrix.rows * words) throw new Error(`its window signs are not ${windows.matrix.rows} rows of ${dimensions} bits`);
    return {
      text: {
        paragraphLexical: decodeLexicalIndex(sections.bytes('lexical.paragraphs')),
        sentenceLexical: decodeLexicalIndex(sections.bytes('lexical.sentences')),
        sentenceParagraph: sections.uint32('sentences.paragraph'),
        sentenceStart: sections.uint32('sentences.start'),
        sentenceEnd: sections.uint32('sentences.end'),
        vocabulary: vocabulary ? vocabulary.split('\n') : [],
        years: [...sections.uint32('years')],
        acronyms: JSON.parse(Buffer.from(sections.bytes('acronyms')).toString('utf8')) as [string, string][],
      },
      windows: { ...windows, signs: { rows: windows.matrix.rows, words, bits, center: windows.matrix.center } },
      pieces: owned('pieces'),
    };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it is missing' : error instanceof Error ? error.message : String(error);
    throw new (error instanceof FormatMismatch ? FormatMismatch : Error)(`${SERVING_FILE}: ${reason}`);
  }
}
