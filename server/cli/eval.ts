/**
 * `npm run eval [-- FILE] [--details] [--ablation] [--compact]`: retrieval metrics on an evaluation set (default
 * ../shared/eval/dev.jsonl). --details prints what was returned for each miss; --ablation compares configurations;
 * --compact compares float32 vectors with int8 compact vectors in the same run.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseConfig } from '../config.ts';
import { createDeps } from '../deps.ts';
import { openIndex } from '../index/build.ts';
import { compactRoundTrip } from '../index/compact.ts';
import { parseDataset, type EvalQuestion } from '../eval/dataset.ts';
import { ABLATIONS } from '../eval/ablations.ts';
import { firstHit, KS, summarize, summarizeAnswers, type AnsweredQuestion, type QuestionResult, type Summary } from '../eval/metrics.ts';
import { createRetriever, type Retriever } from '../retrieval/retriever.ts';
import { DEFAULT_RANKING, type RankingOptions } from '../retrieval/rank.ts';
import { normalizeSpace } from '../retrieval/text.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { details: { type: 'boolean', default: false }, ablation: { type: 'boolean', default: false }, compact: { type: 'boolean', default: false } },
});

const config = parseConfig(process.env);
const file = positionals[0] ?? path.resolve(config.rootDir, '..', 'shared', 'eval', 'dev.jsonl');
const questions = parseDataset(await readFile(file, 'utf8'), file);
const deps = await createDeps(config, { log: (m) => console.error(m) });
// Paragraph texts are verbatim spans of the source files (tests/unit/corpus-ingestion.test.ts checks that),
// with running headers and footers left out, so a quote crossing a page break still counts as verbatim.
const corpusText = deps.corpus.paragraphs.map((p) => normalizeSpace(p.text)).join('\n');
const metadata = new Map(deps.corpus.works.map((w) => [w.title, w.date]));

async function run(options: RankingOptions, retriever: Retriever): Promise<QuestionResult[]> {
  const results: QuestionResult[] = [];
  for (const question of questions) {
    const ranking = await retriever.search(question.question, {}, 10, options);
    results.push({
      question,
      abstain: ranking.abstain,
      passages: ranking.passages.map((p) => ({ text: p.paragraph.text, quote: p.quote, title: p.work.title, date: p.work.date, year: p.work.year })),
    });
  }
  return results;
}

const pct = (x: number | null) => (x === null ? '   –' : `${(x * 100).toFixed(0).padStart(3)}%`);

function printSummary(s: Summary): void {
  console.log(`questions: ${s.questions} (${s.answerable} answerable)  file: ${path.relative(process.cwd(), file)}`);
  console.log(`hit@1 ${pct(s.hitAt[1]!)}  hit@3 ${pct(s.hitAt[3]!)}  hit@5 ${pct(s.hitAt[5]!)}  hit@10 ${pct(s.hitAt[10]!)}`);
  for (const [kind, { n, hitAt }] of Object.entries(s.byKind)) {
    console.log(`  ${kind.padEnd(11)} n=${String(n).padStart(2)}  ${KS.map((k) => `hit@${k} ${pct(hitAt[k]!)}`).join('  ')}`);
  }
  console.log(`abstention on unanswerable: ${pct(s.abstentionOnUnanswerable)}   false abstention: ${pct(s.falseAbstention)}`);
  console.log(`quote overlaps gold (of hits in top 5): ${pct(s.quoteOverlap)}   compare: gold years in top 10: ${pct(s.compareYearCoverage)}`);
  console.log(`quote fidelity: ${s.quoteFidelity.verbatim}/${s.quoteFidelity.shown} verbatim`);
  for (const f of s.quoteFidelity.failures) console.log(`  FAIL ${f}`);
}

function printDetails(results: readonly QuestionResult[]): void {
  for (const r of results) {
    const q: EvalQuestion = r.question;
    const rank = firstHit(r);
    const wrongAbstain = r.abstain !== (q.kind === 'unanswerable');
    if (rank !== null && rank <= 5 && !wrongAbstain) continue;
    if (q.kind === 'unanswerable' && r.abstain) continue;
    console.log(`\n${q.id} [${q.kind}] ${q.question}`);
    console.log(`  ${q.kind === 'unanswerable' ? 'should abstain' : `gold rank: ${rank ?? 'not in top 10'}`}; abstained: ${r.abstain}`);
    for (const g of q.gold) console.log(`  gold (${g.date ?? 'undated'}): "${g.quote}"`);
    r.passages.slice(0, 5).forEach((p, i) => console.log(`  ${i + 1}. (${p.date ?? 'undated'}) ${p.title.slice(0, 50)} — "${p.quote.slice(0, 110)}"`));
  }
}

if (values.compact) {
  // The index is current (createDeps just opened it): this reopens it warm for its vectors.
  const { vectors } = await openIndex({ dir: config.INDEX_DIR, corpus: deps.corpus, embedder: deps.embedder, log: (m) => console.error(m) });
  const compact = createRetriever(deps.corpus, compactRoundTrip(vectors, deps.embedder.dimensions), deps.embedder);
  console.log('vectors'.padEnd(24) + ' hit@1  hit@3  hit@5 hit@10   abst false-abst');
  for (const [name, retriever] of [['float32', deps.retriever], ['int8 + scale per vector', compact]] as const) {
    const s = summarize(await run(DEFAULT_RANKING, retriever), corpusText, metadata);
    const pct1 = (x: number | null) => (x === null ? '    –' : `${(x * 100).toFixed(1).padStart(5)}%`);
    console.log(`${name.padEnd(24)}${KS.map((k) => pct1(s.hitAt[k]!)).join(' ')}  ${pct1(s.abstentionOnUnanswerable)} ${pct1(s.falseAbstention)}`);
  }
} else if (values.ablation) {
  console.log('configuration'.padEnd(34) + 'hit@1  hit@3  hit@5  para@5  cmp-yrs  abst  false-abst');
  for (const [name, options] of Object.entries(ABLATIONS)) {
    const s = summarize(await run(options, deps.retriever), corpusText, metadata);
    const para = s.byKind['paraphrase']?.hitAt[5] ?? null;
    console.log(
      `${name.padEnd(34)}${pct(s.hitAt[1]!)}   ${pct(s.hitAt[3]!)}   ${pct(s.hitAt[5]!)}   ${pct(para)}    ${pct(s.compareYearCoverage)}   ${pct(s.abstentionOnUnanswerable)}  ${pct(s.falseAbstention)}`,
    );
  }
} else {
  const results = await run(DEFAULT_RANKING, deps.retriever);
  printSummary(summarize(results, corpusText, metadata));
  if (values.details) printDetails(results);
  await printAnswerSummary();
}

/** Answer metrics: the full answer engine (`/api/answer`) on every question. */
async function printAnswerSummary(): Promise<void> {
  const answered: AnsweredQuestion[] = [];
  for (const question of questions) answered.push({ question, answer: await deps.answerer.answer({ question: question.question, filters: {}, mode: 'auto' }) });
  const a = summarizeAnswers(answered, corpusText, metadata);
  const gold = a.goldInCitations.total ? a.goldInCitations.found / a.goldInCitations.total : null;
  console.log(`\nanswers: quote fidelity ${a.quoteFidelity.verbatim}/${a.quoteFidelity.shown} verbatim (titles and dates checked)   [n] ↔ citations ${a.markers.consistent}/${a.markers.answers}`);
  console.log(`answers: abstention on unanswerable ${pct(a.abstentionOnUnanswerable)}   false abstention ${pct(a.falseAbstention)}   gold quotes in citations ${pct(gold)} (${a.goldInCitations.found}/${a.goldInCitations.total})`);
  for (const f of [...a.quoteFidelity.failures, ...a.markers.failures]) console.log(`  FAIL ${f}`);
}
