/** GET /api/search: ranked passages with their best verbatim quote, and whether the corpus is silent. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { setMetric } from 'hono/timing';
import { SearchQuery, SearchResponse } from '../../contract.ts';
import { errorResponse } from './responses.ts';
import type { AppDeps } from '../app.ts';
import { requireKnownWork } from '../../retrieval/filters.ts';
import { toPassage } from '../present.ts';

const route = createRoute({
  method: 'get',
  path: '/api/search',
  summary: 'Search the corpus for passages',
  request: { query: SearchQuery },
  responses: {
    200: { description: 'Ranked passages', content: { 'application/json': { schema: SearchResponse } } },
    400: errorResponse('Bad query'),
  },
});

export function registerSearch(app: OpenAPIHono, deps: AppDeps): void {
  app.openapi(route, async (c) => {
    const { q, k, from, to, work } = c.req.valid('query');
    requireKnownWork(deps.corpus.works, work);
    // The model's share of the latency (embed) shows in Server-Timing apart from the ranking's (retrieve).
    const ranking = await deps.retriever.search(q, { from, to, work }, k, undefined, (phase, ms) => setMetric(c, phase, ms));
    const response: SearchResponse = { query: q, abstain: ranking.abstain, passages: ranking.passages.map(toPassage) };
    if (ranking.corrections.length > 0) response.readAs = ranking.corrections;
    return c.json(response, 200);
  });
}
