import { describe, expect, it } from 'vitest';
import { abstainReason, absentNames, corpusForms, knownWordsOf, notInEnglish, quantitySupported } from '../../server/retrieval/abstain.ts';
import { englishWords, varietySpellings } from '../../server/retrieval/lexicon.ts';
import { buildLexicalIndex as lexicalIndexOf } from '../../server/retrieval/lexical.ts';
import { correctSpelling } from '../../server/retrieval/spelling.ts';
import { addSpelledOut, expandAcronyms, recurringAcronyms, withInitials, type AcronymCounts } from '../../server/retrieval/acronyms.ts';
import { DEFAULT_RANKING } from '../../server/retrieval/options.ts';
import { diversifyByWork } from '../../server/retrieval/diversify.ts';
import { authorsAsHe, authorsAsked, authorsMentioned, corpusAuthors, namedAuthors, withoutAuthorsMentioned, withoutScholarship } from '../../server/retrieval/authors.ts';
import { keptToAuthors, searchableWork, workMatches } from '../../server/retrieval/filters.ts';
import { bestTwo, maxNormalize, minMaxNormalize, rankOf } from '../../server/retrieval/fusion.ts';
import { bm25Scores, buildLexicalIndex, idf } from '../../server/retrieval/lexical.ts';
import { bothSidesOf, bothSidesSaid, isOfKind, kindsNamed, monthsNamed, ofKindSaid, parseQuery, shorthandInFull, spelledOut, timeKept, timesAsYears, timesApart, timesInFigures, withinBounds, yearRuns, yearsNamed } from '../../server/retrieval/query.ts';
import { chooseQuote } from '../../server/retrieval/quote.ts';
import { definesATerm, termsDefined } from '../../server/retrieval/defining.ts';
import { maxSimOfParts } from '../../server/retrieval/token-match.ts';
import { recentlyUsed } from '../../server/retrieval/recently-used.ts';
import { inAnotherScript, sentenceSpans, tokenize } from '../../server/retrieval/text.ts';
import type { Work } from '../../server/corpus/types.ts';
import type { PassageFilters } from '../../server/retrieval/filters.ts';

describe('bm25', () => {
  const index = buildLexicalIndex([['self', 'relianc', 'spirit'], ['trade', 'trade', 'export'], ['spirit']]);

  it('ranks the document with the rarer matching term first', () => {
    const scores = bm25Scores(index, [{ term: 'relianc', weight: 1 }, { term: 'spirit', weight: 1 }]);
    expect(rankOf(scores)[0]).toBe(0);
    expect(scores[1]).toBe(0);
  });

  it('gives rarer terms a higher idf', () => {
    expect(idf(index, 'export')).toBeGreaterThan(idf(index, 'spirit'));
  });

  it('scales a term by its query weight', () => {
    const full = bm25Scores(index, [{ term: 'export', weight: 1 }])[1]!;
    const half = bm25Scores(index, [{ term: 'export', weight: 0.5 }])[1]!;
    expect(half).toBeCloseTo(full / 2);
  });
});

describe('fusion', () => {
  it('max-normalises so that absent evidence stays zero', () => {
    expect([...maxNormalize([0, 2, 4])]).toEqual([0, 0.5, 1]);
  });
  it('min-max normalises to 0..1', () => {
    expect([...minMaxNormalize([0.8, 0.9, 1.0])].map((x) => Math.round(x * 10) / 10)).toEqual([0, 0.5, 1]);
  });
  it('min-max normalises over the scores with evidence, those at or below `absent` reading 0', () => {
    expect([...minMaxNormalize([-1, 0.8, 0.9, 1.0], undefined, -1)].map((x) => Math.round(x * 10) / 10)).toEqual([0, 0, 0.5, 1]);
  });
  it('takes a paragraph’s best two sentence scores, the best twice for a single sentence', () => {
    expect(bestTwo([0.2, 0.9, 0.5])).toEqual([0.9, 0.5]);
    expect(bestTwo([0.5, 0.2, 0.9])).toEqual([0.9, 0.5]);
    expect(bestTwo([0.7, 0.7])).toEqual([0.7, 0.7]);
    expect(bestTwo([0.7])).toEqual([0.7, 0.7]);
    expect(bestTwo([])).toEqual([0, 0]);
  });
});

