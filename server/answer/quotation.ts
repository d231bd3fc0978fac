/**
 * The answer to a question that quotes something ("Did he say “…”?", "Where is “…” from?") (pure): where the
 * quotation stands in the sources, word for word or close, in the source's own wording; or that it stands nowhere,
 * said before the answer to the question as searched. The lookup is the check's (`check/match.ts`).
 */
import { checkAttribution, type Attribution } from '../check/attribution.ts';
import type { QuotationFound } from '../check/check.ts';
import type { QuoteMatch } from '../check/match.ts';
import type { DiffOp, LeadPart } from '../contract.ts';
import { quotedPhrases, withoutQuotations, YEAR_NUMBER } from '../retrieval/query.ts';
import { blankedOut } from '../retrieval/text.ts';
import type { WorkNames } from '../retrieval/work-names.ts';
import type { Work } from '../corpus/types.ts';
import { mismatchSaid } from '../../web/src/features/check/marks.ts';
import { wholeParagraph, type RankedPassage } from '../retrieval/rank.ts';
import type { Block, RankingInput } from './extractive.ts';
import { describeDates, formatDate, NO_PAGES, quotePages } from './format.ts';
import { itemOf, lead } from './item.ts';
import { sentencesHolding } from './quotes.ts';
import { WORK_NOUNS } from './source-words.ts';

/** A quotation the question holds (four words or more in quotation marks), and whether the sources hold it. */
export interface QuotationAsked {
  text: string;
  verdict: QuotationFound['verdict'];
  /** Close: from the quotation's words to the source's (`check/align.ts`). */
  diff?: readonly DiffOp[];
  /** What the question says of the quotation's source ("… (1987)?", "in his speech to the non-aligned countries"), when it does not match the source's. */
  misattributed?: Attribution;
  /** How many quotations the question holds, when more than this one: the answer checks the first and says so. */
  of?: number;
  /** Every work that holds it word for word, in the collection's order, when more than one does. */
  heldIn?: readonly Work[];
}

/**
 * What a question says of a quotation's source, checked as the check reads an essay's (`checkAttribution`): the
 * question with the quotation blanked out; null when it says nothing, or what it says matches.
 */
export function misattribution(question: string, quotation: string, match: QuoteMatch, names: WorkNames): Attribution | null {
  const at = question.indexOf(quotation);
  if (at < 0) return null;
  const context = blankedOut(question, [{ start: at, end: at + quotation.length }]);
  const attribution = checkAttribution(context, at, match.paragraph.work, names, { pages: match.paragraph.paragraph });
  return attribution && !attribution.ok ? attribution : null;
}

/** Words of the shortest quotation looked up, as the check counts them: a phrase of three is searched as words. */
const QUOTATION_WORDS = 4;

/**
 * The quotations a question asks about, in its order: what it puts in quotation marks with `QUOTATION_WORDS` words or
 * more that is no title (`isTitle`: "What does he say in “Let us develop South-South cooperation”?" names a work).
 */
export const quotationsIn = (question: string, isTitle: (quoted: string) => boolean): string[] =>
  quotedPhrases(question).filter((q) => q.split(/\s+/).length >= QUOTATION_WORDS && !isTitle(q));

/**
 * "Did Kim call foreign aid “a noose”?": the phrases shorter than a quotation that a question quotes and no text holds
 * in any form (`held`: "tighten our belts" is held by "We tightened our belts"), nor any work's title or occasion;
 * said before the answer.
 */
export function quotedInNone(question: string, held: (phrase: string) => boolean, works: readonly Work[]): string[] {
  const named = works.map((w) => `${w.title} ${w.occasion ?? ''}`.toLowerCase());
  return quotedPhrases(question).filter((q) => q.split(/\s+/).length < QUOTATION_WORDS && !held(q) && !named.some((n) => n.includes(q.toLowerCase())));
}

/** "The first of the 2 quotations is checked here; the Check page checks them all. ": said before a quotation's answer when the question holds more. */
const firstOf = (quotation: QuotationAsked): string => (quotation.of ? `The first of the ${quotation.of} quotations is checked here; the Check page checks them all. ` : '');

/** "in 1987 that", "to the Ghana Times that", "that": what leads from a verb of saying to the words said (a pattern's source). */
const THAT_SAID = String.raw`(?:(?:in|to|during|at|on)\s+[^?!.]*?\s+)?that\s+`;
/**
 * Words a question reports as said, with no quotation marks: "Did he (really, ever) say (write, claim, state,
 * mention) that X?", "Did he say in 1987 (to the Ghana Times) that X?", "Did Kim Il Sung say X?", "When (where, in which
 * speech) did he say X?". X, of `QUOTATION_WORDS` words or more, is looked up as a quotation is (the answerer says so
 * only when it is word for word: reported speech is often put in other words).
 */
