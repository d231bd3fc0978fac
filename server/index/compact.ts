/**
 * Compact vectors: each row stored as int8 codes of its difference from the mean row, with one float scale
 * (row ≈ center + scale × codes), a quarter of the float32 size. A model's embeddings share a large common
 * direction, so the differences are small and the codes spend their 255 steps on what tells rows apart: on
 * the dev set, codes of the rows themselves moved one question's top passage, centred codes none. A dot
 * product with a float query is q·center + scale × Σ code·q, so a row's score from its codes is exactly its
 * score as the dequantized vector (pure).
 */

import type { CompactVectorMatrix } from '../retrieval/dense.ts';

/** The mean row of a row-major float matrix (zeros for no rows). */
export function meanRow(data: Float32Array, dimensions: number): Float32Array {
  const rows = data.length / dimensions;
  const sum = new Float64Array(dimensions);
  for (let r = 0; r < rows; r++) for (let i = 0; i < dimensions; i++) sum[i]! += data[r * dimensions + i]!;
  return Float32Array.from(sum, (x) => (rows ? x / rows : 0));
}

/** Symmetric per-row int8 quantization of each row's difference from `center` (by default the mean row). */
export function quantizeRows(data: Float32Array, dimensions: number, center = meanRow(data, dimensions)): CompactVectorMatrix {
  if (data.length % dimensions !== 0) throw new Error(`a matrix of ${data.length} values is not rows of ${dimensions}`);
  const rows = data.length / dimensions;
  const codes = new Int8Array(data.length);
  const scales = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    const base = r * dimensions;
    let max = 0;
    for (let i = 0; i < dimensions; i++) max = Math.max(max, Math.abs(data[base + i]! - center[i]!));
    if (!(max > 0)) continue;
    const scale = max / 127;
    scales[r] = scale;
    for (let i = 0; i < dimensions; i++) codes[base + i] = Math.round((data[base + i]! - center[i]!) / scale);
  }
  return { dimensions, rows, codes, scales, center };
}

/**
 * Two stages of int8 codes (residual quantization): the rows' codes, then codes of what those codes miss, for
 * a precision near int16's with the same int8 arithmetic. Scoring adds the two stages' scores.
 */
export function quantizeWithResidual(data: Float32Array, dimensions: number, center = meanRow(data, dimensions)): CompactVectorMatrix {
  const coarse = quantizeRows(data, dimensions, center);
  const restored = dequantizeRows(coarse);
  const missed = data.map((x, j) => x - restored[j]!);
  return { ...coarse, residual: quantizeRows(missed, dimensions, new Float32Array(dimensions)) };
}

/** The float rows the codes stand for (center + scale × code, plus the residual stage's rows). */
export function dequantizeRows(compact: CompactVectorMatrix): Float32Array {
  const { dimensions, rows, codes, scales, center } = compact;
  const out = new Float32Array(rows * dimensions);
  for (let r = 0; r < rows; r++) {
    const scale = scales[r]!;
    for (let i = 0, j = r * dimensions; i < dimensions; i++, j++) out[j] = center[i]! + codes[j]! * scale;
  }
  if (compact.residual) dequantizeRows(compact.residual).forEach((x, j) => (out[j]! += x));
  return out;
}
