/**
 * Opens the on-disk index for a corpus and model, building or refreshing it when needed. A stale or
 * unreadable index is rebuilt with a message, never silently used; unchanged texts keep their vectors;
 * a new generation becomes current only by an atomic rename of the manifest, so a crash mid-build leaves
 * the previous index in place, and the vectors embedded before the crash are in a checkpoint the next build
 * resumes from. A warm start reads only the generation's serving file (server/index/serving.ts); the store of
 * record (Vectra's file and its matrix cache) is read, and checked against its checksums, when a rebuild reuses
 * its vectors.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Corpus } from '../corpus/types.ts';
import { openCheckpoint, removeCheckpoint, type Checkpoint } from './checkpoint.ts';
import type { Embedder } from './embedder.ts';
import { INDEX_FORMAT_VERSION, Manifest, sameModel, staleness } from './manifest.ts';
import { progressLine } from './progress.ts';
import { FormatMismatch } from './sections.ts';
import { contentHash, corpusFingerprint, embeddingUnits, unitKey, type EmbeddingUnit } from './units.ts';
import { compactServing, floatServing, readServingIndex, writeServingIndex, type ServingIndex } from './serving.ts';
import { openVectraStore } from './vectra-store.ts';
import type { StoredVector } from './vector-store.ts';

export interface OpenIndexOptions {
  dir: string;
  corpus: Corpus;
  embedder: Embedder;
  log: (message: string) => void;
  /** Rebuild even when the index is current. */
  force?: boolean;
  /**
   * Starts an embedder for a build with many texts to embed, closed when the build is done: two worker threads
   * of one onnxruntime thread each indexed 1.1-1.35x faster than the serving embedder, whose second model
   * session would cost a serving process 130 MB (docs/scale.md).
   */
  buildEmbedder?: () => Promise<Embedder & { close(): Promise<void> }>;
}

export interface OpenedIndex {
  manifest: Manifest;
  /** What the retriever ranks with. */
  serving: ServingIndex;
  /** embedded: texts embedded by this run; resumed: taken from an interrupted build's checkpoint; reused: from the previous index. */
  build: { rebuilt: boolean; reason?: string; embedded: number; resumed: number; reused: number; seconds: number };
}

type HashedUnit = EmbeddingUnit & { hash: string };

const MANIFEST = 'manifest.json';
const CHECKPOINT = 'checkpoint.bin';
/** Windows per batch (each with its sentences: about 4 vectors a window in the real corpus). */
const BATCH = 16;
/**
 * The checkpoint is synced when this many texts or this much time have gone by since the last sync: a sync per
 * 64-text batch would come every few ms with a static model, while a transformer takes seconds per batch.
 */
const CHECKPOINT_TEXTS = 1024;
const CHECKPOINT_MS = 500;
const PROGRESS_MS = 2000;
/** A build with at least this many texts to embed starts its own embedder (`buildEmbedder`), if given. */
const BUILD_EMBEDDER_TEXTS = 256;

