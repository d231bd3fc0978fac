/** Maps internal corpus and ranking records to the contract's response shapes. */
import type { Passage, WorkParagraph, WorkSummary } from '../contract.ts';
import type { Corpus, Paragraph, Work } from '../corpus/types.ts';
import type { RankedPassage } from '../retrieval/rank.ts';

export function toWorkSummary(work: Work, passages: number): WorkSummary {
  const summary: WorkSummary = { id: work.id, title: work.title, date: work.date, year: work.year, author: work.author, passages };
  if (work.affiliation) summary.affiliation = work.affiliation;
  if (work.occasion) summary.occasion = work.occasion;
  if (work.place) summary.place = work.place;
  if (work.pages) summary.pages = work.pages;
  if (work.source) summary.source = work.source;
  if (work.excerpts) summary.excerpts = true;
  return summary;
}

export function passageCounts(corpus: Corpus): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of corpus.paragraphs) counts.set(p.workId, (counts.get(p.workId) ?? 0) + 1);
  return counts;
}

export function toPassage(ranked: RankedPassage): Passage {
  const { paragraph, work } = ranked;
  const passage: Passage = {
    id: paragraph.id,
    workId: work.id,
    title: work.title,
    date: work.date,
    year: work.year,
    text: paragraph.text,
    quote: ranked.quote,
    score: ranked.score,
  };
  if (paragraph.page !== undefined) passage.page = paragraph.page;
  if (paragraph.speaker) passage.speaker = paragraph.speaker;
  return passage;
}

export function toWorkParagraph(paragraph: Paragraph): WorkParagraph {
  const out: WorkParagraph = { id: paragraph.id, position: paragraph.position, text: paragraph.text };
  if (paragraph.page !== undefined) out.page = paragraph.page;
  if (paragraph.speaker) out.speaker = paragraph.speaker;
  return out;
}
