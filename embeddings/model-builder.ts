/** Pure parts of the static word-embedding model build: BERT-style words, vocabulary choice, weights, ONNX and tokenizer files. */
import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;

/** Token ids reserved for special tokens; their rows are zero so they add nothing to a mean-pooled vector. */
export const SPECIAL_TOKENS = ['[PAD]', '[UNK]'] as const;

/** How the model's BertNormalizer folds text: drop control characters, strip accents, lowercase. */
export function bertNormalize(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Cf}]/gu, (c) => (/\s/u.test(c) ? ' ' : ''))
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();
}

// BertPreTokenizer's split: whitespace separates, each punctuation character (Unicode P* plus ASCII symbols) is its own token.
const BERT_PIECE = /[^\s\p{P}\u0021-\u002F\u003A-\u0040\u005B-\u0060\u007B-\u007E]+|[\p{P}\u0021-\u002F\u003A-\u0040\u005B-\u0060\u007B-\u007E]/gu;
const PUNCTUATION = /^[\p{P}\u0021-\u002F\u003A-\u0040\u005B-\u0060\u007B-\u007E]$/u;

/** The words the model's tokenizer sees in `text` (normalised, split like BertPreTokenizer), punctuation left out. */
export function bertWords(text: string): string[] {
  const words: string[] = [];
  for (const m of bertNormalize(text).matchAll(BERT_PIECE)) if (!PUNCTUATION.test(m[0])) words.push(m[0]);
  return words;
}

/** A vocabulary entry worth keeping from the common-words list: a single alphabetic word the tokenizer keeps whole. */
export function isPlainWord(word: string): boolean {
  return /^\p{Script=Latin}+$/u.test(word) && bertNormalize(word) === word;
}

/**
 * Smooth-inverse-frequency weight (Arora et al. 2017) from a word's frequency rank, assuming Zipf's law
 * p(rank) ≈ 0.1 / (rank + 1) and a = 1e-3: "the" weighs 0.01, a word of rank 1,000 about 0.9. Baked into
 * each row so the pipeline's plain mean pooling becomes a frequency-weighted average.
 */
export function sifWeight(rank: number): number {
  return (rank + 1) / (rank + 1 + 100);
}

export interface SourceVectors {
  /** Words by descending corpus frequency (GloVe order). */
  words: readonly string[];
  vector(word: string): ArrayLike<number> | undefined;
}

export interface VocabularyEntry {
  /** The token as the tokenizer produces it. */
  token: string;
  /** The GloVe word whose vector it uses (the same word, or a close form for corpus words GloVe lacks). */
  source: string;
  /** The source word's frequency rank. */
  rank: number;
}

export interface VocabularyChoice {
  entries: VocabularyEntry[];
  /** Corpus words with no vector of their own, mapped to the GloVe word they inflect (e.g. "dauntlessly" → "dauntless"). */
  borrowed: { word: string; from: string }[];
  /** Corpus words with no usable vector at all: the tokenizer maps them to [UNK]. */
  unknown: string[];
}

/**
 * The vocabulary: the `commonWords` most frequent plain words, every corpus word GloVe knows, and corpus
 * words GloVe lacks through the word they inflect or derive from.
 */
export function chooseVocabulary(source: SourceVectors, corpusWords: Iterable<string>, commonWords: number): VocabularyChoice {
  const rankOf = new Map<string, number>();
  source.words.forEach((w, i) => {
    const folded = bertNormalize(w);
    if (folded === w && !rankOf.has(w)) rankOf.set(w, i);
  });
  const chosen = new Map<string, VocabularyEntry>();
  for (let i = 0; i < source.words.length && chosen.size < commonWords; i++) {
    const w = source.words[i]!;
    if (isPlainWord(w) && rankOf.get(w) === i) chosen.set(w, { token: w, source: w, rank: i });
  }
  const borrowed: { word: string; from: string }[] = [];
  const unknown: string[] = [];
  for (const word of [...new Set(corpusWords)].sort()) {
    if (chosen.has(word) || /^\p{N}+$/u.test(word)) continue;
    const rank = rankOf.get(word);
    if (rank !== undefined) {
      chosen.set(word, { token: word, source: word, rank });
      continue;
    }
    const from = knownStem(word, rankOf);
    if (from === undefined) unknown.push(word);
    else {
      chosen.set(word, { token: word, source: from, rank: rankOf.get(from)! });
      borrowed.push({ word, from });
    }
  }
  const entries = [...chosen.values()].sort((a, b) => a.rank - b.rank || (a.token < b.token ? -1 : a.token > b.token ? 1 : 0));
  return { entries, borrowed, unknown };
}

// Inflectional and derivational endings, longest first, and how the stem may have been spelled before them.
const SUFFIXES = ['ations', 'ation', 'ists', 'isms', 'ness', 'ally', 'ing', 'ist', 'ism', 'ies', 'ly', 'ed', 'es', 's'];

