/**
 * The extractive answer (pure): a lead line from metadata only, then verbatim quotes with numbered citations,
 * grouped by work — by relevance in answer mode, by date in compare mode — or an abstention with the closest passages.
 */
import type { AnswerMode, AnswerResponse, Citation } from '../contract.ts';
import type { Work } from '../corpus/types.ts';
import type { WeightedTerm } from '../retrieval/lexical.ts';
import { parseQuery } from '../retrieval/query.ts';
import type { RankedPassage } from '../retrieval/rank.ts';
import { contentTokens, sentenceSpans, tokenize, type Span } from '../retrieval/text.ts';
import { byDate, compareHeading, formatDate, formatYears, occasionAndPlace, plainTitle, plural, workHeading } from './format.ts';
import type { Intent } from './intent.ts';
import { DEFAULT_QUOTE_OPTIONS, quoteText, selectQuote, snapToWords, termScore, wordCount, type QuoteOptions } from './quotes.ts';

export const ABSTAIN_LINE = 'The sources do not address this question.';
export const CLOSEST_HEADING = '**Closest passages (these do not answer the question):**';

/** What the builder needs from a retrieval run. */
export interface RankingInput {
  abstain: boolean;
  compare: boolean;
  passages: readonly RankedPassage[];
  terms: readonly WeightedTerm[];
}

export interface AnswerOptions {
  /** 'compare' forces compare mode; 'auto' follows the question. */
  mode: 'auto' | 'compare';
  intent: Intent;
  /** Answer mode: at most this many quotes… */
  maxQuotes: number;
  /** …from passages scoring at least this share of the best one… */
  answerFloor: number;
  /** …and covering at least this share of the question that the best-covering passage covers. */
  answerCoverage: number;
  /** Compare mode: at most this many works… */
  maxGroups: number;
  /** …whose best passage scores at least this share of the best one… */
  compareFloor: number;
  /** …and covers at least this share of what the best-covering passage covers. */
  compareCoverage: number;
  /** Abstention: how many closest passages to list. */
  closest: number;
  quote: QuoteOptions;
  /** Adjusts a quote to the source files (see source.ts); an empty result drops the quote. */
  fit?: (quote: string) => string;
  /** The text that was searched (a follow-up merged with earlier questions); years it names narrow a comparison. */
  searchText?: string;
}

export const DEFAULT_ANSWER_OPTIONS: Omit<AnswerOptions, 'intent'> = {
  mode: 'auto',
  maxQuotes: 3,
  answerFloor: 0.75,
  answerCoverage: 0.7,
  maxGroups: 10,
  compareFloor: 0.4,
  compareCoverage: 0.5,
  closest: 3,
  quote: DEFAULT_QUOTE_OPTIONS,
};

/** One quote to show: a passage and the text (whole words, maybe stitched) taken from it. */
export interface Item {
  passage: RankedPassage;
  quote: string;
}

export interface Block {
  heading?: string;
  items: Item[];
}

export interface Draft {
  mode: AnswerMode;
  lead: string;
  blocks: Block[];
}

export function buildAnswer(question: string, ranking: RankingInput, options: AnswerOptions): AnswerResponse {
  return render(question, draftAnswer(question, ranking, options));
}

/** Chooses the mode, the quotes and their grouping; `render` numbers them. */
export function draftAnswer(question: string, ranking: RankingInput, options: AnswerOptions): Draft {
  const passages = ranking.passages;
  let draft: Draft;
  if (ranking.abstain || passages.length === 0) draft = abstain(ranking, options);
  else if (options.intent.overview) draft = overview(passages);
  else if (options.mode === 'compare' || ranking.compare) draft = compare(options.searchText ?? question, ranking, options);
  else draft = answer(ranking, options);
  return options.fit ? fitDraft(draft, options.fit) : draft;
}

function fitDraft(draft: Draft, fit: (quote: string) => string): Draft {
  const blocks = draft.blocks
    .map((b) => ({ ...b, items: b.items.map((i) => ({ ...i, quote: fit(i.quote) })).filter((i) => i.quote.trim() !== '') }))
    .filter((b) => b.items.length > 0);
  return { ...draft, blocks };
}

function itemFor(passage: RankedPassage, terms: readonly WeightedTerm[], options: AnswerOptions): Item {
  return { passage, quote: selectQuote(passage.paragraph.text, passage.quoteSpan, contentTerms(passage.work, terms), options.quote).text };
}

/**
 * Question terms that name the work itself ("his 1987 talk to economic officials") pick the source, not the
 * sentence: inside that work they count for little when choosing what to quote.
 */
export function contentTerms(work: Work, terms: readonly WeightedTerm[]): WeightedTerm[] {
  const metadata = new Set(tokenize(`${work.title} ${work.occasion ?? ''}`).map((t) => t.term));
  return terms.map((t) => (metadata.has(t.term) ? { term: t.term, weight: t.weight * 0.25 } : t));
}

