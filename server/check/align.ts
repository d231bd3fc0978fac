/**
 * Word-level alignment of a quotation against a paragraph (pure): a semi-global edit distance where the
 * quotation must be used whole but may start and end anywhere in the paragraph, a swap of two neighbouring
 * words costs one edit, and the paragraph words skipped at an omission mark cost nothing. Gives the edits (the
 * quotation's own words changed, added or reordered, and the source words it leaves out), the places where it
 * differs, the aligned stretch of the paragraph and the word diff.
 */

export type DiffOp = { op: 'equal' | 'insert' | 'delete'; text: string };

export interface Alignment {
  /** The edits weighed, a source word left out at half a changed one: what the alignment minimises. */
  cost: number;
  /** Of those, the quotation's words that are not the source's in order: changed, added, or a swapped pair (once). */
  wordsChanged: number;
  /** Of those, the source's words the quotation leaves out where it has no omission mark. */
  omitted: number;
  /** Places where the quotation differs: runs of consecutive edits ("politically independent" left out is one). */
  changes: number;
  /** Index of the first and one past the last aligned paragraph word. */
  from: number;
  to: number;
  /** From the quotation to the source: `delete` = the quotation's word, `insert` = the source's word. */
  diff: DiffOp[];
}

type Step = 'match' | 'sub' | 'del' | 'ins' | 'skip' | 'swap';

/**
 * A source word left out costs half a changed one: an unmarked omission keeps every quoted word the author's, and
 * at full cost the alignment would rather drop the quotation's last words than skip the source words before them.
 */
const OMITTED_WORD_COST = 0.5;

/**
 * `quote` and `source` are word keys; `quoteText`/`sourceText` the words as written (for the diff);
 * `gaps` holds quotation positions (1..n-1) after which an omission mark stands.
 */
export function align(
  quote: readonly string[],
  source: readonly string[],
  quoteText: readonly string[],
  sourceText: readonly string[],
  gaps: ReadonlySet<number> = new Set(),
): Alignment {
  const n = quote.length;
  const m = source.length;
  const w = m + 1;
  const cost = new Float64Array((n + 1) * w);
  const step: (Step | null)[] = new Array((n + 1) * w).fill(null);
  for (let i = 1; i <= n; i++) {
    cost[i * w] = i;
    step[i * w] = 'del';
  }
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const same = quote[i - 1] === source[j - 1];
      let best = cost[(i - 1) * w + j - 1]! + (same ? 0 : 1);
      let how: Step = same ? 'match' : 'sub';
      const del = cost[(i - 1) * w + j]! + 1;
      if (del < best) [best, how] = [del, 'del'];
      const ins = cost[i * w + j - 1]! + (gaps.has(i) ? 0 : OMITTED_WORD_COST);
      if (ins < best) [best, how] = [ins, gaps.has(i) ? 'skip' : 'ins'];
      if (i > 1 && j > 1 && quote[i - 1] === source[j - 2] && quote[i - 2] === source[j - 1] && !same) {
        const swap = cost[(i - 2) * w + j - 2]! + 1;
        if (swap < best) [best, how] = [swap, 'swap'];
      }
      cost[i * w + j] = best;
      step[i * w + j] = how;
    }
  }
  let end = 0;
  // Among equally good ends, one on a matching word, else on a changed one: "our [own] feet" reads better than
  // "our" and a dropped "feet", and "national independence" for "national independance" than a dropped word.
  const endRank = (j: number) => ({ match: 0, sub: 1, swap: 1 })[step[n * w + j] as string] ?? 2;
  const better = (j: number) => cost[n * w + j]! < cost[n * w + end]! || (cost[n * w + j] === cost[n * w + end] && endRank(j) < endRank(end));
  for (let j = 1; j <= m; j++) if (better(j)) end = j;

  const ops: DiffOp[] = [];
  let i = n;
  let j = end;
  let [wordsChanged, omitted, changes, inChange] = [0, 0, 0, false];
  while (i > 0) {
    const how = j === 0 ? 'del' : step[i * w + j]!;
    if (how === 'ins') omitted++;
    else if (how === 'sub' || how === 'del' || how === 'swap') wordsChanged++;
    const edit = how !== 'match' && how !== 'skip';
    if (edit && !inChange) changes++;
    inChange = edit;
    if (how === 'match') ops.push({ op: 'equal', text: sourceText[--j]! }), i--;
    else if (how === 'sub') ops.push({ op: 'insert', text: sourceText[--j]! }, { op: 'delete', text: quoteText[--i]! });
    else if (how === 'del') ops.push({ op: 'delete', text: quoteText[--i]! });
    else if (how === 'ins') ops.push({ op: 'insert', text: sourceText[--j]! });
    else if (how === 'skip') j--;
    else {
      // A swap (pushed backwards): the source has the two words the other way round.
      ops.push({ op: 'delete', text: quoteText[i - 1]! }, { op: 'equal', text: sourceText[j - 1]! }, { op: 'insert', text: sourceText[j - 2]! });
      i -= 2;
      j -= 2;
    }
  }
  return { cost: cost[n * w + end]!, wordsChanged, omitted, changes, from: j, to: end, diff: mergeOps(ops.reverse()) };
}

/** Joins neighbouring operations of the same kind into one, words separated by a space. */
function mergeOps(ops: readonly DiffOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  for (const o of ops) {
    const last = out.at(-1);
    if (last && last.op === o.op) last.text += ` ${o.text}`;
    else out.push({ ...o });
  }
  return out;
}