/** A GloVe word the corpus word is an inflected or derived form of ("dauntlessly" → "dauntless", "gasifying" → "gasify"). */
function knownStem(word: string, rankOf: ReadonlyMap<string, number>): string | undefined {
  if (!/^\p{L}+$/u.test(word)) return undefined;
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    const base = word.slice(0, -suffix.length);
    if (base.length < 4) continue;
    const candidates = [base, `${base}e`, base.endsWith('i') ? `${base.slice(0, -1)}y` : '', suffix === 'ies' ? `${base}y` : ''];
    const found = candidates.find((c) => c && rankOf.has(c) && isPlainWord(c));
    if (found) return found;
  }
  return undefined;
}

/**
 * "All-but-the-top" (Mu & Viswanath 2018): unit vectors, minus their mean, minus their projections on the
 * `components` leading principal directions. Every word vector shares those directions, so without this
 * any two averaged paragraphs look alike (cosine ≈ 0.9); removing them also sharpens word similarity.
 */
export function removeCommonDirections(vectors: readonly Float64Array[], components: number): Float64Array[] {
  const dims = vectors[0]?.length ?? 0;
  const units = vectors.map((v) => scaled(v, 1 / Math.hypot(...v)));
  const mean = new Float64Array(dims);
  for (const u of units) for (let d = 0; d < dims; d++) mean[d]! += u[d]! / units.length;
  const centred = units.map((u) => u.map((x, d) => x - mean[d]!));
  const covariance = Array.from({ length: dims }, () => new Float64Array(dims));
  for (const c of centred) for (let i = 0; i < dims; i++) for (let j = 0; j < dims; j++) covariance[i]![j]! += c[i]! * c[j]!;
  const directions: Float64Array[] = [];
  for (let k = 0; k < components; k++) {
    // Power iteration from a fixed start, deflating the directions already found: deterministic.
    let v: Float64Array = new Float64Array(dims).fill(1 / Math.sqrt(dims));
    for (let iter = 0; iter < 500; iter++) {
      const next = new Float64Array(dims);
      for (let i = 0; i < dims; i++) for (let j = 0; j < dims; j++) next[i]! += covariance[i]![j]! * v[j]!;
      for (const p of directions) subtractProjection(next, p);
      v = scaled(next, 1 / Math.hypot(...next));
    }
    directions.push(v);
  }
  return centred.map((c) => {
    for (const p of directions) subtractProjection(c, p);
    return c;
  });
}

function scaled(v: ArrayLike<number>, factor: number): Float64Array {
  return Float64Array.from(v, (x) => x * factor);
}

function subtractProjection(v: Float64Array, unitDirection: Float64Array): void {
  let dot = 0;
  for (let d = 0; d < v.length; d++) dot += v[d]! * unitDirection[d]!;
  for (let d = 0; d < v.length; d++) v[d]! -= dot * unitDirection[d]!;
}

export interface QuantizedMatrix {
  rows: number;
  dimensions: number;
  /** Row-major int8 values. */
  values: Int8Array;
  /** One float per row: value · scale = weighted unit vector component. */
  scales: Float32Array;
}

/**
 * Each row becomes its unit vector times `weight(row)`, stored as int8 with a per-row scale. Rows with no
 * vector (special tokens) are zero.
 */
export function quantizeRows(vectors: readonly (ArrayLike<number> | null)[], dimensions: number, weight: (row: number) => number): QuantizedMatrix {
  const values = new Int8Array(vectors.length * dimensions);
  const scales = new Float32Array(vectors.length);
  vectors.forEach((v, row) => {
    if (!v) return;
    let norm = 0;
    let maxAbs = 0;
    for (let d = 0; d < dimensions; d++) {
      const x = v[d]!;
      norm += x * x;
      maxAbs = Math.max(maxAbs, Math.abs(x));
    }
    norm = Math.sqrt(norm);
    if (norm === 0) return;
    for (let d = 0; d < dimensions; d++) values[row * dimensions + d] = Math.round((v[d]! / maxAbs) * 127);
    scales[row] = (weight(row) * maxAbs) / norm / 127;
  });
  return { rows: vectors.length, dimensions, values, scales };
}

/** Row `row` of a quantized matrix as floats (what the ONNX graph computes for that token id). */
export function dequantizeRow(m: QuantizedMatrix, row: number): Float32Array {
  const out = new Float32Array(m.dimensions);
  for (let d = 0; d < m.dimensions; d++) out[d] = m.values[row * m.dimensions + d]! * m.scales[row]!;
  return out;
}

/**
 * The ONNX graph: last_hidden_state[b, s, :] = float(E[input_ids[b, s]]) · S[input_ids[b, s]] · attention_mask[b, s].
 * E is the int8 matrix, S the per-row scales; the mask zeroes padding (and keeps the declared input used).
 */
