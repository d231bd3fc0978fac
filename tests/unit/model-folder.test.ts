import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../embeddings/catalog.ts';
import { modelFolderFiles, ONNX_PATH } from '../../embeddings/model-folder.ts';
import { DEFAULT_MODEL } from '../../server/config.ts';

const modelsDir = path.resolve(import.meta.dirname, '../../embeddings/models');
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const committed = CATALOG.filter((m) => existsSync(path.join(modelsDir, m.name)));

describe('the committed model folders', () => {
  it('include the default model, from the catalog', () => {
    expect(committed.map((m) => m.name)).toContain(DEFAULT_MODEL);
  });

  for (const model of committed) {
    const folder = path.join(modelsDir, model.name);
    it(`${model.name}: weights and tokenizer are the catalog's files, byte for byte`, () => {
      expect(sha256(path.join(folder, ONNX_PATH))).toBe(model.sha256.onnx);
      expect(sha256(path.join(folder, 'tokenizer.json'))).toBe(model.sha256.tokenizer);
    });

    it(`${model.name}: configs are what fetch-model writes for its catalog entry`, () => {
      for (const [file, content] of Object.entries(modelFolderFiles(model))) expect(readFileSync(path.join(folder, file), 'utf8')).toBe(content);
    });
  }
});

describe('modelFolderFiles', () => {
  it('writes the pooling and prompts each model card asks for', () => {
    const files = (name: string) => modelFolderFiles(CATALOG.find((m) => m.name === name)!);
    const pooling = (name: string) => JSON.parse(files(name)['1_Pooling/config.json']!);
    const prompts = (name: string) => JSON.parse(files(name)['config_sentence_transformers.json']!).prompts;
    expect(pooling('bge-small-en-v1.5')).toMatchObject({ pooling_mode_cls_token: true, pooling_mode_mean_tokens: false });
    expect(pooling('e5-small-v2')).toMatchObject({ pooling_mode_cls_token: false, pooling_mode_mean_tokens: true });
    expect(prompts('e5-small-v2')).toEqual({ query: 'query: ', passage: 'passage: ' });
    expect(prompts('bge-small-en-v1.5').query).toMatch(/^Represent this sentence/);
    expect(JSON.parse(files('all-MiniLM-L6-v2')['config.json']!)).toMatchObject({ model_type: 'bert', hidden_size: 384, num_hidden_layers: 6 });
    expect(JSON.parse(files('e5-small-v2')['tokenizer_config.json']!)).toMatchObject({ tokenizer_class: 'BertTokenizer', do_lower_case: true, model_max_length: 512 });
  });
});
