/**
 * Citation markers and the panel they open: the whole paragraph with the quote highlighted, "open in work",
 * "copy citation", export formats and "save to notebook". Opened by click, Enter or Space (it is a button);
 * Escape or "Close" closes it and focus returns to the marker.
 */
import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Citation, WorkDetail } from '../../../../server/contract.ts';
import { describeError, fetchWork } from '../../api/client.ts';
import { announce } from '../../app/announce.tsx';
import { copyText } from '../../app/clipboard.ts';
import { Link } from '../../app/router.tsx';
import { notebook } from '../notebook/store.ts';
import { useWorks } from '../works/useWorks.ts';
import { formatDate, formatPages } from './dates.ts';
import { ExportCitation } from './ExportCitation.tsx';
import { MarkedText } from './MarkedText.tsx';
import { chicago, citeSource, toPlain } from './formats.ts';
import { citedHere, passagePath } from './passage.ts';
import { quotedText, quoteWithAttribution } from './quoted.ts';
import { SpeakerNote } from './SpeakerNote.tsx';

interface Open {
  citation: Citation;
  question?: string;
  trigger: HTMLElement | null;
  /** Identifies which marker opened the panel, for aria-expanded. */
  key: string;
}

interface Ctx {
  open: (o: Open) => void;
  openKey: string | null;
}

const CitationContext = createContext<Ctx | null>(null);

export function CitationProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<Open | null>(null);
  const current = useRef<Open | null>(null);
  current.current = state;
  const close = useCallback((restoreFocus: boolean) => {
    const trigger = current.current?.trigger;
    setState(null);
    if (restoreFocus && trigger?.isConnected) trigger.focus();
  }, []);
  const value = useMemo<Ctx>(() => ({ open: setState, openKey: state?.key ?? null }), [state]);
  return (
    <CitationContext.Provider value={value}>
      {children}
      {state && <CitationPanel key={state.key} citation={state.citation} question={state.question} onClose={close} />}
    </CitationContext.Provider>
  );
}

/** The `[n]` button. `scope` distinguishes the same n in different answers. */
export function CitationMarker({ citation, scope, question }: { citation: Citation; scope: string; question?: string }) {
  const ctx = useContext(CitationContext);
  const key = `${scope}:${citation.n}`;
  const date = formatDate(citation.date, citation.year);
  return (
    <button
      type="button"
      className="cite-marker"
      data-testid="citation"
      aria-haspopup="dialog"
      aria-expanded={ctx?.openKey === key}
      aria-label={`Source ${citation.n}: ${citation.title}, ${date}`}
      onClick={(e) => ctx?.open({ citation, question, trigger: e.currentTarget, key })}
    >
      [{citation.n}]
    </button>
  );
}

export function CitationPanel({ citation, question, onClose }: { citation: Citation; question?: string; onClose: (restoreFocus: boolean) => void }) {
  const titleId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { byId } = useWorks();
  const [work, setWork] = useState<WorkDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(() => notebook.has(citation));

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  useEffect(() => {
    let live = true;
    fetchWork(citation.workId).then(
      (w) => live && setWork(w),
      (err: unknown) => live && setError(describeError(err)),
    );
    return () => {
      live = false;
    };
  }, [citation.workId]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        onClose(true);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  const paragraph = work?.paragraphs.find((p) => p.id === citation.passageId);
  const href = passagePath(citation.workId, citation.passageId);
  const date = formatDate(citation.date, citation.year);
  const pages = formatPages(citation.page, citation.pages, citation.pageEnd);
  const source = citeSource(citation, byId(citation.workId), citedHere(href));

  const copyCitation = async () => {
    const text = `${quotedText(citation)}\n\n${toPlain(chicago(source))}`;
    announce((await copyText(text)) ? 'Copied quote with its citation' : 'Could not copy: select the text and copy it');
  };
  const copyQuote = async () => {
    announce((await copyText(quoteWithAttribution(citation, source))) ? 'Copied quote' : 'Could not copy: select the text and copy it');
  };
  const save = () => {
    notebook.add(citation, question);
    setSaved(true);
    announce('Saved to notebook');
  };

  return (
    <div ref={panelRef} className="citation-panel" role="dialog" aria-modal="false" aria-labelledby={titleId}>
      <div className="panel-head">
        <h2 id={titleId} ref={headingRef} tabIndex={-1}>
          Source [{citation.n}]
        </h2>
        <button type="button" className="btn btn-quiet" onClick={() => onClose(true)} title="Close (Esc)" aria-label="Close source">
          Close
        </button>
      </div>
      <p className="panel-meta">
        <cite>{citation.title}</cite>
        <br />
        <time dateTime={citation.date ?? undefined}>{date}</time>
        {pages && <> · {pages}</>}
        {byId(citation.workId)?.author && <> · {byId(citation.workId)!.author}</>}
        <SpeakerNote speaker={citation.speaker} />
      </p>
      <div className="panel-passage" aria-busy={!work && !error}>
        <h3 className="visually-hidden">The whole paragraph, with the quote highlighted</h3>
        {paragraph ? (
          <p className="passage-text">
            <MarkedText text={paragraph.text} spans={citation.spans} />
          </p>
        ) : error ? (
          <>
            <p className="error-text" role="alert">
              Could not load the paragraph: {error}
            </p>
            <p className="passage-text">
              <mark>{citation.quote}</mark>
            </p>
          </>
        ) : work ? (
          <p className="passage-text">
            <mark>{citation.quote}</mark>
          </p>
        ) : (
          <p className="muted">Loading the paragraph…</p>
        )}
      </div>
      <div className="panel-actions">
        <Link className="btn" href={href} onClick={() => onClose(false)}>
          Open in work
        </Link>
        <button type="button" className="btn" onClick={copyCitation}>
          Copy citation
        </button>
        <button type="button" className="btn" onClick={copyQuote}>
          Copy quote
        </button>
        <button type="button" className="btn" onClick={save} disabled={saved} aria-disabled={saved}>
          {saved ? 'In notebook' : 'Save to notebook'}
        </button>
      </div>
      <ExportCitation sources={[source]} />
    </div>
  );
}
