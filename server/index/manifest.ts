/** The index manifest: which model and which corpus built the vectors, and where they are. */
import { z } from 'zod';

/**
 * Bump when the vectors a build makes change for the same corpus and model (2: sentences pooled from their
 * window's run instead of embedded alone); an index of another format is rebuilt.
 */
export const INDEX_FORMAT_VERSION = 2;

export const Manifest = z.object({
  formatVersion: z.number().int(),
  modelId: z.string(),
  /** The embedder's `modelDigest` (absent from indexes built before it was recorded). */
  modelDigest: z.string().optional(),
  dimensions: z.number().int().positive(),
  corpusFingerprint: z.string(),
  /** Folder (inside the index directory) holding this generation's Vectra index. */
  generation: z.string().regex(/^gen-[\w-]+$/),
  units: z.number().int().nonnegative(),
  builtAt: z.string(),
});
export type Manifest = z.infer<typeof Manifest>;

export type Staleness = { stale: false } | { stale: true; reason: string };

/** The model an index's vectors come from: its name, and the digest of what makes its vectors. */
export type ModelIdentity = Pick<Manifest, 'modelId' | 'modelDigest'>;

/** Whether vectors made by one model can stand for another's: the same name and the same files, precision and prompts. */
export const sameModel = (a: ModelIdentity, b: ModelIdentity): boolean => a.modelId === b.modelId && a.modelDigest === b.modelDigest;

/** Whether an index built as `manifest` can serve `model` over the corpus with `fingerprint`. */
export function staleness(manifest: Manifest, model: ModelIdentity, fingerprint: string): Staleness {
  if (manifest.formatVersion !== INDEX_FORMAT_VERSION) {
    return { stale: true, reason: `it was built in index format ${manifest.formatVersion}; this version builds format ${INDEX_FORMAT_VERSION}` };
  }
  if (manifest.modelId !== model.modelId) return { stale: true, reason: `it was built with model "${manifest.modelId}", not "${model.modelId}"` };
  if (manifest.modelDigest !== model.modelDigest) {
    return { stale: true, reason: manifest.modelDigest ? `the files of model "${model.modelId}" have changed since it was built` : 'it does not record which model files built it' };
  }
  if (manifest.corpusFingerprint !== fingerprint) return { stale: true, reason: 'the corpus has changed since it was built' };
  return { stale: false };
}
