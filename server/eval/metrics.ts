/** Retrieval metrics over an evaluation set (pure): hit@k by kind, abstention, quote overlap, compare year coverage, quote fidelity. */
import { normalizeSpace } from '../retrieval/text.ts';
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

export interface AnsweredQuestion {
  question: EvalQuestion;
  answer: { mode: 'answer' | 'compare' | 'abstain'; answer: string; citations: { n: number; title: string; date: string | null; quote: string }[] };
}

export interface AnswerSummary {
  questions: number;
  /** Citation quotes whose every " … " piece is verbatim in the corpus, with title and date matching the metadata. */
  quoteFidelity: { shown: number; verbatim: number; failures: string[] };
  /** Answers whose [n] markers and citations match one to one. */
  markers: { answers: number; consistent: number; failures: string[] };
  abstentionOnUnanswerable: number | null;
  falseAbstention: number | null;
  /** Gold quotes of answerable questions found inside a citation quote of a (non-abstaining) answer. */
  goldInCitations: { found: number; total: number };
}

function piecesIn(quote: string, corpus: string): boolean {
  return quote
    .split('…')
    .map(normalizeSpace)
    .every((piece) => piece !== '' && corpus.includes(piece));
}

export function summarizeAnswers(results: readonly AnsweredQuestion[], normalizedCorpus: string, metadata: ReadonlyMap<string, string | null>): AnswerSummary {
  const quoteFailures: string[] = [];
  const markerFailures: string[] = [];
  let shown = 0;
  let gold = 0;
  let goldFound = 0;
  for (const { question, answer } of results) {
    for (const c of answer.citations) {
      shown++;
      if (!piecesIn(c.quote, normalizedCorpus)) quoteFailures.push(`${question.id}: quote not verbatim: "${c.quote.slice(0, 80)}"`);
      else if (!metadata.has(c.title)) quoteFailures.push(`${question.id}: unknown title "${c.title}"`);
      else if (metadata.get(c.title) !== c.date) quoteFailures.push(`${question.id}: date ${c.date} does not match "${c.title}"`);
    }
    const used = new Set([...answer.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
    const cited = new Set(answer.citations.map((c) => c.n));
    if (used.size !== cited.size || [...used].some((n) => !cited.has(n))) markerFailures.push(`${question.id}: markers [${[...used]}] vs citations [${[...cited]}]`);
    if (question.kind === 'unanswerable') continue;
    for (const g of question.gold) {
      gold++;
      const wanted = normalizeSpace(g.quote);
      if (answer.mode !== 'abstain' && answer.citations.some((c) => normalizeSpace(c.quote).includes(wanted) || c.quote.split('…').some((p) => normalizeSpace(p).includes(wanted)))) goldFound++;
    }
  }
  const answerable = results.filter((r) => r.question.kind !== 'unanswerable');
  const unanswerable = results.filter((r) => r.question.kind === 'unanswerable');
  return {
    questions: results.length,
    quoteFidelity: { shown, verbatim: shown - quoteFailures.length, failures: quoteFailures },
    markers: { answers: results.length, consistent: results.length - markerFailures.length, failures: markerFailures },
    abstentionOnUnanswerable: share(unanswerable.filter((r) => r.answer.mode === 'abstain').length, unanswerable.length),
    falseAbstention: share(answerable.filter((r) => r.answer.mode === 'abstain').length, answerable.length),
    goldInCitations: { found: goldFound, total: gold },
  };
}