describe('parseQuery', () => {
  const meta = new Set(['kim', 'il', 'sung']);
  it('drops the author name and years from the words to match', () => {
    expect(parseQuery('What did Kim Il Sung say about fertilizer in 1969?', meta).tokens.map((t) => t.word)).toEqual(['fertilizer']);
  });
  it('leaves out the word of a kind of work asked for, which names the works kept to ("In which speech …", "in his letters")', () => {
    const words = (q: string) => parseQuery(q, meta).tokens.map((t) => t.word);
    expect(words('In which speech does he talk about Zimbabwe?')).toEqual(['talk', 'zimbabwe']);
    expect(words('What did he say about trade in his letters?')).toEqual(['trade']);
    // "my speech" in a passage is no answer; "the letters" may be of anything, and stays.
    expect(words('What do the letters DPRK stand for?')).toContain('letters');
  });
  it("keeps a word of an author's name that begins someone else's name", () => {
    const words = (q: string) => parseQuery(q, new Set([...meta, 'zhang', 'chao'])).tokens.map((t) => t.word);
    expect(words('Who was Zhang Wei-hua?')).toEqual(['zhang', 'wei', 'hua']);
    expect(words('What did Kim Il Sung say about Kim San Ho?')).toEqual(['kim', 'san', 'ho']);
    expect(words('Did President Kim Il Sung visit Kim Il Sung University?')).toEqual(['president', 'visit', 'university']);
    expect(words('Did President Kim mention oil? What does Zhang write, and Zhang Chao?')).toEqual(['president', 'oil', 'write']);
  });
  it('leaves out the words that ask what someone thought, not a topic of the same words', () => {
    const words = (q: string) => parseQuery(q, meta, { authors: ['Kim Il Sung'] }).tokens.map((t) => t.word);
    expect(words('What did he think of the United States?')).toEqual(['united', 'states']);
    expect(words("What was Kim Il Sung's view on foreign aid?")).toEqual(['foreign', 'aid']);
    expect(words('How did he feel about trade, in his opinion?')).toEqual(['trade']);
    // What he stressed, asked as his: "his emphasis", "his priorities", "his focus"; not "the focus of the plan".
    expect(words('How did his emphasis on trade shift? What were his priorities and his focus?')).toEqual(['trade', 'shift']);
    expect(words('What was the focus of the plan?')).toEqual(['focus', 'plan']);
    expect(words('Why did Kim Il Sung think that machines mattered?')).toEqual(['machines', 'mattered']);
    // "View" and "regard" as verbs of opinion, as "think" is; "with a view to" is no opinion asked.
    expect(words('How did he view capitalism, and how does he regard aid?')).toEqual(['capitalism', 'aid']);
    expect(words('building with a view to independence')).toEqual(['building', 'view', 'independence']);
    expect(words('How did Kim Il Sung view trade? What did he say about regard?')).toEqual(['trade', 'regard']);
    expect(words('What did he say about independent thinking and the attitude of officials?')).toEqual(['independent', 'thinking', 'attitude', 'officials']);
    expect(parseQuery('What did he think of trade?', meta, { stance: false }).tokens.map((t) => t.word)).toEqual(['think', 'trade']);
  });
  it('reads years, decades and ranges', () => {
    expect([...parseQuery('in 1969 and in 1978', meta).years]).toEqual([1969, 1978]);
    expect(parseQuery('trade in the 1980s', meta).years.has(1986)).toBe(true);
    expect(parseQuery('between 1971 and 1982', meta).years.size).toBe(12);
  });
  it('reads a year that bounds a time as a range of years, not as a year asked about', () => {
    const bounds = (q: string) => {
      const { yearBounds, years } = parseQuery(q, meta);
      return { from: yearBounds?.from, to: yearBounds?.to, years: [...years] };
    };
    expect(bounds('aid after 1961')).toEqual({ from: 1962, to: undefined, years: [] });
    expect(bounds('trade since the 1970s')).toEqual({ from: 1970, to: undefined, years: [] });
    expect(bounds('before 1987')).toEqual({ from: undefined, to: 1986, years: [] });
    expect(bounds('until the 1970s')).toEqual({ from: undefined, to: 1979, years: [] });
    expect(bounds('from 1961 onwards, and in 1987')).toEqual({ from: 1961, to: undefined, years: [1987] });
    expect(bounds('What did he say from the 1980s on?')).toEqual({ from: 1980, to: undefined, years: [] });
    expect(bounds('What did he say about aid up to 1970?')).toEqual({ from: undefined, to: 1970, years: [] });
    expect(bounds('from 1961 on, did he mention aid?')).toEqual({ from: 1961, to: undefined, years: [] });
    // "On" before a topic says what the quotes are on, and the year is asked about.
    expect(bounds('quotes from 1987 on trade')).toEqual({ from: undefined, to: undefined, years: [1987] });
    expect(bounds('Give me a quote from 1961 and one from 1987 on aid')).toEqual({ from: undefined, to: undefined, years: [1961, 1987] });
    expect(bounds('post-1953 reconstruction before 1970')).toEqual({ from: 1954, to: 1969, years: [] });
    expect(parseQuery('after 1961 and before 1987', meta).yearBounds?.text).toBe('after 1961 and before 1987');
    for (const q of ['aid in 1961', 'from 1945 to 1956', 'the 1980s', 'trade between 1971 and 1982']) expect(parseQuery(q, meta).yearBounds, q).toBeNull();
    // Both sides of a year: compared across it, not bounded to nothing.
    for (const q of ['trade before and after 1980', 'both before and after the 1970s', 'trade before 1980 compared with after', 'Did his view of trade change after 1980?', 'How has it changed since the 1970s?', 'one quote on trade from before 1980 and one after', 'a quote on trade after 1980 and another from before']) {
      expect(parseQuery(q, meta), q).toMatchObject({ yearBounds: null, compare: true });
      expect(parseQuery(q, meta).years.size, q).toBe(0);
    }
    expect(bothSidesOf('Did his view of trade change since the 1970s?')).toEqual({ said: 'the 1970s', first: 1970, last: 1979 });
    expect(bothSidesOf('trade before 1980 compared with after')).toEqual({ said: '1980', first: 1980, last: 1980 });
    expect(bothSidesOf('two quotes on aid, one from before the 1970s and one from after')).toEqual({ said: 'the 1970s', first: 1970, last: 1979 });
    expect(bothSidesOf('trade after 1980')).toBeNull();
    // One of each of two kinds named is a comparison of them, as one of each of two times is; one kind is none.
    expect(parseQuery('one quote on aid from a speech and another from an interview', meta).compare).toBe(true);
    expect(parseQuery('one quote on aid from a speech and one on trade', meta).compare).toBe(false);
    // Said one way, so that a search text without its word of change still reads both sides.
    expect(bothSidesSaid('Did his view of trade change after 1980?')).toBe('Did his view of trade change before and after 1980?');
    // Only the year's side is said again: the topic between a word of change and its year stays.
    expect(bothSidesSaid('What changed in his view of trade after 1980?')).toBe('What changed in his view of trade before and after 1980?');
    expect(bothSidesSaid('trade before the 1970s versus after, and aid after 1987')).toBe('trade before and after the 1970s, and aid after 1987');
    expect(parseQuery('aid after 1980 and trade before 1970', meta).yearBounds).toMatchObject({ from: 1981, to: 1969 });
    // Both sides of the years between two: the works of either side, compared.
    const sides = parseQuery('aid before 1970 and after 1980', meta);
    expect(sides).toMatchObject({ yearBounds: { from: 1981, to: 1969, text: 'before 1970 or after 1980' }, compare: true });
    expect([1961, 1969, 1970, 1975, 1980, 1981, 1993, null].map((y) => withinBounds(y, sides.yearBounds))).toEqual([true, true, false, false, false, true, true, false]);
    expect([1961, 1962, 1986, 1987].map((y) => withinBounds(y, parseQuery('after 1961 and before 1987', meta).yearBounds))).toEqual([false, true, true, false]);
  });
  it('reads phrases in quotation marks but not apostrophes', () => {
    expect(parseQuery("Who said Korea's economy was 'a young country'?", meta).phrases).toEqual(['a young country']);
    expect(parseQuery('the “let each machine” idea and "one step"', meta).phrases).toEqual(['let each machine', 'one step']);
  });
  it('reads names of several words side by side, not the author nor words a function word parts', () => {
    const runs = (q: string) => parseQuery(q, meta).namePhrases.map((run) => run.map((t) => t.word).join(' '));
    expect(runs('What did Kim Il Sung say about the United States and the Soviet Union?')).toEqual(['united states', 'soviet union']);
    expect(runs('How did he see South-South cooperation and the Non-Aligned Movement?')).toEqual(['south south', 'non aligned movement']);
    expect(runs("What did he tell the Workers' Party of Korea?")).toEqual(['workers party']);
    expect(runs('What Did He Say About The United States?')).toEqual([]);
    expect(runs('what did he say about the united states')).toEqual([]);
  });
  it('reads words a hyphen joins as one compound, and words a space parts as two', () => {
    const compounds = (q: string) => parseQuery(q, meta).compounds.map((run) => run.map((t) => t.word).join('-'));
    expect(compounds('What did he say about self-sufficiency and the five-year plans?')).toEqual(['self-sufficiency', 'five-year']);
    expect(compounds('the let-each-machine-tool-make-another movement')).toEqual(['machine-tool-make-another']);
    expect(compounds('self reliance - and trade')).toEqual([]);
  });
  it('reads words side by side with only spaces between, of no name, as a run, a compound in it as one word', () => {
    const runs = (q: string) => parseQuery(q, meta).wordRuns.map((run) => run.map((t) => t.word).join(' '));
    expect(runs('Did his view of foreign trade change after 1980?')).toEqual(['foreign trade change']);
    expect(runs('What did he say about the working class, light industry and self-reliance policy?')).toEqual(['working class', 'light industry', 'self reliance policy']);
    expect(runs('What did he say about economic self-sufficiency?')).toEqual(['economic self sufficiency']);
    expect(runs('What did he say about self-reliance?')).toEqual([]);
    expect(runs('What did he say about the United States economy?')).toEqual([]);
    expect(runs('trade, aid and debts')).toEqual([]);
  });
  it('detects comparison questions', () => {
    expect(parseQuery('How did his view of trade change over the years?', meta).compare).toBe(true);
    expect(parseQuery('in 1961 compared with 1987', meta).compare).toBe(true);
    // Across his works as across the years; "trace" asks how something went on.
    for (const q of ['Trace the idea of self-reliance across his works', 'What did he say about aid throughout all his speeches?', 'Trace his views on aid', 'Track his views on aid'])
      expect(parseQuery(q, meta).compare, q).toBe(true);
    // A timeline, or an order of time, asked: what was said across the years.
    for (const q of ['Give me a timeline of his statements on aid', 'his remarks on trade in chronological order', 'the chronology of his views on Juche'])
      expect(parseQuery(q, meta).compare, q).toBe(true);
    // The years asked of a topic: across them.
    for (const q of ['In which years did he talk about trade?', 'List every year in which he mentions foreign aid', 'What decades does he discuss aid in?'])
      expect(parseQuery(q, meta).compare, q).toBe(true);
    // Whether he said the same across the works, or over a span of years said in figures or words.
    for (const q of ['How consistent was he on self-reliance?', 'Is he inconsistent about trade?', 'What did he say about aid over 30 years?', 'his views on aid over thirty years'])
      expect(parseQuery(q, meta).compare, q).toBe(true);
    expect(parseQuery('Did he consistently reject aid?', meta).compare).toBe(false);
    expect(parseQuery('What was the machine-tool movement?', meta).compare).toBe(false);
    // A name's "Chang" is no change; "changed" is.
    expect(parseQuery('Who was Park Chang-ok?', meta).compare).toBe(false);
    expect(parseQuery('Has his view of aid changed?', meta).compare).toBe(true);
    // An author is named as the corpus names its authors, none of them spelled in a pattern.
    for (const q of ["Has Kim Il Sung's view of aid changed?", "Did Zhang Chao's emphasis shift?", 'Has Zhang Chao changed his mind?'])
      expect(parseQuery(q, meta, { authors: ['Kim Il Sung', 'Zhang Chao'] }).compare, q).toBe(true);
    // A view that developed is one that changed; "developing countries", or developing the economy, are topics.
    for (const q of ['How did his views on the Non-Aligned Movement develop?', 'How did his thinking on trade develop after 1970?']) expect(parseQuery(q, meta).compare, q).toBe(true);
    for (const q of ['What are his views on developing countries?', 'What were his views on how to develop the economy?']) expect(parseQuery(q, meta).compare, q).toBe(false);
    // One for each period asks for the periods side by side.
    for (const q of ['a quote for each decade on aid', 'what he said on trade year by year']) expect(parseQuery(q, meta).compare, q).toBe(true);
    // Two things told apart, with no time or works to set side by side, are no comparison across years.
    // The collection as where to look ("in these texts", "according to the sources") sets no works side by side.
    for (const q of ['How is self-reliance different from isolationism?', 'What is the difference between aid and trade?', 'How does Juche differ from nationalism?', 'What is the difference between self-reliance and self-sufficiency in these texts?', 'According to the sources, how does aid differ from trade?'])
      expect(parseQuery(q, meta).compare, q).toBe(false);
    for (const q of ['How are his early speeches different from his late ones?', 'How did his view of aid differ from 1961 to 1987?', 'the difference between his talks and his interviews', 'How does aid differ from trade across his works?'])
      expect(parseQuery(q, meta).compare, q).toBe(true);
    // One thing "compared with" another, with no time or works named, is no comparison across years; a comparison or an
    // analogy he made, asked for, is none whatever its year; nor is an origin traced ("trace the origin of … to …").
    for (const q of ['How long would the furnace have taken with outside help, compared with doing it themselves?', 'What comparison with writing did he use in 1969?', 'What did he compare self-reliance to?', 'What did Kim compare the Chollima Movement with in 1982?', 'Where does he compare rich and poor countries?', 'Which analogy did he draw?', 'When did he trace the origin of the Chollima Movement to the workers?', 'Did he trace the movement back to 1956?', 'trace the roots of Juche'])
      expect(parseQuery(q, meta).compare, q).toBe(false);
    for (const q of ['How was aid in 1961 compared to 1987?', 'What did he say about aid in 1961 compared to 1987?', 'How did he describe aid compared with trade in his speeches?', 'Compare what he said about trade in 1961 and 1987', 'Trace the development of his views on aid'])
      expect(parseQuery(q, meta).compare, q).toBe(true);
    // Change, difference or consistency said of something else than his words or views, with no time or works named, is
    // no comparison across years; said of him or his views, it is.
    for (const q of ['How did workers on the night shift help raise steel output?', 'Did he want officials to bring about a change in their attitude?', 'What did he say about machines that need to be changed for new ones?', 'What was the difference made by the Chollima Movement?', 'What did he say about the consistency of steel quality?'])
      expect(parseQuery(q, meta).compare, q).toBe(false);
    // Staying the same is asked as changing is.
    for (const q of ['Did his position on international cooperation stay the same?', 'Have his views on aid remained constant?', 'Did his stance on trade remain unchanged over time?'])
      expect(parseQuery(q, meta).compare, q).toBe(true);
    for (const q of ['Did steel output remain the same?', 'What did he say about prices staying the same?', 'Did people move from the countryside to the cities?']) expect(parseQuery(q, meta).compare, q).toBe(false);
    expect(parseQuery('Did his emphasis move from heavy industry to light industry?', meta).compare).toBe(true);
    for (const q of ['Did his emphasis shift?', 'Did Kim Il Sung ever change his mind about aid?', 'Was there a shift in his thinking?', 'What changed after 1980?', 'Is there a shift from self-reliance to collective self-reliance?', 'Has it changed?', 'Any difference?'])
      expect(parseQuery(q, meta, { authors: ['Kim Il Sung'] }).compare, q).toBe(true);
    // One time set against the others: no time kept to, or those up to it ("earlier") or from it on ("later"), of a
    // kind the other side names.
    const read = (q: string) => {
      const parsed = parseQuery(q, meta);
      return { compare: parsed.compare, years: [...parsed.years], bounds: parsed.yearBounds && { from: parsed.yearBounds.from, to: parsed.yearBounds.to }, kinds: parsed.kinds };
    };
    for (const q of ['What did he say about aid in 1987 compared to other years?', 'Compare his views on aid with 1987', 'How does 1987 compare to the rest on trade?', 'aid in the 1980s versus the others'])
      expect(read(q), q).toEqual({ compare: true, years: [], bounds: null, kinds: [] });
    expect(read('How did his 1987 view of aid compare with his earlier ones?')).toEqual({ compare: true, years: [], bounds: { to: 1987 }, kinds: [] });
    expect(read('Compare his 1961 speech on aid with later works')).toEqual({ compare: true, years: [], bounds: { from: 1961 }, kinds: [] });
    expect(read('How did the 1993 speech differ from earlier works on self-reliance?')).toEqual({ compare: true, years: [], bounds: { to: 1993 }, kinds: [] });
    expect(read('Compare the 1987 speech on self-reliance with his earlier speeches')).toEqual({ compare: true, years: [], bounds: { to: 1987 }, kinds: [{ years: null, kind: 'speech' }] });
    // Two times, or one set against no other time, are kept to as named.
    expect(read('How was aid in 1961 compared to 1987?').years).toEqual([1961, 1987]);
    for (const q of ['Compare the two 1987 works on trade', 'What did he say about trade in 1987 compared with aid?', 'Compare the 1987 works with each other']) expect(read(q).years, q).toEqual([1987]);
    // "Each year" is as often "a year": "How much did output grow each year?"
    for (const q of ['What did he achieve in a decade?', 'How much did output grow each year?']) expect(parseQuery(q, meta).compare, q).toBe(false);
    // A quote asked from each year is one: each year's beside the others'.
    for (const q of ['Give me a quote on trade from each year', 'one quote for every year on aid']) expect(parseQuery(q, meta).compare, q).toBe(true);
  });
});

