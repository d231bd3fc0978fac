/**
 * What makes a model's vectors, as one digest: its files (weights, tokenizer, configs), the precision it is run
 * in and its input convention. An index built under another digest is stale even when the model's name is the
 * same: a model folder re-fetched, re-quantized or given another passage prompt makes other vectors.
 */
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

export interface ModelMaking {
  /** The model's folder; null for a Hub model, whose files transformers.js keeps in its own cache. */
  localDir: string | null;
  dtype: string;
  /** Prompts and pooling, as the embedder applies them. */
  convention: unknown;
}

export async function modelDigest(making: ModelMaking): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify({ dtype: making.dtype, convention: making.convention }));
  if (making.localDir) {
    const files = (await readdir(making.localDir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
    for (const file of files) {
      hash.update(`\0${path.relative(making.localDir, file).split(path.sep).join('/')}\0`);
      await hashFile(hash, file);
    }
  }
  return hash.digest('hex').slice(0, 16);
}

async function hashFile(hash: Hash, file: string): Promise<void> {
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
}
