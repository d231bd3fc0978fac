/**
 * `npm run bench [-- --quick] [-- --out FILE]`: latency (in-process and over HTTP, with /api/health as the
 * floor), indexing throughput, cold start, load (autocannon), scale on synthetic corpora, Vectra's insert
 * cost and the web bundle size. Prints tables and writes bench/results.json. BENCH_SIZE=10000,100000 sets
 * the scale sizes; --quick runs a reduced size of everything (CI).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseConfig, type Config } from '../server/config.ts';
import { loadCorpus } from '../server/corpus/load.ts';
import { createDeps } from '../server/deps.ts';
import { createApp } from '../server/http/app.ts';
import { reportBundleSize } from '../web/report-bundle-size.ts';
import { benchCheck, benchRepeatedPieces } from './check.ts';
import { loadRun, type LoadResult } from './load.ts';
import type { DensePass } from './dense-pass.ts';
import { BENCH_COUNTED, BENCH_QUESTIONS, NEW_QUESTIONS } from './questions.ts';
import { syntheticCorpus, syntheticDocuments } from './synthetic.ts';
import { ROOT, startServer, stubWebDist, type RunningServer } from './server.ts';
import { summarize, table, timeEach, type LatencySummary } from './stats.ts';
import { vectraInsertCost } from './vectra-insert.ts';
import { argsOf } from '../server/cli/run.ts';

const { values } = argsOf('npm run bench [-- --quick] [-- --out FILE]', {
  options: {
    quick: { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(ROOT, 'bench', 'results.json') },
  },
});
const quick = values.quick;
const SEED = 20240611;
const plan = {
  rounds: quick ? 2 : 5,
  healthRequests: quick ? 100 : 500,
  load: quick ? { seconds: 5, connections: 10 } : { seconds: 30, connections: 50 },
  scale: (process.env['BENCH_SIZE'] ?? (quick ? '2000' : '10000,100000')).split(',').map(Number).filter((n) => n > 0),
  scaleRounds: quick ? 2 : 5,
  vectraItems: quick ? [] : [5000, 10000, 20000, 40000],
  /** Paragraphs of about 150 words built into an index from scratch (issue 12's throughput target: 40 paragraphs/s on 2 cores). */
  longParagraphs: quick ? 40 : 300,
};

const log = (m: string) => console.error(`bench: ${m}`);
const scratch = mkdtempSync(path.join(os.tmpdir(), 'bench-'));
/** The bench measures the extractive path only: no LLM keys or provider from the caller's environment. */
const env: Record<string, string | undefined> = { ...process.env, LLM_PROVIDER: undefined, LLM_MODEL: undefined, ALLOW_REMOTE_MODELS: 'false' };
const builtUi = existsSync(path.join(ROOT, 'web', 'dist', 'index.html'));
const webDist = builtUi ? path.join(ROOT, 'web', 'dist') : stubWebDist();

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  commit: gitCommit(),
  quick,
  machine: { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', memoryGB: Math.round(os.totalmem() / 2 ** 30), loadAverage: os.loadavg().map((x) => +x.toFixed(2)) },
  questions: BENCH_QUESTIONS.length,
};

try {
  await inProcess();
  await indexingLongParagraphs();
  await overHttp();
  await scale();
  if (plan.vectraItems.length) {
    log(`Vectra batchInsertItems at ${plan.vectraItems.join(', ')} items`);
    results['vectraInsert'] = await vectraInsertCost(plan.vectraItems, path.join(scratch, 'vectra'));
  }
  bundle();
} finally {
  rmSync(scratch, { recursive: true, force: true });
  if (!builtUi) rmSync(webDist, { recursive: true, force: true });
}
results['machine'] = { ...(results['machine'] as object), loadAverageAfter: os.loadavg().map((x) => +x.toFixed(2)) };
writeFileSync(values.out, JSON.stringify(results, null, 2) + '\n');
printTables();
console.log(`\nwritten: ${path.relative(process.cwd(), values.out)}`);

