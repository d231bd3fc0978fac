/** Metrics over an evaluation set (pure): retrieval (hit@k by kind, abstention, quote overlap, compare year coverage, quote fidelity) and answers. */
import { checkQuote, ELLIPSIS, STITCH } from '../answer/verbatim.ts';
import { normalizeSpace, wordCount, type Span } from '../retrieval/text.ts';
import type { EvalQuestion } from './dataset.ts';

export interface RetrievedPassage {
  text: string;
  quote: string;
  title: string;
  date: string | null;
  year: number | null;
}

export interface QuestionResult {
  question: EvalQuestion;
  abstain: boolean;
  passages: RetrievedPassage[];
}

export const KS = [1, 3, 5, 10] as const;

export function containsGold(passage: RetrievedPassage, question: EvalQuestion): boolean {
  const text = normalizeSpace(passage.text);
  return question.gold.some((g) => text.includes(normalizeSpace(g.quote)));
}

/** 1-based rank of the first passage holding a gold quote, or null. */
export function firstHit(result: QuestionResult): number | null {
  const i = result.passages.findIndex((p) => containsGold(p, result.question));
  return i === -1 ? null : i + 1;
}

/** Whether the chosen quote of the passage that holds a gold quote overlaps that gold quote. */
export function quoteOverlapsGold(passage: RetrievedPassage, question: EvalQuestion): boolean {
  const text = normalizeSpace(passage.text);
  const quote = normalizeSpace(passage.quote);
  const qStart = text.indexOf(quote);
  if (qStart === -1) return false;
  return question.gold.some((g) => {
    const gold = normalizeSpace(g.quote);
    const gStart = text.indexOf(gold);
    return gStart !== -1 && gStart < qStart + quote.length && qStart < gStart + gold.length;
  });
}

export interface Summary {
  questions: number;
  answerable: number;
  hitAt: Record<number, number>;
  byKind: Record<string, { n: number; hitAt: Record<number, number> }>;
  abstentionOnUnanswerable: number | null;
  falseAbstention: number | null;
  quoteOverlap: number | null;
  compareYearCoverage: number | null;
  quoteFidelity: { shown: number; verbatim: number; failures: string[] };
}

const share = (a: number, b: number) => (b === 0 ? null : a / b);

export function summarize(results: readonly QuestionResult[], normalizedCorpus: string, metadata: ReadonlyMap<string, string | null>): Summary {
  const answerable = results.filter((r) => r.question.kind !== 'unanswerable');
  const unanswerable = results.filter((r) => r.question.kind === 'unanswerable');
  const hitRate = (rs: readonly QuestionResult[], k: number) => share(rs.filter((r) => (firstHit(r) ?? Infinity) <= k).length, rs.length) ?? 0;
  const hitAt = Object.fromEntries(KS.map((k) => [k, hitRate(answerable, k)]));
  const kinds = [...new Set(answerable.map((r) => r.question.kind))];
  const byKind = Object.fromEntries(
    kinds.map((kind) => {
      const rs = answerable.filter((r) => r.question.kind === kind);
      return [kind, { n: rs.length, hitAt: Object.fromEntries(KS.map((k) => [k, hitRate(rs, k)])) }];
    }),
  );

  let overlapHits = 0;
  let overlapTotal = 0;
  for (const r of answerable) {
    const hit = r.passages.slice(0, 5).find((p) => containsGold(p, r.question));
    if (!hit) continue;
    overlapTotal++;
    if (quoteOverlapsGold(hit, r.question)) overlapHits++;
  }

  const compare = answerable.filter((r) => r.question.kind === 'compare');
  const coverages = compare.map((r) => {
    const goldYears = new Set(r.question.gold.map((g) => g.date?.slice(0, 4)).filter(Boolean));
    const top = r.passages.slice(0, 10).filter((p) => containsGold(p, r.question));
    const found = new Set(top.map((p) => String(p.year)));
    return [...goldYears].filter((y) => found.has(y!)).length / Math.max(1, goldYears.size);
  });

  const failures: string[] = [];
  let shown = 0;
  for (const r of results) {
    for (const p of r.passages) {
      shown++;
      if (!normalizedCorpus.includes(normalizeSpace(p.quote))) failures.push(`${r.question.id}: quote not verbatim: "${p.quote.slice(0, 80)}"`);
      else if (metadata.has(p.title) && metadata.get(p.title) !== p.date) failures.push(`${r.question.id}: date ${p.date} does not match "${p.title}"`);
      else if (!metadata.has(p.title)) failures.push(`${r.question.id}: unknown title "${p.title}"`);
    }
  }

  return {
    questions: results.length,
    answerable: answerable.length,
    hitAt,
    byKind,
    abstentionOnUnanswerable: share(unanswerable.filter((r) => r.abstain).length, unanswerable.length),
    falseAbstention: share(answerable.filter((r) => r.abstain).length, answerable.length),
    quoteOverlap: share(overlapHits, overlapTotal),
    compareYearCoverage: coverages.length ? coverages.reduce((a, b) => a + b, 0) / coverages.length : null,
    quoteFidelity: { shown, verbatim: shown - failures.length, failures },
  };
}

// ---------- answer metrics ----------

export interface AnsweredCitation {
  n: number;
  passageId: string;
  title: string;
  date: string | null;
  year: number | null;
  quote: string;
  /** Required of every answer; a citation without them fails the fidelity check. */
  spans?: readonly Span[];
}

