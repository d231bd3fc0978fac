/**
 * `npm run eval -- --check`: runs the checker on the cases built from the dev set, calibrates the close-match
 * threshold on one half and reports on the other (both ways), and prints each group's rate against its target.
 */
import { primaryAuthor } from '../retrieval/authors.ts';
import { DEFAULT_CHECK, withinLimits, type Checker, type CheckOptions, type Finding } from '../check/check.ts';
import type { Corpus } from '../corpus/types.ts';
import { normalizeSpace } from '../retrieval/text.ts';
import { buildCheckCases, calibrateThreshold, caseSucceeds, falselyFlagged, TARGETS, type CaseGroup, type CaseResult, type CheckCase, type GoldSource } from './check-cases.ts';
import { sourcePages } from '../check/attribution.ts';
import type { EvalQuestion } from './dataset.ts';

/** A case is about its last quotation (a pair's second, dated from the first), not one quoted inside it. */
function toResult(c: CheckCase, findings: readonly Finding[]): CaseResult {
  const quotations = findings.filter((f) => f.kind === 'quotation');
  const q = quotations.filter((f) => !quotations.some((o) => o !== f && o.start <= f.start && f.end <= o.end)).at(-1);
  return {
    quotation: q
      ? {
          verdict: q.verdict,
          sourceText: q.match ? q.match.paragraph.paragraph.text : null,
          attributionOk: q.attribution ? q.attribution.ok : null,
          similarity: q.match ? q.match.similarity : null,
          withinLimits: q.match ? withinLimits(q.match, DEFAULT_CHECK) : null,
        }
      : null,
    sentencePassages: findings.filter((f) => f.kind === 'sentence').map((f) => f.passages.map((p) => p.paragraph.text)),
    quotationsNotFound: quotations.filter((f) => f.verdict === 'not_found').length,
    titlesMisworded: quotations.filter((f) => f.verdict === 'title').length,
  };
}

async function runCases(checker: Checker, cases: readonly CheckCase[], options: Partial<CheckOptions>): Promise<CaseResult[]> {
  const out: CaseResult[] = [];
  for (const c of cases) out.push(toResult(c, await checker.check(c.text, { ...DEFAULT_CHECK, ...options })));
  return out;
}

const pct = (a: number, b: number) => (b === 0 ? '   –' : `${((a / b) * 100).toFixed(0).padStart(3)}%`);

function report(label: string, cases: readonly CheckCase[], results: readonly CaseResult[], details: boolean): void {
  console.log(label);
  for (const group of Object.keys(TARGETS) as CaseGroup[]) {
    const idx = cases.map((c, i) => (c.group === group ? i : -1)).filter((i) => i >= 0);
    const ok = idx.filter((i) => caseSucceeds(cases[i]!, results[i]!)).length;
    const met = idx.length === 0 || ok / idx.length >= TARGETS[group] ? '' : '  (below target)';
    console.log(`  ${group.padEnd(15)} n=${String(idx.length).padStart(3)}  ${pct(ok, idx.length)}  target ${TARGETS[group] * 100}%${met}`);
    if (details) for (const i of idx.filter((i) => !caseSucceeds(cases[i]!, results[i]!))) console.log(`    MISS ${cases[i]!.id}: ${cases[i]!.text.slice(0, 140)} → ${JSON.stringify(results[i]!.quotation)}`);
  }
  const exact = cases.map((c, i) => (c.group === 'exact' ? i : -1)).filter((i) => i >= 0);
  console.log(`  correct years flagged as wrong: ${exact.filter((i) => falselyFlagged(cases[i]!, results[i]!)).length}/${exact.length}`);
}

export async function printCheckEval(deps: { corpus: Corpus; checker: Checker }, questions: readonly EvalQuestion[], details: boolean): Promise<void> {
  const { checker } = deps;
  const works = new Map(deps.corpus.works.map((w) => [w.id, w]));
  const sourceOf = (gold: { quote: string }): GoldSource => {
    const paragraph = deps.corpus.paragraphs.find((p) => normalizeSpace(p.text).includes(normalizeSpace(gold.quote)));
    const work = paragraph && works.get(paragraph.workId);
    // An interviewer's question is the interviewer's words, whoever the work is by.
    const author = paragraph?.speaker === 'interviewer' ? 'the interviewer' : work?.author || primaryAuthor(deps.corpus.works) || 'the author';
    return { author, title: work?.title ?? null, pages: work ? sourcePages(work, paragraph) : null };
  };
  const cases = buildCheckCases(questions, deps.corpus.works.flatMap((w) => (w.year === null ? [] : [w.year])), sourceOf);
  const calibration = cases.filter((c) => c.group === 'close' || c.group === 'abridged' || c.group === 'invented');
  // Threshold 0: every quotation gets its best alignment, whose similarity (and limits) calibration reads.
  const scored = await runCases(checker, calibration, { closeSimilarity: 0 });
  for (const [calibrate, test] of [['odd', 'even'], ['even', 'odd']] as const) {
    const on = calibration.map((c, i) => [c, scored[i]!] as const).filter(([c]) => c.half === calibrate);
    const { cut, low, high } = calibrateThreshold(on.map(([c]) => c), on.map(([, r]) => r));
    const held = cases.filter((c) => c.half === test);
    report(`\ncheck: threshold ${cut} (as good anywhere in (${low}, ${high}]) calibrated on ${calibrate} ids, reported on ${test} ids`, held, await runCases(checker, held, { closeSimilarity: cut }), details);
  }
  console.log(`\n(default threshold in server/check/check.ts: ${DEFAULT_CHECK.closeSimilarity})`);
}
