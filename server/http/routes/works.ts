/** GET /api/works and /api/works/:id: the works by date, and one work with its paragraphs in order. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { WorkDetail, WorksResponse } from '../../contract.ts';
import { errorResponse } from './responses.ts';
import { AppError } from '../../errors.ts';
import type { AppDeps } from '../app.ts';
import { passageCounts, toWorkParagraph, toWorkSummary } from '../present.ts';

const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

const listRoute = createRoute({
  method: 'get',
  path: '/api/works',
  summary: 'All works, ordered by date (undated last)',
  responses: { 200: json(WorksResponse, 'The works') },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/works/{id}',
  summary: 'One work with its paragraphs in order',
  request: { params: z.object({ id: z.string().min(1).max(200) }) },
  responses: { 200: json(WorkDetail, 'The work'), 400: errorResponse('Malformed id (over 200 characters)'), 404: errorResponse('No such work') },
});

export function registerWorks(app: OpenAPIHono, deps: AppDeps): void {
  const counts = passageCounts(deps.corpus);
  app.openapi(listRoute, (c) => c.json({ works: deps.corpus.works.map((w) => toWorkSummary(w, counts.get(w.id) ?? 0)) }, 200));
  app.openapi(getRoute, (c) => {
    const { id } = c.req.valid('param');
    const work = deps.corpus.works.find((w) => w.id === id);
    if (!work) throw new AppError('not_found', `no work with id "${id}"`);
    const paragraphs = deps.corpus.paragraphs.filter((p) => p.workId === id).map(toWorkParagraph);
    return c.json({ ...toWorkSummary(work, paragraphs.length), paragraphs }, 200);
  });
}
