/**
 * Test cases and metrics for the quotation checker (pure), built from the dev set's gold quotes: exact copies,
 * copies with one word changed, dropped or swapped, copies with a phrase or two left out and no omission mark,
 * copies trimmed of a word or a few in three places, none marked,
 * copies edited as the citation styles allow (a word replaced by the writer's own in square brackets, the first
 * letter's case changed in them),
 * copies attributed to a wrong year, to their decade or another ("In the 1970s"), pairs of quotations the second
 * dated from the first ("two years later"), rightly or wrongly, copies cited with a page of their source or past it
 * ("(p. 20)", "(Kim 52)"), copies introduced by the title of their work or another's in quotation marks, or by their
 * work's title with a word changed, invented quotations
 * (halves of two gold quotes from different works spliced together), and sentences that paraphrase a gold
 * passage (the paraphrase questions, and gold quotes reworded with the synonyms their notes give).
 */
import { wordKey } from '../check/fold.ts';
import { NEGATOR, QUALIFIER } from '../check/match.ts';
import { normalizeSpace, NUMBER_WORDS } from '../retrieval/text.ts';
import type { EvalQuestion } from './dataset.ts';

export type CaseGroup = 'exact' | 'close' | 'abridged' | 'trimmed' | 'bracketed' | 'wrong_year' | 'decade' | 'wrong_decade' | 'relative_year' | 'relative_wrong' | 'page' | 'wrong_page' | 'titled' | 'wrong_title' | 'misworded_title' | 'invented' | 'paraphrase' | 'reworded';

export interface CheckCase {
  id: string;
  group: CaseGroup;
  /** Which half of the dev set the case comes from: odd or even question numbers. */
  half: 'odd' | 'even';
  /** The text given to the checker. */
  text: string;
  /** The gold quotes whose passage is the right source. */
  gold: string[];
}

/** What the checker returned for a case, reduced to what the metrics read. */
export interface CaseResult {
  quotation: { verdict: string; sourceText: string | null; attributionOk: boolean | null; similarity: number | null; withinLimits: boolean | null } | null;
  /** Paragraph texts of the passages given for the text's sentences, best first per sentence. */
  sentencePassages: string[][];
  /** How many of the text's quotations were found nowhere: a title in quotation marks is to be none of them. */
  quotationsNotFound: number;
  /** How many phrases in quotation marks the checker read as a work's title written otherwise. */
  titlesMisworded: number;
}

/** A small deterministic hash (FNV-1a), so the same dev set always yields the same cases. */
function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const halfOf = (id: string): 'odd' | 'even' => (Number(id.replace(/\D/g, '')) % 2 === 1 ? 'odd' : 'even');

/** Wraps a quotation in marks that do not occur inside it. */
function quoted(quote: string): string {
  return quote.includes('"') ? `“${quote}”` : `"${quote}"`;
}

const key = wordKey;

