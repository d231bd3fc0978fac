/**
 * The VectorStore interface: what the index needs from a vector database (add, delete by document, top-k by
 * cosine with filters, persist, open), so Vectra (the default, vectra-store.ts), the in-memory reference
 * (memory-store.ts) or an outside engine can sit behind it. tests/unit/vector-store-contract.test.ts is the
 * contract every implementation must pass.
 */
import type { UnitKind } from './units.ts';

export interface StoredVector {
  id: string;
  kind: UnitKind;
  /** Hash of the embedded text: a vector is reused only for the same text and model. */
  hash: string;
  paragraphId?: string;
  /** The document (a work) the unit belongs to; units of the whole corpus have none. */
  workId?: string;
  vector: Float32Array;
}

export interface StoreFilter {
  /** Only units of these kinds. */
  kinds?: readonly UnitKind[];
  /** Only units of these documents (works). */
  workIds?: readonly string[];
}

export interface StoreHit {
  id: string;
  /** Cosine similarity with the query vector (0 when either has no direction). */
  score: number;
  item: Omit<StoredVector, 'vector'>;
}

export interface VectorStore {
  readonly dimensions: number;
  /** Number of items. */
  size(): number;
  /**
   * Adds the items, replacing any item with the same id. A vector of the wrong length is an error and nothing
   * is added (never a silent truncation). The store may keep the given arrays: do not change them afterwards.
   */
  add(items: readonly StoredVector[]): Promise<void>;
  /** Removes every item of the document (work); returns how many. */
  deleteDocument(workId: string): Promise<number>;
  /** The `k` items most similar to `vector` among those the filter admits, best first; equal scores by id. */
  query(vector: Float32Array, k: number, filter?: StoreFilter): Promise<StoreHit[]>;
  /** Writes the items to the store's folder, so that opening the folder gives them back. */
  persist(): Promise<void>;
}

/** Opens the store kept in `folder`: empty when the folder holds none, an error when it holds a damaged one. */
export type OpenVectorStore = (folder: string, dimensions: number) => Promise<VectorStore>;

export function checkDimensions(vector: Float32Array, dimensions: number, what: string): void {
  if (vector.length !== dimensions) throw new Error(`${what} has ${vector.length} dimensions, expected ${dimensions}`);
}

export function admits(filter: StoreFilter | undefined, item: Omit<StoredVector, 'vector'>): boolean {
  if (filter?.kinds && !filter.kinds.includes(item.kind)) return false;
  if (filter?.workIds && (item.workId === undefined || !filter.workIds.includes(item.workId))) return false;
  return true;
}

/** Best first; equal scores in id order, so every implementation ranks ties alike. */
export function byScoreThenId(a: StoreHit, b: StoreHit): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The item without its vector, as a hit carries it. */
export function itemOf(v: StoredVector): Omit<StoredVector, 'vector'> {
  const { vector: _vector, ...item } = v;
  return item;
}