/** Builds an index from scratch over synthetic paragraphs of about 150 words (real sentences), as `npm run ingest` would. */
async function indexingLongParagraphs(): Promise<void> {
  const real = await loadCorpus(parseConfig(env).CORPUS_DIR);
  const corpus = syntheticCorpus(real, { paragraphs: plan.longParagraphs, seed: SEED, paragraphsPerWork: 30, wordsPerParagraph: 150 });
  const dir = path.join(scratch, 'corpus-150');
  mkdirSync(dir);
  for (const doc of syntheticDocuments(corpus)) writeFileSync(path.join(dir, doc.name), doc.text);
  log(`indexing ${plan.longParagraphs} paragraphs of ~150 words from scratch`);
  const deps = await createDeps(parseConfig({ ...env, CORPUS_DIR: dir, INDEX_DIR: path.join(scratch, 'index-150'), WEB_DIST_DIR: webDist }), { log: (m) => log(`  ${m}`) });
  const words = deps.corpus.paragraphs.reduce((sum, p) => sum + p.text.split(/\s+/).length, 0);
  const { build } = deps.index;
  results['indexingLongParagraphs'] = {
    paragraphs: deps.corpus.paragraphs.length,
    meanWords: round(words / deps.corpus.paragraphs.length, 1),
    units: deps.index.manifest.units,
    seconds: round(build.seconds, 2),
    paragraphsPerSecond: Math.round(deps.corpus.paragraphs.length / build.seconds),
  };
}

async function inProcess(): Promise<void> {
  const config: Config = parseConfig({ ...env, INDEX_DIR: path.join(scratch, 'index-inprocess'), WEB_DIST_DIR: webDist });
  log('in-process: building the index from scratch');
  const deps = await createDeps(config, { log: (m) => log(`  ${m}`) });
  const { build } = deps.index;
  results['corpus'] = { works: deps.corpus.works.length, paragraphs: deps.corpus.paragraphs.length, units: deps.index.manifest.units };
  results['indexing'] = {
    paragraphs: deps.corpus.paragraphs.length,
    units: deps.index.manifest.units,
    embedded: build.embedded,
    seconds: round(build.seconds, 2),
    paragraphsPerSecond: Math.round(deps.corpus.paragraphs.length / build.seconds),
    textsPerSecond: Math.round(build.embedded / build.seconds),
  };
  const app = createApp({ corpus: deps.corpus, retriever: deps.retriever, answerer: deps.answerer, checker: deps.checker, modelId: deps.embedder.modelId });
  const search = (q: string) => deps.retriever.search(q, {}, 5);
  const answer = (question: string) => deps.answerer.answer({ question, filters: {}, mode: 'auto' });
  const post = async (question: string) => {
    const res = await app.request('/api/answer', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) });
    return res.text();
  };
  await timeEach(BENCH_QUESTIONS, 1, search);
  await timeEach(BENCH_QUESTIONS, 1, answer);
  log(`in-process: ${plan.rounds} rounds of ${BENCH_QUESTIONS.length} questions`);
  // The model's share: each question embedded afresh, as the retriever embeds one (its vector and its tokens' states,
  // one run), which caches them, so its search figure below is the ranking alone once a question has been seen.
  const embed = (q: string) => deps.embedder.embedQuery(q);
  results['inProcess'] = {
    queryEmbedding: summarize(await timeEach(BENCH_QUESTIONS, plan.rounds, embed)),
    searchWithEmbedding: summarize(await timeEach(BENCH_QUESTIONS, plan.rounds, async (q) => (await embed(q), await search(q)))),
    search: summarize(await timeEach(BENCH_QUESTIONS, plan.rounds, search)),
    answer: summarize(await timeEach(BENCH_QUESTIONS, plan.rounds, answer)),
    appRequestAnswer: summarize(await timeEach(BENCH_QUESTIONS, plan.rounds, post)),
  };
  results['check'] = { ...(await benchCheck(app, deps.corpus, plan.rounds)), repeatedPieces: benchRepeatedPieces() };
}

