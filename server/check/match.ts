/**
 * Matching one quotation against the corpus (pure): `exact` when its pieces (between omission marks, and around
 * words the writer put in square brackets) stand in one paragraph in order, whitespace and quote characters
 * folded, and its marks stand for no "not" its words lack (`turnsRound`); otherwise the closest word alignment among
 * the candidate paragraphs, whose similarity the caller compares with a calibrated threshold.
 */
import { snapToWords } from '../answer/quotes.ts';
import { contentTokens, NUMBER_WORDS, sentenceSpans, type Span } from '../retrieval/text.ts';
import { align, AS_RUNS, WORD_BY_WORD, type Alignment, type DiffOp, type OmissionCosts } from './align.ts';
import { candidateParagraphs, type IndexedParagraph, type QuoteIndex } from './corpus-index.ts';
import { fold, isLetterOrDigit, originalSpan, words, type Folded } from './fold.ts';

export interface QuoteMatch {
  /** Verbatim, whitespace and quote characters aside (the pieces between omission marks, in order). */
  exact: boolean;
  paragraph: IndexedParagraph;
  /** The source wording, as offsets into `paragraph.paragraph.text`. */
  span: Span;
  /** The share of the quotation's words that stand in the source in order: 1 − words changed / quotation words. */
  similarity: number;
  /** The quotation's words changed, added or reordered (a swapped pair once). */
  wordsChanged: number;
  /** Source words the quotation leaves out without an omission mark, per quotation word. */
  omission: number;
  /** Places where the quotation differs from the source. */
  changes: number;
  diff: DiffOp[];
}

/** Omission marks: "...", ". . .", "…", and any of them in square brackets. */
const OMISSION = /\[\s*(?:\.\s*){3}\]|\[\s*…\s*\]|(?:\.\s*){2}\.|…/;
/**
 * Words a writer puts in square brackets, as the citation styles allow: their own, for a word of the source's
 * ("[North Korea] built …" for "We built …") or added ("[the] Korean people"); they stand for up to
 * `INSERTED_FOR` source words.
 */
const INSERTED = /\[[^\]]*\]/;
const INSERTED_FOR = 3;
const MARKS = new RegExp(`(${OMISSION.source})|${INSERTED.source}`, 'g');
/** "[sic]", and a letter whose case the writer changed ("[d]ependence"): the source's own words, as they stand. */
const SIC = /\s*\[sic!?\]/gi;
const CASE_CHANGED = /\[(\p{L})\](?=\p{L})/gu;
/** Letters the writer put before a word ("[In]dependence"): they make another word of it, compared as written. */
const PREFIXED = /\[(\p{L}{2,})\](?=\p{L})/gu;

/** A piece of a quotation, and what the writer put before it: an omission mark, or words in square brackets (`inserted`). */
export interface QuotationPiece {
  text: string;
  after: 'omission' | 'inserted' | null;
  inserted?: string;
}

