import { describe, expect, it } from 'vitest';
import type { EvalQuestion } from '../../server/eval/dataset.ts';
import { summarizeAnswers, type AnsweredCitation, type AnsweredQuestion } from '../../server/eval/metrics.ts';

const P1 = 'Self-reliance means standing on one’s own feet. Of course, we are not opposed to aid from others. We would receive necessary assistance.';
const P2 = 'We must develop South-South cooperation. It is important for the developing countries to cooperate closely.';
const paragraphs = new Map([
  ['a-p1', P1],
  ['b-p1', P2],
]);
const metadata = new Map<string, string | null>([
  ['All efforts', '1961-12-01'],
  ['Let us develop', '1987-06-09'],
]);

function citation(n: number, passageId: string, quote: string): AnsweredCitation {
  const text = paragraphs.get(passageId)!;
  const start = text.indexOf(quote);
  const [title, date] = passageId === 'a-p1' ? ['All efforts', '1961-12-01'] : ['Let us develop', '1987-06-09'];
  return { n, passageId, title, date, year: Number(date.slice(0, 4)), quote, spans: [{ start: Math.max(0, start), end: Math.max(0, start) + quote.length }] };
}

const question = (id: string, kind: EvalQuestion['kind'], gold: [string, string][]): EvalQuestion =>
  ({ id, question: id, kind, gold: gold.map(([quote, date]) => ({ quote, work: 'w', date })), notes: '' }) as EvalQuestion;

const answered = (q: EvalQuestion, citations: AnsweredCitation[], invalid: AnsweredQuestion['invalid'] = [], mode: 'answer' | 'compare' | 'abstain' = 'answer'): AnsweredQuestion => ({
  question: q,
  answer: { mode, answer: citations.map((c) => `> ${c.quote} [${c.n}]`).join('\n'), citations },
  invalid,
});

describe('answer metrics', () => {
  it('measures quote fidelity with the verbatim check, counting the quotes the engine left out', () => {
    const good = citation(1, 'a-p1', 'Of course, we are not opposed to aid from others.');
    const tampered = { ...citation(2, 'a-p1', 'We would receive necessary assistance.'), quote: 'We would receive necessary assistance. And more.' };
    const s = summarizeAnswers(
      [answered(question('q1', 'fact', [['not opposed to aid from others', '1961-12-01']]), [good, tampered], [{ passageId: 'a-p1', quote: 'Self-reliance … ', reason: 'an empty piece beside an omission mark' }])],
      paragraphs,
      metadata,
    );
    expect(s.quoteFidelity.quotes).toBe(3);
    expect(s.quoteFidelity.verbatim).toBe(1);
    expect(s.quoteFidelity.emptyOmissions).toBe(1);
    expect(s.quoteFidelity.failures).toHaveLength(2);
    // A citation without its spans fails too: every answer must say where its quotes lie.
    const { spans: _spans, ...bare } = good;
    expect(summarizeAnswers([answered(question('q1', 'fact', []), [bare])], paragraphs, metadata).quoteFidelity.failures).toEqual([
      'q1: quote not verbatim (no spans): "Of course, we are not opposed to aid from others."',
    ]);
  });

  it('counts the answerable questions whose citations hold a gold quote, and compare answers’ gold years and quotes', () => {
    const fact = question('q1', 'fact', [['standing on one’s own feet', '1961-12-01']]);
    const missed = question('q2', 'paraphrase', [['necessary assistance', '1961-12-01']]);
    const compare = question('q3', 'compare', [
      ['not opposed to aid', '1961-12-01'],
      ['developing countries to cooperate closely', '1987-06-09'],
      ['develop South-South cooperation', '1987-06-09'],
    ]);
    const s = summarizeAnswers(
      [
        answered(fact, [citation(1, 'a-p1', 'Self-reliance means standing on one’s own feet.')]),
        answered(missed, [citation(1, 'a-p1', 'Self-reliance means standing on one’s own feet.')]),
        answered(compare, [citation(1, 'a-p1', 'Of course, we are not opposed to aid from others.'), citation(2, 'b-p1', 'We must develop South-South cooperation.')], [], 'compare'),
      ],
      paragraphs,
      metadata,
    );
    expect(s.goldCited).toEqual({ found: 2, total: 3 });
    expect(s.compare).toEqual({ questions: 1, goldYears: 1, goldQuotes: { found: 2, total: 3 } });
    expect(s.quoteFidelity.verbatim).toBe(s.quoteFidelity.quotes);
  });
});
