/**
 * The questions the works print as an interviewer's (pure): "What did the interviewers ask him?", "What was he asked
 * in 1986?", "What did the Yugoslav editor ask?": each in its whole paragraph, by work in date order, from the works
 * the question and the filters keep to. What was asked on a topic ("What was he asked about aid?") is searched, the
 * interviewers' questions first (`ownWords` in `focus.ts`).
 */
import type { Corpus, Paragraph, Work } from '../corpus/types.ts';
import { workMatches, type PassageFilters } from '../retrieval/filters.ts';
import { yearsAskedAbout } from '../retrieval/query.ts';
import { wholeParagraph, type RankedPassage } from '../retrieval/rank.ts';
import { statedWork, type WorkNames } from '../retrieval/work-names.ts';
import type { LeadPart } from '../contract.ts';
import type { Block } from './extractive.ts';
import { byDate, describeDates, plural, quotesNumbered } from './format.ts';
import { groupByWork, itemOf, lead } from './item.ts';
import { paragraphsBeside } from './part.ts';
import { snapToWords } from './quotes.ts';

/**
 * The paragraphs the works asked about print as an interviewer's: of the work the question names by its title's words
 * ("the Iraqi journalists"), else of the years it names, else, when the answer before quoted one work that prints
 * some ("Summarise the 1986 interview", then "What did the editor ask?"), of that work; else all.
 */
export function interviewersQuestions(
  question: string,
  corpus: Pick<Corpus, 'works' | 'paragraphs'>,
  filters: PassageFilters,
  names: WorkNames,
  before: readonly Work[] = [],
): RankedPassage[] {
  const years = yearsAskedAbout(question);
  const stated = statedWork(question, names);
  const works = corpus.works.filter((w) => workMatches(w, filters) && (years.size === 0 || (w.year !== null && years.has(w.year))));
  const questions = Map.groupBy(
    corpus.paragraphs.filter((p) => p.speaker === 'interviewer'),
    (p) => p.workId,
  );
  const inFocus = !stated && years.size === 0 && before.length === 1 && questions.has(before[0]!.id) ? works.filter((w) => w.id === before[0]!.id) : [];
  const named = stated ? works.filter((w) => w.id === stated.workId) : inFocus;
  return (named.length ? named : works).sort(byDate).flatMap((work) => (questions.get(work.id) ?? []).map((p) => wholeParagraph(p, work)));
}

/** Passages quoted whole (but for a speaker's label), by work in the order they come. */
const wholeByWork = (passages: readonly RankedPassage[]): Block[] =>
  groupByWork(passages.map((p) => itemOf(p, [snapToWords(p.paragraph.text, { start: 0, end: p.paragraph.text.length })]))).map(([work, items]) => ({ kind: 'work', work, items }));

/** The answer when the works asked about print no interviewer's question. */
export const NO_QUESTIONS_LINE = "None of the works asked about prints an interviewer's question.";

/** "The interviewers' questions the collection prints: 11 passages from 5 works (1969–1986), in date order:", each whole. */
export function questionsAsked(passages: readonly RankedPassage[]): { mode: 'answer'; lead: LeadPart[]; blocks: Block[] } {
  if (passages.length === 0) return { mode: 'answer', lead: lead(NO_QUESTIONS_LINE), blocks: [] };
  const blocks = wholeByWork(passages);
  const works = blocks.flatMap((b) => (b.kind === 'work' ? [b.work] : []));
  return {
    mode: 'answer',
    lead: lead(`The interviewers' questions the collection prints: ${plural(passages.length, 'passage')} from ${plural(works.length, 'work')} (${describeDates(works)})${works.length > 1 ? ', in date order' : ''}:`),
    blocks,
  };
}

/**
 * His reply to an interviewer's question: the first paragraph of his after the run of the interviewer's paragraphs
 * `asked` belongs to, in its work; none for a paragraph of his own, or a question the work prints no reply to.
 */
export function replyTo(asked: Paragraph, paragraphs: readonly Paragraph[]): Paragraph | null {
  if (asked.speaker !== 'interviewer') return null;
  return paragraphsBeside(asked, paragraphs, 'next').find((p) => p.speaker !== 'interviewer') ?? null;
}

/** The answer to "How did he answer?" when none of the quotes it points at is an interviewer's question, or there are none. */
export const NO_REPLY_LINE = "No quote above is an interviewer's question. “What did the interviewers ask him?” lists the questions the works print.";

/** "His answer to quotes 2 and 3 of the answer before, the first paragraph of each:", each whole (`replyTo`). */
export function repliesGiven(replies: readonly RankedPassage[], numbers: readonly number[]): { mode: 'answer'; lead: LeadPart[]; blocks: Block[] } {
  if (replies.length === 0) return { mode: 'answer', lead: lead(NO_REPLY_LINE), blocks: [] };
  const first = replies.length === 1 ? 'its first paragraph' : 'the first paragraph of each';
  return { mode: 'answer', lead: lead(`His answer to ${quotesNumbered(numbers)} of the answer before, ${first}:`), blocks: wholeByWork(replies) };
}
