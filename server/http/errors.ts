/** Turns every failure into a JSON error body: AppErrors with their status, validation failures as 400, the rest as a bare 500. */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { AppError } from '../errors.ts';

export function describeZodError(error: ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

export function errorResponse(error: unknown, c: Context): Response {
  if (error instanceof AppError) return c.json({ error: error.message, code: error.code }, error.status as ContentfulStatusCode);
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    if (status === 413) return c.json({ error: 'the request body is too large', code: 'payload_too_large' }, status);
    if (status === 415) return c.json({ error: 'the request body must be JSON (Content-Type: application/json)', code: 'unsupported_media_type' }, status);
    return c.json({ error: error.message || 'bad request', code: 'bad_request' }, status);
  }
  console.error('unexpected error:', error);
  return c.json({ error: 'internal error', code: 'internal' }, 500);
}