describe('maxSimOfParts', () => {
  const rows = (...vectors: number[][]) => Float32Array.from(vectors.flat());
  const whole = (question: Float32Array, windows: Float32Array[]) => maxSimOfParts(question, [], windows, 3).passage;
  it("averages each question token's best cosine over the passage's tokens, in any of its windows", () => {
    const question = rows([1, 0, 0], [0, 1, 0]);
    expect(whole(question, [rows([1, 0, 0], [0, 0, 1])])).toBeCloseTo(0.5);
    expect(whole(question, [rows([1, 0, 0]), rows([0, 0.6, 0.8])])).toBeCloseTo(0.8);
    expect(whole(question, [rows([0.6, 0.8, 0])])).toBeCloseTo(0.7);
  });
  it("scores each part over its own tokens, and the passage over all of them, its parts' and the rest's", () => {
    const question = rows([1, 0, 0], [0, 1, 0]);
    const parts = [[rows([1, 0, 0])], [rows([0, 0.6, 0.8]), rows([0.6, 0.8, 0])]];
    const { passage, parts: scores } = maxSimOfParts(question, parts, [rows([0, 0, 1])], 3);
    expect(scores[0]).toBeCloseTo(0.5);
    expect(scores[1]).toBeCloseTo(0.7);
    expect(passage).toBeCloseTo(whole(question, [...parts.flat(), rows([0, 0, 1])]));
    expect(passage).toBeCloseTo(0.9);
    expect(maxSimOfParts(question, parts, [rows([0, 1, 0])], 3).passage).toBeCloseTo(1);
  });
  it('scores a passage without tokens, or a question without any, below any cosine', () => {
    expect(whole(rows([1, 0, 0]), [])).toBe(-1);
    expect(whole(rows(), [rows([1, 0, 0])])).toBe(-1);
    expect(maxSimOfParts(rows(), [[rows([1, 0, 0])]], [], 3).parts).toEqual([-1]);
  });
});

describe('recentlyUsed', () => {
  it('forgets the least recently used entries once their sizes add up past the limit, and keeps none at 0', () => {
    const kept = recentlyUsed<string, number>(5);
    kept.set('a', 1, 2);
    kept.set('b', 2, 2);
    expect(kept.get('a')).toBe(1);
    kept.set('c', 3, 2);
    expect([kept.get('a'), kept.get('b'), kept.get('c')]).toEqual([1, undefined, 3]);
    kept.set('d', 4, 6);
    expect([kept.get('a'), kept.get('c'), kept.get('d')]).toEqual([undefined, undefined, undefined]);
    const none = recentlyUsed<string, number>(0);
    none.set('a', 1);
    expect(none.get('a')).toBeUndefined();
  });
});

describe('diversifyByWork', () => {
  it('lets each relevant work in once before any work returns', () => {
    const ranked = [
      { index: 0, score: 1, workId: 'a' },
      { index: 1, score: 0.9, workId: 'a' },
      { index: 2, score: 0.8, workId: 'b' },
      { index: 3, score: 0.1, workId: 'c' },
    ];
    expect(diversifyByWork(ranked, 3, 0.3).map((c) => c.index)).toEqual([0, 2, 1]);
  });
});

describe('chooseQuote', () => {
  it('picks the best sentence and returns a verbatim span', () => {
    const text = 'Dependence will get us nowhere. Self-reliance means standing on one’s own feet, and we need it. It is so.';
    const spans = sentenceSpans(text);
    const choice = chooseQuote(text, spans, [0.1, 0.9, 0.2]);
    expect(choice.quote).toBe('Self-reliance means standing on one’s own feet, and we need it.');
    expect(text.slice(choice.span.start, choice.span.end)).toBe(choice.quote);
  });
  it('joins a too-short best sentence with its better neighbour', () => {
    const text = 'We must trade. It is so. Dependence will get us nowhere at all, ever.';
    const choice = chooseQuote(text, sentenceSpans(text), [0.2, 0.9, 0.5]);
    expect(choice.quote).toBe('It is so. Dependence will get us nowhere at all, ever.');
  });
  it('reads a sentence whose subject points back ("This is the way …") with the sentence it points at', () => {
    const text = 'We will improve the Juche orientation of the national economy. This is the way to live independently, free from domination. Trade grows.';
    const choice = chooseQuote(text, sentenceSpans(text), [0.1, 0.9, 0.2]);
    expect(choice.quote).toBe('We will improve the Juche orientation of the national economy. This is the way to live independently, free from domination.');
    // "This research …" is no pronoun; a first sentence has none before it.
    const determiner = 'We studied the plan in full. This research covers the years from 1945 to 1956 in detail.';
    expect(chooseQuote(determiner, sentenceSpans(determiner), [0.1, 0.9]).quote).toBe('This research covers the years from 1945 to 1956 in detail.');
    const first = 'This is the way to live independently, free from domination. Trade grows in the end.';
    expect(chooseQuote(first, sentenceSpans(first), [0.9, 0.1]).quote).toBe('This is the way to live independently, free from domination.');
  });
});

describe('termsDefined and definesATerm', () => {
  const stems = (text: string) => tokenize(text).map((t) => t.term);
  it('reads what a question asks the meaning of, or asks is, up to the words after it', () => {
    for (const [q, thing] of [
      ['What is Juche?', 'juche'],
      ['whats juche', 'juche'],
      ['What is the definition of Juche?', 'juche'],
      ['Give me his definition of the Juche idea in his own words', 'juche idea'],
      ['How does he define an independent national economy?', 'independent national economy'],
      ['What does the term Juche mean?', 'term juche'],
      ['What is the word for self-reliance in Korean?', 'word'],
      ['Who was Zhang Wei-hua?', 'zhang wei hua'],
    ] as const) expect(termsDefined(q), q).toEqual(stems(thing));
    for (const q of ['What did he say about trade?', 'What did he see as a defining trait of cooperation?', 'How did his view change?']) expect(termsDefined(q), q).toEqual([]);
  });
  it('finds a sentence whose short subject holds the thing, then "is" or "means"; or "By … we mean"', () => {
    const juche = new Set(stems('Juche'));
    const selfReliance = new Set(stems('self-reliance'));
    expect(definesATerm('The Juche idea is the idea that man is the master of his destiny.', juche)).toBe(true);
    expect(definesATerm("Self-reliance means standing on one's own feet.", selfReliance)).toBe(true);
    expect(definesATerm('By self-reliance we do not mean producing for ourselves all the machinery we need.', selfReliance)).toBe(true);
    // Named, not said what it is; or named in a clause before the verb.
    expect(definesATerm('Some officials neglect the study of the Juche idea on the excuse that they are busy.', juche)).toBe(false);
    expect(definesATerm("Zhang had made Kim's acquaintance when he was a teacher.", new Set(stems('Zhang')))).toBe(false);
    expect(definesATerm('In conclusion, I must emphasize the need to display the spirit of self-reliance.', selfReliance)).toBe(false);
  });
});

describe('workMatches', () => {
  const work = (date: string | null): Work => ({ id: 'w', title: 't', date, year: date ? Number(date.slice(0, 4)) : null, author: 'a', file: 'f' });
  it('treats year bounds as inclusive whole years', () => {
    expect(workMatches(work('1967-12-16'), { from: '1967', to: '1967' })).toBe(true);
    expect(workMatches(work('1967-12-16'), { to: '1967-12-15' })).toBe(false);
  });
  it('leaves undated works out when a date filter is set', () => {
    expect(workMatches(work(null), { from: '1900' })).toBe(false);
    expect(workMatches(work(null), {})).toBe(true);
  });
});

