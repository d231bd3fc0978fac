/**
 * The embedder's own mean pooling (3× faster indexing) against the transformers.js pipeline's
 * `pooling: 'mean'` it replaced: bit-for-bit equal vectors for random and real texts, batched as indexing does.
 */
import { pipeline } from '@huggingface/transformers';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadCorpus } from '../../server/corpus/load.ts';
import { createEmbedder, unitCopy, type Embedder } from '../../server/index/embedder.ts';
import { testConfig } from '../support/deps.ts';

let embedder: Embedder;
let reference: (texts: string[]) => Promise<Float32Array[]>;
let real: string[];
let cases = 0;
afterAll(() => console.log(`fuzz: ${cases} embedder cases run`));

beforeAll(async () => {
  const config = testConfig();
  embedder = await createEmbedder({ model: config.EMBEDDING_MODEL, modelsDir: config.MODELS_DIR, allowRemote: false });
  // createEmbedder has pointed transformers.js at MODELS_DIR; this is the pipeline call it used to make.
  const extractor = await pipeline('feature-extraction', config.EMBEDDING_MODEL, { dtype: 'fp32' });
  reference = async (texts) => {
    const output = await extractor(texts, { pooling: 'mean', normalize: false });
    const [rows, dims] = output.dims as [number, number];
    const data = output.data as Float32Array;
    return Array.from({ length: rows }, (_, i) => unitCopy(data.subarray(i * dims, (i + 1) * dims)));
  };
  real = (await loadCorpus(config.CORPUS_DIR)).paragraphs.map((p) => p.text);
});

const bits = (v: Float32Array) => [...new Uint32Array(v.buffer, v.byteOffset, v.length)];

it('embeds random and real texts exactly as the pipeline’s mean pooling did', async () => {
  const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.constantFrom(...real.slice(0, 60)), fc.lorem({ maxCount: 40 }));
  await fc.assert(
    fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 40 }), async (texts) => {
      cases++;
      const [ours, theirs] = [await embedder.embed(texts, 'passage'), await reference(texts)];
      expect(ours.map(bits)).toEqual(theirs.map(bits));
    }),
    { numRuns: 40, seed: 3 },
  );
});