/** The quotation's pieces between omission marks and bracketed words, trimmed of the punctuation a writer adds at either end. */
export function quotationPieces(quotation: string): QuotationPiece[] {
  const text = quotation.replace(SIC, '').replace(CASE_CHANGED, '$1').replace(PREFIXED, '$1');
  const pieces: QuotationPiece[] = [];
  let after: QuotationPiece['after'] = null;
  let inserted = '';
  let from = 0;
  const add = (raw: string) => {
    const piece = fold(raw).text.replace(/^[\s,;:.!?"'()]+|[\s,;:.!?"'()]+$/g, '');
    if (piece.length <= 1) return;
    pieces.push({ text: piece, after: pieces.length ? after : null, ...(pieces.length && after === 'inserted' ? { inserted } : {}) });
    after = null;
    inserted = '';
  };
  for (const m of text.matchAll(MARKS)) {
    add(text.slice(from, m.index));
    // Marks side by side with nothing between them: an omission among them leaves out any number of words.
    after = m[1] !== undefined || after === 'omission' ? 'omission' : 'inserted';
    if (m[1] === undefined) inserted += m[0];
    from = m.index + m[0].length;
  }
  add(text.slice(from));
  return pieces;
}

/** Where `piece` (two characters or more) starts in `text` at `from` or later, at word boundaries; its first letter may differ in case. */
function findPiece(text: string, piece: string, from: number): number {
  const rest = piece.slice(1);
  const first = piece[0]!.toLowerCase();
  for (let at = text.indexOf(rest, from + 1); at !== -1; at = text.indexOf(rest, at + 1)) {
    const start = at - 1;
    if (text[start]?.toLowerCase() !== first) continue;
    if (isLetterOrDigit(text[start - 1]) || isLetterOrDigit(text[at + rest.length])) continue;
    return start;
  }
  return -1;
}

/**
 * The shortest span of `folded` holding every piece in order, a piece after bracketed words within `INSERTED_FOR`
 * words of the one before, or null. A piece's first place may leave the next too far ("Juche and […] are" after an
 * earlier "Juche and"): then its later places are tried.
 */
function piecesIn(folded: Folded, pieces: readonly QuotationPiece[]): { span: Span; starts: number[] } | null {
  const text = folded.text;
  // Each (piece, offset) is tried once: a piece repeated in a long paragraph makes no more than pieces × places tries.
  const tried = new Map<string, Span | null>();
  /** Where piece `i` starts and the last piece ends, placed from `from` on; null if they cannot be. */
  const place = (i: number, from: number): Span | null => {
    const key = `${i}:${from}`;
    if (!tried.has(key)) tried.set(key, placeAfresh(i, from));
    return tried.get(key)!;
  };
  const placeAfresh = (i: number, from: number): Span | null => {
    const { text: piece, after } = pieces[i]!;
    for (let at = findPiece(text, piece, from); at !== -1; at = findPiece(text, piece, at + 1)) {
      if (after === 'inserted' && i > 0 && words(text.slice(from, at)).length > INSERTED_FOR) return null;
      const end = i + 1 === pieces.length ? at + piece.length : place(i + 1, at + piece.length)?.end;
      if (end !== undefined) return { start: at, end };
    }
    return null;
  };
  // Of the first piece's places, the one whose pieces lie closest together: "foreign assistance … can only play" is the
  // sentence holding both, not an earlier "foreign assistance" two sentences before.
  let span: Span | null = null;
  const first = pieces[0]?.text ?? '';
  for (let at = pieces.length ? findPiece(text, first, 0) : -1; at !== -1; at = findPiece(text, first, at + 1)) {
    const end = pieces.length === 1 ? at + first.length : place(1, at + first.length)?.end;
    if (end !== undefined && (span === null || end - at < span.end - span.start)) span = { start: at, end };
  }
  if (!span) return null;
  // Where each piece was placed, as `place` placed it: the starts it chained.
  const starts = [span.start];
  for (let i = 1; i < pieces.length; i++) starts.push(place(i, starts[i - 1]! + pieces[i - 1]!.text.length)!.start);
  return { span, starts };
}

/** A negator that governs what follows it, the predicate of its clause: "Nobody should …", "we are not opposed …". */
const GOVERNING_NEGATOR = /\b(?:not|no|never|nor|neither|cannot|none|nothing|nobody)\b|n['’]t\b/i;
/** A word that turns a statement into its opposite: a quotation that leaves one out, or puts others for it, says otherwise. */
export const NEGATOR = new RegExp(String.raw`${GOVERNING_NEGATOR.source}|\b(?:nowhere|without|unless|impossible|unable|hardly|scarcely)\b`, 'i');
/**
 * A word that limits what the word after it says: a quotation that leaves one out just before the words it quotes
 * next says more than the source ("we do not depend … upon it" for "depend entirely upon it", "we make … everything"
 * for "almost everything").
 */
export const QUALIFIER = /\b(?:almost|nearly|mainly|mostly|largely|partly|partially|entirely|wholly|chiefly|primarily|only|merely|somewhat|slightly|some|several|certain|few|less\s+than|more\s+than)\b/i;
/** Words that end on a qualifier ("… entirely", "… less than"). */
const ENDS_ON_A_QUALIFIER = new RegExp(String.raw`(?:${QUALIFIER.source})[^\p{L}]*$`, 'iu');
/** The qualifiers a text holds (`QUALIFIER`), in order, as one string to compare. */
const qualifiersIn = (text: string): string => [...text.matchAll(new RegExp(QUALIFIER.source, 'gi'))].map((m) => m[0].toLowerCase()).join(' ');
/** Prefixes that make a word its opposite: "possible" and "impossible", "questionable" and "unquestionable". */
const NEGATIVE_PREFIX = /^(?:un|in|im|il|ir|dis|non)-?/;
/** How many of the source words an omission mark leaves out, nearest the words after it, a negator among them governs ("does … preclude" for "does not in any sense preclude"). */
const GOVERNS_WITHIN = 6;
/**
 * How many of the source words just before a quotation that opens with no mark a negator among them governs: "should
 * have an idea of depending on foreign countries", quoted from "Nobody should have an idea …", says the opposite.
 */
const GOVERNS_UNMARKED = 2;
/** The clause a stretch of words ends in: after its last stop, semicolon or colon. */
const lastClause = (text: string): string => text.slice(Math.max(...[...text.matchAll(/[.;:!?]/g)].map((m) => m.index + 1), 0));
/** The clause a stretch of words begins with: up to its first stop, semicolon or colon. */
const firstClause = (text: string): string => text.slice(0, text.search(/[.;:!?]|$/));
/** Words that end a clause: a stop, semicolon or colon, and any closing marks after it. */
const ENDS_A_CLAUSE = /[.;:!?]["'”’)\]]*\s*$/;

/**
 * The names a text holds: its content words written with a capital ("Soviet", "Korea"; not "We" or "I"), but for its
 * first when it opens a sentence (`opensASentence`: "Dependence will …").
 */
const namesIn = (text: string, opensASentence: boolean): Set<string> =>
  new Set(contentTokens(text).filter((t, i) => !(opensASentence && i === 0) && /^\p{Lu}/u.test(text.slice(t.start, t.end))).map((t) => t.word));

/**
 * The numbers a text holds, as values: in digits however their thousands are set apart (folding joins "120 000" and
 * "120,000" as it does for matching), and in words ("five").
 */
function numbersIn(text: string): Set<number> {
  const values = new Set([...fold(text).text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0])));
  for (const w of words(text)) if (NUMBER_WORDS.includes(w.key)) values.add(NUMBER_WORDS.indexOf(w.key) + 1);
  return values;
}

/** Whether two sets hold something each, and nothing in common. */
const otherThan = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean => a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));

