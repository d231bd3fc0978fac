// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { createUIMessageStream, createUIMessageStreamResponse } from 'ai';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIMITS, MORE_REQUEST, READ_ON_REQUEST, type ChatMessage } from '../../server/contract.ts';
import { ANSWER_UNREADABLE, resetApiCache } from '../../web/src/api/client.ts';
import { createChat } from '../../web/src/app/App.tsx';
import { ChatView } from '../../web/src/features/chat/ChatView.tsx';
import { CONVERSATION_KEY, conversationMarkdown, loadConversation, parseConversation } from '../../web/src/features/chat/conversation.ts';
import { CitationProvider } from '../../web/src/features/citations/CitationPanel.tsx';
import { WorksProvider } from '../../web/src/features/works/useWorks.ts';
import { CITE_1961, CITE_UNDATED, structureOf, WORK_1961, worksFetch } from './web-fixtures.ts';

type Body = { id: string; messages: ChatMessage[]; trigger: string };

/** A fake /api/chat built with the AI SDK's own stream writer, answering with the fixture citations. */
function chatResponse({ more = false, readOn = false, mode = 'answer' as 'answer' | 'compare' } = {}): Response {
  const stream = createUIMessageStream<ChatMessage>({
    execute: ({ writer }) => {
      writer.write({ type: 'data-mode', data: { mode } });
      writer.write({ type: 'data-citation', id: 'c1', data: CITE_1961 });
      writer.write({ type: 'data-citation', id: 'c2', data: CITE_UNDATED });
      writer.write({ type: 'data-answer', id: 'structure', data: { ...structureOf([CITE_1961, CITE_UNDATED], '2 passages from 2 works.'), ...(more ? { more } : {}), ...(readOn ? { readOn } : {}) } });
      // A data part the server's request schema does not list: the client must not send it back.
      writer.write({ type: 'data-years', id: 'y', data: { counts: [{ year: 1961, count: 1 }] } });
      writer.write({ type: 'text-start', id: 't' });
      for (const delta of ['2 passages from 2 works.\n\n', '> Self-reliance means standing [1]\n\n', '> North Korea created [2]']) {
        writer.write({ type: 'text-delta', id: 't', delta });
      }
      writer.write({ type: 'text-end', id: 't' });
    },
  });
  return createUIMessageStreamResponse({ stream });
}

let requests: Body[] = [];

function stubServer(chat: (body: Body) => Response | Promise<Response>) {
  const works = worksFetch();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (url.endsWith('/api/chat')) {
        const body = JSON.parse(String(init?.body)) as Body;
        requests.push(body);
        return chat(body);
      }
      return works(input, init);
    }),
  );
}

function renderChat() {
  const chat = createChat();
  const user = userEvent.setup();
  const utils = render(
    <WorksProvider initial={[WORK_1961]}>
      <CitationProvider>
        <ChatView chat={chat} />
      </CitationProvider>
    </WorksProvider>,
  );
  return { user, chat, ...utils };
}

