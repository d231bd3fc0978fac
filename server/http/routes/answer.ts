/** POST /api/answer: a grounded answer — verbatim quotes with numbered citations, or an abstention. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { endTime, setMetric, startTime } from 'hono/timing';
import { AnswerRequest, AnswerResponse } from '../../contract.ts';
import { jsonBodyErrors } from './responses.ts';
import type { AppDeps } from '../app.ts';
import { requireKnownWork } from '../../retrieval/filters.ts';

const route = createRoute({
  method: 'post',
  path: '/api/answer',
  summary: 'Answer a question from the corpus with cited, dated quotes',
  request: { body: { content: { 'application/json': { schema: AnswerRequest } }, required: true } },
  responses: {
    200: { description: 'The answer', content: { 'application/json': { schema: AnswerResponse } } },
    ...jsonBodyErrors('Bad request'),
  },
});

export function registerAnswer(app: OpenAPIHono, deps: AppDeps): void {
  app.openapi(route, async (c) => {
    const { question, from, to, work, mode } = c.req.valid('json');
    requireKnownWork(deps.corpus.works, work);
    startTime(c, 'answer');
    const answer = await deps.answerer.answer({ question, filters: { from, to, work }, mode }, c.req.raw.signal, (phase, ms) => setMetric(c, phase, ms));
    endTime(c, 'answer');
    return c.json(answer, 200);
  });
}
