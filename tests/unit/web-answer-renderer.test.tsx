// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../server/contract.ts';
import { AnswerView } from '../../web/src/features/chat/MessageView.tsx';
import { parseAnswer, parseInline } from '../../web/src/features/chat/markdown.ts';
import { CitationProvider } from '../../web/src/features/citations/CitationPanel.tsx';
import { CITE_1961, CITE_UNDATED } from './web-fixtures.ts';

function answer(mode: 'answer' | 'compare' | 'abstain', text: string, citations = [CITE_1961, CITE_UNDATED]): ChatMessage {
  return {
    id: `a-${mode}`,
    role: 'assistant',
    parts: [
      { type: 'data-mode', data: { mode } },
      ...citations.map((c) => ({ type: 'data-citation' as const, id: `c${c.n}`, data: c })),
      { type: 'text', text, state: 'done' },
    ],
  };
}

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('answer markdown parser', () => {
  it('turns each "> quote [n]" line into its own quote block and groups other lines into paragraphs', () => {
    const blocks = parseAnswer('2 passages from 2 works.\n\n**All efforts (1961)**\n\n> First quote. [1]\n> Second quote. [2]\n\nAfter.');
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'quote', 'quote', 'paragraph']);
    expect(blocks[2]).toEqual({ type: 'quote', n: 1, text: 'First quote.' });
    expect(blocks[3]).toEqual({ type: 'quote', n: 2, text: 'Second quote.' });
  });

  it('parses bold, italics and citation markers, and leaves unclosed markup as text', () => {
    expect(parseInline('**1961** · *All efforts* see [3]')).toEqual([
      { type: 'strong', children: [{ type: 'text', text: '1961' }] },
      { type: 'text', text: ' · ' },
      { type: 'em', children: [{ type: 'text', text: 'All efforts' }] },
      { type: 'text', text: ' see ' },
      { type: 'cite', n: 3 },
    ]);
    expect(parseInline('a **half-streamed')).toEqual([{ type: 'text', text: 'a **half-streamed' }]);
  });

  it('keeps a quote line whose marker has not streamed in yet as a plain blockquote', () => {
    expect(parseAnswer('> Self-reliance means stan').map((b) => b.type)).toEqual(['blockquote']);
  });
});

describe('answer rendering', () => {
  it('renders quote blocks from the citation data (quote, title, date, page), not from the prose', () => {
    // The prose words differ from the data on purpose: the block must show the data.
    render(
      <CitationProvider>
        <AnswerView message={answer('answer', '2 passages from 2 works.\n\n> prose words that differ [1]\n\n> other prose [2]')} />
      </CitationProvider>,
    );
    const quotes = screen.getAllByTestId('quote');
    expect(quotes).toHaveLength(2);
    expect(quotes[0]!.querySelector('blockquote')!.textContent).toBe(CITE_1961.quote);
    expect(quotes[0]!.textContent).not.toContain('prose words');
    expect(within(quotes[0]!).getByTestId('quote-date').textContent).toBe('1 December 1961');
    expect(within(quotes[0]!).getByTestId('quote-date').getAttribute('datetime')).toBe('1961-12-01');
    expect(quotes[0]!.textContent).toContain('All efforts to attain the six goals');
    expect(quotes[0]!.textContent).toContain('p. 1');
    expect(within(quotes[1]!).getByTestId('quote-date').textContent).toBe('undated');
    expect(quotes[1]!.textContent).toContain('pp. 179–180');
    expect(screen.getByText('2 passages from 2 works.')).toBeTruthy();
  });

  it('renders every [n] as a citation button, in quote blocks and inline', () => {
    render(
      <CitationProvider>
        <AnswerView message={answer('answer', 'As said in [2].\n\n> q [1]')} />
      </CitationProvider>,
    );
    const markers = screen.getAllByTestId('citation');
    expect(markers.map((m) => m.tagName)).toEqual(['BUTTON', 'BUTTON']);
    expect(markers.map((m) => m.textContent)).toEqual(['[2]', '[1]']);
  });

  it('shows an abstention distinctly, with the closest passages labelled as not answering', () => {
    const text = 'The sources do not address this question.\n\n**Closest passages (these do not answer the question):**\n\n> q [1]';
    render(
      <CitationProvider>
        <AnswerView message={answer('abstain', text, [CITE_1961])} />
      </CitationProvider>,
    );
    const abstain = screen.getByTestId('abstain');
    expect(abstain.textContent).toContain('The sources do not address this question.');
    const quote = within(abstain).getByTestId('quote');
    expect(quote.className).toContain('quote-closest');
    expect(quote.textContent).toContain('Closest passage, which does not answer the question');
  });

  it('renders a bold heading line and italics inside answer text', () => {
    const { container } = render(
      <CitationProvider>
        <AnswerView message={answer('answer', '**All efforts to attain the six goals (1 December 1961)**\n\n*Connective* text.\n\n> q [1]', [CITE_1961])} />
      </CitationProvider>,
    );
    expect(container.querySelector('p.answer-heading strong')?.textContent).toBe('All efforts to attain the six goals (1 December 1961)');
    expect(container.querySelector('em')?.textContent).toBe('Connective');
  });
});
