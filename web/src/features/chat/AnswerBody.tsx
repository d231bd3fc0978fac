/** Renders an answer from its structure (lead, groups of quotes, or verified prose) and its citations' data; never from the Markdown. */
import { Fragment, type ReactNode } from 'react';
import { GROUP_HEADINGS, readAsLine, type AnswerGroup, type AnswerStructure, type Citation, type LeadPart } from '../../../../server/contract.ts';
import { Link } from '../../app/router.tsx';
import { CitationMarker } from '../citations/CitationPanel.tsx';
import { formatDate } from '../citations/dates.ts';
import { workPath } from '../citations/passage.ts';
import { WordDiff } from '../citations/WordDiff.tsx';
import { WorkCitation } from '../citations/WorkCitation.tsx';
import { QuoteBlock } from './QuoteBlock.tsx';

export interface AnswerBodyProps {
  structure: AnswerStructure;
  citations: Citation[];
  scope: string;
  question?: string;
  /** Group headings as in compare mode ("1961 · Title") rather than answer mode ("Title (1 December 1961)"). */
  compare?: boolean;
  /** Render only the lead line, or only the groups (the compare view puts the chart between them). */
  show?: 'all' | 'lead' | 'groups';
}

/** The lead line: a work's title links to the work's page. */
export function LeadLine({ parts }: { parts: readonly LeadPart[] }) {
  if (parts.length === 0) return null;
  const part = (p: LeadPart, k: number) => {
    if (!p.title) return <Fragment key={k}>{p.text}</Fragment>;
    const title = <em>{p.text}</em>;
    return p.workId ? (
      <Link key={k} href={workPath(p.workId)}>
        {title}
      </Link>
    ) : (
      <Fragment key={k}>{title}</Fragment>
    );
  };
  return <p className="answer-lead">{parts.map(part)}</p>;
}

function GroupHeading({ group, compare }: { group: AnswerGroup; compare: boolean }) {
  if (group.kind !== 'work') {
    return (
      <p className="answer-heading">
        <strong>{GROUP_HEADINGS[group.kind]}</strong>
      </p>
    );
  }
  const { work } = group;
  return (
    <p className="answer-heading">
      {compare ? (
        <>
          <strong>{work.year ?? 'Undated'}</strong> · <em>{work.title}</em>
        </>
      ) : (
        <>
          <strong>{work.title}</strong> ({formatDate(work.date, work.year)})
        </>
      )}
      {work.otherAuthor && <>, by {work.otherAuthor}</>}
    </p>
  );
}

/** Verified prose with `[n]` markers: the markers become citation buttons (the prose is the model's, not Markdown). */
function Prose({ text, cite, scope, question }: { text: string; cite: (n: number) => Citation | undefined; scope: string; question?: string }) {
  return (
    <>
      {text.split(/\n\s*\n/).map((paragraph, k) => (
        <p key={k}>
          {paragraph.split(/(\[\d+\])/).map((piece, i): ReactNode => {
            const c = /^\[(\d+)\]$/.exec(piece) ? cite(Number(piece.slice(1, -1))) : undefined;
            return c ? <CitationMarker key={i} citation={c} scope={scope} question={question} /> : <Fragment key={i}>{piece}</Fragment>;
          })}
        </p>
      ))}
    </>
  );
}

export function AnswerBody({ structure, citations, scope, question, compare = false, show = 'all' }: AnswerBodyProps) {
  const byN = new Map(citations.map((c) => [c.n, c]));
  const cite = (n: number) => byN.get(n);
  return (
    <div className="answer-text">
      {show !== 'groups' && structure.readAs && <p className="answer-read-as">{readAsLine(structure.readAs)}</p>}
      {show !== 'groups' && <LeadLine parts={structure.lead} />}
      {show !== 'groups' && structure.diff && <WordDiff diff={structure.diff} />}
      {show !== 'lead' && structure.prose !== undefined && <Prose text={structure.prose} cite={cite} scope={scope} question={question} />}
      {show !== 'lead' &&
        structure.prose === undefined &&
        structure.groups.map((group, k) => (
          <section key={k} className="answer-group">
            <GroupHeading group={group} compare={compare} />
            {group.items.map((item) => {
              const c = cite(item.n);
              // A citation part that has not arrived is not guessed at: its place stays empty until it does.
              return c ? <QuoteBlock key={item.n} citation={c} scope={scope} question={question} variant={group.kind === 'work' ? 'answer' : group.kind} /> : null;
            })}
          </section>
        ))}
      {show !== 'lead' && structure.workCitation && <WorkCitation {...structure.workCitation} />}
    </div>
  );
}
