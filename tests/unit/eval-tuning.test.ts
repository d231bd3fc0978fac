import { describe, expect, it } from 'vitest';
import type { EvalQuestion } from '../../server/eval/dataset.ts';
import { asKeywords, split, typedPlainly, typedWithTypo } from '../../server/eval/halves.ts';
import { fitAbstention, weightGrid, WEIGHT_GRID } from '../../server/eval/tune.ts';
import { DEFAULT_RANKING } from '../../server/retrieval/options.ts';
import { parseQuery } from '../../server/retrieval/query.ts';

describe('typedPlainly', () => {
  it('lowercases and drops quotation and question marks but keeps apostrophes inside words', () => {
    expect(typedPlainly('When did he call Korea’s economy ‘a young country’?')).toBe('when did he call korea’s economy a young country');
    expect(typedPlainly('What did he say about "flunkeyism" and the workers\' party?')).toBe('what did he say about flunkeyism and the workers party');
  });
});

describe('typedWithTypo', () => {
  it('types the question plainly and swaps the middle letters of its longest word, or drops a doubled one', () => {
    expect(typedWithTypo('What did he say about self-reliance in 1965?')).toBe('what did he say about self-relaince in 1965');
    expect(typedWithTypo('Was it a struggle?')).toBe('was it a strgugle');
    expect(typedWithTypo('Was it coffee?')).toBe('was it cofee');
  });
});

describe('asKeywords', () => {
  it('keeps the rarest words the corpus holds, in the question’s order, without the author’s name, years or missing words', () => {
    const rarity = (term: string) => ({ fertil: 3, coal: 2, make: 0.5, korea: 1 })[term] ?? 0;
    const parsed = parseQuery('How did Kim Il Sung make fertilizer from coal in North Korea in 1969, unlike Ruritania?', new Set(['kim', 'il', 'sung']));
    expect(asKeywords(parsed, 1, rarity)).toBe('fertilizer');
    expect(asKeywords(parsed, 2, rarity)).toBe('fertilizer coal');
    expect(asKeywords(parsed, 3, rarity)).toBe('fertilizer coal korea');
  });
});

describe('split', () => {
  it('puts odd-numbered ids in one half and even-numbered in the other', () => {
    const q = (id: string) => ({ id }) as EvalQuestion;
    const halves = split([q('d001'), q('d002'), q('d101'), q('d150')]);
    expect(halves.odd.map((x) => x.id)).toEqual(['d001', 'd101']);
    expect(halves.even.map((x) => x.id)).toEqual(['d002', 'd150']);
  });
});

describe('weightGrid', () => {
  it('walks every combination of the grid', () => {
    const size = Object.values(WEIGHT_GRID).reduce((n, values) => n * values.length, 1);
    expect([...weightGrid()]).toHaveLength(size);
  });
});

describe('fitAbstention', () => {
  const e = (similarity: number, coverage: number) => ({ similarity, coverage, quantitySupported: true });
  it('catches the silent questions it can without false abstention, with thresholds between observed values', () => {
    const cases = [
      { answerable: true, evidence: e(0.9, 0.1) },
      { answerable: true, evidence: e(0.8, 0.6) },
      { answerable: true, evidence: e(0.85, 0.5) },
      { answerable: false, evidence: e(0.82, 0.1) },
      { answerable: false, evidence: e(0.7, 0.7) },
      { answerable: false, evidence: null },
    ];
    const fitted = fitAbstention(DEFAULT_RANKING.abstain, cases, 0);
    const supported = (x: { similarity: number; coverage: number }) =>
      x.similarity >= fitted.strongSimilarity || (x.similarity >= fitted.minSimilarity && x.coverage >= fitted.minCoverage);
    expect(cases.filter((c) => c.answerable).every((c) => supported(c.evidence!))).toBe(true);
    expect(cases.filter((c) => !c.answerable && c.evidence).some((c) => supported(c.evidence!))).toBe(false);
  });
});
