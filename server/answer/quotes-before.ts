/**
 * Answers to what a question asks of the quotes of the answer before (pure; `quotes-asked.ts` reads the question):
 * their whole paragraphs, the paragraph beside them, where they stand and whose words they are, whether they are
 * word for word, which of their works came first, the quotes again in date order, and the shortest (longest) of them.
 */
import type { LeadPart } from '../contract.ts';
import type { Work } from '../corpus/types.ts';
import { isOfKind, ofKindSaid, yearsAskedAbout } from '../retrieval/query.ts';
import type { RankedPassage } from '../retrieval/rank.ts';
import { contentTokens, sentenceSpans, wordCount, type Span } from '../retrieval/text.ts';
import { kindAsked } from './collection.ts';
import type { Block } from './extractive.ts';
import { byDate, formatDate, inWords, NO_PAGES, occasionAndPlace, plural, quotePages, quotesNumbered, timeAsked } from './format.ts';
import { WHEN_IT_HAPPENED, type Intent } from './intent.ts';
import { repliesGiven } from './interviewers.ts';
import { groupByWork, itemOf, lead, singledOut, wholeSentences } from './item.ts';
import { asksToExplain, isOrder, isSide, isSize, RELATIVE_TO_A_YEAR, type Order, type QuotesBeforeAsked, type Side, type Size } from './quotes-asked.ts';

/** An answer of quotes before: metadata, or the passages they are from. */
type QuotesBeforeDraft = { mode: 'answer'; lead: LeadPart[]; blocks: Block[] };

/** What a question asks of the quotes of the answer before, and their numbers there. */
export interface QuotesBefore {
  asked: QuotesBeforeAsked['asked'];
  numbers: readonly number[];
}

/** The answer to what a question asks of quotes of the answer before (`quotesBeforeAsked`), from the passages it names. */
export function quotesBeforeAnswer(question: string, passages: readonly RankedPassage[], { asked, numbers }: QuotesBefore): QuotesBeforeDraft {
  if (asked === 'exact') return exactQuotes(passages, numbers);
  if (isOrder(asked)) return quotesInDateOrder(passages, numbers, asked);
  if (isSize(asked)) return quoteOfSize(passages, numbers, asked);
  if (asked === 'shorter') return shorterQuotes(passages, numbers);
  if (asked === 'just') return justThose(passages, numbers);
  if (asked === 'reply') return repliesGiven(passages, numbers);
  if (isSide(asked)) return besideQuotes(passages, numbers, asked);
  return asked === 'whole' ? wholePassages(passages, numbers, asksToExplain(question)) : sourcesOf(question, passages, numbers, asked === 'place');
}

/** Asked what a quote means: the answers quote the sources and say nothing of their own, so the quote is given in its whole paragraph. */
export const NOT_EXPLAINED = 'The answers quote the sources and do not explain them; the words around a quote are in its paragraph. ';

/** "The full passage of [2]": each quote of the answer before that the question names, in its whole paragraph, in the order of its number. */
function wholePassages(passages: readonly RankedPassage[], numbers: readonly number[], explain: boolean): QuotesBeforeDraft {
  const items = passages.map((p) => itemOf(p, [p.quoteSpan]));
  const opening = lead(explain ? NOT_EXPLAINED : '', `${theQuotes(numbers)}, ${numbers.length === 1 ? 'in its whole paragraph' : 'each in its whole paragraph'}:`);
  return { mode: 'answer', lead: opening, blocks: groupByWork(items).map(([work, items]) => ({ kind: 'work', work, items })) };
}

/**
 * "Sort them by date": the quotes of the answer before, each the stretch of its paragraph it was quoted from (its first
 * sentence to its last), by the dates of their works (and their places in them), oldest or newest first; undated last.
 */