/**
 * Whether bracketed words say otherwise than the source words they stand for: a negator in one only, a word one holds
 * with a negative prefix the other holds without ("[possible]" for "impossible"), a name put for another name
 * ("[American] technicians" for "Soviet technicians"; a name for "we" or "our country" is what brackets are for), or
 * a number for another ("February [1956]" for "February 1936", "[2,000]" for "200"), or a qualifier for another
 * ("[entirely]" for "largely").
 */
function opposes(source: string, own: string, opensASentence = false): boolean {
  if (NEGATOR.test(source) !== NEGATOR.test(own)) return true;
  if (otherThan(namesIn(source, opensASentence), namesIn(own, opensASentence))) return true;
  if (otherThan(numbersIn(source), numbersIn(own))) return true;
  // "[entirely]" for "largely", "[at all]" for "entirely": a qualifier put for another, or for none, or left out.
  if (qualifiersIn(source) !== qualifiersIn(own)) return true;
  const [a, b] = [words(source).map((w) => w.key), words(own).map((w) => w.key)];
  const prefixed = (x: string, y: string) => x.length > y.length && x.endsWith(y) && NEGATIVE_PREFIX.exec(x)?.[0].replace('-', '').length === x.length - y.length;
  return a.some((x) => b.some((y) => x !== y && (prefixed(x, y) || prefixed(y, x))));
}

/** The first or last `n` words of a text, as written. */
const wordsAt = (text: string, n: number, end: 'first' | 'last'): string => {
  const ws = words(text);
  const kept = end === 'first' ? ws.slice(0, n) : ws.slice(-n);
  return kept.length ? text.slice(kept[0]!.start, kept.at(-1)!.end) : '';
};

/**
 * Whether what the quotation's omission marks and bracketed words stand for turns it round: a negator ("not", "never",
 * "without") the source words an omission mark leaves out hold next to the words after it ("we are … opposed to aid"
 * for "we are not opposed"; "does … preclude" for "does not in any sense preclude"), or at either end of the quotation
 * ("Dependence will get us …" for "… nowhere"), or a qualifier they end on (`QUALIFIER`); or bracketed words that say the opposite of those they stand for, a
 * negator put in or left out ("[the DPRK does] go hat in hand" for "But we do not go hat in hand", "is [not] very
 * good") or a word's negative prefix ("[possible]" for "impossible").
 */
