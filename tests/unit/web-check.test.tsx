// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIMITS, type CheckClaim, type CheckResponse } from '../../server/contract.ts';
import { CheckPage } from '../../web/src/features/check/CheckPage.tsx';
import { correctedQuotation, markOf, marksOf, stretches, summary } from '../../web/src/features/check/marks.ts';
import { CHECKED_KEY } from '../../web/src/features/check/saved.ts';
import { WorksProvider } from '../../web/src/features/works/useWorks.ts';
import { spanOf, WORK_1961 } from './web-fixtures.ts';

const QUOTE = 'Self-reliance means standing on one’s feet';
const TEXT = `In 1987 he said that “${QUOTE}”. The moon is made of cheese.`;
const SOURCE = {
  passageId: `${WORK_1961.id}-p1`,
  workId: WORK_1961.id,
  title: WORK_1961.title,
  date: WORK_1961.date,
  year: WORK_1961.year,
  page: 1,
  quote: "Self-reliance means standing on one's own feet, and we need this spirit more than anything else.",
  spans: [spanOf(WORK_1961.paragraphs[0]!.text, "Self-reliance means standing on one's own feet, and we need this spirit more than anything else.")],
};
const CLAIMS: CheckClaim[] = [
  {
    text: QUOTE,
    kind: 'quotation',
    start: TEXT.indexOf(QUOTE),
    end: TEXT.indexOf(QUOTE) + QUOTE.length,
    verdict: 'close',
    source: SOURCE,
    diff: [{ op: 'equal', text: "Self-reliance means standing on one's" }, { op: 'insert', text: 'own' }, { op: 'equal', text: 'feet' }],
    attribution: { stated: '1987', actual: '1 December 1961', ok: false, wrong: ['date'] },
    passages: [{ id: SOURCE.passageId, workId: SOURCE.workId, title: SOURCE.title, date: SOURCE.date, year: SOURCE.year, page: 1, text: WORK_1961.paragraphs[0]!.text, quote: SOURCE.quote, score: 0.9 }],
  },
  { text: 'The moon is made of cheese.', kind: 'sentence', start: TEXT.indexOf('The moon'), end: TEXT.length, verdict: 'not_found', source: null, diff: null, attribution: null, passages: [] },
];

