/**
 * The bench and the load run in their CI size: `node bench/run.ts --quick` (the full size is `npm run bench`)
 * starts the real server on 127.0.0.1, measures latency and cold start, runs autocannon on /api/search and
 * /api/answer (5 s × 10 connections each) and a 2k-paragraph synthetic scale run. Every load request must
 * succeed, and the server must still answer /api/health afterwards.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { LoadResult } from '../../bench/load.ts';
import { ROOT, runNode } from '../../bench/server.ts';
import type { LatencySummary } from '../../bench/stats.ts';
import { tempDir } from '../support/deps.ts';

const out = tempDir('bench-quick-');
afterAll(() => out.remove());

it('runs the quick bench: every load request answered 2xx, latencies and scale figures recorded', async () => {
  const file = path.join(out.dir, 'results.json');
  const run = await runNode([path.join(ROOT, 'bench', 'run.ts'), '--quick', '--out', file], { BENCH_SIZE: '2000' }, 240_000);
  expect(run.code, run.stderr.slice(-3000)).toBe(0);
  const results = JSON.parse(readFileSync(file, 'utf8'));

  const load = results.load as { runs: LoadResult[]; healthAfter: number };
  expect(load.runs.map((r) => r.endpoint)).toEqual(['/api/search', '/api/answer']);
  for (const r of load.runs) {
    expect(r.requests, r.endpoint).toBeGreaterThan(50);
    expect({ errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx }, r.endpoint).toEqual({ errors: 0, timeouts: 0, non2xx: 0 });
  }
  expect(load.healthAfter).toBe(200);

  const latencies: LatencySummary[] = [...Object.values(results.inProcess), ...Object.values(results.http)] as LatencySummary[];
  for (const l of latencies) {
    expect(l.n).toBeGreaterThan(0);
    expect(l.p50).toBeGreaterThan(0);
    expect(l.p99).toBeGreaterThanOrEqual(l.p50);
  }
  expect(results.coldStart.warmIndexFirstAnswerMs).toBeGreaterThan(0);
  expect(results.indexing.paragraphsPerSecond).toBeGreaterThan(0);
  const [scale] = results.scale.sizes;
  expect(scale.paragraphs).toBe(2000);
  expect(scale.build.paragraphs).toBe(2000);
  expect(scale.serve.searchMs.n).toBeGreaterThan(0);
  expect(scale.serve.peakRssMB).toBeGreaterThan(0);
  expect(run.stdout).toMatch(/Latency \(ms\)/);
}, 300_000);
