/**
 * Headers and secrets: secureHeaders with a CSP the built UI works under, no x-powered-by, CORS off unless
 * origins are configured, and no value from the environment (API keys) in any response or in the web build.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MockLanguageModelV4 } from 'ai/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnswerer } from '../../server/answer/answerer.ts';
import { createProseWriter } from '../../server/answer/writer.ts';
import { appDeps, type Deps } from '../../server/deps.ts';
import { createApp, type AppDeps } from '../../server/http/app.ts';
import { ROOT } from '../../bench/server.ts';
import { realDeps } from '../support/deps.ts';

const SECRET = 'sk-test-secret-3f9c2b7e1d4a6058';
const WEB_DIST = path.join(ROOT, 'web', 'dist');
const saved: Record<string, string | undefined> = {};
const SECRET_ENV = { OPENAI_API_KEY: SECRET, ANTHROPIC_API_KEY: `${SECRET}-anthropic`, HF_TOKEN: `${SECRET}-hf` };

let deps: Deps;
let remove: () => void;
let webDist: string;

beforeAll(async () => {
  for (const [k, v] of Object.entries(SECRET_ENV)) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  ({ deps, remove } = await realDeps());
  // The real build when there is one; otherwise a stand-in with the same shape (the header checks need a UI).
  webDist = existsSync(path.join(WEB_DIST, 'index.html')) ? WEB_DIST : standInDist();
});
afterAll(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  remove();
});

function standInDist(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'web-dist-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><script type="module" src="/assets/app.js"></script><div id="root"></div>');
  writeFileSync(path.join(dir, 'assets', 'app.js'), 'document.getElementById("root").textContent = "ok";');
  return dir;
}

const appWith = (extra: Partial<AppDeps> = {}) =>
  createApp({ ...appDeps(deps), webDistDir: webDist, ...extra });

const post = (app: ReturnType<typeof createApp>, url: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

function csp(res: Response): Map<string, string[]> {
  const header = res.headers.get('content-security-policy') ?? '';
  return new Map(header.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
}

describe('security headers', () => {
  it('sends the secure headers and a self-only CSP on API responses, errors and the UI, and no x-powered-by', async () => {
    const app = appWith();
    for (const res of [await app.request('/api/health'), await app.request('/api/works/nope'), await post(app, '/api/answer', {}), await app.request('/'), await app.request('/works/x')]) {
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      const policy = csp(res);
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('script-src')).toEqual(["'self'"]);
      expect(policy.get('connect-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    }
  });

  it('the built UI loads under that CSP: no inline scripts or handlers, every script and style from its own origin', async () => {
    const res = await appWith().request('/');
    const html = await res.text();
    const policy = csp(res);
    expect(html).toMatch(/<div id="root">/);
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\bsrc="\/[^/]/);
    expect(html).not.toMatch(/<script\b[^>]*>[^<\s]/);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    for (const [, url] of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
      if (url!.startsWith('data:')) expect(policy.get('img-src')).toContain('data:');
      else expect(url).toMatch(/^\/(?!\/)/);
    }
    // Every asset the page names is served, with the same headers, cached for good: its name changes with it.
    for (const [, url] of html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)) {
      const asset = await appWith().request(url!);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-security-policy')).toBe(res.headers.get('content-security-policy'));
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    // The page is checked again on each load; an asset no build made is a 404, not the page served as a script.
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect((await appWith().request('/works/x')).headers.get('cache-control')).toBe('no-cache');
    const missing = await appWith().request('/assets/missing-abc123.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/json/);
  });
});

describe('CORS', () => {
  it('is off by default: no allow-origin header for another origin, and a preflight is not granted', async () => {
    const app = appWith();
    const res = await app.request('/api/health', { headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await app.request('/api/answer', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.status).toBe(405);
  });

  it('allows exactly the configured origins when CORS_ORIGINS is set', async () => {
    const app = appWith({ corsOrigins: ['https://class.example'] });
    const allowed = await app.request('/api/health', { headers: { origin: 'https://class.example' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://class.example');
    const preflight = await app.request('/api/answer', {
      method: 'OPTIONS',
      headers: { origin: 'https://class.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://class.example');
    const other = await app.request('/api/health', { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('secrets', () => {
  const secrets = () => Object.values(SECRET_ENV);
  const expectNoSecret = async (res: Response, label: string) => {
    const headers = JSON.stringify([...res.headers]);
    const body = await res.text();
    for (const secret of secrets()) {
      expect(body.includes(secret), `${label} body`).toBe(false);
      expect(headers.includes(secret), `${label} headers`).toBe(false);
    }
    return body;
  };

  it('no environment secret appears in any response, even when the LLM provider fails with the key in its error', async () => {
    const failing = new MockLanguageModelV4({
      doGenerate: async () => {
        throw new Error(`401 Incorrect API key provided: ${SECRET}. You can find your API key at https://platform.example/account`);
      },
    });
    const answerer = createAnswerer({ retriever: deps.retriever, corpus: deps.corpus, writer: createProseWriter(failing, { timeoutMs: 5000 }), log: () => {} });
    const work = deps.corpus.works[0]!.id;
    for (const app of [appWith(), appWith({ answerer })]) {
      const responses: [string, Response][] = [
        ['health', await app.request('/api/health')],
        ['works', await app.request('/api/works')],
        ['work', await app.request(`/api/works/${work}`)],
        ['search', await app.request('/api/search?q=self-reliance&k=50')],
        ['openapi', await app.request('/api/openapi.json')],
        ['answer', await post(app, '/api/answer', { question: 'What did Kim Il Sung say about self-reliance?' })],
        ['chat', await post(app, '/api/chat', { messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: 'What is self-reliance?' }] }] })],
        ['400', await post(app, '/api/answer', { question: 42 })],
        ['404', await app.request('/api/nope')],
        ['405', await app.request('/api/answer')],
        ['413', await app.request('/api/answer', { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(2 << 20) })],
        ['ui', await app.request('/')],
      ];
      for (const [label, res] of responses) await expectNoSecret(res, label);
    }
    const fallback = await post(appWith({ answerer }), '/api/answer', { question: 'What did Kim Il Sung say about self-reliance?' });
    expect((await fallback.json()).verifier).toEqual({ removed: 0, fallback: 'the language model failed' });
  });

  it('the web build holds no API key, no environment value that looks secret and no process.env', () => {
    const files = filesUnder(webDist);
    expect(files.length).toBeGreaterThan(0);
    const envSecrets = Object.entries(process.env)
      .filter(([k, v]) => /KEY|SECRET|TOKEN|PASSWORD|CREDENTIAL/i.test(k) && v && v.length >= 8)
      .map(([, v]) => v!);
    expect(envSecrets).toContain(SECRET);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const secret of envSecrets) expect(text.includes(secret), `${file} holds an environment secret`).toBe(false);
      expect(text, file).not.toMatch(/\bsk-[A-Za-z0-9_-]{16,}|OPENAI_API_KEY|ANTHROPIC_API_KEY|process\.env\b/);
    }
  });

  it('the UI sources read no environment variable that Vite would inline into the bundle', () => {
    const offenders = filesUnder(path.join(ROOT, 'web', 'src')).filter(
      (file) => /\.(tsx?|jsx?)$/.test(file) && /import\.meta\.env\.(?!MODE\b|DEV\b|PROD\b|BASE_URL\b)|process\.env/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
    expect(readFileSync(path.join(ROOT, 'web', 'vite.config.ts'), 'utf8')).not.toMatch(/\bdefine\s*:|envPrefix/);
  });
});

/** Every file below `dir`, as full paths. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}
