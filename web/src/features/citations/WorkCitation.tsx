/** A work's citation, for "How do I cite the 1961 speech?" (`AnswerStructure.workCitation`): from its metadata, in the style asked or the reader's. */
import type { AnswerStructure } from '../../../../server/contract.ts';
import { useWorks } from '../works/useWorks.ts';
import { ExportCitation } from './ExportCitation.tsx';
import { workCiteSource } from './formats.ts';
import { workPath } from './passage.ts';

export function WorkCitation({ workId, style }: NonNullable<AnswerStructure['workCitation']>) {
  const work = useWorks().byId(workId);
  if (!work) return null;
  return <ExportCitation source={workCiteSource(work, window.location.origin + workPath(workId))} style={style} />;
}
