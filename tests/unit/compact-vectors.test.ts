/** Compact int8 vectors: quantization error bounds, scores from the codes, all-zero rows. */
import { describe, expect, it } from 'vitest';
import { prng } from '../../bench/synthetic.ts';
import { compactRoundTrip, dequantizeRows, quantizeRows } from '../../server/index/compact.ts';
import { compactCosineScores, cosineScores } from '../../server/retrieval/dense.ts';

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
