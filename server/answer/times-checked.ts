/**
 * Times a question checks rather than keeps to (pure): "Kim first talked about vinalon in 1978, correct?" asks whether
 * 1978 is the first, which only a search of every year can say; "Is 1993 the only year he talked about oil?" and "Was
 * the 1987 talk his last mention of self-reliance?" ask so of the year or work they open on. Read as searching every
 * work, the answer's earliest, latest or other works show whether what the question says holds.
 */
import { blankedOut, tidied } from '../retrieval/text.ts';
import { withoutQuotations, YEAR_NUMBER } from '../retrieval/query.ts';

/** "… correct?", "… right?", "Is that so?": a question checking the statement it makes. */
const STATEMENT_CHECKED = /(?:\b(?:correct|right|true|accurate|wrong)|\bis\s+(?:that|this|it)\s+(?:so|ok|okay))\s*[?.!]*\s*$/i;
/** The first, last or only one: what a statement checked says of a time that another time may disprove. */
const ONE_END = /\b(?:first|last|earliest|latest|only|never\s+again|no\s+longer)\b/i;
/** What is said of it at that end: a mention, a word used ("his last mention of …", "the first to talk about …"), not the work alone ("his last speech"). */
const SAID_OF = /\b(?:mention\w*|talk\w*|spoke|speak\w*|sa(?:y|ys|id)|us(?:e|es|ed|ing)|discuss\w*|refer\w*|wr(?:ite|ites|ote|itten)|about)\b/i;
/** "in 1978", "in the 1970s", "in the early 1980s", "in his 1987 talk": a time a statement places something in. */
const TIME_PLACED = new RegExp(
  String.raw`\b(?:in|during|by)\s+(?:(?:the|his|her|a)\s+)?(?:(?:early|late|mid)[\s-]+)?${YEAR_NUMBER}s?(?:\s+(?:speech|talk|interview|answers|work|text))?\b`,
  'gi',
);
/** "Is 1993 the only year …", "Was the 1987 talk his last …": a year or work asked whether it is the one at an end. */
const SUBJECT_CHECKED = new RegExp(
  String.raw`^\s*(is|was)\s+((?:(?:the|his|her)\s+)?${YEAR_NUMBER}(?:\s+[\p{L}-]+){0,2}?)\s+(?:(?:the|his|her|their|[\p{L}]+['’]s)\s+)(?:very\s+)?(?:first|last|earliest|latest|only|most\s+recent)\b`,
  'iu',
);

export interface TimesChecked {
  /** The question without the times it checks, to search every work. */
  text: string;
  /** The times taken out, as typed ("in 1978", "the 1987 talk"). */
  checked: string[];
}

export function timesChecked(question: string): TimesChecked {
  // A work asked of is asked which one is ("Which work was the first to mention self-reliance?"); a year, left out
  // ("Is the only year he talked about oil?" lists the years that hold it).
  const subject = SUBJECT_CHECKED.exec(question);
  if (subject && SAID_OF.test(question.slice(subject.index + subject[0].length))) {
    const [, verb, said] = subject;
    const start = subject.index + subject[0].indexOf(said!);
    const end = start + said!.length;
    const yearAlone = new RegExp(String.raw`^(?:the\s+)?${YEAR_NUMBER}$`, 'i').test(said!);
    const text = yearAlone ? tidied(blankedOut(question, [{ start, end }])) : `Which work ${verb!.toLowerCase()}${question.slice(end)}`;
    return { text, checked: [said!] };
  }
  const tag = STATEMENT_CHECKED.exec(question);
  if (!tag || !ONE_END.test(withoutQuotations(question))) return { text: question, checked: [] };
  const placed = [...question.matchAll(TIME_PLACED)];
  if (placed.length === 0) return { text: question, checked: [] };
  // "correct?" is no word to look for: the statement is asked as a question of when ("Kim first talked about vinalon?").
  const spans = [...placed.map((m) => ({ start: m.index, end: m.index + m[0].length })), { start: tag.index, end: question.length }];
  return { text: `${tidied(blankedOut(question, spans)).replace(/[\s,;:.]+$/, '')}?`, checked: placed.map((m) => m[0]) };
}
