/** Shared fixtures for the web component tests: citations and a work shaped like the server's real responses. */
import { vi } from 'vitest';
import type { AnswerStructure, Citation, WorkDetail, WorkSummary } from '../../server/contract.ts';
import { resetApiCache } from '../../web/src/api/client.ts';
import { notebook } from '../../web/src/features/notebook/store.ts';

export const SOURCE = 'On Self-Reliance and the Building of an Independent National Economy (Foreign Languages Publishing House, Pyongyang, Juche 111 (2022))';

export const WORK_1961: WorkDetail = {
  id: '1961-all-efforts-to-attain-the-six',
  title: 'All efforts to attain the six goals',
  date: '1961-12-01',
  year: 1961,
  author: 'Kim Il Sung',
  occasion: "Concluding Speech at the Second Enlarged Plenary Meeting of the Fourth Central Committee of the Workers' Party of Korea",
  pages: '1-3',
  source: SOURCE,
  passages: 2,
  paragraphs: [
    {
      id: '1961-all-efforts-to-attain-the-six-p1',
      position: 1,
      page: 1,
      text: "In conclusion, I must emphasize the need to display the spirit of self-reliance. Self-reliance means standing on one's own feet, and we need this spirit more than anything else. Of course, we are not opposed to aid from others.",
    },
    { id: '1961-all-efforts-to-attain-the-six-p2', position: 2, page: 2, text: 'A second paragraph.' },
  ],
};

export const UNDATED_WORK: WorkSummary = {
  id: 'undated-north-koreas-choice-of-self-reliant',
  title: 'North Korea\u2019s choice of \u201cself-reliant heavy industrialization\u201d and preparation of development foundation (1945-1956)',
  date: null,
  year: null,
  author: 'Zhang Chao',
  pages: '179-180',
  passages: 2,
};

export const CITE_1961: Citation = {
  n: 1,
  passageId: '1961-all-efforts-to-attain-the-six-p1',
  workId: WORK_1961.id,
  title: WORK_1961.title,
  date: '1961-12-01',
  year: 1961,
  page: 1,
  pages: '1-3',
  quote: "Self-reliance means standing on one's own feet, and we need this spirit more than anything else.",
  spans: [spanOf(WORK_1961.paragraphs[0]!.text, "Self-reliance means standing on one's own feet, and we need this spirit more than anything else.")],
};

export const CITE_UNDATED: Citation = {
  n: 2,
  passageId: `${UNDATED_WORK.id}-p1`,
  workId: UNDATED_WORK.id,
  title: UNDATED_WORK.title,
  date: null,
  year: null,
  pages: '179-180',
  quote: 'North Korea created the new conceptual term of \u2018Juche industrialization\u2019.',
  spans: [{ start: 0, end: 73 }],
};

export function cite(n: number, workId: string, title: string, date: string | null, position = 1, quote = `Quote ${n}.`): Citation {
  return { n, passageId: `${workId}-p${position}`, workId, title, date, year: date ? Number(date.slice(0, 4)) : null, quote, spans: [{ start: 0, end: quote.length }] };
}

/** Where `quote` lies in `text` (a fixture's span). */
export function spanOf(text: string, quote: string): { start: number; end: number } {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture quote not in its paragraph: ${quote}`);
  return { start, end: start + quote.length };
}

/** A fetch stub answering the works endpoints from fixtures; anything else is a 404 JSON error. */
export function worksFetch(works: WorkDetail[] = [WORK_1961]): typeof fetch {
  return async (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = new URL(url, 'http://localhost').pathname;
    if (path === '/api/works') {
      const list = works.map(({ paragraphs: _p, ...w }) => w);
      return Response.json({ works: list });
    }
    const m = /^\/api\/works\/(.+)$/.exec(path);
    const w = m && works.find((x) => x.id === decodeURIComponent(m[1]!));
    if (w) return Response.json(w);
    return Response.json({ error: 'no such work', code: 'not_found' }, { status: 404 });
  };
}

/** The structure of an answer that quotes `citations`, one work group each (as the server builds it). */
export function structureOf(citations: readonly Citation[], lead = `${citations.length} passages.`): AnswerStructure {
  return {
    lead: [{ text: lead }],
    groups: citations.map((c) => ({ kind: 'work' as const, work: { id: c.workId, title: c.title, date: c.date, year: c.year }, items: [{ n: c.n, spans: c.spans! }] })),
  };
}

/** A fresh browser for each test: no cached API answers, empty storage and notebook, the works served from these fixtures. */
export function freshBrowser(): void {
  resetApiCache();
  localStorage.clear();
  notebook.reload();
  vi.stubGlobal('fetch', vi.fn(worksFetch()));
}
