/** A paragraph's text with spans of it marked (where a quote lies); unmarked without spans or when they do not fit it. */
import { Fragment } from 'react';
import type { QuoteSpan } from '../../../../server/contract.ts';

export function MarkedText({ text, spans = [] }: { text: string; spans?: readonly QuoteSpan[] | undefined }) {
  const fits = spans.length > 0 && spans.every((s, i) => s.start < s.end && s.end <= text.length && (i === 0 || spans[i - 1]!.end <= s.start));
  if (!fits) return <>{text}</>;
  return (
    <>
      {spans.map((s, i) => (
        <Fragment key={i}>
          {text.slice(i === 0 ? 0 : spans[i - 1]!.end, s.start)}
          <mark>{text.slice(s.start, s.end)}</mark>
        </Fragment>
      ))}
      {text.slice(spans.at(-1)!.end)}
    </>
  );
}
