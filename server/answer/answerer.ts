/**
 * The Answerer: question → retrieval → extractive answer, and, when an LLM writer is configured, its prose
 * kept only if it survives the verifier (otherwise the extractive answer, with the reason).
 */
import type { AnswerResponse, ReadAs } from '../contract.ts';
import type { Checker } from '../check/check.ts';
import type { Corpus, Paragraph, Work } from '../corpus/types.ts';
import { isMetadataLine } from '../corpus/text.ts';
import { asksWhatWasPut, authorsAsked, authorsMentioned, namedAuthors, nameWords, primaryAuthor, withoutAuthorsMentioned, withoutScholarship, type CorpusAuthors } from '../retrieval/authors.ts';
import { keptToAuthors, workMatches, type PassageFilters } from '../retrieval/filters.ts';
import { idf, type WeightedTerm } from '../retrieval/lexical.ts';
import { sentencesWithAll } from '../retrieval/mentions.ts';
import { isOfKind, parseQuery, quotedPhrases, spelledOut, yearRuns } from '../retrieval/query.ts';
import { kindsKeptTo, wholeParagraph, type RankedPassage } from '../retrieval/rank.ts';
import { contentTokens, wordCount, type Span } from '../retrieval/text.ts';
import { namesCapitalised, workNamesOf } from '../retrieval/work-names.ts';
import type { MentionSearch, PhaseTimings, Retriever } from '../retrieval/retriever.ts';
import { isMisspelling } from '../retrieval/spelling.ts';
import { DEFAULT_ANSWER_OPTIONS, draftAnswer, quotePerTopic, type AnswerOptions, type Draft, type InvalidQuote, type RankingInput, type TopicRanking } from './extractive.ts';
import { collectionAsked, collectionOfAuthors, noWorkFrom, noWorkInFilters, outsideAsked, sizesOfWorks, worksAround, worksFrom, withoutGivenAt, withoutOtherKind, worksNamed, type WorkSize } from './collection.ts';
import { misattribution, quotationRanking, quotationsIn, quotedInNone, reportedSpeechIn } from './quotation.ts';
import { timesChecked } from './times-checked.ts';
import { interviewersQuestions, replyTo } from './interviewers.ts';
import { itemOf, lead, type Item } from './item.ts';
import { keepVerbatim, render, toCitation } from './render.ts';
import { holdingQuotedPhrases, ownWords } from './focus.ts';
import { withoutWordsLeftOut, wordsLeftOut } from './left-out.ts';
import { byDate, decadeOf, formatDate, inWords, otherAuthor, periodText } from './format.ts';
import { withoutTimeSetAside, worksSetAside } from './set-aside.ts';
import { answerKind, askedOfWorks, asksBroadlyItself, asksOnlyTheGist, asksSummedUp, asksWhom, type Intent, overviewByAbstract, pointsAtAWork, pointsAtIt, readIntent, saysOfIt, topicsEachAsked, WHO_SAID_SOMETHING } from './intent.ts';
import { isOrder, isSide, isSize, type QuotesBeforeAsked } from './quotes-asked.ts';
import { besideQuote, partOf, wholeOf } from './part.ts';
import { careerHalvesAsYears, type DateChecked, firstAndLastAsYears, monthsAsDates, titleYearsChecked, workBoundsAsYears, yearsFromOthers } from './relative-time.ts';
import { keySentences, type SummaryOptions } from './summary.ts';
import { wordsUsedMost, type WordUse } from './word-use.ts';
import { asksAboutTheWord, searchText, textsCountedInThePlural, withoutOutsideSource } from './search-text.ts';
import { asksWhereItIsFrom, WORK_NOUNS } from './source-words.ts';
import { verifyProse } from './verifier.ts';
import type { ProseWriter } from './writer.ts';
import { checkQuote } from './verbatim.ts';
import { asksElse, isElliptical, withTimeCounted } from './followup.ts';

/** "published in 2022", "printed in 1987": a year said of printing, which is the book's. */
const PRINTED_IN_A_YEAR = /\b(?:published|printed|issued|reprinted)\s+in\s+\d{4}\b/i;

export interface AnswerInput {
  /** The question as asked (shown back in the response). */
  question: string;
  /** What to search with, when it differs from the question (a follow-up merged with earlier turns). */
  search?: string;
  /** The earlier question whose kind of answer a follow-up continues (`ResolvedQuestion.asks`), when not the question's own. */
  asks?: string;
  filters: PassageFilters;
  mode: 'auto' | 'compare';
  /** A follow-up asking for more ("show me more"): the passages (ids) the answers before it cited, left out of this one. */
  shown?: readonly string[];
  /** The works (ids) the answer before quoted or cited: what "How do I cite these?" asks about. */
  cited?: readonly string[];
  /** "Is there a shorter one?": the words of the first quote of the answer before, which the quote asked for is shorter than. */
  shorterThan?: number;
  /** "Did he say that elsewhere?": the works (ids) the answers to the question quoted, whose passages are left out as those shown are. */
  otherThan?: readonly string[];
  /** "Now one from a different year": the years (each year of the decades) those works are from, whose works are left out too. */
  otherThanYears?: readonly number[];
  /**
   * The quotes of the answer before (number, passage id) that the question asks to see in their whole paragraphs, or
   * asks where they are from (`quotesBeforeAsked`).
   */
  quotesBefore?: { asked: QuotesBeforeAsked['asked']; quotes: readonly { n: number; passageId: string; spans?: readonly Span[] | undefined }[] };
}

export interface Answerer {
  answer(input: AnswerInput, signal?: AbortSignal, timings?: PhaseTimings): Promise<AnswerResponse>;
}

export interface AnswererDeps {
  retriever: Retriever;
  corpus: Pick<Corpus, 'works' | 'paragraphs'>;
  /** Finds a quotation the question holds ("Did he say “…”?") in the corpus, word for word or close. */
  quotations?: Pick<Checker, 'quotation' | 'exactIn' | 'citesATitle'>;
  /** The optional LLM writer. */
  writer?: ProseWriter;
  log?: (message: string) => void;
  /** Called for every quote that fails the verbatim check (a bug: it is left out); logs it by default. */
  onInvalidQuote?: (invalid: InvalidQuote) => void;
  options?: Partial<Omit<AnswerOptions, 'intent'>>;
}

/** Passages retrieved per question; compare mode takes many, to find the best passage of every work. */
const K_ANSWER = 12;
const K_COMPARE = 60;
/** A word for a work, a year or quotation marks: a question that names a work as such, not by its title's words alone. */
const NAMES_A_WORK = new RegExp(String.raw`\b(?:${WORK_NOUNS}|\d{4})\b|["“”]`, 'i');
/** The abstract shown for "what does the article say?". */
const OVERVIEW_PARAGRAPHS = 3;
/** Key sentences of each work set side by side ("Compare the 1974 and 1978 talks"). */
const SIDE_BY_SIDE_SENTENCES = 3;

