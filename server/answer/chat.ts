/**
 * Chat glue (pure): a conversation of UI messages → the answer input (the last question, follow-ups resolved,
 * filters from its metadata), and an answer → the UI message chunks the chat stream carries.
 */
import { messageText, type AnswerMode, type AnswerResponse, type ChatDataParts, type ChatMetadata, type Citation, type WorksNamed } from '../contract.ts';
import type { UIMessageChunk } from 'ai';
import type { AnswerInput } from './answerer.ts';
import { asksElsewhere, asksForMore, asksOfTheAnswerBefore, elsewhereIn, isElliptical, moreFrom, resolveConversation, sideOfTimeAsked, withoutTimes } from './followup.ts';
import { asksToCite } from './citing-asked.ts';
import { asksOrderAmong, LENGTH_AMONG, SHORTER } from './intent.ts';
import { wordCount } from '../retrieval/text.ts';
import { decadeOf } from './format.ts';
import { citationRefs, isOrder, isSide, isSize, namesQuotesByTime, quotesBeforeAsked } from './quotes-asked.ts';
import { spelledOut, yearsAskedAbout } from '../retrieval/query.ts';

export interface ConversationMessage {
  role: 'user' | 'assistant';
  parts: readonly { type: string; text?: string; data?: unknown }[];
  metadata?: ChatMetadata;
}

