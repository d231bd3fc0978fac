/**
 * Questions asked of the quotes of the answer before (pure): which ones a question names ("[2]", "the second one",
 * "the 1986 quote"), and what it asks of them: their whole paragraphs, where they are from, the paragraph beside them,
 * his replies to an interviewer's questions, or whether they are exact.
 */
import { ORDINAL_WORDS, YEAR_NUMBER } from '../retrieval/query.ts';
import { contentTokens, speaksOfTheTexts, withoutMatches, type Token } from '../retrieval/text.ts';
import { asksWhereFrom, asksWhichSaysMost, EDITING, PAGE_ASKED, PERSON_SPOKEN_OF, WORK_WORDS } from './source-words.ts';

/** A quote's place among those of the answer before: "second", "last" (a pattern's source). */
export const PLACE = `${ORDINAL_WORDS.join('|')}|last`;
/**
 * A quote of the answer before, by its number or place: "[3]", "quote 2", "quotes 2 and 3", "the second one", "the
 * last quote", or the place alone where the sentence ends ("the APA citation for the second") or where a word follows
 * that no noun it could qualify begins ("cite the first in APA", "the last and the first in full", "the second, please"),
 * or a preposition stranded at its end ("Which page is the first on?", "What work is the last from?").
 */
export const CITATION_REF = new RegExp(
  String.raw`\[(\d{1,3})\]|\b(?:quot(?:e|es|ation|ations)|passages?|citations?|excerpts?|numbers?)\s+#?(\d{1,3}(?:\s*(?:,|and|&)\s*\d{1,3})*)\b|\b(${PLACE})\s+(?:one|quote|quotation|passage|citation|excerpt)\b|\bthe\s+(${PLACE})(?=\s*(?:[?.!,;]|$|(?:in|for|and|or|as|please|again|too)\b|(?:on|from)\s*(?:[?.!]|$)))`,
  'gi',
);
/** Which quotes of the answer before a question names (`CITATION_REF`): their numbers, or the last one. */
export function citationRefs(question: string): (number | 'last')[] {
  return [...question.matchAll(CITATION_REF)].flatMap(([, bracketed, numbers, placeNamed, placeAlone]) => {
    const place = placeNamed ?? placeAlone;
    if (place) return [place.toLowerCase() === 'last' ? 'last' : ORDINAL_WORDS.indexOf(place.toLowerCase()) + 1];
    return (bracketed ?? numbers!).split(/\D+/).filter(Boolean).map(Number);
  });
}

/** Words that point back at the answer before: "How do I cite these?", "Cite it in APA", "the quotes above". */
export const BACK = /\b(?:this|that|these|those|them|they|it|above)\b/i;
/** Quotes pointed back at ("these quotes", "the quotations above"): to cite them is no request for a quote. */
export const QUOTES_BACK = /\b(?:this|that|these|those)\s+(?:quotes?|quotations?)\b|\b(?:quotes?|quotations?)\s+above\b/i;
/**
 * "The full passage", "the whole paragraph", "more context", "in context", "in full", "the exact words (original
 * wording)", "longer quotes": the paragraph a quote is from, whole, word for word.
 */
export const WHOLE_PASSAGE =
  /\bin\s+full\b|\b(?:full|whole|entire|complete)\s+(?:passages?|paragraphs?|sentences?|quotes?|quotations?|excerpts?|extracts?|context)\b|(?<!\b(?:no|any|is|was)\s+)\blonger(?:\s+(?:passages?|paragraphs?|quotes?|quotations?|excerpts?|extracts?|versions?|ones))?\b(?!\s+than\b)|\b(?:more|wider|surrounding|full|the|its|their)\s+context\b|\bin\s+(?:its\s+|their\s+)?context\b|\b(?:exact|original|precise|verbatim|actual)\s+(?:words|wording|text|quotes?|quotations?|passages?)\b/i;
/** Words that ask to be shown or given something, naming nothing to look for: "Show me the full passage", "Can I see it in context?", "Put these in a bibliography". */
export const REQUEST_WORDS = new Set('show give read see let display print want need could would please put make create generate compile prepare write turn convert add find copy export download save'.split(' '));