export async function openIndex(options: OpenIndexOptions): Promise<OpenedIndex> {
  const { dir, corpus, embedder, log } = options;
  const fingerprint = corpusFingerprint(corpus);
  const started = performance.now();

  const current = await readCurrent(dir, embedder.dimensions);
  let reason: string;
  if (current.ok) {
    const verdict = staleness(current.manifest, embedder, fingerprint);
    if (!verdict.stale && !options.force) {
      try {
        const serving = await readServingIndex(path.join(dir, current.manifest.generation), embedder.dimensions);
        return { manifest: current.manifest, serving, build: { rebuilt: false, embedded: 0, resumed: 0, reused: current.manifest.units, seconds: 0 } };
      } catch (error) {
        reason = error instanceof FormatMismatch ? `it was built by another version (${firstLine(error)})` : `the index is unreadable (${firstLine(error)})`;
      }
    } else {
      reason = verdict.stale ? verdict.reason : 'a rebuild was requested';
    }
  } else {
    reason = current.reason;
  }
  log(`index: rebuilding in ${dir} because ${reason}`);
  // Hashed in place: a copy of each unit would be 400k more objects at 100k paragraphs.
  const units = embeddingUnits(corpus) as HashedUnit[];
  // A paragraph's windows come before its sentences (embeddingUnits), so a sentence's window is hashed first.
  const windowHashes = new Map<string, string>();
  for (const u of units) {
    u.hash = contentHash(unitKey(u, (id) => windowHashes.get(id)!));
    if (u.kind === 'paragraph') windowHashes.set(u.id, u.hash);
  }

  const reusable = new Map<string, Float32Array>();
  if (current.ok && sameModel(current.manifest, embedder)) {
    try {
      const previous = await openVectraStore(path.join(dir, current.manifest.generation), embedder.dimensions);
      for (const v of previous.items()) reusable.set(v.hash, v.vector);
    } catch (error) {
      log(`index: the stored vectors cannot be reused (${firstLine(error)}); every text is embedded again`);
    }
  }
  // Before any embedding: an unusable INDEX_DIR fails at once, not after minutes of work.
  await mkdir(dir, { recursive: true });
  const checkpointFile = path.join(dir, CHECKPOINT);
  const checkpoint = await openCheckpoint(checkpointFile, `${embedder.modelId} ${embedder.modelDigest}`, embedder.dimensions, contentHash('').length / 2);
  let built: Awaited<ReturnType<typeof embedUnits>>;
  try {
    built = await embedUnits(units, reusable, { embedder, ...(options.buildEmbedder ? { start: options.buildEmbedder } : {}) }, checkpoint, log);
  } finally {
    await checkpoint.close();
  }

  const generation = `gen-${Date.now().toString(36)}-${process.pid}`;
  const store = await openVectraStore(path.join(dir, generation), embedder.dimensions);
  await store.add(built.stored);
  await store.persist();
  const vectors = new Map(store.items().map((v) => [v.id, v.vector]));
  const serving = compactServing(floatServing(corpus, units, (id) => vectors.get(id)!, embedder.dimensions));
  await writeServingIndex(path.join(dir, generation), serving);
  const manifest: Manifest = {
    formatVersion: INDEX_FORMAT_VERSION,
    modelId: embedder.modelId,
    modelDigest: embedder.modelDigest,
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
  return { manifest, serving, build: { rebuilt: true, reason, embedded: built.embedded, resumed: built.resumed, reused: built.reused, seconds } };
}

type Current = { ok: true; manifest: Manifest } | { ok: false; reason: string };

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
  return { ok: true, manifest };
}

