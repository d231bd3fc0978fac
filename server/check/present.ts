/** Maps checker findings to the contract's claims: the source wording, the diff, the attribution and passages in the shape of /api/search. */
import type { CheckClaim, CheckSource } from '../contract.ts';
import { toPassage } from '../http/present.ts';
import { wholeParagraph } from '../retrieval/rank.ts';
import type { Finding } from './check.ts';
import type { QuoteMatch } from './match.ts';

export function toCheckSource(match: QuoteMatch): CheckSource {
  const { paragraph, work } = match.paragraph;
  const source: CheckSource = {
    passageId: paragraph.id,
    workId: work.id,
    title: work.title,
    date: work.date,
    year: work.year,
    quote: paragraph.text.slice(match.span.start, match.span.end),
  };
  if (paragraph.page !== undefined) source.page = paragraph.page;
  return source;
}

export function toCheckClaim(f: Finding): CheckClaim {
  const m = f.match;
  const passages = m
    ? [toPassage({ ...wholeParagraph(m.paragraph.paragraph, m.paragraph.work, m.similarity), quote: m.paragraph.paragraph.text.slice(m.span.start, m.span.end), quoteSpan: m.span })]
    : f.passages.map(toPassage);
  return {
    text: f.text,
    kind: f.kind,
    start: f.start,
    end: f.end,
    verdict: f.verdict,
    source: m ? toCheckSource(m) : null,
    diff: m && f.verdict === 'close' ? m.diff : null,
    attribution: f.attribution,
    passages,
  };
}
