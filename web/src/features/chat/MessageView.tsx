/** One chat message, rendered by part type: a question with its filter chips, or an answer in its mode (answer, compare, abstain) from its structure. */
import { useState } from 'react';
import type { AnswerStructure, ChatMessage, Citation } from '../../../../server/contract.ts';
import { WorkCitation } from '../citations/WorkCitation.tsx';
import { Timeline } from '../compare/Timeline.tsx';
import { YearChart } from '../compare/YearChart.tsx';
import { useWorks } from '../works/useWorks.ts';
import { AnswerBody } from './AnswerBody.tsx';
import { messageCitations, messageMode, messageStructure, messageText, messageYearCounts, metadataChips } from './parts.ts';

export function QuestionView({ message }: { message: ChatMessage }) {
  const { byId } = useWorks();
  const chips = metadataChips(message.metadata, byId);
  return (
    <div className="question">
      <h2 className="visually-hidden">Question</h2>
      <p className="question-text">{messageText(message)}</p>
      {chips.length > 0 && (
        <ul className="chips" aria-label="Filters applied to this question">
          {chips.map((c) => (
            <li key={c.key} className="chip">
              {c.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export interface AnswerViewProps {
  message: ChatMessage;
  question?: string;
  streaming?: boolean;
  /** Re-ask this answer's question in compare mode. */
  onCompare?: () => void;
  /** Ask for the passages this answer did not quote (only for the last answer: a follow-up continues the last question). */
  onMore?: () => void;
  /** Ask for the paragraph after those this answer shows (only for the last answer, as `onMore`). */
  onReadOn?: () => void;
}

/** A message stored without a structure part: its quotes in citation order under their works, no lead (nothing is parsed from its text). */
function fallbackStructure(citations: readonly Citation[]): AnswerStructure {
  return {
    lead: [],
    groups: citations.map((c) => ({ kind: 'work', work: { id: c.workId, title: c.title, date: c.date, year: c.year }, items: [{ n: c.n, spans: c.spans ?? [] }] })),
  };
}

export function AnswerView({ message, question, streaming = false, onCompare, onMore, onReadOn }: AnswerViewProps) {
  const mode = messageMode(message);
  const citations = messageCitations(message);
  const structure = messageStructure(message) ?? (streaming ? { lead: [], groups: [] } : fallbackStructure(citations));
  const scope = message.id;
  // A work summed up, or a quotation looked up, has no topic to compare across years.
  const comparable = !structure.wholeWork && !structure.quotation;
  const [view, setView] = useState<'timeline' | 'text'>('timeline');
  const body = { structure, citations, scope, question };

  if (mode === 'abstain') {
    return (
      <article className="answer answer-abstain" aria-label="Answer: the sources do not address this" data-testid="abstain">
        <AnswerBody {...body} />
      </article>
    );
  }

  if (mode === 'compare') {
    // The chart and the timeline show the same decision: the works that address the topic, and their passages per year;
    // a chart of one year compares nothing.
    const counts = messageYearCounts(message);
    return (
      <article className="answer answer-compare" aria-label="Answer compared across years">
        <AnswerBody {...body} compare show="lead" />
        {counts && counts.filter((c) => c.year !== null).length > 1 && <YearChart counts={counts} caption="Passages that address the question, per year" />}
        <fieldset className="segmented view-switch">
          <legend className="visually-hidden">Show the comparison as</legend>
          {(['timeline', 'text'] as const).map((v) => (
            <label key={v}>
              <input type="radio" name={`view-${scope}`} value={v} checked={view === v} onChange={() => setView(v)} />
              <span>{v === 'timeline' ? 'Timeline' : 'Text'}</span>
            </label>
          ))}
        </fieldset>
        {view === 'timeline' && !streaming ? (
          <>
            <Timeline {...body} />
            {structure.workCitation && <WorkCitation {...structure.workCitation} />}
          </>
        ) : (
          <AnswerBody {...body} compare show="groups" />
        )}
        {!streaming && <AnswerActions onMore={structure.more ? onMore : undefined} />}
      </article>
    );
  }

  return (
    <article className="answer" aria-label="Answer">
      <AnswerBody {...body} />
      {!streaming && citations.length > 0 && (
        <AnswerActions onMore={structure.more ? onMore : undefined} onReadOn={structure.readOn ? onReadOn : undefined} onCompare={comparable ? onCompare : undefined} />
      )}
    </article>
  );
}

/** What may be asked next of an answer: the passages it did not quote, the paragraph after those it shows, its question compared across years. */
function AnswerActions({ onMore, onReadOn, onCompare }: { onMore?: (() => void) | undefined; onReadOn?: (() => void) | undefined; onCompare?: (() => void) | undefined }) {
  if (!onMore && !onReadOn && !onCompare) return null;
  return (
    <div className="answer-actions">
      {onMore && (
        <button type="button" className="btn btn-quiet" onClick={onMore}>
          Show more passages
        </button>
      )}
      {onReadOn && (
        <button type="button" className="btn btn-quiet" onClick={onReadOn}>
          Read on
        </button>
      )}
      {onCompare && (
        <button type="button" className="btn btn-quiet" onClick={onCompare}>
          Compare this across years
        </button>
      )}
    </div>
  );
}