const REPORTED = new RegExp(
  String.raw`^\s*(?:(?:[Ww]hen|[Ww]here|[Ii]n\s+(?:which|what)\s+(?:work|text|speech|talk|interview|year))\s+)?(?:[Dd]id|[Dd]oes|[Hh]as)\s+(?:(?:he|she|they)\s+|(?!I\s)(?:\p{Lu}[\p{L}'’-]*\s+){1,4}?)(?:really\s+|actually\s+|ever\s+|once\s+)*(?:say|said|write|wrote|written|claim|claimed|state|stated|declare|declared|mention|mentioned)\s+(${THAT_SAID})?(.+?)[\s?.!]*$`,
  'u',
);

/**
 * A claim of what he said, then a question whether it is right: "Kim told the Benin official in 1979 that the economy
 * supports politics. Correct?", "In 1969 Kim said there is no foreign capital in our country. Is that the right year?";
 * not what the writer said ("I wrote that the Iraqi interview was in 1971. Correct?").
 */
const CLAIM_CHECKED = new RegExp(
  String.raw`(?<!\b(?:I|i|[Ww]e)\s+)\b(?:(?:said|says|wrote|writes|claimed|claims|stated|states|declared|declares|argued|argues|insisted|insists)\s+(?:${THAT_SAID})?|told\s+[^.?!]*?\s+that\s+)(.+?)(?:[.?!]|,)\s*` +
    String.raw`(?:is\s+(?:that|this|it|\d{4})\s+(?:the\s+)?(?:right|correct|true|accurate)(?:\s+(?:year|date))?|(?:is\s+(?:that|this|it)\s+)?(?:correct|true|right|accurate)|is\s+that\s+so|really|(?:isn['’]t|wasn['’]t|didn['’]t)\s+(?:it|he|that)|yes|no)\s*[?.!]*\s*$`,
  'iu',
);