function quotesInDateOrder(passages: readonly RankedPassage[], numbers: readonly number[], order: Order): QuotesBeforeDraft {
  if (passages.length === 0) return { mode: 'answer', lead: lead(NOTHING_TO_ORDER), blocks: [] };
  const byPlace = (a: RankedPassage, b: RankedPassage) => byDate(a.work, b.work) || a.paragraph.position - b.paragraph.position;
  const dated = passages.filter((p) => p.work.year !== null).sort(byPlace);
  const inOrder = [...(order === 'oldest-first' ? dated : dated.reverse()), ...passages.filter((p) => p.work.year === null)];
  const opening = lead(`${theQuotes(numbers)}, ${order === 'oldest-first' ? 'oldest first' : 'newest first'}:`);
  return { mode: 'answer', lead: opening, blocks: groupByWork(inOrder.map(wholeSentences)).map(([work, items]) => ({ kind: 'work', work, items })) };
}
/**
 * "Which quote is the shortest?": of the quotes of the answer before, the one of fewest words (most, for the longest),
 * as it was quoted, its number and length said ("Quote 4 of the answer before is the shortest of the 6, at 12 words:").
 */
function quoteOfSize(passages: readonly RankedPassage[], numbers: readonly number[], size: Size): QuotesBeforeDraft {
  const items = passages.map(wholeSentences);
  const words = items.map((item) => wordCount(item.quote));
  const chosen = words.reduce((best, n, i) => ((size === 'shortest' ? n < words[best]! : n > words[best]!) ? i : best), 0);
  const item = items[chosen]!;
  const of = items.length === 1 ? '' : ` is the ${size} of the ${items.length}`;
  const opening = lead(`${theQuotes([numbers[chosen]!])}${of}, at ${plural(words[chosen]!, 'word')}:`);
  return { mode: 'answer', lead: opening, blocks: [{ kind: 'work', work: item.passage.work, items: [item] }] };
}

/** "Just the first one": the quotes named, alone, each as it was shown (its parts, where it left words out). */
function justThose(passages: readonly RankedPassage[], numbers: readonly number[]): QuotesBeforeDraft {
  const items = passages.map((p) => {
    const parts = partsShown(p);
    return parts.length ? itemOf(p, parts) : wholeSentences(p);
  });
  return { mode: 'answer', lead: lead(`${theQuotes(numbers)}:`), blocks: groupByWork(items).map(([work, items]) => ({ kind: 'work', work, items })) };
}

/** Where in its paragraph each part of a quote as shown stands (its parts joined by " … "), within its stretch; none when one is not found. */
function partsShown(p: RankedPassage): Span[] {
  const spans: Span[] = [];
  let from = p.quoteSpan.start;
  for (const part of p.quote.split(' … ')) {
    const start = p.paragraph.text.indexOf(part, from);
    if (start < 0 || start + part.length > p.quoteSpan.end) return [];
    spans.push({ start, end: start + part.length });
    from = start + part.length;
  }
  return spans;
}

/**
 * "Can you shorten the second quote?": each quote named, cut to the one of its sentences that shares most of its words
 * with the others (its centre; the shortest of those); a quote of one sentence as it is, said so. Nothing but the
 * quote's own sentences: no words are cut from within one.
 */
function shorterQuotes(passages: readonly RankedPassage[], numbers: readonly number[]): QuotesBeforeDraft {
  const cut = passages.map((p) => {
    const text = p.paragraph.text;
    const quoted = sentenceSpans(text).filter((s) => s.start >= p.quoteSpan.start && s.end <= p.quoteSpan.end && p.quote.includes(text.slice(s.start, s.end).trim()));
    const terms = quoted.map((s) => new Set(contentTokens(text.slice(s.start, s.end)).map((t) => t.term)));
    const shared = (i: number) => [...terms[i]!].filter((term) => terms.some((other, j) => j !== i && other.has(term))).length;
    const length = (i: number) => quoted[i]!.end - quoted[i]!.start;
    const best = quoted.map((_, i) => i).sort((a, b) => shared(b) - shared(a) || length(a) - length(b))[0];
    return quoted.length > 1 && best !== undefined ? itemOf(p, [quoted[best]!]) : null;
  });
  const items = cut.map((item, i) => item ?? wholeSentences(passages[i]!));
  const whole = numbers.filter((_, i) => cut[i] === null);
  const said =
    whole.length === numbers.length
      ? `${theQuotes(numbers)} ${numbers.length === 1 ? 'is one sentence' : 'are one sentence each'} already, and no words are cut from within a sentence:`
      : `${theQuotes(numbers)}, cut to the one of ${numbers.length === 1 ? 'its' : 'each one’s'} sentences that shares most words with the others${whole.length ? ` (${quotesNumbered(whole)}, one sentence already, as ${whole.length === 1 ? 'it is' : 'they are'})` : ''}:`;
  return { mode: 'answer', lead: lead(said), blocks: groupByWork(items).map(([work, items]) => ({ kind: 'work', work, items })) };
}

