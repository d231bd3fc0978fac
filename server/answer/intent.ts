/**
 * What a question asks for (pure): a date/place, a quotable line, every passage on a topic, the earliest or latest
 * work on it, one work as a whole, the collection itself; or nothing (a greeting).
 */
import type { Work } from '../corpus/types.ts';
import { authorsAsHe, authorsMentioned, corpusAuthors, mentionsAuthor, nameWords, pointsAtScholarship, primaryAuthor, withoutAuthorsMentioned } from '../retrieval/authors.ts';
import { compoundsOf, isOfKind, isWorkOfKind, KINDS_BY_NAME, kindsNamed, MONTH_BEFORE_YEAR, monthsNamed, ORDINAL_WORDS, parseQuery, TIME_AFTER_KIND, timeKept, timesAsYears, VIEW_NOUNS, withoutQuotations, YEAR_NUMBER, yearRuns, yearsAskedAbout } from '../retrieval/query.ts';
import { blankedOut, contentTokens, countSaid, matchSpans, namesEachWork, NUMBER_WORDS, speaksOfTheTexts, TEXT_WORDS, tokenize, withoutMatches, type Token } from '../retrieval/text.ts';
import { shortTitlesIn, statedWork, titledIn, titlesIn, wordsNaming, workNamesOf, worksNamedBy, worksOfName } from '../retrieval/work-names.ts';
import { byDate, otherAuthor } from './format.ts';
import { ADDRESSED, addresseeNamed, ADDRESSEE_NOUNS, NAMED_ADDRESSEES, withoutAddressing } from './addressee.ts';
import { asksToCite, citationAsked, CITED_AS, CITING_WORDS, PURPOSE, quotesCitedAs, type CitationAsked, type StyleAsked } from './citing-asked.ts';
import { asksNothingElse, BACK, CITATION_REF, IN_IT_TOO, REQUEST_WORDS, WHICH_ONE, WHOLE_PASSAGE } from './quotes-asked.ts';
import { ANY_WORK_WORDS, APPEARS, asksWhereFrom, AUTHOR_WORDS, DRAFTING, EVERY_TITLE, FOR_AN_AUDIENCE, GUIDANCE_ASKED, HOLDING_WORDS, MOST_OFTEN, OCCASIONS_ASKED, PAGE_ASKED, PAGES_TAKEN, QUOTE, READING_LIST, THE_DATE_OF, THE_OCCASION_OF, TOLD, USED_IN_THE_TEXTS, WHO_THE_USER_IS, WHY_GIVEN, WORK_NOUNS, WORK_WORDS } from './source-words.ts';
import { collectionAsked, EXCERPTS_ASKED, kindAsked, TITLE_HOLDS } from './collection.ts';
import { namesAPart, PART_WORDS, partAsked, type PartAsked } from './part.ts';
import { PAGE_NAMED, pageNamed, worksOnPage, type OnPage } from './page-named.ts';

export interface Intent {
  /** "When / where / to whom did he say …", "Who interviewed him in 1986?": show the date and occasion with the quote. */
  when: boolean;
  /** "When did the Chollima movement start?", "When was the furnace built?": when something he tells of happened, which the works' dates are not. */
  whenItHappened: boolean;
  /** "Who said that?", "Who wrote this?": a question of when (`when`) that also asks whose words they are. */
  who: boolean;
  /** "Give me a quote / a citable line": the best single quotable sentence first. */
  quote: boolean;
  /**
   * Quotes asked that may name no topic ("Give me the best quotes", "the key passages", "his most famous sayings"): of
   * none, the sentences that carry most of the works' key words; "famed" when asked which are best known or most
   * quoted, which the collection does not say.
   */
  keyQuotes: 'key' | 'famed' | 'themes' | null;
  /** "What words does he use most?", "his most frequent words": the words of the works asked about, counted (`word-use.ts`). */
  wordsUsedMost: boolean;
  /** "What page is the passage about the furnace on?", "Which pages is the 1987 speech on?": the pages the source gives. */
  page: boolean;
  /** "What's on page 45?": the page a question names by its number and the works printed on it (`pageNamed`), when no other work is named. */
  onPage: OnPage | null;
  /**
   * "What did he say about X", "his views on X", "which works mention X", or just "X": every passage that addresses
   * X, not the one sentence that answers.
   */
  broad: boolean;
  /** The works by another author (the scholarly article) the question is about, if any. */
  secondary: Work[];
  /**
   * The one work the question asks about as a whole, naming nothing else ("What does the article say?", "What is
   * the 1987 South-South speech about?", "Summarise the talk with the Peruvian ex-premier").
   */
  overview: Work | null;
  /** The author of most works (the primary sources). */
  primaryAuthor: string | null;
  /** Speaks of the texts themselves ("works", "sources", "collection"): with no topic, it asks what the collection holds. */
  aboutTheTexts: boolean;
  /** "Which works are not speeches?", "Which works are not by Kim Il Sung?": of the collection, the works the question would list, left out. */
  notAmong: boolean;
  /** "When did he first mention X?", "his latest words on X": which of the works on X came first, or last; "his first and last words on X": both. */
  order: 'earliest' | 'latest' | 'both' | null;
  /** "How often does he mention X?", "In how many works does X appear?", "Did he ever mention X?": answered by counting the texts, not by a figure in them. */
  counts: boolean;
  /** "Which works never mention Juche?": of a count, the works counted in that do not hold the words. */
  without: boolean;
  /** A greeting or thanks ("hello", "thanks!", "ok"), nothing to look for: no passage is searched or quoted. */
  smallTalk: boolean;
  /** Asked for what the answers do not do: to write an essay or questions, to judge, to translate, to simplify, to paraphrase, to sum up a topic, to sort quotes into sides; the answer says so, then quotes. */
  beyond: 'write' | 'judge' | 'translate' | 'simplify' | 'paraphrase' | 'summarise' | 'sides' | null;
  /** "Give me five quotes on trade": how many passages the question asks for, when it says (`passagesWanted`). */
  wanted: number | null;
  /**
   * "Which passages mention both Juche and nationalism?": the two things, as the question words them, that the
   * passages quoted are to hold both of (`bothAsked`).
   */
  both: [string, string] | null;
  /**
   * "How does self-reliance differ from nationalism?", "What is the link between self-reliance and defence?": the two
   * things, as the question words them, that it sets apart or relates (`apartAsked`); the passages that speak of both
   * lead the answer.
   */
  apart: [string, string] | null;
  /**
   * Decades as what a comparison runs across: "first" ("three quotes on aid from different decades", "across the
   * decades") takes a work of each decade first; "each" ("a quote for each decade", "one per decade") one work of each.
   */
  byDecade: 'first' | 'each' | null;
  /** A quote asked of each year ("a quote on trade from each year"): one from every year that addresses the topic. */
  eachYear: boolean;
  /**
   * The works listed counted by year or decade ("How many works per year?", "from each decade"), and which of them
   * hold the most or the fewest, when asked ("Which decade has the most interviews?", "the best represented year").
   */
  worksByTime: { unit: 'year' | 'decade'; extreme: 'most' | 'fewest' | null } | null;
  /** "One quote per work on aid", "each speech": a comparison shows every work that addresses the topic, however many. */
  eachWork: boolean;
  /**
   * "Which is the longest speech?", "the shortest text": the longest (shortest) of the works asked about, as the
   * collection prints them; "How long is the 1987 speech?", "How many pages are his speeches?": the length of each.
   */
  length: 'longest' | 'shortest' | 'each' | null;
  /** "List the works by length": the lengths of each (`length: 'each'`) listed longest first, not in date order. */
  byLength: boolean;
  /** What the longest (shortest) is counted in: words, or paragraphs when asked ("Which work has the most paragraphs?"). */
  lengthIn: 'words' | 'paragraphs';
  /** "Where do these texts come from?", "What book are they printed in?": where the works are printed, from their metadata. */
  provenance: boolean;
  /** "Who wrote these texts?", "Who are the authors?", "Who wrote the speeches?": whose the works asked about are, from their metadata. */
  authors: boolean;
  /** "Is the article a primary or secondary source?": a kind of source the metadata does not give; the answer says so, then whose each work is. */
  sourceKind: boolean;
  /** "How many years apart are the 1961 and 1993 speeches?", "How long after the 1961 speech was the 1967 programme?": the time between two works. */
  timeApart: boolean;
  /** "Which came first, the Syrian interview or the Ghana one?", "Was the Peru talk earlier than …?": the order of two works. */
  orderOfTwo: boolean;
  /**
   * "Was the 1993 speech his last?", "Is the Peru talk the first interview?": whether the one work named is the earliest
   * (latest) of the collection's works, of the kind named after the ordinal if any.
   */
  atAnEnd: { work: Work; order: 'earliest' | 'latest'; kind: string | null } | null;
  /** "Summarise that interview" when the answer before quoted none: the words pointing ("that interview") and the kind, which the answer says it quoted none of. */
  pointedAtNone: { said: string; kind: string } | null;
  /** "Does Zhang Chao agree with Kim Il Sung about self-reliance?": the authors set side by side, each of whom the answer quotes when a passage of theirs addresses it; empty otherwise. */
  authorsCompared: readonly string[];
  /** "When was the article published?", "What is the date of the article?": the date of a work itself, not of what it tells. */
  workDate: boolean;
  /**
   * "Cite the 1961 speech in MLA", "How do I cite the South-South speech?": how to cite the work the question names
   * (`overview`); "Cite his speeches", "a bibliography of the sources": the works of the collection it asks about
   * (`aboutTheTexts`); "How do I cite these?", "Cite them in APA", "Give me the reference": the works of the answer
   * before (`answer`); in the style it names if any.
   */
  citation: CitationAsked | null;
  /**
   * "Give me a quote on independence in MLA style", "quotes on trade with their citations": the works quoted, cited
   * after the quotes in the style named if any; null when the question asks for no citation, or for citations alone
   * (`citation`).
   */
  quotesCited: StyleAsked | null;
  /**
   * "Give me a short quote on trade", "a shorter quote": the most quotable sentence is chosen among the short ones;
   * "Shorter please" after an answer: that question again, each quote one sentence.
   */
  brief: boolean;
  /** "quotes on independence under 15 words", "no more than 20 words": each quote shorter than this many words (brief too); null when none is said. */
  wordLimit: number | null;
  /** "in each decade", "year by year", "in each work", "Rank the works by …": how a count is told, time by time or work by work. */
  countBy: 'decade' | 'year' | 'work' | null;
  /** "Give me a longer passage on aid", "a full paragraph about the furnace": each passage quoted whole. */
  whole: boolean;
  /**
   * The work a question about a topic names, to keep to: by its order ("… about trade in his latest speech?"), or by
   * its title's words as a work or by whom it addresses ("… about oil in his talk to the ex-premier of Peru?").
   */
  inWork: Work | null;
  /**
   * "Which of these is the earliest?" after an answer that quoted several works: the first (or last) dated of them,
   * and how many they are; of the kind the question names, when some of them are of it ("the most recent speech
   * quoted above"), and whether any is (`CollectionAsked.kind`); null when the question asks no order among them.
   */
  orderAmongBefore: { work: Work; among: number; order: 'earliest' | 'latest'; kind: { word: string; found: boolean } | null } | null;
  /**
   * "Who was he speaking to?" after an answer that quoted several works, asking nothing else: those works, whose titles
   * and occasions say whom he addressed (one work before is pointed at as `inWork`); null otherwise.
   */
  whomBefore: readonly Work[] | null;
  /** "Which of these is longer?" after an answer that quoted several works: those works, of which the longer (shorter) is asked; null otherwise. */
  lengthBefore: readonly Work[] | null;
  /**
   * "Compare the 1974 and 1978 talks", "the difference between his 1969 and 1971 answers": two works or more, each
   * named by its year or whole title, set side by side as wholes, in date order; null when it names fewer or asks
   * about a topic in them.
   */
  sideBySide: Work[] | null;
  /**
   * "Compare the Ghana and Yugoslav interviews on aid", "How often is oil mentioned in the Iraqi and Syrian
   * interviews?": two works or more a question names, to which what it asks of them is kept; null otherwise.
   */
  amongWorks: Work[] | null;
  /** Those works are all the works of a year it names once ("the two 1987 works on self-reliance"), and named no other way. */
  amongByTheirYear: boolean;
  /**
   * "Who was Hamrouche?", "Who was the editor-in-chief of the Ghana Times?": the words (terms) of the title of the work
   * asked about (`overview`) that a question asking who or what someone or something is names it by; null otherwise.
   * Whether the work's text holds them too is for the answer to find.
   */
  identityAsked: readonly string[] | null;
  /**
   * "Quote the opening of the 1987 speech", "What is the last paragraph of the 1974 talk?", "How does the 1961 speech
   * end?": the part of the work named (`overview`) asked for, as the collection prints it; with no work named and
   * nothing else asked ("What is the first paragraph?"), the part asked of none; null for the work as a whole.
   */
  part: PartAsked | null;
  /**
   * "Show me the full text of the 1961 speech": the work named (`overview`) whole, which its page in Works shows;
   * "Show me the full text" naming none (nor the answer before one work), a work to be named.
   */
  fullText: boolean;
  /**
   * "What is the 1993 speech called?", "the title of the 1974 talk": the title of the work named (`overview`), from its
   * metadata; "What is its title?" naming none (nor the answer before one work), a work to be named.
   */
  title: boolean;
  /** "What did the interviewers ask him?", "What was he asked in 1986?", "the interviewer's questions": the questions the works print as an interviewer's. */
  interviewerAsked: boolean;
  /**
   * "When was the interview with the Japanese journalists?": someone he is asked to have addressed, by names that no
   * work's title, occasion or place holds; with the works addressed to those the same word names ("journalists").
   */
  addressedByNoWork: { addressee: string; noun: string; alike: Work[] } | null;
}

const WHEN = new RegExp(
  String.raw`\b(what date|which date|which year|what year|(?:what|which) (?:month|day)|on what occasion|what occasion|in (?:what|which) context|to whom|at what (?:event|meeting|occasion|conference)|(?:what|which) (?:event|meeting|conference|session) (?:was|is|were|did)\b)\b|${THE_DATE_OF.source}|${THE_OCCASION_OF.source}|${WHY_GIVEN.source}`,
  'iu',
);
/**
 * "When" or "where" asking it: opening the question or after "and" or a comma, before a verb that opens a question
 * ("When did …", "and when was …"), "and" or the end ("When and where …", "Who asked, and when?"); or after a verb
 * that asks it ("tell me where he said …"). Not a clause of time or place: "a quote where he criticises aid",
 * "what did he say when rebuilding after the war", "When North Korea's economy hit difficulties, …".
 */
const AUXILIARY = String.raw`(?:did|does|do|was|were|is|are|has|have|had|can|could|would|will|should|might|may)\b`;
const WHEN_ASKED = new RegExp(
  String.raw`(?:^\s*|\band\s+|\bor\s+|,\s*)(?:when|where(?!\s+(?:is|are)\b(?![^?.!]*\b(?:from|said|written|given|delivered|published|printed)\b)))\b(?=\s*(?:${AUXILIARY}|and\b|or\b|,|[?.!]|$))` +
    String.raw`|\b(?:tell|show|know|find out|ask|remember|explain)\s+(?:me\s+|us\s+)?(?:when|where)\b(?!\s+\p{L}+ing\b)` +
    // "Was the 1987 speech given in Pyongyang?", "Was the 1961 speech delivered to the Central Committee?": where, asked yes or no.
    String.raw`|^\s*(?:was|were)\s+(?:the|his|that|this)\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?:${WORK_NOUNS})\s+(?:given|delivered|made|held|presented)\s+(?:in|at|to|before|during)\b`,
  'iu',
);
/**
 * "Who interviewed him in 1986?", "Who did he meet in 1974?", "Who was the audience of the 1993 speech?", "Which
 * newspaper interviewed him?": whom he spoke to, which a work's title and occasion say, as they say when.
 */
const ADDRESSEE = new RegExp(
  String.raw`\b(?:who(?:m)?|(?:which|what)\s+${ADDRESSEE_NOUNS})(?![\p{L}'’])[^?.!]*?\b(?:interview(?:ed|s|ing)?|(?:ask(?:ed|s)?|question(?:ed|s)?)\s+(?!(?:about|for|on|over|whether|if|what|why|how|when|where|which|who|whom|to|that|this|these|those|the|a|an|questions?)\b)\p{L}+|ask(?:ed|s)?\s+(?:(?:the|these|those|his|all\s+the)\s+)?questions\b|answer(?:ed|s)?\s+(?:him|her|them)|address(?:ed|es|ing)?|me(?:e)?t(?:ing)?|(?:talk(?:ed|s|ing)?|sp(?:o|ea)ke?s?|speaking) (?:to|with)|audience|interviewers?|addressees?)\b` +
    // "Where were his interviewers from?": where those he answered came from, which the titles say.
    String.raw`|\bwhere\b[^?.!]*?\b(?:interviewers?|journalists?|reporters?|editors?|delegations?|visitors?|guests?)\b[^?.!]*?\bfrom\b`,
  'iu',
);
/** Whether a question asks whom he addressed ("to whom …", `ADDRESSEE`). */
export const asksWhom = (question: string): boolean => TO_WHOM.test(question) || ADDRESSEE.test(question);
/** "to whom", "with whom", and "to who" or "with who" as many write it. */
const TO_WHOM = /\b(?:to|with)\s+whom?\b/i;

/**
 * The words of addressing someone, and of whom ("which country", "what newspaper"; not "which country's", whose
 * noun says whom): in a question of whom he addressed, they ask for the occasion, not a topic.
 */
export const ADDRESSING = new RegExp(
  String.raw`\b(?:(?:which|what)\s+(?![\p{L}-]+['’])${ADDRESSEE_NOUNS}|(?:talk(?:ed|ing|s)?|sp(?:o|ea)ke?(?:n|s|ing)?|address(?:ed|es|ing)?)(?:\s+(?:to|with))?|interview(?:ed|s|ing)?|interviewers?|audience|addressees?|ask(?:ed|s)?|questions?|questioned|me(?:e)?t(?:s|ing)?(?:\s+with)?|c(?:o|a)m(?:e|es|ing)\s+(?=from\b))\b`,
  'giu',
);
/** "all the passages", "every quote", "each mention": every passage on the topic, not one quotable line. */
const EVERY_PASSAGE = /\b(?:all|every|each) (?:the |of the )?(?:passages?|quotes?|quotations?|mentions?|references?|excerpts?)\b/i;
/**
 * A question asking what was said of a topic as a whole ("What did he say about X?", "his views on X", "Which works
 * …", "all the passages on X", "Find passages about X"): every passage that addresses it, not the few best.
 */
const BROAD = new RegExp(
  String.raw`\bwhat (?:did|does|do|has|had) (?:\S+ ){1,4}(?:say|said|write|wrote|think|thought|argue|argued|state|stated) (?:about|on|of|regarding|concerning)\b|\btell (?:me|us) about\b|^\s*what about\b|\b(?:remarks|statements|ideas) (?:on|about|regarding|concerning)\b|\b(?:${VIEW_NOUNS}) (?:on|of|about|towards?|regarding|concerning)\b|\bhow did (?:\S+ ){1,4}(?:describe|characteri[sz]e|talk about|speak (?:of|about)|write about|(?:feel about|think (?:of|about))(?!\s+(?:it|this|that|these|those|them)\b))\b|\b(?:which|any) (?:works|texts|speeches|talks|interviews|writings|documents|sources|passages)\b|${EVERY_PASSAGE.source}|\b(?:passages|excerpts|extracts|paragraphs) (?:about|on|regarding|concerning|dealing with)\b`,
  'i',
);
/** A time said before the topic ("What did he say before 1970 about …", "… in the 1980s on …"), a pattern's source. */
const TIME_BEFORE_TOPIC = new RegExp(
  String.raw`\s+(?:in|during|before|after|since|until|by|around|between|from)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:${YEAR_NUMBER})s?(?:\s+(?:and|to)\s+(?:the\s+)?(?:${YEAR_NUMBER})s?)?(?=\s+(?:about|on|of|regarding|concerning)\b)`,
  'gi',
);
/** Works said before the topic ("What did he say in all of his speeches about …", "… in the interviews on …"), a pattern's source. */
const WORKS_BEFORE_TOPIC = new RegExp(
  String.raw`\s+(?:in|from)\s+(?:all\s+(?:of\s+)?)?(?:(?:the|his|these|those|her|their)\s+)?(?:[\p{L}\d'’-]+\s+){0,2}?(?:${WORK_NOUNS})(?=\s+(?:about|on|of|regarding|concerning)\b)`,
  'giu',
);
/** Whether a question asks what was said about a topic (`BROAD`), a time or works said before the topic or not. */
const asksBroadly = (question: string): boolean => BROAD.test(question.replace(TIME_BEFORE_TOPIC, '').replace(WORKS_BEFORE_TOPIC, ''));
/**
 * Whether a question asks what was said about a topic in a frame of its own ("What did he say about trade in them?"),
 * not by "What about …?", which asks what the question before asked.
 */
export const asksBroadlyItself = (question: string): boolean => asksBroadly(question.replace(/^\s*what about\b/i, ' '));
/** "What did he say …", "What does the article argue …": asks what texts say. */
const WHAT_WAS_SAID = /\bwhat (?:did|does|do|has|had) (?:\S+ ){1,4}(?:say|said|write|wrote|tell|told|argue|argued|state|stated)\b/i;
/** "quotes on trade from the earliest work", "in his last speech": quotes asked from the first or last work, not which it is. */
export const FROM_A_WORK_BY_ORDER = new RegExp(String.raw`\b(?:from|in)\s+(?:the|his)\s+(?:earliest|oldest|first|latest|newest|most\s+recent|last)\b(?:\s+(?:${WORK_NOUNS}|one)\b)?`, 'i');
/**
 * "What did he say in his speeches of the 1970s?", "… in his latest speech?": asks what the works of a time or
 * the first or last one say, not which works there are ("What did he say in his speeches?" lists them).
 */
