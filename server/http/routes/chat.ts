/**
 * POST /api/chat: the AI SDK UI message stream `useChat` consumes — a data-mode part, one data-citation part
 * per citation, the answer's structure (data-answer), the works it names (data-works, sent back with the next
 * question), then the answer text — for the last user message sent.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { createUIMessageStream, createUIMessageStreamResponse } from 'ai';
import { ChatRequest, type ChatMessage } from '../../contract.ts';
import { errorResponse, jsonBodyErrors } from './responses.ts';
import { answerChunks, conversationInput } from '../../answer/chat.ts';
import { AppError } from '../../errors.ts';
import type { AppDeps } from '../app.ts';
import { requireKnownWork } from '../../retrieval/filters.ts';
import { corpusAuthors } from '../../retrieval/authors.ts';

const DEFAULT_MAX_CONCURRENT = 16;

const route = createRoute({
  method: 'post',
  path: '/api/chat',
  summary: 'Chat: the answer to the last user message as an AI SDK UI message stream (server-sent events)',
  request: { body: { content: { 'application/json': { schema: ChatRequest } }, required: true } },
  responses: {
    200: { description: 'UI message stream', content: { 'text/event-stream': { schema: z.string() } } },
    ...jsonBodyErrors('Bad request'),
    429: errorResponse('Too many chats at once'),
  },
});

export function registerChat(app: OpenAPIHono, deps: AppDeps): void {
  const limit = deps.maxConcurrentChats ?? DEFAULT_MAX_CONCURRENT;
  let active = 0;

  app.openapi(route, (c) => {
    const body = c.req.valid('json');
    // Read and checked before a slot is taken: a request refused here holds none.
    const input = conversationInput(body.messages, corpusAuthors(deps.corpus.works).all);
    requireKnownWork(deps.corpus.works, input.filters.work);
    if (active >= limit) throw new AppError('too_many_requests', 'too many chats at once; try again in a moment');
    active++;
    const signal = c.req.raw.signal;
    const stream = createUIMessageStream<ChatMessage>({
      async execute({ writer }) {
        try {
          writer.write({ type: 'start' });
          const answer = await deps.answerer.answer(input, signal);
          for (const chunk of answerChunks(answer)) {
            if (signal.aborted) return;
            writer.write(chunk);
          }
          writer.write({ type: 'finish', finishReason: 'stop' });
        } finally {
          active--;
        }
      },
      onError: (error) => {
        if (signal.aborted) return 'the request was aborted';
        if (error instanceof AppError) return error.message;
        console.error('chat failed:', error);
        return 'the answer could not be produced';
      },
    });
    return createUIMessageStreamResponse({ stream });
  });
}
