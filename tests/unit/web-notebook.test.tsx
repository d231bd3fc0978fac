// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SPEAKER_NOTES, type WorkSummary } from '../../server/contract.ts';
import { CITE_STYLE_KEY } from '../../web/src/features/citations/style.ts';
import { NotebookPanel } from '../../web/src/features/notebook/NotebookPanel.tsx';
import { NOTEBOOK_KEY, notebook, notebookMarkdown } from '../../web/src/features/notebook/store.ts';
import { WorksProvider } from '../../web/src/features/works/useWorks.ts';
import { CITE_1961, CITE_UNDATED, UNDATED_WORK, WORK_1961, freshBrowser } from './web-fixtures.ts';

const SECOND_1961 = { ...CITE_1961, n: 3, quote: 'Of course, we are not opposed to aid from others.', spans: [{ start: 175, end: 224 }] };
const ASKED = { ...CITE_1961, n: 4, speaker: 'interviewer' as const };
const works = (id: string): WorkSummary | undefined => [WORK_1961, UNDATED_WORK].find((w) => w.id === id);
const entries = [CITE_UNDATED, CITE_1961, SECOND_1961].map((citation) => ({ key: citation.quote, citation, savedAt: '' }));

beforeEach(freshBrowser);
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('notebook export', () => {
  it('cites each quote in the chosen style, then lists the works quoted once each, in alphabetical order', () => {
    const md = notebookMarkdown(entries, works, 'https://x.test', 'mla');
    expect(md.match(/^MLA: /gm)).toHaveLength(3);
    expect(md).toContain('. [Source](https://x.test/works/1961-all-efforts-to-attain-the-six#p-1)\n');
    const [, worksCited] = md.split('\n## Works Cited\n\n');
    expect(worksCited!.trim().split('\n\n')).toEqual([
      'Kim Il Sung. “All Efforts to Attain the Six Goals.” 1 Dec. 1961. *On Self-Reliance and the Building of an Independent National Economy*, Foreign Languages Publishing House, 2022, pp. 1–3. https://x.test/works/1961-all-efforts-to-attain-the-six.',
      expect.stringMatching(/^Zhang Chao\. “North Korea’s Choice of .+https:\/\/x\.test\/works\/undated-north-koreas-choice-of-self-reliant\.$/),
    ]);
  });

  it('gives no URL of the app served on this machine, in a citation or as a link back to the quote', () => {
    const md = notebookMarkdown(entries, works, 'http://127.0.0.1:3000', 'mla');
    expect(md).not.toContain('http');
    expect(md).toContain('— *All efforts to attain the six goals*, 1 December 1961, p. 1.\n');
  });

  it('names the list as each style does, and gives BibTeX as code blocks', () => {
    expect(notebookMarkdown(entries, works, '', 'chicago')).toContain('\n## Bibliography\n');
    expect(notebookMarkdown(entries, works, '', 'apa')).toContain('\n## References\n');
    const bib = notebookMarkdown(entries, works, '', 'bibtex');
    expect(bib.split('\n## BibTeX\n')[1]!.match(/^```bibtex\n@/gm)).toHaveLength(2);
  });

  it('puts each quote’s BibTeX fence on a line of its own after a blank line, or it is no code block', () => {
    const bib = notebookMarkdown(entries, works, '', 'bibtex');
    expect(bib.match(/^BibTeX:\n\n```bibtex\n@/gm)).toHaveLength(3);
    expect(bib.match(/```./g)).toEqual(Array(5).fill('```b'));
  });
});

describe('notebook of an interviewer’s question', () => {
  it('keeps whose words a saved quote is, and still reads quotes saved before citations said so', () => {
    const { speaker: _none, ...saved } = ASKED;
    localStorage.setItem(NOTEBOOK_KEY, JSON.stringify([{ key: 'old', citation: saved, savedAt: '' }]));
    notebook.reload();
    notebook.add(ASKED);
    notebook.reload();
    expect(notebook.all().map((e) => e.citation.speaker)).toEqual([undefined, 'interviewer']);
  });

  it('exports it with the note before the quote, never as the author’s words', () => {
    const md = notebookMarkdown([{ key: 'asked', citation: ASKED, savedAt: '' }], works, 'https://x.test', 'chicago');
    expect(md).toContain(`\n(${SPEAKER_NOTES.interviewer}:)\n> ${ASKED.quote}\n`);
  });

  it('lists it with the note', () => {
    notebook.add(ASKED);
    render(
      <WorksProvider initial={[WORK_1961]}>
        <NotebookPanel onClose={() => {}} />
      </WorksProvider>,
    );
    expect(screen.getByRole('listitem').querySelector('[data-testid="speaker-note"]')?.textContent).toBe(SPEAKER_NOTES.interviewer);
  });
});

describe('notebook panel', () => {
  it('exports in the style chosen there, and remembers it for the next citation', async () => {
    for (const c of [CITE_1961, CITE_UNDATED]) notebook.add(c);
    const user = userEvent.setup();
    render(
      <WorksProvider initial={[WORK_1961, UNDATED_WORK]}>
        <NotebookPanel onClose={() => {}} />
      </WorksProvider>,
    );
    expect(screen.getByRole('radio', { name: 'Chicago' })).toHaveProperty('checked', true);
    await user.click(screen.getByRole('radio', { name: 'APA' }));
    expect(JSON.parse(localStorage.getItem(CITE_STYLE_KEY)!)).toBe('apa');
    await user.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    const md = await navigator.clipboard.readText();
    expect(md).toContain('\n## References\n');
    expect(md).toMatch(/^APA: Kim Il Sung\. \(2022\)\. All efforts to attain the six goals\. /m);
  });
});