/** One word replaced by a word of another gold quote, one dropped, and two neighbours swapped: each a different edit. */
export function oneWordVariants(quote: string, seed: string, donor: string): { changed: string; dropped: string; swapped: string } {
  const words = quote.split(' ');
  const inner = words.map((w, i) => i).filter((i) => i > 0 && i < words.length - 1 && key(words[i]!).length >= 3);
  const pick = (salt: string) => inner[hash(seed + salt) % inner.length] ?? 1;
  const replacements = donor.split(' ').filter((w) => key(w).length >= 4 && !words.some((x) => key(x) === key(w)));
  const changed = [...words];
  const c = pick('change');
  changed[c] = replacements[hash(seed) % Math.max(1, replacements.length)]?.replace(/[^\p{L}\p{N}'’-]+/gu, '') ?? 'nevertheless';
  const dropped = words.filter((_, i) => i !== pick('drop'));
  const swapped = [...words];
  let s = pick('swap');
  if (s + 1 >= words.length || key(words[s]!) === key(words[s + 1]!)) s = Math.max(0, s - 1);
  [swapped[s], swapped[s + 1]] = [swapped[s + 1]!, swapped[s]!];
  return { changed: changed.join(' '), dropped: dropped.join(' '), swapped: swapped.join(' ') };
}

/**
 * A quote of twelve words or more with a run of two to four inner words left out, and a second run of two when it
 * has twenty or more: the omission a writer makes without marking it. Null for a shorter quote.
 */
export function abridged(quote: string, seed: string): string | null {
  const words = quote.split(' ');
  if (words.length < 12) return null;
  return withRunsLeftOut(words, words.length >= 20 ? [2 + (hash(seed) % 3), 2] : [2 + (hash(seed) % 3)], seed);
}

/**
 * A quote of fifteen words or more trimmed as a writer trims one to fit a sentence: three runs of one to three inner
 * words left out, none of them marked. Null for a shorter quote.
 */
export function trimmed(quote: string, seed: string): string | null {
  const words = quote.split(' ');
  if (words.length < 15) return null;
  return withRunsLeftOut(words, [0, 1, 2].map((k) => 1 + (hash(`${seed}-trim${k}`) % 3)), `${seed}-trim`);
}

/** The words with runs of the given lengths left out, each starting inside its own share of them, away from both ends and from the other runs. */
function withRunsLeftOut(words: readonly string[], runs: readonly number[], seed: string): string {
  const share = Math.floor((words.length - 2) / runs.length);
  const dropped = new Set<number>();
  runs.forEach((length, k) => {
    const room = Math.max(1, share - length);
    const start = 1 + k * share + (hash(`${seed}${k}`) % room);
    for (let i = start; i < start + length && i < words.length - 1; i++) dropped.add(i);
  });
  return words.filter((_, i) => !dropped.has(i)).join(' ');
}

/**
 * A quote of six words or more edited as the citation styles allow: its first letter's case changed, in brackets
 * ("[t]he"), and an inner word replaced by a word of the writer's own in brackets ("[korea]" for "it", in lower case: a name
 * put for a name says another thing); neither replacing a word that negates or qualifies ("not", "mainly") nor put
 * in by one ("[cannot]", "[entirely]"), which turns the quote round or says more, as the styles do not allow. Null for
 * a shorter quote.
 */
export function bracketed(quote: string, seed: string, donor: string): string | null {
  const words = quote.split(' ');
  if (words.length < 6 || !/^\p{L}/u.test(quote)) return null;
  const first = quote[0]!;
  const flipped = first === first.toLowerCase() ? first.toUpperCase() : first.toLowerCase();
  const drawn = 2 + (hash(seed) % (words.length - 3));
  const saysHowFar = (w: string) => NEGATOR.test(w) || QUALIFIER.test(w);
  const inner = saysHowFar(words[drawn]!) ? (drawn + 1 < words.length - 1 ? drawn + 1 : drawn - 1) : drawn;
  const own = donor.split(' ').find((w) => key(w).length >= 4 && !saysHowFar(w))?.replace(/[^\p{L}\p{N}'’-]+/gu, '').toLowerCase() ?? 'this';
  const edited = words.map((w, i) => (i === inner ? `[${own}]` : i === 0 ? `[${flipped}]${w.slice(1)}` : w));
  return edited.join(' ');
}

/** Rewrites a gold quote with the notes' "'new words' for 'corpus words'" pairs; null when none applies. */
export function reworded(quote: string, notes: string | undefined): string | null {
  let out = quote;
  for (const m of (notes ?? '').matchAll(/'([^']+)' for '([^']+)'/g)) {
    const [, paraphrase, original] = m;
    if (!original!.includes('...') && out.includes(original!)) out = out.replace(original!, paraphrase!);
  }
  return out === quote ? null : out;
}

/** A time from the one stated before, as a writer puts it: "The same year,", "A year later,", "Twelve years earlier,". */
export function yearsFrom(years: number): string {
  if (years === 0) return 'The same year,';
  const n = Math.abs(years);
  const word = NUMBER_WORDS[n - 1];
  const count = n === 1 ? 'A year' : `${word ? word[0]!.toUpperCase() + word.slice(1) : n} years`;
  return `${count} ${years > 0 ? 'later' : 'earlier'},`;
}

/**
 * What the corpus says of a gold quote's source: who said it, its work's title, and the pages it gives the quote (null
 * when none; `last` null when only the first is known).
 */
export interface GoldSource {
  author: string;
  title: string | null;
  pages: { first: number; last: number | null } | null;
}

/**
 * The cases, each quotation attributed to whoever said it: the author of its work, or the interviewer whose question
 * it is (a quotation of the scholarly article, or an interviewer's question, said to be Kim Il Sung's would rightly be
 * flagged).
 */
export function buildCheckCases(questions: readonly EvalQuestion[], corpusYears: readonly number[], sourceOf: (gold: EvalQuestion['gold'][number]) => GoldSource): CheckCase[] {
  const authorOf = (gold: EvalQuestion['gold'][number]) => sourceOf(gold).author;
  const cases: CheckCase[] = [];
  const golds = questions.flatMap((q) => q.gold.map((g, n) => ({ q, g, n })));
  golds.forEach(({ q, g, n }, i) => {
    const id = `${q.id}.${n + 1}`;
    const half = halfOf(q.id);
    const year = g.date ? Number(g.date.slice(0, 4)) : null;
    const when = year ? `In ${year}, ` : '';
    const quote = normalizeSpace(g.quote);
    const add = (group: CaseGroup, text: string, gold = [g.quote]) => cases.push({ id: `${id}-${group}`, group, half, text, gold });
    const author = authorOf(g);
    add('exact', `${when}${author} wrote: ${quoted(quote)}.`);
    const donor = golds[(i + 7) % golds.length]!.g.quote;
    const variants = oneWordVariants(quote, id, donor);
    cases.push(
      { id: `${id}-changed`, group: 'close', half, text: `He wrote: ${quoted(variants.changed)}.`, gold: [g.quote] },
      { id: `${id}-dropped`, group: 'close', half, text: `He wrote: ${quoted(variants.dropped)}.`, gold: [g.quote] },
      { id: `${id}-swapped`, group: 'close', half, text: `He wrote: ${quoted(variants.swapped)}.`, gold: [g.quote] },
    );
    const shortened = abridged(quote, id);
    if (shortened) add('abridged', `He wrote: ${quoted(shortened)}.`);
    const cut = trimmed(quote, id);
    if (cut) add('trimmed', `He wrote: ${quoted(cut)}.`);
    const edited = bracketed(quote, id, donor);
    if (edited) add('bracketed', `He wrote: ${quoted(edited)}.`);
    if (year) {
      const others = corpusYears.filter((y) => Math.abs(y - year) >= 2);
      add('wrong_year', `In ${others[hash(id) % others.length]}, ${author} said: ${quoted(quote)}.`);
      const decade = year - (year % 10);
      const otherDecades = [...new Set(corpusYears.map((y) => y - (y % 10)))].filter((d) => d !== decade);
      add('decade', `In the ${decade}s, ${author} said: ${quoted(quote)}.`);
      if (otherDecades.length) add('wrong_decade', `In the ${otherDecades[hash(id) % otherDecades.length]}s, ${author} said: ${quoted(quote)}.`);
      // Dated from the quotation before it: a dated gold quote of another work, in this half.
      const before = golds.slice(i + 1).concat(golds.slice(0, i)).find((x) => x.g.work !== g.work && x.g.date && halfOf(x.q.id) === half);
      if (before) {
        const from = Number(before.g.date!.slice(0, 4));
        const first = `In ${from}, ${authorOf(before.g)} said: ${quoted(normalizeSpace(before.g.quote))}.`;
        const wrong = year - from + (hash(id) % 2 ? 2 : -2);
        add('relative_year', `${first} ${yearsFrom(year - from)} ${author} said: ${quoted(quote)}.`);
        add('relative_wrong', `${first} ${yearsFrom(wrong)} ${author} said: ${quoted(quote)}.`);
      }
    }
    const pages = sourceOf(g).pages;
    if (pages) {
      // Cited as the styles do, "(p. 20)" or "(Kim 20)": a page the source gives the quote, or one past its last (one
      // before its first when only that is known).
      const cite = (page: number) => (hash(id) % 2 ? `(p. ${page})` : `(${author.split(' ')[0]} ${page})`);
      const last = pages.last ?? pages.first;
      add('page', `${author} wrote: ${quoted(quote)} ${cite(pages.first + (hash(id) % (last - pages.first + 1)))}.`);
      const wrongPage = pages.last !== null ? pages.last + 1 + (hash(id) % 20) : pages.first > 1 ? pages.first - 1 - (hash(id) % Math.min(20, pages.first - 1)) : 0;
      if (wrongPage > 0) add('wrong_page', `${author} wrote: ${quoted(quote)} ${cite(wrongPage)}.`);
    }
    // Invented: this quote's first half joined to the second half of a gold quote from another work.
    const other = golds.slice(i + 1).concat(golds.slice(0, i)).find((x) => x.g.work !== g.work);
    // Introduced by a title in quotation marks, as essays cite a speech or an article: its own work's, or another's.
    const { title } = sourceOf(g);
    const otherTitle = other && sourceOf(other.g).title;
    if (title) add('titled', `In ${quoted(title)}, ${author} wrote: ${quoted(quote)}.`);
    if (otherTitle && otherTitle !== title) add('wrong_title', `In ${quoted(otherTitle)}, ${author} wrote: ${quoted(quote)}.`);
    // Its own work's title misremembered: a word of it replaced by a word of another gold quote.
    if (title && title.split(' ').length >= 4) add('misworded_title', `In ${quoted(oneWordVariants(title, `${id}-title`, donor).changed)}, ${author} wrote: ${quoted(quote)}.`);
    if (other) {
      const a = quote.split(' ');
      const b = normalizeSpace(other.g.quote).split(' ');
      const spliced = [...a.slice(0, Math.ceil(a.length / 2)), ...b.slice(Math.floor(b.length / 2))].join(' ');
      add('invented', `${author} once said: ${quoted(spliced.replace(/["“”]/g, ''))}.`, []);
    }
    const rewritten = reworded(quote, q.notes);
    if (rewritten) add('reworded', `${rewritten.replace(/[.;,]?$/, '.')}`);
  });
  for (const q of questions.filter((x) => x.kind === 'paraphrase')) {
    cases.push({ id: `${q.id}-paraphrase`, group: 'paraphrase', half: halfOf(q.id), text: q.question, gold: q.gold.map((g) => g.quote) });
  }
  return cases;
}

/** Word keys joined by spaces: a gold quote still "holds" where the file's line breaks moved a comma. */
const keys = (text: string) => ` ${text.split(/[\s—–…]+/).map(key).filter(Boolean).join(' ')} `;
const holdsGold = (text: string, gold: readonly string[]) => gold.some((g) => keys(text).includes(keys(g)));

/** Whether the checker did what the case asks of it. */
export function caseSucceeds(c: CheckCase, r: CaseResult): boolean {
  const q = r.quotation;
  switch (c.group) {
    case 'exact':
    case 'bracketed':
      return q?.verdict === 'exact' && q.sourceText !== null && holdsGold(q.sourceText, c.gold);
    case 'close':
    case 'abridged':
    case 'trimmed':
      return q?.verdict === 'close' && q.sourceText !== null && holdsGold(q.sourceText, c.gold);
    case 'wrong_year':
    case 'wrong_decade':
    case 'relative_wrong':
    case 'wrong_page':
    case 'wrong_title':
      return q?.attributionOk === false;
    case 'decade':
    case 'relative_year':
    case 'page':
      return q?.attributionOk === true;
    case 'titled':
      return q?.verdict === 'exact' && q.attributionOk === true && r.quotationsNotFound === 0;
    case 'misworded_title':
      return q?.verdict === 'exact' && q.attributionOk === true && r.quotationsNotFound === 0 && r.titlesMisworded === 1;
    case 'invented':
      return q?.verdict === 'not_found';
    case 'paraphrase':
    case 'reworded':
      return r.sentencePassages.some((ps) => ps.slice(0, 3).some((t) => holdsGold(t, c.gold)));
  }
}

/** Exact copies whose (correct) year the checker flagged anyway. */
export function falselyFlagged(c: CheckCase, r: CaseResult): boolean {
  return c.group === 'exact' && r.quotation?.attributionOk === false;
}

export const TARGETS: Record<CaseGroup, number> = { exact: 1, close: 0.9, abridged: 0.9, trimmed: 0.9, bracketed: 1, wrong_year: 0.9, decade: 1, wrong_decade: 0.9, relative_year: 1, relative_wrong: 0.9, page: 1, wrong_page: 0.9, titled: 1, wrong_title: 0.9, misworded_title: 0.9, invented: 0.9, paraphrase: 0.8, reworded: 0.8 };

/**
 * The close-match threshold that best separates, on one half, misquotations (one-word variants and unmarked
 * omissions: the similarity of their right-source match) from invented quotations, alignments past the checker's
 * other limits (words changed, places, words left out) counting as no match.
 */
export function calibrateThreshold(cases: readonly CheckCase[], results: readonly CaseResult[]): { cut: number; low: number; high: number } {
  const pos: number[] = [];
  const neg: number[] = [];
  // An alignment past the other limits is never close, whatever its similarity.
  const score = (q: CaseResult['quotation']) => (q?.withinLimits ? (q.similarity ?? 0) : 0);
  cases.forEach((c, i) => {
    const q = results[i]!.quotation;
    if (c.group === 'close' || c.group === 'abridged') pos.push(q?.sourceText && holdsGold(q.sourceText, c.gold) ? score(q) : 0);
    if (c.group === 'invented') neg.push(score(q));
  });
  const values = [...new Set([...pos, ...neg])].sort((a, b) => a - b);
  const cuts = values.map((v, k) => (k === 0 ? v : (values[k - 1]! + v) / 2));
  const errors = cuts.map((cut) => pos.filter((s) => s < cut).length + neg.filter((s) => s >= cut).length);
  const fewest = Math.min(...errors);
  // The middle of the range of cuts with the fewest errors: the widest margin on both sides.
  const best = cuts.filter((_, k) => errors[k] === fewest);
  const round = (x: number) => Math.round(x * 100) / 100;
  // Any cut in (low, high] does as well: low is the highest score below the range, high the lowest at or above it.
  const low = Math.max(0, ...values.filter((v) => v < best[0]!));
  const high = Math.min(1, ...values.filter((v) => v >= best.at(-1)!));
  return { cut: round((best[0]! + best.at(-1)!) / 2), low: round(low), high: round(high) };
}
