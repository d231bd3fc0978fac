import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AutoTokenizer } from '@huggingface/transformers';
import { beforeAll, describe, expect, it } from 'vitest';
import { bertWords } from '../../embeddings/model-builder.ts';
import { createEmbedder, type Embedder } from '../../server/index/embedder.ts';

const root = path.resolve(import.meta.dirname, '../..');
const modelsDir = path.join(root, 'embeddings', 'models');
const corpusDir = path.join(root, 'corpus');
const corpusTexts = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(path.join(corpusDir, f), 'utf8'));

const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i]!, 0);
const norm = (v: Float32Array) => Math.sqrt(dot(v, v));

describe('the default glove-100d embedder', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedder({ model: 'glove-100d', modelsDir, allowRemote: false });
  });

  it('loads offline with 100 dimensions', () => {
    expect(embedder.modelId).toBe('glove-100d');
    expect(embedder.dimensions).toBe(100);
  });

  it('returns one unit-length copy per text, in order, the same whether batched or not', async () => {
    const texts = Array.from({ length: 70 }, (_, i) => `${i % 2 ? 'heavy industry' : 'rice farming'} and the people, number ${i}`);
    const vectors = await embedder.embed(texts, 'passage');
    expect(vectors).toHaveLength(70);
    for (const v of vectors) {
      expect(v).toBeInstanceOf(Float32Array);
      expect(v.buffer.byteLength).toBe(100 * 4);
      expect(norm(v)).toBeCloseTo(1, 5);
    }
    const [single] = await embedder.embed([texts[69]!], 'passage');
    expect(dot(single!, vectors[69]!)).toBeCloseTo(1, 5);
    expect(dot(vectors[0]!, vectors[1]!)).toBeLessThan(0.9);
  });

  it('gives a zero vector to a text with no known word', async () => {
    const [v] = await embedder.embed(['nampho 1961 —'], 'query');
    expect([...v!].every((x) => x === 0)).toBe(true);
  });

  it('puts near-synonyms closer than unrelated words', async () => {
    const [children, kids, volcano, fertilizer, fertiliser, manure, piano] = await embedder.embed(
      ['children', 'kids', 'volcano', 'fertilizer', 'fertiliser', 'manure', 'piano'],
      'query',
    );
    expect(dot(children!, kids!)).toBeGreaterThan(dot(children!, volcano!) + 0.3);
    expect(dot(fertilizer!, fertiliser!)).toBeGreaterThan(dot(fertilizer!, piano!) + 0.3);
    expect(dot(fertilizer!, manure!)).toBeGreaterThan(dot(fertilizer!, piano!) + 0.3);
  });

  it('ranks a paraphrased question closest to the passage it paraphrases', async () => {
    const passages = [
      'We must produce more chemical fertilizer so that the farms can raise their grain yields.',
      'The army must be ready to defend the country against any enemy attack.',
      'Schools should train technicians and engineers for the new factories.',
    ];
    const [q] = await embedder.embed(['How can peasants harvest more crops?'], 'query');
    const scores = (await embedder.embed(passages, 'passage')).map((p) => dot(q!, p));
    expect(scores.indexOf(Math.max(...scores))).toBe(0);
  });
});

describe('the glove-100d tokenizer', () => {
  const modelDir = path.join(modelsDir, 'glove-100d');
  const unknownCorpusWords: string[] = JSON.parse(readFileSync(path.join(modelDir, 'config.json'), 'utf8')).unknown_corpus_words;

  it('knows every corpus word except the few GloVe lacks, which config.json lists', async () => {
    const tokenizer = await AutoTokenizer.from_pretrained(modelDir);
    const unk = tokenizer.unk_token_id;
    const words = [...new Set(corpusTexts.flatMap(bertWords))];
    expect(words.length).toBeGreaterThan(2000);
    expect(unknownCorpusWords.length).toBeLessThan(words.length * 0.02);
    const missing = words.filter((w) => {
      const ids = tokenizer.encode(w, { add_special_tokens: false });
      expect(ids).toHaveLength(1);
      return ids[0] === unk && !/^\p{N}+$/u.test(w) && !unknownCorpusWords.includes(w);
    });
    expect(missing).toEqual([]);
  });

  it('splits corpus text exactly as bertWords does (punctuation and unknown words aside)', async () => {
    const tokenizer = await AutoTokenizer.from_pretrained(modelDir);
    const text = corpusTexts[0]!;
    const tokens = tokenizer.tokenize(text).filter((t) => t !== '[UNK]');
    const known = new Set(tokens);
    expect(tokens).toEqual(bertWords(text).filter((w) => known.has(w)));
  });
});

describe('createEmbedder errors', () => {
  it('names EMBEDDING_MODEL and the folder it looked in when a model is missing and downloads are off', async () => {
    const error = await createEmbedder({ model: 'no-such-model', modelsDir, allowRemote: false }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^EMBEDDING_MODEL "no-such-model" is not available/);
    expect((error as Error).message).toContain(path.join(modelsDir, 'no-such-model'));
    expect((error as Error).message).toContain('ALLOW_REMOTE_MODELS=false');
  });

  it('names EMBEDDING_MODEL and the folder, in one line, when a model folder is broken', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'models-'));
    mkdirSync(path.join(dir, 'broken'));
    writeFileSync(path.join(dir, 'broken', 'config.json'), '{"model_type":"bert"}');
    const error = await createEmbedder({ model: 'broken', modelsDir: dir, allowRemote: false }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/^EMBEDDING_MODEL "broken" could not be loaded from the model folder /);
    expect((error as Error).message).not.toContain('\n');
  });
});

// A Hub model works through the same code path, but only when it is present locally or the Hub is reachable.
const BGE = 'Xenova/bge-small-en-v1.5';
const bge = await createEmbedder({ model: BGE, modelsDir, allowRemote: true }).catch((e: Error) => e);
if (bge instanceof Error) {
  const where = existsSync(path.join(modelsDir, BGE)) ? 'present locally but failed to load' : 'not under MODELS_DIR and the Hub is unreachable';
  console.log(`skipping the ${BGE} test: ${where} (${bge.message})`);
}

describe(`a Hub model (${BGE})`, () => {
  it.skipIf(bge instanceof Error)('embeds with its query instruction into 384 unit-length dimensions', async () => {
    const e = bge as Embedder;
    expect(e.dimensions).toBe(384);
    const [q] = await e.embed(['How can peasants harvest more crops?'], 'query');
    const [good, bad] = await e.embed(['Farmers must raise grain yields with more fertilizer.', 'The army defends the border.'], 'passage');
    expect(norm(q!)).toBeCloseTo(1, 4);
    expect(dot(q!, good!)).toBeGreaterThan(dot(q!, bad!));
  });
});
