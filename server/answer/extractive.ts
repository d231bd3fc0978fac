/**
 * The extractive answer (pure): a lead line from metadata only, then verbatim quotes (spans of their paragraphs)
 * with numbered citations, grouped by work — by relevance for a focused question, by date for a broad one and in
 * compare mode — or an abstention with the closest passages. The draft is data; render.ts numbers it. Answers
 * about the works themselves, from their metadata alone, are `about-works.ts`'s.
 */
import { authorWithAffiliation, type AnswerMode, type CiteStyle, type DiffOp, type LeadPart, type ReadAs, type YearCount } from '../contract.ts';
import type { Paragraph, Work } from '../corpus/types.ts';
import type { WeightedTerm } from '../retrieval/lexical.ts';
import { bothSidesOf, isOfKind, KINDS_BY_NAME, ofKindSaid, ONE_OF_EACH, parseQuery, timeKept, yearRuns, type ParsedQuery, type TimeAsked, type YearSpan } from '../retrieval/query.ts';
import type { AbstainReason } from '../retrieval/abstain.ts';
import { kindsKeptTo, type RankedPassage, type Ranking } from '../retrieval/rank.ts';
import { contentTokens, sentenceSpans, tokenize, wordCount, type Span } from '../retrieval/text.ts';
import { addressedByNoWork, atAnEndOf, citedWorks, firstOrLast, firstOrLastOf, fullTextOf, listOfWorks, moreWorks, NAME_THE_PART_LINE, NAME_THE_WORK_MEASURED_LINE, NAME_THE_WORK_TITLED_LINE, NO_DRAFTER_LINE, NO_EDITOR_LINE, NO_ORIGINAL_LANGUAGE_LINE, NO_TRANSLATOR_LINE, kindOfWork, notWrittenLine, orderOfTwo, pagesOf, timeBetween, titleOf, undatedWorkAsked, undatedWorkLead, worksOfOneYear } from './about-works.ts';
import { byDate, byline, decadeOf, describeDates, formatDate, formatPages, inWords, listYears, NO_PAGES, occasionAndPlace, onSeveralPages, otherAuthor, periodsNamed, periodText, plural, type Period, timeAsked } from './format.ts';
import { worksOnPageLead } from './page-named.ts';
import { addresseesOf, authorsOf, EXCERPTS_ASKED, excerptsOf, lengthsOf, whereFrom, type CollectionAsked } from './collection.ts';
import { counted, foundAny, moreCounted, notInTheSources, worksWithout, type Mentions } from './counted.ts';
import { questionsAsked } from './interviewers.ts';
import { quotationFound, quotationNotFound, reportedNotHeld, type QuotationAsked, type ReportedNotHeld } from './quotation.ts';
import { asksWhom, helpAsked, type Intent, overviewByAbstract, WHAT_KIND_OF } from './intent.ts';
import { DRAFTING, EDITING, ORIGINAL_LANGUAGE, THE_PAGES_ASKED, TRANSLATION } from './source-words.ts';
import { groupByWork, itemOf, lead, wholeSentences, workList, worksJoined, type Item } from './item.ts';
import { firstOrLastBefore, quotePlaces, quotesBeforeAnswer, type QuotesBefore } from './quotes-before.ts';
import { DEFAULT_QUOTE_OPTIONS, selectQuote, snapToWords, termScore, type QuoteOptions } from './quotes.ts';
import { EXACT_WORD } from './quotes-asked.ts';
import { addressingTopic, DEFAULT_RELEVANCE, type RelevanceOptions } from './relevance.ts';
import { DEFAULT_SUMMARY, type SummaryOptions } from './summary.ts';
import { yearCounts } from './years.ts';
import { wordUseLead, type WordUse } from './word-use.ts';
import type { PartAsked } from './part.ts';

export const ABSTAIN_LINE = 'The sources do not address this question.';
/** The answer to a greeting or thanks: what to ask instead; nothing is searched. */
export const SMALL_TALK_LINE = 'Ask a question about the texts: every answer quotes them, with the title and date of each quote.';
/** "No interview is quoted above …": the answer to a question pointing at a kind of work ("that interview") the answer before did not quote. */
export const noneQuotedLine = ({ said, kind }: NonNullable<Intent['pointedAtNone']>): string =>
  `No ${kind} is quoted above for “${said}” to point at: name the one you mean, by its year or the words of its title.`;

/** What the answers do not do, said before what they do when a question asks it (`Intent.beyond`). */
export const BEYOND_LINES: Readonly<Record<NonNullable<Intent['beyond']>, string>> = {
  write: 'The answers quote the sources and write no essays, paragraphs or questions of their own. ',
  judge: 'The answers quote what the sources say and do not judge it. ',
  translate: 'The answers quote the sources in English, as the collection prints them, and do not translate them. ',
  simplify: 'The answers quote the sources as they are written and do not simplify them. ',
  paraphrase: 'The answers quote the sources word for word and do not paraphrase them. ',
  summarise: 'The answers quote the sources word for word and do not sum them up in other words. ',
  sides: 'The answers quote what the sources say and do not sort it into sides for and against. ',
};
/** Said before the answer to "his most famous quote on aid" (`Intent.keyQuotes`): fame is nothing the texts record. */
const FAMED_LINE = 'The collection does not say which lines are best known or most quoted. ';
/** Said before whose each work is, asked whether a work is a primary or a secondary source (`Intent.sourceKind`). */
export const SOURCE_KIND_LINE = 'The collection does not say which works are primary or secondary sources; it says who wrote each. ';
/** The answer to "Save these" (`SAVE_ASKED`), "How do I export my notebook?": how the notebook keeps quotes. */
export const NOTEBOOK_LINE = 'Quotes are kept in the Notebook: press Save under a quote, then open Notebook to copy or export them with their citations.';
/** The answer to a question about the assistant itself (`helpAsked`), or to a greeting or thanks. */
export const HELP_LINES: Readonly<Record<NonNullable<ReturnType<typeof helpAsked>> | 'smallTalk', string>> = {
  smallTalk: SMALL_TALK_LINE,
  notebook: NOTEBOOK_LINE,
  check:
    'On the Check page, paste a paragraph of an essay or a list of quotations: each quotation is compared with the sources word for word (exact, close with the source’s wording, misdated, or not found), each other sentence gets the passages that address it, and each finding has a citation to copy.',
  help:
    'Ask a question about the texts: every answer quotes them, with the title and date of each quote, and says so when they do not address it. Ask for quotes on a topic (“Give me three quotes on foreign aid”), what he said in a work or a year, how a view changed (“How did his view of trade change?”), how often a word appears, whether he said something (“Did he say “…”?”), or for a citation (“Cite it in MLA”). Save keeps a quote in the Notebook; the Check page checks every quotation in a paragraph you paste.',
};
/** What opens a quote asked to be shorter when no sentence that holds the question's words is shorter than the one before. */
export const NONE_SHORTER = 'No sentence that holds the question’s words is shorter than the quote before. ';
/** "Quotes on X under 5 words" when none is: said so before the shortest there is. */
export const noneUnder = (words: number): string => `No sentence that holds the question’s words is under ${words} words. `;

/** The answer to "show me more" when every passage that addresses the question has been shown. */
export const NO_MORE_LINE = 'No other passage addresses this question: the answers above quote every one the search found.';
/** "Did he say that elsewhere?", when no other work does. */
export const NO_OTHER_WORK_LINE = 'No other work addresses this question: only those quoted above do.';

/** What the builder needs from a retrieval run. */
export interface RankingInput {
  abstain: boolean;
  compare: boolean;
  /** Quotes asked of no topic: the works whose key words the passages carry most of (`Intent.keyQuotes`). */
  keyOf?: readonly Work[];
  /** What the question gave to look for (`Ranking.topic`): only years asks what was said then. */
  topic?: Ranking['topic'];
  /** No work (of the collection, or of those searched) is from the years the question names (`Ranking.yearsWithoutWorks`): the answer says so. */
  yearsWithoutWorks?: Ranking['yearsWithoutWorks'];
  /** No work is from the years the question names: the dated works nearest them (`worksAround`), which an abstention for those years, or a question of one work ("the 1965 speech"), names. */
  worksAround?: readonly Work[];
  /** Spans of years the question names that no work searched is from, when another is (`Ranking.spansWithoutWorks`): the answer says so. */
  spansWithoutWorks?: Ranking['spansWithoutWorks'];
  /** The kinds of work the search kept to (`Ranking.keptToKinds`): silent, it is those works that are, not the sources. */
  keptToKinds?: Ranking['keptToKinds'];
  /** Kinds of work the question names that no work (of the time named with it) is (`Ranking.kindsWithoutWorks`): the answer says so. */
  kindsWithoutWorks?: Ranking['kindsWithoutWorks'];
  /** The time the search kept to (`Ranking.keptToTime`): silent, it is the works of then that are. */
  keptToTime?: Ranking['keptToTime'];
  passages: readonly RankedPassage[];
  terms: readonly WeightedTerm[];
  /** Words of the question the search read otherwise (typos corrected, acronyms spelled out), and how. */
  corrections?: readonly ReadAs[];
  /** Why the corpus was taken to be silent, and the names it never uses (retrieval/abstain.ts). */
  abstainReason?: AbstainReason | null;
  unknownNames?: readonly string[];
  /**
   * Names no text holds, each asked of apart, left out of the search (`SearchResult.leftOut`), and short phrases the
   * question quotes that no text holds, searched with the rest (`quotedInNone`): said before the answer.
   */
  leftOut?: readonly string[];
  /** Silent, the works kept to (a kind, works named): the other works of the years named whose sentences hold the question's words. */
  heldElsewhere?: readonly Work[];
  /** Terms searched besides the question's words, a name's initials (`SearchResult.initials`): no words of the question. */
  initials?: readonly string[];
  /** The terms of each name of several words the question writes (`Ranking.names`). */
  names?: readonly (readonly string[])[];
  /**
   * A question of how often (`Intent.counts`): each group of words counted (as the question writes them, their
   * stems, how many times each of `passages` holds them), and the years or the time the count was kept to. With
   * none found, `passages` are a search's, and the lead first says the words do not occur.
   */
  mentions?: Mentions;
  /**
   * A quotation the question holds, looked up in the sources: found (exact or close), `passages` is the one it comes
   * from, its quote span the source wording; not found, `passages` are a search's, and the lead first says so.
   */
  quotation?: QuotationAsked;
  /**
   * Words the question reports as said ("When did he say that foreign aid is poison?", `reportedSpeechIn`) that no source
   * holds word for word: `passages` are a search's, the lead says so, and no passage's date is given as when they were said.
   */
  reportedNotHeld?: ReportedNotHeld;
  /**
   * "Who was Hamrouche?": what the question asks about is named in the title of the work summed up alone, no sentence
   * of the sources naming it (`Intent.identityAsked`); the lead says the sources speak of it nowhere else.
   */
  onlyInTitle?: true;
  /** A paragraph the question numbers that the work asked about does not have: the number of its last paragraph. */
  lastParagraph?: number;
}