/** "Quotes 1, 2 and 3 of the answer before", "Quote 4 of the answer before": as an answer's lead opens on them. */
function theQuotes(numbers: readonly number[]): string {
  const quotes = quotesNumbered(numbers);
  return `${quotes.charAt(0).toUpperCase()}${quotes.slice(1)} of the answer before`;
}

/** What "Sort them by date" gets with no quote above. */
export const NOTHING_TO_ORDER = 'There are no quotes above to put in order. Ask a question first.';

/** What "What comes next?" gets with no quote above, or each from the last paragraph of its work (the first, for "before"). */
export const NOTHING_BESIDE_LINES: Record<Side, string> = {
  next: 'No paragraph follows a quote above: there is no quote, or each is from the last paragraph of its work as the collection prints it. Ask for a passage first (“paragraph 3 of the 1961 speech”).',
  previous: 'No paragraph comes before a quote above: there is no quote, or each is from the first paragraph of its work as the collection prints it. Ask for a passage first (“paragraph 3 of the 1961 speech”).',
};

/**
 * "What comes next?": "Paragraph 4 of *T* (1 December 1961), the one after quote 1 of the answer before:", whole; of
 * several quotes, the paragraph after each, by work.
 */
function besideQuotes(passages: readonly RankedPassage[], numbers: readonly number[], side: Side): QuotesBeforeDraft {
  if (passages.length === 0) return { mode: 'answer', lead: lead(NOTHING_BESIDE_LINES[side]), blocks: [] };
  const where = side === 'next' ? 'after' : 'before';
  const [only] = passages;
  // Within the quote's own paragraph, the rest of it; else the paragraph beside it, whole.
  const part = (p: RankedPassage) => (p.quoteSpan.start > 0 || p.quoteSpan.end < p.paragraph.text.length ? (side === 'next' ? 'The rest of paragraph' : 'The part of paragraph') : 'Paragraph');
  const opening =
    passages.length === 1 && numbers.length === 1
      ? lead(`${part(only!)} ${only!.paragraph.position} of `, only!.work, ` (${formatDate(only!.work.date, only!.work.year)}), ${where} quote ${numbers[0]} of the answer before:`)
      : lead(`What comes ${where} ${numbers.length === 1 ? '' : 'each of '}${quotesNumbered(numbers)} of the answer before, to the end of a paragraph:`);
  return { mode: 'answer', lead: opening, blocks: groupByWork(passages.map(wholeSentences)).map(([work, items]) => ({ kind: 'work', work, items })) };
}

/**
 * "Where is the second quote from?", "What page is [1] on?": the work, date and pages of each quote of the answer
 * before that the question names, and whose words it is: "Quote 2 of the answer before is from *T* (9 October
 * 1974, pp. 19–20 for the whole work), by Kim Il Sung." Quotes from one place are named together; an interviewer's
 * question is said to be theirs, not the author's; pages are the quote's own when the source gives them, and said
 * to be given none when it gives none.
 */
