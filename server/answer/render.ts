/**
 * Rendering an answer draft (pure): every quote through the verbatim check, then numbered in reading order and
 * written twice with the same content — as the structure the UI renders and as the Markdown the CLI and exports use.
 */
import { citationMarkdown, inBibliographyOrder, labelledCitationMarkdown, SOURCES_HEADING, workCiteSource } from '../../web/src/features/citations/formats.ts';
import { CiteStyle, GROUP_HEADINGS, readAsLine, SPEAKER_NOTES, type AnswerResponse, type AnswerStructure, type Citation, type DiffOp, type GroupWork, type LeadPart } from '../contract.ts';
import type { Work } from '../corpus/types.ts';
import { draftAnswer, type AnswerOptions, type Block, type Draft, type InvalidQuote, type RankingInput } from './extractive.ts';
import type { Item } from './item.ts';
import { compareHeading, otherAuthor, workHeading } from './format.ts';
import { checkQuote, inQuote } from './verbatim.ts';

export const CLOSEST_HEADING = `**${GROUP_HEADINGS.closest}**`;
export const RELATED_HEADING = `**${GROUP_HEADINGS.related}**`;

/** Drafts and renders in one step (tests, and callers without a writer). */
export function buildAnswer(question: string, ranking: RankingInput, options: AnswerOptions): AnswerResponse {
  return render(question, draftAnswer(question, ranking, options));
}

/** Leaves out (and reports) every item whose quote is not the text of its spans: a bug, never shown. */
export function keepVerbatim(items: readonly Item[], report: (invalid: InvalidQuote) => void): Item[] {
  return items.filter((item) => {
    const check = checkQuote(item.quote, item.passage.paragraph.text, item.spans);
    if (!check.ok) report({ passageId: item.passage.paragraph.id, quote: item.quote, reason: check.reason });
    return check.ok;
  });
}

const leadMarkdown = (parts: readonly LeadPart[]) => parts.map((p) => (p.title ? `*${p.text}*` : p.text)).join('');

function blockHeading(block: Block, draft: Draft): string {
  if (block.kind !== 'work') return `**${GROUP_HEADINGS[block.kind]}**`;
  const { otherAuthor } = groupWork(block.work, draft.primaryAuthor);
  return draft.mode === 'compare' ? compareHeading(block.work, otherAuthor) : workHeading(block.work, otherAuthor);
}

/**
 * Numbers the quotes in reading order (after the verbatim check) and writes them as structure and as Markdown;
 * every [n] has a citation and every citation is used.
 */
export function render(question: string, draft: Draft, report: (invalid: InvalidQuote) => void = () => {}): AnswerResponse {
  const citations: Citation[] = [];
  const structure: AnswerStructure = { lead: draft.lead, groups: [] };
  const sections: string[] = [leadMarkdown(draft.lead)];
  if (draft.readAs) {
    structure.readAs = draft.readAs;
    sections.unshift(`_${readAsLine(draft.readAs)}_`);
  }
  if (draft.wholeWork) structure.wholeWork = true;
  if (draft.more) structure.more = true;
  if (draft.quotableFirst) structure.quotableFirst = true;
  if (draft.readOn) structure.readOn = true;
  if (draft.quotation) structure.quotation = draft.quotation;
  if (draft.diff) {
    structure.diff = draft.diff;
    sections.push(diffMarkdown(draft.diff));
  }
  const quoted: Work[] = [];
  for (const block of draft.blocks) {
    const items = keepVerbatim(block.items, report);
    if (items.length === 0) continue;
    if (block.kind === 'work' && !quoted.includes(block.work)) quoted.push(block.work);
    const lines = items.map((item) => {
      const n = citations.length + 1;
      citations.push(toCitation(n, item));
      const speaker = item.passage.paragraph.speaker;
      const note = speaker ? `(${SPEAKER_NOTES[speaker]}:)\n` : '';
      return `${note}> ${item.quote} [${n}]`;
    });
    const groupItems = items.map((item, i) => ({ n: citations.length - items.length + i + 1, spans: item.spans }));
    structure.groups.push(block.kind === 'work' ? { kind: 'work', work: groupWork(block.work, draft.primaryAuthor), items: groupItems } : { kind: block.kind, items: groupItems });
    sections.push(`${blockHeading(block, draft)}\n${lines[0]}`, ...lines.slice(1));
  }
  // The works' citations after any quotes: those the question names, or those quoted when it asks for them cited.
  const cited = draft.workCitation ?? (draft.quotedCitation && quoted.length ? { works: quoted, style: draft.quotedCitation.style } : null);
  if (cited) {
    const workIds = cited.works.map((w) => w.id);
    structure.workCitation = cited.style ? { workIds, style: cited.style } : { workIds };
    sections.push(workCitationMarkdown(cited.works, cited.style));
  }
  const response: AnswerResponse = { question, mode: draft.mode, answer: sections.join('\n\n'), citations, structure };
  if (draft.years) response.yearCounts = draft.years;
  return response;
}

/**
 * Works' citations (the UI formats them from `workCitation`, in the reader's style when none was asked): one work's
 * in the style asked, else in each; several as a list of sources in the style asked, else Chicago's, in its order.
 */
function workCitationMarkdown(works: readonly Work[], style: CiteStyle | null): string {
  const sources = works.map((w) => workCiteSource(w));
  if (sources.length > 1 || style) {
    const listed = style ?? 'chicago';
    const entries = inBibliographyOrder(listed, sources).map((s) => citationMarkdown(listed, s));
    return sources.length > 1 ? [`**${SOURCES_HEADING[listed]}**`, ...entries].join('\n\n') : entries[0]!;
  }
  return CiteStyle.options.map((s) => labelledCitationMarkdown(s, sources[0]!)).join('\n\n');
}

/** "Changes: the ~~quotation's~~ **source's** words": a word diff, the quotation's words struck, the source's in bold. */
function diffMarkdown(diff: readonly DiffOp[]): string {
  return `_Changes (your words struck, the source's in bold):_ ${diff.map((d) => (d.op === 'equal' ? d.text : d.op === 'delete' ? `~~${d.text}~~` : `**${d.text}**`)).join(' ')}`;
}

function groupWork(work: Work, primaryAuthor: string | null): GroupWork {
  const group: GroupWork = { id: work.id, title: work.title, date: work.date, year: work.year };
  const author = otherAuthor(work, primaryAuthor);
  if (author) group.otherAuthor = author;
  return group;
}

export function toCitation(n: number, item: Item): Citation {
  const { paragraph, work } = item.passage;
  const citation: Citation = {
    n,
    passageId: paragraph.id,
    workId: work.id,
    title: work.title,
    date: work.date,
    year: work.year,
    quote: item.quote,
    spans: item.spans.map((s) => ({ start: s.start, end: s.end })),
  };
  if (paragraph.page !== undefined) citation.page = paragraph.page;
  if (paragraph.pageEnd !== undefined) citation.pageEnd = paragraph.pageEnd;
  if (work.pages) citation.pages = work.pages;
  if (paragraph.speaker) citation.speaker = paragraph.speaker;
  if (item.marks?.length) citation.quoteMarks = inQuote(item.spans, item.marks);
  return citation;
}
