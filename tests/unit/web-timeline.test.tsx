// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnswerStructure, ChatMessage, Citation } from '../../server/contract.ts';
import { AnswerView } from '../../web/src/features/chat/MessageView.tsx';
import { CitationProvider } from '../../web/src/features/citations/CitationPanel.tsx';
import { timelineRows } from '../../web/src/features/compare/group.ts';
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

/** The server's structure for these citations: one group per work, in date order, undated last. */
const group = (workId: string, ns: number[]) => {
  const c = CITES.find((x) => x.workId === workId)!;
  return { kind: 'work' as const, work: { id: workId, title: c.title, date: c.date, year: c.year }, items: ns.map((n) => ({ n, spans: CITES[n - 1]!.spans! })) };
};
const STRUCTURE: AnswerStructure = {
  lead: [{ text: '5 works address this (1961, 1987 and 1993; 1 undated), in date order:' }],
  groups: [
    group('1961-all-efforts', [4, 2]),
    group('1987-let-us-accelerate', [5]),
    group('1987-let-us-develop', [1]),
    group('1993-on-the-direction', [6]),
    { ...group('undated-abstract', [3]), work: { ...group('undated-abstract', [3]).work, otherAuthor: 'Zhang Chao' } },
  ],
};

/** A compare answer of `CITES` and `STRUCTURE`, with the parts given after them, rendered as the chat shows it. */
function renderCompare(id: string, parts: ChatMessage['parts']) {
  const message: ChatMessage = {
    id,
    role: 'assistant',
    parts: [{ type: 'data-mode', data: { mode: 'compare' } }, ...CITES.map((c) => ({ type: 'data-citation' as const, data: c })), { type: 'data-answer', data: STRUCTURE }, ...parts],
  };
  return render(
    <CitationProvider>
      <AnswerView message={message} />
    </CitationProvider>,
  );
}

afterEach(cleanup);

describe('compare timeline', () => {
  it('makes one row per work group of the structure, in its order, each with the citations of its items', () => {
    const rows = timelineRows(STRUCTURE, CITES);
    expect(rows.map((r) => `${r.year ?? 'undated'} ${r.workId}`)).toEqual([
      '1961 1961-all-efforts',
      '1987 1987-let-us-accelerate',
      '1987 1987-let-us-develop',
      '1993 1993-on-the-direction',
      'undated undated-abstract',
    ]);
    expect(rows[0]!.citations.map((c) => c.n)).toEqual([4, 2]);
    // A citation part that has not arrived yet leaves its row without that quote.
    expect(timelineRows(STRUCTURE, CITES.slice(0, 3))[0]!.citations.map((c) => c.n)).toEqual([2]);
  });

  it('shows the works close in meaning alone after the rows, under their own heading, not as rows', () => {
    const { groups } = STRUCTURE;
    const structure: AnswerStructure = { ...STRUCTURE, groups: [...groups.slice(0, 4), { kind: 'related', items: [{ n: 3, spans: CITES[2]!.spans! }] }] };
    const { container } = render(
      <CitationProvider>
        <Timeline structure={structure} citations={CITES} scope="m" />
      </CitationProvider>,
    );
    expect(screen.getAllByTestId('timeline-row').map((r) => r.getAttribute('data-year'))).toEqual(['1961', '1987', '1987', '1993']);
    const heading = container.querySelector('ol.timeline ~ .answer-text .answer-heading');
    expect(heading?.textContent).toBe("Close in meaning, though not in the question's words:");
    expect(within(heading!.closest('.answer-text') as HTMLElement).getByTestId('quote').textContent).toContain('Undated words.');
  });

  it('renders the rows with their years and quotes in date order', () => {
    render(
      <CitationProvider>
        <Timeline structure={STRUCTURE} citations={CITES} scope="m" />
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
      'Undated: An undated abstract · undated, by Zhang Chao',
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
    const counts = [
      { year: 1961, count: 2 },
      { year: 1987, count: 2 },
      { year: 1993, count: 1 },
      { year: null, count: 1 },
    ];
    const { container } = render(<YearChart counts={counts} caption="Passages that address the question, per year" />);
    const img = screen.getByRole('img');
    expect(img.getAttribute('aria-label')).toBe('Passages that address the question, per year — 1961: 2, 1987: 2, 1993: 1, undated: 1');
    expect(container.querySelector('figcaption')?.textContent).toBe('Passages that address the question, per year (1 undated not shown)');
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

  it('shows a compare answer as the chart and timeline of the same works and years, and can switch to the text with its group headings', async () => {
    const user = userEvent.setup();
    const counts = [{ year: 1961, count: 3 }, { year: 1987, count: 4 }, { year: 1993, count: 1 }, { year: null, count: 2 }];
    renderCompare('cmp', [{ type: 'data-years', data: { counts } }, { type: 'text', text: 'Markdown the UI must not read.' }]);
    expect(screen.getByText('5 works address this (1961, 1987 and 1993; 1 undated), in date order:')).toBeTruthy();
    expect(screen.queryByText('Markdown the UI must not read.')).toBeNull();
    const chart = screen.getByRole('img', { name: /^Passages that address the question, per year — / });
    expect(chart.getAttribute('aria-label')).toBe('Passages that address the question, per year — 1961: 3, 1987: 4, 1993: 1, undated: 2');
    // The chart and the timeline show the same years.
    const rowYears = screen.getAllByTestId('timeline-row').map((r) => r.getAttribute('data-year'));
    expect(rowYears).toEqual(['1961', '1987', '1987', '1993', 'undated']);
    expect([...chart.querySelectorAll('text.year')].map((t) => t.textContent)).toEqual([...new Set(rowYears.filter((y) => y !== 'undated'))]);
    await user.click(screen.getByRole('radio', { name: 'Text' }));
    expect(screen.queryAllByTestId('timeline-row')).toHaveLength(0);
    expect(screen.getAllByTestId('quote')).toHaveLength(6);
    expect(screen.getByText('1961', { selector: 'strong' })).toBeTruthy();
  });

  it('draws no chart of one year ("the earliest passage on …"): a chart compares years, the timeline still shows it', () => {
    renderCompare('cmp1', [{ type: 'data-years', data: { counts: [{ year: 1961, count: 2 }, { year: null, count: 1 }] } }]);
    expect(screen.queryByRole('img', { name: /^Passages that address the question, per year/ })).toBeNull();
    expect(screen.getAllByTestId('timeline-row').length).toBeGreaterThan(0);
  });

  it('draws no chart for a compare answer without per-year counts, rather than counting its quotes', () => {
    renderCompare('cmp2', []);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getAllByTestId('timeline-row')).toHaveLength(5);
  });
});
