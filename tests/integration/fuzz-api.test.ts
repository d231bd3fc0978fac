/**
 * Hostile and malformed input over every endpoint (fast-check, bounded runs, through app.request, no port):
 * random and malformed JSON, wrong types, huge strings, deep nesting, NUL bytes, odd Unicode, traversal in
 * :id, repeated and over-long query strings, wrong methods and content types, bodies over the limit. Every
 * response is 2xx where the input is valid, otherwise a 4xx JSON {error}; never a 5xx, never a stack trace.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnswerResponse, ErrorResponse, LIMITS, SearchResponse } from '../../server/contract.ts';
import { appDeps, type Deps } from '../../server/deps.ts';
import { createApp } from '../../server/http/app.ts';
import { realDeps } from '../support/deps.ts';

let deps: Deps;
let remove: () => void;
let app: ReturnType<typeof createApp>;
let cases = 0;

beforeAll(async () => {
  ({ deps, remove } = await realDeps());
  app = createApp({ ...appDeps(deps), maxConcurrentChats: 4 });
});
afterAll(() => {
  console.log(`fuzz: ${cases} cases run`);
  remove();
});

const STACK = /\n\s+at |node:internal|\/server\/|\.ts:\d+|TypeError|RangeError|SyntaxError: Unexpected/;

/** The invariant every response must keep; returns the parsed JSON body when there is one. */
async function expectSafe(res: Response, label: string): Promise<unknown> {
  cases++;
  const text = await res.text();
  const where = `${label} → ${res.status} ${text.slice(0, 300)}`;
  expect(res.status, where).toBeLessThan(500);
  expect(text, where).not.toMatch(STACK);
  if (res.status >= 400) {
    expect(res.headers.get('content-type'), where).toMatch(/^application\/json/);
    const body = ErrorResponse.safeParse(JSON.parse(text));
    expect(body.success, where).toBe(true);
    expect(body.data!.error.length, where).toBeGreaterThan(0);
    return body.data;
  }
  if (res.headers.get('content-type')?.startsWith('application/json')) return JSON.parse(text);
  return text;
}

const json = (path: string, body: string, contentType = 'application/json', method = 'POST') =>
  app.request(path, { method, headers: contentType ? { 'content-type': contentType } : {}, body });

// ---------- arbitraries ----------

const oddText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }), // lone surrogates, control characters, NUL
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.constantFrom(
    '\u202Eevil\u202C self-reliance', // RTL override
    'مرحبا بالاعتماد على الذات', // Arabic, RTL
    'e\u0301\u0301\u0301\u0301 combining',
    'Z̸̡̛̙̗͈̰͇̤̮̺̖̒͊̿̓̀̌̈́͌̀͘a̶̗͓̥̘̮̞̥̋l̴̡͇̣̙̙̙̓g̶̡̛̠͓̺o',
    '\ud800 lone high',
    '\udfff lone low',
    'null\u0000byte',
    '\u200B\u200C\u200D\uFEFF zero width',
    '🇰🇵🇰🇷 👩‍👩‍👧‍👦 emoji',
    '%00%2e%2e%2f',
    '<script>alert(1)</script>',
    "'; DROP TABLE works; --",
    '{{7*7}} ${7*7}',
    '   ',
    '',
  ),
);

const wrongType = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.object({ maxDepth: 2 }));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const dateLike = fc.oneof(fc.constantFrom('1967', '1987-06-09', '1999-02-30', '0000', '9999-99-99', '1967-1-1', ' 1970 ', '19671'), oddText, wrongType);

const answerBody = fc.record(
  {
    question: fc.oneof(oddText, wrongType, fc.string({ minLength: LIMITS.questionChars - 5, maxLength: LIMITS.questionChars + 50 })),
    from: maybe(dateLike),
    to: maybe(dateLike),
    work: maybe(fc.oneof(oddText, wrongType, fc.constantFrom('1987-let-us-develop-south-south-cooperation', '../../etc/passwd'))),
    mode: maybe(fc.oneof(fc.constantFrom('auto', 'compare', 'abstain', 'AUTO'), wrongType)),
    extra: maybe(fc.jsonValue({ maxDepth: 3 })),
  },
  { requiredKeys: [] },
);

