/**
 * Re-ordering retrieved passages by what the question states outright (pure): a phrase it quotes ('a young
 * country'), and whether it asks for an interviewer's words or a metadata line. (An author it names is a
 * filter of the search: retrieval/filters.ts.)
 */
import type { RankedPassage } from '../retrieval/rank.ts';

/** Moves passages that contain a quoted phrase of the question (case and spacing aside) to the front, in their order. */
export function quotedPhrasesFirst(passages: readonly RankedPassage[], phrases: readonly string[]): RankedPassage[] {
  if (phrases.length === 0) return [...passages];
  const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
  const wanted = phrases.map(norm);
  const has = (p: RankedPassage) => wanted.some((w) => norm(p.paragraph.text).includes(w));
  return [...passages.filter(has), ...passages.filter((p) => !has(p))];
}

/** A scholarly work's metadata line ("Keywords: …") lists terms; it states nothing to quote as an answer. */
export function isMetadataLine(text: string): boolean {
  return /^(?:Keywords?|Key words|Index terms|JEL(?: classification)?)\s*:/i.test(text);
}

/** Verbs that report what was put to someone: a question about what he was asked or told. */
const ASKED = /\b(?:asked|told|put (?:it|the question) to|questioned)\b/i;

/**
 * Leaves out interviewers' questions (unless the question is about what he was asked or told) and metadata lines
 * (unless it asks for keywords) when there are passages in the author's own words: those are what an answer may
 * quote. An interviewer's words that are quoted are labelled as such wherever they are shown.
 */
export function ownWords(passages: readonly RankedPassage[], question: string): RankedPassage[] {
  const wantsMetadata = /\b(?:key ?words?|index terms)\b/i.test(question);
  const wantsAsked = ASKED.test(question);
  const aside = (p: RankedPassage) => (!wantsAsked && p.paragraph.speaker === 'interviewer') || (!wantsMetadata && isMetadataLine(p.paragraph.text));
  const own = passages.filter((p) => !aside(p));
  return own.length > 0 ? own : [...passages];
}
