/** Maps checker findings to the contract's claims: the source wording, the diff, the attribution and passages in the shape of /api/search. */
import { itemOf } from '../answer/item.ts';
import { toCitation } from '../answer/render.ts';
import type { CheckClaim, CheckSource } from '../contract.ts';
import { toPassage } from '../http/present.ts';
import { wholeParagraph, type RankedPassage } from '../retrieval/rank.ts';
import type { Finding } from './check.ts';
import type { QuoteMatch } from './match.ts';

/** The matched paragraph as a ranked passage whose quote is the source wording. */
function matchedPassage(m: QuoteMatch): RankedPassage {
  const { paragraph, work } = m.paragraph;
  return { ...wholeParagraph(paragraph, work, m.similarity), quote: paragraph.text.slice(m.span.start, m.span.end), quoteSpan: m.span };
}

export function toCheckSource(m: QuoteMatch): CheckSource {
  const passage = matchedPassage(m);
  const { n: _n, pages: _pages, ...source } = toCitation(1, itemOf(passage, [m.span]));
  return source;
}

export function toCheckClaim(f: Finding): CheckClaim {
  const m = f.match;
  const titled = f.titled ? { titled: { workId: f.titled.work.id, title: f.titled.title, date: f.titled.work.date, year: f.titled.work.year, part: f.titled.part } } : {};
  return {
    text: f.text,
    kind: f.kind,
    start: f.start,
    end: f.end,
    verdict: f.verdict,
    source: m ? toCheckSource(m) : null,
    ...titled,
    diff: m && f.verdict === 'close' ? m.diff : f.titled && !f.titled.part ? f.titled.diff : null,
    // What the text says of its source, as the contract gives it (the work it names stays the checker's).
    attribution: f.attribution && { stated: f.attribution.stated, actual: f.attribution.actual, ok: f.attribution.ok, ...(f.attribution.wrong && { wrong: f.attribution.wrong }) },
    passages: m ? [toPassage(matchedPassage(m))] : f.passages.map(toPassage),
  };
}