/** Works pointed back at: "these works", "those speeches", "of them", "among these" (not "these sources", the collection's name for itself, nor "of these topics"). */
const THOSE_WORKS = /\b(?:these|those)\s+(?:works|speeches|talks|interviews)\b|\b(?:of|among)\s+(?:these|those|them|the\s+two)\b(?!\s+(?:topics?|subjects?|themes?|things|words?|terms?)\b)/i;

export function createAnswerer(deps: AnswererDeps): Answerer {
  const { retriever, corpus, writer } = deps;
  // "What is the longest work?", "How long is the 1987 speech?": each work's size, counted over the corpus once, on the first question that asks.
  let workSizes: Map<string, WorkSize> | undefined;
  const sizes = () => (workSizes ??= sizesOfWorks(corpus.paragraphs));
  // "who intervewed him": its typos corrected. "In the sixties", "after the 1987 South-South speech", "in 1974 and the
  // following year", "his early works", "10 years after 1961": read as the years they name ("in the 1960s", "after
  // 1987", "in 1974 and 1975", "between 1961 and 1977", "in 1971"). "a quote that isn't from 1987": no time asked about;
  // the works of that time are set aside (`worksSetAside`). Each text is read so once, each reading said (`readings`).
  const readAs = (text: string): { text: string; setAside: string[]; readings: ReadAs[]; dated: DateChecked | null } => {
    // Its typos corrected first, as the search would: what it asks is read from its words as meant ("who intervewed him").
    const spelled = retriever.spell(spelledOut(withoutOutsideSource(text)));
    const plural = textsCountedInThePlural(spelled.text);
    // "When was the peru talk?": a title's name typed in lower case, in a question that writes capitals, is that name.
    const checked = titleYearsChecked(namesCapitalised(plural.text, names, isName), corpus.works);
    const fromOthers = yearsFromOthers(withTimeCounted(checked.text, ''), corpus.works);
    const months = monthsAsDates(fromOthers.text, corpus.works);
    const halves = careerHalvesAsYears(firstAndLastAsYears(workBoundsAsYears(months.text, corpus.works), corpus.works), corpus.works);
    const readings = [...spelled.corrections, ...plural.read, ...fromOthers.read, ...months.read, ...halves.read];
    return { text: withoutTimeSetAside(halves.text), setAside: worksSetAside(halves.text, corpus.works), readings, dated: checked.dated };
  };
  // What a question says of a quotation's source is read against the works' names, as the check reads an essay's.
  const names = workNamesOf(corpus.works);
  const log = deps.log ?? ((m: string) => console.error(m));
  const report =
    deps.onInvalidQuote ?? ((q: InvalidQuote) => log(`answer: BUG: a quote that is not verbatim was left out (${q.reason}) in ${q.passageId}: "${q.quote.slice(0, 120)}"`));

  /** Quote selection weighs each question term by its rarity, so "self-reliance" (everywhere) counts less than "defeatism". */
  const idfOf = (term: string) => idf(retriever.corpus.paragraphLexical, term);
  /** Whether some sentence of the sources holds every one of the terms. */
  const inSomeSentence = (terms: readonly string[]) => sentencesWithAll(retriever.corpus.sentenceLexical, terms).length > 0;
  /** The works of the years named, but those `keptOut`, one of whose sentences holds every one of the terms. */
  const worksOfThenHolding = (terms: readonly string[], years: ReadonlySet<number>, keptOut: (work: Work) => boolean): Work[] => {
    if (terms.length === 0 || years.size === 0) return [];
    const { sentences, paragraphWork } = retriever.corpus;
    const works = new Set([...sentencesWithAll(retriever.corpus.sentenceLexical, terms)].map((s) => paragraphWork[sentences.paragraph[s]!]!));
    return [...works].filter((w) => w.year !== null && years.has(w.year) && !keptOut(w)).sort(byDate);
  };
  /** Whether some sentence holds every content word of a phrase, in any form ("tightened our belts" of "tighten our belts"). */
  const heldInSomeSentence = (phrase: string) => {
    const terms = contentTokens(phrase).map((t) => t.term);
    return terms.length === 0 || inSomeSentence(terms);
  };
  /** A word typed in lower case that no English word list holds, nor is one letter from one: a name ("japanese"). */
  const { englishWords: english } = retriever.corpus;
  const isName = (word: string) => !english.has(word) && !isMisspelling(word, (w) => english.has(w));
  const byRarity = (terms: readonly WeightedTerm[]): WeightedTerm[] => terms.map((t) => ({ term: t.term, weight: t.weight * idfOf(t.term) }));

  /** One topic of several asked a quote each: searched alone, its terms weighed by rarity as the question's are. */
  async function topicRanking(topic: string, filters: PassageFilters, timings?: PhaseTimings): Promise<TopicRanking> {
    const searched = await retriever.search(topic, filters, K_ANSWER, undefined, timings);
    return { topic, abstain: searched.abstain, passages: ownWords(searched.passages, topic, names.authors), terms: byRarity(searched.terms) };
  }

  return {
    async answer(received, signal, timings) {
      signal?.throwIfAborted();
      // Set by the user, not read from a follow-up ("Cite the 1965 quotes" keeps to 1965, which the quotes before are not of).
      const outsideTheFilters = received.search === undefined ? noWorkInFilters(received.filters ?? {}, corpus.works) : null;
      if (outsideTheFilters) return render(received.question, { mode: 'abstain', lead: outsideTheFilters, blocks: [], primaryAuthor: primaryAuthor(corpus.works) }, report);
      const before = (received.cited ?? []).flatMap((id) => corpus.works.filter((w) => w.id === id));
      // "In the sixties", "the '80s", "after the 1987 speech": read below as the years they name; the question is shown back as asked.
      const questionRead = readAs(received.question);
      // "Kim first talked about vinalon in 1978, correct?": 1978 is checked, so every year is searched, and that is said.
      const checkedTimes = timesChecked(questionRead.text);
      const question = checkedTimes.text;
      const searchRead = received.search === undefined ? null : readAs(received.search);
      // "intervewed", "his early works", "10 years after 1961": read as words or years the question does not write, which the answer says.
      const readings = [...new Map([...questionRead.readings, ...(searchRead?.readings ?? [])].map((t) => [t.typed, t])).values()];
      // A work named by its title with a year that is not its own ("“…”, 1986"): its date said first. How the question
      // was read so is said with the answer (`withReadingSaid`).
      const dated = questionRead.dated ?? searchRead?.dated ?? null;
      const saidFirst = [
        ...(dated ? lead(dated.said ? `You say ${dated.said}; ` : '', dated.work, ` is dated ${formatDate(dated.work.date, dated.work.year)}. `) : []),
        ...(checkedTimes.checked.length ? lead(`Searched in every work, to check ${inWords(checkedTimes.checked.map((t) => `“${t}”`), 'and')}. `) : []),
      ];
      const withReadingSaid = <T extends Draft>(draft: T): T => {
        const dated = saidFirst.length ? { ...draft, lead: [...saidFirst, ...draft.lead] } : draft;
        return readings.length ? { ...dated, readAs: [...(dated.readAs ?? []), ...readings] } : dated;
      };
      const asItself = readIntent(question, corpus.works, before, isName);
      // "What else did he say in that talk?", "Summarise that article", "Give me the full text of it", "How long is it?",
      // "Is it on page 20?": a work the question points at, of the answer before or named by itself, is what it asks
      // about, not what the question before asked; "more from that interview" asks more of what the question before
      // asked, from that work.
      const atAWork = pointsAtAWork(received.question);
      const pointed = atAWork || (pointsAtIt(received.question) && asItself.overview) || (saysOfIt(received.question) && asItself.inWork) || asItself.fullText || asItself.part || asItself.length === 'each' || asItself.page;
      const ofAWork = pointed && (asItself.overview || asItself.inWork || asItself.secondary.length);
      // "What else did he say in that talk?" after "… about vinalon?": the rest of that talk's key sentences, not more on vinalon.
      const restOf = received.shown && atAWork && asksElse(received.question) ? asItself.overview : null;
      const moreOf = received.shown && atAWork && !restOf ? (asItself.overview ?? asItself.inWork) : null;
      let ofItself = received;
      if (restOf) ofItself = { ...received, search: undefined, asks: undefined };
      else if (moreOf) ofItself = { ...received, filters: { ...received.filters, work: moreOf.id } };
      else if (ofAWork && !received.shown) ofItself = { ...received, search: undefined, asks: undefined };
      // "And Kim?" after "What does Zhang Chao say about consumer goods?": the question before, of the author it names.
      const ofAuthor = ofItself.asks !== undefined && ofItself.search === undefined && namesAnAuthorAlone(received.question, retriever.corpus.authors.all);
      const input = {
        ...ofItself,
        question,
        ...(ofItself.search && searchRead ? { search: searchRead.text } : ofAuthor ? { search: `${readAs(ofItself.asks!).text} ${question}` } : {}),
        ...(ofItself.asks ? { asks: readAs(ofItself.asks).text } : {}),
      };
      const asked = input.search ?? input.question;
      // What the search a follow-up resolves to asks: the work it names as a whole, when the follow-up itself asks of one
      // ("and in 1993?" after "What did he say about aid?" asks about aid in 1993, not for the 1993 work as a whole), works
      // side by side so too ("a quote from an interview" after "self-reliance" asks for one on it), and the two things it
      // joins by "both … and" ("Both together?" after "… agriculture?" and "And irrigation?").
      const ofSearch = input.search ? readIntent(input.search, corpus.works) : null;
      // "from the earliest work only" after "quotes on trade": trade, kept to the work the follow-up names by its order.
      const keptTo = ofSearch?.inWork && ofSearch.inWork === asItself.overview && !ofSearch.overview ? ofSearch.inWork : null;
      // "and oil?" after "… in the Peru talk?", searched as "and oil in the Peru talk?": the work (works) it names, kept to.
      const namesNoWork = !asItself.inWork && !asItself.overview && !asItself.amongWorks && asItself.secondary.length === 0;
      // "Summarise them" after "Which works are from the 1970s?": those works, each summed up by its key sentences, as
      // "Summarise the 1970s works" is (not the quotes of a topic before, which are summed up by no other words).
      const summedBefore = asksSummedUp(input.question) && !asItself.sideBySide && !asItself.overview && ofSearch?.sideBySide ? ofSearch.sideBySide : null;
      const own = ofSearch
        ? {
            ...asItself,
            // "What was the main point?" after "Tell me about the 1978 talk": that work, summed up.
            overview: asksOnlyTheGist(input.question) ? ofSearch.overview : asItself.overview && ofSearch.overview,
            sideBySide: summedBefore ?? (ofSearch.sideBySide && asItself.sideBySide),
            ...(summedBefore ? { beyond: null } : {}),
            both: asItself.both ?? ofSearch.both,
            // "who published it?" after "When was the collection published?": where the texts are from, asked of them.
            ...(ofSearch.provenance && !asItself.provenance && asksWhereItIsFrom(input.question) ? { aboutTheTexts: true, provenance: true } : {}),
            ...(namesNoWork && ofSearch.amongWorks ? { amongWorks: ofSearch.amongWorks } : {}),
            ...(keptTo ? { inWork: keptTo, order: null } : namesNoWork && ofSearch.inWork && !ofSearch.overview ? { inWork: ofSearch.inWork } : {}),
          }
        : asItself;
      // "How do I cite these?" asks for the citations of the answer before, not what the question before it asked.
      const citesAnswer = own.citation?.of === 'answer';
      // A follow-up asks what the question it continues asked ("and the 1980s?" after "Which works are from the 1970s?"),
      // as many quotes as that one did unless it says how many ("Give me five more"), as short if either asks so; what
      // it asks in its own words if it asks what was said ("What did he say about trade in them?" after "List his
      // speeches", "What did he say about it?" after "Find a quote about …").
      const kind = input.asks && !citesAnswer && (!asksBroadlyItself(input.question) || isElliptical(input.question)) ? answerKind(input.asks) : null;
      const read = kind ? { ...own, ...kind, aboutTheTexts: own.aboutTheTexts || kind.aboutTheTexts, wanted: own.wanted ?? kind.wanted, brief: own.brief || kind.brief, wordLimit: own.wordLimit ?? kind.wordLimit, countBy: own.countBy ?? kind.countBy, length: own.length ?? kind.length } : own;
      // A work the filters leave out is not summed up: the question is searched within them. Nor is one whose title's
      // words a question asks what (not who) they are, when the texts hold them ("What is South-South cooperation?").
      const definedInTheTexts = read.identityAsked !== null && !/\bwho\b/i.test(input.question) && inSomeSentence(read.identityAsked);
      // Asked to compare ("South-South cooperation" with the comparison chosen), words of a title that name no work by a
      // word for one or a year are a topic to compare across the works.
      const comparedTopic = input.mode === 'compare' && !NAMES_A_WORK.test(input.question);
      const scoped = read.overview && (!workMatches(read.overview, input.filters) || definedInTheTexts || comparedTopic) ? { ...read, overview: null, identityAsked: null } : read;
      // "Show me more": the question before, searched again (or counted again), its passages not yet shown listed as a broad answer's are.
      const yearsAside = new Set(input.otherThanYears);
      const worksAside = input.otherThan ? new Set([...input.otherThan, ...corpus.works.filter((w) => w.year !== null && yearsAside.has(w.year)).map((w) => w.id)]) : null;
      const elsewhere = worksAside ? corpus.paragraphs.filter((p) => worksAside.has(p.workId)).map((p) => p.id) : [];
      const shown = new Set([...(input.shown ?? []), ...elsewhere]);
      // "Which work was given at the Supreme People's Assembly?", "Did he speak at a plenary meeting?": where works were
      // given, which their headings say, asks which works (no topic, nor a summary of the one its words name).
      const topical = withoutOtherKind(withoutGivenAt(asked, corpus.works), corpus.works);
      // "What else?" after a work asked of as a whole ("What did he say to the Ghana Times?"): more of its key sentences.
      const wholeAgain = shown.size ? (restOf ?? (ofSearch?.overview && !ofSearch.part ? ofSearch.overview : null)) : null;
      const intent = shown.size ? { ...scoped, broad: true, overview: wholeAgain, aboutTheTexts: false, order: null } : topical !== asked ? { ...scoped, overview: null, aboutTheTexts: true } : scoped;
      const filters = { ...input.filters };
      // "Which of these works mentions trade most?": counted in the works of the answer before, not in every work.
      // "Compare the Ghana and Yugoslav interviews on aid": in the works it names.
      const amongBefore = !intent.amongWorks && intent.counts && (input.cited?.length ?? 0) > 0 && THOSE_WORKS.test(input.question);
      const worksKept = amongBefore ? corpus.works.filter((w) => input.cited!.includes(w.id)) : intent.amongWorks;
      const othersSetAside = worksKept ? corpus.works.filter((w) => !worksKept.includes(w)).map((w) => w.id) : [];
      const setAside = [...questionRead.setAside, ...(searchRead?.setAside ?? []), ...othersSetAside];
      if (setAside.length) filters.except = [...new Set(setAside)];
      // "Who asked him about it?" after a question on a topic: what was put to him may be found, though the topic searched says not.
      if (asksWhatWasPut(input.question, names.authors) || asksWhatWasPut(asked, names.authors)) filters.interviewers = true;
      if (intent.secondary.length === 1 && !intent.amongWorks && filters.work === undefined) filters.work = intent.secondary[0]!.id;
      if (intent.inWork && filters.work === undefined) filters.work = intent.inWork.id;
      // "Is there more?" after "What did the Benin interview say about planning?": more from that work, not from every work.
      if (shown.size && !input.otherThan && ofSearch?.inWork && filters.work === undefined) filters.work = ofSearch.inWork.id;
      // "and self-reliance?" after "How often does he mention Juche?" asks about him too.
      // "And what did Kim say about it?" after "What does Zhang Chao say about …?": the author it names, not the one before.
      const continued = (input.asks ?? input.search) && filters.authors === undefined ? followedAuthors(input.question, input.asks ?? input.question, retriever.corpus.authors) : null;
      if (continued?.size) filters.authors = [...continued];
      // A comparison runs across works: a question pinned to one work (by filter, or about the scholarly work) is answered.
      // So does "when did he first mention X?": the works on X in date order show which came first.
      const readAsked = { authors: retriever.corpus.authors.all };
      const parsed = parseQuery(asked, new Set(), readAsked);
      // "And aid?" after "How did his view of trade change?" compares as that question did.
      const comparedBefore = kind !== null && parseQuery(input.asks!, new Set(), readAsked).compare;
      // "Has it changed?" after a question on a topic compares that topic, though the words merged with it read otherwise.
      const followUpCompares = input.search !== undefined && parseQuery(input.question, new Set(), readAsked).compare;
      // Works named together ("the 1961 speech and the abstract") are compared, though one of them names no year.
      const namedTogether = (intent.amongWorks?.length ?? 0) > 1;
      const compare = (input.mode === 'compare' || parsed.compare || comparedBefore || followUpCompares || namedTogether || intent.order !== null) && filters.work === undefined && shown.size === 0;
      // Kept to a work it names, or to the scholarly work, the question asks for what else it says: the words naming the
      // work are no evidence there.
      // "quotes on self-reliance that don't mention Juche": searched without the words left out, its passages without them;
      // not "List the works that never mention oil", which counts oil to name the works without it.
      const leftOut = intent.without ? { asked: topical, words: [] } : wordsLeftOut(topical);
      // The scholarly work among them is pointed at ("the abstract"), not named by its title's words, which stay the topic
      // ("Compare the 1961 speech and the abstract on self-reliance").
      const namedWorks = (intent.amongWorks ?? (intent.inWork ? [intent.inWork] : [])).filter((w) => !intent.secondary.includes(w));
      const ofNamedWorks = namedWorks.length ? askedOfWorks(searchText(leftOut.asked), namedWorks, corpus.works, intent.amongByTheirYear) : searchText(leftOut.asked);
      const search = intent.secondary.length || (namedWorks.length === 0 && (intent.authorsCompared.length > 1 || continued?.size)) ? withoutScholarship(ofNamedWorks) : ofNamedWorks;
      // "The full passage of [2]", "Where is [2] from?": the paragraphs of the quotes it names, in their order; nothing searched.
      // "How did he answer?": his reply to each that is an interviewer's question, once for a question of several paragraphs.
      // "What comes next?": the paragraph after each.
      const replying = input.quotesBefore?.asked === 'reply';
      const side = input.quotesBefore && isSide(input.quotesBefore.asked) ? input.quotesBefore.asked : null;
      // "Sort them by date", "Which quote is the shortest?": each quote as it was quoted, its stretch of its paragraph.
      const ordering = input.quotesBefore !== undefined && (isOrder(input.quotesBefore.asked) || isSize(input.quotesBefore.asked));
      // "Can you shorten the second quote?", "Just the first one": each quote's stretch, its quote the parts of it shown
      // (`shorterQuotes`, `justThose`).
      const shortening = input.quotesBefore?.asked === 'shorter' || input.quotesBefore?.asked === 'just';
      // A run of paragraphs read on from is read on from its end: a paragraph quoted already is not shown again.
      const quotedIds = new Set((input.quotesBefore?.quotes ?? []).map((q) => q.passageId));
      const pointedAt = (input.quotesBefore?.quotes ?? []).flatMap(({ n, passageId, spans }) => {
        const quoted = corpus.paragraphs.find((p) => p.id === passageId);
        const extent = spans?.length ? { start: spans[0]!.start, end: spans.at(-1)!.end } : undefined;
        const reply = quoted && replying ? replyTo(quoted, corpus.paragraphs) : null;
        // Each quote's stretch of its paragraph, from its first sentence to its last.
        const asQuoted = quoted && (ordering || shortening) && extent ? { paragraph: quoted, span: extent } : null;
        const taken = !quoted ? null : replying ? reply && wholeOf(reply) : side ? besideQuote(quoted, extent, corpus.paragraphs, side) : (asQuoted ?? wholeOf(quoted));
        const work = taken && corpus.works.find((w) => w.id === taken.paragraph.workId);
        const shownBefore = side !== null && taken !== null && taken.paragraph.id !== passageId && quotedIds.has(taken.paragraph.id);
        if (!taken || !work || shownBefore) return [];
        const passage = spanOf(taken.paragraph, work, taken.span);
        return [{ n, passage: shortening && spans ? { ...passage, quote: spans.map((s) => taken.paragraph.text.slice(s.start, s.end)).join(' … ') } : passage }];
      });
      // Another paragraph than the quote's own is shown once, however many quotes of one paragraph point at it.
      const anotherParagraph = replying || side !== null;
      const quotesBefore = anotherParagraph ? pointedAt.filter((q, i) => pointedAt.findIndex((other) => other.passage.paragraph.id === q.passage.paragraph.id) === i) : pointedAt;
      // Asked of the quotes before, these questions are answered so with none before too: "What comes next?" with nothing
      // to read on from, "Are these verbatim?" with nothing quoted (what holds of every quote).
      const ofQuotesAlone = anotherParagraph || ordering || shortening || input.quotesBefore?.asked === 'exact';
      const options: AnswerOptions = {
        ...DEFAULT_ANSWER_OPTIONS,
        ...deps.options,
        mode: compare ? 'compare' : 'auto',
        intent,
        searchText: asked,
        shown,
        moreAsked: input.shown !== undefined,
        // "Is there a shorter one?": shorter than the quote before; "quotes under 15 words": than the bound.
        ...(input.shorterThan !== undefined ? { shorterThan: input.shorterThan } : intent.wordLimit !== null ? { shorterThan: intent.wordLimit } : {}),
        ...(input.otherThan ? { elsewhere: true } : {}),
        ...(asksAboutTheWord(input.question) ? { wordsAsked: true } : {}),
        // Only a question about the texts, or of whom he addressed, can list them: no pass over every work on each answer otherwise.
        // "Who was he speaking to?" after an answer from several works: those works.
        // "Was the 1993 speech his last?": of all the collection's works, whatever years or kinds the question names.
        collection: intent.atAnEnd
          ? worksNamed(corpus.works, sizes())
          : intent.whomBefore
          ? worksNamed(intent.whomBefore, sizes())
          : intent.lengthBefore
            ? worksNamed(intent.lengthBefore, sizes(), ' quoted above')
            : intent.aboutTheTexts || asksWhom(input.question)
          ? {
              // Who wrote them is asked of all of them ("Who was Kim Il Sung?": the works that are his, and the others).
              // "Which works were published in 2022?": the year they were printed in is the book's, not the works'.
              ...outsideAsked(
                collectionOfAuthors(intent.provenance && PRINTED_IN_A_YEAR.test(asked) ? { ...parsed, years: new Set(), yearBounds: null } : parsed, corpus.works, filters, intent.authors ? new Set() : keptToAuthors(corpus.works, retriever.corpus.authors, filters, withoutAuthorsMentioned(asked, authorsMentioned(asked, names.authors)))),
                intent.notAmong,
                corpus.works.filter((w) => workMatches(w, filters)),
              ),
              ...(intent.length ? { sizes: sizes() } : {}),
            }
          : intent.length === 'each' && intent.overview
            ? worksNamed([intent.overview], sizes())
            : null,
        cited: citesAnswer ? corpus.works.filter((w) => input.cited?.includes(w.id)) : [],
        // "What words does he use most (in his speeches, in the 1980s)?": counted in the works of his asked about.
        ...(intent.wordsUsedMost ? { wordsUsed: wordsUsedIn(collectionAsked(parsed, corpus.works.filter((w) => w.author === intent.primaryAuthor), filters).works, corpus.paragraphs) } : {}),
        quotesBefore: input.quotesBefore && (quotesBefore.length || ofQuotesAlone) ? { asked: input.quotesBefore.asked, numbers: pointedAt.map((p) => p.n) } : null,
      };

      // "How often does he mention X?": counted over the whole corpus; words that never occur are searched as usual.
      const countedAll = intent.counts && !intent.smallTalk ? countedRanking(await retriever.mentions(search, filters, undefined, asksAboutTheWord(input.question), authorsMentioned(input.question, names.authors))) : null;
      // Kept to the works of the answer before, or to those the question names, the count says so.
      const counted = countedAll?.mentions && worksKept ? { ...countedAll, mentions: { ...countedAll.mentions, among: { works: worksKept, before: amongBefore } } } : countedAll;
      const mentions = counted?.mentions;
      // "Did he say “…”?": the quotation looked up word for word (or close); one found nowhere is said so, then searched.
      // "Did he really say that …?": the words reported looked up so too, and answered so only when word for word (put in
      // other words, they are searched: the passages close in meaning say more than the one closest in wording).
      const lookUp = deps.quotations && !shown.size && !intent.counts;
      // A quotation is looked up, and said back, as typed: "defense" in it is the writer's word, not read as "defence".
      const quotations = lookUp ? quotationsIn(received.question, (phrase) => deps.quotations!.citesATitle(phrase)) : [];
      const quoted = quotations[0] ?? null;
      const reportedSpeech = lookUp && !quoted ? reportedSpeechIn(input.question) : null;
      const reported = reportedSpeech?.words ?? null;
      // Words reported as said that are a claim, which the answer searches for as such when no source holds them.
      const claimed = reportedSpeech?.claim ? reportedSpeech.words : null;
      const lookFor = quoted ?? reported;
      const lookedUp = lookFor === null ? null : { text: lookFor, ...deps.quotations!.quotation(lookFor), ...(quotations.length > 1 ? { of: quotations.length } : {}) };
      const looked = lookedUp && (quoted || lookedUp.verdict === 'exact') ? lookedUp : null;
      const wrongly = looked?.match ? misattribution(input.question, looked.text, looked.match, names) : null;
      // "Is “the revolutionary spirit of self-reliance” from 1987?": words several works hold word for word, of the one
      // said, when it holds them; the works that hold them, said.
      const holding = looked?.match?.exact ? deps.quotations!.exactIn(looked.text) : [];
      const ofTheOneSaid = wrongly ? (holding.find((m) => !misattribution(input.question, looked!.text, m, names)) ?? null) : null;
      const misattributed = ofTheOneSaid ? null : wrongly;
      const heldIn = holding.length > 1 ? { heldIn: holding.map((m) => m.paragraph.work) } : {};
      const found = looked && { ...looked, ...heldIn, ...(ofTheOneSaid ? { match: ofTheOneSaid } : misattributed ? { misattributed } : {}) };
      // "one quote on self-reliance, one on foreign aid and one on trade": each topic searched, a quote on each.
      const topics = !shown.size && !quotesBefore.length && !ofQuotesAlone && !counted && !intent.smallTalk && !found ? topicsEachAsked(input.question) : null;
      const perTopic = topics && quotePerTopic(await Promise.all(topics.map((topic) => topicRanking(topic, filters, timings))), options);
      if (perTopic) return render(received.question, withReadingSaid(perTopic), report);
      // "the 1965 speech": no work is from the years it names, but some are near them (outside the years a follow-up kept to:
      // "cite the 1965 one" keeps to 1965).
      const yearsOfNoWork = noWorkFrom(parsed.years, corpus.works, filters);
      const around = () => worksAround(corpus.works, parsed.years, { ...filters, from: undefined, to: undefined });
      let ranking: RankingInput;
      // The intent the draft is written for, when the passages found answer it otherwise than the question read.
      let draftIntent: Intent | null = null;
      if (quotesBefore.length || ofQuotesAlone) ranking = { abstain: false, compare: false, passages: quotesBefore.map((p) => p.passage), terms: [] };
      else if (intent.smallTalk || citesAnswer) ranking = { abstain: false, compare: false, passages: [], terms: [], ...(yearsOfNoWork ? { worksAround: around() } : {}) };
      else if (found?.match) ranking = quotationRanking(found, found.match);
      else if (counted && counted.passages.length > 0) ranking = counted;
      else if (intent.interviewerAsked) ranking = { abstain: false, compare: false, passages: interviewersQuestions(asked, corpus, filters, names, before), terms: [] };
      else if (intent.overview) {
        // "Summarise the 1987 speech in two quotes": as many key sentences as asked; "briefly", half as many.
        const sentences = intent.wanted ? Math.min(intent.wanted, options.maxWanted) : intent.brief ? Math.ceil(options.summary.sentences / 2) : options.summary.sentences;
        const summary = { ...options.summary, sentences };
        ranking = overviewRanking(corpus, intent, idfOf, summary, inSomeSentence, shown);
      }
      else if (intent.sideBySide) {
        const sided = sideBySideRanking(corpus, intent.sideBySide, intent.primaryAuthor, idfOf, { ...options.summary, sentences: intent.quote ? 1 : SIDE_BY_SIDE_SENTENCES });
        // "A quote for each decade": of each decade, the work whose key sentence carries most of its key words.
        const ofEach = intent.byDecade === 'each' ? bestOfEachDecade(sided.passages) : null;
        ranking = ofEach ? { ...sided, passages: ofEach } : sided;
        if (ofEach) draftIntent = { ...intent, sideBySide: intent.sideBySide.filter((w) => ofEach.some((p) => p.work.id === w.id)) };
      }
      else {
        // As many again as a broad answer quotes, to tell whether a "show me more" would find more (`Draft.more`).
        const k = compare ? K_COMPARE : K_ANSWER + shown.size + options.maxBroadQuotes;
        // "In 1961 Kim said that … Is that right?", "Did he say in his 1969 interview that …?", put in other words: the
        // year or work is what is checked, not where to look; the words said are searched in every work.
        const claimDated = claimed !== null && !found && !compare && (parsed.years.size > 0 || namedWorks.length > 0);
        const searchFor = claimDated ? claimed : search;
        const searchWithin = claimDated ? { ...input.filters } : filters;
        // The search kept to one author or work set side by side, in his own words.
        const searchOfOne = async (one: Pick<PassageFilters, 'author' | 'work'>) => ownWords((await retriever.search(searchFor, { ...searchWithin, ...one }, K_ANSWER, undefined, timings)).passages, asked, names.authors);
        const ofAuthors = await withEachOnesBest(await retriever.search(searchFor, searchWithin, k, undefined, timings), filters.authors ? [] : intent.authorsCompared, (p, author) => p.work.author === author, (author) => searchOfOne({ author }));
        // Works named to compare ("the 1961 speech and the abstract"): each one's best, whatever the others' scores.
        const searched = await withEachOnesBest(ofAuthors, compare ? (intent.amongWorks ?? []).map((w) => w.id) : [], (p, id) => p.work.id === id, (work) => searchOfOne({ work }));
        const passages = withoutWordsLeftOut(holdingQuotedPhrases(ownWords(searched.passages, asked, names.authors, intent.who && WHO_SAID_SOMETHING.test(asked)), quotedPhrases(input.question)), leftOut.words);
        // A short phrase quoted that no text holds is said so, beside the names no text holds; a count or a quotation
        // looked up says it already.
        const namedBefore = [...(searched.leftOut ?? []), ...(searched.unknownNames ?? [])].map((n) => n.toLowerCase());
        const inNone = mentions || found ? [] : quotedInNone(received.question, heldInSomeSentence, corpus.works).filter((q) => !namedBefore.includes(q.toLowerCase()));
        // "What did he say about flunkeyism in the 1987 speech?": the works kept to are silent, a talk of then is not.
        const kindsKept = kindsKeptTo(searched);
        const keptOut = (w: Work) => intent.amongWorks?.includes(w) || intent.inWork === w || kindsKept.some((kind) => isOfKind(w, kind));
        const narrowed = kindsKept.length > 0 || intent.amongWorks !== null || intent.inWork !== null;
        const elsewhere = searched.abstain && narrowed ? worksOfThenHolding(searched.terms.map((t) => t.term), parsed.years, keptOut) : [];
        ranking = {
          ...searched,
          ...(inNone.length ? { leftOut: [...(searched.leftOut ?? []), ...inNone] } : {}),
          ...(elsewhere.length ? { heldElsewhere: elsewhere } : {}),
          compare,
          passages,
          terms: byRarity(searched.terms),
          ...(mentions ? { mentions } : {}),
          ...(found ? { quotation: { text: found.text, verdict: found.verdict, ...(found.of ? { of: found.of } : {}) } } : {}),
          ...(claimed && !found ? { reportedNotHeld: { words: claimed, ...(claimDated ? { beyond: namedWorks.length ? (namedWorks.length === 1 ? 'the work you name' : 'the works you name') : `those of ${inWords(yearRuns(parsed.years).map(periodText), 'or')}` } : {}) } } : {}),
          ...(searched.abstainReason === 'year-not-covered' || yearsOfNoWork ? { worksAround: around() } : {}),
        };
        // "What are the six goals?", "What is self-sustenance?": words no sentence holds but one work's title (occasion) does, side by
        // side (those the question quotes, if it does: "What does “self-sustenance” mean?"): that work, said so (of the
        // works the filters let through, whether or not the search found its passages).
        const words = ranking.terms.map((t) => t.term);
        const titled = !ranking.abstain && !mentions && !found && words.length > 1 && !inSomeSentence(words) ? titledOnly(corpus.works.filter((w) => workMatches(w, filters)), quotedPhrases(input.question)[0] ?? search) : null;
        if (titled) {
          draftIntent = { ...intent, overview: titled, identityAsked: words };
          ranking = overviewRanking(corpus, draftIntent, idfOf, options.summary, inSomeSentence, shown);
        }
        // "Compare the 1960s and the 1980s", "How did things change from 1961 to 1993?": times compared on no topic. The
        // works of those times side by side, each by its key sentence, not passages said to address a topic none names.
        const ofTheTimes = compare && ranking.topic === 'years' ? worksFrom(parsed, corpus.works, filters) : [];
        if (ofTheTimes.length > 1) {
          draftIntent = { ...intent, sideBySide: ofTheTimes };
          ranking = { ...sideBySideRanking(corpus, ofTheTimes, intent.primaryAuthor, idfOf, { ...options.summary, sentences: 1 }), topic: 'years' };
        }
        // "Give me the best quotes", "What are his most famous quotes?": quotes asked of no topic, of the works of the
        // authors asked about (his, naming none); "more" after them asks as the question before did: the next, of other
        // works first. Not a question of the texts, a comparison, or one asking more than quotes ("two quotes that
        // contradict each other"); "What are the main themes of the collection?" asks of all its works, not for their
        // list, and themes "across the works" are theirs in common, no comparison of times.
        const keyQuotes = intent.keyQuotes ?? (shown.size ? (ofSearch?.keyQuotes ?? null) : null);
        const ofAll = !options.collection || (keyQuotes === 'themes' && !options.collection.kind && !options.collection.time);
        const notCompared = keyQuotes === 'themes' ? parsed.years.size === 0 : !compare;
        if (ranking.abstainReason === 'no-topic' && keyQuotes && ofAll && notCompared && intent.beyond === null && filters.work === undefined) {
          const authors = keptToAuthors(corpus.works, retriever.corpus.authors, filters, asked);
          const works = corpus.works.filter((w) => workMatches(w, filters) && (authors.size ? authors.has(w.author) : w.author === intent.primaryAuthor));
          const sentences = intent.wanted ? Math.min(intent.wanted, options.maxWanted) : keyQuotes === 'themes' ? options.maxBroadQuotes : options.maxQuotes;
          ranking = keySentencesRanking(corpus, works, idfOf, { ...options.summary, sentences }, { shown, shorterThan: options.shorterThan });
        }
      }
      signal?.throwIfAborted();

      // A work's paragraphs shown as it prints them ("paragraph 3 of …", "What comes next?") may be read on from.
      const reading = (intent.overview && intent.part) || side ? ranking.passages : [];
      const draft = withReadingSaid({ ...draftAnswer(input.question, ranking, draftIntent ? { ...options, intent: draftIntent } : options), ...(readsOn(reading, corpus.paragraphs) ? { readOn: true } : {}) });
      const extractive = render(received.question, draft, report);
      if (!writer || draft.mode === 'abstain' || extractive.citations.length === 0) return extractive;
      return withWriter(writer, received.question, draft, extractive, { log, report }, signal);
    },
  };
}