const part = fc.oneof(
  fc.record({ type: fc.constant('text'), text: fc.oneof(oddText, wrongType) }),
  fc.record({ type: fc.constantFrom('step-start', 'data-citation', 'data-mode', 'tool-call', 'file', 'reasoning'), data: maybe(fc.jsonValue({ maxDepth: 2 })) }),
  fc.jsonValue({ maxDepth: 2 }),
);
const message = fc.record(
  {
    id: fc.oneof(fc.string({ maxLength: 20 }), wrongType),
    role: fc.oneof(fc.constantFrom('user', 'assistant', 'system', 'tool'), wrongType),
    parts: fc.oneof(fc.array(part, { maxLength: 4 }), wrongType),
    metadata: maybe(fc.oneof(fc.record({ from: maybe(dateLike), to: maybe(dateLike), mode: maybe(fc.string()) }), wrongType)),
  },
  { requiredKeys: [] },
);
const chatBody = fc.record(
  { id: maybe(fc.string()), messages: fc.oneof(fc.array(message, { maxLength: 5 }), wrongType), trigger: maybe(fc.string()) },
  { requiredKeys: [] },
);

const RUNS = 150;
const run = <Ts extends unknown[]>(property: fc.IAsyncPropertyWithHooks<Ts>, numRuns = RUNS) =>
  fc.assert(property, { numRuns, seed: 20240611 + numRuns, endOnFailure: true });

/** Percent-encodes any string; lone surrogates (which encodeURIComponent refuses) become U+FFFD first. */
const encode = (s: string) => encodeURIComponent(s.toWellFormed());

describe('fuzz: request bodies', () => {
  it('POST /api/answer with random field values answers 200 or a 4xx JSON error', async () => {
    await run(
      fc.asyncProperty(answerBody, async (body) => {
        const parsed = await expectSafe(await json('/api/answer', JSON.stringify(body)), `answer ${JSON.stringify(body).slice(0, 200)}`);
        if (parsed && typeof parsed === 'object' && 'answer' in parsed) expect(AnswerResponse.safeParse(parsed).success).toBe(true);
      }),
      300,
    );
  });

  it('POST /api/chat with random conversations streams or refuses with a 4xx JSON error', async () => {
    await run(
      fc.asyncProperty(chatBody, async (body) => {
        await expectSafe(await json('/api/chat', JSON.stringify(body)), `chat ${JSON.stringify(body).slice(0, 200)}`);
      }),
      300,
    );
  });

  it('well-formed requests whose text is odd Unicode are answered 200 (or 400 when the text is blank)', async () => {
    const question = fc.oneof(oddText, fc.tuple(oddText, fc.constantFrom('self-reliance', 'fertilizer from coal', 'South-South cooperation')).map(([a, b]) => `${a} ${b}`));
    await run(
      fc.asyncProperty(question, fc.constantFrom('answer', 'search', 'chat'), async (q, endpoint) => {
        const blank = q.trim() === '';
        let res: Response;
        if (endpoint === 'search') res = await app.request(`/api/search?q=${encode(q)}`);
        else if (endpoint === 'answer') res = await json('/api/answer', JSON.stringify({ question: q }));
        else res = await json('/api/chat', JSON.stringify({ messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: q }] }] }));
        const body = await expectSafe(res, `${endpoint} ${JSON.stringify(q).slice(0, 120)}`);
        // The query string carries lone surrogates as U+FFFD, which is not blank.
        expect(res.status, JSON.stringify(body).slice(0, 200)).toBe(blank && !(endpoint === 'search' && q !== q.toWellFormed()) ? 400 : 200);
        if (endpoint === 'chat' && res.status === 200) expect(String(body)).toMatch(/"type":"finish"/);
      }),
      400,
    );
  });

  it('any JSON value, and text that is not JSON, is refused with 400', async () => {
    await run(
      fc.asyncProperty(
        fc.constantFrom('/api/answer', '/api/chat'),
        fc.oneof(fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)), fc.string({ unit: 'binary', maxLength: 300 })),
        async (path, body) => {
          const res = await json(path, body);
          await expectSafe(res, `${path} ${body.slice(0, 100)}`);
        },
      ),
    );
  });

  it('deeply nested JSON is refused, not a stack overflow', async () => {
    await run(
      fc.asyncProperty(fc.constantFrom('/api/answer', '/api/chat'), fc.integer({ min: 1_000, max: 200_000 }), fc.constantFrom('[', '{"a":'), async (path, depth, open) => {
        const close = open === '[' ? ']' : '}';
        const nested = open.repeat(depth) + '1' + close.repeat(depth);
        const res = await json(path, JSON.stringify({ question: 'x', messages: [], deep: JSON.parse('0') }).replace('0}', `${nested}}`));
        const body = await expectSafe(res, `${path} depth ${depth}`);
        if (res.status >= 400) expect(body).toHaveProperty('error');
      }),
      20,
    );
  });

  it('wrong or missing content types get 415 JSON', async () => {
    await run(
      fc.asyncProperty(
        fc.constantFrom('/api/answer', '/api/chat'),
        fc.constantFrom('text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/jsonx', 'text/json', ''),
        async (path, type) => {
          const res = await json(path, '{"question":"self-reliance"}', type);
          await expectSafe(res, `${path} content-type "${type}"`);
          expect(res.status).toBe(415);
        },
      ),
      40,
    );
  });

  it('bodies over 1 MB get 413 JSON', async () => {
    await run(
      fc.asyncProperty(fc.constantFrom('/api/answer', '/api/chat'), fc.integer({ min: LIMITS.bodyBytes + 1, max: 3 * LIMITS.bodyBytes }), async (path, size) => {
        const res = await json(path, `{"question":"${'a'.repeat(size)}"}`);
        await expectSafe(res, `${path} ${size} bytes`);
        expect(res.status).toBe(413);
      }),
      6,
    );
  });
});