export interface AnswerOptions {
  /** 'compare' forces compare mode; 'auto' follows the question. */
  mode: 'auto' | 'compare';
  intent: Intent;
  /** Which passages address the topic (see relevance.ts). */
  relevance: RelevanceOptions;
  /** A focused question: at most this many quotes, best first. */
  maxQuotes: number;
  /** A broad question ("what did he say about X"): at most this many, grouped by work in date order. */
  maxBroadQuotes: number;
  /** A question that says how many ("five quotes on trade"): at most this many, whatever it says. */
  maxWanted: number;
  /** Compare mode: at most this many works (every year that addresses the topic first). */
  maxGroups: number;
  /** Abstention: how many closest passages to list; a comparison, at most this many works close in meaning beside those that use its words. */
  closest: number;
  /** A question about a work as a whole: how its key sentences are chosen. */
  summary: SummaryOptions;
  quote: QuoteOptions;
  /** The text that was searched (a follow-up merged with earlier questions); years it names narrow a comparison. */
  searchText?: string;
  /** Passages (ids) the answers before this one showed, for a follow-up asking for more: left out. */
  shown: ReadonlySet<string>;
  /** The question is a follow-up asking for more ("show me more"), whether or not the answers before quoted anything. */
  moreAsked: boolean;
  /** A follow-up asking for a shorter quote: the words of the quote before, which the most quotable sentence is shorter than when one can be. */
  shorterThan?: number;
  /** A follow-up asking whether other works say it ("Did he say that elsewhere?"): the works quoted before are among those `shown`. */
  elsewhere?: boolean;
  /** The question asks where words are used, as words ("the phrase …", `asksAboutTheWord`): passages close in meaning alone are no answer. */
  wordsAsked?: boolean;
  /** The works a question about the collection itself lists ("What works are in the collection?"); none for another question. */
  collection: CollectionAsked | null;
  /** The works the answer before quoted or cited, for a question asking how to cite them ("How do I cite these?"). */
  cited: readonly Work[];
  /**
   * The numbers of the quotes of the answer before whose paragraphs the ranking holds, in its order, and what the
   * question asks of them: their whole paragraphs ("the full passage of [2]") or where they are from ("Where is [2] from?").
   */
  quotesBefore: QuotesBefore | null;
  /** A question about the collection lists at most this many works by name. */
  maxListedWorks: number;
  /** A question of how often: at most this many of the passages that hold the words are quoted (all are counted). */
  maxCounted: number;
  /** "What words does he use most?": the words counted, of the works asked about (`Intent.wordsUsedMost`). */
  wordsUsed?: { words: readonly WordUse[]; works: readonly Work[] };
}

export const DEFAULT_ANSWER_OPTIONS: Omit<AnswerOptions, 'intent'> = {
  mode: 'auto',
  relevance: DEFAULT_RELEVANCE,
  maxQuotes: 3,
  maxBroadQuotes: 6,
  maxWanted: 10,
  maxGroups: 12,
  closest: 3,
  summary: DEFAULT_SUMMARY,
  quote: DEFAULT_QUOTE_OPTIONS,
  shown: new Set(),
  moreAsked: false,
  collection: null,
  cited: [],
  quotesBefore: null,
  maxListedWorks: 20,
  maxCounted: 30,
};

/**
 * Quotes from one work; in a broad answer or a comparison, the passages close to the question in meaning that use
 * none of its words (nor does their work's title), after the works that do; or the closest passages of an abstention.
 */
export type Block = { kind: 'work'; work: Work; items: Item[] } | { kind: 'related'; items: Item[] } | { kind: 'closest'; items: Item[] };

export interface Draft {
  mode: AnswerMode;
  lead: LeadPart[];
  blocks: Block[];
  /** Compare mode: the passages that address the topic per year, for the works shown. */
  years?: YearCount[];
  /** Words of the question as the search read them (`RankingInput.corrections`). */
  readAs?: ReadAs[];
  /** The answer sums up one work as a whole (`Intent.overview`). */
  wholeWork?: boolean;
  /** More passages address the question than the answer quotes (`AnswerStructure.more`). */
  more?: boolean;
  /** The answer leads with the one most quotable sentence (`AnswerStructure.quotableFirst`). */
  quotableFirst?: boolean;
  /** A paragraph of the work shown follows the answer's last (`AnswerStructure.readOn`). */
  readOn?: boolean;
  /** The answer is where a quotation the question holds stands (`AnswerStructure.quotation`). */
  quotation?: 'exact' | 'close';
  /** A quotation the sources hold closely: from it to the source's wording (`AnswerStructure.diff`). */
  diff?: DiffOp[];
  /** How to cite the works the question names (`Intent.citation`, `AnswerStructure.workCitation`). */
  workCitation?: { works: Work[]; style: CiteStyle | null };
  /** Quotes asked for with their citations (`Intent.quotesCited`): the works quoted, cited after the quotes in this style. */
  quotedCitation?: { style: CiteStyle | null };
  /** The collection's main author: a quoted work by anyone else is headed with its author's name. */
  primaryAuthor: string | null;
}

/** A quote that failed the verbatim check: a bug, reported and left out of the answer. */
export interface InvalidQuote {
  passageId: string;
  quote: string;
  reason: string;
}

/** Chooses the mode, the quotes and their grouping; `render` (render.ts) numbers them. */
export function draftAnswer(question: string, ranking: RankingInput, options: AnswerOptions): Draft {
  const inMode = draftInMode(question, ranking, options);
  const absent = ranking.mentions && !foundAny(ranking.mentions) ? notInTheSources(ranking.mentions) : ranking.quotation?.verdict === 'not_found' ? lead(quotationNotFound(ranking.quotation)) : (namesLeftOut(ranking) ?? (ranking.reportedNotHeld && inMode.mode !== 'abstain' ? lead(reportedNotHeld(ranking.reportedNotHeld)) : null));
  // "Is this accurate? He said “…”": a quotation checked against the sources, no judgement of what they say ("Was he
  // right that “…”?" is one).
  const beyond = options.intent.beyond === 'judge' && ranking.quotation && EXACT_WORD.test(question) ? null : options.intent.beyond;
  const said = absent ? lead(absent, ' ', inMode.lead) : inMode.lead;
  const unsaid = lead(beyond ? BEYOND_LINES[beyond] : '', options.intent.keyQuotes === 'famed' ? FAMED_LINE : '');
  const draft: Draft = { ...inMode, lead: lead(unsaid, said), primaryAuthor: options.intent.primaryAuthor };
  const { quotesCited } = options.intent;
  const cited = quotesCited && !draft.workCitation && draft.blocks.some((b) => b.kind === 'work') ? { ...draft, lead: lead(notWrittenLine(quotesCited.notWritten), draft.lead), quotedCitation: { style: quotesCited.style } } : draft;
  return ranking.corrections?.length ? { ...cited, readAs: [...ranking.corrections] } : cited;
}

/** "None of the sources contains “China”.": names of the question that no text holds, left out of what was searched. */
function namesLeftOut(ranking: RankingInput): LeadPart[] | null {
  const names = ranking.leftOut ?? [];
  return names.length ? lead(`None of the sources contains ${inWords(names.map((n) => `“${n}”`), 'or')}.`) : null;
}

export type DraftInMode = Omit<Draft, 'primaryAuthor'>;

