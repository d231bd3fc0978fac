/**
 * Follow-up questions (pure): a question that brings no topic of its own ("and in the 1980s?", "when did he
 * say that?") is searched together with the previous question; a bare time constraint also becomes a date filter,
 * in place of the one before unless it is set beside it ("Compare that with the 1960s").
 * One that asks about the texts themselves and points back at nothing ("What works are in the collection?") is new.
 * A follow-up that asks for no kind of answer of its own ("in the 1980s?", "and self-reliance?") gets the kind the
 * question it continues asked for: a count, a date, a quote, the first or last work. One that asks for more ("show
 * me more") is the question before it again.
 */
import { authorsAsHe, withoutScholarship } from '../retrieval/authors.ts';
import type { PassageFilters } from '../retrieval/filters.ts';
import { KINDS_OF_WORK, kindsOf, MONTH_ALONE, MONTH_BEFORE_YEAR, oneOfKind, otherSideOf, PART_BEFORE_TIME, parseQuery, YEAR_NUMBER, yearsAskedAbout } from '../retrieval/query.ts';
import { contentTokens, EACH_WORK_SAID, namesEachWork, NUMBER_WORDS, speaksOfTheTexts, tidied, withoutMatches } from '../retrieval/text.ts';
import { asksToCite, PURPOSE, withoutCiting } from './citing-asked.ts';
import { ADDRESSING, asksForAKind, asksHowOften, asksOrderAmong, asksWhom, FIRST_OR_LAST, FROM_A_WORK_BY_ORDER, isSmallTalk, LENGTH_AMONG, MOST_PASSAGES, PASSAGES_WANTED, QUOTES_PRAISED, RANKED_BY_FORCE, withoutCountAlone, WORD_LIMIT } from './intent.ts';
import { PLACE, quotesBeforeAsked } from './quotes-asked.ts';
import { GUIDANCE_ASKED, PERSON_SPOKEN_OF, QUOTE, RELEVANT } from './source-words.ts';
import { withoutTimeSetAside } from './set-aside.ts';

export interface ResolvedQuestion {
  /** The text to search with. */
  search: string;
  /** Date bounds the follow-up itself asked for ("and in the 1980s?" → 1980–1989), when it merged. */
  filters: PassageFilters;
  /** Whether the previous question was merged in. */
  followUp: boolean;
  /**
   * The question whose words say what kind of answer is wanted (`answerKind`): the question's own, or, when it asks
   * for none and continues the previous one (merged, or "and …?", "what about …?"), the previous one's.
   */
  asks: string;
  /** Asks for more of the same ("show me more", "any others?"): the passages its answers have not shown yet. */
  more?: true;
  /**
   * Times the thread named before a follow-up named another in their place ("in the 1960s" before "What about the
   * 1980s?"): what a later "How do these compare?" compares with the time now asked.
   */
  earlierTimes?: string[];
  /**
   * What the thread asked about before a follow-up joined another topic on ("What did he say about heavy industry?"
   * before "And light industry?"): what a later "Compare the two" sets beside the topic now asked.
   */
  earlierTopics?: string[];
}

