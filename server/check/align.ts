/**
 * Word-level alignment of a quotation against a paragraph (pure): a semi-global edit distance where the
 * quotation must be used whole but may start and end anywhere in the paragraph, a swap of two neighbouring
 * words costs one edit, so does a compound written open where the source joins it ("self reliance" for
 * "Self-reliance"), and the paragraph words skipped at an omission mark cost nothing. Gives the edits (the
 * quotation's own words changed, added or reordered, and the source words it leaves out), the places where it
 * differs, the aligned stretch of the paragraph and the word diff.
 */

export type DiffOp = { op: 'equal' | 'insert' | 'delete'; text: string };

export interface Alignment {
  /** The edits weighed, a source word left out by the `OmissionCosts` given: what the alignment minimises. */
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

type Step = 'match' | 'sub' | 'del' | 'ins' | 'skip' | 'swap' | 'join';

/** What a run of source words left out without a mark costs: its first word, and each further one. */
export interface OmissionCosts {
  first: number;
  further: number;
}

/**
 * A source word left out costs half a changed one: an unmarked omission keeps every quoted word the author's, and
 * at full cost the alignment would rather drop the quotation's last words than skip the source words before them.
 */
export const WORD_BY_WORD: OmissionCosts = { first: 0.5, further: 0.5 };

/**
 * A run left out as one edit, as sequence alignment weighs a gap (affine): a phrase of up to five words left out
 * costs less than one word changed. "We laid the foundations" against "We have only just laid the foundations" so
 * reads as three words left out, where word by word it reads "We" changed to "just" (1 against 1.5).
 */
export const AS_RUNS: OmissionCosts = { first: 0.5, further: 0.1 };

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
  omission: OmissionCosts = WORD_BY_WORD,
): Alignment {
  const n = quote.length;
  const m = source.length;
  const w = m + 1;
  // Two states per cell: the best alignment that ends on anything but an unmarked omission (`cost`, its `step`),
  // and the best that ends inside one (`omitting`; `opened`: whether that omission starts at this cell).
  const cost = new Float64Array((n + 1) * w);
  const step: (Step | null)[] = new Array((n + 1) * w).fill(null);
  const omitting = new Float64Array((n + 1) * w).fill(Infinity);
  const opened = new Uint8Array((n + 1) * w);
  const best = (k: number) => Math.min(cost[k]!, omitting[k]!);
  // How many quotation words a cell's join takes: a compound written open ("self" "reliance").
  const joinedWords = new Uint8Array((n + 1) * w);
  // The compounds the quotation's words ending at each position make, made once, not once per source word.
  const compounds = quote.map((_, i) => compoundsEndingAt(quote, i + 1));
  for (let i = 1; i <= n; i++) {
    cost[i * w] = i;
    step[i * w] = 'del';
  }
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const here = i * w + j;
      const same = quote[i - 1] === source[j - 1];
      let least = best((i - 1) * w + j - 1) + (same ? 0 : 1);
      let how: Step = same ? 'match' : 'sub';
      const del = best((i - 1) * w + j) + 1;
      if (del < least) [least, how] = [del, 'del'];
      if (gaps.has(i) && best(here - 1) < least) [least, how] = [best(here - 1), 'skip'];
      if (i > 1 && j > 1 && quote[i - 1] === source[j - 2] && quote[i - 2] === source[j - 1] && !same) {
        const swap = best((i - 2) * w + j - 2) + 1;
        if (swap < least) [least, how] = [swap, 'swap'];
      }
      if (!same) {
        const k = compounds[i - 1]!.get(source[j - 1]!) ?? 0;
        const join = k ? best((i - k) * w + j - 1) + 1 : Infinity;
        if (join < least) [least, how, joinedWords[here]] = [join, 'join', k];
      }
      cost[here] = least;
      step[here] = how;
      if (!gaps.has(i)) {
        const open = cost[here - 1]! + omission.first;
        const extend = omitting[here - 1]! + omission.further;
        omitting[here] = Math.min(open, extend);
        opened[here] = open <= extend ? 1 : 0;
      }
    }
  }
  /** The step that ends the best alignment at a cell: an omission's only when it is strictly cheaper. */
  const stepAt = (k: number): Step => (omitting[k]! < cost[k]! ? 'ins' : step[k]!);
  let end = 0;
  // Among equally good ends, one on a matching word, else on a changed one: "our [own] feet" reads better than
  // "our" and a dropped "feet", and "national independence" for "national independance" than a dropped word.
  const endRank = (j: number) => ({ match: 0, sub: 1, swap: 1, join: 1 })[stepAt(n * w + j) as string] ?? 2;
  const better = (j: number) => best(n * w + j) < best(n * w + end) || (best(n * w + j) === best(n * w + end) && endRank(j) < endRank(end));
  for (let j = 1; j <= m; j++) if (better(j)) end = j;

  const ops: DiffOp[] = [];
  let i = n;
  let j = end;
  let [wordsChanged, omitted, changes, inChange] = [0, 0, 0, false];
  // Inside an omission opened further left, the cells before its opening are read in that state too.
  let inOmission = false;
  while (i > 0) {
    const k = i * w + j;
    const how: Step = j === 0 ? 'del' : inOmission ? 'ins' : stepAt(k);
    inOmission = how === 'ins' && opened[k] === 0;
    if (how === 'ins') omitted++;
    else if (how === 'sub' || how === 'del' || how === 'swap' || how === 'join') wordsChanged++;
    const edit = how !== 'match' && how !== 'skip';
    if (edit && !inChange) changes++;
    inChange = edit;
    if (how === 'match') ops.push({ op: 'equal', text: sourceText[--j]! }), i--;
    else if (how === 'sub') ops.push({ op: 'insert', text: sourceText[--j]! }, { op: 'delete', text: quoteText[--i]! });
    else if (how === 'del') ops.push({ op: 'delete', text: quoteText[--i]! });
    else if (how === 'ins') ops.push({ op: 'insert', text: sourceText[--j]! });
    else if (how === 'skip') j--;
    else if (how === 'join') {
      ops.push({ op: 'insert', text: sourceText[--j]! });
      for (let taken = joinedWords[k]!; taken > 0; taken--) ops.push({ op: 'delete', text: quoteText[--i]! });
    }
    else {
      // A swap (pushed backwards): the source has the two words the other way round.
      ops.push({ op: 'delete', text: quoteText[i - 1]! }, { op: 'equal', text: sourceText[j - 1]! }, { op: 'insert', text: sourceText[j - 2]! });
      i -= 2;
      j -= 2;
    }
  }
  return { cost: best(n * w + end), wordsChanged, omitted, changes, from: j, to: end, diff: mergeOps(ops.reverse()) };
}

/** The most quotation words one compound written open may take ("let each machine tool make another"). */
const MOST_JOINED = 8;

/**
 * The words the quotation's last two or more words up to position `end` (1-based) make written together, each with how
 * many it takes: a compound written open, "self reliance" for "Self-reliance", "let each machine tool make another"
 * for "let-each-machine-tool-make-another".
 */
function compoundsEndingAt(quote: readonly string[], end: number): Map<string, number> {
  const made = new Map<string, number>();
  let joined = quote[end - 1]!;
  for (let k = 2; k <= Math.min(MOST_JOINED, end); k++) {
    joined = quote[end - k]! + joined;
    if (!made.has(joined)) made.set(joined, k);
  }
  return made;
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