beforeEach(() => {
  localStorage.clear();
  resetApiCache();
  requests = [];
  Element.prototype.scrollIntoView = () => {};
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('chat', () => {
  it('shows three example questions on the first screen: a fact, a quote for an essay, a comparison', () => {
    stubServer(() => chatResponse());
    renderChat();
    const examples = screen.getAllByRole('button', { name: /^(A fact|A quote for an essay|Across the years)/ });
    expect(examples).toHaveLength(3);
  });

  it('sends the filters and compare toggle as the question metadata, shows them as chips, and renders the streamed answer', async () => {
    stubServer(() => chatResponse());
    const { user } = renderChat();
    await user.click(screen.getByText('Filters'));
    await user.type(screen.getByLabelText('From year'), '1961');
    await user.type(screen.getByLabelText('To year'), '1970');
    await user.selectOptions(screen.getByLabelText('Work'), WORK_1961.id);
    await user.click(screen.getByRole('checkbox', { name: 'Compare across years' }));
    await user.type(screen.getByTestId('chat-input'), 'What does self-reliance mean?{Enter}');

    await waitFor(() => expect(screen.getAllByTestId('quote')).toHaveLength(2));
    expect(requests).toHaveLength(1);
    const sent = requests[0]!.messages.at(-1)!;
    expect(sent.role).toBe('user');
    expect(sent.metadata).toEqual({ from: '1961', to: '1970', work: WORK_1961.id, mode: 'compare' });
    const chips = screen.getByRole('list', { name: 'Filters applied to this question' });
    expect(within(chips).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Years: 1961–1970',
      'Work: All efforts to attain the six goals',
      'Compare across years',
    ]);
    expect(screen.getAllByTestId('quote-date').map((d) => d.textContent)).toEqual(['1 December 1961', 'undated']);
    expect((screen.getByTestId('chat-input') as HTMLTextAreaElement).value).toBe('');
  });

  it('asks the same question again in compare mode from an answer, keeping its filters', async () => {
    stubServer(() => chatResponse());
    const { user } = renderChat();
    await user.click(screen.getByText('Filters'));
    await user.type(screen.getByLabelText('From year'), '1961');
    await user.type(screen.getByTestId('chat-input'), 'What does self-reliance mean?{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Compare this across years' }));
    await waitFor(() => expect(requests).toHaveLength(2));
    const again = requests[1]!.messages.at(-1)!;
    expect(again.parts).toEqual([{ type: 'text', text: 'What does self-reliance mean?' }]);
    expect(again.metadata).toEqual({ from: '1961', mode: 'compare' });
    // Only part types the server validates are sent back with the history.
    const sentTypes = new Set(requests[1]!.messages.flatMap((m) => m.parts.map((p) => p.type)));
    expect(sentTypes.has('data-citation')).toBe(true);
    expect([...sentTypes].filter((t) => !['text', 'step-start', 'data-citation', 'data-mode'].includes(t))).toEqual([]);
  });

  it('offers the passages an answer did not quote under the last answer only, when the answer says there are more', async () => {
    stubServer(() => chatResponse({ more: true }));
    const { user } = renderChat();
    await user.click(screen.getByText('Filters'));
    await user.type(screen.getByLabelText('From year'), '1961');
    await user.type(screen.getByTestId('chat-input'), 'What did he say about trade?{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Show more passages' }));
    await waitFor(() => expect(requests).toHaveLength(2));
    const more = requests[1]!.messages.at(-1)!;
    expect(more.parts).toEqual([{ type: 'text', text: MORE_REQUEST }]);
    expect(more.metadata).toEqual({ from: '1961' });
    // The citations it answered with go back, for the server to leave them out.
    expect(requests[1]!.messages[1]!.parts.filter((p) => p.type === 'data-citation')).toHaveLength(2);
    await waitFor(() => expect(screen.getAllByRole('article', { name: 'Answer' })).toHaveLength(2));
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Show more passages' })).toHaveLength(1));
  });

  it('offers to read on under the last answer only, when the answer says more of its work follows', async () => {
    stubServer(() => chatResponse({ readOn: true }));
    const { user } = renderChat();
    await user.type(screen.getByTestId('chat-input'), 'What does paragraph 3 of the 1961 speech say?{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Read on' }));
    await waitFor(() => expect(requests).toHaveLength(2));
    expect(requests[1]!.messages.at(-1)!.parts).toEqual([{ type: 'text', text: READ_ON_REQUEST }]);
    await waitFor(() => expect(screen.getAllByRole('article', { name: 'Answer' })).toHaveLength(2));
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Read on' })).toHaveLength(1));
  });

  it('offers the passages a count did not quote, under a comparison, and no comparison of it', async () => {
    stubServer(() => chatResponse({ more: true, mode: 'compare' }));
    const { user } = renderChat();
    await user.type(screen.getByTestId('chat-input'), 'How often does he mention self-reliance?{Enter}');
    await screen.findByRole('article', { name: 'Answer compared across years' });
    await user.click(await screen.findByRole('button', { name: 'Show more passages' }));
    await waitFor(() => expect(requests).toHaveLength(2));
    expect(requests[1]!.messages.at(-1)!.parts).toEqual([{ type: 'text', text: MORE_REQUEST }]);
    expect(screen.queryByRole('button', { name: 'Compare this across years' })).toBeNull();
  });

  it('offers no more passages when the answer quotes them all', async () => {
    stubServer(() => chatResponse());
    const { user } = renderChat();
    await user.type(screen.getByTestId('chat-input'), 'What did he say about trade?{Enter}');
    await screen.findByRole('button', { name: 'Compare this across years' });
    expect(screen.queryByRole('button', { name: 'Show more passages' })).toBeNull();
  });

  it('keeps the conversation, citations included, in localStorage so it survives a reload', async () => {
    stubServer(() => chatResponse());
    const first = renderChat();
    await first.user.type(screen.getByTestId('chat-input'), 'What does self-reliance mean?{Enter}');
    await waitFor(() => expect(screen.getAllByTestId('quote')).toHaveLength(2));
    await waitFor(() => expect(localStorage.getItem(CONVERSATION_KEY)).toContain('data-citation'));
    cleanup();

    renderChat();
    expect(screen.getByText('What does self-reliance mean?')).toBeTruthy();
    expect(screen.getAllByTestId('quote').map((q) => q.querySelector('blockquote')!.textContent)).toEqual([CITE_1961.quote, CITE_UNDATED.quote]);
    expect(screen.getAllByTestId('citation')).toHaveLength(2);
    // The answer's structure is stored too: the lead comes back from data, not from the Markdown.
    expect(screen.getByText('2 passages from 2 works.', { selector: '.answer-lead' })).toBeTruthy();
  });

  it('sends only the most recent messages the server accepts, from a question on, once a conversation outgrows the limit', async () => {
    const turns = Array.from({ length: LIMITS.chatMessages / 2 }, (_, i): ChatMessage[] => [
      { id: `u${i}`, role: 'user', parts: [{ type: 'text', text: `Question ${i}` }] },
      { id: `a${i}`, role: 'assistant', parts: [{ type: 'data-citation', id: 'c1', data: CITE_1961 }, { type: 'text', text: `Answer ${i} [1]` }] },
    ]);
    localStorage.setItem(CONVERSATION_KEY, JSON.stringify({ id: 'long', messages: turns.flat() }));
    stubServer(() => chatResponse());
    const { user } = renderChat();
    await user.type(screen.getByTestId('chat-input'), 'And in the 1980s?{Enter}');
    await waitFor(() => expect(requests).toHaveLength(1));
    const sent = requests[0]!.messages;
    expect(sent.length).toBeLessThanOrEqual(LIMITS.chatMessages);
    expect(sent[0]!.role).toBe('user');
    expect(sent.at(-1)!.parts).toEqual([{ type: 'text', text: 'And in the 1980s?' }]);
    expect(sent.at(-2)!.parts.map((p) => p.type)).toEqual(['data-citation', 'text']);
    // The whole conversation is still shown and kept.
    await waitFor(() => expect(screen.getAllByRole('article', { name: 'Answer' })).toHaveLength(LIMITS.chatMessages / 2 + 1));
  });

  it('shows the JSON error message of a 4xx and keeps the typed question in the input', async () => {
    stubServer(() => Response.json({ error: 'from must be a year (1967) or an ISO date (1967-12-16)', code: 'bad_request' }, { status: 400 }));
    const { user } = renderChat();
    await user.type(screen.getByTestId('chat-input'), 'What about 1967?{Enter}');
    const alert = await screen.findByText(/from must be a year/);
    expect(alert.closest('[role="alert"]')).toBeTruthy();
    await waitFor(() => expect((screen.getByTestId('chat-input') as HTMLTextAreaElement).value).toBe('What about 1967?'));
    // The failed question is not left in the conversation (asking again does not duplicate it).
    expect(screen.queryByText('What about 1967?', { selector: '.question-text' })).toBeNull();
  });

  it('says the server cannot be reached when the request fails, and keeps the question', async () => {
    stubServer(() => Promise.reject(new TypeError('Failed to fetch')));
    const { user } = renderChat();
    await user.type(screen.getByTestId('chat-input'), 'Is anyone there?{Enter}');
    expect(await screen.findByText(/Cannot reach the server/)).toBeTruthy();
    await waitFor(() => expect((screen.getByTestId('chat-input') as HTMLTextAreaElement).value).toBe('Is anyone there?'));
  });

  it('says an answer whose parts the page cannot read could not be shown, not the parts as JSON', async () => {
    const tooLong = structureOf([CITE_1961], 'x');
    const lead = Array.from({ length: 51 }, (_, i) => ({ text: `part ${i} ` }));
    stubServer(() =>
      createUIMessageStreamResponse({
        stream: createUIMessageStream<ChatMessage>({ execute: ({ writer }) => writer.write({ type: 'data-answer', id: 'structure', data: { ...tooLong, lead } }) }),
      }),
    );
    const { user } = renderChat();
    await user.type(screen.getByTestId('chat-input'), 'Rank the works{Enter}');
    const alert = await screen.findByText(ANSWER_UNREADABLE);
    expect(alert.closest('[role="alert"]')).toBeTruthy();
    expect(screen.queryByText(/part 50/)).toBeNull();
  });

  it('keeps a question over the limit whole and says by how much it is over, without sending it', async () => {
    stubServer(() => chatResponse());
    const { user } = renderChat();
    const input = screen.getByTestId('chat-input') as HTMLTextAreaElement;
    await user.click(input);
    await user.paste('w'.repeat(LIMITS.questionChars + 368));
    expect(input.value).toHaveLength(LIMITS.questionChars + 368);
    expect(screen.getByText('2,368 of 2,000 characters: 368 characters over the limit')).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('The question is 368 characters over the limit of 2,000 characters. Shorten it, or ask it in parts.');
    expect(requests).toHaveLength(0);
    expect(input.value).toHaveLength(LIMITS.questionChars + 368);
  });

  it('refuses a year range that runs backwards without sending anything', async () => {
    stubServer(() => chatResponse());
    const { user } = renderChat();
    await user.click(screen.getByText('Filters'));
    await user.type(screen.getByLabelText('From year'), '1990');
    await user.type(screen.getByLabelText('To year'), '1970');
    await user.type(screen.getByTestId('chat-input'), 'Anything?{Enter}');
    expect(screen.getByRole('alert').textContent).toContain('after the “to” year');
    expect(requests).toHaveLength(0);
    expect((screen.getByTestId('chat-input') as HTMLTextAreaElement).value).toBe('Anything?');
  });
});