describe('fuzz: paths, queries and methods', () => {
  const segment = fc.oneof(
    oddText.map(encode),
    fc.constantFrom('..%2f..%2fetc%2fpasswd', '%2e%2e%2f%2e%2e%2fpackage.json', '..%5c..%5cwindows', '%00', '%2F', '....//', '%252e%252e%252f', '%ff%fe', '%E0%A4%A', 'a'.repeat(250)),
    fc.webSegment(),
  );

  it('GET /api/works/:id with traversal and odd ids answers 404 or 400 JSON, never a file', async () => {
    await run(
      fc.asyncProperty(segment, async (id) => {
        const res = await app.request(`/api/works/${id}`);
        const body = await expectSafe(res, `works/${id}`);
        expect([400, 404]).toContain(res.status);
        expect(JSON.stringify(body)).not.toMatch(/root:x:0|"name": ?"juche-sources"/);
      }),
    );
  });

  it('GET /api/search with random, repeated and over-long parameters answers 200 or 400 JSON', async () => {
    const value = fc.oneof(oddText, fc.string({ minLength: 900, maxLength: 1200 }), fc.constantFrom('0', '-1', '51', '1e9', 'NaN', '5.5', '0x10', '[]'));
    const param = fc.tuple(fc.constantFrom('q', 'k', 'from', 'to', 'work', 'q[]', '__proto__', 'constructor'), value);
    await run(
      fc.asyncProperty(fc.array(param, { maxLength: 6 }), async (params) => {
        const query = params.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&');
        const res = await app.request(`/api/search?${query}`);
        const body = await expectSafe(res, `search?${query.slice(0, 200)}`);
        if (res.status === 200) expect(SearchResponse.safeParse(body).success).toBe(true);
      }),
      300,
    );
  });

  it('raw malformed query strings are answered with JSON', async () => {
    await run(
      fc.asyncProperty(fc.string({ unit: 'binary-ascii', maxLength: 300 }), async (raw) => {
        const res = await app.request(`/api/search?${raw.replace(/[#\s]/g, '')}`);
        await expectSafe(res, `search?${raw.slice(0, 100)}`);
      }),
    );
  });

  it('every method on every API path answers with JSON and the right 405 for the wrong ones', async () => {
    const allowed: Record<string, string> = {
      '/api/health': 'GET',
      '/api/works': 'GET',
      '/api/works/1987-let-us-develop-south-south-cooperation': 'GET',
      '/api/search?q=self-reliance': 'GET',
      '/api/openapi.json': 'GET',
      '/api/answer': 'POST',
      '/api/chat': 'POST',
    };
    await run(
      fc.asyncProperty(fc.constantFrom(...Object.keys(allowed)), fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'), async (path, method) => {
        const init: RequestInit = { method };
        if (method !== 'GET') Object.assign(init, { headers: { 'content-type': 'application/json' }, body: '{"question":"x","messages":[]}' });
        const res = await app.request(path, init);
        await expectSafe(res, `${method} ${path}`);
        if (method !== allowed[path]) {
          expect(res.status).toBe(405);
          expect(res.headers.get('allow')).toContain(allowed[path]);
        }
      }),
      80,
    );
  });

  it('unknown API paths answer 404 JSON, and UI paths never serve files from outside the web build', async () => {
    await run(
      fc.asyncProperty(fc.array(segment, { minLength: 1, maxLength: 4 }), fc.boolean(), async (segments, api) => {
        const path = `${api ? '/api/' : '/'}${segments.join('/')}`;
        const res = await app.request(path);
        const body = await expectSafe(res, path);
        if (api) expect(res.status).toBe(404);
        expect(typeof body === 'string' ? body : JSON.stringify(body)).not.toMatch(/root:x:0|"name": ?"juche-sources"|"compilerOptions"/);
      }),
    );
  });
});

describe('after the fuzzing', () => {
  it('the server still answers /api/health and real questions', async () => {
    const health = await app.request('/api/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', works: 14 });
    const res = await json('/api/answer', JSON.stringify({ question: 'How was fertilizer made without much electricity?' }));
    expect(res.status).toBe(200);
    expect((await res.json()).citations.length).toBeGreaterThan(0);
  });
});
