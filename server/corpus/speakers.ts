/**
 * Who speaks in an interview printed as "Question: …" and "Answer: …" (pure). An interviewer's question often
 * runs over several paragraphs before the answer starts ("Question: We should like to tell you … / Would you
 * please tell us …? / Answer: First of all, …"); every paragraph of that run is the interviewer's words, not
 * the author's.
 */

const QUESTION = /^Question\s*:/;
const ANSWER = /^Answer\s*:/;

/** For each paragraph of a work, in order: whether it belongs to an interviewer's question. */
export function interviewerTurns(texts: readonly string[]): boolean[] {
  let asking = false;
  return texts.map((text) => {
    if (QUESTION.test(text)) asking = true;
    else if (ANSWER.test(text)) asking = false;
    return asking;
  });
}

/** A paragraph that is only a speaker's label ("Answer:" before an omission): layout, with no words to quote. */
export function isSpeakerLabel(text: string): boolean {
  return /^(?:Question|Answer)\s*:?$/.test(text.trim());
}
