import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { modelDigest, type ModelMaking } from '../../server/index/model-digest.ts';
import { tempDir } from '../support/deps.ts';

const work = tempDir('model-digest-');
afterAll(work.remove);

/** A model folder of small stand-in files (the digest reads bytes, not models). */
function folder(name: string, files: Record<string, string>): string {
  const dir = path.join(work.dir, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const FILES = { 'config.json': '{"model_type":"bert"}', 'tokenizer.json': '{"vocab":{}}', 'onnx/model_quantized.onnx': 'weights' };
const convention = { prompts: { query: 'query: ', passage: 'passage: ' }, pooling: 'mean' };
const making = (localDir: string | null, changes: Partial<ModelMaking> = {}): ModelMaking => ({ localDir, dtype: 'q8', convention, ...changes });

describe('modelDigest', () => {
  it('is the same for the same files, precision and convention, wherever the folder is', async () => {
    expect(await modelDigest(making(folder('a', FILES)))).toBe(await modelDigest(making(folder('b', FILES))));
  });

  it('changes with a byte of the weights, a file added or moved, the precision, the prompts or the pooling', async () => {
    const base = await modelDigest(making(folder('base', FILES)));
    const variants = [
      making(folder('weights', { ...FILES, 'onnx/model_quantized.onnx': 'weightz' })),
      making(folder('added', { ...FILES, 'onnx/model.onnx': 'full precision' })),
      making(folder('moved', { 'config.json': FILES['config.json'], 'tokenizer.json': FILES['tokenizer.json'], 'model_quantized.onnx': 'weights' })),
      making(folder('dtype', FILES), { dtype: 'fp32' }),
      making(folder('prompt', FILES), { convention: { ...convention, prompts: { query: 'query: ', passage: 'query: ' } } }),
      making(folder('pooling', FILES), { convention: { ...convention, pooling: 'cls' } }),
    ];
    const digests = await Promise.all(variants.map(modelDigest));
    expect(new Set([base, ...digests]).size).toBe(variants.length + 1);
  });

  it('for a Hub model, which has no folder here, reads its precision and convention', async () => {
    expect(await modelDigest(making(null))).toBe(await modelDigest(making(null)));
    expect(await modelDigest(making(null))).not.toBe(await modelDigest(making(null, { dtype: 'fp32' })));
  });
});
