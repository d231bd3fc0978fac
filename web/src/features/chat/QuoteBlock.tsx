/** One quote block: the verbatim quote, then title, date and page — all from the citation's data, never from the prose. */
import type { Citation } from '../../../../server/contract.ts';
import { announce } from '../../app/announce.tsx';
import { copyText } from '../../app/clipboard.ts';
import { Link } from '../../app/router.tsx';
import { CitationMarker } from '../citations/CitationPanel.tsx';
import { formatDate, formatPages } from '../citations/dates.ts';
import { MarkedText } from '../citations/MarkedText.tsx';
import { citeSource } from '../citations/formats.ts';
import { citedHere, passagePath } from '../citations/passage.ts';
import { quoteWithAttribution } from '../citations/quoted.ts';
import { SpeakerNote } from '../citations/SpeakerNote.tsx';
import { notebook, useNotebook } from '../notebook/store.ts';
import { useWorks } from '../works/useWorks.ts';

export interface QuoteBlockProps {
  citation: Citation;
  /** Distinguishes markers with the same n in different answers. */
  scope: string;
  question?: string;
  /**
   * "closest" marks passages shown under an abstention: near the question, but not an answer to it; "related", those
   * close to it in meaning that use none of its words.
   */
  variant?: 'answer' | 'related' | 'closest';
  /** Hide the title line when a surrounding heading already names the work (timeline rows). */
  compact?: boolean;
}

export function QuoteBlock({ citation, scope, question, variant = 'answer', compact = false }: QuoteBlockProps) {
  const { byId } = useWorks();
  useNotebook();
  const saved = notebook.has(citation);
  const href = passagePath(citation.workId, citation.passageId);
  const date = formatDate(citation.date, citation.year);
  const pages = formatPages(citation.page, citation.pages, citation.pageEnd);
  const copy = async () => {
    const ok = await copyText(quoteWithAttribution(citation, citeSource(citation, byId(citation.workId), citedHere(href))));
    announce(ok ? 'Copied quote with its citation' : 'Could not copy: select the text and copy it');
  };
  return (
    <figure className={`quote quote-${variant}`} data-testid="quote">
      <blockquote cite={href}>
        <p>
          {variant === 'closest' && <span className="visually-hidden">Closest passage, which does not answer the question: </span>}
          {variant === 'related' && <span className="visually-hidden">Close in meaning, without the question's words: </span>}
          <MarkedText text={citation.quote} spans={citation.quoteMarks} />
        </p>
      </blockquote>
      <figcaption>
        <span className="quote-source">
          {!compact && (
            <>
              <Link href={href} className="quote-title">
                {citation.title}
              </Link>
              {', '}
            </>
          )}
          <time data-testid="quote-date" dateTime={citation.date ?? (citation.year != null ? String(citation.year) : undefined)}>
            {date}
          </time>
          {pages && <>, {pages}</>} <CitationMarker citation={citation} scope={scope} question={question} />
          <SpeakerNote speaker={citation.speaker} />
        </span>
        <span className="quote-actions">
          <button type="button" className="btn btn-small" onClick={copy} aria-label={`Copy quote ${citation.n} with its citation`}>
            Copy
          </button>
          <button
            type="button"
            className="btn btn-small"
            disabled={saved}
            onClick={() => {
              notebook.add(citation, question);
              announce('Saved to notebook');
            }}
            aria-label={saved ? `Saved: quote ${citation.n} is in the notebook` : `Save quote ${citation.n} to notebook`}
          >
            {saved ? 'Saved' : 'Save'}
          </button>
        </span>
      </figcaption>
    </figure>
  );
}
