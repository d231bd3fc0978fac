/**
 * Index faults: every file of an index truncated, corrupted in place or missing is noticed at start and the
 * index rebuilt with a message (reusing what can still be read); a build killed midway, while embedding or
 * while writing, leaves the previous index serving. Real corpus, real model.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../server/corpus/load.ts';
import type { Corpus } from '../../server/corpus/types.ts';
import { openIndex } from '../../server/index/build.ts';
import { createEmbedder, type Embedder } from '../../server/index/embedder.ts';
import { createRetriever } from '../../server/retrieval/retriever.ts';
import { ROOT } from '../../bench/server.ts';
import { syntheticCorpus, syntheticDocuments } from '../../bench/synthetic.ts';
import { tempDir, testConfig } from '../support/deps.ts';

let corpus: Corpus;
let embedder: Embedder;
let base: string;
const work = tempDir('faults-index-');

beforeAll(async () => {
  const config = testConfig();
  corpus = await loadCorpus(config.CORPUS_DIR);
  embedder = await createEmbedder({ model: config.EMBEDDING_MODEL, modelsDir: config.MODELS_DIR, allowRemote: false });
  base = path.join(work.dir, 'base');
  await openIndex({ dir: base, corpus, embedder, log: () => {} });
});
afterAll(() => work.remove());

let copies = 0;
/** A fresh copy of the healthy index, and the path of its current generation. */
function copyOfIndex(): { dir: string; generation: string } {
  const dir = path.join(work.dir, `copy-${++copies}`);
  cpSync(base, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { generation: string };
  return { dir, generation: path.join(dir, manifest.generation) };
}

async function reopen(dir: string) {
  const logs: string[] = [];
  const index = await openIndex({ dir, corpus, embedder, log: (m) => logs.push(m) });
  return { index, log: logs.join('\n') };
}

/** The reopened index serves: a real question finds the passage on making fertilizer from coal. */
async function expectServes(vectors: ReadonlyMap<string, Float32Array>): Promise<void> {
  const ranking = await createRetriever(corpus, vectors, embedder).search('How was fertilizer made without much electricity?', {}, 5);
  expect(ranking.passages.length).toBe(5);
  expect(ranking.passages.some((p) => /coal/i.test(p.paragraph.text))).toBe(true);
}

const damages = {
  truncated: (file: string) => writeFileSync(file, readFileSync(file).subarray(0, Math.floor(readFileSync(file).length / 2))),
  'corrupted in place': (file: string) => {
    const bytes = readFileSync(file);
    for (let i = Math.floor(bytes.length / 2); i < Math.min(bytes.length, Math.floor(bytes.length / 2) + 8); i++) bytes[i] = bytes[i]! ^ 0x5a;
    writeFileSync(file, bytes);
  },
  missing: (file: string) => rmSync(file),
};

describe('a damaged index file is detected at start and the index rebuilt with a message', () => {
  for (const file of ['matrix.f32', 'units.json', 'index.pb', 'cache.json']) {
    for (const [damage, apply] of Object.entries(damages)) {
      it(`${file} ${damage}`, async () => {
        const { dir, generation } = copyOfIndex();
        apply(path.join(generation, file));
        const { index, log } = await reopen(dir);
        expect(index.build.rebuilt).toBe(true);
        expect(log).toMatch(/index: rebuilding in .* because the index is unreadable/);
        // What is still readable is reused: only a damaged matrix with a damaged Vectra file would mean re-embedding.
        expect(index.build.embedded).toBe(0);
        await expectServes(index.vectors);
        expect((await reopen(dir)).index.build.rebuilt).toBe(false);
      });
    }
  }

  for (const [damage, apply] of Object.entries(damages)) {
    it(`manifest.json ${damage}`, async () => {
      const { dir } = copyOfIndex();
      apply(path.join(dir, 'manifest.json'));
      const { index, log } = await reopen(dir);
      expect(index.build.rebuilt).toBe(true);
      // Damage inside the JSON may also leave it readable with a wrong fingerprint or model: still a rebuild, never use.
      expect(log).toMatch(damage === 'missing' ? /because no index exists yet/ : /because (the index is unreadable|the corpus has changed|it was built with model)/);
      await expectServes(index.vectors);
    });
  }

  it('re-embeds everything when both the matrix cache and the Vectra file are damaged', async () => {
    const { dir, generation } = copyOfIndex();
    damages['corrupted in place'](path.join(generation, 'matrix.f32'));
    damages.truncated(path.join(generation, 'index.pb'));
    const { index, log } = await reopen(dir);
    expect(log).toMatch(/matrix\.f32 does not match its checksum/);
    expect(index.build.embedded).toBeGreaterThan(corpus.paragraphs.length);
    await expectServes(index.vectors);
  });

  it('rebuilds when the generation folder the manifest names is gone', async () => {
    const { dir, generation } = copyOfIndex();
    rmSync(generation, { recursive: true });
    const { index, log } = await reopen(dir);
    expect(log).toMatch(/because the index is unreadable \(ENOENT/);
    await expectServes(index.vectors);
  });
});

describe('a build killed midway', () => {
  const corpusDir = path.join(work.dir, 'big-corpus');
  const indexDir = path.join(work.dir, 'big-index');
  const env = { ...process.env, CORPUS_DIR: corpusDir, INDEX_DIR: indexDir, ALLOW_REMOTE_MODELS: 'false', LLM_PROVIDER: undefined, LLM_MODEL: undefined };
  let big: Corpus;

  /** Runs `ingest --force`; `kill` decides from the output so far (and the clock) when to SIGKILL it. */
  function ingest(kill?: (output: string) => boolean): Promise<{ code: number | null; signal: string | null; output: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'server', 'cli', 'ingest.ts'), '--force'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      const check = () => {
        if (kill && child.exitCode === null && kill(output)) child.kill('SIGKILL');
      };
      child.stdout.on('data', (c: Buffer) => ((output += c.toString()), check()));
      child.stderr.on('data', (c: Buffer) => ((output += c.toString()), check()));
      const poll = setInterval(check, 5);
      child.once('exit', (code, signal) => {
        clearInterval(poll);
        resolve({ code, signal, output });
      });
    });
  }

  const manifest = () => readFileSync(path.join(indexDir, 'manifest.json'), 'utf8');
  const generations = () => readdirSync(indexDir).filter((f) => f.startsWith('gen-'));

  beforeAll(async () => {
    // Distinct texts (real sentences shuffled), enough that embedding takes seconds: identical copies of the
    // corpus files would be embedded once and leave nothing to interrupt.
    mkdirSync(corpusDir, { recursive: true });
    for (const doc of syntheticDocuments(syntheticCorpus(corpus, { paragraphs: 15_000, seed: 11 }))) writeFileSync(path.join(corpusDir, doc.name), doc.text);
    const first = await ingest();
    expect(first.code, first.output).toBe(0);
    big = await loadCorpus(corpusDir);
  }, 120_000);

  it('while embedding leaves the previous index current and usable', async () => {
    const before = manifest();
    let rebuildingSeen = 0;
    const run = await ingest((output) => {
      if (!rebuildingSeen && /index: rebuilding/.test(output)) rebuildingSeen = performance.now();
      return rebuildingSeen > 0 && performance.now() - rebuildingSeen > 500;
    });
    expect(run.signal).toBe('SIGKILL');
    expect(run.output).not.toMatch(/index: \d+ files/);
    expect(manifest()).toBe(before);
    const logs: string[] = [];
    const index = await openIndex({ dir: indexDir, corpus: big, embedder, log: (m) => logs.push(m) });
    expect(index.build.rebuilt).toBe(false);
    expect(index.vectors.size).toBe(JSON.parse(before).units);
  }, 120_000);

  it('while writing the new generation leaves the previous index current and usable', async () => {
    const before = manifest();
    const old = generations();
    const run = await ingest(() => generations().some((g) => !old.includes(g)));
    expect(run.signal).toBe('SIGKILL');
    expect(manifest()).toBe(before);
    const partial = generations().filter((g) => !old.includes(g));
    expect(partial).toHaveLength(1);
    expect(existsSync(path.join(indexDir, partial[0]!, 'cache.json'))).toBe(false);
    const index = await openIndex({ dir: indexDir, corpus: big, embedder, log: () => {} });
    expect(index.build.rebuilt).toBe(false);
    const ranking = await createRetriever(big, index.vectors, embedder).search('self-reliance in economic construction', {}, 3);
    expect(ranking.passages).toHaveLength(3);
  }, 120_000);
});
