/**
 * The text to search with (pure): the question without the words that only say what kind of answer is
 * wanted ("give me a quotable line", "how did … change over the years", "on what occasion"), which no
 * passage contains and which would otherwise count as missing evidence.
 */
import type { ReadAs } from '../contract.ts';
import { bothSidesSaid, othersSaid, OVER_TIME_OR_WORKS, STAYING_THE_SAME, VIEWS_DEVELOP } from '../retrieval/query.ts';
import { contentTokens, EACH_WORK, NUMBER_WORDS, TEXT_WORDS, withoutMatches } from '../retrieval/text.ts';
import { CITED_AS, PURPOSE } from './citing-asked.ts';
import { ADDRESSING, asksGuidanceAlone, asksHowOften, asksWhom, BEYOND_WORDS, COUNT_WORDS, FAMED_LINES, FIRST_OF_THOSE_THAT, FIRST_OR_LAST, IS_OF_A_TIME, LISTING_ORDER, MOST_BY_TIME, OVER_SEVERAL, NEXT_WORK_ASKED, ORDER_CLOSING, ORDER_WORDS, PASSAGES_WANTED, QUOTES_PRAISED, SHORTER, SOMETHING_SHORT, STARTED_OR_STOPPED, THEMES_ASKED, WHOLE_ASKED, WORD_LIMIT, YEARS_COVERED } from './intent.ts';
import { AUDIENCE, EVERY_TITLE, FOR_AN_AUDIENCE, GUIDANCE_ASKED, OCCASIONS_ASKED, PAGE_ASKED, PAGES_TAKEN, READING_LIST, RELEVANT, THE_DATE_OF, THE_OCCASION_OF, WHO_THE_USER_IS, WORK_NOUNS } from './source-words.ts';
import { EXCERPTS_ASKED, TITLE_HOLDS, UNDATED_ASKED } from './collection.ts';
import { BACK } from './quotes-asked.ts';

