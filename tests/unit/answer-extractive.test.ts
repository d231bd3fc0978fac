import { describe, expect, it } from 'vitest';
import { collectionAsked, worksAround } from '../../server/answer/collection.ts';
import { ABSTAIN_LINE, DEFAULT_ANSWER_OPTIONS, draftAnswer, NO_MORE_LINE, type AnswerOptions, type InvalidQuote, type RankingInput } from '../../server/answer/extractive.ts';
import { calendarSpan, EVERY_WORK_DATED_LINE, NO_MORE_WORKS_LINE } from '../../server/answer/about-works.ts';
import { buildAnswer, CLOSEST_HEADING, RELATED_HEADING, render } from '../../server/answer/render.ts';
import { formatDate, formatYears, listYears, timeAsked } from '../../server/answer/format.ts';
import { addressingTopic } from '../../server/answer/relevance.ts';
import { checkQuote } from '../../server/answer/verbatim.ts';
import { readIntent } from '../../server/answer/intent.ts';
import type { Paragraph, Work } from '../../server/corpus/types.ts';
import { parseQuery } from '../../server/retrieval/query.ts';
import type { RankedPassage } from '../../server/retrieval/rank.ts';
import { sentenceSpans, stem } from '../../server/retrieval/text.ts';

// A small hand-made corpus: the unit under test is answer assembly, not retrieval.
const works: Work[] = [
  { id: 'w1987', title: 'Let us accelerate socialist economic construction', date: '1987-01-03', year: 1987, author: 'Kim Il Sung', occasion: 'Talk to Senior Officials in the Economic Sector', pages: '34-44', file: 'a.txt' },
  { id: 'w1961', title: 'All efforts to attain the six goals', date: '1961-12-01', year: 1961, author: 'Kim Il Sung', pages: '1-3', file: 'a.txt' },
  { id: 'w1974', title: 'Talk to the director of the Ecuadorian publishing house Voluntad', date: '1974-10-09', year: 1974, author: 'Kim Il Sung', file: 'a.txt' },
  { id: 'wabs', title: 'North Korea’s choice of heavy industrialization', date: null, year: null, author: 'Zhang Chao', pages: '179-180', file: 'b.txt' },
];
const texts: Record<string, string> = {
  w1987: 'Self-reliance is a strong revolutionary spirit of relying on one’s own strength. Defeatism is a very harmful ideology. We must fight it.',
  w1961: 'In conclusion, I must emphasize the need to display the spirit of self-reliance. Self-reliance means standing on one’s own feet.',
  w1974: 'Self-reliance, however, does not in any sense preclude economic and technical exchanges with other countries.',
  wabs: 'This study covers the process of industrialization promotion in North Korea from 1945 to 1956.',
};
const paragraph = (workId: string, page?: number): Paragraph => ({ id: `${workId}-p1`, workId, position: 1, text: texts[workId]!, ...(page ? { page } : {}) });
const passage = (workId: string, score: number, coverage = 0.9, similarity = 0.8): RankedPassage => {
  const p = paragraph(workId, workId === 'w1961' ? 2 : undefined);
  const span = sentenceSpans(p.text)[0]!;
  return { paragraph: p, work: works.find((w) => w.id === workId)!, score, quote: p.text.slice(span.start, span.end), quoteSpan: span, evidence: { similarity, coverage, quantitySupported: true }, holdsWords: coverage > 0 };
};
const terms = ['self', 'reliance'].map((w) => ({ term: stem(w), weight: 1 }));
const ranking = (passages: RankedPassage[], extra: Partial<RankingInput> = {}): RankingInput => ({ abstain: false, compare: false, passages, terms, ...extra });
/** The works a question about the collection lists, as the answerer reads it. */
/** A count kept to no years, time or author. */
const anyWork = { years: [], timesApart: [], months: new Map(), kinds: new Map(), kindsOfAnyYear: [], bounds: null, authors: [], work: null, countedIn: works, elsewhere: [], inMetadata: [] };
const collectionOf = (question: string) => collectionAsked(parseQuery(question, new Set()), works, {});
const options = (question: string, extra: Partial<AnswerOptions> = {}): AnswerOptions => ({ ...DEFAULT_ANSWER_OPTIONS, intent: readIntent(question, works), ...extra });

