/**
 * One scale measurement in its own process, so its peak RSS is its own: `build` indexes a synthetic corpus
 * of N paragraphs into DIR; `serve` opens that index warm, prepares the retriever and times searches.
 * Prints one `RESULT {json}` line on stdout. Usage: node bench/scale-child.ts build|serve N SEED DIR [ROUNDS]
 * The build embeds with seeded stand-in vectors (bench/synthetic-vectors.ts) unless BENCH_VECTORS=model; the
 * searches always embed their questions with the real model.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseConfig } from '../server/config.ts';
import { loadCorpus } from '../server/corpus/load.ts';
import { openIndex } from '../server/index/build.ts';
import { createThreadedEmbedder } from '../server/index/embedder-thread.ts';
import { DEFAULT_RANKING } from '../server/retrieval/options.ts';
import { createRetriever } from '../server/retrieval/retriever.ts';
import { BENCH_COUNTED, BENCH_QUESTIONS } from './questions.ts';
import { measureDensePass } from './dense-pass.ts';
import { summarize, timeEach } from './stats.ts';
import { syntheticCorpus } from './synthetic.ts';
import { withSeededVectors } from './synthetic-vectors.ts';

const [mode, n, seed, dir, rounds] = process.argv.slice(2);
if ((mode !== 'build' && mode !== 'serve') || !n || !seed || !dir) {
  console.error('usage: node bench/scale-child.ts build|serve PARAGRAPHS SEED DIR [ROUNDS]');
  process.exit(2);
}

const log = (m: string) => console.error(`  [${mode} ${n}] ${m}`);
const config = parseConfig(process.env);
const real = await loadCorpus(config.CORPUS_DIR);
const corpus = syntheticCorpus(real, { paragraphs: Number(n), seed: Number(seed) });
// On a worker thread, as the server embeds: the model runs beside the ranking, not in its way.
const embedder = await createThreadedEmbedder({ model: config.EMBEDDING_MODEL, modelsDir: config.MODELS_DIR, allowRemote: false });
const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const peakRssMB = () => Math.round(process.resourceUsage().maxRSS / 1024);

function diskBytes(folder: string): Record<string, number> {
  const sizes: Record<string, number> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else sizes[entry.name] = (sizes[entry.name] ?? 0) + statSync(full).size;
    }
  };
  walk(folder);
  return sizes;
}

if (mode === 'build') {
  const started = performance.now();
  const vectors = process.env['BENCH_VECTORS'] === 'model' ? 'model' : 'seeded';
  const index = await openIndex({ dir, corpus, embedder: vectors === 'model' ? embedder : withSeededVectors(embedder), log, force: true });
  const seconds = (performance.now() - started) / 1000;
  const disk = diskBytes(dir);
  const total = Object.values(disk).reduce((s, x) => s + x, 0);
  const sentences = index.serving.text.sentenceParagraph.length;
  console.log(
    'RESULT ' +
      JSON.stringify({
        paragraphs: corpus.paragraphs.length,
        works: corpus.works.length,
        vectors,
        model: embedder.modelId,
        dimensions: embedder.dimensions,
        sentences,
        units: index.manifest.units,
        embedded: index.build.embedded,
        reused: index.build.reused,
        indexSeconds: Math.round(seconds * 10) / 10,
        paragraphsPerSecond: Math.round(corpus.paragraphs.length / seconds),
        textsPerSecond: Math.round(index.build.embedded / index.build.seconds),
        diskMB: Object.fromEntries([...Object.entries(disk).map(([k, v]) => [k, mib(v)] as const), ['total', mib(total)]]),
        bytesPerUnit: Math.round(total / index.manifest.units),
        peakRssMB: peakRssMB(),
      }),
  );
} else {
  // Opened in a function of its own, so that (as in createDeps) only what the retriever holds stays referenced:
  // what is measured below is what a server holds.
  const { retriever, openSeconds, prepareSeconds } = await (async () => {
    let started = performance.now();
    const index = await openIndex({ dir, corpus, embedder, log });
    if (index.build.rebuilt) throw new Error(`expected a warm index in ${dir}, but it was rebuilt: ${index.build.reason}`);
    const openSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    // No cache of question vectors: every search below embeds its question.
    const retriever = createRetriever(corpus, index.serving, embedder, { questionCache: 0 });
    return { retriever, openSeconds, prepareSeconds: (performance.now() - started) / 1000 };
  })();
  // One warm-up round: the first calls run before V8 has optimised the hot loops, and the model reads each question's
  // candidates token by token (their states are kept).
  await timeEach(BENCH_QUESTIONS, 1, (q) => retriever.search(q, {}, 5));
  const search = summarize(await timeEach(BENCH_QUESTIONS, Number(rounds ?? 5), (q) => retriever.search(q, {}, 5)));
  const compare = summarize(await timeEach(BENCH_QUESTIONS.slice(0, 5), 2, (q) => retriever.search(q, {}, 60)));
  // "How often …": counted over every paragraph, not ranked (the median of three runs).
  const counting = [];
  for (const words of BENCH_COUNTED) {
    const found = await retriever.mentions(words, {});
    counting.push({ words, passages: found.parts[0]?.passages.length ?? 0, ms: summarize(await timeEach([words], 3, (w) => retriever.mentions(w, {}))).p50 });
  }
  const searchPeakRssMB = peakRssMB();
  // The peak above includes the transient allocations of opening and preparing; this is what serving holds.
  const servingRssMB = Math.round(process.memoryUsage().rss / 2 ** 20);
  const densePass = measureDensePass(retriever.corpus, await embedder.embed([...BENCH_QUESTIONS], 'query'), DEFAULT_RANKING.denseCandidates);
  console.log(
    'RESULT ' +
      JSON.stringify({
        paragraphs: corpus.paragraphs.length,
        openSeconds: Math.round(openSeconds * 10) / 10,
        prepareSeconds: Math.round(prepareSeconds * 10) / 10,
        searchMs: search,
        searchK60Ms: compare,
        countMs: counting,
        restartSeconds: Math.round((openSeconds + prepareSeconds) * 10) / 10,
        densePass,
        heapUsedMB: mib(process.memoryUsage().heapUsed),
        peakRssMB: searchPeakRssMB,
        servingRssMB,
      }),
  );
}
