import { describe, expect, it } from 'vitest';
import { reportedSpeechIn } from '../../server/answer/quotation.ts';

describe('words a question reports as said', () => {
  it('reads the words said, after what the question says of when, where or to whom', () => {
    expect(reportedSpeechIn('Did he really say that foreign aid is poison?')).toEqual({ words: 'foreign aid is poison', claim: true });
    expect(reportedSpeechIn('Did Kim say in 1987 that dependence will get us nowhere?')).toEqual({ words: 'dependence will get us nowhere', claim: true });
    expect(reportedSpeechIn('Did he say to the Ghana Times that self-sufficiency is the basis?')?.words).toBe('self-sufficiency is the basis');
    expect(reportedSpeechIn('Kim said in 1982 that self-reliance is a revolutionary spirit. Is 1982 right?')).toEqual({ words: 'self-reliance is a revolutionary spirit', claim: true });
    expect(reportedSpeechIn('When did he say a country dependent on others becomes a satellite?')?.words).toBe('a country dependent on others becomes a satellite');
    // A time or a work said after the words is the question's, not theirs; a claim checked with a comma or a tag is one too.
    expect(reportedSpeechIn('Did he say that dependence will get us nowhere in 1961?')?.words).toBe('dependence will get us nowhere');
    expect(reportedSpeechIn('Did he say that the economy supports politics in his talk with the ex-premier of Peru?')?.words).toBe('the economy supports politics');
    for (const question of ['Kim said that dependence will get us nowhere, correct?', "Kim said that dependence will get us nowhere, isn't it?", 'In 1974 Kim said dependence will get us nowhere, no?']) {
      expect(reportedSpeechIn(question), question).toEqual({ words: 'dependence will get us nowhere', claim: true });
    }
    expect(reportedSpeechIn('Did he mention that coking coal is not produced in our country?')?.words).toBe('coking coal is not produced in our country');
    expect(reportedSpeechIn("Zhang says that self-reliance means standing on one's own feet, right?")?.words).toBe("self-reliance means standing on one's own feet");
  });

  it('takes for a claim a clause after "that", one with a verb of its own, or one asked to be checked; not what he is asked to have spoken of', () => {
    expect(reportedSpeechIn('Where did he say self-reliance is the way?')?.claim).toBe(true);
    expect(reportedSpeechIn('In 1961 Kim said barter makes trade fair. Correct?')?.claim).toBe(true);
    for (const question of ['Did he say anything, something or everything about trade?', 'Did Kim Il Sung write all of these texts himself?', 'Did he say the opposite of self-reliance?', 'Did he say whether aid is useful?', 'Did he say anything about whether aid is useful?']) {
      expect(reportedSpeechIn(question)?.claim, question).toBe(false);
    }
    // What the writer said or wrote is no one's words to look up.
    expect(reportedSpeechIn('i wrote that the Iraqi interview was in october 1971. correct?')).toBeNull();
    expect(reportedSpeechIn('I said in my draft the South-South speech was given in Harare. Correct?')).toBeNull();
    expect(reportedSpeechIn('Did I say that foreign aid is poison?')).toBeNull();
    // Quoted, it is a quotation looked up as such; under four words, no words to look up.
    expect(reportedSpeechIn('Did he say "foreign aid is poison"?')).toBeNull();
    expect(reportedSpeechIn('Did he say aid is bad?')).toBeNull();
  });
});