function markers(answer: string): number[] {
  return [...answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
}

function expectWellFormed(res: ReturnType<typeof buildAnswer>) {
  expect(markers(res.answer)).toEqual(res.citations.map((c) => c.n));
  expect(res.citations.map((c) => c.n)).toEqual(res.citations.map((_, i) => i + 1));
  for (const c of res.citations) {
    const line = res.answer.split('\n').find((l) => l.endsWith(`[${c.n}]`))!;
    expect(line).toBe(`> ${c.quote} [${c.n}]`);
    expect(checkQuote(c.quote, texts[c.workId]!, c.spans).ok).toBe(true);
    const work = works.find((w) => w.id === c.workId)!;
    expect([c.title, c.date, c.year]).toEqual([work.title, work.date, work.year]);
  }
}

describe('calendarSpan', () => {
  it('counts years, months and days as a calendar does, borrowing a month of the right length', () => {
    expect(calendarSpan('1961-12-01', '1993-12-08')).toBe('32 years and 7 days');
    expect(calendarSpan('1961-12-01', '1967-12-16')).toBe('6 years and 15 days');
    expect(calendarSpan('1987-01-03', '1987-06-09')).toBe('5 months and 6 days');
    expect(calendarSpan('1987-01-31', '1987-03-01')).toBe('1 month and 1 day');
    expect(calendarSpan('1974-10-09', '1978-05-24')).toBe('3 years, 7 months and 15 days');
    expect(calendarSpan('1987-06-09', '1987-06-09')).toBe('no time');
  });
});

describe('worksAround', () => {
  const ids = (years: number[], filters = {}) => worksAround(works, new Set(years), filters).map((w) => w.id);
  it('names, for each run of years no work is from, the dated works just before and after it, in date order', () => {
    expect(ids([1965])).toEqual(['w1961', 'w1974']);
    expect(ids([1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1959])).toEqual(['w1961']);
    expect(ids([1995])).toEqual(['w1987']);
    expect(ids([1965, 1980])).toEqual(['w1961', 'w1974', 'w1987']);
    expect(ids([1965], { from: '1962-01-01' })).toEqual(['w1974']);
    expect(ids([])).toEqual([]);
  });
});

describe('buildAnswer', () => {
  it('says what was searched when misspelt words of the question were corrected, in the structure and the Markdown', () => {
    const q = 'What is self-relaince?';
    const readAs = [{ typed: 'self-relaince', read: 'self-reliance' }];
    const res = buildAnswer(q, ranking([passage('w1961', 3)], { corrections: readAs }), options(q));
    expect(res.structure.readAs).toEqual(readAs);
    expect(res.answer.split('\n')[0]).toBe('_Searched for “self-reliance” (typed “self-relaince”)._');
    expectWellFormed(res);
    expect(buildAnswer(q, ranking([passage('w1961', 3)]), options(q)).structure.readAs).toBeUndefined();
  });
  it('writes a metadata-only lead, a heading per work and one cited quote line per passage', () => {
    const q = 'What is self-reliance?';
    const res = buildAnswer(q, ranking([passage('w1961', 3), passage('w1987', 2.9)]), options(q));
    expectWellFormed(res);
    expect(res.mode).toBe('answer');
    const lines = res.answer.split('\n');
    expect(lines[0]).toBe('2 passages from 2 works (1961 and 1987):');
    expect(res.answer).toContain('**All efforts to attain the six goals** (1 December 1961)\n> ');
    expect(res.citations[0]).toMatchObject({ passageId: 'w1961-p1', page: 2, pages: '1-3' });
  });

  it('leaves out passages far weaker than the best one, in score and words', () => {
    const q = 'What is self-reliance?';
    const res = buildAnswer(q, ranking([passage('w1961', 3), passage('w1987', 1, 0.5), passage('w1974', 2.9, 0.2, 0.7)]), options(q));
    expect(res.citations.map((c) => c.workId)).toEqual(['w1961']);
  });

  it('in compare mode groups one quote per work in date order, undated last', () => {
    const q = 'How did self-reliance change over the years?';
    const res = buildAnswer(q, ranking([passage('w1987', 3), passage('wabs', 2.8), passage('w1961', 2.9), passage('w1974', 2.5)], { compare: true }), options(q));
    expectWellFormed(res);
    expect(res.mode).toBe('compare');
    expect(res.citations.map((c) => c.workId)).toEqual(['w1961', 'w1974', 'w1987', 'wabs']);
    expect(res.answer.split('\n')[0]).toBe('4 works address this (1961, 1974 and 1987; 1 undated), in date order:');
    expect(res.answer).toContain('**1961** · *All efforts to attain the six goals*\n> ');
    expect(res.answer).toContain('**Undated** · *North Korea’s choice of heavy industrialization*');
  });

  it("heads a work by another author than the collection's main one with its author, in the structure and the Markdown", () => {
    for (const [q, compare, heading] of [
      ['How did self-reliance change over the years?', true, '**Undated** · *North Korea’s choice of heavy industrialization*, by Zhang Chao\n> '],
      ['Where does self-reliance come from?', false, '**North Korea’s choice of heavy industrialization** (undated), by Zhang Chao\n> '],
    ] as const) {
      const res = buildAnswer(q, ranking([passage('w1987', 3), passage('wabs', 2.8), passage('w1961', 2.9)], { compare }), options(q));
      expect(res.answer).toContain(heading);
      expect(res.answer.match(/, by /g)).toHaveLength(1);
      const byWork = Object.fromEntries(res.structure.groups.flatMap((g) => (g.kind === 'work' ? [[g.work.id, g.work.otherAuthor]] : [])));
      expect(byWork).toEqual({ w1987: undefined, w1961: undefined, wabs: 'Zhang Chao' });
    }
  });

  it.each([
    ['When did he first mention self-reliance?', 'Earliest in these sources: *All efforts to attain the six goals* (1 December 1961). '],
    ['What are his latest words on self-reliance?', 'Latest in these sources: *Let us accelerate socialist economic construction* (3 January 1987). '],
  ])('names the first (or last) dated work of those compared, for a question that asks which: %s', (q, opening) => {
    const res = buildAnswer(q, ranking([passage('w1974', 3), passage('wabs', 2.8), passage('w1987', 2.9), passage('w1961', 2.5)]), options(q, { mode: 'compare' }));
    expectWellFormed(res);
    expect(res.citations.map((c) => c.workId)).toEqual(['w1961', 'w1974', 'w1987', 'wabs']);
    expect(res.answer.split('\n')[0]).toBe(`${opening}4 works address this (1961, 1974 and 1987; 1 undated), in date order:`);
    expect(res.structure.lead.filter((p) => p.title).length).toBe(1);
    // The work named is the one asked for: what "How do I cite it?" after the answer points at.
    expect(res.structure.lead.filter((p) => p.singledOut).map((p) => p.workId)).toEqual([opening.startsWith('Earliest') ? 'w1961' : 'w1987']);
  });

  it('names no first work when none of those compared is dated', () => {
    const q = 'When did he first mention industrialization?';
    const res = buildAnswer(q, ranking([passage('wabs', 3)]), options(q, { mode: 'compare' }));
    // One work is in no order: the lead says nothing of one.
    expect(res.answer.split('\n')[0]).toBe('Only 1 work addresses this (undated):');
  });

  it('narrows a comparison to the years the question names', () => {
    const q = 'Self-reliance in 1961 compared with 1987';
    const res = buildAnswer(q, ranking([passage('w1987', 3), passage('w1974', 2.9), passage('w1961', 2.8)], { compare: true }), options(q));
    expect(res.citations.map((c) => c.year)).toEqual([1961, 1987]);
  });

  it('abstains with the closest passages under a heading that says they do not answer', () => {
    const q = 'What about the Olympics?';
    const res = buildAnswer(q, ranking([passage('w1961', 1, 0.1), passage('w1987', 0.9, 0.1)], { abstain: true }), options(q));
    expectWellFormed(res);
    expect(res.mode).toBe('abstain');
    const lines = res.answer.split('\n').filter(Boolean);
    expect(lines[0]).toBe(ABSTAIN_LINE);
    expect(lines[1]).toBe(CLOSEST_HEADING);
    expect(lines.slice(2).every((l) => /^> .+ \[\d+\]$/.test(l))).toBe(true);
  });

  it('says what the corpus lacks when the abstention is about the question’s scope, and nothing more otherwise', () => {
    const first = (q: string, extra: Partial<RankingInput>) => buildAnswer(q, ranking([passage('w1961', 1, 0.1)], { abstain: true, ...extra }), options(q)).structure.lead.map((p) => p.text).join('');
    expect(first('Deng Xiaoping and Mao?', { abstainReason: 'unknown-name', unknownNames: ['Deng Xiaoping', 'Mao'] })).toBe(`${ABSTAIN_LINE} None of them contains “Deng Xiaoping” or “Mao”.`);
    expect(first('Trade in 1991?', { abstainReason: 'year-not-covered' })).toBe(`${ABSTAIN_LINE} None of them is from 1991 or speaks of it.`);
    expect(first('Trade in the 1990s?', { abstainReason: 'year-not-covered' })).toBe(`${ABSTAIN_LINE} None of them is from 1990–1999, or speaks of those years.`);
    expect(first('Aid in the mid-1960s and in 1975?', { abstainReason: 'year-not-covered' })).toBe(`${ABSTAIN_LINE} None of them is from 1964–1966 or 1975, or speaks of those years.`);
    expect(first('How many tanks?', { abstainReason: 'no-quantity' })).toBe(`${ABSTAIN_LINE} The closest passage gives no figure.`);
    expect(first('The Olympics?', { abstainReason: 'off-topic' })).toBe(ABSTAIN_LINE);
  });

  it('abstains without citations when nothing was found', () => {
    const res = buildAnswer('q', ranking([], { abstain: true }), options('q'));
    expect(res).toMatchObject({ mode: 'abstain', answer: ABSTAIN_LINE, citations: [] });
  });

  it('answers "when" with the date and occasion from metadata', () => {
    const q = 'When did he call self-reliance a revolutionary spirit?';
    const res = buildAnswer(q, ranking([passage('w1987', 3)]), options(q));
    expect(res.answer.split('\n')[0]).toBe('Said on 3 January 1987, in *Let us accelerate socialist economic construction* (Talk to Senior Officials in the Economic Sector):');
    const asked = passage('w1987', 3);
    asked.paragraph = { ...asked.paragraph, speaker: 'interviewer' };
    const put = buildAnswer('When was he asked about self-reliance?', ranking([asked]), options('When was he asked about self-reliance?'));
    expect(put.answer.split('\n')[0]).toMatch(/^Asked on 3 January 1987, in /);
  });

  it('puts the best quotable sentence first when asked for a quote', () => {
    const q = 'Give me a quotable line defining defeatism';
    const defeat = [{ term: stem('defeatism'), weight: 2 }];
    const res = buildAnswer(q, ranking([passage('w1987', 3), passage('w1961', 2.9)], { terms: defeat }), options(q));
    expectWellFormed(res);
    expect(res.citations[0]!.quote).toBe('Defeatism is a very harmful ideology.');
    expect(res.answer.split('\n')[0]).toMatch(/^The most quotable sentence/);
  });

  it('quotes as many passages as the question asks for, up to ten, and says when fewer address it', () => {
    const three = [passage('w1987', 3), passage('w1961', 2.9), passage('w1974', 2.8)];
    const two = buildAnswer('Give me two quotes on self-reliance', ranking(three), options('Give me two quotes on self-reliance'));
    expectWellFormed(two);
    expect(two.citations).toHaveLength(2);
    expect(two.answer.split('\n')[0]).toBe('The most quotable sentence first, then 1 more passage:');
    expect(two.structure.more).toBe(true);
    const five = buildAnswer('I need 5 passages on self-reliance', ranking(three), options('I need 5 passages on self-reliance'));
    expect(five.citations).toHaveLength(3);
    expect(five.answer.split('\n')[0]).toMatch(/^Only 3 passages address this question\. 3 passages from 3 works/);
    // Asked for more, what is left is not all that address it.
    expect(buildAnswer('I need 5 passages on self-reliance', ranking(three), options('I need 5 passages on self-reliance', { shown: new Set(['w1987-p1']) })).answer.split('\n')[0]).toMatch(/^2 more passages from 2 works/);
    expect(readIntent('Give me 40 quotes on trade', works).wanted).toBe(40);
    expect(buildAnswer('Give me 40 quotes on trade', ranking(three), options('Give me 40 quotes on trade', { maxWanted: 2 })).citations).toHaveLength(2);
    for (const none of ['Give me a quote on trade', 'What did he say in 1961 about 3 plans?']) expect(readIntent(none, works).wanted, none).toBeNull();
    expect(readIntent('Give me one quote', works).wanted).toBe(1);
    for (const [question, byDecade] of [
      ['Three quotes on aid from different decades', 'first'],
      ['How did it change across the decades?', 'first'],
      ['one quote from each decade', 'each'],
      ['a quote per decade on aid', 'each'],
      ['What did he say in the 1980s?', null],
      ['three quotes from different years', null],
    ] as const) expect(readIntent(question, works).byDecade, question).toBe(byDecade);
  });

  it('says where the works are printed from their metadata, and which it does not say for', () => {
    const book = 'On Self-Reliance (Pyongyang, 2022)';
    const printed = works.map((w) => (w.author === 'Kim Il Sung' && w.id !== 'w1974' ? { ...w, source: book } : w));
    const q = 'Where do these texts come from?';
    const res = buildAnswer(q, ranking([]), options(q, { collection: { works: printed, time: '', timeInYears: '', kind: null } }));
    expectWellFormed(res);
    expect(res.answer).toBe(
      '2 of the 4 works are printed in *On Self-Reliance (Pyongyang, 2022)* (1961 and 1987). The sources do not say where the other 2 are printed: *Talk to the director of the Ecuadorian publishing house Voluntad* (9 October 1974); *North Korea’s choice of heavy industrialization* (undated, by Zhang Chao).',
    );
    expect(res.citations).toEqual([]);
  });

  it('says the sources give no date for an undated work asked when it was written or published', () => {
    for (const q of ['When was the scholarly article published?', 'What is the date of the article?', 'When did Zhang Chao write it?']) {
      const res = buildAnswer(q, ranking([passage('wabs', 1)]), options(q));
      expect(res.answer, q).toBe('The sources give no date for *North Korea’s choice of heavy industrialization*, by Zhang Chao.');
      expect(res.citations).toEqual([]);
    }
    // When something it tells of happened is asked of its text: it has no date, which is no date of the event either.
    const told = 'When did the article say industrialization began?';
    expect(buildAnswer(told, ranking([passage('wabs', 1)]), options(told)).answer.split('\n')[0]).toBe('Told in *North Korea’s choice of heavy industrialization* (the sources give it no date; a work’s date is not that of what it tells):');
  });

  it('answers "what does the article say" with the abstract', () => {
    const q = 'What does the scholarly article say?';
    const intent = readIntent(q, works);
    expect(intent).toMatchObject({ overview: works[3], secondary: [works[3]] });
    const res = buildAnswer(q, ranking([passage('wabs', 1)]), options(q));
    expect(res.answer.split('\n')[0]).toBe('From the abstract of *North Korea’s choice of heavy industrialization* (undated), by Zhang Chao:');
    expect(res.citations[0]!.quote).toBe(texts['wabs']);
    expect(res.structure.wholeWork).toBe(true);
  });

  it('answers a question about one of the main author\'s works as a whole with its key sentences, in the order of the text', () => {
    const q = 'What did he say in 1974?';
    expect(readIntent(q, works).overview).toBe(works[2]);
    const text = texts['w1974']!;
    const second = { ...passage('w1974', 1), paragraph: { ...paragraph('w1974'), id: 'w1974-p2', position: 2 } };
    const first = { ...passage('w1974', 1), quoteSpan: { start: 0, end: 13 } };
    const res = buildAnswer(q, ranking([second, first]), options(q));
    expectWellFormed(res);
    expect(res.answer.split('\n')[0]).toBe('From *Talk to the director of the Ecuadorian publishing house Voluntad* (9 October 1974), the 2 sentences that carry most of its key words, in the order of the text:');
    expect(res.citations.map((c) => [c.passageId, c.quote])).toEqual([
      ['w1974-p1', text.slice(0, 13)],
      ['w1974-p2', passage('w1974', 1).quote],
    ]);
    expect(res.structure.wholeWork).toBe(true);
    const topic = 'What did he say in 1974 about trade?';
    expect(buildAnswer(topic, ranking([second, first]), options(topic)).structure.wholeWork).toBeUndefined();
  });

  it('answers a question of how often with the count, then each passage quoting the sentences that hold the words, in date order', () => {
    const q = 'How often does he mention self-reliance?';
    const selfReliance = { words: 'self-reliance', forms: [{ terms: [stem('self'), stem('reliance')] }], counts: [1, 2] };
    const counting = (counts: number[], more: Partial<NonNullable<RankingInput['mentions']>> = {}) => ({ parts: [{ ...selfReliance, counts }], ...anyWork, ...more });
    const mentions = counting([1, 2]);
    const res = buildAnswer(q, ranking([passage('w1987', 1), passage('w1961', 2)], { compare: true, mentions }), options(q));
    expectWellFormed(res);
    expect(res.mode).toBe('compare');
    expect(res.answer.split('\n')[0]).toBe(
      '“self-reliance” occurs 3 times in these sources, in 2 passages of 2 works (1961 and 1987), most in *All efforts to attain the six goals* (1 December 1961): twice; the passages, in date order:',
    );
    // Asked for a year, it names the year.
    const year = 'In which year did he mention self-reliance most often?';
    expect(buildAnswer(year, ranking([passage('w1987', 1), passage('w1961', 2)], { compare: true, mentions }), options(year)).answer.split('\n')[0]).toMatch(
      /\(1961 and 1987\), most in 1961: twice; the passages, in date order:$/,
    );
    expect(res.structure.lead.filter((p) => p.singledOut).map((p) => p.workId)).toEqual(['w1961']);
    const tied = buildAnswer(q, ranking([passage('w1987', 1), passage('w1961', 2)], { compare: true, mentions: counting([2, 2]) }), options(q));
    // Two works tied: none is the one asked for.
    expect(tied.structure.lead.some((p) => p.singledOut)).toBe(false);
    expect(tied.answer.split('\n')[0]).toMatch(/ works \(1961 and 1987\), twice in each; the passages/);
    expect(buildAnswer(year, ranking([passage('w1987', 1), passage('w1961', 2)], { compare: true, mentions: counting([2, 2]) }), options(year)).answer.split('\n')[0]).toMatch(/\(1961 and 1987\), twice in each year; /);
    // Two of three tied: those two hold them most.
    const threeWorks = ranking([passage('w1987', 1), passage('w1961', 2), passage('w1974', 1)], { compare: true, mentions: counting([2, 2, 1]) });
    expect(buildAnswer(q, threeWorks, options(q)).answer.split('\n')[0]).toMatch(/, most in \*All efforts to attain the six goals\* \(1 December 1961\) and \*Let us accelerate socialist economic construction\* \(3 January 1987\): twice each; /);
    // The 1961 paragraph holds the words in its two sentences, one after the other: one quote, no omission mark.
    expect(res.citations.map((c) => [c.workId, c.quote])).toEqual([
      ['w1961', texts['w1961']],
      ['w1987', 'Self-reliance is a strong revolutionary spirit of relying on one’s own strength.'],
    ]);
    // The words counted are marked where they lie in each quote.
    expect(res.citations.map((c) => c.quoteMarks!.map((m) => c.quote.slice(m.start, m.end)))).toEqual([['self-reliance', 'Self-reliance'], ['Self-reliance']]);
    expect(res.yearCounts).toEqual([
      { year: 1961, count: 1 },
      { year: 1987, count: 1 },
    ]);
    const once = buildAnswer(q, ranking([passage('w1987', 1)], { compare: true, mentions: counting([1], { years: Array.from({ length: 10 }, (_, i) => 1980 + i) }) }), options(q, { maxCounted: 1 }));
    expect(once.answer.split('\n')[0]).toBe('“self-reliance” occurs once in the sources from 1980–1989, in 1 passage of 1 work (1987); the passage:');
    // Years apart ("in 1961 compared to 1987"): the count in each.
    const apart = buildAnswer(q, ranking([passage('w1987', 1), passage('w1961', 2)], { compare: true, mentions: counting([1, 2], { years: [1961, 1974, 1987] }) }), options(q));
    expect(apart.answer.split('\n')[0]).toMatch(/^“self-reliance” occurs 3 times in the sources from 1961, 1974 and 1987, in 2 passages of 2 works \(1961 and 1987\), twice in 1961, not once in 1974 and once in 1987, most in /);
    const after = buildAnswer(q, ranking([passage('w1987', 1)], { compare: true, mentions: counting([1], { bounds: { from: 1981, text: 'after 1980' } }) }), options(q));
    expect(after.answer.split('\n')[0]).toMatch(/^“self-reliance” occurs once in the sources dated after 1980, /);
    const his = buildAnswer(q, ranking([passage('w1987', 1)], { compare: true, mentions: counting([1], { years: [1987], authors: ['Kim Il Sung'] }) }), options(q));
    expect(his.answer.split('\n')[0]).toMatch(/^“self-reliance” occurs once in Kim Il Sung's works from 1987, /);
    const capped = buildAnswer(q, ranking([passage('w1987', 1), passage('w1961', 2)], { compare: true, mentions }), options(q, { maxCounted: 1 }));
    expect(capped.answer.split('\n')[0]).toMatch(/in 2 passages of 2 works \(1961 and 1987\), most in .+; the first 1, in date order:$/);
    expect(capped.citations).toHaveLength(1);
    expect(capped.structure.more).toBe(true);
    expect(res.structure.more).toBeUndefined();
    // "Show me more": the passages that hold the words the answers before did not quote, then none.
    const counting2 = ranking([passage('w1987', 1), passage('w1961', 2)], { compare: true, mentions });
    const next = buildAnswer(q, counting2, options(q, { shown: new Set(['w1961-p1']) }));
    expect(next.answer.split('\n')[0]).toBe('1 more passage that holds “self-reliance”:');
    expect(next.citations.map((c) => c.workId)).toEqual(['w1987']);
    const nextOfTwo = buildAnswer(q, counting2, options(q, { shown: new Set(['elsewhere']), maxCounted: 1 }));
    expect(nextOfTwo.answer.split('\n')[0]).toBe('The next 1 of 2 more passages that hold “self-reliance”:');
    expect(nextOfTwo.structure.more).toBe(true);
    expect(buildAnswer(q, counting2, options(q, { shown: new Set(['w1961-p1', 'w1987-p1']) })).answer).toBe(NO_MORE_LINE);
    // Several groups of words: each counted, the passages that hold any, each group marked.
    const defeatism = { words: 'defeatism', forms: [{ terms: [stem('defeatism')] }], counts: [1, 0] };
    const two = buildAnswer(q, ranking([passage('w1987', 1), passage('w1961', 2)], { compare: true, mentions: { parts: [selfReliance, defeatism], ...anyWork } }), options(q));
    expectWellFormed(two);
    expect(two.answer.split('\n')[0]).toBe(
      'In these sources, “self-reliance” occurs 3 times, in 2 passages of 2 works (1961 and 1987); “defeatism” occurs once, in 1 passage of 1 work (1987); the passages that hold any of them, in date order:',
    );
    expect(two.citations.find((c) => c.workId === 'w1987')!.quoteMarks!.map((m) => two.citations.find((c) => c.workId === 'w1987')!.quote.slice(m.start, m.end))).toEqual(['Self-reliance', 'Defeatism']);
    const none = buildAnswer(q, ranking([passage('w1987', 1), passage('w1961', 2)], { compare: true, mentions: { parts: [selfReliance, { ...defeatism, words: 'protectionism', counts: [0, 0] }], ...anyWork } }), options(q));
    expect(none.answer.split('\n')[0]).toMatch(/; “protectionism” does not occur; the passages that hold any of them, in date order:$/);
     // Counted in another form than the question's: said, a name as the text writes it; the question's word, capitalised at a sentence's start, is not another form.
    const koreans = { parts: [{ words: 'Koreans', forms: [{ terms: [stem('koreans')] }, { terms: [stem('korea')] }], counts: [1] }], ...anyWork };
    const named = buildAnswer(q, ranking([passage('wabs', 1)], { compare: true, mentions: koreans }), options(q));
    expect(named.answer.split('\n')[0]).toMatch(/^“Koreans” occurs once in these sources \(as “Korea”\), /);
    expect(named.citations[0]!.quoteMarks!.map((m) => named.citations[0]!.quote.slice(m.start, m.end))).toEqual(['Korea']);
    expect(buildAnswer(q, ranking([passage('w1961', 2)], { compare: true, mentions: counting([2]) }), options(q)).answer.split('\n')[0]).toMatch(/^“self-reliance” occurs twice in these sources, in 1 passage /);
  });

  it('says first that the words of a question of how often do not occur, then answers it as searched', () => {
    const q = 'How often does he mention economic defeatism?';
    const mentions = { parts: [{ words: 'economic defeatism', forms: [{ terms: [stem('economic'), stem('defeatism')] }], counts: [] }], ...anyWork };
    const res = buildAnswer(q, ranking([passage('w1987', 3)], { mentions }), options(q));
    expect(res.answer.split('\n')[0]).toMatch(/^“economic defeatism” does not occur in these sources, word for word\. 1 passage from 1 work \(1987\):$/);
    expectWellFormed(res);
    const two = { parts: [{ words: 'protectionism', forms: [{ terms: [stem('protectionism')] }], counts: [] }, { words: 'mercantilism', forms: [{ terms: [stem('mercantilism')] }], counts: [] }], ...anyWork };
    expect(buildAnswer(q, ranking([passage('w1987', 3)], { mentions: two }), options(q)).answer.split('\n')[0]).toMatch(/^“protectionism” and “mercantilism” do not occur in these sources\. /);
    // Kept to his works ("he"), it says so, and how often the scholar's work has the words.
    const his = { ...mentions, authors: ['Kim Il Sung'], elsewhere: [{ author: 'Zhang Chao', count: 4, works: 1 }] };
    expect(buildAnswer(q, ranking([passage('w1987', 3)], { mentions: his }), options(q)).answer.split('\n')[0]).toMatch(
      /^“economic defeatism” does not occur in Kim Il Sung's works, word for word; Zhang Chao's work has it 4 times\. 1 passage /,
    );
    const both = { ...two, authors: ['Kim Il Sung'], elsewhere: [{ author: 'Zhang Chao', count: 1, works: 2 }] };
    expect(buildAnswer(q, ranking([passage('w1987', 3)], { mentions: both }), options(q)).answer.split('\n')[0]).toMatch(/^“protectionism” and “mercantilism” do not occur in Kim Il Sung's works; Zhang Chao's 2 works have them once\. /);
  });

  it('leaves out, and reports, a quote that is not a span of its paragraph', () => {
    const q = 'What is self-reliance?';
    const draft = draftAnswer(q, ranking([passage('w1961', 3), passage('w1987', 2.9)]), options(q));
    // Inject a non-verbatim quote: invented words appended to the second item.
    const tampered = draft.blocks[1]!.items[0]!;
    tampered.quote = `${tampered.quote} And we need no one.`;
    const reported: InvalidQuote[] = [];
    const res = render(q, draft, (invalid) => reported.push(invalid));
    expectWellFormed(res);
    expect(res.citations.map((c) => c.workId)).toEqual(['w1961']);
    expect(res.answer).not.toContain('no one');
    expect(reported).toEqual([{ passageId: 'w1987-p1', quote: tampered.quote, reason: 'the quote is not the text of its spans' }]);
  });

  it('says in the citation and the text when a quote is an interviewer’s question', () => {
    const q = 'What is self-reliance?';
    const asked = passage('w1974', 3);
    asked.paragraph = { ...asked.paragraph, speaker: 'interviewer' };
    const res = buildAnswer(q, ranking([asked, passage('w1961', 2.9)]), options(q));
    expectWellFormed(res);
    const cited = res.citations.find((c) => c.workId === 'w1974')!;
    expect(cited.speaker).toBe('interviewer');
    expect(res.citations.find((c) => c.workId === 'w1961')!.speaker).toBeUndefined();
    expect(res.answer).toContain(`(the interviewer’s question, not the author’s words:)\n> ${cited.quote} [${cited.n}]`);
  });

  it('cites every passage that addresses a broad question, grouped by work in date order', () => {
    const q = 'What did Kim Il Sung say about self-reliance?';
    const res = buildAnswer(q, ranking([passage('w1987', 3), passage('w1974', 2.9), passage('w1961', 2.8), passage('wabs', 0.5, 0.5)]), options(q));
    expectWellFormed(res);
    expect(res.citations.map((c) => c.workId)).toEqual(['w1961', 'w1974', 'w1987']);
    expect(res.answer.split('\n')[0]).toBe('3 passages from 3 works (1961, 1974 and 1987), in date order:');
  });

  it('shows the passages of a broad answer, or of a focused one of a word or two, that use none of its words apart, after the works that do', () => {
    const q = 'What did Kim Il Sung say about self-reliance?';
    const res = buildAnswer(q, ranking([passage('w1987', 3), passage('w1974', 2.9, 0), passage('wabs', 2.8, 0), passage('w1961', 2.7)]), options(q));
    expectWellFormed(res);
    expect(res.citations.map((c) => c.workId)).toEqual(['w1961', 'w1987', 'w1974', 'wabs']);
    expect(res.structure.groups.map((g) => [g.kind, g.items.map((i) => i.n)])).toEqual([
      ['work', [1]],
      ['work', [2]],
      ['related', [3, 4]],
    ]);
    expect(res.answer.split('\n')[0]).toBe('2 passages from 2 works (1961 and 1987), in date order, then 2 passages close in meaning:');
    expect(res.answer).toContain(`${RELATED_HEADING}\n> ${res.citations[2]!.quote} [3]`);
    const noneInWords = buildAnswer(q, ranking([passage('w1987', 3, 0), passage('w1961', 2.9, 0)]), options(q));
    expect(noneInWords.structure.groups.map((g) => g.kind)).toEqual(['work', 'work']);
    // A focused question of a word or two sets them apart too; a longer one keeps its passages best first.
    const kinds = (question: string, searched = terms) =>
      buildAnswer(question, ranking([passage('w1974', 3), passage('w1961', 2.9, 0)], { terms: searched }), options(question)).structure.groups.map((g) => g.kind);
    expect(kinds('Why did he stress self-reliance?')).toEqual(['work', 'related']);
    const focused = 'Does self-reliance preclude exchanges with other countries?';
    expect(kinds(focused, ['self', 'reliance', 'preclude', 'exchanges', 'countries'].map((w) => ({ term: stem(w), weight: 1 })))).toEqual(['work', 'work']);
  });

  it("compares the works that use the question's words, then those close to it in meaning alone, and counts only the first", () => {
    const q = 'How did self-reliance change over the years?';
    const res = buildAnswer(q, ranking([passage('w1987', 3), passage('w1974', 2.9, 0), passage('w1961', 2.8), passage('wabs', 2.7, 0)], { compare: true }), options(q));
    expectWellFormed(res);
    expect(res.structure.groups.map((g) => [g.kind, g.kind === 'work' ? g.work.year : null, g.items.map((i) => i.n)])).toEqual([
      ['work', 1961, [1]],
      ['work', 1987, [2]],
      ['related', null, [3, 4]],
    ]);
    expect(res.citations.map((c) => c.workId)).toEqual(['w1961', 'w1987', 'w1974', 'wabs']);
    expect(res.answer.split('\n')[0]).toBe('2 works address this (1961 and 1987); 2 more works are close in meaning, in date order:');
    expect(res.yearCounts).toEqual([
      { year: 1961, count: 1 },
      { year: 1987, count: 1 },
    ]);
  });

  it("says so when none of the passages holds a word of the question, and only then: they are close in meaning alone", () => {
    const broad = 'What did he say about protectionism?';
    const none = (q: string, extra: Partial<RankingInput> = {}) =>
      buildAnswer(q, ranking([passage('w1987', 3, 0), passage('w1961', 2.9, 0)], { topic: 'words', ...extra }), options(q)).answer.split('\n')[0];
    expect(none(broad)).toBe("None of these passages uses the question's words; 2 close in meaning, from 2 works (1961 and 1987), in date order:");
    expect(none('How did his view of protectionism change?', { compare: true })).toBe(
      "None of these passages uses the question's words; 2 works close in meaning (1961 and 1987), in date order:",
    );
    expect(none('When did he first mention protectionism?', { compare: true })).toBe(
      "None of these passages uses the question's words; 2 works close in meaning (1961 and 1987), in date order:",
    );
    expect(none('Give me a quote about protectionism')).toMatch(/^None of these passages uses the question's words; the most quotable sentence first, then 1 more passage:$/);
    expect(none('When did he speak of protectionism?')).toMatch(/^None of these passages uses the question's words; said on 3 January 1987, in \*/);
    // A question naming only years has no words to look for; one passage with a word of the question is enough.
    expect(none('What did he say in 1961 and 1987?', { topic: 'years', compare: true })).toBe('2 works address this (1961 and 1987), in date order:');
    const oneInWords = buildAnswer(broad, ranking([passage('w1987', 3, 0), passage('w1961', 2.9)], { topic: 'words' }), options(broad));
    expect(oneInWords.answer.split('\n')[0]).toBe('1 passage from 1 work (1961), then 1 passage close in meaning:');
  });

  it('reads "talks" after a work as a verb, not as the kind of work asked for', () => {
    expect(collectionOf('Which talks have Ecuadorian in their titles?').kind).toEqual({ word: 'Ecuadorian', found: true });
    expect(collectionOf('List his talks').kind).toEqual({ word: 'talk', found: true });
    for (const q of ['Which work talks about trade?', 'Which text talks about aid?', 'Which one talks most about it?']) expect(collectionOf(q).kind, q).toBeNull();
  });

  it('lists the works with no date when asked, or says that every work is dated', () => {
    const q = 'Which works are undated?';
    const noTopic = ranking([], { abstain: true, abstainReason: 'no-topic' });
    expect(collectionOf(q)).toMatchObject({ works: [works[3]], lacking: 'date' });
    expect(buildAnswer(q, noTopic, options(q, { collection: collectionOf(q) })).answer).toMatch(/^The collection holds 1 work with no date: \*North Korea’s choice of heavy industrialization\*/);
    const dated = collectionAsked(parseQuery(q, new Set()), works.slice(0, 3), {});
    expect(buildAnswer(q, noTopic, options(q, { collection: dated })).answer).toBe(EVERY_WORK_DATED_LINE);
  });

  it('answers a question about the collection itself with its works from the metadata, in date order', () => {
    const q = 'What works are in the collection?';
    const noTopic = ranking([], { abstain: true, abstainReason: 'no-topic' });
    const res = buildAnswer(q, noTopic, options(q, { collection: collectionOf(q) }));
    expect(res.mode).toBe('answer');
    expect(res.citations).toEqual([]);
    expect(res.answer).toBe(
      'The collection holds 4 works (1961, 1974 and 1987; 1 undated), in date order: *All efforts to attain the six goals* (1 December 1961); ' +
        '*Talk to the director of the Ecuadorian publishing house Voluntad* (9 October 1974); *Let us accelerate socialist economic construction* (3 January 1987); ' +
        '*North Korea’s choice of heavy industrialization* (undated, by Zhang Chao).',
    );
    expect(res.structure.lead.filter((p) => p.title).map((p) => p.text)).toHaveLength(4);
    expect(buildAnswer(q, noTopic, options(q, { collection: collectionOf(q), maxListedWorks: 2 })).answer).toMatch(/\(9 October 1974\); and 2 more\.$/);
    // "Show me more" after it: the works past those named, or that there are none.
    expect(buildAnswer(q, noTopic, options(q, { collection: collectionOf(q), maxListedWorks: 2, moreAsked: true })).answer).toBe(
      'The other 2 works, in date order: *Let us accelerate socialist economic construction* (3 January 1987); *North Korea’s choice of heavy industrialization* (undated, by Zhang Chao).',
    );
    expect(buildAnswer(q, noTopic, options(q, { collection: collectionOf(q), moreAsked: true })).answer).toBe(NO_MORE_WORKS_LINE);
    const earliest = 'What is the earliest text in the collection?';
    expect(buildAnswer(earliest, noTopic, options(earliest, { collection: collectionOf(earliest) })).answer).toMatch(
      /^Earliest in the collection: \*All efforts to attain the six goals\* \(1 December 1961\)\. The collection holds 4 works/,
    );
    // A question with no topic that is not about the texts still says so.
    expect(buildAnswer('What did he say?', noTopic, options('What did he say?', { collection: collectionOf('What did he say?') })).mode).toBe('abstain');
    // Years alone, about the texts: the works of those years (the collection the answerer kept to them), and the years said.
    const seventies = 'Which works are from the 1970s?';
    const years = ranking([passage('w1974', 1)], { topic: 'years' });
    expect(buildAnswer(seventies, years, options(seventies, { collection: collectionOf(seventies) })).answer).toBe(
      'The collection holds 1 work from 1970–1979: *Talk to the director of the Ecuadorian publishing house Voluntad* (9 October 1974).',
    );
    const in1974 = 'What texts are there from 1974?';
    expect(buildAnswer(in1974, years, options(in1974, { collection: collectionOf(in1974) })).answer).toMatch(/^The collection holds 1 work from 1974: \*Talk/);
    const after = 'What is the earliest work after 1970?';
    expect(buildAnswer(after, years, options(after, { collection: collectionOf(after) })).answer).toMatch(
      /^Earliest in the collection's works dated after 1970: \*Talk to the director of the Ecuadorian publishing house Voluntad\* \(9 October 1974\)\. The collection holds 2 works dated after 1970 \(1974 and 1987\), in date order: /,
    );
    // A kind of work: those whose title or occasion says it, or all, saying none does.
    const talks = 'List the talks'; // One by its title, one by its occasion.
    expect(buildAnswer(talks, noTopic, options(talks, { collection: collectionOf(talks) })).answer).toBe(
      'The collection holds 2 works with “talk” in their titles or occasions (1974 and 1987), in date order: *Talk to the director of the Ecuadorian publishing house Voluntad* (9 October 1974); *Let us accelerate socialist economic construction* (3 January 1987).',
    );
    const interviews = 'Which texts are interviews?';
    expect(buildAnswer(interviews, noTopic, options(interviews, { collection: collectionOf(interviews) })).answer).toMatch(
      /^None of the works answers an interviewer's questions\. The collection holds 4 works \(/,
    );
    // Years alone, not about the texts: what was said then.
    expect(buildAnswer('What did he say in the 1970s?', years, options('What did he say in the 1970s?', { collection: null })).citations).toHaveLength(1);
  });

  it('keeps a focused question to the best passages, best first', () => {
    const q = 'Does self-reliance preclude exchanges with other countries?';
    const res = buildAnswer(q, ranking([passage('w1974', 3), passage('w1961', 2.9), passage('w1987', 2.8), passage('wabs', 2.7)]), options(q));
    expect(res.citations.map((c) => c.workId)).toEqual(['w1974', 'w1961', 'w1987']);
  });

  it('writes the same answer as structure and as Markdown', () => {
    const q = 'How did self-reliance change over the years?';
    const res = buildAnswer(q, ranking([passage('w1987', 3), passage('w1961', 2.9)], { compare: true }), options(q));
    expect(res.structure.lead).toEqual([{ text: '2 works address this (1961 and 1987), in date order:' }]);
    expect(res.structure.groups.map((g) => (g.kind === 'work' ? [g.work.year, g.items.map((i) => i.n)] : null))).toEqual([
      [1961, [1]],
      [1987, [2]],
    ]);
    for (const c of res.citations) expect(res.structure.groups.flatMap((g) => g.items).find((i) => i.n === c.n)!.spans).toEqual(c.spans);
    const when = buildAnswer('When did he call self-reliance a revolutionary spirit?', ranking([passage('w1987', 3)]), options('When did he call self-reliance a revolutionary spirit?'));
    expect(when.structure.lead.find((p) => p.title)).toEqual({ text: 'Let us accelerate socialist economic construction', title: true, workId: 'w1987' });
  });

  it('counts per year only the passages that address the topic, from the works the comparison shows', () => {
    const q = 'How did self-reliance change over the years?';
    const second1987 = { ...passage('w1987', 2.95), paragraph: { ...paragraph('w1987'), id: 'w1987-p2', position: 2 } };
    const res = buildAnswer(q, ranking([passage('w1987', 3), second1987, passage('w1961', 2.9), passage('w1974', 0.5, 0.5)], { compare: true }), options(q));
    expect(res.citations.map((c) => c.year)).toEqual([1961, 1987]);
    expect(res.yearCounts).toEqual([
      { year: 1961, count: 1 },
      { year: 1987, count: 2 },
    ]);
  });

  it('keeps every year that addresses the topic when there are more works than groups, and says how many there are', () => {
    const q = 'How did self-reliance change over the years?';
    const res = buildAnswer(q, ranking([passage('w1987', 3), passage('w1974', 2.9), passage('w1961', 2.8)], { compare: true }), options(q, { maxGroups: 2 }));
    expect(res.citations.map((c) => c.year)).toEqual([1974, 1987]);
    expect(res.answer.split('\n')[0]).toBe('2 of the 3 works that address this (1974 and 1987), in date order:');
    // Asked for each work: every one, whatever the limit.
    const each = 'One quote per work on self-reliance';
    const all = buildAnswer(each, ranking([passage('w1987', 3), passage('w1974', 2.9), passage('w1961', 2.8)], { compare: true }), options(each, { maxGroups: 2 }));
    expect(all.citations.map((c) => c.year)).toEqual([1961, 1974, 1987]);
    const again = buildAnswer(q, ranking([passage('w1987', 3), { ...passage('w1987', 2.95), work: { ...works[0]!, id: 'w1987b' } }, passage('w1961', 2.8)], { compare: true }), options(q, { maxGroups: 2 }));
    expect(again.citations.map((c) => c.year)).toEqual([1961, 1987]);
  });

  it('cites both pages of a quote from a paragraph that runs over a page break', () => {
    const q = 'What did the study cover?';
    const p = { ...passage('wabs', 1), paragraph: { ...paragraph('wabs'), page: 179, pageEnd: 180 } };
    const res = buildAnswer(q, ranking([p]), options(q));
    expect(res.citations[0]).toMatchObject({ page: 179, pageEnd: 180 });
  });
});

describe('which passages address the topic', () => {
  it('keeps the best passage and those close to it in score that hold the question\'s words or mean the same', () => {
    const found = [passage('w1961', 3, 0.9, 0.8), passage('w1987', 1.5, 0.8, 0.7), passage('w1974', 2.9, 0.3, 0.795), passage('wabs', 1.3, 0.2, 0.7)];
    const options = { floor: 0.4, coverageShare: 0.5, similarityGap: 0.01 };
    expect(addressingTopic(found, options).map((p) => p.work.id)).toEqual(['w1961', 'w1987', 'w1974']);
    expect(addressingTopic(found, { ...options, similarityGap: 0 }).map((p) => p.work.id)).toEqual(['w1961', 'w1987']);
    expect(addressingTopic(found, { ...options, coverageShare: 0.2 }).map((p) => p.work.id)).toEqual(['w1961', 'w1987', 'w1974', 'wabs']);
    expect(addressingTopic(found, { ...options, floor: 0.6 }).map((p) => p.work.id)).toEqual(['w1961', 'w1974']);
    expect(addressingTopic([], options)).toEqual([]);
  });

  it('keeps a passage that holds every word the best-covering passage holds, however far below the floor it ranks', () => {
    const found = [passage('w1961', 3, 0.9, 0.8), passage('w1974', 2.9, 0.3, 0.795), passage('w1987', 0.3, 0.9, 0.6), passage('wabs', 0.3, 0.8, 0.6)];
    expect(addressingTopic(found, { floor: 0.4, coverageShare: 0.5, similarityGap: 0.01 }).map((p) => p.work.id)).toEqual(['w1961', 'w1974', 'w1987']);
  });
});

describe('metadata wording', () => {
  it('formats ISO dates without time zones and says "undated" for none', () => {
    expect(formatDate('1961-12-01')).toBe('1 December 1961');
    expect(formatDate(null)).toBe('undated');
    expect(formatDate(null, 1987)).toBe('1987');
  });
  it('says the time asked in runs of years', () => {
    const decade = (start: number) => Array.from({ length: 10 }, (_, i) => start + i);
    expect(timeAsked({ years: decade(1980), bounds: null })).toBe(' from 1980–1989');
    expect(timeAsked({ years: [...decade(1960), ...decade(1980)], bounds: null })).toBe(' from 1960–1969 and 1980–1989');
    expect(timeAsked({ years: [1961, 1987], bounds: null })).toBe(' from 1961 and 1987');
    expect(timeAsked({ years: [1961, 1987], months: new Map([[1987, new Set([6, 1])]]), bounds: null })).toBe(' from 1961, January 1987 and June 1987');
    expect(timeAsked({ years: [1986, 1987, 1988], months: new Map([[1987, new Set([6])]]), bounds: null })).toBe(' from 1986, June 1987 and 1988');
    expect(timeAsked({ years: [], bounds: { from: 1981, text: 'after 1980' } })).toBe(' dated after 1980');
  });
  it('lists a few years and spans many', () => {
    expect(formatYears([1987, 1961])).toBe('1961 and 1987');
    expect(formatYears([1961, 1969, 1974, 1993])).toBe('1961–1993');
  });
  it('lists every year of a comparison, undated works counted last', () => {
    expect(listYears(works)).toBe('1961, 1974 and 1987; 1 undated');
    expect(listYears([works[3]!])).toBe('undated');
  });
});
