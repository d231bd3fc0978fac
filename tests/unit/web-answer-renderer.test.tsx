// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnswerStructure, ChatMessage, Citation } from '../../server/contract.ts';
import { AnswerView } from '../../web/src/features/chat/MessageView.tsx';
import { CitationProvider } from '../../web/src/features/citations/CitationPanel.tsx';
import { WorksProvider } from '../../web/src/features/works/useWorks.ts';
import { CITE_1961, CITE_UNDATED, structureOf, UNDATED_WORK, WORK_1961 } from './web-fixtures.ts';

function answer(mode: 'answer' | 'compare' | 'abstain', structure: AnswerStructure | null, text: string, citations: Citation[] = [CITE_1961, CITE_UNDATED]): ChatMessage {
  return {
    id: `a-${mode}`,
    role: 'assistant',
    parts: [
      { type: 'data-mode', data: { mode } },
      ...citations.map((c) => ({ type: 'data-citation' as const, id: `c${c.n}`, data: c })),
      ...(structure ? [{ type: 'data-answer' as const, id: 'structure', data: structure }] : []),
      { type: 'text', text, state: 'done' },
    ],
  };
}

const view = (message: ChatMessage) =>
  render(
    <CitationProvider>
      <AnswerView message={message} />
    </CitationProvider>,
  );

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('answer rendering from the structure', () => {
  it('renders the lead and quote blocks from the structure and citation data (quote, title, date, pages), not from the Markdown', () => {
    // The Markdown differs from the data on purpose: nothing may be taken from it.
    view(answer('answer', structureOf([CITE_1961, CITE_UNDATED], '2 passages from 2 works (1961; 1 undated):'), 'A different lead.\n\n> prose words that differ [1]\n\n> other prose [2]'));
    const quotes = screen.getAllByTestId('quote');
    expect(quotes).toHaveLength(2);
    expect(quotes[0]!.querySelector('blockquote')!.textContent).toBe(CITE_1961.quote);
    expect(document.body.textContent).not.toContain('prose words');
    expect(document.body.textContent).not.toContain('A different lead');
    expect(within(quotes[0]!).getByTestId('quote-date').textContent).toBe('1 December 1961');
    expect(within(quotes[0]!).getByTestId('quote-date').getAttribute('datetime')).toBe('1961-12-01');
    expect(quotes[0]!.textContent).toContain('All efforts to attain the six goals');
    expect(quotes[0]!.textContent).toContain('p. 1');
    expect(within(quotes[1]!).getByTestId('quote-date').textContent).toBe('undated');
    expect(quotes[1]!.textContent).toContain('pp. 179–180');
    expect(screen.getByText('2 passages from 2 works (1961; 1 undated):')).toBeTruthy();
  });

  it('shows a work’s citation when the question asks how to cite it, in the style it asked for, else in the reader’s', () => {
    const lead = [{ text: 'To cite ' }, { text: WORK_1961.title, title: true }, { text: ' (1 December 1961) in MLA style:' }];
    const cited = (style?: 'mla') => ({ lead, groups: [], workCitation: { workIds: [WORK_1961.id], ...(style ? { style } : {}) } });
    const shown = (structure: AnswerStructure) =>
      render(
        <WorksProvider initial={[WORK_1961]}>
          <CitationProvider>
            <AnswerView message={answer('answer', structure, '…', [])} />
          </CitationProvider>
        </WorksProvider>,
      );
    shown(cited('mla'));
    expect(screen.getByRole('radio', { name: 'MLA' })).toHaveProperty('checked', true);
    expect(screen.getByTestId('export-text').textContent).toMatch(/^Kim Il Sung\. “All Efforts to Attain the Six Goals\.” 1 Dec\. 1961\. On Self-Reliance/);
    expect(screen.getByRole('button', { name: 'Copy MLA' })).toBeTruthy();
    cleanup();
    shown(cited());
    expect(screen.getByRole('radio', { name: 'Chicago' })).toHaveProperty('checked', true);
    expect(screen.getByTestId('export-text').textContent).toMatch(/December 1, 1961/);
    cleanup();
    // Several works: one entry each, in the order of a list of sources (Kim before Zhang), copied together.
    render(
      <WorksProvider initial={[UNDATED_WORK, WORK_1961]}>
        <CitationProvider>
          <AnswerView message={answer('answer', { lead, groups: [], workCitation: { workIds: [WORK_1961.id, UNDATED_WORK.id], style: 'apa' } }, '…', [])} />
        </CitationProvider>
      </WorksProvider>,
    );
    const entries = [...screen.getByTestId('export-text').querySelectorAll('p')].map((p) => p.textContent);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatch(/^Kim Il Sung\. \(2022\)\. All efforts to attain the six goals\./);
    expect(entries[1]).toMatch(/^Zhang/);
  });

  it('shows the works quoted cited after the quotes when the question asks for quotes in a style, in the timeline too', () => {
    for (const mode of ['answer', 'compare'] as const) {
      render(
        <WorksProvider initial={[UNDATED_WORK, WORK_1961]}>
          <CitationProvider>
            <AnswerView message={answer(mode, { ...structureOf([CITE_1961, CITE_UNDATED]), workCitation: { workIds: [WORK_1961.id, UNDATED_WORK.id], style: 'mla' } }, '…')} />
          </CitationProvider>
        </WorksProvider>,
      );
      const quotes = screen.getAllByTestId('quote');
      expect(quotes, mode).toHaveLength(2);
      const cited = screen.getByTestId('export-text');
      expect(screen.getByRole('radio', { name: 'MLA' }), mode).toHaveProperty('checked', true);
      expect(cited.querySelectorAll('p'), mode).toHaveLength(2);
      expect(quotes[1]!.compareDocumentPosition(cited) & Node.DOCUMENT_POSITION_FOLLOWING, mode).toBeTruthy();
      cleanup();
    }
  });

  it('shows the word diff from a quotation the question holds to the source’s wording, under the lead', () => {
    const diff = [
      { op: 'equal' as const, text: 'Self-reliance means' },
      { op: 'delete' as const, text: 'trusting' },
      { op: 'insert' as const, text: 'standing on' },
      { op: 'equal' as const, text: "one's own feet" },
    ];
    view(answer('answer', { ...structureOf([CITE_1961], '“…” is not word for word in the sources; the closest wording is in X (1961):'), diff }, '…', [CITE_1961]));
    const shown = screen.getByTestId('diff');
    expect(shown.querySelector('del')!.textContent).toBe('your text: trusting');
    expect(shown.querySelector('ins')!.textContent).toBe('source: standing on');
    expect(shown.compareDocumentPosition(screen.getByTestId('quote')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('says what was searched when the question’s misspelt words were corrected', () => {
    const structure = { ...structureOf([CITE_1961], '1 passage from 1 work (1961):'), readAs: [{ typed: 'self-relaince', read: 'self-reliance' }] };
    view(answer('answer', structure, 'text', [CITE_1961]));
    expect(screen.getByText('Searched for “self-reliance” (typed “self-relaince”).')).toBeTruthy();
  });

  it('shows the quotes in the order and groups of the structure, each group headed by its work', () => {
    const structure = structureOf([CITE_UNDATED, CITE_1961]);
    const { container } = view(answer('answer', structure, ''));
    expect(screen.getAllByTestId('quote').map((q) => q.querySelector('blockquote')!.textContent)).toEqual([CITE_UNDATED.quote, CITE_1961.quote]);
    expect([...container.querySelectorAll('p.answer-heading strong')].map((h) => h.textContent)).toEqual([CITE_UNDATED.title, CITE_1961.title]);
  });

  it('heads a work by another author than the main one with its author, from the structure', () => {
    const structure = structureOf([CITE_UNDATED, CITE_1961]);
    const [abstract, speech] = structure.groups as Extract<AnswerStructure['groups'][number], { kind: 'work' }>[];
    abstract!.work.otherAuthor = 'Zhang Chao';
    const { container } = view(answer('answer', structure, ''));
    expect([...container.querySelectorAll('p.answer-heading')].map((h) => h.textContent)).toEqual([
      `${CITE_UNDATED.title} (undated), by Zhang Chao`,
      `${speech!.work.title} (1 December 1961)`,
    ]);
  });

  it('puts a work title of the lead in italics, linked to the work’s page', () => {
    const structure: AnswerStructure = {
      ...structureOf([CITE_1961]),
      lead: [{ text: 'Said on 1 December 1961, in ' }, { text: CITE_1961.title, title: true, workId: CITE_1961.workId }, { text: ' (printed in ' }, { text: 'Juche!', title: true }, { text: '):' }],
    };
    const { container } = view(answer('answer', structure, '', [CITE_1961]));
    expect(container.querySelector('.answer-lead em')?.textContent).toBe(CITE_1961.title);
    expect(container.querySelector('.answer-lead')?.textContent).toBe(`Said on 1 December 1961, in ${CITE_1961.title} (printed in Juche!):`);
    // A title without a work (a book the works are printed in) is not a link.
    expect([...container.querySelectorAll('.answer-lead a')].map((a) => [a.getAttribute('href'), a.textContent])).toEqual([[`/works/${CITE_1961.workId}`, CITE_1961.title]]);
  });

  it('shows an abstention distinctly, with the closest passages labelled as not answering', () => {
    const structure: AnswerStructure = { lead: [{ text: 'The sources do not address this question.' }], groups: [{ kind: 'closest', items: [{ n: 1, spans: CITE_1961.spans! }] }] };
    view(answer('abstain', structure, '', [CITE_1961]));
    const abstain = screen.getByTestId('abstain');
    expect(abstain.textContent).toContain('The sources do not address this question.');
    expect(abstain.textContent).toContain('Closest passages (these do not answer the question):');
    const quote = within(abstain).getByTestId('quote');
    expect(quote.className).toContain('quote-closest');
    expect(quote.textContent).toContain('Closest passage, which does not answer the question');
  });

  it('heads the passages close in meaning alone as such, and marks each of them for screen readers', () => {
    const structure: AnswerStructure = { ...structureOf([CITE_1961]), groups: [...structureOf([CITE_1961]).groups, { kind: 'related', items: [{ n: 2, spans: CITE_UNDATED.spans! }] }] };
    const { container } = view(answer('answer', structure, '', [CITE_1961, { ...CITE_UNDATED, n: 2 }]));
    expect([...container.querySelectorAll('p.answer-heading strong')].map((h) => h.textContent)).toEqual([CITE_1961.title, "Close in meaning, though not in the question's words:"]);
    const quotes = screen.getAllByTestId('quote');
    expect(quotes.map((q) => q.className)).toEqual(['quote quote-answer', 'quote quote-related']);
    expect(quotes[1]!.textContent).toContain("Close in meaning, without the question's words: ");
    expect(quotes[0]!.textContent).not.toContain('Close in meaning');
  });

  it('renders an answer of a lead alone (the collection listed), with nothing to compare', () => {
    const lead = [{ text: 'The collection holds 1 work (1961), in date order: ' }, { text: CITE_1961.title, title: true }, { text: ' (1 December 1961).' }];
    render(
      <CitationProvider>
        <AnswerView message={answer('answer', { lead, groups: [] }, '', [])} onCompare={() => {}} />
      </CitationProvider>,
    );
    expect(document.querySelector('.answer-lead')?.textContent).toBe(`The collection holds 1 work (1961), in date order: ${CITE_1961.title} (1 December 1961).`);
    expect(screen.queryAllByTestId('quote')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Compare this across years' })).toBeNull();
  });

  it('highlights the words an answer to "how often" counted, where the citation marks them in its quote', () => {
    const at = CITE_1961.quote.indexOf('spirit');
    view(answer('compare', structureOf([CITE_1961]), '', [{ ...CITE_1961, quoteMarks: [{ start: at, end: at + 'spirit'.length }] }]));
    const quote = screen.getAllByTestId('quote')[0]!;
    expect([...quote.querySelectorAll('blockquote mark')].map((m) => m.textContent)).toEqual(['spirit']);
    expect(quote.querySelector('blockquote p')?.textContent).toBe(CITE_1961.quote);
  });

  it('offers a comparison across years for a topic, not for a work summed up as a whole nor a quotation looked up', () => {
    const groups = structureOf([CITE_1961]).groups;
    const cases: [string, Partial<AnswerStructure>, number][] = [
      ['a topic', {}, 1],
      ['a whole work', { wholeWork: true }, 0],
      ['a quotation', { quotation: 'close' }, 0],
    ];
    for (const [what, flags, buttons] of cases) {
      render(
        <CitationProvider>
          <AnswerView message={answer('answer', { lead: [], groups, ...flags }, '', [CITE_1961])} onCompare={() => {}} />
        </CitationProvider>,
      );
      expect(screen.queryAllByRole('button', { name: 'Compare this across years' }), what).toHaveLength(buttons);
      cleanup();
    }
  });

  it('renders verified prose with every [n] as a citation button', () => {
    view(answer('answer', { lead: [], groups: [], prose: 'He spoke of it [2], and again [1].' }, 'He spoke of it [2], and again [1].'));
    const markers = screen.getAllByTestId('citation');
    expect(markers.map((m) => m.tagName)).toEqual(['BUTTON', 'BUTTON']);
    expect(markers.map((m) => m.textContent)).toEqual(['[2]', '[1]']);
  });

  it('shows the quotes of a message stored without a structure (or spans), without reading its Markdown', () => {
    const { spans: _saved, ...stored } = CITE_1961;
    view(answer('answer', null, '> invented words [1]', [stored]));
    expect(screen.getAllByTestId('quote').map((q) => q.querySelector('blockquote')!.textContent)).toEqual([CITE_1961.quote]);
    expect(document.body.textContent).not.toContain('invented words');
  });
});
