/** The notebook panel: quotes saved across the session, each removable, exported together as Markdown. */
import { useEffect, useRef, useState } from 'react';
import { announce } from '../../app/announce.tsx';
import { copyText, downloadText } from '../../app/clipboard.ts';
import { Link } from '../../app/router.tsx';
import { CiteStyleChoice, useCiteStyle } from '../citations/CiteStyleChoice.tsx';
import { formatWhere } from '../citations/dates.ts';
import { passagePath } from '../citations/passage.ts';
import { SpeakerNote } from '../citations/SpeakerNote.tsx';
import { useWorks } from '../works/useWorks.ts';
import { notebook, notebookMarkdown, useNotebook } from './store.ts';

export function NotebookPanel({ onClose }: { onClose: () => void }) {
  const entries = useNotebook();
  const { byId } = useWorks();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [confirm, setConfirm] = useState(false);
  const [style, setStyle] = useCiteStyle();

  useEffect(() => {
    headingRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  const md = () => notebookMarkdown(entries, byId, window.location.origin, style);

  return (
    <div className="notebook-panel" role="dialog" aria-modal="false" aria-labelledby="notebook-title">
      <div className="panel-head">
        <h2 id="notebook-title" ref={headingRef} tabIndex={-1}>
          Notebook
        </h2>
        <button type="button" className="btn btn-quiet" onClick={onClose} title="Close (Esc)" aria-label="Close notebook">
          Close
        </button>
      </div>
      {entries.length === 0 ? (
        <p className="muted">Saved quotes appear here. Use “Save” under any quote; they are kept in this browser.</p>
      ) : (
        <>
          <CiteStyleChoice style={style} onChange={setStyle} />
          <div className="panel-actions">
            <button
              type="button"
              className="btn"
              onClick={() => {
                downloadText(`notebook-${new Date().toISOString().slice(0, 10)}.md`, md());
                announce('Notebook exported as Markdown');
              }}
            >
              Export Markdown
            </button>
            <button type="button" className="btn" onClick={async () => announce((await copyText(md())) ? 'Copied notebook as Markdown' : 'Could not copy')}>
              Copy Markdown
            </button>
            {confirm ? (
              <>
                <button type="button" className="btn btn-danger" onClick={() => (notebook.clear(), setConfirm(false), announce('Notebook emptied'))}>
                  Yes, empty it
                </button>
                <button type="button" className="btn btn-quiet" onClick={() => setConfirm(false)}>
                  Cancel
                </button>
              </>
            ) : (
              <button type="button" className="btn btn-quiet" onClick={() => setConfirm(true)}>
                Empty notebook
              </button>
            )}
          </div>
          <ol className="notebook-list">
            {entries.map((e) => (
              <li key={e.key}>
                <blockquote>
                  <p>{e.citation.quote}</p>
                </blockquote>
                <p className="small">
                  <Link href={passagePath(e.citation.workId, e.citation.passageId)}>{e.citation.title}</Link>,{' '}
                  {formatWhere(e.citation)}
                  <SpeakerNote speaker={e.citation.speaker} />
                </p>
                <button type="button" className="btn btn-small btn-quiet" onClick={() => notebook.remove(e.key)} aria-label={`Remove from notebook: ${e.citation.quote.slice(0, 60)}`}>
                  Remove
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
