/** One chat message, rendered by part type: a question with its filter chips, or an answer in its mode (answer, compare, abstain). */
import { useState } from 'react';
import type { ChatMessage } from '../../../../server/contract.ts';
import { Timeline } from '../compare/Timeline.tsx';
import { countByYear } from '../compare/group.ts';
import { YearChart } from '../compare/YearChart.tsx';
import { useWorks } from '../works/useWorks.ts';
import { AnswerText } from './AnswerText.tsx';
import type { Block } from './markdown.ts';
import { messageCitations, messageMode, messageText, messageYearCounts, metadataChips } from './parts.ts';

/** The answer's first paragraph (its lead line, e.g. "Quotes from 8 works, 1961–1993"), shown above the chart. */
const isLeadLine = (b: Block, i: number) => i === 0 && b.type === 'paragraph';

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
}

export function AnswerView({ message, question, streaming = false, onCompare }: AnswerViewProps) {
  const mode = messageMode(message);
  const citations = messageCitations(message);
  const text = messageText(message);
  const scope = message.id;
  const [view, setView] = useState<'timeline' | 'text'>('timeline');

  if (mode === 'abstain') {
    return (
      <article className="answer answer-abstain" aria-label="Answer: the sources do not address this" data-testid="abstain">
        <AnswerText text={text} citations={citations} scope={scope} question={question} variant="closest" />
      </article>
    );
  }

  if (mode === 'compare') {
    const matching = messageYearCounts(message);
    return (
      <article className="answer answer-compare" aria-label="Answer compared across years">
        <AnswerText text={text} citations={citations} scope={scope} question={question} filter={isLeadLine} />
        {matching ? (
          <YearChart counts={matching} caption="Passages matching the question, per year" />
        ) : (
          citations.length > 0 && <YearChart counts={countByYear(citations)} caption="Passages quoted here, per year" />
        )}
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
          <Timeline citations={citations} scope={scope} question={question} />
        ) : (
          <AnswerText text={text} citations={citations} scope={scope} question={question} filter={(b, i) => !isLeadLine(b, i)} />
        )}
      </article>
    );
  }

  return (
    <article className="answer" aria-label="Answer">
      <AnswerText text={text} citations={citations} scope={scope} question={question} />
      {mode === 'answer' && onCompare && !streaming && (
        <div className="answer-actions">
          <button type="button" className="btn btn-quiet" onClick={onCompare}>
            Compare this across years
          </button>
        </div>
      )}
    </article>
  );
}
