/**
 * Vitest global setup: builds the real index (real corpus, real embedded model) once per run, or reuses the one
 * a previous run left in .index-test/ while corpus and model are unchanged, and hands its folder to the tests.
 */
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { parseConfig } from '../../server/config.ts';
import { loadCorpus } from '../../server/corpus/load.ts';
import { openIndex } from '../../server/index/build.ts';
import { createEmbedder } from '../../server/index/embedder.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A built index of the real corpus: copy it before opening it with another corpus (see tests/support/deps.ts). */
    sharedIndexDir: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const config = parseConfig({ ...process.env, ALLOW_REMOTE_MODELS: 'false' });
  const dir = path.join(config.rootDir, '.index-test');
  const corpus = await loadCorpus(config.CORPUS_DIR);
  const embedder = await createEmbedder({ model: config.EMBEDDING_MODEL, modelsDir: config.MODELS_DIR, allowRemote: false });
  await openIndex({ dir, corpus, embedder, log: (m) => console.log(`[shared test index] ${m}`) });
  project.provide('sharedIndexDir', dir);
}
