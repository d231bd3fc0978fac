/**
 * The VectorStore contract, run against every implementation (Vectra, the default, and the in-memory
 * reference): nearest items by cosine, best first; upsert by id; delete by document; filters by kind and work;
 * no silent truncation; persist then open gives the same answers. Seeded random vectors: the contract is about
 * the store, not about what vectors mean.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { prng } from '../../bench/synthetic.ts';
import { openMemoryStore } from '../../server/index/memory-store.ts';
import { openVectraStore } from '../../server/index/vectra-store.ts';
import type { OpenVectorStore, StoredVector, VectorStore } from '../../server/index/vector-store.ts';

const D = 16;
const random = prng(42);
const randomVector = () => Float32Array.from({ length: D }, () => random() * 2 - 1);

/** 3 works × 10 paragraphs × (1 paragraph + 2 sentences), plus 6 units of no work. */
function sampleItems(): StoredVector[] {
  const items: StoredVector[] = [];
  for (let w = 1; w <= 3; w++) {
    for (let p = 1; p <= 10; p++) {
      const paragraphId = `work-${w}-p${p}`;
      items.push({ id: `p:${paragraphId}`, kind: 'paragraph', hash: `h-p-${w}-${p}`, paragraphId, workId: `work-${w}`, vector: randomVector() });
      for (let s = 0; s < 2; s++) items.push({ id: `s:${paragraphId}:${s}`, kind: 'sentence', hash: `h-s-${w}-${p}-${s}`, paragraphId, workId: `work-${w}`, vector: randomVector() });
    }
  }
  for (let i = 0; i < 6; i++) items.push({ id: `p:loose-${i}`, kind: 'paragraph', hash: `h-l-${i}`, vector: randomVector() });
  return items;
}

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0, na = 0, nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! ** 2;
    nb += b[i]! ** 2;
  }
  return dot / Math.sqrt(na * nb);
}

/** What any store must answer: brute force over the items the test added. */
function expected(items: readonly StoredVector[], query: Float32Array, k: number): { id: string; score: number }[] {
  return items
    .map((v) => ({ id: v.id, score: cosine(query, v.vector) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, k);
}

const folders: string[] = [];
const freshFolder = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'store-contract-'));
  folders.push(dir);
  return path.join(dir, 'store');
};
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const implementations: [string, OpenVectorStore][] = [
  ['Vectra (default)', openVectraStore],
  ['in-memory reference', openMemoryStore],
];

