import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MODEL } from '../../server/config.ts';
import { createEmbedder, inputConvention, type Embedder } from '../../server/index/embedder.ts';
import { createThreadedEmbedder } from '../../server/index/embedder-thread.ts';
import { ROOT, runNode } from '../../bench/server.ts';

const root = path.resolve(import.meta.dirname, '../..');
const modelsDir = path.join(root, 'embeddings', 'models');

const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i]!, 0);
const norm = (v: Float32Array) => Math.sqrt(dot(v, v));

describe(`the default ${DEFAULT_MODEL} embedder`, () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedder({ model: DEFAULT_MODEL, modelsDir, allowRemote: false });
  });

  it('loads offline, with 384 dimensions and a 512-token limit', () => {
    expect(embedder.modelId).toBe(DEFAULT_MODEL);
    expect(embedder.dimensions).toBe(384);
    expect(embedder.maxTokens).toBe(512);
  });

  it('returns one unit-length copy per text, in input order, the same whether batched or not', async () => {
    const texts = Array.from({ length: 40 }, (_, i) => `${i % 2 ? 'heavy industry' : 'rice farming in the mountain areas'} and the people, number ${i}`);
    const vectors = await embedder.embed(texts, 'passage');
    expect(vectors).toHaveLength(40);
    for (const v of vectors) {
      expect(v).toBeInstanceOf(Float32Array);
      expect(v.buffer.byteLength).toBe(384 * 4);
      expect(norm(v)).toBeCloseTo(1, 5);
    }
    for (const i of [0, 1, 39]) {
      const [single] = await embedder.embed([texts[i]!], 'passage');
      expect(dot(single!, vectors[i]!)).toBeCloseTo(1, 6);
    }
  });

  it('matches a paraphrase that shares no key word with its passage', async () => {
    const passages = [
      'If a country is economically dependent on another, it will become a political satellite of that country.',
      'We must produce more chemical fertilizer so that the farms can raise their grain yields.',
      'Schools should train technicians and engineers for the new factories.',
    ];
    const [q] = await embedder.embed(['Does a nation that leans on others for its economy end up as a client state?'], 'query');
    const scores = (await embedder.embed(passages, 'passage')).map((p) => dot(q!, p));
    expect(scores.indexOf(Math.max(...scores))).toBe(0);
  });

  it('reads queries and passages with the prefixes its folder declares', async () => {
    expect(inputConvention(DEFAULT_MODEL, path.join(modelsDir, DEFAULT_MODEL))).toEqual({
      prompts: { query: 'query: ', passage: 'passage: ' },
      pooling: 'mean',
    });
    const [asQuery, asPassage] = [...(await embedder.embed(['self-reliance'], 'query')), ...(await embedder.embed(['self-reliance'], 'passage'))];
    expect(dot(asQuery!, asPassage!)).toBeLessThan(0.999);
  });

  it('reads the parts of a passage in its one run: the whole as when alone, each part from its own tokens in context', async () => {
    const sentences = ['We must build an independent national economy.', 'Only then can the country stand on its own feet.', 'Trade with other countries is useful, but it is not the basis.'];
    const text = `On self-reliance (Speech at a meeting)\n${sentences.join(' ')}`;
    const parts = sentences.map((s) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length }));
    const [[whole, ...read]] = (await embedder.embedParts([{ text, parts }])) as [Float32Array[]];
    expect(read).toHaveLength(3);
    expect(dot(whole!, (await embedder.embed([text], 'passage'))[0]!)).toBeCloseTo(1, 6);
    const alone = await embedder.embed(sentences, 'passage');
    read.forEach((v, i) => {
      expect(norm(v)).toBeCloseTo(1, 5);
      const similarity = alone.map((a) => dot(v, a));
      expect(similarity.indexOf(Math.max(...similarity))).toBe(i);
      expect(similarity[i]).toBeLessThan(0.999);
    });
  });

  it('refuses a passage longer than the model reads rather than cutting it', async () => {
    const long = Array.from({ length: 600 }, (_, i) => `word${i}`).join(' ');
    await expect(embedder.embed([long], 'passage')).rejects.toThrow(/longer than the model's 512 tokens/);
    await expect(embedder.tokenVectors([{ text: long, parts: [] }])).rejects.toThrow(/longer than the model's 512 tokens/);
  });

  it("gives the unit states of a text's own tokens, not the prompt's nor the special tokens", async () => {
    // "self-reliance" is three word pieces ("self", "-", "reliance"), "trade" one.
    const [asQuery, asPassage] = [(await embedder.embedQuery('self-reliance trade')).tokens, (await embedder.tokenVectors([{ text: 'self-reliance trade', parts: [] }]))[0]![0]];
    for (const states of [asQuery!, asPassage!]) {
      expect(states.length).toBe(4 * 384);
      for (let t = 0; t < 4; t++) expect(norm(states.subarray(t * 384, (t + 1) * 384))).toBeCloseTo(1, 5);
    }
    // The same tokens read as a query and as a passage: close, not equal.
    const trade = (states: Float32Array) => states.subarray(3 * 384, 4 * 384);
    expect(dot(trade(asQuery!), trade(asPassage!))).toBeGreaterThan(0.8);
    expect(dot(trade(asQuery!), trade(asPassage!))).toBeLessThan(0.999);
  });

  it("gives a part's token states as read in its passage, or read alone where its tokens are not the passage's", async () => {
    const text = 'self-reliance trade';
    const [own, trade, cut] = (await embedder.tokenVectors([{ text, parts: [{ start: 14, end: 19 }, { start: 0, end: 8 }] }]))[0]!;
    // "trade" is the passage's fourth token: its rows, not a copy.
    expect(trade).toEqual(own!.subarray(3 * 384, 4 * 384));
    expect(trade!.buffer).toBe(own!.buffer);
    // "self-rel" splits "reliance": its word pieces are not the passage's, so it is read alone.
    expect(cut).toEqual((await embedder.tokenVectors([{ text: 'self-rel', parts: [] }]))[0]![0]);
    expect(cut!.buffer).not.toBe(own!.buffer);
  });

  it("gives a query's vector, with its tokens' states, as embed gives it", async () => {
    expect((await embedder.embedQuery('self-reliance trade')).vector).toEqual((await embedder.embed(['self-reliance trade'], 'query'))[0]);
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
  it.skipIf(bge instanceof Error)('embeds with its query instruction and CLS pooling into 384 unit-length dimensions', async () => {
    const e = bge as Embedder;
    expect(inputConvention(BGE, null).pooling).toBe('cls');
    expect(e.dimensions).toBe(384);
    const [q] = await e.embed(['How can peasants harvest more crops?'], 'query');
    const [good, bad] = await e.embed(['Farmers must raise grain yields with more fertilizer.', 'The army defends the border.'], 'passage');
    expect(norm(q!)).toBeCloseTo(1, 4);
    expect(dot(q!, good!)).toBeGreaterThan(dot(q!, bad!));
  });
});

describe('the embedder on its worker thread', () => {
  /** How many times the event loop turns while `work` runs. */
  async function loopTurnsDuring(work: Promise<unknown>): Promise<number> {
    let turns = 0;
    let done = false;
    const spin = () => {
      turns++;
      if (!done) setImmediate(spin);
    };
    setImmediate(spin);
    await work.finally(() => (done = true));
    return turns;
  }
  const texts = Array.from({ length: 20 }, (_, i) => `How did the view of foreign trade change over the years, question ${i}?`);

  it('gives the same vectors as the model on the calling thread, and keeps the event loop turning meanwhile', async () => {
    const options = { model: DEFAULT_MODEL, modelsDir, allowRemote: false };
    const [inThread, threaded] = [await createEmbedder(options), await createThreadedEmbedder(options)];
    expect(threaded).toMatchObject({ modelId: DEFAULT_MODEL, dimensions: 384, maxTokens: 512 });
    const ours = await threaded.embed(texts, 'query');
    const theirs = await inThread.embed(texts, 'query');
    ours.forEach((v, i) => expect(dot(v, theirs[i]!)).toBeCloseTo(1, 6));
    // onnxruntime-node runs a model synchronously: on the calling thread the loop turns about once per text.
    expect(await loopTurnsDuring(inThread.embed(texts, 'query'))).toBeLessThan(texts.length * 3);
    expect(await loopTurnsDuring(threaded.embed(texts, 'query'))).toBeGreaterThan(texts.length * 10);
  });

  it('splits a batch between two threads and gives back the one-thread vectors in input order; close stops them', async () => {
    const options = { model: DEFAULT_MODEL, modelsDir, allowRemote: false };
    const [one, two] = [await createThreadedEmbedder(options), await createThreadedEmbedder(options, 2)];
    const theirs = await one.embed(texts, 'passage');
    const ours = await two.embed(texts, 'passage');
    expect(ours).toHaveLength(texts.length);
    ours.forEach((v, i) => expect(dot(v, theirs[i]!)).toBeCloseTo(1, 5));
    expect(dot((await two.embed([texts[3]!], 'query'))[0]!, (await one.embed([texts[3]!], 'query'))[0]!)).toBeCloseTo(1, 5);
    const passages = texts.slice(0, 5).map((text) => ({ text, parts: [{ start: 0, end: text.indexOf(',') }, { start: text.indexOf('question'), end: text.length }] }));
    const [oursParts, theirsParts] = [await two.embedParts(passages), await one.embedParts(passages)];
    expect(oursParts.map((v) => v.length)).toEqual([3, 3, 3, 3, 3]);
    oursParts.flat().forEach((v, i) => expect(dot(v, theirsParts.flat()[i]!)).toBeCloseTo(1, 5));
    const [oursTokens, theirsTokens] = [await two.tokenVectors(passages), await one.tokenVectors(passages)];
    expect(oursTokens.flat().map((v) => v.length)).toEqual(theirsTokens.flat().map((v) => v.length));
    oursTokens.flat().forEach((v, i) => expect(dot(v, theirsTokens.flat()[i]!) / (v.length / 384)).toBeCloseTo(1, 4));
    // A part's states cross from the thread as a view of its passage's, as they were made.
    expect(oursTokens.every(([own, ...parts]) => parts.every((part) => part.buffer === own!.buffer))).toBe(true);
    const [oursQuery, theirsQuery] = [await two.embedQuery(texts[3]!), await one.embedQuery(texts[3]!)];
    expect(dot(oursQuery.vector, theirsQuery.vector)).toBeCloseTo(1, 5);
    expect(dot(oursQuery.tokens, theirsQuery.tokens) / (oursQuery.tokens.length / 384)).toBeCloseTo(1, 4);
    expect(dot(oursQuery.vector, (await one.embed([texts[3]!], 'query'))[0]!)).toBeCloseTo(1, 6);
    await Promise.all([one.close(), two.close()]);
    await expect(two.embed(texts, 'passage')).rejects.toThrow();
  });

  it('lets a process that never asked it for a vector exit', async () => {
    const script = `import { createThreadedEmbedder } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'server/index/embedder-thread.ts')).href)};
      await createThreadedEmbedder({ model: ${JSON.stringify(DEFAULT_MODEL)}, modelsDir: ${JSON.stringify(modelsDir)}, allowRemote: false });
      console.log('ready');`;
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'idle-embedder-')), 'start.mjs');
    writeFileSync(file, script);
    // A process kept alive by the idle worker is killed after 50 s and fails here with no exit code.
    const run = await runNode([file], process.env, 50_000);
    expect(run.stdout.trim(), run.stderr).toBe('ready');
    expect(run.code).toBe(0);
  }, 60_000);

  it('rejects with the model’s one-line startup error when the model cannot be loaded', async () => {
    const error = await createThreadedEmbedder({ model: 'no-such-model', modelsDir, allowRemote: false }).catch((e: Error) => e);
    expect((error as Error).name).toBe('StartupError');
    expect((error as Error).message).toMatch(/^EMBEDDING_MODEL "no-such-model" is not available/);
  });
});
