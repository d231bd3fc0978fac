/**
 * The serving file stores what tokenizing, sentence splitting and unit making produced at build time; a start
 * trusts it while the corpus and model are unchanged. So a change to what they produce must come with a new
 * SERVING_FORMAT, or old indexes would be served with stale postings. This test fails on any such change until
 * the format is bumped and the new digest recorded beside it (2: the years a text names and the acronyms it spells
 * out joined the derivation; 3: a function word in capitals, "the US", became a term of its own, and the sample
 * gained one; 4: a decade in capitals is read as one, and the years' sample gained one; 5: "U.S.A." is one word; 6: British spellings stem as American ones, and the sample gained two; 7: a doctrine in "-al" ("imperialism",
 * "imperialists") is a term of its own, not its adjective's, and the sample gained one; 8: a verb in "-ify" and its
 * noun in "-ification" are one term, and the sample gained them; 9: a noun in "-sis" stems as its plural ("crisis",
 * "crises"; not "theses", which stems as "these"), and the sample gained them. Each digest
 * is of the sample as it was at its format).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../server/corpus/types.ts';
import { SERVING_FORMAT } from '../../server/index/serving.ts';
import { embeddingUnits } from '../../server/index/units.ts';
import { addSpelledOut, recurringAcronyms, type AcronymCounts } from '../../server/retrieval/acronyms.ts';
import { yearsNamed } from '../../server/retrieval/query.ts';
import { sentenceSpans, tokenize } from '../../server/retrieval/text.ts';

/** The digest of what each format's derivation gives for the sample below. */
const KNOWN: Record<number, string> = {
  1: '5913901e6031b084',
  2: 'bf3e4e0fb96dfebb',
  3: '3dae9c7aa3c1dabf',
  4: '43dd8916bef7e7df',
  5: '24c7489bec7432ed',
  6: 'c50073d71612bd25',
  7: '86008cbd763ed5dc',
  8: '9560eb983898fb88',
  9: 'def757302cf3d9d7',
};

const SAMPLE = [
  'Self-reliance is the revolutionary stand of relying on one\'s own strength. In 1961, 1,200 workers did it "by themselves"...',
  'What is more, the U.S.A., the US and the co-operatives of the 1980s were asked: "Why?" Because—as Comrade Kim said—we can! Their labour was organised against imperialists. To reunify the country, reunification. Crises, a crisis, theses.',
  Array.from({ length: 170 }, (_, i) => `word${i}`).join(' ') + '. A short sentence after a long one.',
].join(' ');

function derivation(): string {
  const corpus: Corpus = {
    works: [{ id: 'w', file: 'w.md', title: 'On Self-Reliance', occasion: 'Speech at a meeting', author: 'Kim Il Sung', date: '1961-12-01', year: 1961 }],
    paragraphs: [{ id: 'w-p1', workId: 'w', position: 1, text: SAMPLE }],
    problems: [],
  };
  const derived = {
    tokens: tokenize(SAMPLE).map((t) => [t.word, t.term, t.start, t.end]),
    sentences: sentenceSpans(SAMPLE),
    units: embeddingUnits(corpus).map((u) => [u.id, u.kind, u.text, u.sentence ?? null]),
    years: [...yearsNamed(`${SAMPLE} from 1945 to 1956, IN THE 1970S`)],
    acronyms: (() => {
      const counts: AcronymCounts = new Map();
      const text = `${SAMPLE} The Workers’ Party of Korea and the Non-Aligned Movement.`;
      for (let i = 0; i < 2; i++) addSpelledOut(text, tokenize(text), counts);
      return recurringAcronyms(counts);
    })(),
  };
  return createHash('sha256').update(JSON.stringify(derived)).digest('hex').slice(0, 16);
}

describe('the serving file format', () => {
  it('names what tokenizing, sentence splitting and unit making give (bump SERVING_FORMAT and add its digest when they change)', () => {
    expect(KNOWN[SERVING_FORMAT], `SERVING_FORMAT ${SERVING_FORMAT} has no recorded digest`).toBeDefined();
    expect(derivation()).toBe(KNOWN[SERVING_FORMAT]);
  });
});