/** The one work whose title or occasion holds the words of a search side by side, in its order ("the six goals", "the Political Programme"), if one does. */
function titledOnly(works: readonly Work[], search: string): Work | null {
  const asked = contentTokens(search).map((t) => t.term).join(' ');
  const holds = (heading: string) => ` ${contentTokens(heading).map((t) => t.term).join(' ')} `.includes(` ${asked} `);
  const holding = works.filter((w) => holds(w.title) || holds(w.occasion ?? ''));
  return holding.length === 1 ? holding[0]! : null;
}

/** Whether passages, all of one work, have more of it after the last of them: the rest of its paragraph, or another. */
function readsOn(passages: readonly RankedPassage[], paragraphs: readonly Paragraph[]): boolean {
  if (passages.length === 0 || passages.some((p) => p.work.id !== passages[0]!.work.id)) return false;
  const last = passages.reduce((a, b) => (b.paragraph.position > a.paragraph.position ? b : a));
  return besideQuote(last.paragraph, last.quoteSpan, paragraphs, 'next') !== null;
}

/** "And Kim?", "what about Zhang Chao?": joined on to the question before, an author's name and nothing else. */
const JOINED_ON = /^\s*(?:and|but|or|what\s+about|how\s+about|any(?:thing)?\s+(?:from|by))\s+/i;
function namesAnAuthorAlone(question: string, authors: readonly string[]): boolean {
  const named = namedAuthors(question, authors);
  if (named.size === 0 || !JOINED_ON.test(question)) return false;
  const words = new Set([...named].flatMap(nameWords));
  return contentTokens(question.replace(JOINED_ON, ' ')).every((t) => words.has(t.word));
}