describe.each(implementations)('VectorStore contract: %s', (_name, open) => {
  async function filled(): Promise<{ store: VectorStore; items: StoredVector[]; folder: string }> {
    const folder = freshFolder();
    const store = await open(folder, D);
    const items = sampleItems();
    await store.add(items);
    return { store, items, folder };
  }

  it('opens an empty folder as an empty store that finds nothing', async () => {
    const store = await open(freshFolder(), D);
    expect(store.size()).toBe(0);
    expect(await store.query(randomVector(), 5)).toEqual([]);
  });

  it('returns the k nearest items by cosine, best first, with their scores and metadata', async () => {
    const { store, items } = await filled();
    expect(store.size()).toBe(items.length);
    const query = randomVector();
    const hits = await store.query(query, 7);
    const want = expected(items, query, 7);
    expect(hits.map((h) => h.id)).toEqual(want.map((h) => h.id));
    hits.forEach((h, i) => expect(h.score).toBeCloseTo(want[i]!.score, 5));
    const top = items.find((v) => v.id === hits[0]!.id)!;
    expect(hits[0]!.item).toEqual({ id: top.id, kind: top.kind, hash: top.hash, ...(top.paragraphId ? { paragraphId: top.paragraphId, workId: top.workId } : {}) });
  });

  it('finds an item by its own vector first, with score 1', async () => {
    const { store, items } = await filled();
    const [hit] = await store.query(items[17]!.vector, 1);
    expect(hit!.id).toBe(items[17]!.id);
    expect(hit!.score).toBeCloseTo(1, 5);
  });

  it('gives every admitted item when k exceeds them, and none for k = 0', async () => {
    const { store, items } = await filled();
    expect(await store.query(randomVector(), 1000)).toHaveLength(items.length);
    expect(await store.query(randomVector(), 0)).toEqual([]);
  });

  it('replaces an item added again with the same id', async () => {
    const { store, items } = await filled();
    const target = randomVector();
    await store.add([{ ...items[3]!, hash: 'changed', vector: target }]);
    expect(store.size()).toBe(items.length);
    const [hit] = await store.query(target, 1);
    expect(hit).toMatchObject({ id: items[3]!.id, item: { hash: 'changed' } });
  });

  it('refuses a vector of the wrong length and adds nothing of that batch', async () => {
    const { store, items } = await filled();
    const good: StoredVector = { id: 'p:new', kind: 'paragraph', hash: 'n', vector: randomVector() };
    const bad: StoredVector = { id: 'p:bad', kind: 'paragraph', hash: 'b', vector: new Float32Array(D - 1) };
    await expect(store.add([good, bad])).rejects.toThrow(/dimensions/);
    expect(store.size()).toBe(items.length);
    await expect(store.query(new Float32Array(D + 1), 3)).rejects.toThrow(/dimensions/);
  });

  it('deletes every item of a document and only those', async () => {
    const { store, items } = await filled();
    expect(await store.deleteDocument('work-2')).toBe(30);
    expect(store.size()).toBe(items.length - 30);
    const hits = await store.query(randomVector(), 1000);
    expect(hits.some((h) => h.item.workId === 'work-2')).toBe(false);
    expect(hits).toHaveLength(items.length - 30);
    expect(await store.deleteDocument('work-2')).toBe(0);
  });

  it('filters by kind and by work', async () => {
    const { store, items } = await filled();
    const query = randomVector();
    const sentences = await store.query(query, 5, { kinds: ['sentence'] });
    expect(sentences.map((h) => h.id)).toEqual(expected(items.filter((v) => v.kind === 'sentence'), query, 5).map((h) => h.id));
    const inWorks = await store.query(query, 1000, { workIds: ['work-1', 'work-3'], kinds: ['paragraph'] });
    expect(inWorks).toHaveLength(20);
    expect((await store.query(query, 1000, { kinds: ['paragraph'] })).length).toBe(36);
    expect(new Set(inWorks.map((h) => h.item.workId))).toEqual(new Set(['work-1', 'work-3']));
    expect(await store.query(query, 5, { workIds: ['no-such-work'] })).toEqual([]);
  });

  it('persists: opening the folder again gives the same items and the same answers, deletions included', async () => {
    const { store, items, folder } = await filled();
    await store.deleteDocument('work-3');
    await store.persist();
    const reopened = await open(folder, D);
    expect(reopened.size()).toBe(items.length - 30);
    const query = randomVector();
    const [before, after] = [await store.query(query, 10), await reopened.query(query, 10)];
    expect(after.map((h) => h.id)).toEqual(before.map((h) => h.id));
    expect(after.map((h) => h.item)).toEqual(before.map((h) => h.item));
    expect(await reopened.deleteDocument('work-1')).toBe(30);
  });

  it('refuses to open a store with other dimensions', async () => {
    const { store, folder } = await filled();
    await store.persist();
    await expect(open(folder, D + 4)).rejects.toThrow(/dimensions/);
  });
});

describe('the Vectra store is a real Vectra index', () => {
  it("Vectra's own LocalIndex reads the persisted folder and ranks as the store does", async () => {
    const folder = freshFolder();
    const store = await openVectraStore(folder, D);
    await store.add(sampleItems());
    await store.persist();
    const { LocalIndex, ProtobufCodec } = await import('vectra');
    const vectra = new LocalIndex(folder, undefined, undefined, new ProtobufCodec());
    const query = randomVector();
    const theirs = await vectra.queryItems(Array.from(query), '', 8, { kind: { $eq: 'sentence' } }, false);
    const ours = await store.query(query, 8, { kinds: ['sentence'] });
    expect(theirs.map((r) => r.item.id)).toEqual(ours.map((h) => h.id));
    theirs.forEach((r, i) => expect(r.score).toBeCloseTo(ours[i]!.score, 5));
  });
});
