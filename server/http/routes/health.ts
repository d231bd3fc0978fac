/** GET /api/health: readiness with corpus counts and the embedding model in use. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { HealthResponse } from '../../contract.ts';
import type { AppDeps } from '../app.ts';

const route = createRoute({
  method: 'get',
  path: '/api/health',
  summary: 'Readiness and corpus size',
  responses: { 200: { description: 'Ready', content: { 'application/json': { schema: HealthResponse } } } },
});

export function registerHealth(app: OpenAPIHono, deps: AppDeps): void {
  app.openapi(route, (c) =>
    c.json({ status: 'ok' as const, works: deps.corpus.works.length, passages: deps.corpus.paragraphs.length, model: deps.modelId }, 200),
  );
}
