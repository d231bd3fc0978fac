import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../server/corpus/load.ts';
import type { Corpus } from '../../server/corpus/types.ts';
import { createEmbedder, type Embedder } from '../../server/index/embedder.ts';
import { openIndex } from '../../server/index/build.ts';
import { SERVING_FORMAT } from '../../server/index/serving.ts';
import { embeddingUnits } from '../../server/index/units.ts';
import { tempDir, testConfig } from '../support/deps.ts';

let corpus: Corpus;
let embedder: Embedder;
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

beforeAll(async () => {
  const config = testConfig();
  // Two real works: every test here builds an index from nothing, and what it checks does not depend on size.
  const full = await loadCorpus(config.CORPUS_DIR);
  const works = full.works.slice(0, 2);
  corpus = { ...full, works, paragraphs: full.paragraphs.filter((p) => works.some((w) => w.id === p.workId)) };
  embedder = await createEmbedder({ model: config.EMBEDDING_MODEL, modelsDir: config.MODELS_DIR, allowRemote: false });
});

function freshDir(): string {
  const t = tempDir('sources-index-');
  cleanups.push(t.remove);
  return t.dir;
}

/** An embedder that reports another model id, to stand in for an index built by a different model. */
function renamed(e: Embedder, modelId: string): Embedder {
  return { ...e, modelId, embed: (texts, kind) => e.embed(texts, kind) };
}

