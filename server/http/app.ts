/** createApp(deps): the HTTP API (and the built web UI), with validation, limits, security headers and JSON errors. */
import { OpenAPIHono } from '@hono/zod-openapi';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { timing } from 'hono/timing';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { LIMITS } from '../contract.ts';
import type { Checker } from '../check/check.ts';
import type { Answerer } from '../answer/answerer.ts';
import type { Corpus } from '../corpus/types.ts';
import { AppError } from '../errors.ts';
import type { Retriever } from '../retrieval/retriever.ts';
import { describeZodError, errorResponse } from './errors.ts';
import { registerAnswer } from './routes/answer.ts';
import { registerChat } from './routes/chat.ts';
import { registerCheck } from './routes/check.ts';
import { registerHealth } from './routes/health.ts';
import { registerSearch } from './routes/search.ts';
import { registerWorks } from './routes/works.ts';

export interface AppDeps {
  corpus: Corpus;
  retriever: Retriever;
  answerer: Answerer;
  checker: Checker;
  modelId: string;
  /** Chat streams allowed at once (MAX_CONCURRENT_CHATS); more get 429. */
  maxConcurrentChats?: number;
  /** Origins allowed by CORS; empty turns CORS off. */
  corsOrigins?: readonly string[];
  /** The built web UI to serve at `/`, when present. */
  webDistDir?: string;
}

export function createApp(deps: AppDeps): OpenAPIHono {
  const app = new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success) throw new AppError('bad_request', describeZodError(result.error));
    },
  });

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  if (deps.corsOrigins?.length) app.use('/api/*', cors({ origin: [...deps.corsOrigins] }));
  app.use('/api/*', timing({ total: true, crossOrigin: false }));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: LIMITS.bodyBytes,
      onError: () => {
        throw new AppError('payload_too_large', `the request body is over ${LIMITS.bodyBytes} bytes`);
      },
    }),
  );

  registerHealth(app, deps);
  registerWorks(app, deps);
  registerSearch(app, deps);
  registerAnswer(app, deps);
  registerChat(app, deps);
  registerCheck(app, deps);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Sources API',
      version: '1.0.0',
      description: 'Cited, dated passages from the corpus, and answers built only from them. Every error is a JSON body (`error`, `code`); a path asked with a method it does not take answers 405 with an Allow header.',
    },
  });

  rejectOtherMethods(app, { '/api/openapi.json': ['GET'] });
  app.all('/api/*', (c) => {
    throw new AppError('not_found', `no such endpoint: ${c.req.method} ${c.req.path}`);
  });
  if (deps.webDistDir && existsSync(path.join(deps.webDistDir, 'index.html'))) serveWeb(app, deps.webDistDir);

  app.notFound((c) => c.json({ error: `not found: ${c.req.path}`, code: 'not_found' }, 404));
  app.onError(errorResponse);
  return app;
}

/** A known path asked with another method gets 405 and an Allow header, not the 404 of an unknown path. */
function rejectOtherMethods(app: OpenAPIHono, extra: Record<string, string[]>): void {
  const allowed = new Map(Object.entries(extra).map(([p, methods]) => [p, new Set(methods)]));
  for (const definition of app.openAPIRegistry.definitions) {
    if (definition.type !== 'route') continue;
    const route = definition.route.path.replace(/\{(\w+)\}/g, ':$1');
    allowed.set(route, (allowed.get(route) ?? new Set()).add(definition.route.method.toUpperCase()));
  }
  for (const [route, methods] of allowed) {
    const allow = [...methods, ...(methods.has('GET') ? ['HEAD'] : [])].join(', ');
    app.all(route, (c) => {
      c.header('Allow', allow);
      throw new AppError('method_not_allowed', `${c.req.method} is not allowed here; use ${[...methods].join(' or ')}`);
    });
  }
}

/**
 * Static files of the built UI, with index.html for client-side routes such as /works/:id. A build's files under
 * /assets/ are named by their content: cached for good, and a name no build made is a 404, not the page (a tab
 * holding an old name would load HTML as a script); the page itself is checked again on each load.
 */
function serveWeb(app: OpenAPIHono, root: string): void {
  const relativeRoot = path.relative(process.cwd(), root) || '.';
  app.use('/assets/*', cachedFor('public, max-age=31536000, immutable'), serveStatic({ root: relativeRoot }));
  app.get('/assets/*', (c) => c.json({ error: `not found: ${c.req.path}`, code: 'not_found' }, 404));
  app.use('/*', cachedFor('no-cache'), serveStatic({ root: relativeRoot }));
  app.get('*', cachedFor('no-cache'), serveStatic({ root: relativeRoot, path: 'index.html' }));
}

/** Sets how long a file served may be cached, on the response the handlers after it make, when it is found. */
const cachedFor =
  (value: string): MiddlewareHandler =>
  async (c, next) => {
    await next();
    if (c.res.ok) c.res.headers.set('Cache-Control', value);
  };
