import { describe, expect, it } from 'vitest';
import { align } from '../../server/check/align.ts';
import { abridged, bracketed, buildCheckCases, calibrateThreshold, caseSucceeds, oneWordVariants, reworded, trimmed, yearsFrom, type CaseResult, type CheckCase } from '../../server/eval/check-cases.ts';
import type { EvalQuestion } from '../../server/eval/dataset.ts';

const GOLD = 'We have only just laid the foundations enabling us to stand on our own feet';
const keys = (s: string) => s.toLowerCase().split(' ');
const editsFrom = (variant: string) => {
  const a = align(keys(variant), keys(GOLD), keys(variant), keys(GOLD));
  return a.wordsChanged + a.omitted;
};

describe('check eval cases', () => {
  it('makes one-word variants that are each exactly one word edit from the gold quote', () => {
    const v = oneWordVariants(GOLD, 'd004.2', 'Self-reliance means standing on one’s feet');
    expect([v.changed, v.dropped, v.swapped].map(editsFrom)).toEqual([1, 1, 1]);
    expect(new Set([GOLD, v.changed, v.dropped, v.swapped]).size).toBe(4);
  });

  it('abridges a quote of twelve words or more by leaving out inner runs of words, in one place or (from twenty words) two', () => {
    const a = abridged(GOLD, 'd004.2')!;
    const found = align(keys(a), keys(GOLD), keys(a), keys(GOLD));
    expect([found.wordsChanged, found.changes]).toEqual([0, 1]);
    expect(found.omitted).toBeGreaterThanOrEqual(2);
    expect(a.split(' ')[0]).toBe('We');
    expect(a.split(' ').at(-1)).toBe('feet');
    const long = `${GOLD} and to develop the country through our own efforts`;
    const b = abridged(long, 'd004.3')!;
    expect(align(keys(b), keys(long), keys(b), keys(long)).changes).toBe(2);
    expect(abridged('Self-reliance means standing on one’s own feet', 'x')).toBeNull();
  });

  it('trims a quote of fifteen words or more in three places, a run of one to three inner words each', () => {
    const long = `${GOLD} and to develop the country through our own efforts`;
    const t = trimmed(long, 'd004.3')!;
    const found = align(keys(t), keys(long), keys(t), keys(long));
    expect([found.wordsChanged, found.changes]).toEqual([0, 3]);
    expect(found.omitted).toBeGreaterThanOrEqual(3);
    expect(found.omitted).toBeLessThanOrEqual(9);
    expect(trimmed(GOLD.split(' ').slice(0, 14).join(' '), 'x')).toBeNull();
  });

  it('edits a quote of six words or more as the citation styles allow: a letter’s case and a word of the writer’s own, in brackets', () => {
    const b = bracketed(GOLD, 'd004.2', 'Korea nevertheless')!;
    expect(b.startsWith(`[w]${GOLD.slice(1, GOLD.indexOf(' '))} `)).toBe(true);
    // In lower case: a name put for a name would say another thing.
    expect(b.match(/\[[^\]]+\]/g)).toEqual(['[w]', '[korea]']);
    expect(b.replace('[w]', 'W').split(' ').filter((w, i) => w !== GOLD.split(' ')[i])).toEqual(['[korea]']);
    expect(bracketed('Self-reliance means standing on feet', 'x', 'Korea')).toBeNull();
    // Never a word that negates, whose replacement turns the quote round: the seeds that would draw "not" draw another.
    const negated = 'they searched for what they did not have enough of';
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']) expect(bracketed(negated, seed, 'Korea'), seed).toMatch(/\bnot\b/);
    // Nor a word of the writer's that negates: "[cannot]" turns it round as much.
    expect(bracketed(GOLD, 'd004.2', 'cannot Korea')!.match(/\[[^\]]+\]/g)).toEqual(['[w]', '[korea]']);
  });

  it("rewords a gold quote with the notes' \"'new' for 'old'\" pairs, and gives null when none applies", () => {
    expect(reworded('Some countries produce fertilizer by electrolysing water.', "1969: 'farm nutrients' for 'fertilizer'")).toBe('Some countries produce farm nutrients by electrolysing water.');
    expect(reworded('No match here.', "'a' for 'b'")).toBeNull();
  });

  it('builds every group from gold quotes, with the half taken from the question number', () => {
    const q: EvalQuestion = { id: 'd007', question: 'Q?', kind: 'paraphrase', gold: [{ quote: GOLD, work: 'A', date: '1974-10-09' }, { quote: 'Self-reliance means standing on one’s own feet and more', work: 'B', date: '1961-12-01' }] };
    const cases = buildCheckCases([q], [1961, 1974, 1987], (g) =>
      g.work === 'A' ? { author: 'Kim Il Sung', title: 'Talk to the director', pages: { first: 19, last: 20 } } : { author: 'Zhang Chao', title: 'North Korea’s “self-reliant” choice', pages: null },
    );
    expect(new Set(cases.map((c) => c.group))).toEqual(new Set(['exact', 'close', 'abridged', 'trimmed', 'bracketed', 'wrong_year', 'decade', 'wrong_decade', 'relative_year', 'relative_wrong', 'page', 'wrong_page', 'titled', 'wrong_title', 'misworded_title', 'invented', 'paraphrase']));
    // Introduced by its own work's title, or the other's, in marks its title does not hold.
    expect(cases.find((c) => c.id === 'd007.1-titled')!.text).toBe(`In "Talk to the director", Kim Il Sung wrote: "${GOLD}".`);
    expect(cases.find((c) => c.id === 'd007.1-wrong_title')!.text).toBe(`In "North Korea’s “self-reliant” choice", Kim Il Sung wrote: "${GOLD}".`);
    // Its own work's title, of four words or more, with one inner word changed.
    const misworded = /^In "([^"]+)", Kim Il Sung wrote: "(.*)"\.$/.exec(cases.find((c) => c.id === 'd007.1-misworded_title')!.text)!;
    expect(misworded[2]).toBe(GOLD);
    expect(misworded[1]!.split(' ').filter((w, i) => w !== 'Talk to the director'.split(' ')[i])).toHaveLength(1);
    // A page the source gives the quote, or one past it, cited as the styles do; none where the source gives no pages.
    expect(cases.find((c) => c.id === 'd007.1-page')!.text).toMatch(/^Kim Il Sung wrote: ".*" \((?:p\. |Kim )(?:19|20)\)\.$/);
    expect(cases.find((c) => c.id === 'd007.1-wrong_page')!.text).toMatch(/^Kim Il Sung wrote: ".*" \((?:p\. |Kim )(?:2[1-9]|3\d|40)\)\.$/);
    expect(cases.some((c) => c.id === 'd007.2-page')).toBe(false);
    // The second of a pair dated from the first, rightly and wrongly by two years.
    expect(cases.find((c) => c.id === 'd007.1-relative_year')!.text).toBe(`In 1961, Zhang Chao said: "Self-reliance means standing on one’s own feet and more". Thirteen years later, Kim Il Sung said: "${GOLD}".`);
    expect(cases.find((c) => c.id === 'd007.2-relative_wrong')!.text).toMatch(/^In 1974, Kim Il Sung said: "We .*"\. (?:Eleven|Fifteen) years earlier, Zhang Chao said: /);
    expect(cases.find((c) => c.id === 'd007.1-decade')!.text).toMatch(/^In the 1970s, Kim Il Sung said: /);
    expect(cases.find((c) => c.id === 'd007.1-wrong_decade')!.text).toMatch(/^In the (?:1960s|1980s), Kim Il Sung said: /);
    expect([yearsFrom(0), yearsFrom(1), yearsFrom(-3)]).toEqual(['The same year,', 'A year later,', 'Three years earlier,']);
    expect(cases.every((c) => c.half === 'odd')).toBe(true);
    const wrong = cases.find((c) => c.id === 'd007.1-wrong_year')!;
    expect(wrong.text).not.toContain('1974');
    // Each quotation is put in the mouth of its own work's author.
    expect(cases.find((c) => c.id === 'd007.2-exact')!.text).toMatch(/^In 1961, Zhang Chao wrote: /);
  });

  it('calibrates the close threshold between invented quotations and right-source variants', () => {
    const c = (group: CheckCase['group']): CheckCase => ({ id: group, group, half: 'odd', text: '', gold: [GOLD] });
    const r = (similarity: number, withinLimits = true): CaseResult => ({ quotation: { verdict: 'close', sourceText: GOLD, attributionOk: null, similarity, withinLimits }, sentencePassages: [], quotationsNotFound: 0, titlesMisworded: 0 });
    const { cut, low, high } = calibrateThreshold([c('close'), c('close'), c('invented'), c('invented')], [r(0.9), r(0.8), r(0.5), r(0.85, false)]);
    expect(low).toBe(0.5);
    expect(high).toBe(0.8);
    expect(cut).toBeGreaterThan(0.5);
    expect(cut).toBeLessThanOrEqual(0.8);
    expect(caseSucceeds(c('close'), r(0.9))).toBe(true);
    expect(caseSucceeds(c('invented'), r(0.9))).toBe(false);
  });
});
