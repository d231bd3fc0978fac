/**
 * A smoke check of what `npm run bench` measures (the benchmark itself runs only there, never in the tests):
 * the real server under a short autocannon run answers every /api/search and /api/answer request 2xx with a
 * valid body and stays healthy, and one scale phase builds and serves a small synthetic corpus.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRun } from '../../bench/load.ts';
import { ROOT, runNode, startServer, stubWebDist, type RunningServer } from '../../bench/server.ts';
import { AnswerResponse, SearchResponse } from '../../server/contract.ts';
import { tempDir } from '../support/deps.ts';

const work = tempDir('load-smoke-');
const webDist = stubWebDist();
const env = { INDEX_DIR: path.join(work.dir, 'index'), WEB_DIST_DIR: webDist, ALLOW_REMOTE_MODELS: 'false', LLM_PROVIDER: undefined, LLM_MODEL: undefined };
let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ env });
  // One request of each first: the first search reads what it keeps warm, which a short run under a busy CPU may spend
  // its whole window on; the load smoke checks the server warm, as the bench measures it.
  for (const asked of [`/api/search?q=${encodeURIComponent('self-reliance')}&k=3`, '/api/answer']) {
    const init = asked === '/api/answer' ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: 'What did he say about trade?' }) } : {};
    expect((await fetch(`${server.url}${asked}`, init)).status).toBe(200);
  }
}, 120_000);
afterAll(async () => {
  await server?.stop();
  work.remove();
  rmSync(webDist, { recursive: true, force: true });
});

describe('the server under a short load', () => {
  for (const endpoint of ['/api/search', '/api/answer'] as const) {
    it(`answers every ${endpoint} request 2xx, with no error or timeout`, async () => {
      const run = await loadRun(server.url, endpoint, 2, 8);
      expect(run.requests).toBeGreaterThan(0);
      expect({ errors: run.errors, timeouts: run.timeouts, non2xx: run.non2xx }).toEqual({ errors: 0, timeouts: 0, non2xx: 0 });
    }, 30_000);
  }

  it('still answers with valid bodies and a healthy /api/health afterwards', async () => {
    const search = await fetch(`${server.url}/api/search?q=${encodeURIComponent('self-reliance in foreign trade')}&k=3`);
    expect(search.status).toBe(200);
    expect(SearchResponse.parse(await search.json()).passages).toHaveLength(3);
    const answer = await fetch(`${server.url}/api/answer`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'How was fertilizer made without much electricity?' }),
    });
    expect(answer.status).toBe(200);
    expect(AnswerResponse.parse(await answer.json()).citations.length).toBeGreaterThan(0);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });
});

it('builds and serves a small synthetic corpus with the scale phases of the bench', async () => {
  const dir = path.join(work.dir, 'scale');
  const result = async (args: string[]) => {
    const run = await runNode([path.join(ROOT, 'bench', 'scale-child.ts'), ...args], { ...env, INDEX_DIR: undefined });
    expect(run.code, run.stderr.slice(-2000)).toBe(0);
    const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
    return JSON.parse(line!.slice('RESULT '.length)) as Record<string, unknown>;
  };
  const build = await result(['build', '300', '7', dir]);
  expect(build).toMatchObject({ paragraphs: 300 });
  expect(build['units']).toBeGreaterThan(300);
  const serve = await result(['serve', '300', '7', dir, '1']);
  expect(serve).toMatchObject({ paragraphs: 300, searchMs: { n: 20 } });
}, 120_000);
