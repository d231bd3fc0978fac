/**
 * Times a question sets aside (pure): "a quote that isn't from 1987", "excluding the 1987 speeches", "other than the
 * 1980s", "not in the 1960s", and kinds of work ("not from interviews"). The works of those times (of the kind named
 * with them) or kinds are not searched, and the words that set them aside name no time or kind the question asks about:
 * read as one, "not from 1987" kept the answer to 1987.
 */
import type { Work } from '../corpus/types.ts';
import { isOfKind, KINDS_OF_WORK, parseQuery, YEAR_NUMBER } from '../retrieval/query.ts';
import { tidied } from '../retrieval/text.ts';

/** A year or a decade, with the kind of work named with it: "1987", "the 1980s", "the 1987 speeches" (a pattern's source). */
const TIME = String.raw`(?:(?:the|his|that|those)\s+)?(?:${YEAR_NUMBER})s?(?:\s+(?:${KINDS_OF_WORK})(?:e?s)?)?`;
/** A kind of work alone: "interviews", "the speeches", "an interview" (a pattern's source). */
const KIND = String.raw`(?:(?:the|his|those|an?)\s+)?(?:${KINDS_OF_WORK})(?:e?s)?`;
/** A kind of work named in what is set aside. */
const KIND_SET_ASIDE = new RegExp(String.raw`\b(${KINDS_OF_WORK})(?:e?s)?\b`, 'gi');
/** The words that set a time aside: "not from", "isn't from", "other than", "except", "excluding", "apart from" (a pattern's source). */
const NOT = String.raw`(?:not|never|(?:is|are|was|were|do|does|did)n['’]t)`;
const BESIDES = String.raw`other\s+than|except(?:\s+for)?|excluding|exclude|apart\s+from|aside\s+from|leaving\s+out|leave\s+out|without`;
const ASIDE = String.raw`(?:${NOT}(?:\s+counting)?|${BESIDES})`;
/**
 * "that isn't from 1987", ", excluding the 1987 speeches", "not in the 1960s or the 1970s" (group 1); "not from
 * interviews", "apart from the speeches" (group 2): a kind after "not" only with "from" or "in" between ("Which works
 * are not speeches?" asks which works are not of that kind).
 */
const SET_ASIDE = new RegExp(
  String.raw`(?:,?\s*\b(?:that|which)\s+(?:(?:is|are|was|were)\s+)?|,\s*)?\b(?:${ASIDE}(?:\s+(?:from|in|during|of))?\s+(${TIME}(?:\s*(?:,|\band\b|\bor\b|\bnor\b)\s*${TIME})*)|(?:${NOT}\s+(?:from|in)|${BESIDES})\s+(${KIND}(?:\s*(?:,|\band\b|\bor\b|\bnor\b)\s*${KIND})*))\b`,
  'gi',
);

/** The question without the words that set a time aside: what it asks about, and when. */
export const withoutTimeSetAside = (question: string): string => tidied(question.replace(SET_ASIDE, ' ')).replace(/^[,;]\s*/, '');

/** The works (ids) of the times a question sets aside; none when it sets none aside, or none is from them. */
export function worksSetAside(question: string, works: readonly Work[]): string[] {
  return [...question.matchAll(SET_ASIDE)].flatMap(([, times, kindsAlone]) => {
    const said = (times ?? kindsAlone)!;
    const { years } = parseQuery(said, new Set());
    const kinds = [...said.matchAll(KIND_SET_ASIDE)].map((m) => m[1]!.toLowerCase());
    const ofKind = (w: Work) => kinds.length === 0 || kinds.some((k) => isOfKind(w, k));
    // "Not from interviews": every work of the kind; "not from the 1987 speeches": those of its time.
    return works.filter((w) => (years.size === 0 ? kinds.length > 0 : w.year !== null && years.has(w.year)) && ofKind(w)).map((w) => w.id);
  });
}
