/**
 * Times a question sets aside (pure): "a quote that isn't from 1987", "excluding the 1987 speeches", "other than the
 * 1980s", "not in the 1960s", "outside the 1980s", kinds of work ("not from interviews") and works named by a kind and
 * their own words ("excluding the South-South speech"). The works of those times (of the kind named with them), kinds
 * or names are not searched, and the words that set them aside name no time, kind or work the question asks about:
 * read as one, "not from 1987" kept the answer to 1987.
 */
import type { Work } from '../corpus/types.ts';
import { isOfKind, KINDS_OF_WORK, parseQuery, YEAR_NUMBER } from '../retrieval/query.ts';
import { tidied } from '../retrieval/text.ts';
import { statedWork, workNamesOf } from '../retrieval/work-names.ts';

/** A year or a decade, with the kind of work named with it: "1987", "the 1980s", "the 1987 speeches" (a pattern's source). */
const TIME = String.raw`(?:(?:the|his|that|those)\s+)?(?:${YEAR_NUMBER})s?(?:\s+(?:${KINDS_OF_WORK})(?:e?s)?)?`;
/** A kind of work alone, or with words naming one: "interviews", "the speeches", "an interview", "the South-South speech" (a pattern's source). */
const KIND = String.raw`(?:(?:the|his|those|that|an?)\s+)?(?:(?!(?:and|or|nor)\b)[\p{L}'’-]+\s+){0,3}?(?:${KINDS_OF_WORK})(?:e?s)?`;
/** A kind of work named in what is set aside. */
const KIND_SET_ASIDE = new RegExp(String.raw`\b(${KINDS_OF_WORK})(?:e?s)?\b`, 'gi');
/** The words that set a time aside: "not from", "isn't from", "other than", "except", "excluding", "apart from" (a pattern's source). */
const NOT = String.raw`(?:not|never|(?:is|are|was|were|do|does|did)n['’]t)`;
const BESIDES = String.raw`other\s+than|except(?:\s+for)?|excluding|exclude|apart\s+from|aside\s+from|leaving\s+out|leave\s+out|without|outside(?:\s+of)?`;
const ASIDE = String.raw`(?:${NOT}(?:\s+counting)?|${BESIDES})`;
/**
 * "that isn't from 1987", ", excluding the 1987 speeches", "not in the 1960s or the 1970s" (group 1); "not from
 * interviews", "apart from the speeches" (group 2): a kind after "not" only with "from" or "in" between ("Which works
 * are not speeches?" asks which works are not of that kind).
 */
const SET_ASIDE = new RegExp(
  String.raw`(?:,?\s*\b(?:that|which)\s+(?:(?:is|are|was|were)\s+)?|,\s*)?\b(?:${ASIDE}(?:\s+(?:from|in|during|of))?\s+(${TIME}(?:\s*(?:,|\band\b|\bor\b|\bnor\b)\s*${TIME})*)|(?:${NOT}\s+(?:from|in)|${BESIDES})\s+(${KIND}(?:\s*(?:,|\band\b|\bor\b|\bnor\b)\s*${KIND})*))\b`,
  'giu',
);

/** The question without the words that set a time aside: what it asks about, and when. */
export const withoutTimeSetAside = (question: string): string => tidied(question.replace(SET_ASIDE, ' ')).replace(/^[,;]\s*/, '');

/** The works (ids) of the times a question sets aside; none when it sets none aside, or none is from them. */
export function worksSetAside(question: string, works: readonly Work[]): string[] {
  return [...question.matchAll(SET_ASIDE)].flatMap(([, times, kindsAlone]) => {
    const said = (times ?? kindsAlone)!;
    const { years } = parseQuery(said, new Set());
    const kinds = [...said.matchAll(KIND_SET_ASIDE)].map((m) => m[1]!.toLowerCase());
    // "excluding the South-South speech": the one work its words name, not every speech.
    const named = kindsAlone && statedWork(said, workNamesOf(works));
    if (named) return [named.workId];
    const ofKind = (w: Work) => kinds.length === 0 || kinds.some((k) => isOfKind(w, k));
    // "Not from interviews": every work of the kind; "not from the 1987 speeches": those of its time.
    return works.filter((w) => (years.size === 0 ? kinds.length > 0 : w.year !== null && years.has(w.year)) && ofKind(w)).map((w) => w.id);
  });
}