/** The authors a follow-up keeps to: those it names itself, else those of the question it continues. */
function followedAuthors(question: string, asks: string, authors: CorpusAuthors): Set<string> {
  const renamed = namedAuthors(question, authors.all);
  return renamed.size ? renamed : authorsAsked(searchText(asks), authors);
}

/**
 * The search's passages, and, for each of the authors or works set side by side (`ones`) that none of them is of
 * ("Does Zhang Chao agree with Kim Il Sung …?", "Compare the 1961 speech and the abstract on self-reliance"), the best
 * of its own search (`searchBy`) after them, so that the answer may quote each.
 */
async function withEachOnesBest<T extends { passages: RankedPassage[] }>(
  searched: T,
  ones: readonly string[],
  isOf: (passage: RankedPassage, one: string) => boolean,
  searchBy: (one: string) => Promise<RankedPassage[]>,
): Promise<T> {
  const missing = ones.filter((one) => !searched.passages.some((p) => isOf(p, one)));
  const found = new Set(searched.passages.map((p) => p.paragraph.id));
  // Each one's own best, once: a search the filters keep to another's work finds none of theirs.
  const best = await Promise.all(missing.map(async (one) => (await searchBy(one)).find((p) => isOf(p, one) && !found.has(p.paragraph.id)) ?? []));
  return best.length ? { ...searched, passages: [...searched.passages, ...best.flat()] } : searched;
}