function draftInMode(question: string, ranking: RankingInput, options: AnswerOptions): DraftInMode {
  const passages = ranking.passages;
  if (options.intent.smallTalk) return { mode: 'answer', lead: lead(HELP_LINES[helpAsked(question) ?? 'smallTalk']), blocks: [] };
  if (options.wordsUsed) return { mode: 'answer', lead: wordUseLead(options.wordsUsed.words, options.wordsUsed.works, options.intent.primaryAuthor), blocks: [] };
  // "Summarise that interview" after an answer that quoted none: said so, not another work summed up.
  if (options.intent.pointedAtNone) return { mode: 'answer', lead: lead(noneQuotedLine(options.intent.pointedAtNone)), blocks: [] };
  if (options.quotesBefore) return quotesBeforeAnswer(question, passages, options.quotesBefore);
  // "When was the interview with the Japanese journalists?": no heading names a work to them, whatever passages mention them; the closest, as such.
  if (options.intent.addressedByNoWork) return abstain(options.searchText ?? question, ranking, options);
  // "What's on page 500?": no work printed there, or several, said from the pages the sources give.
  const { onPage } = options.intent;
  if (onPage && onPage.works.length !== 1) return { mode: 'answer', lead: worksOnPageLead(onPage, options.intent.primaryAuthor), blocks: [] };
  if (ranking.mentions && foundAny(ranking.mentions)) {
    if (options.intent.without && options.shown.size === 0) return { mode: 'answer', lead: worksWithout(ranking.passages, ranking.mentions, options.intent.primaryAuthor), blocks: [] };
    if (options.shown.size === 0) return counted(question, ranking.passages, ranking.mentions, options.maxCounted, { both: options.intent.both !== null, countBy: options.intent.countBy, order: options.intent.order });
    return moreCounted(ranking.passages, ranking.mentions, options.maxCounted, options.shown) ?? { mode: 'answer', lead: lead(NO_MORE_LINE), blocks: [] };
  }
  if (ranking.quotation && ranking.quotation.verdict !== 'not_found' && passages[0]) return quotationFound(ranking.quotation, passages[0], question, options.intent.page);
  if (options.intent.interviewerAsked) return questionsAsked(passages);
  // "Which work is the earliest one here?": of the works of the answer before, not of the collection.
  if (options.intent.orderAmongBefore) return firstOrLastBefore(options.intent.orderAmongBefore);
  const { collection } = options;
  // "How many years apart are the 1961 and 1993 speeches?": from their dates.
  const apart = options.intent.timeApart ? twoWorksAsked(options.intent, collection) : null;
  if (apart) return { mode: 'answer', lead: timeBetween(apart, options.intent.primaryAuthor), blocks: [] };
  // "Was the 1993 speech his last?": from the dates of the collection's works.
  if (options.intent.atAnEnd && collection) return { mode: 'answer', lead: atAnEndOf(options.intent.atAnEnd, collection.works, options.intent.primaryAuthor), blocks: [] };
  // "Which came first, the Syrian interview or the Ghana one?": from their dates.
  const ordered = options.intent.orderOfTwo ? twoWorksAsked(options.intent, collection) : null;
  if (ordered) return { mode: 'answer', lead: orderOfTwo(ordered, options.intent.primaryAuthor), blocks: [] };
  // "Which works are from the same year?": the years of the works asked about that hold more than one.
  if (SAME_YEAR.test(question) && options.intent.aboutTheTexts && collection?.works.length) return { mode: 'answer', lead: worksOfOneYear(collection.works, options.intent.primaryAuthor), blocks: [] };
  // "Was the 1967 programme a speech?": what the heading of the one work asked about calls it.
  // "What kind of text is the 1967 work?": what its heading calls it, any kind.
  const kindOfIt = KIND_ASKED_OF.exec(question)?.[1]?.toLowerCase() ?? (WHAT_KIND_OF.test(question) ? null : undefined);
  const itsWork = kindOfIt !== undefined ? (options.intent.overview ?? options.intent.inWork ?? (collection?.works.length === 1 ? collection.works[0]! : null)) : null;
  if (kindOfIt !== undefined && itsWork) return { mode: 'answer', lead: kindOfWork(itsWork, kindOfIt, options.intent.primaryAuthor), blocks: [] };
  // "Which pages is the 1969 interview on?": its pages, nothing quoted.
  if (options.intent.page && options.intent.overview && THE_PAGES_ASKED.test(question)) return { mode: 'answer', lead: pagesOf(options.intent.overview, options.intent.primaryAuthor), blocks: [] };
  // "What is the 1965 speech called?", "Cite the 1965 speech": a work asked of by years no work is from.
  if (asksOfOneWork(options.intent) && !options.intent.overview && ranking.worksAround?.length) return noWorkOfYears(question, ranking.worksAround, options.intent.primaryAuthor);
  const cited = citedWorks(options.intent, collection, options.cited);
  if (cited) return cited;
  if (options.intent.provenance && collection?.works.length) {
    const unnamed = TRANSLATION.test(question) ? lead(NO_TRANSLATOR_LINE) : EDITING.test(question) ? lead(NO_EDITOR_LINE) : ORIGINAL_LANGUAGE.test(question) ? lead(NO_ORIGINAL_LANGUAGE_LINE) : [];
    return { mode: 'answer', lead: [...unnamed, ...whereFrom(collection.works, options.intent.primaryAuthor)], blocks: [] };
  }
  if (options.intent.authors && collection?.works.length) {
    const said = options.intent.sourceKind ? lead(SOURCE_KIND_LINE) : DRAFTING.test(question) ? lead(NO_DRAFTER_LINE) : [];
    return { mode: 'answer', lead: [...said, ...authorsOf(collection, options.intent.primaryAuthor)], blocks: [] };
  }
  if (options.intent.length === 'each' && collection?.works.length) return { mode: 'answer', lead: lengthsOf(collection, options.intent.primaryAuthor, options.maxListedWorks, options.intent.byLength), blocks: [] };
  if (options.intent.length === 'each') return { mode: 'answer', lead: lead(NAME_THE_WORK_MEASURED_LINE), blocks: [] };
  // "Is the 1961 speech complete or an excerpt?": what the works' headings say.
  if ((ranking.abstainReason === 'no-topic' || ranking.topic === 'years') && EXCERPTS_ASKED.test(question) && collection?.works.length) {
    return { mode: 'answer', lead: excerptsOf(collection, options.intent.primaryAuthor, options.maxListedWorks), blocks: [] };
  }
  // Which work is longest: of the works it names by their years and kind, whatever words name them ("the 1961 speech").
  if ((ranking.abstainReason === 'no-topic' || ranking.topic === 'years' || options.intent.length) && options.intent.aboutTheTexts && (collection?.works.length || collection?.lacking)) {
    return options.moreAsked ? moreWorks(collection, options) : listOfWorks(collection, options);
  }
  // "Who was he speaking to?" after an answer from several works: their titles and occasions say it.
  if (options.intent.whomBefore && collection) {
    return { mode: 'answer', lead: addresseesOf(collection, /\binterview/i.test(question), options.intent.primaryAuthor, options.maxListedWorks, ' quoted above'), blocks: [] };
  }
  // "Who interviewed him?": the works' titles and occasions say whom he addressed.
  if ((ranking.abstainReason === 'no-topic' || ranking.topic === 'years') && asksWhom(question) && collection) {
    return { mode: 'answer', lead: addresseesOf(collection, /\binterview/i.test(question), options.intent.primaryAuthor, options.maxListedWorks), blocks: [] };
  }
  const undated = undatedWorkAsked(options.intent);
  if (undated) return { mode: 'answer', lead: undatedWorkLead(undated, options.intent.who), blocks: [] };
  if (options.intent.fullText) return fullTextOf(options.intent.overview, options.intent.primaryAuthor);
  if (options.intent.title) return options.intent.overview ? titleOf(options.intent.overview, options.intent.primaryAuthor) : { mode: 'answer', lead: lead(NAME_THE_WORK_TITLED_LINE), blocks: [] };
  if (options.intent.part) return options.intent.overview ? partOfWork(passages, options.intent.overview, options.intent.part, ranking.lastParagraph) : { mode: 'answer', lead: lead(NAME_THE_PART_LINE), blocks: [] };
  // "What else?" after a work asked of as a whole, when every paragraph of it has been quoted.
  // Named, so that "Cite it" after it still has the work to cite.
  if (options.intent.overview && options.shown.size && passages.length === 0) return { mode: 'answer', lead: everyPassageQuoted(options.intent.overview), blocks: [] };
  if (ranking.abstain || passages.length === 0) return abstain(options.searchText ?? question, ranking, options);
  if (options.intent.overview) return overview(passages, options.intent, ranking.onlyInTitle === true, options.shown.size > 0);
  if (ranking.keyOf) return keyQuotes(passages, ranking.keyOf, options.intent, options.shown.size > 0);
  if (options.intent.sideBySide) return sideBySide(passages, options.intent.sideBySide, options.intent.primaryAuthor, { noTopic: ranking.topic === 'years', eachDecade: options.intent.byDecade === 'each' });
  if (options.mode === 'compare' || ranking.compare) return compare(options.searchText ?? question, ranking, options);
  return answer(options.searchText ?? question, ranking, options);
}

/** "Every passage of *T* (8 October 1981) is quoted above.": "What else?" after a work all of which was quoted. */
export const everyPassageQuoted = (work: Work): LeadPart[] => lead('Every passage of ', work, ` (${formatDate(work.date, work.year)}) is quoted above.`);

/** A question of one work's title, text, part, length or citation (`Intent`), which names the work asked about. */
const asksOfOneWork = (intent: Intent): boolean => intent.title || intent.fullText || intent.part !== null || intent.length === 'each' || intent.citation !== null;

/** "None of the works is from 1965. The nearest in date: *T* (1 December 1961); *U* (16 December 1967)." */
function noWorkOfYears(question: string, around: readonly Work[], primaryAuthor: string | null): DraftInMode {
  const { years } = parseQuery(question, new Set());
  return { mode: 'answer', lead: lead(`None of the works is from ${periodsOf(yearRuns(years))}. The nearest in date: `, workList(around, primaryAuthor, '.')), blocks: [] };
}

function itemFor(passage: RankedPassage, terms: readonly WeightedTerm[], options: AnswerOptions): Item {
  return itemOf(passage, selectQuote(passage.paragraph.text, passage.quoteSpan, contentTerms(passage.work, terms), options.quote).spans);
}

/** The passages' quotes, a quote held by an earlier one left out. */
function itemsFor(passages: readonly RankedPassage[], terms: readonly WeightedTerm[], options: AnswerOptions): Item[] {
  // "A longer passage on aid": each paragraph whole.
  if (options.intent.whole) return passages.map((p) => itemOf(p, [{ start: 0, end: p.paragraph.text.length }]));
  // "Shorter please": one sentence each.
  const quote = options.intent.brief ? BRIEF_QUOTE : options.quote;
  return dedupe(passages.map((p) => itemFor(p, terms, { ...options, quote })));
}

/**
 * Question terms that name the work itself ("his 1987 talk to economic officials") pick the source, not the
 * sentence: inside that work they count for little when choosing what to quote.
 */
export function contentTerms(work: Work, terms: readonly WeightedTerm[]): WeightedTerm[] {
  const metadata = termsIn(`${work.title} ${work.occasion ?? ''}`);
  return terms.map((t) => (metadata.has(t.term) ? { term: t.term, weight: t.weight * 0.25 } : t));
}