function abstain(ranking: RankingInput, options: AnswerOptions): Draft {
  const items = ranking.passages.slice(0, options.closest).map((p) => itemFor(p, ranking.terms, { ...options, quote: { ...options.quote, secondShare: Infinity } }));
  return { mode: 'abstain', lead: ABSTAIN_LINE, blocks: items.length ? [{ heading: CLOSEST_HEADING, items }] : [] };
}

/** The scholarly work as a whole: its opening paragraphs (the abstract), in order. */
function overview(passages: readonly RankedPassage[]): Draft {
  const work = passages[0]!.work;
  const items = [...passages]
    .filter((p) => p.work.id === work.id)
    .sort((a, b) => a.paragraph.position - b.paragraph.position)
    .map((p) => {
      const span = snapToWords(p.paragraph.text, { start: 0, end: p.paragraph.text.length });
      return { passage: p, quote: p.paragraph.text.slice(span.start, span.end) };
    });
  const by = work.author ? `, by ${plainTitle(work.author)}` : '';
  return { mode: 'answer', lead: `From the abstract of *${plainTitle(work.title)}* (${formatDate(work.date, work.year)})${by}:`, blocks: [{ items }] };
}

/** The passages worth quoting: the best one, and others close enough to it in score and in coverage of the question. */
function relevant(passages: readonly RankedPassage[], floor: number, coverageShare: number): RankedPassage[] {
  const top = Math.max(...passages.map((p) => p.score));
  const bestCoverage = Math.max(...passages.map((p) => p.evidence.coverage));
  return passages.filter((p, i) => i === 0 || (p.score >= floor * top && p.evidence.coverage >= coverageShare * bestCoverage));
}

function answer(ranking: RankingInput, options: AnswerOptions): Draft {
  const { intent } = options;
  const chosen = relevant(ranking.passages, options.answerFloor, options.answerCoverage).slice(0, options.maxQuotes);
  const items = dedupe(chosen.map((p) => itemFor(p, ranking.terms, options)));
  let first: Item | null = null;
  if (intent.quote) {
    first = quotableSentence(chosen, ranking.terms);
    if (first) {
      const firstPassage = first.passage;
      items.splice(0, items.length, ...items.filter((i) => i.passage !== firstPassage));
    }
  }
  const blocks: Block[] = groupByWork(first ? [first, ...items] : items).map(([work, group]) => ({ heading: workHeading(work), items: group }));

  const all = blocks.flatMap((b) => b.items);
  const works = uniqueWorks(all);
  let lead: string;
  if (intent.when) {
    const w = all[0]!.passage.work;
    const where = occasionAndPlace(w);
    const when = w.date ? `on ${formatDate(w.date)}` : w.year ? `in ${w.year}` : '(undated)';
    lead = `${w.author === intent.primaryAuthor ? 'Said' : 'Written'} ${when}, in *${plainTitle(w.title)}*${where ? ` (${where})` : ''}:`;
  } else if (first) {
    lead = all.length > 1 ? `The most quotable sentence first, then ${plural(all.length - 1, 'more passage', 'more passages')}:` : 'The most quotable sentence:';
  } else {
    lead = `${plural(all.length, 'passage')} from ${plural(works.length, 'work')} (${describeDates(works)}):`;
  }
  return { mode: 'answer', lead, blocks };
}

function compare(question: string, ranking: RankingInput, options: AnswerOptions): Draft {
  const bestByWork = new Map<string, RankedPassage>();
  for (const p of ranking.passages) if (!bestByWork.has(p.work.id)) bestByWork.set(p.work.id, p);
  let candidates = [...bestByWork.values()];
  // Years the question names ("in 1961 compared with 1987", "between 1971 and 1982") narrow the comparison to them.
  const named = parseQuery(question, new Set()).years;
  if (named.size > 0) {
    const inNamed = candidates.filter((p) => p.work.year !== null && named.has(p.work.year));
    if (inNamed.length > 0) candidates = inNamed;
  }
  candidates = relevant(candidates, options.compareFloor, options.compareCoverage);
  const chosen = candidates.slice(0, options.maxGroups).sort((a, b) => byDate(a.work, b.work));
  const items = dedupe(chosen.map((p) => itemFor(p, ranking.terms, options)));
  const works = uniqueWorks(items);
  const lead =
    works.length === 1
      ? `Only 1 work speaks to this (${describeDates(works)}):`
      : `Quotes from ${plural(works.length, 'work')} (${describeDates(works)}), in date order:`;
  return { mode: 'compare', lead, blocks: items.map((item) => ({ heading: compareHeading(item.passage.work), items: [item] })) };
}

/**
 * The sentence an essay could quote on its own: many question terms, from a strong passage, of a quotable
 * length, starting like a sentence (not mid-thought with "But", "This", "It").
 */
