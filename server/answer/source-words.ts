/**
 * Words a question names the sources with (pure): works of any kind, quotes, pages, dates and occasions, and where the
 * texts come from. Shared by the readings of a question (`intent.ts`, `quotes-asked.ts`, `citing-asked.ts`).
 */
import { NUMBER_WORDS, speaksOfTheTexts } from '../retrieval/text.ts';

/**
 * "What page is … on?", "on which pages", "the page number", "with its page", "with title, date and page", "the wording
 * and page of …", "Is that quote on page 20?": the pages where something stands (a pattern's source).
 */
export const PAGE_ASKED =
  /\b(?:on\s+)?(?:what|which)\s+pages?(?:\s+(?:numbers?|ranges?))?\b|\bpage\s+(?:numbers?|ranges?)\b|\bwith\s+(?:(?:the|its|their)\s+)?(?:[a-z]+(?:\s*,\s*|\s+and\s+|\s*&\s*)(?:(?:the|its|their)\s+)?){0,3}pages?(?:\s+(?:numbers?|ranges?))?\b|\b(?:un)?paginat(?:ed|ion)\b|\b(?:and|&)\s+(?:the\s+)?pages?\s+(?:of|for)\b|(?<=^\s*(?:is|are|was|were)\s+(?!there\b)[^?.!]*?)\b(?:on|at|from)\s+(?:page|p\.)\s*\d+/i;
/**
 * "Which pages is the 1969 interview on?", "What is the page range of the 1961 speech?", "What are the page numbers of
 * …": the pages themselves asked for, as the question's object, not asked beside a quote ("… with page numbers").
 */