describe('searchableWork', () => {
  const works: Work[] = [
    { id: 'a', title: 'A', date: '1961-12-01', year: 1961, author: 'Kim Il Sung', file: 'x' },
    { id: 'b', title: 'B', date: '1987-01-03', year: 1987, author: 'Kim Il Sung', file: 'x' },
    { id: 'z', title: 'Z', date: null, year: null, author: 'Zhang Chao', file: 'y' },
  ];
  const authors = corpusAuthors(works);
  const ids = (filters: PassageFilters, question: string | null) => works.filter(searchableWork(filters, keptToAuthors(works, authors, filters, question))).map((w) => w.id);
  it('finds the authors a question names by two words of a longer name, or by its first or last word written as a name', () => {
    expect(namedAuthors("What did Kim Il Sung's speech say?", authors.all)).toEqual(new Set(['Kim Il Sung']));
    expect(namedAuthors('Did Kim ever criticise the Soviet Union?', authors.all)).toEqual(new Set(['Kim Il Sung']));
    expect(namedAuthors('What does Zhang argue?', authors.all)).toEqual(new Set(['Zhang Chao']));
    for (const none of ['did kim ever criticise the soviet union', 'What did Kim San Ho do?', 'Who was Zhang Wei-hua?', 'What did Il say?']) {
      expect(namedAuthors(none, authors.all), none).toEqual(new Set());
    }
  });
  it('reads each naming of an author as "he", a possessive as "his", and no other name', () => {
    expect(authorsAsHe('When did Kim Il Sung start the movement?', authors.all)).toBe('When did he start the movement?');
    expect(authorsAsHe("Did Kim's speech or Zhang Chao ask it?", authors.all)).toBe('Did his speech or he ask it?');
    for (const same of ['When did Kim San Ho start the movement?', 'Which songs were sung?', 'When did Mao start the movement?']) expect(authorsAsHe(same, authors.all)).toBe(same);
  });
  it('reads an author named right after "mention" or "refer to", or "cite" or "quote" done by another, as what is mentioned, not who mentions it', () => {
    expect(authorsMentioned('Does the article mention Kim Il Sung?', authors.all)).toEqual(['Kim Il Sung']);
    expect(authorsMentioned('Did Kim ever refer to Zhang?', authors.all)).toEqual(['Zhang Chao']);
    expect(authorsMentioned('Does Zhang Chao cite Kim?', authors.all)).toEqual(['Kim Il Sung']);
    expect(authorsMentioned('Has the article ever quoted Kim Il Sung?', authors.all)).toEqual(['Kim Il Sung']);
    for (const none of ['How often does Kim Il Sung mention Juche?', 'Did he mention Kim San Ho?', 'What did Zhang Chao say about Kim Il Sung?', 'Can you quote Kim Il Sung on trade?', 'Cite Kim Il Sung on aid', 'Give me quotes Kim Il Sung gave']) {
      expect(authorsMentioned(none, authors.all), none).toEqual([]);
    }
    const blanked = (question: string) => withoutAuthorsMentioned(question, authorsMentioned(question, authors.all));
    expect(blanked("Does the article cite Kim Il Sung's speeches?")).toMatch(/^Does the article cite\s+\?$/);
    expect(blanked('Which of his speeches mention Zhang Chao?')).toMatch(/^Which of his speeches mention\s+\?$/);
  });
  it('reads "he", "his" or "him" as the author of most works, unless the question names someone or points at the scholarly work', () => {
    expect(authors.primary).toBe('Kim Il Sung');
    expect(authorsAsked('What did he say about trade?', authors)).toEqual(new Set(['Kim Il Sung']));
    expect(authorsAsked('How did his country build heavy industry?', authors)).toEqual(new Set(['Kim Il Sung']));
    expect(authorsAsked('Which concepts does Zhang Chao say he traces?', authors)).toEqual(new Set(['Zhang Chao']));
    expect(authorsAsked('What does the article say about his policy?', authors)).toEqual(new Set());
    // A newspaper named before "paper" or "article" is no scholarly work: "he" is still the author of most works.
    expect(authorsAsked('What did he tell the Yugoslav paper?', authors)).toEqual(new Set(['Kim Il Sung']));
    expect(authorsAsked('What did he say in the Ghana Times article?', authors)).toEqual(new Set(['Kim Il Sung']));
    expect(authorsAsked('WHAT DOES THE ARTICLE SAY ABOUT HIS POLICY?', authors)).toEqual(new Set());
    // "Paper" with no determiner or possessive before it is the material, no work: "he" is still the author of most works.
    for (const q of ['What did he say about paper production?', 'What did he say about paper?']) expect(authorsAsked(q, authors), q).toEqual(new Set(['Kim Il Sung']));
    for (const q of ["What does Zhang Chao's recent paper argue about his policy?", 'Is there a paper on his policy?']) expect(authorsAsked(q, authors), q).not.toEqual(new Set(['Kim Il Sung']));
    expect(authorsAsked('What was said about the Soviet Union?', authors)).toEqual(new Set());
    expect(authorsAsked('What did he say?', corpusAuthors(works.slice(0, 2)))).toEqual(new Set());
  });
  it('leaves out of a question about the scholarly work the words naming it, not its keywords nor a newspaper', () => {
    const words = (text: string) => withoutScholarship(text).split(/\s+/).filter(Boolean).join(' ');
    expect(words('Does the abstract mention the Soviet Union?')).toBe('Does the mention the Soviet Union?');
    expect(words("Does the scholar's paper use the word Juche?")).toBe('Does the use the word Juche?');
    expect(words('What keywords does the article list?')).toBe('What keywords does the list?');
    expect(words('What did he tell the Yugoslav paper?')).toBe('What did he tell the Yugoslav paper?');
  });
  it('keeps to the works of a named author when the filters let any of them through', () => {
    expect(ids({}, null)).toEqual(['a', 'b', 'z']);
    expect(ids({}, 'What did Kim Il Sung say?')).toEqual(['a', 'b']);
    expect(ids({}, 'What did he say?')).toEqual(['a', 'b']);
    expect(ids({}, 'What was said?')).toEqual(['a', 'b', 'z']);
    expect(ids({ from: '1980' }, 'What did Kim Il Sung say?')).toEqual(['b']);
    // Of the authors a question names, the filters' alone when they name any of them: one of two set side by side.
    expect(ids({ authors: ['Zhang Chao'] }, 'Does Zhang Chao agree with Kim Il Sung?')).toEqual(['z']);
    expect(ids({ authors: ['Zhang Chao'] }, 'What did Kim Il Sung say?')).toEqual(['a', 'b']);
    // The filters first: a named author none of whose works they let through keeps nothing out.
    expect(ids({ work: 'z' }, 'What does the article say about Kim Il Sung?')).toEqual(['z']);
    expect(ids({ work: 'z' }, 'What did he argue?')).toEqual(['z']);
    // A follow-up continuing a question about an author ("and self-reliance?") keeps to them, unless it names another.
    expect(ids({ authors: ['Kim Il Sung'] }, 'and self-reliance?')).toEqual(['a', 'b']);
    expect(ids({ authors: ['Kim Il Sung'] }, 'and what did Zhang Chao write?')).toEqual(['z']);
    expect(ids({ authors: ['Kim Il Sung'] }, null)).toEqual(['a', 'b', 'z']);
  });
});

describe('corpusForms', () => {
  const known = knownWordsOf(['ghana', 'yugoslav', 'korea', 'korean', 'koreans', 'japanese', 'juche', 'work']);
  it('gives the longer or shorter forms the corpus uses of a word, by a shared start of four letters or more', () => {
    expect(corpusForms('ghanaian', known)).toEqual(['ghana']);
    expect(corpusForms('yugoslavia', known)).toEqual(['yugoslav']);
    expect(corpusForms('japan', known)).toEqual(['japanese']);
    expect(corpusForms('kore', known)).toEqual(['korea', 'korean', 'koreans']);
  });
  it('gives none for a word the corpus uses in no form', () => {
    expect(corpusForms('seoul', known)).toEqual([]);
    expect(corpusForms('olympic', known)).toEqual([]);
    expect(corpusForms('kor', known)).toEqual([]);
    expect(corpusForms('jap', known)).toEqual([]);
  });
  it('agrees with its definition on a large vocabulary', () => {
    const words = [...englishWords().keys()].filter((_, i) => i % 7 === 0);
    const vocabulary = knownWordsOf(words);
    const byDefinition = (name: string) =>
      words.filter((w) => {
        const [short, long] = w.length < name.length ? [w, name] : [name, w];
        return w !== name && short.length >= 4 && long.startsWith(short);
      });
    const names = [...englishWords().keys()].filter((_, i) => i % 997 === 3).flatMap((w) => [w, `${w}ian`, w.slice(0, 4), w.slice(0, 3), `x${w}`]);
    for (const name of names) expect(corpusForms(name, vocabulary).sort(), name).toEqual(byDefinition(name).sort());
  });
});

describe('yearRuns', () => {
  it('makes consecutive years one run and apart years runs of their own', () => {
    const sixties = Array.from({ length: 10 }, (_, i) => 1960 + i);
    expect(yearRuns(new Set([1993, ...sixties, 1971]))).toEqual([
      { first: 1960, last: 1969 },
      { first: 1971, last: 1971 },
      { first: 1993, last: 1993 },
    ]);
    expect(yearRuns(new Set())).toEqual([]);
  });
});

