/** The conversation in localStorage (messages with their data parts, so citations survive a reload) and as Markdown with footnotes. */
import { AnswerMode, AnswerStructure, ChatMetadata, Citation, WorksNamed, YearCounts, type ChatMessage, type WorkSummary } from '../../../../server/contract.ts';
import { readJson, remove, writeJson } from '../../app/storage.ts';
import { formatWhere } from '../citations/dates.ts';
import { citedUrl, passagePath } from '../citations/passage.ts';
import { messageCitations, messageText, metadataChips } from './parts.ts';

export const CONVERSATION_KEY = 'sources.conversation.v1';

type Part = ChatMessage['parts'][number];

/** Keeps only parts this UI renders or sends back, each checked against the contract; anything else in storage is dropped. */
function cleanPart(p: unknown): Part | null {
  if (!p || typeof p !== 'object') return null;
  const part = p as Record<string, unknown>;
  if (part.type === 'text' && typeof part.text === 'string') return { type: 'text', text: part.text, state: 'done' };
  if (part.type === 'data-citation') {
    const c = Citation.safeParse(part.data);
    return c.success ? { type: 'data-citation', id: typeof part.id === 'string' ? part.id : undefined, data: c.data } : null;
  }
  if (part.type === 'data-answer') {
    const a = AnswerStructure.safeParse(part.data);
    return a.success ? { type: 'data-answer', data: a.data } : null;
  }
  if (part.type === 'data-works') {
    const w = WorksNamed.safeParse(part.data);
    return w.success ? { type: 'data-works', data: w.data } : null;
  }
  if (part.type === 'data-years') {
    const y = YearCounts.safeParse(part.data);
    return y.success ? { type: 'data-years', data: y.data } : null;
  }
  if (part.type === 'data-mode') {
    const m = AnswerMode.safeParse((part.data as { mode?: unknown } | undefined)?.mode);
    return m.success ? { type: 'data-mode', data: { mode: m.data } } : null;
  }
  return null;
}

export function parseConversation(raw: unknown): { id: string; messages: ChatMessage[] } | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as { id?: unknown; messages?: unknown };
  if (typeof r.id !== 'string' || !Array.isArray(r.messages)) return null;
  const messages: ChatMessage[] = [];
  for (const m of r.messages as unknown[]) {
    if (!m || typeof m !== 'object') continue;
    const msg = m as Record<string, unknown>;
    if (typeof msg.id !== 'string' || (msg.role !== 'user' && msg.role !== 'assistant') || !Array.isArray(msg.parts)) continue;
    const parts = msg.parts.map(cleanPart).filter((p): p is Part => p !== null);
    if (parts.length === 0) continue;
    const meta = ChatMetadata.safeParse(msg.metadata);
    messages.push({ id: msg.id, role: msg.role, parts, ...(meta.success && msg.metadata ? { metadata: meta.data } : {}) });
  }
  return { id: r.id, messages };
}

export function loadConversation(): { id: string; messages: ChatMessage[] } | null {
  return parseConversation(readJson(CONVERSATION_KEY));
}

export function saveConversation(id: string, messages: ChatMessage[]): void {
  if (messages.length === 0) remove(CONVERSATION_KEY);
  else writeJson(CONVERSATION_KEY, { id, messages });
}

export function clearConversation(): void {
  remove(CONVERSATION_KEY);
}

/** The conversation as Markdown: each question as a heading, each answer with `[n]` turned into footnotes `[^q-n]`. */
export function conversationMarkdown(
  messages: ChatMessage[],
  works: (id: string) => WorkSummary | undefined,
  origin: string,
  now = new Date(),
): string {
  const out = ['# Conversation', '', `Exported ${now.toISOString().slice(0, 10)} from ${origin}`, ''];
  let q = 0;
  for (const m of messages) {
    if (m.role === 'user') {
      q++;
      out.push(`## ${q}. ${messageText(m).trim()}`, '');
      const chips = metadataChips(m.metadata, works);
      if (chips.length) out.push(`*${chips.map((c) => c.label).join(' · ')}*`, '');
      continue;
    }
    const label = q || 0;
    const cites = messageCitations(m);
    const body = messageText(m).replace(/\[(\d+)\]/g, (all, n: string) => (cites.some((c) => c.n === Number(n)) ? `[^${label}-${n}]` : all));
    out.push(body.trim(), '');
    for (const c of cites) {
      const author = works(c.workId)?.author;
      const url = citedUrl(origin, passagePath(c.workId, c.passageId));
      out.push(`[^${label}-${c.n}]: ${author ? `${author}, ` : ''}*${c.title}*, ${formatWhere(c)}.${url ? ` ${url}` : ''}`);
    }
    if (cites.length) out.push('');
  }
  return out.join('\n');
}
