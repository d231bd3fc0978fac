/** The messages the chat sends with a question: the recent ones the server accepts, each with the part types it validates. */
import { LIMITS, type ChatMessage } from '../../../../server/contract.ts';

/** Part types the server accepts back in a request (server/contract.ts ChatMessagePart); others stay client-side. */
const SENT_PART_TYPES = new Set(['text', 'step-start', 'data-citation', 'data-mode', 'data-works']);

/**
 * The last messages of the conversation that fit the server's limit, starting on a question, the answers with their
 * data parts: follow-ups read only recent turns, and a conversation longer than the limit is still answered, not refused.
 */
export function requestMessages(messages: ChatMessage[]): ChatMessage[] {
  const recent = messages.slice(-LIMITS.chatMessages);
  const fromQuestion = recent.slice(Math.max(0, recent.findIndex((m) => m.role === 'user')));
  return fromQuestion.map((m) => ({ ...m, parts: m.parts.filter((p) => SENT_PART_TYPES.has(p.type)) }));
}