/** The answer input for the conversation's last user message; `authors` are the corpus's (`corpusAuthors`). */
export function conversationInput(messages: readonly ConversationMessage[], authors: readonly string[] = []): AnswerInput {
  const users = messages.filter((m) => m.role === 'user');
  const last = users.at(-1);
  if (!last) throw new Error('a conversation needs a user message');
  const questions = users.map(messageText).filter((q) => q !== '');
  const question = messageText(last);
  // "and in the sixties?" names a time as "and in the 1960s?" does.
  const resolved = resolveConversation(questions.map(spelledOut), authors);
  const meta = last.metadata ?? {};
  // The quotes of the last answer that quoted any: what most questions of the answer before point at.
  const quotedBefore = lastQuotes(messages);
  // Filters the user set win over those a follow-up implies.
  const filters = { ...resolved.filters };
  if (meta.from !== undefined || meta.to !== undefined) {
    delete filters.from;
    delete filters.to;
    if (meta.from !== undefined) filters.from = meta.from;
    if (meta.to !== undefined) filters.to = meta.to;
  }
  // "More from that work", "more from the second one": the work the answer before singled out, or that those quotes are from.
  const workAsked = meta.work ?? (resolved.more ? workAskedMoreOf(question, messages, quotedBefore) : undefined);
  if (workAsked !== undefined) filters.work = workAsked;
  // "Is there anything earlier?": the topic before, from before the first year the answer before quoted (after the last).
  const side = resolved.followUp && meta.from === undefined && meta.to === undefined ? sideOfTimeAsked(question) : null;
  const yearsQuoted = quotesAnswered(messages).flatMap((c) => (c.year === null ? [] : [c.year]));
  const bound = side && yearsQuoted.length ? `${side} ${side === 'before' ? Math.min(...yearsQuoted) : Math.max(...yearsQuoted)}` : null;
  if (bound) {
    delete filters.from;
    delete filters.to;
  }
  const search = bound ? `${withoutTimes(resolved.search)} ${bound}` : resolved.search;
  const input: AnswerInput = { question, filters, mode: meta.mode ?? 'auto' };
  if (search !== spelledOut(question)) input.search = search;
  if (resolved.asks !== spelledOut(question)) input.asks = resolved.asks;
  if (resolved.more) input.shown = quotesSince(messages).map((c) => c.passageId);
  // "Did he say that elsewhere?", "Now one from a different year": not in the works (of the years, decades) the answers
  // to the question and its requests for more quoted.
  const quotedAlready = asksElsewhere(question) ? quotesSince(messages) : [];
  if (quotedAlready.length) input.otherThan = workIdsOf(quotedAlready);
  const timeElsewhere = elsewhereIn(question);
  const yearsQuotedAlready = quotedAlready.flatMap((c) => (c.year === null ? [] : [c.year]));
  if (timeElsewhere && yearsQuotedAlready.length) {
    input.otherThanYears = [...new Set(timeElsewhere === 'year' ? yearsQuotedAlready : yearsQuotedAlready.flatMap((y) => Array.from({ length: 10 }, (_, i) => decadeOf(y) + i)))].sort((a, b) => a - b);
  }
  // "Is there a shorter one?": shorter than the first quote of the answer before.
  const firstBefore = SHORTER.test(question) ? quotedBefore[0] : undefined;
  if (firstBefore) input.shorterThan = wordCount(firstBefore.quote);
  // "Cite the 1987 quotes": the works of those quotes of the last answer that quoted any.
  const yearsNamed = namesQuotesByTime(question) ? yearsAskedAbout(spelledOut(question)) : null;
  const ofTheTime = yearsNamed ? workIdsOf(ofYears(quotedBefore, yearsNamed)) : [];
  const named = yearsNamed?.size ? ofTheTime : citedByLastAnswer(messages, quotedBefore, question, citationRefs(question));
  // "And the latest of them?" after "Which of these is the earliest?", whose answer named one work: among the works of
  // the last answer that quoted any, as that question was.
  const cited = asksOrderAmong(question) && named.length < 2 ? workIdsOf(quotedBefore) : named;
  // "Which of these is the longest?" after lists of works, no answer having quoted any: of the works the question before
  // names, as it names them ("the interviews"), not as works quoted above.
  const ofAList = LENGTH_AMONG.test(question) && quotedBefore.length === 0;
  if (cited.length && !ofAList) input.cited = cited;
  // "In which works?" after a count is a count too (`isElliptical`), which names its works work by work.
  const afterCount = isElliptical(question) && quotedBefore.some((c) => c.quoteMarks?.length);
  const asked = afterCount ? null : quotesBeforeAsked(question);
  // "Show me it in context" after "Where is quote 3 from?": the quotes the question before named, when it named any; not
  // the one it named for "those" or "them", which point at several ("Which of those are from interviews?").
  const refsBefore = questions.length > 1 ? citationRefs(questions.at(-2)!) : [];
  const namedBefore = refsBefore.length === 1 && MANY_BACK.test(question) ? [] : refsBefore;
  const refs = asked?.refs === 'all' && namedBefore.length ? namedBefore : asked?.refs;
  // "Give me the page for it", "Show me the full paragraph" after "Which of these is the latest?": the quotes of the
  // work that answer singled out, unless the question points at several.
  // Put in order, or one picked by its length, quotes are several ("newest first please", "the shortest one").
  const single = pointsAtSeveral(question) || (asked && (isOrder(asked.asked) || isSize(asked.asked))) ? undefined : singledOutBefore(messages);
  const ofSingle = quotedBefore.filter((c) => c.workId === single);
  // "Cite the 1974 one" when none of the quotes before is from 1974: where they are from, which says none is.
  const noneOfTheTime = yearsNamed?.size && ofTheTime.length === 0 && quotedBefore.length > 0 && asksToCite(question);
  const pointed = noneOfTheTime ? quotedBefore : refs === undefined ? [] : refs === 'all' ? (ofSingle.length ? ofSingle : quotedBefore) : quotesNamed(quotedBefore, refs);
  // "Give me the exact quote from 1986": of those, the ones from then (where they are from says which are: `amongQuotes`).
  const quotes = asked?.asked === 'whole' && yearsNamed ? ofYears(pointed, yearsNamed) : pointed;
  // "How did he answer?" or "What comes next?" with no quote before is said to be so, not searched for "answer" or "next".
  const askedOfQuotes = noneOfTheTime ? 'source' : asked?.asked;
  if (askedOfQuotes && (quotes.length || askedOfQuotes === 'reply' || askedOfQuotes === 'exact' || isSide(askedOfQuotes) || isOrder(askedOfQuotes))) input.quotesBefore = { asked: askedOfQuotes, quotes: quotes.map(({ n, passageId, spans }) => ({ n, passageId, spans })) };
  return input;
}

/** Words that point back at several things at once. */
const MANY_BACK = /\b(?:these|those|them|they|ones)\b/i;
/** "Which is longer?", "which one is earlier?": one of two things set against the other, both pointed back at. */
const ONE_OF_TWO = /\bwhich(?:\s+one)?\s+(?:is|was)\s+(?:the\s+)?(?:longer|shorter|earlier|later|older|newer|more\s+recent)\b/i;
/** Words that point back at one thing. */
const ONE_BACK = /\b(?:it|this|that)\b/i;
const pointsBackAtOne = (question: string) => ONE_BACK.test(question) && !MANY_BACK.test(question);
/** Words that ask of several quotes: "all the quotes", "each one", "the paragraphs", "In which works?". */
const SEVERAL = /\b(?:all|each|every|both)\b|\b(?:quotes|quotations|passages|paragraphs|excerpts|works|texts|sources|speeches|talks|interviews)\b/i;
const pointsAtSeveral = (question: string) => MANY_BACK.test(question) || SEVERAL.test(question);