function abstain(question: string, ranking: RankingInput, options: AnswerOptions): DraftInMode {
  // Asked for more, the next closest: still shown as the closest, not as an answer. A question it cannot read has none.
  const closest = ranking.abstainReason === 'not-english' ? [] : ranking.passages.filter((p) => !options.shown.has(p.paragraph.id)).slice(0, options.closest);
  const items = closest.map((p) => itemFor(p, ranking.terms, { ...options, quote: { ...options.quote, secondShare: Infinity } }));
  const why = silenceReason(question, ranking);
  // "What did he say about trade in his interviews?": the interviews are silent, which the other works may not be; "Did
  // he talk about Africa there?", the one work kept to is.
  // "… before 1969?", "… in his 1980s interviews?": the works of then (and of that kind) are silent, which the others may not be.
  const kept = ranking.keptToTime;
  const kinds = kindsKeptTo(ranking);
  const time = kept ? timeAsked({ years: kept.years, months: kept.months, bounds: kept.bounds }) : '';
  const { amongWorks: among, secondary } = options.intent;
  // "And what does the article say about it?": the one scholarly work it names is the one searched, as a work named is.
  const within = options.intent.inWork ?? (secondary.length === 1 ? secondary[0]! : null);
  const noWorkTo = options.intent.addressedByNoWork && addressedByNoWork(options.intent.addressedByNoWork, options.intent.primaryAuthor);
  const silent = noWorkTo
    ? noWorkTo.said
    : within
      ? lead(workList([within], options.intent.primaryAuthor), ' does not address this question.')
      : among
        ? lead(among.length === 2 ? 'Neither ' : 'None of ', worksJoined(among, among.length === 2 ? 'nor' : 'and'), ' addresses this question.')
        : lead(kinds.length || time ? `None of the works${time}${kinds.length ? ` ${inWords(kinds.map((kind) => ofKindSaid(kind).many.trim()), 'or')}` : ''} addresses this question.` : ABSTAIN_LINE);
  const around = noWorkTo
    ? noWorkTo.alike
    : ranking.abstainReason === 'year-not-covered' && ranking.worksAround?.length
      ? lead(' The nearest in date: ', workList(ranking.worksAround, options.intent.primaryAuthor, '.'))
      : [];
  // "*Let us accelerate …* (3 January 1987), another work of then, uses the question's words.": not quoted, named.
  const elsewhere = ranking.heldElsewhere ?? [];
  const besides = elsewhere.length
    ? lead(' ', workList(elsewhere, options.intent.primaryAuthor), `, ${elsewhere.length === 1 ? 'another work of then, uses' : 'other works of then, use'} the question's words.`)
    : [];
  return { mode: 'abstain', lead: lead(silent, why ? ` ${why}` : '', around, besides), blocks: items.length ? [{ kind: 'closest', items }] : [] };
}

/** What the corpus lacks, when the abstention is about the question's scope: checked facts about the corpus, no more. */
function silenceReason(question: string, ranking: RankingInput): string | null {
  switch (ranking.abstainReason) {
    case 'not-english':
      return 'This search reads questions in English: ask in English.';
    case 'no-topic':
      // A name counted is a topic the search left to the count ("Did Kim ever mention Zhang Chao?").
      return ranking.mentions?.parts.length ? null : 'The question names no topic to look for.';
    case 'unknown-name': {
      // Those a count already said do not occur ("Did he ever mention Deng Xiaoping?") are not said twice.
      const counted = ranking.mentions?.parts.map((part) => part.words.toLowerCase()) ?? [];
      const names = (ranking.unknownNames ?? []).filter((n) => !counted.some((words) => words.includes(n.toLowerCase()))).map((n) => `“${n}”`);
      // About the words, not what they name: the texts may name the same thing otherwise ("NAM", "the Non-Aligned Movement").
      return names.length ? `None of them contains ${inWords(names, 'or')}.` : null;
    }
    case 'year-not-covered': {
      const { years, yearBounds } = parseQuery(question, new Set());
      if (years.size === 0) return yearBounds ? `None of them is dated ${yearBounds.text}.` : null;
      return years.size === 1 ? `None of them is from ${periodsOf(yearRuns(years))} or speaks of it.` : `None of them is from ${periodsOf(yearRuns(years))}, or speaks of those years.`;
    }
    // Of the passage that leads: one further down may give a figure ("three years of war"), and is listed.
    case 'no-quantity':
      return 'The closest passage gives no figure.';
    default:
      return ranking.yearsWithoutWorks ? noWorkFrom(periodsOf(yearRuns(parseQuery(question, new Set()).years)), ranking.yearsWithoutWorks) : null;
  }
}

/**
 * What a time or kind none of whose works uses the question's words is said to do: address it not at all, or, when a
 * work of it is close in meaning (shown as such), not in the question's words.
 */
const silenceOf = (closeInMeaning: boolean): string => (closeInMeaning ? "uses the question's words" : 'addresses this');

/**
 * "No work from 1980–1989 addresses this. ": of the spans of years a comparison sets side by side ("in the 1960s versus
 * the 1980s"), those that works are from (those none is from are said by `noWorkFromSpans`, or by `noWorkFrom`) but
 * none of those that address it; "… uses the question's words. " when one is close in meaning (`inMeaning`).
 */
function noWorkAddressing({ years, months, timesApart }: Pick<ParsedQuery, 'years' | 'months' | 'timesApart'>, addressing: readonly Work[], inMeaning: readonly Work[], ranking: RankingInput): LeadPart[] {
  // Each time as named apart ("October 1981 or November 1982": two, not 1981–1982).
  const spans = periodsNamed([...years].sort((a, b) => a - b), { timesApart });
  if (spans.length < 2 || ranking.yearsWithoutWorks) return [];
  const withoutWorks = ranking.spansWithoutWorks?.spans ?? [];
  const within = (span: YearSpan) => (w: Work) => w.year !== null && w.year >= span.first && w.year <= span.last;
  const silent = spans.filter((span) => !addressing.some(within(span)) && !withoutWorks.some((s) => s.first === span.first && s.last === span.last));
  // A year named with months is said with them: "No work from May 1986 addresses this."
  const said = (group: readonly YearSpan[]) =>
    group.flatMap((span): Period[] => {
      const kept = span.first === span.last ? months.get(span.first) : undefined;
      return kept?.size ? [...kept].sort((a, b) => a - b).map((month) => ({ ...span, month })) : [span];
    });
  return [true, false].flatMap((close) => {
    const group = silent.filter((span) => inMeaning.some(within(span)) === close);
    return group.length ? lead(`No work from ${periodsOf(said(group))} ${silenceOf(close)}. `) : [];
  });
}

/**
 * "*T* (1 December 1961) does not use the question's words. ": of the works a comparison names and is kept to
 * (`Intent.amongWorks`: "the 1961 speech and the abstract", "the 1961 speech and the 1987 talk"), each that does not
 * address the topic, when another does; "… does not address this. " when it is not even close in meaning (`inMeaning`).
 */
function namedWorksNotAddressing(among: readonly Work[], addressing: readonly Work[], inMeaning: readonly Work[]): LeadPart[] {
  if (addressing.length === 0) return [];
  return among
    .filter((w) => !addressing.includes(w))
    .flatMap((w) => lead(w, ` (${formatDate(w.date, w.year)}) does not ${inMeaning.includes(w) ? "use the question's words" : 'address this'}. `));
}

/**
 * "No work that answers an interviewer's questions addresses this.": of the kinds of work a comparison sets side by
 * side ("Compare his speeches and interviews on trade"), those none of whose works addresses the topic; "… uses the
 * question's words." when one is close in meaning (`inMeaning`).
 */
function noKindAddressing(addressing: readonly Work[], inMeaning: readonly Work[], ranking: RankingInput): LeadPart[] {
  const kinds = ranking.keptToKinds ?? [];
  if (kinds.length < 2) return [];
  const silent = kinds.filter((kind) => !addressing.some((w) => isOfKind(w, kind)));
  return silent.flatMap((kind) => lead(`No work${ofKindSaid(kind).one} ${silenceOf(inMeaning.some((w) => isOfKind(w, kind)))}. `));
}

/** "1956", "1930–1939 or 1987": spans of years (`yearRuns`), as said. */
function periodsOf(spans: readonly Period[]): string {
  return inWords(spans.map(periodText), 'or');
}

/**
 * "None of the works is from 1956.": said when no work is from the years a question names to keep to
 * (`RankingInput.yearsWithoutWorks`), or from some of them when others are ("in 1965 and 1993":
 * `RankingInput.spansWithoutWorks`); "None of the works searched …" when only the works searched are not;
 * "…; these passages speak of it." when the passages are those that name them.
 */
function noWorkFrom(periods: string, among: 'collection' | 'searched', spokenOf?: { passages: number; years: number }): string {
  const speak = spokenOf ? `; ${spokenOf.passages === 1 ? 'this passage speaks' : 'these passages speak'} of ${spokenOf.years === 1 ? 'it' : 'those years'}` : '';
  return `None of the works${among === 'searched' ? ' searched' : ''} is from ${periods}${speak}.`;
}

/** "None of the works is from 1965. " for the spans of years without works (`RankingInput.spansWithoutWorks`), leading an answer; none when there are none. */
function noWorkFromSpans(ranking: RankingInput, options: AnswerOptions): LeadPart[] {
  const without = ranking.spansWithoutWorks;
  return without && options.shown.size === 0 ? lead(`${noWorkFrom(periodsOf(without.spans), without.among)} `) : [];
}

/**
 * "None of the works from 1970–1979 has “speech” in its title or occasion. " for each kind of work the question names
 * that no work of its time is (`RankingInput.kindsWithoutWorks`: "his speeches of the 1970s"), leading an answer
 * quoted from the works of that time: none is passed off as of the kind asked.
 */
function noWorkOfKinds(ranking: RankingInput, options: AnswerOptions): LeadPart[] {
  const kinds = options.shown.size ? [] : (ranking.kindsWithoutWorks ?? []);
  return kinds.flatMap(({ years, kind }) => lead(`None of the works${years ? ` from ${periodsOf(yearRuns(new Set(years)))}` : ''} ${ofKindSaid(kind).none}. `));
}

/**
 * "Said on 9 June 1987, in " and " (occasion, place)", around the work's title: when and where a passage of it was
 * said, for a question of when; "Asked …" for an interviewer's words, and for "Who said that?" whose words they are.
 */
function whenAndWhere(w: Work, paragraph: Paragraph | null, intent: Intent): [string, string] {
  const where = occasionAndPlace(w);
  const verb = paragraph?.speaker === 'interviewer' ? 'Asked' : w.author === intent.primaryAuthor ? 'Said' : 'Written';
  const by = !intent.who ? '' : paragraph?.speaker === 'interviewer' ? ` by the interviewer, not ${w.author},` : ` by ${w.author}`;
  // "Written in *T* (the sources give no date):", not "Written (undated), in …"; "Told in …" when what it tells is asked.
  if (!w.date && !w.year && intent.whenItHappened) return ['Told in ', ' (the sources give it no date; a work’s date is not that of what it tells)'];
  if (!w.date && !w.year) return [`${verb}${by} in `, ` (the sources give no date${where ? `; ${where}` : ''})`];
  const when = w.date ? `on ${formatDate(w.date)}` : `in ${w.year}`;
  // "When did the Chollima movement start?": the date is the work's, which the reader is not to take for the event's.
  if (intent.whenItHappened) return [`Told ${when}, in `, ` (the date of the work, not of what it tells)`];
  return [`${verb}${by} ${when}, in `, where ? ` (${where})` : ''];
}