export const THE_PAGES_ASKED = /^\s*(?:on\s+)?(?:which|what)\s+(?:pages?|page\s+(?:numbers?|ranges?))\b|^\s*what(?:['’]s|\s+(?:is|are|were|was))\s+the\s+(?:pages?|page\s+(?:numbers?|ranges?))\s+(?:of|for)\b/i;
/** "Which interviews are most relevant?", "the most useful works": relevant to the topic asked, no topic of their own (a pattern's source). */
export const RELEVANT = String.raw`(?:relevant|useful|helpful|pertinent)`;
/** An age group ("16-year-olds", "sixteen year olds") (a pattern's source). */
const AN_AGE = String.raw`(?:\d{1,2}|${NUMBER_WORDS.slice(0, 19).join('|')})[\s-]years?[\s-]olds?`;
/** Whom passages are for: an age group, or those who learn (a pattern's source). */
export const AUDIENCE = String.raw`${AN_AGE}|students?|pupils?|learners?|kids?|child(?:ren)?|teenagers?|beginners?|undergraduates?`;
/**
 * Whom the passages are for, or the user explains them to: "for 16-year-olds", "for my students", "to 16 year olds",
 * "to my history class", not what they are about ("What did he say to students?" names whom he spoke to).
 */
export const FOR_AN_AUDIENCE = new RegExp(
  String.raw`\bfor\s+(?:(?:my|our|the|an?)\s+)?(?:${AUDIENCE})(?:\s+to\s+(?:analy[sz]e|discuss|read|study|annotate|examine|interpret|understand|learn|work\s+(?:on|with)))?\b|\bto\s+(?:(?:my|our)\s+(?:[\p{L}-]+\s+)?(?:${AUDIENCE}|class(?:es)?)|${AN_AGE})\b`,
  'iu',
);
/** A place the user says they are from, of a word or two ("Germany", "South Korea", "the US"; a pattern's source). */
const A_PLACE = String.raw`(?:the\s+)?[\p{L}-]+(?:\s+(?!(?:and|but|or|so|who|where|which|that|studying|writing|working|doing|taking|researching|learning)\b)[\p{L}-]+)?`;
/** Who people who ask about the texts say they are: those who study, teach or write about them (a pattern's source). */
const USER_ROLES = String.raw`(?:teacher|student|pupil|lecturer|professor|tutor|instructor|educator|researcher|scholar|historian|academic|journalist|writer|librarian|undergraduate|postgraduate|graduate|phd\s+(?:student|candidate))s?`;
/**
 * "I'm a teacher.", "We are history students", "As a researcher, …", "I teach high school history.", "I teach A
 * level history." (a capital "A" names the level, not an article), "I'm a student from Brazil", "I live in Germany":
 * who the user is, what they teach or study a statement of its own; no topic.
 */
export const WHO_THE_USER_IS = new RegExp(
  String.raw`\b(?:(?:i['’]?m|i\s+am|we['’]re|we\s+are)(?:\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,3}?${USER_ROLES})?\s+from|(?:i|we)\s+live\s+in)\s+${A_PLACE}` +
    String.raw`|\b(?:(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+(?:an?\s+)?|as\s+an?\s+)(?:[\p{L}-]+\s+){0,3}?(?:${USER_ROLES})\b,?` +
    String.raw`|(?:^|(?<=[.!?]\s+)|(?<=^\s*(?:hi|hello|hey|dear\s+\p{L}+)\s*,\s*))(?:i|we)\s+(?:(?:also|mainly|currently)\s+)?(?:teach|study|research|lecture)\s+(?!(?-i:an?|An|the|The|my|My|our|Our)\s)[^.!?]*[.!]`,
  'iu',
);
/** "Give me a reading list": the works to read, which the collection's list of works is. */
export const READING_LIST = /\breading\s+lists?\b/i;
/**
 * In a question of which pages, the verbs of the pages a text takes up ("Which pages cover (span, take up) the 1987
 * speech?", "What page does the Ghana interview start on?"), or of their being given ("Is the page number available?").
 */
export const PAGES_TAKEN = /\b(?:cover(?:s|ed)?|span(?:s|ned)?|occup(?:y|ies|ied)|(?:take|takes|took)\s+up|(?:run|runs|ran)\s+(?:to|over)|(?:start|starts|started|begin|begins|began|end|ends|ended|appear|appears|appeared)(?:\s+on)?|available|given|known|listed)\b/i;
/** "List all the titles", "every title with its date": the works' titles all together, which the collection lists. */
export const EVERY_TITLE = /\b(?:all|every|each)\s+(?:(?:of\s+)?(?:the|their|his)\s+)?titles?\b/i;
/** "What is the date of …", "what was the year of …", "I need the exact date of …": a date asked after the verb. */
export const THE_DATE_OF =
  /\b(?:(?:what|which)(?:['’]s|\s+(?:is|was|were|are))|(?:need|want|give\s+me|tell\s+me|find|get|know))\s+the\s+(?:exact\s+|precise\s+|full\s+)?(?:date|year)s?\b/i;
/** "What was the occasion of …", "what is the setting of …", "What is its occasion?": where and at what a work was given, asked after the verb. */
export const THE_OCCASION_OF = /\b(?:what|which)(?:['’]s|\s+(?:is|was|were|are))\s+(?:the|its|their)\s+(?:occasions?|settings?|venues?|context)\b/i;

/** Words asking for a quote: "a quote", "quotable", "cite", "a single line". */
export const QUOTE = /\b(quot(?:e|es|able|ation|ations)|citable|citeable|cite|soundbite)\b|\b(?:a|one|single) (?:line|sentence)\b/i;

/**
 * "Which speech mentions self-reliance most?", "Where does he talk most about trade?": "most" said of how often
 * (before a question mark or a preposition, or as "most often"), not of a thing ("the most important task").
 */
export const MOST_OFTEN = /\b(?:which|what|where|when)\b[^?.!]*\bmost(?:\s+(?:often|frequently)\b|(?=\s*(?:[?.!,;:]|$)|\s+(?:about|of|on|in|with)\b))/i;
/** What words do that the texts hold: "appear", "occur", "come up", "shows up" (a pattern's source). */
export const APPEARS = String.raw`(?:appear(?:s|ed)?|occur(?:s|red)?|c(?:o|a)mes?\s+up|(?:show|turn)(?:s|ed)?\s+up|crop(?:s|ped)?\s+up)`;
/** "Which work talks about it most?", "Where does he mention trade most often?": which work (or time) says something most. */
export const asksWhichSaysMost = (question: string): boolean => MOST_OFTEN.test(question) && USED_IN_THE_TEXTS.test(question);

/** Words of a question asking who wrote the texts that name no topic: the asking, and the texts. */
export const AUTHOR_WORDS: ReadonlySet<string> = new Set('author authors writer writers write writes wrote written authored work works'.split(' '));
/** Words of a question of what the collection holds ("Does it include anything …?"), asking nothing of a topic. */
export const HOLDING_WORDS: ReadonlySet<string> = new Set('include includes included contain contains contained hold holds anything something any have has there'.split(' '));

/** Words for any work, not a kind of one: "his first work", "the latest text" (a pattern's source). */
export const ANY_WORK_WORDS = String.raw`works?|texts?|writings?|documents?|sources?`;

/** Words for a work, any or of a kind (a pattern's source). */
export const WORK_NOUNS = String.raw`${ANY_WORK_WORDS}|speech(?:es)?|talks?|interviews?|articles?`;

/**
 * Verbs of what the texts say or use ("mentions", "talks about", "appears"), or of a stand they take in saying it
 * ("criticises", "praises", "stresses", "calls for"), or of what a work is about ("deals most with", "is most about"), or
 * being in one ("How many times is self-reliance in the 1969 interview?"), a question of how often asks with: what is
 * counted is their object.
 */
export const USED_IN_THE_TEXTS = new RegExp(
  String.raw`\b(?:(?:mention(?:s|ed|ing)?|us(?:e|es|ed|ing)|say|says|said|speak(?:s|ing)?|spoke|talk(?:s|ed|ing)?\s+(?:most\s+)?(?:about|of)|refer(?:s|red|ring)? to|wr(?:ite|ites|ote|itten)|${APPEARS}|discuss(?:es|ed)?|cite[sd]?|repeat(?:s|ed)?|invoke[sd]?|critici[sz](?:e|es|ed|ing)|prais(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|stress(?:es|ed|ing)?|emphasi[sz](?:e|es|ed|ing)|call(?:s|ed|ing)?\s+for|warn(?:s|ed|ing)?\s+(?:about|against|of))\b|deal(?:s|t)?\s+(?=(?:most\s+)?with\b)|focus(?:es|ed)?\s+(?=(?:most\s+)?on\b)|(?:is|are|was)\s+(?=most\s+about\b)|(?:is|are|was|were)\b(?=[^?.!]*\b(?:in|within)\s+(?:the|his|this|that|these|those|each|all(?:\s+the)?)\s+(?:[\w'’-]+\s+){0,3}?(?:${WORK_NOUNS}|book|collection|corpus)\b))`,
  'i',
);
/**
 * Asked where, or at what, the works were given, none named ("Where were the works given?", "What were the occasions
 * of the speeches?", "On what occasions were they given?", "What occasions are these works from?"): each work with
 * its occasion and place.
 */
export const OCCASIONS_ASKED = new RegExp(
  String.raw`\bwhere\s+(?:were|are)\s+(?:(?:the|these|those|his|all(?:\s+the)?|they)\s+)?(?:(?:${WORK_NOUNS})\s+)?(?:given|delivered|made|held|presented)\b|\b(?:what|which)\s+(?:were|are)\s+(?:the|their)\s+occasions\b|\b(?:on|at)\s+what\s+occasions\b|\bwhat\s+occasions\s+(?:are|were|was|did)\b|\boccasions\s+(?:of|for)\s+(?:the|these|those|his|all|each)\b`,
  'i',
);
/** A work named by a noun for it, after a determiner and up to three words ("the 1987 South-South speech"), a pattern's source. */
const A_WORK_NAMED = String.raw`(?:the|his|her|their|this|that|these|those)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:${WORK_NOUNS})\b`;
/**
 * "Why did he give the 1993 speech?", "Why was the 1969 interview given?", "What was the purpose of the South-South
 * speech?": why a work was given, of which the collection says its occasion.
 */
export const WHY_GIVEN = new RegExp(
  String.raw`^\s*why\s+(?:did|does|do)\s+(?:\S+\s+){1,3}?(?:give|deliver|write|make|hold)\s+${A_WORK_NAMED}|^\s*why\s+(?:was|were|is)\s+${A_WORK_NAMED}\s+(?:given|delivered|written|made|held)\b|\b(?:purpose|aim|goal|reason|objective)s?\s+(?:of|for|behind)\s+${A_WORK_NAMED}`,
  'iu',
);


/** Words for a work itself ("the Peru talk"): with one of them, a title's words name the work, not a topic ("Peru"). */
export const WORK_WORDS = /\b(?:speech|talk|interview|answers|address|article|paper|work|text)\b/i;

/**
 * Words saying whom he addressed, just before the words naming them (matched at a text's end): "tell the Iraqi
 * journalists", "say to the Peruvian ex-premier", "receive the Benin delegation", "meet with the Ghana Times editor".
 */
export const TOLD = /\b(?:tell|told|telling|(?:say|said|saying|write|wrote)\s+to|(?:talk|talked|speak|spoke)\s+(?:to|with)|answer|answered|me(?:e)?t(?:s|ing)?(?:\s+with)?|receiv(?:e|ed|es|ing)|welcom(?:e|ed|es|ing)|greet(?:s|ed|ing)?)\s+(?:the\s+|a\s+|an\s+|his\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * "Who translated these texts?", "Which translation is this?": where the texts are printed answers what the collection
 * says of it ("a translation of the speech into Korean" asks for one, which the answers do not make).
 */
export const TRANSLATION = /\btranslat(?:ed|or|ors)\b|\b(?:which|what|whose|the|this|that|these|those|a|an|in)\s+(?:(?:official|authori[sz]ed|approved|english|original|published|standard)\s+)?translations?\b(?![^?.!]*\binto\b)/i;
/** "What language were they originally in?", "In which language was the 1987 speech given?": which the works' metadata never says. */
export const ORIGINAL_LANGUAGE = /\boriginal(?:ly)?\b[^?.!]*\blanguages?\b|\blanguages?\b[^?.!]*\boriginal(?:ly)?\b|\b(?:what|which)\s+languages?\b/i;
/** "Who edited this collection?", "Who compiled these excerpts?": who chose and set out the texts, which the works' metadata never says. */
export const EDITING = /\b(?:edited|compiled)\b|\bwho\b[^?.!]*\b(?:selected|chose)\b|\b(?:editors?|compilers?)\s+of\b/i;
/**
 * "Did he write these texts himself?", "Were the speeches ghostwritten?", "Who drafted his speeches?": who drafted or
 * prepared the texts, which the collection never says (it gives each work's author).
 */
export const DRAFTING = /\bghost-?writ\w*|\bspeech-?writers?\b|\bwr(?:ote|ite|itten)\b[^?.!]*\b(?:him|her)self\b|\bwho\s+(?:drafted|prepared)\b|\bdrafted\s+by\b/i;
/** A book's volume, not an amount: "the volume of production" is how much was made (a pattern's source). */
const A_VOLUME = String.raw`volume(?!\s+of\b)`;
/**
 * Where the texts come from: "come / taken / excerpted from", "printed", "published", "which book", "edition" (not a
 * citation style's: "MLA 9th edition"), "the source of" …, said of the texts ("these texts", "the works", "these
 * excerpts", "the 1987 speech"), not of a topic.
 */
const WHERE_FROM =
  new RegExp(
    String.raw`\b(?:(?:come|comes|came|taken|excerpted|drawn)\s+from|printed|published|${TRANSLATION.source}|${EDITING.source}|${ORIGINAL_LANGUAGE.source}|publisher\s+of|publication\s+(?:details|data|information)|(?<!\b(?:mla|apa|chicago|harvard|turabian)[\s-]+\(?\d{1,2}(?:st|nd|rd|th)?\)?\s+)edition|(?:which|what)\s+(?:book|books|volume|journal)|(?:the|source)\s+(?:book|${A_VOLUME})|bibliograph\w*|provenance|(?:original\s+)?sources?\s+of\s+(?:(?:the|these|this|those|his|all|each)\s+)?(?:[\p{L}\d'’-]+\s+)?(?:${WORK_NOUNS}|excerpts?|extracts?|collection))\b`,
    'iu',
  );
const THESE_EXCERPTS = /\b(?:these|the|this|those|they|them)\s+(?:excerpts?|extracts?|passages|quotes|quotations)\b|\b(?:are|were)\s+(?:they|these)\b|^\s*(?:is|was)\s+(?:this|it|that)\b|\b(?:is|are)\s+(?:this|these)\s*[?.!]*\s*$/i;
/** Not "When was the article published?", which asks a date. */
const ASKS_A_DATE = new RegExp(String.raw`\bwhen\b|\b(?:what|which)\s+(?:year|date)\b|${THE_DATE_OF.source}`, 'i');
/** "the collection", "this book": the volume the texts are printed in, whose date is where it is printed ("When was the collection published?"). */
const THE_COLLECTION = new RegExp(String.raw`\b(?:the|this|that|these)\s+(?:collection|book|${A_VOLUME}|anthology|edition)\b`, 'i');
/** "who published it?", "where were they printed?": where something pointed back at is from, which the question before names. */
export const asksWhereItIsFrom = (question: string): boolean => WHERE_FROM.test(question) && /\b(?:it|they|them|these|those)\b/i.test(question);

/** Whether a question asks where the texts come from (`WHERE_FROM`), said of the texts, not of a topic, and not a work's date. */
export const asksWhereFrom = (question: string): boolean =>
  WHERE_FROM.test(question) &&
  (!ASKS_A_DATE.test(question) || THE_COLLECTION.test(question)) &&
  (speaksOfTheTexts(question) || THESE_EXCERPTS.test(question) || WORK_WORDS.test(question) || THE_COLLECTION.test(question));

/**
 * "Where should I start?", "What should I read first?", "Which three works should I read first?", "Which passages should
 * my students read?", "Which text should a beginner read first?", "Where should I start reading?": guidance asked, no
 * time or place (a pattern whose matches are no words to look for).
 */
export const GUIDANCE_ASKED = new RegExp(
  String.raw`\b(?:where|how|what|which(?:\s+(?:\d{1,2}|two|three|four|five|six))?\s+(?:works?|texts?|speech(?:es)?|talks?|interviews?|ones?|sources?|passages?|excerpts?))\s+(?:should|do|can|could|shall|would)\s+(?:I|we|one|someone|(?:(?:a|an|my|our|the)\s+)?(?:students?|pupils?|class|beginners?|newcomers?|novices?|readers?))\s+(?:start|begin|look|read|study)(?:\s+(?:reading|with|first|at)){0,2}\b` +
    // "Which work is the best introduction to his ideas?", "Which text is the most important?": which to read, asked of none.
    String.raw`|\b(?:which|what)\s+(?:works?|texts?|speech(?:es)?|talks?|interviews?|ones?|sources?)\s+(?:is|are|would\s+be|makes?)\s+(?:the\s+|a\s+)?(?:(?:best|good|better)\s+(?:introduction|intro|starting\s+point|place\s+to\s+(?:start|begin))(?:\s+to\s+(?:his|the|these|their)\s+(?:ideas|thought|thinking|views|works|texts))?|(?:most|more|least)\s+(?:important|significant|influential|valuable)(?=\s*[?.!]*\s*$))\b`,
  'gi',
);

/** "Where is he mentioned?", "In which work is she named?": a person of the question before, spoken of, not the author speaking. */
export const PERSON_SPOKEN_OF = /\b(?:is|was|are|were)\s+(?:he|she)\s+(?:(?:first|last|ever|also)\s+)?(?:mentioned|named|discussed|described|quoted|referred\s+to)\b/i;
