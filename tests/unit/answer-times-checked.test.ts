import { describe, expect, it } from 'vitest';
import { timesChecked } from '../../server/answer/times-checked.ts';

describe('times a question checks rather than keeps to', () => {
  it('takes out the time of a first, last or only one that a statement checked places it in', () => {
    expect(timesChecked('Kim first talked about vinalon in 1978, correct?')).toEqual({ text: 'Kim first talked about vinalon?', checked: ['in 1978'] });
    expect(timesChecked('Kim last talked about vinalon in the 1970s, right?')).toEqual({ text: 'Kim last talked about vinalon?', checked: ['in the 1970s'] });
    expect(timesChecked('My essay says he first used the phrase in his 1979 interview. Is that OK?').checked).toEqual(['in his 1979 interview']);
  });

  it('asks which work or year is the one at an end, and in which years what is said of the only one', () => {
    expect(timesChecked('Was the 1987 talk his last mention of self-reliance?')).toEqual({ text: 'Which work was the last mention of self-reliance?', checked: ['the 1987 talk'] });
    expect(timesChecked('Was the 1961 speech the first to mention self-reliance?').text).toBe('Which work was the first to mention self-reliance?');
    expect(timesChecked('Was 1978 the first year he mentioned oil?')).toEqual({ text: 'Which year was the first time he mentioned oil?', checked: ['1978'] });
    expect(timesChecked("1978 was the first time Kim mentioned oil, wasn't it?").text).toBe('Which year was the first time Kim mentioned oil?');
    expect(timesChecked('Is 1993 the only year Kim talked about oil?')).toEqual({ text: 'In which years Kim talked about oil?', checked: ['1993'] });
  });

  it('reads a question whether a first, last or only one is of a time as a statement checked', () => {
    expect(timesChecked('Did Kim talk about oil for the first time in 1978?')).toEqual({ text: 'Did Kim talk about oil for the first time?', checked: ['in 1978'] });
    expect(timesChecked('Did he only talk about vinalon in 1978?').text).toBe('Did he only talk about vinalon?');
    expect(timesChecked('Is it correct that he last spoke of vinalon in 1978?').checked).toEqual(['in 1978']);
    expect(timesChecked('Only in 1978 did he mention oil, yes?').checked).toEqual(['in 1978']);
    // No first, last or only one: the time is kept to; "the First Five-Year Plan" is a name.
    expect(timesChecked('Did he mention aid in 1961?').checked).toEqual([]);
    expect(timesChecked('Is it fair to say that in 1982 Kim described the First Five-Year Plan as an easy period?').checked).toEqual([]);
  });

  it('keeps a time the question keeps to, or a statement that says of it no first, last or only one', () => {
    for (const question of ['What did he first say about aid in 1961?', 'In 1961 Kim said barter is the best form of trade. Correct?', 'When did he last mention oil in 1993?', 'Kim first talked about vinalon in 1978.', 'Was the 1987 speech his last speech?', 'Was the 1961 speech his first?', 'In 1961 he said that "self-reliance is the only way". Is that right?']) {
      expect(timesChecked(question), question).toEqual({ text: question, checked: [] });
    }
  });
});