function turnsRound(folded: string, pieces: readonly QuotationPiece[], starts: readonly number[], ends: MarksAtEnds, sentence: Span): boolean {
  const omitted = (gap: string, near: 'first' | 'last', n = GOVERNS_WITHIN) => NEGATOR.test(wordsAt(gap, n, near)) || (near === 'last' && ENDS_ON_A_QUALIFIER.test(wordsAt(gap, 2, 'last')));
  // Between two pieces, a negator anywhere in the clause the words left out end in governs the piece after ("we … solve
  // everything by ourselves" for "we do not intend to reject international solidarity … and to solve everything by
  // ourselves"), and one in the clause they go on with the piece before ("we are … necessary assistance" for "we are not
  // opposed to aid from others; we would receive necessary assistance").
  const omittedBetween = (gap: string, before: string) => omitted(gap, 'last') || NEGATOR.test(lastClause(gap)) || (!ENDS_A_CLAUSE.test(before) && NEGATOR.test(firstClause(gap)));
  for (let i = 1; i < pieces.length; i++) {
    const gap = folded.slice(starts[i - 1]! + pieces[i - 1]!.text.length, starts[i]!);
    if (pieces[i]!.after === 'inserted' ? opposes(gap, pieces[i]!.inserted ?? '') : omittedBetween(gap, pieces[i - 1]!.text)) return true;
  }
  const [before, after] = [folded.slice(sentence.start, starts[0]), folded.slice(starts.at(-1)! + pieces.at(-1)!.text.length, sentence.end)];
  // Bracketed words that open the quotation stand for those that open the source's sentence, capitals and all.
  const atEnd = (mark: string | null, source: string, near: 'first' | 'last') =>
    mark !== null && (isOmission(mark) ? omitted(source, near, near === 'first' ? INSERTED_FOR : GOVERNS_WITHIN) : opposes(source, mark, near === 'last'));
  return atEnd(ends.leading, before, 'last') || atEnd(ends.trailing, after, 'first') || opensAfterADroppedNegator(ends, before);
}

/**
 * Whether words end on a negator that governs what follows them: the source's before a quotation that opens with no
 * mark ("should have an idea" of "Nobody should have an idea"), or the writer's own before it ("we are not "opposed to
 * aid""); not one that governs a phrase alone ("without the slightest hesitation").
 */
const negates = (before: string): boolean => GOVERNING_NEGATOR.test(wordsAt(lastClause(before), GOVERNS_UNMARKED, 'last'));
/** Whether a quotation opening with no mark leaves out the source's negator before it, which the writer does not write either. */
const opensAfterADroppedNegator = (ends: MarksAtEnds, before: string): boolean => ends.leading === null && !ends.writerNegates && negates(before);

/**
 * The marks a quotation opens or closes with, as typed: bracketed words ("[The DPRK] built …", "… by [its] own
 * [efforts].") or an omission mark ("… should have an idea", "will get us …").
 */
interface MarksAtEnds {
  leading: string | null;
  trailing: string | null;
  /** The writer's own negator just before the opening mark ("we are not "opposed to aid""): none is left out there. */
  writerNegates: boolean;
}

const OMISSION_ALONE = new RegExp(`^(?:${OMISSION.source})$`);
const isOmission = (mark: string) => OMISSION_ALONE.test(mark);
/** The mark a quotation opens with, and the one it closes with (`MarksAtEnds`). */
const LEADING_MARK = new RegExp(String.raw`^[\s"'“‘(]*(${OMISSION.source}|\[[^\]]*\](?!\p{L}))`, 'u');
const TRAILING_MARK = new RegExp(String.raw`(${OMISSION.source}|\[[^\]]*\])[\s.,;:!?"'”’)]*$`, 'u');

/** The quotation's `MarksAtEnds`, given what the writer writes before it; not a letter's case changed ("[t]he"). */
function marksAtEnds(quotation: string, writtenBefore = ''): MarksAtEnds {
  return { leading: LEADING_MARK.exec(quotation)?.[1] ?? null, trailing: TRAILING_MARK.exec(quotation)?.[1] ?? null, writerNegates: negates(writtenBefore) };
}

/** Bracketed words at an end, which the source wording runs over to its sentence's edge; not an omission mark. */
const bracketed = (mark: string | null): boolean => mark !== null && !isOmission(mark);

/** Opening quotation marks and their closing ones. */
const MARK_PAIRS = [['“', '”'], ['‘', '’']] as const;