function sourcesOf(question: string, passages: readonly RankedPassage[], numbers: readonly number[], occasions: boolean): QuotesBeforeDraft {
  const places = (among: readonly number[], of = ' of the answer before') => [
    ...quotePlaces(
      passages.filter((_, i) => among.includes(i)),
      among.map((i) => numbers[i]!),
      of,
      occasions,
    ),
    ...lead('.'),
  ];
  const all = passages.map((_, i) => i);
  // "Is that from before or after 1970?": each quote's year set against it, then where they are from.
  const against = RELATIVE_TO_A_YEAR.exec(question);
  if (against) {
    const set = setAgainstAYear(passages, numbers, Number(against[1]));
    if ('sentence' in set) return { mode: 'answer', lead: [...lead(set.sentence), ...places(all)], blocks: [] };
    const [first, ...rest] = places(all);
    return { mode: 'answer', lead: [{ ...first!, text: `${set.oneSide}${first!.text.charAt(0).toLowerCase()}${first!.text.slice(1)}` }, ...rest], blocks: [] };
  }
  const among = amongQuotes(question);
  // "When did that happen?" of quotes that tell of something: the date said is the work's, not the event's.
  const works = new Set(passages.map((p) => p.work.id)).size;
  if (!among) return { mode: 'answer', lead: [...places(all), ...lead(WHEN_IT_HAPPENED.test(question) ? ` ${WORK_DATE_NOT_EVENT[works === 1 ? 'one' : 'many']}` : '')], blocks: [] };
  // "Which of these are from interviews?": those of the kind or time asked, said to be; "none" with where they all are
  // from. Of one quote ("Is the first one from a speech?"): whether it is, then where it is from.
  const kept = all.filter((i) => among.keeps(passages[i]!.work));
  const one = passages.length === 1;
  // Those all of one work, it is singled out: "Show me that one in context" after "Which of these is from an interview?".
  const keptWorks = new Set(kept.map((i) => passages[i]!.work.id));
  const single = (part: LeadPart): LeadPart => (!one && keptWorks.size === 1 && part.workId !== undefined && keptWorks.has(part.workId) ? { ...part, singledOut: true } : part);
  const count = one
    ? `Quote ${numbers[0]} of the answer before is${kept.length ? '' : ' not'}`
    : kept.length === 0
      ? `None of the ${passages.length} quotes of the answer before is`
      : `${kept.length} of the ${passages.length} quotes of the answer before ${kept.length === 1 ? 'is' : 'are'}`;
  return { mode: 'answer', lead: [...lead(`${count} from ${among.said(kept.length > 1)}. `), ...places(kept.length ? kept : all, one ? '' : undefined).map(single)], blocks: [] };
}

/**
 * The years of the quotes' works set against a year, before it first, undated works said so: "Before 1970: " when
 * all are on one side (what follows says where they are from, with their dates), else "Quotes 1 and 6 of the answer
 * before are from before 1970 (1961 and 1969); quotes 2 and 3 are from after 1970 (1987). ".
 */
function setAgainstAYear(passages: readonly RankedPassage[], numbers: readonly number[], year: number): { oneSide: string } | { sentence: string } {
  // Each side: said alone ("Before 1970: "), said of its quotes ("from before 1970"), and whether their years are said too.
  const sides = [
    { alone: `Before ${year}`, from: `from before ${year}`, holds: (y: number | null) => y !== null && y < year, yearsSaid: true },
    { alone: `In ${year}`, from: `from ${year}`, holds: (y: number | null) => y === year, yearsSaid: false },
    { alone: `After ${year}`, from: `from after ${year}`, holds: (y: number | null) => y !== null && y > year, yearsSaid: true },
    { alone: 'Undated', from: 'from an undated work', holds: (y: number | null) => y === null, yearsSaid: false },
  ];
  const parts = sides.flatMap((side) => {
    const at = passages.flatMap((p, i) => (side.holds(p.work.year) ? [i] : []));
    const years = side.yearsSaid ? ` (${inWords([...new Set(at.map((i) => String(passages[i]!.work.year)))])})` : '';
    return at.length ? [{ side, quotes: at.map((i) => numbers[i]!), years }] : [];
  });
  if (parts.length === 1) return { oneSide: `${parts[0]!.side.alone}: ` };
  const each = parts.map(({ side, quotes, years }, i) => `${i === 0 ? theQuotes(quotes) : quotesNumbered(quotes)} ${quotes.length === 1 ? 'is' : 'are'} ${side.from}${years}`);
  return { sentence: `${each.join('; ')}. ` };
}

/**
 * The kind of work or the time a question asking where quotes are from keeps to ("Which of these are from
 * interviews?", "… from the 1980s?"), and how to say it; null when it names neither.
 */
