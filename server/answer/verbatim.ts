/**
 * The one verbatim check (pure): a quote is verbatim when it is the text of spans of its paragraph, in order,
 * joined by " … " only where something was left out between them. Everything that shows or measures a quote uses it.
 */
import type { Span } from '../retrieval/text.ts';

/** The omission mark between two spans of one paragraph. */
export const ELLIPSIS = '…';
export const STITCH = ` ${ELLIPSIS} `;

/** Where spans of the paragraph (`found`, each inside one of the quote's `spans`) lie in the quote those spans make. */
export function inQuote(spans: readonly Span[], found: readonly Span[]): Span[] {
  const out: Span[] = [];
  let offset = 0;
  spans.forEach((s, i) => {
    if (i > 0) offset += STITCH.length;
    for (const f of found) if (f.start >= s.start && f.end <= s.end) out.push({ start: offset + f.start - s.start, end: offset + f.end - s.start });
    offset += s.end - s.start;
  });
  return out;
}

/** The quote that `spans` of `text` make: their text joined with " … ". */
export function quoteText(text: string, spans: readonly Span[]): string {
  return spans.map((s) => text.slice(s.start, s.end)).join(STITCH);
}

/** Why spans of `text` do not make a quote (empty piece, out of range, out of order, nothing left out between two), or null. */
function spansProblem(text: string, spans: readonly Span[]): string | null {
  if (spans.length === 0) return 'no span';
  let previous: Span | null = null;
  for (const s of spans) {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > text.length) return 'a span lies outside the paragraph';
    if (text.slice(s.start, s.end).trim() === '') return 'an empty piece beside an omission mark';
    if (previous && s.start < previous.end) return 'spans overlap or are out of order';
    if (previous && text.slice(previous.end, s.start).trim() === '') return 'an omission mark where nothing was left out';
    previous = s;
  }
  return null;
}

export type QuoteCheck = { ok: true; spans: Span[] } | { ok: false; reason: string };

/**
 * Whether `quote` is verbatim in `text`: with `spans` given (a citation's), the quote must be exactly their text;
 * without, the spans are found (each piece at its first place after the previous one that leaves something out).
 */
export function checkQuote(quote: string, text: string, spans?: readonly Span[]): QuoteCheck {
  const found = spans ? [...spans] : locate(quote, text);
  if (!found) return { ok: false, reason: 'not a span of its paragraph' };
  const problem = spansProblem(text, found);
  if (problem) return { ok: false, reason: problem };
  if (quoteText(text, found) !== quote) return { ok: false, reason: 'the quote is not the text of its spans' };
  return { ok: true, spans: found };
}

function locate(quote: string, text: string): Span[] | null {
  const spans: Span[] = [];
  let from = 0;
  for (const piece of quote.split(STITCH)) {
    if (piece === '') return null;
    let at = text.indexOf(piece, from);
    while (at !== -1 && spans.length > 0 && text.slice(from, at).trim() === '') at = text.indexOf(piece, at + 1);
    if (at === -1) return null;
    spans.push({ start: at, end: at + piece.length });
    from = at + piece.length;
  }
  return spans;
}
