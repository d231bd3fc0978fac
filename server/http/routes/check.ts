/** POST /api/check: the quotations and sentences of a pasted text, each with what the sources say (exact, close, not found, or passages). */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { CheckRequest, CheckResponse, LIMITS } from '../../contract.ts';
import { jsonBodyErrors } from './responses.ts';
import { toCheckClaim } from '../../check/present.ts';
import type { AppDeps } from '../app.ts';

const route = createRoute({
  method: 'post',
  path: '/api/check',
  summary: 'Check the quotations and claims of a text against the corpus',
  description:
    'Each quotation (four words or more in quotation marks) is `exact`, `close` (with the source wording and a word diff) or `not_found`; ' +
    'a date or work named around it is compared with the source. Each other sentence gets the passages that address it (`sources`) or `not_found`.',
  request: { body: { content: { 'application/json': { schema: CheckRequest } }, required: true } },
  responses: {
    200: { description: 'One claim per quotation or sentence, in text order', content: { 'application/json': { schema: CheckResponse } } },
    ...jsonBodyErrors(`Bad request (empty text, or over ${LIMITS.checkChars} characters)`),
  },
});

export function registerCheck(app: OpenAPIHono, deps: AppDeps): void {
  app.openapi(route, async (c) => {
    const { text } = c.req.valid('json');
    const findings = await deps.checker.check(text);
    return c.json({ claims: findings.map(toCheckClaim) }, 200);
  });
}
