import { describe, expect, it } from 'vitest';
import { besideAsked, citationRefs, quotesBeforeAsked, repliesAsked, wholePassagesAsked } from '../../server/answer/quotes-asked.ts';

describe('quotes asked of the answer before', () => {
  it('reads which quotes of the answer before a question names, by number or place', () => {
    expect(citationRefs('Cite [3]')).toEqual([3]);
    expect(citationRefs('How do I cite quotes 1 and 4?')).toEqual([1, 4]);
    expect(citationRefs('[2], [5] in APA')).toEqual([2, 5]);
    expect(citationRefs('the second one in MLA')).toEqual([2]);
    expect(citationRefs('Cite the last quote')).toEqual(['last']);
    // A place alone, then a word no noun begins: "first" stands for a quote, not for "First of all" or "the First Five-Year Plan".
    expect(citationRefs('cite the first in APA')).toEqual([1]);
    expect(citationRefs('Give me the last and the first in full')).toEqual(['last', 1]);
    expect(citationRefs('and the third for my bibliography')).toEqual([3]);
    // A preposition stranded at the end: the place is a quote's.
    expect(citationRefs('Which page is the first on?')).toEqual([1]);
    expect(citationRefs('What work is the last from?')).toEqual(['last']);
    expect(citationRefs('Give me the first on trade')).toEqual([]);
    for (const q of ['What was the first five-year plan?', 'the second half of the 1980s', 'Who was the first to speak of it?']) expect(citationRefs(q), q).toEqual([]);
    expect(citationRefs('How do I cite these?')).toEqual([]);
  });
  it('reads a quote of the answer before asked for by its length, and nothing else', () => {
    for (const q of ['Which quote is the shortest?', 'Give me the shortest one', 'Quote the shortest one', 'the briefest of these quotes']) expect(quotesBeforeAsked(q), q).toEqual({ asked: 'shortest', refs: 'all' });
    expect(quotesBeforeAsked('Which passage is the longest?')).toEqual({ asked: 'longest', refs: 'all' });
    // A quote's time set against a year: where it is from, which says when.
    for (const q of ['is that from before or after 1970', 'was that said before 1970?', 'Which of these are from after 1980?']) expect(quotesBeforeAsked(q), q).toEqual({ asked: 'source', refs: 'all' });
    expect(quotesBeforeAsked('Is the first one from before 1970?')).toEqual({ asked: 'source', refs: [1] });
    // Asking for more at a time, not of the quotes pointed at.
    for (const q of ['What did he say before 1970?', 'Did he talk about aid after 1980?', 'did he say it before 1980?', 'is there anything before 1987 on it?']) expect(quotesBeforeAsked(q), q).toBeNull();
    for (const q of ['Give me the shortest quote on aid', 'Which of these is the longest?', 'the shortest way to independence']) expect(quotesBeforeAsked(q), q).toBeNull();
  });
  it('reads which quotes of the answer before a question asks how he answered', () => {
    for (const q of ['How did he answer?', 'And his replies?', 'How did he answer that question?']) expect(repliesAsked(q), q).toBe('all');
    expect(repliesAsked('What did he answer to the second one?')).toEqual([2]);
    expect(repliesAsked('What was his reply to [3]?')).toEqual([3]);
    for (const q of ['How did he respond to the crisis?', 'What are the answers to questions raised by the Iraqi journalists?', 'Which answers are from 1986?']) expect(repliesAsked(q), q).toBeNull();
    expect(quotesBeforeAsked('How did he answer?')).toEqual({ asked: 'reply', refs: 'all' });
    // Whoever replied, named, is no topic: "How did Kim Il Sung answer?" asks as "How did he answer?" does.
    for (const q of ['How did Kim answer?', 'How did Kim Il Sung reply?']) expect(quotesBeforeAsked(q), q).toEqual({ asked: 'reply', refs: 'all' });
  });
  it('reads which quotes of the answer before a question asks whether they are the texts\' own words', () => {
    for (const q of ['Are these verbatim?', 'Are these quotes accurate?', 'Are these real quotes?', 'Is this word for word?', 'Can I trust these quotes?', 'Are the quotes invented?', 'Is that in his own words?', 'Are these their own words?', 'Did he really say that?']) {
      expect(quotesBeforeAsked(q), q).toEqual({ asked: 'exact', refs: 'all' });
    }
    expect(quotesBeforeAsked('Is the first one an exact quote?')).toEqual({ asked: 'exact', refs: [1] });
    expect(quotesBeforeAsked('Is quote 3 paraphrased?')).toEqual({ asked: 'exact', refs: [3] });
    for (const q of ['Is his view of aid correct?', 'Is it correct that he opposed aid?', 'Was he right?', 'Give me the exact quote', 'What is the exact wording of the second one?', 'Did he really say that aid is harmful?', 'Did he say it in his own words or through an interpreter?']) {
      expect(quotesBeforeAsked(q)?.asked, q).not.toBe('exact');
    }
  });
  it('reads "Is that in an interview?" as asking where the quotes before are from, and "What did he say about it in an interview?" as not', () => {
    for (const q of ['Is that in an interview?', 'Was that said in an interview?', 'Was it in 1987?']) expect(quotesBeforeAsked(q), q).toEqual({ asked: 'source', refs: 'all' });
    for (const q of ['What did he say about it in an interview?', 'Is it true that he said it in an interview?']) expect(quotesBeforeAsked(q), q).toBeNull();
  });

  it('reads "Which work talks about it most?" as asking which work says most, not where the quotes before are from', () => {
    expect(quotesBeforeAsked('Which work is it from?')).toEqual({ asked: 'source', refs: 'all' });
    for (const q of ['Which work talks about it most?', 'Which work mentions it most?', 'Where does he mention that most often?']) expect(quotesBeforeAsked(q), q).toBeNull();
  });

  it('reads a bare "Where?" or "When exactly?" as asked of the quotes before, and "the full sentence" as their whole paragraphs', () => {
    for (const q of ['Where?', 'Where exactly?', 'And when?', 'When exactly?', 'In which year?', 'What year?', 'What date exactly?', 'What was the date?', "what's the date", 'And the date?', 'the year?', 'Which works?', 'And what sources?']) expect(quotesBeforeAsked(q)?.refs, q).toBe('all');
    expect(quotesBeforeAsked('Where exactly?')?.asked).toBe('place');
    for (const q of ['Where is the Kangson Steel Works?', 'When did the war end?', 'What year did the war end?', 'What was the date of the armistice?']) expect(quotesBeforeAsked(q), q).toBeNull();
    for (const q of ['Give me the full sentence', 'the whole sentence, please']) expect(quotesBeforeAsked(q), q).toEqual({ asked: 'whole', refs: 'all' });
  });
  it('reads which quotes of the answer before a question asks for the paragraph after or before', () => {
    for (const q of ['What comes next?', 'And next?', 'the next paragraph, please', 'What comes after that passage?', 'What does he say next?', 'Keep reading', 'what happened next?', 'And then what?']) expect(besideAsked(q), q).toEqual({ side: 'next', refs: 'all' });
    for (const q of ['What comes before it?', 'Show me the previous paragraph', 'And the paragraph before it?']) expect(besideAsked(q), q).toEqual({ side: 'previous', refs: 'all' });
    // A sentence beside it, as a paragraph is.
    for (const q of ['quote the next sentence', 'the following sentence please', 'And the sentence right after it?']) expect(besideAsked(q), q).toEqual({ side: 'next', refs: 'all' });
    for (const q of ['and the sentence before it?', 'What is the previous sentence?', 'quote the preceding line']) expect(besideAsked(q), q).toEqual({ side: 'previous', refs: 'all' });
    expect(besideAsked('the next sentence of [2]')).toEqual({ side: 'next', refs: [2] });
    expect(besideAsked('What did he say in the sentence after that about aid?')).toBeNull();
    expect(besideAsked('What comes after [2]?')).toEqual({ side: 'next', refs: [2] });
    expect(quotesBeforeAsked('What precedes the second quote?')).toEqual({ asked: 'previous', refs: [2] });
    for (const q of ['What comes next for the Non-Aligned Movement?', 'What did he say before 1970?', 'What came after the war?', 'What happened after the war?', 'then what did he say about trade?']) expect(besideAsked(q), q).toBeNull();
  });
  it('reads which quotes of the answer before a question asks to see in their whole paragraphs', () => {
    expect(wholePassagesAsked('Give me the full passage of the second one')).toEqual([2]);
    expect(wholePassagesAsked('show me quotes 1 and 3 in context')).toEqual([1, 3]);
    expect(wholePassagesAsked('Can I see that in its context?')).toBe('all');
    expect(wholePassagesAsked('Show me the whole paragraph, please')).toBe('all');
    for (const q of ['Quote it in full', 'Show them in full']) expect(wholePassagesAsked(q), q).toBe('all');
    expect(wholePassagesAsked('Give me the 1978 talk in full')).toBeNull();
    // More asked of a quote named: its paragraph; more about a topic, or more from a work, is no such request.
    expect(wholePassagesAsked('Tell me more about the second one')).toEqual([2]);
    for (const q of ['Tell me more about the Chollima Movement', 'more from the second one']) expect(wholePassagesAsked(q), q).toBeNull();
    // Longer quotes: their whole paragraphs; "no longer" and "longer than" ask none, nor does a longer passage on a topic.
    for (const q of ['Longer please', 'Longer quotes please', 'Can you make them longer?']) expect(wholePassagesAsked(q), q).toBe('all');
    for (const q of ['Does he no longer talk about aid?', 'Were his speeches longer than his interviews?', 'Give me a longer passage on aid']) expect(wholePassagesAsked(q), q).toBeNull();
    // The source's exact words of a quote: its paragraph, word for word.
    expect(wholePassagesAsked('Give me the exact wording of the second one with the page')).toEqual([2]);
    expect(wholePassagesAsked('the original words of quote 3')).toEqual([3]);
    expect(wholePassagesAsked('What is the exact quote?')).toBe('all');
    expect(wholePassagesAsked('What are the exact words he used about aid?')).toBeNull();
    // A topic of its own is searched; no word for a whole passage asks for none.
    expect(wholePassagesAsked('Show me the full passage about trade')).toBeNull();
    expect(wholePassagesAsked('What was the context of the 1987 speech?')).toBeNull();
    expect(wholePassagesAsked('Cite [3]')).toBeNull();
  });
  it('reads a question of what quotes of the answer before mean as asking for their whole paragraphs', () => {
    expect(wholePassagesAsked('Explain the second quote')).toEqual([2]);
    expect(wholePassagesAsked('What did he mean by [3]?')).toEqual([3]);
    expect(wholePassagesAsked('What does that mean?')).toBe('all');
    expect(wholePassagesAsked('Can you explain this passage?')).toBe('all');
    // Why he said them: what the words around them say.
    for (const q of ['Why?', 'And why?', 'Why did he say that?', 'Why would he say so?']) expect(wholePassagesAsked(q), q).toBe('all');
    expect(wholePassagesAsked('Why did he oppose aid?')).toBeNull();
    // What a word or an idea means is searched.
    expect(wholePassagesAsked('What does self-reliance mean?')).toBeNull();
    expect(wholePassagesAsked('What does it mean to be self-reliant?')).toBeNull();
    expect(wholePassagesAsked('Explain his view of foreign trade')).toBeNull();
  });
});