/** Words that frame a question without naming its topic. */
const FRAME = new Set(
  `think thought mention mentioned mentions use used uses using talk talked speak spoke spoken write writes wrote written explain explained mean meant describe described
  put phrase phrases phrased word worded term terms expression expressions express expressed quote quotes quotable citable cite line sentence passage passages statement statements remark remarks
  change changed changes compare compared differ different difference differences contrast agree agrees agreed disagree disagrees disagreed later earlier before after period time times year years decade
  consistent consistency inconsistent inconsistency shift shifted shifts evolve evolved evolution
  decades era again else instead too either specifically exactly example examples more less fewer other another ones similar view
  views idea ideas stance position opinion often frequently please only just even still elsewhere short shorter brief briefer concise briefly context
  define defines defined definition definitions description descriptions explanation explanations version versions
  propose proposes proposed suggest suggests suggested recommend recommends recommended argue argues argued claim claims claimed
  main point points gist words own figures numbers statistics opposite contrary otherwise contradict contradicts contradicted`
    .split(/\s+/)
    .filter(Boolean),
);
const ANAPHORA = /\b(it|that|this|these|those|them|they|there|then|same|such)\b/i;
/** "Is there …", "there are …": a "there" that says something exists, pointing at no place before. */
const EXISTENTIAL_THERE = /\b(?:(?:is|are|was|were)(?:n['’]t)?\s+there|there\s+(?:is|are|was|were)(?:n['’]t)?|there['’]s)\b/gi;
/** "Which is more about agriculture?", "Which one talks less about trade?": one of the things before, set against the other. */
const WHICH_OF_THOSE = /^\s*(?:and\s+)?which(?:\s+one)?\s+(?:is|was|talks|speaks|says|writes|mentions|discusses|focuses|has)\b[^?.!]*\b(?:more|less)\b/i;
/** "which of them", "which one of these", "which of the two": one or some of the things before, chosen; not topics ("which of these topics"). */
const AMONG_THOSE = /\b(?:which|what)\s+(?:one\s+)?of\s+(?:them|these|those|the\s+two)\b(?!\s+(?:topics?|subjects?|themes?|ideas?|words?|terms?)\b)/gi;
/**
 * "Who was Kim San Ho?": someone the texts name, asked about; "he" or "his" after it is that person ("how did he lose
 * his thumb?"), unless saying something, as the author does ("In which work did he talk about trade?").
 */
const WHO_SOMEONE_WAS = /^\s*[Ww]ho\s+(?:was|is)\s+\p{Lu}/u;
const A_PERSON = /\b(?:he|she|him|his|her)\b/i;
const SAYING_SO = /\b(?:he|she)\s+(?:\p{L}+\s+)?(?:say|says|said|talk|talks|talked|speak|speaks|spoke|write|writes|wrote|mention|mentions|mentioned|describe|describes|described|tell|tells|told|argue|argues|argued|call|calls|called)\b/iu;
/** Whether a question points back at what was said before ("that", "these", "the same", "Which is more …?", "is he mentioned"). */
const pointsBackIn = (question: string): boolean =>
  ANAPHORA.test(question.replace(EXISTENTIAL_THERE, ' ')) || WHICH_OF_THOSE.test(question) || PERSON_SPOKEN_OF.test(question);
/**
 * A short question that opens by joining on to the last one ("and self-reliance?", "what about rice?", "any from Zhang
 * Chao?"), or
 * asks for one more of what it asked for ("Now one about trade", "another on aid"): the same question of another topic.
 */
const CONTINUES = /^\s*(?:and|or|also|what about|how about|any(?:thing)?\s+(?:from|by))\b|^\s*(?:(?:and|now|then)\s+)?(?:another|one|a\s+second)(?:\s+one)?\s+(?:about|on|regarding|concerning|for)\b/i;
const TIME_EXPRESSION = new RegExp(
  String.raw`\b(?:(?:in|during|from|by|before|after|around|between|until|till|through|to|and|the|of|his)\s+)*(?:the\s+)?(?:${PART_BEFORE_TIME}|${MONTH_BEFORE_YEAR})?(?:${YEAR_NUMBER})s?(?:\s+(?:${KINDS_OF_WORK})(?:e?s)?)?\b`,
  'gi',
);

/** The kinds of work a follow-up may name, singular or plural (a pattern's source). */
const A_KIND = String.raw`speech(?:es)?|interviews?|talks?`;
/** One work of a kind a follow-up may point at (a pattern's source). */
const A_KIND_ONE = String.raw`speech|interview|talk|article`;

/**
 * How a request for more opens: "And", "OK,", "Show me", "please give us", "can you find", "are there", "do you have",
 * "some", "three" (a pattern's source).
 */
const ASKING_FOR = String.raw`^\s*(?:(?:and|now|then|ok|okay|great|thanks|thank\s+you)[,.!]?\s+)?(?:please\s+)?(?:(?:can|could|would)\s+you\s+(?:please\s+)?)?(?:(?:show|give|tell|find|get)\s+(?:(?:me|us)\s+)?|(?:are|is)\s+there\s+|(?:do\s+you\s+have|have\s+you\s+got|got)\s+)?(?:some\s+|any\s+|(?:\d{1,2}|${NUMBER_WORDS.join('|')})\s+)?`;

const REQUEST_OPENING = new RegExp(ASKING_FOR, 'i');

/** What an answer gives, named in a request for more of it ("other examples", "more definitions"), a pattern's source. */
const WHAT_AN_ANSWER_GIVES = 'passages|quotes|quotations|examples|ones|works|statements|sentences|lines|definitions|mentions|references|instances';
/** One of what an answer gives ("one more quote", "another passage"), a pattern's source. */
const ONE_THAT_AN_ANSWER_GIVES = 'quote|quotation|passage|example|line|sentence|statement|definition';
/** "anything else", "what else did he say (about it)", "what else is there": what else is asked for, of no new topic (a pattern's source). */
const ELSE_ASKED = String.raw`(?:anything|something|what)\s+else(?:\s+(?:(?:did|does|do|has|have)\s+(?:he|she|they|it)\s+(?:say|said|write|written|talk\s+about|mention|cover|discuss)|is\s+there))?(?:\s+(?:about|on|of)\s+(?:it|that|this|them))?`;
/** "What else did he say in that talk?", "Anything else there?": what else a work (or the answer) holds, not more of the same. */
const ELSE = new RegExp(String.raw`\b${ELSE_ASKED}`, 'i');
export const asksElse = (message: string): boolean => ELSE.test(message);
/** "more", "show me more", "three more quotes", "any others?", "what else?", "what else did he say?", "any other definitions?", "another one please": the question before, again, for what its answer has not shown. */
const MORE = new RegExp(
  String.raw`${ASKING_FOR}(?:more|others|other (?:${WHAT_AN_ANSWER_GIVES})|another(?: (?:one|${ONE_THAT_AN_ANSWER_GIVES}))?|${ELSE_ASKED})(?:,?\s+(?:please|${WHAT_AN_ANSWER_GIVES}|${ONE_THAT_AN_ANSWER_GIVES}|of (?:them|those|these)))*\s*[?.!]*\s*$`,
  'i',
);
/**
 * "more from that work", "two more quotes from the second one", "more from it", "more from the 1974 talk", "anything
 * else in that talk?", "what else did he say there?": more of the question before, from one work (a pattern's source,
 * its `from` what it is asked from, `there` when "there" alone says it).
 */
const MORE_FROM = new RegExp(
  String.raw`${ASKING_FOR}(?:more(?:\s+(?:passages|quotes|quotations|examples))?|${ELSE_ASKED})\s+(?:(?:from|in)\s+` +
    String.raw`(?<from>it|there|(?:that|this|the\s+same)\s+(?:one|work|text|${A_KIND_ONE})|the\s+(?:${PLACE})\s+(?:one|quote|passage)|quote\s+\d{1,2}|\[\d{1,2}\]|(?:the|his)\s+(?:${YEAR_NUMBER})\s+(?:${A_KIND_ONE}))|(?<there>there))` +
    String.raw`(?:,?\s+please)?\s*[?.!]*\s*$`,
  'i',
);
/**
 * What "more from …" asks more from (`MORE_FROM`): "that work", "the second one", or, `byTime`, a work named by its time
 * ("the 1974 talk"), which is searched; null when it asks no more so.
 */
export function moreFrom(message: string): { from: string; byTime: boolean } | null {
  const groups = MORE_FROM.exec(message)?.groups;
  const from = groups?.from ?? groups?.there;
  return from === undefined ? null : { from, byTime: /\d{4}/.test(from) };
}
/** "And one for the conclusion?", "another for my handout": one more of what was asked, for another use of the user's (`PURPOSE`). */
const ONE_MORE_FOR = /^\s*(?:(?:and|now|then)\s+)?(?:(?:give|show|find)\s+(?:me\s+)?)?(?:just\s+)?(?:one|another(?:\s+one)?)\s*[?.!]*\s*$/i;
/** "Not that one", "no, not this one, another please": another of what the answer before gave. */
const NOT_THAT_ONE = /^\s*(?:no[,.!]?\s+)?not\s+(?:that|this|those|these)(?:\s+ones?)?(?:[,.!]?\s+(?:another|a\s+different)(?:\s+one)?)?(?:,?\s+please)?\s*[?.!]*\s*$/i;
export const asksForMore = (message: string): boolean =>
  MORE.test(message) || MORE_FROM.test(message) || NOT_THAT_ONE.test(message) || (PURPOSE.test(message) && ONE_MORE_FOR.test(withoutMatches(message, PURPOSE)));
/**
 * "Did he say that elsewhere?", "… anywhere else?", "anything similar in other works?", "Are there other years?", "Is
 * that the only work?": the question before, in works the answer before did not quote.
 */
const ELSEWHERE =
  /\belsewhere\b|\b(?:is|was|are|were)\s+(?:that|this|it|these|those|they)\s+the\s+only\s+(?:works?|texts?|sources?|speech(?:es)?|talks?|interviews?|places?|times?|ones?|passages?|mentions?|years?)\b|\b(?:anywhere|somewhere)\s+else\b|\b(?:in|from)\s+(?:any\s+|an?\s+)?(?:other|another|different)\s+(?:works?|texts?|sources?|speech(?:es)?|talks?|interviews?|places?|years?|decades?|periods?)\b|^\s*(?:(?:are|were)\s+there\s+|any\s+|what\s+about\s+)?(?:other|different)\s+(?:years|decades|periods)\s*[?.!]*\s*$/i;
export const asksElsewhere = (message: string): boolean => ELSEWHERE.test(message);
/** "One from a different year", "other decades?": the time the other works are to be of, when it is a time that is asked. */
export function elsewhereIn(message: string): 'year' | 'decade' | null {
  const asked = ELSEWHERE.exec(message)?.[0] ?? '';
  return /\byears?\b/i.test(asked) ? 'year' : /\b(?:decades?|periods?)\b/i.test(asked) ? 'decade' : null;
}

/** "Which interviews are most relevant?", "the most useful works": relevant to the topic before, which the works are asked of. */
const RELEVANT_TO_IT = new RegExp(String.raw`\b${RELEVANT}\b`, 'i');

/** "In which works?", "From what years?": a question that opens with where its answer is, the rest left to the question before. */
const ELLIPTICAL = /^\s*(?:and\s+)?(?:in|from|during)\s+(?:which|what)\b/i;
/** Whether a question leaves what it asks to the question before (`ELLIPTICAL`): asked after a count, it is a count too. */
export const isElliptical = (question: string): boolean => ELLIPTICAL.test(question);

/** "in interviews", "from his speeches": the works of a kind, as a follow-up keeps the question before to them. */
const IN_A_KIND = new RegExp(String.raw`\b(?:in|from)\s+(?:his\s+|the\s+|these\s+|an?\s+|one\s+)?(?:${A_KIND})\b`, 'i');
/**
 * "in the Peru talk", "from the Ghana Times interview", "Compare the Ghana and Yugoslav interviews": works named by
 * words of their titles (group 1: "the Peru talk"), to which a follow-up keeps the question before as to a kind; a year
 * alone ("the 1987 speech") is kept as a time.
 */
const WORKS_NAMED = new RegExp(String.raw`\b(?:in|from|compare|contrast)\s+(the\s+(?:(?!\d{4}\s)[\p{L}\d'’-]+\s+){1,5}?(?:${A_KIND}|articles?|answers))\b`, 'iu');

/**
 * "What about talks?", "And interviews?", "only speeches", "just the interviews please", "speeches only": a kind of work
 * alone ("in" before it is `IN_A_KIND`), joined on to the question before; the question before, in works of that kind.
 */
const KIND_INSTEAD = new RegExp(
  String.raw`^\s*(?:(?:and|or|but|what about|how about|only|just)\s+(?:his\s+|the\s+)?(${A_KIND})|(?:his\s+|the\s+)?(${A_KIND})\s+only)\s*(?:,?\s*please)?\s*[?.!]*\s*$`,
  'i',
);

/** "Now add 1993", "include the 1970s": a time set beside those asked before, not in their place. */
const ADDS = /\b(?:add|adding|include|including|plus)\b/i;
/** "And 1993 too", "1974 as well": a time set beside those a comparison asked before ("Is there one from the 1960s too?" after one quote asks for another). */
const ALSO = /\b(?:also|as\s+well|too)\b/i;

/** "than that", "than those": the answer before, as a time is compared with its (a pattern's source). */
const THAN_THOSE = String.raw`(?:\s+than\s+(?:that|those|these|this|them|then))?`;
/** "Is there anything earlier?", "Any older quotes?", "What about before that?": before the answer before. */
const EARLIER_THAN_BEFORE = new RegExp(String.raw`\b(?:earlier|older)${THAN_THOSE}\b|\b(?:before|prior\s+to)\s+(?:that|then|those|these|this|them)\b`, 'i');
/** "Anything more recent?", "Did he say it later?", "And since then?": after the answer before. */
const LATER_THAN_BEFORE = new RegExp(String.raw`\b(?:later|newer|more\s+recent)${THAN_THOSE}\b|\b(?:after|since)\s+(?:that|then|those|these|this|them)\b`, 'i');

/**
 * The side of the answer before's time a follow-up asks of its topic ("Is there anything earlier?": before its first
 * quote's year; "Anything more recent?": after its last), if it asks one; not "Which one is older?", an order among its
 * works.
 */
export function sideOfTimeAsked(question: string): 'before' | 'after' | null {
  if (asksOrderAmong(question)) return null;
  return EARLIER_THAN_BEFORE.test(question) ? 'before' : LATER_THAN_BEFORE.test(question) ? 'after' : null;
}

/** A search with the time it was asked in and the side of the answer before's time left out, for another time. */
export const withoutTimes = (search: string): string => withoutYears([EARLIER_THAN_BEFORE, LATER_THAN_BEFORE].reduce(withoutMatches, search));

/** "Does the abstract agree?", "Do they disagree?": two sides set beside each other. */
const AGREEING = /\b(?:agree|agrees|agreed|disagree|disagrees|disagreed)\b/i;
/** "Compare the two", "How do they differ?", "the difference between them": topics set side by side. */
const SETS_SIDE_BY_SIDE = /\b(?:compare[sd]?|comparing|comparison|contrast(?:s|ed)?|differ(?:s|ed)?|difference|differences|different|versus|vs)\b/i;

/** "Which is mentioned more?", "which one does he mention most often?": one of the things before, chosen by how often. */
const WHICH_MORE = /^\s*(?:and\s+)?which(?:\s+one)?\b[^?.!]*\b(?:more|less|most|least)\b/i;

/** "these topics", "those subjects", "the three themes": the topics asked one after another, pointed back at. */
const THE_TOPICS_BEFORE = /\b(?:these|those|the|all)\s+(?:(?:two|three|four|five)\s+)?(?:topics|subjects|themes|things)\b/i;

/** "Both together?", "and both of them?", "passages with both?": the topic before and the one joined on to it, in one passage. */
const BOTH_TOGETHER =
  /^\s*(?:(?:and|what about|how about)\s+)?(?:(?:passages?|quotes?)\s+(?:with|on|about)\s+)?(?:both(?:\s+of\s+them)?|the\s+two)(?:\s+(?:together|at\s+once))?(?:,?\s*please)?\s*[?.!]*\s*$|^\s*together\s*[?.!]*\s*$/i;

/** "And after?", "what about before that?", "and earlier?": the other side of the year the question before bounded. */
const OTHER_SIDE = /^\s*(?:and|or|but|what about|how about)?\s*(?:the\s+)?(?:after|afterwards|later|before|earlier)(?:\s+(?:that|then))?\s*[?.!]*\s*$/i;

/**
 * "And what does Kim say?", "What did Zhang Chao write about it?": whose words are asked, by a name written as names
 * are (case-blind only in its first words: with "i", `\p{Lu}` would take any letter), of the topic before; the name is no topic of its own (whose works to search is the answerer's: `followedAuthors`).
 */
const SAYS_ALONE =
  /^\s*(?:(?:[Aa]nd|[Bb]ut|[Ss]o)\s+)?[Ww]hat\s+(?:does|did|do|would|has)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:say|said|think|thought|write|wrote|argue|argued|claim|claimed)(?:\s+(?:about|of|on)\s+(?:it|this|that|them))?\s*[?.!]*\s*$/u;

/** Words that say how many quotes, or which, are wanted ("three quotes", "the most important quote"), naming no topic. */
const QUOTES_WANTED = [PASSAGES_WANTED, QUOTES_PRAISED, WORD_LIMIT];

/**
 * The topic words of a question: content words that are neither times ("in June 1987"), nor order ("the earliest"),
 * nor question framing ("three quotes", "the best quote"), nor the user's own work ("for my essay"), nor the kind of
 * work kept to ("from an interview"), nor adding ("include 1993 too"), nor where most is asked ("Which work has the
 * most?"), nor guidance ("Where should I start?"), nor one of several ranked ("Which is stronger?"), nor, in a question of whom he addressed, words of addressing ("Who
 * was he talking to?"), nor a request's opening ("Show me", "can you find").
 */
export function topicWords(question: string): string[] {
  // "Show me only the ones from the 1990s": a request's opening words name no topic.
  const unaddressed = (asksWhom(question) ? question.replace(ADDRESSING, ' ') : question).replace(SAYS_ALONE, ' ').replace(REQUEST_OPENING, ' ');
  const unordered = [FROM_A_WORK_BY_ORDER, ...FIRST_OR_LAST, LENGTH_AMONG, ...QUOTES_WANTED, PURPOSE, IN_A_KIND, ADDS, ALSO, MOST_PASSAGES, GUIDANCE_ASKED, RANKED_BY_FORCE, EARLIER_THAN_BEFORE, LATER_THAN_BEFORE].reduce((text, pattern) => text.replace(new RegExp(pattern.source, 'giu'), ' '), unaddressed);
  const words = [...new Set(contentTokens(withoutYears(unordered)).map((t) => t.word))].filter((w) => !FRAME.has(w) && !/^\d+s?$/.test(w));
  // Numbers alone are no topic: "Compare the two" (but "the Three-Year Plan" is one).
  return words.every((w) => NUMBER_WORDS.includes(w)) ? [] : words;
}

/** "in October", "the June speech": a time (`monthsAsDates` reads it), no topic. */
const MONTHS_ALONE = new RegExp(String.raw`(?:\b(?:in|from|during)\s+)?${MONTH_ALONE}`, 'g');

/** Removes year, decade and month expressions ("in 1961", "between 1971 and 1982", "the 1980s", "in June 1987", "in early 1987", "in his 1987 speech", "in June"). */
export function withoutYears(question: string): string {
  return tidied(question.replace(TIME_EXPRESSION, ' ').replace(MONTHS_ALONE, ' '));
}

/** "from each", "from each of them": each of the works before, of the kind the question before asked for, if one. */
const FROM_EACH = /\bfrom\s+each(?:\s+of\s+(?:them|these|those))?\b(?!\s+(?:work|text|speech|talk|interview|decade|year|one)s?\b)/i;
/** The kind of work the question before named ("Which works are interviews?"), if one. */
const KIND_NAMED = new RegExp(String.raw`\b(${A_KIND})\b`, 'i');

/**
 * "Give me a quote on self-reliance from each" after "Which works are interviews?": "from each interview", the kind of
 * works the question before listed, so that each of them is quoted.
 */
export function withEachKindSaid(question: string, before: string): string {
  const each = FROM_EACH.exec(question);
  const kind = each ? KIND_NAMED.exec(before)?.[1] : undefined;
  if (!each || !kind) return question;
  return `${question.slice(0, each.index)}from each ${oneOfKind(kind)}${question.slice(each.index + each[0].length)}`;
}

/** "the 1978 one", "his June 1987 one": a work named by its time and "one" for its kind (a pattern's source: group `time`). */
const TIMED_ONE = new RegExp(String.raw`\b(?:the|his)\s+(?<time>(?:${MONTH_BEFORE_YEAR})?(?:${YEAR_NUMBER}))\s+one\b`, 'i');
/** A kind of work named with its time in the question before ("the 1974 talk"): the kind "one" stands for. */
const TIMED_KIND = new RegExp(String.raw`\b(?:${YEAR_NUMBER})\s+(${A_KIND_ONE}|programme)\b`, 'i');

/** "No, I meant the 1978 one" after "What did he say in the 1974 talk?": "the 1978 talk", the kind "one" stands for. */
export function withOneOfAKind(question: string, before: string): string {
  const one = TIMED_ONE.exec(question);
  const kind = one ? TIMED_KIND.exec(before)?.[1] : undefined;
  if (!one || !kind) return question;
  return `${question.slice(0, one.index)}the ${one.groups!.time} ${kind.toLowerCase()}${question.slice(one.index + one[0].length)}`;
}

/** "the next decade", "the decade before", "the following year", "the year after that": a time counted from the one before (a pattern). */
const COUNTED_TIME = /\b(?:the\s+)?(?:(?<side>next|following|previous|preceding)\s+(?<unit>decade|year)|(?<unit2>decade|year)\s+(?<side2>after|before)(?:\s+(?:that|this|it))?)\b/i;
const DECADE_NAMED = /\b(1[89]\d0)s\b/g;
const YEAR_NAMED = /\b(1[89]\d\d)\b(?!s)/g;

/**
 * "What about the next decade?" after "… during the 1970s?", "What did he say in 1974 and the following year?": the
 * time it counts from the last one named before it, in the question itself or else in the question before, written out
 * ("the 1980s", "1975"); the question as it is when none of the unit counted was named.
 */
export function withTimeCounted(question: string, before: string): string {
  const m = COUNTED_TIME.exec(question);
  if (!m?.groups) return question;
  const unit = (m.groups.unit ?? m.groups.unit2)!.toLowerCase();
  const later = /^(?:next|following|after)$/i.test(m.groups.side ?? m.groups.side2 ?? '');
  const last = [...`${before} ${question.slice(0, m.index)}`.matchAll(unit === 'decade' ? DECADE_NAMED : YEAR_NAMED)].at(-1);
  if (!last) return question;
  const from = Number(last[1]);
  const step = unit === 'decade' ? 10 : 1;
  const time = `${from + (later ? step : -step)}${unit === 'decade' ? 's' : ''}`;
  return `${question.slice(0, m.index)}${unit === 'decade' ? 'the ' : ''}${time}${question.slice(m.index + m[0].length)}`;
}

/** Resolves `question` against the previous question (already resolved), if any; `authors` are the corpus's, named as "he". */
export function resolveFollowUp(previous: ResolvedQuestion | null, asked: string, authors: readonly string[] = []): ResolvedQuestion {
  const question = previous === null ? asked : [withTimeCounted, withEachKindSaid, withOneOfAKind].reduce((text, read) => read(text, previous.search), asked);
  if (previous !== null && asksForMore(question)) {
    // "more from the 1974 talk": the work named is searched in with the question before; "from that work" is the chat's to say.
    const from = moreFrom(question);
    return { ...previous, ...(from?.byTime ? { search: `${previous.search} from ${from.from}` } : {}), followUp: true, more: true };
  }
  // "And the latest?" after "What is the earliest work?": the question before, asked of the other end.
  const otherEnd = previous !== null ? ANOTHER_END.exec(question)?.[1] : undefined;
  if (otherEnd && AN_END.test(previous!.search)) {
    const ofIt = (text: string) => text.replace(AN_END, otherEnd.toLowerCase());
    return { ...previous!, search: ofIt(previous!.search), asks: ofIt(previous!.asks), followUp: true };
  }
  const together = previous?.earlierTopics?.length && BOTH_TOGETHER.test(question) ? bothTopics(previous.earlierTopics.at(-1)!, withoutCiting(previous.search)) : null;
  if (together) return { search: together, filters: previous!.filters, followUp: true, asks: together };
  const otherSide = previous !== null && OTHER_SIDE.test(question) ? otherSideOf(withoutCiting(previous.search)) : null;
  if (otherSide !== null) return { search: otherSide, filters: previous!.filters, followUp: true, asks: previous!.asks };
  const instead = previous !== null ? KIND_INSTEAD.exec(question) : null;
  const kind = instead ? (instead[1] ?? instead[2])!.toLowerCase() : undefined;
  if (kind) return { search: `${ofNoKind(previous!.search)} in his ${kindsOf(kind)}`, filters: previous!.filters, followUp: true, asks: previous!.asks };
  // "One from a different work", "Which interviews are most relevant?", "one quote from each work": the words asking for
  // other works, for those that address the topic before, or for quotes work by work, name no topic.
  // "Not from 1987" names no time to keep to: the question before, its works of 1987 set aside (`worksSetAside`); nor
  // do "Exclude 1987" and "Not from interviews" name a topic, or the texts.
  const timesKept = withoutTimeSetAside(question);
  // "compare with the abstract", "Does Zhang Chao agree?": the work or author set beside the answer before is no topic
  // of its own ("And Kim?" alone asks the question before of him: `namesAnAuthorAlone`).
  const scholarless = withoutScholarship(timesKept);
  const ofWhom = SETS_SIDE_BY_SIDE.test(question) || AGREEING.test(question) ? authorsAsHe(scholarless, authors) : scholarless;
  const topic = topicWords([ELSEWHERE, RELEVANT_TO_IT, ...(QUOTE.test(question) ? [EACH_WORK_SAID] : [])].reduce(withoutMatches, ofWhom));
  const short = question.split(/\s+/).filter(Boolean).length <= 8;
  const parsed = parseQuery(timesKept, new Set(), { authors });
  // The years it names, as a time set against the others is too ("compare with the 1960s": the others are the question's before).
  const years = [...yearsAskedAbout(timesKept)].sort((a, b) => a - b);
  // A time the follow-up names or bounds ("in 1987", "after 1961").
  const timed = years.length > 0 || parsed.yearBounds !== null || new RegExp(MONTH_ALONE).test(timesKept);
  // "Which of them mentions oil?": a count among the works before, of its own topic; "them" points at no topic.
  const pointsBack =
    (pointsBackIn(question) && !(topic.length > 0 && asksHowOften(question) && !pointsBackIn(question.replace(AMONG_THOSE, ' ')))) ||
    (previous !== null && WHO_SOMEONE_WAS.test(previous.search) && A_PERSON.test(question) && !SAYING_SO.test(question));
  // "Only in interviews please" after a question keeps it to those works, as "and in the 1980s?" keeps it to those years,
  // and "from the earliest work only" to that work. "Which work has the most?" after a topic counts that topic, work by work.
  const aboutTheTexts =
    topic.length === 0 &&
    !pointsBack &&
    !timed &&
    !IN_A_KIND.test(question) &&
    !FROM_A_WORK_BY_ORDER.test(question) &&
    !asksElsewhere(question) &&
    !isElliptical(question) &&
    !MOST_PASSAGES.test(question) &&
    !RELEVANT_TO_IT.test(question) &&
    // "One quote from each work": quotes of the topic before, work by work, not each work summed up.
    !(namesEachWork(question) && QUOTE.test(question)) &&
    speaksOfTheTexts(timesKept);
  const merge = previous !== null && !aboutTheTexts && (topic.length === 0 || (short && topic.length <= 2 && pointsBack));
  const continues = previous !== null && !asksForAKind(timesKept) && (merge || (short && CONTINUES.test(question)));
  const asks = continues ? previous.asks : question;
  if (!merge && !continues) return { search: question, filters: {}, followUp: false, asks };
  // "And light industry?" after "… heavy industry?": the same question of another topic, the one before kept for a
  // comparison; after "… in 1987?" (or "… in his interviews?"), of that time and those works too, unless it names its own.
  const kindBefore = IN_A_KIND.exec(previous.search)?.[0];
  const worksBefore = WORKS_NAMED.exec(previous.search)?.[1];
  const kept = timed || IN_A_KIND.test(question) || WORKS_NAMED.test(question) ? [] : [...timesIn(previous.search), ...(kindBefore ? [kindBefore] : []), ...(worksBefore ? [`in ${worksBefore}`] : [])];
  if (!merge) {
    const search = kept.length ? `${question.replace(/\s*[?.!]+\s*$/, '')} ${kept.join(' ')}?` : question;
    return { search, filters: kept.length ? previous.filters : {}, followUp: false, asks, earlierTopics: [...(previous.earlierTopics ?? []), withoutCiting(previous.search)] };
  }
  // What the question before asked about, not how it asked to cite it ("in MLA").
  // A kind of work named in place of the one before ("And in speeches?" after "… in interviews"): that kind alone.
  // Nor how it asked to count ("How many are there?"): "Which one is the earliest?" after it asks for no figure.
  const before = sentenceOf(withoutCountAlone(IN_A_KIND.test(question) ? ofNoKind(previous.search) : withoutCiting(previous.search)));
  const earlier = { ...(previous.earlierTimes ? { earlierTimes: previous.earlierTimes } : {}), ...(previous.earlierTopics ? { earlierTopics: previous.earlierTopics } : {}) };
  // "How do these compare?" after "… in the 1960s?" and "What about the 1980s?": those times, side by side.
  if (!timed && parsed.compare && previous.earlierTimes) return { search: `${before} ${question} ${previous.earlierTimes.join(' ')}`, filters: {}, followUp: true, asks };
  // "Compare the two" after "… heavy industry?" and "And light industry?": both topics.
  if (!timed && (parsed.compare || SETS_SIDE_BY_SIDE.test(question)) && previous.earlierTopics) return { search: `${previous.earlierTopics.join(' ')} ${before} ${question}`, filters: previous.filters, followUp: true, asks };
  // "Which of these topics does he mention most?", "Which is mentioned more?" after "… heavy industry?", "and light
  // industry?": each topic counted.
  if ((THE_TOPICS_BEFORE.test(question) || (WHICH_MORE.test(question) && topic.length === 0)) && asksHowOften(question) && previous.earlierTopics) {
    const topics = [...previous.earlierTopics, before].map((q) => topicWords(q).join(' ')).filter(Boolean);
    return { search: `${question.replace(/\s*[?.!]+\s*$/, '')}: ${topics.join(', ')}?`, filters: previous.filters, followUp: true, asks: question };
  }
  // "And in other works?" after "… in 1987?": any other work, of any time.
  // Its words for the other works are no words to look for ("Are there other years?" found "Three-Year Plan").
  if (!timed && asksElsewhere(question)) return { search: `${withoutYears(before)} ${tidied(question.replace(ELSEWHERE, ' '))}`, filters: {}, followUp: true, asks };
  if (!timed) return { search: `${before} ${question}`, filters: previous.filters, followUp: true, asks, ...earlier };
  // "Compare that with the 1960s", "Now add 1993", "And 1993 too?" after a comparison: the time before stays, beside the
  // new one; the search text says both.
  if (parsed.compare || ADDS.test(question) || (ALSO.test(question) && parseQuery(before, new Set(), { authors }).compare)) return { search: `${before} ${question}`, filters: {}, followUp: true, asks };
  // The new time constraint replaces the previous one; a bound is read from the search text, not made a filter.
  const filters: PassageFilters = topic.length === 0 && years.length > 0 ? { from: String(years[0]), to: String(years.at(-1)) } : {};
  // A bound ("after 1961") is no time to set beside another.
  const replaced = parseQuery(before, new Set()).yearBounds === null ? timesIn(before) : [];
  const earlierTimes = [...(previous.earlierTimes ?? []), ...replaced];
  return { search: `${withoutYears(before)} ${question}`, filters, followUp: true, asks, ...(earlierTimes.length ? { earlierTimes } : {}) };
}

/** The words of an end, of time or length, a question asks a work or a mention by ("the earliest work", "When did he first …"). */
const END_WORDS = String.raw`earliest|latest|first|last|oldest|newest|most\s+recent|longest|shortest|lengthiest|briefest`;
const AN_END = new RegExp(String.raw`\b(?:${END_WORDS})\b`, 'i');
/** "And the latest?", "What about the shortest one?", "And the last time?": another end asked, nothing else. */
const ANOTHER_END = new RegExp(String.raw`^\s*(?:(?:and|but|so|now)\s+)?(?:(?:what|how)\s+about\s+)?(?:the\s+)?(${END_WORDS})(?:\s+(?:one|ones|work|text|time))?\s*[?.!]*\s*$`, 'i');

/**
 * A question typed with no stop at its end, given one, so that the follow-up joined after it opens a sentence: its
 * first word's capital ("Include 1993 too") is no name's.
 */
const sentenceOf = (question: string): string => (/[.?!]["'”’)]*\s*$/.test(question) ? question : `${question.trimEnd()}.`);

/** "What did he say about both agriculture and irrigation?": two topics asked one after the other, set in one question (`bothAsked` reads it); null when either names none. */
function bothTopics(earlier: string, later: string): string | null {
  const [a, b] = [topicWords(earlier), topicWords(later)];
  return a.length && b.length ? `What did he say about both ${a.join(' ')} and ${b.join(' ')}?` : null;
}

/** The works of a kind by themselves: "the interviews", "his speeches" (a pattern's source). */
const THE_KIND = String.raw`\b(?:his|the|all|these|those)\s+(?:speeches|interviews|talks)\b`;
/** What the question before asked about, not how it asked to cite it ("in MLA") nor the kind of work it kept to ("in interviews", "List the interviews"). */
const ofNoKind = (search: string): string => withoutCiting(search).replace(new RegExp(`${IN_A_KIND.source}|${THE_KIND}`, 'gi'), ' ');

/** The year, decade and month expressions a question names, as written ("in the 1960s", "after 1961"). */
const timesIn = (question: string): string[] => [...question.matchAll(TIME_EXPRESSION)].map((m) => m[0].trim());

/**
 * Whether a question asks only of the answer before, searching nothing: to see a quote whole ("the full passage of
 * [2]") or where it is from ("What page is [1] on?", "Who said that?"), which of its works came first ("Which of these
 * is the earliest?"), how to cite it ("How do I cite it in MLA?", not "How do I cite that speech?").
 */
export const asksOfTheAnswerBefore = (question: string): boolean =>
  quotesBeforeAsked(question) !== null || asksOrderAmong(question) || (asksToCite(question) && pointsBackIn(question) && topicWords(withoutCiting(question)).length === 0);

/**
 * Resolves the last of a conversation's user questions, each earlier one against those before it; a greeting or
 * thanks in between is no question, so "and in 1987?" after "thanks!" follows the question before it; nor is one that
 * asks only of the answer before (`asksOfTheAnswerBefore`): "What about the 1980s?" after "How do I cite it in MLA?"
 * asks what the question before that one asked. The last question is resolved whatever it asks: with no quotes
 * before to point at, "When did he say that?" is searched with the question before it.
 */
export function resolveConversation(questions: readonly string[], authors: readonly string[] = []): ResolvedQuestion {
  let resolved: ResolvedQuestion | null = null;
  for (const [i, q] of questions.entries()) {
    if (!isSmallTalk(q) && (i === questions.length - 1 || !asksOfTheAnswerBefore(q))) resolved = resolveFollowUp(resolved, q, authors);
  }
  return resolved ?? { search: '', filters: {}, followUp: false, asks: '' };
}