/**
 * A count as a ranking (no retrieval): every passage that holds any of the words counted, and how many times each
 * group of words is in each (`mentions`); none when the question names nothing to count.
 */
function countedRanking(search: MentionSearch): RankingInput | null {
  const { parts: found, corrections, ...asRead } = search;
  if (found.length === 0) return null;
  const union = new Map<string, RankedPassage>();
  for (const part of found) for (const { passage } of part.passages) if (!union.has(passage.paragraph.id)) union.set(passage.paragraph.id, passage);
  const passages = [...union.values()];
  const parts = found.map((part) => {
    const counts = new Map(part.passages.map((p) => [p.passage.paragraph.id, p.count]));
    return { words: part.words, forms: part.forms, counts: passages.map((p) => counts.get(p.paragraph.id) ?? 0) };
  });
  return { abstain: false, compare: true, passages, terms: [], corrections, mentions: { parts, ...asRead } };
}

/**
 * The work the question asks about as a whole, as a ranking (no retrieval): a scholarly work's opening paragraphs
 * (its abstract), or the key sentences of any other; and whether what a question of who or what it is names
 * (`Intent.identityAsked`) is named in the title alone, no sentence of the sources holding all its words.
 */
function overviewRanking(
  corpus: Pick<Corpus, 'paragraphs'>,
  intent: Intent,
  idfOf: (term: string) => number,
  summary: SummaryOptions,
  inSomeSentence: (terms: readonly string[]) => boolean,
  shown: ReadonlySet<string> = new Set(),
): RankingInput {
  const work = intent.overview!;
  const onlyInTitle = intent.identityAsked !== null && !inSomeSentence(intent.identityAsked);
  const said = onlyInTitle ? { onlyInTitle } : {};
  if (!intent.part) {
    const passages = wholeWork(corpus, work, overviewByAbstract(intent), idfOf, summary, shown);
    return { abstain: passages.length === 0, compare: false, passages, terms: [], ...said };
  }
  const inOrder = paragraphsInOrder(corpus, work);
  const passages = partOf(inOrder, intent.part).map(({ paragraph, span }) => spanOf(paragraph, work, span));
  // A paragraph the work does not have: the answer says how far its numbers run.
  const missing = passages.length === 0 ? { lastParagraph: inOrder.at(-1)?.position ?? 0 } : {};
  return { abstain: passages.length === 0, compare: false, passages, terms: [], ...said, ...missing };
}