describe('yearsNamed', () => {
  it('spells out ranges and decades, and takes single years as they are', () => {
    expect([...yearsNamed('industrialisation from 1945 to 1956')]).toEqual([1945, 1946, 1947, 1948, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956]);
    expect([...yearsNamed('between 1982 and 1980, and in the 1960s')].sort()).toEqual([1960, 1961, 1962, 1963, 1964, 1965, 1966, 1967, 1968, 1969, 1980, 1981, 1982]);
    expect([...yearsNamed('in 1961 and 1987, 1,200 workers')]).toEqual([1961, 1987]);
    // A span written with a dash, its end with the century or without.
    expect([...yearsNamed('the 1950-53 war')].sort()).toEqual([1950, 1951, 1952, 1953]);
    expect([...yearsNamed('the 1945-1956 article')].sort()).toEqual([1945, 1946, 1947, 1948, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956]);
    expect([...yearsNamed('trade from 1980–1989')].sort()).toEqual(Array.from({ length: 10 }, (_, i) => 1980 + i));
    // "From … and …" names two years, not the years between them.
    expect([...yearsNamed('Which works are from 1961 and 1987?')]).toEqual([1961, 1987]);
    // A range may run between decades: from the first year of one to the last of the other.
    const span = (text: string) => [...yearsNamed(text)].sort((a, b) => a - b);
    expect(span('How did it change from the 1960s to the 1980s?')).toEqual(Array.from({ length: 30 }, (_, i) => 1960 + i));
    expect(span('between the 1970s and 1982')).toEqual(Array.from({ length: 13 }, (_, i) => 1970 + i));
    // Set side by side, the two ends are two times, not a range.
    const [sixties, eighties] = [1960, 1980].map((d) => Array.from({ length: 10 }, (_, i) => d + i));
    expect(span('How did it differ between the 1960s and the 1980s?')).toEqual([...sixties!, ...eighties!]);
    expect(span('the difference between 1961 and 1987')).toEqual([1961, 1987]);
    expect(span('How did it change between 1961 and 1963?')).toEqual([1961, 1962, 1963]);
    expect([...yearsNamed('THE LATE-1970S PLAN')]).toEqual([...yearsNamed('the late-1970s plan')]);
  });

  it('tells the times a text names apart where their years run on, a range being one time', () => {
    expect(timesApart('Did he talk about trade more in the 1980s or the 1970s?')).toEqual([1970, 1980]);
    expect(timesApart('in 1986 or 1987')).toEqual([1986, 1987]);
    expect(timesApart('from 1961 to 1970, and the 1950-53 war')).toEqual([1950, 1961]);
    expect(timesApart('the late 1970s and the early 1980s')).toEqual([1977, 1980]);
    expect(parseQuery('trade in the 1970s or the 1980s', new Set()).timesApart).toEqual([1970, 1980]);
  });

  it('reads chat shorthand for common words in full, in lower case and standing alone only', () => {
    expect(shorthandInFull('what did kim say abt aid pls')).toBe('what did kim say about aid please');
    expect(shorthandInFull('whn did he say smth b4 1970')).toBe('when did he say something before 1970');
    expect(shorthandInFull('tldr of the 1993 speech')).toBe('summary of the 1993 speech');
    expect(shorthandInFull('tl;dr of the 1993 speech')).toBe('summary of the 1993 speech');
    expect(shorthandInFull('what r the goals of the plan')).toBe('what are the goals of the plan');
    expect(shorthandInFull('self reliance def')).toBe('self reliance definition');
    expect(shorthandInFull('juche defn?')).toBe('juche definition?');
    // A letter standing alone in capitals, or in a name, is no shorthand.
    expect(shorthandInFull('Is R. Smith quoted? What is plan R? and r&d?')).toBe('Is R. Smith quoted? What is plan R? and r&d?');
    expect(shorthandInFull('quotes on trade w/ dates, w/o the article, b/c u said so')).toBe('quotes on trade with dates, without the article, because you said so');
    for (const kept of ['aid to the U.S.', 'u.s. aid', 'BC and Ur', 'the abt. text', "u'll", 'thumb']) expect(shorthandInFull(kept), kept).toBe(kept);
    expect(spelledOut('abt the 60s')).toBe('about the 1960s');
    // A clipped word: no typo of another ("intro" is no "into").
    expect(shorthandInFull('a quote for my intro')).toBe('a quote for my introduction');
    // Contractions typed without their apostrophe, but none that is a word of its own.
    expect(shorthandInFull('whats the oldest text, im asking bc i dont know')).toBe("what's the oldest text, I'm asking because i don't know");
    expect(shorthandInFull('Whats juche? Dont know')).toBe("What's juche? Don't know");
    for (const kept of ['its title', 'lets see', 'were there any', 'WHATS']) expect(shorthandInFull(kept), kept).toBe(kept);
  });

  it('reads a decade written without its century, after "the" or a word of time, or a year so written after a word of time, as of the 1900s', () => {
    expect(timesInFigures("in the 60s, the '80s, the late 70's, the sixties and the mid-Seventies")).toBe('in the 1960s, the 1980s, the late 1970s, the 1960s and the mid-1970s');
    for (const kept of ['in his sixties', 'the 60 workers', 'in 1961', 'the 1960s']) expect(timesInFigures(kept)).toBe(kept);
    // A length is no year: "a 2000-word essay", "1500 words".
    expect([...parseQuery('For a 2000-word essay of 1500 words, aid', new Set()).years]).toEqual([]);
    expect([...parseQuery('aid in 2000', new Set()).years]).toEqual([2000]);
    // After a word of time, without "the": "in 70s", "from 60s".
    expect(timesInFigures('foreign trade in 70s, aid from 60s')).toBe('foreign trade in 1970s, aid from 1960s');
    // Two decades joined, "the" said once or not at all: both decades.
    expect(timesInFigures('aid 60s vs 80s')).toBe('aid 1960s vs 1980s');
    expect(timesInFigures('in the sixties and eighties')).toBe('in the 1960s and 1980s');
    expect(timesInFigures("from the '60s to 80s")).toBe('from the 1960s to 1980s');
    // A year written so after a word of time or an article; not a quotation's mark.
    expect(timesInFigures("trade in '87, between ’61 and '93, the '74 talk")).toBe('trade in 1987, between 1961 and 1993, the 1974 talk');
    for (const kept of ["He said 'we must'", "rock 'n' roll", "in '3 words'"]) expect(timesInFigures(kept)).toBe(kept);
  });

  it('reads a part of a decade as its third of it, and a range of parts from decade to decade', () => {
    const span = (text: string) => [...yearsNamed(text)].sort((a, b) => a - b);
    expect(span('in the early 1980s')).toEqual([1980, 1981, 1982, 1983]);
    expect(span('in the mid-1970s and the mid 1960s')).toEqual([1964, 1965, 1966, 1974, 1975, 1976]);
    expect(span('the late-1970s plan')).toEqual([1977, 1978, 1979]);
    expect(span('at the end of the 1960s, at the beginning of the 1990s')).toEqual([1967, 1968, 1969, 1990, 1991, 1992, 1993]);
    expect(span('in the first half of the 1980s and the second half of the 1960s')).toEqual([1965, 1966, 1967, 1968, 1969, 1980, 1981, 1982, 1983, 1984]);
    expect(span('from the early 1960s to the late 1980s')).toEqual(Array.from({ length: 30 }, (_, i) => 1960 + i));
    // Not a part of a decade: a season of one is the decade.
    expect(span('in the summer of the 1980s')).toEqual(Array.from({ length: 10 }, (_, i) => 1980 + i));
  });
});

