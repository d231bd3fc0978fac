import { describe, expect, it } from 'vitest';
import { pageNamed, worksOnPage, worksOnPageLead } from '../../server/answer/page-named.ts';
import type { Work } from '../../server/corpus/types.ts';

const work = (id: string, pages: string | undefined): Work => ({ id, year: 1970, date: '1970-01-01', title: `Work ${id}`, author: 'A', pages }) as unknown as Work;
const works = [work('a', '1-3'), work('b', '3-7'), work('c', '8'), work('d', undefined), work('e', '179–180')];

describe('a page named by its number', () => {
  it('reads the page a question names, not one it asks whether quotes stand on', () => {
    expect(pageNamed("What's on page 45?")).toBe(45);
    expect(pageNamed('Show me p. 12')).toBe(12);
    expect(pageNamed('Which work starts on page 50?')).toBe(50);
    expect(pageNamed('Is it on page 20?')).toBeNull();
    expect(pageNamed('What page is it on?')).toBeNull();
    expect(pageNamed('What did he say about trade?')).toBeNull();
  });

  it('finds the works printed on the page from the pages their sources give', () => {
    expect(worksOnPage(2, works).works.map((w) => w.id)).toEqual(['a']);
    expect(worksOnPage(8, works).works.map((w) => w.id)).toEqual(['c']);
    expect(worksOnPage(3, works).works.map((w) => w.id)).toEqual(['a', 'b']);
    expect(worksOnPage(179, works).works.map((w) => w.id)).toEqual(['e']);
    expect(worksOnPage(100, works)).toMatchObject({ works: [], given: '1–8 and 179–180' });
  });

  it('says when no work, or several, are on the page', () => {
    const text = (page: number) => worksOnPageLead(worksOnPage(page, works), 'A').map((p) => p.text).join('');
    expect(text(100)).toBe('No work in the collection is on page 100: the pages its sources give run 1–8 and 179–180.');
    expect(text(3)).toBe('Page 3 is in 2 works: Work a (1 January 1970; pp. 1–3); Work b (1 January 1970; pp. 3–7).');
  });

  it('places on a work whose source gives only its first page ("45ff.") that page, and no page after it', () => {
    const open = [...works.slice(0, 3), work('f', '9ff.'), works[4]!];
    expect(worksOnPage(9, open).works.map((w) => w.id)).toEqual(['f']);
    expect(worksOnPage(12, open)).toMatchObject({ works: [], given: '1–9ff. and 179–180', pastAnOpenEnd: true });
    const text = worksOnPageLead(worksOnPage(12, open), 'A').map((p) => p.text).join('');
    expect(text).toBe('No work in the collection is known to be on page 12: the pages its sources give run 1–9ff. and 179–180 (“ff.”: the source gives no page where that work ends).');
  });
});
