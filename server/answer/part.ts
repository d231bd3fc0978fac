/**
 * The part of a work a question asks for (pure): its opening or close, in paragraphs or sentences ("the first two
 * paragraphs of …", "the last sentence of …", "How does the 1961 speech end?"), or one paragraph by the number the
 * Works page gives it ("paragraph 3 of …", "the third paragraph of …", "¶ 3"); and the paragraph beside another.
 */
import type { Paragraph } from '../corpus/types.ts';
import { ORDINAL_WORDS } from '../retrieval/query.ts';
import { countSaid, NUMBER_WORDS, sentenceSpans, wordCount, type Span } from '../retrieval/text.ts';

export type PartAsked =
  /** `count` paragraphs or sentences from the work's opening or close. */
  | { edge: 'opening' | 'closing'; unit: 'paragraph' | 'sentence'; count: number }
  /** The paragraph numbered `position` (1-based, as the collection numbers them). */
  | { position: number };

const STARTS = 'first|opening|beginning|starting|introductory';
const ENDS = 'last|closing|final|concluding|ending';
/** How many, in figures or words (a pattern's source). */
const COUNT = String.raw`\d{1,2}|${NUMBER_WORDS.join('|')}`;
/**
 * "The first paragraph", "the last two sentences", "the closing lines", "his first words" (not "the first passage", a
 * quote of the answer before). A part or section is read as paragraphs; words as a sentence.
 */
