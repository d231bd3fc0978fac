/** The retriever: the prepared corpus plus the embedder, answering `search(question)` with a ranking. */
import type { Corpus, Work } from '../corpus/types.ts';
import type { EmbeddedQuery, Embedder } from '../index/embedder.ts';
import { nameWords } from './authors.ts';
import { keptToAuthors, searchableWork, someWork, workMatches, type PassageFilters } from './filters.ts';
import { countMentions, heldInMetadata, nameForms, phraseOf, quotedWords, wordGroups, type HeldInMetadata, type Phrase } from './mentions.ts';
import { doctrineForms, sameWordInflected } from './inflections.ts';
import { DEFAULT_RANKING, type RankingOptions } from './options.ts';
import { englishWords, varietySpellings } from './lexicon.ts';
import { expandAcronyms, withInitials } from './acronyms.ts';
import { documentFrequency } from './lexical.ts';
import { withCorpusNames } from './corpus-names.ts';
import { correctSpelling, type Correction } from './spelling.ts';
import { prepareCorpus, type PreparedCorpus, type PrepareInput } from './prepare.ts';
import { namesAKindOfWork, parseQuery, spelledOut, timeKept, type ParsedQuery, type YearBounds } from './query.ts';
import { candidatesOf, chosenParagraphs, detached, readsNoEnglish, scoreParagraphs, selectPassages, wholeParagraph, withoutUnknownGroups, type RankedPassage, type Ranking } from './rank.ts';
import { blankedOut, stem, tokenize, type Token } from './text.ts';
import { recentlyUsed } from './recently-used.ts';
import { createTokenMatcher } from './token-matcher.ts';
import type { TokenScores } from './token-match.ts';

/** A ranking, and the words of the question it read otherwise: acronyms spelled out, typos corrected. */
export interface SearchResult extends Ranking {
  corrections: Correction[];
  /** Names the corpus never writes, each in a group of words of its own, left out of the search (`withoutUnknownGroups`). */
  leftOut?: string[];
  /** Terms searched besides the question's own words: the initials of a name it spells out ("US", `withInitials`). */
  initials?: string[];
}

/**
 * Told how long each phase of a search took, in milliseconds (for the Server-Timing header): `embed`, the question's
 * vector (the model, or the cache of recent questions); `retrieve`, reading the question and ranking.
 */
export type PhaseTimings = (phase: 'embed' | 'retrieve', milliseconds: number) => void;

/** Words counted: as the question writes them, their stems, and each paragraph that holds them with how many times. */
export interface MentionPart {
  /** As the question writes them ("spirit of self-reliance"). */
  words: string;
  /** What was counted: their stems, in order (and the words that count, `phraseOf`); for a name, its adjective's too ("Japan", "Japanese": `nameForms`). */
  forms: Phrase[];
  /** In corpus order. */
  passages: { passage: RankedPassage; count: number }[];
}

/** Where the question's words occur in the texts (`countMentions`), and how the question was read. */
export interface MentionSearch {
  /**
   * The question's words, counted side by side, each group its commas and conjunctions make on its own ("Juche,
   * self-reliance and trade": `wordGroups`). Empty when it names none.
   */
  parts: MentionPart[];
  /** The years the question names, to which the count is kept (sorted); empty when it names none. */
  years: number[];
  /** The first year of each time among them the question names apart (`ParsedQuery.timesApart`). */
  timesApart: number[];
  /** The months named with those years that some work is from, to which those years are kept (`TimeKept.months`). */
  months: Map<number, Set<number>>;
  /** The kinds of work named with those years that some work is ("the 1987 speech"), to which they are kept (`TimeKept.kinds`). */
  kinds: Map<number, Set<string>>;
  /** The kinds of work named by themselves that some work is ("in his speeches"), to which the count is kept (`TimeKept.kindsOfAnyYear`). */
  kindsOfAnyYear: string[];
  /** The time it bounds by years ("after 1980"), to which the count is kept too. */
  bounds: YearBounds | null;
  /** The authors it asks about ("Kim Il Sung", "he"), to whose works the count is kept; empty for every author's. */
  authors: string[];
  /** The one work the filters keep the count to (one the question names, or the reader chose), if any. */
  work: Work | null;
  /** The works counted in: those the filters, the authors, the time and the kinds kept to, in the collection's order. */
  countedIn: Work[];
  /**
   * When the words occur nowhere in the works of the authors kept to: how often the other authors' works (those the
   * filters and the time let through) hold them ("Does he mention the Soviet Union?": the scholarly article does).
   */
  elsewhere: { author: string; count: number; works: number }[];
  /** When no passage holds the words: the works whose title or occasion does ("Ecuador": "the Ecuadorian publishing house"). */
  inMetadata: HeldInMetadata[];
  corrections: Correction[];
}