const asksWhatSomeSaid = (question: string): boolean =>
  WHAT_WAS_SAID.test(question) && (workByOrder(EARLIEST_WORK, question) !== null || workByOrder(LATEST_WORK, question) !== null || yearsAskedAbout(question).size > 0);
/** The words of greetings, thanks and acknowledgements: a message of these alone asks nothing of the texts. */
const SMALL_TALK = new Set(
  'hi hello hey thanks thank thx ty you ok okay alright great good nice cool perfect awesome fine sure got it bye goodbye cheers so very much a lot that this is was really helpful useful interesting excellent wonderful brilliant amazing lovely'.split(
    ' ',
  ),
);

/** How much, closing a question of how often: "a lot", "much", "often" (a pattern's source). */
const HOW_MUCH = String.raw`a\s+lot|a\s+great\s+deal|(?:very|so)\s+much|much|often|frequently`;
/** "Does he talk about socialism a lot?", "Does he write of trade much?": how often, asked as how much he says it. */
const SAYS_A_LOT = new RegExp(String.raw`^\s*(?:did|does|do)\b[^?.!]*?\b(?:talk|speak|write)s?\s+(?:about|of|on)\b[^?.!]*?\b(?:${HOW_MUCH})\s*[?.!]*\s*$`, 'i');

/**
 * "Which word does he use more: independence or self-reliance?", "Which does he mention more often, X or Y?", "Did he
 * talk more about trade in the 1980s than in the 1960s?": which of the words (or times) the texts use more. ("Can you
 * say more about …?" compares nothing.)
 */
