/**
 * Compact vectors: each row stored as int8 (or int16) codes of its difference from the mean row, with one float
 * scale (row ≈ center + scale × codes), a quarter (or half) of the float32 size. A model's embeddings share a large common
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

/**
 * Symmetric per-row quantization of each row's difference from `center` (by default the mean row), to int8
 * codes, or int16 where a quarter of a step matters (server/index/serving.ts).
 */
export function quantizeRows(data: Float32Array, dimensions: number, center = meanRow(data, dimensions), bits: 8 | 16 = 8): CompactVectorMatrix {
  if (data.length % dimensions !== 0) throw new Error(`a matrix of ${data.length} values is not rows of ${dimensions}`);
  const rows = data.length / dimensions;
  const codes = bits === 8 ? new Int8Array(data.length) : new Int16Array(data.length);
  const steps = bits === 8 ? 127 : 32767;
  const scales = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    const base = r * dimensions;
    let max = 0;
    for (let i = 0; i < dimensions; i++) max = Math.max(max, Math.abs(data[base + i]! - center[i]!));
    if (!(max > 0)) continue;
    const scale = max / steps;
    scales[r] = scale;
    for (let i = 0; i < dimensions; i++) codes[base + i] = Math.round((data[base + i]! - center[i]!) / scale);
  }
  return { dimensions, rows, codes, scales, center };
}

/** The float rows the codes stand for (center + scale × code). */
export function dequantizeRows(compact: CompactVectorMatrix): Float32Array {
  const { dimensions, rows, codes, scales, center } = compact;
  const out = new Float32Array(rows * dimensions);
  for (let r = 0; r < rows; r++) {
    const scale = scales[r]!;
    for (let i = 0, j = r * dimensions; i < dimensions; i++, j++) out[j] = center[i]! + codes[j]! * scale;
  }
  return out;
}
