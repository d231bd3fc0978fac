import { describe, expect, it } from 'vitest';
import { withoutTimeSetAside, worksSetAside } from '../../server/answer/set-aside.ts';
import type { Work } from '../../server/corpus/types.ts';

const work = (id: string, year: number | null, title: string): Work => ({ id, year, date: year === null ? null : `${year}-06-01`, title, author: 'A', source: '' }) as unknown as Work;
const works = [work('s1961', 1961, 'A speech'), work('t1987', 1987, 'Talk to officials'), work('s1987', 1987, 'Speech to ministers'), work('a1986', 1986, 'Answers to questions'), work('u', null, 'An article')];

describe('times a question sets aside', () => {
  it('reads the words that set a time aside as no time asked about', () => {
    expect(withoutTimeSetAside("Give me a quote about self-reliance that isn't from 1987")).toBe('Give me a quote about self-reliance');
    expect(withoutTimeSetAside('Excluding the 1987 speeches, what did he say about cooperation?')).toBe('what did he say about cooperation?');
    expect(withoutTimeSetAside('What did he say about trade, not counting the 1980s?')).toBe('What did he say about trade?');
    expect(withoutTimeSetAside('But not from 1987 please')).toBe('But please');
    // A time asked about is no time set aside; nor is "not" before other words.
    expect(withoutTimeSetAside('What did he say about aid in 1987?')).toBe('What did he say about aid in 1987?');
    expect(withoutTimeSetAside('Did he not say in 1987 that aid was needed?')).toBe('Did he not say in 1987 that aid was needed?');
  });

  it('sets aside the works of those times, of the kind named with them', () => {
    expect(worksSetAside("a quote that isn't from 1987", works).sort()).toEqual(['s1987', 't1987']);
    expect(worksSetAside('excluding the 1987 speeches', works)).toEqual(['s1987']);
    expect(worksSetAside('other than from 1987 and 1986', works).sort()).toEqual(['a1986', 's1987', 't1987']);
    expect(worksSetAside('apart from the 1980s', works).sort()).toEqual(['a1986', 's1987', 't1987']);
    expect(worksSetAside('not from 1950', works)).toEqual([]);
    expect(worksSetAside('what did he say in 1987?', works)).toEqual([]);
  });

  it('sets aside the works of a kind named alone, after "not from" or a word that sets aside, not after "are not"', () => {
    expect(worksSetAside('Not from interviews', works)).toEqual(['a1986']);
    expect(worksSetAside('What did he say about trade apart from the speeches?', works).sort()).toEqual(['s1961', 's1987']);
    expect(withoutTimeSetAside('What did he say about trade, excluding talks?')).toBe('What did he say about trade?');
    for (const q of ['Which works are not speeches?', 'Is it not an interview?']) {
      expect(worksSetAside(q, works), q).toEqual([]);
      expect(withoutTimeSetAside(q), q).toBe(q);
    }
  });

  it('sets aside a time "outside" of which the question asks, and the one work a kind and its own words name', () => {
    expect(worksSetAside('What did he say about agriculture outside of the 1980s?', works).sort()).toEqual(['a1986', 's1987', 't1987']);
    expect(withoutTimeSetAside('What did he say about agriculture outside of the 1980s?')).toBe('What did he say about agriculture?');
    // The talk its words name, not every talk nor every work of its year.
    const named = [...works, work('t1978', 1978, 'Talk to the ex-premier of the Republic of Peru')];
    expect(worksSetAside('Quotes on aid other than the Peru talk', named)).toEqual(['t1978']);
    expect(withoutTimeSetAside('Quotes on aid other than the Peru talk')).toBe('Quotes on aid');
    // Words naming no work: every work of the kind, as before.
    expect(worksSetAside('Quotes on aid excluding the early speeches', works).sort()).toEqual(['s1961', 's1987']);
  });
});