/** A work's passages among `passages`, in the order of its text. */
const inTextOrder = (passages: readonly RankedPassage[], work: Work): RankedPassage[] =>
  passages.filter((p) => p.work.id === work.id).sort((a, b) => a.paragraph.position - b.paragraph.position);

/**
 * A work as a whole, in the order of its text: a scholarly work's opening paragraphs (the abstract), or its key
 * sentences (`more`: the next ones, after those quoted before); first saying that the sources speak of what the
 * question asks about only in its title, when so.
 */
function overview(passages: readonly RankedPassage[], intent: Intent, onlyInTitle: boolean, more = false): DraftInMode {
  const work = passages[0]!.work;
  const inOrder = inTextOrder(passages, work);
  // "Give me a quote from the 1974 talk": the sentence that carries most of its key words first.
  const best = intent.quote && inOrder.length > 1 && !overviewByAbstract(intent) ? inOrder.reduce((a, b) => (b.score > a.score ? b : a)) : null;
  const items = (best ? [best, ...inOrder.filter((p) => p !== best)] : inOrder).map(wholeSentences);
  const date = formatDate(work.date, work.year);
  const carry = items.length === 1 ? 'the sentence that carries' : `the ${items.length} sentences that carry`;
  const keySentences = best && !more
    ? `the sentence that carries most of its key words first, then ${items.length - 1} more, in the order of the text:`
    : `${carry} most of its key words${more ? ' after those quoted above' : ''}, in the order of the text:`;
  // "When was “Talk to the ex-premier of the Republic of Peru” given?": when and where first.
  const [said, where] = whenAndWhere(work, null, intent);
  const pages = formatPages(undefined, work.pages);
  const pagesAsked = !intent.page ? '' : pages ? `, ${pages}` : `; ${NO_PAGES}`;
  const opening = overviewByAbstract(intent)
    ? lead('From the abstract of ', work, ` (${date}${pagesAsked})${byline(authorWithAffiliation(work))}:`)
    : intent.when
      ? lead(said, work, `${where}; ${keySentences}`)
      : onlyInTitle && work.occasion && heldIn(work.occasion, intent.identityAsked) > heldIn(work.title, intent.identityAsked)
        ? lead('The sources speak of this only in the occasion given for ', work, ` (${date}${pagesAsked}): “${work.occasion}”; no passage says more. From it, ${keySentences}`)
        : onlyInTitle
        ? lead('The sources speak of this only in the title of ', work, ` (${date}${pagesAsked}); no passage says more. From it, ${keySentences}`)
        : intent.onPage
          ? lead(`Page ${intent.onPage.page} is in `, work, ` (${date}, ${pages})${onSeveralPages(work) ? "; the source does not give each paragraph's page" : ''}. From it, ${keySentences}`)
          : lead('From ', work, ` (${date}${pagesAsked}), ${keySentences}`);
  return { mode: 'answer', lead: opening, blocks: [{ kind: 'work', work, items }], wholeWork: true };
}

/**
 * "The opening of *T* (9 June 1987), as the collection prints it: its first 2 paragraphs:", each whole; "…: its last
 * sentence:"; "Paragraph 3 of *T* (…), as the collection numbers them:"; or, for a paragraph the work does not have,
 * how far its numbers run.
 */
function partOfWork(passages: readonly RankedPassage[], work: Work, part: PartAsked, lastParagraph: number | undefined): DraftInMode {
  const date = formatDate(work.date, work.year);
  const quoted = (said: LeadPart[]): DraftInMode => ({ mode: 'answer', lead: said, blocks: [{ kind: 'work', work, items: passages.map(wholeSentences) }], wholeWork: true });
  if ('position' in part) {
    if (passages.length === 0) return { mode: 'answer', lead: lead(work, ` (${date}) has no paragraph ${part.position}: the collection numbers its paragraphs 1–${lastParagraph ?? 1}.`), blocks: [] };
    return quoted(lead(`Paragraph ${part.position} of `, work, ` (${date}), as the collection numbers them:`));
  }
  const taken = part.unit === 'paragraph' ? passages.length : passages.reduce((n, p) => n + sentenceSpans(p.quote).length, 0);
  const [said, which] = part.edge === 'opening' ? ['The opening of ', 'first'] : ['The close of ', 'last'];
  return quoted(lead(said, work, ` (${date}), as the collection prints it: its ${which} ${taken === 1 ? part.unit : `${taken} ${part.unit}s`}:`));
}

/**
 * "Give me the best quotes", "his most famous quotes": no topic named, the sentences that carry most of the key words
 * of the works asked about, each of its work, in date order; asked which lines are best known, that the collection
 * does not say.
 */
function keyQuotes(passages: readonly RankedPassage[], works: readonly Work[], intent: Intent, more: boolean): DraftInMode {
  const quoted = works.filter((w) => passages.some((p) => p.work.id === w.id)).sort(byDate);
  const blocks: Block[] = quoted.map((work) => ({ kind: 'work' as const, work, items: inTextOrder(passages, work).map(wholeSentences) }));
  const authors = [...new Set(works.map((w) => w.author))];
  const whose = authors.length === 1 ? ` by ${authors[0]}` : '';
  // What the question asks that the collection does not say comes first, then how the sentences were chosen.
  // Which lines are best known is said not to be in the collection before every answer (`FAMED_LINE`).
  const unsaid = intent.keyQuotes === 'famed' ? '' : intent.keyQuotes === 'themes' ? 'The texts name no themes of their own; ' : 'No topic named: ';
  const sentences = `${unsaid ? 't' : 'T'}he ${passages.length === 1 ? 'sentence that carries' : `${passages.length} sentences that carry`}`;
  const each = passages.length > 1 ? ', each from another work, in date order' : '';
  return { mode: 'answer', lead: lead(`${unsaid}${sentences} most of the key words of the ${plural(works.length, 'work')}${whose}${more ? ' after those quoted above' : ''}${each}:`), blocks };
}

/**
 * "Compare the 1974 and 1978 talks": the works side by side, in date order, each as a whole as `overview` shows one
 * (its key sentences, a scholarly work its abstract), in the order of its text.
 */
function sideBySide(passages: readonly RankedPassage[], works: readonly Work[], primaryAuthor: string | null, { noTopic, eachDecade }: { noTopic: boolean; eachDecade: boolean }): DraftInMode {
  const blocks: Block[] = works.flatMap((work) => {
    const items = inTextOrder(passages, work).map(wholeSentences);
    return items.length ? [{ kind: 'work' as const, work, items }] : [];
  });
  const scholarly = (w: Work) => otherAuthor(w, primaryAuthor) !== undefined;
  const abstract = works.some(scholarly) ? ', a scholarly work by its abstract' : '';
  // "each by the sentence" when every work but a scholarly one (its abstract, whole) is quoted once.
  const once = blocks.every((b) => b.kind !== 'work' || b.items.length === 1 || scholarly(b.work));
  return {
    mode: 'answer',
    lead: lead(`${noTopic ? 'No topic named to compare them on: ' : ''}${works.length} works side by side${eachDecade ? ', one from each decade' : ''} (${describeDates(works)}), in date order, each by ${once ? 'the sentence that carries' : 'the sentences that carry'} most of its key words${abstract}:`),
    blocks,
    wholeWork: true,
  };
}

/**
 * Answer mode. A focused question: the few passages that address it, best first, grouped by work in that order.
 * A broad one ("what did he say about X"): every passage that addresses X up to a cap, best first, grouped by work
 * in date order; so too a question naming only years ("what did he say in the 1970s?"), with the passages of
 * those years the ranking found, each work's best first.
 */
