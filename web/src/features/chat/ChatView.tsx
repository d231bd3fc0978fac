/** The chat page: examples on the first screen, the conversation (persisted), the composer, errors, export and clear. */
import { useChat, type Chat } from '@ai-sdk/react';
import { useEffect, useRef, useState } from 'react';
import { LIMITS, MORE_REQUEST, READ_ON_REQUEST, type ChatMessage, type ChatMetadata } from '../../../../server/contract.ts';
import { describeError } from '../../api/client.ts';
import { announce } from '../../app/announce.tsx';
import { downloadText } from '../../app/clipboard.ts';
import { overLimit } from '../../app/LengthLimit.tsx';
import { useWorks } from '../works/useWorks.ts';
import { Composer } from './Composer.tsx';
import { clearConversation, conversationMarkdown, saveConversation } from './conversation.ts';
import { NO_FILTERS, toMetadata, type FilterState } from './filters.ts';
import { AnswerView, QuestionView } from './MessageView.tsx';
import { messageText } from './parts.ts';

export const EXAMPLES: { kind: string; text: string; metadata?: ChatMetadata }[] = [
  { kind: 'A fact', text: 'What does self-reliance mean?' },
  { kind: 'A quote for an essay', text: 'Why must a country build an independent national economy?' },
  { kind: 'Across the years', text: 'How is self-reliance described over the years?', metadata: { mode: 'compare' } },
];

export function ChatView({ chat }: { chat: Chat<ChatMessage> }) {
  const { messages, sendMessage, status, error, stop, setMessages, clearError } = useChat<ChatMessage>({ chat });
  const { byId } = useWorks();
  const [input, setInput] = useState('');
  const [filters, setFilters] = useState<FilterState>(NO_FILTERS);
  const [formError, setFormError] = useState<string | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const lastAsked = useRef<{ text: string; count: number } | null>(null);
  const endRef = useRef<HTMLDivElement>(null);
  const busy = status === 'submitted' || status === 'streaming';

  useEffect(() => {
    if (!busy) saveConversation(chat.id, messages);
  }, [busy, messages, chat.id]);

  // A failed request: drop the question it added and put its words back in the input, so nothing typed is lost.
  useEffect(() => {
    if (status !== 'error' || !lastAsked.current) return;
    const { text, count } = lastAsked.current;
    lastAsked.current = null;
    setMessages((ms) => ms.slice(0, count));
    setInput((cur) => (cur.trim() ? cur : text));
    inputRef.current?.focus();
  }, [status, setMessages]);

  useEffect(() => {
    if (status === 'submitted') endRef.current?.scrollIntoView({ block: 'end', behavior: 'smooth' });
    // The conversation log (aria-live) announces the finished answer itself.
    if (status === 'ready') lastAsked.current = null;
  }, [status, messages.length]);

  const ask = (text: string, metadata: ChatMetadata) => {
    clearError();
    setFormError(null);
    lastAsked.current = { text, count: messages.length };
    void sendMessage({ text, metadata });
  };

  const submit = () => {
    const text = input.trim();
    if (!text) {
      setFormError('Type a question first.');
      inputRef.current?.focus();
      return;
    }
    const tooLong = overLimit('question', text.length, LIMITS.questionChars);
    if (tooLong) {
      setFormError(`${tooLong} Shorten it, or ask it in parts.`);
      inputRef.current?.focus();
      return;
    }
    const m = toMetadata(filters);
    if ('error' in m) {
      setFormError(m.error);
      return;
    }
    setInput('');
    ask(text, m.metadata);
  };

  const exportConversation = () => {
    downloadText(`conversation-${new Date().toISOString().slice(0, 10)}.md`, conversationMarkdown(messages, byId, window.location.origin));
    announce('Conversation exported as Markdown');
  };

  const clear = () => {
    void stop();
    setMessages([]);
    clearConversation();
    clearError();
    setConfirmClear(false);
    announce('Conversation cleared');
    inputRef.current?.focus();
  };

  const questionFor = (i: number) => {
    for (let j = i - 1; j >= 0; j--) if (messages[j]!.role === 'user') return messages[j]!;
    return undefined;
  };

  return (
    <div className="chat">
      {messages.length === 0 ? (
        <section className="intro" aria-labelledby="intro-title">
          <h1 id="intro-title">Ask the sources</h1>
          <p className="lede">
            Answers come only as verbatim quotes from the corpus — each with its title, date and page, and a link to the passage. When the
            sources do not address a question, you are told so.
          </p>
          <h2 className="small-caps">Try</h2>
          <ul className="examples">
            {EXAMPLES.map((ex) => (
              <li key={ex.text}>
                <button type="button" className="example" onClick={() => ask(ex.text, ex.metadata ?? {})}>
                  <span className="example-kind">{ex.kind}</span>
                  <span className="example-text">{ex.text}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <div className="conversation-bar">
          <h1 className="visually-hidden">Conversation</h1>
          <button type="button" className="btn btn-quiet" onClick={exportConversation} disabled={busy} title="Download the conversation as Markdown, citations as footnotes">
            Export conversation
          </button>
          {confirmClear ? (
            <span className="confirm" role="group" aria-label="Confirm clearing the conversation">
              <span>Clear everything?</span>
              <button type="button" className="btn btn-danger" onClick={clear} autoFocus>
                Yes, clear
              </button>
              <button type="button" className="btn btn-quiet" onClick={() => setConfirmClear(false)}>
                Cancel
              </button>
            </span>
          ) : (
            <button type="button" className="btn btn-quiet" onClick={() => setConfirmClear(true)}>
              Clear conversation
            </button>
          )}
        </div>
      )}

      <section className="messages" aria-label="Conversation" role="log" aria-live="polite" aria-busy={busy} aria-relevant="additions">
        {messages.map((m, i) => {
          if (m.role === 'user') return <QuestionView key={m.id} message={m} />;
          const q = questionFor(i);
          const qText = q ? messageText(q) : undefined;
          const isLast = i === messages.length - 1;
          return (
            <AnswerView
              key={m.id}
              message={m}
              question={qText}
              streaming={busy && isLast}
              onCompare={qText ? () => ask(qText, { ...(q?.metadata ?? {}), mode: 'compare' }) : undefined}
              onMore={isLast && q ? () => ask(MORE_REQUEST, q.metadata ?? {}) : undefined}
              onReadOn={isLast && q ? () => ask(READ_ON_REQUEST, q.metadata ?? {}) : undefined}
            />
          );
        })}
        {status === 'submitted' && (
          <p className="searching" role="status">
            Searching the sources…
          </p>
        )}
      </section>
      <div ref={endRef} />
      <Composer
        value={input}
        onChange={(v) => {
          setInput(v);
          if (formError) setFormError(null);
        }}
        filters={filters}
        onFilters={setFilters}
        onSubmit={submit}
        onStop={() => void stop()}
        busy={busy}
        formError={formError}
        requestError={error ? describeError(error) : null}
        inputRef={inputRef}
      />
    </div>
  );
}
