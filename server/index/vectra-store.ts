/**
 * The default VectorStore, in Vectra's format: per folder (an index generation), a Vectra LocalIndex
 * (protobuf, the store of record, with metadata for outside tools) and beside it a flat matrix cache that a
 * rebuild reads to reuse vectors (a start reads serving.bin instead): `matrix.f32` (the vectors, little-endian),
 * `cache.json` (size, checksums, digest of the unit list) and `units.json` (id, kind, text hash, paragraph and
 * work of each row). Vectra is pinned; its quirks (positional queryItems, silent truncation of mismatched
 * vectors, an O(N) duplicate check per insert, a BM25 rebuilt per query) stay out: items live in memory here, are
 * queried by our own scan, and are written with Vectra's codec directly. Lexical ranking is not the store's job.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { endianness } from 'node:os';
import { mkdir, open, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { IndexItem, LocalIndex } from 'vectra';
import type { UnitKind } from './units.ts';
import { admits, byScoreThenId, checkDimensions, itemOf, type StoredVector, type StoreHit, type VectorStore } from './vector-store.ts';

type ItemMetadata = { kind: string; hash: string; paragraphId?: string; workId?: string };

const VECTRA_FILE = 'index.pb';
const MATRIX_FILE = 'matrix.f32';
const UNITS_FILE = 'units.json';
const CACHE_FILE = 'cache.json';
/** 2: units.json rows carry paragraph and work. */
const CACHE_FORMAT = 2;
/** Items encoded per protobuf chunk: bounds the memory of number[] copies Vectra's codec needs. */
const CHUNK = 4096;

interface CacheFile {
  format: typeof CACHE_FORMAT;
  dimensions: number;
  count: number;
  /** unitsDigest of the rows: two generations hold the same units in the same order when their digests are equal. */
  unitsDigest: string;
  /** sha256 of every other file of the generation, each checked when it is read: a damaged file is never used. */
  sha256: Record<typeof MATRIX_FILE | typeof UNITS_FILE | typeof VECTRA_FILE, string>;
}

/** [id, kind, hash, paragraphId, workId] per row of the matrix. */
type UnitRow = [string, UnitKind, string, string | null, string | null];

export interface UnitKey {
  id: string;
  kind: UnitKind;
  hash: string;
}

/** One digest of a whole unit list, in order: equal digests mean row i of the matrix is unit i. */
export function unitsDigest(units: Iterable<UnitKey>): string {
  const hash = createHash('sha256');
  for (const u of units) hash.update(`${u.id}\t${u.kind}\t${u.hash}\n`);
  return hash.digest('hex');
}

/** Vectra is imported only to write an index or to read one whose cache is unusable: loading it costs ~120 MB of RSS. */
const loadVectra = () => import('vectra');

async function openVectra(folder: string): Promise<LocalIndex<ItemMetadata>> {
  const { LocalIndex, ProtobufCodec } = await loadVectra();
  return new LocalIndex<ItemMetadata>(folder, undefined, undefined, new ProtobufCodec());
}

const KIND_ORDER: Record<UnitKind, number> = { paragraph: 0, sentence: 1 };

/** The order rows are stored in: paragraph units, then sentence units, each kind in the order given. */
export function storeOrder<T extends { kind: UnitKind }>(items: readonly T[]): T[] {
  const byKind: T[][] = [[], []];
  for (const item of items) byKind[KIND_ORDER[item.kind]]!.push(item);
  return byKind.flat();
}

/**
 * Writes all vectors to `folder` (replacing what a previous persist wrote there): the Vectra index and the
 * matrix cache, each kind's vectors back to back (paragraph units, then sentence units, each in the order given), so
 * the retriever's matrices can be views of the cache instead of copies. Returns the vectors in that order,
 * as views of the written matrix.
 *
 * Vectra's batchInsertItems checks each id against every earlier item (40k items took 14 s, quadratic), so
 * the index file is encoded directly with Vectra's own codec, in chunks: protobuf parses concatenated
 * messages as one, with repeated fields appended, so the chunks together are one valid index.
 */