describe('months named with a year', () => {
  const months = (text: string) => [...monthsNamed(text)].map(([year, named]) => [year, [...named]]);
  it('reads a month with its year as a time, not as a word to look for', () => {
    expect(months('What did he say in June 1987?')).toEqual([[1987, [6]]]);
    expect(months('on 3 January 1987, on January 3, 1987, in June of 1987 and in Sept. 1974')).toEqual([
      [1987, [1, 6]],
      [1974, [9]],
    ]);
    expect(months('He may 1987 not have said it; in 1987 he did')).toEqual([[1987, [5]]]);
    // The day before the month is the date's, no word to look for: "the 8th of December 1993", "8th December 1993".
    expect(timesAsYears('on the 8th of December 1993 and on 8th December 1993')).toBe('on the 1993 and on 1993');
    expect(parseQuery('What did he say on the 8th of December 1993?', new Set()).tokens.map((t) => t.word)).toEqual([]);
    expect(months('in 1987, as he may have said')).toEqual([]);
    const q = parseQuery('What did he say about trade in June 1987?', new Set());
    expect(q.tokens.map((t) => t.word)).toEqual(['trade']);
    expect([...q.years]).toEqual([1987]);
    expect(parseQuery('What did he say about June?', new Set()).tokens.map((t) => t.word)).toEqual(['june']);
  });
  it('reads a part of a year or a season with its year as its months, not as words to look for', () => {
    expect(months('in early 1987, mid-1979 and at the end of 1993')).toEqual([
      [1987, [1, 2, 3, 4]],
      [1979, [5, 6, 7, 8]],
      [1993, [9, 10, 11, 12]],
    ]);
    expect(months('in the first half of 1987 and the latter half of 1993')).toEqual([
      [1987, [1, 2, 3, 4, 5, 6]],
      [1993, [7, 8, 9, 10, 11, 12]],
    ]);
    expect(months('in the summer of 1987, spring 1974, the fall of 1971 and the winter of 1961')).toEqual([
      [1987, [6, 7, 8]],
      [1974, [3, 4, 5]],
      [1971, [9, 10, 11]],
      [1961, [12, 1, 2]],
    ]);
    expect(parseQuery('What did he say about aid in the summer of 1987 and the early 1980s?', new Set()).tokens.map((t) => t.word)).toEqual(['aid']);
    expect(parseQuery('What did the late leader say about the summer harvest?', new Set()).tokens.map((t) => t.word)).toEqual(['late', 'leader', 'summer', 'harvest']);
    expect(timesAsYears('in June 1987, in the summer of 1987, in the early 1980s and mid-1979')).toBe('in 1987, in 1987, in the 1980s and 1979');
  });
  it('reads a kind of work named with a year, and keeps the year to the works of that kind when some are', () => {
    expect(kindsNamed('the 1987 talk, his speech of 1961, the June 1987 speech and 1993’s address')).toEqual([
      { years: [1987], kind: 'talk' },
      { years: [1961], kind: 'speech' },
      { years: [1987], kind: 'speech' },
      { years: [1993], kind: 'address' },
    ]);
    const the1980s = [1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989];
    expect(kindsNamed('his 1980s speeches, the addresses of the 1980s')).toEqual([
      { years: the1980s, kind: 'speech' },
      { years: the1980s, kind: 'address' },
    ]);
    // "those of …", "the … one(s)": the kind named before, with another time; nothing when no kind came before.
    const the1970s = the1980s.map((y) => y - 10);
    expect(kindsNamed('the interviews from the 1970s and those from the 1980s')).toEqual([
      { years: the1970s, kind: 'interview' },
      { years: the1980s, kind: 'interview' },
    ]);
    expect(kindsNamed('the 1974 talk and the 1978 one')).toEqual([
      { years: [1974], kind: 'talk' },
      { years: [1978], kind: 'talk' },
    ]);
    // A name or two between the year and the kind says which work of that time, and is no word to look for; words in
    // lower case there are ("the 1987 economic speech" asks about the economy).
    expect(kindsNamed('the 1961 speech and the 1987 South-South speech, his 1981 Ghana interview')).toEqual([
      { years: [1961], kind: 'speech' },
      { years: [1987], kind: 'speech' },
      { years: [1981], kind: 'interview' },
    ]);
    expect(parseQuery('Contrast the 1961 speech and the 1987 South-South speech on foreign aid', new Set(), { kinds: true }).tokens.map((t) => t.word)).toEqual(['contrast', 'foreign', 'aid']);
    expect(kindsNamed('the 1987 economic speech')).toEqual([]);
    // Typed as keywords, the kind first, before a topic or a time.
    for (const [q, kind] of [['interviews 1980s self reliance', 'interview'], ['speeches on trade', 'speech'], ['talks about oil', 'talk']] as const)
      expect(kindsNamed(q), q).toEqual([{ years: null, kind }]);
    for (const q of ['interviewing officials', 'speeches', 'talks with Japan']) expect(kindsNamed(q), q).toEqual([]);
    expect(kindsNamed('talks from the 1970s').map((k) => k.kind)).toEqual(['talk']);
    // Set against each other, both are named.
    expect(kindsNamed('How many speeches vs interviews are there?').map((k) => k.kind)).toEqual(['speech', 'interview']);
    expect(kindsNamed('What did those of 1987 say about the 1961 one-party rule?')).toEqual([]);
    const works = [
      { id: 'jan', title: 'Let us accelerate', occasion: 'Talk to Senior Officials', year: 1987, date: '1987-01-03' },
      { id: 'jun', title: 'Let us develop South-South cooperation', occasion: 'Congratulatory Speech', year: 1987, date: '1987-06-09' },
      { id: 'dec', title: 'On the direction', occasion: 'Concluding Speech', year: 1993, date: '1993-12-08' },
    ];
    const kept = (text: string) => works.filter(timeKept(works, parseQuery(text, new Set())).named).map((w) => w.id);
    expect(kept('in the 1987 talk')).toEqual(['jan']);
    expect(kept('in his 1987 speech and his 1993 speech')).toEqual(['jun', 'dec']);
    expect(kept('in the 1987 interview')).toEqual(['jan', 'jun']);
    expect(kept('in the January 1987 speech')).toEqual(['jan']);
    // A decade is kept to the kind as a whole: its other years hold none of that kind.
    expect(kept('in his 1980s speeches and his 1993 speech')).toEqual(['jun', 'dec']);
    expect(kept('in his speeches of the 1980s')).toEqual(['jun']);
    expect(kept('in his 1993 speech and the 1987 one')).toEqual(['jun', 'dec']);
    expect(kept('in his letters of the 1980s')).toEqual(['jan', 'jun']);
    // A kind by itself keeps the works asked about to that kind, of any year, when some are.
    const anyYear = (...kinds: string[]) => kinds.map((kind) => ({ years: null, kind }));
    expect(kindsNamed('in his speeches, the talks and these interviews; he talks; the speech; the speeches of 1987')).toEqual([
      { years: [1987], kind: 'speech' },
      ...anyYear('speech', 'talk', 'interview'),
    ]);
    // With no determiner after "in" or "from": speeches and interviews, not talks ("in talks with Peru"), unless they end the clause.
    expect(kindsNamed('aid in speeches only, quotes from interviews, in talks with Peru')).toEqual(anyYear('speech', 'interview'));
    expect(kindsNamed('only the ones from talks')).toEqual(anyYear('talk'));
    // Asked which of a kind ("Which interviews mention trade?"): those of the kind, as "his interviews" are.
    expect(kindsNamed('Which interviews mention trade? What speeches did he give?')).toEqual(anyYear('interview', 'speech'));
    // Or one of them: "Which interview mentions trade most?".
    expect(kindsNamed('Which interview mentions trade most? In what speech did he say it?')).toEqual(anyYear('interview', 'speech'));
    // One work of a kind, any of them: "from an interview", "in a speech" (not "in a talk with"); its word is no word to look for.
    expect(kindsNamed('a quote from an interview, aid in a speech, in a talk with Peru')).toEqual(anyYear('interview', 'speech'));
    expect(parseQuery('What did he say in an interview about trade?', new Set()).tokens.map((t) => t.word)).toEqual(['trade']);
    // A kind joined to one named so is named too: "his speeches and interviews", "in interviews or talks".
    expect(kindsNamed('Compare his speeches and interviews on aid')).toEqual(anyYear('speech', 'interview'));
    expect(kindsNamed('aid in interviews or talks')).toEqual(anyYear('interview', 'talk'));
    const asked = (text: string) => works.filter(timeKept(works, parseQuery(text, new Set())).asked).map((w) => w.id);
    expect(asked('aid in his speeches')).toEqual(['jun', 'dec']);
    expect(asked('aid in his talks and his speeches')).toEqual(['jan', 'jun', 'dec']);
    expect(asked('aid in his interviews')).toEqual(['jan', 'jun', 'dec']);
    expect(asked('aid in his speeches after 1990')).toEqual(['dec']);
    // A written interview is headed "Answers to questions …": it is an interview, and so said.
    expect(isOfKind({ title: 'Answers to questions raised by the Iraqi journalists' }, 'interview')).toBe(true);
    expect(isOfKind({ title: 'Talk to the director of a publishing house' }, 'interview')).toBe(false);
    expect(isOfKind({ title: 'An interview with a newspaper' }, 'interview')).toBe(true);
    // Words a question asks titles to hold, side by side.
    expect(isOfKind({ title: 'Let us accelerate … the revolutionary spirit of self-reliance' }, 'self-reliance')).toBe(true);
    expect(isOfKind({ title: 'On reliance on the self' }, 'self-reliance')).toBe(false);
    expect(ofKindSaid('interview').many).toBe(" that answer an interviewer's questions");
    expect(ofKindSaid('speech')).toEqual({ one: ' with “speech” in its title or occasion', many: ' with “speech” in their titles or occasions', none: 'has “speech” in its title or occasion' });
    // A kind named with its time, or each of a kind, is the works kept to, no word to look for ("talked" is no match for
    // "the 1987 talk" nor "each talk"), as "his speeches" is not.
    const words = (text: string) => parseQuery(text, new Set()).tokens.map((t) => t.word);
    expect(words('aid in the 1987 talk')).toEqual(['aid']);
    expect(words('aid in his speech of June 1987')).toEqual(['aid']);
    expect(words('What does each speech say about aid?')).toEqual(['aid']);
    expect(words('What did he say in that speech about aid?')).toEqual(['speech', 'aid']);
    expect(parseQuery('aid in the 1987 talk', new Set(), { kinds: false }).tokens.map((t) => t.word)).toEqual(['aid', 'talk']);
  });

  it('keeps a year to the months named with it that some work is from, and a year whose months none is from whole', () => {
    const dated = (date: string) => ({ id: date, title: 'T', year: Number(date.slice(0, 4)), date });
    const works = [dated('1987-01-03'), dated('1987-06-09'), dated('1993-12-08'), dated('1961-12-01')];
    const kept = (text: string) => works.filter(timeKept(works, parseQuery(text, new Set())).named).map((w) => w.date);
    expect(kept('in January 1987 and in 1993')).toEqual(['1987-01-03', '1993-12-08']);
    expect(kept('in June 1987 compared with January 1987')).toEqual(['1987-01-03', '1987-06-09']);
    expect(kept('in March 1987')).toEqual(['1987-01-03', '1987-06-09']);
    expect(kept('in 1987')).toEqual(['1987-01-03', '1987-06-09']);
  });
});