export function onnxModelBytes(m: QuantizedMatrix, docString: string): Uint8Array {
  const { TensorProto, AttributeProto } = onnx;
  const le = (arr: Float32Array | BigInt64Array) => new Uint8Array(arr.buffer.slice(arr.byteOffset, arr.byteOffset + arr.byteLength));
  const dim = (name: string) => ({ dimParam: name });
  const model = onnx.ModelProto.create({
    irVersion: 8,
    opsetImport: [{ domain: '', version: 13 }],
    producerName: 'juche-sources embeddings/build-model.ts',
    producerVersion: '1',
    docString,
    graph: {
      name: 'static_word_embeddings',
      initializer: [
        { name: 'embeddings_int8', dims: [m.rows, m.dimensions], dataType: TensorProto.DataType.INT8, rawData: new Uint8Array(m.values.buffer, m.values.byteOffset, m.values.byteLength) },
        { name: 'row_scales', dims: [m.rows, 1], dataType: TensorProto.DataType.FLOAT, rawData: le(m.scales) },
        { name: 'last_axis', dims: [1], dataType: TensorProto.DataType.INT64, rawData: le(BigInt64Array.of(-1n)) },
      ],
      input: [
        { name: 'input_ids', type: { tensorType: { elemType: TensorProto.DataType.INT64, shape: { dim: [dim('batch'), dim('sequence')] } } } },
        { name: 'attention_mask', type: { tensorType: { elemType: TensorProto.DataType.INT64, shape: { dim: [dim('batch'), dim('sequence')] } } } },
      ],
      output: [
        {
          name: 'last_hidden_state',
          type: { tensorType: { elemType: TensorProto.DataType.FLOAT, shape: { dim: [dim('batch'), dim('sequence'), { dimValue: m.dimensions }] } } },
        },
      ],
      node: [
        { opType: 'Gather', name: 'gather_rows', input: ['embeddings_int8', 'input_ids'], output: ['rows_int8'], attribute: [{ name: 'axis', type: AttributeProto.AttributeType.INT, i: 0 }] },
        { opType: 'Cast', name: 'rows_to_float', input: ['rows_int8'], output: ['rows_float'], attribute: [{ name: 'to', type: AttributeProto.AttributeType.INT, i: TensorProto.DataType.FLOAT }] },
        { opType: 'Gather', name: 'gather_scales', input: ['row_scales', 'input_ids'], output: ['scales'], attribute: [{ name: 'axis', type: AttributeProto.AttributeType.INT, i: 0 }] },
        { opType: 'Unsqueeze', name: 'mask_last_axis', input: ['attention_mask', 'last_axis'], output: ['mask_3d'] },
        { opType: 'Cast', name: 'mask_to_float', input: ['mask_3d'], output: ['mask_float'], attribute: [{ name: 'to', type: AttributeProto.AttributeType.INT, i: TensorProto.DataType.FLOAT }] },
        { opType: 'Mul', name: 'masked_scales', input: ['scales', 'mask_float'], output: ['masked_scales'] },
        { opType: 'Mul', name: 'dequantize', input: ['rows_float', 'masked_scales'], output: ['last_hidden_state'] },
      ],
    },
  });
  return onnx.ModelProto.encode(model).finish();
}

/** tokenizer.json: lowercase + accent-stripping BertNormalizer, BertPreTokenizer, whole-word WordPiece, no [CLS]/[SEP]. */
export function tokenizerJson(tokens: readonly string[]): string {
  const vocab: Record<string, number> = {};
  tokens.forEach((t, i) => (vocab[t] = i));
  const tokenizer = {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((content, id) => ({
      id,
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: true, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: null,
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab },
  };
  return JSON.stringify(tokenizer) + '\n';
}

/** Longest input the tokenizer accepts before truncating: far beyond any paragraph (a static model has no position limit). */
export const MODEL_MAX_LENGTH = 8192;

export function tokenizerConfigJson(): string {
  const config = {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    strip_accents: true,
    tokenize_chinese_chars: true,
    model_max_length: MODEL_MAX_LENGTH,
    pad_token: '[PAD]',
    unk_token: '[UNK]',
    clean_up_tokenization_spaces: true,
  };
  return JSON.stringify(config, null, 2) + '\n';
}

/** config.json; `unknown_corpus_words` records the corpus words the tokenizer maps to [UNK] (checked by the tests). */
export function modelConfigJson(dimensions: number, vocabSize: number, unknownCorpusWords: readonly string[]): string {
  const config = {
    model_type: 'bert',
    architectures: ['BertModel'],
    hidden_size: dimensions,
    vocab_size: vocabSize,
    max_position_embeddings: MODEL_MAX_LENGTH,
    pad_token_id: 0,
    note: 'Static word embeddings: one row per word, no attention. See README.md.',
    unknown_corpus_words: unknownCorpusWords,
  };
  return JSON.stringify(config, null, 2) + '\n';
}
