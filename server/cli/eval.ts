/**
 * `npm run eval [-- FILE] [--details] [--ablation] [--tune] [--check] [--compact]`: retrieval and answer metrics on an
 * evaluation set (default ../shared/eval/dev.jsonl), on its odd and even halves, each as asked, typed plainly, with a
 * typo and cut to one or two keywords (eval/halves.ts).
 * --details prints each miss; --ablation compares ranking configurations; --tune fits the ranking on one half
 * and reports it on the other; --check measures the quotation checker instead; --compact compares float32 vectors
 * with the compact vectors served, and with sign-bit first passes of several sizes, in the same run.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseConfig } from '../config.ts';
import { createAnswerer } from '../answer/answerer.ts';
import { createDeps } from '../deps.ts';
import { storedVectors } from '../index/build.ts';
import { floatServing } from '../index/serving.ts';
import { embeddingUnits } from '../index/units.ts';
import { ABLATIONS } from '../eval/ablations.ts';
import { parseDataset, type EvalQuestion } from '../eval/dataset.ts';
import { asKeywords, halfOf, split, typedPlainly, typedWithTypo, type Half } from '../eval/halves.ts';
import { firstHit, KS, summarize, summarizeAnswers, type AnsweredQuestion, type QuestionResult, type Summary } from '../eval/metrics.ts';
import { fitAbstention, fitCompareFloor, fitWeights, type EvidenceCase } from '../eval/tune.ts';
import { printCheckEval } from '../eval/check-run.ts';
import { DEFAULT_RANKING, type RankingOptions } from '../retrieval/options.ts';
import { idf } from '../retrieval/lexical.ts';
import { parseQuery } from '../retrieval/query.ts';
import { createRetriever, type Retriever } from '../retrieval/retriever.ts';
import { normalizeSpace } from '../retrieval/text.ts';
import { argsOf } from './run.ts';

const { values, positionals } = argsOf('npm run eval [-- FILE] [--details] [--ablation] [--tune] [--check] [--compact]', {
  allowPositionals: true,
  options: {
    details: { type: 'boolean', default: false },
    ablation: { type: 'boolean', default: false },
    tune: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    compact: { type: 'boolean', default: false },
  },
});

const config = parseConfig(process.env);
const file = positionals[0] ?? path.resolve(config.rootDir, '..', 'shared', 'eval', 'dev.jsonl');
const questions = parseDataset(await readFile(file, 'utf8'), file);
const halves = split(questions);
const deps = await createDeps(config, { log: (m) => console.error(m) });
// Paragraph texts are verbatim spans of the source files (tests/unit/corpus-ingestion.test.ts checks that),
// with running headers and footers left out, so a quote crossing a page break still counts as verbatim.
const corpusText = deps.corpus.paragraphs.map((p) => normalizeSpace(p.text)).join('\n');
const metadata = new Map(deps.corpus.works.map((w) => [w.title, w.date]));

const { paragraphLexical, metadataWords } = deps.retriever.corpus;
// A word the corpus lacks has no postings, so no IDF: rarity 0.
const rarity = (term: string) => (paragraphLexical.postings.has(term) ? idf(paragraphLexical, term) : 0);
const keywords = (count: number) => (q: string) => asKeywords(parseQuery(q, metadataWords), count, rarity);
const PHRASINGS = {
  'as asked': (q: string) => q,
  plainly: typedPlainly,
  'with a typo': typedWithTypo,
  'one keyword': keywords(1),
  'two keywords': keywords(2),
} as const;
type Phrasing = keyof typeof PHRASINGS;
const phrased = (q: EvalQuestion, phrasing: Phrasing) => PHRASINGS[phrasing](q.question);

async function run(set: readonly EvalQuestion[], options: RankingOptions, phrasing: Phrasing = 'as asked', retriever: Retriever = deps.retriever): Promise<QuestionResult[]> {
  const results: QuestionResult[] = [];
  for (const question of set) {
    const ranking = await retriever.search(phrased(question, phrasing), {}, 10, options);
    results.push({
      question,
      abstain: ranking.abstain,
      passages: ranking.passages.map((p) => ({ text: p.paragraph.text, quote: p.quote, title: p.work.title, date: p.work.date, year: p.work.year })),
    });
  }
  return results;
}

const summary = async (set: readonly EvalQuestion[], options: RankingOptions, phrasing: Phrasing = 'as asked', retriever: Retriever = deps.retriever) =>
  summarize(await run(set, options, phrasing, retriever), corpusText, metadata);

const pct = (x: number | null | undefined) => (x === null || x === undefined ? '   –' : `${(x * 100).toFixed(0).padStart(3)}%`);
const HEADER = 'hit@1  hit@3  hit@5  hit@10  para@5  cmp-yrs  abstain  false-abst';
function row(s: Summary): string {
  const abstained = `${Math.round((s.abstentionOnUnanswerable ?? 0) * (s.questions - s.answerable))}/${s.questions - s.answerable}`;
  return [
    pct(s.hitAt[1]),
    pct(s.hitAt[3]),
    pct(s.hitAt[5]),
    pct(s.hitAt[10]) + ' ',
    pct(s.byKind['paraphrase']?.hitAt[5]) + ' ',
    pct(s.compareYearCoverage) + '  ',
    abstained.padStart(5) + '  ',
    pct(s.falseAbstention),
  ].join('   ');
}

function printDetails(results: readonly QuestionResult[]): void {
  for (const r of results) {
    const q = r.question;
    const rank = firstHit(r);
    if (q.kind === 'unanswerable' ? r.abstain : rank !== null && rank <= 5 && !r.abstain) continue;
    console.log(`\n${q.id} [${q.kind}] ${q.question}`);
    console.log(`  ${q.kind === 'unanswerable' ? 'should abstain' : `gold rank: ${rank ?? 'not in top 10'}`}; abstained: ${r.abstain}`);
    for (const g of q.gold) console.log(`  gold (${g.date ?? 'undated'}): "${g.quote}"`);
    r.passages.slice(0, 5).forEach((p, i) => console.log(`  ${i + 1}. (${p.date ?? 'undated'}) ${p.title.slice(0, 50)} — "${p.quote.slice(0, 110)}"`));
  }
}

/** The best passage's evidence per question, for fitting the abstention thresholds. */
async function evidenceCases(set: readonly EvalQuestion[], options: RankingOptions): Promise<EvidenceCase[]> {
  const cases: EvidenceCase[] = [];
  for (const q of set) {
    const ranking = await deps.retriever.search(q.question, {}, 1, options);
    const byScope = ranking.abstainReason !== null && ranking.abstainReason !== 'off-topic';
    cases.push({ answerable: q.kind !== 'unanswerable', evidence: byScope ? null : (ranking.passages[0]?.evidence ?? null) });
  }
  return cases;
}

