/**
 * Times a question checks rather than keeps to (pure): "Kim first talked about vinalon in 1978, correct?" asks whether
 * 1978 is the first, which only a search of every year can say; "Is 1993 the only year he talked about oil?" and "Was
 * the 1987 talk his last mention of self-reliance?" ask so of the year or work they open on. Read as searching every
 * work, the answer's earliest, latest or other works show whether what the question says holds.
 */
import { blankedOut, tidied } from '../retrieval/text.ts';
import { withoutQuotations, YEAR_NUMBER } from '../retrieval/query.ts';

/** "… correct?", "… right?", "Is that so?", "…, wasn't it?", "…, yes?": a question checking the statement it makes. */
const STATEMENT_CHECKED =
  /(?:\b(?:correct|right|true|accurate|wrong)|\bis\s+(?:that|this|it)\s+(?:so|ok|okay)|,\s*(?:(?:isn['’]t|wasn['’]t|didn['’]t|doesn['’]t|hasn['’]t)\s+(?:it|he|that|this)|yes|no))\s*[?.!]*\s*$/i;
/** "Did he …?", "Was it …?", "Is it true that …?": a question whether what it says holds. */
const YES_OR_NO = /^\s*(?:did|does|do|was|were|is|are|has|have|had)\b/i;
/**
 * The first, last or only one: what a statement checked says of a time that another time may disprove. In lower case:
 * "the First Five-Year Plan" is a name.
 */
const ONE_END = /\b(?:first|last|earliest|latest|only|never\s+again|no\s+longer)\b/;
/** What is said of it at that end: a mention, a word used ("his last mention of …", "the first to talk about …"), not the work alone ("his last speech"). */
const SAID_OF = /\b(?:mention\w*|talk\w*|spoke|speak\w*|sa(?:y|ys|id)|us(?:e|es|ed|ing)|discuss\w*|refer\w*|wr(?:ite|ites|ote|itten)|about)\b/i;
/** "in 1978", "in the 1970s", "in the early 1980s", "in his 1987 talk": a time a statement places something in. */
const TIME_PLACED = new RegExp(
  String.raw`\b(?:in|during|by)\s+(?:(?:the|his|her|a)\s+)?(?:(?:early|late|mid)[\s-]+)?${YEAR_NUMBER}s?(?:\s+(?:speech|talk|interview|answers|work|text))?\b`,
  'gi',
);
const SUBJECT = String.raw`((?:(?:the|his|her)\s+)?${YEAR_NUMBER}(?:\s+[\p{L}-]+){0,2}?)`;
const AN_END = String.raw`(?:(?:the|his|her|their|[\p{L}]+['’]s)\s+)(?:very\s+)?(first|last|earliest|latest|only|most\s+recent)\b`;
/**
 * "Is 1993 the only year …", "Was the 1987 talk his last …", "1978 was the first time …, wasn't it?": a year or work
 * said to be the one at an end (groups: the verb, the year or work, the end).
 */
const SUBJECT_ASKED = new RegExp(String.raw`^\s*(is|was)\s+${SUBJECT}\s+${AN_END}`, 'iu');
const SUBJECT_STATED = new RegExp(String.raw`^\s*${SUBJECT}\s+(is|was)\s+${AN_END}`, 'iu');
const YEAR_ALONE = new RegExp(String.raw`^(?:the\s+)?${YEAR_NUMBER}$`, 'i');

export interface TimesChecked {
  /** The question without the times it checks, to search every work. */
  text: string;
  /** The times taken out, as typed ("in 1978", "the 1987 talk"). */
  checked: string[];
}

export function timesChecked(question: string): TimesChecked {
  return subjectChecked(question) ?? placedTimesChecked(question) ?? { text: question, checked: [] };
}

/**
 * A year or work said to be the first, last or only one to say something, asked which is: "Which work was the first to
 * mention self-reliance?", "Which year was the first time he mentioned oil?"; "In which years he talked about oil?" for
 * "Is 1993 the only year he talked about oil?".
 */
function subjectChecked(question: string): TimesChecked | null {
  const asked = SUBJECT_ASKED.exec(question);
  const stated = asked ? null : SUBJECT_STATED.exec(question);
  const m = asked ?? stated;
  if (!m) return null;
  const [verb, said, end] = asked ? [asked[1]!, asked[2]!, asked[3]!] : [stated![2]!, stated![1]!, stated![3]!];
  const rest = withoutTag(question.slice(m.index + m[0].length));
  if (!SAID_OF.test(rest)) return null;
  if (!YEAR_ALONE.test(said)) return { text: `Which work ${verb.toLowerCase()} the ${end.toLowerCase()}${rest}`, checked: [said] };
  // A year: the time it is said to be ("the first year", "the only time") asked as a time.
  const after = /^\s+(?:year|time|one)s?\b/i.exec(rest);
  const afterNoun = after ? rest.slice(after[0].length) : rest;
  const text = /^only$/i.test(end) ? `In which years${afterNoun}` : `Which year was the ${end.toLowerCase()} time${afterNoun}`;
  return { text, checked: [said] };
}

/**
 * The time a statement of a first, last or only one places it in, when the question asks whether it holds: "Kim first
 * talked about vinalon in 1978, correct?", "Did he only talk about vinalon in 1978?". "correct?" is no word to look for:
 * the statement is asked as a question of when ("Kim first talked about vinalon?").
 */
function placedTimesChecked(question: string): TimesChecked | null {
  const tag = STATEMENT_CHECKED.exec(question);
  // Its first word has its capital by convention ("Only in 1978 did he …").
  const asWritten = withoutQuotations(question).replace(/^\s*\p{Lu}/u, (c) => c.toLowerCase());
  if ((!tag && !YES_OR_NO.test(question)) || !ONE_END.test(asWritten)) return null;
  const placed = [...question.matchAll(TIME_PLACED)];
  if (placed.length === 0) return null;
  const spans = [...placed.map((m) => ({ start: m.index, end: m.index + m[0].length })), ...(tag ? [{ start: tag.index, end: question.length }] : [])];
  return { text: `${tidied(blankedOut(question, spans)).replace(/[\s,;:.?]+$/, '')}?`, checked: placed.map((m) => m[0]) };
}

/** A statement's words without the tag that asks whether it holds (", wasn't it?"). */
const withoutTag = (text: string): string => {
  const tag = STATEMENT_CHECKED.exec(text);
  return tag ? `${text.slice(0, tag.index).replace(/[\s,]+$/, '')}?` : text;
};
