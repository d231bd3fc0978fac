/**
 * The compare timeline: one row per work the answer shows (the works that address the topic), in date order, each
 * with its quote; then, under their own heading, the works close to the question in meaning alone.
 */
import type { AnswerStructure, Citation } from '../../../../server/contract.ts';
import { Link } from '../../app/router.tsx';
import { formatDate } from '../citations/dates.ts';
import { workPath } from '../citations/passage.ts';
import { AnswerBody } from '../chat/AnswerBody.tsx';
import { QuoteBlock } from '../chat/QuoteBlock.tsx';
import { timelineRows } from './group.ts';

export function Timeline({ structure, citations, scope, question }: { structure: AnswerStructure; citations: Citation[]; scope: string; question?: string }) {
  const rows = timelineRows(structure, citations);
  const related = structure.groups.filter((g) => g.kind === 'related');
  return (
    <>
      <ol className="timeline" aria-label="Timeline of quoted passages">
        {rows.map((row) => (
          <li key={row.key} className="timeline-row" data-testid="timeline-row" data-year={row.year ?? 'undated'}>
            <div className="timeline-year" aria-hidden="true">
              {row.year ?? 'n.d.'}
            </div>
            <div className="timeline-body">
              <h3 className="timeline-title">
                <span className="visually-hidden">{row.year ?? 'Undated'}: </span>
                <Link href={workPath(row.workId)}>{row.title}</Link>
                <span className="timeline-date">
                  {' '}
                  · {formatDate(row.date, row.year)}
                  {row.otherAuthor && <>, by {row.otherAuthor}</>}
                </span>
              </h3>
              {row.citations.map((c) => (
                <QuoteBlock key={c.n} citation={c} scope={scope} question={question} compact />
              ))}
            </div>
          </li>
        ))}
      </ol>
      {related.length > 0 && <AnswerBody structure={{ lead: [], groups: related }} citations={citations} scope={scope} question={question} show="groups" />}
    </>
  );
}