/**
 * Works set side by side (`Intent.sideBySide`), as a ranking: each as a whole, by `each.sentences` key sentences (fewer
 * than one alone gets; one when a quote is asked, "Give me a quote from his speeches", or many works are).
 */
function sideBySideRanking(corpus: Pick<Corpus, 'paragraphs'>, works: readonly Work[], primaryAuthor: string | null, idfOf: (term: string) => number, each: SummaryOptions): RankingInput {
  const passages = works.flatMap((work) => wholeWork(corpus, work, otherAuthor(work, primaryAuthor) !== undefined, idfOf, each));
  return { abstain: passages.length === 0, compare: false, passages, terms: [] };
}

/**
 * The sentences that carry most of the key words of `works` taken together (`keySentences`), at most one of each work,
 * in date order: quotes asked of no topic (`Intent.keyQuotes`). Asked for more, of paragraphs not `shown`, of works
 * not quoted yet first.
 */
function keySentencesRanking(
  corpus: Pick<Corpus, 'paragraphs'>,
  works: readonly Work[],
  idfOf: (term: string) => number,
  summary: SummaryOptions,
  { shown, shorterThan }: { shown: ReadonlySet<string>; shorterThan?: number | undefined },
): RankingInput {
  const byId = new Map(works.map((w) => [w.id, w]));
  const paragraphs = textOf(corpus.paragraphs, works);
  const quotedBefore = new Set(paragraphs.filter((p) => shown.has(p.id)).map((p) => p.workId));
  const chosen = new Map<string, RankedPassage>();
  const ranked = keySentences(paragraphs, idfOf, { ...summary, sentences: paragraphs.length }, shown).sort(
    (a, b) => Number(quotedBefore.has(a.paragraph.workId)) - Number(quotedBefore.has(b.paragraph.workId)) || b.score - a.score,
  );
  for (const { paragraph, span, score } of ranked) {
    if (chosen.size === summary.sentences) break;
    // "under 15 words": each sentence shorter.
    if (shorterThan !== undefined && wordCount(paragraph.text.slice(span.start, span.end)) >= shorterThan) continue;
    if (!chosen.has(paragraph.workId)) chosen.set(paragraph.workId, spanOf(paragraph, byId.get(paragraph.workId)!, span, score));
  }
  const passages = [...chosen.values()].sort((a, b) => byDate(a.work, b.work));
  return { abstain: passages.length === 0, compare: false, passages, terms: [], keyOf: works };
}

