import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import {
  bertWords,
  chooseVocabulary,
  dequantizeRow,
  isPlainWord,
  onnxModelBytes,
  quantizeRows,
  removeCommonDirections,
  sifWeight,
  tokenizerJson,
  type SourceVectors,
} from '../../embeddings/model-builder.ts';

const cosine = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let dot = 0, na = 0, nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return dot / Math.sqrt(na * nb);
};

describe('bertWords', () => {
  it('lowercases, strips accents and splits at whitespace and every punctuation mark, like BertPreTokenizer', () => {
    expect(bertWords('Self-Reliance, the Juche’s CAFÉ (1961)!')).toEqual(['self', 'reliance', 'the', 'juche', 's', 'cafe', '1961']);
  });
});

describe('isPlainWord', () => {
  it('accepts lowercase Latin words and rejects punctuation, digits, accents and other scripts', () => {
    expect(['economy', 'juche'].map(isPlainWord)).toEqual([true, true]);
    expect(['n\'t', '1990', 'café', 'москва', 'a-b', 'Economy'].map(isPlainWord)).toEqual([false, false, false, false, false, false]);
  });
});

describe('sifWeight', () => {
  it('makes the most frequent words nearly weightless and rare words count fully', () => {
    expect(sifWeight(0)).toBeLessThan(0.02);
    expect(sifWeight(1000)).toBeGreaterThan(0.9);
    expect(sifWeight(100_000)).toBeGreaterThan(sifWeight(1000));
  });
});

describe('chooseVocabulary', () => {
  const words = ['the', ',', 'of', '1990', 'москва', 'economy', 'dauntless', 'factional', 'fertiliser', 'juche', 'manure'];
  const source: SourceVectors = { words, vector: (w) => (words.includes(w) ? [1, 0] : undefined) };

  it('keeps the most frequent plain words, then corpus words GloVe has, in frequency order', () => {
    const choice = chooseVocabulary(source, ['juche', 'the', 'economy'], 3);
    expect(choice.entries.map((e) => e.token)).toEqual(['the', 'of', 'economy', 'juche']);
    expect(choice.entries.find((e) => e.token === 'juche')!.rank).toBe(9);
  });

  it('borrows the vector of the word a missing corpus word inflects, and reports the rest as unknown', () => {
    const choice = chooseVocabulary(source, ['dauntlessly', 'factionalists', 'nampho', '1961'], 1);
    expect(choice.borrowed).toEqual([
      { word: 'dauntlessly', from: 'dauntless' },
      { word: 'factionalists', from: 'factional' },
    ]);
    expect(choice.unknown).toEqual(['nampho']);
    expect(choice.entries.map((e) => e.token)).toEqual(['the', 'dauntlessly', 'factionalists']);
  });
});

describe('removeCommonDirections', () => {
  it('leaves unit-length inputs centred and without their shared direction', () => {
    const vectors = [
      [5, 1, 0],
      [5, 0, 1],
      [5, -1, 0],
      [5, 0, -1.2],
    ].map((v) => Float64Array.from(v));
    const out = removeCommonDirections(vectors, 1);
    for (let d = 0; d < 3; d++) expect(Math.abs(out.reduce((s, v) => s + v[d]!, 0))).toBeLessThan(1e-9);
    expect(removeCommonDirections(vectors, 1)).toEqual(out);
  });
});

describe('quantizeRows', () => {
  it('stores each row as its unit vector times its weight, within int8 rounding; rows without a vector are zero', () => {
    const rows = [null, [0.3, -2, 0.7, 1.1], [10, 0, 0, 0]];
    const m = quantizeRows(rows, 4, (row) => row / 4);
    expect([...dequantizeRow(m, 0)]).toEqual([0, 0, 0, 0]);
    const r1 = dequantizeRow(m, 1);
    expect(cosine(r1, rows[1]!)).toBeGreaterThan(0.9999);
    expect(Math.hypot(...r1)).toBeCloseTo(0.25, 3);
    expect(Math.hypot(...dequantizeRow(m, 2))).toBeCloseTo(0.5, 5);
  });
});

describe('onnxModelBytes', () => {
  it('runs in onnxruntime as a lookup of dequantized rows, zeroed where attention_mask is 0', async () => {
    const m = quantizeRows([null, [1, 2, 3], [-3, 0, 1]], 3, () => 1);
    const session = await ort.InferenceSession.create(onnxModelBytes(m, 'test'));
    const ids = new ort.Tensor('int64', BigInt64Array.from([2n, 1n, 2n]), [1, 3]);
    const mask = new ort.Tensor('int64', BigInt64Array.from([1n, 1n, 0n]), [1, 3]);
    const { last_hidden_state: out } = await session.run({ input_ids: ids, attention_mask: mask });
    expect(out!.dims).toEqual([1, 3, 3]);
    const data = out!.data as Float32Array;
    expect([...data.slice(0, 3)]).toEqual([...dequantizeRow(m, 2)]);
    expect([...data.slice(3, 6)]).toEqual([...dequantizeRow(m, 1)]);
    expect([...data.slice(6, 9)].map(Math.abs)).toEqual([0, 0, 0]);
  });
});

describe('tokenizerJson', () => {
  it('writes a WordPiece vocabulary whose ids are the matrix rows, with no [CLS]/[SEP] post-processor', () => {
    const json = JSON.parse(tokenizerJson(['[PAD]', '[UNK]', 'the', 'economy']));
    expect(json.model.vocab).toEqual({ '[PAD]': 0, '[UNK]': 1, the: 2, economy: 3 });
    expect(json.post_processor).toBeNull();
    expect(tokenizerJson(['[PAD]', '[UNK]', 'x'])).toBe(tokenizerJson(['[PAD]', '[UNK]', 'x']));
  });
});