if (values.compact) {
  // The index is current (createDeps just opened it): the float vectors come from its store of record.
  const d = deps.embedder.dimensions;
  const vectors = await storedVectors(config.INDEX_DIR, d);
  const float = createRetriever(deps.corpus, floatServing(deps.corpus, embeddingUnits(deps.corpus), (id) => vectors.get(id)!, d), deps.embedder);
  const windows = deps.retriever.corpus.windows.matrix.rows;
  const pct1 = (x: number | null | undefined) => (x === null || x === undefined ? '    –' : `${(x * 100).toFixed(1).padStart(5)}%`);
  console.log(`${'vectors (all questions)'.padEnd(44)} hit@1  hit@3  hit@5 hit@10  abstain false-abst`);
  const variants: [string, Retriever, RankingOptions][] = [
    ['float32, every window scored', float, DEFAULT_RANKING],
    ['served: windows in two int8 stages, pieces in one', deps.retriever, DEFAULT_RANKING],
    ...[0.5, 0.25, 0.1].map((share): [string, Retriever, RankingOptions] => [
      `served, sign bits keep ${share * 100}% of windows`,
      deps.retriever,
      { ...DEFAULT_RANKING, denseCandidates: Math.round(windows * share) },
    ]),
  ];
  for (const [name, retriever, options] of variants) {
    const s = await summary(questions, options, 'as asked', retriever);
    console.log(`${name.padEnd(44)}${KS.map((k) => pct1(s.hitAt[k])).join(' ')}   ${pct1(s.abstentionOnUnanswerable)}   ${pct1(s.falseAbstention)}`);
  }
} else if (values.check) {
  await printCheckEval(deps, questions, values.details);
} else if (values.tune) {
  for (const [fit, report] of [['odd', 'even'], ['even', 'odd']] as [Half, Half][]) {
    const evaluate = (options: RankingOptions) => summary(halves[fit], options);
    const weighted = await fitCompareFloor(await fitWeights(DEFAULT_RANKING, evaluate), evaluate);
    const fitted = { ...weighted, abstain: fitAbstention(weighted.abstain, await evidenceCases(halves[fit], weighted)) };
    console.log(`\nfitted on ${fit}: ${JSON.stringify(fitted.weights)} compareFloor ${fitted.compareFloor} ${JSON.stringify(fitted.abstain)}`);
    console.log(`${''.padEnd(24)}${HEADER}`);
    console.log(`${`${fit} (fitted)`.padEnd(24)}${row(await summary(halves[fit], fitted))}`);
    console.log(`${`${report} (held out)`.padEnd(24)}${row(await summary(halves[report], fitted))}`);
    console.log(`${`${report} (default)`.padEnd(24)}${row(await summary(halves[report], DEFAULT_RANKING))}`);
  }
} else if (values.ablation) {
  console.log(`${'configuration'.padEnd(40)}${'half'.padEnd(20)}${HEADER}`);
  for (const [name, options] of Object.entries(ABLATIONS)) {
    for (const half of ['odd', 'even'] as const) {
      for (const phrasing of Object.keys(PHRASINGS) as Phrasing[]) {
        console.log(`${name.padEnd(40)}${`${half}, ${phrasing}`.padEnd(20)}${row(await summary(halves[half], options, phrasing))}`);
      }
    }
  }
} else {
  console.log(`questions: ${questions.length} (odd ${halves.odd.length}, even ${halves.even.length})  file: ${path.relative(process.cwd(), file)}`);
  console.log(`${''.padEnd(20)}${HEADER}`);
  let careful: Summary | undefined;
  for (const set of ['odd', 'even', 'all'] as const) {
    for (const phrasing of Object.keys(PHRASINGS) as Phrasing[]) {
      const s = await summary(set === 'all' ? questions : halves[set], DEFAULT_RANKING, phrasing);
      if (set === 'all' && phrasing === 'as asked') careful = s;
      console.log(`${`${set}, ${phrasing}`.padEnd(20)}${row(s)}`);
    }
  }
  for (const [kind, { n, hitAt }] of Object.entries(careful!.byKind)) {
    console.log(`  ${kind.padEnd(11)} n=${String(n).padStart(2)}  ${KS.map((k) => `hit@${k} ${pct(hitAt[k])}`).join('  ')}`);
  }
  console.log(`quote overlaps gold (of hits in top 5): ${pct(careful!.quoteOverlap)}`);
  console.log(`quote fidelity: ${careful!.quoteFidelity.verbatim}/${careful!.quoteFidelity.shown} verbatim`);
  for (const f of careful!.quoteFidelity.failures) console.log(`  FAIL ${f}`);
  if (values.details) printDetails(await run(questions, DEFAULT_RANKING));
  await printAnswerSummary();
}