describe('openIndex', () => {
  it('builds once, then reuses the index without embedding anything', async () => {
    const dir = freshDir();
    const logs: string[] = [];
    const first = await openIndex({ dir, corpus, embedder, log: (m) => logs.push(m) });
    expect(first.build.rebuilt).toBe(true);
    expect(first.build.embedded).toBeGreaterThan(corpus.paragraphs.length);
    expect(logs.join('\n')).toMatch(/no index exists yet/);
    const second = await openIndex({ dir, corpus, embedder, log: (m) => logs.push(m) });
    expect(second.build).toMatchObject({ rebuilt: false, embedded: 0 });
    // What a warm start reads back is what the build made.
    for (const kind of ['windows', 'pieces'] as const) {
      expect(second.serving[kind].matrix.rows).toBe(first.serving[kind].matrix.rows);
      expect(Buffer.from(second.serving[kind].matrix.codes).equals(Buffer.from(first.serving[kind].matrix.codes))).toBe(true);
      expect([...second.serving[kind].owner]).toEqual([...first.serving[kind].owner]);
    }
    expect(second.serving.text.vocabulary).toEqual(first.serving.text.vocabulary);
    expect([...second.serving.text.paragraphLexical.postings.keys()]).toEqual([...first.serving.text.paragraphLexical.postings.keys()]);
  });

  it('re-embeds only the paragraphs that changed when the corpus changes', async () => {
    const dir = freshDir();
    await openIndex({ dir, corpus, embedder, log: () => {} });
    const [first, ...rest] = corpus.paragraphs;
    const changed: Corpus = { ...corpus, paragraphs: [{ ...first!, text: `${first!.text} An added sentence.` }, ...rest] };
    const logs: string[] = [];
    const result = await openIndex({ dir, corpus: changed, embedder, log: (m) => logs.push(m) });
    expect(logs.join('\n')).toMatch(/corpus has changed/);
    expect(result.build.rebuilt).toBe(true);
    // Its window and its sentences (read in that window): nothing of any other paragraph.
    expect(result.build.embedded).toBe(embeddingUnits({ ...changed, paragraphs: changed.paragraphs.slice(0, 1) }).length);
    expect(result.build.reused).toBe(result.manifest.units - result.build.embedded);
  });

  it('rebuilds with a message when the index was built by another model', async () => {
    const dir = freshDir();
    await openIndex({ dir, corpus, embedder: renamed(embedder, 'other-model'), log: () => {} });
    const logs: string[] = [];
    const result = await openIndex({ dir, corpus, embedder, log: (m) => logs.push(m) });
    expect(logs.join('\n')).toMatch(/built with model "other-model"/);
    expect(result.build.reused).toBe(0);
    expect(result.manifest.modelId).toBe('e5-small-v2');
  });

  it('rebuilds, reusing no vector, when the model keeps its name but not its files', async () => {
    const dir = freshDir();
    await openIndex({ dir, corpus, embedder: { ...embedder, modelDigest: 'weights-of-another-build' }, log: () => {} });
    const logs: string[] = [];
    const result = await openIndex({ dir, corpus, embedder, log: (m) => logs.push(m) });
    expect(logs.join('\n')).toMatch(/the files of model "e5-small-v2" have changed since it was built/);
    expect(result.build).toMatchObject({ rebuilt: true, reused: 0 });
    expect(result.manifest.modelDigest).toBe(embedder.modelDigest);

    const file = path.join(dir, 'manifest.json');
    const { modelDigest: _, ...recordedBefore } = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify(recordedBefore));
    logs.length = 0;
    expect((await openIndex({ dir, corpus, embedder, log: (m) => logs.push(m) })).build).toMatchObject({ rebuilt: true, reused: 0 });
    expect(logs.join('\n')).toMatch(/it does not record which model files built it/);
  });

  it('rebuilds with a message an index built in an older format', async () => {
    const dir = freshDir();
    await openIndex({ dir, corpus, embedder, log: () => {} });
    const file = path.join(dir, 'manifest.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), formatVersion: 1 }));
    const logs: string[] = [];
    expect((await openIndex({ dir, corpus, embedder, log: (m) => logs.push(m) })).build.rebuilt).toBe(true);
    expect(logs.join('\n')).toMatch(/built in index format 1; this version builds format 2/);
  });

  it('rebuilds, reusing every vector, an index whose serving file another version wrote, and says so', async () => {
    const dir = freshDir();
    const built = await openIndex({ dir, corpus, embedder, log: () => {} });
    const file = path.join(dir, built.manifest.generation, 'serving.bin');
    const bytes = readFileSync(file);
    const at = bytes.indexOf(`"format":${SERVING_FORMAT}`);
    expect(at).toBeGreaterThan(0);
    // Another format written in as many digits, so that the header keeps its length (9 → 0, 10 → 11).
    const other = Number(String(SERVING_FORMAT).replace(/\d$/, (d) => String((Number(d) + 1) % 10)));
    bytes.write(`"format":${other}`, at);
    writeFileSync(file, bytes);
    const logs: string[] = [];
    const reopened = await openIndex({ dir, corpus, embedder, log: (m) => logs.push(m) });
    expect(logs.join('\n')).toMatch(
      new RegExp(`because it was built by another version \\(serving\\.bin: written in format ${other}; this version reads format ${SERVING_FORMAT}\\)`),
    );
    expect(reopened.build).toMatchObject({ rebuilt: true, embedded: 0 });
  });

  it('rebuilds with a message when the manifest or the vectors are unreadable', async () => {
    const dir = freshDir();
    await openIndex({ dir, corpus, embedder, log: () => {} });
    writeFileSync(path.join(dir, 'manifest.json'), '{"formatVersion": 1, "trunc');
    const logs: string[] = [];
    expect((await openIndex({ dir, corpus, embedder, log: (m) => logs.push(m) })).build.rebuilt).toBe(true);
    expect(logs.join('\n')).toMatch(/unreadable/);

    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    const generation = path.join(dir, manifest.generation);
    const file = path.join(generation, 'serving.bin');
    writeFileSync(file, readFileSync(file).subarray(0, 100));
    logs.length = 0;
    expect((await openIndex({ dir, corpus, embedder, log: (m) => logs.push(m) })).build.rebuilt).toBe(true);
    expect(logs.join('\n')).toMatch(/unreadable/);
  });

  it('keeps a single generation on disk after a rebuild', async () => {
    const dir = freshDir();
    await openIndex({ dir, corpus, embedder, log: () => {} });
    await openIndex({ dir, corpus, embedder, log: () => {}, force: true });
    expect(readdirSync(dir).filter((f) => f.startsWith('gen-'))).toHaveLength(1);
  });
});
