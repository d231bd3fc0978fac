/**
 * Index faults: the file a start reads (the manifest, the generation's serving file) truncated, corrupted in
 * place or missing is noticed at start and the index rebuilt with a message, reusing the stored vectors; a
 * damaged file of the store of record is noticed when a rebuild reads it, and what can still be read is
 * reused; a build killed midway, while embedding or
 * while writing, leaves the previous index serving, and the next build resumes from the checkpoint without
 * embedding again what was done. Kills are triggered by the build's own output (a progress line, a new
 * generation folder), never by a clock. Real corpus, real model.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../server/corpus/load.ts';
import type { Corpus } from '../../server/corpus/types.ts';
import { openIndex, storedVectors, type OpenedIndex } from '../../server/index/build.ts';
import { readMatrix } from '../../server/index/vectra-store.ts';
import { createEmbedder, type Embedder } from '../../server/index/embedder.ts';
import { createRetriever } from '../../server/retrieval/retriever.ts';
import { ROOT } from '../../bench/server.ts';
import { syntheticCorpus, syntheticDocuments } from '../../bench/synthetic.ts';
import { indexCopy, tempDir, testConfig } from '../support/deps.ts';

const config = testConfig();
let corpus: Corpus;
let embedder: Embedder;
/** The run's shared index of the real corpus (tests/support/global-index.ts), copied: never rebuilt here. */
const base = indexCopy();
const work = tempDir('faults-index-');

beforeAll(async () => {
  corpus = await loadCorpus(config.CORPUS_DIR);
  embedder = await createEmbedder({ model: config.EMBEDDING_MODEL, modelsDir: config.MODELS_DIR, allowRemote: false });
});
afterAll(() => {
  base.remove();
  work.remove();
});