describe('absentNames', () => {
  const known = knownWordsOf(['ghana', 'juche', 'korea', 'china']);
  const nowhere = () => false;
  const unknown = (question: string) => absentNames(parseQuery(question, new Set()), known, englishWords(), nowhere).unknown;

  it('finds the names the corpus never uses, typed with capitals or not, and only those', () => {
    expect(unknown('What did he say about Deng Xiaoping’s market reforms in China?')).toEqual(['Deng Xiaoping']);
    expect(unknown('what did he say about deng xiaoping and the market reforms in china')).toEqual(['deng xiaoping']);
    expect(unknown('joint ventures with companies such as hyundai')).toEqual(['hyundai']);
    expect(unknown('What did he think of the Apollo moon landing?')).toEqual(['Apollo']);
    expect(unknown('what did he think of the apollo moon landing')).toEqual([]);
  });
  it('takes a long word one edit from a word for a typo, unless it is written with a capital', () => {
    expect(unknown('how did the industrilisation of korea change the concpets of juche')).toEqual([]);
    expect(unknown('what did he say about seoul')).toEqual([]);
    expect(unknown('What did he say about Seoul?')).toEqual(['Seoul']);
    expect(unknown('what did he say about jong')).toEqual(['jong']);
    // Not a typo of "bureaucratise": a word the texts never use.
    expect(unknown('what did he say about bureaucratism')).toEqual(['bureaucratism']);
    // Two letters in lower case are a slip or shorthand ("sy" for "say"), not a name; with a capital, they may be one.
    expect(unknown('what did he sy about juche')).toEqual([]);
    expect(unknown('What did he say about Xi?')).toEqual(['Xi']);
  });
  it('reads no capital as a name in a question in Title Case or all capitals, where every word has one', () => {
    expect(unknown('What Did He Say About The Apollo Moon Landing?')).toEqual([]);
    expect(unknown('WHAT DID HE SAY ABOUT THE APOLLO MOON LANDING?')).toEqual([]);
    expect(unknown('What Did He Say About Deng Xiaoping And China?')).toEqual(['Deng Xiaoping']);
    expect(unknown('What did he say about Korea and Apollo?')).toEqual(['Apollo']);
  });
  it('gives the forms the corpus uses of a name it does not use as typed, and only for names', () => {
    const forms = (q: string) => absentNames(parseQuery(q, new Set()), knownWordsOf(['japanese', 'yugoslav', 'work']), englishWords(), nowhere);
    expect(forms('What did he say about Japan and Yugoslavia?')).toEqual({ unknown: [], unknownTokens: [], otherForms: new Map([['japan', ['japanese']], ['yugoslavia', ['yugoslav']]]) });
    // "workforce" is an English word, not a name for "work".
    expect(forms('what about women in the workforce')).toEqual({ unknown: [], unknownTokens: [], otherForms: new Map() });
    // A shorter form that is a word of its own is another word; the name inflected is not.
    const words = knownWordsOf(['come', 'cast', 'socialist']);
    const read = (q: string) => absentNames(parseQuery(q, new Set()), words, englishWords(), nowhere);
    expect(read('Why did they refuse to join Comecon? Did he meet Castro?').unknown).toEqual(['Comecon', 'Castro']);
    expect(read('What did he say to the Socialists?').otherForms).toEqual(new Map([['socialists', ['socialist']]]));
    // "japan" in lower case is general English too, but the texts write its adjective: a name, typed in lower case.
    expect(englishWords().has('japan')).toBe(true);
    expect(forms('what did he say about japan')).toEqual({ unknown: [], unknownTokens: [], otherForms: new Map([['japan', ['japanese']]]) });
  });
  it('finds a name of several words the corpus uses each word of but does not write as the name', () => {
    const words = knownWordsOf(['united', 'nations', 'states', 'korea']);
    const writes = (name: readonly { word: string }[]) => name.map((t) => t.word).join(' ') === 'united states';
    const absent = (q: string) => absentNames(parseQuery(q, new Set()), words, englishWords(), writes).unknown;
    expect(absent('Did he speak of the United Nations or the United States?')).toEqual(['United Nations']);
    // A name with a word the texts never use is unwritten whole ("United Kingdom", not "Kingdom").
    expect(absent('Did he speak of the United Kingdom and the United Nations?')).toEqual(['United Kingdom', 'United Nations']);
    // Typed in lower case, the words are no name.
    expect(absent('did he speak of the united nations')).toEqual([]);
  });
  it('leaves ordinary English in any spelling, the corpus’s own words, months, contractions and numbers alone', () => {
    expect(unknown('how did the industrialisation of korea and the juche idea change the labour of workers')).toEqual([]);
    expect(unknown('what did the ghanaian newspaper ask in june, i’m wondering, about the 7th congress')).toEqual([]);
  });
});

describe('acronyms', () => {
  const spelledOut = (...texts: string[]) => {
    const counts: AcronymCounts = new Map();
    for (const t of texts) addSpelledOut(t, tokenize(t), counts);
    return recurringAcronyms(counts);
  };
  const text =
    'The Non-Aligned Movement met. Our Workers’ Party of Korea and the Democratic People’s Republic of Korea’s people. ' +
    'In Pyongyang, Kim Il Sung spoke once of the Great Leader.';

  it('takes the initials of runs of capitalised words, with of/the/and/for between them and no leading function word', () => {
    expect(new Map(spelledOut(text, text))).toEqual(
      new Map([
        ['nam', 'Non-Aligned Movement'],
        ['wpk', 'Workers’ Party of Korea'],
        ['dprk', 'Democratic People’s Republic of Korea'],
        ['kis', 'Kim Il Sung'],
        ['gl', 'Great Leader'],
      ]),
    );
  });
  it('keeps only the runs a corpus writes more than once', () => {
    expect(spelledOut(text, 'the Non-Aligned Movement')).toEqual([['nam', 'Non-Aligned Movement']]);
  });
  it('reads an acronym of the question as its words, unless the corpus uses the acronym itself', () => {
    const acronyms = new Map([['nam', 'Non-Aligned Movement'], ['dprk', 'Democratic People’s Republic of Korea'], ['cs', 'Concluding Speech'], ['ssc', 'South-South Cooperation'], ['sun', 'Second United Nations']]);
    const known = knownWordsOf(['dprk']);
    const english = new Map([['sun', 10]]);
    expect(expandAcronyms('What did the DPRK say about NAM and XYZ?', acronyms, known, english)).toEqual({
      text: 'What did the DPRK say about Non-Aligned Movement and XYZ?',
      corrections: [{ typed: 'NAM', read: 'Non-Aligned Movement' }],
    });
    // In lower case, three letters or more that are no English word: "nam", not "cs" nor "sun".
    expect(expandAcronyms('what about nam and ssc', acronyms, known, english).corrections).toEqual([
      { typed: 'nam', read: 'Non-Aligned Movement' },
      { typed: 'ssc', read: 'South-South Cooperation' },
    ]);
    expect(expandAcronyms('the cs and the sun, in the SUN', acronyms, known, english).corrections).toEqual([{ typed: 'SUN', read: 'Second United Nations' }]);
  });
  it('searches a name spelled out with the initials the texts write, unless the question writes them', () => {
    const writes = (initials: string) => initials === 'US';
    const names = (q: string) => parseQuery(q, new Set()).namePhrases;
    const q = 'Did the United States and the Soviet Union help?';
    expect(withInitials(q, names(q), writes)).toEqual({
      text: 'Did the United States or US and the Soviet Union help?',
      corrections: [{ typed: 'United States', read: 'United States or US' }],
      initials: ['US'],
    });
    // Two names, each with its own, in the question's order.
    expect(withInitials(q, names(q), (initials) => initials === 'US' || initials === 'SU')).toEqual({
      text: 'Did the United States or US and the Soviet Union or SU help?',
      corrections: [
        { typed: 'United States', read: 'United States or US' },
        { typed: 'Soviet Union', read: 'Soviet Union or SU' },
      ],
      initials: ['US', 'SU'],
    });
    const both = 'the United States (US) and trade';
    expect(withInitials(both, names(both), writes).corrections).toEqual([]);
  });
});