/** "the word X", "the term X": X itself, as written (a word that names a word, not "the word of the Party"). */
const THE_WORD = /\bthe\s+(?:word|term|phrase|expression)s?\b(?=\s+["“'‘]?(?!(?:he|she|it|they|we|you|i|of|for|to|that|which|who|is|was|and|or|in|on|as)\b)\p{L})/iu;
/** Whether a question asks about a word itself ("Is the word imperialism used?"): counted as written, in no other form. */
export const asksAboutTheWord = (question: string): boolean => THE_WORD.test(question);

/**
 * "how many work are from 1987", "how many speech did he give", as learners of English write them: the word for texts
 * after "how many" read in the plural, and each reading, for the answer to say.
 */
export function textsCountedInThePlural(question: string): { text: string; read: ReadAs[] } {
  const read: ReadAs[] = [];
  const text = question.replace(/\bhow\s+many\s+(work|text|speech|talk|interview|document|source)\b(?![\p{L}'’-])/giu, (whole: string, noun: string) => {
    const said = `${whole.slice(0, whole.length - noun.length)}${noun}${/(?:ch|sh|s|x)$/i.test(noun) ? 'es' : 's'}`;
    read.push({ typed: whole, read: said });
    return said;
  });
  return { text, read };
}

const TEXTS = [...TEXT_WORDS, EACH_WORK].join('|');
/** What is said of texts themselves, not of what they say: when they were written or given, what a collection holds or spans. */
const OF_THE_TEXTS = 'written|dated|dates?|published|delivered|given|produced|made|composed|authored|issued|includ(?:e|es|ed)|contain(?:s|ed)?|hold|holds|compris(?:e|es|ed)|collected|span|spans|cover|covers|covered|range|ranges';
/** What someone does to make a text: "How many works did Kim produce?", "Which speeches did he deliver?". */
const MAKING_TEXTS = 'produce|deliver|make|give|write|publish|compose|author|issue|present';
/** Its verb in a question asking which (how many) texts someone made ("works did Kim produce", "works kim produced"): no topic, read before the texts' word goes. */
const TEXTS_MADE = new RegExp(String.raw`(?<=\b(?:${TEXTS})\s+(?:(?:did|do|does|has|have|had)\s+)?(?:he|she|they|(?:\p{Lu}[\p{L}'’-]*\s+){1,4}?)\s*)(?:${MAKING_TEXTS})(?:s|d|ed)?\b`, 'giu');
/** What a summary of texts is asked as ("the main themes of these texts", "an overview of the sources"), a pattern's source. */
const SUMMARY_OF = String.raw`(?:(?:main|key|central|major|principal|common|shared|recurring|recurrent)\s+)?(?:overview|summary|gist|themes?|ideas?|points?|topics?|subjects?|messages?|contents?|arguments?|claims?|thes[ie]s)`;
/** The texts, named as a whole: "these texts", "his works", "the 1987 speeches", "Kim Il Sung's speeches" (an author's possessive), a pattern's source. */
const THE_TEXTS = String.raw`(?:(?:all\s+(?:of\s+)?)?(?:the|these|this|those|his|your)\s+(?:\d{4}s?\s+)?|all\s+|(?:[\w-]+\s+){0,3}?[\w-]+['’]s\s+)?(?:${TEXTS})\b`;
/**
 * What the collection says of each text, asked with the texts ("the works with their dates", "the titles and dates of
 * the works", "the date range of the texts", "a quote with title, date and page"), a pattern's source.
 */
const METADATA = String.raw`(?:(?:their|the|its)\s+)?(?:(?:date|time|year|page)\s+(?:ranges?|spans?|frames?)|time(?:frames?|spans?)|titles?|dates?|years?|pages?(?:\s+numbers?)?)`;
const METADATA_LIST = String.raw`${METADATA}(?:\s*(?:,|and|or)\s*${METADATA})*`;

const PLAY = String.raw`play(?:s|ed|ing)?`;
const ROLE = String.raw`(?:roles?|parts?)`;
/** What may stand before the role: "what role", "the key role", "a part". */
const ROLE_BEFORE = String.raw`(?:what|which|a|an|the|any|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}`;
/** What may stand between the verb and its role: "play a key role", "played the leading part". */
const PLAY_BEFORE = String.raw`\s+(?:(?:a|an|the|any|some|no|his|her|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}?`;
/**
 * "What role did X play in Y?", "Did X play a key role?": to play a role or a part is the verb of an idiom, asking what X
 * did, with no topic of its own; searched, "play" found every "gave full play to" and "role" the one passage with it.
 * Both words go, and what the question says of X and Y stays ("key", "leading" too).
 */
const ROLE_PLAYED = new RegExp(
  String.raw`(?<=\b${ROLE_BEFORE})${ROLE}\b(?=[^?.!;]*?\b${PLAY}\b)|(?<=\b${ROLE_BEFORE}${ROLE}\b[^?.!;]*?)\b${PLAY}\b|\b${PLAY}\b(?=${PLAY_BEFORE}${ROLE}\b)|(?<=\b${PLAY}${PLAY_BEFORE})${ROLE}\b`,
  'giu',
);

/** "Is that true (according to the sources)?", "Do the sources support this?": whether a claim before holds. */
const HOLDS_ASKED =
  /\b(?:is|was|isn't|wasn't)\s+(?:that|this)\s+(?:really\s+)?(?:true|correct|right|accurate|the\s+case)\b(?:\s+(?:according\s+to|in)\s+(?:the|these|your)\s+(?:sources|texts))?|\b(?:do|does)\s+(?:the|these|your)\s+(?:sources|texts|passages)\s+(?:support|confirm|back\s+up|bear\s+out)\s+(?:that|this|it)\b/i;



const FRAMING: readonly RegExp[] = [
  // A link is no word of the texts: the answers read the collection, not the pages a question points to.
  /\b(?:https?:\/\/|www\.)\S+?(?=[)\].,;:!?'"”’]*(?:\s|$))/gi,
  // "Which two works are from 1987?", "Name three speeches": how many texts are asked for, no topic ("which one talks
  // about …" asks which work does).
  new RegExp(String.raw`(?<=\b(?:which|what|name|list)\s+(?:the\s+)?)(?:\d+|${NUMBER_WORDS.slice(1).join('|')})(?=\s+(?:${TEXTS})\b)`, 'gi'),
  // Asking which texts there are: "Which works were written after 1980?", "What years do the sources cover?", "What is
  // included in the collection?", "What does the collection include?", "Name the speeches".
  new RegExp(String.raw`(?<=\b(?:${TEXTS})\s+(?:(?:are|were|is|was|do|does|did|have|has|had|been)\s+)*)(?:${OF_THE_TEXTS})\b`, 'gi'),
  new RegExp(String.raw`\b(?:${OF_THE_TEXTS})(?=\s+(?:in|within)\s+(?:the\s+|this\s+|these\s+|your\s+)?(?:${TEXTS})\b)`, 'gi'),
  // "Which years are covered?": the time the texts are from, which their dates say; "Which year has the most works?", too.
  new RegExp(YEARS_COVERED.source, 'gi'),
  new RegExp(MOST_BY_TIME.source, 'gi'),
  // "Which work came right after the Peru talk?": the one next to it, which the dates say; the time it bounds stays.
  new RegExp(NEXT_WORK_ASKED.source, 'gi'),
  // "What works came after 1979?", "Which speeches came before the Benin interview?": when they came, which their dates say.
  new RegExp(String.raw`(?<=\b(?:${TEXTS})\s+)(?:came|come|comes|appeared)(?=\s+(?:after|before|since|until|between|in|during|from)\b)`, 'gi'),
  // "the works with their dates", "all works from the 1960s with their dates", "five passages on trade with dates",
  // "every mention of X with dates", "list them with dates", "every title with its date": what every quote is given with.
  new RegExp(String.raw`(?<=\b(?:${TEXTS}|quotes?|quotations?|passages?|mentions?|references?|occurrences?|instances?|examples?|statements?|titles?|them|these|those)\b[^?.!;]*?\s)(?:with|and)\s+${METADATA_LIST}\b`, 'gi'),
  new RegExp(String.raw`\b${METADATA_LIST}\s+of\s+(?=${THE_TEXTS})`, 'gi'),
  new RegExp(EVERY_TITLE.source, 'gi'),
  // "What share (percentage, proportion) of the works are speeches?": how many of them, which the collection counts.
  new RegExp(String.raw`\b(?:share|percentage|proportion|fraction|percent)\s+of\s+(?=${THE_TEXTS})`, 'gi'),
  // "Each work" names the texts, no topic; nor does "the whole collection"; nor the time each answer is to come from or
  // each work is counted by ("one quote from each decade", "How many works are from each decade?").
  new RegExp(EACH_WORK, 'gi'),
  /\b(?:(?:from|in|for|of)\s+)?(?:each|every|per)\s+(?:decade|year)\b/gi,
  new RegExp(String.raw`\b(?:whole|entire|complete)\s+(?=(?:${TEXTS})\b)`, 'gi'),
  /^\s*(?:please\s+)?(?:name|enumerate|identify)\b/gi,
  // "Which works have “self-reliance” in their titles?": words of the titles, not of the texts; nor is a date the
  // metadata lacks ("Which works are undated?").
  new RegExp(TITLE_HOLDS.source, 'gi'),
  new RegExp(UNDATED_ASKED.source, 'gi'),
  new RegExp(EXCERPTS_ASKED.source, 'gi'),
  // "Which speech is from 1987?": the work asked for is no topic.
  new RegExp(String.raw`(?<=\b(?:which|what)\s+)(?:${WORK_NOUNS})\b(?=${IS_OF_A_TIME})`, 'gi'),
  // "Write a summary of the collection": a summary asked for, which the answers give by quoting.
  /\bwrite\s+(?:me\s+|us\s+)?(?=(?:an?|the)\s+(?:(?:short|brief|quick)\s+)?(?:summary|overview)\b)/gi,
  // A summary of the texts asked: "the main themes of these texts", "What topics do the sources cover?".
  new RegExp(String.raw`\b${SUMMARY_OF}\s+(?:of|in|across)\s+(?=${THE_TEXTS})`, 'gi'),
  new RegExp(String.raw`\b(?:what|which)\s+${SUMMARY_OF}(?=\s+(?:do|does|did|are|is|were|was)\b[^?.!]*\b${THE_TEXTS})`, 'gi'),
  // "Write me an essay on X", "Translate the 1961 speech into Korean": what is asked of X, which the answers do not do.
  ...BEYOND_WORDS,
  // Requests for a quote ("five quotes" first: the number goes with the word).
  new RegExp(PASSAGES_WANTED.source, 'gi'),
  new RegExp(QUOTES_PRAISED.source, 'gi'),
  // "Is that quote well known?", "Which quotes are most often quoted?": how known, which no text says.
  new RegExp(FAMED_LINES.source, 'gi'),
  new RegExp(WHOLE_ASKED.source, 'gi'),
  new RegExp(SHORTER.source, 'gi'),
  new RegExp(SOMETHING_SHORT.source, 'gi'),
  new RegExp(WORD_LIMIT.source, 'gi'),
  /\b(?:i need|i want|i'd like|i would like|give me|find me|show me|get me|can you (?:give|find|show) me|could you (?:give|find|show) me|i'm looking for|i am looking for|please)\b/gi,
  // "Is that in the 1987 talk as well?": said of it too, as "too" is ("trade as well as aid" joins two topics).
  /\bas\s+well\b(?!\s+as\b)/gi,
  // "What was going on in 1987?": what happened, as "What happened in 1987?" asks ("he went on to say" goes on).
  /\b(?:(?:is|was|are|were)\s+going|goes|went)\s+on\b(?!\s+to\b)/gi,
  // "Is it true that he opposed all aid?": whether what follows holds, which the passages on it answer.
  /^\s*(?:is|was|isn't|wasn't)\s+it\s+(?:really\s+)?(?:true|the case|correct|right)\s+that\b/gi,
  // "My teacher says Kim never accepted aid. Is that true according to the sources?", "I read that …. Do the sources
  // support this?": a claim reported, and asked whether it holds; what the claim says is what to look for.
  /\b(?:my|our)\s+(?:[\p{L}-]+\s+){0,2}?(?:says|said|claims|claimed|argues|argued|thinks|thought|believes|believed|writes|wrote|states|stated|told\s+(?:me|us))(?:\s+that)?\b/giu,
  /\b(?:i|we)\s+(?:(?:have\s+)?read|heard|was\s+told|were\s+told)\s+(?:somewhere\s+|online\s+)?that\b/gi,
  // "give the numbers he mentions", "what figures does he give?": the figures of what is asked, no word to look for.
  /\b(?:the\s+|any\s+|what\s+|which\s+)?(?:figures|numbers|statistics|stats)\s+(?:(?:does|did|do)\s+)?(?:(?:he|she|they|it)\s+)?(?:mentions?|mentioned|gives?|gave|cites?|cited|uses?|used|provides?|provided)\b/gi,
  new RegExp(WHO_THE_USER_IS.source, 'giu'),
  // Who put the question to the user: "my students ask:", "a student asked me", "Teacher question:", "quiz question for
  // my students:"; not "What did the students ask him?", of those in the texts.
  new RegExp(String.raw`\b(?:(?:my|our|one\s+of\s+my|one\s+of\s+our)\s+(?:${AUDIENCE}|class)\s+(?:ask(?:s|ed)?(?:\s+me)?|want(?:s|ed)?\s+to\s+know|wonder(?:s|ed)?)|(?:an?\s+)?(?:${AUDIENCE})\s+asked\s+me)\b\s*[:,]?`, 'giu'),
  /^\s*(?:(?:an?|my|our)\s+)?(?:teacher|quiz|exam|test|homework|essay|debate|discussion|class|revision)\s+(?:question|prompt|task|q)s?\b(?:\s+for\s+(?:my|our)\s+(?:students|pupils|class))?\s*[:\-–]/gi,
  new RegExp(HOLDS_ASKED.source, 'gi'),
  // "Do Zhang Chao and Kim Il Sung agree?", "Does the article agree with him?": whether two agree, asked of nothing
  // else, names no topic ("Did he agree to their suggestion?" does).
  /\b(?:agree|disagree)(?:\s+with\s+(?:each\s+other|one\s+another|him|her|them|it))?\s*(?=[?.!]*\s*$)/gi,
  // "… agree with Kim Il Sung?": the name stays, as a name does (an author's is no topic).
  /\b(?:[Aa]gree|[Dd]isagree)\s+with(?=\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*[?.!]*\s*$)/gu,
  // A request's verb in the imperative, opening it or a sentence of it: "Find a quote about trade", "Search for
  // passages on debt", "… How many are there? Show all of them".
  /(?:^|(?<=[.?!]["”’)]*\s+))\s*(?:(?:please|can you|could you|would you)\s+)*(?:find|search(?:\s+for)?|look\s+(?:for|up)|locate|show|provide|fetch|pull\s+up|suggest|recommend|share|make|create|prepare|compile|put\s+together|draw\s+up)\b/gi,
  // What the quotes are to make for a class: "a handout with four quotes", "a worksheet of passages", "slides on …".
  /\b(?:(?:an?|the|my|our)\s+)?(?:handouts?|worksheets?|slides?|slideshow|study\s+guide|cheat\s*sheet)(?=\s+(?:with|of|for|on|about)\b)/gi,
  // What a quote asked for is to do: "Which quote best shows (that) he …", "a passage that illustrates …", "quotes that
  // would support (contradict) the claim that …".
  /(?<=\b(?:quotes?|quotations?|passages?|lines?|sentences?|excerpts?|extracts?|evidence)\s+(?:that\s+|which\s+)?)(?:(?:would|could|might|can|may|best|most\s+clearly|clearly)\s+)*(?:shows?|illustrates?|demonstrates?|captures?|sums?\s+up|summari[sz]es?|supports?|proves?|reflects?|conveys?|backs?\s+up|contradicts?|refutes?|disproves?|challenges?|undermines?|counters?)(?:\s+(?:the|this|a|an|my)\s+(?:claim|idea|view|argument|notion|assertion|thesis|statement|point)s?)?(?:\s+that)?\b/gi,
  // "Give me evidence that he …", "Is there evidence of …": what is asked for is passages, as "quotes" is.
  /\bevidence(?:\s+(?:that|of|for))?\b/gi,
  /\b(?:a|an|one|some|single|the best|the most|good|short|usable|memorable|strong)?\s*(?:citable|citeable|quotable)\s+(?:line|sentence|passage|statement)s?\b/gi,
  /\b(?:citable|citeable|quotable|quotations?|quotes?|soundbites?)\b/gi,
  /\b(?:a|one|single)\s+(?:line|sentence)\b/gi,
  // "Just the ones from interviews": a pro-form for what the answer before gave, no topic.
  /\b(?:(?:just|only)\s+)?(?:the|those|these)\s+ones\b/gi,
  new RegExp(PURPOSE.source, 'gi'),
  // "the exact wording of his statement about …": a quote asked for as it stands, which every quote is.
  /\b(?:the\s+)?(?:exact|precise|original|verbatim|actual)\s+(?:words|wording)\b/gi,
  // "Where should I start?", "What should I read first?": guidance asked, of the topic the user's own work names.
  GUIDANCE_ASKED,
  // "in MLA style", "with their citations".
  new RegExp(CITED_AS.source, 'gi'),
  // Comparisons across time.
  new RegExp(String.raw`\b(?:change[ds]?|changing|evolved?|evolving|evolution|shift(?:ed|s)?|develop(?:ed|ment)?)\s+${OVER_TIME_OR_WORKS}\b`, 'gi'),
  new RegExp(String.raw`\b${OVER_TIME_OR_WORKS}\b`, 'gi'),
  // "No, I meant the 1978 talk": a correction of the question before, whose words are the topic.
  /\b(?:no[,.!]?\s+)?I\s+mean(?:t)?\b/gi,
  // "How consistent was he on …?", "Did his position stay the same?": whether he said the same across the works, no topic.
  /\b(?:in)?consisten(?:t|cy|cies)\b/gi,
  new RegExp(String.raw`\b${STAYING_THE_SAME}`, 'gi'),
  // "Which interviews are most relevant?": to the topic asked, no topic of its own.
  new RegExp(String.raw`\b(?:(?:the\s+)?(?:most|more)\s+)?${RELEVANT}\b`, 'gi'),
  // "What are the best sources on X?", "the key texts for studying Juche": works praised, asked for, name no topic
  // ("the main source of energy" is one).
  new RegExp(String.raw`\b(?:most\s+)?(?:best|good|key|important|essential|main)\s+(?=(?:primary\s+)?(?:${WORK_NOUNS})\b(?!\s+of\b))`, 'gi'),
  // "quotes from different years (three different decades, various works)": what the quotes are to be spread over.
  new RegExp(String.raw`\b(?:from|in|of|across)\s+(?:(?:\d+|${NUMBER_WORDS.join('|')})\s+)?(?:different|various|separate|distinct)\s+(?:years|decades|periods|times|works|texts|speeches|sources)\b`, 'gi'),
  // "each from a different decade": the same, one quote at a time.
  /\b(?:each\s+)?(?:from|in)\s+a\s+(?:different|separate|distinct)\s+(?:year|decade|period|time|work|text|speech|source)\b/gi,
  // How well a passage would serve: "Which passages would work best?", "a quote that would be useful".
  /\b(?:would|will|could|might|should)\s+(?:work|be|serve)\s+(?:best|well|better|good|useful|suitable|appropriate)\b/gi,
  new RegExp(FOR_AN_AUDIENCE.source, 'giu'),
  new RegExp(VIEWS_DEVELOP, 'gi'),
  /\b(?:compared?\s+(?:with|to)|in comparison (?:with|to)|as opposed to|versus|vs\.?)\b/gi,
  /\b(?:compar(?:e[ds]?|ing)|contrast|trace|track|change[ds]?|changing|evolved?|evolving|evolution|shift(?:ed|s)?|differ(?:ed|s)?|different(?:ly)?)\b/gi,
  // "Follow the theme of aid through the years": the imperative opening the question asks to trace, as "trace" does.
  /^\s*(?:please\s+)?follow\b/gi,
  /\b(?:timelines?|chronolog(?:y|ies|ical|ically))(?:\s+(?:of|order))?\b/gi,
  // "List the works in order", "in date order": how a list is to run, not "in order to …".
  /\bin\s+(?:(?:date|time|chronological|historical)\s+)?order\b(?!\s+to\b)/gi,
  // "When did he start talking about X?": the verb that times his saying it, as "first" does.
  STARTED_OR_STOPPED,
  // "how did he speak of X", "what did he write about X", "how did he describe X": the topic is X.
  /\b(?:speak|spoke|spoken|speaking|talk|talked|talking|write|wrote|written|writing)\s+(?:of|about|on)\b/gi,
  /\b(?:describe[ds]?|describing|characteri[sz]e[ds]?|portray(?:ed|s)?)\b/gi,
  // "How does each work treat X?", "How is X dealt with in the 1987 speech?", "How did he approach X?": how a text or its
  // author handles a topic, which is X ("treated his wound" is no topic of the question).
  /(?<=\bhow\b[^?.!;]*?)\b(?:treat(?:s|ed|ing)?|handl(?:e|es|ed|ing)|approach(?:es|ed|ing)?|tackl(?:e|es|ed|ing)|deal(?:s|t|ing)?\s+with)\b/gi,
  ROLE_PLAYED,
  // "Give an example from industry", "two concrete examples of self-reliance", "for example": what the answer is to be,
  // no topic ("Let me cite a few examples" is none of the question's); an example set or followed is one.
  /(?<!\b(?:set|sets|setting|follow|follows|followed)\s+)\b(?:(?:an?|another|one|some|any|more|(?:a\s+)?(?:few|couple\s+of)|two|three|four|five|\d{1,2})\s+(?:more\s+)?(?:(?:good|concrete|specific|real|practical|clear|historical)\s+)?examples?|for\s+example)\b/gi,
  // "his idea of X", "views on X", "the theme of X": the topic is X; so in "his statements (remarks, comments, words) on X".
  /\b(?:idea|ideas|view|views|concept|conception|notion|understanding|thinking|position|stance|attitude|theme|topic|subject|motif)\s+(?:of|on|about|towards?)\b/gi,
  /\b(?:statements?|remarks?|comments?|words)\s+(?:on|about|regarding|concerning)\b/gi,
  // Questions about the date and occasion.
  /\b(?:on|at|for)\s+what\s+(?:occasion|event|date)\b|\bin\s+(?:what|which)\s+context\b/gi,
  /\b(?:which|what)\s+(?:years?|dates?|decades?|(?:time\s+)?period|occasion|event)\b/gi,
  new RegExp(String.raw`${THE_DATE_OF.source}(?:\s+of)?`, 'gi'),
  new RegExp(String.raw`${THE_OCCASION_OF.source}(?:\s+(?:of|for))?`, 'gi'),
  new RegExp(OCCASIONS_ASKED.source, 'gi'),
  // "What are the main themes?", "What topics does he talk about most?": no topic of their own.
  new RegExp(THEMES_ASKED.source, 'gi'),
  new RegExp(PAGE_ASKED.source, 'gi'),
  new RegExp(READING_LIST.source, 'gi'),
  // "When did he first mention X?", "his latest words on X".
  ...ORDER_WORDS.map((pattern) => new RegExp(pattern.source, 'giu')),
  // "When did he first use the word X?", "What does the term X mean?": the topic is X ("first" gone before, as it is
  // read before a word).
  new RegExp(String.raw`\b(?:us(?:e|es|ed|ing)\s+)?${THE_WORD.source}`, 'giu'),
  // "When did he first use it (that word, the term)?": the word of the question before, said; "use" is no topic.
  /\b(?:use|uses|used|using)\s+(?=(?:it|that|this|them|these|those)\b|the\s+(?:words?|terms?|phrases?|expressions?)\b)/gi,
  // "… the word?", "Is that term used (elsewhere)?": the word of the question before, said; no topic.
  /\b(?:the|that|this)\s+(?:word|term|phrase|expression)(?:\s+(?:used|mentioned|written|found))?\s*(?=[?.!]*\s*$)/gi,
];
/** What sets two things side by side ("Juche versus self-reliance", "more often than"): in a question of how often, it parts the words counted, as "and" does. */
const SET_AGAINST = /\s*\b(?:versus|vs\b\.?|compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|as\s+opposed\s+to|(?:(?:more|less)(?:\s+(?:often|frequently))?|rather)\s+than)(?=\s|$)/gi;
/**
 * "… what does “rated capacity” mean? Which text mentions it?": in a count, the words whose meaning was asked are what
 * is counted, not "mean" (a search keeps it: "X means …" is how the texts define).
 */
const MEANING_ASKED = /(?<=\bwhat\s+(?:does|do|did)\b[^?.!]*?)\s+mean\b(?=\s*(?:[?.!]|$))/gi;
/** In a question of how often, the words asking it go first. */
const COUNT_FRAMING: readonly RegExp[] = [...COUNT_WORDS.map((pattern) => new RegExp(pattern.source, 'gi')), MEANING_ASKED, ...FRAMING];

/**
 * The question with answer-type framing removed (and, in a question of how often, the words asking it; in one of
 * whom he addressed, the words of addressing: "talked to", "interviewed", "audience"); the
 * question itself when nothing would be left, unless it asks how often, which work came first or last, or for a number of quotes.
 */
export function searchText(message: string): string {
  const question = withoutOwnWork(message);
  const text = framed(question);
  // A question of how often with nothing left names nothing to count: its own words ("often", "times") are not; nor
  // does one asking which work came first or last ("What text is the oldest?"), nor one asking for a number of
  // quotes ("Give me five quotes": "five" is how many, not the Five-Year Plan), or a quote of a kind ("the best quote")
  // or for a use ("a quote I can use in my essay"), nor one asking whether a claim holds ("Is that true?"), nor one
  // asking for a reading list, name a topic.
  const ordered = ORDER_WORDS.some((pattern) => pattern.test(question));
  const quotesAsked = PASSAGES_WANTED.test(question) || QUOTES_PRAISED.test(question) || PURPOSE.test(question);
  return asksHowOften(question) || ordered || quotesAsked || HOLDS_ASKED.test(question) || YEARS_COVERED.test(question) || MOST_BY_TIME.test(question) || THEMES_ASKED.test(question) || asksGuidanceAlone(question) || READING_LIST.test(question) || /[\p{L}\p{N}]/u.test(text.replace(/\b(?:how|what|did|does|do|the|a|an|of|he|say|said)\b/gi, '')) ? text : question;
}

const OVER_THE_WORKS = new RegExp(String.raw`\b${OVER_TIME_OR_WORKS}\b`, 'gi');
/** What a removed span leaves: an en space, which the patterns after it read as any space, until `gapsSaid`. */
const GAP = '\u2002';
const isContentWord = (word: string) => contentTokens(word).length > 0;
/**
 * The gaps removed spans left, said: a comma between two words of the topic, which the question did not set side by
 * side ("Did Kim mention China?" is no name "Kim China"), else a space.
 */
const gapsSaid = (text: string) =>
  text.replace(/(?<=([\p{L}\p{N}'’-]+)[^\S\n]*)\u2002[\s\u2002]*(?=([\p{L}\p{N}'’-]+))/gu, (_, before: string, after: string) => (isContentWord(before) && isContentWord(after) ? ', ' : ' '));

/** Whose works a count's framing says: "his", or a name in its possessive ("Kim Il Sung's"). */
const WHOSE = /\b[Hh]is\b|\b(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s\b/u;

/** The question with its framing removed (`searchText`), whatever is left. */
function framed(question: string): string {
  let text = othersSaid(bothSidesSaid(question)).replace(TEXTS_MADE, GAP);
  const counts = asksHowOften(question);
  // "In which work did he mention it first?", "… does the phrase “…” first appear?", "… across his works": the order
  // and the span read while the words asking the count ("which work", "appear", "works") are there; how the list is
  // ordered ("earliest first") and over how many works ("in more than one year", not "more than" set against) first.
  if (counts) text = [LISTING_ORDER, OVER_SEVERAL, FIRST_OF_THOSE_THAT, ORDER_CLOSING, ...FIRST_OR_LAST, OVER_THE_WORKS].reduce((framing, pattern) => framing.replace(pattern, GAP), text).replace(SET_AGAINST, ',');
  // "How many of his works mention …?", "Which of Kim Il Sung's works …?": "his" or the name stays beside the words
  // counted, whose author it says (`keptToAuthors`).
  for (const pattern of counts ? COUNT_FRAMING : FRAMING) {
    text = text.replace(pattern, (framing) => {
      const whose = counts ? WHOSE.exec(framing)?.[0] : undefined;
      return whose ? `${GAP}${whose}${GAP}` : GAP;
    });
  }
  if (asksWhom(question)) text = text.replace(ADDRESSING, GAP);
  if (PAGE_ASKED.test(question)) text = text.replace(new RegExp(PAGES_TAKEN.source, 'gi'), GAP);
  return gapsSaid(text).replace(/\s+([?.,!;:])/g, '$1').replace(/([,;:])(?:\s*[,;:])+/g, '$1').replace(/^[\s,;:]+/, '').replace(/\s+/g, ' ').trim();
}

/** A text the user read a claim in, not one of the sources: "an article", "a news website", "my textbook" (a pattern's source). */
const OUTSIDE_TEXT = String.raw`(?:an?|my|our|one|some|another)\s+(?:[\p{L}-]+\s+){0,2}?(?:article|paper|website|site|post|tweet|blog|book|textbook|report|source|video|documentary|newspaper)`;
/**
 * "An article says …", "I read in a news article that …", "According to my textbook, …": where the user read a claim,
 * which names none of the sources ("the article" is the scholarly one): left out, the claim is what is asked.
 */
const OUTSIDE_SOURCE = new RegExp(
  String.raw`\b${OUTSIDE_TEXT}\s+(?:(?:i|we)\s+(?:read|saw|found)\s+)?(?:says?|said|claims?|claimed|states?|stated|reports?|reported|argues?|argued|writes?|wrote|suggests?|suggested|quotes?|quoted|mentions?|mentioned)\b(?:\s+that\b)?,?\s*` +
    String.raw`|\b(?:i|we)\s+(?:read|saw|found|heard)\s+(?:in|on)\s+${OUTSIDE_TEXT}\s+(?:that\b)?,?\s*|\baccording\s+to\s+${OUTSIDE_TEXT}\s*,?\s*`,
  'giu',
);
/** A question without the words saying where the user read what it asks about (`OUTSIDE_SOURCE`). */
export const withoutOutsideSource = (question: string): string => question.replace(OUTSIDE_SOURCE, '');

/** Words for how a passage bears on a claim: "supports", "goes against", "contradicts", "evidence for" (`withoutOwnWork`). */
const ARGUING = /\b(?:support(?:s|ed|ing)?|go(?:es)?\s+against|against|contradict(?:s|ed)?|evidence|prove[sd]?|disprove[sd]?|confirm(?:s|ed)?|refute[sd]?|undermine[sd]?|challenge[sd]?)\b/gi;
/**
 * "I'm teaching a class on Korean ideology. What are the key texts on Juche?": a sentence saying what the user's own
 * work is (`PURPOSE`), beside one that asks about a topic of its own, is left out whole; beside one that names none
 * ("I'm writing an essay on aid. Give me two quotes."), its topic is the question's.
 */
function withoutOwnWork(message: string): string {
  const sentences = message.split(/(?<=[.!?])\s+/);
  const rest = sentences.filter((sentence) => !PURPOSE.test(sentence));
  if (rest.length === sentences.length || rest.length === 0) return message;
  const asked = rest.join(' ');
  // A year is no topic of its own: "I am researching Juche. What did he say about it in 1969?" asks about Juche. Nor is
  // what is asked of the user's own claim pointed back at: "My thesis is that Juche was an economic idea. What supports
  // this?", "What goes against it?" ask about the thesis.
  const ofTheClaim = BACK.test(asked);
  if (contentTokens(framed(ofTheClaim ? withoutMatches(asked, ARGUING) : asked)).some((t) => !/^\d/.test(t.word))) return asked;
  return ofTheClaim ? withoutMatches(message, ARGUING) : message;
}
