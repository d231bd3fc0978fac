/**
 * Questions asking for a citation (pure): the style named ("in MLA", "an APA reference", or one not written, "Harvard"),
 * what is cited (a work, the collection, the answer before) and what for ("for my essay"), or quotes asked for cited.
 */
import { CiteStyle } from '../contract.ts';
import type { Work } from '../corpus/types.ts';
import { NUMBER_WORDS, tokenize, withoutMatches, type Token } from '../retrieval/text.ts';
import { BACK, CITATION_REF, citationRefs, QUOTES_BACK, QUOTES_OF_A_TIME } from './quotes-asked.ts';
import { QUOTE } from './source-words.ts';

/** The citation style a question names, if any, or one the product does not write (`notWritten`: "Harvard"). */
export type StyleAsked = { style: CiteStyle | null; notWritten?: string };

/** What a user writes or hands out that no work of the collection is called ("the conclusion", "a handout"), a pattern's source. */
const OWN_PARTS = String.raw`introductions?|intros?|conclusions?|handouts?|worksheets?|exercises?|activit(?:y|ies)|slides?|slideshows?|quiz(?:zes)?|exams?|flashcards?|posters?|readings?`;
/** The user's own writing (a pattern's source). */
const OWN_WRITING = String.raw`essays?|papers?|paragraphs?|assignments?|thesis|theses|dissertations?|reports?|presentations?|homework|coursework|class|classes|courses?|lectures?|lessons?|seminars?|modules?|units?|discussions?|debates?|${OWN_PARTS}`;
/** How long the user's writing is to be: "a 2000-word essay", "a 1,500 word paper", "a 10 page report" (a pattern's source). */
const ITS_LENGTH = String.raw`(?:\d[\d,]*[-\s](?:words?|pages?)\s+)?`;
/**
 * What the user's quote is for ("for my essay", "in my paper", "for my history essay", "for my essay introduction", "for
 * the conclusion", "for a handout", "for powerpoint slides", "a poster quote on …", "for a source analysis exercise",
 * "for a ten-minute reading in class", "so I can build my bibliography", "a quote I can use", "Which passages should I
 * use?"; "in a political report" may be a work's) or
 * what they are writing or teaching ("I'm writing an essay on …", "we are preparing a short paper about …", "I'm
 * teaching a unit on …", "writing a 10 page paper …", "My essay is about …", "im writing about …", "I'm researching
 * …"): their own work, neither a topic nor the scholarly article; the topic follows.
 */
export const PURPOSE = new RegExp(
  String.raw`\b(?:for|in)\s+(?:(?:my|our)\s+${ITS_LENGTH}(?:[a-z]+(?:-[a-z]+)?\s+){0,2}?(?:${OWN_WRITING})|an?\s+${ITS_LENGTH}(?:(?:short|long|brief|quick|final|[a-z]+-[a-z]+)\s+)?(?:${OWN_WRITING})|an?\s+(?:[a-z]+(?:-[a-z]+)?\s+){0,2}?(?:${OWN_PARTS}))(?:\s+(?:${OWN_WRITING}))*\b|\b(?:for|in)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:${OWN_PARTS})\b|\bfor\s+an?\s+${ITS_LENGTH}(?:[a-z]+(?:-[a-z]+)?\s+){1,2}?(?:${OWN_WRITING})\b|\b(?:${OWN_PARTS})(?=\s+(?:(?:quotes?|quotations?|passages?|excerpts?)\b|(?:on|about)\s))|\b(?:in|for)\s+class\b` +
    String.raw`|(?:\b(?:i['’]?m|i\s+am|we['’]re|we\s+are)\s+|^\s*)(?:writing|working\s+on|preparing|doing|researching|teaching|giving|taking|planning)\s+(?:an?|my|our|the)\s+${ITS_LENGTH}(?:[a-z-]+\s+)?(?:${OWN_WRITING})\b` +
    String.raw`|\b(?:my|our)\s+(?:${OWN_WRITING})\s+(?:is|was|will\s+be)\b` +
    String.raw`|\b(?:i['’]?m|i\s+am|we['’]re|we\s+are)\s+(?:(?:writing|working|reading)\s+(?:about|on)|researching|studying)\b` +
    String.raw`|\b(?:(?:that|which)\s+)?(?:i|we)\s+(?:can|could|might|may|should|would|will|want\s+to|need\s+to)\s+(?:use|cite|quote|include)\b|\b(?:can|could|might|may|should|would|will|do)\s+(?:i|we)\s+(?:use|cite|quote|include)\b|\bto\s+(?:use|cite|include)\b(?=\s+(?:in|for)\s+(?:my|an?|our)\b)` +
    String.raw`|\b(?:suitable|good|useful|appropriate|fit)\s+for\s+(?:an?|my|our|the)\s+${ITS_LENGTH}(?:[a-z-]+\s+)?(?:${OWN_WRITING})\b` +
    String.raw`|\bso\s+(?:that\s+)?(?:i|we)\s+(?:can|could)\s+(?:build|write|make|finish|start|complete|do)\s+(?:an?|my|our|the)\s+(?:[a-z-]+\s+)?(?:${OWN_WRITING}|bibliograph(?:y|ies))\b`,
  'i',
);

