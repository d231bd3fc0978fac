/** Dense similarity: unit vectors stored row-major in one Float32Array, scored by dot product (= cosine). */

export interface VectorMatrix {
  readonly dimensions: number;
  readonly rows: number;
  readonly data: Float32Array;
}

export function toMatrix(vectors: readonly Float32Array[], dimensions: number): VectorMatrix {
  const data = new Float32Array(vectors.length * dimensions);
  vectors.forEach((v, i) => {
    if (v.length !== dimensions) throw new Error(`vector ${i} has ${v.length} dimensions, expected ${dimensions}`);
    data.set(v, i * dimensions);
  });
  return { dimensions, rows: vectors.length, data };
}

/** Cosine similarity of `query` with every row (rows and query are unit length). */
export function cosineScores(matrix: VectorMatrix, query: Float32Array): Float32Array {
  const { dimensions: d, rows, data } = matrix;
  const out = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    let dot = 0;
    const base = r * d;
    for (let i = 0; i < d; i++) dot += data[base + i]! * query[i]!;
    out[r] = dot;
  }
  return out;
}

export function row(matrix: VectorMatrix, r: number): Float32Array {
  return matrix.data.subarray(r * matrix.dimensions, (r + 1) * matrix.dimensions);
}

export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}
