/**
 * Re-ordering retrieved passages by what the question states outright (pure): an author it names (what
 * Kim Il Sung said is not what a scholar wrote about him) and a phrase it quotes ('a young country').
 */
import type { Work } from '../corpus/types.ts';
import type { RankedPassage } from '../retrieval/rank.ts';
import { tokenize } from '../retrieval/text.ts';

function nameWords(author: string): string[] {
  return author.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 1);
}

/** The authors whose names the question contains (at least two words of a longer name). */
export function namedAuthors(question: string, works: readonly Work[]): Set<string> {
  const words = new Set(tokenize(question).map((t) => t.word.replace(/'s$/, '')));
  const named = new Set<string>();
  for (const author of new Set(works.map((w) => w.author))) {
    const parts = nameWords(author);
    const hits = parts.filter((p) => words.has(p)).length;
    if (parts.length > 0 && hits >= Math.min(2, parts.length)) named.add(author);
  }
  return named;
}

/** Keeps the passages by the authors the question names, when it names any and some of their passages were found. */
export function byNamedAuthors(passages: readonly RankedPassage[], authors: ReadonlySet<string>): RankedPassage[] {
  if (authors.size === 0) return [...passages];
  const kept = passages.filter((p) => authors.has(p.work.author));
  return kept.length > 0 ? kept : [...passages];
}

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
