/**
 * Opens the on-disk index for a corpus and model, building or refreshing it when needed. A stale or
 * unreadable index is rebuilt with a message, never silently used; unchanged texts keep their vectors;
 * a new generation becomes current only by an atomic rename of the manifest, so a crash mid-build leaves
 * the previous index in place, and the vectors embedded before the crash are in a checkpoint the next build
 * resumes from.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Corpus } from '../corpus/types.ts';
import { openCheckpoint, removeCheckpoint, type Checkpoint } from './checkpoint.ts';
import type { Embedder } from './embedder.ts';
import { INDEX_FORMAT_VERSION, Manifest, staleness } from './manifest.ts';
import { progressLine } from './progress.ts';
import { contentHash, corpusFingerprint, embeddingUnits, type EmbeddingUnit } from './units.ts';
import { openVectraStore, readMatrix, storeOrder, unitsDigest, type StoredMatrix } from './vectra-store.ts';
import type { StoredVector } from './vector-store.ts';

export interface OpenIndexOptions {
  dir: string;
  corpus: Corpus;
  embedder: Embedder;
  log: (message: string) => void;
  /** Rebuild even when the index is current. */
  force?: boolean;
}

export interface OpenedIndex {
  manifest: Manifest;
  /** What was embedded, for the retriever to align with the vectors without working it out again. */
  units: readonly EmbeddingUnit[];
  /** Unit id → unit vector. */
  vectors: Map<string, Float32Array>;
  /** embedded: texts embedded by this run; resumed: taken from an interrupted build's checkpoint; reused: from the previous index. */
  build: { rebuilt: boolean; reason?: string; embedded: number; resumed: number; reused: number; seconds: number };
}

const MANIFEST = 'manifest.json';
const CHECKPOINT = 'checkpoint.bin';
const BATCH = 64;
/**
 * The checkpoint is synced when this many texts or this much time have gone by since the last sync: a sync per
 * 64-text batch would come every few ms with a static model, while a transformer takes seconds per batch.
 */
const CHECKPOINT_TEXTS = 1024;
const CHECKPOINT_MS = 500;
const PROGRESS_MS = 2000;

export async function openIndex(options: OpenIndexOptions): Promise<OpenedIndex> {
  const { dir, corpus, embedder, log } = options;
  // Hashed in place: a copy of each unit would be 400k more objects at 100k paragraphs.
  const units = embeddingUnits(corpus) as (EmbeddingUnit & { hash: string })[];
  for (const u of units) u.hash = contentHash(u.text);
  const fingerprint = corpusFingerprint(corpus);
  const started = performance.now();

  const current = await readCurrent(dir, embedder.dimensions);
  let reason: string;
  if (current.ok) {
    const verdict = staleness(current.manifest, embedder.modelId, fingerprint);
    if (!verdict.stale && !options.force) {
      const vectors = current.stored ? matchUnits(units, current.stored, embedder.dimensions) : null;
      if (vectors) {
        return { manifest: current.manifest, units, vectors, build: { rebuilt: false, embedded: 0, resumed: 0, reused: vectors.size, seconds: 0 } };
      }
      reason = current.cacheProblem ?? 'it does not match the corpus units';
    } else {
      reason = verdict.stale ? verdict.reason : 'a rebuild was requested';
    }
  } else {
    reason = current.reason;
  }
  log(`index: rebuilding in ${dir} because ${reason}`);

  const reusable = new Map<string, Float32Array>();
  if (current.ok && current.manifest.modelId === embedder.modelId) {
    try {
      const previous = await openVectraStore(path.join(dir, current.manifest.generation), embedder.dimensions);
      for (const v of previous.items()) reusable.set(v.hash, v.vector);
    } catch {
      // Nothing to reuse: every text is embedded again.
    }
  }
  // Before any embedding: an unusable INDEX_DIR fails at once, not after minutes of work.
  await mkdir(dir, { recursive: true });
  const checkpointFile = path.join(dir, CHECKPOINT);
  const checkpoint = await openCheckpoint(checkpointFile, embedder.modelId, embedder.dimensions, contentHash('').length / 2);
  let built: Awaited<ReturnType<typeof embedUnits>>;
  try {
    built = await embedUnits(units, reusable, embedder, checkpoint, log);
  } finally {
    await checkpoint.close();
  }

  const generation = `gen-${Date.now().toString(36)}-${process.pid}`;
  const store = await openVectraStore(path.join(dir, generation), embedder.dimensions);
  await store.add(built.stored);
  await store.persist();
  const manifest: Manifest = {
    formatVersion: INDEX_FORMAT_VERSION,
    modelId: embedder.modelId,
    dimensions: embedder.dimensions,
    corpusFingerprint: fingerprint,
    generation,
    units: built.stored.length,
    builtAt: new Date().toISOString(),
  };
  const tmp = path.join(dir, `${MANIFEST}.${process.pid}.tmp`);
  await writeFile(tmp, JSON.stringify(manifest, null, 2));
  await rename(tmp, path.join(dir, MANIFEST));
  await removeCheckpoint(checkpointFile);
  await removeOtherGenerations(dir, generation);

  const seconds = (performance.now() - started) / 1000;
  const paragraphs = corpus.paragraphs.length;
  log(
    `index: ${new Set(corpus.works.map((w) => w.file)).size} files, ${corpus.works.length} works, ${paragraphs} paragraphs, ${units.length} units; ` +
      `embedded ${built.embedded}, resumed ${built.resumed}, reused ${built.reused} in ${seconds.toFixed(1)} s` +
      (built.embedded ? ` (${Math.round(built.embedded / seconds)} texts/s)` : ''),
  );
  const vectors = new Map(store.items().map((v) => [v.id, v.vector]));
  return { manifest, units, vectors, build: { rebuilt: true, reason, embedded: built.embedded, resumed: built.resumed, reused: built.reused, seconds } };
}