function amongQuotes(question: string): { keeps: (work: Work) => boolean; said: (many: boolean) => string } | null {
  const kind = kindAsked(question);
  const years = yearsAskedAbout(question);
  if (!kind && years.size === 0) return null;
  const time = timeAsked({ years: [...years], bounds: null });
  return {
    keeps: (w) => (!kind || isOfKind(w, kind)) && (years.size === 0 || (w.year !== null && years.has(w.year))),
    said: (many) => (many ? `works${kind ? ofKindSaid(kind).many : ''}${time}` : `a work${kind ? ofKindSaid(kind).one : ''}${time}`),
  };
}

/** Said after where quotes are from, asked when what they tell happened. */
export const WORK_DATE_NOT_EVENT = { one: 'That is the date of the work, not of what it tells.', many: 'Those are the dates of the works, not of what they tell.' };

/** Whether quotes are the texts' own words: what holds of every quote an answer shows. */
export const VERBATIM_LINE = 'Word for word: every quote is the collection’s text, checked against it before it is shown; “…” marks words left out between parts of a paragraph.';

/** "Are these verbatim?": that they are, and where each quote stands, to check it against its page. */
function exactQuotes(passages: readonly RankedPassage[], numbers: readonly number[]): QuotesBeforeDraft {
  const places = passages.length ? [...lead(' '), ...quotePlaces(passages, numbers, ' of the answer before'), ...lead('.')] : [];
  return { mode: 'answer', lead: [...lead(VERBATIM_LINE), ...places], blocks: [] };
}

/**
 * "Quote 1 is from *T* (1 July 1969, p. 9), by Kim Il Sung; quotes 2 and 3 from …": where quotes stand, from their
 * works' metadata, those from one place named together; `of` says whose quotes they are (" of the answer before"),
 * and `occasions` whether to say where each was said too ("9 June 1987, Congratulatory Speech at …, Pyongyang").
 */
export function quotePlaces(passages: readonly RankedPassage[], numbers: readonly number[], of: string, occasions = false): LeadPart[] {
  const places = new Map<string, { passage: RankedPassage; numbers: number[] }>();
  passages.forEach((passage, i) => {
    const { work, paragraph } = passage;
    const key = `${work.id}|${paragraph.speaker ?? ''}|${paragraph.page ?? ''}|${paragraph.pageEnd ?? ''}`;
    const place = places.get(key) ?? places.set(key, { passage, numbers: [] }).get(key)!;
    place.numbers.push(numbers[i]!);
  });
  return [...places.values()].flatMap(({ passage: { work, paragraph }, numbers }, i) => {
    const quotes = `${numbers.length === 1 ? 'uote' : 'uotes'} ${inWords(numbers)}`;
    const opening = i === 0 ? `Q${quotes}${of} ${numbers.length === 1 ? 'is' : 'are'}` : `; q${quotes}`;
    const pages = quotePages(paragraph, work) || NO_PAGES;
    const where = occasions ? occasionAndPlace(work) : '';
    const whose = paragraph.speaker === 'interviewer' ? `the interviewer's words, not ${work.author}'s` : `by ${work.author}`;
    return lead(`${opening} from `, work, ` (${[formatDate(work.date, work.year), where, pages].filter(Boolean).join(', ')}), ${whose}`);
  });
}

/**
 * "Which of these is the earliest?": which of the works the answer before quoted came first (or last), from their
 * dates; of those of the kind asked ("the most recent speech quoted above"), or of all, said to be none of it.
 */
export function firstOrLastBefore({ work, among, order, kind }: NonNullable<Intent['orderAmongBefore']>): QuotesBeforeDraft {
  const said = kind && ofKindSaid(kind.word);
  const none = kind && !kind.found ? `None of the works quoted above ${said!.none}. ` : '';
  const works = `dated work${among === 1 ? '' : 's'}${kind?.found ? said![among === 1 ? 'one' : 'many'] : ''}`;
  const date = ` (${formatDate(work.date, work.year)}).`;
  if (among === 1) return { mode: 'answer', lead: lead(`${none}The answer above quotes one ${works}: `, singledOut(work), date), blocks: [] };
  return { mode: 'answer', lead: lead(`${none}Of the ${among} ${works} quoted above, the ${order} is `, singledOut(work), date), blocks: [] };
}