/**
 * Words asking what a quote means or why it was said: "Explain the second quote", "What does that mean?", "What did
 * he mean by [2]?", "Why?", "Why did he say that?". The answers quote and do not explain; the quote's whole paragraph
 * is what they can give.
 */
const EXPLAIN =
  /\b(?:explain|explanation|clarify|interpret|interpretation|elaborate|unpack)\b|\bmean(?:s|t|ing)?\b|^\s*(?:and\s+|but\s+)?why(?:\s+(?:did|does|would|do)\s+(?:he|she|they)\s+(?:say|said|write|think|put\s+it)(?:\s+(?:that|this|it|so|these|those))?)?\s*[?.!]*\s*$/i;
/** "Tell me more about [2]", "more on the second quote": a quote named, asked more of. */
const MORE_ABOUT = /\b(?:tell\s+me\s+|say\s+)?more\s+(?:about|on)\b/i;
/** Whether a question asks what quotes of the answer before mean (`EXPLAIN`), which their whole paragraphs answer. */
export const asksToExplain = (question: string): boolean => EXPLAIN.test(question) && !WHOLE_PASSAGE.test(question);

/**
 * Which quotes of the answer before a question asks to see in their whole paragraphs: those it names by number or
 * place ("the full passage of [2]", "the second one in context", "Explain the second quote"), or all of them when it
 * points back at them or asks nothing else ("Show me that in context", "the whole paragraph, please", "What does
 * that mean?"); null when it asks for no whole passage, or for one on a topic ("the full passage about trade", "What
 * does self-reliance mean?" are searched).
 */
export function wholePassagesAsked(question: string): (number | 'last')[] | 'all' | null {
  const whole = WHOLE_PASSAGE.test(question);
  const refs = citationRefs(question);
  // "Tell me more about the second one": that quote, in its paragraph ("Tell me more about the Chollima Movement" is searched).
  if (refs.length && MORE_ABOUT.test(question)) return refs;
  if (!whole && !EXPLAIN.test(question)) return null;
  if (refs.length) return refs;
  const rest = contentTokens([WHOLE_PASSAGE, EXPLAIN].reduce(withoutMatches, question)).filter((t) => !REQUEST_WORDS.has(t.word));
  // "What does it mean to be self-reliant?": "it" points at nothing when other words are asked of.
  return (whole && BACK.test(question)) || QUOTES_OF_A_TIME.test(question) || rest.length === 0 ? 'all' : null;
}