function answer(question: string, ranking: RankingInput, options: AnswerOptions): DraftInMode {
  const { intent } = options;
  const yearsOnly = ranking.topic === 'years';
  const broad = (intent.broad || yearsOnly) && !intent.when && !intent.quote;
  const found = (yearsOnly ? eachWorkFirst(ranking.passages) : withAuthorsHolding(addressingTopic(ranking.passages, options.relevance), ranking.passages, intent.authorsCompared)).filter(
    (p) => !options.shown.has(p.paragraph.id),
  );
  if (found.length === 0) return { mode: 'answer', lead: lead(options.elsewhere ? NO_OTHER_WORK_LINE : NO_MORE_LINE), blocks: [] };
  // "both Juche and nationalism": the passages found that hold both, when any does.
  const holdingBoth = intent.both ? found.filter((p) => holdsEveryWord(p.paragraph.text, intent.both!)) : [];
  // "How does self-reliance differ from nationalism?": the passages found that speak of both lead.
  const topical = holdingBoth.length ? holdingBoth : intent.apart ? ofBothFirst(found, intent.apart) : found;
  // A broad answer quotes, up to its cap, the passages that hold the question's words before those close in meaning alone.
  const ordered = broad && !yearsOnly ? byQuestionWords(topical).flat() : topical;
  const chosen = withEachAuthor(ordered, intent.authorsCompared, intent.wanted ? Math.min(intent.wanted, options.maxWanted) : broad ? options.maxBroadQuotes : options.maxQuotes);
  // A broad answer shows apart the passages close in meaning alone; so does a focused one of a word or two ("Why did he
  // mention the Soviet Union?", "Which passage best shows his attitude to the Soviet Union?").
  const questionWords = wordsOfQuestion(ranking);
  const apart = !yearsOnly && (broad || (questionWords <= FEW_WORDS && !intent.when));
  const [chosenInWords, chosenInMeaningOnly] = apart ? byQuestionWords(chosen) : [chosen, []];
  const items = itemsFor(chosenInWords, ranking.terms, options);
  // "In which works does he use the phrase …?": where the words are, when some passage holds them; not what is like them.
  const meaningAsked = !(options.wordsAsked && chosenInWords.length > 0);
  const inMeaningOnly = meaningAsked ? itemsFor(chosenInMeaningOnly, ranking.terms, options).sort((a, b) => byDate(a.passage.work, b.passage.work)) : [];
  let first: Item | null = null;
  // "Is there a shorter one?": any passage that addresses the question may hold it, not only those chosen.
  const shorterThan = options.shorterThan;
  if (intent.quote && !intent.whole) {
    first = quotableSentence(shorterThan === undefined ? chosenInWords : topical, ranking.terms, intent.brief, shorterThan);
    if (first) {
      const firstPassage = first.passage;
      // As many quotes as before, when the shorter sentence comes from a passage the answer did not choose.
      // Under a bound said ("under 15 words"), the others too.
      const withinBound = (i: Item) => intent.wordLimit === null || wordCount(i.quote) < intent.wordLimit;
      items.splice(0, items.length, ...items.filter((i) => i.passage !== firstPassage && withinBound(i)).slice(0, Math.max(0, chosenInWords.length - 1)));
    }
  }
  const inWords = first ? [first, ...items] : items;
  const groups = groupByWork(inWords);
  if (broad) groups.sort((a, b) => byDate(a[0], b[0]));
  const blocks: Block[] = groups.map(([work, group]) => ({ kind: 'work', work, items: group }));
  if (inMeaningOnly.length) blocks.push({ kind: 'related', items: inMeaningOnly });

  const all = blocks.flatMap((b) => b.items);
  const works = uniqueWorks(inWords);
  const meaningOnly = noneInWords(ranking, chosen);
  // "None of these passages uses the question's words; said on …": the note opens the lead, whatever follows it.
  const opening = (text: string) => (meaningOnly ? `${NONE_IN_WORDS}${text.charAt(0).toLowerCase()}${text.slice(1)}` : text);
  let parts: LeadPart[];
  // "Who said “…”?" of a quotation the sources do not hold: no passage found is said to be where it was said.
  if (intent.when && ranking.quotation?.verdict !== 'not_found' && !ranking.reportedNotHeld) {
    const { work: w, paragraph } = all[0]!.passage;
    const [said, where] = whenAndWhere(w, paragraph, intent);
    parts = lead(opening(said), w, `${where}:`);
  } else if (intent.page) {
    // "What page is the passage about the furnace on?": where each quote stands, then the quotes.
    const [said, ...rest] = quotePlaces(all.map((item) => item.passage), all.map((_, i) => i + 1), '');
    parts = [{ ...said!, text: opening(said!.text) }, ...rest, ...lead(':')];
  } else if (first) {
    // None shorter than the quote before holds the question's words: said so, not shown again as though it were.
    // Shorter than a bound the question said ("under 5 words"), or than the quote before.
    const boundSaid = intent.wordLimit !== null && shorterThan === intent.wordLimit;
    const noneShorter = shorterThan === undefined || wordCount(first.quote) < shorterThan ? '' : boundSaid ? noneUnder(shorterThan) : NONE_SHORTER;
    const after = [...(inWords.length > 1 ? [plural(inWords.length - 1, 'more passage', 'more passages')] : []), ...(inMeaningOnly.length ? [`${plural(inMeaningOnly.length, 'passage')} close in meaning`] : [])];
    parts = lead(noneShorter, opening(after.length ? `The most quotable sentence first, then ${after.join(', then ')}:` : 'The most quotable sentence:'));
  } else {
    const inOrder = broad && works.length > 1 ? ', in date order' : '';
    const related = inMeaningOnly.length ? `, then ${plural(inMeaningOnly.length, 'passage')} close in meaning` : '';
    const count = options.shown.size ? plural(inWords.length, 'more passage', 'more passages') : plural(inWords.length, 'passage');
    const passages = meaningOnly ? `${NONE_IN_WORDS}${inWords.length} close in meaning, from` : `${count} from`;
    parts = lead(`${passages} ${plural(works.length, 'work')} (${describeDates(works)})${inOrder}${related}:`);
  }
  // "Give me ten quotes on X" when seven address X: said, not made up to ten. "Give me twenty": an answer quotes at most
  // `maxWanted`, said too; the rest are a "more" away.
  if (intent.wanted && options.shown.size === 0) {
    const only = topical.length < intent.wanted ? `Only ${plural(topical.length, 'passage')} ${topical.length === 1 ? 'addresses' : 'address'} this question. ` : '';
    const capped = Math.min(intent.wanted, topical.length) > options.maxWanted ? `${options.maxWanted} here, the most an answer quotes; ask for “more” for the rest. ` : '';
    if (only || capped) parts = [...lead(only + capped), ...parts];
  }
  // "What did he say in 1956?": no work is from then; the passages that name the year, or, with words to look for, those of any year.
  if (ranking.yearsWithoutWorks && options.shown.size === 0) {
    const { years } = parseQuery(question, new Set());
    parts = [...lead(`${noWorkFrom(periodsOf(yearRuns(years)), ranking.yearsWithoutWorks, yearsOnly ? { passages: all.length, years: years.size } : undefined)} `), ...parts];
  }
  parts = [...noWorkFromSpans(ranking, options), ...noWorkOfKinds(ranking, options), ...parts];
  if (intent.both) {
    const [a, b] = intent.both;
    const n = holdingBoth.length;
    parts = [...lead(n ? `${plural(n, 'passage')} found ${n === 1 ? 'holds' : 'hold'} both “${a}” and “${b}”. ` : `No passage found holds both “${a}” and “${b}”. `), ...parts];
  }
  return { mode: 'answer', lead: parts, blocks, ...(topical.length > chosen.length ? { more: true } : {}), ...(first && all.length > 1 ? { quotableFirst: true } : {}) };
}

/**
 * What one of each is asked of (`ONE_OF_EACH`): the two sides of a year ("one from before 1970 and one after"), the
 * periods of the years named, each time named apart its own ("the 1970s and one from the 1980s": two, not 1970–1989),
 * or the kinds of work the search kept to ("one from a speech and one from an interview").
 */
function eachAskedOnce(
  question: string,
  { years, timesApart, yearBounds }: Pick<ParsedQuery, 'years' | 'timesApart' | 'yearBounds'>,
  kinds: readonly string[],
): { times: YearSpan[]; kinds: readonly string[]; sidesOfOneYear?: true } {
  if (!ONE_OF_EACH.test(question)) return { times: [], kinds: [] };
  const sides = bothSidesOf(question);
  if (sides) return { times: [{ first: -Infinity, last: sides.first - 1 }, { first: sides.last + 1, last: Infinity }], kinds: [], sidesOfOneYear: true };
  // "one from before 1970 and one from after 1980": the two sides bounded, apart.
  const apart = yearBounds?.from !== undefined && yearBounds.to !== undefined && yearBounds.from > yearBounds.to ? yearBounds : null;
  if (apart) return { times: [{ first: -Infinity, last: apart.to! }, { first: apart.from!, last: Infinity }], kinds: [] };
  return years.size ? { times: periodsNamed([...years].sort((a, b) => a - b), { timesApart }), kinds: [] } : { times: [], kinds: kinds.length > 1 ? kinds : [] };
}

/** One of each kind asked, each said as the search keeps to it: ", one with “speech” in its title or occasion and one that …". */
const oneOfEachKind = (kinds: readonly string[]): string => (kinds.length ? `, ${inWords(kinds.map((kind) => `one${ofKindSaid(kind).one}`))}` : '');
/** One of each time asked: ", one from before 1970 and one from after 1980", ", one from 1960–1969 and one from 1980–1989". */
const oneOfEachTime = (times: readonly YearSpan[]): string =>
  times.length > 1 ? `, ${inWords(times.map(({ first, last }) => `one from ${first === -Infinity ? `before ${last + 1}` : last === Infinity ? `after ${first - 1}` : periodText({ first, last })}`))}` : '';

/**
 * Compare mode: the best passage of each work that addresses the topic, in date order, every year represented
 * (within `maxGroups` works, unless each work is asked for); the per-year counts come from the same passages.
 */