export interface Retriever {
  readonly corpus: PreparedCorpus;
  search(question: string, filters: PassageFilters, k: number, options?: RankingOptions, timings?: PhaseTimings): Promise<SearchResult>;
  /**
   * Counts rather than ranks: the paragraphs of the works the filters (and an author the question names) let through
   * that hold its words; `literal`: those words as typed, not a name's or a doctrine's other forms ("the word Japan");
   * `namesCounted`: authors named as what is mentioned ("Does the article mention Kim Il Sung?", `authorsMentioned`),
   * whose names are counted, not kept to.
   */
  mentions(question: string, filters: PassageFilters, options?: RankingOptions, literal?: boolean, namesCounted?: readonly string[]): Promise<MentionSearch>;
  /**
   * The question with its typos corrected as the search corrects them (`correctSpelling`), for reading what it asks
   * ("who intervewed him": a question of whom he addressed); its names and initials as typed ("NAM" is spelled out by
   * the search).
   */
  spell(question: string): { text: string; corrections: Correction[] };
  /**
   * Has the model read what a question's token-by-token score needs of the passages, ahead of the questions, when it is
   * kept whole (this corpus: 1.7 s of the model's time, run by run beside the questions); resolves once done, to the
   * number of paragraphs read (0 when the corpus is read as questions need it).
   */
  readAhead(): Promise<number>;
}

export interface RetrieverOptions {
  /** Recent questions whose vectors are kept: a repeated or reloaded question skips the model. 0 keeps none. */
  questionCache?: number;
}

/** What an opened index gives the retriever: the text indexes and the vectors with their owners. */
export type CorpusIndexes = Pick<PrepareInput, 'text' | 'windows' | 'pieces'>;

