/**
 * The check page's pure helpers: how each claim is marked (exact, close, misdated, misattributed, misworded title, a title's words, not found, sources), the
 * input cut into plain and marked stretches, the corrected quotation with its citation for copying.
 */
import type { CheckAttribution, CheckClaim, CheckSource, WorkSummary } from '../../../../server/contract.ts';
import { inWords } from '../../../../server/answer/format.ts';
import { chicago, citeSource, toPlain } from '../citations/formats.ts';
import { quotedText } from '../citations/quoted.ts';

export type Mark = 'exact' | 'close' | 'unmarked' | 'misdated' | 'misattributed' | 'interviewer' | 'title' | 'title_words' | 'not_found' | 'sources';

/**
 * A quotation put in another author's mouth is marked misattributed, whatever else the text gets wrong; one whose date
 * it gets wrong, misdated, whatever its wording; one whose work or page it gets wrong (and not its date),
 * misattributed; one whose words are an interviewer's question, not the author's, is marked as such; words of a
 * title, not all of it, as a title's words.
 */
export function markOf(claim: CheckClaim): Mark {
  const wrong = claim.attribution && !claim.attribution.ok ? (claim.attribution.wrong ?? ['date']) : null;
  if (wrong) return wrong.includes('author') || !wrong.includes('date') ? 'misattributed' : 'misdated';
  if (claim.source?.speaker === 'interviewer') return 'interviewer';
  if (claim.titled?.part) return 'title_words';
  return claim.verdict;
}

/**
 * Every mark a claim gets: its mark, then "close" as well when that mark is for its attribution or its speaker and
 * its words are not the source's either, so that fixing a date never hides a changed wording (a dropped "not").
 */
export function marksOf(claim: CheckClaim): Mark[] {
  const mark = markOf(claim);
  return claim.verdict === 'close' && mark !== 'close' ? [mark, 'close'] : [mark];
}

/** A close quotation whose words are all the source's, in order: only its punctuation or quotation marks differ. */
export const punctuationOnly = (claim: Pick<CheckClaim, 'verdict' | 'diff'>): boolean => claim.verdict === 'close' && claim.diff !== null && claim.diff.every((d) => d.op === 'equal');

/** A close quotation whose every word is the source's, in order, that leaves source words out without an omission mark. */
export const wordsLeftOutOnly = (claim: Pick<CheckClaim, 'verdict' | 'diff'>): boolean =>
  claim.verdict === 'close' && claim.diff !== null && claim.diff.some((d) => d.op === 'insert') && claim.diff.every((d) => d.op !== 'delete');

/** "the date", "the author and the page": what an attribution gets wrong, in words ("" when nothing). */
export function wrongInWords(attribution: CheckAttribution): string {
  return inWords((attribution.wrong ?? []).map((part) => `the ${part}`));
}

/** "the date does not match", "the author and the page do not match": what an attribution gets wrong, said so. */
export function mismatchSaid(attribution: CheckAttribution): string {
  return `${wrongInWords(attribution)} ${attribution.wrong?.length === 1 ? 'does' : 'do'} not match`;
}

/** Each mark's label, in the order the legend lists them. */
export const MARK_LABELS: Record<Mark, string> = {
  exact: 'exact',
  close: 'close: not verbatim',
  unmarked: 'unmarked quotation',
  misdated: 'misdated',
  misattributed: 'misattributed',
  interviewer: 'interviewer’s words',
  title: 'misworded title',
  title_words: 'a title’s words',
  not_found: 'not found',
  sources: 'see sources',
};

export type Stretch = { text: string; claim: null } | { text: string; claim: number };

/** The input as plain stretches and one stretch per claim (claims are in text order and do not overlap). */
export function stretches(text: string, claims: readonly CheckClaim[]): Stretch[] {
  const out: Stretch[] = [];
  let at = 0;
  claims.forEach((c, i) => {
    if (c.start < at) return;
    if (c.start > at) out.push({ text: text.slice(at, c.start), claim: null });
    out.push({ text: text.slice(c.start, c.end), claim: i });
    at = c.end;
  });
  if (at < text.length) out.push({ text: text.slice(at), claim: null });
  return out;
}

/** The Chicago citation of a source, by the formatter the citation panel uses. */
export function citationOf(source: CheckSource, work: WorkSummary | undefined): string {
  return toPlain(chicago(citeSource({ n: 1, ...source, ...(work?.pages ? { pages: work.pages } : {}) }, work)));
}

/** What "Copy" puts on the clipboard: the source wording in quotation marks, whose words they are if not the author's, then its citation. */
export function correctedQuotation(source: CheckSource, work: WorkSummary | undefined): string {
  return `${quotedText(source)}\n${citationOf(source, work)}`;
}

/**
 * "2 quotations (1 exact, 1 close), 1 misworded title, 1 phrase from a title, 1 unmarked quotation and 3 sentences checked."
 * A quotation with two marks (misdated and close) is counted under each.
 */
export function summary(claims: readonly CheckClaim[]): string {
  const titles = claims.filter((c) => c.verdict === 'title');
  const fromTitles = titles.filter((c) => c.titled?.part).length;
  const misworded = titles.length - fromTitles;
  const quotations = claims.filter((c) => c.kind === 'quotation' && c.verdict !== 'title');
  const counts = new Map<Mark, number>();
  for (const m of quotations.flatMap(marksOf)) counts.set(m, (counts.get(m) ?? 0) + 1);
  const detail = [...counts].map(([m, n]) => `${n} ${MARK_LABELS[m].replace(/:.*/, '')}`).join(', ');
  const unmarked = claims.filter((c) => c.verdict === 'unmarked').length;
  const sentences = claims.length - quotations.length - titles.length - unmarked;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  if (claims.length === 0) return 'No quotation or sentence found to check.';
  const ofTitles = `${misworded ? `, ${plural(misworded, MARK_LABELS.title)}` : ''}${fromTitles ? `, ${plural(fromTitles, 'phrase')} from a title` : ''}${unmarked ? `, ${plural(unmarked, MARK_LABELS.unmarked)}` : ''}`;
  return `${plural(quotations.length, 'quotation')}${detail ? ` (${detail})` : ''}${ofTitles} and ${plural(sentences, 'sentence')} checked.`;
}