function compare(question: string, ranking: RankingInput, options: AnswerOptions): DraftInMode {
  const { intent } = options;
  const parsed = parseQuery(question, new Set());
  // Authors set side by side ("How does the article's view compare with Kim Il Sung's?"): each one's best is among them.
  const holding = withAuthorsHolding(addressingTopic(ranking.passages, options.relevance), ranking.passages, intent.authorsCompared);
  // Works named to compare are what is kept to: a year naming one of them ("the 1961 speech and the abstract") keeps out no other.
  const topical = intent.amongWorks ? holding : inNamedYears(holding, parsed);
  const [inWords, inMeaningOnly] = byQuestionWords(topical);
  // "Three quotes from different decades": as many works as asked, of as many decades (or years) as there are;
  // "a quote for each decade" ("each year"): one work of each, those that use the words first.
  // "one from the 1960s and one from the 1980s", "one from before 1970 and one after", "one from a speech and one from
  // an interview": one of each time or kind named, the times (kinds) its periods.
  const once = eachAskedOnce(question, parsed, ranking.keptToKinds ?? []);
  const timesNamed = once.times;
  const onceEach = Math.max(timesNamed.length, once.kinds.length);
  const max = intent.wanted || onceEach ? Math.min(Math.max(intent.wanted ?? 0, onceEach), options.maxWanted) : intent.eachWork ? Infinity : options.maxGroups;
  const timeOf = (year: number) => timesNamed.findIndex((span) => year >= span.first && year <= span.last);
  const periodOf = (p: RankedPassage) =>
    once.kinds.length ? once.kinds.findIndex((kind) => isOfKind(p.work, kind)) : p.work.year === null ? null : timesNamed.length > 1 ? timeOf(p.work.year) : intent.byDecade ? decadeOf(p.work.year) : p.work.year;
  const each = intent.byDecade === 'each' || intent.eachYear;
  const periodsBesides = (passages: readonly RankedPassage[], taken: ReadonlySet<number | null>) => new Set(passages.map(periodOf).filter((p) => !taken.has(p))).size;
  // An undated work is of no decade: it comes after one of each.
  const undated = new Set<number | null>(intent.byDecade ? [null] : []);
  const addressing = bestPerWork(inWords);
  const addressingWorks = addressing.map((p) => p.work);
  // "His first and last words on aid": the earliest and the latest work that uses the words, and no other.
  const bothEnds = intent.order === 'both';
  // "Cite the earliest passage on self-reliance": the one passage at that end, not every work in date order.
  const oneEnd = (intent.order === 'earliest' || intent.order === 'latest') && AN_END_PASSAGE.test(question) ? intent.order : null;
  const atEnds = bothEnds ? earliestAndLatest(addressing) : oneEnd ? passagesAtTheEnd(addressing, oneEnd) : [];
  const chosen = atEnds.length ? atEnds : everyPeriodFirst(addressing, each ? periodsBesides(addressing, undated) : max, periodOf, undated).sort((a, b) => byDate(a.work, b.work));
  const shown = new Set(chosen.map((p) => p.work.id));
  const others = bestPerWork(inMeaningOnly.filter((p) => !shown.has(p.work.id)));
  // Works that address it in meaning only: a time or kind of theirs is not said to be silent, only without its words.
  const closeWorks = inMeaningOnly.map((p) => p.work);
  const taken = new Set([...undated, ...chosen.map(periodOf)]);
  // Beside works that use the question's words, those close in meaning alone are a few (`closest`), not every other
  // work: past a few they share the collection's theme more than the question's. A number asked is filled.
  const room = atEnds.length ? 0 : each ? periodsBesides(others, taken) : chosen.length && !intent.wanted ? Math.min(max - chosen.length, options.closest) : max - chosen.length;
  const related = everyPeriodFirst(others, room, periodOf, taken).sort((a, b) => byDate(a.work, b.work));
  const items = itemsFor(chosen, ranking.terms, options);
  const relatedItems = itemsFor(related, ranking.terms, options);
  const works = uniqueWorks(items);
  // "When did he first mention South-South cooperation?": the first of the works shown whose passages hold every word
  // asked, when one does (the 1971 answers hold "cooperation" alone, the 1987 speech both).
  const holdingEveryWord = works.filter((w) => inWords.some((p) => p.work.id === w.id && p.evidence.coverage >= EVERY_WORD));
  const m = relatedItems.length;
  const closeInMeaning = m ? `; ${m} more ${m === 1 ? 'work is' : 'works are'} close in meaning` : '';
  const meaningOnly = noneInWords(ranking, chosen);
  const endSaid = bothEnds ? 'The earliest and the latest' : atEnds.length === 1 ? `The ${oneEnd}` : null;
  // More works address it than are shown (a number asked, one per decade, an end, or more than `maxGroups`): how many.
  const of = addressing.length > chosen.length ? `${endSaid ?? chosen.length} of the ${addressing.length} works that address this` : '';
  // "5 quotes from different decades" of 4 decades: "from 4 different decades", not five.
  const periods = new Set(chosen.map(periodOf)).size;
  const different = `from ${periods < chosen.length ? `${periods} ` : ''}different ${intent.byDecade ? 'decades' : 'years'}`;
  // The two sides of one year are said by how many works lie on each (`eachSide`).
  const picked = oneOfEachKind(once.kinds) || oneOfEachTime(once.sidesOfOneYear ? [] : timesNamed) || ((intent.wanted || each) && !atEnds.length ? `, ${each ? `one from each ${intent.byDecade ? 'decade' : 'year'}` : different}` : '');
  const address = meaningOnly
    ? `${NONE_IN_WORDS}${plural(works.length, 'work')} close in meaning`
    : of ? `${of}${picked}` : `${works.length === 1 ? 'Only 1 work addresses' : `${works.length} works address`} this`;
  const blocks: Block[] = items.map((item) => ({ kind: 'work', work: item.passage.work, items: [item] }));
  if (m) blocks.push({ kind: 'related', items: relatedItems });
  return {
    mode: 'compare',
    lead: [
      // "How did his view of aid change in the 1950s?": no work is from then; the comparison is of the years there are.
      ...(ranking.yearsWithoutWorks && options.shown.size === 0 ? lead(`${noWorkFrom(periodsOf(yearRuns(parsed.years)), ranking.yearsWithoutWorks)} `) : []),
      ...noWorkFromSpans(ranking, options),
      ...noWorkOfKinds(ranking, options),
      // Of every work that addresses it, not only those shown: "No work from 1960–1969 addresses this" holds of the texts.
      ...(works.length && options.shown.size === 0
        ? // Works named, not times, are compared when the question names them: each silent one is said by its title ("the
          // 1987 talk" is not every work of 1987).
          intent.amongWorks
          ? namedWorksNotAddressing(intent.amongWorks, addressingWorks, closeWorks)
          : [...noWorkAddressing(parsed, addressingWorks, closeWorks, ranking), ...noKindAddressing(addressingWorks, closeWorks, ranking)]
        : []),
      // No work is the first to use words none of them uses.
      ...(meaningOnly ? [] : firstOrLastInWords(works, holdingEveryWord, options.intent.order)),
      ...lead(`${address} (${listYears(works)}${eachSide(works, question)})${closeInMeaning}${blocks.length > 1 ? ', in date order' : ''}:`),
    ],
    blocks,
    // Close in meaning alone, a work's passages past the one shown are no more evidence than the works not shown: the
    // chart counts those shown ("revisionism", which no text holds, is no topic of 25 passages).
    years: yearCounts(meaningOnly ? chosen : inWords.filter((p) => shown.has(p.work.id))),
  };
}

/**
 * ": 2 before 1970, 5 after" (", 3 during" a decade's own works, ", 1 in 1970" a year's): how many of the works lie on
 * each side of a year or decade the question compares across ("Did it change after 1970?").
 */
function eachSide(works: readonly Work[], question: string): string {
  const sides = bothSidesOf(question);
  if (!sides) return '';
  const count = (n: number) => (n === 0 ? 'none' : String(n));
  const dated = works.filter((w) => w.year !== null);
  const before = dated.filter((w) => w.year! < sides.first).length;
  const after = dated.filter((w) => w.year! > sides.last).length;
  const within = dated.length - before - after;
  const middle = within ? `, ${within} ${sides.first === sides.last ? `in ${sides.said}` : 'during'}` : '';
  return `: ${count(before)} before ${sides.said}${middle}, ${count(after)} after`;
}

/** "Which works are from the same year?", "Are any two speeches from one year?": works sharing a year. */
const SAME_YEAR = /\b(?:the\s+same|one|a\s+single)\s+year\b/i;
/** "Was the 1967 programme a speech?", "Is the 1974 text an interview?": whether one work is of a kind, asked yes or no. */
const KIND_ASKED_OF = new RegExp(String.raw`^\s*(?:is|was)\s+(?:the|his|this|that|it)\b[^?.!]*?\s+an?\s+(${KINDS_BY_NAME.join('|')})\s*[?.!]*\s*$`, 'i');

/**
 * The two works a question of the time between works asks about: the two it names, or the first and the last of those
 * it asks about ("the first and last works"); null when it asks of no two.
 */
function twoWorksAsked(intent: Intent, collection: CollectionAsked | null | undefined): [Work, Work] | null {
  const named = intent.amongWorks ?? intent.sideBySide;
  if (named?.length === 2) return [named[0]!, named[1]!];
  const [first, last] = [firstOrLastOf(collection?.works ?? [], 'earliest'), firstOrLastOf(collection?.works ?? [], 'latest')];
  return intent.order === 'both' && first && last && first !== last ? [first, last] : null;
}

/** A passage's coverage of the question's words when it holds all of them (`Evidence.coverage`, a share of weights). */
const EVERY_WORD = 1 - 1e-9;

/**
 * Of a comparison's works, the first (or last) shown, and the first (or last) to hold every word of the question when
 * that is another ("worship of big countries" in 1961, before "worship of big powers" in 1987; "aid from others" in
 * 1961, "foreign aid" first in 1993): either alone would leave out what the list shows, or what makes a work the first.
 */
function firstOrLastInWords(works: readonly Work[], holdingEveryWord: readonly Work[], order: Intent['order']): LeadPart[] {
  const shown = firstOrLast(works, order, 'these sources');
  if (holdingEveryWord.length === 0) return shown;
  const differs = (end: 'earliest' | 'latest') => firstOrLastOf(holdingEveryWord, end) !== firstOrLastOf(works, end);
  // Each end said so for itself: the first to hold every word may be the last too, though not the first shown.
  if (order === 'both') return differs('earliest') || differs('latest') ? [...firstOrLastInWords(works, holdingEveryWord, 'earliest'), ...firstOrLastInWords(works, holdingEveryWord, 'latest')] : shown;
  return order && differs(order) ? [...shown, ...firstOrLast(holdingEveryWord, order, "these sources to use all the question's words")] : shown;
}

/**
 * The passages from the years (and months) the question names ("in 1961 compared with 1987", "between 1971 and
 * 1982", "in January 1987 and in December 1993"), when it names any and some are from them; else all of them.
 */
function inNamedYears(passages: RankedPassage[], question: TimeAsked): RankedPassage[] {
  const named = timeKept(
    passages.map((p) => p.work),
    question,
  ).named;
  const inNamed = passages.filter((p) => named(p.work));
  return inNamed.length > 0 ? inNamed : passages;
}

/** Of passages each of its own work, those of the earliest and the latest dated work (`firstOrLastOf`), in date order (one, if that is all). */
function earliestAndLatest(passages: readonly RankedPassage[]): RankedPassage[] {
  const works = passages.map((p) => p.work);
  const ends = new Set([firstOrLastOf(works, 'earliest'), firstOrLastOf(works, 'latest')]);
  return passages.filter((p) => ends.has(p.work)).sort((a, b) => byDate(a.work, b.work));
}

/** "the earliest passage", "the most recent quote": one passage at an end, not "the first quote" (of an answer before). */
const AN_END_PASSAGE = /\b(?:earliest|oldest|latest|newest|most\s+recent)\s+(?:passage|quote|quotation|sentence|excerpt|extract|mention|reference|statement|remark)\b(?!s)/i;

/**
 * Of the best passages of each work, the one of the earliest (or latest) dated work, and, when another work is the
 * first (or last) to hold every word of the question, that one's too, as the lead names it (`firstOrLastInWords`).
 */
