// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChatMessage, Citation } from '../../server/contract.ts';
import { AnswerView } from '../../web/src/features/chat/MessageView.tsx';
import { CitationProvider } from '../../web/src/features/citations/CitationPanel.tsx';
import { countByYear, timelineRows } from '../../web/src/features/compare/group.ts';
import { Timeline } from '../../web/src/features/compare/Timeline.tsx';
import { YearChart } from '../../web/src/features/compare/YearChart.tsx';
import { cite } from './web-fixtures.ts';

// Deliberately out of date order, with two passages of one work (out of paragraph order) and an undated one.
const CITES: Citation[] = [
  cite(1, '1987-let-us-develop', 'Let us develop South-South cooperation', '1987-06-09', 4, 'From 1987 June.'),
  cite(2, '1961-all-efforts', 'All efforts to attain the six goals', '1961-12-01', 7, 'From 1961, later paragraph.'),
  cite(3, 'undated-abstract', 'An undated abstract', null, 1, 'Undated words.'),
  cite(4, '1961-all-efforts', 'All efforts to attain the six goals', '1961-12-01', 2, 'From 1961, earlier paragraph.'),
  cite(5, '1987-let-us-accelerate', 'Let us accelerate socialist economic construction', '1987-01-03', 3, 'From 1987 January.'),
  cite(6, '1993-on-the-direction', 'On the direction of socialist economic construction', '1993-12-08', 1, 'From 1993.'),
];

afterEach(cleanup);

describe('compare timeline', () => {
  it('groups citations into one row per year and work, in date order, with undated last', () => {
    const rows = timelineRows(CITES);
    expect(rows.map((r) => `${r.year ?? 'undated'} ${r.workId}`)).toEqual([
      '1961 1961-all-efforts',
      '1987 1987-let-us-accelerate',
      '1987 1987-let-us-develop',
      '1993 1993-on-the-direction',
      'undated undated-abstract',
    ]);
    // Within a row, passages follow the work's paragraph order, not the citation numbers.
    expect(rows[0]!.citations.map((c) => c.n)).toEqual([4, 2]);
  });

  it('counts cited passages per year', () => {
    expect(countByYear(CITES)).toEqual([
      { year: 1961, count: 2 },
      { year: 1987, count: 2 },
      { year: 1993, count: 1 },
      { year: null, count: 1 },
    ]);
  });

  it('renders the rows with their years and quotes in date order', () => {
    render(
      <CitationProvider>
        <Timeline citations={CITES} scope="m" />
      </CitationProvider>,
    );
    const list = screen.getByRole('list', { name: 'Timeline of quoted passages' });
    const rows = within(list).getAllByTestId('timeline-row');
    expect(rows.map((r) => r.getAttribute('data-year'))).toEqual(['1961', '1987', '1987', '1993', 'undated']);
    expect(rows.map((r) => within(r).getByRole('heading').textContent)).toEqual([
      '1961: All efforts to attain the six goals · 1 December 1961',
      '1987: Let us accelerate socialist economic construction · 3 January 1987',
      '1987: Let us develop South-South cooperation · 9 June 1987',
      '1993: On the direction of socialist economic construction · 8 December 1993',
      'Undated: An undated abstract · undated',
    ]);
    const quotes = screen.getAllByTestId('quote').map((q) => q.querySelector('blockquote')!.textContent);
    expect(quotes).toEqual([
      'From 1961, earlier paragraph.',
      'From 1961, later paragraph.',
      'From 1987 January.',
      'From 1987 June.',
      'From 1993.',
      'Undated words.',
    ]);
  });

  it('draws one bar per year with its count and an accessible summary', () => {
    const { container } = render(<YearChart counts={countByYear(CITES)} caption="Passages quoted here, per year" />);
    const img = screen.getByRole('img');
    expect(img.getAttribute('aria-label')).toBe('Passages quoted here, per year — 1961: 2, 1987: 2, 1993: 1, undated: 1');
    expect(container.querySelector('figcaption')?.textContent).toBe('Passages quoted here, per year (1 undated not shown)');
    const bars = [...container.querySelectorAll('rect.bar')];
    expect(bars).toHaveLength(3);
    const heights = bars.map((b) => Number(b.getAttribute('height')));
    expect(heights[0]).toBe(heights[1]);
    expect(heights[2]).toBeCloseTo(heights[0]! / 2, 5);
    const xs = bars.map((b) => Number(b.getAttribute('x')));
    expect(xs[0]! < xs[1]! && xs[1]! < xs[2]!).toBe(true);
    expect([...container.querySelectorAll('text.year')].map((t) => t.textContent)).toEqual(['1961', '1987', '1993']);
  });

  it('puts the labels of close years on a second line instead of overlapping them', () => {
    const { container } = render(
      <YearChart
        counts={[1961, 1967, 1969, 1986, 1987, 1993].map((year) => ({ year, count: 1 }))}
        caption="c"
      />,
    );
    const labels = [...container.querySelectorAll('text.year')].map((t) => [t.textContent, Number(t.getAttribute('y'))] as const);
    expect(labels.map(([y]) => y)).toEqual(['1961', '1967', '1969', '1986', '1987', '1993']);
    const row = Object.fromEntries(labels);
    expect(row['1969']).toBeGreaterThan(row['1967']!);
    expect(row['1987']).toBeGreaterThan(row['1986']!);
    expect(row['1993']).toBe(row['1961']);
  });

  it('plots the server\'s per-year counts of matching passages when the answer carries them', () => {
    const message: ChatMessage = {
      id: 'yrs',
      role: 'assistant',
      parts: [
        { type: 'data-mode', data: { mode: 'compare' } },
        ...CITES.map((c) => ({ type: 'data-citation' as const, data: c })),
        { type: 'data-years', data: { counts: [{ year: 1961, count: 3 }, { year: 1987, count: 13 }, { year: null, count: 2 }] } },
        { type: 'text', text: 'Lead.\n\n> a [1]' },
      ],
    };
    render(
      <CitationProvider>
        <AnswerView message={message} />
      </CitationProvider>,
    );
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe('Passages matching the question, per year — 1961: 3, 1987: 13, undated: 2');
  });

  it('shows a compare answer as chart and timeline, and can switch to the text with its group headings', async () => {
    const user = userEvent.setup();
    const text = '6 passages from 5 works (1961–1993).\n\n**1961** · *All efforts to attain the six goals*\n\n> a [4]\n\n> b [2]\n\n**1987** · *Let us develop*\n\n> c [1]';
    const message: ChatMessage = {
      id: 'cmp',
      role: 'assistant',
      parts: [{ type: 'data-mode', data: { mode: 'compare' } }, ...CITES.map((c) => ({ type: 'data-citation' as const, data: c })), { type: 'text', text }],
    };
    render(
      <CitationProvider>
        <AnswerView message={message} />
      </CitationProvider>,
    );
    expect(screen.getByText('6 passages from 5 works (1961–1993).')).toBeTruthy();
    expect(screen.getByRole('img', { name: /^Passages quoted here, per year — 1961: 2, 1987: 2, 1993: 1, undated: 1$/ })).toBeTruthy();
    expect(screen.getAllByTestId('timeline-row')).toHaveLength(5);
    await user.click(screen.getByRole('radio', { name: 'Text' }));
    expect(screen.queryAllByTestId('timeline-row')).toHaveLength(0);
    expect(screen.getAllByTestId('quote')).toHaveLength(3);
    expect(screen.getByText('1961', { selector: 'strong' })).toBeTruthy();
  });
});