function firstLine(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

/**
 * Vectors for every unit: reused from the previous index, resumed from the checkpoint, or embedded now (by the
 * build's own embedder when there are many) in batches that are appended to the checkpoint (synced) as they
 * finish. A progress line follows a checkpoint sync, so what it reports as done is on disk.
 */
async function embedUnits(
  units: readonly HashedUnit[],
  reusable: Map<string, Float32Array>,
  embedders: { embedder: Embedder; start?: () => Promise<Embedder & { close(): Promise<void> }> },
  checkpoint: Checkpoint,
  log: (message: string) => void,
): Promise<{ stored: StoredVector[]; embedded: number; resumed: number; reused: number }> {
  const fresh = new Map<string, Float32Array>();
  const missing = new Set<string>();
  for (const u of units) {
    if (reusable.has(u.hash) || missing.has(u.hash)) continue;
    missing.add(u.hash);
    const recorded = checkpoint.recorded.get(u.hash);
    if (recorded) fresh.set(u.hash, recorded);
  }
  const resumed = fresh.size;
  const runs = pendingRuns(units, (hash) => reusable.has(hash) || fresh.has(hash));
  const pending = runs.reduce((n, r) => n + vectorsOf(r), 0);
  if (resumed) log(`index: resuming an interrupted build: ${resumed} texts from its checkpoint, ${pending} left to embed`);
  const own = embedders.start && pending >= BUILD_EMBEDDER_TEXTS ? await embedders.start() : null;
  try {
    await embedPending(runs, pending, own ?? embedders.embedder, fresh, checkpoint, log);
  } finally {
    await own?.close();
  }
  const stored = units.map((u) => {
    const vector = fresh.get(u.hash) ?? reusable.get(u.hash)!;
    const v: StoredVector = { id: u.id, kind: u.kind, hash: u.hash, vector };
    if (u.paragraphId) v.paragraphId = u.paragraphId;
    if (u.workId) v.workId = u.workId;
    return v;
  });
  return { stored, embedded: pending, resumed, reused: units.length - units.filter((u) => missing.has(u.hash)).length };
}

/**
 * One run of the model: a window's text, read for the window's own vector (when it is not done yet) and for the
 * sentences read in it that are not done yet (their spans in the text).
 */
interface Run {
  text: string;
  /** The window's hash when its vector is still needed. */
  window: string | null;
  parts: { hash: string; start: number; end: number }[];
}

const vectorsOf = (run: Run) => (run.window ? 1 : 0) + run.parts.length;

/** The runs that produce every vector not done yet, one per window text, in unit order. */
function pendingRuns(units: readonly HashedUnit[], done: (hash: string) => boolean): Run[] {
  const windows = new Map(units.flatMap((u) => (u.kind === 'paragraph' ? [[u.id, u] as const] : [])));
  const runs = new Map<string, Run>();
  const seen = new Set<string>();
  for (const u of units) {
    if (done(u.hash) || seen.has(u.hash)) continue;
    seen.add(u.hash);
    const window = u.within ? windows.get(u.within.window)! : u;
    let run = runs.get(window.hash);
    if (!run) runs.set(window.hash, (run = { text: window.text, window: null, parts: [] }));
    if (u.within) run.parts.push({ hash: u.hash, start: u.within.start, end: u.within.end });
    else run.window = u.hash;
  }
  return [...runs.values()];
}

/** Embeds the runs in batches into `fresh`, appending their vectors to the checkpoint (synced) as they finish. */
async function embedPending(
  runs: readonly Run[],
  total: number,
  embedder: Embedder,
  fresh: Map<string, Float32Array>,
  checkpoint: Checkpoint,
  log: (message: string) => void,
): Promise<void> {
  const started = performance.now();
  let lastSync = started;
  let lastLog = -Infinity;
  let unsynced: [string, Float32Array][] = [];
  let done = 0;
  for (let i = 0; i < runs.length; i += BATCH) {
    const batch = runs.slice(i, i + BATCH);
    const vectors = await embedder.embedParts(batch);
    batch.forEach((run, j) => {
      const [whole, ...parts] = vectors[j]!;
      const computed: [string, Float32Array][] = run.parts.map((p, k) => [p.hash, parts[k]!]);
      if (run.window) computed.push([run.window, whole!]);
      for (const [hash, vector] of computed) fresh.set(hash, vector);
      unsynced.push(...computed);
      done += computed.length;
    });
    const now = performance.now();
    // The first batch is synced at once: the first progress line comes early, with nearly all the work still ahead.
    if (i > 0 && unsynced.length < CHECKPOINT_TEXTS && now - lastSync < CHECKPOINT_MS && done < total) continue;
    await checkpoint.append(unsynced);
    unsynced = [];
    lastSync = now;
    if (now - lastLog >= PROGRESS_MS || done === total) {
      log(progressLine({ done, total, seconds: (now - started) / 1000 }));
      lastLog = now;
    }
  }
}

async function removeOtherGenerations(dir: string, keep: string): Promise<void> {
  for (const entry of await readdir(dir)) {
    if (entry.startsWith('gen-') && entry !== keep) await rm(path.join(dir, entry), { recursive: true, force: true });
  }
}

/** The current generation's vectors by unit id, from the store of record: for measuring float against int8, and for tests. */
export async function storedVectors(dir: string, dimensions: number): Promise<Map<string, Float32Array>> {
  const current = await readCurrent(dir, dimensions);
  if (!current.ok) throw new Error(`no usable index in ${dir}: ${current.reason}`);
  const store = await openVectraStore(path.join(dir, current.manifest.generation), dimensions);
  return new Map(store.items().map((v) => [v.id, v.vector]));
}
