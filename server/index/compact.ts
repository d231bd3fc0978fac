/**
 * Compact vectors: each row stored as int8 codes with one float scale (row ≈ scale × codes), a quarter of
 * the float32 size. A dot product with a float query is scale × Σ code·q, so a row's score from its codes is
 * exactly its score as the dequantized vector (pure).
 */

export interface CompactMatrix {
  readonly dimensions: number;
  readonly rows: number;
  /** rows × dimensions, row-major. */
  readonly codes: Int8Array;
  /** One per row: the row's largest magnitude / 127 (0 for an all-zero row). */
  readonly scales: Float32Array;
}

/** Symmetric per-row int8 quantization of a row-major float matrix. */
export function quantizeRows(data: Float32Array, dimensions: number): CompactMatrix {
  if (data.length % dimensions !== 0) throw new Error(`a matrix of ${data.length} values is not rows of ${dimensions}`);
  const rows = data.length / dimensions;
  const codes = new Int8Array(data.length);
  const scales = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    const base = r * dimensions;
    let max = 0;
    for (let i = 0; i < dimensions; i++) max = Math.max(max, Math.abs(data[base + i]!));
    if (!(max > 0)) continue;
    const scale = max / 127;
    scales[r] = scale;
    for (let i = 0; i < dimensions; i++) codes[base + i] = Math.round(data[base + i]! / scale);
  }
  return { dimensions, rows, codes, scales };
}

/** The float rows the codes stand for (scale × code). */
export function dequantizeRows(compact: CompactMatrix): Float32Array {
  const { dimensions, rows, codes, scales } = compact;
  const out = new Float32Array(rows * dimensions);
  for (let r = 0; r < rows; r++) {
    const scale = scales[r]!;
    for (let i = 0, j = r * dimensions; i < dimensions; i++, j++) out[j] = codes[j]! * scale;
  }
  return out;
}

/**
 * The vectors as the compact store gives them back (quantized, then dequantized into one matrix): what the
 * retriever ranks with when the index keeps int8 codes, for measuring what compact storage costs in hit@k.
 */
export function compactRoundTrip(vectors: ReadonlyMap<string, Float32Array>, dimensions: number): Map<string, Float32Array> {
  const ids = [...vectors.keys()];
  const data = new Float32Array(ids.length * dimensions);
  ids.forEach((id, i) => data.set(vectors.get(id)!, i * dimensions));
  const restored = dequantizeRows(quantizeRows(data, dimensions));
  return new Map(ids.map((id, i) => [id, restored.subarray(i * dimensions, (i + 1) * dimensions)]));
}

/** One bit per dimension (set when the value is positive), rows of ⌈d/32⌉ words: 48 bytes a row at 384 dimensions. */
export interface BinaryCodes {
  readonly dimensions: number;
  readonly rows: number;
  readonly words: number;
  readonly bits: Uint32Array;
}

export function binaryCodes(data: Float32Array, dimensions: number): BinaryCodes {
  const rows = data.length / dimensions;
  const words = Math.ceil(dimensions / 32);
  const bits = new Uint32Array(rows * words);
  for (let r = 0; r < rows; r++) {
    for (let i = 0; i < dimensions; i++) if (data[r * dimensions + i]! > 0) bits[r * words + (i >>> 5)]! |= 1 << (i & 31);
  }
  return { dimensions, rows, words, bits };
}