/** A kind of work or a time a quote may be from or in: "a speech", "interviews", "1987", "the 1980s" (a pattern's source). */
const A_KIND_OR_TIME = String.raw`speech(?:es)?|talks?|interviews?|articles?|\d{4}s?`;
/** "before 1970", "before or after 1970": a side of a year, the year its group (a pattern's source). */
const SIDE_OF_A_YEAR = String.raw`(?:before|after)\b(?:\s+or\s+(?:before|after))?\s+(\d{4})\b(?!s)`;
/** The year a quote's time is set against: "Is that from before or after 1970?" (1970). */
export const RELATIVE_TO_A_YEAR = new RegExp(String.raw`\b${SIDE_OF_A_YEAR}`, 'i');
/** "(said) before or after 1970", "from after 1980": a quote's time set against a year, with the verb of saying it. */
const AGAINST_A_YEAR = new RegExp(String.raw`\b(?:(?:said|given|written|spoken|made)\s+)?(?:from\s+)?${SIDE_OF_A_YEAR}`, 'i');
/** "Is that from before or after 1970?", "was the first one said before 1970?": a time asked of quotes pointed at; not "Did he say it before 1980?" nor "Is there anything before 1987?", which ask for more. */
const QUOTES_AGAINST_A_YEAR = String.raw`^\s*(?:and\s+)?(?:is|was|are|were)\s+(?:that|this|it|these|those|they|the\s+\w+\s+(?:one|quote|passage)|quote\s+\d+)\b[^?.!]*?${AGAINST_A_YEAR.source}`;
/** Words asking where a quote is from: its work, date ("the date of [2]"), pages or whose words, or whether it is from (or "in") a kind of work or a year ("Is the first one from a speech?", "Is that in an interview?"). */
const ASKS_SOURCE = new RegExp(
  String.raw`\b(?:where|when|who|whose|which)\b|${QUOTES_AGAINST_A_YEAR}|\bwhat\s+(?:work|text|speech|talk|interview|book|year|date|page|source|title)\b|\bthe\s+(?:exact\s+)?(?:year|date)\b|\bpages?\b|\bsources?\b` +
    String.raw`|\bfrom\s+(?:(?:a|an|the|his|that|one)\s+)?(?:works?|texts?|books?|${A_KIND_OR_TIME})\b` +
    String.raw`|^\s*(?:is|was|are|were)\s+(?:that|this|it|these|those|they)\b[^?.!]*\bin\s+(?:(?:a|an|the|his|one)\s+)?(?:${A_KIND_OR_TIME})\b`,
  'i',
);
/** Content words a question asking where a quote is from may hold besides ("the exact page", "which work", "what year", "When was it published?"). */
const SOURCE_WORDS = new Set(
  'page pages number numbers exact exactly precise precisely work works text texts speech speeches talk talks interview interviews article articles book year date dates title from come comes came words wrote written published publication delivered dated printed issued quote quotes quotation quotations wording passage passages one ones author speaker'.split(' '),
);
/** "Give me more from that interview", "three more quotes from it": more passages asked for, not where some are from. */
const MORE_FROM = /\bmore\s+(?:[\p{L}-]+\s+)?from\b/iu;
/** "Who is the author?", "who's the speaker": of what was just shown, though no word points back. */
const THE_AUTHOR = /^\s*who(?:['’]s|\s+(?:is|was))\s+the\s+(?:author|speaker)\s*[?.!]*\s*$/i;
/** "Which one is from 1987?", "which ones", "which of these (quotes)": of what was just shown. */
export const WHICH_ONE = /\bwhich\s+(?:ones?|of\s+(?:these|those|them)(?:\s+(?:quotes?|quotations?|passages?))?)\b/i;
/** "Which works?", "And what sources?", "In which works?", "From which speech?": a bare question of which works, of what was just shown. */
const BARE_WHICH_WORKS = /^\s*(?:and\s+)?(?:(?:in|from)\s+)?(?:which|what)\s+(?:works?|texts?|sources?|speech(?:es)?|talks?|interviews?)\s*[?.!]*\s*$/i;
/** "Where?", "And when exactly?", "In which year?", "What date?", "What was the date?", "And the year?": a bare question of where or when, of what was just shown. */
const BARE_WHERE =
  /^\s*(?:and\s+)?(?:where|when|(?:(?:in|on|from)\s+)?(?:what|which)\s+(?:year|date|day|month)|(?:(?:what|which)(?:['’]s|\s+(?:is|was))\s+)?the\s+(?:exact\s+)?(?:year|date|day|month))(?:\s+(?:exactly|precisely))?\s*[?.!]*\s*$/i;
/**
 * Quotes named by their time with a definite article: "the 1986 quote", "the exact quote from 1986", "the ones from
 * the 1980s". Those of the answer before; "a quote from 1986" asks for a new one.
 */
export const QUOTES_OF_A_TIME = new RegExp(
  String.raw`\bthe\s+(?:${YEAR_NUMBER})s?\s+(?:quotes?|quotations?|passages?|excerpts?|ones?)\b|\bthe\s+(?:[a-z]+\s+)?(?:quotes?|quotations?|passages?|excerpts?|ones?)\s+(?:from|of|in)\s+(?:the\s+)?(?:${YEAR_NUMBER})s?\b`,
  'i',
);
/** Whether a question names quotes of the answer before by their time (`QUOTES_OF_A_TIME`). */
export const namesQuotesByTime = (question: string): boolean => QUOTES_OF_A_TIME.test(question);
/** "only the ones from 1987", "just those from interviews": some of the quotes before asked for, by where they are from. */
const ONLY_THOSE = /\b(?:only|just)\s+(?:the\s+ones?|those|these|them|the\s+(?:quotes?|quotations?|passages?))\b/i;
/** A question word, or a question opening as one of yes or no ("Are these from 1987?"). */
const ASKING = /\b(?:which|where|when|who|whose|what)\b|^\s*(?:is|are|was|were|do|does|did)\b/i;
/** Whether a question asks to be given only some quotes ("only the ones from the 1987 speech"), asking nothing of them. */
const keepsOnly = (question: string): boolean => ONLY_THOSE.test(question) && !ASKING.test(question);
/**
 * "Is that in the 1993 speech too?", "Is it also in the Ghana interview?": whether another work says it as well, not
 * where the quotes are from (a pattern's source).
 */
export const IN_IT_TOO = String.raw`\b(?:is|was)\s+(?:it|this|that)\s+(?:also\s+in\b|in\b(?=[^?.!]*\b(?:too|as\s+well)\b))`;
const IN_ANOTHER_TOO = new RegExp(IN_IT_TOO, 'i');
/** "Where did he say that?": the place he said it, which the occasion says, as well as the work; not "Where is that from?". */
const WHERE_SAID = /\bwhere\b(?![^?.!]*\bfrom\b)/i;
/**
 * "Is that a quote from Kim or from Zhang?", "Is this by Kim or by Zhang Chao?", "Are these from the speech or the
 * interview?", "Is that Kim's words or Zhang's?", "Did Kim say that or Zhang?": which of two sources the quotes pointed
 * at are from, which where each is from answers.
 */
const FROM_ONE_OR_ANOTHER = new RegExp(
  String.raw`^\s*(?:and\s+)?(?:(?:is|was|are|were)\s+(?:that|this|it|these|those|they)\s+(?:(?:a|an|the)\s+)?(?:(?:quotes?|quotations?|passages?|lines?|sentences?|words)\s+)?(?:from|by)\s+[^?.!]+?` +
    // "Is that Kim's words or Zhang's?", "Did Kim say that or Zhang?"
    String.raw`|(?:is|was|are|were)\s+(?:that|this|it|these|those|they)\s+\p{L}+['’]s?(?:\s+[\p{L}-]+)?|(?:did|does|do)\s+\p{L}+(?:\s+\p{L}+){0,2}?\s+(?:say|write)\s+(?:that|this|it|these|those|them))` +
    String.raw`\s+or\s+(?!not\b)[^?.!]+?\s*[?.!]*\s*$`,
  'iu',
);
/** A verb of using words: "mention", "refer to". */
const MENTIONING = /\b(?:mention(?:s|ed|ing)?|refer(?:s|red|ring)?\s+to)\b/i;

/**
 * Which quotes of the answer before a question asks where they are from, by number or place ("Where is the second
 * quote from?", "What page is [1] on?", "Who said quote 3?"), or all of them when it asks so pointing back ("Who
 * said that?", "Where are these quotes from?", "When did he say these?", "Where did he say that?", "What page is that
 * on?"); null when it names none, or asks something else of them, or where the texts come from ("Where do these
 * texts come from?").
 */
export function sourcesAsked(question: string): (number | 'last')[] | 'all' | null {
  // "In which works did he mention them?": the works that hold the words, counted, not those the quotes before are from
  // (a quote close in meaning alone need not hold them).
  if (MENTIONING.test(question)) return null;
  if (FROM_ONE_OR_ANOTHER.test(question)) return 'all';
  const refs = citationRefs(question);
  // "Which of these are from the 1980s?": a time is asked of the quotes too.
  const rest = contentTokens([CITATION_REF, PAGE_ASKED, AGAINST_A_YEAR].reduce(withoutMatches, question)).filter((t) => !SOURCE_WORDS.has(t.word) && !REQUEST_WORDS.has(t.word) && !/^\d{4}s?$/.test(t.word));
  // "Which work talks about it most?" asks which work says most of what "it" is, not where the quotes are from; "only
  // the ones from the 1987 speech" asks for those quotes, not which they are.
  if (rest.length > 0 || MORE_FROM.test(question) || asksWhichSaysMost(question) || keepsOnly(question) || (refs.length === 0 && IN_ANOTHER_TOO.test(question))) return null;
  const pointsBack = BACK.test(question) || PERSON_SPOKEN_OF.test(question) || WHICH_ONE.test(question) || QUOTES_OF_A_TIME.test(question) || THE_AUTHOR.test(question) || BARE_WHERE.test(question) || BARE_WHICH_WORKS.test(question);
  // "Can you give me the page numbers?", "And the page?", "and the dates?": pages (dates) asked of nothing named are
  // those of what was just shown.
  const pagesOnly = (PAGE_ASKED.test(question) && asksNothingElse(contentTokens(withoutMatches(question, PAGE_ASKED)))) || (/\b(?:pages?|dates?)\b/i.test(question) && rest.length === 0 && !/\d/.test(question) && !WORK_WORDS.test(question));
  // "Which one is from 1987?" (or "from before 1970?") asks where; "Which one is the most quotable?" asks no more of them than which.
  const asksSource = ASKS_SOURCE.test(withoutMatches(question, WHICH_ONE)) || (WHICH_ONE.test(question) && AGAINST_A_YEAR.test(question));
  if (refs.length === 0) return pagesOnly || (pointsBack && (PAGE_ASKED.test(question) || (asksSource && !asksWhereFrom(question)))) ? 'all' : null;
  return ASKS_SOURCE.test(question) ? refs : null;
}

/**
 * What a question asks of quotes of the answer before: to see them in their whole paragraphs, where they are from, or
 * (`reply`) how he answered those that are an interviewer's questions.
 * `place`: where they are from, and where he said them ("Where did he say that?"): the occasion and place too.
 */
export type QuotesBeforeAsked = { asked: 'whole' | 'source' | 'place' | 'reply' | 'exact' | 'shorter' | 'just' | Side | Order | Size; refs: (number | 'last')[] | 'all' };

/** `exactAsked`, else `orderAsked`, else `sizeAsked`, else `shorterAsked`, else `justAsked`, else `wholePassagesAsked`, else `repliesAsked`, else `besideAsked`, else `sourcesAsked`; null when the question asks none. */
export function quotesBeforeAsked(question: string): QuotesBeforeAsked | null {
  const exact = exactAsked(question);
  if (exact !== null) return { asked: 'exact', refs: exact };
  const order = orderAsked(question);
  if (order !== null) return order;
  const size = sizeAsked(question);
  if (size !== null) return size;
  const shorter = shorterAsked(question);
  if (shorter !== null) return { asked: 'shorter', refs: shorter };
  const just = justAsked(question);
  if (just !== null) return { asked: 'just', refs: just };
  const whole = wholePassagesAsked(question);
  if (whole !== null) return { asked: 'whole', refs: whole };
  const replies = repliesAsked(question);
  if (replies !== null) return { asked: 'reply', refs: replies };
  const beside = besideAsked(question);
  if (beside !== null) return { asked: beside.side, refs: beside.refs };
  const sources = sourcesAsked(question);
  return sources && { asked: WHERE_SAID.test(question) ? 'place' : 'source', refs: sources };
}

/**
 * "What comes next?", "the next paragraph", "the next sentence", "the sentence after it", "What follows [2]?", "What
 * does he say next?", "And next?", "What happened next?", "And then what?": what follows a quote of the answer before,
 * in its work.
 */
const NEXT =
  /\bwhat\s+(?:comes|came|happen(?:s|ed))\s+(?:next|after(?:wards)?)\b|^\s*(?:and\s+)?then\s+what\b|\bwhat\s+follows\b|\b(?:next|following)\s+(?:paragraph|passage|sentence|line)s?\b|\b(?:paragraph|sentence|line)\s+(?:right\s+|just\s+|immediately\s+)?after\s+(?:it|that|this|them)\b|\b(?:continue|keep)\s+reading\b|\bread\s+on\b|\bsa(?:y|ys|id)\s+next\b|^\s*(?:and\s+)?(?:then\s+)?(?:the\s+)?next(?:\s+one)?\s*[?.!]*\s*$/i;
/** "What comes before it?", "the previous paragraph", "the sentence before it", "What precedes [2]?": what goes before. */
const PREVIOUS = /\bwhat\s+(?:comes|came|goes|went)\s+before\b|\bwhat\s+precedes\b|\b(?:previous|preceding)\s+(?:paragraph|passage|sentence|line)s?\b|\b(?:paragraph|sentence|line)\s+(?:right\s+|just\s+|immediately\s+)?before\b/i;
/** Words a question asking for what stands beside a quote may hold besides: what it asks of ("that passage", "this one"). */
const BESIDE_WORDS = new Set('paragraph paragraphs passage passages sentence sentences line lines one quote quotes quotation'.split(' '));

/** Which side of a quote a question asks for the paragraph of. */
export type Side = 'next' | 'previous';
export const isSide = (asked: QuotesBeforeAsked['asked']): asked is Side => asked === 'next' || asked === 'previous';

/**
 * The paragraph after (or before) which quotes of the answer before a question asks for: those it names ("What
 * comes after [2]?"), or all ("What comes next?", "the previous paragraph"); null when it asks anything else ("What
 * comes next for the Non-Aligned Movement?", "What did he say before 1970?").
 */
export function besideAsked(question: string): { side: Side; refs: (number | 'last')[] | 'all' } | null {
  const side = NEXT.test(question) ? 'next' : PREVIOUS.test(question) ? 'previous' : null;
  const refs = side && quotesAskedOf(question, [NEXT, PREVIOUS], BESIDE_WORDS);
  return side && refs ? { side, refs } : null;
}

/**
 * The quotes of the answer before that a question asking only `asking` of them names ("[2]", "the second one"), or
 * all when it names none; null when it holds any word but those of asking, of naming a quote, of requesting, or
 * `besides`.
 */
function quotesAskedOf(question: string, asking: readonly RegExp[], besides: ReadonlySet<string>): (number | 'last')[] | 'all' | null {
  const rest = contentTokens([CITATION_REF, ...asking].reduce(withoutMatches, question)).filter((t) => !besides.has(t.word));
  if (!asksNothingElse(rest)) return null;
  const refs = citationRefs(question);
  return refs.length ? refs : 'all';
}

/**
 * Whether quotes are the texts' own words, asked yes or no: "Are these verbatim?", "Is the first one an exact quote?",
 * "Are these quotes real?", "Is that in his own words?", "Did he really say that?" (nothing after "that": "Did he really
 * say that aid is harmful?" asks of the words it reports).
 */
export const EXACT_WORD = /\b(?:(?:his|her|their|its)\s+own\s+words|really\s+(?:say|said|write|wrote)(?=\s+(?:that|this|these|those|it|them)\s*[?.!]*\s*$)|verbatim|word[\s-]for[\s-]word|exact(?:ly)?|accurate(?:ly)?|real|genuine|authentic|correct(?:ly)?|precise(?:ly)?|faithful(?:ly)?|made[\s-]up|invented|fabricated|paraphrased?|altered|edited|trust(?:ed|worthy)?|reliable)\b/i;
const EXACT = new RegExp(String.raw`^\s*(?:is|are|was|were|did|do|does|can|could)\b.*?${EXACT_WORD.source}`, 'i');
/** Words a question of whether quotes are exact may hold besides: what it asks of ("these quotes", "that one"). */
const EXACT_WORDS = new Set('quote quotes quotation quotations one ones passage passages words wording'.split(' '));

/**
 * Which quotes of the answer before a question asks whether they are the texts' own words: those it names ("Is [2]
 * verbatim?"), or all ("Are these quotes accurate?"); null when it asks anything else ("Is his view of aid correct?").
 */
function exactAsked(question: string): (number | 'last')[] | 'all' | null {
  // "Were these speeches edited?" asks who edited the works, as where they come from does; "Were the quotes edited?", this.
  if (EDITING.test(question) && (speaksOfTheTexts(question) || WORK_WORDS.test(question))) return null;
  return EXACT.test(question) ? quotesAskedOf(question, [EXACT_WORD], EXACT_WORDS) : null;
}

/** How the quotes of the answer before are asked to be put: oldest first, or newest first. */
export type Order = 'oldest-first' | 'newest-first';
export const isOrder = (asked: QuotesBeforeAsked['asked']): asked is Order => asked === 'oldest-first' || asked === 'newest-first';
/**
 * "Sort them by date", "Put these in chronological order", "oldest first", "Can you list them newest first?": the quotes
 * of the answer before again, in the order of their dates (`NEWEST_FIRST`: the other way).
 */
const ORDERED = /\b(?:by\s+(?:date|year)|chronologically|in\s+(?:chronological|date|time)\s+order|(?:from\s+)?(?:the\s+)?(?:oldest|earliest|newest|latest|most\s+recent)\s+(?:first|to\s+(?:the\s+)?(?:oldest|earliest|newest|latest|most\s+recent))|(?:in\s+)?reverse\s+(?:chronological|date)\s+order)\b/i;
const NEWEST_FIRST = /\b(?:newest|latest|most\s+recent)\s+(?:first|to)\b|\breverse\b/i;
/** Words for what an answer quotes. */
const QUOTE_WORDS = /\b(?:quotes?|quotations?|passages?|excerpts?|lines?|sentences?)\b/i;
/** Words a request to order the quotes may hold besides: what it asks ("sort", "put") and of what ("them", "these quotes"). */
const ORDERING_WORDS = new Set('sort sorted order ordered arrange arranged rearrange reorder list put show give quote quotes quotation quotations passage passages one ones'.split(' '));

/** Which quotes of the answer before a question asks to see in date order, and which way; null when it asks anything else. */
function orderAsked(question: string): QuotesBeforeAsked | null {
  if (!ORDERED.test(question)) return null;
  // "List the interviews in chronological order": works asked for, in the order their dates give, not the quotes above.
  if ((WORK_WORDS.test(question) || speaksOfTheTexts(question)) && !QUOTE_WORDS.test(question)) return null;
  // "newest first": no quote named "first".
  const refs = quotesAskedOf(withoutMatches(question, ORDERED), [], ORDERING_WORDS);
  return refs && { asked: NEWEST_FIRST.test(question) ? 'newest-first' : 'oldest-first', refs };
}

/** The quote of the answer before asked for by its length: the shortest, or the longest. */
export type Size = 'shortest' | 'longest';
export const isSize = (asked: QuotesBeforeAsked['asked']): asked is Size => asked === 'shortest' || asked === 'longest';
/**
 * "Which quote is the shortest?", "the longest passage", "Give me the shortest one", "the briefest of these quotes": a
 * quote named by its length, which is no work's ("Which of these is the longest?" asks which work is).
 */
const SIZED = new RegExp(
  String.raw`\b(?:which|what)\s+(?:quote|quotation|passage|excerpt|line|sentence)\s+(?:is|was)\s+(?:the\s+)?(?<which>shortest|briefest|longest)\b|\b(?<that>shortest|briefest|longest)\s+(?:(?:one|quote|quotation|passage|excerpt|line|sentence)\b|of\s+(?:the|these|those|them)\b)`,
  'i',
);
/** Words a question of the shortest quote may hold besides: what it asks ("give", "which") and of what ("these quotes"). */
const SIZE_WORDS = new Set('give show quote quotes quotation quotations passage passages excerpt excerpts line lines sentence sentences one ones'.split(' '));

/** Which quote of the answer before a question asks for by its length, and which way; null when it asks anything else ("the shortest quote on aid"). */
function sizeAsked(question: string): QuotesBeforeAsked | null {
  const m = SIZED.exec(question);
  if (!m) return null;
  const refs = quotesAskedOf(question, [SIZED], SIZE_WORDS);
  return refs && { asked: /^longest$/i.test(m.groups!.which ?? m.groups!.that!) ? 'longest' : 'shortest', refs };
}

/** "Can you shorten the second quote?", "Make quote 2 shorter", "a shorter version of [3]": a quote named, cut shorter. */
const SHORTENED = /\b(?:shorten|cut\s+down|trim|abridge)\b|\b(?:make|keep)\b|\b(?:shorter|briefer|more\s+concise)\b(?:\s+version\b)?|\bversion\s+of\b|\bcan\s+you\b|\bcould\s+you\b/gi;
const SHORTENING = /\b(?:shorten|cut\s+down|trim|abridge|shorter|briefer|more\s+concise)\b/i;
/** Words a request to shorten a quote may hold besides: of what ("the second quote", "that one"). */
const SHORTER_WORDS = new Set('quote quotes quotation quotations passage passages one ones line sentence version please'.split(' '));

/** Which quotes of the answer before a question asks to be shortened, when it names them ("Shorter please" asks of all, searched again). */
function shorterAsked(question: string): (number | 'last')[] | null {
  if (!SHORTENING.test(question)) return null;
  const refs = quotesAskedOf(question, [SHORTENED], SHORTER_WORDS);
  return Array.isArray(refs) ? refs : null;
}

/** "Just", "only", "please", "show me", "can you give me": the words a request for some quotes alone may hold besides them. */
const JUST_WORDS = /\b(?:just|only|please|show|give|me|can|could|you)\b|[?.!,]/gi;
/** The one quote (or several) a message names and nothing else: "the first one", "quote 2", "[3]". */
const ONLY_A_REF = new RegExp(String.raw`^(?:the\s+)?(?:${CITATION_REF.source})$`, 'i');

/**
 * "Just the first one", "Only quote 3", "Show me just the second quote", "The second one, please": the quotes before a
 * message names and nothing else, alone, as they were ("the last one" alone may be a work's: "just" or "only" with it).
 */
function justAsked(question: string): (number | 'last')[] | null {
  const rest = question.replace(JUST_WORDS, ' ').replace(/\s+/g, ' ').trim();
  if (!ONLY_A_REF.test(rest)) return null;
  const refs = citationRefs(rest);
  return refs.length && (/\b(?:just|only)\b/i.test(question) || !refs.includes('last')) ? refs : null;
}

/** Whether words ask for nothing but to be shown or given something ("Show me", "please"). */
export const asksNothingElse = (words: readonly Token[]): boolean => words.every((t) => REQUEST_WORDS.has(t.word));

/** Words of answering: "How did he answer?", "his reply", "What did he respond?". */
const REPLY = /\b(?:answer(?:ed|s)?|repl(?:y|ied|ies)|respond(?:ed|s)?|responses?)\b/i;
/** Words a question asking for his replies may hold besides: what it asks them of ("that question", "to them", "the interviewer"). */
const REPLY_WORDS = new Set('question questions interviewer interviewers journalist journalists one ones'.split(' '));

/**
 * Which quotes of the answer before a question asks how he answered: those it names ("What did he reply to [2]?",
 * "his answer to the second one"), or all ("How did he answer?", "And his replies?"); null when it asks of anything
 * else ("How did he respond to the crisis?", "the answers to questions raised by the Iraqi journalists").
 */
export function repliesAsked(question: string): (number | 'last')[] | 'all' | null {
  return REPLY.test(question) ? quotesAskedOf(question, [REPLYING_NAMED, REPLY], REPLY_WORDS) : null;
}
/** Whoever replied, named: "How did Kim Il Sung answer?" asks what "How did he answer?" does (a name is no topic there). */
const REPLYING_NAMED = /(?<=\b(?:did|does|do|would|will)\s+)(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?=(?:answer|reply|respond)\b)/u;