/**
 * Answer metrics: the answer engine (`/api/answer`, extractive) on every question, per half; quotes counted before
 * anything could drop them (the verbatim check reports each one it leaves out).
 */
async function printAnswerSummary(): Promise<void> {
  const answered: AnsweredQuestion[] = [];
  const paragraphs = new Map(deps.corpus.paragraphs.map((p) => [p.id, p.text]));
  for (const question of questions) {
    const invalid: AnsweredQuestion['invalid'][number][] = [];
    const answerer = createAnswerer({ retriever: deps.retriever, corpus: deps.corpus, onInvalidQuote: (q) => invalid.push(q) });
    answered.push({ question, answer: await answerer.answer({ question: question.question, filters: {}, mode: 'auto' }), invalid });
  }
  const ratio = (x: { found: number; total: number }) => `${pct(x.total ? x.found / x.total : null)} ${`(${x.found}/${x.total})`.padEnd(8)}`;
  console.log(`\nanswers${''.padEnd(6)}gold cited      words  cmp years  cmp quotes      fidelity   empty …  [n]↔cite  abstain  false-abst`);
  let all: ReturnType<typeof summarizeAnswers> | undefined;
  for (const set of ['odd', 'even', 'all'] as const) {
    const a = summarizeAnswers(set === 'all' ? answered : answered.filter((r) => halfOf(r.question) === set), paragraphs, metadata);
    if (set === 'all') all = a;
    const fidelity = `${a.quoteFidelity.verbatim}/${a.quoteFidelity.quotes}`;
    const markers = `${a.markers.consistent}/${a.markers.answers}`;
    console.log(
      `${set.padEnd(13)}${ratio(a.goldCited)}  ${(a.quoteWords?.toFixed(1) ?? '–').padStart(5)}  ${pct(a.compare.goldYears)}       ${ratio(a.compare.goldQuotes)}  ${fidelity.padStart(8)}   ${String(a.quoteFidelity.emptyOmissions).padStart(5)}  ${markers.padStart(8)}  ${pct(a.abstentionOnUnanswerable)}     ${pct(a.falseAbstention)}`,
    );
  }
  for (const f of [...all!.quoteFidelity.failures, ...all!.markers.failures]) console.log(`  FAIL ${f}`);
}
