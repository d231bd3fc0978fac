/** One work: its metadata and paragraphs, each with an anchor `#p-N` (the stable passage URL) that is scrolled to and marked. */
import { useEffect, useState } from 'react';
import { authorWithAffiliation, type WorkDetail } from '../../../../server/contract.ts';
import { describeError, fetchWork } from '../../api/client.ts';
import { announce } from '../../app/announce.tsx';
import { copyText } from '../../app/clipboard.ts';
import { Link } from '../../app/router.tsx';
import { formatDate, formatPages } from '../citations/dates.ts';
import { ExportCitation } from '../citations/ExportCitation.tsx';
import { parseContainer, workCiteSource } from '../citations/formats.ts';
import { citedHere, workPath } from '../citations/passage.ts';
import { SpeakerNote } from '../citations/SpeakerNote.tsx';

export function WorkPage({ id, hash }: { id: string; hash: string }) {
  const [work, setWork] = useState<WorkDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setWork(null);
    setError(null);
    fetchWork(id).then(
      (w) => live && setWork(w),
      (err: unknown) => live && setError(describeError(err)),
    );
    return () => {
      live = false;
    };
  }, [id]);

  // Scroll to and focus the target paragraph once it exists; pushState does not trigger the browser's own :target scroll.
  useEffect(() => {
    if (!work || !hash) return;
    const el = document.getElementById(hash);
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.focus({ preventScroll: true });
    }
  }, [work, hash]);

  if (error) {
    return (
      <section className="work">
        <p>
          <Link href="/works">← All works</Link>
        </p>
        <h1>Work not available</h1>
        <p className="error-text" role="alert">
          {error}
        </p>
      </section>
    );
  }
  if (!work) return <p className="muted">Loading…</p>;

  const container = work.source ? parseContainer(work.source) : null;
  const copyLink = async (anchor: string) => {
    const ok = await copyText(`${window.location.origin}/works/${encodeURIComponent(work.id)}#${anchor}`);
    announce(ok ? 'Copied link to passage' : 'Could not copy the link');
  };

  return (
    <article className="work" aria-labelledby="work-title">
      <p>
        <Link href="/works">← All works</Link>
      </p>
      <header className="work-header">
        <h1 id="work-title">{work.title}</h1>
        <p className="work-byline">
          {authorWithAffiliation(work)} · <time dateTime={work.date ?? undefined}>{formatDate(work.date, work.year)}</time>
        </p>
        {(work.occasion || work.place || container || work.excerpts) && (
          <dl className="work-facts">
            {work.occasion && (
              <>
                <dt>Occasion</dt>
                <dd>{work.occasion}</dd>
              </>
            )}
            {work.place && (
              <>
                <dt>Place</dt>
                <dd>{work.place}</dd>
              </>
            )}
            {work.excerpts && (
              <>
                <dt>Text</dt>
                <dd>Excerpts, as the source prints them</dd>
              </>
            )}
            {container && (
              <>
                <dt>Printed in</dt>
                <dd>
                  <i>{container!.title}</i>
                  {[container!.publisher, container!.place, container!.year].some(Boolean) &&
                    ` (${[container!.publisher, container!.place, container!.year].filter(Boolean).join(', ')})`}
                  {work.pages ? `, ${formatPages(undefined, work.pages)}` : ''}
                </dd>
              </>
            )}
          </dl>
        )}
        <ExportCitation sources={[workCiteSource(work, citedHere(workPath(work.id)))]} />
      </header>
      <div className="paragraphs">
        {work.paragraphs.map((p) => {
          const anchor = `p-${p.position}`;
          return (
            <section key={p.id} id={anchor} tabIndex={-1} className={hash === anchor ? 'para para-target' : 'para'} aria-label={`Paragraph ${p.position}`}>
              <p>{p.text}</p>
              <p className="para-meta small">
                <a href={`#${anchor}`} className="para-link">
                  ¶ {p.position}
                </a>
                {p.page != null && <span className="muted"> · p. {p.page}</span>}
                <SpeakerNote speaker={p.speaker} />
                <button type="button" className="btn btn-small btn-quiet" onClick={() => copyLink(anchor)} aria-label={`Copy link to paragraph ${p.position}`}>
                  Copy link
                </button>
              </p>
            </section>
          );
        })}
      </div>
    </article>
  );
}
