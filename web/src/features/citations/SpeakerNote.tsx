/** Says so when a quote is not the author's words (an interviewer's question), wherever a quote is shown. */
import { SPEAKER_NOTES, type Speaker } from '../../../../server/contract.ts';

export function SpeakerNote({ speaker }: { speaker?: Speaker | undefined }) {
  if (!speaker) return null;
  return (
    <span className="speaker-note" data-testid="speaker-note">
      {SPEAKER_NOTES[speaker]}
    </span>
  );
}
