/**
 * `node bench/embed-threads.ts [MODEL] [--texts N] [--batch B]`: passage embedding throughput on paragraphs of
 * about 150 words, comparing onnxruntime's intra-op threads (1, 2) in one process with two worker threads of one
 * intra-op thread each. MODEL is a folder under MODELS_DIR (default: EMBEDDING_MODEL). The three setups are
 * loaded first, then run in turn for several rounds (a shared machine's load drifts); prints the median
 * paragraphs/s of each.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { env, pipeline } from '@huggingface/transformers';
import { parseConfig } from '../server/config.ts';
import { loadCorpus } from '../server/corpus/load.ts';
import { sentenceSpans } from '../server/retrieval/text.ts';
import { prng } from './synthetic.ts';

interface Job {
  model: string;
  modelsDir: string;
  threads: number;
  batch: number;
  texts: string[];
}

/** Loads the model (and warms it up); the returned function embeds the job's texts and gives the seconds it took. */
async function prepare(job: Job): Promise<() => Promise<number>> {
  env.allowLocalModels = true;
  env.allowRemoteModels = false;
  env.localModelPath = job.modelsDir;
  const extractor = await pipeline('feature-extraction', job.model, {
    dtype: job.model.startsWith('glove') ? 'fp32' : 'q8',
    session_options: { intraOpNumThreads: job.threads, interOpNumThreads: 1 },
  });
  (await extractor(job.texts.slice(0, 2), { pooling: 'mean', normalize: true })).dispose();
  return async () => {
    const started = performance.now();
    for (let i = 0; i < job.texts.length; i += job.batch) (await extractor(job.texts.slice(i, i + job.batch), { pooling: 'mean', normalize: true })).dispose();
    return (performance.now() - started) / 1000;
  };
}

if (!isMainThread) {
  // 'ready' once the model is loaded, then the embedding starts on 'go', so both workers are timed together.
  const run = await prepare(workerData as Job);
  parentPort!.on('message', async () => parentPort!.postMessage(await run()));
  parentPort!.postMessage('ready');
} else {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { texts: { type: 'string', default: '128' }, batch: { type: 'string', default: '16' }, rounds: { type: 'string', default: '3' } },
  });
  const config = parseConfig(process.env);
  const model = positionals[0] ?? config.EMBEDDING_MODEL;
  const count = Number(values.texts);
  const batch = Number(values.batch);
  const corpus = await loadCorpus(config.CORPUS_DIR);
  const sentences = corpus.paragraphs.flatMap((p) => sentenceSpans(p.text).map((s) => p.text.slice(s.start, s.end)));
  const random = prng(3);
  const texts = Array.from({ length: count }, () => {
    const words: string[] = [];
    while (words.length < 150) words.push(...sentences[Math.floor(random() * sentences.length)]!.split(/\s+/));
    return words.join(' ');
  });
  const base = { model, modelsDir: config.MODELS_DIR, batch };
  const rate = (n: number, seconds: number) => Math.round((n / seconds) * 10) / 10;
  console.log(`model ${model}, ${count} paragraphs of ~150 words, batch ${batch}, ${os.cpus().length} CPUs, load ${os.loadavg()[0]!.toFixed(1)}`);
  const half = Math.ceil(texts.length / 2);
  const workers = [texts.slice(0, half), texts.slice(half)].map((part) => new Worker(new URL(import.meta.url), { workerData: { ...base, threads: 1, texts: part } satisfies Job }));
  const next = (w: Worker) => new Promise<unknown>((resolve, reject) => (w.once('message', resolve), w.once('error', reject)));
  // Listened for now: a worker's 'ready' sent while the setups below load would otherwise be missed.
  const ready = Promise.all(workers.map(next));
  const inWorkers = async () => {
    const started = performance.now();
    const done = Promise.all(workers.map(next));
    for (const w of workers) w.postMessage('go');
    await done;
    return (performance.now() - started) / 1000;
  };
  const setups: [string, () => Promise<number>][] = [
    ['one process, intra-op threads 1', await prepare({ ...base, threads: 1, texts })],
    ['one process, intra-op threads 2', await prepare({ ...base, threads: 2, texts })],
    ['two worker threads, 1 intra-op thread each', inWorkers],
  ];
  await ready;
  const rates = setups.map((): number[] => []);
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const [i, [, run]] of setups.entries()) rates[i]!.push(rate(count, await run()));
  }
  setups.forEach(([name], i) => {
    const sorted = [...rates[i]!].sort((a, b) => a - b);
    console.log(`${name}: ${sorted[Math.floor(sorted.length / 2)]} paragraphs/s (runs: ${rates[i]!.join(', ')})`);
  });
  await Promise.all(workers.map((w) => w.terminate()));
}