/** A verb that makes a clause of the words it stands in: a copula, an auxiliary or a modal ("foreign aid is poison"). */
const FINITE_VERB = /\b(?:am|is|are|was|were|has|have|had|do|does|did|can|cannot|could|may|might|must|shall|should|will|would|ought)\b|n['’]t\b/i;

/**
 * Words a question reports as said (`REPORTED`, `CLAIM_CHECKED`), and whether they are a claim: a clause after "that",
 * or with a verb of its own, or one asked to be checked; not what a question asks whether he spoke of ("Did he say
 * anything about trade?", "Did he write all of these texts himself?").
 */
export function reportedSpeechIn(question: string): { words: string; claim: boolean } | null {
  const reported = REPORTED.exec(question);
  const checked = reported ? null : CLAIM_CHECKED.exec(question);
  const said = (reported?.[2] ?? checked?.[1])?.trim();
  // "… nowhere in 1961?", "… politics in his talk with the ex-premier?": when or where, which the question says of the
  // words, not words of theirs.
  const words = said?.replace(SAID_WHEN_OR_WHERE, '');
  if (!words || quotedPhrases(question).length > 0 || words.split(/\s+/).length < QUOTATION_WORDS) return null;
  const asksWhether = ASKS_OF_IT.test(words);
  return { words, claim: !asksWhether && (checked !== null || reported?.[1] !== undefined || FINITE_VERB.test(words)) };
}

/** A time or a work said after the words reported: "in 1961", "in the 1970s", "in his talk with the ex-premier of Peru". */
const SAID_WHEN_OR_WHERE = new RegExp(String.raw`\s+(?:in|on|during|at|to|before|after)\s+(?:[^,;]*?\b(?:${YEAR_NUMBER}s?|${WORK_NOUNS}|programme|plenum|conference|meeting)\b[^,;]*)$`, 'iu');
/** Words that ask whether or what he said, not what he said: "whether aid is useful", "anything about what aid is". */
const ASKS_OF_IT = /^(?:whether|if|what|when|where|which|why|how|who|anything|something|everything|nothing|much|little|a\s+lot)\b/i;

/** A quotation found word for word or close, as a ranking (no retrieval): the paragraph it comes from, the source wording its quote. */
export function quotationRanking(quotation: QuotationAsked, match: QuoteMatch): RankingInput {
  const { paragraph, work } = match.paragraph;
  const passage = { ...wholeParagraph(paragraph, work), quoteSpan: match.span, quote: paragraph.text.slice(match.span.start, match.span.end) };
  const diff = quotation.verdict === 'close' ? { diff: match.diff } : {};
  const misattributed = quotation.misattributed ? { misattributed: quotation.misattributed } : {};
  const of = quotation.of ? { of: quotation.of } : {};
  const heldIn = quotation.heldIn ? { heldIn: quotation.heldIn } : {};
  return { abstain: false, compare: false, passages: [passage], terms: [], quotation: { text: quotation.text, verdict: quotation.verdict, ...diff, ...misattributed, ...of, ...heldIn } };
}

/**
 * A quotation found: "“…” is word for word in *T* (date, page):" with the sentences that hold it, the quotation marked;
 * or "“…” is not word for word in the sources; the closest wording is in *T* (date):" with the source's sentences
 * and the word diff from the quotation to them.
 * `passage.quoteSpan` is the source wording the check found.
 */
export function quotationFound(quotation: QuotationAsked, passage: RankedPassage, question: string, pageAsked = false): { mode: 'answer'; lead: LeadPart[]; blocks: Block[]; quotation: 'exact' | 'close'; diff?: DiffOp[] } {
  const { work, paragraph, quoteSpan } = passage;
  const exact = quotation.verdict === 'exact';
  // "What comes after “…”?", "“…” in context": its whole paragraph, the quotation marked in it.
  const context = CONTEXT_ASKED.test(withoutQuotations(question));
  const spans = context ? [{ start: 0, end: paragraph.text.length }] : exact ? sentencesHolding(paragraph.text, [quoteSpan]) : [quoteSpan];
  const item = exact || context ? { ...itemOf(passage, spans), marks: [quoteSpan] } : itemOf(passage, spans);
  // "What page is “…” on?" of a work the source gives no pages for: said so, not left out.
  const page = quotePages(paragraph, work) || (pageAsked ? NO_PAGES : '');
  // "You say 1987; the source: 1 December 1961 (the date does not match)": what the question gets wrong of the source;
  // of words several works hold, that none of them is the one said.
  const wrong = quotation.misattributed;
  const several = exact ? quotation.heldIn : undefined;
  const mismatch = wrong && !several ? `. You say ${wrong.stated}; the source: ${wrong.actual} (${mismatchSaid(wrong)})` : '';
  // "Some say that …", "You said …": the words are others' he reports, which the lead says before the sentence shows it.
  const reporting = exact ? reportsOthers(paragraph.text, quoteSpan.start) : null;
  const others = reporting ? `, in words the source reports of others (“${reporting}”)` : '';
  const said = `${mismatch}${others}${context ? ', in its whole paragraph' : ''}:`;
  const where = [work, ` (${formatDate(work.date, work.year)}${page ? `, ${page}` : ''})${said}`] as const;
  // "“…” is word for word in 9 works (1967–1993), none of them as you say (1961); below, in *T* (…):"
  const heldIn = several && `${several.length} works (${describeDates(several)})${wrong ? `, none of them as you say (${wrong.stated}: ${mismatchSaid(wrong)})` : ''}; below, in `;
  return {
    mode: 'answer',
    lead: exact
      ? lead(`${firstOf(quotation)}“${quotation.text}” is word for word in ${heldIn || ''}`, ...where)
      : lead(`${firstOf(quotation)}“${quotation.text}” is not word for word in the sources; the closest wording is in `, ...where),
    blocks: [{ kind: 'work', work, items: [item] }],
    quotation: exact ? 'exact' : 'close',
    ...(quotation.diff ? { diff: [...quotation.diff] } : {}),
  };
}

/**
 * The words that frame what follows them as others' view, just before `at` in its sentence: "Some say that", "You
 * said", "others claim"; null when there are none.
 */
function reportsOthers(text: string, at: number): string | null {
  const before = text.slice(0, at);
  const sentence = before.slice(Math.max(...[...before.matchAll(/[.!?]\s/g)].map((m) => m.index + 2), 0));
  return OTHERS_SAY.exec(sentence)?.[0].trim() ?? null;
}
/** Others, and a verb of saying or thinking, right before the words (`reportsOthers`). */
const OTHERS_SAY = /(?:^|[\s,;])(?:some(?:\s+people)?|others|many|you|they|people)\s+(?:say|says|said|claim|claims|claimed|argue|argues|argued|think|thinks|thought|believe|believes|believed|insist|insists|insisted|hold|held)\s+(?:that\s+)?$/i;

/**
 * "What comes after (before) …", "What did he say right after …", "… in context", "the surrounding text", "the whole
 * paragraph": what is around a quotation asked.
 */
const CONTEXT_ASKED = /\bwhat\s+(?:comes|came|follows|followed|precedes|preceded|is\s+said|was\s+said|(?:did|does)\s+(?:he|she|they)\s+(?:say|write|add))\s+(?:(?:right|just|immediately|directly)\s+)?(?:after|before|next|around)\b|\bwhat\s+(?:follows|precedes)\b|\bcontext\b|\bsurrounding\b|\b(?:whole|full|entire)\s+(?:paragraph|passage)\b/i;

/**
 * "“…” is not word for word in the sources.": said before the passages searched for words a question reports as said
 * ("When did he say that …?"), which no source holds so: none of the passages is said to be where they were said.
 * Searched beyond the time or work the question gives them ("Did he say in 1975 that …?"), that too: "…; searched in
 * every work, not only in those of 1975."
 */
export const reportedNotHeld = ({ words, beyond }: ReportedNotHeld): string =>
  `“${words}” is not word for word in the sources${beyond ? `; searched in every work, not only in ${beyond}` : ''}.`;

/** Words a question reports as said that no source holds word for word, and where else than it says they were searched. */
export interface ReportedNotHeld {
  words: string;
  /** "those of 1975", "the work you name": what the question says of when or where they were said, when searched beyond it. */
  beyond?: string;
}

/** "“…” is not in the sources, word for word or close.": said before the answer to the question as searched. */
export const quotationNotFound = (quotation: QuotationAsked): string => `${firstOf(quotation)}“${quotation.text}” is not in the sources, word for word or close.`;
