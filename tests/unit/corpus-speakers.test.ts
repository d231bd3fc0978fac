/** Interview turns: every paragraph of an interviewer's question, up to the answer, is the interviewer's. */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../server/corpus/load.ts';
import { interviewerTurns } from '../../server/corpus/speakers.ts';
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
      const next = corpus.paragraphs.find((q) => q.workId === p.workId && q.position === p.position + 1);
      expect(next, p.id).toBeDefined();
    }
  });
});