/** Words that ask how to cite something: "cite", "(full) citation", "reference (list entry)", "bibliography entry", "works cited". */
const CITES = /(?:\b(?:(?:correct|fix|check|format)\s+(?:my|the|this|these)|full|complete|proper|correct|formal|exact|precise|accurate|right)\s+)?\b(?:cite|citing|citations?|references?(?:\s+list)?|bibliograph(?:y|ical)|works[\s-]cited|(?:foot|end)notes?)(?:\s+(?:entry|entries|details))?\b/i;
/** Words that ask for the list of works at the end of an essay: "a bibliography", "the works cited", "a reference list". */
const LIST_OF_SOURCES = /\bbibliograph(?:y|ies)\b|\bworks[\s-]cited\b|\breference\s+list\b|\blist\s+of\s+(?:references|sources|works)\b/i;
/** The edition of a citation style after its name: "MLA 9th edition", "APA 7th ed.", "APA 7" (a pattern's source). */
const STYLE_EDITION = String.raw`(?:[\s-]+\(?\d{1,2}(?:st|nd|rd|th)?\)?(?:\s+(?:edition|ed\b\.?))?)?`;
/** A citation style by its name ("MLA", "in APA style", "MLA 9th edition"), or "style" / "format" / "entry" alone. */
const STYLE_WORDS = new RegExp(String.raw`\b(?:(?:mla|apa|chicago)\b${STYLE_EDITION}|bibtex|style|format(?:ted)?|entry|entries)\b`, 'i');
/** Citation styles the product does not write: asked for one, it says so and gives those it writes. */
const OTHER_STYLE_NAMES = 'harvard|vancouver|ieee|oscola|mhra|turabian|cse|ama|asa';
/**
 * A note ("a footnote for the 1967 quote"): Chicago's notes, which the product does not write (its bibliography entry,
 * it does); nor a citation in the text ("an in-text citation", "parenthetical", "author-date").
 */
const A_NOTE = String.raw`(?:foot|end)notes?|in[\s-]text(?:\s+citations?)?|parenthetical(?:\s+(?:citations?|references?))?|author[\s-]date`;
const OTHER_STYLES = new RegExp(String.raw`\b(?:${OTHER_STYLE_NAMES}|${A_NOTE})\b`, 'i');
/** What a citation in a style is called: "MLA style", "APA format", "a Chicago citation", "Harvard referencing", "a Chicago footnote". */
const STYLE_NOUNS = String.raw`(?:style|format(?:ted)?|citations?|references?|referencing|entry|entries|${A_NOTE})\b`;
/**
 * A citation style named as one ("in MLA style", "an APA citation", "Chicago-style", "cited in Harvard"): words of
 * citing, never a topic. "MLA", "APA" and "BibTeX" are no English words; "Chicago" or "Harvard" is a style only beside
 * a word of citing ("What did he say about Chicago?" asks about the city).
 */