const lastAnswer = (messages: readonly ConversationMessage[]) => messages.findLast((m) => m.role === 'assistant');
const worksOf = (m: ConversationMessage | undefined): WorksNamed[] => (m?.parts ?? []).flatMap((part) => (part.type === 'data-works' ? [part.data as WorksNamed] : []));

/** The work an answer singled out ("Of the 4 dated works quoted above, the latest is *T*."), if it did. */
const singledOutOf = (answer: ConversationMessage | undefined): string | undefined => worksOf(answer).find((w) => w.singledOut)?.singledOut;
/** The work the last answer singled out, if it did. */
const singledOutBefore = (messages: readonly ConversationMessage[]): string | undefined => singledOutOf(lastAnswer(messages));

const citationsOf = (m: ConversationMessage | undefined): Citation[] => (m?.parts ?? []).flatMap((part) => (part.type === 'data-citation' ? [part.data as Citation] : []));
/** The mode an answer was given in (its `data-mode` part), if it says. */
const modeOf = (m: ConversationMessage): AnswerMode | undefined => (m.parts.find((part) => part.type === 'data-mode')?.data as { mode: AnswerMode } | undefined)?.mode;

/**
 * The quotes of the last answer that quoted anything (a citation answer in between quotes nothing; one that showed
 * quotes of the answer before whole, asked so, quotes nothing new), though another answer may have quoted the same
 * passages: what "[3]" or "the second one" points at.
 */
function lastQuotes(messages: readonly ConversationMessage[]): Citation[] {
  let asked = '';
  let last: Citation[] = [];
  for (const m of messages) {
    if (m.role === 'user') asked = messageText(m);
    else if (quotesBeforeAsked(asked)?.asked !== 'whole') {
      const quotes = citationsOf(m);
      if (quotes.length > 0) last = quotes;
    }
  }
  return last;
}

/** The quotes of the last answer that answered with any: an abstention's closest passages answer nothing, and bound no time. */
function quotesAnswered(messages: readonly ConversationMessage[]): Citation[] {
  return citationsOf(messages.findLast((m) => m.role === 'assistant' && modeOf(m) !== 'abstain' && citationsOf(m).length > 0));
}

const ofYears = (quotes: readonly Citation[], years: ReadonlySet<number>): Citation[] => quotes.filter((c) => c.year !== null && years.has(c.year));
/** The works (ids) quotes are from, each once, in the order quoted. */
const workIdsOf = (quotes: readonly Citation[]): string[] => [...new Set(quotes.map((c) => c.workId))];

/**
 * The work "more from that work" ("from it", "from the second one", "from quote 2") asks more of: the work of the quotes
 * it names, or the one the answer before singled out, or the one it quoted; none when it quoted several and singled
 * out none, or when the question names its work by its time ("more from the 1974 talk": searched).
 */
function workAskedMoreOf(question: string, messages: readonly ConversationMessage[], quotedBefore: readonly Citation[]): string | undefined {
  const from = moreFrom(question);
  if (from === null || from.byTime) return undefined;
  const refs = citationRefs(question);
  const single = refs.length ? undefined : singledOutBefore(messages);
  const works = workIdsOf(refs.length ? quotesNamed(quotedBefore, refs) : quotedBefore);
  return single ?? (works.length === 1 ? works[0] : undefined);
}

/** The quotes `refs` names by number or place ("[3]", "the last quote"). */
function quotesNamed(quoted: readonly Citation[], refs: readonly (number | 'last')[]): Citation[] {
  const last = Math.max(...quoted.map((c) => c.n));
  return quoted.filter((c) => refs.some((ref) => (ref === 'last' ? last : ref) === c.n));
}

/**
 * The works (ids) the last answer quoted, listed or said how to cite (its `data-works` part; a client that sends
 * only its `data-citation` parts, the works those quote): what "How do I cite these?" asks about. A question that
 * names quotes by number or place ("Cite [3]", "the second one in MLA"): the works of those quotes of the last
 * answer that quoted any (a citation answer in between quotes none). One that points back at one thing ("How do I cite
 * it?") after an answer that singled out a work ("Earliest in these sources: *T*"): that work.
 */