beforeEach(() => sessionStorage.clear());

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('check page helpers', () => {
  it('marks a quotation with a wrong date as misdated whatever its wording, others by their verdict', () => {
    expect(CLAIMS.map(markOf)).toEqual(['misdated', 'not_found']);
    expect(markOf({ ...CLAIMS[0]!, attribution: null })).toBe('close');
  });

  it('marks a quotation whose work or page is wrong, and not its date, or whose author is wrong, as misattributed', () => {
    const byNamesake = { stated: 'Kim Jong Il', actual: '1 December 1961, by Kim Il Sung', ok: false, wrong: ['author' as const] };
    expect(markOf({ ...CLAIMS[0]!, attribution: byNamesake })).toBe('misattributed');
    // Put in another author's mouth, it is misattributed whatever else is wrong; a wrong date with a wrong work, misdated.
    expect(markOf({ ...CLAIMS[0]!, attribution: { ...byNamesake, wrong: ['date', 'author'] } })).toBe('misattributed');
    expect(markOf({ ...CLAIMS[0]!, attribution: { ...byNamesake, wrong: ['date', 'work'] } })).toBe('misdated');
    expect(summary([{ ...CLAIMS[0]!, attribution: byNamesake }])).toBe('1 quotation (1 misattributed, 1 close) and 0 sentences checked.');
  });

  it('marks a quotation of an interviewer’s words as such, and says so in what it copies', () => {
    const asked = { ...SOURCE, speaker: 'interviewer' as const };
    expect(markOf({ ...CLAIMS[0]!, attribution: null, source: asked })).toBe('interviewer');
    expect(correctedQuotation(asked, WORK_1961)).toMatch(/” \(the interviewer’s question, not the author’s words\)\nKim Il Sung\./);
  });

  it('marks a misdated or misattributed quotation whose words are not the source’s as close too, and counts it under each', () => {
    const exactButMisdated = { ...CLAIMS[0]!, verdict: 'exact' as const, diff: null };
    expect(marksOf(CLAIMS[0]!)).toEqual(['misdated', 'close']);
    expect(marksOf(exactButMisdated)).toEqual(['misdated']);
    expect(marksOf({ ...CLAIMS[0]!, attribution: null })).toEqual(['close']);
    expect(marksOf({ ...CLAIMS[0]!, attribution: null, source: { ...SOURCE, speaker: 'interviewer' } })).toEqual(['interviewer', 'close']);
    expect(summary([CLAIMS[0]!, exactButMisdated, { ...CLAIMS[0]!, attribution: null }])).toBe('3 quotations (2 misdated, 2 close) and 0 sentences checked.');
  });

  it('cuts the text into plain and marked stretches that rebuild it exactly', () => {
    const parts = stretches(TEXT, CLAIMS);
    expect(parts.map((p) => p.text).join('')).toBe(TEXT);
    expect(parts.filter((p) => p.claim !== null).map((p) => p.text)).toEqual([QUOTE, 'The moon is made of cheese.']);
  });

  it('copies the source wording in quotation marks with its Chicago citation, and sums up the findings', () => {
    expect(correctedQuotation(SOURCE, WORK_1961)).toMatch(/^“Self-reliance means standing on one's own feet, .*”\nKim Il Sung\. “All Efforts to Attain the Six Goals\.” .*December 1, 1961\./);
    expect(summary(CLAIMS)).toBe('1 quotation (1 misdated, 1 close) and 1 sentence checked.');
  });
});

/** Renders the page with the works known. */
function renderPage() {
  render(
    <WorksProvider initial={[WORK_1961]}>
      <CheckPage />
    </WorksProvider>,
  );
}

/** Renders the page, pastes `text` and checks it, the server answering `claims`. */
async function checkPasted(text: string, claims: CheckClaim[]) {
  const fetchMock = vi.fn(async () => Response.json({ claims } satisfies CheckResponse));
  vi.stubGlobal('fetch', fetchMock);
  const user = userEvent.setup();
  renderPage();
  await user.click(screen.getByLabelText('Text to check'));
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Check' }));
  return { user, fetchMock };
}

describe('check page', () => {
  it('sends the pasted text, marks each claim with a label, and opens a finding with the source, the diff and a copy button', async () => {
    const { user, fetchMock } = await checkPasted(TEXT, CLAIMS);
    expect(JSON.parse((fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1].body as string)).toEqual({ text: TEXT });
    expect(await screen.findByRole('status')).toHaveProperty('textContent', '1 quotation (1 misdated, 1 close) and 1 sentence checked.');
    const marked = screen.getByTestId('check-text');
    expect(within(marked).getByRole('link', { name: QUOTE }).closest('mark')?.textContent).toBe(`${QUOTE} (misdated, close: not verbatim)`);

    await user.click(within(marked).getByRole('link', { name: QUOTE }));
    const toggle = screen.getAllByRole('button', { expanded: true })[0]!;
    expect(toggle.textContent).toContain(QUOTE);
    expect(screen.getByTestId('source-quote').textContent).toBe(SOURCE.quote);
    expect(screen.getByTestId('diff').querySelector('ins')?.textContent).toBe('source: own');
    expect(screen.getByText(/they do not agree on the date\./)).toBeTruthy();
    await user.click(screen.getByText('Whole passage'));
    expect(screen.getByText('Whole passage').closest('details')?.querySelector('mark')?.textContent).toBe(SOURCE.quote);
    await user.click(screen.getByRole('button', { name: 'Copy corrected quotation with citation' }));
    // user-event stands in a clipboard for the page to write to.
    expect(await navigator.clipboard.readText()).toBe(correctedQuotation(SOURCE, WORK_1961));
  });

  it('badges a misdated quotation that drops a “not” both misdated and close, so its changed wording is not hidden by its date', async () => {
    const written = 'We are opposed to aid from others';
    const text = `As he put it in 1993, “${written}”.`;
    const source = { ...SOURCE, quote: 'we are not opposed to aid from others.', spans: [spanOf(WORK_1961.paragraphs[0]!.text, 'we are not opposed to aid from others.')] };
    const dropsNot: CheckClaim = {
      ...CLAIMS[0]!,
      text: written,
      start: text.indexOf(written),
      end: text.indexOf(written) + written.length,
      source,
      diff: [{ op: 'equal', text: 'We are' }, { op: 'insert', text: 'not' }, { op: 'equal', text: 'opposed to aid from others' }],
      attribution: { stated: '1993', actual: '1 December 1961', ok: false, wrong: ['date'] },
    };
    const { user } = await checkPasted(text, [dropsNot]);
    expect(await screen.findByRole('status')).toHaveProperty('textContent', '1 quotation (1 misdated, 1 close) and 0 sentences checked.');
    const toggle = screen.getByRole('button', { name: new RegExp(written) });
    expect([...toggle.querySelectorAll('.check-mark')].map((b) => b.textContent)).toEqual(['misdated', 'close: not verbatim']);
    await user.click(toggle);
    expect(screen.getByTestId('diff').querySelector('ins')?.textContent).toBe('source: not');
  });

  it('keeps the text, the findings and the finding open through “Open in work” then Back, or a reload', async () => {
    const { user, fetchMock } = await checkPasted(TEXT, CLAIMS);
    await screen.findByRole('status');
    await user.click(within(screen.getByTestId('check-text')).getByRole('link', { name: QUOTE }));
    await user.click(screen.getByRole('link', { name: 'Open in work' }));
    cleanup();

    renderPage();
    expect((screen.getByLabelText('Text to check') as HTMLTextAreaElement).value).toBe(TEXT);
    expect(screen.getByRole('status').textContent).toBe(summary(CLAIMS));
    expect(screen.getAllByTestId('finding')).toHaveLength(2);
    expect(screen.getByRole('button', { expanded: true }).textContent).toContain(QUOTE);
    expect(screen.getByTestId('source-quote').textContent).toBe(SOURCE.quote);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('keeps text typed but not yet checked, and ignores a kept check that does not match the contract', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.type(screen.getByLabelText('Text to check'), 'Draft');
    cleanup();
    sessionStorage.setItem(CHECKED_KEY, JSON.stringify({ text: TEXT, claims: [{ text: QUOTE }], open: 0 }));

    renderPage();
    expect((screen.getByLabelText('Text to check') as HTMLTextAreaElement).value).toBe('Draft');
    expect(screen.queryByTestId('finding')).toBeNull();
  });

  it('says nothing is close to a quotation with no nearest passages (another script), and shows none', async () => {
    const korean = '자력갱생은 자기 발로 서는 것이다';
    const claim: CheckClaim = { text: korean, kind: 'quotation', start: 1, end: 1 + korean.length, verdict: 'not_found', source: null, diff: null, attribution: null, passages: [] };
    vi.stubGlobal('fetch', vi.fn(async () => Response.json({ claims: [claim] } satisfies CheckResponse)));
    const user = userEvent.setup();
    render(<CheckPage />);
    await user.click(screen.getByLabelText('Text to check'));
    await user.paste(`"${korean}"`);
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await screen.findByRole('status');
    await user.click(within(screen.getByTestId('check-text')).getByRole('link', { name: korean }));
    expect(screen.getByText('Nothing in the sources is close to this quotation.')).toBeTruthy();
    expect(screen.queryByText(/nearest passages/)).toBeNull();
  });

  /** A phrase four characters into the text that the server found to be the 1961 work's title misworded, or words of it. */
  const titleClaim = (written: string, part: boolean, diff: CheckClaim['diff']): CheckClaim => ({
    text: written,
    kind: 'quotation',
    start: 4,
    end: 4 + written.length,
    verdict: 'title',
    source: null,
    titled: { workId: WORK_1961.id, title: WORK_1961.title, date: WORK_1961.date, year: WORK_1961.year, part },
    diff,
    attribution: null,
    passages: [],
  });

  it('marks a title written otherwise as a misworded title, and shows the title the source writes with the change', async () => {
    const written = 'All Efforts to Achieve the Six Goals';
    const claim = titleClaim(written, false, [{ op: 'equal', text: 'All Efforts to' }, { op: 'delete', text: 'Achieve' }, { op: 'insert', text: 'attain' }, { op: 'equal', text: 'the Six Goals' }]);
    const { user } = await checkPasted(`In “${written}” he spoke.`, [claim]);
    expect(await screen.findByRole('status')).toHaveProperty('textContent', '0 quotations, 1 misworded title and 0 sentences checked.');
    const link = within(screen.getByTestId('check-text')).getByRole('link', { name: written });
    expect(link.closest('mark')?.textContent).toBe(`${written} (misworded title)`);
    await user.click(link);
    expect(screen.getAllByRole('button', { expanded: true })[0]!.textContent).toContain(`Title: “${written}”`);
    expect(screen.getByTestId('source-title').textContent).toBe(WORK_1961.title);
    expect(screen.getByTestId('source-title').closest('a')?.getAttribute('href')).toBe(`/works/${WORK_1961.id}`);
    expect(screen.getByTestId('diff').querySelector('ins')?.textContent).toBe('source: attain');
  });

  it('marks words of a title, not all of it, as a title’s words, and names the title', async () => {
    const written = 'all efforts to attain';
    const { user } = await checkPasted(`He “${written}” spoke.`, [titleClaim(written, true, null)]);
    expect(await screen.findByRole('status')).toHaveProperty('textContent', '0 quotations, 1 phrase from a title and 0 sentences checked.');
    const link = within(screen.getByTestId('check-text')).getByRole('link', { name: written });
    expect(link.closest('mark')?.textContent).toBe(`${written} (a title’s words)`);
    await user.click(link);
    expect(screen.getByText(/Not words from the texts: words of the title of/)).toBeTruthy();
    expect(screen.getByTestId('source-title').textContent).toBe(WORK_1961.title);
    expect(screen.queryByTestId('diff')).toBeNull();
  });

  it('says when only the punctuation or quotation marks of a close quotation differ, with no word diff', async () => {
    const allEqual: CheckClaim = { ...CLAIMS[0]!, attribution: null, diff: [{ op: 'equal', text: SOURCE.quote }] };
    const { user } = await checkPasted(TEXT, [allEqual]);
    await screen.findByRole('status');
    await user.click(within(screen.getByTestId('check-text')).getByRole('link', { name: QUOTE }));
    expect(screen.getByText(/The words are the source’s, in its order; its punctuation or quotation marks differ\./)).toBeTruthy();
    expect(screen.queryByTestId('diff')).toBeNull();
  });

  it('says when a close quotation only leaves words out, with the word diff showing them', async () => {
    const leftOut: CheckClaim = { ...CLAIMS[0]!, attribution: null, diff: [{ op: 'equal', text: 'Self-reliance means standing on' }, { op: 'insert', text: 'one’s own' }, { op: 'equal', text: 'feet' }] };
    const { user } = await checkPasted(TEXT, [leftOut]);
    await screen.findByRole('status');
    await user.click(within(screen.getByTestId('check-text')).getByRole('link', { name: QUOTE }));
    expect(screen.getByText(/Every word is the source’s, in its order, but words are left out with no omission mark/)).toBeTruthy();
    expect(screen.getByTestId('diff').querySelector('ins')?.textContent).toBe('source: one’s own');
  });

  it('marks a sentence that is the source’s words with no quotation marks as an unmarked quotation, and offers it quoted', async () => {
    const words = SOURCE.quote;
    const unmarked: CheckClaim = { text: words, kind: 'sentence', start: 0, end: words.length, verdict: 'unmarked', source: SOURCE, diff: null, attribution: null, passages: [] };
    expect(markOf(unmarked)).toBe('unmarked');
    expect(summary([CLAIMS[0]!, unmarked, CLAIMS[1]!])).toBe('1 quotation (1 misdated, 1 close), 1 unmarked quotation and 1 sentence checked.');
    const { user } = await checkPasted(words, [unmarked]);
    await screen.findByRole('status');
    await user.click(within(screen.getByTestId('check-text')).getByRole('link', { name: words }));
    expect(screen.getByText(/These are the source’s words, word for word, with no quotation marks/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy quotation with citation' })).toBeTruthy();
  });

  it('keeps a pasted text over the limit whole, counts it, and refuses to check it, saying by how much it is over', async () => {
    const fetchMock = vi.fn(async () => Response.json({ claims: [] } satisfies CheckResponse));
    vi.stubGlobal('fetch', fetchMock);
    const user = userEvent.setup();
    renderPage();
    const input = screen.getByLabelText('Text to check') as HTMLTextAreaElement;
    await user.click(input);
    await user.paste('x'.repeat(LIMITS.checkChars - 1000));
    expect(screen.getByText('19,000 of 20,000 characters')).toBeTruthy();
    await user.paste('y'.repeat(5319));
    expect(input.value).toHaveLength(LIMITS.checkChars + 4319);
    expect(screen.getByText('24,319 of 20,000 characters: 4,319 characters over the limit')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('alert').textContent).toBe('The text is 4,319 characters over the limit of 20,000 characters. Shorten it, or check it in parts.');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the server’s error message when the check is refused', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Response.json({ error: 'text is over 20000 characters', code: 'bad_request' }, { status: 400 })));
    const user = userEvent.setup();
    render(<CheckPage />);
    await user.click(screen.getByLabelText('Text to check'));
    await user.paste('some text');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect((await screen.findByRole('alert')).textContent).toBe('text is over 20000 characters');
  });
});
