// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SPEAKER_NOTES } from '../../server/contract.ts';
import { CitationMarker, CitationProvider } from '../../web/src/features/citations/CitationPanel.tsx';
import { CITE_STYLE_KEY } from '../../web/src/features/citations/style.ts';
import { notebook } from '../../web/src/features/notebook/store.ts';
import { WorksProvider } from '../../web/src/features/works/useWorks.ts';
import { CITE_1961, WORK_1961, freshBrowser } from './web-fixtures.ts';

function setup(citation = CITE_1961) {
  const user = userEvent.setup();
  render(
    <WorksProvider initial={[WORK_1961]}>
      <CitationProvider>
        <p>
          Some text <CitationMarker citation={citation} scope="m1" /> and a <button type="button">later button</button>
        </p>
      </CitationProvider>
    </WorksProvider>,
  );
  return user;
}

beforeEach(freshBrowser);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('citation popover', () => {
  it('opens from the keyboard with Enter, shows the whole paragraph with the quote highlighted, and closes with Escape returning focus', async () => {
    const user = setup();
    await user.tab();
    const marker = screen.getByRole('button', { name: /Source 1: All efforts to attain the six goals, 1 December 1961/ });
    expect(document.activeElement).toBe(marker);
    expect(marker.getAttribute('aria-expanded')).toBe('false');

    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Source [1]' });
    expect(marker.getAttribute('aria-expanded')).toBe('true');
    // Focus moves into the panel.
    expect(dialog.contains(document.activeElement)).toBe(true);

    // The whole paragraph arrives from /api/works/:id, with exactly the quote marked.
    const mark = await waitFor(() => {
      const m = dialog.querySelector('mark');
      if (!m) throw new Error('no highlight yet');
      return m;
    });
    expect(mark.textContent).toBe(CITE_1961.quote);
    expect(dialog.textContent).toContain('In conclusion, I must emphasize the need to display the spirit of self-reliance.');
    expect(dialog.textContent).toContain('Of course, we are not opposed to aid from others.');
    expect(vi.mocked(fetch)).toHaveBeenCalledWith('/api/works/1961-all-efforts-to-attain-the-six', expect.anything());

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(marker);
  });

  it('opens with Space too, and the Close button also returns focus to the marker', async () => {
    const user = setup();
    await user.tab();
    await user.keyboard(' ');
    expect(screen.getByRole('dialog', { name: 'Source [1]' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Close source' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('citation'));
  });

  it('links to the stable passage URL and shows the date and page from the citation data', async () => {
    const user = setup();
    await user.click(screen.getByTestId('citation'));
    const dialog = screen.getByRole('dialog');
    const link = screen.getByRole('link', { name: 'Open in work' });
    expect(link.getAttribute('href')).toBe('/works/1961-all-efforts-to-attain-the-six#p-1');
    expect(dialog.textContent).toContain('1 December 1961');
    expect(dialog.textContent).toContain('p. 1');
  });

  it('offers the four export formats and switches the shown citation', async () => {
    const user = setup();
    await user.click(screen.getByTestId('citation'));
    expect(screen.getByTestId('export-text').textContent).toMatch(/^Kim Il Sung\. “All Efforts to Attain the Six Goals\.”/);
    await user.click(screen.getByRole('radio', { name: 'BibTeX' }));
    expect(screen.getByTestId('export-text').textContent).toMatch(/^@incollection\{kim1961efforts,/);
    await user.click(screen.getByRole('radio', { name: 'MLA' }));
    expect(screen.getByTestId('export-text').textContent).toContain('1 Dec. 1961');
    expect(screen.getByRole('button', { name: 'Copy MLA' })).toBeTruthy();
  });

  it('opens in the style last chosen', async () => {
    localStorage.setItem(CITE_STYLE_KEY, JSON.stringify('apa'));
    const user = setup();
    await user.click(screen.getByTestId('citation'));
    expect(screen.getByRole('radio', { name: 'APA' })).toHaveProperty('checked', true);
    expect(screen.getByTestId('export-text').textContent).toMatch(/^Kim Il Sung\. \(2022\)\./);
  });

  it('saves the quote to the notebook', async () => {
    const user = setup();
    await user.click(screen.getByTestId('citation'));
    await user.click(screen.getByRole('button', { name: 'Save to notebook' }));
    expect(notebook.all().map((e) => e.citation.passageId)).toEqual([CITE_1961.passageId]);
    expect(JSON.parse(localStorage.getItem('sources.notebook.v1')!)).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'In notebook' })).toHaveProperty('disabled', true);
  });

  it('never copies an interviewer’s question as the author’s words: the panel, "Copy quote" and "Copy citation" carry the note', async () => {
    const user = setup({ ...CITE_1961, speaker: 'interviewer' });
    await user.click(screen.getByTestId('citation'));
    expect(screen.getByTestId('speaker-note').textContent).toBe(SPEAKER_NOTES.interviewer);
    await user.click(screen.getByRole('button', { name: 'Copy quote' }));
    expect(await navigator.clipboard.readText()).toBe(`“${CITE_1961.quote}” (${SPEAKER_NOTES.interviewer}, Kim Il Sung, “All efforts to attain the six goals”, 1 December 1961, p. 1)`);
    await user.click(screen.getByRole('button', { name: 'Copy citation' }));
    const [quoted, chicago] = (await navigator.clipboard.readText()).split('\n\n');
    expect(quoted).toBe(`“${CITE_1961.quote}” (${SPEAKER_NOTES.interviewer})`);
    expect(chicago).toMatch(/^Kim Il Sung\. “All Efforts/);
  });

  it('copies the author’s own words with no note', async () => {
    const user = setup();
    await user.click(screen.getByTestId('citation'));
    expect(screen.queryByTestId('speaker-note')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Copy quote' }));
    expect(await navigator.clipboard.readText()).toBe(`“${CITE_1961.quote}” (Kim Il Sung, “All efforts to attain the six goals”, 1 December 1961, p. 1)`);
  });

  it('still shows the quote when the work cannot be loaded', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Response.json({ error: 'no such work' }, { status: 404 })));
    const user = setup();
    await user.click(screen.getByTestId('citation'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('no such work');
    expect(screen.getByRole('dialog').querySelector('mark')?.textContent).toBe(CITE_1961.quote);
  });
});