/** The words used most in some works (`wordsUsedMost`), how many an answer lists. */
const WORDS_LISTED = 10;
function wordsUsedIn(works: readonly Work[], paragraphs: readonly Paragraph[]): { words: WordUse[]; works: readonly Work[] } {
  return { words: wordsUsedMost(textOf(paragraphs, works), WORDS_LISTED), works };
}

/** The paragraphs of some works that are their text, not a heading line. */
function textOf(paragraphs: readonly Paragraph[], works: readonly Work[]): Paragraph[] {
  const ids = new Set(works.map((w) => w.id));
  return paragraphs.filter((p) => ids.has(p.workId) && !isMetadataLine(p.text));
}

/** Of passages of works side by side, those of the work of each decade whose best passage scores highest. */
function bestOfEachDecade(passages: readonly RankedPassage[]): RankedPassage[] {
  const best = new Map<number, RankedPassage>();
  for (const p of passages) {
    if (p.work.year === null) continue;
    const decade = decadeOf(p.work.year);
    const kept = best.get(decade);
    if (!kept || p.score > kept.score) best.set(decade, p);
  }
  const kept = new Set([...best.values()].map((p) => p.work.id));
  return passages.filter((p) => kept.has(p.work.id));
}

/** A work's paragraphs, in the order of its text. */
const paragraphsInOrder = (corpus: Pick<Corpus, 'paragraphs'>, work: Work) => corpus.paragraphs.filter((p) => p.workId === work.id).sort((a, b) => a.position - b.position);

