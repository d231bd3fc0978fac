/**
 * Startup faults through the real entry point (`node server/main.ts`): a missing model folder, a wrong
 * EMBEDDING_MODEL, a broken model, a missing corpus, an unusable index path, a bad setting, a busy port and
 * a missing LLM provider package each end the process with exit code 1 and one line naming the setting to
 * fix, never a stack trace. An index built for another corpus is rebuilt with a message and served.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runNode, ROOT, startServer, stubWebDist } from '../../bench/server.ts';
import { indexCopy, tempDir, testConfig } from '../support/deps.ts';

const scratch = tempDir('faults-startup-');
const index = indexCopy();
const config = testConfig();
const webDist = stubWebDist();
afterAll(() => {
  scratch.remove();
  index.remove();
  rmSync(webDist, { recursive: true, force: true });
});
const base = { ALLOW_REMOTE_MODELS: 'false', PORT: '0', HOST: '127.0.0.1', WEB_DIST_DIR: webDist, INDEX_DIR: index.dir, LLM_PROVIDER: undefined, LLM_MODEL: undefined };

async function startupFailure(env: Record<string, string | undefined>) {
  const run = await runNode([path.join(ROOT, 'server', 'main.ts')], { ...base, ...env }, 60_000);
  const errorLines = run.stderr.trim().split('\n');
  return { ...run, errorLines };
}

function expectOneClearLine(run: { code: number | null; stderr: string; errorLines: string[] }, message: RegExp): void {
  expect(run.code, run.stderr).toBe(1);
  expect(run.stderr).not.toMatch(/\n\s+at |node:internal|Error:|\{\s*$/m);
  expect(run.errorLines.at(-1)).toMatch(message);
}

describe('the server refuses to start with one clear line', () => {
  it('when EMBEDDING_MODEL names a model that is not under MODELS_DIR and downloads are off', async () => {
    const run = await startupFailure({ EMBEDDING_MODEL: 'no-such-model' });
    expectOneClearLine(run, /^EMBEDDING_MODEL "no-such-model" is not available: no model at .*no-such-model \(MODELS_DIR\).*ALLOW_REMOTE_MODELS=false/);
  });

  it('when MODELS_DIR does not exist', async () => {
    const run = await startupFailure({ MODELS_DIR: path.join(scratch.dir, 'no-models') });
    expectOneClearLine(run, /^EMBEDDING_MODEL "e5-small-v2" is not available: no model at .*no-models.*\(MODELS_DIR\)/);
  });

  it('when the model folder is broken', async () => {
    const models = path.join(scratch.dir, 'models');
    mkdirSync(path.join(models, 'broken', 'onnx'), { recursive: true });
    writeFileSync(path.join(models, 'broken', 'config.json'), '{"model_type": "bert"}');
    writeFileSync(path.join(models, 'broken', 'onnx', 'model.onnx'), 'not a model');
    const run = await startupFailure({ MODELS_DIR: models, EMBEDDING_MODEL: 'broken' });
    expectOneClearLine(run, /^EMBEDDING_MODEL "broken" could not be loaded from the model folder .*broken/);
  });

  it('when CORPUS_DIR does not exist', async () => {
    const run = await startupFailure({ CORPUS_DIR: path.join(scratch.dir, 'no-corpus') });
    expectOneClearLine(run, /^CORPUS_DIR ".*no-corpus" does not exist/);
  });

  it('when INDEX_DIR cannot be created', async () => {
    const file = path.join(scratch.dir, 'a-file');
    writeFileSync(file, '');
    const run = await startupFailure({ INDEX_DIR: path.join(file, 'index') });
    expectOneClearLine(run, /^startup failed: ENOTDIR.*a-file.*\(check CORPUS_DIR, INDEX_DIR and MODELS_DIR\)/);
  });

  it('when a setting is invalid, listing every invalid setting', async () => {
    const run = await startupFailure({ PORT: 'eighty', LLM_TIMEOUT_MS: '5' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^Invalid configuration:\n {2}PORT: .*\n {2}LLM_TIMEOUT_MS: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('when the LLM provider package is not installed', async () => {
    const run = await startupFailure({ LLM_PROVIDER: 'no-such-provider', LLM_MODEL: 'x' });
    expectOneClearLine(run, /^LLM_PROVIDER=no-such-provider needs the package @ai-sdk\/no-such-provider/);
  });

  it('when the port is taken', async () => {
    const first = await startServer({ env: base });
    try {
      const run = await startupFailure({ PORT: new URL(first.url).port });
      expectOneClearLine(run, /^cannot listen on 127\.0\.0\.1:\d+ \(HOST, PORT\): EADDRINUSE/);
    } finally {
      await first.stop();
    }
  });
});

describe('an index built for another corpus', () => {
  it('is rebuilt at startup with a message, then served', async () => {
    const corpus = path.join(scratch.dir, 'corpus');
    cpSync(config.CORPUS_DIR, corpus, { recursive: true });
    const otherIndex = path.join(scratch.dir, 'index-other-corpus');
    cpSync(index.dir, otherIndex, { recursive: true });
    const env = { ...base, CORPUS_DIR: corpus, INDEX_DIR: otherIndex };
    let server = await startServer({ env });
    await server.stop();
    // Another corpus: one more document.
    writeFileSync(path.join(corpus, 'added.txt'), '---\ntitle: An added talk\ndate: 1990-01-01\n---\nSelf-reliance is the way of our nation.\n');
    server = await startServer({ env });
    try {
      expect(server.output()).toMatch(/index: rebuilding in .* because the corpus has changed since it was built/);
      const health = await (await fetch(`${server.url}/api/health`)).json();
      expect(health).toMatchObject({ status: 'ok', works: 15 });
    } finally {
      await server.stop();
    }
  });
});

// The machine's own Node, when it is older than the project needs (CI installs a newer one beside it).
const olderNode = ['/usr/bin/node', '/usr/local/bin/node'].find((bin) => {
  const version = spawnSync(bin, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout?.trim();
  return version !== undefined && version !== '' && Number(version.split('.')[0]) < 22;
});
if (!olderNode) console.log('skipping the old-Node preflight test: no Node older than 22 on this machine');

describe('an older Node', () => {
  it.skipIf(!olderNode)('gets one line naming the Node version needed from npm install and npm start', () => {
    const run = spawnSync(olderNode!, [path.join(ROOT, 'scripts', 'check-node.mjs')], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^This project needs Node\.js >=22\.\d+ \(24 LTS recommended\); this is Node\.js \d+\./);
    const scripts = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts;
    expect(scripts.preinstall).toBe('node scripts/check-node.mjs');
    expect(scripts.prestart).toBe('node scripts/check-node.mjs');
  });
});