const STYLE_ASKED = new RegExp(
  String.raw`(?:\b(?:in|with|using|as)\s+)?(?:\b(?:an?|the|its|their)\s+)?(?:\b(?:mla|apa|bibtex)\b${STYLE_EDITION}(?:[\s-]+${STYLE_NOUNS})?|\b(?:chicago|${OTHER_STYLE_NAMES})${STYLE_EDITION}[\s-]+${STYLE_NOUNS})` +
    String.raw`|\b(?:cited|formatted|referenced)\s+(?:in|as)\s+(?:chicago|${OTHER_STYLE_NAMES})\b|(?:\b(?:an?|the|its|their)\s+)?\b${A_NOTE}\b`,
  'i',
);
/** "with a citation", "with their references" (not "with reference to"): quotes asked for with their sources' citations. */
const WITH_CITATION = /\bwith\s+(?:(?:an?|the|its|their|full)\s+)*(?:citations?|references?(?!\s+to\b))\b/i;
/** Words that ask for quotes cited (`STYLE_ASKED`, `WITH_CITATION`): no topic (a pattern's source). */
export const CITED_AS = new RegExp(`${STYLE_ASKED.source}|${WITH_CITATION.source}`, 'i');
/** What one style alone calls the list of sources: MLA's "Works Cited", APA's "reference list". */
const STYLE_LISTS: readonly [RegExp, CiteStyle][] = [
  [/\bworks[\s-]cited\b/i, 'mla'],
  [/\breferences?\s+list\b/i, 'apa'],
];
/** The citation style a question names ("in MLA", "the APA reference"), or whose list it names ("a Works Cited entry"), if any. */
const styleNamed = (question: string): CiteStyle | null =>
  tokenize(question)
    .map((t) => CiteStyle.safeParse(t.word))
    .find((style) => style.success)?.data ??
  STYLE_LISTS.find(([list]) => list.test(question))?.[1] ??
  null;
/** The style `text` names, or the one it names that the product does not write; a note in a style it writes ("a Chicago footnote"), said too. */
function styleAsked(text: string): StyleAsked {
  const style = styleNamed(text);
  const other = OTHER_STYLES.exec(text)?.[0];
  return other && (!style || A_NOTE_ALONE.test(other)) ? { style, notWritten: other } : { style };
}
const A_NOTE_ALONE = new RegExp(`^${A_NOTE}$`, 'i');
/** Words for what an answer shows, that a question citing it may name: "these passages", "the sources above". */
const ANSWER_WORDS = new Set('quote quotes quotation quotations passage passages excerpt excerpts extract extracts source sources work works text texts answer speech speeches talk talks'.split(' '));

/** A citation asked for: in the style named, of a work, the collection or the answer before. */
export type CitationAsked = StyleAsked & { of: 'work' | 'collection' | 'answer' };

/** What a question asking for a citation may cite, as the rest of its reading found it. */
export interface CitingContext {
  /** The work the question asks about as a whole, if any. */
  overview: Work | null;
  /** Whether it names a work (or points at one). */
  named: boolean;
  /** Its content words besides those of citing and of the work named. */
  rest: readonly Token[];
  /** The question less its words of time, order and citing (it may still point back: "Cite these"). */
  unframed: string;
  aboutTheTexts: boolean;
  aboutATopic: boolean;
}

/**
 * What a question asking for a citation cites: the work it names when nothing else is asked; the answer before when
 * it points back at it ("How do I cite these passages?") or names nothing ("Give me the reference", "and in APA?",
 * not "What did he say about Chicago?"); else the works of the collection it asks about ("Cite his speeches"); null
 * when it asks about more than that (a topic).
 */