function citedByLastAnswer(messages: readonly ConversationMessage[], quotedBefore: readonly Citation[], question: string, refs: readonly (number | 'last')[]): string[] {
  if (refs.length) return workIdsOf(quotesNamed(quotedBefore, refs));
  const single = singledOutBefore(messages);
  // "Who was the audience?", "quote its first paragraph" after "What is the most recent work?": of the one work it
  // named, the rest of its list aside, unless the question points at several or asks an order or a size among them.
  if (single && (pointsBackAtOne(question) || !(pointsAtSeveral(question) || asksOrderAmong(question) || LENGTH_AMONG.test(question)))) return [single];
  const answers = messages.filter((m) => m.role === 'assistant');
  // "Put both in MLA" after two answers of one work each ("Quote on juche from 1969", "And from 1987?"), or that each
  // singled one out ("Which is the earliest?", "And the latest?"): those two; "Which of them mentions oil?" and "Which
  // is longer?" after two such answers too, which the last alone cannot be.
  const [before, last] = [oneWorkOf(answers.at(-2)), oneWorkOf(answers.at(-1))];
  const ofLast = worksOfAnswer(answers.at(-1));
  const severalOfOne = (MANY_BACK.test(question) || ONE_OF_TWO.test(question)) && ofLast.length === 1;
  return (BOTH.test(question) || severalOfOne) && before && last && before !== last ? [before, last] : ofLast;
}

/** The one work an answer singled out or alone quoted (or listed), if there is one. */
function oneWorkOf(answer: ConversationMessage | undefined): string | undefined {
  const works = worksOfAnswer(answer);
  return singledOutOf(answer) ?? (works.length === 1 ? works[0] : undefined);
}

/** "both", "the two", "these two": two things pointed back at. */
const BOTH = /\b(?:both|(?:the|these|those)\s+two)\b/i;

/** The works an answer quoted, listed or said how to cite (its `data-works` part; the works of its `data-citation` parts). */
const worksOfAnswer = (answer: ConversationMessage | undefined): string[] => [...new Set([...citationsOf(answer).map((c) => c.workId), ...worksOf(answer).flatMap((w) => w.workIds)])];

/** The works an answer quotes, names in its lead (a list of works) or says how to cite, each once, in that order. */
function worksNamed(answer: AnswerResponse): string[] {
  const { lead, workCitation } = answer.structure;
  return [...new Set([...answer.citations.map((c) => c.workId), ...lead.flatMap((p) => (p.workId ? [p.workId] : [])), ...(workCitation?.workIds ?? [])])];
}

/**
 * The quotes the answers gave since the question that a run of "show me more" (or "from another work") asks more of: the
 * citations of every assistant message after it, past questions asked only of the answer before ("Which of these is the
 * latest?").
 */
function quotesSince(messages: readonly ConversationMessage[]): Citation[] {
  const shown: Citation[] = [];
  for (let i = messages.length - 2; i >= 0; i--) {
    const m = messages[i]!;
    if (m.role === 'assistant') for (const part of m.parts) if (part.type === 'data-citation') shown.push(part.data as Citation);
    if (m.role === 'user' && !asksForMore(messageText(m)) && !asksElsewhere(messageText(m)) && !asksOfTheAnswerBefore(messageText(m))) break;
  }
  return shown;
}

export type ChatChunk = UIMessageChunk<ChatMetadata, ChatDataParts>;

/** Splits text into small pieces (a few words each, whitespace kept) so it streams; joined they are the text. */
export function textPieces(text: string, wordsPerPiece = 4): string[] {
  const words = text.match(/\S+\s*|\s+/g) ?? [];
  const pieces: string[] = [];
  for (let i = 0; i < words.length; i += wordsPerPiece) pieces.push(words.slice(i, i + wordsPerPiece).join(''));
  return pieces;
}

/**
 * The chunks of one assistant message: its mode, one `data-citation` part per citation (with an id, so the
 * parts stay on the message and a reloaded conversation keeps them), the answer's structure (what the UI
 * renders), the works it names (sent back with the next question), passages per year for a compare answer, then
 * the answer's Markdown as streamed text.
 */
export function answerChunks(answer: AnswerResponse, textId = 'answer'): ChatChunk[] {
  const chunks: ChatChunk[] = [{ type: 'data-mode', id: 'mode', data: { mode: answer.mode } }];
  for (const c of answer.citations) chunks.push({ type: 'data-citation', id: `citation-${c.n}`, data: c });
  chunks.push({ type: 'data-answer', id: 'structure', data: answer.structure });
  const works = worksNamed(answer);
  // The work the answer singled out ("the earliest is *T*"), or that of the most quotable sentence it led with.
  const single = answer.structure.lead.find((p) => p.singledOut)?.workId ?? (answer.structure.quotableFirst ? answer.citations[0]?.workId : undefined);
  if (works.length) chunks.push({ type: 'data-works', id: 'works', data: { workIds: works, ...(single && { singledOut: single }) } });
  if (answer.yearCounts) chunks.push({ type: 'data-years', id: 'years', data: { counts: answer.yearCounts } });
  chunks.push({ type: 'text-start', id: textId });
  for (const delta of textPieces(answer.answer)) chunks.push({ type: 'text-delta', id: textId, delta });
  chunks.push({ type: 'text-end', id: textId });
  return chunks;
}