describe('correctSpelling', () => {
  const known = knownWordsOf(['industrialisation', 'industrialization', 'concepts', 'juche', 'seoul', 'trade', 'defence', 'syrian']);
  const vocabulary = {
    knownWords: known,
    englishWords: englishWords(),
    varietySpellings: varietySpellings(),
    // Terms as `stem` gives them: "industrialisation" and "industrialization" are one term.
    paragraphLexical: lexicalIndexOf([['industri', 'concept'], ['industri']]),
    sentenceLexical: lexicalIndexOf([['industri', 'concept'], ['industri']]),
  };
  const corrected = (question: string) => correctSpelling(question, parseQuery(question, new Set()).names, vocabulary).text;

  it('corrects a long misspelt word to the corpus word one edit away that most paragraphs use', () => {
    expect(corrected('how did industrilisation change the concpets of juche?')).toBe('how did industrialisation change the concepts of juche?');
    expect(corrected('industrialiation')).toBe('industrialisation');
    expect(correctSpelling('What about Industrilisation?', new Set(), vocabulary).corrections).toEqual([{ typed: 'Industrilisation', read: 'industrialisation' }]);
    expect(correctSpelling('trade and self-concpets', new Set(), vocabulary).corrections).toEqual([{ typed: 'self-concpets', read: 'self-concepts' }]);
  });
  it('reads a short part of a hyphenated word by the word its other parts are written beside', () => {
    const sentences = lexicalIndexOf([['self', 'relianc'], ['self', 'relianc', 'trade'], ['sell', 'trade']]);
    const compounds = { ...vocabulary, knownWords: knownWordsOf(['self', 'sell', 'reliance', 'trade']), paragraphLexical: sentences, sentenceLexical: sentences };
    expect(correctSpelling('sefl-reliance in 1987', new Set(), compounds).corrections).toEqual([{ typed: 'sefl-reliance', read: 'self-reliance' }]);
    // Standing alone, or beside words no sentence holds it with, it is as typed.
    for (const q of ['sefl and reliance', 'sefl-nothing']) expect(correctSpelling(q, new Set(), compounds).corrections, q).toEqual([]);
  });

  it('reads two corpus words typed as one as the two, not a capitalised name', () => {
    const joined = { ...vocabulary, knownWords: knownWordsOf(['self', 'reliance', 'trade', 'south']), paragraphLexical: lexicalIndexOf([['self', 'relianc'], ['self', 'relianc', 'trade'], ['south']]) };
    expect(correctSpelling('what is selfreliance', new Set(), joined).corrections).toEqual([{ typed: 'selfreliance', read: 'self reliance' }]);
    expect(correctSpelling('What about Selftrade?', new Set(['Selftrade']), joined).corrections).toEqual([]);
    // A word of English is no two words joined.
    expect(correctSpelling('southern trade', new Set(), joined).corrections).toEqual([]);
  });
  it('corrects a long misspelt word the corpus lacks to the commonest English word one edit away, and says so', () => {
    expect(corrected('give me a quotable defiintion of defeatism')).toBe('give me a quotable definition of defeatism');
    expect(correctSpelling('by what percnetage did it grow', new Set(), vocabulary).corrections).toEqual([{ typed: 'percnetage', read: 'percentage' }]);
    // "propel" and "people" are both one edit away; "people" is the commoner word.
    expect(corrected('what did he ask of the peopel')).toBe('what did he ask of the people');
  });

  it('reads a short word one letter from a question word, beginning as it does, as that word mistyped, not a name', () => {
    expect(correctSpelling('wich text talks about oil?', new Set(), vocabulary).corrections).toEqual([{ typed: 'wich', read: 'which' }]);
    expect(correctSpelling('whan did he say it', new Set(), vocabulary).corrections).toEqual([{ typed: 'whan', read: 'when' }]);
    // A name the texts lack stays as typed ("mao" is one letter from "may", no question word), as does a word of
    // English ("wen", one letter from "when").
    for (const typed of ['does kim mention mao', 'who is hua', 'when did he meet tito', 'what about cuba', 'wen did he say it']) expect(correctSpelling(typed, new Set(), vocabulary).corrections, typed).toEqual([]);
  });

  it('leaves a name typed in lower case as typed when the word it is nearest begins otherwise, or is rare', () => {
    const withBenin = { ...vocabulary, knownWords: knownWordsOf(['benin', 'angels', 'trade']), paragraphLexical: lexicalIndexOf([['benin'], ['angel']]) };
    // "benin" (a word of the texts) and "angels" begin otherwise; "linin" is in SCOWL's largest list only.
    for (const typed of ['does kim mention lenin', 'does kim mention engels']) expect(correctSpelling(typed, new Set(), withBenin).corrections, typed).toEqual([]);
    // A typo that keeps its first letter, or swaps its first two, is read.
    const trade = { ...withBenin, paragraphLexical: lexicalIndexOf([['trade']]) };
    for (const typed of ['trdae', 'rtade']) expect(correctSpelling(`what about ${typed}?`, new Set(), trade).corrections, typed).toEqual([{ typed, read: 'trade' }]);
  });

  it('reads a capitalised word at the start only as a word the passages use: a name, not a title\'s word or another English one', () => {
    // "syrian" is a title's word only (no paragraph holds it), "cairn" an English word the corpus lacks; typed in
    // lower case, either may be a typo.
    for (const [typed, read] of [
      ['Industrilisation?', 'industrialisation?'],
      ['Syria?', 'Syria?'],
      ['Cairo?', 'Cairo?'],
      ['syria?', 'syrian?'],
      ['cairo?', 'cairn?'],
    ] as const)
      expect(corrected(typed), typed).toBe(read);
  });

  it("reads a word spelled as one variety of English spells it as the corpus spells it in another, and no other word so", () => {
    expect(correctSpelling('What did he say about defense?', new Set(), vocabulary).corrections).toEqual([{ typed: 'defense', read: 'defence' }]);
    // "offense" is American too, but the corpus has no "offence": as typed. "grade" is no variety's spelling of "trade".
    expect(corrected('offense and grades')).toBe('offense and grades');
    // "labor" and "labour" are one term already: nothing to read otherwise.
    expect(correctSpelling('labor', new Set(), { ...vocabulary, knownWords: knownWordsOf(['labour']) }).corrections).toEqual([]);
    // Nor an English word whose stem the passages hold: "industrialize" is searched as "industri", which finds "industrialized".
    const inflected = { ...vocabulary, knownWords: knownWordsOf(['industrialized']), paragraphLexical: lexicalIndexOf([['industri']]) };
    expect(correctSpelling('Could small countries industrialize?', new Set(), inflected).corrections).toEqual([]);
  });

  it('leaves words, short words, and names written with a capital as typed', () => {
    expect(corrected('what did he say about trde and the industrial concepts')).toBe('what did he say about trde and the industrial concepts');
    expect(corrected('What did he say about Seuol?')).toBe('What did he say about Seuol?');
    expect(corrected('what did he say about seuol')).toBe('what did he say about seoul');
    expect(corrected('What Did He Say About The Concpets?')).toBe('What Did He Say About The concepts?');
  });

  it('leaves a doctrine or its followers named after a word as typed, though the word lists lack it', () => {
    // "bureaucratise" is one letter away, but "bureaucratism" is "bureaucrat" + "ism".
    expect(corrected('what did he say about bureaucratism and sycophantists')).toBe('what did he say about bureaucratism and sycophantists');
    // A typo of one is still read as the word.
    expect(corrected('what about natinalism')).toBe('what about nationalism');
  });
});

describe('abstainReason', () => {
  const options = { ...DEFAULT_RANKING.abstain, minSimilarity: 0.5, minCoverage: 0.3, strongSimilarity: 0.8 };
  const scope = { notEnglish: false, topic: 'words' as const, namesKnown: true, yearsCovered: true };
  const best = (similarity: number, coverage: number, quantitySupported = true) => ({ similarity, coverage, quantitySupported });

  it('answers when the best passage is close in meaning and shares words, or is very close alone', () => {
    expect(abstainReason(best(0.6, 0.4), scope, options)).toBeNull();
    expect(abstainReason(best(0.85, 0), scope, options)).toBeNull();
  });
  it('abstains when the best passage is neither', () => {
    expect(abstainReason(best(0.6, 0.1), scope, options)).toBe('off-topic');
    expect(abstainReason(best(0.4, 0.9), scope, options)).toBe('off-topic');
    expect(abstainReason(undefined, scope, options)).toBe('no-passage');
  });
  it('abstains on a name or year the corpus never mentions, and on a count with no number, each rule switchable', () => {
    expect(abstainReason(best(0.9, 1), { ...scope, topic: 'none' }, options)).toBe('no-topic');
    // Only years: the passages of those years answer, however far the bare question is from them.
    expect(abstainReason(best(0.4, 0), { ...scope, topic: 'years' }, options)).toBeNull();
    expect(abstainReason(best(0.4, 0), { ...scope, topic: 'years', yearsCovered: false }, options)).toBe('year-not-covered');
    expect(abstainReason(best(0.9, 1), { ...scope, namesKnown: false }, options)).toBe('unknown-name');
    expect(abstainReason(best(0.9, 1), { ...scope, namesKnown: false }, { ...options, unknownName: false })).toBeNull();
    expect(abstainReason(best(0.9, 1), { ...scope, yearsCovered: false }, options)).toBe('year-not-covered');
    expect(abstainReason(best(0.9, 1, false), scope, options)).toBe('no-quantity');
    expect(abstainReason(best(0.9, 1, false), scope, { ...options, quantity: false })).toBeNull();
  });
  it('abstains on a question written in another script than the texts’, however close its best passage', () => {
    expect(abstainReason(best(0.9, 1), { ...scope, notEnglish: true }, options)).toBe('not-english');
  });
});

describe('quantitySupported', () => {
  const supported = (question: string, quote: string) => quantitySupported(parseQuery(question, new Set()))(quote);

  it('asks a question for a count or a share for a figure; "how much" and other questions for none', () => {
    for (const q of ['How many tanks were sent?', 'By what percentage did output grow?', 'what proportion of the budget went to defence', 'Which fraction was imported?'])
      expect(supported(q, 'Output grew steadily.'), q).toBe(false);
    for (const q of ['How much did he stress self-reliance?', 'What did he say about output?']) expect(supported(q, 'Output grew steadily.'), q).toBe(true);
  });
  it('takes a number the question does not itself name as the figure', () => {
    expect(supported('How many tanks were sent?', 'Some 1,200 tanks were sent.')).toBe(true);
    expect(supported('How many tanks were sent?', 'Three hundred tanks were sent.')).toBe(true);
    expect(supported('By what percentage did output grow during the Third Seven-Year Plan?', 'The tasks of the Third Seven-Year Plan are ambitious.')).toBe(false);
    expect(supported('How many factories were built by 1961?', 'By 1961 many factories had been built.')).toBe(false);
  });
  it('takes no year or decade, nor "one", for the figure: they say when, or stand for a thing', () => {
    expect(supported('How many tanks were sent?', 'With the formation of the socialist bloc in the 1950s, tanks were sent.')).toBe(false);
    expect(supported('How many tanks were sent?', 'In 1956 tanks were sent.')).toBe(false);
    expect(supported('How many factories were built?', 'It would be difficult to build with one’s own resources in the one country.')).toBe(false);
    expect(supported('How many factories were built?', 'Two factories were built.')).toBe(true);
  });
});

describe('notInEnglish', () => {
  const english = new Set('what did he say about foreign aid the and deng mao in his speeches trade'.split(' '));
  const isWord = (w: string) => english.has(w);
  it.each(['¿Qué dijo sobre la ayuda extranjera?', "Qu'a-t-il dit sur l'indépendance économique?", '자력갱생이란 무엇인가?'])('reads %s as another language', (text) => {
    expect(notInEnglish(text, isWord)).toBe(true);
  });
  // Names are capitalised in any language; a few unknown words among English ones are typos or terms.
  it.each(['What did he say about foreign aid?', 'Deng Xiaoping and Mao?', 'what did he say abut trade in his speeches', 'Juche?'])('reads %s as English', (text) => {
    expect(notInEnglish(text, isWord)).toBe(false);
  });
});

describe('inAnotherScript', () => {
  it.each(['자력갱생이란 무엇인가?', 'Что такое чучхе?', '自力更生是什么？', 'Juche 사상이란 무엇인가?'])('reads %s as another script', (text) => {
    expect(inAnotherScript(text)).toBe(true);
  });
  it.each(['What is Juche?', 'Qu’est-ce que le Juche ?', 'Was sagte er über den Außenhandel?', '1987', 'Chollima (천리마)?'])('reads %s as Latin', (text) => {
    expect(inAnotherScript(text)).toBe(false);
  });
});