function citationOf(question: string, asked: CitingContext): CitationAsked['of'] | null {
  const { overview, named, rest, unframed, aboutTheTexts, aboutATopic } = asked;
  if (overview) return 'work';
  const back = BACK.test(unframed) || citationRefs(question).length > 0 || QUOTES_OF_A_TIME.test(question);
  // "Cite these two in APA": how many is no topic.
  if (back && !named && rest.every((t) => ANSWER_WORDS.has(t.word) || NUMBER_WORDS.includes(t.word))) return 'answer';
  // "Cite all three in MLA": how many is no topic either.
  if (rest.some((t) => !NUMBER_WORDS.includes(t.word))) return null;
  return aboutTheTexts || LIST_OF_SOURCES.test(question) ? 'collection' : CITES.test(question) || !aboutATopic ? 'answer' : null;
}

/** The citation a question asking for one (`asksToCite`) asks for; null when it asks about a topic besides. */
export function citationAsked(question: string, asked: CitingContext): CitationAsked | null {
  const of = citationOf(question, asked);
  return of && { ...styleAsked(question), of };
}

/** The style quotes are asked for cited in ("with its citation in MLA", every phrase asking so), or null when none is asked. */
export function quotesCitedAs(question: string): StyleAsked | null {
  const citedAs = [...question.matchAll(new RegExp(CITED_AS.source, 'gi'))].map((m) => m[0]).join(' ');
  return citedAs ? styleAsked(citedAs) : null;
}

/** A quote as what is cited: "How do I cite a quote from the abstract?" asks for the work's citation. */
const CITE_A_QUOTE = /\bcit(?:e|ing)\s+(?:a|an|the|this|that|my|one|any)\s+(?:quotes?|quotations?|passages?|lines?|sentences?)\b/i;

/**
 * Citing done by someone else: "Does Zhang Chao cite Kim Il Sung?", "Which sources does the article cite?", "Whom
 * did he cite?", "the works Zhang cites" ask what an author cites, not for a citation (which the user asks for: "How
 * do I cite …", "Cite the 1961 speech").
 */
const CITED_BY_ANOTHER = /\b[Dd](?:oes|o|id)\s+(?!(?:I|[Ww]e|[Yy]ou|u)\s)(?:[\p{L}'’-]+\s+){1,4}cite\b|\b(?:he|she|they|it|[Tt]he\s+(?:article|author|scholar|study|abstract|paper)|\p{Lu}[\p{L}'’-]*)\s+(?:(?:ever|also|often|never)\s+)?(?:cites|cited)\b/u;

/** "Cite the 1961 speech" asks for the work's citation; "a quote from the 1961 speech to cite", for a quote; "cite a quote from the abstract", for the abstract's citation. */
export function asksToCite(question: string): boolean {
  if (CITED_BY_ANOTHER.test(question)) return false;
  const named = CITES.test(question) || styleNamed(question) !== null || OTHER_STYLES.test(question);
  return named && !QUOTE.test([CITE_A_QUOTE, CITES, QUOTES_BACK, CITATION_REF, QUOTES_OF_A_TIME].reduce(withoutMatches, question));
}

/** The words of a question asking for a citation that ask for it (and what for), not what it is of. */
export const CITING_WORDS: readonly RegExp[] = [CITES, STYLE_WORDS, OTHER_STYLES, PURPOSE];

/**
 * A question less its words of citing, when it asks in so many words for a citation ("Cite the 1974 talk in MLA" →
 * "the 1974 talk in"): what a follow-up searched together with it ("Is it on page 20?") looks for. "MLA" is no
 * topic; "Chicago" in "What did he say about Chicago?", which asks for no citation, is.
 */
export function withoutCiting(question: string): string {
  return CITES.test(question) && asksToCite(question) ? CITING_WORDS.reduce(withoutMatches, question).replace(/\s+/g, ' ').trim() : question;
}
