/**
 * The embedder's own pooling against the transformers.js pipeline's pooling: the same vectors (to float
 * rounding) for random and real texts, in input order.
 */
import { pipeline } from '@huggingface/transformers';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadCorpus } from '../../server/corpus/load.ts';
import { createEmbedder, inputConvention, unitCopy, type Embedder } from '../../server/index/embedder.ts';
import { testConfig } from '../support/deps.ts';

let embedder: Embedder;
let reference: (texts: string[]) => Promise<Float32Array[]>;
let real: string[];
let cases = 0;
afterAll(() => console.log(`fuzz: ${cases} embedder cases run`));

beforeAll(async () => {
  const config = testConfig();
  embedder = await createEmbedder({ model: config.EMBEDDING_MODEL, modelsDir: config.MODELS_DIR, allowRemote: false });
  const { prompts, pooling } = inputConvention(config.EMBEDDING_MODEL, `${config.MODELS_DIR}/${config.EMBEDDING_MODEL}`);
  // createEmbedder has pointed transformers.js at MODELS_DIR; this is the pipeline that does the same job.
  const extractor = await pipeline('feature-extraction', config.EMBEDDING_MODEL, { dtype: 'q8' });
  // One text per call, as the embedder runs them (a padded batch changes an int8 model's vectors).
  reference = async (texts) => {
    const vectors: Float32Array[] = [];
    for (const text of texts) {
      const output = await extractor([prompts.passage + text], { pooling, normalize: false });
      vectors.push(unitCopy(output.data as Float32Array));
    }
    return vectors;
  };
  real = (await loadCorpus(config.CORPUS_DIR)).paragraphs.map((p) => p.text);
});

const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i]!, 0);

it('embeds random and real texts as the pipeline’s pooling does, each vector in its place', async () => {
  const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.constantFrom(...real.slice(0, 60)), fc.lorem({ maxCount: 30 }));
  await fc.assert(
    fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 20 }), async (texts) => {
      cases++;
      const [ours, theirs] = [await embedder.embed(texts, 'passage'), await reference(texts)];
      expect(ours).toHaveLength(texts.length);
      ours.forEach((v, i) => expect(dot(v, theirs[i]!)).toBeGreaterThan(0.9999));
    }),
    { numRuns: 12, seed: 3 },
  );
});