let copies = 0;
/** A fresh copy of the healthy index, and the path of its current generation. */
function copyOfIndex(): { dir: string; generation: string } {
  const dir = path.join(work.dir, `copy-${++copies}`);
  cpSync(base.dir, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { generation: string };
  return { dir, generation: path.join(dir, manifest.generation) };
}

async function reopen(dir: string, force = false) {
  const logs: string[] = [];
  const index = await openIndex({ dir, corpus, embedder, log: (m) => logs.push(m), force });
  return { index, log: logs.join('\n') };
}

/** The reopened index serves: a real question finds the passage on making fertilizer from coal. */
async function expectServes(index: OpenedIndex): Promise<void> {
  const ranking = await createRetriever(corpus, index.serving, embedder).search('How was fertilizer made without much electricity?', {}, 5);
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

describe('a damaged index file is detected where it is read, and the index rebuilt from what can still be read', () => {
  for (const [damage, apply] of Object.entries(damages)) {
    it(`serving.bin ${damage}: at start`, async () => {
      const { dir, generation } = copyOfIndex();
      apply(path.join(generation, 'serving.bin'));
      const { index, log } = await reopen(dir);
      expect(index.build.rebuilt).toBe(true);
      expect(log).toMatch(/index: rebuilding in .* because the index is unreadable \(serving\.bin: /);
      expect(index.build.embedded).toBe(0);
      await expectServes(index);
      expect((await reopen(dir)).index.build.rebuilt).toBe(false);
    });
  }

  for (const file of ['matrix.f32', 'units.json', 'index.pb', 'cache.json']) {
    for (const [damage, apply] of Object.entries(damages)) {
      it(`${file} ${damage}: when a rebuild reads the stored vectors`, async () => {
        const { dir, generation } = copyOfIndex();
        apply(path.join(generation, file));
        // A start reads only the serving file: the damaged store of record is not used to serve.
        await expectServes((await reopen(dir)).index);
        const { index } = await reopen(dir, true);
        expect(index.build.rebuilt).toBe(true);
        // The matrix cache and the Vectra file hold the same vectors: one damaged, the other is reused.
        expect(index.build.embedded).toBe(0);
        await expectServes(index);
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
      await expectServes(index);
    });
  }

  it('re-embeds everything when both the matrix cache and the Vectra file are damaged', async () => {
    // One work's paragraphs: re-embedding the whole corpus with a transformer would take minutes.
    const [first] = corpus.works;
    const small: Corpus = { works: [first!], paragraphs: corpus.paragraphs.filter((p) => p.workId === first!.id), problems: [] };
    const dir = path.join(work.dir, 'small');
    const built = await openIndex({ dir, corpus: small, embedder, log: () => {} });
    const before = await storedVectors(dir, embedder.dimensions);
    const { generation } = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { generation: string };
    damages['corrupted in place'](path.join(dir, generation, 'matrix.f32'));
    damages.truncated(path.join(dir, generation, 'index.pb'));
    const logs: string[] = [];
    const index = await openIndex({ dir, corpus: small, embedder, log: (m) => logs.push(m), force: true });
    expect(logs.join('\n')).toMatch(/index: the stored vectors cannot be reused \(index\.pb does not match its checksum\)/);
    expect(index.build.embedded).toBe(built.build.embedded);
    expect(index.build.embedded).toBeGreaterThan(small.paragraphs.length);
    const after = await storedVectors(dir, embedder.dimensions);
    for (const [id, v] of before) {
      const again = after.get(id)!;
      for (let i = 0; i < v.length; i++) expect(Math.abs(again[i]! - v[i]!)).toBeLessThan(1e-5);
    }
  });

  it('rebuilds when the generation folder the manifest names is gone', async () => {
    const { dir, generation } = copyOfIndex();
    rmSync(generation, { recursive: true });
    const { index, log } = await reopen(dir);
    expect(log).toMatch(/because the index is unreadable \(serving\.bin: it is missing\)/);
    await expectServes(index);
  });
});

describe('a build killed midway', () => {
  const corpusDir = path.join(work.dir, 'grown-corpus');
  const indexDir = path.join(work.dir, 'grown-index');
  const cleanDir = path.join(work.dir, 'clean-index');
  let grown: Corpus;

  /** Runs `ingest` over `dir`; `kill` decides from the output so far when to SIGKILL it. */
  function ingest(options: { force?: boolean; dir?: string; kill?: (output: string) => boolean } = {}): Promise<{ code: number | null; signal: string | null; output: string }> {
    const env = { ...process.env, CORPUS_DIR: corpusDir, INDEX_DIR: options.dir ?? indexDir, ALLOW_REMOTE_MODELS: 'false', LLM_PROVIDER: undefined, LLM_MODEL: undefined };
    const { kill } = options;
    return new Promise((resolve) => {
      const args = [path.join(ROOT, 'server', 'cli', 'ingest.ts'), ...(options.force ? ['--force'] : [])];
      const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      const check = () => {
        if (kill && child.exitCode === null && kill(output)) child.kill('SIGKILL');
      };
      child.stdout.on('data', (c: Buffer) => ((output += c.toString()), check()));
      child.stderr.on('data', (c: Buffer) => ((output += c.toString()), check()));
      // Polls a condition (a folder appearing), not a clock: nothing here depends on how fast the machine is.
      const poll = setInterval(check, 5);
      child.once('exit', (code, signal) => {
        clearInterval(poll);
        resolve({ code, signal, output });
      });
    });
  }

  const manifest = () => readFileSync(path.join(indexDir, 'manifest.json'), 'utf8');
  const generations = () => readdirSync(indexDir).filter((f) => f.startsWith('gen-'));
  const counts = (output: string) => {
    const m = /embedded (\d+), resumed (\d+), reused (\d+)/.exec(output);
    expect(m, output).not.toBeNull();
    return { embedded: Number(m![1]), resumed: Number(m![2]), reused: Number(m![3]) };
  };
  let killedAt = 0;

  beforeAll(() => {
    // The real corpus and its index, grown by new works: real sentences shuffled into new paragraphs, so their
    // windows are new texts to embed (a few hundred), while their sentences are already in the index.
    cpSync(config.CORPUS_DIR, corpusDir, { recursive: true });
    for (const dir of [indexDir, cleanDir]) cpSync(base.dir, dir, { recursive: true });
    for (const doc of syntheticDocuments(syntheticCorpus(corpus, { paragraphs: 200, seed: 12 }))) writeFileSync(path.join(corpusDir, `grown-${doc.name}`), doc.text);
  });

  it('while embedding leaves the previous index current and usable, and a checkpoint of what was done', async () => {
    const before = manifest();
    // The first progress line follows the sync of the first batch: nearly all the new texts are still to embed.
    const run = await ingest({ kill: (output) => /index: embedded \d+\/\d+ texts/.test(output) });
    expect(run.signal).toBe('SIGKILL');
    expect(run.output).not.toMatch(/index: \d+ files/);
    killedAt = Number(/index: embedded (\d+)\/(\d+) texts/.exec(run.output)![1]);
    expect(killedAt).toBeGreaterThan(0);
    expect(existsSync(path.join(indexDir, 'checkpoint.bin'))).toBe(true);
    expect(manifest()).toBe(before);
    const logs: string[] = [];
    const index = await openIndex({ dir: indexDir, corpus, embedder, log: (m) => logs.push(m) });
    expect(index.build.rebuilt).toBe(false);
    expect(index.serving.windows.matrix.rows + index.serving.pieces.matrix.rows).toBe(JSON.parse(before).units);
  }, 120_000);

  it('resumes from the checkpoint: nothing done is embedded again, and the index equals an uninterrupted build', async () => {
    expect(killedAt).toBeGreaterThan(0);
    const resumed = await ingest();
    expect(resumed.code, resumed.output).toBe(0);
    expect(resumed.output).toMatch(/index: resuming an interrupted build/);
    const clean = await ingest({ dir: cleanDir });
    expect(clean.code, clean.output).toBe(0);
    const r = counts(resumed.output);
    const c = counts(clean.output);
    expect(c.resumed).toBe(0);
    expect(r.resumed).toBeGreaterThanOrEqual(killedAt);
    expect(r.embedded + r.resumed).toBe(c.embedded);
    expect(r.reused).toBe(c.reused);
    expect(existsSync(path.join(indexDir, 'checkpoint.bin'))).toBe(false);

    const current = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { generation: string; units: number; corpusFingerprint: string };
    const [a, b] = [current(indexDir), current(cleanDir)];
    expect({ units: a.units, corpus: a.corpusFingerprint }).toEqual({ units: b.units, corpus: b.corpusFingerprint });
    const [ma, mb] = await Promise.all([readMatrix(path.join(indexDir, a.generation), embedder.dimensions), readMatrix(path.join(cleanDir, b.generation), embedder.dimensions)]);
    expect(ma.unitsDigest).toBe(mb.unitsDigest);
    let worst = 0;
    for (let i = 0; i < ma.matrix.length; i++) worst = Math.max(worst, Math.abs(ma.matrix[i]! - mb.matrix[i]!));
    // Batches are cut differently after a resume; a transformer's padding may move the last float bits.
    expect(worst).toBeLessThan(1e-5);
    grown = await loadCorpus(corpusDir);
  }, 240_000);

  it('while writing the new generation leaves the previous index current and usable', async () => {
    const before = manifest();
    const old = generations();
    const run = await ingest({ force: true, kill: () => generations().some((g) => !old.includes(g)) });
    expect(run.signal).toBe('SIGKILL');
    expect(manifest()).toBe(before);
    const partial = generations().filter((g) => !old.includes(g));
    expect(partial).toHaveLength(1);
    expect(existsSync(path.join(indexDir, partial[0]!, 'cache.json'))).toBe(false);
    const index = await openIndex({ dir: indexDir, corpus: grown, embedder, log: () => {} });
    expect(index.build.rebuilt).toBe(false);
    const ranking = await createRetriever(grown, index.serving, embedder).search('self-reliance in economic construction', {}, 3);
    expect(ranking.passages).toHaveLength(3);
  }, 120_000);
});
