/** Compact vectors: int8 quantization error bounds, scores from the codes, all-zero rows; sign bits as a first pass. */
import { describe, expect, it } from 'vitest';
import { prng } from '../../bench/synthetic.ts';
import { binaryCodes, compactRoundTrip, dequantizeRows, quantizeRows } from '../../server/index/compact.ts';
import { compactCosineRows, compactCosineScores, cosineScores, nearestBySigns } from '../../server/retrieval/dense.ts';

const D = 100;
const random = prng(7);
function unitRows(rows: number): Float32Array {
  const data = new Float32Array(rows * D);
  for (let r = 0; r < rows; r++) {
    let norm = 0;
    for (let i = 0; i < D; i++) norm += (data[r * D + i] = random() * 2 - 1) ** 2;
    for (let i = 0; i < D; i++) data[r * D + i]! /= Math.sqrt(norm);
  }
  return data;
}

describe('int8 vectors with a scale per row', () => {
  const data = unitRows(300);
  const compact = quantizeRows(data, D);

  it('takes a quarter of the bytes and restores every value within half a step', () => {
    expect(compact.codes.byteLength + compact.scales.byteLength).toBeLessThan(data.byteLength / 3.8);
    const restored = dequantizeRows(compact);
    for (let r = 0; r < compact.rows; r++) {
      for (let i = 0; i < D; i++) expect(Math.abs(restored[r * D + i]! - data[r * D + i]!)).toBeLessThanOrEqual(compact.scales[r]! / 2 + 1e-7);
    }
  });

  it('scores from the codes as the dequantized rows score, and near the float scores', () => {
    const query = unitRows(1);
    const fromCodes = compactCosineScores(compact, query);
    const fromRestored = cosineScores({ dimensions: D, rows: compact.rows, data: dequantizeRows(compact) }, query);
    const exact = cosineScores({ dimensions: D, rows: compact.rows, data }, query);
    for (let r = 0; r < compact.rows; r++) {
      expect(fromCodes[r]).toBeCloseTo(fromRestored[r]!, 5);
      expect(Math.abs(fromCodes[r]! - exact[r]!)).toBeLessThan(0.01);
    }
  });

  it('keeps an all-zero row at zero (scale 0), and refuses a matrix that is not whole rows', () => {
    const withZero = new Float32Array(2 * D);
    withZero.set(unitRows(1));
    const q = quantizeRows(withZero, D);
    expect(q.scales[1]).toBe(0);
    expect(compactCosineScores(q, unitRows(1))[1]).toBe(0);
    expect(() => quantizeRows(new Float32Array(D + 1), D)).toThrow(/not rows of/);
  });

  it('round-trips a map of vectors by id', () => {
    const vectors = new Map([['a', data.subarray(0, D)], ['b', data.subarray(D, 2 * D)]]);
    const back = compactRoundTrip(vectors, D);
    expect([...back.keys()]).toEqual(['a', 'b']);
    expect(Array.from(back.get('b')!)).toEqual(Array.from(dequantizeRows(quantizeRows(data.subarray(D, 2 * D), D))));
  });
});

describe('sign bits as a first pass before exact scores', () => {
  const data = unitRows(500);
  const signs = binaryCodes(data, D);

  it('packs one bit per dimension, set for positive values', () => {
    expect(signs.words).toBe(4);
    expect(signs.bits.length).toBe(500 * 4);
    for (const i of [0, 31, 32, 99]) expect(((signs.bits[7 * 4 + (i >>> 5)]! >>> (i & 31)) & 1) === 1).toBe(data[7 * D + i]! > 0);
  });

  it('picks exactly n distinct candidates, the row equal to the query among them, and most of the exact top 10', () => {
    const query = data.slice(123 * D, 124 * D);
    const candidates = nearestBySigns(signs, query, 100);
    expect(candidates.length).toBe(100);
    expect(new Set(candidates).size).toBe(100);
    expect(candidates).toContain(123);
    const scores = cosineScores({ dimensions: D, rows: 500, data }, query);
    const top10 = Array.from(scores.keys()).sort((a, b) => scores[b]! - scores[a]!).slice(0, 10);
    expect(top10.filter((r) => candidates.includes(r)).length).toBeGreaterThanOrEqual(8);
    expect(nearestBySigns(signs, query, 1000).length).toBe(500);
  });

  it('rescoring the candidates from int8 codes gives their compact scores', () => {
    const compact = quantizeRows(data, D);
    const query = unitRows(1);
    const candidates = nearestBySigns(signs, query, 50);
    const all = compactCosineScores(compact, query);
    expect(Array.from(compactCosineRows(compact, candidates, query))).toEqual(Array.from(candidates, (r) => all[r]!));
  });
});
