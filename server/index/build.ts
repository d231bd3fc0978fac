/**
 * Opens the on-disk index for a corpus and model, building or refreshing it when needed. A stale or
 * unreadable index is rebuilt with a message, never silently used; unchanged texts keep their vectors;
 * a new generation becomes current only by an atomic rename of the manifest, so a crash mid-build leaves
 * the previous index in place.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Corpus } from '../corpus/types.ts';
import type { Embedder } from './embedder.ts';
import { INDEX_FORMAT_VERSION, Manifest, staleness } from './manifest.ts';
import { contentHash, corpusFingerprint, embeddingUnits, type EmbeddingUnit } from './units.ts';
import { readMatrix, readVectors, storeOrder, unitsDigest, writeVectors, type StoredMatrix, type StoredVector } from './vector-store.ts';

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
  /** Unit id → unit vector. */
  vectors: Map<string, Float32Array>;
  build: { rebuilt: boolean; reason?: string; embedded: number; reused: number; seconds: number };
}

const MANIFEST = 'manifest.json';
const BATCH = 64;

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
        return { manifest: current.manifest, vectors, build: { rebuilt: false, embedded: 0, reused: vectors.size, seconds: 0 } };
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
      for (const v of await readVectors(path.join(dir, current.manifest.generation), embedder.dimensions)) reusable.set(v.hash, v.vector);
    } catch {
      // Nothing to reuse: every text is embedded again.
    }
  }
  // Before any embedding: an unusable INDEX_DIR fails at once, not after minutes of work.
  await mkdir(dir, { recursive: true });
  const built = await embedUnits(units, reusable, embedder, log);

  const generation = `gen-${Date.now().toString(36)}-${process.pid}`;
  const written = await writeVectors(path.join(dir, generation), built.stored, embedder.dimensions);
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
  await removeOtherGenerations(dir, generation);

  const seconds = (performance.now() - started) / 1000;
  const paragraphs = corpus.paragraphs.length;
  log(
    `index: ${new Set(corpus.works.map((w) => w.file)).size} files, ${corpus.works.length} works, ${paragraphs} paragraphs, ${units.length} units; ` +
      `embedded ${built.embedded}, reused ${built.reused} in ${seconds.toFixed(1)} s` +
      (built.embedded ? ` (${Math.round(built.embedded / seconds)} texts/s)` : ''),
  );
  const vectors = new Map(written.map((v) => [v.id, v.vector]));
  return { manifest, vectors, build: { rebuilt: true, reason, embedded: built.embedded, reused: built.reused, seconds } };
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

async function embedUnits(
  units: readonly (EmbeddingUnit & { hash: string })[],
  reusable: Map<string, Float32Array>,
  embedder: Embedder,
  log: (message: string) => void,
): Promise<{ stored: StoredVector[]; embedded: number; reused: number }> {
  const missing = new Map<string, string>();
  for (const u of units) if (!reusable.has(u.hash)) missing.set(u.hash, u.text);
  const pending = [...missing];
  const fresh = new Map<string, Float32Array>();
  const started = performance.now();
  let lastLog = started;
  for (let i = 0; i < pending.length; i += BATCH) {
    const batch = pending.slice(i, i + BATCH);
    const vectors = await embedder.embed(batch.map(([, text]) => text), 'passage');
    batch.forEach(([hash], j) => fresh.set(hash, vectors[j]!));
    const now = performance.now();
    if (now - lastLog > 2000) {
      const done = Math.min(i + BATCH, pending.length);
      log(`index: embedded ${done}/${pending.length} (${Math.round(done / ((now - started) / 1000))} texts/s)`);
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
  return { stored, embedded: fresh.size, reused: units.length - units.filter((u) => missing.has(u.hash)).length };
}

async function removeOtherGenerations(dir: string, keep: string): Promise<void> {
  for (const entry of await readdir(dir)) {
    if (entry.startsWith('gen-') && entry !== keep) await rm(path.join(dir, entry), { recursive: true, force: true });
  }
}