export interface AnsweredQuestion {
  question: EvalQuestion;
  answer: { mode: 'answer' | 'compare' | 'abstain'; answer: string; citations: readonly AnsweredCitation[] };
  /** Quotes the answer engine found not verbatim and left out (a bug each). */
  invalid: readonly { passageId: string; quote: string; reason: string }[];
}

export interface AnswerSummary {
  questions: number;
  /** Every quote produced (shown, or left out by the verbatim check) against the one verbatim check; titles and dates against the metadata. */
  quoteFidelity: { quotes: number; verbatim: number; emptyOmissions: number; failures: string[] };
  /** Answers whose [n] markers and citations match one to one. */
  markers: { answers: number; consistent: number; failures: string[] };
  abstentionOnUnanswerable: number | null;
  falseAbstention: number | null;
  /** Answerable questions whose (non-abstaining) answer cites a gold quote. */
  goldCited: { found: number; total: number };
  /** Mean words of a cited quote: what a longer quote pays for the gold it holds. */
  quoteWords: number | null;
  /** Compare questions: mean share of their gold years among the years cited, and share of their gold quotes cited. */
  compare: { questions: number; goldYears: number | null; goldQuotes: { found: number; total: number } };
}

/** Whether the citation's quote holds the gold quote (whitespace folded), inside one of its pieces. */
export function citesGold(citation: { quote: string }, gold: string): boolean {
  const wanted = normalizeSpace(gold);
  return citation.quote.split(STITCH).some((piece) => normalizeSpace(piece).includes(wanted));
}

/** An omission mark with nothing on one side of it. */
const hasEmptyOmission = (quote: string) => quote.split(ELLIPSIS).length > 1 && quote.split(ELLIPSIS).some((piece) => piece.trim() === '');

export function summarizeAnswers(
  results: readonly AnsweredQuestion[],
  paragraphs: ReadonlyMap<string, string>,
  metadata: ReadonlyMap<string, string | null>,
): AnswerSummary {
  const quoteFailures: string[] = [];
  const markerFailures: string[] = [];
  let quotes = 0;
  let emptyOmissions = 0;
  for (const { question, answer, invalid } of results) {
    for (const q of invalid) {
      quotes++;
      if (hasEmptyOmission(q.quote)) emptyOmissions++;
      quoteFailures.push(`${question.id}: left out, not verbatim (${q.reason}): "${q.quote.slice(0, 80)}"`);
    }
    for (const c of answer.citations) {
      quotes++;
      if (hasEmptyOmission(c.quote)) emptyOmissions++;
      const text = paragraphs.get(c.passageId);
      const check = text === undefined ? null : c.spans ? checkQuote(c.quote, text, c.spans) : { ok: false as const, reason: 'no spans' };
      if (!check?.ok) quoteFailures.push(`${question.id}: quote not verbatim (${check?.reason ?? 'unknown passage'}): "${c.quote.slice(0, 80)}"`);
      else if (!metadata.has(c.title)) quoteFailures.push(`${question.id}: unknown title "${c.title}"`);
      else if (metadata.get(c.title) !== c.date) quoteFailures.push(`${question.id}: date ${c.date} does not match "${c.title}"`);
    }
    const used = new Set([...answer.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
    const cited = new Set(answer.citations.map((c) => c.n));
    if (used.size !== cited.size || [...used].some((n) => !cited.has(n))) markerFailures.push(`${question.id}: markers [${[...used]}] vs citations [${[...cited]}]`);
  }
  const answerable = results.filter((r) => r.question.kind !== 'unanswerable');
  const unanswerable = results.filter((r) => r.question.kind === 'unanswerable');
  const citedGold = (r: AnsweredQuestion, gold: string) => r.answer.mode !== 'abstain' && r.answer.citations.some((c) => citesGold(c, gold));

  const compare = answerable.filter((r) => r.question.kind === 'compare');
  const yearShares = compare.map((r) => {
    const goldYears = new Set(r.question.gold.map((g) => g.date?.slice(0, 4) ?? 'undated'));
    const citedYears = new Set(r.answer.citations.map((c) => (c.year === null ? 'undated' : String(c.year))));
    return [...goldYears].filter((y) => citedYears.has(y)).length / Math.max(1, goldYears.size);
  });
  const compareGold = compare.flatMap((r) => r.question.gold.map((g) => citedGold(r, g.quote)));
  const cited = results.flatMap((r) => r.answer.citations);

  return {
    questions: results.length,
    quoteFidelity: { quotes, verbatim: quotes - quoteFailures.length, emptyOmissions, failures: quoteFailures },
    markers: { answers: results.length, consistent: results.length - markerFailures.length, failures: markerFailures },
    abstentionOnUnanswerable: share(unanswerable.filter((r) => r.answer.mode === 'abstain').length, unanswerable.length),
    falseAbstention: share(answerable.filter((r) => r.answer.mode === 'abstain').length, answerable.length),
    goldCited: { found: answerable.filter((r) => r.question.gold.some((g) => citedGold(r, g.quote))).length, total: answerable.length },
    quoteWords: cited.length ? cited.reduce((n, c) => n + wordCount(c.quote), 0) / cited.length : null,
    compare: {
      questions: compare.length,
      goldYears: yearShares.length ? yearShares.reduce((a, b) => a + b, 0) / yearShares.length : null,
      goldQuotes: { found: compareGold.filter(Boolean).length, total: compareGold.length },
    },
  };
}