export function createRetriever(corpus: Corpus, index: CorpusIndexes, embedder: Embedder, { questionCache = 256 }: RetrieverOptions = {}): Retriever {
  const prepared = prepareCorpus({ works: corpus.works, paragraphs: corpus.paragraphs, ...index, englishWords: englishWords(), varietySpellings: varietySpellings() });

  /**
   * Whether the texts write a name's initials as a word: in capitals among lower-case words when they are a function
   * word's letters ("US", whose term is its capitals), or in capitals as a word no English one is ("DPRK"; not
   * "Tr.", a translator's note, for "TR"). Only the paragraphs holding the word are read for its capitals.
   */
  const inCapitals = (initials: string) => {
    const written = new RegExp(String.raw`(?<![\p{L}\p{N}])${initials}(?![\p{L}\p{N}])`, 'u');
    const holding = prepared.paragraphLexical.postings.get(stem(initials.toLowerCase()))?.docs ?? [];
    return Array.from(holding).some((p) => written.test(prepared.paragraphs[p]!.text));
  };
  const writesInitials = (initials: string) =>
    documentFrequency(prepared.paragraphLexical, initials) > 0 || (!prepared.englishWords.has(initials.toLowerCase()) && inCapitals(initials));
  const cache = recentlyUsed<string, Promise<EmbeddedQuery>>(questionCache);
  /** A question's vector and its tokens' states, from one run of the model (or the cache). */
  const embedQuery = (text: string) => {
    let embedded = cache.get(text);
    if (!embedded) {
      embedded = embedder.embedQuery(text);
      cache.set(text, embedded);
      embedded.catch(() => cache.delete(text));
    }
    return embedded;
  };
  /** What the model reads of a question: its content words, or the question as asked (`denseQuery`). */
  const denseText = (question: string, parsed: ParsedQuery, options: RankingOptions) =>
    options.denseQuery === 'content-words' && parsed.tokens.length ? parsed.tokens.map((t) => t.word).join(' ') : question;
  const tokenMatcher = createTokenMatcher(embedder, prepared.paragraphs);
  /** Searches under way; the reading ahead waits until there are none, so that their model runs go first. */
  let searching = 0;
  const waitingForNone: (() => void)[] = [];
  const noSearch = () => (searching === 0 ? Promise.resolve() : new Promise<void>((resolve) => waitingForNone.push(resolve)));
  /**
   * The question's ranking, its best candidates rescored token by token unless the weight is 0, and its passages'
   * quotes chosen with their sentences' scores. Not a comparison's candidates: its works join by their best passage's
   * share of the top score (`compareFloor`), and rescoring the best candidates alone raised the top against the works
   * outside them (compare years 75 → 68% on the even half); the passages it chooses are scored, for their quotes.
   * Scores made before are used at once, with no await between scoring and selection (the scored arrays are the
   * corpus's scratch, which the next ranking reuses); others need the model, and the scored paragraphs are copied
   * meanwhile. Returns the ranking and the time spent waiting for the model.
   */
  const rankWithTokenMatch = async (text: string, { vector, tokens }: EmbeddedQuery, parsed: ParsedQuery, filters: PassageFilters, k: number, options: RankingOptions) => {
    const scored = scoreParagraphs(prepared, parsed, vector, filters, options);
    const rescored = options.weights.tokenMatch > 0 && !parsed.compare;
    if (!rescored && (options.quoteTokenMatch === 0 || scored.scope.topic !== 'words')) return { ranking: selectPassages(prepared, parsed, scored, k, options), modelMs: 0 };
    const scoredByTokens = rescored ? candidatesOf(scored, options.tokenMatchDepth) : chosenParagraphs(prepared, parsed, scored, k, options);
    const withScores = (scores: readonly TokenScores[]) => new Map(scoredByTokens.map((p, i) => [p, scores[i]!]));
    const known = tokenMatcher.known(text, scoredByTokens);
    if (known) return { ranking: selectPassages(prepared, parsed, scored, k, options, withScores(known)), modelMs: 0 };
    const kept = detached(scored);
    const asked = performance.now();
    const scores = await tokenMatcher.scores(text, async () => tokens, scoredByTokens);
    const modelMs = performance.now() - asked;
    return { ranking: selectPassages(prepared, parsed, kept, k, options, withScores(scores)), modelMs };
  };
  /** The question as the ranker reads it: acronyms spelled out and typos corrected (as the options say), then parsed. */
  const read = (typed: string, options: RankingOptions) => {
    const asked = spelledOut(typed);
    const readOptions = { kinds: options.kindsNamed, stance: options.stanceWords, authors: prepared.authors.all };
    // Whether the question marks its names is read as typed: "united states" spelled out as "united states or US" marks none.
    const withNames = (query: ParsedQuery) => (options.corpusNames ? withCorpusNames(query, prepared, prepared.englishWords, typed) : query);
    const expanded = options.expandAcronyms ? expandAcronyms(asked, prepared.acronyms, prepared.knownWords, prepared.englishWords) : { text: asked, corrections: [] };
    const parsed = parseQuery(expanded.text, prepared.metadataWords, readOptions);
    // A question in another language has no typos to correct ("sobre" is no "sore").
    const spelled = options.correctSpelling && !readsNoEnglish(prepared, expanded.text) ? correctSpelling(expanded.text, parsed.names, prepared) : { text: expanded.text, corrections: [] };
    // Parsed again only when a typo was corrected.
    const reread = spelled.corrections.length ? parseQuery(spelled.text, prepared.metadataWords, readOptions) : parsed;
    const named = withNames(reread);
    // A name spelled out, with the initials the texts write it by ("the United States or US"): parsed again if any.
    const initialled = options.expandAcronyms ? withInitials(spelled.text, named.namePhrases, writesInitials) : { text: spelled.text, corrections: [], initials: [] };
    const question = initialled.text;
    const corrections = [...expanded.corrections, ...spelled.corrections, ...initialled.corrections];
    if (initialled.initials.length === 0) return { question, corrections, parsed: named, initials: [] };
    const again = parseQuery(question, prepared.metadataWords, readOptions);
    // Each as a term, read as among lower-case words ("US", not the stopword "us").
    const initials = initialled.initials.map((i) => tokenize(`the ${i}`)[1]!.term);
    return { question, corrections, parsed: withNames(again), initials };
  };

  /** One search (`Retriever.search`). */
  const searchOnce = async (asked: string, filters: PassageFilters, k: number, options: RankingOptions, timings?: PhaseTimings): Promise<SearchResult> => {
    const startedAt = performance.now();
    const { question, corrections, parsed, initials } = read(asked, options);
    // "Japan and China": Japan searched, "China" said to be in none of the texts.
    const apart = options.abstain.unknownName ? withoutUnknownGroups(prepared, parsed, options) : null;
    const searched = apart?.query ?? parsed;
    const readAt = performance.now();
    // What the model reads of the question, once for its vector and its tokens' states.
    const text = denseText(question, searched, options);
    const embedded = await embedQuery(text);
    const embeddedAt = performance.now();
    // The model's time is the question's and the candidates' token states it had to read.
    const { ranking, modelMs } = await rankWithTokenMatch(text, embedded, searched, filters, k, options);
    const embedMs = embeddedAt - readAt + modelMs;
    timings?.('embed', embedMs);
    timings?.('retrieve', performance.now() - startedAt - embedMs);
    return { ...ranking, corrections, ...(apart ? { leftOut: apart.leftOut } : {}), ...(initials.length ? { initials } : {}) };
  };

  return {
    corpus: prepared,
    readAhead: () => tokenMatcher.readAll(noSearch),
    spell(question) {
      if (!DEFAULT_RANKING.correctSpelling || readsNoEnglish(prepared, question)) return { text: question, corrections: [] };
      const { names } = parseQuery(question, prepared.metadataWords, { authors: prepared.authors.all });
      const initials = tokenize(question).filter((t) => /^\p{Lu}{2,}$/u.test(question.slice(t.start, t.end))).map((t) => t.word);
      return correctSpelling(question, new Set([...names, ...initials]), prepared);
    },
    async search(asked, filters, k, options = DEFAULT_RANKING, timings) {
      searching++;
      try {
        return await searchOnce(asked, filters, k, options, timings);
      } finally {
        if (--searching === 0) for (const resolve of waitingForNone.splice(0)) resolve();
      }
    },
    async mentions(asked, filters, options = DEFAULT_RANKING, literal = false, namesCounted = []) {
      const { question, corrections, parsed } = read(asked, options);
      const { yearBounds: bounds } = parsed;
      // "in the 1987 speech" says which works to count in, not a word to count.
      const namesAWork = options.kindsNamed ? namesAKindOfWork(question) : () => false;
      // An author's name mentioned is words to count, and no author to keep to.
      const counted = new Set(namesCounted.flatMap(nameWords));
      const nameTokens = tokenize(question).filter((t) => counted.has(t.word));
      const content = [...parsed.tokens.filter((t) => !namesAWork(t)), ...nameTokens];
      // A phrase quoted that holds a word to count is counted whole, its function words too (not a title quoted).
      const phrases = quotedWords(question).filter((phrase) => phrase.some((q) => content.some((t) => t.start === q.start))).flat();
      const inPhrases = (t: Token) => phrases.some((q) => q.start === t.start);
      const tokens = [...content.filter((t) => !inPhrases(t)), ...phrases].sort((a, b) => a.start - b.start);
      const years = [...parsed.years].sort((a, b) => a - b);
      const authors = keptToAuthors(prepared.works.values(), prepared.authors, filters, options.namedAuthors ? blankedOut(question, nameTokens) : null);
      const searchable = searchableWork(filters, authors);
      const time = timeKept(prepared.works.values(), parsed);
      const whenAsked = time.asked;
      const inTime = (w: Work) => searchable(w) && whenAsked(w);
      // "in the 1987 speech": a kind of work named keeps to one work, counted in as in a work named by its title.
      const countedIn = [...prepared.works.values()].filter(inTime);
      const ofKind = time.kinds.size > 0 || time.kindsOfAnyYear.length > 0 ? countedIn : [];
      const work = filters.work === undefined ? (ofKind.length === 1 ? ofKind[0]! : null) : (prepared.works.get(filters.work) ?? null);
      const asRead = { years, timesApart: parsed.timesApart, months: time.months, kinds: time.kinds, kindsOfAnyYear: time.kindsOfAnyYear, bounds, authors: [...authors], work, countedIn, corrections };
      // Years no work is from leave nothing to count in: the question is searched as usual, and told so.
      if (tokens.length === 0 || countedIn.length === 0) return { parts: [], elsewhere: [], inMetadata: [], ...asRead };
      /** What a group of words counts: its words as `phraseOf` reads them and, for a name, its adjective's; for a doctrine the texts do not write, its followers' ("imperialists"). */
      const formsOf = (group: readonly Token[]): Phrase[] => {
        const inTheTexts = (w: string) => prepared.knownWords.set.has(w);
        const typed = group[0]!.word;
        const named = group.length === 1 && !literal ? [...nameForms(typed, inTheTexts, (w) => prepared.englishWords.has(w)), ...doctrineForms(typed, inTheTexts)] : [];
        // One form a stem: two forms that share one are counted once, and none that the words themselves count.
        const byStem = new Map(named.filter((word) => !sameWordInflected(word, typed)).map((word) => [stem(word), word] as const));
        const nameWords = [...byStem].map(([term, word]) => [{ word, term }]);
        return [group, ...nameWords].map((words) => phraseOf(words, prepared.knownWords));
      };
      const count = async (forms: readonly Phrase[], inWorks: (w: Work) => boolean): Promise<MentionPart['passages']> => {
        const counts = new Map<number, number>();
        for (const form of forms) {
          for (const m of await countMentions(prepared, form, (p) => inWorks(prepared.paragraphWork[p]!))) counts.set(m.paragraph, (counts.get(m.paragraph) ?? 0) + m.count);
        }
        return [...counts]
          .sort((a, b) => a[0] - b[0])
          .map(([p, count]) => ({ passage: wholeParagraph(prepared.paragraphs[p]!, prepared.paragraphWork[p]!, count), count }));
      };
      // A follow-up joined to the question before may name a word again ("… trade? Which of these works mentions trade
      // most?"): counted once.
      const named = new Set<string>();
      const once = wordGroups(question, tokens).filter((group) => {
        const key = group.map((t) => t.term).join(' ');
        if (named.has(key)) return false;
        named.add(key);
        return true;
      });
      // Said as counted: "Kim Il Sung", not "Kim Il Sung's".
      const groups = once.map((group) => ({ words: question.slice(group[0]!.start, group.at(-1)!.end).replace(/['’]s$/, ''), forms: formsOf(group) }));
      const parts: MentionPart[] = [];
      for (const group of groups) parts.push({ ...group, passages: await count(group.forms, inTime) });
      const elsewhere: MentionSearch['elsewhere'] = [];
      if (authors.size > 0 && parts.every((part) => part.passages.length === 0)) {
        const byOthers = (w: Work) => !authors.has(w.author) && workMatches(w, filters) && whenAsked(w);
        const held: MentionPart['passages'] = [];
        for (const group of groups) held.push(...(await count(group.forms, byOthers)));
        for (const [author, theirs] of Map.groupBy(held, (h) => h.passage.work.author)) {
          elsewhere.push({ author, count: theirs.reduce((sum, h) => sum + h.count, 0), works: new Set(theirs.map((h) => h.passage.work.id)).size });
        }
      }
      // "Which works mention Ecuador?": no passage does, but a title names it ("the Ecuadorian publishing house").
      const found = parts.some((part) => part.passages.length > 0) || elsewhere.length > 0;
      const forms = groups.flatMap((group) => group.forms);
      const inMetadata = found ? [] : countedIn.flatMap((w) => forms.map((form) => heldInMetadata(w, form)).find((held) => held !== null) ?? []);
      return { parts, elsewhere, inMetadata, ...asRead };
    },
  };
}
