/** Compact vectors: int8 quantization error bounds, scores from the codes, all-zero rows; centred sign bits as a first pass. */
import { describe, expect, it } from 'vitest';
import { prng } from '../../bench/synthetic.ts';
import { dequantizeRows, meanRow, quantizeRows, quantizeWithResidual } from '../../server/index/compact.ts';
import { compactCosineRows, compactCosineScores, cosineScores, nearestBySigns, signIndex } from '../../server/retrieval/dense.ts';

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

  it('codes each row as its difference from the mean row: a row equal to the mean has scale 0 and scores as the mean', () => {
    const rows = unitRows(2);
    const withMean = new Float32Array(3 * D);
    withMean.set(rows);
    for (let i = 0; i < D; i++) withMean[2 * D + i] = (rows[i]! + rows[D + i]!) / 2;
    const q = quantizeRows(withMean, D);
    for (let i = 0; i < D; i++) expect(q.center[i]).toBeCloseTo(withMean[2 * D + i]!, 6);
    expect(q.scales[2]).toBe(0);
    const query = unitRows(1);
    expect(compactCosineScores(q, query)[2]).toBeCloseTo(cosineScores({ dimensions: D, rows: 1, data: q.center }, query)[0]!, 6);
    expect(() => quantizeRows(new Float32Array(D + 1), D)).toThrow(/not rows of/);
  });

  it('with a residual stage, errs far less than one stage, and scores as its dequantized rows', () => {
    const two = quantizeWithResidual(data, D);
    const error = (restored: Float32Array) => restored.reduce((worst, x, j) => Math.max(worst, Math.abs(x - data[j]!)), 0);
    expect(error(dequantizeRows(two))).toBeLessThan(error(dequantizeRows(compact)) / 50);
    const query = unitRows(1);
    const fromCodes = compactCosineScores(two, query);
    const fromRestored = cosineScores({ dimensions: D, rows: two.rows, data: dequantizeRows(two) }, query);
    for (let r = 0; r < two.rows; r++) expect(fromCodes[r]).toBeCloseTo(fromRestored[r]!, 5);
  });

  it('errs less on rows that share a large direction than codes of the rows themselves would', () => {
    const common = unitRows(1);
    const shared = unitRows(200).map((x, j) => 0.3 * x + common[j % D]!);
    const centred = dequantizeRows(quantizeRows(shared, D));
    const plain = dequantizeRows(quantizeRows(shared, D, new Float32Array(D)));
    const error = (restored: Float32Array) => restored.reduce((sum, x, j) => sum + Math.abs(x - shared[j]!), 0);
    expect(error(centred)).toBeLessThan(error(plain) / 2);
  });
});

describe('sign bits as a first pass before exact scores', () => {
  const data = unitRows(500);
  const signs = signIndex({ dimensions: D, rows: 500, data }, meanRow(data, D));

  it('packs one bit per dimension, set where the value is above the mean row', () => {
    expect(signs.words).toBe(4);
    expect(signs.bits.length).toBe(500 * 4);
    let mean = 0;
    for (let r = 0; r < 500; r++) mean += data[r * D + 31]!;
    expect(signs.center[31]).toBeCloseTo(mean / 500, 6);
    for (const i of [0, 31, 32, 99]) expect(((signs.bits[7 * 4 + (i >>> 5)]! >>> (i & 31)) & 1) === 1).toBe(data[7 * D + i]! > signs.center[i]!);
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

  it("still finds the nearest rows when every row shares one large direction, as a model's embeddings do", () => {
    const common = unitRows(1);
    const shared = unitRows(500).map((x, j) => x + 3 * common[j % D]!);
    for (let r = 0; r < 500; r++) {
      const row = shared.subarray(r * D, (r + 1) * D);
      const norm = Math.hypot(...row);
      row.forEach((x, i) => (row[i] = x / norm));
    }
    const matrix = { dimensions: D, rows: 500, data: shared };
    const query = shared.slice(42 * D, 43 * D);
    const scores = cosineScores(matrix, query);
    const top10 = Array.from(scores.keys()).sort((a, b) => scores[b]! - scores[a]!).slice(0, 10);
    const candidates = nearestBySigns(signIndex(matrix, meanRow(shared, D)), query, 100);
    expect(top10.filter((r) => candidates.includes(r)).length).toBeGreaterThanOrEqual(8);
  });

  it('rescoring the candidates from int8 codes gives their compact scores', () => {
    const compact = quantizeRows(data, D);
    const query = unitRows(1);
    const candidates = nearestBySigns(signs, query, 50);
    const all = compactCosineScores(compact, query);
    expect(Array.from(compactCosineRows(compact, candidates, query))).toEqual(Array.from(candidates, (r) => all[r]!));
  });
});
