/** Renders answer markdown with the tiny parser: `> … [n]` lines become quote blocks built from citation n's data. */
import { Fragment, type ReactNode } from 'react';
import type { Citation } from '../../../../server/contract.ts';
import { CitationMarker } from '../citations/CitationPanel.tsx';
import { parseAnswer, type Block, type Inline } from './markdown.ts';
import { QuoteBlock } from './QuoteBlock.tsx';

export interface AnswerTextProps {
  text: string;
  citations: Citation[];
  scope: string;
  question?: string;
  variant?: 'answer' | 'closest';
  /** Only render some blocks (e.g. the lead line above a timeline). */
  filter?: (block: Block, index: number) => boolean;
}

function renderInline(inl: Inline[], cite: (n: number) => Citation | undefined, scope: string, question?: string): ReactNode[] {
  return inl.map((i, k) => {
    switch (i.type) {
      case 'text':
        return <Fragment key={k}>{i.text}</Fragment>;
      case 'strong':
        return <strong key={k}>{renderInline(i.children, cite, scope, question)}</strong>;
      case 'em':
        return <em key={k}>{renderInline(i.children, cite, scope, question)}</em>;
      case 'cite': {
        const c = cite(i.n);
        return c ? <CitationMarker key={k} citation={c} scope={scope} question={question} /> : <span key={k} className="cite-pending">[{i.n}]</span>;
      }
    }
  });
}

function lines(ls: Inline[][], cite: (n: number) => Citation | undefined, scope: string, question?: string): ReactNode[] {
  return ls.map((l, k) => (
    <Fragment key={k}>
      {k > 0 && <br />}
      {renderInline(l, cite, scope, question)}
    </Fragment>
  ));
}

/** A paragraph made only of bold/italic runs ("**1961** · *Title*") is a heading line for the quotes under it. */
function isHeadingLine(b: Block): boolean {
  return b.type === 'paragraph' && b.lines.length === 1 && b.lines[0]![0]?.type === 'strong';
}

export function AnswerText({ text, citations, scope, question, variant = 'answer', filter }: AnswerTextProps) {
  const byN = new Map(citations.map((c) => [c.n, c]));
  const cite = (n: number) => byN.get(n);
  const blocks = parseAnswer(text);
  return (
    <div className="answer-text">
      {blocks.map((b, k) => {
        if (filter && !filter(b, k)) return null;
        switch (b.type) {
          case 'paragraph':
            return (
              <p key={k} className={isHeadingLine(b) ? 'answer-heading' : undefined}>
                {lines(b.lines, cite, scope, question)}
              </p>
            );
          case 'blockquote':
            return (
              <blockquote key={k} className="plain-quote">
                <p>{lines(b.lines, cite, scope, question)}</p>
              </blockquote>
            );
          case 'quote': {
            const c = cite(b.n);
            if (!c) {
              // The citation part has not arrived (yet): show the words without a source line rather than guess one.
              return (
                <blockquote key={k} className="plain-quote">
                  <p>
                    {b.text} <span className="cite-pending">[{b.n}]</span>
                  </p>
                </blockquote>
              );
            }
            return <QuoteBlock key={k} citation={c} scope={scope} question={question} variant={variant} />;
          }
        }
      })}
    </div>
  );
}