async function overHttp(): Promise<void> {
  const indexDir = path.join(scratch, 'index-http');
  const serverEnv = { ...env, INDEX_DIR: indexDir, WEB_DIST_DIR: webDist };
  const coldStart: Record<string, number> = {};

  log('cold start with no index');
  let server = await startServer({ env: serverEnv });
  coldStart['noIndexReadyMs'] = Math.round(server.readyMs);
  coldStart['noIndexFirstAnswerMs'] = Math.round(await firstAnswer(server));
  await server.stop();

  log('cold start with a warm index');
  server = await startServer({ env: serverEnv });
  coldStart['warmIndexReadyMs'] = Math.round(server.readyMs);
  coldStart['warmIndexFirstAnswerMs'] = Math.round(await firstAnswer(server));
  // The passages' token states, read once the server is ready: a new question then waits for no reading but its own.
  coldStart['readAheadSeconds'] = Number((await server.waitFor(/read ahead: \d+ paragraphs' token states in ([\d.]+) s/))[1]);
  results['coldStart'] = coldStart;

  try {
    const get = (p: string) => fetch(server.url + p).then((r) => r.text());
    const ask = (question: string) =>
      fetch(`${server.url}/api/answer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) }).then((r) => r.text());
    const newQuestions = summarize(await timeEach(NEW_QUESTIONS, 1, ask));
    await timeEach(BENCH_QUESTIONS, 1, (q) => get(`/api/search?q=${encodeURIComponent(q)}`));
    await timeEach(BENCH_QUESTIONS, 1, ask);
    log(`HTTP: /api/health ×${plan.healthRequests}, /api/search and /api/answer ${plan.rounds} rounds`);
    results['http'] = {
      health: summarize(await timeEach(Array.from({ length: plan.healthRequests }, () => '/api/health'), 1, get)),
      search: summarize(await timeEach(BENCH_QUESTIONS, plan.rounds, (q) => get(`/api/search?q=${encodeURIComponent(q)}&k=5`))),
      answer: summarize(await timeEach(BENCH_QUESTIONS, plan.rounds, ask)),
      newQuestionAfterReadAhead: newQuestions,
    };
    const load: LoadResult[] = [];
    for (const endpoint of ['/api/search', '/api/answer'] as const) {
      log(`load: ${endpoint} ${plan.load.seconds} s × ${plan.load.connections} connections`);
      load.push(await loadRun(server.url, endpoint, plan.load.seconds, plan.load.connections));
    }
    const health = await fetch(`${server.url}/api/health`);
    results['load'] = { runs: load, healthAfter: health.status };
  } finally {
    await server.stop();
  }
}

/** Milliseconds from spawn to the first answered /api/answer request. */
async function firstAnswer(server: RunningServer): Promise<number> {
  const response = await fetch(`${server.url}/api/answer`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ question: BENCH_QUESTIONS[0] }),
  });
  await response.text();
  if (!response.ok) throw new Error(`first answer failed: ${response.status}`);
  return performance.now() - server.spawnedAt;
}

async function scale(): Promise<void> {
  const sizes = [];
  for (const n of plan.scale) {
    const dir = path.join(scratch, `scale-${n}`);
    log(`scale ${n}: building (child process)`);
    const build = await child(['build', String(n), String(SEED), dir]);
    log(`scale ${n}: serving (child process)`);
    const serve = await child(['serve', String(n), String(SEED), dir, String(plan.scaleRounds)]);
    const entry: Record<string, unknown> = { paragraphs: n, build, serve };
    if (!quick && n >= 100_000) {
      log(`scale ${n}: serving with --optimize-for-size`);
      entry['serveOptimizeForSize'] = await child(['serve', String(n), String(SEED), dir, String(plan.scaleRounds)], ['--optimize-for-size']);
    }
    sizes.push(entry);
    rmSync(dir, { recursive: true, force: true });
  }
  results['scale'] = { seed: SEED, generator: 'bench/synthetic.ts: real sentences shuffled into paragraphs, 50 per work, dates 1945-1999', sizes };
}

function child(args: string[], nodeFlags: string[] = []): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [...nodeFlags, path.join(ROOT, 'bench', 'scale-child.ts'), ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    proc.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    proc.once('exit', (code) => {
      const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
      if (code === 0 && line) resolve(JSON.parse(line.slice('RESULT '.length)) as Record<string, unknown>);
      else reject(new Error(`scale-child ${args.join(' ')} exited with ${code}:\n${stderr.slice(-2000)}`));
    });
  });
}

function bundle(): void {
  const dist = path.join(ROOT, 'web', 'dist');
  if (!existsSync(path.join(dist, 'index.html'))) {
    results['bundle'] = null;
    return;
  }
  const report = reportBundleSize(dist);
  results['bundle'] = {
    firstLoadGzipKB: round(report.totalGzip / 1024, 1),
    lazyGzipKB: round(report.lazyGzip / 1024, 1),
    withinBudget: report.withinBudget,
    files: report.files.map((f) => ({ file: f.file, rawKB: round(f.raw / 1024, 1), gzipKB: round(f.gzip / 1024, 1) })),
  };
}

function printTables(): void {
  const lat = (name: string, s: LatencySummary | undefined) => (s ? [name, s.n, s.p50, s.p95, s.p99, s.mean, s.max] : [name, 0, NaN, NaN, NaN, NaN, NaN]);
  const r = results as Record<string, Record<string, LatencySummary> | undefined>;
  console.log(`\nLatency (ms), ${BENCH_QUESTIONS.length} questions × ${plan.rounds} rounds, after one warm-up round`);
  console.log(
    table(
      ['', 'n', 'p50', 'p95', 'p99', 'mean', 'max'],
      [
        lat('in-process query embedding (uncached)', r['inProcess']?.['queryEmbedding']),
        lat('in-process embedding + search', r['inProcess']?.['searchWithEmbedding']),
        lat('in-process retriever.search (vector cached)', r['inProcess']?.['search']),
        lat('in-process answerer.answer', r['inProcess']?.['answer']),
        lat('in-process app.request /api/answer', r['inProcess']?.['appRequestAnswer']),
        lat('HTTP GET /api/health (floor)', r['http']?.['health']),
        lat('HTTP GET /api/search', r['http']?.['search']),
        lat('HTTP POST /api/answer', r['http']?.['answer']),
        lat('HTTP POST /api/answer, a new question once read ahead', r['http']?.['newQuestionAfterReadAhead']),
      ],
    ),
  );
  const ix = results['indexing'] as Record<string, number>;
  const cs = results['coldStart'] as Record<string, number>;
  console.log(`\nIndexing (real corpus, from scratch): ${ix['paragraphs']} paragraphs, ${ix['units']} units in ${ix['seconds']} s = ${ix['paragraphsPerSecond']} paragraphs/s (${ix['textsPerSecond']} texts/s)`);
  const long = results['indexingLongParagraphs'] as Record<string, number>;
  console.log(`Indexing (${long['paragraphs']} synthetic paragraphs of ${long['meanWords']} words on average, from scratch): ${long['units']} units in ${long['seconds']} s = ${long['paragraphsPerSecond']} paragraphs/s (target ≥ 40)`);
  console.log(
    `Cold start (spawn → first answered /api/answer): no index ${cs['noIndexFirstAnswerMs']} ms (ready ${cs['noIndexReadyMs']} ms); ` +
      `warm index ${cs['warmIndexFirstAnswerMs']} ms (ready ${cs['warmIndexReadyMs']} ms); passages read ahead in ${cs['readAheadSeconds']} s`,
  );
  const load = (results['load'] as { runs: LoadResult[]; healthAfter: number } | undefined) ?? { runs: [], healthAfter: 0 };
  console.log(`\nLoad (autocannon, 127.0.0.1); /api/health afterwards: ${load.healthAfter}`);
  console.log(
    table(
      ['', 's × conn', 'requests', 'req/s', 'p50', 'p97.5', 'p99', 'errors', 'timeouts', 'non-2xx'],
      load.runs.map((l) => [l.endpoint, `${l.seconds}×${l.connections}`, l.requests, l.requestsPerSecond, l.latencyMs.p50, l.latencyMs.p97_5, l.latencyMs.p99, l.errors, l.timeouts, l.non2xx]),
    ),
  );
  const sc = results['scale'] as { seed: number; sizes: { paragraphs: number; build: Record<string, unknown>; serve: Record<string, unknown>; serveOptimizeForSize?: Record<string, unknown> }[] };
  console.log(`\nScale (synthetic corpus, seed ${sc.seed}; each phase in its own process)`);
  const scaleRow = (label: string, b: Record<string, unknown>, s: Record<string, unknown>) => {
    const search = s['searchMs'] as LatencySummary;
    const disk = b['diskMB'] as Record<string, number>;
    return [label, b['units'] as number, b['embedded'] as number, b['indexSeconds'] as number, b['paragraphsPerSecond'] as number, disk['total']!, b['peakRssMB'] as number, s['openSeconds'] as number, s['prepareSeconds'] as number, search.p50, search.p95, search.p99, s['peakRssMB'] as number, s['servingRssMB'] as number];
  };
  console.log(
    table(
      ['paragraphs', 'units', 'embedded', 'index s', 'para/s', 'disk MB', 'build RSS MB', 'open s', 'prepare s', 'search p50', 'p95', 'p99', 'serve peak RSS MB', 'serving RSS MB'],
      sc.sizes.flatMap((x) => [
        scaleRow(String(x.paragraphs), x.build, x.serve),
        ...(x.serveOptimizeForSize ? [scaleRow(`${x.paragraphs} (--optimize-for-size)`, x.build, x.serveOptimizeForSize)] : []),
      ]),
    ),
  );
  console.log('\nFirst dense pass (serve phase): every window scored from int8 codes vs sign bits then int8 rescoring of the candidates');
  console.log(
    table(
      ['paragraphs', 'windows', 'candidates', 'exact scan p50 ms', 'p95', 'signs + rescore p50 ms', 'p95', 'kept of exact top 100'],
      sc.sizes.map((x) => {
        const p = x.serve['densePass'] as DensePass;
        return [x.paragraphs, p.windows, p.candidates, p.exactScanMs.p50, p.exactScanMs.p95, p.signsThenRescoreMs.p50, p.signsThenRescoreMs.p95, p.keptOfExactTop100];
      }),
    ),
  );
  console.log('\n"How often" (serve phase): words counted over every paragraph, median ms (passages that hold them)');
  console.log(
    table(
      ['paragraphs', ...BENCH_COUNTED],
      sc.sizes.map((x) => {
        const counts = (x.serve['countMs'] as { words: string; passages: number; ms: number }[] | undefined) ?? [];
        return [x.paragraphs, ...BENCH_COUNTED.map((w) => counts.find((c) => c.words === w)).map((c) => (c ? `${c.ms} (${c.passages})` : '–'))];
      }),
    ),
  );
  const vi = results['vectraInsert'] as { items: number; seconds: number }[] | undefined;
  if (vi) console.log(`\nVectra batchInsertItems (why the index is written with its codec directly): ${vi.map((v) => `${v.items} items ${v.seconds} s`).join(', ')}`);
  const b = results['bundle'] as { firstLoadGzipKB: number; lazyGzipKB: number } | null;
  console.log(b ? `\nWeb bundle (gzip): first load ${b.firstLoadGzipKB} KB, lazy chunks ${b.lazyGzipKB} KB` : '\nWeb bundle: web/dist not built (npm run build:web)');
}

function round(x: number, digits: number): number {
  return Math.round(x * 10 ** digits) / 10 ** digits;
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}
