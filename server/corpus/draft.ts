/** Intermediate results of the per-shape readers, before titles are cased and ids assigned. */
import type { CorpusProblem } from './types.ts';
import type { FileOverride } from './overrides.ts';
import type { DraftParagraph } from './paragraphs.ts';

export interface DraftWork {
  /** Title as found; printed in capitals when `caseTitle` is set. */
  title: string;
  /** Convert the title to sentence case (titles printed in capitals or title case); false for user-given titles. */
  caseTitle: boolean;
  date: string | null;
  year: number | null;
  author?: string;
  affiliation?: string;
  occasion?: string;
  place?: string;
  pages?: string;
  source?: string;
  excerpts?: true;
  paragraphs: DraftParagraph[];
}

export interface DraftResult {
  works: DraftWork[];
  problems: CorpusProblem[];
}

export interface ReaderInput {
  file: string;
  text: string;
  lines: string[];
  override: FileOverride;
}

export function yearOf(date: string | null): number | null {
  return date ? Number(date.slice(0, 4)) : null;
}
