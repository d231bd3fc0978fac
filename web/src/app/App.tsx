/** The app shell: header with navigation, the routed page (chat, works, one work, check), the notebook panel and the status toast. */
import { Chat } from '@ai-sdk/react';
import { DefaultChatTransport } from 'ai';
import { useCallback, useRef, useState } from 'react';
import { ChatMetadata, chatDataSchemas, type ChatMessage } from '../../../server/contract.ts';
import { CitationProvider } from '../features/citations/CitationPanel.tsx';
import { ChatView } from '../features/chat/ChatView.tsx';
import { CheckPage } from '../features/check/CheckPage.tsx';
import { loadConversation } from '../features/chat/conversation.ts';
import { requestMessages } from '../features/chat/request.ts';
import { NotebookPanel } from '../features/notebook/NotebookPanel.tsx';
import { useNotebook } from '../features/notebook/store.ts';
import { WorkPage } from '../features/works/WorkPage.tsx';
import { WorksPage } from '../features/works/WorksPage.tsx';
import { WorksProvider } from '../features/works/useWorks.ts';
import { Announcer } from './announce.tsx';
import { Link, useLocation } from './router.tsx';

export function createChat(): Chat<ChatMessage> {
  const saved = loadConversation();
  return new Chat<ChatMessage>({
    ...(saved ? { id: saved.id } : {}),
    messages: saved?.messages ?? [],
    transport: new DefaultChatTransport<ChatMessage>({
      api: '/api/chat',
      // The default useChat body, with only the recent messages the server accepts.
      prepareSendMessagesRequest: ({ id, messages, trigger, messageId, body }) => ({
        body: { ...body, id, messages: requestMessages(messages), trigger, messageId },
      }),
    }),
    dataPartSchemas: chatDataSchemas,
    messageMetadataSchema: ChatMetadata,
  });
}

function Page({ chat }: { chat: Chat<ChatMessage> }) {
  const { path, hash } = useLocation();
  if (path === '/works') return <WorksPage />;
  if (path === '/check') return <CheckPage />;
  const m = /^\/works\/([^/]+)\/?$/.exec(path);
  if (m) return <WorkPage id={decodeURIComponent(m[1]!)} hash={hash} />;
  if (path === '/' || path === '') return <ChatView chat={chat} />;
  return (
    <section>
      <h1>Not found</h1>
      <p>
        There is no page at <code>{path}</code>. <Link href="/">Ask a question</Link> or <Link href="/works">browse the works</Link>.
      </p>
    </section>
  );
}

export function App() {
  const [chat] = useState(createChat);
  const [notebookOpen, setNotebookOpen] = useState(false);
  const notebookButton = useRef<HTMLButtonElement>(null);
  const entries = useNotebook();
  const { path } = useLocation();
  const closeNotebook = useCallback(() => {
    setNotebookOpen(false);
    notebookButton.current?.focus();
  }, []);

  return (
    <WorksProvider>
      <CitationProvider>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand" aria-label="Sources — home">
            <span className="brand-mark" aria-hidden="true">
              “
            </span>
            Sources
          </Link>
          <nav aria-label="Main">
            <ul>
              <li>
                <Link href="/" aria-current={path === '/' ? 'page' : undefined}>
                  Ask
                </Link>
              </li>
              <li>
                <Link href="/works" aria-current={path.startsWith('/works') ? 'page' : undefined}>
                  Works
                </Link>
              </li>
              <li>
                <Link href="/check" aria-current={path === '/check' ? 'page' : undefined}>
                  Check
                </Link>
              </li>
              <li>
                <button
                  ref={notebookButton}
                  type="button"
                  className="nav-button"
                  aria-expanded={notebookOpen}
                  onClick={() => (notebookOpen ? closeNotebook() : setNotebookOpen(true))}
                >
                  Notebook{entries.length > 0 && <span className="count-badge"> {entries.length}</span>}
                </button>
              </li>
            </ul>
          </nav>
        </header>
        <main id="main" tabIndex={-1}>
          <Page chat={chat} />
        </main>
        {notebookOpen && <NotebookPanel onClose={closeNotebook} />}
        <Announcer />
      </CitationProvider>
    </WorksProvider>
  );
}