const AT_AN_EDGE = new RegExp(String.raw`\b(${STARTS}|${ENDS})\s+(?:(${COUNT})\s+)?(paragraphs?|paras?|sentences?|lines?|words|parts?|sections?)\b`, 'i');
const OPENS = new RegExp(String.raw`^(?:${STARTS})$`, 'i');
/** "The third paragraph", "the 2nd paragraph": a paragraph by its number ("first" is the opening, above). */
const ORDINAL_PARAGRAPH = new RegExp(String.raw`\b(${ORDINAL_WORDS.slice(1).join('|')}|\d{1,3}(?:st|nd|rd|th))\s+(?:paragraph|para)\b`, 'i');
/** "Paragraph 3", "para. 12", "¶ 3", "paragraph no. 4". */
const NUMBERED_PARAGRAPH = /(?:\bparagraph|\bpara\b\.?|¶)\s*(?:no\.?\s*|number\s+|#\s*)?(\d{1,3})\b/i;
/** An edge of a work pointed at: "its opening", "how it begins" (a pattern's source). */
const POINTED_EDGE = (nouns: string, verbs: string) => String.raw`\bits\s+(?:${nouns})\b|\bhow\s+(?:it|this|that)\s+(?:${verbs})\b`;
/** "The opening of …", "How does the 1961 speech begin?"; of a work pointed at, "its opening", "how it begins". */
const BEGINS = new RegExp(String.raw`\b(?:opening|beginning|start)\s+of\b|\bhow\s+(?:does|did|do)\b[^?.!]*\b(?:begin|start|open)s?\b|${POINTED_EDGE('opening|beginning|start', 'begins|starts|opens')}`, 'i');
/** "The end of …", "How does the 1961 speech end?" ("the conclusion of" may ask what it concludes); "its ending", "how it ends". */
const CLOSES = new RegExp(String.raw`\b(?:ending|end|close)\s+of\b|\bhow\s+(?:does|did|do)\b[^?.!]*\b(?:end|close|conclude|finish)(?:e?s)?\b|${POINTED_EDGE('ending|end|close', 'ends|closes|finishes|concludes')}`, 'i');
/** "its opening", "how it ends": a part of the work pointed at, named by its edge. */
const EDGE_POINTED_AT = new RegExp(`${POINTED_EDGE('opening|beginning|start|ending|end|close', 'begins|starts|opens|ends|closes|finishes|concludes')}`, 'i');

/**
 * Whether a question names a part by its unit ("the first paragraph", "paragraph 3", "his last words"), which asks
 * for a part of a work whatever else; "How did it end?" may ask how something happened.
 */
export const namesAPart = (question: string): boolean => [AT_AN_EDGE, ORDINAL_PARAGRAPH, NUMBERED_PARAGRAPH, EDGE_POINTED_AT].some((pattern) => pattern.test(question));

/** The words that ask for a part, which name no topic. */
export const PART_WORDS: readonly RegExp[] = [AT_AN_EDGE, ORDINAL_PARAGRAPH, NUMBERED_PARAGRAPH, BEGINS, CLOSES];

/** How many a count says, one at least ("the first 0 sentences" asks for one). */
const countOf = (said: string): number => Math.max(1, countSaid(said));

/**
 * The part of a work a question asks for, if any. Without a count, a sentence or line in the singular is one
 * sentence and in the plural ("the closing lines") the paragraph it closes; a paragraph is one.
 */
export function partAsked(question: string): PartAsked | null {
  const numbered = NUMBERED_PARAGRAPH.exec(question) ?? ORDINAL_PARAGRAPH.exec(question);
  if (numbered) {
    const said = numbered[1]!.toLowerCase();
    const position = /^\d/.test(said) ? parseInt(said, 10) : ORDINAL_WORDS.indexOf(said) + 1;
    if (position > 0) return { position };
  }
  const edgeSaid = AT_AN_EDGE.exec(question);
  if (edgeSaid) {
    const [, edge = '', count, unit = ''] = edgeSaid;
    const words = /^words$/i.test(unit);
    const sentences = /^(?:sentence|line)$/i.test(unit) || (count !== undefined && /^(?:sentences|lines)$/i.test(unit));
    return { edge: OPENS.test(edge) ? 'opening' : 'closing', unit: words || sentences ? 'sentence' : 'paragraph', count: count && !words ? countOf(count) : 1 };
  }
  if (BEGINS.test(question)) return { edge: 'opening', unit: 'paragraph', count: 1 };
  if (CLOSES.test(question)) return { edge: 'closing', unit: 'paragraph', count: 1 };
  return null;
}

/** Words under which a paragraph is a salutation or a heading ("Esteemed delegates,"), no opening or close by itself. */
const FEW_WORDS_OF_A_PART = 5;

/** A paragraph of the part asked, and the span of it taken. */
export interface PartTaken {
  paragraph: Paragraph;
  span: Span;
}

/** A paragraph taken whole. */
export const wholeOf = (paragraph: Paragraph): PartTaken => ({ paragraph, span: { start: 0, end: paragraph.text.length } });

/**
 * The part asked of a work's paragraphs (in the order of its text), in that order; none when the paragraph numbered
 * is not there. Paragraphs of a few words (a salutation, "Thank you.") count for nothing: the opening paragraph comes
 * with the salutation before it, and the first sentence is the first of the paragraph that says something.
 */
export function partOf(paragraphs: readonly Paragraph[], part: PartAsked): PartTaken[] {
  if ('position' in part) return paragraphs.filter((p) => p.position === part.position).map(wholeOf);
  const opening = part.edge === 'opening';
  const taken: PartTaken[] = [];
  let counted = 0;
  for (const paragraph of opening ? paragraphs : [...paragraphs].reverse()) {
    if (counted >= part.count) break;
    const says = wordCount(paragraph.text) >= FEW_WORDS_OF_A_PART;
    if (part.unit === 'paragraph') {
      taken.push(wholeOf(paragraph));
      if (says) counted += 1;
    } else if (says) {
      const spans = sentenceSpans(paragraph.text);
      const kept = opening ? spans.slice(0, part.count - counted) : spans.slice(-(part.count - counted));
      taken.push({ paragraph, span: { start: kept[0]!.start, end: kept.at(-1)!.end } });
      counted += kept.length;
    }
  }
  return opening ? taken : taken.reverse();
}

/**
 * What comes after (or before) a quote as the collection prints it: the rest of its paragraph, from the sentence after
 * it (up to the sentence before it), else the paragraph of its work after (before) it; null at the work's edge.
 */
export function besideQuote(paragraph: Paragraph, quoted: Span | undefined, paragraphs: readonly Paragraph[], side: 'next' | 'previous'): PartTaken | null {
  const sentences = quoted ? sentenceSpans(paragraph.text).filter((s) => (side === 'next' ? s.start >= quoted.end : s.end <= quoted.start)) : [];
  if (sentences.length > 0) return { paragraph, span: { start: sentences[0]!.start, end: sentences.at(-1)!.end } };
  const other = paragraphBeside(paragraph, paragraphs, side);
  return other && wholeOf(other);
}

/** The paragraph of its work after (or before) a paragraph, as the collection prints them; null at the work's edge. */
export const paragraphBeside = (paragraph: Paragraph, paragraphs: readonly Paragraph[], side: 'next' | 'previous'): Paragraph | null =>
  paragraphsBeside(paragraph, paragraphs, side)[0] ?? null;

/** The paragraphs of its work after (or before) a paragraph, nearest first. */
export function paragraphsBeside(paragraph: Paragraph, paragraphs: readonly Paragraph[], side: 'next' | 'previous'): Paragraph[] {
  const ofItsWork = paragraphs.filter((p) => p.workId === paragraph.workId && (side === 'next' ? p.position > paragraph.position : p.position < paragraph.position));
  return ofItsWork.sort((a, b) => (side === 'next' ? a.position - b.position : b.position - a.position));
}
