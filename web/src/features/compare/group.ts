/** The compare timeline's rows (pure): one per work group of the answer's structure, in the server's date order. */
import type { AnswerStructure, Citation } from '../../../../server/contract.ts';

export interface TimelineRow {
  key: string;
  year: number | null;
  workId: string;
  title: string;
  date: string | null;
  /** Set when the work is not by the collection's main author. */
  otherAuthor?: string;
  citations: Citation[];
}

/** The structure's work groups as rows, each with the citations of its items (a citation not yet arrived is left out). */
export function timelineRows(structure: AnswerStructure, citations: readonly Citation[]): TimelineRow[] {
  const byN = new Map(citations.map((c) => [c.n, c]));
  return structure.groups.flatMap((g) =>
    g.kind === 'work'
      ? [
          {
            key: `${g.work.year ?? 'undated'}|${g.work.id}`,
            year: g.work.year,
            workId: g.work.id,
            title: g.work.title,
            date: g.work.date,
            ...(g.work.otherAuthor && { otherAuthor: g.work.otherAuthor }),
            citations: g.items.flatMap((i) => byN.get(i.n) ?? []),
          },
        ]
      : [],
  );
}
