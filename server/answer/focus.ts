/**
 * Re-ordering retrieved passages by what the question states outright (pure): a phrase it quotes ('a young
 * country'), and whether it asks for an interviewer's words or a metadata line. (An author it names is a
 * filter of the search: retrieval/filters.ts.)
 */
import { isMetadataLine } from '../corpus/text.ts';
import { asksWhatWasPut } from '../retrieval/authors.ts';
import type { RankedPassage } from '../retrieval/rank.ts';

/**
 * The passages that hold a phrase the question quotes (case and spacing aside), in their order, when any does: those
 * without it do not hold what was asked for ("Where does the phrase 'hat in hand' come from?"); all of them otherwise.
 */
export function holdingQuotedPhrases(passages: readonly RankedPassage[], phrases: readonly string[]): RankedPassage[] {
  if (phrases.length === 0) return [...passages];
  const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
  const wanted = phrases.map(norm);
  const has = (p: RankedPassage) => wanted.some((w) => norm(p.paragraph.text).includes(w));
  const holding = passages.filter(has);
  return holding.length ? holding : [...passages];
}

/**
 * Leaves out interviewers' questions and metadata lines (unless it asks for keywords) when there are passages in
 * the author's own words: those are what an answer may quote; a question about what he was asked puts the
 * interviewers' questions first instead, and one asking whose words they are (`anySpeaker`: "Who said that …?")
 * keeps everyone's, as ranked. An interviewer's words that are quoted are labelled as such wherever they are shown.
 */
export function ownWords(passages: readonly RankedPassage[], question: string, authors: readonly string[], anySpeaker = false): RankedPassage[] {
  const wantsMetadata = /\b(?:key ?words?|index terms)\b/i.test(question);
  const asked = (p: RankedPassage) => p.paragraph.speaker === 'interviewer';
  const kept = wantsMetadata ? [...passages] : passages.filter((p) => !isMetadataLine(p.paragraph.text));
  const own = anySpeaker ? kept : asksWhatWasPut(question, authors) ? [...kept.filter(asked), ...kept.filter((p) => !asked(p))] : kept.filter((p) => !asked(p));
  return own.length > 0 ? own : [...passages];
}
