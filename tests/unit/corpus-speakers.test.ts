/** Interview turns: every paragraph of an interviewer's question, up to the answer, is the interviewer's. */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../server/corpus/load.ts';
import { interviewerTurns, isSpeakerLabel } from '../../server/corpus/speakers.ts';
import { testConfig } from '../support/deps.ts';

describe('interviewer turns', () => {
  it('run from "Question:" to the paragraph before "Answer:", however many paragraphs the question takes', () => {
    const texts = ['Before.', 'Question: We admire your experience.', 'What is the most important?', 'Answer: First of all, thank you.', 'Self-reliance.', 'Question: And next?', 'Answer:', 'Our Party.'];
    expect(interviewerTurns(texts)).toEqual([false, true, true, false, false, true, false, false]);
  });

  it('mark the interviewers’ paragraphs of the real corpus and no others', async () => {
    const corpus = await loadCorpus(testConfig().CORPUS_DIR);
    const asked = corpus.paragraphs.filter((p) => p.speaker === 'interviewer');
    // Five interviews: one question in one paragraph, three in two, one in four.
    expect(asked.length).toBe(11);
    expect(asked.every((p) => p.workId.includes('answers-to-questions'))).toBe(true);
    expect(asked.filter((p) => p.text.startsWith('Question:')).length).toBe(5);
    expect(asked.some((p) => p.text.startsWith('I believe you may have encountered difficulties'))).toBe(true);
    expect(asked.some((p) => /^Answer\s*:/.test(p.text))).toBe(false);
    for (const p of asked) {
      const next = corpus.paragraphs.find((q) => q.workId === p.workId && q.position > p.position);
      expect(next, p.id).toBeDefined();
    }
  });

  it('leave out a paragraph that is only a label ("Answer:" before an omission), keeping the others’ ids', async () => {
    const corpus = await loadCorpus(testConfig().CORPUS_DIR);
    expect(corpus.paragraphs.some((p) => isSpeakerLabel(p.text))).toBe(false);
    const work = corpus.paragraphs.filter((p) => p.workId === '1969-answers-to-questions-raised-by-abdel');
    expect(work[0]!.text).toMatch(/^Question:/);
    expect(work[1]!.text).toMatch(/^Our Party has so far adhered firmly/);
    expect(work.slice(0, 2).map((p) => p.id)).toEqual(['1969-answers-to-questions-raised-by-abdel-p1', '1969-answers-to-questions-raised-by-abdel-p3']);
    expect(['Answer:', ' Question ', 'Answer'].every(isSpeakerLabel)).toBe(true);
    expect(isSpeakerLabel('Answer: First of all, thank you.')).toBe(false);
  });
});
