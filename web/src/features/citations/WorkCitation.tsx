/**
 * Works' citations, for "How do I cite the 1961 speech?" or "Cite his speeches" (`AnswerStructure.workCitation`):
 * from their metadata, in the style asked or the reader's, several as a list of sources in its order.
 */
import type { AnswerStructure } from '../../../../server/contract.ts';
import { useWorks } from '../works/useWorks.ts';
import { ExportCitation } from './ExportCitation.tsx';
import { workCiteSource } from './formats.ts';
import { citedHere, workPath } from './passage.ts';

export function WorkCitation({ workIds, style }: NonNullable<AnswerStructure['workCitation']>) {
  const { byId } = useWorks();
  const works = workIds.flatMap((id) => byId(id) ?? []);
  if (works.length === 0) return null;
  return <ExportCitation sources={works.map((w) => workCiteSource(w, citedHere(workPath(w.id))))} style={style} />;
}