function passagesAtTheEnd(addressing: readonly RankedPassage[], order: 'earliest' | 'latest'): RankedPassage[] {
  const holdingEveryWord = addressing.filter((p) => p.evidence.coverage >= EVERY_WORD);
  const ends = new Set([firstOrLastOf(addressing.map((p) => p.work), order), firstOrLastOf(holdingEveryWord.map((p) => p.work), order)]);
  return addressing.filter((p) => ends.has(p.work)).sort((a, b) => byDate(a.work, b.work));
}

/** The best passage of each work, in ranked order, then the others in theirs. */
function eachWorkFirst(passages: readonly RankedPassage[]): RankedPassage[] {
  const firsts = new Set(bestPerWork(passages));
  return [...firsts, ...passages.filter((p) => !firsts.has(p))];
}

/** The first (best-ranked) passage of each work, in ranked order. */
function bestPerWork(passages: readonly RankedPassage[]): RankedPassage[] {
  const best = new Map<string, RankedPassage>();
  for (const p of passages) if (!best.has(p.work.id)) best.set(p.work.id, p);
  return [...best.values()];
}

/**
 * At most `max` passages: the best of each period (a year, or a decade) first, those `taken` already left to the
 * end, so that every period is represented; then the rest by rank.
 */
function everyPeriodFirst(passages: readonly RankedPassage[], max: number, periodOf: (p: RankedPassage) => number | null, taken: ReadonlySet<number | null> = new Set()): RankedPassage[] {
  const firstOfPeriod = new Set<RankedPassage>();
  const periods = new Set(taken);
  for (const p of passages) if (!periods.has(periodOf(p))) (periods.add(periodOf(p)), firstOfPeriod.add(p));
  const ordered = [...passages.filter((p) => firstOfPeriod.has(p)), ...passages.filter((p) => !firstOfPeriod.has(p))];
  const kept = new Set(ordered.slice(0, max));
  return passages.filter((p) => kept.has(p));
}

/** What one topic of several asked a quote each found (`quotePerTopic`). */
export interface TopicRanking {
  topic: string;
  abstain: boolean;
  passages: readonly RankedPassage[];
  terms: readonly WeightedTerm[];
}

/**
 * "Give me one quote on self-reliance, one on foreign aid and one on trade": the most quotable sentence on each topic,
 * in the order asked, each under its work; a topic no passage addresses is said to be so. Null when none is addressed.
 */
export function quotePerTopic(perTopic: readonly TopicRanking[], options: AnswerOptions): Draft | null {
  const found = perTopic.flatMap(({ topic, abstain, passages, terms }) => {
    const item = abstain ? null : quotableSentence(addressingTopic(passages, options.relevance), terms, options.intent.brief);
    return item ? [{ topic, item }] : [];
  });
  if (found.length === 0) return null;
  const missing = perTopic.filter((t) => !found.some((f) => f.topic === t.topic)).map((t) => `“${t.topic}”`);
  const none = missing.length ? `No passage addresses ${inWords(missing, 'or')}. ` : '';
  return {
    mode: 'answer',
    lead: lead(`${none}${found.length === 1 ? `One quote on “${found[0]!.topic}”:` : `One quote on each of ${inWords(found.map((f) => `“${f.topic}”`))}, in that order:`}`),
    blocks: found.map(({ item }) => ({ kind: 'work', work: item.passage.work, items: [item] })),
    primaryAuthor: options.intent.primaryAuthor,
  };
}

/**
 * The sentence an essay could quote on its own: many question terms, from a strong passage, of a quotable
 * length, best of all one whose subject is a question term.
 */
export function quotableSentence(passages: readonly RankedPassage[], terms: readonly WeightedTerm[], brief = false, shorterThan = Infinity): Item | null {
  if (passages.length === 0) return null;
  const top = passages[0]!.score || 1;
  const candidates: { passage: RankedPassage; span: Span; sentence: string; words: number; terms: number; rel: number; own: WeightedTerm[] }[] = [];
  for (const passage of passages) {
    const text = passage.paragraph.text;
    const own = contentTerms(passage.work, terms);
    for (const s of sentenceSpans(text)) {
      const span = snapToWords(text, s);
      if (span.end <= span.start) continue;
      const sentence = text.slice(span.start, span.end);
      candidates.push({ passage, span, sentence, words: wordCount(sentence), terms: termScore(sentence, own), rel: passage.score / top, own });
    }
  }
  // "Is there a shorter one?": of the sentences holding the question's words, those shorter than the quote before, if
  // any; on what it quoted, so holding at least half the question's words the best sentence holds (by weight): after a
  // quote on unity among developing countries, not "There are now over 100 developing countries in the world."
  const enough = Number.isFinite(shorterThan) ? SHORTER_SHARE * Math.max(0, ...candidates.map((c) => c.terms)) : 0;
  const shorter = candidates.filter((c) => c.terms > 0 && c.terms >= enough && c.words < shorterThan);
  const pool = shorter.length ? shorter : candidates;
  const maxTerms = Math.max(0, ...pool.map((c) => c.terms));
  if (maxTerms === 0) return null;
  let best: (typeof candidates)[number] | null = null;
  let bestValue = -Infinity;
  for (const c of pool) {
    const value = (0.6 * (c.terms / maxTerms) + 0.4 * c.rel) * lengthFactor(c.words, brief) * subjectFactor(c.sentence, c.own);
    if (value > bestValue) [best, bestValue] = [c, value];
  }
  return best && itemOf(best.passage, [best.span]);
}

/** How quotable a sentence's length is: six words to forty, or, a short quote asked for, six to twenty. */
function lengthFactor(words: number, brief: boolean): number {
  if (words < 6) return 0.3;
  if (words < 9) return 0.7;
  if (words <= (brief ? BRIEF_WORDS : 40)) return 1;
  if (brief) return words <= 30 ? 0.6 : 0.3;
  if (words <= 55) return 0.75;
  return 0.4;
}
const BRIEF_WORDS = 20;
/** The share of the question's words (by weight) the best sentence holds that a quote shorter than the one before must hold too. */
const SHORTER_SHARE = 0.5;
/** A short quote (`QuoteOptions`): one sentence, neither a second one nor one drawing its consequence joining it (no words to spare). */
const BRIEF_QUOTE: QuoteOptions = { ...DEFAULT_QUOTE_OPTIONS, secondShare: Infinity, maxWords: 0 };

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

/**
 * The passages that address the topic, and, of each author set side by side that none of them is by, the best
 * passage that holds the question's words, though it ranks below the others' floor: that author's say on it.
 */
function withAuthorsHolding(addressing: readonly RankedPassage[], ranked: readonly RankedPassage[], authors: readonly string[]): RankedPassage[] {
  const missing = authors.filter((author) => !addressing.some((p) => p.work.author === author));
  return [...addressing, ...missing.flatMap((author) => ranked.find((p) => p.work.author === author && p.holdsWords) ?? [])];
}

/**
 * The first `n` passages, in their order, with the first of each author among them when a passage of theirs is in the
 * list ("Does Zhang Chao agree with Kim Il Sung about self-reliance?" quotes both); the last of the others give way.
 */
function withEachAuthor(passages: readonly RankedPassage[], authors: readonly string[], n: number): RankedPassage[] {
  const firsts = authors.flatMap((author) => passages.find((p) => p.work.author === author) ?? []);
  const kept = new Set([...firsts.slice(0, n), ...passages.filter((p) => !firsts.includes(p)).slice(0, Math.max(0, n - firsts.length))]);
  return passages.filter((p) => kept.has(p));
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

/** A question of this many words to look for or fewer is "of a word or two" (`byQuestionWords`). */
const FEW_WORDS = 2;

const NONE_IN_WORDS = "None of these passages uses the question's words; ";

/**
 * Whether a question with words to look for is answered by passages none of which (nor their works' titles) holds
 * any of them ("protectionism", which the texts never write): the lead says so, since they are close in meaning only.
 */
function noneInWords(ranking: RankingInput, passages: readonly RankedPassage[]): boolean {
  return ranking.topic === 'words' && passages.length > 0 && passages.every((p) => !p.holdsWords);
}

/** A text's words as terms, any form of a word one ("cooperation" for "cooperate"). */
const termsIn = (text: string): Set<string> => new Set(tokenize(text).map((t) => t.term));
/** How many of the terms a text holds. */
const heldIn = (text: string, terms: readonly string[] | null): number => {
  const present = termsIn(text);
  return (terms ?? []).filter((term) => present.has(term)).length;
};

/** Whether a text holds every word of each phrase, in any form; the text read once. */
function holdsEveryWord(text: string, phrases: readonly string[]): boolean {
  const present = termsIn(text);
  return phrases.every((phrase) => contentTokens(phrase).every((t) => present.has(t.term)));
}

/** The passages that hold a word of each of two things set apart first, the rest after, each in their order. */
function ofBothFirst(passages: readonly RankedPassage[], things: readonly string[]): RankedPassage[] {
  const ofBoth = passages.filter((p) => {
    const present = termsIn(p.paragraph.text);
    return things.every((thing) => contentTokens(thing).some((t) => present.has(t.term)));
  });
  return [...ofBoth, ...passages.filter((p) => !ofBoth.includes(p))];
}

/** How many words the question searched: its terms, less a name's initials, a name of several words one ("Who was Kim San Ho?"). */
function wordsOfQuestion({ terms, initials, names = [] }: Pick<RankingInput, 'terms' | 'initials' | 'names'>): number {
  const own = terms.filter((t) => !initials?.includes(t.term)).map((t) => t.term);
  const named = names.filter((name) => name.some((term) => own.includes(term)));
  return own.filter((term) => !named.some((name) => name.includes(term))).length + named.length;
}

/**
 * The passages that (or whose work's title) hold a word of the question, and those close to it in meaning alone.
 * A question of a word or two brings passages of the second kind that can look unrelated, so a broad answer and a
 * comparison show them apart; when no passage holds the question's words, all are of the first kind.
 */
function byQuestionWords(passages: readonly RankedPassage[]): [RankedPassage[], RankedPassage[]] {
  const inWords = passages.filter((p) => p.holdsWords);
  return inWords.length ? [inWords, passages.filter((p) => !p.holdsWords)] : [[...passages], []];
}

function uniqueWorks(items: readonly Item[]): Work[] {
  const seen = new Map<string, Work>();
  for (const i of items) seen.set(i.passage.work.id, i.passage.work);
  return [...seen.values()];
}