const USED_MORE =
  /\bwhich\b[^?.!]*\b(?:use[sd]?|mention(?:s|ed)?)\s+(?:[\p{L}'’-]+\s+){0,2}?more\b|\b(?:use[sd]?|mention(?:s|ed)?|talk(?:s|ed)?|speak(?:s)?|spoke|wr(?:ite|ites|ote)|discuss(?:es|ed)?)\b[^?.!]*\bmore\s+(?:often|frequently)\b|\b(?:talk(?:s|ed)?|speak(?:s)?|spoke|wr(?:ite|ites|ote)|discuss(?:es|ed)?)\b[^?.!]*\bmore\b[^?.!]*\b(?:than|or)\b/iu;
/**
 * "Which of the two says more about oil?", "Which one talks most about trade?", "Does the 1969 interview or the 1971
 * one say more about education?": which of the works (or times) says more of something, as "Which work has the most
 * on trade?" (`MOST_PASSAGES`) asks: counted where.
 */
const SAYS_MORE = new RegExp(
  String.raw`(?:\bwhich\b|\bor\b)[^?.!]*\b(?:says?|said|talks?|talked|speaks?|spoke|writes?|wrote|discuss(?:es|ed)?)\s+(?:the\s+)?(?:more|most)\s+(?:about|on|of|regarding)\b`,
  'i',
);
/** "more", "more often": how a count is compared, not a word to count. */
const MORE_OFTEN = /\bmore(?:\s+(?:often|frequently))?\b/i;
/** "Which is more common: Juche or self-reliance?", "the most frequently used": a count compared, not words to count. */
const MORE_COMMON = /\b(?:more|less|most|least)\s+(?:common(?:ly\s+used)?|frequent(?:ly\s+used)?|often\s+used|widely\s+used|used)\b/i;

/**
 * "List every passage mentioning technicians", "all quotes that use the word Juche", "Find all mentions of coal", "Which
 * passages mention oil?": every passage that holds the words, which a count lists, not the few best a search quotes.
 */
const EVERY_MENTION =
  /\b(?:all|every|each)\s+(?:the\s+|of\s+the\s+)?(?:passages?|quotes?|quotations?|excerpts?|paragraphs?|places?)\s+(?:that\s+|which\s+|where\s+)?(?:(?:he|kim(?:\s+il\s+sung)?)\s+)?(?:mention(?:s|ed|ing)?|us(?:e|es|ed|ing)|contain(?:s|ed|ing)?|hold(?:s|ing)?)\b|\b(?:all|every)\s+(?:the\s+)?(?:mentions|uses|occurrences|instances)\s+of\b|\bwhich\s+(?:passages|quotes|quotations|excerpts|paragraphs)\s+(?:mention|use|contain|hold)\b/i;

/**
 * Whether a question asks how often, or whether at all, the texts use some words (`HOW_OFTEN`, `MOST_OFTEN`,
 * `HOW_MANY_TEXTS`, `HOW_MANY_OF_A_KIND`, `WHETHER_MENTIONED`, `SAYS_A_LOT`): answered by counting them.
 */
export function asksHowOften(question: string): boolean {
  return (
    EVERY_MENTION.test(question) ||
    ((HOW_OFTEN.test(question) || MOST_OFTEN.test(question)) && USED_IN_THE_TEXTS.test(question)) ||
    USED_MORE.test(question) ||
    SAYS_MORE.test(question) ||
    MORE_COMMON.test(question) ||
    SAYS_A_LOT.test(question) ||
    HOW_MANY_TEXTS.test(question) ||
    HOW_MANY_OF_A_KIND.test(question) ||
    WHETHER_MENTIONED.test(question) ||
    (WHICH_MENTION.test(question) && !TITLE_HOLDS.test(question)) ||
    HOW_OFTEN_ALONE.test(question) ||
    MOST_PASSAGES.test(question) ||
    COUNT_OF.test(question) ||
    RANKED_BY_USE.test(question)
  );
}

/**
 * "Rank the works by how much they discuss self-reliance", "Sort his speeches by how often they mention trade", "List
 * the works in order of how often they mention Juche": the works ranked by their count (`PER_WORK`).
 */
const RANKED_BY_USE =
  /\b(?:rank|order|sort|list)(?:ed)?\s+(?:(?:the|his|all)\s+)*(?:works|texts|speeches|interviews|talks)\s+(?:by|in\s+order\s+of|according\s+to)\s+how\s+(?:much|often|many\s+times)\b/i;

/**
 * "Save these", "Add them to my notebook", "Can you save the quotes above?", "Save the best one for my essay", "save
 * quote 2": a request to keep quotes, which the notebook does (each quote's Save button); nothing to look for in the texts.
 */
export const SAVE_ASKED =
  /^\s*(?:please\s+)?(?:(?:can|could|would)\s+you\s+)?(?:save|bookmark|keep|store|add)\s+(?:all\s+)?(?:(?:these|this|them|it|that|those)(?:\s+(?:quotes?|quotations?|passages?))?|(?:the\s+)?(?:quotes?|quotations?|passages?)(?:\s+above)?|(?:the\s+)?(?:best|first|last|second|third|top)\s+(?:one|quote|quotation|passage)|(?:quote\s+)?\[?\d{1,2}\]?)(?:\s+(?:to|in)\s+(?:my|the)\s+notebook)?(?:\s+for\s+(?:later|me|(?:my|our|an?|the)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?))?(?:\s+please)?\s*[.!?]*\s*$/iu;

/**
 * A question about the assistant itself, not the texts: what it does or how to use it ("What can you do?", "What can I
 * ask?", "help", "How does this work?", "How do I save a quote?", "Can you export my notebook?", "How do I use the
 * Check page?"), who or what it is ("Who are you?", "Are you ChatGPT?"), or whether it can help ("Can you help me with my
 * essay?"), after a greeting or not; `about` says what of it is asked.
 */
const GREETING = String.raw`^\s*(?:(?:hi|hello|hey)(?:\s+there)?[,!.]?\s*)?`;
const HELP_ASKED = new RegExp(
  String.raw`${GREETING}(?:(?:what|how)\s+can\s+(?:you|i|we)\s+(?:do|ask|use\s+(?:you|this|it))(?:\s+(?:you|here))?|what\s+do\s+you\s+do|(?:what|who)\s+(?:are\s+you|is\s+this\s+(?:tool|app|site|assistant|thing))|are\s+you\s+(?:an?\s+)?(?:bot|robot|human|person|ai|chatbot|chatgpt|gpt|llm|assistant|real)|what\s+(?:model|ai|llm)\s+(?:are\s+you(?:\s+using)?|is\s+this|do\s+you\s+use)|(?:can|could|will)\s+you\s+help(?:\s+me)?(?:\s+with\s+(?:my|an?|the|this)\s+(?:essay|homework|assignment|paper|research|thesis|project|class|lesson|coursework))?|how\s+(?:does\s+(?:this|it)(?:\s+(?:tool|app|site))?\s+work|do\s+(?:i|we)\s+use\s+(?:this|it|you|the\s+(?:check|notebook|ask)\s+page|the\s+notebook))|help(?:\s+me)?)\s*[?.!]*\s*$`,
  'i',
);
/** A question of how to keep or export quotes: "How do I save a quote?", "Can you export my notebook?". */
const NOTEBOOK_ASKED = /\b(?:how\s+(?:do|can)\s+(?:i|we)\s+(?:save|keep|export|download|store)\b|(?:can|could)\s+(?:you|i)\s+(?:export|download)\b[^?.!]*\b(?:notebook|quotes?)\b)/i;
/** What a question about the assistant asks (`HELP_ASKED`, `NOTEBOOK_ASKED`): how to keep quotes, the Check page, or what it does. */
export function helpAsked(message: string): 'notebook' | 'check' | 'help' | null {
  if (SAVE_ASKED.test(message) || NOTEBOOK_ASKED.test(message)) return 'notebook';
  if (!HELP_ASKED.test(message)) return null;
  return /\bcheck\s+page\b/i.test(message) ? 'check' : /\bnotebook\b/i.test(message) ? 'notebook' : 'help';
}

/** A greeting, thanks or acknowledgement alone ("hello", "thanks!", "ok, great"), or a question about the assistant itself (`helpAsked`): not a question of the texts. */
export function isSmallTalk(message: string): boolean {
  const words = tokenize(message);
  return helpAsked(message) !== null || (!message.includes('?') && words.length > 0 && words.every((t) => SMALL_TALK.has(t.word)));
}

/** Words a question or a request opens with. */
const OPENERS = new Set(
  'what which who whom whose when where why how is are was were am be do does did have has had can could shall should will would may might must tell give show list find explain describe compare quote cite summarise summarize name define please and or but so'.split(
    ' ',
  ),
);
const PERSON = /(?<![\p{L}'’])(?:i|i'm|i’m|me|my|we|you|your)(?![\p{L}'’])/iu;
/** Words asking what a term means: typed with a topic ("juche definition"), they ask for the defining sentences. */
const DEFINITION = /\b(?:definitions?|defined?|meaning)\b/i;

/**
 * A text that opens with no question or request word, has no question mark and speaks of no "I" or "you" ("For an
 * essay, I need …") names a topic ("foreign trade", "self-reliance in the 1980s"): what do the sources say about it
 * (unless it asks what the topic means: `DEFINITION`).
 */
function namesATopic(question: string): boolean {
  const first = /^\p{L}+/u.exec(question.trim())?.[0].toLowerCase();
  return !question.includes('?') && !PERSON.test(question) && first !== undefined && !OPENERS.has(first);
}

/**
 * "first" or "last" said of a time ("when did he first mention …", "which work last speaks of …"), not of a thing
 * ("the first plan", "his last visit", "at last", "Kim's first visit"); followed by the verb it times, not by "or",
 * "and" or a comma ("should industry come first or …?" asks what comes before what, not when).
 */
const AS_A_TIME = String.raw`(?<=(?:\p{L}|\p{L}["”’'])\s+)(?<!\b(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|at|in|on|for|from|of|by|to|with|and|or)\s+|['’]s\s+)`;
/**
 * What is said on a topic, timed by "first" or "last": "his last word on trade", "the first mention of Juche", "the
 * last thing he said about aid" (a pattern's source).
 */
const SAID_ON = String.raw`\s+(?:(?:words?|statements?|remarks?|comments?)\s+(?:on|about)|(?:mentions?|references?)\s+(?:of|to)|things?(?=\s+(?:(?:that|which)\s+)?(?:[\p{L}'’-]+\s+){1,3}?(?:said|say|says|wrote|write|writes|mentioned)\s+(?:on|about|of)\b)|thing\s+(?:on|about))\b`;
/**
 * "he started talking about", "Kim began to write of": saying it the first time, or ("stopped mentioning", "no longer
 * mentions") the last, whoever the subject (a pattern's source). "Using" is saying only of a person ("he started using
 * the word", not "the farms started using tractors").
 */
const SAYING = String.raw`(?:to\s+)?(?:talks?|talking|speaks?|speaking|mentions?|mentioning|writes?|writing|discuss(?:es)?|discussing)\b|(?<=\b(?:he|she)\s+(?:no\s+)?\S+\s+(?:to\s+)?)(?:to\s+)?(?:uses?|using)\b`;
const STARTED_SAYING = String.raw`\b(?:start|started|begin|began|begun)\s+(?:${SAYING})`;
const STOPPED_SAYING = String.raw`\b(?:stop|stopped|cease|ceased|no\s+longer)\s+(?:${SAYING})`;
/** The verb that times his saying ("started", "began to", "stopped"): no topic word, as "first" is none. */
export const STARTED_OR_STOPPED = new RegExp(String.raw`\b(?:start|started|begin|began|begun|stop|stopped|cease|ceased|no\s+longer)\s+(?:to\s+)?(?=${SAYING})`, 'giu');
/** What was said, after "oldest" or "newest": "the oldest quote", "his newest statement" (not "the oldest industrial region"), a pattern's source. */
const SAID_THINGS = String.raw`\s+(?:quotes?|quotations?|statements?|passages?|mentions?|references?|remarks?|lines?)\b`;
/**
 * "When did he mention Chollima first?", "In which work did he mention oil last?": "first" or "last" closing a question
 * of when or where (not "Which work should I read first?"; a pattern's source).
 */
const WHEN_ENDS = String.raw`(?<=\b(?:when|where|(?:which|what)\s+(?:${WORK_NOUNS}|year|decade))\b[^?.!]*\s)(?<!\b(?:read|start|begin|look\s+at|study)\s+)`;
const AT_THE_END = String.raw`(?=\s*[?.!]*\s*$)`;
/** The order closing a question (`WHEN_ENDS`), read before the words of when or where go from its search. */
export const ORDER_CLOSING = new RegExp(String.raw`${WHEN_ENDS}(?:first|last)${AT_THE_END}`, 'iu');
/**
 * "First" or "last" after a verb of ranking says where something stands, not when it was said: "has to come first in
 * building socialism", "put last among the tasks" (a pattern's source).
 */
const NOT_RANKED = String.raw`(?<!\b(?:come|comes|came|coming|put|puts|putting|place|places|placed|placing|rank|ranks|ranked|ranking|stand|stands|stood|standing)\s+)`;
const EARLIEST = new RegExp(String.raw`\b(?:earliest|first time)\b|\boldest${SAID_THINGS}|\bfirst${SAID_ON}|${AS_A_TIME}${NOT_RANKED}\bfirst\s+(?!of all\b|and\b|or\b)(?=\p{L})|${WHEN_ENDS}first${AT_THE_END}|${STARTED_SAYING}`, 'iu');
const LATEST = new RegExp(
  String.raw`\b(?:latest|most recent(?:ly)?|last time)\b|\bnewest${SAID_THINGS}|\b(?:last|final)${SAID_ON}|${AS_A_TIME}${NOT_RANKED}\blast\s+(?!(?:year|month|week|decade|century|night|few|several)s?\b|and\b|or\b|(?:according|for|until|till|through|into|beyond)\b)(?=\p{L})|${WHEN_ENDS}last${AT_THE_END}|${STOPPED_SAYING}`,
  'iu',
);
/**
 * "The first speech", "the most recent work", "his oldest text": an ordinal said of a work is said of its date, so
 * it asks which work came first or last (of the works on a topic if the question names one, else of the collection).
 */
const ANY_WORK = new RegExp(`^(?:${ANY_WORK_WORDS})$`, 'i');
/** A work after an ordinal or a superlative: "the first speech", "the longest of his speeches" (a pattern's source). */
const A_WORK = String.raw`(?:\s+(?:${WORK_NOUNS})\b|\s+of\s+(?:the|his|these|those|all(?:\s+(?:the|his))?)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:${WORK_NOUNS})\b)`;
const WHO_SAID_WORDS = String.raw`\bwho\s+(?:said|says|wrote|writes|spoke|speaks|stated|states|authored|(?:is|was)\s+(?:speaking|quoted)|made\s+(?:this|that|the)\s+(?:statement|remark|claim|point))\b`;
/** "Who said that …?", "who wrote …": whose words something is, whoever spoke them (an interviewer too); not "Whose speech is it?". */
export const WHO_SAID_SOMETHING = new RegExp(WHO_SAID_WORDS, 'i');
/**
 * "Who said that?", "who wrote it", "who made this statement", "Who gave the 1987 speech?", "Who is the author of the
 * article?": whose words a passage or a work is, with when and where.
 */
const WHO_SAID = new RegExp(
  String.raw`${WHO_SAID_WORDS}` +
    String.raw`|\bwho\s+(?:gave|gives|delivered|delivers|made|makes)\s+(?:this|that|the|his)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:${WORK_NOUNS})\b` +
    String.raw`|\bwho\s+(?:is|was|'s|’s)\s+(?:the\s+)?(?:author|speaker|writer)\b|\bwhose\s+(?:words|${WORK_NOUNS})\b`,
  'iu',
);
/**
 * When something other than him happened ("When did the Chollima movement start?", "When was the furnace built?", "In
 * what year did North Korea create the term …?"):
 * not when he said it; read with the authors' names as "he" (`authorsAsHe`).
 */
export const WHEN_IT_HAPPENED =
  /^\s*(?:when|(?:in\s+)?(?:what|which)\s+year)\s+(?:did|was|were|had|has|have)\s+(?!(?:he|she|the\s+author)\b)[^?.!]*?\b(?:start|started|begin|began|begun|end|ended|happen|happened|occur|occurred|take\s+place|took\s+place|built|founded|launched|established|break\s+out|broke\s+out|finish|finished|completed|create|created|adopt|adopted|introduce|introduced|coin|coined|form|formed)\b/i;
/**
 * "When did Kim visit the Kangson Steel Works?", "When did he go to North Manchuria?": when the author did something
 * other than say it, which a work may tell but whose date is not the work's. Verbs of going and doing by hand, not of
 * saying, thinking or meeting the one a work addresses.
 */
const WHEN_HE_DID =
  /^\s*(?:when|(?:in\s+)?(?:what|which)\s+year)\s+did\s+(?:he|she)\s+(?:first\s+|last\s+)?(?:visit|go|travel|arrive|return|inspect|tour|fight|capture|march|advance|leave|escape|flee|move|build|found|set\s+up|lose|win)\b/i;
/**
 * "When was the First Five-Year Plan?", "When were the Minsaengdan purges?": when a thing was, named with no verb, which
 * is no work ("When was the 1987 speech?", "When was the 1967 programme announced?", "When was that?" ask a work's date) nor anything said of one ("When was the
 * Second Seven-Year Plan mentioned?" asks when it was said).
 */
const WHEN_A_THING_WAS = new RegExp(
  String.raw`^\s*when\s+(?:was|were)\s+(?!(?:it|this|that|these|those|they|he|she|his|her)\b)(?![^?.!]*\b(?:${WORK_NOUNS}|programmes?|programs?|address(?:es)?|lectures?|reports?|letters?|quotes?|quotations?|passages?|said|says|written|given|delivered|published|asked|told|made|spoken|dated|mentioned|discussed|described|raised|stated|cited|quoted|noted|referred\s+to|emphasi[sz]ed|stressed)\b)[^?.!]+?\s*[?.!]*\s*$`,
  'i',
);

/** "Who wrote …", "who is the author", "which authors": asks who wrote something (the texts, when it names nothing else: `asksWhoWrote`). */
const WHO_WROTE = /\bwho\s+(?:wrote|writes|authored)\b|\bwho\s+(?:is|was|are|were|['’]s)\s+the\s+(?:authors?|writers?)\b|\b(?:which|what)\s+(?:authors|writers)\b/i;
/**
 * "Is the article a primary or secondary source?", "Are these primary sources?", "Which of these sources are primary?",
 * "the difference between the primary and secondary sources here": whether works are primary or secondary sources,
 * asked (not "What does the secondary source say about …?").
 */
const SOURCE_KIND =
  /\b(?:primary\s+or\s+(?:an?\s+)?secondary|secondary\s+or\s+(?:an?\s+)?primary)\b|\b(?:primary\s+and\s+(?:the\s+)?secondary|secondary\s+and\s+(?:the\s+)?primary)\s+(?:sources?|texts?|works?|documents?)\b|^\s*(?:is|are|was|were)\b[^?.!]*\b(?:primary|secondary)\s+(?:sources?|texts?|documents?)\s*[?.!]*\s*$|\b(?:which|what)\b[^?.!]*\b(?:is|are)\s+(?:the\s+)?(?:primary|secondary)(?:\s+(?:sources?|ones?))?\s*[?.!]*\s*$/i;

/**
 * Whether a question asks who wrote the texts ("Who wrote these texts?", "Who are the authors?", "Who wrote the
 * speeches from the 1980s?"), naming no work and no topic; "Who is the author?" too, when no answer before quoted
 * anything for it to ask of (`sourcesAsked`).
 */
const asksWhoWrote = (question: string, tokens: readonly Token[]): boolean =>
  WHO_WROTE.test(question) && tokens.every((t) => AUTHOR_WORDS.has(t.word) || TEXT_WORDS.has(t.word) || /^\d/.test(t.word));
/**
 * "anything written by someone other than Kim", "Are there other authors?", "by anyone else", "Was Kim the only
 * author?", "Are all the works by Kim?": whether others wrote some of it.
 */
const OTHER_AUTHOR =
  /\b(?:written|authored|by)\s+(?:some|any)(?:one|body)\s+(?:other\s+than|else|besides)\b|\b(?:other|another|different)\s+(?:authors?|writers?)\b|\b(?:only|sole)\s+(?:authors?|writers?)\b|\ball\s+(?:of\s+)?(?:the\s+|these\s+|his\s+)?(?:works|texts|sources|documents)\s+(?:(?:are|were)\s+)?(?:written\s+)?by\b/i;
/** Whether a question asks if anyone else wrote some of the texts, and nothing else (`OTHER_AUTHOR`). */
const asksOtherAuthors = (question: string, authorWords: ReadonlySet<string>): boolean =>
  OTHER_AUTHOR.test(question) && contentTokens(withoutMatches(question, OTHER_AUTHOR)).every((t) => AUTHOR_WORDS.has(t.word) || TEXT_WORDS.has(t.word) || HOLDING_WORDS.has(t.word) || authorWords.has(t.word));

/** "quoted above", "above", "shown here": of the answer before, said after the works or quotes it points at (a pattern's source). */
const SHOWN_ABOVE = String.raw`(?:(?:quoted|shown|listed|cited)\s+)?(?:here|above)`;
/** "Which work is the …", "what speech came …", "which speech quoted above is the …" (a pattern's source): the ordinal that follows is said of a work. */
const WORK_IS = String.raw`(?<=\b(?:which|what)\s+)(?:${WORK_NOUNS})\s+(?:${SHOWN_ABOVE}\s+)?(?:is|was|are|were|came|comes)\s+(?:the\s+)?`;
/** "Which of the 1987 works is", "which of his speeches was the", "which 1987 work is": of the works it names, not of those before (a pattern's source). */
const WORKS_NAMED_IS = String.raw`(?<=\bwhich\s+(?:of\s+(?:the|his)\s+(?:\d{4}\s+)?|\d{4}\s+)(?:${WORK_NOUNS})\s+(?:is|was)\s+(?:the\s+)?)`;
/** A work asked for by what is said of it: "which speech is the", or of the works named, "which of the speeches is the". */
const A_WORK_IS = `(?:${WORK_IS}|${WORKS_NAMED_IS})`;

/**
 * "Which is longer, the 1961 speech or the 1993 speech?", "Is the 1987 speech longer than the 1961 one?": a comparative
 * said of works the question names by a word for a work or a year (a pattern's source; "a shorter quote" is none).
 */
const NAMES_WORKS = String.raw`(?=[^?.!]*?(?:\b(?:${WORK_NOUNS})\b|\b\d{4}\b))`;
const comparedSize = (word: string) =>
  String.raw`(?<=\b(?:which|what)(?:\s+(?:one|${WORK_NOUNS}))?\s+(?:is|was)\s+(?:the\s+)?)${word}\b${NAMES_WORKS}|(?<=^\s*(?:is|was)\b${NAMES_WORKS}[^?.!]*?)\b${word}\s+than\b` +
  // "Which of the 1987 works is longer?", "Which 1987 speech is shorter?": the works named before the comparative.
  String.raw`|${WORKS_NAMED_IS}${word}\b`;
/** "Which is the", "Which of these (works) is the", "Which one was the": a work asked for among those named before (a pattern's source). */
const WHICH_ONE_IS = String.raw`\bwhich\s+(?:one\s+|of\s+(?:(?:these|them|those)\s+(?:(?:${WORK_NOUNS})\s+)?|the\s+(?:${WORK_NOUNS}|quotes|passages)\s+${SHOWN_ABOVE}\s+))?(?:is|was)\s+(?:the\s+)?`;
/** The superlative said of those works, at the end ("Which is the longest?"), not of a thing ("the shortest way to …"). */
const OF_THOSE = String.raw`(?=\s*(?:[?.!]|$|(?:one|of\s+(?:these|them|those))\b))`;
/** "Which is the earliest?", "Which one was first?": the first (last) of the works before, or of all. */
const WHICH_IS_FIRST = new RegExp(String.raw`${WHICH_ONE_IS}(?:earliest|oldest|first)${OF_THOSE}`, 'iu');
const WHICH_IS_LAST = new RegExp(String.raw`${WHICH_ONE_IS}(?:latest|newest|most recent|last)${OF_THOSE}`, 'iu');
/**
 * "Which work came right after the Peru talk?", "What came before the Benin interview?": the first work after it (the
 * last before it), of those the time it bounds keeps to ("after 1978"); the side in group 1.
 */
const NEXT_TO = String.raw`^\s*(?:and\s+)?(?:which|what)(?:\s+(?:work|text|speech|talk|interview|one))?\s+(?:came|comes|was\s+(?:given|written|delivered|published)|is)\s+(?:right\s+|just\s+|immediately\s+|directly\s+|next\s+)?(?=(?:after|before)\b)`;
/** The words asking which work is next to one, before "after" or "before" (which stay: they bound a time). */
export const NEXT_WORK_ASKED = new RegExp(NEXT_TO, 'i');
const NEXT_WORK = new RegExp(String.raw`${NEXT_TO}(after|before)\b`, 'i');
const EARLIEST_WORK = new RegExp(String.raw`\b(?:earliest|oldest|first)${A_WORK}|${A_WORK_IS}(?:earliest|oldest|first)\b|${WHICH_IS_FIRST.source}`, 'iu');
const LATEST_WORK = new RegExp(String.raw`\b(?:latest|newest|most recent|last)${A_WORK}|${A_WORK_IS}(?:latest|newest|most recent|last)\b|${WHICH_IS_LAST.source}`, 'iu');
/** "the first work to mention debt", "the last speech that …": not a work named by its order, but the order of those a clause keeps to. */
const KEPT_TO_BY_A_CLAUSE = /^\s+(?:to\s+(?!be\b)\p{L}|(?:that|which|where|in\s+which)\b)/iu;
/** The words naming the first (last) work, unless a clause keeps the works to some ("the earliest work to mention them"). */
const workByOrder = (pattern: RegExp, question: string): RegExpExecArray | null => {
  const m = pattern.exec(question);
  return m && !KEPT_TO_BY_A_CLAUSE.test(question.slice(m.index + m[0].length)) ? m : null;
};
/** "Which one is longer?", "Which work is shorter?": of the works before, as the superlative is (a pattern's source). */
const WHICH_IS_MORE = (word: string) => String.raw`(?:${WHICH_ONE_IS}|${WORK_IS})${word}${OF_THOSE}`;
/**
 * "Which one is longer?", "Which work is shorter?", "Which of these is the longest?" (no work named): a length compared
 * among the works before, naming no topic.
 */
export const LENGTH_AMONG = new RegExp(`${WHICH_IS_MORE('longer')}|${WHICH_IS_MORE('shorter')}|${WHICH_ONE_IS}(?:longest|lengthiest|shortest|briefest)${OF_THOSE}`, 'iu');
/** "Which work has the most paragraphs?", "What speech has the fewest words?": the longest (shortest) by a count of its own (a pattern's source). */
const HAS_MOST = (most: string) => String.raw`(?<=\b(?:which|what)(?:\s+(?:one|${WORK_NOUNS}))?\s+(?:has|had|contains?|holds?)\s+(?:the\s+)?)${most}\s+(?:words|paragraphs)\b`;
/** "The longest speech", "which text is the shortest", "which is longer, …": a work's length asked, of the works a question is about. */
const LONGEST_WORK = new RegExp(String.raw`\b(?:longest|lengthiest)${A_WORK}|${A_WORK_IS}(?:longest|lengthiest)\b|${WHICH_ONE_IS}(?:longest|lengthiest)${OF_THOSE}|${WHICH_IS_MORE('longer')}|${comparedSize('longer')}|${HAS_MOST('most')}`, 'iu');
const SHORTEST_WORK = new RegExp(String.raw`\b(?:shortest|briefest)${A_WORK}|${A_WORK_IS}(?:shortest|briefest)\b|${WHICH_ONE_IS}(?:shortest|briefest)${OF_THOSE}|${WHICH_IS_MORE('shorter')}|${comparedSize('shorter')}|${HAS_MOST('(?:fewest|least)')}`, 'iu');
/** "… the most paragraphs": a length counted in paragraphs, not words. */
const IN_PARAGRAPHS = /\b(?:most|fewest|least)\s+paragraphs\b/i;
/**
 * What an interviewer asked, asked for: "the interviewer's (journalists') questions", "questions from the interviewers", "What did the interviewers (the
 * Yugoslav editor, the Iraqi journalists, the Ghana Times) ask?", "What was he asked …?", "the questions put to him",
 * "What were the questions?", "What were they asking about?"; not "What did he ask the non-aligned countries to do?"
 * nor "What did the developing countries ask for?".
 */
const INTERVIEWER_ASKED = new RegExp(
  String.raw`\b(?:interviewer|journalist|editor|reporter|correspondent|director|delegation|magazine|newspaper)s?['’]?s?\s+questions?\b|\bquestions?\s+(?:from|by|of)\s+(?:the\s+|his\s+)?(?:interviewer|journalist|editor|reporter|correspondent)s?\b|\bwhat\s+(?:questions?\s+)?(?:did|do|does)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:interviewers?|journalists?|editors?|reporters?|correspondents?|director|delegation|magazine|newspaper|they)\s+(?:ask|(?:want|wish)\s+to\s+know)\b|\bwhat\s+(?:questions?\s+)?(?:was|were)\s+(?:[\p{L}'’-]+\s+){1,4}?asked\b|\bwhat\s+(?:was|were|is|are)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:interviewers?|journalists?|editors?|reporters?|correspondents?|director|delegation|magazine|newspaper|they)\s+asking\b|\bwhat\s+(?:questions?\s+)?(?:did|do|does)\s+the\s+(?:[\p{L}'’-]+\s+){1,6}?(?:ask|(?:want|wish)\s+to\s+know)\b(?!\s+for\b)|\bquestions?\s+(?:put|asked|posed)\s+to\b|^\s*(?:and\s+)?what\s+(?:was|were)\s+the\s+questions?\s*[?.!]*\s*$`,
  'iu',
);
/** "What was he asked about aid?": what was asked on a topic, searched, the interviewers' questions first (`ownWords`). */
const ASKED_ABOUT = /\bask(?:ed|s)?\b[^?.!]*\b(?:about|on|regarding|concerning)\s+\p{L}/iu;
/** "Which works are short enough for one class?", "Which speeches are short?": how long each is, to judge by. */
const SHORT_ENOUGH = String.raw`\b(?:which|what)\s+(?:${WORK_NOUNS})\s+(?:are|is)\s+(?:short|brief|long)(?:\s+enough)?\b`;
/** "How long is it?", "How many pages does that one have?", "Is it long?": the length of the one work the answer before quoted or named. */
const SIZE_OF_IT =
  /\bhow\s+(?:long|many\s+(?:pages|words|paragraphs))\s+(?:is|was|does|did|has)\s+(?:it|this|that)(?:\s+one)?(?:\s+(?:have|has))?\s*[?.!]*\s*$|^\s*(?:is|was)\s+(?:it|this|that)(?:\s+one)?\s+(?:very\s+|quite\s+|a\s+)?(?:long|short|lengthy)(?:\s+(?:one|text|work))?\s*[?.!]*\s*$/i;
/** "How many paragraphs are there?", "How many words in total?", "the total number of pages": the texts' size, in all (a pattern's source). */
const SIZE_IN_ALL = String.raw`^\s*how\s+many\s+(?:pages|words|paragraphs)\s+(?:are\s+there|(?:are\s+there\s+)?in\s+(?:total|all))\s*[?.!]*\s*$|\btotal\s+(?:number\s+of\s+)?(?:pages|words|paragraphs)\b`;
const SIZE_ALL = new RegExp(SIZE_IN_ALL, 'i');
/** "How long would it take to read …", "how long to read …": how long the texts are, to judge by (a pattern's source). */
const READING_TIME = String.raw`how\s+long\s+(?:(?:would|will|does|did|might|could|should)\s+it\s+take\s+(?:(?:me|you|us|one|someone|them|(?:a|my)\s+[\p{L}-]+)\s+)?)?to\s+read`;
/** "Which came first …?", "Which one was later?", "Was X earlier than Y?", "Is X before or after Y?": which of two works came first. */
const ORDER_OF_TWO = /\b(?:before\s+or\s+after|after\s+or\s+before|earlier\s+or\s+later)\b|\bwhich\s+(?:one\s+|of\s+(?:the\s+)?(?:two|them)\s+)?(?:came|comes|was|is)\s+(?:first|earlier|later|last|second|older|newer|more\s+recent)\b|^\s*(?:is|was|were|are|did|does|do)\b[^?.!]*?\b(?:earlier|later|older|newer|before|after)\s+than\b|^\s*(?:is|was)\b[^?.!]*?\b(?:earlier|later|older|newer)\s*[?.!]*\s*$/i;
/**
 * "How many years apart", "how long after (before)", "how much time passed between", "how far apart": the time between
 * two works (not "in the years between …", a time to search).
 */
const TIME_APART = /\bhow\s+(?:many\s+(?:years|months|days)|long|much\s+time|far)\s+(?:apart|after|before|between|later|earlier|passed|elapsed|separates?)\b/i;
/**
 * "How long is the 1987 speech?", "How many pages is the article?", "the word count of his speeches", "How long would
 * it take to read the collection?": how long the works a question names are, said of a work ("How long did the war
 * last?" asks no such thing).
 */
const SIZE_OF_WORK = new RegExp(
  String.raw`\b(?:how\s+(?:long|many\s+(?:pages|words|paragraphs))\s+(?:is|are|was|were|does|do|did|has|have|had|in)|${READING_TIME}|(?:length|word\s+count|page\s+count|number\s+of\s+(?:pages|words|paragraphs))\s+(?:of|in))\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?:${WORK_NOUNS}|papers?|abstracts?|collection|book)\b|${SIZE_OF_IT.source}|${SHORT_ENOUGH}|${SIZE_IN_ALL}`,
  'iu',
);
/**
 * Both ends asked at once: "his first and last words on aid", "the earliest and the latest statement", "an early and a
 * late quote", "one early and one late", "one early, one late", "the earliest text and the latest" (not "his early and
 * late views", a comparison across the years): the earliest and the latest of what the question is about.
 */
const BOTH_ENDS = new RegExp(
  String.raw`\b(?:first|earliest|oldest)\s+and\s+(?:(?:the|his|her|their)\s+)?(?:last|latest|final|most\s+recent|newest)(?:\s+(?:(?:words?|statements?|remarks?|comments?)(?:\s+(?:on|about))?|(?:mentions?|references?)(?:\s+(?:of|to))?|quotes?|quotations?|passages?|lines?))?\b|\b(?:an?|one)\s+early(?:\s*,\s*|\s+)(?:and\s+)?(?:an?|one)\s+late\b` +
    // "the earliest text and the latest", "the first speech and which is the last?"
    String.raw`|\b(?:first|earliest|oldest)\s+(?:${WORK_NOUNS})\s+and\s+(?:(?:what|which)\s+(?:is|was)\s+)?(?:(?:the|his)\s+)?(?:last|latest|final|most\s+recent|newest)\b`,
  'iu',
);
/** "List the works by length", "the speeches in order of length", "rank the interviews by size": each work's length, longest first (`Intent.byLength`). */
const BY_LENGTH = /\b(?:by|in\s+order\s+of|according\s+to)\s+(?:their\s+)?(?:length|size|word\s+count|number\s+of\s+words)\b/i;
/** "The earliest", "the most recent", "first" of a time, "Which was first?": said of what the question is about, or of the answer before. */
export const FIRST_OR_LAST: readonly RegExp[] = [WHICH_IS_FIRST, WHICH_IS_LAST, EARLIEST, LATEST];
/** How a list is to be ordered, not what it is of: "earliest first", "most recent first", "in date order", "chronologically". */
export const LISTING_ORDER = /\b(?:(?:earliest|oldest|latest|newest|most\s+recent)\s+first|in\s+(?:date|chronological|time)\s+order|chronologically|by\s+date)\b/gi;
/** Over how many works or years, said as a quantity: "Was the oxygen plant mentioned in more than one year?", "in several speeches". */
export const OVER_SEVERAL = /\bin\s+(?:more\s+than\s+one|several|multiple|many|different|two\s+or\s+more)\s+(?:years?|decades?|works?|texts?|speeches|talks|interviews|documents?)\b/gi;
/** The words that ask for the earliest or the latest work (or both), the longest, or how long: they say which answer is wanted, not what to look for. */
export const ORDER_WORDS: readonly RegExp[] = [BOTH_ENDS, EARLIEST_WORK, LATEST_WORK, LONGEST_WORK, SHORTEST_WORK, SIZE_OF_WORK, BY_LENGTH, ...FIRST_OR_LAST];

/**
 * How often the texts use words: "how often" or "how many times" with a verb of saying or writing ("does he
 * mention", "does 'Juche' appear"; not "how many times did he visit China?"), or "how many works/speeches …".
 */
// "how many time", "how much times", as many write them; not "how much time", a duration.
const HOW_OFTEN = /\bhow (?:often|frequently|many times?\b|much times\b)/i;
/** "Count the mentions of X", "the number of uses of X", "the frequency of X", "a count per decade of …": how often, asked as a thing to do or a quantity. */
const COUNT_OF =
  /^\s*(?:please\s+)?count\b(?=\s+how\b)|\b(?:a|the)\s+count\s+(?=(?:per|by|for\s+each|in\s+each|of)\b)|\bcount\s+(?:up\s+)?(?:(?:the|all|his)\s+)?(?:mentions|uses|occurrences|instances|references)\b|\b(?:number|frequency)\s+of\s+(?:(?:the|his)\s+)?(?:mentions|uses|occurrences|instances|references)\b/i;
/**
 * "How often?", "and how many times?", "How many are there?" by itself, or after the question it follows ("… Japan?
 * How often?"): how often the texts mention what that question is about.
 */
const HOW_OFTEN_ALONE =
  /(?:^|[?.!]\s+)(?:and\s+|so\s+)?how (?:often|frequently|many times|many(?:\s+(?:are there|are they|were there|is that|is this|was that|are those|are these|of them|did you find|do you have|in all|in total|altogether))*)\s*[?.!]*\s*$/i;
/** A question before without the count it asked alone at its end ("… machine tools. How many are there?"): what it asked about. */
export const withoutCountAlone = (question: string): string => question.replace(HOW_OFTEN_ALONE, (asked) => (/^[?.!]/.test(asked) ? asked[0]! : ''));
/**
 * "one quote on", "a passage about", "another on"; "what did he say about … and what did he say about …": where a quote
 * on one topic of several is asked for.
 */
const ONE_ON = /\b(?:(?:one|a|another)\s+(?:(?:short\s+|good\s+)?(?:quote|quotation|passage|line|sentence)\s+)?|what\s+(?:did|does)\s+(?:he|kim(?:\s+il\s+sung)?)\s+say\s+)(?:on|about|regarding|concerning)\s+/gi;
/**
 * "Give me one quote on self-reliance, one on foreign aid and one on trade", "a quote on aid and one on trade", "what
 * did he say about self-reliance and what did he say about trade": the topics asked for a quote each, in order; null
 * unless two or more are.
 */
export function topicsEachAsked(question: string): string[] | null {
  const starts = [...question.matchAll(ONE_ON)];
  if (starts.length < 2) return null;
  const topics = starts.map((m, i) => {
    const end = starts[i + 1]?.index ?? question.length;
    return question.slice(m.index + m[0].length, end).replace(/(?:\s*,)?(?:\s+and)?\s*$|[\s?.!]+$/g, '').trim();
  });
  return topics.every((t) => contentTokens(t).length > 0) ? topics : null;
}

/**
 * "Which decade has the most passages about self-reliance?", "Which work has the most mentions of trade?", "Which work
 * has the most?" after a topic: counted where.
 */
export const MOST_PASSAGES =
  /\b(?:which|what)\s+(?:works?|texts?|speech(?:es)?|talks?|interviews?|years?|decades?|periods?)\b[^?.!]*\b(?:has|have|had|holds?|contains?)\s+(?:the\s+)?most(?:\s+(?:passages|mentions|quotes|quotations|references)\b|(?=\s*[?.!]*\s*$)|\s+(?:on|about|of)\b)/i;
/**
 * "Which work", "in what year": the unit a question of most asks for, not words to count. Works of a kind ("Which
 * interview mentions trade most?", "Which interviews mention trade?") stay, for the count to keep to them
 * (`kindsNamed`).
 */
const WHICH_TEXT = /\b(?:in\s+)?(?:which|what)\s+(?:works?|texts?|articles?|documents?|writings?|sources?|years?|decades?|periods?|ones?)\b/i;
/**
 * "Did he ever mention the United States?", "Is Japan mentioned?", "Does the word 'flunkeyism' appear?", "Is the
 * word 'imperialism' used?", "Did he use “fortitude”?", "Is there any mention of Cuba?": a yes/no
 * question whose verb is one of using words (not of discussing a topic: "did he talk about women?" is searched by
 * meaning), followed by words rather than a clause ("did he mention that / how / why …" is searched as usual).
 */
const NOT_A_CLAUSE = String.raw`(?!\s+(?:that|how|why|whether|if|what|when|where|who|which)\b)`;
const WHETHER_MENTIONED = new RegExp(
  String.raw`^\s*(?:(?:did|does|do|has|have|had)\b[^?.!]*?\b(?:mention(?:s|ed)?|refer(?:s|red)? to|us(?:e|es|ed) the (?:words?|terms?|phrases?|expressions?)|us(?:e|es|ed)\s+(?=["“‘']))${NOT_A_CLAUSE}` +
    String.raw`|(?:is|are|was|were|has|have)\b[^?.!]*?\b(?:mentioned|referred to)\b|(?:does|did|do)\s+the\s+(?:words?|terms?|phrases?|expressions?)\b[^?.!]*?\b(?:appear|occur|come up)\b` +
    String.raw`|(?:is|are|was|were)\s+the\s+(?:words?|terms?|phrases?|expressions?)\b[^?.!]*?\b(?:used|found)\b|(?:is|was)\s+there\s+(?:any\s+|a\s+)?mention\s+of\b|${IN_IT_TOO})`,
  'i',
);
/** Where a sentence opens: the text's start, or after one ending ("What did he say about debt? Which work mentions it?"; a pattern's source). */
const SENTENCE_OPENS = String.raw`(?:^|(?<=[?.!]\s))\s*`;
/** Up to three words naming whose or which works, before a word for works: "which Kim Il Sung works", "which 1970s speeches"; no verb ("What did his speeches …"). */
const WORDS_BEFORE_A_WORK_NOUN = String.raw`(?:(?!(?:did|does|do|is|are|was|were|has|have|had)\b)[a-z\d][\w'’-]*\s+){0,3}?`;
/**
 * "Which works mention Cuba?", "Which of these mention trade?", "In which texts is the term Juche used?", "In which
 * speeches does the word … appear?", "Where (when) does the word … occur?", "When does collective self-reliance first
 * appear?", "Where does he mention Cuba?": which texts use
 * words, a count that lists them; not "Which works discuss trade?", nor "Which speeches mention that …", which ask by
 * meaning, nor "… in their titles" (`TITLE_HOLDS`), which the collection's list answers.
 */
const TEXTS_ASKED =
  String.raw`${SENTENCE_OPENS}(?:(?:in\s+)?(?:which|what)\s+(?:${WORDS_BEFORE_A_WORK_NOUN}(?:${WORK_NOUNS})|years?|of\s+(?:these|those|them)(?:\s+(?:works|texts|speeches|talks|interviews))?|of\s+(?:his|her|their|the|(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*['’]s)\s+(?:works|texts|speeches|talks|interviews))` +
  // "List the works that mention oil", "Name every speech that refers to Africa": the works asked for, as "which works" asks.
  String.raw`|(?:please\s+)?(?:list|name|show(?:\s+me)?|give\s+me|find)\s+(?:(?:all|every)\s+)?(?:(?:of\s+)?the\s+)?(?:works|texts|speech(?:es)?|talks|interviews|documents|writings|sources)(?:\s+(?:that|which))?)`;
const THE_WORD = String.raw`the\s+(?:words?|terms?|phrases?|expressions?)\b`;
/** "never", "do not", "don't": a work said not to do what follows (a pattern's source). */
const NOT_DOING = String.raw`(?:never|(?:do|does|did)\s+not|(?:don|doesn|didn)['’]t)`;
/** "is the first (work) to", "was the last one to": the first or last of the works that do what follows (a pattern's source). */
const THE_FIRST_TO = String.raw`(?:is|was)\s+the\s+(?:first|earliest|oldest|last|latest|most\s+recent)(?:\s+(?:one|${WORK_NOUNS}))?\s+to\b`;
/** The words of `THE_FIRST_TO`, which a count's framing takes out. */
export const FIRST_OF_THOSE_THAT = new RegExp(THE_FIRST_TO, 'gi');
const WHICH_MENTION = new RegExp(
  // "Which is the first work to mention debt?", "Which speech was the last to use the word Juche?": the order of those that do.
  String.raw`^\s*(?:which|what)(?:\s+(?:one|${WORK_NOUNS}))?\s+${THE_FIRST_TO}\s+(?:mention|refer\s+to|use\s+${THE_WORD})${NOT_A_CLAUSE}|` +
  String.raw`${TEXTS_ASKED}\s+(?:(?:first|last|ever)\s+)?(?:(?:${NOT_DOING}\s+)?(?:mention(?:s|ed)?|refer(?:s|red)?\s+to|us(?:e|es|ed)\s+${THE_WORD})${NOT_A_CLAUSE}` +
    String.raw`|(?:does|did|do)\s+[^?.!]*?\b(?:${APPEARS}|mention${NOT_A_CLAUSE})\b|(?:is|are|was|were)\s+[^?.!]*?\b(?:mentioned|referred\s+to)\b|(?:is|are|was|were)\s+${THE_WORD}[^?.!]*?\b(?:used|found)\b)` +
    String.raw`|^\s*(?:where|when)\s+(?:does|did|do)\s+${THE_WORD}[^?.!]*?\b${APPEARS}\b` +
    // "When does collective self-reliance first appear?", "Where does Juche appear?": words that appear are written ones.
    String.raw`|^\s*(?:where|when)\s+(?:does|did|do)\s+(?!(?:he|she|they|it)\b)[^?.!]*?\b${APPEARS}\s*[?.!]*\s*$` +
    // "When is the first time the word juche shows up?", "When was the last time he used the word aid?": from when the words are.
    String.raw`|^\s*when\s+(?:is|was)\s+the\s+(?:first|last)\s+time\s+(?:that\s+)?(?:[^?.!]*?\b${APPEARS}\b|(?:he|she|they)\s+(?:mentioned|used)\b)` +
    // "When did he first use the term self-reliance?": in which passages, and so from when, the words are.
    String.raw`|^\s*when\s+(?:does|did|do)\s+[^?.!]*?\bus(?:e|es|ed)\s+${THE_WORD}` +
    // "Where does he mention Latin America?", "Where is Cuba mentioned?": in which passages the words are.
    String.raw`|^\s*where\s+(?:(?:does|did|do)\s+[^?.!]*?\b(?:mention|refer\s+to)${NOT_A_CLAUSE}|(?:is|are|was|were)\s+[^?.!]*?\b(?:mentioned|referred\s+to)\b)`,
  'i',
);
/** "Which works are not speeches?", "Which texts aren't by Kim Il Sung?", "Which works were not given in Pyongyang?" (`Intent.notAmong`). */
const NOT_AMONG = new RegExp(String.raw`${TEXTS_ASKED}\s+(?:(?:are|is|were|was)\s+not|(?:aren|isn|weren|wasn)['’]t)\b`, 'i');
/** "Which works never mention Juche?", "Which speeches don't mention trade?": the works the words are not in (`Intent.without`). */
const WORKS_WITHOUT = new RegExp(String.raw`${TEXTS_ASKED}\s+${NOT_DOING}\s+(?:mention|use|refer\s+to|talk\s+about|speak\s+(?:of|about))\b`, 'i');
/**
 * "Is self-reliance mentioned in every work?", "Does every interview mention independence?", "Do all his speeches
 * mention trade?": asked whether the words are in all of them, the works they are not in answer it (`Intent.without`).
 */
const IN_ALL_THE_WORKS = /\b(?:every|all(?:\s+of)?(?:\s+(?:the|his|these))?)\s+(?:single\s+)?(?:work|text|speech|speeche|interview|talk|source|writing|document)s?\b/i;
/** "How many works mention …?": a count of texts; the words leave the search text. */
const HOW_MANY_TEXTS =
  /\b(?:how many|(?:what|which) (?:share|percentage|proportion|fraction|part)) (?:of (?:the|his|these) )?(?:works|texts|passages|paragraphs|documents|writings|sources|articles|quotes|quotations|excerpts)\b/i;
/** "How many of his speeches mention …?", "What share of his speeches …?": a count in works of a kind, whose words stay for the count to keep to them (`kindsNamed`). */
const HOW_MANY_OF_A_KIND = /\b(?:how many|(?:what|which) (?:share|percentage|proportion|fraction|part)) (?:of (?:the|his|these) )?(?:speeches|talks|interviews)\b/i;
/**
 * Where a counting question counts: "in the texts", "in the speech", "does any work …"; a kind named in the plural
 * or with its time stays ("in his speeches", "the 1987 speech", "his speeches of the 1980s"), for the count to keep
 * to those works (`kindsNamed`); "work" only where it cannot be a topic ("any work", "his works", not "the work of").
 */
const IN_THE_TEXTS = new RegExp(
  String.raw`(?<=\b(?:the|his|these|those|all|its|any|every|each)\s+)(?:texts?|writings?|documents?|sources?|articles?)\b(?!${TIME_AFTER_KIND})|(?<=\b(?:the|his|these|those|all|its|any)\s+)(?:speech|talk|interview)\b(?!${TIME_AFTER_KIND})|(?<=\b(?:any|every|each)\s+)work\b|(?<=\b(?:the|his|these|those|all)\s+)works\b`,
  'i',
);
/** "in each decade", "per decade", "decade by decade"; "every year", "by year", "year by year": a count asked time by time. */
export const PER_DECADE = /\b(?:(?:in|for)\s+)?(?:each|every|per|by)\s+decade\b|\bdecade\s+by\s+decade\b/i;
export const PER_YEAR = /\b(?:(?:in|for)\s+)?(?:each|every|per|by)\s+year\b|\byear\s+by\s+year\b/i;
/** "in each work", "per work", "work by work", or the works ranked by how much they use the words: the count work by work. */
export const PER_WORK = new RegExp(String.raw`\b(?:(?:in|for)\s+)?(?:each|every|per)\s+(?:work|text)\b|\bwork\s+by\s+work\b|${RANKED_BY_USE.source}`, 'i');
/** The words asking for works ranked ("Sort … by how often they mention"), not those naming the works ("his speeches"). */
const RANKING_WORDS = new RegExp(
  String.raw`\b(?:rank|order|sort|list)(?:ed)?(?=\s+(?:(?:the|his|all)\s+)*(?:works|texts|speeches|interviews|talks)\s+(?:by|in\s+order\s+of|according\s+to)\s+how\b)` +
    String.raw`|\b(?:by|in\s+order\s+of|according\s+to)\s+how\s+(?:much|often|many\s+times)(?:\s+(?:they|it)\s+(?:discuss(?:es)?|mentions?|uses?|talks?\s+about))?`,
  'i',
);
/** The words of a counting question that say what is asked, not what to count: they leave its search text. */
export const COUNT_WORDS: readonly RegExp[] = [
  // Before "how often" is taken out of "by how often they mention".
  RANKING_WORDS,
  PER_WORK,
  PER_DECADE,
  PER_YEAR,
  HOW_OFTEN,
  COUNT_OF,
  HOW_MANY_TEXTS,
  USED_IN_THE_TEXTS,
  MORE_COMMON,
  /\bmost(?:\s+(?:often|frequently))?\b/i,
  MORE_OFTEN,
  WHICH_TEXT,
  IN_THE_TEXTS,
  /\b(?:the )?(?:words?|terms?|phrases?|expressions?)\b/i,
  // Which of the works asked about: "Which of the two mentions oil most?".
  /\b(?:of\s+)?(?:the|these|those)\s+two\b/i,
  // What is counted, named as such: "Which of these topics does he mention most?".
  /\b(?:topics?|subjects?|themes?)\b/i,
  // How the words are to be used, not words to count: "Does he explicitly mention China?", "… Japan by name?".
  /\b(?:explicitly|expressly|specifically|directly|actually|by\s+name)\b/i,
  // How much, at the end: "Does he use the word “revolution” a lot?", "… often?".
  new RegExp(String.raw`\b(?:${HOW_MUCH})(?=\s*[?.!]*\s*$)`, 'i'),
  EVERY_MENTION,
  // The count whole, at the end: "How many passages mention it in total?", "… in all?", "… altogether?".
  /\b(?:in\s+total|in\s+all|all\s+told|altogether|overall)(?=\s*[?.!]*\s*$)/i,
];

/** What a teacher sets a class: quizzes, worksheets, lesson plans, glossaries, questions for discussion or an exam (a pattern's source). */
const SET_FOR_A_CLASS = String.raw`lesson\s+plans?|quiz(?:zes)?|worksheets?|flashcards?|glossar(?:y|ies)|vocabulary\s+lists?|(?:discussion|essay|exam|quiz|study|test|comprehension|review)\s+questions?|essay\s+(?:topics?|titles?|prompts?)`;
/** "a", "my", "five", "a few", and up to two words before the thing asked: "a short essay", "five exam questions". */
const SOME = String.raw`(?:(?:an?|the|my|our|some|a\s+few|\d+|${NUMBER_WORDS.slice(0, 10).join('|')})\s+)?(?:[\p{L}-]+\s+){0,2}?`;
/**
 * Asked for what the answers do not do, the words asking (a pattern's source each): to write something ("Write me an
 * essay on …", "Suggest discussion questions on …"), to judge what the sources say ("Was he right about …?", "Is Juche
 * a good idea?", "What do you think …"), or to translate ("Translate the 1961 speech into Korean").
 */
// "Give me a paragraph on trade" may ask for a passage; "give me five exam questions" asks for nothing the texts hold.
const WRITE_ASKED =
  // Not what someone else wrote: "What did he write in his essays?", "Did Kim Il Sung write poems?".
  String.raw`(?<!\b(?:did|does|do|has|had|have|he|she|they)\s+(?:[\p{L}'’-]+\s+){0,3})\b(?:write|draft|compose|generate|create|produce|prepare|suggest|come\s+up\s+with|make|design|set)\s+(?:me\s+|us\s+)?${SOME}(?:essays?|paragraphs?|reports?|introductions?|conclusions?|thesis(?:\s+statements?)?|poems?|stor(?:y|ies)|${SET_FOR_A_CLASS})\b` +
  String.raw`|\b(?:give|send|need|want|(?:would|'d)\s+like)\s+(?:me\s+|us\s+)?${SOME}(?:${SET_FOR_A_CLASS})\b` +
  // "What would be a good essay question on these texts?", "ideas for essay topics"
  String.raw`|\b(?:what\s+(?:would|could|might|should)\s+be|what\s+(?:is|are|['’]s)|ideas?\s+for|suggestions?\s+for)\s+${SOME}(?:${SET_FOR_A_CLASS})\b`;
/**
 * Whether he (they, the passages) contradict(s) each other or himself, or is inconsistent, or whether anything says the
 * opposite of what was quoted ("Did he ever say the opposite?", "Does anything contradict this?"): a judgement of the
 * texts, as "Was he right?" is ("contradictions in society" is a topic of theirs).
 */
const CONTRADICTION_ASKED = String.raw`\bcontradict(?:s|ed|ing)?\s+(?:each\s+other|one\s+another|themselves|himself|itself|this|that|it|these|those|them)\b|\b(?:s(?:ay|ays|aid)|argue[sd]?|claim(?:s|ed)?)\s+(?:the\s+)?(?:opposite|contrary|otherwise)\b|^\s*(?:is|was|are|were)\s+(?:he|she|it|they|kim(?:\s+il\s+sung)?|the\s+\w+)\s+(?:\w+\s+)?(?:inconsistent|contradictory|self-contradictory)\b`;
/** Words for how far what is said can be trusted, after "how" ("How reliable are these sources?"), a pattern's source. */
const HOW_JUDGED = String.raw`reliable|trustworthy|accurate|credible|biased|objective|truthful|honest`;
/** Words judging what is said (a pattern's source): "right", "biased", "propaganda", "a success". */
const JUDGEMENTS = String.raw`right|wrong|correct|mistaken|justified|convincing|persuasive|valid|credible|believable|true|accurate|fair|biased|honest|reliable|trustworthy|(?:just\s+)?propaganda|(?:a\s+)?lie|lying|(?:a\s+)?(?:good|bad)(?:\s+(?:idea|thing|policy))?|(?:un)?successful|(?:in)?effective|(?:a\s+)?(?:success|failure)`;
/** "Which work is the most important?": the works ranked by their worth, which the answers do not do (a pattern's source). */
const WORKS_RANKED = String.raw`\b(?:which|what)\s+(?:works?|texts?|speech(?:es)?|talks?|interviews?|ones?|sources?)\s+(?:is|are|would\s+be)\s+(?:the\s+)?(?:most|more|least)\s+(?:important|significant|influential|valuable)\b(?=\s*[?.!]*\s*$)`;
/**
 * "Which is stronger?", "Which quote is the most convincing?", "Which of the two speeches is more radical?": one of
 * several ranked by force or worth, which the answers do not do (a pattern's source). A quote called the strongest is
 * the most quotable (`QUOTES_PRAISE`), which the answers give.
 */
const WHICH_IS_STRONGER = String.raw`\b(?:which|what)(?:\s+(?:one|quotes?|quotations?|passages?|speech(?:es)?|works?|texts?|talks?|interviews?|of\s+(?:these|those|them|the\s+two)(?:\s+\p{L}+)?))?\s+(?:is|was|are|were|sounds?|seems?)\s+(?:the\s+)?(?:(?:more|most|less|least)\s+(?:convincing|persuasive|compelling|effective|forceful|radical|extreme|moderate)|(?<!\b(?:quotes?|quotations?|passages?)\s+\S+\s+(?:the\s+)?)(?:stronger|strongest|weaker|weakest))\b`;
const JUDGE_ASKED = String.raw`${WORKS_RANKED}|${WHICH_IS_STRONGER}|^\s*(?:was|is|were|are)\s+(?!(?:(?:this|that|these|those|the|my|his|your)\s+)?(?:quotes?|quotations?|citations?|references?|passages?|wording)\b)(?:[\p{L}\d'’-]+\s+){1,5}?(?:${JUDGEMENTS})(?=\s*(?:[?.!]|$|\s+(?:about|to|in)\b))|^\s*how\s+(?:${HOW_JUDGED})\b|\bdo\s+you\s+(?:think|believe|agree)\b|\byour\s+(?:own\s+)?(?:opinion|view|judg(?:e)?ment)\b|${CONTRADICTION_ASKED}`;
/**
 * "Is this propaganda?", "Are these sources biased?", "How reliable is the 1969 interview?": a judgement of the texts
 * themselves (or of works named by their kind and year), nothing else named; the answers give none, and say where the
 * collection prints them.
 */
const judgesTheTexts = (question: string): boolean =>
  JUDGED.test(withoutMatches(question, RANKED_BY_FORCE)) && contentTokens(question.replace(JUDGING_WORDS, ' ')).every((t) => TEXT_WORDS.has(t.word) || WORK_WORDS.test(t.word) || /^\d{4}s?$/.test(t.word));
const JUDGED = new RegExp(JUDGE_ASKED, 'iu');
/** One of several ranked (`WHICH_IS_STRONGER`): of what was shown, not a judgement of the texts themselves. */
export const RANKED_BY_FORCE = new RegExp(WHICH_IS_STRONGER, 'iu');
const JUDGING_WORDS = new RegExp(String.raw`\b(?:${JUDGEMENTS}|${HOW_JUDGED})\b`, 'giu');
const TRANSLATE_ASKED = String.raw`\btranslate\b(?=[^?.!]*\b(?:into|to|in)\s+\p{L})|(?<=\btranslate\b[^?.!]*)\b(?:into|to|in)\s+\p{L}+`;
/** Asked to put the texts more simply: "Explain Juche to a 10 year old", "… in simple terms", "like I'm five". */
const SIMPLIFY_ASKED = String.raw`(?<=\b(?:explain|describe|summari[sz]e|put)\b[^?.!]*)(?:\bto\s+(?:a|an|my)\s+(?:child|kid|\d{1,2}[\s-]year[\s-]old|(?:${NUMBER_WORDS.slice(0, 19).join('|')})[\s-]year[\s-]old|beginner|layman|layperson)\b|\bin\s+(?:simple|simpler|plain|easy)\s+(?:terms|words|english|language)\b|\blike\s+i['’]?m\s+(?:five|5)\b)`;
/** Asked to put the texts in other words: "Paraphrase the 1961 speech", "Can you reword it?", "… in your own words". */
const PARAPHRASE_ASKED = String.raw`\b(?:paraphras(?:e|es|ed|ing)|rephras(?:e|es|ed|ing)|reword(?:s|ed|ing)?)\b|\bin\s+(?:your|my|our)\s+own\s+words\b`;
/**
 * Asked to sort what the texts say into sides: "quotes for and against foreign aid", "one for and one against", "the
 * pros and cons of self-reliance", "both sides", "What supports this?", "What goes against my thesis?". Which side a
 * passage takes is a judgement; the answer gives them all.
 */
const SIDES_ASKED = String.raw`\bfor\s+and\s+(?:(?:one|some|two|a\s+few|\d+)\s+)?against\b|\bpros?\s+and\s+cons?\b|\b(?:both|two|opposing|either)\s+sides\b|\b(?:what|which\s+(?:passages?|quotes?))\s+(?:supports?|goes\s+against|go\s+against|contradicts?|refutes?|undermines?|challenges?)\s+(?:this|that|it|my)\b`;
const SIDES = new RegExp(SIDES_ASKED, 'iu');
const BEYOND: readonly [NonNullable<Intent['beyond']>, RegExp][] = [
  ['write', new RegExp(WRITE_ASKED, 'iu')],
  ['judge', JUDGED],
  ['translate', new RegExp(TRANSLATE_ASKED, 'iu')],
  ['simplify', new RegExp(SIMPLIFY_ASKED, 'iu')],
  ['paraphrase', new RegExp(PARAPHRASE_ASKED, 'iu')],
  ['sides', SIDES],
];
/** The words of a question asking to write something, to translate, to simplify, to paraphrase, to sort into sides or to find contradictions: no topic, and no words of the texts. */
export const BEYOND_WORDS: readonly RegExp[] = [WRITE_ASKED, TRANSLATE_ASKED, SIMPLIFY_ASKED, PARAPHRASE_ASKED, SIDES_ASKED, CONTRADICTION_ASKED, WHICH_IS_STRONGER].map((source) => new RegExp(source, 'giu'));

/** The stems of the words of `words`, each of which then stands for its inflections too. */
const stems = (words: string): ReadonlySet<string> => new Set(tokenize(words).map((t) => t.term));

/**
 * Words that only point at a work, or ask for the whole of it (briefly, or not), each with its inflections (as stems:
 * "arguments", "works"); when nothing else is asked, the answer sums the work up.
 */
const OVERVIEW_TERMS = stems(
  'scholarly scholar academic article abstract paper study research researcher journal summary summarise summarize paraphrase rephrase reword whole entire full main argument argue claim thesis point about overall author wrote write written content describe key finding find found show suggest conclude conclusion secondary source work speech talk interview answer gist theme message overview idea title called brief briefly short quick quickly concise concisely period cover span topic subject discuss common',
);

/**
 * A word of a question about a work as a whole that asks about no topic in it: one asking for the whole ("summary",
 * "article", "main points"), an author's name, a year or a number.
 */
const asksForAWhole = (t: Token, authorWords: ReadonlySet<string>): boolean => OVERVIEW_TERMS.has(t.term) || authorWords.has(t.word) || /^\d+s?$/.test(t.word);

/** Words that ask what a work says as a whole ("the main point", "the gist"), of those that may also name the work. */
const ASKS_WHAT_A_WORK_SAYS = stems('main point gist summary summarise summarize overview overall argument argue thesis message theme conclusion conclude');
/**
 * Whether every word of a question asks for a work as a whole, and one of them asks what it says so: "What was the main
 * point?", "the gist?"; not "a quote from an interview", whose word only names a kind of work.
 */
export const asksOnlyTheGist = (question: string): boolean =>
  contentTokens(question).every((t) => OVERVIEW_TERMS.has(t.term)) && tokenize(question).some((t) => ASKS_WHAT_A_WORK_SAYS.has(t.term));

/** A work asked for, not named: "which speech", "what work". */
const WHICH_WORK = new RegExp(String.raw`\b(?:which|what)\s+(?:${WORK_NOUNS})\b`, 'gi');
/** "their work", "our work": what people do, not a text of the collection ("How should officials improve their work?"). */
const WORK_DONE = /\b(?:their|our|your|its|my)\s+work\b/gi;
/** Words that set two authors' views side by side, as comparison words do: "Do Zhang Chao and Kim Il Sung agree?" */
const AGREE = /\b(?:agree[sd]?|disagree[sd]?|agreement|disagreement|both)\b/i;
/**
 * "Zhang Chao and Kim Il Sung", "Kim or Zhang": two authors' names joined by "and", "or", "&" or a comma, both of whom
 * the question asks about ("What did Zhang Chao and Kim Il Sung say about heavy industry?"; not "What does Zhang say
 * about Kim's policy?").
 */
function authorsJoined(question: string, a: string, b: string): boolean {
  const name = (author: string) => String.raw`(?:${nameWords(author).join('|')})(?:[\s-]+(?:${nameWords(author).join('|')}))*`;
  const joined = (x: string, y: string) => new RegExp(String.raw`\b${name(x)}\s*(?:,|&|\band\b|\bor\b|\bvs\b\.?|\bversus\b|\bagainst\b|\bcompared\s+(?:with|to)\b)\s*${name(y)}\b`, 'i');
  return nameWords(a).length > 0 && nameWords(b).length > 0 && (joined(a, b).test(question) || joined(b, a).test(question));
}

/** "Did Zhang Chao write …?", "Was … given by …?", "Is … by …?": whether someone is a work's author; not "write about …". */
const AUTHORSHIP = /^\s*(?:did|does|do|is|was|were|are)\b.*\b(?:(?:write|wrote|written)(?!\s+(?:about|on|of)\b)|authored|author\s+of|give|gave|given|deliver|delivered|by)\b/i;
/** "about", "on": a topic asked of ("Did he write anything about the article?"). */
const TOPIC_ASKED = /\b(?:about|on|regarding|concerning)\b/i;
/** The words of a question asking whose a scholarly work is, besides its authors' names (`Intent.who`). */
const WHOSE_WORDS = /^(?:write|wrote|written|writes|author|authored|by|article|paper|study|abstract|scholarly|scholar|academic)$/;
/** "What university is the author from?", "Where does Zhang Chao work?", "the author's affiliation": the institution an author is at. */
const AFFILIATION = /\b(?:universit(?:y|ies)|affiliat\w*|institutions?|institutes?|colleges?)\b|^\s*where\s+(?:is|was|does|did)\b[^?.!]*\b(?:from|work|works|teach|teaches|based)\s*[?.!]*\s*$/i;
/** The words of a question asking an author's institution, besides its authors' names and `WHOSE_WORDS`. */
const AFFILIATION_WORDS = /^(?:university|universities|affiliation|affiliations|affiliated|institution|institutions|institute|institutes|college|colleges|work|works|teach|teaches|based)$/;

/** "Who was …?", "What is the …?", "Who's …?": asks who or what something named is. */
const WHO_OR_WHAT_IS = /^\s*(?:who|what)(?:['’]s|\s+(?:is|was|are|were)\b)/i;
/** "Who is …?", "who was …?": who someone named is. */
const WHO_IS = /^\s*who(?:['’]s|\s+(?:is|was))\s+(?!(?:a|an|he|she|it|they|this|that)\b)/i;
/** "What is Oslobodjenje?": what one name, and nothing else, is. */
const WHAT_IS_A_NAME = /^\s*[Ww]hat(?:['’]s|\s+(?:is|was))\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*\s*[?.!]*\s*$/u;
/**
 * The one work a question names, with the words that name it: by its title, occasion or place (`statedWork`) with a
 * word for a work or a year beside them, or by two of them, as a name or as whom he addressed, in a question that
 * does not ask about a topic ("What did he tell the Ghana Times?", not "What did he say about non-aligned countries?"
 * nor "Who are the developing countries?"); in a year the question names if
 * it names any. Or the only work of the years (and months: "in June 1987") it names, unless it asks for works
 * ("Which works are from 1993?" lists them). Or the first or last dated work, when it asks what was said in it
 * ("What did he say in his most recent speech?") or how to cite it.
 */
function namedWork(
  question: string,
  works: readonly Work[],
  asked: { aboutATopic: boolean; aboutTheTexts: boolean; citing: boolean },
): { work: Work; terms: string[]; byOrder?: true; byName?: true; byAddressee?: true; byYear?: true; byItsWords?: true } | null {
  const { aboutATopic, aboutTheTexts } = asked;
  const stated = statedWork(question, workNamesOf(works));
  const years = yearsAskedAbout(question);
  const inYears = works.filter(timeKept(works, { years, months: monthsNamed(question), kinds: kindsNamed(question) }).named);
  // Named by its words alone, a work is named as a name is ("the Ghana Times") or as whom he addressed ("tell the
  // non-aligned ministers"): "Who are the developing countries?" asks about them, not about the speech that names them.
  // "Who was Hamrouche?", "What is Oslobodjenje?": one name, written as a name, that only a work's title holds, names that work too; and "Who
  // was the ex-premier?" asks who the words of one title are, as a name; so does one such name after a verb of
  // telling ("What did he say to the Benin delegation?").
  const told = stated !== null && TOLD.test(question.slice(0, stated.start));
  const byItsWords =
    stated !== null && (stated.terms.length > 1 || ((WHO_IS.test(question) || WHAT_IS_A_NAME.test(question) || told) && stated.capitalised)) && !aboutATopic && (stated.capitalised || WHO_IS.test(question) || told);
  // "Which work talks most about the non-aligned movement?": the work asked for names none; nor does "each interview"
  // ("a quote on self-reliance from each interview" asks every interview, not the talk whose title says "self-reliance"),
  // nor "their work".
  const saysAWork = WORK_WORDS.test(question.replace(WHICH_WORK, ' ').replace(WORK_DONE, ' ')) && !namesEachWork(question);
  // A work is of one time: title words beside years of two times apart ("one quote on self-reliance from the 1960s and
  // one from the 1980s") name none.
  if (stated && ((years.size > 0 && yearRuns(years).length === 1) || saysAWork || byItsWords)) {
    const work = works.find((w) => w.id === stated.workId)!;
    if (years.size > 0 && !inYears.includes(work)) return null;
    // "in his talk to the ex-premier of Peru", "what did he tell the Iraqi journalists": named as a work or by whom it
    // addresses, by its title's words, at one time at most.
    const asAWork = saysAWork || told;
    // Told something by them ("after being told that …") is no one he addressed.
    const addressed = told && !TOLD_BY_THEM.test(question.slice(0, stated.start));
    if (asAWork && years.size <= 1) return { work, terms: stated.terms, byName: true, ...(addressed ? { byAddressee: true as const } : {}) };
    return byItsWords && years.size === 0 ? { work, terms: stated.terms, byItsWords: true } : { work, terms: stated.terms };
  }
  if (inYears.length === 1 && !aboutTheTexts) return { work: inYears[0]!, terms: [], byYear: true };
  const earliest = workByOrder(EARLIEST_WORK, question);
  const said = WHAT_WAS_SAID.test(question) || asked.citing || FROM_A_WORK_BY_ORDER.test(question) ? (earliest ?? workByOrder(LATEST_WORK, question)) : null;
  if (!said) return null;
  const dated = works.filter((w) => w.year !== null && (years.size === 0 || inYears.includes(w))).sort(byDate);
  // "his first talk": the first of the works whose title or occasion says "talk" (none, when none does); "his first work": the first.
  const word = said[0].split(/\s+/).at(-1)!.toLowerCase();
  const among = ANY_WORK.test(word) ? dated : dated.filter((w) => isOfKind(w, word));
  const work = earliest ? among[0] : among.at(-1);
  return work ? { work, terms: [], byOrder: true } : null;
}

/** "being told that …", "was told": told by someone, not telling them. */
const TOLD_BY_THEM = /\b(?:being|been|was|were|is|are|be|get|got)\s+told\b|\btold\s+that\b/i;

/**
 * In a question of when, only a work named with a word for a work ("When was the talk to the Peruvian ex-premier?",
 * "When was the 1987 speech given?"), by whom it addressed ("When did he tell the Iraqi journalists about …?"), or by
 * its name and nothing else ("When did he meet the Iraqi journalists?") is asked about: "When did he talk about Peru?"
 * asks for the passages.
 */
const namedAsAWork = <T extends { work: Work; terms: string[]; byName?: true; byAddressee?: true; byYear?: true; byItsWords?: true }>(named: T | null, question: string, when: boolean): T | null =>
  when && !((named?.byName && kindAsked(question)) || named?.byAddressee || ((named?.byName || named?.byItsWords) && onlyAddressed(named, question)) || (named?.byYear && YEAR_AND_KIND.test(question))) ? null : named;
/**
 * "When did he meet the Iraqi journalists?", "When did he answer the Ghana Times?": whom a work addressed (or its name),
 * and nothing else asked of it, its date is asked; a word for works is none of its name here ("When did he talk about
 * Peru?" asks when he spoke of Peru). Its author's name is no more than "he" ("What year did Kim meet …?").
 */
const onlyAddressed = (named: { work: Work; terms: string[] }, question: string): boolean => {
  const workTerms = new Set([...named.terms, ...termsOfWork(named.work)]);
  const itsAuthor = new Set(nameWords(named.work.author));
  // "the former Peruvian leader": words describing whom he addressed, beside one naming the work, describe them too.
  const described = question.replace(new RegExp(ADDRESSEE_PHRASE.source, 'giu'), (phrase) => (tokenize(phrase).some((t) => namesTheWork(t.term, workTerms)) ? ' '.repeat(phrase.length) : phrase));
  return contentTokens([WHEN, ADDRESSED, ADDRESSEE_NOUN].reduce(withoutMatches, described)).every(
    (t) => itsAuthor.has(t.word) || (!WORK_WORDS.test(t.word) && namesTheWork(t.term, workTerms)),
  );
};
/** A word for whom a work addressed: "delegation", "journalists", "the editor". */
const ADDRESSEE_NOUN = new RegExp(String.raw`\b${ADDRESSEE_NOUNS}(?![\p{L}])`, 'iu');
/** Whom a work addressed, described: "the former Peruvian leader", "a visiting Iraqi delegation" (up to three words before the word for whom). */
const ADDRESSEE_PHRASE = new RegExp(String.raw`\b(?:the|a|an|his|some)\s+(?:[\p{L}-]+\s+){1,3}${ADDRESSEE_NOUNS}(?![\p{L}])`, 'iu');
/** A year, not a decade ("1974", not "1970s"). */
const A_YEAR = new RegExp(String.raw`\b(${YEAR_NUMBER})\b(?!s)`, 'g');
/** A year written before a word for a work: "the 1987 speech", "his 1974 talk"; not "did he talk in 1986". */
const YEAR_AND_KIND = new RegExp(String.raw`\b(?:${YEAR_NUMBER})\s+(?:${WORK_NOUNS})\b`, 'i');

/** Words that set works side by side ("Compare …", "the difference between …"), a pattern's source. */
const SIDE_BY_SIDE = String.raw`compare[ds]?|comparing|comparison|contrast(?:s|ed|ing)?|differ(?:s|ed)?|differences?|different|similar(?:ities|ity)?|common|side|versus|vs|between`;
const SIDE_BY_SIDE_WORD = new RegExp(`^(?:${SIDE_BY_SIDE})$`);
const SUMMED_UP = /^(?:summari[sz]e[sd]?|summary|summaries|overview|gist)$/;
/** "Which passage best summarises …?", "a quote that sums up …": a passage asked for, which the texts' own words may be. */
const A_PASSAGE_SUMS_UP = /\b(?:passages?|quotes?|quotations?|lines?|sentences?|excerpts?|statements?)\s+(?:(?:that|which)\s+)?(?:best\s+)?(?:summari[sz]es?|sums?\s+up)\b/i;
/** Whether a question asks for something summed up ("Summarise …", "a summary of …", "the gist"). */
export const asksSummedUp = (question: string): boolean => tokenize(question).some((t) => SUMMED_UP.test(t.word));
/** "each work", "every interview", "all his speeches", "his interviews": every work of the collection, or of that kind. */
const EVERY_WORK = /\b(?:each|every)\s+(?:one\s+)?(?:of\s+(?:the|his)\s+)?(?:works?|texts?|speech(?:es)?|talks?|interviews?)\b|\b(?:all\s+(?:of\s+)?(?:the\s+|his\s+)?|his\s+)(?:works|texts|speeches|talks|interviews)\b/i;
/** "What is each interview about?": what a work is about, as a whole. */
const ABOUT_ASKED = /^\s*what\s+(?:is|are|was|were)\b[^?.!]*\babout\s*[?.!]*\s*$/i;
/**
 * How works are written, which setting them side by side shows ("the tone of the 1961 and 1987 speeches", "Compare
 * the style of …"), not a topic of theirs ("… on language" is one).
 */
const MANNER = /^(?:tone|tones|style|styles|rhetoric|language|wording|vocabulary|phrasing|manner|voice)$/;
const TOPIC_BEFORE = new Set(['on', 'about', 'regarding', 'concerning']);

/**
 * The works of the kind a question names (and of its time: "his speeches of the 1980s"), when some work is of it; or,
 * naming no kind, of the time it names ("a quote from the 1970s").
 */
function worksOfAKind(question: string, works: readonly Work[]): Work[] | null {
  const parsed = parseQuery(question, new Set(), { authors: corpusAuthors(works).all });
  const asked = collectionAsked(parsed, works, {});
  const timed = asked.kind === null && (parsed.years.size > 0 || parsed.yearBounds !== null);
  return (asked.kind?.found || timed) && asked.works.length > 0 ? asked.works : null;
}

/**
 * "Compare the 1974 and 1978 talks", "What's the difference between his 1969 and 1971 answers?", "Compare “A” and
 * “B”", "Compare the article with the 1967 speech": the works a question sets side by side as wholes, each named
 * (`worksNamedIn`) or as the scholarly work it points at; null unless it names two or more, asks to compare them and
 * asks nothing else of them (no topic).
 */
function worksSideBySide(question: string, works: readonly Work[], secondary: readonly Work[], found: WorksNamed | null): Work[] | null {
  // Compared, or summed up together ("Summarise the 1967 speech and the 1969 answers"); every work of a kind so, or
  // asked what each is about ("Summarise each work in one sentence", "What is each interview about?"), or for a quote
  // of each ("Give me a quote from each speech").
  const summed = tokenize(question).some((t) => SIDE_BY_SIDE_WORD.test(t.word) || SUMMED_UP.test(t.word));
  const every = EVERY_WORK.test(question) && (summed || ABOUT_ASKED.test(question) || QUOTE.test(question));
  if ((!summed && !every) || found === null) return null;
  // "Compare the article with the 1967 speech": the scholarly work the question points at, with the others.
  const everyKind = every ? kindAsked(question) : undefined;
  // "his works": those of the author "he" is, the primary one.
  const his = every && /\bhis\b/i.test(EVERY_WORK.exec(question)![0]) ? primaryAuthor(works) : null;
  const ofEvery = every ? works.filter((w) => (!everyKind || isOfKind(w, everyKind)) && (his === null || w.author === his)) : [];
  const named = [...new Set([...found.works, ...(secondary.length === 1 ? secondary : []), ...ofEvery])].sort(byDate);
  return named.length >= 2 && !found.asksATopic ? named : null;
}

/**
 * "Compare the Ghana and Yugoslav interviews on aid", "Which says more about oil, the Iraqi interview or the Syrian
 * one?", "Compare the 1961 speech and the abstract on self-reliance": two works or more a question names
 * (`worksNamedIn`), the scholarly work it points at among them, and a topic it asks of them, which is kept to them;
 * null otherwise.
 */
function worksKeptTo(found: WorksNamed | null, secondary: readonly Work[]): Work[] | null {
  const kept = found ? [...new Set([...found.works, ...(secondary.length === 1 ? secondary : [])])].sort(byDate) : [];
  return found?.asksATopic && kept.length >= 2 ? kept : null;
}

/** The works a question names (`worksNamedIn`), and whether it asks a topic of them (`topicOf`: "… on heavy industry"). */
interface WorksNamed {
  works: Work[];
  asksATopic: boolean;
  /** Named as all the works of one year, and no other way ("the 1987 works", "his two 1987 speeches"). */
  byTheirYear: boolean;
}

/** "Was the 1993 speech his last?": the words naming a work (group 1), the ordinal (2), the kind after it (3). */
const AT_AN_END = /^\s*(?:is|was)\s+(.+?)\s+(?:his|the|its)\s+(?:very\s+)?(first|earliest|oldest|last|latest|final|newest|most\s+recent)(?:\s+(?:one|(work|text|speech|talk|interview)e?s?))?\s*(?:in\s+the\s+collection\s*)?[?.!]*\s*$/i;

/** Whether the one work a question names is the earliest or the latest (`Intent.atAnEnd`); null for any other question. */
function atAnEndAsked(question: string, works: readonly Work[], authorWords: ReadonlySet<string>): Intent['atAnEnd'] {
  const m = AT_AN_END.exec(question);
  const named = m ? worksNamedIn(m[1]!, works, authorWords) : null;
  if (!m || named?.works.length !== 1) return null;
  const kind = m[3] && !ANY_WORK.test(m[3]) ? m[3].toLowerCase() : null;
  return { work: named.works[0]!, order: /^(?:first|earliest|oldest)$/i.test(m[2]!) ? 'earliest' : 'latest', kind };
}

/** "between 1961 and 1969", "from 1978 to 1986", "1961–1969": a time two years bound. */
const YEAR_RANGE = new RegExp(String.raw`\bbetween\s+${YEAR_NUMBER}\s+and\s+${YEAR_NUMBER}\b|\bfrom\s+${YEAR_NUMBER}\s+(?:to|until|till|through)\s+${YEAR_NUMBER}\b|\b${YEAR_NUMBER}\s*[-–]\s*${YEAR_NUMBER}\b`, 'gi');

/**
 * The works a question names, in date order, and whether it asks a topic of them besides the words naming them: each
 * by a year it writes out (the one work of that year, of the kind it names if any is) with a word for works, by its
 * whole title, or by a name one title alone holds said with a word for works ("the Ghana and Yugoslav interviews", "the
 * Syrian one"); null when a year it writes out with a word for works names none, or several.
 */
function worksNamedIn(question: string, works: readonly Work[], authorWords: ReadonlySet<string>): WorksNamed | null {
  // The kind of work named with a year ("the 1978 speech"), else anywhere ("the 1974 and 1978 talks").
  const kinds = kindsNamed(question);
  const kindOf = (year: number) => kinds.find((k) => k.years?.includes(year))?.kind ?? kindAsked(question) ?? kinds[0]?.kind;
  // A year names a work with a word for works beside it ("the 1974 and 1978 talks"); "Compare 1961 and 1987" asks what was said then.
  const names = workNamesOf(works);
  const byTitle = titlesIn(question, names).map((id) => works.find((w) => w.id === id)!);
  // "the Ghana and Yugoslav interviews", "what he told Ghana and Syria": a name (or its other form) one title holds,
  // said with a word for works or after a verb of telling.
  const byName = tokenize(question).filter((t, i) => i > 0 && /\p{Lu}/u.test(question[t.start]!) && worksOfName(t.word, names).size === 1 && (aWorkAfterAName(question.slice(t.end)) || TOLD.test(question.slice(0, t.start))));
  // Years that bound a time ("How many works did he give between 1961 and 1969?") name no work, when none is named
  // otherwise, nor a kind whose works of those years they may name ("his speeches … between 1961 and 1987").
  const ranges = byTitle.length || byName.length || kinds.length ? [] : matchSpans(question, YEAR_RANGE);
  const years = WORK_WORDS.test(question) || speaksOfTheTexts(question) ? [...question.matchAll(A_YEAR)].filter((m) => !ranges.some((r) => m.index >= r.start && m.index < r.end)) : [];
  const byYear = years.map((m) => {
    const mention = mentionAt(question, m.index);
    const ofYear = works.filter((w) => w.year === Number(m[1]));
    // Two works of one year told apart by their kinds: "the 1987 South-South speech" and "the 1987 talk to economic officials".
    const kind = KINDS_BY_NAME.find((k) => new RegExp(String.raw`\b${k}`, 'i').test(mention)) ?? kindOf(Number(m[1]));
    const ofKind = kind ? ofYear.filter((w) => isOfKind(w, kind)) : [];
    const chosen = ofKind.length ? ofKind : ofYear;
    // "the 1987 works", "his 1987 speeches": every one of them; not "the 1974 and 1978 works", a work of each year.
    const all = years.length === 1 && /^\d{4}\s+(?:works|texts|speeches|talks|interviews)\b/i.test(mention);
    return chosen.length === 1 || (all && chosen.length > 1) ? { works: chosen, mention, all: all && chosen.length > 1 } : null;
  });
  if (byYear.includes(null)) return null;
  const dated = byYear as { works: Work[]; mention: string; all: boolean }[];
  // The words of the titles it writes out name the works, and so do those of a work's title or occasion said with its
  // year ("the 1987 talk to economic officials").
  const naming = new Set([
    ...byTitle.flatMap(termsOfWork),
    ...byName.map((t) => t.term),
    ...dated.flatMap(({ works: ofMention, mention }) => contentTokens(mention).map((t) => t.term).filter((t) => ofMention.some((work) => termsOfWork(work).includes(t)))),
  ]);
  return {
    works: [...new Set([...dated.flatMap((d) => d.works), ...byTitle, ...byName.map((t) => works.find((w) => worksOfName(t.word, names).has(w.id))!)])].sort(byDate),
    asksATopic: topicOf(question, naming, authorWords).length > 0,
    byTheirYear: dated.length === 1 && dated[0]!.all && byTitle.length === 0 && byName.length === 0,
  };
}

/**
 * Whether what follows a name names a work by it: a word for works or for whom it addressed, after any more names and
 * names joined on ("the Ghana Times interview", "the Ghana and Yugoslav interviews", "the Syrian one", "the Ghana Times
 * and the Syrian magazine").
 */
const aWorkAfterAName = (after: string): boolean => A_WORK_NEXT.test(after.slice(MORE_NAMES.exec(after)![0].length));
const MORE_NAMES = /^(?:\s+\p{Lu}[\p{L}'’]*)*(?:\s+(?:and|or)\s+(?:the\s+)?\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*)*)*/u;
const A_WORK_NEXT = new RegExp(String.raw`^['’]?s?\s+(?:${WORK_NOUNS}|ones?|${NAMED_ADDRESSEES})\b`, 'i');

/** The words of a question about works it names (`naming`) that ask something of them: a topic ("… on heavy industry"). */
function topicOf(question: string, naming: ReadonlySet<string>, authorWords: ReadonlySet<string>): Token[] {
  const words = tokenize(question);
  // How they are written is asked of the works themselves ("Compare the tone of …"), not of a topic of theirs ("… on language").
  const manner = (t: Token) => MANNER.test(t.word) && !TOPIC_BEFORE.has(words[words.findIndex((w) => w.start === t.start) - 1]?.word ?? '');
  // "the two 1987 works": how many are named is no topic.
  return contentTokens(question).filter(
    (t) =>
      !SIDE_BY_SIDE_WORD.test(t.word) &&
      !asksForAWhole(t, authorWords) &&
      !naming.has(t.term) &&
      !KINDS_BY_NAME.some((k) => t.word.startsWith(k)) &&
      !manner(t) &&
      !REQUEST_WORDS.has(t.word) &&
      !NUMBER_WORDS.includes(t.word),
  );
}

/** The words a year at `at` opens, up to the next work set beside it ("and", "with", "from", another year), a topic ("on …") or the end of the clause. */
function mentionAt(question: string, at: number): string {
  const after = question.slice(at + 4);
  const end = after.search(/\b(?:and|with|from|versus|vs|compared|than|on|about|regarding|concerning)\b|[,;:?.!]|\b\d{4}\b/i);
  return question.slice(at, at + 4 + (end < 0 ? after.length : end));
}

/** "that one", "this one": a pointer, as "it" is, not a number. */
const THAT_ONE = /\b(?:that|this)\s+one\b/i;
/** "it", "its", "that one": one thing of the answer before. */
const IT = new RegExp(String.raw`\bits?\b|${THAT_ONE.source}`, 'i');
/** Verbs of giving a speech or talk ("delivered", "presented", "held"): asked when or where of a work, no topic. */
const GIVING_A_WORK = new Set('deliver delivers delivered delivering present presents presented presenting give gives gave given giving make makes made hold holds held'.split(' '));
/** "What kind of text is the 1967 work?", "What type of document was it?": the kind of one work, whichever (`kindOfWork`). */
export const WHAT_KIND_OF = /^\s*(?:what|which)\s+(?:kind|type|sort|genre)\s+of\s+(?:text|work|document|source|piece|writing)\s+(?:is|was)\b/i;
/** "mention it", "is it mentioned": the topic before counted, "it" no work (`Intent.overview`). */
const MENTIONS_IT = new RegExp(String.raw`\bmention(?:s|ed|ing)?\s+(?:it|them\b|(?:this|that)(?=\s*(?:[?.!,;]|$|in\b)))|\b(?:is|was|are|were)\s+(?:it|this|that|they)\s+mentioned\b|${IN_IT_TOO}`, 'i');
/** "that talk", "this speech", "the same interview": a work of the answer before, pointed at by its kind. */
const WORK_POINTED_AT = /\b(?:that|this|the\s+same|the\s+(second|third|fourth|fifth))\s+(speech|talk|address|interview|answers|article|paper|study|work|text|document)\b/i;

/** "of these", "among them", "(quoted) here": the works of the answer before, as an order is asked among them. */
const AMONG_THESE = new RegExp(
  String.raw`\b(?:of|among)\s+(?:these|those|them|the\s+(?:works|quotes|passages)\s+above)\b|\b(?:quoted|shown|listed|cited)\s+(?:here|above)\b|\b(?:${WORK_NOUNS}|quotes|passages)\s+above\b|\b(?:here|above)\s*[?.!]*\s*$`,
  'i',
);

/** "Which one is from the earliest work?", "Which is from the latest?": a quote's source, the first or last of theirs, as "of these" asks it. */
const FROM_THE_FIRST_OR_LAST = /\bfrom\s+the\s+(?:earliest|oldest|first|latest|newest|last|most\s+recent)\b/i;
const WHICH_IS_FROM = /\bwhich\s+(?:is|was|are|were|comes?|came)\s+from\b/i;

/** Comparatives asking which of two came first or last: "Which one is older?", "which of them was said later?". */
const EARLIER = /\b(?:older|oldest|earlier|(?:came|comes)\s+first)\b/i;
const LATER = /\b(?:newer|newest|later|more\s+recent|(?:came|comes)\s+last)\b/i;

/**
 * The order a question asks among the works of the answer before, if it asks one: "Which of these is the earliest?",
 * "Which one is older?", "Which is earlier?", "Which one is from the latest work?". ("Which one is the earliest?" after a comparison asks for
 * the first work on its topic.)
 */
function orderAsked(question: string): 'earliest' | 'latest' | null {
  const compared = EARLIER.test(question) ? 'earliest' : LATER.test(question) ? 'latest' : null;
  const asked = answerKind(question).order;
  if (AMONG_THESE.test(question) || ((WHICH_ONE.test(question) || WHICH_IS_FROM.test(question)) && FROM_THE_FIRST_OR_LAST.test(question))) return (asked === 'both' ? null : asked) ?? compared;
  return WHICH_ONE.test(question) || WHICH_ALONE.test(question) ? compared : null;
}
/** "Which is earlier?", "which came first?": "which" alone, of the things before, and nothing else asked. */
const WHICH_ALONE = /^\s*(?:and\s+|so\s+)?which\s+(?:is|was|came|comes)\s+(?:earlier|older|later|newer|more\s+recent|first|last)\s*[?.!]*\s*$/i;

/** "Which of these is the earliest?": the first (or last) dated of the answer before's works; the one, when it quoted one. */
function orderAmong(question: string, before: readonly Work[]): Intent['orderAmongBefore'] {
  const dated = [...new Set(before)].filter((w) => w.year !== null).sort(byDate);
  const order = orderAsked(question);
  if (!order || dated.length === 0) return null;
  const word = kindAsked(question);
  const ofKind = word ? dated.filter((w) => isOfKind(w, word)) : [];
  const among = ofKind.length ? ofKind : dated;
  return { work: order === 'earliest' ? among[0]! : among.at(-1)!, among: among.length, order, kind: word ? { word, found: ofKind.length > 0 } : null };
}

/** "Which of these is the earliest?", "And the latest of them?", "Which one is older?": an order asked among the works of the answer before. */
export const asksOrderAmong = (question: string): boolean => orderAsked(question) !== null;

/** Whether a question points at a work by its kind ("in that talk", "this article"). */
export const pointsAtAWork = (question: string): boolean => WORK_POINTED_AT.test(withoutQuotations(question));
/** "about it", "on that": the topic of the question before, pointed at ("Did Zhang Chao write about it?" names his work otherwise). */
const TOPIC_POINTED_AT = /\b(?:about|on|regarding|concerning)\s+(?:it|this|that)\b(?!\s+(?:one|talk|speech|interview|article|work|text)\b)/gi;
/**
 * Whether a question points back at one thing by "it" or "its" ("Summarise it"): a work, when it asks of one as a whole
 * (`Intent.overview`); "it" as the topic ("about it") points at none.
 */
export const pointsAtIt = (question: string): boolean => IT.test(question.replace(TOPIC_POINTED_AT, ' '));
/**
 * "What does it say about trade?", "Does it mention oil?", "What period does it cover?", "Which countries does it
 * mention?": "it" is a text, which says something of a topic; not "What did he say about it?", nor "What else does it say?".
 */
const IT_SAYS =
  /\b(?:does|did|do)\s+(?:it|this|that)(?:\s+one)?\s+(?:(?:say|argue|claim|state|write)\s+(?:about|on|of|regarding|concerning)|(?:mention|discuss|cover)\s+(?!(?:it|this|that|them)\b)\p{L})|\b(?:what|which)\s+(?!else\b)(?:\p{L}+\s+){1,3}(?:does|did|do)\s+(?:it|this|that)(?:\s+one)?\s+(?:mention|discuss|cover|address|describe|name|list)\s*[?.!]*\s*$/iu;
/**
 * "What did he say about Africa there?", "Did he mention oil there?", "What did he say about oil in it?": "there" or "in
 * it" closing a question points at a place, the work of the answer before; not "Is there?", "Who was there?", "from
 * there".
 */
const THERE = /(?<!\b(?:is|are|was|were|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|in|from|out|over|up|down)\s+)\bthere\s*[?.!]*\s*$|\bin\s+(?:it|this\s+one|that\s+one)\s*[?.!]*\s*$/i;
/**
 * "What did he tell him about industry?", "What did he say to them about trade?": whom he addressed pointed at, after an
 * answer naming one work ("Who did Kim talk to in 1969?"), is that work's addressee.
 */
const TOLD_THEM = /\b(?:tell|told|say\s+to|said\s+to|answer|answered|reply\s+to|replied\s+to)\s+(?:him|her|them)\b/i;
/** Whether a question asks what a work pointed at by "it", "there" or its addressee says (`IT_SAYS`, `THERE`, `TOLD_THEM`): the one work of the answer before, kept to for the rest. */
export const saysOfIt = (question: string): boolean => IT_SAYS.test(question) || THERE.test(question) || TOLD_THEM.test(question);

/**
 * The work of the answer before (`before`, in the order it quoted them) that a question points at by its kind ("What
 * else did he say in that talk?"): the first of them of that kind, the scholar's for "that article"; null when none is.
 */
function workPointedAt(pointing: RegExpExecArray | null, before: readonly Work[], primary: string | null): Work | null {
  const kind = pointing?.[2]!.toLowerCase();
  if (!kind) return null;
  const ofKind = (w: Work) => /^(?:work|text|document)$/.test(kind) || isWorkOfKind(w, kind, primary);
  // "the second work": of those the answer before named, in its order ("the first" and "the last" are the earliest and latest).
  const place = pointing![1] ? ORDINAL_WORDS.indexOf(pointing![1].toLowerCase()) : 0;
  return before.filter(ofKind)[place] ?? null;
}

/** The terms of a work's title, occasion and place: what `namesTheWork` looks a question's words up in. */
const termsOfWork = (work: Work): string[] => contentTokens(`${work.title} ${work.occasion ?? ''} ${work.place ?? ''}`).map((t) => t.term);

/** A term of the work's title, occasion or place, or another form of one: a shared start of five letters ("ministers", "Ministerial"). */
function namesTheWork(term: string, workTerms: ReadonlySet<string>): boolean {
  if (workTerms.has(term)) return true;
  return term.length >= 5 && [...workTerms].some((w) => w.length >= 5 && (w.startsWith(term) || term.startsWith(w)));
}

/**
 * What a question asks of the work it is kept to (`Intent.inWork`): the question without the words that name it
 * (its title's, occasion's or place's, in a form `namesTheWork` allows or as `statedWork` reads a name: "Peruvian")
 * or say it is a work ("talk", "speech"), which every passage of it would otherwise hold (`termsOf` reads a work's
 * title with each of its passages).
 */
export function askedOfWork(question: string, work: Work, works: readonly Work[]): string {
  const workTerms = new Set(termsOfWork(work));
  const namingAt = new Set(wordsNaming(question, workNamesOf(works), work.id).map((t) => t.start));
  const tokens = contentTokens(question);
  const naming = tokensNaming(question, tokens, (t) => namingAt.has(t.start) || namesTheWork(t.term, workTerms), work.year);
  return withoutTokens(question, tokens.filter((t) => naming.has(t.start) || WORK_WORDS.test(t.word)));
}

/**
 * What a question asks of the works it is kept to together (`Intent.amongWorks`): `askedOfWork` of each; of all the
 * works of a year it names once (`Intent.amongByTheirYear`), only the words saying they are works go, as a title's
 * words name none of them ("the two 1987 works on self-reliance"). The years naming them go too: kept to them, a year
 * would weigh one of them up against another the question names otherwise ("the 1961 speech and the abstract"); each
 * named by its year, they weigh alike and stay (a question of two years and no topic sets their works side by side).
 */
export function askedOfWorks(question: string, kept: readonly Work[], works: readonly Work[], byTheirYear: boolean): string {
  const asked = byTheirYear ? withoutTokens(question, contentTokens(question).filter((t) => WORK_WORDS.test(t.word))) : kept.reduce((text, work) => askedOfWork(text, work, works), question);
  const years = new Set(kept.flatMap((w) => (w.year === null ? [] : [String(w.year)])));
  const named = new Set(question.match(/\b\d{4}\b(?!s)/g) ?? []);
  if (kept.every((w) => named.has(String(w.year)))) return asked;
  return asked.replace(/\b\d{4}\b(?!s)/g, (year) => (years.has(year) ? ' ' : year));
}

const withoutTokens = (text: string, tokens: readonly Token[]) => tokens.reduceRight((left, t) => `${left.slice(0, t.start)} ${left.slice(t.end)}`, text);

/**
 * What may stand between two words of one name of a work: articles, possessives and prepositions ("the talk to economic
 * officials"), not a verb ("the programme say about defence"), nor "about", which says what is asked of whom ("say to
 * the Benin guy about planning").
 */
const NAMING_PHRASE_GAP = /^[\s\p{P}]*(?:(?:the|an?|his|its|their|of|to|on|at|in|for|by|from|with|and)[\s\p{P}]+)*$/iu;

/**
 * The starts of a text's tokens that name a work (`names`). Words in lower case name a work together, as a phrase does
 * ("the talk to economic officials"); one standing apart from them is what is asked of it ("How does the 1987 talk
 * to economic officials define self-reliance?", "What did the 1967 programme say about defence?"): not joined to one
 * by `NAMING_PHRASE_GAP`. Its year (`year`) joins its name ("the 1967 programme"), though it is no word of it. A
 * compound's parts are one word.
 */
function tokensNaming(text: string, tokens: readonly Token[], names: (t: Token) => boolean, year: number | null): Set<number> {
  const words = compoundsOf(text, tokens);
  // A word for whom it addressed right after a word naming it is of its name: "the Arab interviewers", "the Benin guy".
  const addressee = (k: number) => k > 0 && ADDRESSEE_NOUN.test(words[k]![0]!.word) && words[k - 1]!.some(names) && /^\s+$/.test(text.slice(words[k - 1]!.at(-1)!.end, words[k]![0]!.start));
  const namesAt = (k: number) => (t: Token) => names(t) || addressee(k);
  const named = words.map((word, k) => word.some((t) => namesAt(k)(t) || t.word === String(year)));
  const joinedToNamed = (j: number, k: number) => named[j] === true && NAMING_PHRASE_GAP.test(text.slice(words[Math.min(j, k)]!.at(-1)!.end, words[Math.max(j, k)]![0]!.start));
  const apart = words.map((word, k) => !joinedToNamed(k - 1, k) && !joinedToNamed(k + 1, k) && !/^\p{Lu}/u.test(text.slice(word[0]!.start)));
  // With no words naming it together, those standing apart are its name ("What is the programme about?").
  const together = named.some((n, k) => n && !apart[k]);
  return new Set(words.flatMap((word, k) => (together && apart[k] ? [] : word.filter(namesAt(k)).map((t) => t.start))));
}

/** Whether a question about a work as a whole is answered with its opening paragraphs: a scholarly work's abstract. */
export const overviewByAbstract = (intent: Intent): boolean => intent.overview !== null && otherAuthor(intent.overview, intent.primaryAuthor) !== undefined;

/** "both self-reliance and international cooperation": two things joined by "both … and", up to a word of time or place. */
const BOTH = /\bboth\s+(?:the\s+)?(.+?)\s+and\s+(?:the\s+)?(.+?)(?=\s*(?:[?.!,;:]|$)|\s+(?:in|from|during|before|after|since|between|by|at|on|over)\b)/i;

/**
 * The two things a question asks for passages holding both of ("both self-reliance and international cooperation"),
 * as it words them; null when it joins no two topics so ("both before and after 1970", "both Zhang Chao and Kim Il Sung").
 */
export function bothAsked(question: string, authorWords: ReadonlySet<string>): [string, string] | null {
  return twoTopics(BOTH.exec(question), authorWords);
}

/** Up to the end of a clause. */
const CLAUSE_END = String.raw`(?=\s*(?:[?.!,;:]|$))`;
/** Verbs and nouns of two things related, a pattern's source: "X relates to Y", "the link between X and Y". */
const RELATED = String.raw`(?:relate[sd]?|linked|connected|tied)`;
/**
 * Two things set apart or related: "the difference between X and Y", "distinguish X from Y", "X differs (is
 * different, distinct) from Y"; "the relationship (link, connection) between X and Y", "How does X relate to Y?",
 * "How are X and Y linked?".
 */
const APART = [
  new RegExp(String.raw`\b(?:differences?|relationships?|relations?|links?|connections?)\s+between\s+(?:the\s+)?(.+?)\s+and\s+(?:the\s+)?(.+?)${CLAUSE_END}`, 'i'),
  new RegExp(String.raw`\bdistinguish(?:es|ed|ing)?\s+(.+?)\s+from\s+(.+?)${CLAUSE_END}`, 'i'),
  new RegExp(String.raw`^(.+?)\s+(?:differs?|differed|different|distinct)\s+from\s+(.+?)${CLAUSE_END}`, 'i'),
  new RegExp(String.raw`\bhow\s+(?:does|did|do|is|was|are|were)\s+(.+?)\s+${RELATED}\s+(?:to|with)\s+(.+?)${CLAUSE_END}`, 'i'),
  new RegExp(String.raw`\bhow\s+(?:are|were|is|was)\s+(.+?)\s+and\s+(.+?)\s+${RELATED}${CLAUSE_END}`, 'i'),
  // "self-reliance vs independence": two topics, not two times ("aid in the 1960s vs the 1980s" has no topic on one side).
  new RegExp(String.raw`^(?:.*?\b(?:on|about|of)\s+)?(.+?)\s+(?:versus|vs\.?)\s+(.+?)${CLAUSE_END}`, 'i'),
];

/**
 * The two things a question sets apart or relates ("How does self-reliance differ from nationalism?", "the
 * difference between aid and trade", "How did self-reliance relate to defence?"), as it words them; null when it
 * sets no two topics so.
 */
export function apartAsked(question: string, authorWords: ReadonlySet<string>): [string, string] | null {
  return APART.reduce<[string, string] | null>((found, pattern) => found ?? twoTopics(pattern.exec(question), authorWords), null);
}

/** A match's two groups, when each holds a word of a topic (not only an author's name or a year). */
function twoTopics(m: RegExpExecArray | null, authorWords: ReadonlySet<string>): [string, string] | null {
  if (!m) return null;
  const topical = (side: string) => contentTokens(side).some((t) => !authorWords.has(t.word) && !/^\d+s?$/.test(t.word));
  return topical(m[1]!) && topical(m[2]!) ? [m[1]!, m[2]!] : null;
}

/** A time a work is of, after a word for it: "… is from", "… was given in" (a pattern's source). */
export const IS_OF_A_TIME = String.raw`\s+(?:is|was)\s+(?:from|dated|given|delivered|written|published|in)\b`;
/** "Which speech is from 1987?", "What work was given in 1974?": which of the works is of a time, as "Which speeches are …" asks. */
const WHICH_WORK_IS = new RegExp(String.raw`\b(?:which|what)\s+(?:${WORK_NOUNS})${IS_OF_A_TIME}`, 'i');

/** What kind of answer a question's own words ask for: a date, a quote, the first or last work, a count, works of the collection. */
export type AnswerKind = Pick<Intent, 'when' | 'who' | 'quote' | 'page' | 'broad' | 'order' | 'counts' | 'aboutTheTexts' | 'wanted' | 'brief' | 'wordLimit' | 'countBy' | 'length'>;

/**
 * "Which years are covered?", "What period do they cover?", "How many years are covered by the collection?": the time
 * the works are from; what the collection's dates say.
 */
export const YEARS_COVERED =
  /^\s*(?:(?:which|what)\s+(?:years|dates|decades|period|time\s+(?:span|period|frame))|how\s+many\s+(?:years|decades))\s+(?:(?:are|is|were|was)\s+covered|(?:do|does|did)\s+(?:it|they|these|those|you)\s+(?:cover|span))(?:\s+(?:by|in)\s+(?:the|these|this|your)\s+(?:collection|texts|works|sources|documents))?\s*[?.!]*\s*$/i;

export function answerKind(question: string): AnswerKind {
  // "Where can I read the full text of the 1974 talk?" asks for a work whole, neither where he spoke nor about the texts.
  const fullText = asksFullText(question);
  const sides = SIDES.test(question);
  return {
    when: !fullText && (WHEN.test(question) || WHEN_ASKED.test(withoutMatches(question, GUIDANCE_ASKED)) || asksWhom(question) || WHO_SAID.test(question)),
    who: WHO_SAID.test(question),
    // Asked for sides ("one for and one against"), every passage on it, for the reader to weigh.
    quote: (QUOTE.test(question) || A_PRAISED_ONE.test(question) || THE_BEST_PASSAGE.test(question) || WORD_LIMIT.test(question)) && !sides,
    page: PAGE_ASKED.test(question),
    broad: asksBroadly(question) || (namesATopic(question) && !DEFINITION.test(question)) || sides,
    order: BOTH_ENDS.test(question)
      ? 'both'
      : EARLIEST_WORK.test(question) || EARLIEST.test(question) || NEXT_WORK.exec(question)?.[1]?.toLowerCase() === 'after'
        ? 'earliest'
        : LATEST_WORK.test(question) || LATEST.test(question) || NEXT_WORK.test(question)
          ? 'latest'
          : null,
    counts: asksHowOften(question),
    aboutTheTexts:
      !asksWhatSomeSaid(question) &&
      (speaksOfTheTexts(ofTheTexts(question, fullText)) ||
        WHICH_WORK_IS.test(question) ||
        [EARLIEST_WORK, LATEST_WORK, NEXT_WORK, LONGEST_WORK, SHORTEST_WORK, TITLE_HOLDS, YEARS_COVERED, READING_LIST, SIZE_ALL, MOST_BY_TIME, BY_LENGTH, OCCASIONS_ASKED, EVERY_TITLE].some((p) => p.test(question)) ||
        asksGuidanceAlone(question)),
    wanted: sides ? null : passagesWanted(question),
    brief: BRIEF.test(question) || SHORTER.test(question) || SOMETHING_SHORT.test(question) || WORD_LIMIT.test(question),
    wordLimit: wordLimitOf(question),
    countBy: PER_WORK.test(question) ? 'work' : PER_DECADE.test(question) ? 'decade' : PER_YEAR.test(question) ? 'year' : null,
    length: LONGEST_WORK.test(question) ? 'longest' : SHORTEST_WORK.test(question) ? 'shortest' : SIZE_OF_WORK.test(question) || BY_LENGTH.test(question) ? 'each' : null,
  };
}

/**
 * The words of a question that may speak of the texts themselves: not the full text asked for, nor the user's own work
 * ("for a source analysis exercise"), nor the whole the quote is asked from ("a quote from the collection" asks for a
 * quote, as "Give me a quote" does, not for the list of works).
 */
function ofTheTexts(question: string, fullText: boolean): string {
  const own = withoutMatches(withoutMatches(fullText ? withoutMatches(question, FULL_TEXT) : question, PURPOSE), A_TEXT_OF_A_YEAR);
  return QUOTE.test(question) ? withoutMatches(own, FROM_THE_WHOLE) : own;
}
/**
 * "The 1967 text", "the document from 1961", "the text of June 1987": one text, named by its date as "the 1967 work" is,
 * not the texts as a whole.
 */
const ONE_TEXT = String.raw`(?:text|document|writing|source)`;
const A_TEXT_OF_A_YEAR = new RegExp(
  String.raw`\b(?:the|his|this|that)\s+(?:${MONTH_BEFORE_YEAR})?(?:${YEAR_NUMBER})\s+${ONE_TEXT}\b|\b(?:the|his|this|that)\s+${ONE_TEXT}\s+(?:of|in|from)\s+(?:${MONTH_BEFORE_YEAR})?(?:${YEAR_NUMBER})\b(?!s)`,
  'gi',
);
/** "from the collection", "in these texts", "of the sources": the texts as a whole, where a quote is asked from. */
const FROM_THE_WHOLE = /\b(?:in|from|of)\s+(?:the|these|this|your)\s+(?:whole\s+)?(?:collection|corpus|texts|sources|book)\b/i;
/**
 * "Where should I start?", "What should I read first?" and nothing else: where to begin is the collection's list of
 * works. Who the user is and what they teach are nothing else ("I'm a teacher. Which text should my students read first?").
 */
export const asksGuidanceAlone = (question: string): boolean =>
  new RegExp(GUIDANCE_ASKED.source, 'i').test(question) && contentTokens([GUIDANCE_ASKED, WHO_THE_USER_IS].reduce(withoutMatches, question)).length === 0;

/** Numbers of passages in words, two to ten. */
const NUMBERS = NUMBER_WORDS.slice(1, 10);
/** Decades as what a comparison runs across (`Intent.byDecade`): "from different decades", "across the decades"; one of each. */
const DECADES = /\b(?:decades|a\s+decade)\b/i;
const EACH_DECADE = /\b(?:each|every|per)\s+decade\b/i;
/** "per year", "by decade", "each decade": what the works listed are counted by (group 1; `Intent.worksByTime`). */
const COUNTED_BY_TIME = /\b(?:each|every|per|by)\s+(year|decade)\b/i;
/** Words for works, plural, a pattern's source. */
const WORKS_PLURAL = String.raw`works|texts|speeches|talks|interviews|writings|documents|sources`;
/**
 * "Which year has the most works?", "In which decade did he give the most speeches?", "the fewest interviews", "the
 * best represented year" (groups 1–2, or 3–4: the unit and the extreme).
 */
export const MOST_BY_TIME = new RegExp(
  String.raw`\b(?:which|what)\s+(year|decade)s?\b[^?.!]*?\b(?:(most|fewest|least)\s+(?:of\s+(?:the|his)\s+)?(?:${WORKS_PLURAL})\b|(?:(best|most|least)[\s-]+represented))|\b(best|most|least)[\s-]+represented\s+(year|decade)\b`,
  'i',
);
function worksByTime(question: string): Intent['worksByTime'] {
  const most = MOST_BY_TIME.exec(question);
  if (most) {
    const [unit, extreme] = most[1] ? [most[1], most[2] ?? most[3]!] : [most[5]!, most[4]!];
    return { unit: unit.toLowerCase() as 'year' | 'decade', extreme: /^(?:fewest|least)$/i.test(extreme) ? 'fewest' : 'most' };
  }
  const counted = COUNTED_BY_TIME.exec(question);
  return counted ? { unit: counted[1]!.toLowerCase() as 'year' | 'decade', extreme: null } : null;
}

/** "from each year", "for every year": a quote asked of each year (`Intent.eachYear`). */
const EACH_YEAR = /\b(?:from|for|in|of)\s+(?:each|every)\s+year\b/i;

/** Words that rank or praise the quotes asked for ("the most important", "key", "best"), a pattern's source. */
const QUOTES_PRAISE = String.raw`(?:(?:the\s+)?most\s+)?(?:important|key|main|best|better|famous|memorable|significant|notable|essential|central|striking|powerful|representative|good|useful|relevant|strong|stronger|strongest|clear|clearer|clearest|telling|short|shorter|shortest|brief|briefer|concise|citable|citeable|quotable|usable)`;
/** How many, in figures or words from two, captured (a pattern's source). */
const A_COUNT = String.raw`(\d{1,2}|${NUMBERS.join('|')})`;
/** A number of quotes, passages or examples asked for ("five quotes", "3 passages", "two more examples", "the three most important quotes"). */
export const PASSAGES_WANTED = new RegExp(
  String.raw`\b${A_COUNT}\s+(?:(?:more|other|different|differing|contrasting|opposing|conflicting|contradictory|distinct|various|varied)\s+)?(?:${QUOTES_PRAISE}\s+)?(?:quotes|quotations|passages|paragraphs|examples|sentences|lines|excerpts|extracts|citations|statements|remarks|mentions|references|definitions|descriptions|explanations|points|ideas|themes|arguments)\b`,
  'i',
);
/** Words for one quote or several, a pattern's source. */
const A_QUOTE = String.raw`(?:quotes?|quotations?|passages?|paragraphs?|lines?|sentences?|statements?|excerpts?|extracts?)`;
/** A short quote asked for ("a short quote", "a shorter passage", "a brief line"), or a short summary ("a quick overview"). */
const BRIEF = new RegExp(String.raw`\b(?:short|shorter|shortest|brief|briefer|briefest|concise|quick)\s+(?:${A_QUOTE}|summary|summaries|overview)\b`, 'i');
/**
 * A short quote asked, with no quote's noun: "…, something short", "anything brief", "a short one", "keep it short",
 * "short and sweet" (not "short of funds"), "max one sentence", "one line at most".
 */
export const SOMETHING_SHORT =
  /\b(?:(?:something|anything|keep\s+it|make\s+it)\s+(?:short|brief|concise|quick|snappy|punchy)|(?:short|brief)\s+one)\b(?:\s+and\s+(?:sweet|simple|punchy))?|\bshort\s+and\s+(?:sweet|simple|punchy)\b|\b(?:max(?:imum)?\.?|at\s+most|no\s+more\s+than)\s+(?:one|a\s+single|1)\s+(?:sentence|line)\b|\b(?:one|a\s+single)\s+(?:sentence|line)\s+(?:max(?:imum)?|at\s+most)\b/i;
/** A number of words, in figures or words (a pattern's source, captured). */
const A_NUMBER = String.raw`(\d{1,3}|${NUMBER_WORDS.join('|')})`;
/**
 * A bound on a quote's length in words: "under 15 words", "fewer than twenty words", "no more than 20 words", "20
 * words or less", "at most 12 words".
 */
export const WORD_LIMIT = new RegExp(
  String.raw`\b(?:(?<below>under|below|fewer\s+than|less\s+than|shorter\s+than)|at\s+most|no\s+(?:more|longer)\s+than|up\s+to|max(?:imum)?(?:\s+of)?)\s+${A_NUMBER}\s+words\b|\b${A_NUMBER}\s+words\s+(?:or\s+(?:less|fewer)|max(?:imum)?)\b`,
  'i',
);
/** The words a quote must be shorter than (`WORD_LIMIT`): "under 15 words" → 15, "at most 15 words" → 16. */
function wordLimitOf(question: string): number | null {
  const m = WORD_LIMIT.exec(question);
  if (!m) return null;
  const n = countSaid((m[2] ?? m[3])!);
  return n > 0 ? (m.groups!.below ? n : n + 1) : null;
}
/**
 * "Give me a short one", "Is there a shorter one?", "a briefer one", "the best one": one quote asked (shorter than the
 * first before when "shorter": `SHORTER`; "Shorter please" asks for the same quotes, each shorter).
 */
const A_PRAISED_ONE = new RegExp(String.raw`\b${QUOTES_PRAISE}\s+one\b`, 'i');
/**
 * "What are the main themes?", "What themes recur across the works?", "What topics does he talk about most?": the
 * themes of the texts, asked of no topic (`Intent.keyQuotes`), which no text names; not the themes of anything but
 * the texts ("the main themes of his speech on trade", "the key themes of his interviews").
 */
const OF_SOMETHING_ELSE = String.raw`(?!\s+(?:of|on|about|in)\s+(?!(?:the|these|this|his|all|its)\s+(?:collection|texts|works|sources|writings|corpus)\b))`;
export const THEMES_ASKED = new RegExp(
  String.raw`\b(?:(?:key|main|major|central|recurring|recurrent|common|dominant|principal|important|general|overall)\s+)?(?:themes|topics|subjects)\b${OF_SOMETHING_ELSE}(?:\s+(?:recur|come\s+up|appear|repeat|run)\w*)?|\b(?:recurring|recurrent|main|key|central|dominant|(?:most\s+)?common)\s+(?:theme|topic|ideas?|concerns?)\b${OF_SOMETHING_ELSE}|\b(?:talks?|speaks?|writes?)\s+about\s+(?:the\s+)?most\b|\b(?:have|has|had)\s+in\s+common\s*(?=[?.!]|$)`,
  'i',
);
/** Words for words, counted (a pattern's source). */
const WORDS_COUNTED = String.raw`(?:words?|terms?|nouns?|vocabulary)`;
/**
 * "What words does he use most?", "Which terms appear most often?", "his most frequent words", "his favourite words",
 * "word frequency": the words used most (`Intent.wordsUsedMost`), asked of no topic ("most about aid" is one).
 */
export const MOST_USED_WORDS = new RegExp(
  String.raw`\b(?:which|what)\s+${WORDS_COUNTED}\s+(?:does|did|do)\s+(?:\S+\s+){1,3}?(?:use|repeat)\s+(?:the\s+)?most(?:\s+(?:often|frequently))?\b` +
    String.raw`|\b(?:which|what)\s+${WORDS_COUNTED}\s+(?:(?:are|is|were|was)\s+)?(?:used|repeated|appears?|occurs?|comes?\s+up)\s+(?:the\s+)?most(?:\s+(?:often|frequently))?\b` +
    String.raw`|\b(?:most\s+(?:frequent(?:ly\s+used)?|common(?:ly\s+used)?|used|repeated|often\s+used)|favou?rite|commonest)\s+${WORDS_COUNTED}\b|\bword\s+(?:frequenc(?:y|ies)|counts?)\b`,
  'i',
);
/** How known a line is: "famous", "well-known", "most quoted" (a pattern's source). */
const FAMED = String.raw`(?:famous|best[\s-]known|well[\s-]known|(?:most\s+)?(?:often\s+)?(?:quoted|cited)|celebrated|iconic)`;
/**
 * "his most famous quotes", "the most quoted lines", "his best-known saying", and said of one: "Is that quote well
 * known?", "Is it famous?": lines asked by how known they are (`Intent.keyQuotes`).
 */
export const FAMED_LINES = new RegExp(
  String.raw`\b${FAMED}\s+(?:${A_QUOTE}|sayings?|words|phrases?|slogans?|remarks?)\b|\b(?:${A_QUOTE}|ones?)\s+(?:(?:is|are|was|were)\s+)?(?:very\s+|so\s+|really\s+|(?:the|his)\s+most\s+)?${FAMED}\b|^\s*(?:is|was)\s+(?:it|that|this)\s+(?:very\s+|so\s+|really\s+)?${FAMED}\s*[?.!]*\s*$`,
  'i',
);
/** "Which passage best sums up …", "what sentence most clearly shows …": the one passage that does it best, a quote asked. */
const THE_BEST_PASSAGE = new RegExp(String.raw`\b(?:which|what)\s+(?:passage|sentence|line|statement|excerpt)\s+(?:best|most)\b`, 'i');
/**
 * Quotes asked to be shorter, with no quote's noun: "Shorter please", "Can you make them shorter?", "Even shorter",
 * "more concise", "briefly", "shorten it" (not "shorter than").
 */
export const SHORTER =
  /(?<!\b(?:is|was)\s+(?:the\s+)?)(?:\b(?:can|could|would|will)\s+you\s+)?(?:\b(?:make|keep|cut|trim)\s+(?:(?:it|them|these|those|the\s+quotes?|the\s+answer)\s+)?)?(?:\b(?:even|still|much|a\s+bit|a\s+little)\s+)?\b(?:shorter|briefer|more\s+concise|briefly)\b(?!\s+than\b)|\b(?:shorten|abridge|trim)\s+(?:it|them|these|those|that|this|the\s+quotes?|the\s+answer)\b/i;
/**
 * Passages asked for whole: "a longer passage", "the full paragraph", "two paragraphs on …", "the quote about X in
 * context", "with more context", "Show me the context of …" (not a quote of the answer before, "the full passage of
 * [2]"; "What is the context of …?" asks the occasion).
 */
export const WHOLE_ASKED = new RegExp(
  String.raw`\b(?:long|longer|longest|full|whole|entire|complete|extended|lengthy|lengthier)\s+(?:quotes?|quotations?|passages?|paragraphs?|excerpts?|extracts?)\b|\b(?:a|one|two|three|four|five|\d)\s+paragraphs?\b` +
    String.raw`|\bin\s+(?:its\s+|their\s+)?context\b|\bwith\s+(?:(?:its|their|the|some|more)\s+)?context\b|\b(?:more|wider|surrounding|full)\s+context\b|\b(?:show|give|see|read)\s+(?:me\s+|us\s+)?(?:the|its|their)\s+context\b`,
  'i',
);
/**
 * "The most important quotes", "key passages", "the best one", "Which of these quotes is the most useful?", "Which one is
 * better?": words praising the quotes asked for, which name no topic.
 */
export const QUOTES_PRAISED = new RegExp(
  String.raw`\b${QUOTES_PRAISE}(?=\s+(?:${A_QUOTE}|one)\b)|(?<=\b(?:${A_QUOTE}|which(?:\s+one)?)\s+(?:is|are|was|were|would\s+be)\s+)(?:the\s+)?${QUOTES_PRAISE}\b`,
  'i',
);

/** "Give me two more", "three more please": how many more of what the answer before gave, the noun left out. */
const N_MORE = new RegExp(String.raw`\b${A_COUNT}\s+more\b(?=\s*(?:please\b|[?.!]|$))`, 'i');
/** A count alone, of what the answer before gave: "Just two please", "only 3 of them", "two, please" (not "only two works"). */
const COUNT_ALONE = new RegExp(String.raw`(?:\b(?:just|only)\s+|^\s*(?:(?:give|show)\s+me\s+)?)${A_COUNT}(?:\s+of\s+(?:them|those|these))?(?=(?:,?\s*please)?\s*[?.!]*\s*$)`, 'i');
/** One asked for: "Summarise the Ghana interview in one sentence", "… in a single line". */
const IN_ONE = /\bin\s+(?:one|a\s+single|a)\s+(?:sentence|line|quote)\b/i;

/** Not one of each of several ("one quote from each work"), a pattern's source. */
const NOT_OF_EACH = String.raw`(?![^?.!]*\b(?:each|every|per)\b)`;
/** "the best one", "the strongest quote", "the single most quotable line": one quote, the best (a pattern's source). */
const THE_BEST_ONE = String.raw`the\s+(?:single\s+)?(?:best|strongest|top|most\s+quotable|most\s+important|key)\s+(?:one|quote|quotation|passage|line|sentence|excerpt)\b(?!s)`;
/**
 * One quote asked for by its number: "Give me one quote on aid", "a single passage", "just one, please", "just the best
 * one", "only the strongest quote", "another one", "one more"; not "one of them".
 */
const ONE_QUOTE = new RegExp(
  String.raw`(?:\b(?:one|a\s+single|single)\s+(?:${A_QUOTE})\b|\b(?:just|only)\s+(?:one\b|${THE_BEST_ONE})|(?:(?<!\bone\s+)\banother|\bone\s+more)(?:\s+(?:one|${A_QUOTE}))?(?=,?\s*(?:please\b|[?.!]|$)))${NOT_OF_EACH}`,
  'i',
);
/** "Now one from the 1980s", "And one about trade?", "Another from the 1960s", "And one for the conclusion?": one of what the question before asked for, of its own time, topic or use. */
const ONE_OF_THE_KIND_BEFORE = new RegExp(String.raw`^\s*(?:(?:and|now|then|but)\s+)*(?:just\s+)?(?:one|another(?:\s+one)?)\s+(?:from|in|on|about|for)\b${NOT_OF_EACH}`, 'i');

/** How many passages a question asks for ("Give me five quotes on trade"), from 2, or one ("one quote", "in one sentence"); null when it says no number. */
function passagesWanted(question: string): number | null {
  if (IN_ONE.test(question) || ONE_QUOTE.test(question) || ONE_OF_THE_KIND_BEFORE.test(question)) return 1;
  const said = (PASSAGES_WANTED.exec(question) ?? N_MORE.exec(question) ?? COUNT_ALONE.exec(question))?.[1];
  if (said === undefined) return null;
  const n = countSaid(said);
  return n >= 2 ? n : null;
}

/** Whether a question's words ask for a kind of answer of their own (`answerKind`). */
export const asksForAKind = (question: string): boolean => {
  const kind = answerKind(question);
  // "Now one from the 1980s" asks for one of the kind the question before asked for.
  return kind.when || kind.quote || kind.page || kind.order !== null || kind.counts || (kind.wanted !== null && !ONE_OF_THE_KIND_BEFORE.test(question));
};

/** Words that ask for a work's own date: when it was written or published, not when something it tells of happened. */
const ITS_DATE = /\b(?:publish\w*|written|wr(?:ote|ite|ites)|appear(?:s|ed)?|dated?|dating)\b/i;

/** Words that ask for a thing whole: "the full text", "the whole talk". */
const WHOLE_WORDS = ['full', 'whole', 'entire', 'complete'];
/**
 * "the full text of the 1961 speech", "the whole 1974 talk", "read the entire interview", "all of the 1981 interview",
 * "everything in that talk", "all the passages of the 1971 interview", "every quote from 1982": a work whole (one work:
 * not "all of his speeches", nor "all of the work done", nor "all the quotes from the 1987 speech about aid").
 */
const FULL_TEXT = new RegExp(
  String.raw`\b(?:${WHOLE_WORDS.join('|')})\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:texts?|speech|talk|interview|work|article|address|document)\b` +
    String.raw`|\b(?:all\s+of|everything\s+(?:in|from|of))\s+(?:the|that|this|its|his)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:text|speech|talk|interview|article|address|document|abstract)\b(?!['’]s)` +
    String.raw`|\b(?:all|every|each)\s+(?:of\s+)?(?:the\s+)?(?:passages?|paragraphs?|quotes?|quotations?|excerpts?)\s+(?:of|from|in)\s+(?:(?:the|that|this|his)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:text|speech|talk|interview|article|address|document|abstract|work)\b(?!['’]s)|(?:${YEAR_NUMBER})\b(?!s))(?![^?.!]*\b(?:about|on|regarding|concerning)\b)`,
  'iu',
);
/** "Give me the 1974 talk in full": a work asked for in full, not the quotes before (`WHOLE_PASSAGE`). */
const WORK_IN_FULL = /\b(?:texts?|speech|talk|interview|work|article|address|document)\s+in\s+full\b/i;
/**
 * Not "the full citation for the 1986 interview": its words of citing are left out first. Nor "Summarise the whole 1961
 * speech", which asks for it summed up.
 */
const asksFullText = (question: string): boolean => {
  const uncited = CITING_WORDS.reduce(withoutMatches, question);
  return (WORK_IN_FULL.test(uncited) || (FULL_TEXT.test(uncited) && !WHOLE_PASSAGE.test(uncited))) && !asksSummedUp(question);
};
/** The words that ask for a work whole, besides those naming it and those asking to be shown (`REQUEST_WORDS`): they are no topic. */
const FULL_TEXT_WORDS = new Set([...WHOLE_WORDS, 'text', 'texts', 'passage', 'passages', 'paragraph', 'paragraphs', 'excerpt', 'excerpts', 'quotation', 'quotations']);

const TITLE_WORDS = String.raw`(?:(?:full|exact|complete|official|proper)\s+)?titles?\b(?:\s+and\s+(?:the\s+)?dates?\b)?`;
/** "What is the title of …", "its full title", "the 1986 interview's title", "What is the name of …", "What's it called?": a work's title asked. */
const TITLE_ASKED = new RegExp(
  String.raw`\b(?:the|its|their)\s+${TITLE_WORDS}(?:\s+of\b)?|['’]s\s+${TITLE_WORDS}|\b(?:what|which)(?:['’]s|\s+(?:is|was))\s+the\s+(?:(?:full|exact|official|proper)\s+)?name\s+of\b|\b(?:called|titled|entitled|named)(?=\s*[?.!]*\s*$)`,
  'i',
);
/** The question with the words asking to be shown a work whole blanked out (offsets kept): they name no work. */
const withoutAsking = (question: string): string =>
  blankedOut(
    question,
    tokenize(question).filter((t) => WHOLE_WORDS.includes(t.word) || REQUEST_WORDS.has(t.word)),
  );

/**
 * How a question is meant, read against the works of the collection and those the answer before quoted (`before`, for
 * "that talk"); `isName` tells a name from a word in a question typed in lower case (`addresseeNamed`).
 */
export function readIntent(question: string, works: readonly Work[], before: readonly Work[] = [], isName?: (word: string) => boolean): Intent {
  const primary = primaryAuthor(works);
  const others = works.filter((w) => w.author !== primary);
  const citing = asksToCite(question);
  // The words of the question less those that say when or in which order ("in June 1987", "his latest speech", "What
  // was the date of …"), which part of a work ("the last three sentences", before a number of passages can take
  // "three sentences") or ask for a citation (and what for).
  const unframed = [
    ...(citing ? [CITATION_REF] : []),
    ...ORDER_WORDS,
    ...PART_WORDS,
    WHEN,
    PAGE_ASKED,
    PASSAGES_WANTED,
    QUOTES_PRAISED,
    ...(PAGE_ASKED.test(question) ? [PAGES_TAKEN] : []),
    ...(citing ? CITING_WORDS : [CITED_AS]),
    TITLE_ASKED,
    THAT_ONE,
    PAGE_NAMED,
    WHAT_KIND_OF,
    // "Summarise the 1961 speech for students", "… for my essay": whom or what the answer is for, no word of the
    // question's own.
    FOR_AN_AUDIENCE,
    PURPOSE,
  ].reduce(withoutMatches, timesAsYears(question));
  const tokens = contentTokens(unframed);
  // "Compare Zhang Chao and Kim Il Sung on heavy industry": both authors' works, set side by side, not the scholar's alone.
  const authorNames = corpusAuthors(works).all;
  const compares = parseQuery(question, new Set(), { authors: authorNames }).compare;
  // "Did Kim ever mention Zhang Chao?": a name mentioned is what is counted, not whose work is asked about.
  const mentioned = authorsMentioned(question, authorNames);
  const authorsSideBySide =
    primary !== null && mentionsAuthor(unframed, primary) && (compares || AGREE.test(question) || others.some((w) => authorsJoined(question, primary, w.author)));
  const othersNamed = others.filter((w) => mentionsAuthor(unframed, w.author) && !mentioned.includes(w.author));
  // "the article", "scholars": the one other author's work, pointed at by what it is.
  const pointedScholars = pointsAtScholarship(question.replace(PURPOSE, ' ')) && others.length === 1 ? others : [];
  // Set side by side with his ("How does the article's view compare with Kim Il Sung's?"), no work of either is kept to.
  const scholars = authorsSideBySide ? [] : othersNamed.length ? othersNamed : pointedScholars;
  // "Did Zhang Chao write the 1987 speech?": whose a work named by its year, kind or title is, though another
  // author is named; it is that work's author the answer says.
  const byAnother = AUTHORSHIP.test(question) && scholars.length === 1 ? namedWork(question, works, { aboutATopic: false, aboutTheTexts: false, citing: false }) : null;
  const authorship = byAnother !== null && byAnother.work.author !== scholars[0]!.author;
  // "Did Kim Il Sung write the article?", "Is the abstract by Zhang Chao?": whose the scholarly work is, and nothing
  // else asked; its own author is the answer.
  const authorWords = new Set(workNamesOf(works).authors.flatMap(nameWords));
  const authorOfTheScholarly =
    scholars.length === 1 &&
    !TOPIC_ASKED.test(question) &&
    ((AUTHORSHIP.test(question) && byAnother === null && tokens.every((t) => WHOSE_WORDS.test(t.word) || authorWords.has(t.word))) ||
      // "What university is the author of the article from?": the byline that gives its author gives the institution.
      (AFFILIATION.test(question) && tokens.every((t) => WHOSE_WORDS.test(t.word) || authorWords.has(t.word) || AFFILIATION_WORDS.test(t.word))));
  // "Is the article a primary or secondary source?" asks of every work whose it is, not of the article alone.
  const sourceKind = SOURCE_KIND.test(question);
  const secondary = authorship || sourceKind ? [] : scholars;
  // "Does Zhang Chao cite Kim Il Sung?" asks whether the name occurs, as "Does he mention …?" does; "… Kim Il Sung's
  // speeches?", of no speech in the collection.
  const { when, who, quote, page, broad, order, counts: countsAsked, aboutTheTexts, wanted, brief, wordLimit, countBy, length } = answerKind(withoutAuthorsMentioned(question, mentioned));
  const counts = countsAsked || mentioned.length > 0;
  // "Is the 1974 talk printed in full?" asks whether it is whole, not where it is printed.
  const provenance = (asksWhereFrom(question) && !/\bprinted\s+in\s+full\b/i.test(question)) || judgesTheTexts(question);
  const aboutATopic = asksBroadly(question);
  // The work asked about: the scholarly one the question points at, or one it names; asked for as a whole when no other word is left.
  const fullText = asksFullText(question);
  // "Give me the full text of …", "the full citation for …": words that ask to be shown a work whole, or its citation,
  // name none ("giving full play" is a title's); nor does the user's own work ("For a paper on North Korean economics").
  const naming = fullText ? withoutAsking(question) : citing ? CITING_WORDS.reduce(withoutMatches, question) : withoutMatches(question, PURPOSE);
  // A whole title, as an essay cites one ("What does he say in “Let us develop South-South cooperation”?", "When was
  // “…” given?"), or its first words in quotation marks ("“Talk to the Director”"), names its work, whatever else the
  // question asks.
  const titled = secondary.length === 0 ? (titledIn(naming, workNamesOf(works)) ?? shortTitlesIn(naming, workNamesOf(works))[0]?.workId ?? null) : null;
  const stated =
    secondary.length === 1
      ? { work: secondary[0]!, terms: [] }
      : titled
        ? { work: works.find((w) => w.id === titled)!, terms: [], byName: true as const }
        : secondary.length === 0 && !authorsSideBySide
          ? namedAsAWork(namedWork(naming, works, { aboutATopic, aboutTheTexts, citing }), naming, when || authorship)
          : null;
  // "in that talk": the work of the answer before, kept to whatever else the question asks; "the full text", "How
  // does it end?", or a part of nothing named ("And paragraph 4?"), of the one it quoted.
  const part = partAsked(question);
  const titleAsked = TITLE_ASKED.test(question);
  // "Summarise it", "Give me its best quote", "What is it about?": the one work of the answer before, asked of as a whole;
  // not "Why did he say it?", of what he said.
  const sumsUp = asksSummedUp(question) || ABOUT_ASKED.test(question) || THEMES_ASKED.test(question);
  const ofIt = IT.test(question) && tokens.length === 0 && (sumsUp || quote);
  // "Who asked the questions?", "Who was the audience?": whom the one work before addressed, when nothing else is asked
  // (not "Who asked him about it?", of the topic before).
  const whomOfIt = asksWhom(question) && asksNothingElse(contentTokens(question.replace(ADDRESSING, ' '))) && !TOPIC_ASKED.test(question);
  // "Is it complete or an excerpt?": what the heading of the one work before says.
  const excerptsAsked = EXCERPTS_ASKED.test(question);
  // "What is its occasion?", and "What is the occasion?" of nothing named: where and at what the work before was given.
  const occasionOfIt = THE_OCCASION_OF.test(question) && (/\b(?:its|their)\b/i.test(question) || contentTokens(withoutMatches(question, THE_OCCASION_OF)).length === 0);
  const ofTheOneBefore =
    fullText || ofIt || ((part !== null || titleAsked || page) && (BACK.test(question) || asksNothingElse(tokens))) || occasionOfIt || SIZE_OF_IT.test(question) || saysOfIt(question) || whomOfIt || (excerptsAsked && /\b(?:it|this|that)\b/i.test(question));
  const pointing = WORK_POINTED_AT.exec(withoutQuotations(unframed));
  const pointed = stated || secondary.length ? null : (workPointedAt(pointing, before, primary) ?? (ofTheOneBefore && before.length === 1 ? before[0]! : null));
  // "What's on page 45?", "Show me page 12": the work its source prints on that page, asked of as a work named is.
  const pageNumber = pageNamed(question);
  const onPage = pageNumber === null ? null : worksOnPage(pageNumber, works);
  const onPageAlone = stated || pointed ? null : onPage;
  const pageWork = onPageAlone?.works.length === 1 ? onPageAlone.works[0]! : null;
  // "Who was the director?" after the 1974 talk: who the words of the one work before's title are.
  const [onlyBefore, ...otherBefore] = new Set(before);
  const titleTerms = !stated && !pointed && secondary.length === 0 && onlyBefore && otherBefore.length === 0 && WHO_IS.test(question) ? new Set(termsOfWork(onlyBefore)) : null;
  const whoOfItsTitle = titleTerms !== null && tokens.length > 0 && tokens.every((t) => titleTerms.has(t.term));
  const named =
    stated ?? (whoOfItsTitle ? { work: onlyBefore!, terms: tokens.map((t) => t.term), byItsWords: true as const } : pointed || pageWork ? { work: (pointed ?? pageWork)!, terms: [], byName: true as const } : null);
  const pointedAtNone = pointing && !named && secondary.length === 0 ? { said: pointing[0].toLowerCase(), kind: pointing[2]!.toLowerCase() } : null;
  // A word of its title standing apart from those naming it is asked of it; not one whose words a question asks who they are.
  const workTerms = new Set(named ? [...named.terms, ...termsOfWork(named.work)] : []);
  const namingTheWork = !named
    ? new Set<number>()
    : 'byItsWords' in named
      ? new Set(tokens.filter((t) => namesTheWork(t.term, workTerms)).map((t) => t.start))
      : tokensNaming(unframed, tokens, (t) => namesTheWork(t.term, workTerms), named.work.year);
  // "What did he say when he met the Peruvian ex-premier?": the verb of addressing whom a work names is no topic.
  const unaddressed = named?.byAddressee ? new Set(tokenize(withoutAddressing(question)).map((t) => t.start)) : null;
  // "When did he meet the Iraqi journalists?": the work's date, asked of it as a whole.
  const datedAlone = when && named !== null && onlyAddressed(named, question);
  const rest = datedAlone ? [] : tokens.filter(
    // "Put these in a bibliography", "the full text please": the words asking to be given a citation or a work whole are no topic;
    // nor, asked when or where a work named was given, the verb of giving it ("Where was the 1987 speech delivered?").
    (t) =>
      !asksForAWhole(t, authorWords) &&
      !namingTheWork.has(t.start) &&
      (unaddressed === null || unaddressed.has(t.start)) &&
      !(fullText && FULL_TEXT_WORDS.has(t.word)) &&
      !((fullText || citing || part !== null) && REQUEST_WORDS.has(t.word)) &&
      !(when && GIVING_A_WORK.has(t.word)) &&
      // "the second work": its place among those before, no topic.
      !(pointed && t.word === pointing?.[1]?.toLowerCase()),
  );
  // "Give me a quote from his speeches", "Summarise the 1970s works", "the key themes of his interviews": the works of
  // the kind (and time) it names, each by its most quotable sentence, or summed up; the one work of it, by its own.
  const wholesAsked = quote || ((sumsUp || tokens.some((t) => ASKS_WHAT_A_WORK_SAYS.has(t.term))) && !A_PASSAGE_SUMS_UP.test(question));
  const ofAKind = wholesAsked && !citing && !named && secondary.length === 0 && asksNothingElse(rest) ? worksOfAKind(question, works) : null;
  // Works the question names together: set side by side as wholes, or kept to for what it asks of them.
  const namedTogether = worksNamedIn(question, works, authorWords);
  // "Give me a quote for each decade": every dated work of his, one of each decade kept (`Intent.byDecade`).
  const ofEachDecade = quote && !citing && !named && secondary.length === 0 && EACH_DECADE.test(question) && asksNothingElse(rest.filter((t) => !/^decades?$/.test(t.word)));
  const eachDecade = ofEachDecade ? works.filter((w) => w.year !== null && w.author === primary) : null;
  const sideBySide = worksSideBySide(question, works, secondary, namedTogether) ?? (ofAKind && ofAKind.length > 1 ? ofAKind : null) ?? (eachDecade && eachDecade.length > 1 ? eachDecade : null);
  // "How often is aid mentioned in the Ghana Times interview and the Yugoslav one?": the works it names, one of them
  // by its title's words, kept to together.
  // "Is the Syrian interview before or after the Ghana one?": the two it names, whose order is asked, topic or none.
  const orderOfTwo = ORDER_OF_TWO.test(question);
  const ordered = orderOfTwo && namedTogether?.works.length === 2 ? namedTogether.works : null;
  const keptTo = sideBySide ? null : (ordered ?? worksKeptTo(namedTogether, secondary));
  // "Does the 1961 speech mention it?" after a topic counts the topic in the work: it sums up no work; nor does "Who was
  // the 1974 talk with?", whom it addressed; nor "What do the 1961 speech and the abstract say about heavy industry?",
  // one of two works kept to together.
  const together = named !== null && keptTo !== null && keptTo.includes(named.work);
  // "Does the article mention Kim Il Sung?": an author's name counted in the work, which it sums up no more than "it".
  const countsInIt = counts && (MENTIONS_IT.test(question) || mentioned.length > 0);
  const overview = named && rest.length === 0 && !sideBySide && !together && !asksWhom(question) && !excerptsAsked && !countsInIt ? named.work : ofAKind?.length === 1 ? ofAKind[0]! : null;
  // A work named by its order, or by its title's words as a work, is kept to for what else the question asks; not in a
  // comparison, nor in a request for a quote naming a year ("a quote from the 1987 speech on debt" is searched, its year
  // kept to) unless by its order ("quotes on trade from the earliest work": no year to keep to); a quote "from the Ghana
  // Times interview" names no year to keep to, so the work is.
  const quoteAsked = quote && !citing && yearsAskedAbout(question).size > 0;
  const amongWorks = keptTo && (!named || keptTo.includes(named.work)) ? keptTo : null;
  const inWork = named && !overview && !amongWorks && (named.byOrder || (!quoteAsked && named.byName && !compares)) ? named.work : null;
  const citation = citing ? citationAsked(question, { overview, named: named !== null, rest, unframed, aboutTheTexts, aboutATopic }) : null;
  // "Who was Kim Il Sung?": what the collection says of an author is which of its works are theirs.
  const whoIsAnAuthor = WHO_IS.test(question) && tokens.length > 0 && tokens.every((t) => authorWords.has(t.word));
  // "Did he write these texts himself?": whose the collection says they are, which is all it says of who wrote them.
  const authors = sourceKind || (DRAFTING.test(question) && speaksOfTheTexts(question)) || (!named && secondary.length === 0 && !citation && (asksWhoWrote(question, tokens) || whoIsAnAuthor || asksOtherAuthors(question, authorWords)));
  // "Summarise what he said about aid", "summarize these quotes": a topic, or the quotes before, summed up; no work, nor
  // the collection, whose key sentences would sum it up, nor a passage asked for that sums something up.
  const eachWork = namesEachWork(question);
  const topicSummedUp =
    asksSummedUp(question) &&
    (rest.length > 0 || BACK.test(question)) &&
    !pointing &&
    !A_PASSAGE_SUMS_UP.test(question) &&
    !overview &&
    !amongWorks &&
    !aboutTheTexts &&
    !eachWork &&
    !sideBySide &&
    secondary.length === 0;
  return {
    when: (when || authorship) && !provenance,
    whenItHappened: when && ([WHEN_IT_HAPPENED, WHEN_HE_DID].some((p) => p.test(authorsAsHe(question, workNamesOf(works).authors))) || WHEN_A_THING_WAS.test(question)),
    who: (who || authorship || authorOfTheScholarly) && !provenance,
    broad,
    quote: quote && !citation && !EVERY_PASSAGE.test(question),
    wordsUsedMost: MOST_USED_WORDS.test(question) && parseQuery(withoutMatches(question, MOST_USED_WORDS), authorWords).tokens.length === 0,
    keyQuotes: citation || EVERY_PASSAGE.test(question) ? null : FAMED_LINES.test(question) ? 'famed' : THEMES_ASKED.test(question) ? 'themes' : quote || QUOTES_PRAISED.test(question) ? 'key' : null,
    page,
    onPage: onPageAlone,
    secondary,
    overview,
    primaryAuthor: primary,
    // "What did he say in his last interview?" when no work says "interview": the collection, which says so.
    // "a bibliography of these sources" cites the answer before, not the collection.
    aboutTheTexts: citation?.of !== 'answer' && (aboutTheTexts || provenance || authors || excerptsAsked || citation?.of === 'collection' || (!named && (EARLIEST_WORK.test(question) || LATEST_WORK.test(question)))),
    notAmong: NOT_AMONG.test(question),
    order: inWork ? null : order,
    smallTalk: isSmallTalk(question),
    beyond: BEYOND.find(([, pattern]) => pattern.test(question))?.[0] ?? (topicSummedUp ? 'summarise' : null),
    counts,
    without: counts && (WORKS_WITHOUT.test(question) || (countBy === null && IN_ALL_THE_WORKS.test(question))),
    wanted,
    byDecade: EACH_DECADE.test(question) ? 'each' : DECADES.test(question) ? 'first' : null,
    eachYear: quote && EACH_YEAR.test(question),
    worksByTime: worksByTime(question),
    eachWork,
    both: bothAsked(question, authorWords),
    apart: apartAsked(question, authorWords),
    provenance,
    authors,
    sourceKind,
    timeApart: TIME_APART.test(question),
    orderOfTwo,
    atAnEnd: atAnEndAsked(question, works, authorWords),
    pointedAtNone,
    authorsCompared: authorsSideBySide ? [primary, ...new Set([...othersNamed, ...pointedScholars].map((w) => w.author))] : [],
    workDate: (ITS_DATE.test(question) && (when || /\bdate\b/i.test(question))) || authorOfTheScholarly,
    citation,
    quotesCited: citation ? null : quotesCitedAs(question),
    brief,
    wordLimit,
    countBy,
    whole: WHOLE_ASKED.test(question),
    inWork,
    fullText: fullText && rest.length === 0,
    title: titleAsked && (overview !== null || (asksNothingElse(rest) && !aboutTheTexts)) && !citation,
    interviewerAsked: INTERVIEWER_ASKED.test(question) && !ASKED_ABOUT.test(question),
    // A part of no work named, nor quoted before, and nothing else asked: the answer asks which work.
    part: !citation && (overview || (rest.length === 0 && namesAPart(question))) ? part : null,
    length,
    byLength: BY_LENGTH.test(question),
    lengthIn: IN_PARAGRAPHS.test(question) ? 'paragraphs' : 'words',
    identityAsked: overview && named?.byItsWords && WHO_OR_WHAT_IS.test(question) ? named.terms : null,
    sideBySide,
    amongWorks,
    amongByTheirYear: amongWorks !== null && namedTogether?.byTheirYear === true,
    orderAmongBefore: orderAmong(question, before),
    // "What is its occasion?" after several works: where and to whom each was given, as whom each addressed says.
    whomBefore: (whomOfIt || occasionOfIt) && before.length > 1 ? before : null,
    lengthBefore: LENGTH_AMONG.test(question) && otherBefore.length > 0 ? [onlyBefore!, ...otherBefore] : null,
    addressedByNoWork: addressedByNoWork(question, works, isName),
  };
}

/** Someone a question names as addressed (`addresseeNamed`) by names that name no work (`Intent.addressedByNoWork`). */
function addressedByNoWork(question: string, works: readonly Work[], isName?: (word: string) => boolean): Intent['addressedByNoWork'] {
  const named = addresseeNamed(question, isName);
  const names = workNamesOf(works);
  if (!named || named.names.some((name) => worksNamedBy(name, names).size > 0)) return null;
  const alike = worksNamedBy(named.noun, names);
  return { addressee: named.text, noun: named.noun, alike: works.filter((w) => alike.has(w.id)).sort(byDate) };
}