async function writeVectors(folder: string, given: readonly StoredVector[], dimensions: number): Promise<StoredVector[]> {
  if (endianness() !== 'LE') throw new Error('the matrix cache is little-endian; this machine is not');
  const vectors = storeOrder(given);
  await mkdir(folder, { recursive: true });
  const { ItemSelector, ProtobufCodec } = await loadVectra();
  const codec = new ProtobufCodec();
  const matrix = new Float32Array(vectors.length * dimensions);
  const vectraFile = await open(path.join(folder, VECTRA_FILE), 'w');
  const vectraHash = createHash('sha256');
  try {
    let start = 0;
    do {
      const items = vectors.slice(start, start + CHUNK).map((v, i): IndexItem => {
        checkDimensions(v.vector, dimensions, `vector ${v.id}`);
        matrix.set(v.vector, (start + i) * dimensions);
        const metadata: ItemMetadata = { kind: v.kind, hash: v.hash };
        if (v.paragraphId) metadata.paragraphId = v.paragraphId;
        if (v.workId) metadata.workId = v.workId;
        const vector = Array.from(v.vector);
        return { id: v.id, metadata, vector, norm: ItemSelector.normalize(vector) };
      });
      const chunk = codec.serializeIndex({ version: 1, metadata_config: {}, items });
      vectraHash.update(chunk);
      await vectraFile.write(chunk);
      start += CHUNK;
    } while (start < vectors.length);
  } finally {
    await vectraFile.close();
  }

  const bytes = new Uint8Array(matrix.buffer, matrix.byteOffset, matrix.byteLength);
  await writeFile(path.join(folder, MATRIX_FILE), bytes);
  const rows = JSON.stringify(vectors.map((v): UnitRow => [v.id, v.kind, v.hash, v.paragraphId ?? null, v.workId ?? null]));
  await writeFile(path.join(folder, UNITS_FILE), rows);
  const cache: CacheFile = {
    format: CACHE_FORMAT,
    dimensions,
    count: vectors.length,
    unitsDigest: unitsDigest(vectors),
    sha256: {
      [MATRIX_FILE]: createHash('sha256').update(bytes).digest('hex'),
      [UNITS_FILE]: createHash('sha256').update(rows).digest('hex'),
      [VECTRA_FILE]: vectraHash.digest('hex'),
    },
  };
  await writeFile(path.join(folder, CACHE_FILE), JSON.stringify(cache, null, 2));
  return vectors.map((v, i) => ({ ...v, vector: matrix.subarray(i * dimensions, (i + 1) * dimensions) }));
}

export interface StoredMatrix {
  /** count × dimensions, row i for the i-th unit in store order. */
  matrix: Float32Array;
  count: number;
  unitsDigest: string;
  /** The recorded sha256 of units.json, for whoever reads it. */
  unitsSha256: string;
}

/** The matrix cache of the generation in `folder`, checked against its size and checksum; throws when unusable. */
export async function readMatrix(folder: string, dimensions: number): Promise<StoredMatrix> {
  const meta = JSON.parse(await readFile(path.join(folder, CACHE_FILE), 'utf8')) as CacheFile;
  if (meta.format !== CACHE_FORMAT) throw new Error(`format ${String(meta.format)}, expected ${CACHE_FORMAT}`);
  if (meta.dimensions !== dimensions) throw new Error(`${meta.dimensions} dimensions, expected ${dimensions}`);
  const bytes = await readFile(path.join(folder, MATRIX_FILE));
  if (bytes.byteLength !== meta.count * dimensions * 4) {
    throw new Error(`matrix.f32 has ${bytes.byteLength} bytes, expected ${meta.count * dimensions * 4}`);
  }
  if (createHash('sha256').update(bytes).digest('hex') !== meta.sha256[MATRIX_FILE]) throw new Error(`${MATRIX_FILE} does not match its checksum`);
  // A Buffer from readFile may sit at any offset of a shared pool; a Float32Array view needs a 4-byte aligned one.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
  return {
    matrix: new Float32Array(aligned.buffer, aligned.byteOffset, meta.count * dimensions),
    count: meta.count,
    unitsDigest: meta.unitsDigest,
    unitsSha256: meta.sha256[UNITS_FILE],
  };
}

/**
 * Every vector of the generation in `folder` with its unit, to reuse vectors by text hash in a rebuild: from
 * the matrix cache, or from the Vectra index when the cache is unusable. Throws when neither can be read.
 */