type Current =
  | { ok: true; manifest: Manifest; stored: StoredMatrix; cacheProblem?: undefined }
  | { ok: true; manifest: Manifest; stored?: undefined; cacheProblem: string }
  | { ok: false; reason: string };

async function readCurrent(dir: string, dimensions: number): Promise<Current> {
  let raw: string;
  try {
    raw = await readFile(path.join(dir, MANIFEST), 'utf8');
  } catch {
    return { ok: false, reason: 'no index exists yet' };
  }
  let manifest: Manifest;
  try {
    manifest = Manifest.parse(JSON.parse(raw));
  } catch (error) {
    return { ok: false, reason: `the index is unreadable (${firstLine(error)})` };
  }
  if (manifest.dimensions !== dimensions) return { ok: false, reason: `its vectors have ${manifest.dimensions} dimensions, the model ${dimensions}` };
  try {
    return { ok: true, manifest, stored: await readMatrix(path.join(dir, manifest.generation), dimensions) };
  } catch (error) {
    return { ok: true, manifest, cacheProblem: `the index is unreadable (${firstLine(error)})` };
  }
}

/**
 * Vectors for every unit by id (views of the stored matrix), or null when the stored rows are not exactly
 * these units: a unit missing, added, or its text changed. One digest compares them all, so the warm start
 * never builds an object per stored unit (400k of them at 100k paragraphs).
 */
function matchUnits(units: readonly (EmbeddingUnit & { hash: string })[], stored: StoredMatrix, dimensions: number): Map<string, Float32Array> | null {
  const ordered = storeOrder(units);
  if (ordered.length !== stored.count || unitsDigest(ordered) !== stored.unitsDigest) return null;
  return new Map(ordered.map((u, i) => [u.id, stored.matrix.subarray(i * dimensions, (i + 1) * dimensions)]));
}

function firstLine(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

/**
 * Vectors for every unit: reused from the previous index, resumed from the checkpoint, or embedded now in
 * batches that are appended to the checkpoint (synced) as they finish. A progress line follows a checkpoint
 * sync, so what it reports as done is on disk.
 */
async function embedUnits(
  units: readonly (EmbeddingUnit & { hash: string })[],
  reusable: Map<string, Float32Array>,
  embedder: Embedder,
  checkpoint: Checkpoint,
  log: (message: string) => void,
): Promise<{ stored: StoredVector[]; embedded: number; resumed: number; reused: number }> {
  const missing = new Map<string, string>();
  for (const u of units) if (!reusable.has(u.hash)) missing.set(u.hash, u.text);
  const fresh = new Map<string, Float32Array>();
  for (const hash of missing.keys()) {
    const recorded = checkpoint.recorded.get(hash);
    if (recorded) fresh.set(hash, recorded);
  }
  const resumed = fresh.size;
  const pending = [...missing].filter(([hash]) => !fresh.has(hash));
  if (resumed) log(`index: resuming an interrupted build: ${resumed} texts from its checkpoint, ${pending.length} left to embed`);
  const started = performance.now();
  let lastSync = started;
  let lastLog = -Infinity;
  let unsynced: [string, Float32Array][] = [];
  for (let i = 0; i < pending.length; i += BATCH) {
    const batch = pending.slice(i, i + BATCH);
    const vectors = await embedder.embed(batch.map(([, text]) => text), 'passage');
    batch.forEach(([hash], j) => {
      fresh.set(hash, vectors[j]!);
      unsynced.push([hash, vectors[j]!]);
    });
    const done = i + batch.length;
    const now = performance.now();
    // The first batch is synced at once: the first progress line comes early, with nearly all the work still ahead.
    if (i > 0 && unsynced.length < CHECKPOINT_TEXTS && now - lastSync < CHECKPOINT_MS && done < pending.length) continue;
    await checkpoint.append(unsynced);
    unsynced = [];
    lastSync = now;
    if (now - lastLog >= PROGRESS_MS || done === pending.length) {
      log(progressLine({ done, total: pending.length, seconds: (now - started) / 1000 }));
      lastLog = now;
    }
  }
  const stored = units.map((u) => {
    const vector = fresh.get(u.hash) ?? reusable.get(u.hash)!;
    const v: StoredVector = { id: u.id, kind: u.kind, hash: u.hash, vector };
    if (u.paragraphId) v.paragraphId = u.paragraphId;
    if (u.workId) v.workId = u.workId;
    return v;
  });
  return { stored, embedded: pending.length, resumed, reused: units.length - units.filter((u) => missing.has(u.hash)).length };
}

async function removeOtherGenerations(dir: string, keep: string): Promise<void> {
  for (const entry of await readdir(dir)) {
    if (entry.startsWith('gen-') && entry !== keep) await rm(path.join(dir, entry), { recursive: true, force: true });
  }
}