/**
 * The span and the closing mark of a quotation the source opens inside it ("the new conceptual term of ‘Juche
 * industrialization’"): the writer's closing mark is trimmed off with the punctuation around a quotation, and the
 * source's wording would show a mark opened and never closed.
 */
function withClosingMarks(text: string, span: Span): Span {
  const inside = text.slice(span.start, span.end);
  let end = span.end;
  for (const [open, close] of MARK_PAIRS) {
    const unclosed = inside.split(open).length - inside.split(close).length;
    if (unclosed > 0 && text[end] === close) end++;
  }
  return { start: span.start, end };
}

export interface MatchOptions {
  /** Paragraphs compared word by word with each quotation. */
  candidates: number;
}

export const DEFAULT_MATCH: MatchOptions = { candidates: 8 };

/**
 * An exact match of the quotation in a paragraph (`entry`), if it holds it; a close one when what its marks stand for
 * turns it round (`turnsRound`). The source wording runs over what bracketed words at either end stand for, to its
 * sentence's edge.
 */
function exactMatch(entry: IndexedParagraph, pieces: readonly QuotationPiece[], ends: MarksAtEnds): QuoteMatch | null {
  const placed = piecesIn(entry.folded, pieces);
  if (!placed) return null;
  const folded = entry.folded.text;
  const sentence = sentenceAround(folded, placed.span);
  const turned = turnsRound(folded, pieces, placed.starts, ends, sentence);
  // Turned round by what an omission mark at an end leaves out, the source wording shows those words too; so it does the
  // negator a quotation with no mark opens after.
  const widens = (mark: string | null) => bracketed(mark) || (turned && mark !== null);
  const opensAfterANegator = turned && opensAfterADroppedNegator(ends, folded.slice(sentence.start, placed.starts[0]));
  const widened = { start: widens(ends.leading) || opensAfterANegator ? sentence.start : placed.span.start, end: widens(ends.trailing) ? sentence.end : placed.span.end };
  if (turned) return turnedRound(entry, pieces, placed.starts, ends, widened);
  const span = withClosingMarks(entry.paragraph.text, originalSpan(entry.folded, widened.start, widened.end));
  const text = entry.paragraph.text.slice(span.start, span.end);
  return { exact: true, paragraph: entry, span, similarity: 1, wordsChanged: 0, omission: 0, changes: 0, diff: [{ op: 'equal', text }] };
}

/**
 * A quotation whose marks stand for words that turn it round (`turnsRound`), as a close match: its pieces the source's,
 * each mark or bracket of the writer's shown against the source words it stands for ("we are [-…-] {+not+} opposed").
 */
function turnedRound(entry: IndexedParagraph, pieces: readonly QuotationPiece[], starts: readonly number[], ends: MarksAtEnds, widened: Span): QuoteMatch {
  const source = (from: number, to: number) => {
    const { start, end } = originalSpan(entry.folded, from, to);
    return entry.paragraph.text.slice(start, end).trim();
  };
  const diff: DiffOp[] = [];
  const stood = (writer: string | null, from: number, to: number) => {
    if (writer) diff.push({ op: 'delete', text: writer });
    const stoodFor = source(from, to);
    if (stoodFor) diff.push({ op: 'insert', text: stoodFor });
  };
  if (ends.leading !== null || widened.start < starts[0]!) stood(ends.leading === null ? null : isOmission(ends.leading) ? '…' : ends.leading, widened.start, starts[0]!);
  pieces.forEach((piece, i) => {
    if (i > 0) stood(piece.after === 'omission' ? '…' : (piece.inserted ?? null), starts[i - 1]! + pieces[i - 1]!.text.length, starts[i]!);
    diff.push({ op: 'equal', text: source(starts[i]!, starts[i]! + piece.text.length) });
  });
  const last = starts.at(-1)! + pieces.at(-1)!.text.length;
  if (ends.trailing !== null) stood(isOmission(ends.trailing) ? '…' : ends.trailing, last, widened.end);
  const quoteWords = pieces.reduce((n, p) => n + words(p.text).length, 0);
  const span = withClosingMarks(entry.paragraph.text, originalSpan(entry.folded, widened.start, widened.end));
  return { exact: false, paragraph: entry, span, similarity: 1 - 1 / quoteWords, wordsChanged: 1, omission: 0, changes: 1, diff };
}

