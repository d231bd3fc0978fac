/** The corpus data model: works (dated texts with metadata) and their paragraphs. */

export interface Work {
  /** Stable slug: `${year ?? 'undated'}-${title words}`; used in URLs and passage ids. */
  id: string;
  /** Title as printed, in sentence case, without "(Excerpts)". */
  title: string;
  /** ISO date `YYYY-MM-DD`, or null when the source gives none (never invented). */
  date: string | null;
  year: number | null;
  author: string;
  /** The author's institution as the source prints it beside the name (an abstract's "Zhang, Chao(Seoul National University)"). */
  affiliation?: string;
  /** Occasion / place line as printed, e.g. "Concluding Speech at the … Central Committee …". */
  occasion?: string;
  /** Place where it was said or published, when known (e.g. "Pyongyang"). */
  place?: string;
  /** Page range in the source, e.g. "1-3" (from the table of contents) or "179-180". */
  pages?: string;
  /** Where the work is printed: the collection or journal, as metadata. */
  source?: string;
  /** Set when the source prints excerpts of the work, not the whole of it (its heading says "(Excerpts)"). */
  excerpts?: true;
  /** File (relative to the corpus directory) the work was read from. */
  file: string;
}

export interface Paragraph {
  /** `${workId}-p${position}`. */
  id: string;
  workId: string;
  /** 1-based position within the work. */
  position: number;
  /** Page in the source, when the source allows it. */
  page?: number;
  /** Last page, when the paragraph runs over a page break (then `page` is where it starts). */
  pageEnd?: number;
  /** Set when the paragraph is not the author's words: part of an interviewer's question (speakers.ts). */
  speaker?: 'interviewer';
  /** The paragraph's text: verbatim from the file except whitespace runs folded to one space. */
  text: string;
}

/** A problem found while reading the corpus: the file is skipped (or partly read), the rest goes on. */
export interface CorpusProblem {
  file: string;
  line?: number;
  message: string;
}

export interface Corpus {
  works: Work[];
  paragraphs: Paragraph[];
  problems: CorpusProblem[];
}