describe('conversation storage and export', () => {
  const messages: ChatMessage[] = [
    { id: 'u1', role: 'user', metadata: { from: '1961', to: '1970' }, parts: [{ type: 'text', text: 'What does self-reliance mean?' }] },
    {
      id: 'a1',
      role: 'assistant',
      parts: [
        { type: 'data-mode', data: { mode: 'answer' } },
        { type: 'data-citation', id: 'c1', data: CITE_1961 },
        { type: 'data-works', data: { workIds: [CITE_1961.workId] } },
        { type: 'text', text: '1 passage.\n\n> words [1]' },
      ],
    },
  ];

  it('drops parts that do not match the contract when reading storage', () => {
    const parsed = parseConversation({
      id: 'x',
      messages: [
        ...messages,
        { id: 'bad', role: 'assistant', parts: [{ type: 'data-citation', data: { n: 'one' } }] },
        { id: 'odd', role: 'system', parts: [{ type: 'text', text: 'hi' }] },
      ],
    });
    expect(parsed?.messages.map((m) => m.id)).toEqual(['u1', 'a1']);
    expect(parsed?.messages[1]!.parts.find((p) => p.type === 'data-citation')).toMatchObject({ data: CITE_1961 });
    expect(parsed?.messages[1]!.parts.find((p) => p.type === 'data-works')).toEqual({ type: 'data-works', data: { workIds: [CITE_1961.workId] } });
    localStorage.setItem(CONVERSATION_KEY, '{not json');
    expect(loadConversation()).toBeNull();
  });

  it('exports the conversation as Markdown with one footnote per citation', () => {
    const md = conversationMarkdown(messages, (id) => (id === WORK_1961.id ? WORK_1961 : undefined), 'https://example.org', new Date('2025-01-02T00:00:00Z'));
    expect(md).toContain('## 1. What does self-reliance mean?');
    expect(md).toContain('*Years: 1961–1970*');
    expect(md).toContain('> words [^1-1]');
    expect(md).toContain(
      '[^1-1]: Kim Il Sung, *All efforts to attain the six goals*, 1 December 1961, p. 1. https://example.org/works/1961-all-efforts-to-attain-the-six#p-1',
    );
  });

  it('gives no URL in the footnotes when the app is served on this machine', () => {
    const md = conversationMarkdown(messages, (id) => (id === WORK_1961.id ? WORK_1961 : undefined), 'http://127.0.0.1:3000', new Date('2025-01-02T00:00:00Z'));
    expect(md).toContain('\n[^1-1]: Kim Il Sung, *All efforts to attain the six goals*, 1 December 1961, p. 1.\n');
  });
});