/** The sentence of a folded paragraph a span lies in: from after the stop before it to the stop after it. */
function sentenceAround(folded: string, span: Span): Span {
  const before = folded.slice(0, span.start).search(/[.!?]["')\]]*\s[^.!?]*$/);
  const start = before === -1 ? 0 : before + /^[.!?]["')\]]*\s/.exec(folded.slice(before))![0].length;
  const after = /[.!?]/.exec(folded.slice(span.end));
  return { start, end: after ? span.end + after.index : folded.length };
}

/** The quotation word for word in each work that holds it: its first occurrence there, by work (id), in one pass. */
export function exactByWork(index: QuoteIndex, quotation: string): Map<string, QuoteMatch> {
  const pieces = quotationPieces(quotation);
  const ends = marksAtEnds(quotation);
  const found = new Map<string, QuoteMatch>();
  for (const entry of index.paragraphs) {
    const match = found.has(entry.work.id) ? null : exactMatch(entry, pieces, ends);
    if (match?.exact) found.set(entry.work.id, match);
  }
  return found;
}

/** The exact occurrence of a quotation, if any, else its closest alignment among the candidates (null: no candidate at all). */
export function matchQuotation(index: QuoteIndex, quotation: string, options: MatchOptions = DEFAULT_MATCH, writtenBefore = ''): QuoteMatch | null {
  const pieces = quotationPieces(quotation);
  const pieceWords = pieces.map((p) => words(p.text));
  const quoteWords = pieceWords.flat();
  if (quoteWords.length === 0) return null;
  const candidates = candidateParagraphs(index, quoteWords.map((w) => w.key), options.candidates);

  const ends = marksAtEnds(quotation, writtenBefore);
  for (const c of candidates) {
    const exact = exactMatch(index.paragraphs[c]!, pieces, ends);
    if (exact) return exact;
  }

  const gaps = new Set<number>();
  let count = 0;
  for (const ws of pieceWords.slice(0, -1)) gaps.add((count += ws.length));
  const quoteText = pieces.flatMap((p, i) => pieceWords[i]!.map((w) => p.text.slice(w.start, w.end)));
  const alignTo = (entry: IndexedParagraph, omission: OmissionCosts) => {
    const text = entry.paragraph.text;
    return align(quoteWords.map((w) => w.key), entry.words.map((w) => w.key), quoteText, entry.words.map((w) => text.slice(w.start, w.end)), gaps, omission);
  };
  let best: { entry: IndexedParagraph; alignment: Alignment } | null = null;
  for (const c of candidates) {
    const entry = index.paragraphs[c]!;
    const alignment = alignTo(entry, WORD_BY_WORD);
    if (!best || alignment.cost < best.alignment.cost) best = { entry, alignment };
  }
  if (!best) return null;
  // A quotation that only leaves phrases out reads so, not as a word changed where a phrase left out would cost more
  // word by word ("We [have only just] laid", not "We" for "just"); weighed as runs, it is kept only when it changes
  // none of the quotation's words, so that no alignment with words changed comes closer than word by word.
  if (best.alignment.wordsChanged > 0) {
    const asRuns = alignTo(best.entry, AS_RUNS);
    if (asRuns.wordsChanged === 0) best = { entry: best.entry, alignment: asRuns };
  }
  return closeMatch(best.entry, best.alignment, quoteWords.length);
}

/** A quotation's closest alignment with a paragraph, as a match: the source wording is the sentences it lies in. */
function closeMatch(entry: IndexedParagraph, a: Alignment, quoteWords: number): QuoteMatch {
  const stretch = { start: entry.words[a.from]?.start ?? 0, end: entry.words[a.to - 1]?.end ?? 0 };
  return {
    exact: false,
    paragraph: entry,
    span: wholeSentences(entry.paragraph.text, stretch),
    similarity: 1 - a.wordsChanged / quoteWords,
    wordsChanged: a.wordsChanged,
    omission: a.omitted / quoteWords,
    changes: a.changes,
    diff: a.diff,
  };
}

/**
 * The sentence or sentences of `text` a stretch of it lies in: what the quotation should have quoted, as an answer
 * quotes it (an interview's "Answer:" label is layout, not words to quote).
 */
export function wholeSentences(text: string, stretch: Span): Span {
  const covering = sentenceSpans(text).filter((s) => s.start < stretch.end && stretch.start < s.end);
  if (covering.length === 0) return stretch;
  return snapToWords(text, { start: covering[0]!.start, end: covering.at(-1)!.end });
}
