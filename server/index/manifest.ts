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
  dimensions: z.number().int().positive(),
  corpusFingerprint: z.string(),
  /** Folder (inside the index directory) holding this generation's Vectra index. */
  generation: z.string().regex(/^gen-[\w-]+$/),
  units: z.number().int().nonnegative(),
  builtAt: z.string(),
});
export type Manifest = z.infer<typeof Manifest>;

export type Staleness = { stale: false } | { stale: true; reason: string };

/** Whether an index built as `manifest` can serve `modelId` over the corpus with `fingerprint`. */
export function staleness(manifest: Manifest, modelId: string, fingerprint: string): Staleness {
  if (manifest.formatVersion !== INDEX_FORMAT_VERSION) {
    return { stale: true, reason: `it was built in index format ${manifest.formatVersion}; this version builds format ${INDEX_FORMAT_VERSION}` };
  }
  if (manifest.modelId !== modelId) return { stale: true, reason: `it was built with model "${manifest.modelId}", not "${modelId}"` };
  if (manifest.corpusFingerprint !== fingerprint) return { stale: true, reason: 'the corpus has changed since it was built' };
  return { stale: false };
}