export function quotableSentence(passages: readonly RankedPassage[], terms: readonly WeightedTerm[]): Item | null {
  if (passages.length === 0) return null;
  const top = passages[0]!.score || 1;
  const candidates: { passage: RankedPassage; span: Span; terms: number; rel: number; own: WeightedTerm[] }[] = [];
  for (const passage of passages) {
    const text = passage.paragraph.text;
    const own = contentTerms(passage.work, terms);
    for (const s of sentenceSpans(text)) {
      const span = snapToWords(text, s);
      if (span.end <= span.start) continue;
      candidates.push({ passage, span, terms: termScore(text.slice(span.start, span.end), own), rel: passage.score / top, own });
    }
  }
  const maxTerms = Math.max(0, ...candidates.map((c) => c.terms));
  if (maxTerms === 0) return null;
  let best: (typeof candidates)[number] | null = null;
  let bestValue = -Infinity;
  for (const c of candidates) {
    const sentence = c.passage.paragraph.text.slice(c.span.start, c.span.end);
    const value = (0.6 * (c.terms / maxTerms) + 0.4 * c.rel) * lengthFactor(wordCount(sentence)) * startFactor(sentence) * subjectFactor(sentence, c.own);
    if (value > bestValue) [best, bestValue] = [c, value];
  }
  return best && { passage: best.passage, quote: quoteText(best.passage.paragraph.text, [best.span]) };
}

function lengthFactor(words: number): number {
  if (words < 6) return 0.3;
  if (words < 9) return 0.7;
  if (words <= 40) return 1;
  if (words <= 55) return 0.75;
  return 0.4;
}

/**
 * A sentence whose subject is a question term states the idea itself; one that defines it ("Defeatism is …",
 * "Self-reliance means …") is the most quotable kind.
 */
function subjectFactor(sentence: string, terms: readonly WeightedTerm[]): number {
  const first = contentTokens(sentence)[0];
  if (!first || !terms.some((t) => t.term === first.term && t.weight > 0)) return 1;
  const after = sentence.slice(first.end, first.end + 40);
  return /^(?:[\s-]+\p{L}+){0,2}\s+(?:is|are|means|constitutes|refers to)\b/u.test(after) ? 1.5 : 1.2;
}

function startFactor(sentence: string): number {
  if (!/^["“‘(]?\p{Lu}/u.test(sentence)) return 0.6;
  if (/^(?:But|And|Or|So|This|That|These|Those|It|They|Such|However|Therefore|Thus|Hence|Then|Here|There)\b/.test(sentence)) return 0.8;
  return 1;
}

/** Drops a quote that repeats (or is contained in) an earlier one. */
function dedupe(items: readonly Item[]): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    const norm = item.quote.replace(/\s+/g, ' ');
    if (out.some((o) => o.quote.replace(/\s+/g, ' ').includes(norm))) continue;
    out.push(item);
  }
  return out;
}

function groupByWork(items: readonly Item[]): [Work, Item[]][] {
  const groups = new Map<string, [Work, Item[]]>();
  for (const item of items) {
    const key = item.passage.work.id;
    if (!groups.has(key)) groups.set(key, [item.passage.work, []]);
    groups.get(key)![1].push(item);
  }
  return [...groups.values()];
}

function uniqueWorks(items: readonly Item[]): Work[] {
  const seen = new Map<string, Work>();
  for (const i of items) seen.set(i.passage.work.id, i.passage.work);
  return [...seen.values()];
}

/** "1974 and 1987", "1961–1993", "1961 and 1987; 1 undated", "undated". */
function describeDates(works: readonly Work[]): string {
  const years = works.map((w) => w.year).filter((y): y is number => y !== null);
  const undated = works.length - years.length;
  if (years.length === 0) return 'undated';
  return undated > 0 ? `${formatYears(years)}; ${undated} undated` : formatYears(years);
}

/** Numbers the quotes in reading order and writes the markdown; every [n] has a citation and every citation is used. */
export function render(question: string, draft: Draft): AnswerResponse {
  const citations: Citation[] = [];
  const sections: string[] = [draft.lead];
  for (const block of draft.blocks) {
    const lines = block.items.map((item) => {
      const n = citations.length + 1;
      citations.push(toCitation(n, item));
      return `> ${item.quote} [${n}]`;
    });
    if (lines.length === 0) continue;
    if (block.heading) sections.push(`${block.heading}\n${lines[0]}`, ...lines.slice(1));
    else sections.push(...lines);
  }
  return { question, mode: draft.mode, answer: sections.join('\n\n'), citations };
}

export function toCitation(n: number, item: Item): Citation {
  const { paragraph, work } = item.passage;
  const citation: Citation = {
    n,
    passageId: paragraph.id,
    workId: work.id,
    title: work.title,
    date: work.date,
    year: work.year,
    quote: item.quote,
  };
  if (paragraph.page !== undefined) citation.page = paragraph.page;
  if (work.pages) citation.pages = work.pages;
  return citation;
}
