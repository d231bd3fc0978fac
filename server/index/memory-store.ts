/**
 * The in-memory reference VectorStore: a map of copies, every query a full sort, persisted as one JSON file.
 * Written to be obviously right rather than fast: the contract tests hold other stores to what it does.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { admits, byScoreThenId, checkDimensions, itemOf, type OpenVectorStore, type StoredVector } from './vector-store.ts';

const FILE = 'memory-store.json';

type Persisted = { dimensions: number; items: (Omit<StoredVector, 'vector'> & { vector: number[] })[] };

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

export const openMemoryStore: OpenVectorStore = async (folder, dimensions) => {
  const items = new Map<string, StoredVector>();
  const raw = await readFile(path.join(folder, FILE), 'utf8').catch(() => null);
  if (raw !== null) {
    const persisted = JSON.parse(raw) as Persisted;
    if (persisted.dimensions !== dimensions) throw new Error(`the store has ${persisted.dimensions} dimensions, expected ${dimensions}`);
    for (const item of persisted.items) items.set(item.id, { ...item, vector: Float32Array.from(item.vector) });
  }
  return {
    dimensions,
    size: () => items.size,
    async add(added) {
      for (const item of added) checkDimensions(item.vector, dimensions, `vector ${item.id}`);
      for (const item of added) items.set(item.id, { ...item, vector: Float32Array.from(item.vector) });
    },
    async deleteDocument(workId) {
      const ids = [...items.values()].filter((item) => item.workId === workId).map((item) => item.id);
      for (const id of ids) items.delete(id);
      return ids.length;
    },
    async query(vector, k, filter) {
      checkDimensions(vector, dimensions, 'the query vector');
      return [...items.values()]
        .filter((item) => admits(filter, item))
        .map((item) => ({ id: item.id, score: cosine(vector, item.vector), item: itemOf(item) }))
        .sort(byScoreThenId)
        .slice(0, Math.max(0, k));
    },
    async persist() {
      await mkdir(folder, { recursive: true });
      const persisted: Persisted = { dimensions, items: [...items.values()].map((item) => ({ ...item, vector: Array.from(item.vector) })) };
      await writeFile(path.join(folder, FILE), JSON.stringify(persisted));
    },
  };
};