/**
 * A work as a whole, as passages: a scholarly work's opening paragraphs (its abstract), or the key sentences of any
 * other; a metadata line ("Keywords: …") lists terms, and says nothing of the work to quote.
 */
function wholeWork(corpus: Pick<Corpus, 'paragraphs'>, work: Work, byAbstract: boolean, idfOf: (term: string) => number, summary: SummaryOptions, shown: ReadonlySet<string> = new Set()): RankedPassage[] {
  const paragraphs = paragraphsInOrder(corpus, work).filter((p) => !isMetadataLine(p.text));
  if (byAbstract) return paragraphs.filter((p) => !shown.has(p.id)).slice(0, OVERVIEW_PARAGRAPHS).map((paragraph) => wholeParagraph(paragraph, work));
  // Asked for more, the next key sentences: of paragraphs not shown yet, read with the whole work's key words.
  return keySentences(paragraphs, idfOf, summary, shown).map(({ paragraph, span, score }) => spanOf(paragraph, work, span, score));
}

/** A span of a paragraph as a passage of its own. */
const spanOf = (paragraph: Paragraph, work: Work, span: Span, score = 1): RankedPassage => ({
  ...wholeParagraph(paragraph, work, score),
  quote: paragraph.text.slice(span.start, span.end),
  quoteSpan: span,
});

/**
 * Asks the writer for prose over the draft's passages, verifies it, and returns it with renumbered citations;
 * falls back to the extractive answer when nothing survives or the model fails (an abort is passed on). A span
 * the prose quotes becomes the citation's quote when it is verbatim in the paragraph; else the draft's quote is kept.
 */
export async function withWriter(
  writer: ProseWriter,
  question: string,
  draft: Draft,
  extractive: AnswerResponse,
  sinks: { log: (message: string) => void; report: (invalid: InvalidQuote) => void },
  signal?: AbortSignal,
): Promise<AnswerResponse> {
  const items = draft.blocks.flatMap((b) => b.items);
  const passages = items.map((item, i) => ({
    n: i + 1,
    title: item.passage.work.title,
    date: formatDate(item.passage.work.date, item.passage.work.year),
    text: item.passage.paragraph.text,
  }));
  let prose: string;
  try {
    prose = await writer.write(question, passages, signal);
  } catch (error) {
    if (signal?.aborted) throw error;
    const timedOut = (error as Error).name === 'TimeoutError' || (error as { cause?: Error }).cause?.name === 'TimeoutError';
    const reason = timedOut ? 'the language model timed out' : 'the language model failed';
    sinks.log(`answer: ${reason} (${writer.id}): ${(error as Error).message}`);
    return { ...extractive, verifier: { removed: 0, fallback: reason } };
  }
  const verified = verifyProse(prose, passages);
  if (verified.kept === 0) {
    return { ...extractive, verifier: { removed: verified.removed.length, fallback: 'no sentence of the written answer survived verification' } };
  }
  const cited: Item[] = verified.sources.map((source, k) => {
    const item = items[source - 1]!;
    const quoted = verified.quoted[k];
    const located = quoted === undefined ? null : checkQuote(quoted, item.passage.paragraph.text);
    return located?.ok ? itemOf(item.passage, located.spans) : item;
  });
  const kept = keepVerbatim(cited, sinks.report);
  if (kept.length !== cited.length) return { ...extractive, verifier: { removed: verified.removed.length, fallback: 'a cited quote failed the verbatim check' } };
  const citations = kept.map((item, k) => toCitation(k + 1, item));
  return {
    question,
    mode: draft.mode,
    answer: verified.text,
    citations,
    structure: { lead: [], groups: [], prose: verified.text, ...(draft.readAs && { readAs: draft.readAs }), ...(draft.more && { more: true }) },
    verifier: { removed: verified.removed.length },
  };
}