async function readVectors(folder: string, dimensions: number): Promise<StoredVector[]> {
  try {
    const { matrix, count, unitsSha256 } = await readMatrix(folder, dimensions);
    // units.json is read once: checked and parsed from the same bytes.
    const units = await readFile(path.join(folder, UNITS_FILE));
    if (createHash('sha256').update(units).digest('hex') !== unitsSha256) throw new Error(`${UNITS_FILE} does not match its checksum`);
    const rows = JSON.parse(units.toString('utf8')) as UnitRow[];
    if (!Array.isArray(rows) || rows.length !== count) throw new Error('units.json lists the wrong number of units');
    return rows.map(([id, kind, hash, paragraphId, workId], i) => {
      const stored: StoredVector = { id, kind, hash, vector: matrix.subarray(i * dimensions, (i + 1) * dimensions) };
      if (paragraphId) stored.paragraphId = paragraphId;
      if (workId) stored.workId = workId;
      return stored;
    });
  } catch {
    // The Vectra file is used only if it still matches the checksum recorded with it (when that record is readable).
    const expected = await readFile(path.join(folder, CACHE_FILE), 'utf8')
      .then((t) => (JSON.parse(t) as CacheFile).sha256?.[VECTRA_FILE])
      .catch(() => undefined);
    if (expected !== undefined && (await fileSha256(path.join(folder, VECTRA_FILE))) !== expected) throw new Error(`${VECTRA_FILE} does not match its checksum`);
    return readVectra(folder, dimensions);
  }
}

/** Streamed, so checking a 200 MB Vectra file does not hold it in memory. */
async function fileSha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function readVectra(folder: string, dimensions: number): Promise<StoredVector[]> {
  const index = await openVectra(folder);
  if (!(await index.isIndexCreated())) throw new Error(`no Vectra index in ${folder}`);
  const items = await index.listItems();
  return items.map((item) => {
    if (item.vector.length !== dimensions) throw new Error(`item ${item.id} has ${item.vector.length} dimensions, expected ${dimensions}`);
    const { kind, hash, paragraphId, workId } = item.metadata;
    const stored: StoredVector = { id: item.id, kind: kind as UnitKind, hash, vector: Float32Array.from(item.vector) };
    if (paragraphId) stored.paragraphId = paragraphId;
    if (workId) stored.workId = workId;
    return stored;
  });
}

/** Whether `folder` holds a store at all (an empty or missing folder opens to an empty store). */
async function holdsStore(folder: string): Promise<boolean> {
  const entries = await readdir(folder).catch(() => [] as string[]);
  return entries.includes(CACHE_FILE) || entries.includes(VECTRA_FILE);
}

export interface VectraStore extends VectorStore {
  /** Every item in store order (paragraph units, then sentence units); after persist, views of the written matrix. */
  items(): StoredVector[];
}

/** Opens the Vectra store in `folder`: from its matrix cache, or from the Vectra file when the cache is damaged. */
export async function openVectraStore(folder: string, dimensions: number): Promise<VectraStore> {
  const slots: (StoredVector | undefined)[] = (await holdsStore(folder)) ? await readVectors(folder, dimensions) : [];
  const slotOf = new Map(slots.map((v, i) => [v!.id, i]));
  const live = () => slots.filter((v): v is StoredVector => v !== undefined);
  return {
    dimensions,
    size: () => slotOf.size,
    items: live,
    async add(added) {
      for (const item of added) checkDimensions(item.vector, dimensions, `vector ${item.id}`);
      for (const item of added) {
        const slot = slotOf.get(item.id);
        if (slot === undefined) slotOf.set(item.id, slots.push(item) - 1);
        else slots[slot] = item;
      }
    },
    async deleteDocument(workId) {
      let removed = 0;
      slots.forEach((v, i) => {
        if (v?.workId !== workId) return;
        slots[i] = undefined;
        slotOf.delete(v.id);
        removed++;
      });
      return removed;
    },
    async query(vector, k, filter) {
      checkDimensions(vector, dimensions, 'the query vector');
      const queryNorm = norm(vector);
      const best: StoreHit[] = [];
      if (k <= 0) return best;
      for (const v of slots) {
        if (!v || !admits(filter, v)) continue;
        let dot = 0;
        for (let i = 0; i < dimensions; i++) dot += v.vector[i]! * vector[i]!;
        const length = queryNorm * norm(v.vector);
        const hit = { id: v.id, score: length > 0 ? dot / length : 0, item: v };
        if (best.length === k && byScoreThenId(hit, best[k - 1]!) >= 0) continue;
        best.splice(insertionPoint(best, hit), 0, hit);
        if (best.length > k) best.pop();
      }
      return best.map((h) => ({ ...h, item: itemOf(h.item as StoredVector) }));
    },
    async persist() {
      const written = await writeVectors(folder, live(), dimensions);
      slots.length = 0;
      slotOf.clear();
      for (const v of written) slotOf.set(v.id, slots.push(v) - 1);
    },
  };
}

function norm(v: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i]! * v[i]!;
  return Math.sqrt(sum);
}

/** Where `hit` goes in the sorted `best` (binary search). */
function insertionPoint(best: readonly StoreHit[], hit: StoreHit): number {
  let lo = 0;
  let hi = best.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byScoreThenId(best[mid]!, hit) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
