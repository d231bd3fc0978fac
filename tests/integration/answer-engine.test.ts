/** The answer engine on the real corpus and the real embedded model: fidelity, modes, compare, abstention, follow-ups. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerChunks, conversationInput, type ConversationMessage } from '../../server/answer/chat.ts';
import { describeDates, formatDate, formatPages, inWords, NO_PAGES, occasionAndPlace, plainTitle, plural, quotePages } from '../../server/answer/format.ts';
import { formatCitation, inBibliographyOrder, mla, SOURCES_HEADING, toMarkdown, workCiteSource } from '../../web/src/features/citations/formats.ts';
import { BEYOND_LINES, DEFAULT_ANSWER_OPTIONS, HELP_LINES, NONE_SHORTER, noneQuotedLine, noneUnder, NO_MORE_LINE, NOTEBOOK_LINE, NO_OTHER_WORK_LINE, SMALL_TALK_LINE, SOURCE_KIND_LINE } from '../../server/answer/extractive.ts';
import { NAME_THE_PART_LINE, NAME_THE_WORK_LINE, NAME_THE_WORK_MEASURED_LINE, NAME_THE_WORK_TITLED_LINE, NO_DRAFTER_LINE, NO_EDITOR_LINE, NO_MORE_WORKS_LINE, NO_ORIGINAL_LANGUAGE_LINE, NO_TRANSLATOR_LINE, NOTHING_CITED_LINE } from '../../server/answer/about-works.ts';
import { NOT_EXPLAINED, NOTHING_BESIDE_LINES, NOTHING_TO_ORDER, VERBATIM_LINE } from '../../server/answer/quotes-before.ts';
import { NO_QUESTIONS_LINE, NO_REPLY_LINE } from '../../server/answer/interviewers.ts';
import { checkQuote } from '../../server/answer/verbatim.ts';
import { careerHalvesAsYears, monthsAsDates, titleYearsChecked, workBoundsAsYears, yearsFromOthers } from '../../server/answer/relative-time.ts';
import { AnswerResponse, authorWithAffiliation, type Citation } from '../../server/contract.ts';
import { StartupError } from '../../server/errors.ts';
import type { Work } from '../../server/corpus/types.ts';
import { createDeps, type Deps } from '../../server/deps.ts';
import { sentenceSpans, STOPWORDS, tokenize, wordCount } from '../../server/retrieval/text.ts';
import { isOfKind, KINDS_BY_NAME } from '../../server/retrieval/query.ts';
import { corpusAuthors, primaryAuthor } from '../../server/retrieval/authors.ts';
import { realDeps, tempDir, testConfig } from '../support/deps.ts';

let deps: Deps;
let remove: () => void;

beforeAll(async () => {
  ({ deps, remove } = await realDeps());
});
afterAll(() => remove());

const ask = (question: string, mode: 'auto' | 'compare' = 'auto') => deps.answerer.answer({ question, filters: {}, mode });
/** The paragraphs of Kim Il Sung's works: what a question of what "he" said is kept to. */
/** A conversation's messages from its turns' texts, the user's first: `turns('What is Juche?', '…', 'Shorter please')`. */
const turns = (...texts: string[]): ConversationMessage[] => texts.map((text, i) => ({ role: i % 2 ? 'assistant' : 'user', parts: [{ type: 'text', text }] }));
const hisParagraphs = () => deps.corpus.paragraphs.filter((p) => deps.corpus.works.find((w) => w.id === p.workId)!.author === 'Kim Il Sung');

/**
 * Every citation a span of its paragraph (the one verbatim check), with its work's title and date; [n] ↔ citations
 * one to one; the structure holds the same quotes, in the same order, as the Markdown.
 */
function expectGrounded(res: AnswerResponse) {
  expect(AnswerResponse.parse(res)).toEqual(res);
  const markers = [...res.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  expect(markers).toEqual(res.citations.map((c) => c.n));
  const items = res.structure.groups.flatMap((g) => g.items);
  expect(items.map((i) => i.n)).toEqual(res.citations.map((c) => c.n));
  for (const c of res.citations) {
    const paragraph = deps.corpus.paragraphs.find((p) => p.id === c.passageId)!;
    expect(checkQuote(c.quote, paragraph.text, c.spans), `quote [${c.n}] of "${res.question}"`).toEqual({ ok: true, spans: c.spans });
    expect(items[c.n - 1]!.spans).toEqual(c.spans);
    const work = deps.corpus.works.find((w) => w.id === c.workId)!;
    expect({ title: c.title, date: c.date, year: c.year }).toEqual({ title: work.title, date: work.date, year: work.year });
    expect(paragraph.workId).toBe(c.workId);
    expect([c.page, c.pageEnd]).toEqual([paragraph.page, paragraph.pageEnd]);
    expect(res.answer).toContain(`> ${c.quote} [${c.n}]`);
  }
  // A work by another author than the collection's main one is headed with its author: its words are not his.
  for (const g of res.structure.groups) {
    if (g.kind !== 'work') continue;
    const { author } = deps.corpus.works.find((w) => w.id === g.work.id)!;
    expect(g.work.otherAuthor).toBe(author === 'Kim Il Sung' ? undefined : author);
  }
}

describe('answers on the real corpus', () => {
  it('quotes a sentence that crosses a page break whole, and cites both pages', async () => {
    const res = await ask("What does the paper identify North Korea's industrialization as?");
    expectGrounded(res);
    const crossing = res.citations.find((c) => c.quote.includes('identifies North Korea’s industrialization'))!;
    expect(crossing).toMatchObject({ page: 179, pageEnd: 180 });
    expect(crossing.quote).not.toContain('…');
  });

  it.each(['How did Kim Il Sung speak of foreign aid over the years?', 'Give me a timeline of his statements on foreign aid'])(
    'compares foreign aid across the years: one quote per work, in date order, every year named in the lead: %s',
    async (question) => {
      const res = await ask(question);
      expectGrounded(res);
      expect(res.mode).toBe('compare');
      const cited = (kind: 'work' | 'related') => res.structure.groups.flatMap((g) => (g.kind === kind ? g.items.map((i) => res.citations[i.n - 1]!) : []));
      const [byWork, related] = [cited('work'), cited('related')];
      for (const list of [byWork, related]) {
        const dates = list.map((c) => c.date ?? '9999');
        expect(dates).toEqual([...dates].sort());
      }
      expect(new Set(res.citations.map((c) => c.workId)).size).toBe(res.citations.length);
      const years = [...new Set(byWork.map((c) => c.year))];
      expect(years.length).toBeGreaterThanOrEqual(3);
      for (const year of years) expect(res.answer.split('\n')[0]).toContain(String(year ?? 'undated'));
      // One heading per work, naming the citation's year and title.
      for (const c of byWork) expect(res.answer).toContain(`**${c.year ?? 'Undated'}** · *${c.title}*\n> ${c.quote} [${c.n}]`);
      // The chart counts the same works' years as the answer quotes under their works, no others.
      expect(res.yearCounts!.map((y) => y.year)).toEqual(years);
    },
  );

  it('charts, for a comparison close in meaning alone, the passages it shows, not every passage of their works', async () => {
    expect(deps.corpus.paragraphs.some((p) => /revisionis/i.test(p.text))).toBe(false);
    const res = await deps.answerer.answer({ question: 'revisionism', filters: {}, mode: 'compare' });
    expectGrounded(res);
    expect(res.answer.split('\n')[0]).toMatch(/^None of these passages uses the question's words; /);
    expect(res.yearCounts!.reduce((sum, y) => sum + y.count, 0)).toBe(res.citations.length);
  });

  it('quotes what a passage says after the sentence that restates the question, not the restatement alone', async () => {
    const res = await ask('How did they make iron when the country had no coking coal?');
    expectGrounded(res);
    const cited = res.citations.find((c) => c.quote.includes('Coking coal is not produced in our country'));
    expect(cited?.quote).toContain('But our scientists succeeded in producing iron using anthracite');
  });

  it('compares when asked to, even without comparison words', async () => {
    const res = await ask('What did Kim Il Sung say about machine tools?', 'compare');
    expectGrounded(res);
    expect(res.mode).toBe('compare');
    expect(new Set(res.citations.map((c) => c.workId)).size).toBe(res.citations.length);
  });

  it('sets one time against the others: every year, or those before or after it, not that year alone', async () => {
    const yearsOf = (res: { citations: { year: number | null }[] }) => [...new Set(res.citations.map((c) => c.year))];
    for (const q of ['Compare his views on aid with 1987', 'What did he say about aid in 1987 compared to other years?']) {
      const res = await ask(q);
      expectGrounded(res);
      expect(res.mode, q).toBe('compare');
      expect(yearsOf(res), q).toContain(1987);
      expect(yearsOf(res).length, q).toBeGreaterThan(2);
    }
    const earlier = await ask('How did his 1987 view of aid compare with his earlier ones?');
    expect(yearsOf(earlier)).toContain(1987);
    expect(yearsOf(earlier).length).toBeGreaterThan(1);
    expect(yearsOf(earlier).every((y) => y !== null && y <= 1987)).toBe(true);
    const later = await ask('Compare his 1961 speech on aid with later works');
    expect(yearsOf(later)).toContain(1961);
    expect(yearsOf(later).length).toBeGreaterThan(1);
  });

  it('asks a topic of all the works of a year, though one title holds its words ("the two 1987 works on self-reliance")', async () => {
    const of1987 = deps.corpus.works.filter((w) => w.year === 1987);
    expect(of1987.length).toBe(2);
    expect(of1987.filter((w) => /self-reliance/i.test(w.title))).toHaveLength(1);
    const res = await ask('Compare the two 1987 works on self-reliance');
    expectGrounded(res);
    expect(res.mode).toBe('compare');
    expect(new Set(res.citations.map((c) => c.workId))).toEqual(new Set(of1987.map((w) => w.id)));
    for (const c of res.citations) expect(c.quote).toMatch(/self-reliance/i);
  });

  it('quotes the passages that hold both things "both … and" joins, and says when none does', async () => {
    const holdsBoth = (c: { passageId: string }, a: RegExp, b: RegExp) => {
      const text = deps.corpus.paragraphs.find((p) => p.id === c.passageId)!.text;
      return a.test(text) && b.test(text);
    };
    const found = await ask('What did he say about both Juche and nationalism?');
    expectGrounded(found);
    expect(found.citations.length).toBeGreaterThan(0);
    expect(found.citations.every((c) => holdsBoth(c, /juche/i, /nationalism/i))).toBe(true);
    expect(found.answer).toMatch(new RegExp(`^${found.citations.length} passages? found holds? both “Juche” and “nationalism”\\. `));
    // Asked which passages: every one that holds both, counted.
    const which = await ask('Which passages mention both Juche and nationalism?');
    expect(which.citations.map((c) => c.passageId).sort()).toEqual(hisParagraphs().filter((p) => /juche/i.test(p.text) && /nationalism/i.test(p.text)).map((p) => p.id).sort());
    expect(which.answer.split('\n')[0]).toMatch(/; the (?:\d+ )?passages? that holds? both(?:, in date order)?:$/);
    // Counted over every text: the passages that hold both, or that none does.
    const both = hisParagraphs().filter((p) => /vinalon/i.test(p.text) && /juche/i.test(p.text));
    expect(both.length).toBeGreaterThan(0);
    const counted = await ask('Did he mention both vinalon and Juche?');
    expectGrounded(counted);
    expect(counted.citations.map((c) => c.passageId).sort()).toEqual(both.map((p) => p.id).sort());
    expect(counted.answer.split('\n')[0]).toMatch(/; the (?:\d+ )?passages? that holds? both(?:, in date order)?:$/);
    expect(hisParagraphs().some((p) => /\boil\b/i.test(p.text) && /\bAfrica/.test(p.text))).toBe(false);
    expect((await ask('Did he mention both oil and Africa?')).answer.split('\n')[0]).toMatch(/; no passage holds both(?:, but \d+ works? does?)?[^;]*; the passages that hold any of them/);
    // No passage holding both, the works that do are named: each has a passage with one and a passage with the other.
    const holds = (pattern: RegExp) => new Set(deps.corpus.paragraphs.filter((p) => pattern.test(p.text)).map((p) => p.workId));
    const [trade, aid] = [holds(/\btrade\b/i), holds(/\baid\b/i)];
    expect(deps.corpus.paragraphs.some((p) => /\btrade\b/i.test(p.text) && /\baid\b/i.test(p.text))).toBe(false);
    const bothWorks = deps.corpus.works.filter((w) => trade.has(w.id) && aid.has(w.id));
    expect(bothWorks.length).toBeGreaterThan(1);
    const apart = await ask('Which works mention both trade and aid?');
    const years = bothWorks.map((w) => w.year!).sort((a, b) => a - b);
    expect(apart.answer.split('\n')[0]).toContain(`; no passage holds both, but ${bothWorks.length} works do (${years.slice(0, -1).join(', ')} and ${years.at(-1)}); `);
  });

  it('sets two authors named side by side: the works of both, not the scholar’s alone', async () => {
    const scholar = deps.corpus.works.find((w) => w.author !== 'Kim Il Sung')!;
    const res = await ask(`Compare ${scholar.author} and Kim Il Sung on heavy industry`);
    expectGrounded(res);
    expect(res.mode).toBe('compare');
    const authors = (r: AnswerResponse) => new Set(r.citations.map((c) => deps.corpus.works.find((w) => w.id === c.workId)!.author));
    expect(authors(res)).toEqual(new Set([scholar.author, 'Kim Il Sung']));
    // Joined by "and" with no word of comparison, both are asked about too.
    const joined = await ask(`What did ${scholar.author} and Kim Il Sung say about heavy industry?`);
    expectGrounded(joined);
    expect(authors(joined)).toEqual(new Set([scholar.author, 'Kim Il Sung']));
    // Each is quoted, though the scholar's passage ranks below the floor the other's set (in the 40s of the ranking).
    const agree = await ask(`Does ${scholar.author} agree with Kim Il Sung about self-reliance?`);
    expectGrounded(agree);
    expect(agree.citations.length).toBeLessThanOrEqual(DEFAULT_ANSWER_OPTIONS.maxQuotes);
    expect(authors(agree)).toEqual(new Set([scholar.author, 'Kim Il Sung']));
    expect(agree.citations.every((c) => /self-relian/i.test(c.quote))).toBe(true);
    // A passage of the scholar's that does not hold the question's words is not brought in.
    expect(authors(await ask(`Does ${scholar.author} agree with Kim Il Sung about rice?`))).toEqual(new Set(['Kim Il Sung']));
  });

  it('reads "the Yugoslav paper" as the newspaper the work answers, not the scholarly paper', async () => {
    const yugoslav = deps.corpus.works.find((w) => w.year === 1986 && /Yugoslav/.test(w.title))!;
    const res = await ask('What did he say in 1986 to the Yugoslav paper?');
    expectGrounded(res);
    expect(res.citations.length).toBeGreaterThan(0);
    expect(new Set(res.citations.map((c) => c.workId))).toEqual(new Set([yugoslav.id]));
  });

  it('keeps a question naming an author by one word of the name ("Kim") to that author’s works', async () => {
    const question = 'Did Kim ever criticise the Soviet Union?';
    const authorsOf = (res: AnswerResponse) => new Set(res.citations.map((c) => deps.corpus.works.find((w) => w.id === c.workId)!.author));
    const kim = await ask(question);
    expectGrounded(kim);
    expect(kim.citations.length).toBeGreaterThan(0);
    expect(authorsOf(kim)).toEqual(new Set(['Kim Il Sung']));
    // The scholar's abstract speaks of the Soviet Union: a question naming no author may quote it.
    expect(authorsOf(await ask(question.replace('Kim', 'anyone')))).toContain('Zhang Chao');
    // Typed all in lower case, "kim" names him as "Kim" does.
    for (const lower of ['what did kim say about the soviets', 'did kim ever criticise the soviet union']) expect(authorsOf(await ask(lower)), lower).toEqual(new Set(['Kim Il Sung']));
  });

  it('answers what tells two things apart with the passages that address them, not a comparison of every year', async () => {
    const res = await ask('How does self-reliance differ from nationalism?');
    expectGrounded(res);
    expect(res.mode).toBe('answer');
    expect(res.citations[0]!.quote).toMatch(/self-reliance/i);
    expect(res.citations[0]!.quote).toMatch(/nationalism/i);
    // A time to set side by side keeps it a comparison.
    expect((await ask('How does his view of self-reliance in the 1960s differ from the 1980s?')).mode).toBe('compare');
  });

  it('answers how two things are related with the passages that speak of both first', async () => {
    const holds = (c: { passageId: string }, word: RegExp) => word.test(deps.corpus.paragraphs.find((p) => p.id === c.passageId)!.text);
    for (const [question, first, second] of [
      ['What is the link between self-reliance and defence?', /self-relian/i, /defen[cs]e/i],
      ['How did self-reliance relate to defence?', /self-relian/i, /defen[cs]e/i],
      ['What is the relationship between the economy and defence?', /econom/i, /defen[cs]e/i],
    ] as const) {
      const res = await ask(question);
      expectGrounded(res);
      expect(res.citations.length, question).toBeGreaterThan(1);
      expect(res.citations.every((c) => holds(c, first) && holds(c, second)), question).toBe(true);
    }
  });

  it('answers a comparison pinned to one work as an answer, not a comparison of one', async () => {
    const abstract = deps.corpus.works.find((w) => w.date === null)!;
    const res = await deps.answerer.answer({ question: 'How did industrialization change over the years?', filters: { work: abstract.id }, mode: 'compare' });
    expectGrounded(res);
    expect(res.mode).toBe('answer');
    expect(res.citations.every((c) => c.workId === abstract.id)).toBe(true);
  });

  it('compares a topic a title\'s words name when the comparison is chosen, and sums up a work named as one', async () => {
    const southSouth = deps.corpus.works.find((w) => /South-South/.test(w.title))!;
    const topic = await deps.answerer.answer({ question: 'South-South cooperation', filters: {}, mode: 'compare' });
    expectGrounded(topic);
    expect(topic.mode).toBe('compare');
    expect(topic.citations.every((c) => c.workId === southSouth.id)).toBe(true);
    const named = await deps.answerer.answer({ question: 'Summarise the 1987 speech', filters: {}, mode: 'compare' });
    expect(named.answer).toMatch(/^From \*Let us develop South-South cooperation\*/);
  });

  it('answers a broad question with its time said before the topic as with it said after', async () => {
    const after = await ask('What did he say about foreign aid before 1970?');
    const before = await ask('What did he say before 1970 about foreign aid?');
    expectGrounded(before);
    expect(before.citations.length).toBeGreaterThan(DEFAULT_ANSWER_OPTIONS.maxQuotes);
    expect(before.answer).toBe(after.answer);
  });

  it.each(['What did Kim Il Sung say about foreign aid?', 'all the quotes on foreign aid'])('answers a broad question with every passage that addresses it, up to six, grouped by work in date order: %s', async (question) => {
    const res = await ask(question);
    expectGrounded(res);
    expect(res.mode).toBe('answer');
    expect(res.citations.length).toBeGreaterThan(3);
    expect(res.citations.length).toBeLessThanOrEqual(6);
    const groups = res.structure.groups.flatMap((g) => (g.kind === 'work' ? [g.work] : []));
    expect(new Set(groups.map((w) => w.id)).size).toBe(groups.length);
    const dates = groups.map((w) => w.date ?? '9999');
    expect(dates).toEqual([...dates].sort());
  });

  it('shows apart, after the works that use it, the passages of a one-word answer close to it in meaning alone', async () => {
    const res = await ask('What did he say about trust?');
    expectGrounded(res);
    const usesTrust = (n: number) => {
      const c = res.citations[n - 1]!;
      const work = deps.corpus.works.find((w) => w.id === c.workId)!;
      const text = `${deps.corpus.paragraphs.find((p) => p.id === c.passageId)!.text} ${work.title} ${work.occasion ?? ''}`;
      return tokenize(text).some((t) => t.term === 'trust');
    };
    const [inWords, related] = [res.structure.groups.filter((g) => g.kind === 'work'), res.structure.groups.filter((g) => g.kind === 'related')];
    expect(res.structure.groups.map((g) => g.kind)).toEqual([...inWords.map(() => 'work'), 'related']);
    expect(inWords.flatMap((g) => g.items).every((i) => usesTrust(i.n))).toBe(true);
    expect(related[0]!.items.some((i) => usesTrust(i.n))).toBe(false);
    expect(res.answer).toContain("**Close in meaning, though not in the question's words:**");
  });

  it('holds a pair the texts write side by side with one word between that qualifies the second ("developed capitalist countries")', async () => {
    const res = await ask('What did he say about the developed countries?');
    expectGrounded(res);
    const inWords = new Set(res.structure.groups.flatMap((g) => (g.kind === 'work' ? g.items.map((i) => i.n) : [])));
    const paragraphOf = (n: number) => deps.corpus.paragraphs.find((p) => p.id === res.citations[n - 1]!.passageId)!.text;
    const capitalist = res.citations.find((c) => /developed capitalist countries/.test(paragraphOf(c.n)));
    expect(capitalist).toBeDefined();
    expect(inWords.has(capitalist!.n)).toBe(true);
    // Two words or more between are still no pair: "developed" alone does not hold "countries".
    for (const n of inWords) expect(paragraphOf(n)).toMatch(/\bdeveloped(?:\s+[\p{L}-]+)?\s+countries\b/u);
  });

  it('reads chat shorthand as the words in full ("abt", "pls"), not as names the sources do not hold', async () => {
    for (const question of ['what did kim say abt foreign aid', 'kim il sung on foreign aid pls']) {
      const res = await ask(question);
      expectGrounded(res);
      expect(res.mode, question).toBe('answer');
      expect(res.citations.some((c) => /\baid\b/.test(c.quote)), question).toBe(true);
    }
  });

  it('answers what the interviewers asked with the questions the works print as theirs, whole, of the work or year named', async () => {
    const asked = deps.corpus.paragraphs.filter((p) => p.speaker === 'interviewer');
    expect(asked.length).toBeGreaterThan(1);
    const all = await ask('What did the interviewers ask him?');
    expectGrounded(all);
    expect(all.answer.split('\n')[0]).toMatch(new RegExp(`^The interviewers' questions the collection prints: ${asked.length} passages from \\d+ works \\(`));
    expect(all.citations.map((c) => c.passageId).sort()).toEqual(asked.map((p) => p.id).sort());
    // Whole, but for the speaker's label, which is layout.
    for (const c of all.citations) expect(c.quote).toBe(asked.find((p) => p.id === c.passageId)!.text.replace(/^Question:\s+/, ''));
    expect(all.citations.some((c) => asked.find((p) => p.id === c.passageId)!.text.startsWith('Question:'))).toBe(true);
    const iraqi = deps.corpus.works.find((w) => /Iraqi/.test(w.title))!;
    const theirs = await ask('What questions did the Iraqi journalists ask?');
    expect(theirs.citations.map((c) => c.passageId).sort()).toEqual(asked.filter((p) => p.workId === iraqi.id).map((p) => p.id).sort());
    expect(deps.corpus.works.filter((w) => w.year === 1961).some((w) => asked.some((p) => p.workId === w.id))).toBe(false);
    expect((await ask('What was he asked in 1961?')).answer).toBe(NO_QUESTIONS_LINE);
    // Whoever the work names as asking: "What did the Ghana Times ask?", of a work that prints none of its questions.
    const ghana = deps.corpus.works.find((w) => /Ghana/.test(w.title))!;
    expect(asked.some((p) => p.workId === ghana.id)).toBe(false);
    expect((await ask('What did the Ghana Times ask?')).answer).toBe(NO_QUESTIONS_LINE);
    const syrian = deps.corpus.works.find((w) => /Syrian/.test(w.title))!;
    expect((await ask('What did the Syrian magazine Jeich al Shaab want to know?')).citations.map((c) => c.passageId).sort()).toEqual(asked.filter((p) => p.workId === syrian.id).map((p) => p.id).sort());
  });

  it('keeps a comparison to both kinds of work it names ("his speeches and interviews"), not the first alone', async () => {
    const res = await ask('Compare his speeches and interviews on self-reliance');
    expectGrounded(res);
    const kinds = res.citations.map((c) => deps.corpus.works.find((w) => w.id === c.workId)!).map((w) => (isOfKind(w, 'speech') ? 'speech' : isOfKind(w, 'interview') ? 'interview' : 'other'));
    expect(new Set(kinds)).toEqual(new Set(['speech', 'interview']));
    expect(res.answer).not.toMatch(/^No work/);
    // A kind none of whose works addresses the topic is said to be so, not passed over.
    const trade = await ask('Compare his speeches and interviews on trade');
    expectGrounded(trade);
    expect(trade.citations.length).toBeGreaterThan(0);
    expect(trade.citations.some((c) => isOfKind(deps.corpus.works.find((w) => w.id === c.workId)!, 'interview'))).toBe(false);
    expect(trade.answer.split('\n')[0]).toMatch(/^No work that answers an interviewer's questions addresses this\. /);
  });

  it('keeps "the interviews from the 1970s and those from the 1980s" to interviews of both decades', async () => {
    const res = await ask('Compare the interviews from the 1970s with those from the 1980s on trade');
    expectGrounded(res);
    const cited = res.citations.map((c) => deps.corpus.works.find((w) => w.id === c.workId)!);
    expect(cited.length).toBeGreaterThan(0);
    for (const work of cited) {
      expect(isOfKind(work, 'interview'), work.title).toBe(true);
      expect(work.year! >= 1970 && work.year! <= 1989, work.title).toBe(true);
    }
  });

  it('compares with a few works close in meaning beside those that use the words, not every other work', async () => {
    const res = await ask('Did his attitude toward the Soviet Union change?');
    expectGrounded(res);
    expect(res.mode).toBe('compare');
    const inWords = res.structure.groups.filter((g) => g.kind === 'work');
    const related = res.structure.groups.filter((g) => g.kind === 'related').flatMap((g) => g.items);
    expect(inWords.length).toBeGreaterThan(0);
    expect(related.length).toBeGreaterThan(0);
    expect(related.length).toBeLessThanOrEqual(DEFAULT_ANSWER_OPTIONS.closest);
    expect(res.answer.split('\n')[0]).toContain(`; ${related.length} more works are close in meaning`);
    // A number asked for is filled, close in meaning or not.
    const six = await ask('Give me six quotes from different years on the Soviet Union');
    expect(six.citations).toHaveLength(6);
  });

  it('says when none of the passages quoted uses the question\'s word (one the texts never write), and not when one does', async () => {
    expect(deps.corpus.paragraphs.some((p) => /protectionis/i.test(p.text))).toBe(false);
    const res = await ask('What did he say about protectionism?');
    expectGrounded(res);
    expect(res.citations.length).toBeGreaterThan(0);
    expect(res.answer.split('\n')[0]).toMatch(/^None of these passages uses the question's words; \d+ close in meaning, from \d+ works? \(/);
    expect((await ask('What did he say about trust?')).answer).not.toContain('None of these passages');
    // A compound the texts never write is not held by a common word of it ("self" of "self-reliance").
    expect(deps.corpus.paragraphs.some((p) => /self-determination/i.test(p.text))).toBe(false);
    expect((await ask('What did he say about self-determination?')).answer.split('\n')[0]).toMatch(/^None of these passages uses the question's words; /);
    // Words side by side that the texts never write together are each the question's words: "machines" of "machines mattered".
    expect(deps.corpus.paragraphs.some((p) => /machines mattered/i.test(p.text))).toBe(false);
    expect((await ask('Why did he think that machines mattered?')).answer).not.toContain('None of these passages');
  });

  it.each([
    // Searched with the initials the texts write it by: "the US imperialists".
    ['What did he say about the United States?', /\bUnited States\b|\bUS\b/, /\bstates?\b/i],
    ['What did he say about the Soviet Union?', /\bSoviet\b/, null],
    // Asked what he thought of it, the words are the name's: not "I think" nor "view".
    ['What did he think of the United States?', /\bUnited States\b|\bUS\b/, /\bstates?\b/i],
    ["What was Kim Il Sung's view of the Soviet Union?", /\bSoviet\b/, null],
    // A focused question of a name shows apart, too, what is close to it in meaning alone; so does one asking for a
    // quote ("The most quotable sentence first, then 2 passages close in meaning").
    ['Why did he mention the Soviet Union?', /\bSoviet\b/, null],
    ['Which passage best shows his attitude to the Soviet Union?', /\bSoviet\b/, null],
    ['Give me a quote about machine tools', /\bmachine[- ]tools?\b/i, /\bmachines?\b/i],
    // A compound likewise: "self-reliance" is close in meaning to "self-sufficiency", not in its words.
    ['What did he say about self-sufficiency?', /\bself-sufficien/i, /\bself-reliance\b/i],
    // Two words the texts write side by side, too: "foreign" alone (foreign debts, capital, assistance) is no foreign aid.
    ['What did he say about foreign aid?', /\baid\b/i, /\bforeign\b/i],
    ['What did he say about the working class?', /\bclass\b/i, /\bwork/i],
    // The first of two such words qualifies the second, and a common one alone is no evidence of the pair: "the
    // heavy task", "the Third Seven-Year Plan".
    ['What did he say about heavy industry?', /\bheavy industr/i, null],
    ['What did he say about the third world?', /\bthird world\b/i, /\bthird\b(?! world)/i],
    // A compound is one word beside the word before it: "economic" alone is no economic self-sufficiency.
    ['What did he say about economic self-sufficiency?', /\bself-sufficien/i, /\beconomic\b/i],
    // Words the texts write side by side in another number: "foreign debt" as they write "foreign debts".
    ['What did he say about foreign debt in 1987?', /\bdebts?\b/i, null],
    // Two words joined by "of", likewise: "division" alone (an army's) and "labour" alone are no division of labour.
    ['What did he say about the international division of labour?', /\bdivision of labour\b/i, /\blabour\b/i],
    ['What did he say about the problem of food?', /\bfood\b/i, /\bproblems?\b/i],
  ])('takes words that go together (a name, a compound, two words the texts write side by side) only whole, or by their less common word (not a common one qualifying the other), as the question\'s words: %s', async (question, holds, commonPart) => {
    const res = await ask(question);
    expectGrounded(res);
    const text = (n: number) => {
      const c = res.citations[n - 1]!;
      const work = deps.corpus.works.find((w) => w.id === c.workId)!;
      return `${deps.corpus.paragraphs.find((p) => p.id === c.passageId)!.text} ${work.title}`;
    };
    const [inWords, related] = (['work', 'related'] as const).map((kind) => res.structure.groups.flatMap((g) => (g.kind === kind ? g.items.map((i) => text(i.n)) : [])));
    expect(inWords!.length).toBeGreaterThan(0);
    expect(inWords!.every((t) => holds.test(t))).toBe(true);
    expect(related!.some((t) => holds.test(t))).toBe(false);
    // A passage with only a common word of the name ("states") is close in meaning, not in the question's words.
    if (commonPart) expect(related!.some((t) => commonPart.test(t))).toBe(true);
  });

  it('searches a word in the spelling of another variety of English as the texts spell it, and says so', async () => {
    expect(deps.corpus.paragraphs.some((p) => /\bdefense\b/i.test(p.text))).toBe(false);
    const res = await ask('What did he say about defense?');
    expectGrounded(res);
    expect(res.structure.readAs).toEqual([{ typed: 'defense', read: 'defence' }]);
    expect(res.answer).not.toContain('None of these passages');
    const inWords = res.structure.groups.flatMap((g) => (g.kind === 'work' ? g.items : []));
    expect(inWords.length).toBeGreaterThan(0);
    for (const i of inWords) expect(deps.corpus.paragraphs.find((p) => p.id === res.citations[i.n - 1]!.passageId)!.text).toMatch(/defence/i);
  });

  it('searches a name spelled out with the initials the texts write it by, and says so', async () => {
    const initialled = hisParagraphs().filter((p) => /\bUS\b/.test(p.text));
    expect(initialled.length).toBeGreaterThan(0);
    const res = await ask('What did he say about the United States?');
    expect(res.structure.readAs).toEqual([{ typed: 'United States', read: 'United States or US' }]);
    const cited = res.citations.map((c) => c.passageId);
    for (const p of initialled) expect(cited).toContain(p.id);
    // Counted, each form is counted as written.
    expect((await ask('Did he ever mention the United States?')).answer).toContain(`“US” occurs ${initialled.length === 1 ? 'once' : 'twice'}`);
    // The initials are no word of the question's own: a focused question of a name of two words still shows apart what is close in meaning alone.
    const why = await ask('Why did he mention the United States?');
    const text = (n: number) => deps.corpus.paragraphs.find((p) => p.id === why.citations[n - 1]!.passageId)!.text;
    const inWords = why.structure.groups.flatMap((g) => (g.kind === 'work' ? g.items : []));
    expect(inWords.length).toBeGreaterThan(0);
    expect(inWords.every((i) => /\bUnited States\b|\bUS\b/.test(text(i.n)))).toBe(true);
    // Initials the texts write only otherwise are not theirs: "Tr." is a translator's note, no "TR".
    expect(deps.corpus.paragraphs.some((p) => /\bTr\./.test(p.text)) && !deps.corpus.paragraphs.some((p) => /\bTR\b/.test(p.text))).toBe(true);
    expect((await ask('What is the Three Revolutions?')).structure.readAs ?? []).toEqual([]);
  });

  it('holds a name that opens with an ordinal only whole ("the Third Seven-Year Plan", not the Second), and quotes its passages first', async () => {
    const third = hisParagraphs().filter((p) => /Third Seven-Year Plan/.test(p.text));
    expect(third.length).toBeGreaterThan(2);
    expect(third.length).toBeLessThanOrEqual(6);
    expect(hisParagraphs().some((p) => /Second Seven-Year Plan/.test(p.text))).toBe(true);
    const res = await ask('What did he say about the Third Seven-Year Plan?');
    expectGrounded(res);
    const inWords = res.structure.groups.flatMap((g) => (g.kind === 'work' ? g.items.map((i) => res.citations[i.n - 1]!.passageId) : []));
    expect(inWords.sort()).toEqual(third.map((p) => p.id).sort());
  });

  it('compares the works that use a one-word topic, then apart the works close to it in meaning alone; the chart counts the first', async () => {
    const res = await ask('How did he talk about trust over the years?');
    expectGrounded(res);
    expect(res.mode).toBe('compare');
    const works = res.structure.groups.flatMap((g) => (g.kind === 'work' ? [g] : []));
    expect(works.length).toBeGreaterThan(0);
    for (const g of works) {
      const c = res.citations[g.items[0]!.n - 1]!;
      expect(tokenize(deps.corpus.paragraphs.find((p) => p.id === c.passageId)!.text).some((t) => t.term === 'trust')).toBe(true);
    }
    expect(res.structure.groups.at(-1)!.kind).toBe('related');
    expect(res.yearCounts!.map((y) => y.year)).toEqual([...new Set(works.map((g) => g.work.year))]);
  });

  it('counts "Which interviews mention trade?" and "Which interview … most?" in the interviews alone', async () => {
    const interviews = deps.corpus.works.filter((w) => isOfKind(w, 'interview'));
    const holding = deps.corpus.paragraphs.filter((p) => interviews.some((w) => w.id === p.workId) && /\btrade\b/i.test(p.text));
    expect(holding).toEqual([]);
    expect(deps.corpus.paragraphs.some((p) => /\btrade\b/i.test(p.text))).toBe(true);
    for (const question of ['Which interviews mention trade?', 'Which interview talks most about trade?']) {
      const res = await ask(question);
      expect(res.answer.split('\n')[0], question).toMatch(/^“trade” does not occur in the sources that answer an interviewer's questions\. /);
    }
    // One of a kind asked for by "which": of the works of that kind, as the lead says.
    const speeches = deps.corpus.works.filter((w) => isOfKind(w, 'speech'));
    const most = await ask('Which speech mentions Chollima most?');
    expect(most.answer.split('\n')[0]).toMatch(/^“Chollima” occurs \w+ in the sources with “speech” in their titles or occasions/);
    expect(most.citations.length).toBeGreaterThan(0);
    expect(most.citations.every((c) => speeches.some((w) => w.id === c.workId))).toBe(true);
  });

  it('answers "In which years did he talk about trade?" across the years, and "Which is more common: A or B?" by counting both', async () => {
    const years = new Set(deps.corpus.paragraphs.filter((p) => /\btrade\b/i.test(p.text)).map((p) => deps.corpus.works.find((w) => w.id === p.workId)!.year));
    expect(years.size).toBeGreaterThan(2);
    const res = await ask('In which years did he talk about trade?');
    expectGrounded(res);
    expect(res.mode).toBe('compare');
    const shown = new Set(res.citations.map((c) => c.year));
    for (const year of years) expect(shown.has(year), String(year)).toBe(true);
    const common = await ask('Which is more common: Juche or self-reliance?');
    expect(common.answer.split('\n')[0]).toMatch(/“Juche” occurs \d+ times.*; “self-reliance” occurs \d+ times/);
  });

  it('answers "which works mention X" with every passage that does, the name or the adjective the texts write for it, in date order', async () => {
    const res = await ask('Which works mention Africa?');
    expectGrounded(res);
    const holding = deps.corpus.paragraphs.filter((p) => /\bAfrican?\b/.test(p.text));
    expect(holding.some((p) => !/\bAfrica\b/.test(p.text))).toBe(true);
    expect(holding.length).toBeGreaterThan(0);
    const inWords = res.structure.groups.flatMap((g) => (g.kind === 'work' ? g.items.map((i) => res.citations[i.n - 1]!.passageId) : []));
    expect(inWords.sort()).toEqual(holding.map((p) => p.id).sort());
  });

  it.each(['List every passage mentioning technicians', 'Which passages mention technicians?', 'Find all mentions of technicians'])(
    'answers "%s" with every passage that holds the word, not the few best',
    async (question) => {
      const res = await ask(question);
      expectGrounded(res);
      const holding = deps.corpus.paragraphs.filter((p) => /\btechnicians\b/i.test(p.text));
      expect(holding.length).toBeGreaterThan(6);
      expect(res.citations.map((c) => c.passageId).sort()).toEqual(holding.map((p) => p.id).sort());
    },
  );

  it.each([
    ['When did he first mention Juche?', 'juche', 'Earliest'],
    ['When did he last speak of foreign trade?', 'trade', 'Latest'],
    ['What was his last word on foreign trade?', 'trade', 'Latest'],
    ['When did he start talking about Juche?', 'juche', 'Earliest'],
    // Words that "show up", "the first time" they do.
    ['when is the first time the word juche shows up in these texts', 'juche', 'Earliest'],
    ['when does the word juche first show up', 'juche', 'Earliest'],
    ['when is the last time aid comes up', 'aid', 'Latest'],
  ])('answers "%s" with the works in date order, naming the first (or last) dated work that uses the word', async (question, word, which) => {
    const res = await ask(question);
    expectGrounded(res);
    expect(res.mode).toBe('compare');
    const holding = deps.corpus.works
      .filter((w) => w.year !== null && deps.corpus.paragraphs.some((p) => p.workId === w.id && tokenize(p.text).some((t) => t.word === word)))
      .sort((a, b) => a.date!.localeCompare(b.date!));
    const expected = which === 'Earliest' ? holding[0]! : holding.at(-1)!;
    expect(res.structure.lead.slice(0, 2).map((p) => p.text)).toEqual([`${which} in these sources: `, plainTitle(expected.title)]);
    const dated = res.structure.groups.flatMap((g) => (g.kind === 'work' && g.work.year !== null ? [g.work.id] : []));
    expect(which === 'Earliest' ? dated[0] : dated.at(-1)).toBe(expected.id);
  });

  it('checks the time a statement of a first or last mention gives against every work, not within it', async () => {
    const holding = (word: string) =>
      deps.corpus.works.filter((w) => w.year !== null && deps.corpus.paragraphs.some((p) => p.workId === w.id && tokenize(p.text).some((t) => t.word === word))).sort((a, b) => a.date!.localeCompare(b.date!));
    const [first, second] = holding('vinalon');
    const claimed = await ask(`Kim first talked about vinalon in ${second!.year}, correct?`);
    expectGrounded(claimed);
    const lead = claimed.structure.lead.map((p) => p.text).join('');
    expect(lead).toContain(`Searched in every work, to check “in ${second!.year}”. Earliest in these sources: ${plainTitle(first!.title)}`);
    const latest = deps.corpus.works.filter((w) => w.year !== null && deps.corpus.paragraphs.some((p) => p.workId === w.id && /\bself-reliance\b/i.test(p.text))).sort((a, b) => a.date!.localeCompare(b.date!)).at(-1)!;
    const last = await ask('Was the 1987 talk his last mention of self-reliance?');
    expect(latest.year).not.toBe(1987);
    expect(last.structure.lead.map((p) => p.text).join('')).toContain(`Latest in these sources: ${plainTitle(latest.title)}`);
  });

  it.each(['Quote his first and last words on aid', 'Give me an early and a late quote on aid'])('answers "%s" with the earliest and the latest work that uses the word, and no other', async (question) => {
    const res = await ask(question);
    expectGrounded(res);
    expect(res.mode).toBe('compare');
    const holding = deps.corpus.works
      .filter((w) => w.year !== null && w.author === 'Kim Il Sung' && deps.corpus.paragraphs.some((p) => p.workId === w.id && tokenize(p.text).some((t) => t.word === 'aid')))
      .sort((a, b) => a.date!.localeCompare(b.date!));
    const [first, last] = [holding[0]!, holding.at(-1)!];
    expect(res.structure.lead.map((p) => p.text).join('')).toContain(`Earliest in these sources: ${plainTitle(first.title)}`);
    expect(res.structure.lead.map((p) => p.text).join('')).toContain(`Latest in these sources: ${plainTitle(last.title)}`);
    expect(res.citations.map((c) => c.workId)).toEqual([first.id, last.id]);
    for (const c of res.citations) expect(c.quote).toMatch(/\baid\b/i);
  });

  it('says of each end of "the earliest and latest quotes on foreign aid" what it is, the first shown holding only some of the words', async () => {
    const res = await ask('Give me the earliest and latest quotes on foreign aid');
    expectGrounded(res);
    const lead = res.structure.lead.map((p) => p.text).join('');
    const [first, last] = [res.citations[0]!, res.citations.at(-1)!];
    expect(first.workId).not.toBe(last.workId);
    expect(first.quote).not.toMatch(/\bforeign aid\b/i);
    // No one work is said to be both ends when the quotes are from two.
    expect(lead).not.toMatch(/^Earliest and latest in these sources/);
    expect(lead).toContain(`Earliest in these sources: ${first.title}`);
    expect(lead).toContain(`Earliest in these sources to use all the question's words: ${last.title}`);
    expect(lead).toContain(`Latest in these sources: ${last.title}`);
  });

  it('quotes the one passage at an end asked for ("the earliest passage on …"), cited alone, not every work in date order', async () => {
    const all = await ask('When did he first mention self-reliance?');
    const works = [...new Set(all.citations.map((c) => c.workId))];
    expect(works.length).toBeGreaterThan(2);
    const cited = await ask('Cite the earliest passage on self-reliance in Chicago style');
    expectGrounded(cited);
    expect(cited.citations.map((c) => c.workId)).toEqual([all.citations[0]!.workId]);
    expect(cited.citations[0]!.quote).toMatch(/\bself-reliance\b/i);
    // Of all the works whose passages use the words (the question names no author), the count said.
    const holding = deps.corpus.works.filter((w) => deps.corpus.paragraphs.some((p) => p.workId === w.id && /\bself-reliance\b/i.test(p.text)));
    expect(holding.length).toBeGreaterThanOrEqual(works.length);
    expect(cited.structure.lead.map((p) => p.text).join('')).toContain(`The earliest of the ${holding.length} works that address this`);
    // The citation is of that work alone.
    expect(cited.answer.match(/^Kim Il Sung\. “/gm)).toHaveLength(1);
    const latest = await ask('Give me the latest quote on trade');
    expect(latest.citations).toHaveLength(1);
    const dated = deps.corpus.works.filter((w) => w.year !== null && latest.citations[0]!.workId !== w.id);
    const trade = await ask('When did he first mention trade?');
    const tradeWorks = new Set(trade.citations.map((c) => c.workId));
    const latestWork = deps.corpus.works.find((w) => w.id === latest.citations[0]!.workId)!;
    expect(dated.filter((w) => tradeWorks.has(w.id)).every((w) => w.date! <= latestWork.date!)).toBe(true);
  });

  it('reads a work named in a question typed all in lower case, by another form of its title\'s name', async () => {
    const talk = deps.corpus.works.find((w) => /Peru\b/.test(w.title))!;
    for (const question of ['what year was the talk with the peruvian ex premier', 'What year was the talk with the Peruvian ex premier?']) {
      const res = await ask(question);
      expectGrounded(res);
      expect(res.structure.lead.slice(0, 2).map((p) => p.text), question).toEqual([`Said on ${formatDate(talk.date)}, in `, plainTitle(talk.title)]);
    }
  });

  it('says the works of the kind a question keeps to are silent, not the sources, when others speak of it', async () => {
    const interviews = deps.corpus.works.filter((w) => isOfKind(w, 'interview'));
    const tradeIn = (works: readonly { id: string }[]) => deps.corpus.paragraphs.filter((p) => works.some((w) => w.id === p.workId) && /\btrade\b/i.test(p.text));
    expect(interviews.length).toBeGreaterThan(1);
    expect(tradeIn(interviews)).toEqual([]);
    expect(tradeIn(deps.corpus.works).length).toBeGreaterThan(0);
    const res = await ask('What did he say about trade in his interviews?');
    expect(res.mode).toBe('abstain');
    expect(res.answer.split('\n')[0]).toBe("None of the works that answer an interviewer's questions addresses this question.");
    // Two kinds, each said once, one space apart.
    expect((await ask('What did he say about the Olympics in his speeches and interviews?')).answer.split('\n')[0]).toMatch(
      /^None of the works with “speech” in their titles or occasions or that answer an interviewer's questions addresses this question\./,
    );
    expect((await ask('What did he say about women?')).answer.split('\n')[0]).toBe('The sources do not address this question.');
    // A kind kept to with a year: silent, the other works of then that hold the words are named (not quoted).
    const of1987 = deps.corpus.works.filter((w) => w.year === 1987);
    const flunkeyism = of1987.filter((w) => deps.corpus.paragraphs.some((p) => p.workId === w.id && /\bflunkeyism\b/i.test(p.text)));
    expect(flunkeyism).toHaveLength(1);
    expect(isOfKind(flunkeyism[0]!, 'speech')).toBe(false);
    const talk = await ask('What did he say about flunkeyism in the 1987 speech?');
    expect(talk.mode).toBe('abstain');
    expect(talk.answer.split('\n')[0]).toBe(
      `None of the works from 1987 with “speech” in their titles or occasions addresses this question. *${plainTitle(flunkeyism[0]!.title)}* (${formatDate(flunkeyism[0]!.date)}), another work of then, uses the question's words.`,
    );
  });

  it('says the works of the time a question keeps to are silent, not the sources, when others speak of it', async () => {
    const tradeFrom = (kept: (year: number) => boolean) =>
      deps.corpus.paragraphs.filter((p) => kept(deps.corpus.works.find((w) => w.id === p.workId)?.year ?? 0) && /\btrade\b/i.test(p.text));
    expect(tradeFrom((y) => y === 1969)).toEqual([]);
    expect(tradeFrom((y) => y > 0).length).toBeGreaterThan(0);
    const res = await ask('What did he say about trade in 1969?');
    expect(res.mode).toBe('abstain');
    expect(res.answer.split('\n')[0]).toBe('None of the works from 1969 addresses this question.');
    const before = await ask('What did he say about computers before 1980?');
    expect(before.mode).toBe('abstain');
    expect(before.answer.split('\n')[0]).toBe('None of the works dated before 1980 addresses this question.');
  });

  it('names as the first to mention words the first work that holds them all, not one word of them, and says so when an earlier work is shown', async () => {
    const holding = (...patterns: RegExp[]) =>
      deps.corpus.works
        .filter((w) => w.year !== null && deps.corpus.paragraphs.some((p) => p.workId === w.id && patterns.every((pattern) => pattern.test(p.text))))
        .sort((a, b) => a.date!.localeCompare(b.date!));
    const both = [/\bcooperation\b/i, /\btechnolog/i];
    // A work before it holds "cooperation" alone, and is among those shown.
    expect(holding(both[0]!)[0]!.date! < holding(...both)[0]!.date!).toBe(true);
    const res = await ask('When did he first mention cooperation in technology?');
    expectGrounded(res);
    const first = holding(...both)[0]!;
    expect(res.citations.some((c) => deps.corpus.works.find((w) => w.id === c.workId)!.date! < first.date!)).toBe(true);
    // The lead names the earlier work the list below opens with, then says what makes the other the first.
    const earlier = deps.corpus.works.find((w) => w.id === res.citations[0]!.workId)!;
    expect(earlier.date! < first.date!).toBe(true);
    expect(res.structure.lead.slice(0, 5).map((p) => p.text)).toEqual(['Earliest in these sources: ', plainTitle(earlier.title), ` (${formatDate(earlier.date)}). `, "Earliest in these sources to use all the question's words: ", plainTitle(first.title)]);
    // When no work shown comes before it, it is the earliest plainly.
    const alone = await ask('When did he first mention flunkeyism?');
    expect(alone.structure.lead[0]!.text).toBe('Earliest in these sources: ');
  });

  it('reads "When did he last talk about …?" (or "… about it last?") as a time, not as his last talk, nor a title holding the words', async () => {
    const holding = deps.corpus.works
      .filter((w) => w.year !== null && w.author === 'Kim Il Sung' && deps.corpus.paragraphs.some((p) => p.workId === w.id && /\bheavy industry\b/i.test(p.text)))
      .sort((a, b) => a.date!.localeCompare(b.date!));
    expect(holding.length).toBeGreaterThan(1);
    for (const [question, which, expected] of [
      ['When did he last talk about heavy industry?', 'Latest', holding.at(-1)!],
      ['When did he first talk about heavy industry?', 'Earliest', holding[0]!],
      // The adverb closing the question, too.
      ['When did he talk about heavy industry last?', 'Latest', holding.at(-1)!],
      ['When did he mention heavy industry first?', 'Earliest', holding[0]!],
    ] as const) {
      const res = await ask(question);
      expectGrounded(res);
      expect(res.mode, question).toBe('compare');
      expect(res.structure.lead.slice(0, 2).map((p) => p.text), question).toEqual([`${which} in these sources: `, plainTitle(expected.title)]);
    }
  });

  it('answers a question naming only a decade with passages from every work of that decade, and from no other year, in date order', async () => {
    const res = await ask('What did he say in the 1970s?');
    expectGrounded(res);
    expect(res.mode).toBe('answer');
    const inDecade = deps.corpus.works.filter((w) => w.year !== null && w.year >= 1970 && w.year <= 1979);
    expect(inDecade.length).toBeGreaterThan(1);
    const cited = res.structure.groups.flatMap((g) => (g.kind === 'work' ? [g.work] : []));
    expect(cited.map((w) => w.id)).toEqual([...inDecade].sort((a, b) => a.date!.localeCompare(b.date!)).map((w) => w.id));
    expect(res.citations.every((c) => c.year !== null && c.year >= 1970 && c.year <= 1979)).toBe(true);
  });

  it('reads a decade written without "the" or its century after a word of time: "foreign trade in 70s"', async () => {
    const res = await ask('foreign trade in 70s');
    expect(res.citations.length).toBeGreaterThan(0);
    for (const c of res.citations) expect(c.year !== null && c.year >= 1970 && c.year <= 1979, c.passageId).toBe(true);
  });

  it('reads the paper the user is writing as theirs: neither the scholarly article nor a topic', async () => {
    const res = await ask('I am writing a paper about self-reliance in the 1960s. What did he say?');
    expectGrounded(res);
    expect(res.citations.length).toBeGreaterThan(0);
    for (const c of res.citations) {
      expect(c.year !== null && c.year >= 1960 && c.year <= 1969, c.passageId).toBe(true);
      expect(c.quote).toMatch(/self-reliance/i);
    }
    const quotes = await ask("I'm writing an essay on foreign aid. Give me two quotes.");
    expect(quotes.citations).toHaveLength(2);
    for (const c of quotes.citations) expect(c.quote).toMatch(/\b(?:aid|assistance)\b/i);
  });

  it('reads the length of the user\'s own writing as neither a year nor a topic, nor a paper on a topic as the scholarly article', async () => {
    for (const question of ['For my 2000 word essay, give me quotes on foreign aid', "I'm writing a 2000-word essay. Give me quotes on foreign aid."]) {
      const res = await ask(question);
      expect(res.mode, question).toBe('answer');
      expect(res.answer, question).not.toMatch(/\b2000\b/);
      expect(res.citations.some((c) => /\b(?:aid|assistance)\b/i.test(c.quote)), question).toBe(true);
    }
    const debt = await ask('For a 1500 word paper on North Korean economics, what does Kim say about foreign debt?');
    expect(debt.mode).toBe('answer');
    expect(debt.citations.some((c) => /\bforeign debts?\b/i.test(c.quote))).toBe(true);
    expect(debt.citations.every((c) => c.year !== null)).toBe(true);
    const imperialism = await ask('writing a 10 page paper for class, what did kim say about imperialism?');
    for (const c of imperialism.citations) expect(c.quote, c.passageId).not.toMatch(/\bwrit(?:e|er|ing)\b/i);
  });

  it('asks whether a word is used "anywhere" of the word, and says a hyphened name the texts never write as typed', async () => {
    const soviet = await ask('Is the word "Soviet" used anywhere in Kim\'s works?');
    expect(soviet.answer.split('\n')[0]).toMatch(/^“Soviet” occurs once in Kim Il Sung's works/);
    expect(deps.corpus.paragraphs.some((p) => /\bSino\b/i.test(p.text))).toBe(false);
    expect(deps.corpus.paragraphs.some((p) => /\bSoviet\b/.test(p.text))).toBe(true);
    const split = await ask('Is the Sino-Soviet split discussed anywhere in the sources?');
    expect(split.answer.split('\n')[0]).toBe('The sources do not address this question. None of them contains “Sino-Soviet”.');
  });

  it('reads "what role did X play" as asking about X: no passage is quoted for "giving full play to"', async () => {
    const res = await ask('What role did the working class play?');
    expectGrounded(res);
    expect(res.mode).toBe('answer');
    expect(res.citations.length).toBeGreaterThan(0);
    for (const c of res.citations) expect(c.quote, c.passageId).not.toMatch(/\bplay\b/i);
    expect(res.citations[0]!.quote).toMatch(/working class/i);
  });

  it.each([
    ['What did he say about 1936?', '1936'],
    ['What happened in 1956?', '1956'],
  ])('answers a question naming only a year no work is from with the passages that name it, quoting where they do: %s', async (question, year) => {
    expect(deps.corpus.works.some((w) => w.year === Number(year))).toBe(false);
    const res = await ask(question);
    expectGrounded(res);
    expect(res.mode).toBe('answer');
    expect(res.citations.length).toBeGreaterThan(0);
    for (const c of res.citations) expect(c.quote).toContain(year);
  });

  it.each([
    'What did Kim Il Sung think of the Apollo moon landing?',
    'How many tanks did the Soviet Union send to Korea?',
    "What was his opinion of Mao's Cultural Revolution?",
    // "Today" says when the question is asked, as "now" does: no topic the texts' "Today the imperialists …" addresses.
    'What is the weather today?',
  ])('abstains on a question the corpus does not cover: %s', async (question) => {
    const res = await ask(question);
    expectGrounded(res);
    expect(res.mode).toBe('abstain');
    const lines = res.answer.split('\n').filter(Boolean);
    expect(lines[0]!.startsWith('The sources do not address this question.')).toBe(true);
    if (res.citations.length) expect(lines[1]).toBe('**Closest passages (these do not answer the question):**');
    expect(res.structure.groups.every((g) => g.kind === 'closest')).toBe(true);
  });

  it('quotes the sentence giving the figure a question of how many asks for, in the passage that addresses it', async () => {
    const paragraph = hisParagraphs().find((p) => /\bspindles\b/.test(p.text))!;
    const [figure] = sentenceSpans(paragraph.text).map((s) => paragraph.text.slice(s.start, s.end)).filter((s) => /\bspindles\b/.test(s));
    expect(figure).toMatch(/\d|thousand/);
    // Its first sentence, on the rule the question names, holds no figure.
    expect(paragraph.text.indexOf(figure!)).toBeGreaterThan(0);
    const res = await ask('How many spindles were there under Japanese rule?');
    expectGrounded(res);
    expect(res.mode).toBe('answer');
    expect(res.citations[0]!.passageId).toBe(paragraph.id);
    expect(res.citations[0]!.quote).toContain(figure);
  });

  it('quotes the sentence saying what a question asks the meaning of, in each passage that holds one', async () => {
    const paragraph = hisParagraphs().find((p) => /The Juche idea is the idea that/.test(p.text))!;
    const [definition] = sentenceSpans(paragraph.text).map((s) => paragraph.text.slice(s.start, s.end)).filter((s) => s.startsWith('The Juche idea is the idea that'));
    for (const question of ['What is Juche?', 'Give me his definition of Juche']) {
      const res = await ask(question);
      expectGrounded(res);
      const cited = res.citations.find((c) => c.passageId === paragraph.id);
      expect(cited?.quote, question).toMatch(new RegExp(`^${definition!.slice(0, 40)}`));
      // The quote goes on with the sentence after it, not with one further on that only names Juche.
      expect(cited!.quote, question).not.toContain('…');
    }
    // Asked for it shorter, each quote is one sentence: there, the one saying what it is.
    const shorter = await deps.answerer.answer(conversationInput(turns('What is self-reliance?', '…', 'Shorter please')));
    expect(shorter.citations.map((c) => c.quote)).toContain("Self-reliance means standing on one's own feet, and we need this spirit more than anything else.");
  });

  it('leads with a passage giving the figure asked for when the best passage gives none, and abstains when none near it does', async () => {
    const figure = hisParagraphs().find((p) => /several hundred rounds of ammunition/.test(p.text))!;
    const res = await ask('How many rounds of ammunition did the guerrillas capture?');
    expectGrounded(res);
    expect(res.mode).toBe('answer');
    expect(res.citations[0]!.passageId).toBe(figure.id);
    expect(res.citations[0]!.quote).toMatch(/several hundred rounds/);
    // The best passage still decides when none near it gives a figure.
    expect((await ask('How many people lived in Pyongyang?')).answer).toMatch(/gives no figure/);
    // A figure in the sentence after the one holding the question's words ("… the third-year students … There were
    // about 200 of them") is given, and quoted with it.
    const students = await deps.answerer.answer(conversationInput(turns('What did he say about the blast furnace?', '…', 'How many students?')));
    expect(students.mode).toBe('answer');
    expect(students.citations[0]!.quote).toMatch(/students[^]*There were about 200 of them/);
  });

  it('reads a claim the user read somewhere ("A news article claims …") in the sources, not in the scholarly article alone', async () => {
    const limits = hisParagraphs().find((p) => /Foreign assistance has limitations/.test(p.text))!;
    const res = await ask('A news article claims Kim Il Sung said foreign aid has limitations. Is it correct?');
    expectGrounded(res);
    expect(res.citations.some((c) => c.passageId === limits.id)).toBe(true);
    expect(res.citations.every((c) => deps.corpus.works.find((w) => w.id === c.workId)!.author === 'Kim Il Sung')).toBe(true);
  });

  it('holds a name that opens with a place’s adjective by the thing it names: “the Korean War” by “war”, not by “Korean”', async () => {
    const res = await ask('What did he say about the Korean War?');
    expectGrounded(res);
    const held = res.structure.groups.flatMap((g) => (g.kind === 'work' ? g.items.map((i) => i.n) : []));
    expect(held.length).toBeGreaterThan(2);
    const paragraphOf = (n: number) => deps.corpus.paragraphs.find((p) => p.id === res.citations.find((c) => c.n === n)!.passageId)!;
    for (const n of held) expect(paragraphOf(n).text, paragraphOf(n).id).toMatch(/\bwar\b/i);
    expect(res.answer.split('\n')[0]).not.toMatch(/^None of these passages uses the question's words/);
  });

  it('says what the corpus lacks when that is why it abstains: a name it never uses, a year it is not from nor speaks of', async () => {
    expect((await ask('What was his view of Deng Xiaoping’s market reforms?')).answer.split('\n')[0]).toBe(
      'The sources do not address this question. None of them contains “Deng Xiaoping”.',
    );
    expect((await ask('what did he say about joint ventures with hyundai')).answer.split('\n')[0]).toBe(
      'The sources do not address this question. None of them contains “hyundai”.',
    );
    // A name whose words the texts all use, but never together ("united", "nations"); "United States" they write once.
    expect((await ask('What did he think of the United Nations?')).answer.split('\n')[0]).toBe(
      'The sources do not address this question. None of them contains “United Nations”.',
    );
    expect((await ask('What did he think of the United States?')).mode).not.toBe('abstain');
    expect((await ask('What did he say about the Third World?')).mode).not.toBe('abstain');
    // A name in the plural that the texts write in the singular: "the Seven-Year Plans" (each "Seven-Year Plan").
    const plans = await ask('What did he say about the Seven-Year Plans?');
    expect(plans.mode).toBe('answer');
    expect(plans.citations.every((c) => /\bSeven-Year Plan\b/.test(c.quote))).toBe(true);
    // Written with a possessive, as the texts write it ("Our brave People's Army …"): a name they use.
    const army = deps.corpus.paragraphs.find((p) => p.text.includes("People's Army"))!;
    for (const question of ["What did he say about the People's Army?", 'What did he say about the People’s Army?']) {
      const res = await ask(question);
      expect(res.mode, question).not.toBe('abstain');
      expect(res.citations.map((c) => c.passageId), question).toContain(army.id);
    }
    // And which works are nearest in date, from their metadata.
    const [before, after] = ['1987-06-09', '1993-12-08'].map((date) => deps.corpus.works.find((w) => w.date === date)!);
    const in1991 = await ask('What did Kim Il Sung say about self-reliance in 1991?');
    expect(in1991.answer.split('\n')[0]).toBe(
      `The sources do not address this question. None of them is from 1991 or speaks of it. The nearest in date: *${before!.title}* (9 June 1987); *${after!.title}* (8 December 1993).`,
    );
    expect(in1991.structure.lead.filter((part) => part.workId).map((part) => part.workId)).toEqual([before!.id, after!.id]);
    expect(deps.corpus.works.some((w) => w.year! > 1987 && w.year! < 1993)).toBe(false);
    // Another script, or another language in Latin letters (no typo "corrected" in it: "sobre" is no "sore").
    for (const other of ['자력갱생이란 무엇인가?', 'Что такое чучхе?', '¿Qué dijo sobre la ayuda extranjera?', "Qu'a-t-il dit sur l'indépendance économique?"]) {
      const res = await ask(other);
      expect(res.answer, other).toBe('The sources do not address this question. This search reads questions in English: ask in English.');
      expect(res.citations).toEqual([]);
    }
    // English with most of its words misspelt is English: the typos corrected, not another language.
    const typed = await ask('qoutes about indepenence');
    expect(typed.answer).not.toMatch(/ask in English/);
    expect(typed.citations.length).toBeGreaterThan(0);
    // What a question asks is read with its typos corrected, as its search is: quotes asked, whom he answered, a work
    // summed up; each said.
    expect(typed.answer).toMatch(/^_Searched for “quotes” \(typed “qoutes”\), “independence” \(typed “indepenence”\)\._\n\nThe most quotable sentence first/);
    for (const [misspelt, asked] of [['who intervewed him in 1986', 'who interviewed him in 1986'], ['whats the 1987 speach about', "what's the 1987 speech about"]]) {
      const [res, meant] = await Promise.all([ask(misspelt!), ask(asked!)]);
      expect(res.answer.replace(/^_Searched for [^\n]*\n\n/, ''), misspelt).toBe(meant.answer);
    }
    // Chat shorthand is read in full: "def" is a definition asked, no name in none of the texts.
    const shorthand = await ask('self reliance def');
    expect(shorthand.mode).not.toBe('abstain');
    expect(shorthand.answer).not.toMatch(/None of them contains/);
    for (const empty of ['What did he say?', '???']) {
      expect((await ask(empty)).answer.split('\n')[0], empty).toBe('The sources do not address this question. The question names no topic to look for.');
    }
  });

  it('answers quotes asked of no topic with the sentences that carry most of the key words of his works, one a work', async () => {
    const his = deps.corpus.works.filter((w) => w.author === primaryAuthor(deps.corpus.works));
    const keyLead = (n: number) => new RegExp(`^No topic named: the ${n} sentences that carry most of the key words of the ${his.length} works by Kim Il Sung, each from another work, in date order:`);
    // "five" says how many quotes, not the Five-Year Plan.
    for (const [question, n] of [['Give me the best quotes', 3], ['What are the key passages?', 3], ['Give me five quotes', 5]] as const) {
      const res = await ask(question);
      expectGrounded(res);
      expect(res.answer, question).toMatch(keyLead(n));
      expect(res.citations, question).toHaveLength(n);
      expect(new Set(res.citations.map((c) => c.workId)).size, question).toBe(n);
      for (const c of res.citations) expect(his.map((w) => w.id), question).toContain(c.workId);
      const dates = res.citations.map((c) => deps.corpus.works.find((w) => w.id === c.workId)!.date!);
      expect(dates, question).toEqual([...dates].sort());
    }
    // Which lines are best known the collection does not say; a word limit holds.
    const famed = await ask('What are his most famous quotes?');
    expect(famed.answer).toMatch(/^The collection does not say which lines are best known or most quoted\. The 3 sentences that carry most of the key words /);
    // Nor of a topic: said before the passages on it, which are quoted as for any quote asked.
    const famedOnTopic = await ask('What is his most famous quote on self-reliance?');
    expectGrounded(famedOnTopic);
    expect(famedOnTopic.answer).toMatch(/^The collection does not say which lines are best known or most quoted\. The most quotable sentence/);
    expect(famedOnTopic.citations.every((c) => /self-reliance/i.test(c.quote))).toBe(true);
    // Nor of a quote given: "Is that quote well known?", "Is it famous?" after one.
    for (const followUp of ['Is that quote well known?', 'Is it famous?']) {
      const known = await deps.answerer.answer(conversationInput(turns('Give me a quote about self-reliance', '…', followUp)));
      expect(known.answer, followUp).toMatch(/^The collection does not say which lines are best known or most quoted\. /);
    }
    // Its themes, which no text names: as many sentences as a broad answer quotes, of every work of his however asked.
    for (const question of ['What are the main themes of the collection?', 'What are the main themes of these texts?', 'What topics do the texts cover?', 'What themes recur across the works?', 'What topics does he talk about most?']) {
      const res = await ask(question);
      expect(res.answer, question).toMatch(/^The texts name no themes of their own; the 6 sentences that carry most of the key words of the \d+ works by Kim Il Sung/);
      expect(new Set(res.citations.map((c) => c.workId)).size, question).toBe(6);
    }
    const short = await ask('Give me 3 quotes under 15 words');
    expect(short.citations).toHaveLength(3);
    for (const c of short.citations) expect(c.quote.split(/\s+/).length).toBeLessThan(15);
    // Quotes asked for more than themselves, or of the texts, are not these.
    expect((await ask('Give me a quote that shows his view changed')).answer).not.toMatch(/^No topic named/);
    expect((await ask('Give me two quotes that contradict each other')).answer).not.toMatch(/No topic named/);
  });

  it('answers the rest of a question that names apart something the corpus never writes, and says the texts lack it', async () => {
    expect(deps.corpus.paragraphs.some((p) => /\bChin(?:a|ese)\b/.test(p.text))).toBe(false);
    const japanese = (text: string) => /\bJapan(?:ese)?\b/.test(text);
    const res = await ask('What did he say about Japan and China?');
    expectGrounded(res);
    expect(res.mode).toBe('answer');
    expect(res.answer.split('\n')[0]).toMatch(/^None of the sources contains “China”\. \d+ passages? from /);
    const inWords = res.structure.groups.flatMap((g) => (g.kind === 'work' ? g.items : []));
    expect(inWords.length).toBeGreaterThan(0);
    for (const item of inWords) expect(japanese(deps.corpus.paragraphs.find((p) => p.id === res.citations[item.n - 1]!.passageId)!.text)).toBe(true);
    // Named with what is asked of it, it is what the question is about: abstained on, as before.
    expect((await ask('What did he say about trade with China?')).answer.split('\n')[0]).toBe('The sources do not address this question. None of them contains “China”.');
    // Nor is anything answered when what is left is in none of the texts either ("china" read as the English word).
    expect((await ask('What Did He Say About Deng Xiaoping And China?')).answer.split('\n')[0]).toBe('The sources do not address this question. None of them contains “Deng Xiaoping”.');
  });

  it('counts the works by year or decade, and says which hold the most or the fewest when asked', async () => {
    const counted = (works: readonly Work[], unit: 'year' | 'decade') => {
      const counts = new Map<number, number>();
      for (const w of works) {
        if (w.year === null) continue;
        const key = unit === 'decade' ? w.year - (w.year % 10) : w.year;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return counts;
    };
    const extremes = (counts: Map<number, number>, most: boolean) => {
      const n = (most ? Math.max : Math.min)(...counts.values());
      return { n, keys: [...counts].filter(([, c]) => c === n).map(([k]) => k).sort((a, b) => a - b) };
    };
    const byDecade = counted(deps.corpus.works, 'decade');
    for (const [question, most] of [['Which decade has the most works?', true], ['Which decade has the fewest works?', false]] as const) {
      const { n, keys } = extremes(byDecade, most);
      expect(keys.length, question).toBe(1);
      const res = await ask(question);
      expect(res.citations, question).toEqual([]);
      expect(res.answer, question).toMatch(new RegExp(`^${most ? 'Most' : 'Fewest'}: the ${keys[0]}s, ${n} works?\\. By decade: `));
    }
    // Of a kind; "the best represented year"; every year alike said so.
    const interviews = deps.corpus.works.filter((w) => isOfKind(w, 'interview'));
    const interviewDecades = extremes(counted(interviews, 'decade'), true);
    expect((await ask('Which decade has the most interviews?')).answer).toMatch(new RegExp(`^Most: the ${interviewDecades.keys.join('s, the ')}s, ${interviewDecades.n} works`));
    const byYear = extremes(counted(deps.corpus.works, 'year'), true);
    expect((await ask('Which year is best represented in the collection?')).answer).toMatch(new RegExp(`^Most: ${byYear.keys.join(', ')}, ${byYear.n} works`));
    const speechYears = counted(deps.corpus.works.filter((w) => isOfKind(w, 'speech')), 'year');
    expect(new Set(speechYears.values()).size).toBe(1);
    expect((await ask('In which year did he give the most speeches?')).answer).toMatch(/^No year has more than another: 1 work each\. By year: /);
    expect((await ask('How many works per year?')).answer).toMatch(/^By year: /);
    // The most of a topic is a count of its words, not of works.
    expect((await ask('Which year did he talk most about trade?')).answer).toMatch(/^“trade” occurs \d+ times/);
  });

  it('lists the works of the author a question about the collection names, and says whose they are', async () => {
    const his = deps.corpus.works.filter((w) => w.author === 'Kim Il Sung');
    expect(his.length).toBeLessThan(deps.corpus.works.length);
    for (const question of ['Which works are by Kim Il Sung?', 'How many works did he write?']) {
      const res = await ask(question);
      expectGrounded(res);
      expect(res.answer, question).toMatch(new RegExp(`^The collection holds ${his.length} works by Kim Il Sung `));
      expect(res.structure.lead.filter((p) => p.workId).map((p) => p.workId).sort(), question).toEqual(his.map((w) => w.id).sort());
    }
    // Naming none, the whole collection; asked who wrote them, every author.
    expect((await ask('What works are in the collection?')).answer).toMatch(new RegExp(`^The collection holds ${deps.corpus.works.length} works `));
    // Years that bound a time name no work: every work between them.
    const between = deps.corpus.works.filter((w) => w.year !== null && w.year >= 1961 && w.year <= 1969);
    expect(between.length).toBeGreaterThan(2);
    expect((await ask('How many works did he give between 1961 and 1969?')).answer).toMatch(new RegExp(`^The collection holds ${between.length} works from 1961–1969 `));
    // As learners write it ("how many work are …"): read in the plural, and said so.
    const learner = await ask('how many work are from 1987');
    expect(learner.answer).toMatch(/^_Searched for “how many works” \(typed “how many work”\)\._\n\nThe collection holds 2 works from 1987, /);
    // A number of works asked for: the works of the time, "two" no topic.
    expect((await ask('Which two works are from 1987?')).answer).toMatch(/^The collection holds 2 works from 1987, /);
    // A day no work is dated, in a month one work is of: that work, its date said first.
    const ghana = deps.corpus.works.find((w) => /Ghana Times/.test(w.title))!;
    const nextDay = `${Number(ghana.date!.slice(8)) + 1} ${formatDate(ghana.date).split(' ').slice(1).join(' ')}`;
    const [day, ...monthYear] = nextDay.split(' ');
    for (const written of [nextDay, `the ${day}th of ${monthYear.join(' ')}`]) {
      const onTheDay = await ask(`What did Kim say on ${written}?`);
      expect(onTheDay.answer.startsWith(`You say ${nextDay}; *${plainTitle(ghana.title)}* is dated ${formatDate(ghana.date)}. `), onTheDay.answer.split('\n')[0]).toBe(true);
    }
    // Asked what he produced, delivered or made: the works, not the word counted.
    const ofThe1970s = deps.corpus.works.filter((w) => w.year !== null && w.year >= 1970 && w.year <= 1979);
    for (const question of ['How many works did Kim produce in the 1970s?', 'How many works did Kim deliver in the 1970s?', 'Which works were produced in the 1970s?']) {
      const res = await ask(question);
      expect(res.citations, question).toEqual([]);
      expect(res.answer, question).toMatch(new RegExp(`^The collection holds ${ofThe1970s.length} works from 1970–1979 `));
    }
    // The time the works cover, asked with or without a word for them: their dates, nothing searched.
    for (const question of ['Which years are covered?', 'How many years are covered by the collection?', 'What period do they cover?']) {
      const res = await ask(question);
      expect(res.citations, question).toEqual([]);
      expect(res.answer, question).toMatch(new RegExp(`^The collection holds ${deps.corpus.works.length} works \\(\\d{4}–\\d{4}`));
    }
    expect((await ask('Who was Kim Il Sung?')).answer).toMatch(new RegExp(`^Of the ${deps.corpus.works.length} works in the collection, ${his.length} are by Kim Il Sung`));
  });

  it('lists the works with no date when asked which are undated, from their metadata', async () => {
    const undated = deps.corpus.works.filter((w) => w.year === null);
    expect(undated.length).toBeGreaterThan(0);
    for (const question of ['Which works are undated?', 'Which works have no date?']) {
      const res = await ask(question);
      expectGrounded(res);
      expect(res.citations, question).toEqual([]);
      expect(res.answer, question).toMatch(new RegExp(`^The collection holds ${undated.length} works? with no date: `));
      expect(res.structure.lead.filter((p) => p.workId).map((p) => p.workId).sort(), question).toEqual(undated.map((w) => w.id).sort());
    }
  });

  it('lists the works with their pages when asked, those whose source gives none, and as a reading list', async () => {
    const unpaged = deps.corpus.works.filter((w) => !w.pages);
    expect(unpaged.length).toBeGreaterThan(0);
    for (const question of ['Which works have no page numbers?', 'Which works are not paginated?']) {
      const res = await ask(question);
      expect(res.citations, question).toEqual([]);
      expect(res.answer, question).toMatch(new RegExp(`^The collection holds ${unpaged.length} works? for which the source gives no pages`));
      expect(res.structure.lead.filter((p) => p.workId).map((p) => p.workId).sort(), question).toEqual(unpaged.map((w) => w.id).sort());
    }
    for (const question of ['List the works with their pages', 'List every work with its page range', 'What pages is each work on?']) {
      const res = await ask(question);
      expect(res.citations, question).toEqual([]);
      expect(res.answer, question).toMatch(new RegExp(`^The collection holds ${deps.corpus.works.length} works`));
      for (const w of deps.corpus.works) expect(res.answer, question).toContain(w.pages ? formatPages(undefined, w.pages) : NO_PAGES);
    }
    // One work's pages, asked alone: said, nothing quoted; asked beside its key sentences, they are quoted.
    const interview1969 = deps.corpus.works.find((w) => w.year === 1969)!;
    for (const question of ['Which pages is the 1969 interview on?', 'What is the page range of the 1969 interview?']) {
      const res = await ask(question);
      expect(res.citations, question).toEqual([]);
      expect(res.answer, question).toBe(`*${interview1969.title}* (1 July 1969) is printed on ${formatPages(undefined, interview1969.pages)} of *${interview1969.source}*.`);
    }
    const southSouth = unpaged.find((w) => w.year === 1987)!;
    expect((await ask('What are the page numbers of the 1987 South-South speech?')).answer).toBe(`*${southSouth.title}* (9 June 1987): ${NO_PAGES}.`);
    expect((await ask('Give me the key sentences of the 1969 interview with page numbers')).citations.length).toBeGreaterThan(0);
    const reading = await ask('Give me a reading list');
    expect(reading.citations).toEqual([]);
    expect(reading.answer).toMatch(new RegExp(`^The collection holds ${deps.corpus.works.length} works`));
  });

  it('counts the works of each decade when asked, from their metadata, before listing them', async () => {
    const res = await ask('How many works are from each decade?');
    expectGrounded(res);
    expect(res.citations).toEqual([]);
    const dated = deps.corpus.works.filter((w) => w.year !== null);
    const decades = new Map<number, number>();
    for (const w of dated) decades.set(w.year! - (w.year! % 10), (decades.get(w.year! - (w.year! % 10)) ?? 0) + 1);
    const said = [...res.answer.matchAll(/(\d+) from the (\d{4})s/g)].map((m) => [Number(m[2]), Number(m[1])]);
    expect(new Map(said as [number, number][])).toEqual(decades);
    expect(res.answer).toMatch(/^By decade: /);
  });

  it.each(['What works are in the collection?', 'How many works are there?'])('lists the collection from its metadata when asked about it: %s', async (question) => {
    const res = await ask(question);
    expectGrounded(res);
    expect(res.mode).toBe('answer');
    expect(res.citations).toEqual([]);
    const byDate = [...deps.corpus.works].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
    expect(res.structure.lead.filter((p) => p.title).map((p) => p.text)).toEqual(byDate.map((w) => w.title));
    expect(res.answer.startsWith(`The collection holds ${deps.corpus.works.length} works`)).toBe(true);
  });

  it('reads a name of several words as the texts write it, typed in lower case: a passage holds it by its uncommon word, not by "movement"', async () => {
    const res = await ask('What did he say about the chollima movement?');
    expectGrounded(res);
    const inWords = res.structure.groups.filter((g) => g.kind === 'work').flatMap((g) => g.items);
    expect(inWords.length).toBeGreaterThan(0);
    for (const item of inWords) expect(res.citations.find((c) => c.n === item.n)!.quote).toMatch(/chollima/i);
    expect(res.answer.split('\n')[0]).toMatch(new RegExp(`^${inWords.length} passages? from `));
    // Holding "movement" alone (the Non-Aligned Movement) is no evidence that a passage addresses it: none is cited for it.
    for (const question of ['What did he say about the chollima movement?', 'How did he justify the Chollima movement?']) {
      const cited = (await ask(question)).citations.map((c) => deps.corpus.paragraphs.find((p) => p.id === c.passageId)!.text);
      expect(cited.filter((text) => /\bmovement\b/i.test(text)).every((text) => /chollima/i.test(text)), question).toBe(true);
    }
  });

  it('reads two English words the texts write as a name ("the soviet union", "the second seven-year plan") as that name when the question marks none', async () => {
    const sameAs = async (plain: string, careful: string) => {
      const [typed, written] = await Promise.all([ask(plain), ask(careful)]);
      expectGrounded(typed);
      expect(typed.citations.map((c) => c.passageId), plain).toEqual(written.citations.map((c) => c.passageId));
      expect(typed.answer.split('\n').find((line) => !line.startsWith('_')), plain).toBe(written.answer.split('\n').find((line) => !line.startsWith('_')));
      return typed;
    };
    // "Soviet technicians" holds the name by its uncommon word, as it does when the question capitalises it.
    const soviet = await sameAs('what did he say about the soviet union', 'What did he say about the Soviet Union?');
    expect(soviet.answer).not.toMatch(/^None of these passages uses the question's words/);
    // Only the Second Seven-Year Plan, not the Third's nor the Five-Year Plan's passages, holding "plan" and "year".
    const second = await sameAs('What did he say about the second seven-year plan?', 'What did he say about the Second Seven-Year Plan?');
    for (const c of second.citations) expect(c.quote).toMatch(/Second Seven-Year Plan/);
  });

  it('reads a number opening a name as which one is meant: no Seven-Year Plan holds "the Three-Year Plan"', async () => {
    for (const [question, name] of [
      ['What did he say about the Three-Year Plan?', /Three-Year Plan/],
      ['When did he stop mentioning the Seven-Year Plan?', /Seven-Year Plan/],
    ] as const) {
      const res = await ask(question);
      expectGrounded(res);
      const inWords = res.structure.groups.filter((g) => g.kind === 'work').flatMap((g) => g.items);
      expect(inWords.length, question).toBeGreaterThan(0);
      for (const item of inWords) expect(res.citations.find((c) => c.n === item.n)!.quote, question).toMatch(name);
    }
  });

  it('answers whom he addressed, naming no topic, with the titles and occasions of his works asked about, quoting nothing', async () => {
    const [of1986] = deps.corpus.works.filter((w) => w.year === 1986);
    expect(deps.corpus.works.filter((w) => w.year === 1986)).toHaveLength(1);
    // "to who", "with who", as many write it.
    for (const question of ['To whom did he talk in 1986?', 'Who interviewed him in 1986?', 'to who he speak in 1986', 'kim speak with who in 1986?']) {
      const res = await ask(question);
      expect(res.mode, question).toBe('answer');
      expect(res.citations).toEqual([]);
      expect(res.answer, question).toMatch(/^The title.* from 1986 /);
      expect(res.answer.endsWith(`: *${plainTitle(of1986!.title)}* (${formatDate(of1986!.date)}).`), question).toBe(true);
    }
    // Who interviewed him: the works that answer an interviewer's questions, each linked to its page; none of a year, said so.
    const interviews = deps.corpus.works.filter((w) => isOfKind(w, 'interview')).map((w) => w.id);
    expect(interviews.length).toBeGreaterThan(1);
    const all = await ask('Who interviewed him?');
    expect(all.structure.lead.filter((part) => part.workId).map((part) => part.workId).sort()).toEqual(interviews.sort());
    expect(deps.corpus.works.some((w) => w.year === 1961 && isOfKind(w, 'interview'))).toBe(false);
    expect((await ask('Who interviewed him in 1961?')).answer).toBe("None of his works from 1961 answers an interviewer's questions.");
    // Where they came from, which the titles say too.
    for (const question of ["Which countries did Kim's interviewers come from?", 'Where were his interviewers from?']) {
      const from = await ask(question);
      expect(from.citations, question).toEqual([]);
      expect(from.structure.lead.filter((part) => part.workId).map((part) => part.workId).sort(), question).toEqual(interviews.sort());
    }
    // Whom he addressed: all his works, with their occasions.
    const his = deps.corpus.works.filter((w) => w.author === 'Kim Il Sung');
    const addressed = await ask('Whom did he address?');
    expect(addressed.structure.lead.filter((part) => part.workId)).toHaveLength(his.length);
    for (const w of his.filter((w) => w.occasion)) expect(addressed.answer).toContain(w.occasion!);
    // Asked after an answer from several works: whom those works addressed; "Who interviewed him?" of them, none.
    const quoted = deps.corpus.works.filter((w) => !isOfKind(w, 'interview') && w.author === 'Kim Il Sung').slice(0, 3);
    const ofThem = await deps.answerer.answer({ question: 'Who was he speaking to?', search: 'What did he say about trade? Who was he speaking to?', cited: quoted.map((w) => w.id), filters: {}, mode: 'auto' });
    expect(ofThem.citations).toEqual([]);
    expect(ofThem.answer.startsWith(`The titles and occasions of his 3 works quoted above (`)).toBe(true);
    for (const w of quoted) expect(ofThem.answer).toContain(`*${plainTitle(w.title)}*`);
    const interviewed = await deps.answerer.answer({ question: 'Who interviewed him?', search: 'What did he say about trade? Who interviewed him?', cited: quoted.map((w) => w.id), filters: {}, mode: 'auto' });
    expect(interviewed.answer).toBe("None of his works quoted above answers an interviewer's questions.");
    // Asked after an answer from one work, with nothing else asked: whom that work addressed.
    const ghana = deps.corpus.works.find((w) => /\bGhana\b/.test(w.title))!;
    for (const question of ['Who asked the questions?', 'Who was he talking to?']) {
      const res = await deps.answerer.answer({ question, search: `Tell me about the Ghana interview ${question}`, cited: [ghana.id], filters: {}, mode: 'auto' });
      expect(res.citations, question).toEqual([]);
      expect(res.answer, question).toBe(`The title and occasion of his one work (1981) say whom he addressed: *${plainTitle(ghana.title)}* (${formatDate(ghana.date)}).`);
    }
    // A work named by its kind and year, and whom it was with asked, nothing else: whom it addressed, not its gist.
    const talk = deps.corpus.works.find((w) => w.year === 1974)!;
    const withWhom = await ask('Who was the 1974 talk with?');
    expect(withWhom.citations).toEqual([]);
    expect(withWhom.answer).toBe(`The title and occasion of his one work from 1974 say whom he addressed: *${plainTitle(talk.title)}* (${formatDate(talk.date)}).`);
  });

  it('quotes only the passages that hold a short phrase the question quotes, when any does', async () => {
    const holding = deps.corpus.paragraphs.filter((p) => /hat in hand/i.test(p.text));
    expect(holding.length).toBeGreaterThan(0);
    const res = await ask("Where does the phrase 'hat in hand' come from?");
    expectGrounded(res);
    expect(res.citations.map((c) => c.passageId).sort()).toEqual(holding.map((p) => p.id).sort());
    expect(res.answer).not.toMatch(/None of the sources contains/);
    // When none does, said so before the passages on the rest of the question; a phrase a title holds is not said so.
    expect(deps.corpus.paragraphs.some((p) => /\bnoose\b/i.test(p.text))).toBe(false);
    const none = await ask('My essay says Kim called foreign aid "a noose". Is that supported?');
    expectGrounded(none);
    expect(none.answer).toMatch(/^None of the sources contains “a noose”\. \d passages? from/);
    expect(none.citations.length).toBeGreaterThan(0);
    expect((await ask('What does "self-sustenance" mean?')).answer).not.toMatch(/None of the sources contains/);
  });

  it('answers a question that quotes something with where the sources have it, word for word or close, or that they do not', async () => {
    // A real sentence's first seven words, as a user would quote them.
    const paragraph = deps.corpus.paragraphs.find((p) => p.text.length > 200 && !p.text.includes('"'))!;
    const sentence = sentenceSpans(paragraph.text).map((s) => paragraph.text.slice(s.start, s.end)).find((s) => s.split(' ').length > 10)!;
    const words = sentence.split(' ').slice(0, 7);
    const work = deps.corpus.works.find((w) => w.id === paragraph.workId)!;
    // Where in the source: its pages, as a citation gives them.
    const where = `${formatDate(work.date, work.year)}, ${quotePages(paragraph, work)}`;
    expect(where).toMatch(/, pp?\. \d/);
    const exact = await ask(`Did he really say "${words.join(' ')}"?`);
    expectGrounded(exact);
    expect(exact.answer.split('\n')[0]).toBe(`“${words.join(' ')}” is word for word in *${plainTitle(work.title)}* (${where}):`);
    expect(exact.citations).toHaveLength(1);
    expect(exact.citations[0]!.passageId).toBe(paragraph.id);
    expect(exact.citations[0]!.quoteMarks!.map((m) => exact.citations[0]!.quote.slice(m.start, m.end))).toEqual([words.join(' ')]);
    // One word changed: the source's wording, from the same paragraph.
    const changed = [...words.slice(0, 3), 'certainly', ...words.slice(4)].join(' ');
    const close = await ask(`Where is "${changed}" from?`);
    expectGrounded(close);
    expect(close.answer.split('\n')[0]).toBe(`“${changed}” is not word for word in the sources; the closest wording is in *${plainTitle(work.title)}* (${where}):`);
    expect(close.citations[0]!.passageId).toBe(paragraph.id);
    expect(close.citations[0]!.quote).toContain(words.slice(4).join(' '));
    // The words that differ: the quotation's struck, the source's shown, in the structure and the Markdown.
    expect(close.structure.diff!.filter((d) => d.op === 'delete').map((d) => d.text)).toEqual(['certainly']);
    expect(close.structure.diff!.filter((d) => d.op === 'insert').map((d) => d.text)).toEqual([words[3]]);
    expect(close.answer).toContain('~~certainly~~');
    expect(exact.structure.diff).toBeUndefined();
    expect([exact.structure.quotation, close.structure.quotation]).toEqual(['exact', 'close']);
    // A typo in the quotation is the writer's word: looked up and said back as typed, never read as the source's and
    // called word for word (the search beside it reads it as meant).
    const sentenceOf1987 = 'Self-reliance is the only way for communists to achieve the ultimate victory of the revolution.';
    expect(deps.corpus.paragraphs.some((p) => p.text.includes(sentenceOf1987))).toBe(true);
    const typo = sentenceOf1987.replace('achieve', 'achive');
    const misspelt = await ask(`Check: "${typo}"`);
    expect(misspelt.structure.quotation).toBe('close');
    expect(misspelt.answer).toContain(`“${typo}” is not word for word in the sources`);
    expect(misspelt.structure.diff!.filter((d) => d.op !== 'equal').map((d) => [d.op, d.text])).toEqual([['delete', 'achive'], ['insert', 'achieve']]);
    // What comes after it, or it in context: its whole paragraph, the quotation marked in it.
    for (const question of [`What comes after "${words.join(' ')}"?`, `Show me "${words.join(' ')}" in context`, `What did he say right after "${words.join(' ')}"?`]) {
      const around = await ask(question);
      expectGrounded(around);
      expect(around.answer.split('\n')[0], question).toBe(`“${words.join(' ')}” is word for word in *${plainTitle(work.title)}* (${where}), in its whole paragraph:`);
      expect(around.citations.map((c) => c.quote), question).toEqual([paragraph.text]);
      expect(around.citations[0]!.quoteMarks!.map((m) => paragraph.text.slice(m.start, m.end)), question).toEqual([words.join(' ')]);
    }
    // Its page asked, of a work the source gives no pages for: said so.
    const unpaged = deps.corpus.paragraphs.find((p) => !p.page && !deps.corpus.works.find((w) => w.id === p.workId)!.pages && p.text.split(' ').length > 10)!;
    const unpagedWork = deps.corpus.works.find((w) => w.id === unpaged.workId)!;
    const seven = unpaged.text.split(' ').slice(0, 7).join(' ');
    expect((await ask(`What page is "${seven}" on?`)).answer.split('\n')[0]).toBe(`“${seven}” is word for word in *${plainTitle(unpagedWork.title)}* (${formatDate(unpagedWork.date, unpagedWork.year)}, ${NO_PAGES}):`);
    // Invented: said, then the question is searched as any other.
    const invented = await ask('Is this quote real: "the moon belongs to the bold cosmonauts"?');
    expectGrounded(invented);
    expect(invented.answer.split('\n')[0]).toMatch(/^“the moon belongs to the bold cosmonauts” is not in the sources, word for word or close\. /);
    // Asked who said it, or when: no passage is said to be where it was said.
    for (const question of ['Who said "the people are the masters of the revolution"?', 'When did he say "we must never rely on the Soviet Union"?']) {
      const lead = (await ask(question)).answer.split('\n')[0]!;
      expect(lead, question).toMatch(/ is not in the sources, word for word or close\. \d+ passages? from /);
      expect(lead, question).not.toMatch(/\b(?:Said|Written|Asked)\b/);
    }
    // Two quotations asked: the first is checked, and the answer says so, pointing to the Check page for all.
    const both = await ask(`Check these: "${words.join(' ')}" and "the moon belongs to the bold cosmonauts"`);
    expect(both.answer.split('\n')[0]).toBe(`The first of the 2 quotations is checked here; the Check page checks them all. “${words.join(' ')}” is word for word in *${plainTitle(work.title)}* (${where}):`);
  });

  it('says what the question gets wrong of a quotation\'s source, as the check does of an essay\'s', async () => {
    const quotation = "Self-reliance means standing on one's own feet";
    const paragraph = deps.corpus.paragraphs.find((p) => p.text.includes(quotation))!;
    const work = deps.corpus.works.find((w) => w.id === paragraph.workId)!;
    const other = deps.corpus.works.find((w) => w.year !== null && w.year !== work.year && w.author === work.author)!;
    const lead = async (question: string) => (await ask(question)).answer.split('\n')[0]!;
    expect(await lead(`Is this quote accurate: "${quotation}" (${other.year})?`)).toMatch(
      new RegExp(`\\. You say ${other.year}; the source: ${formatDate(work.date, work.year)} \\(the date does not match\\):$`),
    );
    expect(await lead(`Did Zhang Chao write "${quotation}"?`)).toContain(`You say Zhang Chao; the source: ${formatDate(work.date, work.year)}, by ${work.author} (the author does not match):`);
    // What matches goes unsaid.
    expect(await lead(`Is this quote accurate: "${quotation}" (${work.year})?`)).not.toContain('You say');
  });

  it('reads words in quotation marks as quoted, not as pointing back ("this study" in a quotation of the abstract)', async () => {
    const abstract = deps.corpus.works.find((w) => w.author !== 'Kim Il Sung')!;
    const paragraph = deps.corpus.paragraphs.find((p) => p.workId === abstract.id)!;
    const quotation = paragraph.text.split(/(?<=\.)\s/)[0]!.replace(/\.$/, '');
    expect(quotation).toMatch(/^This study\b/);
    const res = await ask(`Who said "${quotation}"?`);
    expectGrounded(res);
    expect(res.answer.split('\n')[0]!.startsWith(`“${quotation}” is word for word in *${plainTitle(abstract.title)}* (`)).toBe(true);
    expect(res.citations.map((c) => c.workId)).toEqual([abstract.id]);
  });

  it('looks up words a question reports as said, without quotation marks, and says so when they are word for word', async () => {
    const paragraph = deps.corpus.paragraphs.find((p) => p.text.length > 200 && !p.text.includes('"'))!;
    const sentence = sentenceSpans(paragraph.text).map((s) => paragraph.text.slice(s.start, s.end)).find((s) => s.split(' ').length > 10)!;
    const words = sentence.split(' ').slice(1, 8).join(' ');
    const work = deps.corpus.works.find((w) => w.id === paragraph.workId)!;
    for (const question of [`Did he really say that ${words}?`, `Did Kim Il Sung say ${words}?`, `When did he say ${words}?`, `In which speech did he say that ${words}?`]) {
      const res = await ask(question);
      expectGrounded(res);
      expect(res.answer.split('\n')[0]!.startsWith(`“${words}” is word for word in *${plainTitle(work.title)}* (`), question).toBe(true);
      expect(res.citations.map((c) => c.passageId), question).toEqual([paragraph.id]);
    }
    // A claim of what he said, then whether it is right: looked up so too, and its date and work checked.
    const peru = deps.corpus.works.find((w) => /\bPeru\b/.test(w.title))!;
    for (const question of ['Kim told the Benin official in 1979 that the economy supports politics. Correct?', 'In 1979 Kim said the economy supports politics. Is that the right year?']) {
      const claimed = await ask(question);
      expectGrounded(claimed);
      expect(claimed.answer.split('\n')[0], question).toContain(`“the economy supports politics” is word for word in *${plainTitle(peru.title)}* (24 May 1978`);
      expect(claimed.answer.split('\n')[0], question).toMatch(/\(the date (?:and the work )?do(?:es)? not match\):$/);
    }
    // Put in other words, they are searched as any question, the passages close in meaning under a lead that says the
    // words are not the sources'; asked when, no passage's date is given as when they were said.
    for (const [question, words] of [
      ['Did he ever say economic independence is the basis of political independence?', 'economic independence is the basis of political independence'],
      ['When did he say that foreign aid is poison?', 'foreign aid is poison'],
    ] as const) {
      const reworded = await ask(question);
      expectGrounded(reworded);
      expect(reworded.structure.quotation, question).toBeUndefined();
      expect(reworded.citations.length, question).toBeGreaterThan(1);
      expect(reworded.answer.split('\n')[0]!.startsWith(`“${words}” is not word for word in the sources. `), question).toBe(true);
      expect(reworded.answer, question).not.toMatch(/\bSaid on\b/);
    }
    // Word for word, but words the source reports of others ("Some say that …"): said so.
    const reportedOfOthers = await ask('Did Kim say that a small country need not have a comprehensively developed industry?');
    expect(reportedOfOthers.answer.split('\n')[0]).toMatch(/ is word for word in .*, in words the source reports of others \(“Some say that”\):$/);
    // Dated, in other words: the date is what is checked, not where to look ("lose faith in their own strength" is 1969's).
    const dated = await ask('In 1961 Kim said that relying on foreign aid makes people lose faith in their own strength. Is that right?');
    expectGrounded(dated);
    expect(dated.answer.split('\n')[0]).toContain('is not word for word in the sources; searched in every work, not only in those of 1961.');
    expect(dated.citations.some((c) => c.year === 1969 && /lose faith in their own strength/.test(c.quote))).toBe(true);
    // "Is it true that …" asks whether what follows holds: "true" is no word to look for.
    const whether = await ask('Is it true that Kim Il Sung opposed all foreign aid?');
    expect(whether.citations.every((c) => !/\btrue\b/i.test(c.quote))).toBe(true);
  });

  it('reads a whole title in a question as the work it names, not as a quotation to look up', async () => {
    const speech = deps.corpus.works.find((w) => w.year === 1961)!;
    for (const question of [`Summarise "${speech.title}"`, `Summarise ${speech.title}`]) {
      const res = await ask(question);
      expectGrounded(res);
      const first = res.answer.split('\n')[0]!;
      expect(first.startsWith(`From *${plainTitle(speech.title)}* (1 December 1961), the `), first).toBe(true);
      expect(first).toMatch(/ sentences that carry most of its key words/);
    }
    // Kept to the work it names, for what else the question asks.
    const nonAligned = deps.corpus.works.find((w) => w.year === 1987 && w.occasion?.includes('Non-Aligned'))!;
    const res = await ask(`What does he say about agriculture in "${nonAligned.title}"?`);
    expectGrounded(res);
    expect(res.answer).not.toMatch(/not in the sources/);
    expect(new Set(res.citations.map((c) => c.workId))).toEqual(new Set([nonAligned.id]));
    expect(res.citations[0]!.quote).toMatch(/\bagricultur/i);
    // Asked when, or by whom: the work's date and place, or its author; a title's years ("(1945-1956)") are no comparison.
    const peru = deps.corpus.works.find((w) => /\bPeru\b/.test(w.title))!;
    for (const question of [`When was "${peru.title}" given?`, 'When was the talk to the Peruvian ex-premier?', 'What was the date of his talk to the Peruvian ex-premier?', 'What year was the talk to the Peruvian ex-premier?', 'What year was the Peru talk?']) {
      const when = await ask(question);
      expectGrounded(when);
      expect(when.answer.startsWith(`Said on ${formatDate(peru.date)}, in *${plainTitle(peru.title)}*`), when.answer.split('\n')[0]).toBe(true);
      expect(new Set(when.citations.map((c) => c.workId))).toEqual(new Set([peru.id]));
    }
    // Named by names in capitals before its kind: the same ("the Ghana Times interview" is not the 1993 speech).
    for (const [question, named] of [['When was the Ghana Times interview?', /\bGhana Times\b/], ['What year is the Yugoslav interview from?', /\bYugoslav\b/]] as const) {
      const when = await ask(question);
      const work = deps.corpus.works.find((w) => named.test(w.title))!;
      expect(when.answer.startsWith(`Said on ${formatDate(work.date)}, in *${plainTitle(work.title)}*`), when.answer.split('\n')[0]).toBe(true);
      expect(new Set(when.citations.map((c) => c.workId))).toEqual(new Set([work.id]));
    }
    // Named by its year and kind: the same; asked by whom, its author too.
    const southSouth = deps.corpus.works.find((w) => w.year === 1987 && /\bSpeech\b/.test(w.occasion ?? ''))!;
    for (const [question, said] of [
      ['When was the 1987 speech given?', 'Said on'],
      ['What was the occasion of the 1987 speech?', 'Said on'],
      ['What was the purpose of the 1987 speech?', 'Said on'],
      ['Who gave the 1987 speech?', `Said by ${southSouth.author} on`],
      // Its author asked as another's: whose it is.
      ['Did Zhang Chao write the 1987 speech?', `Said by ${southSouth.author} on`],
    ] as const) {
      const when = await ask(question);
      expectGrounded(when);
      const first = when.answer.split('\n')[0]!;
      expect(first.startsWith(`${said} ${formatDate(southSouth.date)}, in *${plainTitle(southSouth.title)}*`), first).toBe(true);
      expect(first).toMatch(/ sentences that carry most of its key words/);
      expect(new Set(when.citations.map((c) => c.workId))).toEqual(new Set([southSouth.id]));
    }
    // Its first words in quotation marks, as citations shorten a title: the same.
    const shortened = await ask(`When was "${peru.title.split(' ').slice(0, 5).join(' ')}" given?`);
    expect(shortened.answer.startsWith(`Said on ${formatDate(peru.date)}, in *${plainTitle(peru.title)}*; the 4 sentences`), shortened.answer.split('\n')[0]).toBe(true);
    // "Who was …?" of a name only one work's title holds, no passage: that work, its title saying who, and that the
    // sources say no more; so for what a title names by several words. Words a passage holds too: the work, as asked
    // of whom; of what, the passages that say it (below).
    const hamrouche = deps.corpus.works.find((w) => /\bHamrouche\b/.test(w.title))!;
    const ghana = deps.corpus.works.find((w) => /\bGhana Times\b/.test(w.title))!;
    const voluntad = deps.corpus.works.find((w) => /\bVoluntad\b/.test(w.title))!;
    for (const [question, work] of [
      ['Who was Hamrouche?', hamrouche],
      ["Who's Hamrouche?", hamrouche],
      ['Who was the editor-in-chief of the Ghana Times?', ghana],
      ['Who is the director of Voluntad?', voluntad],
      ['Who was the ex-premier?', peru],
    ] as const) {
      const who = await ask(question);
      expectGrounded(who);
      const first = who.answer.split('\n')[0]!;
      expect(first.startsWith(`The sources speak of this only in the title of *${plainTitle(work.title)}* (${formatDate(work.date)}); no passage says more. From it, the`), first).toBe(true);
      expect(new Set(who.citations.map((c) => c.workId))).toEqual(new Set([work.id]));
    }
    // What only a title's words name, asked with no name ("What are the six goals?"): the same, no sentence holding them.
    const goals = deps.corpus.works.find((w) => /\bsix goals\b/i.test(w.title))!;
    expect(deps.corpus.paragraphs.some((p) => /\bsix\b/i.test(p.text) && /\bgoals?\b/i.test(p.text))).toBe(false);
    for (const question of ['What are the six goals?', 'What did he say about the six goals?']) {
      const titled = await ask(question);
      expectGrounded(titled);
      expect(titled.answer.split('\n')[0]!.startsWith(`The sources speak of this only in the title of *${plainTitle(goals.title)}* (${formatDate(goals.date)}); no passage says more.`), question).toBe(true);
      expect(new Set(titled.citations.map((c) => c.workId))).toEqual(new Set([goals.id]));
    }
    // Whether or not the search finds the titled work's passages, and asked what the words mean.
    const sustenance = deps.corpus.works.find((w) => /\bself-sustenance\b/i.test(w.title))!;
    expect(deps.corpus.paragraphs.some((p) => /\bsustenance\b/i.test(p.text))).toBe(false);
    for (const question of ['What is self-sustenance?', 'What does "self-sustenance" mean?']) {
      const titled = await ask(question);
      expectGrounded(titled);
      expect(titled.answer.split('\n')[0]!.startsWith(`The sources speak of this only in the title of *${plainTitle(sustenance.title)}* (${formatDate(sustenance.date)}); no passage says more.`), question).toBe(true);
    }
    // Words that only a work's occasion holds are said to be there, not in its title: "the Supreme People's Assembly".
    const assembly = deps.corpus.works.find((w) => /\bSupreme People's Assembly\b/.test(w.occasion ?? '') && !/\bAssembly\b/.test(w.title))!;
    expect(deps.corpus.paragraphs.some((p) => /\bSupreme People's Assembly\b/i.test(p.text))).toBe(false);
    for (const question of ["What is the Supreme People's Assembly?", "What did he say about the Supreme People's Assembly?"]) {
      const occasioned = await ask(question);
      expectGrounded(occasioned);
      expect(occasioned.answer.split('\n')[0]!.startsWith(`The sources speak of this only in the occasion given for *${plainTitle(assembly.title)}* (${formatDate(assembly.date)}): “${assembly.occasion}”; no passage says more.`), question).toBe(true);
      expect(new Set(occasioned.citations.map((c) => c.workId))).toEqual(new Set([assembly.id]));
    }
    // What a title's words are, when the texts say it: the passages that do, not the work's key sentences.
    const what = await ask('What is South-South cooperation?');
    expectGrounded(what);
    expect(what.answer).not.toMatch(/sentences that carry most of its key words/);
    expect(what.citations[0]!.quote).toMatch(/^South-South cooperation is\b/);
    // "talk" as a verb names no work: every work that mentions Peru may answer.
    const mentioned = await ask('When did he talk about Peru?');
    expect(mentioned.citations.some((c) => c.workId !== peru.id)).toBe(true);
    // Whom a work addressed, asked when, is that work's date: not the date of a passage on talking to journalists.
    const [iraqi, benin, yugoslav] = [/\bIraqi\b/, /\bBenin\b/, /\bYugoslav\b/].map((name) => deps.corpus.works.find((w) => name.test(w.title))!);
    for (const [question, work] of [
      ['When did he talk to the Iraqi journalists?', iraqi],
      ['when did he meet the iraqi journalists', iraqi],
      ['When did he tell the Iraqi journalists about independence?', iraqi],
      ['when did he speak to the benin delegation', benin],
      // Met, received, welcomed: as said to ("delegation" of the Iraqi title too does not make it that work's).
      ['when did he meet the benin delegation', benin],
      // Typed all in lower case with the author's name, by another form of its name, or described ("the former Peruvian
      // leader" for "the ex-premier of the Republic of Peru").
      ['when did kim talk to journalists from iraq', iraqi],
      ['when did kim speak to the yugoslav journalist', yugoslav],
      ['when did kim talk with the former peruvian leader', peru],
      ['what day did kim meet the benin official', benin],
      ['When did he receive the Benin delegation?', benin],
      // Its author named, as "he" is.
      ['In what year did Kim meet the Iraqi journalists?', iraqi],
      ['What year did Kim Il Sung receive the Benin delegation?', benin],
    ] as const) {
      const dated = await ask(question);
      expectGrounded(dated);
      expect(dated.answer.split('\n')[0], question).toMatch(new RegExp(`^Said on ${formatDate(work!.date)}, in \\*${plainTitle(work!.title)}\\*`));
      expect(dated.citations.every((c) => c.workId === work!.id), question).toBe(true);
    }
    // Someone no work's heading names, whatever the passages mention of them: no work is addressed to them, nor is the date
    // of a passage on meeting journalists said to be theirs; the works to those the same word names are listed.
    expect(deps.corpus.works.some((w) => /\bJapanese\b/.test(`${w.title} ${w.occasion ?? ''}`))).toBe(false);
    expect(deps.corpus.paragraphs.some((p) => /\bJapanese\b/.test(p.text))).toBe(true);
    for (const [question, addressee] of [
      ['When was the interview with the Japanese journalists?', 'the Japanese journalists'],
      ['What did he tell the Japanese journalists?', 'the Japanese journalists'],
      ['When did he meet the president of Japan?', 'the president of Japan'],
      // An interview given to them: not the passages that speak of newspapers and Africa.
      ['Which interviews did he give to African newspapers?', 'African newspapers'],
      // Typed in lower case, a name is a word no English word list holds (nor a typo of one).
      ['when did he meet the japanese journalists', 'the japanese journalists'],
    ] as const) {
      const none = await ask(question);
      expect(none.mode, question).toBe('abstain');
      expect(none.answer, question).not.toMatch(/^Said on/);
      expect(none.answer.split('\n')[0], question).toContain(`No heading in the collection names a work addressed to ${addressee}.`);
    }
    // Words of English, typed in lower case, are no names: the 1987 talk to officials of the economic sector is still found.
    for (const question of ['what did he tell the economic officials', 'what did he tell the econmic officials']) expect((await ask(question)).mode, question).toBe('answer');
    const toJournalists = (await ask('When was the interview with the Japanese journalists?')).answer.split('\n')[0]!;
    expect(toJournalists).toContain(` Addressed to journalists: *${plainTitle(iraqi!.title)}* (${formatDate(iraqi!.date)}).`);
    // Whom it addressed said by a name of its title and a word for them ("the Arab interviewers", "the benin guy"): that work.
    const arab = deps.corpus.works.find((w) => /\bArab\b/.test(w.title))!;
    const told = await ask('What did he tell the Arab interviewers?');
    expect(told.answer.split('\n')[0]).toMatch(new RegExp(`^From \\*${plainTitle(arab.title)}\\*`));
    // The verb of meeting them is no topic asked of the work: the work as a whole.
    const met = await ask('What did he say when he met the Peruvian ex-premier?');
    expect(met.answer.split('\n')[0]).toMatch(new RegExp(`^From \\*${plainTitle(peru.title)}\\*`));
    const planning = await ask('what did he say to the benin guy about planning');
    expect(planning.mode).toBe('answer');
    expect(planning.citations.every((c) => c.workId === benin!.id && /\bplan/i.test(c.quote))).toBe(true);
    // Told something by someone is no one he addressed: not the work whose title holds what he was told.
    const toldBy = await ask('When was he told that the revolutionary spirit of self-reliance was the most important lesson of a visit?');
    expect(toldBy.answer).toMatch(/^Asked on /);
    const article = deps.corpus.works.find((w) => w.author !== peru.author)!;
    const byWhom = await ask(`Who wrote "${article.title.replace(/[“”]/g, "'")}"?`);
    expect(byWhom.mode).toBe('answer');
    expect(byWhom.answer.startsWith(`From the abstract of *${plainTitle(article.title)}*`), byWhom.answer.split('\n')[0]).toBe(true);
    expect(byWhom.answer.split('\n')[0]).toContain(`by ${article.author}`);
    // The period a work covers asks for the work as a whole: the article's abstract says it.
    const period = await ask('What period does the article cover?');
    expect(period.answer.startsWith(`From the abstract of *${plainTitle(article.title)}*`), period.answer.split('\n')[0]).toBe(true);
    // Its keywords line lists terms: no quote of what the work says.
    expect(deps.corpus.paragraphs.some((p) => p.workId === article.id && /^Keywords:/.test(p.text))).toBe(true);
    expect(period.citations.some((c) => /^Keywords:/.test(c.quote))).toBe(false);
  });

  it('sets the works of times compared on no topic side by side, each by its key sentence, saying no topic was named', async () => {
    const ofTimes = (test: (year: number) => boolean) => deps.corpus.works.filter((w) => w.year !== null && test(w.year)).map((w) => w.id).sort();
    for (const [question, works] of [
      ['Compare the 1960s and the 1980s', ofTimes((y) => (y >= 1960 && y < 1970) || (y >= 1980 && y < 1990))],
      ['Compare 1961 and 1993', ofTimes((y) => y === 1961 || y === 1993)],
      ['How did things change from 1961 to 1993?', ofTimes((y) => y >= 1961 && y <= 1993)],
    ] as const) {
      const res = await ask(question);
      expectGrounded(res);
      expect(res.answer.split('\n')[0], question).toMatch(new RegExp(`^No topic named to compare them on: ${works.length} works side by side \\(.*\\), in date order, each by the sentence that carries most of its key words:$`));
      expect(res.citations.map((c) => c.workId).sort(), question).toEqual(works);
    }
    // With a topic, the topic is compared.
    expect((await ask('How did his view of trade change between the 1960s and 1980s?')).answer).not.toMatch(/side by side/);
  });

  it('sets two works named by year and kind side by side, each by its key sentences, in date order', async () => {
    const talks = deps.corpus.works.filter((w) => (w.year === 1974 || w.year === 1978) && /^Talk\b/.test(w.title)).sort((a, b) => a.date!.localeCompare(b.date!));
    expect(talks).toHaveLength(2);
    const res = await ask('Compare the 1974 and 1978 talks');
    expectGrounded(res);
    expect(res.answer.split('\n')[0]).toMatch(/^2 works side by side \(1974 and 1978\), in date order, each by the sentences that carry most of its key words:$/);
    expect(res.structure.groups.map((g) => (g.kind === 'work' ? g.work.id : g.kind))).toEqual(talks.map((w) => w.id));
    expect(res.structure.wholeWork).toBe(true);
    for (const g of res.structure.groups) expect(g.items.length).toBeLessThanOrEqual(3);
    // Each key sentence says something alone: none opens on the one before it ("Therefore, it is not subordinated …").
    const opener = String.raw`(?:Therefore|Thus|Hence|Consequently|Accordingly|As a result|The same)\b`;
    const leansBack = new RegExp(`^${opener}`);
    expect(deps.corpus.paragraphs.some((p) => p.workId === talks[0]!.id && new RegExp(`(?:^|[.?!] )${opener}`).test(p.text))).toBe(true);
    for (const c of res.citations) expect(c.quote).not.toMatch(leansBack);
    // Summed up together, as compared.
    expect((await ask('Summarise the 1974 and 1978 talks')).answer.split('\n')[0]).toBe(res.answer.split('\n')[0]);
    // With a topic, the comparison searches it.
    expect((await ask('Compare the 1974 and 1978 talks on oil')).answer).not.toMatch(/side by side/);
    // The scholarly work pointed at, beside a work named by year: its abstract beside the other's key sentences.
    const article = deps.corpus.works.find((w) => w.author !== talks[0]!.author)!;
    const withArticle = await ask('Compare the article with the 1967 speech');
    expectGrounded(withArticle);
    expect(withArticle.answer.split('\n')[0]).toMatch(/^2 works side by side \(1967; 1 undated\), in date order, each by the sentences that carry most of its key words, a scholarly work by its abstract:$/);
    expect(withArticle.structure.groups.map((g) => (g.kind === 'work' ? g.work.id : g.kind))).toEqual([deps.corpus.works.find((w) => w.year === 1967)!.id, article.id]);
    // With a topic, the two are searched: each one's best, whatever a year naming the other weighs; one silent is said so.
    const speech1961 = deps.corpus.works.find((w) => w.year === 1961)!;
    const onSelfReliance = await ask('Compare the 1961 speech and the abstract on self-reliance');
    expectGrounded(onSelfReliance);
    expect(onSelfReliance.structure.groups.flatMap((g) => (g.kind === 'work' ? [g.work.id] : []))).toEqual([speech1961.id, article.id]);
    expect(deps.corpus.paragraphs.some((p) => p.workId === speech1961.id && /heavy industry/i.test(p.text))).toBe(false);
    // Asked what the two say, with no word of comparing, they are compared as well: the abstract not summed up alone.
    for (const question of ['Compare what the 1961 speech and the abstract say about heavy industry', 'What do the 1961 speech and the abstract say about heavy industry?']) {
      const onHeavyIndustry = await ask(question);
      expectGrounded(onHeavyIndustry);
      expect(onHeavyIndustry.answer, question).toMatch(new RegExp(`^\\*${speech1961.title}\\* \\(1 December 1961\\) does not (?:use the question's words|address this)\\. `));
      expect(onHeavyIndustry.citations[0]!.passageId.startsWith(article.id), question).toBe(true);
    }
    // A named work silent on the topic is said by its title, not its year, which another work shares that is not silent.
    const talk1987 = deps.corpus.works.find((w) => w.year === 1987 && /\btalk\b/i.test(w.occasion ?? ''))!;
    expect(deps.corpus.paragraphs.some((p) => p.workId === talk1987.id && /\btrade\b/i.test(p.text))).toBe(false);
    expect(deps.corpus.paragraphs.some((p) => p.workId !== talk1987.id && p.workId.startsWith('1987') && /\btrade\b/i.test(p.text))).toBe(true);
    const onTrade = await ask('What do the 1961 speech and the 1987 talk say about trade?');
    expectGrounded(onTrade);
    expect(onTrade.answer.startsWith(`*${plainTitle(talk1987.title)}* (${formatDate(talk1987.date)}) does not `)).toBe(true);
    expect(onTrade.answer).not.toMatch(/No work from 1987/);
    // Two works of one year, each named by its kind and the words of its title or occasion.
    const of1987 = deps.corpus.works.filter((w) => w.year === 1987).sort((a, b) => a.date!.localeCompare(b.date!));
    expect(of1987).toHaveLength(2);
    const sameYear = await ask('How is the 1987 South-South speech different from the 1987 talk to economic officials?');
    expectGrounded(sameYear);
    expect(sameYear.structure.wholeWork).toBe(true);
    expect(sameYear.structure.groups.map((g) => (g.kind === 'work' ? g.work.id : g.kind))).toEqual(of1987.map((w) => w.id));
  });

  it('bounds a time by a work ("after the 1987 South-South speech") by its year, every work kept on the side asked', async () => {
    const works = deps.corpus.works;
    expect(workBoundsAsYears('What did he say after the 1987 South-South speech?', works)).toBe('What did he say after 1987?');
    expect(workBoundsAsYears('What did he say since the 1967 programme about aid?', works)).toBe('What did he say since 1967 about aid?');
    // Another work of its year on the other side: the whole year kept out ("since" the June 1987 speech is not since January 1987).
    expect(workBoundsAsYears('What did he say since the South-South speech?', works)).toBe('What did he say after 1987?');
    expect(workBoundsAsYears('What did he say until the 1987 South-South speech?', works)).toBe('What did he say until 1987?');
    expect(workBoundsAsYears('What did he say before the South-South speech?', works)).toBe('What did he say before 1987?');
    // A verb of order bounds it as the word of time does.
    expect(workBoundsAsYears('Which speeches followed the 1974 talk?', works)).toBe('Which speeches after 1974?');
    expect(workBoundsAsYears('Which works preceded the Benin interview?', works)).toBe('Which works before 1979?');
    // No work named, or one with no date: as written.
    for (const question of ['What did he say after the war?', 'What did he say after the article?']) expect(workBoundsAsYears(question, works), question).toBe(question);
    const after = await ask('What did he say after the 1987 South-South speech?');
    expectGrounded(after);
    expect(after.structure.wholeWork).toBeUndefined();
    expect(after.citations.length).toBeGreaterThan(0);
    for (const c of after.citations) expect(c.year!).toBeGreaterThan(1987);
    const before = await ask('What did he say before his talk with the Peruvian ex-premier?');
    expect(new Set(before.citations.map((c) => c.workId)).size).toBeGreaterThan(1);
    for (const c of before.citations) expect(c.year!).toBeLessThan(1978);
    // "Which works came after …?" lists them, from their metadata, as "Which works are after …?" does.
    const listed = await ask('What works came after the Benin interview?');
    const later = works.filter((w) => w.year !== null && w.year > 1979);
    expect(listed.answer).toMatch(new RegExp(`^The collection holds ${later.length} works dated after 1979 `));
  });

  it('says the date of a work named by its title with a year not its own, and answers of the work ("“…”, 1986")', async () => {
    const works = deps.corpus.works;
    const southSouth = works.find((w) => w.title === 'Let us develop South-South cooperation')!;
    expect(titleYearsChecked('What did he say in "Let us develop South-South cooperation" in 1986?', works)).toEqual({ text: 'What did he say in "Let us develop South-South cooperation"?', dated: { work: southSouth, said: '1986' } });
    // Its own year, or no title, is as written.
    for (const question of ['What did he say in "Let us develop South-South cooperation" in 1987?', 'What did he say in 1986?']) expect(titleYearsChecked(question, works).dated, question).toBeNull();
    const corrected = await ask('Correct my citation: Kim Il Sung, "Let us develop South-South cooperation", 1986');
    expect(corrected.answer.split('\n')[0]).toBe(`You say 1986; *${southSouth.title}* is dated ${formatDate(southSouth.date)}. To cite *${southSouth.title}* (${formatDate(southSouth.date)}):`);
    expect(corrected.structure.workCitation?.workIds).toEqual([southSouth.id]);
  });

  it('checks the year a question gives a work it names by its words, not its whole title ("Is the Oslobodjenje interview from 1985?")', async () => {
    const works = deps.corpus.works;
    const yugoslav = works.find((w) => /\bOslobodjenje\b/.test(w.title))!;
    const iraqi = works.find((w) => /\bIraqi\b/.test(w.title))!;
    expect(works.some((w) => w.year === 1985)).toBe(false);
    for (const question of ['Is the Oslobodjenje interview from 1985?', 'I cited the Oslobodjenje interview as 1985. Is that right?']) {
      const res = await ask(question);
      expect(res.answer.split('\n')[0], question).toMatch(new RegExp(`^You say 1985; \\*${plainTitle(yugoslav.title)}\\* is dated ${formatDate(yugoslav.date)}\\. `));
      expect(res.answer, question).not.toMatch(/None of them is from 1985/);
    }
    // Its own year: the date said, none corrected.
    const right = await ask('i wrote that the Iraqi interview was in october 1971. correct?');
    expect(right.answer.split('\n')[0]).toMatch(new RegExp(`^\\*${plainTitle(iraqi.title)}\\* is dated ${formatDate(iraqi.date)}\\. `));
    // What he said names no work whose date is checked, though its words are a title's: the work named beside it is.
    const ghanaTimes = works.find((w) => /\bGhana Times\b/.test(w.title))!;
    const claimed = await ask('Kim told Ghanaian journalists in 1981 that economic self-sufficiency is the basis of political independence. Correct?');
    expect(claimed.answer.split('\n')[0]).toMatch(new RegExp(`^\\*${plainTitle(ghanaTimes.title)}\\* is dated ${formatDate(ghanaTimes.date)}\\. `));
    expect(titleYearsChecked('Kim said in 1982 that self-reliance is a revolutionary spirit and fighting principle of independent people. Is 1982 right?', works).dated).toBeNull();
    // Not checking a claim, a year apart from a work named by its words is a time asked about.
    expect(titleYearsChecked('What did the Oslobodjenje interview say about aid compared with 1987?', works).dated).toBeNull();
    expect(titleYearsChecked('What did he tell the Ghana Times about 1953?', works).dated).toBeNull();
    // Written next to its name, the year is given the work, asked or checked: said back, and the work answers, not
    // another of that year ("the 1982 Ghana Times interview" is no 1982 work).
    const ghana = works.find((w) => /\bGhana Times\b/.test(w.title))!;
    expect(ghana.year).toBe(1981);
    for (const question of ['What did Kim tell the Ghana Times in 1982?', 'What did he say in the 1982 Ghana Times interview?']) {
      const res = await ask(question);
      expectGrounded(res);
      expect(res.answer.split('\n')[0], question).toMatch(new RegExp(`^You say 1982; \\*${plainTitle(ghana.title)}\\* is dated ${formatDate(ghana.date)}\\. `));
      expect(res.citations.every((c) => c.workId === ghana.id), question).toBe(true);
    }
  });

  it('checks the month a question gives a work it names, by a kind and a year too ("Was the 1987 talk given in June?")', async () => {
    const works = deps.corpus.works;
    const talk = works.find((w) => w.year === 1987 && /\btalk\b/i.test(`${w.title} ${w.occasion ?? ''}`))!;
    expect(talk.date).toMatch(/^1987-01-/);
    for (const [question, said] of [
      ['Was the 1987 talk given in June?', 'June'],
      ['was the 1987 talk to senior officials given in january or june?', 'January or June'],
    ] as const) {
      const res = await ask(question);
      expect(res.answer.split('\n')[0], question).toMatch(new RegExp(`^You say ${said}; \\*${plainTitle(talk.title)}\\* is dated ${formatDate(talk.date)}\\. `));
      expect(res.citations.every((c) => c.workId === talk.id), question).toBe(true);
    }
    const benin = works.find((w) => /\bBenin\b/.test(w.title))!;
    expect(titleYearsChecked('Was the Benin interview dated 30 June 1979 or 30 July 1979?', works)).toEqual({ text: 'Was the Benin interview?', dated: { work: benin, said: '30 June 1979 or 30 July 1979' } });
    // The work's own month: nothing said back to a question asking whether, nothing left out.
    expect(titleYearsChecked('Was the 1987 talk given in January?', works)).toEqual({ text: 'Was the 1987 talk given in January?', dated: null });
  });

  it('reads "I need the exact date of …" as asking when, as "What is the exact date of …?" is', async () => {
    const peru = deps.corpus.works.find((w) => /\bPeru\b/.test(w.title))!;
    const res = await ask('I need the exact date of the Peru talk');
    expect(res.answer.split('\n')[0]).toMatch(new RegExp(`^Said on ${formatDate(peru.date)}, in \\*${plainTitle(peru.title)}\\*`));
  });

  it('reads "10 years after the 1961 speech", "the same year as the Ghana interview" and "around 1980" as years, and says so', async () => {
    const works = deps.corpus.works;
    const ghana = works.find((w) => /\bGhana\b/.test(w.title))!;
    expect(yearsFromOthers('What did he say 10 years after the 1961 speech?', works)).toEqual({ text: 'What did he say in 1971?', read: [{ typed: '10 years after the 1961 speech', read: 'in 1971' }] });
    expect(yearsFromOthers('What did he say a decade before 1987 about aid?', works).text).toBe('What did he say in 1977 about aid?');
    expect(yearsFromOthers('What was said in the same year as the Ghana interview?', works).text).toBe(`What was said in ${ghana.year}?`);
    expect(yearsFromOthers('What did he say around 1980?', works).text).toBe('What did he say between 1978 and 1982?');
    // A time measured, no time named by another; "about 1980" may be a topic.
    for (const question of ['How many years after the 1961 speech was the 1967 speech given?', 'What did he say about 1980?', 'What did he say in the 1980s around the world?'])
      expect(yearsFromOthers(question, works).text, question).toBe(question);
    const later = await ask('What did he say 10 years after the 1961 speech?');
    expectGrounded(later);
    expect(later.structure.readAs).toEqual([{ typed: '10 years after the 1961 speech', read: 'in 1971' }]);
    expect(later.citations.length).toBeGreaterThan(0);
    for (const c of later.citations) expect(c.year).toBe(1971);
  });

  it('reads a month named with no year ("in June", "the December speeches") as that month of each year a work is dated in it, and says so', async () => {
    const works = deps.corpus.works;
    const ofMonth = (month: number, kind?: string) => works.filter((w) => w.date !== null && Number(w.date.slice(5, 7)) === month && (kind === undefined || isOfKind(w, kind)));
    const yearsOf = (ws: readonly Work[]) => [...new Set(ws.map((w) => w.year!))].sort((a, b) => a - b);
    const june = yearsOf(ofMonth(6));
    expect(june.length).toBeGreaterThan(1);
    expect(monthsAsDates('What did he say in June?', works)).toEqual({
      text: `What did he say in ${june.map((y) => `June ${y}`).join(' or ')}?`,
      read: [{ typed: 'June', read: june.map((y) => `June ${y}`).join(' or ') }],
    });
    // Of the kind of work after it; not a month with its year, a word of its own in lower case, nor one no work is dated in.
    expect(monthsAsDates('What did he say in the June speech about debt?', works).text).toBe(`What did he say in the ${yearsOf(ofMonth(6, 'speech')).map((y) => `June ${y}`).join(' or ')} speech about debt?`);
    const unread = ['What did he say in June 1987?', 'What did he say about the march of history?', 'They may in may', ...(ofMonth(3).length ? [] : ['What did he say in March?'])];
    for (const question of unread) expect(monthsAsDates(question, works).text, question).toBe(question);
    // Listed, searched and compared in those months only, and said so.
    const december = await ask('Which works are from December?');
    expect(december.structure.readAs?.[0]?.typed).toBe('December');
    expect(december.structure.lead.flatMap((p) => (p.workId ? [p.workId] : [])).sort()).toEqual(ofMonth(12).map((w) => w.id).sort());
    const debt = await ask('What did he say in the June speech about debt?');
    expectGrounded(debt);
    expect(debt.citations.length).toBeGreaterThan(0);
    for (const c of debt.citations) expect(ofMonth(6, 'speech').map((w) => w.id)).toContain(c.workId);
    const sideBySide = await ask('What did he say in June?');
    expect(new Set(sideBySide.citations.map((c) => c.workId))).toEqual(new Set(ofMonth(6).map((w) => w.id)));
    // A year named with the month: "No work from May 1986 addresses this." where the year's other months are not asked.
    const may = await ask('Quotes from May about trade');
    for (const c of may.citations) expect(ofMonth(5).map((w) => w.id)).toContain(c.workId);
    expect(may.answer).toMatch(/No work from May \d{4} addresses this/);
    // A season with no year: its months in which works are dated, each with its year, in date order; listed so.
    const summer = works.filter((w) => w.date !== null && [6, 7, 8].includes(Number(w.date.slice(5, 7)))).sort((a, b) => a.date!.localeCompare(b.date!));
    const summerDates = [...new Set(summer.map((w) => `${formatDate(w.date).split(' ').slice(1).join(' ')}`))];
    expect(monthsAsDates('Which works are from the summer?', works).read).toEqual([{ typed: 'the summer', read: summerDates.length > 1 ? `${summerDates.slice(0, -1).join(', ')} or ${summerDates.at(-1)}` : summerDates[0] }]);
    expect(monthsAsDates('What did he say in the summer of 1987?', works).read).toEqual([]);
    expect(monthsAsDates('What springs from self-reliance?', works).read).toEqual([]);
    const summerWorks = await ask('Which works are from the summer?');
    expect(summerWorks.structure.lead.flatMap((p) => (p.workId ? [p.workId] : [])).sort()).toEqual(summer.map((w) => w.id).sort());
    // A year named by itself beside its month is one side of a comparison, whole.
    const twoOf1987 = await ask('How is the 1987 South-South speech different from the January 1987 speech?');
    expect(new Set(twoOf1987.citations.map((c) => c.year))).toEqual(new Set([1987]));
    expect(new Set(twoOf1987.citations.map((c) => c.workId)).size).toBe(2);
  });

  it('reads "his early works" and "late in his career" as the halves of the years his works span, and says so', async () => {
    const works = deps.corpus.works;
    const author = primaryAuthor(works)!;
    const span = (kind: string | null) => {
      const years = works.filter((w) => w.author === author && w.year !== null && (kind === null || isOfKind(w, kind))).map((w) => w.year!);
      const [from, to] = [Math.min(...years), Math.max(...years)];
      return { from, middle: Math.floor((from + to) / 2), to };
    };
    const all = span(null);
    expect(careerHalvesAsYears('What did he say about aid in his early works?', works)).toEqual({
      text: `What did he say about aid in his works between ${all.from} and ${all.middle}?`,
      read: [{ typed: 'his early works', read: `his works between ${all.from} and ${all.middle}` }],
    });
    expect(careerHalvesAsYears('What did he say late in his career about oil?', works).text).toBe(`What did he say between ${all.middle + 1} and ${all.to} about oil?`);
    // What was said ("views", "statements") is his works of those years, no word to look for.
    expect(careerHalvesAsYears('Compare his early and late statements on aid.', works).text).toBe(`Compare his works between ${all.from} and ${all.middle} and between ${all.middle + 1} and ${all.to} on aid.`);
    const views = await ask('Compare his early and late views on science.');
    expect(views.mode).toBe('compare');
    expect(views.citations.length).toBeGreaterThan(1);
    // Of a kind, the span of that kind's works; "later" beside a year named is the others after it, as written.
    const interviews = span('interview');
    expect(careerHalvesAsYears('How did his early interviews describe self-reliance?', works).text).toBe(`How did his interviews between ${interviews.from} and ${interviews.middle} describe self-reliance?`);
    // The end of his life or career, his last years: the later half; the start of his career, the earlier; not the
    // start of his life, long before any work.
    for (const [question, asked] of [
      ['What did he say about self-reliance towards the end of his life?', `What did he say about self-reliance between ${all.middle + 1} and ${all.to}?`],
      ['What did he say in his last years about aid?', `What did he say between ${all.middle + 1} and ${all.to} about aid?`],
      ['What did he say about oil late in life?', `What did he say about oil between ${all.middle + 1} and ${all.to}?`],
      ['What did he say at the start of his career about aid?', `What did he say between ${all.from} and ${all.middle} about aid?`],
    ] as const)
      expect(careerHalvesAsYears(question, works).text, question).toBe(asked);
    for (const question of ['Compare his 1961 speech on aid with later works', 'What did he do in his early years?', 'What did he say about the start of his life?']) expect(careerHalvesAsYears(question, works).text, question).toBe(question);
    // Both halves asked: each counted, and the answer says how it read them.
    const counted = await ask('Did he speak more about communism early or late in his career?');
    expectGrounded(counted);
    expect(counted.structure.readAs).toEqual([{ typed: 'early or late in his career', read: `between ${all.from} and ${all.middle} or between ${all.middle + 1} and ${all.to}` }]);
    expect(counted.answer.split('\n').find((line) => line.startsWith('“communism” occurs'))).toMatch(new RegExp(` in ${all.from}–${all.middle} and [^,]* in ${all.middle + 1}–${all.to}, `));
    const early = await ask('What did he say about aid in his early works?');
    expectGrounded(early);
    expect(early.citations.length).toBeGreaterThan(0);
    for (const c of early.citations) expect(c.year!).toBeLessThanOrEqual(all.middle);
  });

  it('quotes each work of a kind named, and nothing else asked, by its most quotable sentence ("Give me a quote from his speeches")', async () => {
    const speeches = deps.corpus.works.filter((w) => isOfKind(w, 'speech')).sort((a, b) => a.date!.localeCompare(b.date!));
    expect(speeches.length).toBeGreaterThan(1);
    const res = await ask('Give me a quote from his speeches');
    expectGrounded(res);
    expect(res.answer.split('\n')[0]).toBe(`${speeches.length} works side by side (${describeDates(speeches)}), in date order, each by the sentence that carries most of its key words:`);
    expect(res.citations.map((c) => c.workId)).toEqual(speeches.map((w) => w.id));
    // The one work of a kind and time, by its own; with a topic, the topic is searched; asked to list, listed.
    const of1980s = speeches.filter((w) => w.year! >= 1980 && w.year! < 1990);
    expect(of1980s).toHaveLength(1);
    expect((await ask('Quotes from his speeches of the 1980s')).answer.split('\n')[0]).toMatch(new RegExp(`^From \\*${of1980s[0]!.title}\\* \\(`));
    expect((await ask('Give me a quote from his speeches on trade')).answer).not.toMatch(/side by side/);
    // A time named with no kind: the works of that time, so.
    const of1970s = deps.corpus.works.filter((w) => w.year !== null && w.year >= 1970 && w.year < 1980);
    const seventies = await ask('Give me a quote from the 1970s');
    expectGrounded(seventies);
    expect(seventies.answer.split('\n')[0]).toMatch(new RegExp(`^${of1970s.length} works side by side`));
    expect(new Set(seventies.citations.map((c) => c.workId))).toEqual(new Set(of1970s.map((w) => w.id)));
    expect((await ask('Give me a quote on aid from the 1970s')).answer).not.toMatch(/side by side/);
    // Summed up, or their themes asked (common ones, or what they "have in common"), as quoted: each by its key sentences.
    for (const question of ['Summarise the 1970s works', 'What are the key themes of the 1970s works?', 'What are the common themes of the 1970s works?', 'What do the 1970s works have in common?']) {
      const summed = await ask(question);
      expectGrounded(summed);
      expect(summed.answer.split('\n')[0], question).toMatch(new RegExp(`^${of1970s.length} works side by side .* each by the sentences that carry most of its key words`));
      expect(new Set(summed.citations.map((c) => c.workId)), question).toEqual(new Set(of1970s.map((w) => w.id)));
    }
    // Asked as a follow-up, of the topic before: a quote on it from an interview, not every interview side by side.
    const onTopic = await deps.answerer.answer({ question: 'Give me a quote from an interview', search: 'self-reliance Give me a quote from an interview', filters: {}, mode: 'auto' });
    expectGrounded(onTopic);
    expect(onTopic.answer).not.toMatch(/side by side/);
    expect(onTopic.citations.length).toBeGreaterThan(0);
    expect(onTopic.citations.every((c) => isOfKind(deps.corpus.works.find((w) => w.id === c.workId)!, 'interview'))).toBe(true);
    expect(onTopic.citations[0]!.quote).toMatch(/self-reliance/i);
    // Every work summed up, one sentence each (the abstract whole); every interview, as asked what each is about.
    const all = [...deps.corpus.works].sort((a, b) => (a.date ?? '9').localeCompare(b.date ?? '9'));
    const each = await ask('Summarise each work in one sentence');
    expectGrounded(each);
    expect(each.answer.split('\n')[0]).toBe(`${all.length} works side by side (${describeDates(all)}), in date order, each by the sentence that carries most of its key words, a scholarly work by its abstract:`);
    expect(new Set(each.citations.map((c) => c.workId))).toEqual(new Set(all.map((w) => w.id)));
    const everyInterview = deps.corpus.works.filter((w) => isOfKind(w, 'interview'));
    expect(new Set((await ask('What is each interview about?')).citations.map((c) => c.workId))).toEqual(new Set(everyInterview.map((w) => w.id)));
    // A quote asked of each work (of a kind), as of his speeches: each work by its sentence; "about aid" is a topic.
    for (const [question, ofKind] of [['Give me a quote from each work', all], ['Give me a quote from every interview', everyInterview]] as const) {
      const quoted = await ask(question);
      expect(quoted.answer.split('\n')[0], question).toMatch(new RegExp(`^${ofKind.length} works side by side`));
      expect(new Set(quoted.citations.map((c) => c.workId)), question).toEqual(new Set(ofKind.map((w) => w.id)));
    }
    expect((await ask('Give me a quote about aid from each speech')).answer).not.toMatch(/side by side/);
    // "An interview": any of his interviews.
    const interviews = deps.corpus.works.filter((w) => isOfKind(w, 'interview'));
    for (const question of ['Give me a quote from an interview', 'A quote from an interview, please'])
      expect((await ask(question)).answer.split('\n')[0], question).toMatch(new RegExp(`^${interviews.length} works side by side`));
    expect((await ask('List his speeches')).citations).toEqual([]);
  });

  it('answers a question of which page with where each quote stands, from the pages the source gives', async () => {
    const res = await ask('What page is the passage about the furnace on?');
    expectGrounded(res);
    expect(res.citations[0]!.quote).toMatch(/furnace/);
    const first = res.answer.split('\n')[0]!;
    expect(first).toMatch(/^Quotes? 1\b/);
    for (const c of res.citations) {
      const paragraph = deps.corpus.paragraphs.find((p) => p.id === c.passageId)!;
      const work = deps.corpus.works.find((w) => w.id === c.workId)!;
      expect(first).toContain(`*${plainTitle(work.title)}* (${formatDate(work.date, work.year)}, ${quotePages(paragraph, work)})`);
    }
    // A work named, its pages asked and nothing else: its pages, nothing quoted.
    const speech = deps.corpus.works.find((w) => w.year === 1961)!;
    const printedOn = `*${speech.title}* (1 December 1961) is printed on ${formatPages(undefined, speech.pages)} of *${speech.source}*.`;
    expect((await ask('What pages is the 1961 speech on?')).answer).toBe(printedOn);
    // Asked which pages it covers (spans, where it starts): the same; a work the collection does not print has none.
    expect((await ask('Which pages does the 1961 speech span?')).answer).toBe(printedOn);
    expect((await ask('What page does the 1961 speech start on?')).answer).toBe(printedOn);
    expect((await ask('Which pages cover the 1987 speech?')).answer).toBe(`*Let us develop South-South cooperation* (9 June 1987): ${NO_PAGES}.`);
    // Whether its pages are given, asked beside it: its key sentences, its pages said with them.
    expect((await ask('Is the page number for the 1987 speech available?')).answer.split('\n')[0]).toMatch(/^From \*Let us develop South-South cooperation\* \(9 June 1987; the source gives no pages\), the \d+ sentences/);
    // A quote of it, asked its page: said to have none, not passed over.
    const preferences = await ask('What page is the passage about the Global System of Trade Preferences on?');
    expect(preferences.citations[0]!.quote).toMatch(/Trade Preferences/);
    expect(preferences.answer.split('\n')[0]).toMatch(/^Quotes? 1\b[^*]* from \*Let us develop South-South cooperation\* \(9 June 1987, the source gives no pages\)/);
  });

  it('keeps a question to the work it names outside its topic, not to one the topic\'s words name ("to the Yugoslav newspaper about non-alignment")', async () => {
    const yugoslav = deps.corpus.works.find((w) => /Yugoslav/.test(w.title))!;
    for (const question of ['What did he say to the Yugoslav newspaper about non-alignment?', 'In the Yugoslav interview, what did he say about non-alignment?']) {
      const res = await ask(question);
      expect(res.answer.startsWith(`*${plainTitle(yugoslav.title)}* (20 May 1986) does not address this question.`), question).toBe(true);
      for (const c of res.citations) expect(c.workId, question).toBe(yugoslav.id);
    }
  });

  it('answers "What\'s on page 12?" from the work whose pages hold it, and says when no work is on a page', async () => {
    const onTwelve = deps.corpus.works.filter((w) => w.pages && Number(w.pages.split('-')[0]) <= 12 && 12 <= Number(w.pages.split('-').at(-1)));
    expect(onTwelve).toHaveLength(1);
    for (const question of ["What's on page 12?", 'Show me page 12', 'Which work is on page 12?']) {
      const res = await ask(question);
      expect(res.answer.startsWith(`Page 12 is in *${plainTitle(onTwelve[0]!.title)}* (`), question).toBe(true);
      expect(res.citations.length, question).toBeGreaterThan(0);
      for (const c of res.citations) expect(c.workId, question).toBe(onTwelve[0]!.id);
    }
    const clothing = await ask('What does page 12 say about clothing?');
    expect(clothing.citations.length).toBeGreaterThan(0);
    for (const c of clothing.citations) expect(c.workId).toBe(onTwelve[0]!.id);
    // The last work of the collection: its first page is all the contents give, so no page after it is placed in it.
    const none = await ask('What did he say about trade on page 500?');
    expect(none.citations).toEqual([]);
    expect(none.answer).toMatch(/^No work in the collection is known to be on page 500: the pages its sources give run 1–45ff\. and \d+–\d+ \(“ff\.”: the source gives no page where that work ends\)\./);
  });

  it('reads "oldest" and "newest" as "earliest" and "latest", and "Which word does he use more: X or Y?" as a count of both', async () => {
    expect((await ask("What's the oldest quote on foreign trade?")).answer).toMatch(/^Earliest in these sources: \*/);
    expect((await ask('What is the newest statement on aid?')).answer).toMatch(/^Latest in these sources: \*/);
    for (const question of ['Which word does he use more: independence or self-reliance?', 'Which does he mention more often, independence or self-reliance?']) {
      expect((await ask(question)).answer, question).toMatch(/“independence” occurs \d+ times, in \d+ passages of \d+ works .*; “self-reliance” occurs \d+ times/);
    }
  });

  it('reads "scholars", "historians" and "researchers" as the scholarly work, and a bound every dated work lies within as the topic\'s time', async () => {
    const scholarly = deps.corpus.works.filter((w) => w.author !== 'Kim Il Sung').map((w) => w.id);
    for (const question of ['What do historians say about the Soviet influence?', "What did scholars say about North Korea's industrialisation?"]) {
      const res = await ask(question);
      expect(res.citations.length, question).toBeGreaterThan(0);
      for (const c of res.citations) expect(scholarly, question).toContain(c.workId);
    }
    // "after 1945" keeps out no dated work: it is when the industrialisation was, and the undated study of it is searched.
    const claim = await deps.retriever.search("North Korea's industrialisation after 1945 followed the Soviet model.", {}, 3);
    expect(scholarly).toContain(claim.passages[0]!.work.id);
    const after1980 = await deps.retriever.search('What did he say about trade after 1980?', {}, 10);
    for (const p of after1980.passages) expect(p.work.year, p.work.id).toBeGreaterThanOrEqual(1980);
  });

  it('sets the scholarly work pointed at ("the article") beside the author named, quoting each once', async () => {
    const scholar = deps.corpus.works.find((w) => w.author !== 'Kim Il Sung')!.author;
    for (const question of ["How does the article's view of self-reliance compare with Kim Il Sung's?", 'Does the article agree with Kim on heavy industry?', "Compare Zhang Chao's article and Kim Il Sung on heavy industry"]) {
      const res = await ask(question);
      const authors = new Set(res.citations.map((c) => deps.corpus.works.find((w) => w.id === c.workId)!.author));
      expect([...authors].sort(), question).toEqual(['Kim Il Sung', scholar].sort());
      expect(new Set(res.citations.map((c) => c.passageId)).size, question).toBe(res.citations.length);
      // "article" asks for the scholar's work, no word to find in his ("You can write a good article …").
      for (const c of res.citations) if (c.year !== null) expect(c.quote, question).not.toMatch(/\barticles?\b/);
    }
  });

  it('reads a name a title writes with a capital as a name in a question typed all in lower case, and an occasion\'s title case as no names', async () => {
    for (const [typed, cased] of [['who is hamrouche', 'Who is Hamrouche?'], ['who is the director of voluntad', 'Who is the director of Voluntad?'], ['can i see the entire peru talk', 'Can I see the entire Peru talk?'], ['what did he say before his talk with the peruvian ex-premier', 'What did he say before his talk with the Peruvian ex-premier?']] as const) {
      const [low, capitals] = [await ask(typed), await ask(cased)];
      expect(low.answer.split('\n')[0], typed).toBe(capitals.answer.split('\n')[0]);
      expect(low.citations.map((c) => c.passageId), typed).toEqual(capitals.citations.map((c) => c.passageId));
    }
    // "First" of an occasion in title case ("… the First Session …") is no name: "his first talk" is an order.
    expect((await ask('what did he say in his first talk')).answer).toBe((await ask('What did he say in his first talk?')).answer);
  });

  it('compares "the earliest and latest works" (of a kind: "his first and last interviews") as the first and last dated ones', async () => {
    const dated = deps.corpus.works.filter((w) => w.year !== null).sort((a, b) => a.date!.localeCompare(b.date!));
    const works = await ask('Compare the earliest and latest works on self-reliance');
    expect(new Set(works.citations.map((c) => c.workId))).toEqual(new Set([dated[0]!.id, dated.at(-1)!.id]));
    const interviews = dated.filter((w) => /^Answers to questions/.test(w.title));
    const asked = await ask('Compare his first and last interviews on independence');
    expect(new Set(asked.citations.map((c) => c.workId))).toEqual(new Set([interviews[0]!.id, interviews.at(-1)!.id]));
  });

  it('reads a work named in lower case by a name and its kind ("what year was the peru talk") as that work', async () => {
    const peru = deps.corpus.works.find((w) => /\bPeru\b/.test(w.title))!;
    for (const question of ['what year was the peru talk', 'What year was the Peru talk?', 'What year was the peru talk?']) {
      const when = await ask(question);
      expect(when.answer.startsWith(`Said on ${formatDate(peru.date)}, in *${plainTitle(peru.title)}*`), question).toBe(true);
      expect(new Set(when.citations.map((c) => c.workId)), question).toEqual(new Set([peru.id]));
    }
  });

  it('counts the words he uses most, of the works asked about, and quotes nothing', async () => {
    const his = deps.corpus.works.filter((w) => w.author === 'Kim Il Sung');
    const used = await ask('What words does he use most?');
    expect(used.citations).toEqual([]);
    expect(used.answer).toMatch(new RegExp(`^The words used most in the ${his.length} works by Kim Il Sung \\(`));
    const listed = [...used.answer.matchAll(/“([^”]+)” (\d+) times? \(in (\d+) works?\)/g)].map((m) => ({ word: m[1]!, count: Number(m[2]), works: Number(m[3]) }));
    expect(listed).toHaveLength(10);
    expect(listed.map((u) => u.count)).toEqual([...listed.map((u) => u.count)].sort((a, b) => b - a));
    for (const u of listed) expect(STOPWORDS.has(u.word.toLowerCase()), u.word).toBe(false);
    // Counted in his own words: "self-reliance", a hyphened word whole, as often as his paragraphs (no interviewer's
    // question) hold it so ("Self-Reliance-Tr.", a translator's gloss, is another word).
    const selfReliance = listed.find((u) => u.word === 'self-reliance');
    expect(selfReliance).toBeDefined();
    const own = hisParagraphs().filter((p) => !p.speaker);
    const whole = /(?<![\p{L}-])self-reliance(?![\p{L}-])/giu;
    expect(selfReliance!.count).toBe(own.reduce((n, p) => n + (p.text.match(whole)?.length ?? 0), 0));
    expect(selfReliance!.works).toBe(new Set(own.filter((p) => p.text.match(whole)).map((p) => p.workId)).size);
    // Of a kind or a time asked: those works alone.
    const speeches = his.filter((w) => isOfKind(w, 'speech'));
    expect((await ask('Which words appear most often in his speeches?')).answer).toMatch(new RegExp(`^The words used most in the ${speeches.length} works by Kim Il Sung \\(`));
  });

  it('lists the works of the years or the kind a question about the texts names, from their metadata', async () => {
    const seventies = deps.corpus.works.filter((w) => w.year !== null && w.year >= 1970 && w.year <= 1979).sort((a, b) => a.date!.localeCompare(b.date!));
    const before = deps.corpus.works.filter((w) => w.year !== null && w.year < 1970);
    expect(seventies.length).toBeGreaterThan(1);
    // Asked with what is said of texts themselves (written, dated, included, covered) or a request to name them.
    for (const question of ['Which works are from the 1970s?', 'What texts are there from the 1970s?', 'Which texts date from the 1970s?', 'Name the works from the 1970s', 'Which works were written in the 1970s?', 'List all works from the 1970s with their dates']) {
      const res = await ask(question);
      expectGrounded(res);
      expect(res.citations, question).toEqual([]);
      expect(res.structure.lead.filter((p) => p.title).map((p) => p.text)).toEqual(seventies.map((w) => w.title));
      expect(res.answer).toMatch(new RegExp(`^The collection holds ${seventies.length} works from 1970–1979 \\(`));
    }
    // One work asked for by its kind and year, as "Which speeches are from 1987?" asks.
    const speech1987 = deps.corpus.works.filter((w) => w.year === 1987 && isOfKind(w, 'speech'));
    expect(speech1987).toHaveLength(1);
    expect((await ask('Which speech is from 1987?')).answer).toBe(`The collection holds 1 work from 1987 with “speech” in its title or occasion: *${plainTitle(speech1987[0]!.title)}* (${formatDate(speech1987[0]!.date)}).`);
    // Their dates and titles are what the collection says of each ("the works with their dates"); "each work" names them all.
    for (const question of ['What years does the collection cover?', 'What time period do the sources span?', 'What is included in the collection?', 'What does the collection include?', 'What works does the collection contain?', 'Give me an overview of the sources', 'When was each work written?', 'List the works with their dates', 'What are the titles and dates of the works?', 'List all the titles', 'list every title with its date so I can build my bibliography', 'Summarize the whole collection', 'What is the entire collection about?', 'Where should I start?']) {
      const res = await ask(question);
      expect(res.citations, question).toEqual([]);
      expect(res.answer, question).toMatch(new RegExp(`^The collection holds ${deps.corpus.works.length} works \\(`));
    }
    // "them" with their dates: what each work listed is given with, no word to look for.
    const ofInterviews = deps.corpus.works.filter((w) => isOfKind(w, 'interview'));
    expect((await ask('how many works in the corpus are interviews? list them with dates')).answer).toMatch(new RegExp(`^The collection holds ${ofInterviews.length} works that answer an interviewer's questions`));
    // A kind of work, by the word titles and occasions use; none of the 1970s works is a speech by them, which is said.
    const speeches = deps.corpus.works.filter((w) => /\bspeech\b/i.test(`${w.title} ${w.occasion ?? ''}`));
    expect(speeches.length).toBeGreaterThan(1);
    for (const question of ['List his speeches', 'List every speech']) {
      const listed = await ask(question);
      expect(listed.structure.lead.filter((p) => p.title).map((p) => p.text).sort(), question).toEqual(speeches.map((w) => w.title).sort());
      expect(listed.answer, question).toMatch(new RegExp(`^The collection holds ${speeches.length} works with “speech” in their titles or occasions \\(`));
    }
    // So when the kind is named by itself and the time after it ("Which speeches are from …?"), however many years.
    for (const question of ['List the speeches from the 1970s', 'Which speeches are from the 1970s?', 'Which speeches are from 1978 or 1986?']) {
      const none = await ask(question);
      expect(none.citations, question).toEqual([]);
      expect(none.answer, question).toMatch(/^None of the works from (?:1970–1979|1978 and 1986) has “speech” in its title or occasion\. The collection holds [2-9] works from /);
    }
    // A kind of text no title names, asked for and nothing else: none is one, and what the collection holds; not a
    // passage with the word ("to the letter").
    const all = deps.corpus.works.length;
    const his = deps.corpus.works.filter((w) => w.author === 'Kim Il Sung').length;
    for (const [question, kind, holds] of [
      ['Which letters are there?', 'letter', `${all} works`],
      ['Are there any lectures in the collection?', 'lecture', `${all} works`],
      ['Is there a diary?', 'diary', `${all} works`],
      ['Does the collection have any letters by Kim Il Sung?', 'letter', `${his} works by Kim Il Sung`],
      ['Did Kim Il Sung write poems?', 'poem', `${his} works by Kim Il Sung`],
    ] as const) {
      const none = await ask(question);
      expect(none.citations, question).toEqual([]);
      expect(none.answer, question).toMatch(new RegExp(`^None of the works has “${kind}” in its title or occasion\\. The collection holds ${holds} \\(`));
    }
    // One that is: the scholarly work is an article's abstract, a programme is so called in its occasion.
    const scholarly = deps.corpus.works.find((w) => w.author !== 'Kim Il Sung')!;
    for (const question of ['Which articles are there?', 'How many articles are in the collection?', 'Are there any papers in the collection?']) {
      expect((await ask(question)).answer, question).toBe(`The collection holds 1 work that is a scholarly article's abstract: *${plainTitle(scholarly.title)}* (undated, by ${scholarly.author}).`);
    }
    const programme = deps.corpus.works.find((w) => isOfKind(w, 'programme'))!;
    expect((await ask('Are there any programmes?')).answer).toBe(`The collection holds 1 work with “programme” in its title or occasion: *${plainTitle(programme.title)}* (${formatDate(programme.date, programme.year)}).`);
    // A topic beside the kind is searched: "the articles of others" is what he said.
    expect((await ask('What did he say about copying the articles of others?')).answer).toContain('copy the articles of others');
    // His works of a kind none is, asked a topic of: said so, and the topic searched in all his works, as with no kind
    // named; the kind's word no word to look for ("carried it out to the letter").
    const inLetters = await ask('What did he say about trade in his letters?');
    expectGrounded(inLetters);
    expect(inLetters.answer).toMatch(/^None of the works has “letter” in its title or occasion\. /);
    expect(inLetters.citations.map((c) => c.passageId)).toEqual((await ask('What did he say about trade?')).citations.map((c) => c.passageId));
    // Not of a kind, or not by an author: the works the question would list, left out, said against those it would.
    const notSpeeches = deps.corpus.works.filter((w) => !speeches.includes(w));
    const notThem = (await ask('Which works are not speeches?')).answer;
    expect(notThem).toMatch(new RegExp(`^${notSpeeches.length} of the ${deps.corpus.works.length} works are not among the ${speeches.length} with “speech” in their titles or occasions: `));
    for (const w of deps.corpus.works) expect(notThem.includes(`*${plainTitle(w.title)}*`), w.title).toBe(!speeches.includes(w));
    const others = deps.corpus.works.filter((w) => w.author !== 'Kim Il Sung');
    expect((await ask('Which works are not by Kim Il Sung?')).answer).toMatch(new RegExp(`^${others.length} of the ${deps.corpus.works.length} works (?:is|are) not among the ${deps.corpus.works.length - others.length} by Kim Il Sung: `));
    // "not dated" is undated, read so already.
    expect((await ask('Which texts are not dated?')).answer).toMatch(/^The collection holds 1 work with no date: /);
    // Two kinds asked together ("and", "vs"): the works of each, in turn, each counted.
    const answering = deps.corpus.works.filter((w) => isOfKind(w, 'interview'));
    expect(answering.length).toBeGreaterThan(1);
    for (const question of ['How many speeches and interviews are there?', 'How many speeches vs interviews are there?']) {
      const both = (await ask(question)).answer.split('\n')[0]!;
      expect(both, question).toMatch(new RegExp(`^The collection holds ${speeches.length} works with “speech” in their titles or occasions \\(`));
      expect(both, question).toContain(` The collection holds ${answering.length} works that answer an interviewer's questions (`);
      for (const w of [...speeches, ...answering]) expect(both, question).toContain(`*${plainTitle(w.title)}*`);
    }
    // Words asked of the titles, any words: the works whose titles or occasions hold them, or that none does.
    const titled = deps.corpus.works.filter((w) => /\bself-reliance\b/i.test(`${w.title} ${w.occasion ?? ''}`));
    expect(titled.length).toBeGreaterThan(0);
    for (const question of ['Which works have “self-reliance” in their titles?', 'Which titles mention self-reliance?']) {
      const res = await ask(question);
      expect(res.citations, question).toEqual([]);
      expect(res.structure.lead.flatMap((p) => (p.workId ? [p.workId] : [])).sort(), question).toEqual(titled.map((w) => w.id).sort());
      expect(res.answer, question).toMatch(/^The collection holds \d+ works? with “self-reliance” in (?:its title|their titles) or occasions?[ :]/);
    }
    expect(deps.corpus.works.some((w) => /\bjuche\b/i.test(`${w.title} ${w.occasion ?? ''}`))).toBe(false);
    expect((await ask('Which titles contain Juche?')).answer).toMatch(/^None of the works has “Juche” in its title or occasion\. /);
    // Words asked of the titles of a kind of work: among the works of that kind, or none of them, said so.
    const ofKindTalk = deps.corpus.works.filter((w) => isOfKind(w, 'talk'));
    const peru = ofKindTalk.filter((w) => /\bPeru\b/.test(`${w.title} ${w.occasion ?? ''}`));
    expect(peru).toHaveLength(1);
    const ofTalks = await ask('Which talks have Peru in their titles?');
    expect(ofTalks.answer).toBe(`The collection holds ${ofKindTalk.length} works with “talk” in their titles or occasions; 1 of them with “Peru” in its title or occasion: *${peru[0]!.title}* (${formatDate(peru[0]!.date, peru[0]!.year)}).`);
    const ofKindInterview = deps.corpus.works.filter((w) => isOfKind(w, 'interview'));
    expect(ofKindInterview.some((w) => /\bKorea\b/.test(`${w.title} ${w.occasion ?? ''}`))).toBe(false);
    for (const question of ['Which interviews have Korea in their titles?', 'Which interviews mention Korea in their titles?']) {
      expect((await ask(question)).answer, question).toBe(`The collection holds ${ofKindInterview.length} works that answer an interviewer's questions; none of them has “Korea” in its title or occasion.`);
    }
    // "talk" as a verb asks for no kind of work: "What did he talk about in his speeches?" lists the speeches.
    const talkedAbout = await ask('What did he talk about in his speeches?');
    expect(talkedAbout.answer).toMatch(new RegExp(`^The collection holds ${speeches.length} works with “speech” in their titles or occasions \\(`));
    // "his most recent talk": the last of the works that say "talk", not the last work.
    const talks = deps.corpus.works.filter((w) => w.date && /\btalk\b/i.test(`${w.title} ${w.occasion ?? ''}`)).sort((a, b) => a.date!.localeCompare(b.date!));
    const lastTalk = await ask('What was his most recent talk?');
    expect(lastTalk.structure.lead.slice(0, 2).map((p) => p.text)).toEqual(['Latest in the collection\'s works with “talk” in their titles or occasions: ', plainTitle(talks.at(-1)!.title)]);
    // Interviews, which no title calls so: the works that answer an interviewer's questions, every work that quotes one among them.
    const interviews = await ask('List his interviews');
    const interviewed = new Set(hisParagraphs().filter((p) => p.speaker === 'interviewer').map((p) => p.workId));
    const listedInterviews = interviews.structure.lead.flatMap((p) => (p.workId ? [p.workId] : []));
    expect(interviewed.size).toBeGreaterThan(1);
    expect([...interviewed].every((id) => listedInterviews.includes(id))).toBe(true);
    expect(listedInterviews.some((id) => speeches.some((w) => w.id === id) || talks.some((w) => w.id === id))).toBe(false);
    expect(interviews.answer).toMatch(new RegExp(`^The collection holds ${listedInterviews.length} works that answer an interviewer's questions \\(`));
    const dated = await ask('How many works are dated before 1970?');
    expect(dated.answer).toMatch(new RegExp(`^The collection holds ${before.length} works dated before 1970 \\(`));
  });

  it('says where and at what works were given: each listed with its occasion and place, or one named, asked yes or no or with "delivered"', async () => {
    const works = deps.corpus.works;
    for (const [question, listed] of [['Where were the works given?', works], ['On what occasions were the speeches given?', works.filter((w) => isOfKind(w, 'speech'))]] as const) {
      const res = await ask(question);
      expect(res.citations, question).toEqual([]);
      expect(res.structure.lead.flatMap((p) => (p.workId ? [p.workId] : [])).sort(), question).toEqual(listed.map((w) => w.id).sort());
      for (const w of listed.filter((w) => w.occasion)) expect(res.answer, question).toContain(`; ${occasionAndPlace(w)})`);
    }
    const southSouth = works.find((w) => w.title === 'Let us develop South-South cooperation')!;
    const given = (await ask('Where was the 1987 speech given?')).answer.split('\n')[0]!;
    expect(given.startsWith(`Said on ${formatDate(southSouth.date)}, in *${southSouth.title}* (${occasionAndPlace(southSouth)})`), given).toBe(true);
    expect((await ask('Where was the 1987 speech delivered?')).answer.split('\n')[0]).toBe(given);
    const speech1961 = works.find((w) => w.year === 1961)!;
    const toWhom = (await ask('Was the 1961 speech given to the Central Committee?')).answer;
    expect(toWhom.startsWith(`Said on ${formatDate(speech1961.date)}, in *${speech1961.title}* (${occasionAndPlace(speech1961)})`), toWhom.slice(0, 200)).toBe(true);
  });

  it('lists the works given where, at what or to whom a question asks, as their titles, occasions and places say, or searches when none says it', async () => {
    const heading = (w: Work) => [w.title, w.occasion, w.place].filter(Boolean).join(' ');
    const plenary = deps.corpus.works.filter((w) => /\bplenary meeting\b/i.test(heading(w)));
    expect(plenary.length).toBeGreaterThan(1);
    for (const question of ['Which speech was delivered at a plenary meeting?', 'Which speeches were given at Party plenary meetings?', 'Did he ever speak at a plenary meeting?']) {
      const res = await ask(question);
      expect(res.citations, question).toEqual([]);
      expect(res.structure.lead.flatMap((p) => (p.workId ? [p.workId] : [])).sort(), question).toEqual(plenary.map((w) => w.id).sort());
      expect(res.answer, question).toMatch(/^The collection holds \d+ works whose titles, occasions or places say “(?:Party )?plenary meetings?” \(/);
      for (const w of plenary) expect(res.answer, question).toContain(occasionAndPlace(w));
    }
    // A place is said by the place alone, of the year asked; a time alone ("in 1987") is no place.
    const pyongyang = deps.corpus.works.filter((w) => w.place === 'Pyongyang');
    expect(pyongyang).toHaveLength(1);
    expect((await ask('Which speech was given in Pyongyang in 1987?')).answer).toMatch(/^The collection holds 1 work from 1987 whose title, occasion or place says “Pyongyang”: /);
    expect((await ask('Which speech was given in 1987?')).answer).toMatch(/^The collection holds 1 work from 1987 with “speech” in its title or occasion: /);
    // Asked how many: the same works, counted.
    const iraqi = deps.corpus.works.filter((w) => /\bIraqi journalists\b/i.test(heading(w)));
    expect(iraqi).toHaveLength(1);
    const howMany = await ask('How many interviews did he give to Iraqi journalists?');
    expect(howMany.citations).toEqual([]);
    expect(howMany.answer).toMatch(/^The collection holds 1 work whose title, occasion or place says “Iraqi journalists”: /);
    expect(howMany.structure.lead.flatMap((p) => (p.workId ? [p.workId] : []))).toEqual([iraqi[0]!.id]);
    // None of the kind asked was given there, but a work of another kind was: said, and that work named.
    const journalists = deps.corpus.works.filter((w) => /\bjournalists\b/i.test(heading(w)));
    const talks = deps.corpus.works.filter((w) => isOfKind(w, 'talk'));
    expect(journalists.some((w) => isOfKind(w, 'talk'))).toBe(false);
    const none = await ask('Which talks were given to journalists?');
    expect(none.citations).toEqual([]);
    expect(none.answer).toMatch(new RegExp(`^The collection holds ${talks.length} works with “talk” in their titles or occasions; none of them says “journalists” in its title, occasion or place; ${journalists.length} other works? do(?:es)?: `));
    expect(none.structure.lead.flatMap((p) => (p.workId ? [p.workId] : []))).toEqual(journalists.map((w) => w.id));
    // The time between two works, from their dates: named, or the first and the last.
    const dated = deps.corpus.works.filter((w) => w.date !== null).sort((a, b) => a.date!.localeCompare(b.date!));
    const [first, last] = [dated[0]!, dated.at(-1)!];
    for (const question of ['How many years apart are the first and last works?', `How long after the ${first.year} speech was the ${last.year} speech?`]) {
      const apart = await ask(question);
      expect(apart.citations, question).toEqual([]);
      expect(apart.answer, question).toMatch(new RegExp(`^\\*${plainTitle(first.title)}\\* \\(${formatDate(first.date)}\\) and \\*${plainTitle(last.title)}\\* \\(${formatDate(last.date)}\\) are \\d+ years(?:, \\d+ months?)?(?: and \\d+ days?)? apart\\.$`));
    }
    // Which of two came first, from their dates; the work next to one, the first after (the last before) it.
    const [ghana, syrian, peru, benin] = [/Ghana/, /Syrian/, /Peru\b/, /Benin/].map((t) => deps.corpus.works.find((w) => t.test(w.title))!);
    expect(ghana!.date! < syrian!.date!).toBe(true);
    for (const question of ['Which came first, the Syrian interview or the Ghana one?', 'Is the Syrian interview before or after the Ghana one?']) {
      const firstOfTwo = await ask(question);
      expect(firstOfTwo.citations, question).toEqual([]);
      expect(firstOfTwo.answer, question).toMatch(new RegExp(`^\\*${plainTitle(ghana!.title).replace(/[()]/g, '\\$&')}\\* \\(${formatDate(ghana!.date)}\\) came first, .+ before \\*${plainTitle(syrian!.title)}\\* \\(${formatDate(syrian!.date)}\\)\\.$`));
    }
    // Whether one work named is the first (last) of the collection's works, of a kind if named: from the dates.
    expect((await ask(`Was the ${last.year} speech his last?`)).answer).toBe(`Of the collection's ${deps.corpus.works.length} works, *${plainTitle(last.title)}* (${formatDate(last.date)}) is the latest.`);
    const interviewsByDate = dated.filter((w) => isOfKind(w, 'interview'));
    expect((await ask('Is the Ghana interview his last interview?')).answer).toBe(
      `Of the collection's ${interviewsByDate.length} works that answer an interviewer's questions, the latest is *${plainTitle(interviewsByDate.at(-1)!.title)}* (${formatDate(interviewsByDate.at(-1)!.date)}), not *${plainTitle(ghana!.title)}* (${formatDate(ghana!.date)}).`,
    );
    const after = dated[dated.indexOf(peru!) + 1]!;
    expect(after).toBe(benin);
    expect((await ask('Which work came right after the Peru talk?')).answer).toMatch(new RegExp(`^Earliest in the collection's works dated after ${peru!.year}: \\*${plainTitle(after.title)}\\* \\(${formatDate(after.date)}\\)\\. `));
    expect((await ask('What came before the Benin interview?')).answer).toMatch(new RegExp(`^Latest in the collection's works dated before ${benin!.year}: \\*${plainTitle(peru!.title)}\\* \\(${formatDate(peru!.date)}\\)\\. `));
    // Works sharing a year: those of 1987, the only year with two.
    const of1987 = deps.corpus.works.filter((w) => w.year === 1987).sort((a, b) => a.date!.localeCompare(b.date!));
    expect(new Set(deps.corpus.works.filter((w) => w.year !== null).map((w) => w.year)).size).toBe(deps.corpus.works.filter((w) => w.year !== null).length - 1);
    const sameYear = await ask('Which works are from the same year?');
    expect(sameYear.citations).toEqual([]);
    expect(sameYear.answer).toBe(`2 works are from 1987: ${of1987.map((w) => `*${plainTitle(w.title)}* (${formatDate(w.date)})`).join('; ')}. Each other year has one.`);
    expect((await ask('Which interviews are from the same year?')).answer).toMatch(/^No two of the \d+ works asked about are from the same year\.$/);
    // Whether a work named is of a kind: what its heading makes it.
    const [programme, voluntad] = [1967, 1974].map((year) => deps.corpus.works.find((w) => w.year === year)!);
    const notASpeech = await ask('Was the 1967 programme a speech?');
    expect(notASpeech.citations).toEqual([]);
    expect(notASpeech.answer).toBe(`The collection does not head *${plainTitle(programme!.title)}* (${formatDate(programme!.date)}; ${occasionAndPlace(programme!)}) as a speech.`);
    expect((await ask('Is the 1974 text an interview?')).answer).toBe(`The collection heads *${plainTitle(voluntad!.title)}* (${formatDate(voluntad!.date)}) as a talk, not an interview.`);
    // Of any kind: what its heading calls it, or the heading itself when it names none of the kinds.
    expect((await ask('What type of work is the 1974 text?')).answer).toBe(`The collection heads *${plainTitle(voluntad!.title)}* (${formatDate(voluntad!.date)}) as a talk.`);
    expect((await ask('What kind of text is the 1967 work?')).answer).toBe(`The collection heads it so: *${plainTitle(programme!.title)}* (${formatDate(programme!.date)}; ${occasionAndPlace(programme!)}).`);
    // The month, the day or the meeting of a work named is its heading's, as its year is.
    const [southSouth, of1993] = [/South-South/, /immediate period ahead/].map((t) => deps.corpus.works.find((w) => t.test(w.title))!);
    expect((await ask('What month was the South-South speech?')).answer).toMatch(new RegExp(`^Said on ${formatDate(southSouth!.date)}, in `));
    expect((await ask('What meeting was the 1993 speech at?')).answer.split('\n')[0]).toContain(of1993!.occasion!);
    // Of the kind asked: interviews whose heading says "newspaper", not any work.
    const newspapers = deps.corpus.works.filter((w) => isOfKind(w, 'interview') && /\bnewspaper\b/i.test(heading(w)));
    const given = await ask('Which interviews were given to newspapers?');
    expect(given.structure.lead.flatMap((p) => (p.workId ? [p.workId] : []))).toEqual(newspapers.map((w) => w.id));
    // Addressed to them, or the kind said, with no verb of giving: the works whose headings say so.
    const officials = deps.corpus.works.filter((w) => /\bsenior officials\b/i.test(heading(w)));
    expect(officials.length).toBeGreaterThan(0);
    for (const question of ['Which works were addressed to senior officials?', 'Which talks were to senior officials?']) {
      const res = await ask(question);
      expect(res.citations, question).toEqual([]);
      expect(res.structure.lead.flatMap((p) => (p.workId ? [p.workId] : [])), question).toEqual(officials.map((w) => w.id));
    }
    // Words no heading holds are searched, as before: "foreign visitors" is said in no title.
    expect((await ask('Which talks did he give to foreign visitors?')).citations.length).toBeGreaterThan(0);
    expect((await ask('Which works were addressed to foreign visitors?')).citations.length).toBeGreaterThan(0);
  });

  it('answers what share of the works are of a kind, the share first, then the works of that kind, searching nothing', async () => {
    const interviews = deps.corpus.works.filter((w) => isOfKind(w, 'interview'));
    // Of every work, counted from the headings, to the nearest per cent.
    const share = `${interviews.length} of the ${deps.corpus.works.length} works, ${Math.round((100 * interviews.length) / deps.corpus.works.length)}%. `;
    for (const question of ['What percentage of the texts are interviews?', 'What share of the works are interviews?', 'What proportion of his works are interviews?', 'How many of the works are interviews?']) {
      const res = await ask(question);
      expect(res.citations, question).toEqual([]);
      expect(res.answer.startsWith(`${share}The collection holds ${interviews.length} works that answer an interviewer's questions `), question).toBe(true);
    }
    // No share asked, none said.
    expect((await ask('How many interviews are there?')).answer).toMatch(/^The collection holds /);
    // Of the works of a kind named: of those.
    const speeches = deps.corpus.works.filter((w) => isOfKind(w, 'speech'));
    const ofThe1980s = speeches.filter((w) => w.year !== null && w.year >= 1980 && w.year <= 1989);
    expect((await ask('What percentage of his speeches are from the 1980s?')).answer).toMatch(
      new RegExp(`^${ofThe1980s.length} of the ${speeches.length} works with “speech” in their titles or occasions, ${Math.round((100 * ofThe1980s.length) / speeches.length)}%\\. `),
    );
    // A count asked as a share: of the works counted in, those that hold the words, as the count says.
    const his = deps.corpus.works.filter((w) => w.author === 'Kim Il Sung');
    const counted = (await ask('What proportion of his works mention self-reliance?')).answer.split('\n')[0]!;
    const [, holding, pct, inCount] = counted.match(/^(\d+) of the (?:\d+) works, (\d+)%\. “self-reliance” occurs \d+ times in Kim Il Sung's works, in \d+ passages of (\d+) works/) ?? [];
    expect(holding).toBe(inCount);
    expect(counted.startsWith(`${holding} of the ${his.length} works, `)).toBe(true);
    expect(Number(pct)).toBe(Math.round((100 * Number(holding)) / his.length));
  });

  it('answers a greeting or thanks with what to ask, searching and quoting nothing', async () => {
    for (const message of ['thanks!', 'hello']) {
      const res = await ask(message);
      expectGrounded(res);
      expect(res).toMatchObject({ mode: 'answer', citations: [], structure: { lead: [{ text: SMALL_TALK_LINE }], groups: [] } });
    }
    // Asked to save the quotes: how the notebook keeps them, and nothing searched ("save" is no topic).
    for (const message of ['Save these', 'Add them to my notebook', 'Can you save the quotes above?', 'Save the best one for my essay', 'save quote 2 for later', 'Keep [3] in my notebook']) {
      expect(await ask(message), message).toMatchObject({ mode: 'answer', citations: [], structure: { lead: [{ text: NOTEBOOK_LINE }], groups: [] } });
    }
    for (const message of ['What did he say about saving?', 'Keep the best quotes on aid']) expect((await ask(message)).answer, message).not.toContain(NOTEBOOK_LINE);
    // Asked about the assistant itself: what it does, the Check page or the Notebook, and nothing searched.
    for (const [message, line] of [['hi, what can you do?', HELP_LINES.help], ['help', HELP_LINES.help], ['How do I use the Check page?', HELP_LINES.check], ['Can you export my notebook?', NOTEBOOK_LINE]] as const) {
      expect(await ask(message), message).toMatchObject({ mode: 'answer', citations: [], structure: { lead: [{ text: line }], groups: [] } });
    }
  });

  it.each(['Which is the most recent of the speeches?', 'What is the most recent work?', 'What was his last speech?'])(
    'names the latest work of the collection when asked which, from the metadata: %s',
    async (question) => {
      const res = await ask(question);
      expectGrounded(res);
      const latest = [...deps.corpus.works].filter((w) => w.date !== null).sort((a, b) => b.date!.localeCompare(a.date!))[0]!;
      // Of the speeches, those the titles and occasions call so; the latest of them is the latest work.
      const among = /speech/.test(question) ? "Latest in the collection's works with “speech” in their titles or occasions: " : 'Latest in the collection: ';
      expect(res.structure.lead.slice(0, 3).map((p) => p.text)).toEqual([among, latest.title, ` (${formatDate(latest.date)}). `]);
      expect(res.citations).toEqual([]);
    },
  );

  it('counts all the words of a topic that a work\'s occasion holds in "which work … most?": the work asked for names none', async () => {
    const occasion = deps.corpus.works.find((w) => /\bnon-aligned\b/i.test(w.occasion ?? ''));
    expect(occasion).toBeDefined();
    const times = hisParagraphs().reduce((sum, p) => sum + (p.text.match(/\bnon-aligned movement\b/gi)?.length ?? 0), 0);
    for (const question of ['Which work talks about the non-aligned movement the most?', 'Which speech mentions the non-aligned movement most?']) {
      expect((await ask(question)).answer.split('\n')[0], question).toMatch(new RegExp(`^“non-aligned movement” occurs ${times} times in `));
    }
  });

  it('keeps a comparison to the works it names by year, a name and kind ("the 1987 South-South speech"), not to every work of that year', async () => {
    const res = await ask('Contrast the 1961 speech and the 1987 South-South speech on foreign aid');
    expectGrounded(res);
    const named = deps.corpus.works.filter((w) => (w.year === 1961 || w.year === 1987) && isOfKind(w, 'speech'));
    expect(named.map((w) => w.year).sort()).toEqual([1961, 1987]);
    expect(res.citations.length).toBeGreaterThan(0);
    expect(res.citations.every((c) => named.some((w) => w.id === c.workId))).toBe(true);
  });

  it('shows apart, as close in meaning, the passages that do not hold a name of several words the question asks about', async () => {
    for (const [question, name] of [['Who was Park Chang-ok?', /Park Chang-ok/], ['What was the Third Seven-Year Plan?', /Third Seven-Year Plan/i]] as const) {
      const res = await ask(question);
      expectGrounded(res);
      const cited = (items: readonly { n: number }[]) => items.map((i) => res.citations.find((c) => c.n === i.n)!);
      const inWords = res.structure.groups.flatMap((g) => (g.kind === 'work' ? cited(g.items) : []));
      const apart = res.structure.groups.flatMap((g) => (g.kind === 'related' ? cited(g.items) : []));
      const text = (c: { passageId: string }) => deps.corpus.paragraphs.find((p) => p.id === c.passageId)!.text;
      expect(inWords.length, question).toBeGreaterThan(0);
      expect(inWords.every((c) => name.test(text(c))), question).toBe(true);
      expect(apart.length, question).toBeGreaterThan(0);
      expect(apart.some((c) => name.test(text(c))), question).toBe(false);
    }
  });

  it('answers where a phrase is used with the passages that use it, none only close to it in meaning', async () => {
    const question = 'In which works does he use the phrase "tighten our belts"?';
    const holding = hisParagraphs().filter((p) => /\btight\w* (?:our|their) belts\b/i.test(p.text));
    expect(holding.length).toBeGreaterThan(1);
    const res = await ask(question);
    expectGrounded(res);
    expect(res.citations.map((c) => c.passageId).sort()).toEqual(holding.map((p) => p.id).sort());
  });

  it('answers how often a word is used by counting every paragraph of his works, and quotes where', async () => {
    const res = await ask('How often does he mention the Juche idea?');
    expectGrounded(res);
    // Counted here another way: the words side by side, in any case, in every paragraph's text.
    const holding = hisParagraphs()
      .map((p) => ({ p, n: p.text.match(/\bJuche idea\b/gi)?.length ?? 0 }))
      .filter((x) => x.n > 0);
    const times = holding.reduce((sum, x) => sum + x.n, 0);
    const works = new Set(holding.map((x) => x.p.workId));
    expect(times).toBeGreaterThan(2);
    expect(res.mode).toBe('compare');
    expect(res.answer.split('\n')[0]).toMatch(new RegExp(`^“Juche idea” occurs ${times} times in Kim Il Sung's works, in ${holding.length} passages of ${works.size} works \\(`));
    expect(res.citations.map((c) => c.passageId).sort()).toEqual(holding.map((x) => x.p.id).sort());
    const perWork = new Map<string, number>();
    for (const x of holding) perWork.set(x.p.workId, (perWork.get(x.p.workId) ?? 0) + x.n);
    const [mostId, most] = [...perWork].sort((a, b) => b[1] - a[1])[0]!;
    const mostWork = deps.corpus.works.find((w) => w.id === mostId)!;
    expect(res.answer.split('\n')[0]).toContain(`, most in *${plainTitle(mostWork.title)}* (${formatDate(mostWork.date)}): ${most} times;`);
    const perYear = new Map<number, number>();
    for (const x of holding) {
      const year = deps.corpus.works.find((w) => w.id === x.p.workId)!.year!;
      perYear.set(year, (perYear.get(year) ?? 0) + x.n);
    }
    const [topYear, inTopYear] = [...perYear].sort((a, b) => b[1] - a[1])[0]!;
    const byYear = await ask('In which year did he mention the Juche idea most often?');
    expect(byYear.answer.split('\n')[0]).toMatch(new RegExp(`, most in ${topYear}( \\(\\d works\\))?: ${inTopYear} times;`));
    // "In which decade": the years' counts summed by decade.
    const perDecade = new Map<number, number>();
    for (const [year, n] of perYear) perDecade.set(Math.floor(year / 10) * 10, (perDecade.get(Math.floor(year / 10) * 10) ?? 0) + n);
    const [topDecade, inTopDecade] = [...perDecade].sort((a, b) => b[1] - a[1])[0]!;
    expect(perDecade.size).toBeGreaterThan(1);
    const byDecade = await ask('In which decade did he mention the Juche idea most often?');
    expect(byDecade.answer.split('\n')[0]).toMatch(new RegExp(`, most in the ${topDecade}s( \\(\\d works\\))?: ${inTopDecade} times;`));
    // "in each decade", "year by year": the count in every one, in order, the words asking so not counted.
    const said = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
    const each = (counts: Map<number, number>, name: (key: number) => string) => [...counts].sort(([a], [b]) => a - b).map(([key, n]) => `${said(n)} in ${name(key)}`);
    const inWordsOf = (parts: string[]) => (parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`);
    const eachDecade = await ask('How often does he mention the Juche idea in each decade?');
    expect(eachDecade.answer.split('\n')[0]).toContain(`(${[...perYear.keys()].sort().join(', ').replace(/, (\d+)$/, ' and $1')}), ${inWordsOf(each(perDecade, (d) => `the ${d}s`))}, most in the ${topDecade}s`);
    // "in each work", "Rank the works by how much they discuss …": every work's count, most first (then by date).
    const workOrder = [...perWork].map(([id, n]) => ({ work: deps.corpus.works.find((w) => w.id === id)!, n })).sort((a, b) => b.n - a.n || a.work.date!.localeCompare(b.work.date!));
    const listed = inWordsOf(workOrder.map(({ work, n }) => `${said(n)} in *${plainTitle(work.title)}* (${formatDate(work.date, work.year)})`));
    for (const question of ['How often does he mention the Juche idea in each work?', 'Rank his works by how often they mention the Juche idea']) {
      expect((await ask(question)).answer.split('\n')[0], question).toContain(`): ${listed};`);
    }
    // Every work of the collection listed, the answer is still one the contract (and the chat's data parts) accepts.
    const ranked = await ask('Rank the works by how much they discuss self-reliance');
    expect(ranked.answer.split('\n')[0]).toMatch(/ occurs \d+ times in these sources, in \d+ passages of 1[0-9] works/);
    expect(AnswerResponse.safeParse(ranked).error).toBeUndefined();
    const yearByYear = await ask('How often does he mention the Juche idea year by year?');
    expect(yearByYear.answer.split('\n')[0]).toMatch(new RegExp(`^“Juche idea” occurs ${times} times`));
    expect(yearByYear.answer.split('\n')[0]).toContain(`, ${inWordsOf(each(perYear, String))}, most in ${topYear}`);
    for (const c of res.citations) expect(c.quote).toMatch(/\bJuche idea\b/i);
    // Every occurrence is marked in the quotes, and nothing else.
    const marked = res.citations.flatMap((c) => c.quoteMarks!.map((m) => c.quote.slice(m.start, m.end).toLowerCase()));
    expect(marked).toEqual(Array.from({ length: times }, () => 'juche idea'));
    expect(res.yearCounts!.reduce((sum, y) => sum + y.count, 0)).toBe(holding.length);
  });

  it('reads "the following year" as the year after the one the question names', async () => {
    const counted = await ask('How often does he mention self-reliance in 1986 and the following year?');
    const named = await ask('How often does he mention self-reliance in 1986 and 1987?');
    expect(counted.answer).toBe(named.answer);
    // Two years named apart, each counted.
    expect(counted.answer.split('\n')[0]).toMatch(/^“self-reliance” occurs \d+ times in Kim Il Sung's works from 1986 and 1987, .*, \d+ times in 1986 and \d+ times in 1987, /);
  });

  it('counts in each of the times a question sets apart ("in the 1960s compared to the 1980s")', async () => {
    const res = await ask('How often did he mention Juche in the 1960s compared to the 1980s?');
    expectGrounded(res);
    const yearOf = new Map(deps.corpus.works.map((w) => [w.id, w.year]));
    const inDecade = (start: number) =>
      hisParagraphs()
        .filter((p) => yearOf.get(p.workId)! >= start && yearOf.get(p.workId)! < start + 10)
        .reduce((n, p) => n + (p.text.match(/\bJuche\b/g)?.length ?? 0), 0);
    const [sixties, eighties] = [inDecade(1960), inDecade(1980)];
    expect(sixties).toBeGreaterThan(0);
    expect(res.answer.split('\n')[0]).toMatch(
      new RegExp(`^“Juche” occurs ${sixties + eighties} times in Kim Il Sung's works from 1960–1969 and 1980–1989, in \\d+ passages of \\d+ works \\([^)]*\\), ${sixties} times in 1960–1969 and ${eighties} times in 1980–1989, most in `),
    );
    for (const c of res.citations) expect(c.year! < 1970 || c.year! >= 1980).toBe(true);
    // Two decades that run on are two times still, each counted.
    const [seventies, eightiesAgain] = [inDecade(1970), inDecade(1980)];
    expect((await ask('Did he mention Juche more in the 1980s or the 1970s?')).answer.split('\n')[0]).toMatch(
      new RegExp(`^“Juche” occurs ${seventies + eightiesAgain} times in Kim Il Sung's works from 1970–1979 and 1980–1989, .*, ${seventies} times in 1970–1979 and ${eightiesAgain} times in 1980–1989, most in `),
    );
  });

  it('keeps a year named with a month ("in June 1987") to the works of that month, when some are from it', async () => {
    const ofMonth = (month: string) => deps.corpus.works.filter((w) => w.date?.startsWith(month));
    const [january, june] = [ofMonth('1987-01'), ofMonth('1987-06')];
    expect(january.length).toBeGreaterThan(0);
    expect(june.length).toBeGreaterThan(0);
    const listed = await ask('Which works are from June 1987?');
    expect(listed.structure.lead.filter((p) => p.title).map((p) => p.text)).toEqual(june.map((w) => w.title));
    expect(listed.answer).toMatch(/^The collection holds \d+ works? from June 1987/);
    // The only work of a month named is the work asked about, as the only work of a year is.
    expect(june).toHaveLength(1);
    const said = await ask('What did he say in June 1987?');
    expectGrounded(said);
    expect(said.structure.wholeWork).toBe(true);
    expect(new Set(said.citations.map((c) => c.workId))).toEqual(new Set([june[0]!.id]));
    // Searched, quoted and compared within those months; the month is a time, not a word to look for.
    const trade = await ask('What did he say about trade in June 1987?');
    expectGrounded(trade);
    expect(trade.mode).toBe('answer');
    expect(new Set(trade.citations.map((c) => c.workId))).toEqual(new Set(june.map((w) => w.id)));
    const compared = await ask('What did he demand of officials with regard to self-reliance, in January 1987 and in December 1993?');
    expectGrounded(compared);
    const december = ofMonth('1993-12');
    expect(new Set(compared.citations.map((c) => c.workId))).toEqual(new Set([...january, ...december].map((w) => w.id)));
    // A count says each month's figure.
    const count = (works: typeof june) =>
      hisParagraphs()
        .filter((p) => works.some((w) => w.id === p.workId))
        .reduce((n, p) => n + (p.text.match(/\bJuche\b/g)?.length ?? 0), 0);
    const counted = await ask('How often did he mention Juche in January 1987 compared with June 1987?');
    expectGrounded(counted);
    const times = (n: number) => (n === 0 ? 'not once' : n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
    expect(counted.answer.split('\n')[0]).toContain(`in Kim Il Sung's works from January 1987 and June 1987, in `);
    expect(counted.answer.split('\n')[0]).toContain(`, ${times(count(january))} in January 1987 and ${times(count(june))} in June 1987`);
    // A month no work is from keeps its year whole: the nearest the texts come.
    const march = await ask('What did he say about trade in March 1987?');
    expect(new Set(march.citations.map((c) => c.year))).toEqual(new Set([1987]));
    expect(new Set(march.citations.map((c) => c.workId)).size).toBeGreaterThan(1);
  });

  it('reads "the sixties" and "the \'60s" as the 1960s, and shows the question back as asked', async () => {
    for (const question of ['What did he say about aid in the sixties?', "What did he say about aid in the '60s?"]) {
      const res = await ask(question);
      expectGrounded(res);
      expect(res.question).toBe(question);
      expect(res.citations.length, question).toBeGreaterThan(0);
      expect(res.citations.every((c) => c.year! >= 1960 && c.year! <= 1969), question).toBe(true);
    }
    // Two decades set side by side are compared, not the range between them.
    const sideBySide = await ask('How did his view on trade differ between the sixties and the eighties?');
    expectGrounded(sideBySide);
    expect(sideBySide.mode).toBe('compare');
    const decadesCited = new Set(sideBySide.citations.map((c) => Math.floor(c.year! / 10) * 10));
    expect(decadesCited).toEqual(new Set([1960, 1980]));
    const seventies = deps.corpus.works.filter((w) => w.year !== null && w.year >= 1970 && w.year <= 1979);
    expect((await ask('Which works are from the seventies?')).answer).toMatch(new RegExp(`^The collection holds ${seventies.length} works from 1970–1979 \\(`));
    // A follow-up naming another decade so replaces the time of the question before.
    const turns = [
      { role: 'user' as const, parts: [{ type: 'text' as const, text: 'What did he say about aid in the 1960s?' }] },
      { role: 'assistant' as const, parts: [{ type: 'text' as const, text: '…' }] },
      { role: 'user' as const, parts: [{ type: 'text' as const, text: 'and in the eighties?' }] },
    ];
    const followUp = await deps.answerer.answer(conversationInput(turns));
    expectGrounded(followUp);
    expect(followUp.citations.length).toBeGreaterThan(0);
    expect(followUp.citations.every((c) => c.year! >= 1980 && c.year! <= 1989)).toBe(true);
    expect(followUp.citations.some((c) => /\baid\b/i.test(c.quote))).toBe(true);
  });

  it('keeps a part of a decade to its third ("the early 1980s": 1980–1983), and says when no work is from it', async () => {
    const of = (from: number, to: number) => deps.corpus.works.filter((w) => w.year !== null && w.year >= from && w.year <= to);
    expect(of(1980, 1983).length).toBeGreaterThan(1);
    expect(of(1984, 1989).length).toBeGreaterThan(0);
    const early = await ask('What did he say about self-reliance in the early 1980s?');
    expectGrounded(early);
    expect(early.citations.length).toBeGreaterThan(0);
    expect(early.citations.every((c) => of(1980, 1983).some((w) => w.id === c.workId))).toBe(true);
    expect(of(1964, 1966)).toEqual([]);
    const mid = await ask('What did he say about aid in the mid-1960s?');
    expectGrounded(mid);
    expect(mid.mode).toBe('abstain');
    expect(mid.answer.split('\n')[0]).toContain('None of them is from 1964–1966, or speaks of those years.');
  });

  it('names the earliest or latest work of a kind asked as "Which interview came first?", from the metadata', async () => {
    const byDate = (a: { date: string | null }, b: { date: string | null }) => (a.date ?? '').localeCompare(b.date ?? '');
    const interviews = deps.corpus.works.filter((w) => w.year !== null && isOfKind(w, 'interview')).sort(byDate);
    const first = await ask('Which interview came first?');
    expect(first.citations).toEqual([]);
    expect(first.answer).toMatch(new RegExp(`^Earliest in the collection's works that answer an interviewer's questions: \\*${interviews[0]!.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\* `));
    const dated = deps.corpus.works.filter((w) => w.year !== null).sort(byDate);
    expect((await ask('Which work is the latest?')).answer).toContain(`Latest in the collection: *${dated.at(-1)!.title}*`);
    expect((await ask('What text is the oldest?')).answer).toContain(`Earliest in the collection: *${dated[0]!.title}*`);
    // Both asked at once: each.
    expect((await ask('What is the earliest text and what is the latest?')).answer).toContain(`Earliest in the collection: *${dated[0]!.title}* (${formatDate(dated[0]!.date)}). Latest in the collection: *${dated.at(-1)!.title}*`);
  });

  it('names the longest or shortest work, of a kind if asked, by the words the collection prints of each', async () => {
    const words = (w: Work) => deps.corpus.paragraphs.filter((p) => p.workId === w.id).reduce((n, p) => n + p.text.split(/\s+/).filter(Boolean).length, 0);
    const bySize = (works: Work[]) => [...works].sort((a, b) => words(a) - words(b));
    const all = bySize(deps.corpus.works);
    const longest = await ask('What is the longest work?');
    expect(longest.citations).toEqual([]);
    const said = (w: Work) => `*${w.title}* (${formatDate(w.date, w.year)}), ${words(w).toLocaleString('en-US')} words. `;
    expect(longest.answer.startsWith(`Longest in the collection, by the words printed here: ${said(all.at(-1)!)}The collection holds`), longest.answer.slice(0, 200)).toBe(true);
    // The longest is the work asked for (what "Cite it" after it points at), though the list after names it again.
    expect(longest.structure.lead.filter((p) => p.singledOut).map((p) => p.workId)).toEqual([all.at(-1)!.id]);
    const speeches = bySize(deps.corpus.works.filter((w) => isOfKind(w, 'speech')));
    expect(speeches.length).toBeGreaterThan(1);
    const shortest = await ask('Which is his shortest speech?');
    expect(shortest.answer.startsWith(`Shortest in the collection's works with “speech” in their titles or occasions, by the words printed here: ${said(speeches[0]!)}`), shortest.answer.slice(0, 200)).toBe(true);
    // Of two works named by their years, whatever words name them: the longer, and the other's length.
    const [of1961, of1993] = [1961, 1993].map((year) => deps.corpus.works.find((w) => w.year === year && isOfKind(w, 'speech'))!);
    const [shorter, longer] = bySize([of1961!, of1993!]);
    const two = await ask('Which is longer, the 1961 speech or the 1993 speech?');
    expect(two.citations).toEqual([]);
    const dated = (w: Work) => `*${w.title}* (${formatDate(w.date, w.year)})`;
    expect(two.answer).toContain(`by the words printed here: ${dated(longer!)}, ${words(longer!).toLocaleString('en-US')} words; ${dated(shorter!)} has ${words(shorter!).toLocaleString('en-US')} words. `);
    expect(two.answer.startsWith('Longer in ')).toBe(true);
    // Counted in paragraphs when asked so: the fewest paragraphs is not the fewest words.
    const paragraphs = (w: Work) => deps.corpus.paragraphs.filter((p) => p.workId === w.id).length;
    const fewest = [...deps.corpus.works].sort((a, b) => paragraphs(a) - paragraphs(b))[0]!;
    expect(fewest.id).not.toBe(all[0]!.id);
    const byParagraphs = await ask('Which work has the fewest paragraphs?');
    expect(byParagraphs.citations).toEqual([]);
    expect(byParagraphs.answer.startsWith(`Shortest in the collection, by the paragraphs printed here: *${fewest.title}* (${formatDate(fewest.date, fewest.year)}), ${paragraphs(fewest)} paragraphs. `), byParagraphs.answer.slice(0, 200)).toBe(true);
    expect((await ask('Which work has the most words?')).answer.startsWith(`Longest in the collection, by the words printed here: ${said(all.at(-1)!)}`)).toBe(true);
  });

  it('says how long a work asked about is, or each of a kind, by its words, paragraphs and pages as the collection prints it', async () => {
    const size = (w: Work) => {
      const paragraphs = deps.corpus.paragraphs.filter((p) => p.workId === w.id);
      const words = paragraphs.reduce((n, p) => n + p.text.split(/\s+/).filter(Boolean).length, 0);
      return { words, paragraphs: paragraphs.length };
    };
    const southSouth = deps.corpus.works.find((w) => w.title === 'Let us develop South-South cooperation')!;
    const { words, paragraphs } = size(southSouth);
    const one = await ask('How long is the 1987 South-South speech?');
    expect(one.citations).toEqual([]);
    expect(one.answer).toBe(`*${southSouth.title}* (${formatDate(southSouth.date, southSouth.year)}), as the collection prints it: ${words.toLocaleString('en-US')} words in ${paragraphs} paragraphs.`);
    // The work asked about is the one "How do I cite it?" after cites.
    expect(one.structure.lead.filter((p) => p.singledOut).map((p) => p.workId)).toEqual([southSouth.id]);
    const paged = deps.corpus.works.find((w) => w.year === 1961)!;
    expect(paged.pages).toBe('1-3');
    // The book prints excerpts of it, as its heading says: the size says so.
    expect(paged.excerpts).toBe(true);
    expect((await ask('How many pages is the 1961 speech?')).answer).toMatch(/ in \d+ paragraphs of excerpts, pp\. 1–3 \(3 pages\)\.$/);
    const speeches = deps.corpus.works.filter((w) => isOfKind(w, 'speech'));
    const all = await ask('How long are his speeches?');
    const total = speeches.reduce((n, w) => n + size(w).words, 0);
    const totalParagraphs = speeches.reduce((n, w) => n + size(w).paragraphs, 0);
    expect(all.answer.startsWith(`The ${speeches.length} works of the collection with “speech” in their titles or occasions, as it prints them, hold ${total.toLocaleString('en-US')} words in ${totalParagraphs} paragraphs in all; in date order: `), all.answer.slice(0, 200)).toBe(true);
    for (const w of speeches) expect(all.answer).toContain(`*${w.title}* (${formatDate(w.date, w.year)}): ${size(w).words.toLocaleString('en-US')} words in ${size(w).paragraphs} paragraphs`);
    // Listed by length: longest first.
    for (const [question, listed] of [['List the works by length', deps.corpus.works], ['Rank the speeches by length', speeches]] as const) {
      const byLength = await ask(question);
      expect(byLength.answer, question).toMatch(/ in all; longest first: /);
      const order = byLength.structure.lead.flatMap((p) => (p.workId ? [p.workId] : []));
      expect(order, question).toEqual([...listed].sort((a, b) => size(b).words - size(a).words).map((w) => w.id));
    }
    // The size of them all, asked with no work named: every work's, in all.
    const everyWord = deps.corpus.works.reduce((n, w) => n + size(w).words, 0);
    const everyParagraph = deps.corpus.works.reduce((n, w) => n + size(w).paragraphs, 0);
    for (const question of ['How many paragraphs are there?', 'How many words in total?', 'What is the total number of paragraphs?'])
      expect((await ask(question)).answer, question).toMatch(new RegExp(`^The ${deps.corpus.works.length} works of the collection, as it prints them, hold ${everyWord.toLocaleString('en-US')} words in ${everyParagraph.toLocaleString('en-US')} paragraphs in all; `));
  });

  it('says which works the source prints in excerpts, as their headings say, and which it does not mark so', async () => {
    const excerpted = deps.corpus.works.filter((w) => w.excerpts);
    const unmarked = deps.corpus.works.filter((w) => !w.excerpts);
    expect(excerpted.length).toBeGreaterThan(1);
    expect(unmarked.length).toBeGreaterThan(0);
    const which = await ask('Which works are excerpts?');
    expect(which.citations).toEqual([]);
    expect(which.answer.startsWith(`Of the ${deps.corpus.works.length} works, the collection prints excerpts of ${excerpted.length}, as their headings say (“Excerpts”): `)).toBe(true);
    for (const w of deps.corpus.works) expect(which.answer).toContain(`*${plainTitle(w.title)}*`);
    const of1961 = deps.corpus.works.find((w) => w.year === 1961)!;
    expect((await ask('Is the 1961 speech complete or an excerpt?')).answer).toBe(
      `The collection prints excerpts of *${plainTitle(of1961.title)}* (${formatDate(of1961.date)}), not the whole work, as its heading says (“Excerpts”).`,
    );
    // Asked whether it is complete, with no word for excerpts, or whether it is printed in full: the same.
    for (const question of ['Is the 1961 speech complete?', 'Is the 1961 speech printed in full?']) {
      expect((await ask(question)).answer, question).toBe(
        `The collection prints excerpts of *${plainTitle(of1961.title)}* (${formatDate(of1961.date)}), not the whole work, as its heading says (“Excerpts”).`,
      );
    }
    const whole = unmarked.find((w) => w.author === of1961.author)!;
    for (const question of ['Is it an excerpt?', 'Is it complete?']) {
      const asked = await deps.answerer.answer({ question, cited: [whole.id], filters: {}, mode: 'auto' });
      expect(asked.answer, question).toBe(`The heading of *${plainTitle(whole.title)}* (${formatDate(whole.date)}) in the collection marks no excerpts.`);
    }
    expect((await ask('Is the Chollima movement complete?')).citations.length).toBeGreaterThan(0);
    // The works of a kind, asked whether they are whole: which of them the collection prints in excerpts.
    const speeches = deps.corpus.works.filter((w) => isOfKind(w, 'speech'));
    for (const question of ['Is this the complete text of the speeches?', 'Are these the full speeches?'])
      expect((await ask(question)).answer, question).toMatch(new RegExp(`^Of the ${speeches.length} works with “speech” in their titles or occasions, the collection prints excerpts of ${speeches.filter((w) => w.excerpts).length}, `));
  });

  it('says when no work of the time a kind is named with is of that kind, and quotes the works of that time', async () => {
    const seventies = deps.corpus.works.filter((w) => w.year !== null && w.year >= 1970 && w.year <= 1979);
    expect(seventies.length).toBeGreaterThan(0);
    expect(seventies.some((w) => isOfKind(w, 'speech'))).toBe(false);
    for (const [question, mode] of [['What did he say about trade in his speeches from the 1970s?', 'auto'], ['Compare his speeches of the 1970s on trade', 'compare']] as const) {
      const res = await ask(question, mode);
      expectGrounded(res);
      expect(res.answer.split('\n')[0], question).toMatch(/^None of the works from 1970–1979 has “speech” in its title or occasion\. /);
      const cited = new Set(res.citations.map((c) => deps.corpus.paragraphs.find((p) => p.id === c.passageId)!.workId));
      expect([...cited].some((id) => seventies.some((w) => w.id === id)), question).toBe(true);
    }
    // A kind some work of that time is: nothing said.
    expect((await ask('What did he say about trade in his 1987 speech?')).answer).not.toMatch(/^None of the works/);
  });

  it('says when no work is from the year asked: the passages that name it, or, with a topic, those of any year', async () => {
    expect(deps.corpus.works.some((w) => w.year === 1956)).toBe(false);
    const naming = deps.corpus.paragraphs.filter((p) => /\b1956\b/.test(p.text));
    expect(naming.length).toBeGreaterThan(0);
    const then = await ask('What did he say in 1956?');
    expectGrounded(then);
    expect(then.answer.split('\n')[0]).toMatch(/^None of the works is from 1956; (this passage speaks|these passages speak) of it\. /);
    expect(then.citations.every((c) => naming.some((p) => p.id === c.passageId))).toBe(true);
    const onTopic = await ask('What did he say about agriculture in 1956?');
    expectGrounded(onTopic);
    expect(onTopic.mode).toBe('answer');
    expect(onTopic.answer.split('\n')[0]).toMatch(/^None of the works is from 1956\. \d+ passages? from /);
    expect(onTopic.citations.some((c) => /agricultur/i.test(c.quote))).toBe(true);
    const silent = await ask('What did he say about women in 1956?');
    expect(silent.mode).toBe('abstain');
    expect(silent.answer.split('\n')[0]).toBe('The sources do not address this question. None of the works is from 1956.');
    // A year some work is from, which the filters keep out: of the works searched, not of the collection.
    expect(deps.corpus.works.some((w) => w.year === 1967)).toBe(true);
    const filtered = await deps.answerer.answer({ question: 'What did he say about aid in 1967?', filters: { from: '1980' }, mode: 'auto' });
    expectGrounded(filtered);
    expect(filtered.answer.split('\n')[0]).toMatch(/^None of the works searched is from 1967\. /);
  });

  it('says which of the years asked no work is from when others are, compared or not', async () => {
    expect(deps.corpus.works.some((w) => w.year === 1965)).toBe(false);
    for (const question of ['Compare what he said about independence in 1965 and 1993', 'What did he say about independence in 1965 and 1993?']) {
      const res = await ask(question);
      expectGrounded(res);
      expect(res.answer.split('\n')[0], question).toMatch(/^None of the works is from 1965\. /);
      expect(res.citations.length, question).toBeGreaterThan(0);
      expect(res.citations.every((c) => c.year === 1993), question).toBe(true);
    }
    // A decade some work is from is not one of them, nor is a year every work is kept out of said of the collection.
    const decades = await ask('Compare self-reliance in the 1950s and the 1980s');
    expect(decades.answer.split('\n')[0]).toMatch(/^None of the works is from 1950–1959\. \d+ works address this \(1981/);
    // A comparison over one time no work is from is answered from the years there are, and says so.
    for (const question of ['How did his view of foreign aid change in the 1950s?', 'How did what he said about aid change between 1945 and 1956?']) {
      const res = await ask(question);
      expect(res.mode, question).toBe('compare');
      expect(res.answer.split('\n')[0], question).toMatch(/^None of the works is from 19\d\d–19\d\d\. \d+ works address this/);
    }
    // Kept to the undated article, a year is what it speaks of: nothing said of when works are from.
    expect((await ask('What does the article say about the Soviet Union in 1956?')).answer).not.toMatch(/None of the works/);
    const filtered = await deps.answerer.answer({ question: 'What did he say about aid in 1967 and 1987?', filters: { from: '1980' }, mode: 'auto' });
    expect(filtered.answer.split('\n')[0]).toMatch(/^None of the works searched is from 1967\. /);
    // Kept to one work, the question is answered, not compared: said the same.
    const of1993 = deps.corpus.works.find((w) => w.year === 1993)!;
    const inWork = await deps.answerer.answer({ question: 'What did he say about independence in 1965 and 1993?', filters: { work: of1993.id }, mode: 'auto' });
    expect(inWork.mode).toBe('answer');
    expect(inWork.answer.split('\n')[0]).toMatch(/^None of the works is from 1965\. \d+ passages? from 1 work \(1993\)/);
    expect((await ask('What did he say about independence in 1967 and 1993?')).answer).not.toMatch(/None of the works/);
    // A time compared that works are from, none of those that address it: said too.
    const soviet = (from: number, to: number) => hisParagraphs().filter((p) => /\bSoviet\b/.test(p.text) && deps.corpus.works.some((w) => w.id === p.workId && w.year! >= from && w.year! <= to));
    expect(soviet(1980, 1989)).toEqual([]);
    expect(soviet(1960, 1969).length).toBeGreaterThan(0);
    expect(deps.corpus.works.some((w) => w.year! >= 1980 && w.year! <= 1989)).toBe(true);
    const versus = await ask('What did he say about the Soviet Union in the 1960s versus the 1980s?');
    expectGrounded(versus);
    // Said not to use its words when a work of then is close in meaning (shown as such), else not to address it.
    const closeFromThen = versus.citations.some((c) => c.year !== null && c.year >= 1980 && c.year <= 1989);
    expect(versus.answer.split('\n')[0]).toMatch(new RegExp(`^No work from 1980–1989 ${closeFromThen ? "uses the question's words" : 'addresses this'}\\. Only 1 work addresses this \\(1969\\)`));
    // Every time compared addressed, or one time alone (a title's span, no work from it): nothing said.
    expect((await ask('Compare what he said about trade in 1961 and 1987')).answer).not.toMatch(/No work from/);
    expect((await ask('Compare the views on self-reliant heavy industrialization (1945-1956)')).answer).not.toMatch(/No work from|None of the works is from/);
    // Every year compared without works, the answer from other years says so first.
    expect(deps.corpus.works.some((w) => w.year === 1945 || w.year === 1950)).toBe(false);
    for (const question of ['What did he say about aid in 1945 and 1950?', 'Compare what he said about aid in 1945 and 1950']) {
      const none = await ask(question);
      expectGrounded(none);
      expect(none.answer.split('\n')[0], question).toMatch(/^None of the works is from 1945 or 1950\. \d+ works address this/);
    }
  });

  it('keeps a year named with a kind of work ("the 1987 speech") to the works of that year whose title or occasion says so, and a kind by itself to its works', async () => {
    const of1987 = deps.corpus.works.filter((w) => w.year === 1987);
    const isSpeech = (w: (typeof of1987)[number]) => /\bspeech\b/i.test(`${w.title} ${w.occasion ?? ''}`);
    const speeches = of1987.filter(isSpeech);
    expect(speeches.length).toBeGreaterThan(0);
    expect(speeches.length).toBeLessThan(of1987.length);
    const inSpeeches = hisParagraphs()
      .filter((p) => speeches.some((w) => w.id === p.workId))
      .reduce((n, p) => n + (p.text.match(/\bself-reliance\b/gi)?.length ?? 0), 0);
    const counted = await ask('How often did he mention self-reliance in the 1987 speech?');
    expectGrounded(counted);
    // One work of that year and kind: counted in it, and named, as a work named by its title is.
    expect(speeches).toHaveLength(1);
    expect(counted.answer.split('\n')[0]).toMatch(new RegExp(`^“self-reliance” occurs ${inSpeeches} times in \\*${plainTitle(speeches[0]!.title)}\\* \\(${formatDate(speeches[0]!.date)}\\), `));
    expect(counted.citations.every((c) => speeches.some((w) => w.id === c.workId))).toBe(true);
    // Searched within it: the words of the question, not "speech", are what is looked for.
    const searched = await ask('What did he say about trade in the 1987 speech?');
    expectGrounded(searched);
    expect(searched.citations.length).toBeGreaterThan(0);
    expect(searched.citations.every((c) => speeches.some((w) => w.id === c.workId))).toBe(true);
    // With a decade, the decade is kept to its speeches as a whole, though most of its years hold none.
    const of1980s = deps.corpus.works.filter((w) => w.year !== null && w.year >= 1980 && w.year <= 1989);
    const speechesOf1980s = of1980s.filter(isSpeech);
    expect(speechesOf1980s.length).toBeGreaterThan(0);
    expect(new Set(of1980s.map((w) => w.year)).size).toBeGreaterThan(new Set(speechesOf1980s.map((w) => w.year)).size);
    const [aid, selfReliance] = await Promise.all(['What did he say about aid in his 1980s speeches?', 'How often did he mention self-reliance in his speeches of the 1980s?'].map((q) => ask(q)));
    for (const res of [aid!, selfReliance!]) {
      expectGrounded(res);
      expect(res.citations.length).toBeGreaterThan(0);
      expect(res.citations.every((c) => speechesOf1980s.some((w) => w.id === c.workId))).toBe(true);
    }
    expect(selfReliance!.answer.split('\n')[0]).toMatch(speechesOf1980s.length === 1 ? `in *${plainTitle(speechesOf1980s[0]!.title)}* (` : / in Kim Il Sung's works from 1980–1989 \(“speech”\), /);
    // By itself, a kind keeps to its works of any year: searched, and counted.
    const allSpeeches = deps.corpus.works.filter(isSpeech);
    const aidInSpeeches = await ask('What did he say about aid in his speeches?');
    expectGrounded(aidInSpeeches);
    expect(aidInSpeeches.citations.length).toBeGreaterThan(0);
    expect(aidInSpeeches.citations.every((c) => allSpeeches.some((w) => w.id === c.workId))).toBe(true);
    const jucheInSpeeches = hisParagraphs()
      .filter((p) => allSpeeches.some((w) => w.id === p.workId))
      .reduce((n, p) => n + (p.text.match(/\bJuche\b/g)?.length ?? 0), 0);
    expect(jucheInSpeeches).toBeGreaterThan(0);
    // "his works": counted in his, not in the abstract too.
    const jucheInHis = hisParagraphs().reduce((n, p) => n + (p.text.match(/\bJuche\b/g)?.length ?? 0), 0);
    // "How many of his works" asks a share of them too, said first ("8 of the 13 works, 62%. ").
    const hisWorks = deps.corpus.works.filter((w) => w.author === 'Kim Il Sung').length;
    for (const [question, share] of [['How many of his works mention Juche?', String.raw`\d+ of the ${hisWorks} works, \d+%\. `], ['Which of his works mention Juche?', ''], ["Which of Kim Il Sung's works mention Juche?", '']] as const) {
      expect((await ask(question)).answer.split('\n')[0], question).toMatch(new RegExp(`^${share}“Juche” occurs ${jucheInHis} times in Kim Il Sung's works, `));
    }
    // "How many of his speeches" asks their share too, of the speeches, said first.
    for (const [question, share] of [['How often did he mention Juche in his speeches?', ''], ['How many of his speeches mention Juche?', String.raw`\d+ of the ${allSpeeches.length} works?, \d+%\. `]] as const) {
      const countedInSpeeches = await ask(question);
      expectGrounded(countedInSpeeches);
      expect(countedInSpeeches.answer.split('\n')[0], question).toMatch(
        new RegExp(`^${share}“Juche” occurs ${jucheInSpeeches === 1 ? 'once' : `${jucheInSpeeches} times`} in Kim Il Sung's works with “speech” in their titles or occasions, `),
      );
    }
    // Listed, the kind is said once.
    expect((await ask('List his speeches from the 1980s')).answer).toMatch(
      new RegExp(`^The collection holds ${plural(speechesOf1980s.length, 'work')} from 1980–1989 with “speech” in (?:its title|their titles) `),
    );
  });

  it('counts a word as it is inflected, not the other words its stem stands for ("imports", not "important")', async () => {
    const res = await ask('How often does he mention imports?');
    expectGrounded(res);
    const holding = hisParagraphs()
      .map((p) => ({ p, n: p.text.match(/\bimport(?:s|ed|ing)?\b/gi)?.length ?? 0 }))
      .filter((x) => x.n > 0);
    const times = holding.reduce((sum, x) => sum + x.n, 0);
    expect(hisParagraphs().filter((p) => /\bimportan(?:t|ce)\b/i.test(p.text)).length).toBeGreaterThan(holding.length);
    expect(res.answer.split('\n')[0]).toMatch(new RegExp(`^“imports” occurs ${times} times in Kim Il Sung's works \\(as [^)]*\\), in ${holding.length} passages `));
    expect(res.citations.map((c) => c.passageId).sort()).toEqual(holding.map((x) => x.p.id).sort());
    for (const c of res.citations) for (const m of c.quoteMarks!) expect(c.quote.slice(m.start, m.end)).toMatch(/^import(?:s|ed|ing)?$/i);
  });

  it('finds a noun in "-ification" as its verb in "-ify": "reunification" where the texts say "reunify" too', async () => {
    const holding = hisParagraphs().filter((p) => /\breunif(?:y|ication)\b/i.test(p.text));
    expect(new Set(holding.map((p) => p.text.match(/\breunif(?:y|ication)\b/i)![0].toLowerCase()))).toEqual(new Set(['reunify', 'reunification']));
    const res = await ask('What did he say about the reunification of Korea?');
    expectGrounded(res);
    expect(holding.map((p) => p.id).filter((id) => !res.citations.some((c) => c.passageId === id))).toEqual([]);
  });

  it('finds a noun in "-sis" as its plural: "crises" where the texts say "crisis", and none of them set apart as not in the question\'s words', async () => {
    const holding = hisParagraphs().filter((p) => /\bcrisis\b/i.test(p.text) && !/\bcrises\b/i.test(p.text));
    expect(holding.length).toBeGreaterThan(3);
    const res = await ask('What does he say about the crises of the capitalist world?');
    expectGrounded(res);
    expect(res.citations.filter((c) => holding.some((p) => p.id === c.passageId)).length).toBeGreaterThan(1);
    const gone = await ask('Which crises did Kim go through?');
    const apart = gone.answer.split('**Close in meaning')[1] ?? '';
    for (const c of gone.citations.filter((c) => /\bcris[ie]s\b/i.test(c.quote))) expect(apart).not.toContain(`[${c.n}]`);
  });

  it('reads a doctrine as its followers and the other way round: "imperialism", which the texts never write, is searched and counted as "imperialists"', async () => {
    expect(hisParagraphs().some((p) => /\bimperialism\b/i.test(p.text))).toBe(false);
    const holding = hisParagraphs()
      .map((p) => ({ p, n: p.text.match(/\bimperialists?\b/gi)?.length ?? 0 }))
      .filter((x) => x.n > 0);
    expect(holding.length).toBeGreaterThan(3);
    const described = await ask('How did he describe imperialism?');
    expectGrounded(described);
    expect(described.answer).not.toContain('None of these passages');
    const quoted = described.citations.filter((c) => holding.some((x) => x.p.id === c.passageId));
    expect(quoted.length).toBeGreaterThan(2);
    const counted = await ask('How often does he mention imperialism?');
    expect(counted.answer.split('\n')[0]).toMatch(new RegExp(`^“imperialism” occurs ${holding.reduce((sum, x) => sum + x.n, 0)} times in Kim Il Sung's works \\(as [^)]*\\), in ${holding.length} passages `));
    // Followers the texts never name, as the doctrine they do: "defeatists" as "defeatism".
    expect(hisParagraphs().some((p) => /\bdefeatists?\b/i.test(p.text))).toBe(false);
    const defeatists = await ask('What did he say about defeatists?');
    expect(defeatists.answer).not.toContain('None of these passages');
    expect(defeatists.citations.length).toBeGreaterThan(0);
    expect(defeatists.citations.every((c) => /\bdefeatism\b/i.test(c.quote))).toBe(true);
    // A doctrine of an action the texts name in no form, as that action: "isolationist" as "isolation".
    expect(hisParagraphs().some((p) => /\bisolationis[mt]/i.test(p.text))).toBe(false);
    const isolation = hisParagraphs().filter((p) => /\bisolation\b/i.test(p.text));
    expect(isolation.length).toBeGreaterThan(0);
    const isolationist = await ask('Was Kim an isolationist?');
    expect(isolationist.citations[0]!.passageId).toBe(isolation[0]!.id);
    // Not the adjective's passages, which the stem of "nationalism" would hold: the one that says "nationalism" first.
    const nationalism = await ask('What did he say about nationalism?');
    expect(nationalism.citations[0]!.quote).toMatch(/\bnationalism\b/);
  });

  it('reads "the word X" as X: the first work that uses it, whether it is used at all', async () => {
    const first = await ask('When did he first use the word flunkeyism?');
    expectGrounded(first);
    const holding = hisParagraphs().filter((p) => /\bflunkeyism\b/i.test(p.text));
    const earliest = deps.corpus.works.filter((w) => holding.some((p) => p.workId === w.id)).sort((a, b) => a.date!.localeCompare(b.date!))[0]!;
    expect(first.answer.split('\n')[0]).toContain(`*${plainTitle(earliest.title)}* (${formatDate(earliest.date)})`);
    for (const c of first.citations) expect(c.quote).toMatch(/\bflunkeyism\b/i);
    expect(deps.corpus.paragraphs.some((p) => /\bimperialism\b/i.test(p.text))).toBe(false);
    // The word itself, not the forms a count of the topic takes in ("imperialists" for "imperialism", "Japanese" for "Japan").
    expect((await ask('Is the word imperialism used?')).answer.split('\n')[0]).toMatch(/^“imperialism” does not occur in these sources\. /);
    expect(deps.corpus.paragraphs.some((p) => /\bJapan\b/.test(p.text))).toBe(false);
    expect((await ask('Is the word Japan used?')).answer.split('\n')[0]).toMatch(/^“Japan” does not occur in these sources\. /);
    expect((await ask('How often does he mention Japan?')).answer.split('\n')[0]).toMatch(/^“Japan” occurs \d+ times in Kim Il Sung's works \(as “Japanese”\)/);
    // A name the count says does not occur is not said again as the reason for abstaining.
    expect((await ask('Did he ever mention Deng Xiaoping?')).answer.split('\n')[0]).toBe(
      "“Deng Xiaoping” does not occur in Kim Il Sung's works, word for word. The sources do not address this question.",
    );
    // An author's name mentioned is counted, in the works of whoever mentions it, not taken for whose works to read.
    const [kim, zhang] = ['Kim Il Sung', 'Zhang Chao'];
    expect(deps.corpus.paragraphs.some((p) => p.text.includes(zhang))).toBe(false);
    expect((await ask(`Did Kim ever mention ${zhang}?`)).answer.split('\n')[0]).toBe(`“${zhang}” does not occur in ${kim}'s works, word for word. The sources do not address this question.`);
    const article = deps.corpus.works.find((w) => w.author === zhang)!;
    expect(deps.corpus.paragraphs.some((p) => p.workId === article.id && p.text.includes('Kim'))).toBe(false);
    const inArticle = await ask(`Does the article mention ${kim}?`);
    expect(inArticle.answer.startsWith(`“${kim}” does not occur in *${plainTitle(article.title)}* (undated), word for word.`)).toBe(true);
    expect(inArticle.answer).not.toMatch(/names no topic|From the abstract/);
    // Cited or quoted by another, as mentioned; with what the name's possessive names, of no kind of work to list.
    for (const question of [`Does ${zhang} cite ${kim}?`, `Does the article quote ${kim}'s speeches?`]) {
      const cited = await ask(question);
      expect(cited.answer.startsWith(`“${kim}” does not occur in *${plainTitle(article.title)}* (undated), word for word.`), question).toBe(true);
      expect(cited.answer, question).not.toMatch(/From the abstract|The collection holds|None of the works has/);
    }
    const speeches = deps.corpus.works.filter((w) => w.author === kim && /\bspeech\b/i.test(`${w.title} ${w.occasion ?? ''}`));
    expect(speeches.length).toBeGreaterThan(1);
    const inSpeeches = (await ask(`Which of his speeches mention ${zhang}?`)).answer;
    expect(inSpeeches).toContain(`The collection holds ${speeches.length} works with “speech” in their titles or occasions`);
    expect(inSpeeches).not.toContain('None of the works has');
  });

  it('reads a name typed in lower case as the name when the texts write its adjective ("japan", "Japanese")', async () => {
    for (const question of ['what did he say about japan', 'What did he say about Japan?']) {
      const res = await ask(question);
      expect(res.citations.length, question).toBeGreaterThan(0);
      expect(res.answer.split('\n')[0], question).not.toMatch(/^None of these passages uses the question's words/);
      expect(res.citations.filter((c) => /\bJapanese\b/.test(c.quote)).length, question).toBeGreaterThan(0);
    }
  });

  it('counts the name mentioned, not the author named as the one mentioning it, nor how he is to mention it', async () => {
    const japan = /^“Japan” occurs \d+ times in Kim Il Sung's works \(as “Japanese”\)/;
    for (const question of ['Did Kim mention Japan?', 'How often did Kim talk about Japan?', 'Did he mention Japan by name?', 'Does he explicitly refer to Japan?', 'Does he mention Japan a lot?']) {
      expect((await ask(question)).answer.split('\n')[0], question).toMatch(japan);
    }
  });

  it('counts the words asked about, not those asking to count, how to order the list or over how many years', async () => {
    const debt = (await ask('Count how many works mention foreign debt.')).answer.split('\n')[0]!;
    expect(debt).toMatch(/^“foreign debt” occurs \d+ times in these sources/);
    expect(debt).not.toMatch(/Count/);
    // "How many times is X in the 1969 interview?": being in a work is occurring there.
    const interview = deps.corpus.works.find((w) => w.year === 1969)!;
    for (const question of ['How many times is self-reliance in the 1969 interview?', 'self-reliance, how many time it is in the 1969 interview?']) {
      expect((await ask(question)).answer.split('\n')[0], question).toMatch(new RegExp(`^“self-reliance” occurs \\d+ times in \\*${plainTitle(interview.title)}\\*`));
    }
    // "a count per decade of …" asks it so, decade by decade.
    const perDecade = (await ask('Give me a count per decade of passages mentioning foreign trade.')).answer.split('\n')[0]!;
    expect(perDecade).toMatch(/^“foreign trade” occurs \d+ times in these sources, in \d+ passages of \d+ works \([^)]*\), twice in the 1960s/);
    const oxygen = (await ask('Was the large oxygen plant mentioned in more than one year?')).answer.split('\n')[0]!;
    expect(oxygen).toMatch(/^“large oxygen plant” occurs \d+ times in these sources, in \d+ passages of 2 works \(1986 and 1987\)/);
    expect(oxygen).not.toMatch(/“year”/);
    // "earliest first" says how to list them: the first work that speaks of reunifying the country is 1961, not one that says "first".
    const reunify = await ask('List the works that mention reunifying Korea, earliest first.');
    expect(reunify.answer.split('\n')[0]).not.toMatch(/“first”/);
    expect(deps.corpus.works.find((w) => w.id === reunify.citations[0]!.workId)!.year).toBe(1961);
  });

  it('says the sources give no date for the undated article, asked when it was published', async () => {
    const article = deps.corpus.works.find((w) => w.author !== 'Kim Il Sung')!;
    expect(article.date).toBeNull();
    const res = await ask('When was the article published?');
    expectGrounded(res);
    expect(res.answer).toBe(`The sources give no date for *${plainTitle(article.title)}*, by ${article.author}.`);
    // Asked who wrote it, its author first.
    const byWhom = await ask('Who wrote the article?');
    expectGrounded(byWhom);
    expect(byWhom.answer).toBe(`*${plainTitle(article.title)}* is by ${article.author} (${article.affiliation}); the sources give no date for it.`);
    // Asked the author's institution, the same byline, which prints it; asked of a topic, the article is searched.
    for (const question of ['What university is the author of the article from?', `Where does ${article.author} work?`, `Which institution is ${article.author} affiliated with?`, 'What is the affiliation of the author of the abstract?'])
      expect((await ask(question)).answer, question).toBe(byWhom.answer);
    expect((await ask('What did the article say about universities?')).answer).not.toMatch(/ is by /);
    // "Who is Zhang Chao?": the abstract, introduced by its author and institution.
    expect((await ask(`Who is ${article.author}?`)).answer.split('\n')[0]).toBe(`From the abstract of *${plainTitle(article.title)}* (undated), by ${article.author} (${article.affiliation}):`);
  });

  it('says where the texts come from, from the works\' metadata', async () => {
    const res = await ask('Where do these texts come from?');
    expectGrounded(res);
    const printed = deps.corpus.works.filter((w) => w.source);
    const sources = new Set(printed.map((w) => w.source));
    expect(sources.size).toBe(1);
    expect(res.answer).toMatch(new RegExp(`^${printed.length} of the ${deps.corpus.works.length} works are printed in \\*`));
    expect(res.answer).toContain(plainTitle([...sources][0]!));
    for (const w of deps.corpus.works.filter((w) => !w.source)) expect(res.answer).toContain(`*${plainTitle(w.title)}*`);
    expect(res.citations).toEqual([]);
    // Asked of them after a question about the collection, pointing back: the same, not a search for "published".
    const pointed = await deps.answerer.answer(conversationInput(turns('When was the collection published?', '…', 'who published it?')));
    expect(pointed.answer).toBe(res.answer);
    // Who translated them: the collection names no one; where they are printed is what it says.
    for (const question of ['Who translated these texts?', 'Which translation of the speeches is this?', 'Are these translations?', 'Is this a translation?', 'Are these official translations?']) {
      const translated = await ask(question);
      expect(translated.answer.startsWith(`${NO_TRANSLATOR_LINE}`), question).toBe(true);
      expect(translated.answer, question).toContain(plainTitle([...sources][0]!));
      expect(translated.citations, question).toEqual([]);
    }
    expect((await ask('Give me the translation of the 1961 speech into Korean')).answer).not.toContain(NO_TRANSLATOR_LINE);
    // Asked which works were printed in a year: where they are printed, the book's year not read as the works' own.
    const in2022 = await ask('Which works were published in 2022?');
    expect(in2022.mode).toBe('answer');
    expect(in2022.answer).toMatch(new RegExp(`^${printed.length} of the ${deps.corpus.works.length} works are printed in \\*`));
    // A year that names a work ("the 1987 speech") still does.
    const speech1987 = deps.corpus.works.find((w) => w.year === 1987 && !w.source)!;
    expect((await ask('Where was the 1987 speech published?')).answer).toBe(`The sources do not say where it is printed: *${plainTitle(speech1987.title)}* (${formatDate(speech1987.date)}).`);
    // What language they were first in: the collection does not say; where they are printed is what it says.
    for (const question of ['What language were they originally in?', 'In which language was the 1987 speech given?']) {
      const language = await ask(question);
      expect(language.answer.startsWith(NO_ORIGINAL_LANGUAGE_LINE), question).toBe(true);
      expect(language.citations, question).toEqual([]);
    }
    expect((await ask('What did he say about language?')).answer).not.toContain(NO_ORIGINAL_LANGUAGE_LINE);
    // Who edited them: likewise, no one named; not the editor-in-chief a work answered.
    for (const question of ['Who edited this collection?', 'Who compiled these excerpts?', 'Who selected these texts?']) {
      const edited = await ask(question);
      expect(edited.answer.startsWith(NO_EDITOR_LINE), question).toBe(true);
      expect(edited.answer, question).toContain(plainTitle([...sources][0]!));
      expect(edited.citations, question).toEqual([]);
    }
    expect((await ask('Who was the editor of the Ghana Times?')).answer).not.toContain(NO_EDITOR_LINE);
    // Who drafted them: the collection gives each work's author and no more; not "You are a writer" searched.
    for (const question of ['Did Kim Il Sung write all of these texts himself?', 'Were these speeches ghostwritten?']) {
      const drafted = await ask(question);
      expect(drafted.answer.startsWith(NO_DRAFTER_LINE), question).toBe(true);
      expect(drafted.answer, question).toContain('by Kim Il Sung');
      expect(drafted.citations, question).toEqual([]);
    }
  });

  it('says what the answers do not do (write, judge, translate, simplify, paraphrase) before quoting what the sources say', async () => {
    const essay = await ask('Write me an essay on self-reliance');
    expectGrounded(essay);
    expect(essay.answer.startsWith(BEYOND_LINES.write)).toBe(true);
    expect(essay.citations.length).toBeGreaterThan(0);
    for (const c of essay.citations) expect(c.quote).toMatch(/self-relian/i);
    const judged = await ask('Was Kim Il Sung right about self-reliance?');
    expectGrounded(judged);
    expect(judged.answer.startsWith(BEYOND_LINES.judge)).toBe(true);
    expect(judged.citations.length).toBeGreaterThan(0);
    // The works ranked by their worth: not done, said so, and the works listed; which to read first: the works.
    const ranked = await ask('Which work is the most important?');
    expect(ranked.citations).toEqual([]);
    expect(ranked.answer.startsWith(`${BEYOND_LINES.judge}The collection holds ${deps.corpus.works.length} works (`)).toBe(true);
    // Who the user is said first, or what they teach, changes nothing of it.
    for (const question of ['Which work is the best introduction to his ideas?', 'Which text is a good starting point?', "I'm a teacher. Which text should my students read first?", 'I teach high school history. Which text should my students read first?']) {
      const start = await ask(question);
      expect(start.citations, question).toEqual([]);
      expect(start.answer, question).toMatch(/^The collection holds \d+ works /);
    }
    // A quotation asked whether it is accurate is checked, not judged.
    const accurate = await ask('Is this accurate? Kim Il Sung argued in 1987 that "the Non-Aligned Movement is a powerful anti-imperialist peace force".');
    expect(accurate.answer).toMatch(/^“the Non-Aligned Movement is a powerful anti-imperialist peace force” is word for word in \*/);
    // The texts themselves judged: no passage searched for "propaganda" or "biased", and where the collection prints them.
    const book = deps.corpus.works.find((w) => w.source)!.source!;
    for (const question of ['Is this propaganda?', 'Are these sources biased?', 'How reliable are these sources?']) {
      const ofTheTexts = await ask(question);
      expect(ofTheTexts.answer.startsWith(BEYOND_LINES.judge), question).toBe(true);
      expect(ofTheTexts.answer, question).toContain(plainTitle(book));
      expect(ofTheTexts.citations, question).toEqual([]);
    }
    const translated = await ask('Translate the 1961 speech into Korean');
    expectGrounded(translated);
    expect(translated.answer.startsWith(BEYOND_LINES.translate)).toBe(true);
    expect(new Set(translated.citations.map((c) => c.year))).toEqual(new Set([1961]));
    const simpler = await ask('Explain Juche to a 10 year old');
    expect(simpler.answer.startsWith(BEYOND_LINES.simplify)).toBe(true);
    for (const c of simpler.citations) expect(c.quote).toMatch(/Juche/);
    // Asked to paraphrase a work: said so, then its key sentences, as "Summarise …" gives them.
    const paraphrased = await ask('Paraphrase the 1961 speech for me');
    expectGrounded(paraphrased);
    expect(paraphrased.answer.startsWith(BEYOND_LINES.paraphrase), paraphrased.answer.split('\n')[0]).toBe(true);
    expect(paraphrased.answer.split('\n')[0]).toMatch(/ sentences that carry most of its key words/);
    expect(new Set(paraphrased.citations.map((c) => c.year))).toEqual(new Set([1961]));
    // Nothing said of what is asked as the answers do it.
    expect((await ask("I'm writing an essay on self-reliance. What did he say?")).answer.startsWith('The answers')).toBe(false);
  });

  it('says who wrote the texts, from the works\' metadata, the main author first', async () => {
    const byAuthor = [...Map.groupBy(deps.corpus.works, (w) => w.author)].sort(([, a], [, b]) => b.length - a.length);
    expect(byAuthor.length).toBe(2);
    const [[main, his], [other, theirs]] = byAuthor as [[string, Work[]], [string, Work[]]];
    expect(theirs.length).toBe(1);
    const years = his.map((w) => w.year!).sort();
    const said = `Of the ${deps.corpus.works.length} works in the collection, ${his.length} are by ${main} (${years[0]}–${years.at(-1)}) and 1 by ${other}: *${theirs[0]!.title}* (undated).`;
    // "Who was Kim Il Sung?": what the collection says of him is which of its works are his.
    for (const question of ['Who wrote these texts?', 'Who are the authors?', 'Which authors are in the collection?', 'Who is the author?', `Who was ${main}?`]) {
      const res = await ask(question);
      expect(res.answer, question).toBe(said);
      expect(res.citations).toEqual([]);
    }
    // Whether a work is a primary or a secondary source: the metadata does not say; whose each work is, it does.
    for (const question of ['Is the article a primary or secondary source?', 'Which of these sources are primary?', 'What is the difference between the primary and secondary sources here?']) {
      const res = await ask(question);
      expect(res.answer, question).toBe(`${SOURCE_KIND_LINE}${said}`);
    }
    // Which pages a scholarly work is on: the pages the source gives, with its author.
    const scholarly = deps.corpus.works.find((w) => w.author !== main)!;
    expect(scholarly.pages).toBeTruthy();
    expect((await ask('Which page is the article on?')).answer).toBe(`*${scholarly.title}* (undated, by ${scholarly.author}) is printed on ${formatPages(undefined, scholarly.pages)}.`);
    // Of the works asked about: a kind, a time.
    const speeches = deps.corpus.works.filter((w) => isOfKind(w, 'speech'));
    expect((await ask('Who wrote the speeches?')).answer).toBe(`All ${speeches.length} works in the collection with “speech” in their titles or occasions are by ${main} (${describeDates(speeches)}).`);
    const sixtyOne = deps.corpus.works.filter((w) => w.year === 1961);
    expect((await ask('Who wrote the texts from 1961?')).answer).toBe(`The one work in the collection from 1961 is by ${main}: *${sixtyOne[0]!.title}* (${formatDate(sixtyOne[0]!.date, 1961)}).`);
    // A topic, or a work named, is asked of as before.
    expect((await ask('Who wrote about trade?')).citations.length).toBeGreaterThan(0);
    expect((await ask('Who wrote the article?')).answer).toBe(`*${theirs[0]!.title}* is by ${authorWithAffiliation(theirs[0]!)}; the sources give no date for it.`);
    // Asked whether someone wrote it, nothing else: the same, whoever is named.
    for (const question of [`Did ${main} write the article?`, 'Is the abstract by Kim?', `Did ${other} write the article?`, 'Did he write the article?'])
      expect((await ask(question)).answer, question).toBe(`*${theirs[0]!.title}* is by ${authorWithAffiliation(theirs[0]!)}; the sources give no date for it.`);
    expect((await ask(`Did ${main} write anything about the article?`)).answer).not.toMatch(/ is by /);
    // Someone else the texts name is asked of in them.
    expect((await ask('Who was Kim San Ho?')).citations.length).toBeGreaterThan(0);
  });

  it('gives one quote on each topic asked ("one on self-reliance, one on foreign aid and one on trade"), in order', async () => {
    const res = await ask('Give me one quote on self-reliance, one on foreign aid and one on trade');
    expectGrounded(res);
    expect(res.answer.split('\n')[0]).toBe('One quote on each of “self-reliance”, “foreign aid” and “trade”, in that order:');
    expect(res.citations).toHaveLength(3);
    res.citations.forEach((c, i) => expect(c.quote).toMatch([/self-reliance/i, /\baid\b/i, /\btrade\b/i][i]!));
    // A topic no passage addresses is said to be so; the others are quoted.
    const some = await ask('Give me a quote on defeatism and another about women');
    expect(some.answer.split('\n')[0]).toBe('No passage addresses “women”. One quote on “defeatism”:');
    expect(some.citations).toHaveLength(1);
  });

  it('quotes as many passages as the question asks for, and says when fewer address it', async () => {
    const five = await ask('Give me 5 quotes on foreign trade');
    expectGrounded(five);
    expect(five.citations).toHaveLength(5);
    expect((await ask('Give me two quotes about Juche')).citations).toHaveLength(2);
    // One, by its number.
    expect((await ask('Give me one quote on aid')).citations).toHaveLength(1);
    expect((await ask('Give me a quote on aid')).citations.length).toBeGreaterThan(1);
    // Asked for whole, each passage is quoted whole.
    const longer = await ask('Give me a longer passage on foreign aid');
    expectGrounded(longer);
    expect(longer.citations.length).toBeGreaterThan(0);
    for (const c of longer.citations) expect(c.quote).toBe(deps.corpus.paragraphs.find((p) => p.id === c.passageId)!.text);
    expect(longer.citations.some((c) => c.quote.split(/(?<=[.!?])\s+/).length > 2)).toBe(true);
    // So in context: the quote's whole paragraph.
    const inContext = await ask('Show me the quote about hand grenades in context');
    expectGrounded(inContext);
    expect(inContext.citations[0]!.quote).toMatch(/hand[- ]?grenades/);
    for (const c of inContext.citations) expect(c.quote).toBe(deps.corpus.paragraphs.find((p) => p.id === c.passageId)!.text);
    // Those without the question's words are shown apart, as close in meaning, as a broad answer's are.
    const apart = new Set(inContext.structure.groups.flatMap((g) => (g.kind === 'related' ? g.items.map((i) => i.n) : [])));
    expect(apart.size).toBeGreaterThan(0);
    for (const c of inContext.citations) expect(apart.has(c.n), c.quote.slice(0, 60)).toBe(!/hand[- ]?grenades?/i.test(c.quote));
    // Said of the quotes, "contrasting" asks for that many, from different works: whether they contrast is the reader's to judge.
    const contrasting = await ask('Give me two contrasting quotes on foreign help');
    expectGrounded(contrasting);
    expect(contrasting.citations).toHaveLength(2);
    expect(new Set(contrasting.citations.map((c) => c.workId)).size).toBe(2);
    const few = await ask('Give me ten quotes on flunkeyism');
    expectGrounded(few);
    expect(few.citations.length).toBeLessThan(10);
    expect(few.answer.split('\n')[0]).toMatch(new RegExp(`^Only ${few.citations.length} passages address this question\\. `));
    for (const c of few.citations) expect(c.quote).toMatch(/flunkey/i);
    // More than an answer quotes: as many as it quotes, and that it quotes no more, said.
    const many = await ask('Give me 20 quotes about independence');
    expectGrounded(many);
    expect(many.citations).toHaveLength(DEFAULT_ANSWER_OPTIONS.maxWanted);
    expect(many.answer.split('\n')[0]).toMatch(new RegExp(`^(?:Only \\d+ passages address this question\\. )?${DEFAULT_ANSWER_OPTIONS.maxWanted} here, the most an answer quotes; ask for “more” for the rest\\. `));
    // From different decades: as many works as asked, each of its own decade, of those that use the words.
    const decadesOf = (works: readonly { year: number | null }[]) => new Set(works.map((w) => Math.floor(w.year! / 10)));
    const onTopic = deps.corpus.works.filter((w) => w.year !== null && hisParagraphs().some((p) => p.workId === w.id && /\bself-reliance\b/i.test(p.text)));
    expect(decadesOf(onTopic).size).toBeGreaterThan(3);
    const spread = await ask('Give me three quotes on self-reliance from different decades');
    expectGrounded(spread);
    expect(spread.citations).toHaveLength(3);
    expect(spread.citations.every((c) => onTopic.some((w) => w.id === c.workId))).toBe(true);
    expect(decadesOf(spread.citations).size).toBe(3);
    expect(spread.answer.split('\n')[0]).toMatch(/^3 of the \d+ works that address this, from different decades \(/);
    // More quotes than decades: said so.
    const fiveDecades = await ask('Give me 5 quotes on self-reliance from different decades');
    expect(fiveDecades.citations).toHaveLength(5);
    expect(fiveDecades.answer.split('\n')[0]).toMatch(new RegExp(`^5 of the \\d+ works that address this, from ${decadesOf(fiveDecades.citations).size} different decades \\(`));
    // One of each time named: a quote from each, and none said missing that a work of then holds.
    for (const topic of ['independence', 'trade']) {
      const question = `Give me one quote from the 1960s and one from the 1980s on ${topic}`;
      const twoTimes = await ask(question);
      expectGrounded(twoTimes);
      expect(twoTimes.citations.map((c) => Math.floor(c.year! / 10) * 10), question).toEqual([1960, 1980]);
      expect(twoTimes.answer, question).not.toMatch(/No work from 1960–1969/);
    }
    // Times named side by side are two ("the 1970s and one from the 1980s" is no 1970–1989), and the two sides of a year
    // ("one from before 1970 and one after") two times too, though the question names one year: one quote of each.
    const decades = await ask('Give me one quote on trade from the 1970s and one from the 1980s');
    expect(decades.citations.map((c) => Math.floor(c.year! / 10) * 10)).toEqual([1970, 1980]);
    // Words of one title ("self-reliance", the 1987 talk's) beside two times name no work: a work is of one time.
    const titleWords = await ask('Give me one quote on self-reliance from the 1960s and one from the 1980s');
    expect(titleWords.citations.map((c) => Math.floor(c.year! / 10) * 10)).toEqual([1960, 1980]);
    expect(titleWords.answer.split('\n')[0]).toMatch(/, one from 1960–1969 and one from 1980–1989 \(/);
    // Two bounds apart ("before 1970 and … after 1980"): one quote from each side.
    const bounds = await ask('Give me a quote on self-reliance from before 1970 and one from after 1980');
    expectGrounded(bounds);
    expect(bounds.citations.map((c) => (c.year! < 1970 ? 'before' : c.year! > 1980 ? 'after' : 'between'))).toEqual(['before', 'after']);
    expect(bounds.answer.split('\n')[0]).toMatch(/, one from before 1970 and one from after 1980 \(/);
    for (const question of ['Give me two quotes on aid, one from before 1970 and one after', 'Give me a quote on independence from after 1980 and one from before']) {
      const sides = await ask(question);
      expectGrounded(sides);
      const year = Number(question.match(/\d{4}/)![0]);
      expect(sides.citations.map((c) => c.year! < year), question).toEqual([true, false]);
      expect(sides.answer.split('\n')[0], question).toMatch(new RegExp(`: 1 before ${year}, 1 after\\)`));
    }
    // One of each of two kinds of work: a speech and an interview, each said as the search keeps to it.
    const kinds = await ask('Give me one quote from a speech and one from an interview on independence');
    expectGrounded(kinds);
    expect(kinds.mode).toBe('compare');
    const kindOf = (workId: string) => deps.corpus.works.find((w) => w.id === workId)!;
    expect(kinds.citations.map((c) => [isOfKind(kindOf(c.workId), 'speech'), isOfKind(kindOf(c.workId), 'interview')]).sort()).toEqual([[false, true], [true, false]]);
    expect(kinds.answer.split('\n')[0]).toMatch(/, one with “speech” in its title or occasion and one that answers an interviewer's questions \(/);
    // "from a talk" is a talk as "from a speech" is a speech ("in a talk with" may be of negotiations).
    const talkAndInterview = await ask('Give me one quote on technology from a talk and one from an interview');
    expectGrounded(talkAndInterview);
    expect(talkAndInterview.citations.map((c) => [isOfKind(kindOf(c.workId), 'talk'), isOfKind(kindOf(c.workId), 'interview')]).sort()).toEqual([[false, true], [true, false]]);
    // One asked of two times: none of them said to be silent when a work not shown addresses it (the 1961 speech on trade).
    expect((await ask('Give me one quote on trade from the 1960s and the 1980s')).answer).not.toMatch(/No work from 1960–1969/);
    // A kind none of whose works uses the words, but one of them is close in meaning and shown so, is not said to be
    // silent: no interview writes "aid"; the 1969 one's "Foreign assistance has limitations" addresses it.
    const interviewIds = new Set(deps.corpus.works.filter((w) => isOfKind(w, 'interview')).map((w) => w.id));
    expect(deps.corpus.paragraphs.some((p) => interviewIds.has(p.workId) && /\baid\b/i.test(p.text))).toBe(false);
    const aidByKind = await ask('Compare his speeches and interviews on aid');
    expect(aidByKind.citations.some((c) => interviewIds.has(c.workId))).toBe(true);
    expect(aidByKind.answer).toMatch(/^No work that answers an interviewer's questions uses the question's words\. /);
    // Nor a kind: the interviews address independence though the one quote shown is from a speech.
    expect((await ask('Compare his speeches and interviews on independence in one quote')).answer).not.toMatch(/No work that answers an interviewer's questions addresses this/);
    // One from each work, or each work of a kind: every work that addresses it, one passage each.
    const eachWork = await ask('Give me one quote from each work on independence');
    expectGrounded(eachWork);
    expect(eachWork.mode).toBe('compare');
    expect(new Set(eachWork.citations.map((c) => c.workId)).size).toBe(eachWork.citations.length);
    expect(eachWork.citations.length).toBeGreaterThan(5);
    // Every work whose passages use the words, however many and however far down the ranking its best one is ("per work").
    const perWork = await ask('One quote per work on self-reliance');
    expectGrounded(perWork);
    const holding = deps.corpus.works.filter((w) => deps.corpus.paragraphs.some((p) => p.workId === w.id && /\bself-reliance\b/i.test(p.text)));
    expect(holding.length).toBeGreaterThan(DEFAULT_ANSWER_OPTIONS.maxGroups);
    expect(new Set(perWork.citations.map((c) => c.workId))).toEqual(new Set(holding.map((w) => w.id)));
    expect(perWork.answer.split('\n')[0]).toMatch(new RegExp(`^${holding.length} works address this \\(`));
    // Not asked for each work, as many as an answer shows, and how many there are said.
    const compared = await ask('Compare Kim and Zhang on self-reliance');
    expect(compared.citations.length).toBe(DEFAULT_ANSWER_OPTIONS.maxGroups);
    expect(compared.answer.split('\n')[0]).toMatch(new RegExp(`^${DEFAULT_ANSWER_OPTIONS.maxGroups} of the ${holding.length} works that address this \\(`));
    const eachSpeech = await ask('What does each speech say about aid?');
    expect(eachSpeech.mode).toBe('compare');
    expect(eachSpeech.citations.length).toBeGreaterThan(1);
    for (const c of eachSpeech.citations) expect(isOfKind(deps.corpus.works.find((w) => w.id === c.workId)!, 'speech')).toBe(true);
    // A topic a work's title holds ("self-reliance") names no work when each work of a kind is asked for.
    const eachInterview = await ask('Give me a quote on self-reliance from each interview');
    expectGrounded(eachInterview);
    expect(new Set(eachInterview.citations.map((c) => c.workId)).size).toBeGreaterThan(2);
    for (const c of eachInterview.citations) expect(isOfKind(deps.corpus.works.find((w) => w.id === c.workId)!, 'interview'), c.title).toBe(true);
    // For each decade: one work of every decade the works that use the words are from, and no undated one.
    const each = await ask('Give me a quote for each decade on self-reliance');
    expectGrounded(each);
    expect(each.citations).toHaveLength(decadesOf(onTopic).size);
    expect(decadesOf(each.citations)).toEqual(decadesOf(onTopic));
    expect(each.answer.split('\n')[0]).toMatch(new RegExp(`^${decadesOf(onTopic).size} of the \\d+ works that address this, one from each decade \\(`));
    // For each decade, no topic named: one work of each decade his dated works are from, by its key sentence.
    const hisDecades = decadesOf(deps.corpus.works.filter((w) => w.year !== null && w.author === 'Kim Il Sung'));
    const perDecade = await ask('Give me a quote for each decade');
    expectGrounded(perDecade);
    expect(perDecade.answer.split('\n')[0]).toMatch(new RegExp(`^${hisDecades.size} works side by side, one from each decade \\(`));
    expect(decadesOf(perDecade.citations)).toEqual(hisDecades);
    expect(perDecade.citations).toHaveLength(hisDecades.size);
    // For each year: one work of every year, two of one year not both.
    const yearly = await ask('Give me a quote on self-reliance from each year');
    expectGrounded(yearly);
    expect(yearly.mode).toBe('compare');
    const yearsQuoted = yearly.citations.map((c) => c.year);
    expect(new Set(yearsQuoted).size).toBe(yearsQuoted.length);
    expect(yearly.answer.split('\n')[0]).toMatch(/ works that address this, one from each year \(/);
  });

  it('answers what he was asked with the interviewers’ questions first', async () => {
    for (const [question, work] of [
      ['What did the Iraqi journalists ask him?', /Iraqi journalists/],
      ['What did the Yugoslav editor ask about self-reliance?', /Yugoslav/],
      // Whoever asks, but he: the one asking is the interviewer.
      ['What did the Syrian magazine ask?', /Syrian magazine/],
    ] as const) {
      const res = await ask(question);
      expectGrounded(res);
      const first = deps.corpus.paragraphs.find((p) => p.id === res.citations[0]!.passageId)!;
      expect(first.speaker, question).toBe('interviewer');
      expect(deps.corpus.works.find((w) => w.id === first.workId)!.title).toMatch(work);
    }
    // Asked nothing of the kind, his own words only.
    const own = await ask('What did he say about self-reliance in the Yugoslav interview?');
    expect(own.citations.every((c) => !deps.corpus.paragraphs.find((p) => p.id === c.passageId)!.speaker)).toBe(true);
  });

  it('answers whether the texts mention a name by counting it, with the adjective the texts write for it', async () => {
    const res = await ask('Is Japan mentioned?');
    expectGrounded(res);
    const holding = deps.corpus.paragraphs.map((p) => ({ p, n: p.text.match(/\bJapan(?:ese)?\b/g)?.length ?? 0 })).filter((x) => x.n > 0);
    const times = holding.reduce((sum, x) => sum + x.n, 0);
    const forms = [...new Set(deps.corpus.paragraphs.flatMap((p) => p.text.match(/\bJapan(?:ese)?\b/g) ?? []))];
    expect(times).toBeGreaterThan(2);
    expect(res.answer.split('\n')[0]).toMatch(new RegExp(`^“Japan” occurs ${times} times in these sources \\(as ${forms.map((f) => `“${f}”`).join(', ')}\\), in ${holding.length} passages `));
    expect(res.citations.map((c) => c.passageId).sort()).toEqual(holding.map((x) => x.p.id).sort());
    // Counted with the initials the texts write it by, each as written.
    const once = await ask('Did he ever mention the United States?');
    const written = hisParagraphs().filter((p) => /\bUnited States\b/.test(p.text));
    const either = hisParagraphs().filter((p) => /\bUnited States\b|\bUS\b/.test(p.text));
    expect(once.answer).toMatch(written.length === 1 ? /\bIn Kim Il Sung's works, “United States” occurs once, in 1 passage of 1 work \(\d{4}\); “US” occurs / : /“United States” occurs/);
    expect(once.citations.map((c) => c.passageId).sort()).toEqual(either.map((p) => p.id).sort());
  });

  it('says which title holds a name no passage does ("Which works mention Ecuador?"), from the metadata', async () => {
    expect(deps.corpus.paragraphs.some((p) => /Ecuador/.test(p.text))).toBe(false);
    const titled = deps.corpus.works.filter((w) => /\bEcuadorian\b/.test(w.title));
    expect(titled).toHaveLength(1);
    const res = await ask('Which works mention Ecuador?');
    expectGrounded(res);
    const said = `“Ecuador” does not occur in these sources; *${titled[0]!.title}* (${formatDate(titled[0]!.date, titled[0]!.year)}) has “Ecuadorian” in its title. `;
    expect(res.answer.slice(0, said.length)).toBe(said);
    // A name no title holds either: said to occur nowhere, nothing more.
    expect((await ask('Does he mention Egypt?')).answer.split('\n')[0]).toMatch(/^“Egypt” does not occur in Kim Il Sung's works\. /);
  });

  it('answers "Which works mention oil?" by counting the word: every work that has it, and no passage that does not', async () => {
    const holding = deps.corpus.paragraphs.filter((p) => /\boil\b/i.test(p.text));
    const works = new Set(holding.map((p) => p.workId));
    expect(works.size).toBeGreaterThan(2);
    for (const question of ['Which works mention oil?', 'In which texts does the word "oil" appear?', 'List the works that mention oil']) {
      const res = await ask(question);
      expectGrounded(res);
      expect(res.answer.split('\n')[0], question).toMatch(new RegExp(`^“oil” occurs \\d+ times in these sources, in ${holding.length} passages of ${works.size} works `));
      expect(new Set(res.citations.map((c) => c.workId)), question).toEqual(works);
    }
    // "Which works never mention oil?": those, the works whose passages do not hold it, and how many do.
    const without = deps.corpus.works.filter((w) => !works.has(w.id)).sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
    expect(without.length).toBeGreaterThan(2);
    for (const question of ['Which works never mention oil?', "Which works don't mention oil?", 'List the works that never mention oil']) {
      const none = await ask(question);
      expect(none.citations, question).toEqual([]);
      expect(none.answer, question).toBe(
        `In these sources, “oil” occurs in ${works.size} of the ${deps.corpus.works.length} works; the ${without.length} that do not use it: ${without.map((w) => `*${plainTitle(w.title)}* (${w.date ? formatDate(w.date) : 'undated'}${w.author === 'Kim Il Sung' ? '' : `, by ${w.author}`})`).join('; ')}.`,
      );
    }
    // "Does every interview mention oil?": the interviews without it answer it, of that kind only.
    const interviews = deps.corpus.works.filter((w) => isOfKind(w, 'interview'));
    const interviewsWith = interviews.filter((w) => works.has(w.id));
    const every = await ask('Does every interview mention oil?');
    expect(every.citations).toEqual([]);
    expect(every.answer).toMatch(new RegExp(`^In the sources that answer an interviewer's questions, “oil” occurs in ${interviewsWith.length} of the ${interviews.length} works; `));
    // "Where does he mention …?": the passages that hold the words, and none that does not.
    const where = await ask('Where does he mention Latin America?');
    expectGrounded(where);
    expect(where.citations.length).toBeGreaterThan(0);
    for (const c of where.citations) expect(c.quote).toMatch(/\bLatin America\b/);
  });

  it('reads "he" as Kim Il Sung: a count in his works says how often the scholar writes words he does not, a search quotes only him', async () => {
    const res = await ask('Does he mention the Soviet Union?');
    expectGrounded(res);
    const scholar = deps.corpus.works.find((w) => w.author !== 'Kim Il Sung')!;
    const inTheArticle = deps.corpus.paragraphs.filter((p) => p.workId === scholar.id).reduce((n, p) => n + (p.text.match(/\bSoviet Union\b/g)?.length ?? 0), 0);
    expect(hisParagraphs().some((p) => /\bSoviet Union\b/.test(p.text))).toBe(false);
    expect(inTheArticle).toBeGreaterThan(1);
    expect(res.answer.split('\n')[0]).toMatch(new RegExp(`^“Soviet Union” does not occur in Kim Il Sung's works, word for word; ${scholar.author}'s work has it ${inTheArticle} times\\. `));
    const said = await ask('What did he say about the Soviet Union?');
    expectGrounded(said);
    expect(said.citations.length).toBeGreaterThan(0);
    expect(said.citations.every((c) => c.workId !== scholar.id)).toBe(true);
    expect(said.citations[0]!.quote).toMatch(/\bSoviet\b/);
    // Asked of the article, or of everyone, the article counts.
    expect((await ask('How often is the Soviet Union mentioned?')).answer.split('\n')[0]).toMatch(new RegExp(`^“Soviet Union” occurs ${inTheArticle} times in these sources`));
    expect((await ask('What does the article say about the Soviet Union and his policy?')).citations.some((c) => c.workId === scholar.id)).toBe(true);
    // Asked of the article by what it is ("the abstract", "the paper"), those words name it: they are not counted.
    for (const question of ['Does the abstract mention the Soviet Union?', 'Does the paper mention the Soviet Union?']) {
      expect((await ask(question)).answer.split('\n')[0], question).toMatch(new RegExp(`^“Soviet Union” occurs ${inTheArticle} times in \\*`));
    }
  });

  it("answers of someone the texts name with a word of the scholar's name (\"Zhang Wei-hua\") from the texts, not the scholar's work", async () => {
    const res = await ask('Who was Zhang Wei-hua?');
    expectGrounded(res);
    expect(res.mode).toBe('answer');
    const named = deps.corpus.paragraphs.filter((p) => p.text.includes('Zhang Wei-hua'));
    expect(named.length).toBeGreaterThan(0);
    expect(res.citations[0]!.passageId).toBe(named[0]!.id);
    expect(res.citations[0]!.quote).toContain('Zhang Wei-hua');
    expect(res.citations.every((c) => deps.corpus.works.find((w) => w.id === c.workId)!.author === 'Kim Il Sung')).toBe(true);
  });

  it('keeps a question to the time a year bounds, and says when no work is from it', async () => {
    const res = await ask('What did he say about foreign aid after 1975?');
    expectGrounded(res);
    expect(res.citations.length).toBeGreaterThan(0);
    for (const c of res.citations) expect(c.year! > 1975, c.quote).toBe(true);
    expect((await ask('What did he say about trade after 2000?')).answer.split('\n')[0]).toBe('The sources do not address this question. None of them is dated after 2000.');
    // Both sides of a year: compared across it, not kept to one side.
    const both = await ask('What did he say before and after 1980 about trade?');
    expectGrounded(both);
    expect(both.mode).toBe('compare');
    expect(both.citations.some((c) => c.year! < 1980) && both.citations.some((c) => c.year! > 1980)).toBe(true);
    // So is a change after a year, and one side compared with the other: measured against before.
    for (const question of ['Did his view of foreign aid change after 1970?', 'What did he say about self-reliance before 1970 compared with after?']) {
      const across = await ask(question);
      expectGrounded(across);
      expect(across.mode, question).toBe('compare');
      expect(across.citations.some((c) => c.year! < 1970) && across.citations.some((c) => c.year! > 1970), question).toBe(true);
      // The lead says how many of the works compared lie on each side.
      const years = across.structure.groups.flatMap((g) => (g.kind === 'work' ? [g.work.year!] : []));
      expect(across.answer.split('\n')[0], question).toContain(`: ${years.filter((y) => y < 1970).length} before 1970, ${years.filter((y) => y > 1970).length} after)`);
    }
    // The two sides of the years between two: the works of either, compared, none from between.
    expect(deps.corpus.works.some((w) => w.year !== null && w.year >= 1970 && w.year <= 1980)).toBe(true);
    const sides = await ask('What did he say about self-reliance before 1970 and after 1980?');
    expectGrounded(sides);
    expect(sides.mode).toBe('compare');
    expect(sides.citations.every((c) => c.year! < 1970 || c.year! > 1980)).toBe(true);
    expect(sides.citations.some((c) => c.year! < 1970) && sides.citations.some((c) => c.year! > 1980)).toBe(true);
  });

  it('counts each of several words a question of how often parts with "and"', async () => {
    const res = await ask('How often does he mention the Juche idea and flunkeyism?');
    expectGrounded(res);
    const count = (pattern: RegExp) => {
      const holding = hisParagraphs().map((p) => ({ p, n: p.text.match(pattern)?.length ?? 0 })).filter((x) => x.n > 0);
      return { times: holding.reduce((sum, x) => sum + x.n, 0), passages: holding.length, works: new Set(holding.map((x) => x.p.workId)).size };
    };
    const [juche, flunkeyism] = [count(/\bJuche idea\b/gi), count(/\bflunkeyism\b/gi)];
    expect(res.answer.split('\n')[0]).toMatch(
      new RegExp(
        `^In Kim Il Sung's works, “Juche idea” occurs ${juche.times} times, in ${juche.passages} passages of ${juche.works} works \\([^)]*\\); ` +
          `“flunkeyism” occurs ${flunkeyism.times} times, in ${flunkeyism.passages} passages of ${flunkeyism.works} works? \\([^)]*\\); the passages that hold any of them, in date order:$`,
      ),
    );
    const marked = res.citations.flatMap((c) => c.quoteMarks!.map((m) => c.quote.slice(m.start, m.end).toLowerCase()));
    expect(marked.filter((m) => m === 'juche idea')).toHaveLength(juche.times);
    expect(marked.filter((m) => m === 'flunkeyism')).toHaveLength(flunkeyism.times);
    // Words set against each other are parted too.
    const versus = await ask('Does he mention the Juche idea more often than flunkeyism?');
    expect(versus.answer.split('\n')[0]).toBe(res.answer.split('\n')[0]);
  });

  it('says when the words of a question of how often never occur, and answers it as searched', async () => {
    // With no words to count, nothing is counted: not "often" or "times", the words asking.
    for (const empty of ['How often does he mention ???', 'How many times does he mention the the the?']) {
      expect((await ask(empty)).answer.split('\n')[0], empty).toBe('The sources do not address this question. The question names no topic to look for.');
    }
    const res = await ask('How many times does he mention protectionism?');
    expectGrounded(res);
    expect(res.answer.split('\n')[0]).toMatch(/^“protectionism” does not occur in Kim Il Sung's works\. /);
    expect(deps.corpus.paragraphs.some((p) => /protectionis/i.test(p.text))).toBe(false);
  });

  it('answers a where question with the date and occasion of the work it quotes', async () => {
    const res = await ask('Where was the Association for the Restoration of the Fatherland founded?');
    expectGrounded(res);
    const first = deps.corpus.works.find((w) => w.id === res.citations[0]!.workId)!;
    expect(res.answer.split('\n')[0]).toContain('8 December 1993');
    expect(res.answer.split('\n')[0]).toContain(first.occasion!);
    expect(res.citations[0]!.quote).toContain('Donggang');
  });

  it('says that a date is the work\'s, not the event\'s, when asked when something happened', async () => {
    const res = await ask('When did the Chollima movement start?');
    expectGrounded(res);
    const work = deps.corpus.works.find((w) => w.id === res.citations[0]!.workId)!;
    expect(res.citations[0]!.quote).toMatch(/Chollima/);
    expect(res.answer.split('\n')[0]).toBe(`Told on ${formatDate(work.date, work.year)}, in *${plainTitle(work.title)}* (the date of the work, not of what it tells):`);
    // Something created, told in the undated article: it has no date, which is no date of the event either.
    const article = deps.corpus.works.find((w) => w.date === null && w.year === null)!;
    const created = await ask('In what year did North Korea create the term Juche industrialization, according to the article?');
    expect(created.answer.split('\n')[0]).toBe(`Told in *${plainTitle(article.title)}* (the sources give it no date; a work’s date is not that of what it tells):`);
  });

  it('answers who said something with whose words the passage it quotes first is, and when and where', async () => {
    const said = await ask('Who said that economic independence is the material basis of a nation’s independence?');
    expectGrounded(said);
    const first = deps.corpus.works.find((w) => w.id === said.citations[0]!.workId)!;
    expect(said.answer.split('\n')[0]).toBe(`Said by ${first.author} on ${formatDate(first.date, first.year)}, in *${plainTitle(first.title)}* (${occasionAndPlace(first)}):`);
    const scholar = deps.corpus.works.find((w) => w.author !== 'Kim Il Sung')!;
    const wrote = await ask("Who wrote about the Soviet Union's understanding of socialist industrialization?");
    expectGrounded(wrote);
    expect(wrote.citations[0]!.workId).toBe(scholar.id);
    // Undated, the work is named as such, not "(undated), in".
    expect(wrote.answer.split('\n')[0]).toBe(`Written by ${scholar.author} in *${plainTitle(scholar.title)}* (the sources give no date):`);
    // Words an interviewer put to him: theirs, said so, not the nearest of his own passed off as them.
    const put = deps.corpus.paragraphs.find((p) => p.speaker === 'interviewer' && /most important thing I have learned on my visit to Korea/.test(p.text))!;
    const interview = deps.corpus.works.find((w) => w.id === put.workId)!;
    const asked = await ask('Who said that self-reliance was the most important thing learned on a visit to Korea?');
    expectGrounded(asked);
    expect(asked.citations[0]!.passageId).toBe(put.id);
    expect(asked.answer.split('\n')[0]).toBe(`Asked by the interviewer, not ${interview.author}, on ${formatDate(interview.date)}, in *${plainTitle(interview.title)}*:`);
  });

  it('puts a single quotable sentence first when asked for a quote', async () => {
    const res = await ask('Give me a quotable line on flunkeyism');
    expectGrounded(res);
    const first = res.citations[0]!.quote;
    expect(first).not.toContain('…');
    expect(first.toLowerCase()).toContain('flunkeyis');
    expect(first.split(/\s+/).length).toBeLessThanOrEqual(55);
  });

  it('asked for a quote from a work and nothing else, puts the sentence that carries most of its key words first, then its other key sentences', async () => {
    const summary = await ask('Summarise the 1961 speech');
    const quote = await ask('Give me a quote from the 1961 speech');
    expectGrounded(quote);
    expect(quote.answer.split('\n')[0]).toMatch(/^From \*All efforts to attain the six goals\* \(1 December 1961\), the sentence that carries most of its key words first, then 3 more, in the order of the text:$/);
    const summed = summary.citations.map((c) => c.quote);
    const [first, ...rest] = quote.citations.map((c) => c.quote);
    expect(summed).toContain(first);
    expect(rest).toEqual(summed.filter((q) => q !== first));
    // Whom or what the summary is for is no word of the question's own: the same summary.
    for (const question of ['Summarise the 1961 speech for students', 'Summarise the 1961 speech for my essay']) {
      expect((await ask(question)).citations.map((c) => c.quote), question).toEqual(summed);
    }
    // As many as asked, and praised as quotes are ("the most important"): the same, fewer; no word of praise searched.
    // "Its three main points", "in one sentence": as many of its key sentences, in the order of the text.
    for (const [question, n, sentences] of [
      ['Give me the three most important quotes from the 1961 speech', 3, 'the sentence that carries most of its key words first, then 2 more,'],
      ['Summarise the 1961 speech in two quotes', 2, 'the sentence that carries most of its key words first, then 1 more,'],
      ['What are the three main points of the 1961 speech?', 3, 'the 3 sentences that carry most of its key words,'],
      ['Summarize the 1961 speech in one sentence', 1, 'the sentence that carries most of its key words,'],
      // "Briefly", "a short summary": half as many as a summary gives.
      ['Summarize the 1961 speech briefly', 2, 'the 2 sentences that carry most of its key words,'],
      ['Give me a short summary of the 1961 speech', 2, 'the 2 sentences that carry most of its key words,'],
      // A paragraph is asked as a passage is: praised, it is the work's key sentences, no word of praise searched.
      ['What is the most important paragraph of the 1961 speech?', 4, 'the 4 sentences that carry most of its key words,'],
    ] as const) {
      const few = await ask(question);
      expectGrounded(few);
      expect(few.answer.split('\n')[0]!.startsWith(`From *All efforts to attain the six goals* (1 December 1961), ${sentences}`), question).toBe(true);
      expect(few.citations, question).toHaveLength(n);
      if (sentences.includes('first')) expect(few.citations[0]!.quote, question).toBe(first);
    }
    // "Two paragraphs on Juche": as many passages as asked.
    expect((await ask('Give me two paragraphs on Juche')).citations).toHaveLength(2);
    // With a topic, the quote is searched, the year kept to.
    const onDebt = await ask('Give me a quote from the 1987 speech about debt');
    expect(onDebt.citations[0]!.quote).toMatch(/\bdebts?\b/);
  });

  it.each([
    ['What is the talk to the Ecuadorian publisher about?', /Ecuadorian/],
    ['What did he say in 1993?', /immediate period ahead/],
    ['What did he say in June 1987?', /South-South/],
    ['What did he say in the summer of 1987?', /South-South/],
    ['What did he say in early 1987?', /accelerate socialist/],
    ['What did he say in his most recent speech?', /immediate period ahead/],
    ['What did he say in the 1987 talk?', /accelerate socialist/],
    ['What did he tell the Ghana Times?', /Ghana Times/],
    ['what did he tell the non-aligned ministers', /South-South/],
  ])('answers a question about one work as a whole with its key sentences, from its own words, in text order: %s', async (question, title) => {
    const work = deps.corpus.works.find((w) => title.test(w.title))!;
    const res = await ask(question);
    expectGrounded(res);
    expect(res.structure.lead.slice(0, 2).map((p) => p.text)).toEqual(['From ', plainTitle(work.title)]);
    expect(res.citations.length).toBeGreaterThan(1);
    const paragraphs = res.citations.map((c) => deps.corpus.paragraphs.find((p) => p.id === c.passageId)!);
    expect(paragraphs.every((p) => p.workId === work.id && !p.speaker)).toBe(true);
    const positions = paragraphs.map((p) => p.position);
    expect(positions).toEqual([...new Set(positions)].sort((a, b) => a - b));
    paragraphs.forEach((p, i) => expect(sentenceSpans(p.text).some((s) => p.text.slice(s.start, s.end).includes(res.citations[i]!.quote))).toBe(true));
    // A work the filters leave out is not summed up.
    const outside = await deps.answerer.answer({ question, filters: { to: String(work.year! - 1) }, mode: 'auto' });
    expect(outside.citations.every((c) => c.workId !== work.id)).toBe(true);
    expect(outside.structure.lead[0]!.text).not.toBe('From ');
  });

  it('answers a question in the words of a title, not written as a name nor as whom he addressed, as a question on its topic', async () => {
    for (const question of ['How should developing countries cooperate?', 'Which countries did he want to cooperate with?']) {
      const res = await ask(question);
      expectGrounded(res);
      expect(res.structure.wholeWork, question).toBeUndefined();
      expect(res.structure.lead[0]!.text, question).not.toBe('From ');
      expect(res.citations.every((c) => /\bcooperat/i.test(c.quote)), question).toBe(true);
    }
  });

  it('answers how to cite a work with its citation from the metadata, in the style asked or in each', async () => {
    const work = deps.corpus.works.find((w) => w.year === 1961)!;
    const mlaAsked = await ask('Cite the 1961 speech in MLA');
    expectGrounded(mlaAsked);
    expect(mlaAsked.citations).toEqual([]);
    expect(mlaAsked.structure.workCitation).toEqual({ workIds: [work.id], style: 'mla' });
    expect(mlaAsked.answer).toBe(`To cite *${plainTitle(work.title)}* (${formatDate(work.date, work.year)}) in MLA style:\n\n${toMarkdown(mla(workCiteSource(work)))}`);
    // The style's edition is the style's, not the book's: "MLA 9th edition", "APA 7th ed.", "Chicago 17th edition".
    for (const [question, style] of [['Cite the 1961 speech in MLA 9th edition', 'mla'], ['cite the 1961 speech APA 7th ed.', 'apa'], ['chicago 17th edition citation for the 1961 speech', 'chicago']] as const) {
      expect((await ask(question)).structure.workCitation, question).toEqual({ workIds: [work.id], style });
    }
    // A style named by its list ("Works Cited" is MLA's, the "reference list" APA's), or with "entry".
    for (const [question, style] of [
      ['Give me a works cited entry for the 1961 speech', 'mla'],
      ['Give me the reference list entry for the 1961 speech', 'apa'],
      ['Give me an MLA entry for the 1961 speech', 'mla'],
    ] as const) {
      expect((await ask(question)).structure.workCitation, question).toEqual({ workIds: [work.id], style });
    }
    // "the full citation": no word of a title ("by giving full play …"), nor the full text asked.
    const interview = deps.corpus.works.find((w) => w.year === 1986)!;
    expect((await ask('Give me the full citation for the 1986 interview in Chicago style')).structure.workCitation).toEqual({ workIds: [interview.id], style: 'chicago' });
    const any = await ask('How do I cite the 1961 speech?');
    expect(any.structure.workCitation).toEqual({ workIds: [work.id] });
    for (const style of ['Chicago: ', 'MLA: ', 'APA: ', 'BibTeX:\n\n```bibtex\n@incollection{']) expect(any.answer).toContain(style);
    // Several works: the list of sources of those asked about, in its order.
    const speeches = deps.corpus.works.filter((w) => /\bspeech\b/i.test(`${w.title} ${w.occasion ?? ''}`));
    expect(speeches.length).toBeGreaterThan(1);
    const listed = await ask('Cite his speeches in MLA');
    expect(listed.citations).toEqual([]);
    expect(listed.structure.workCitation).toEqual({ workIds: speeches.map((w) => w.id), style: 'mla' });
    const entries = inBibliographyOrder('mla', speeches.map((w) => workCiteSource(w))).map((s) => toMarkdown(mla(s)));
    expect(listed.answer.split('\n\n').slice(1)).toEqual(['**Works Cited**', ...entries]);
    // A style it does not write: said, then the work's citation in each of those it does.
    const harvard = await ask('Cite the 1961 speech in Harvard style');
    expect(harvard.structure.workCitation).toEqual({ workIds: [work.id] });
    expect(harvard.answer.split('\n')[0]).toBe(`Citations here are written in Chicago, MLA, APA or BibTeX, not Harvard. To cite *${plainTitle(work.title)}* (${formatDate(work.date, work.year)}):`);
    // A footnote is a note form none of them is: said so too, and the quote asked for is given with its citations.
    const footnote = await ask('How do I write a footnote for the 1961 speech?');
    expect(footnote.structure.workCitation).toEqual({ workIds: [work.id] });
    expect(footnote.answer.split('\n')[0]).toMatch(/^Citations here are written in Chicago, MLA, APA or BibTeX, not as footnotes\. To cite \*/);
    // So are citations in the text, of any style: the entry of the style named, or of each.
    for (const [question, style] of [['Cite the 1961 speech in Chicago author-date', ' in Chicago style'], ["What's the in-text citation for the 1961 speech in APA?", ' in APA style'], ['Give me a parenthetical citation for the 1961 speech', '']] as const) {
      const inText = await ask(question);
      expect(inText.structure.workCitation?.workIds, question).toEqual([work.id]);
      expect(inText.answer.split('\n')[0], question).toBe(`Citations here are written in Chicago, MLA, APA or BibTeX, not ${question.includes('author-date') ? 'author-date' : 'as in-text citations'}. To cite *${plainTitle(work.title)}* (${formatDate(work.date, work.year)})${style}:`);
    }
    const noted = await ask('Give me a footnote for the 1967 quote about political satellites');
    expect(noted.answer).toMatch(/^Citations here are written in Chicago, MLA, APA or BibTeX, not as footnotes\. The most quotable sentence/);
    expect(noted.structure.workCitation?.workIds).toEqual([...new Set(noted.citations.map((c) => c.workId))]);
    // A quote to cite is a quote, not the work's citation.
    const quote = await ask('Give me a quote from the 1961 speech to cite');
    expectGrounded(quote);
    expect(quote.structure.workCitation).toBeUndefined();
    expect(quote.citations.length).toBeGreaterThan(0);
  });

  it('gives a short quote asked for one, first, and asked after an answer, on its topic', async () => {
    const words = (text: string) => text.split(/\s+/).length;
    const plain = await ask('Give me a quote about trade');
    const brief = await ask('Give me a brief quote about trade');
    expectGrounded(brief);
    expect(words(plain.citations[0]!.quote)).toBeGreaterThan(20);
    expect(words(brief.citations[0]!.quote)).toBeLessThanOrEqual(20);
    expect(brief.citations[0]!.quote).toMatch(/\btrade\b/i);
    const shorter = await deps.answerer.answer(conversationInput(turns('What did he say about foreign aid?', '…', 'Give me a shorter quote')));
    expect(words(shorter.citations[0]!.quote)).toBeLessThanOrEqual(20);
    const onAid = (await ask('What did he say about foreign aid?')).citations.map((c) => c.passageId);
    expect(onAid).toContain(shorter.citations[0]!.passageId);
    // Asked short with no quote's noun, "short" is no word to look for ("We were short of funds …").
    for (const question of ['I need a quote about independence for my introduction, something short', 'Keep it short: a quote on independence']) {
      const res = await ask(question);
      expectGrounded(res);
      expect(res.answer.split('\n')[0], question).toMatch(/^The most quotable sentence/);
      expect(words(res.citations[0]!.quote), question).toBeLessThanOrEqual(20);
      expect(res.citations.every((c) => !/\bshort\b/i.test(c.quote) && /\bindependen/i.test(c.quote)), question).toBe(true);
    }
    // A bound said in words: every quote under it, or, none being, said so before the shortest there is.
    const under = await ask('Find quotes on independence that are under 15 words');
    expectGrounded(under);
    expect(under.citations.length).toBeGreaterThan(1);
    expect(under.citations.every((c) => words(c.quote) < 15 && /\bindependen/i.test(c.quote))).toBe(true);
    const none = await ask('Quotes on self-reliance under 5 words');
    expect(none.answer.startsWith(noneUnder(5))).toBe(true);
    const oneOnTrade = await deps.answerer.answer(conversationInput(turns('What did he say about trade?', '…', 'Give me a short one')));
    expect(oneOnTrade.answer.split('\n')[0]).toMatch(/^The most quotable sentence/);
    expect(words(oneOnTrade.citations[0]!.quote)).toBeLessThanOrEqual(20);
    expect(oneOnTrade.citations[0]!.quote).toMatch(/\btrade\b/i);
  });

  it('answers a teacher asking what the class should read by the lesson\'s topic, not by "students" or "classroom"', async () => {
    expect(deps.corpus.paragraphs.some((p) => /\bstudents\b/.test(p.text))).toBe(true);
    const lesson = await ask("I'm preparing a lesson on North Korean economic policy. Which passages should students read?");
    expectGrounded(lesson);
    expect(lesson.citations.length).toBeGreaterThan(0);
    expect(lesson.citations.some((c) => /\bstudents\b/.test(c.quote))).toBe(false);
    expect(lesson.citations.some((c) => /\becono/i.test(c.quote))).toBe(true);
    const discussion = await ask('Give me a passage suitable for a classroom discussion on self-reliance');
    expect(discussion.citations.every((c) => /\bself-relian/i.test(c.quote))).toBe(true);
  });

  it('answers a request for a quote that says what the quote is to show by the topic alone', async () => {
    const res = await ask('Which quote best shows he opposed depending on aid?');
    expectGrounded(res);
    expect(res.mode).toBe('answer');
    expect(res.answer.split('\n')[0]).toMatch(/^The most quotable sentence/);
    expect(res.citations[0]!.quote).toMatch(/\baid\b|assistance/i);
  });

  it('gives quotes asked for in a citation style with their works cited after them, the style no topic', async () => {
    for (const [question, topic, style] of [
      ['Give me a quote on independence in MLA style', /\bindependen/i, 'mla'],
      ['Find a quote about trade, cited in Chicago', /\btrade\b/i, 'chicago'],
      ['A quote on debt with an APA citation', /\bdebts?\b/i, 'apa'],
    ] as const) {
      const res = await ask(question);
      expectGrounded(res);
      expect(res.mode, question).toBe('answer');
      expect(res.citations.length, question).toBeGreaterThan(0);
      expect(res.citations.every((c) => topic.test(c.quote)), question).toBe(true);
      const quoted = deps.corpus.works.filter((w) => res.citations.some((c) => c.workId === w.id));
      expect(new Set(res.structure.workCitation?.workIds), question).toEqual(new Set(quoted.map((w) => w.id)));
      expect(res.structure.workCitation?.style, question).toBe(style);
      const entries = inBibliographyOrder(style, quoted.map((w) => workCiteSource(w))).map((s) => toMarkdown(formatCitation(style, s)));
      expect(res.answer.endsWith((quoted.length > 1 ? [`**${SOURCES_HEADING[style]}**`, ...entries] : entries).join('\n\n')), question).toBe(true);
    }
    // A style it does not write: said, and the works cited in those it does.
    const harvard = await ask('A quote on aid in Harvard style');
    expect(harvard.citations.length).toBeGreaterThan(0);
    expect(harvard.answer).toMatch(/^Citations here are written in Chicago, MLA, APA or BibTeX, not Harvard\. /);
    expect(harvard.structure.workCitation?.style).toBeUndefined();
    // Quotes asked for alone get none; nor do the closest passages of an abstention.
    expect((await ask('Give me a quote on independence')).structure.workCitation).toBeUndefined();
    const silent = await ask('Give me a quote on women in MLA style');
    expect(silent.mode).toBe('abstain');
    expect(silent.structure.workCitation).toBeUndefined();
  });

  it('keeps a question about a topic in a work it names by its title to that work, and asks of it the topic alone', async () => {
    const peru = deps.corpus.works.find((w) => /\bPeru\b/.test(w.title))!;
    const oilIn = deps.corpus.paragraphs.filter((p) => p.workId === peru.id && /\boil\b/i.test(p.text));
    expect(oilIn.length).toBeGreaterThan(0);
    expect(deps.corpus.paragraphs.some((p) => p.workId !== peru.id && /\bPeru\b/.test(p.text))).toBe(true);
    const oil = await ask('What did he say about oil in his talk to the ex-premier of Peru?');
    expectGrounded(oil);
    expect(oil.citations.length).toBeGreaterThan(0);
    expect(oil.citations.every((c) => c.workId === peru.id && /\boil\b/i.test(c.quote))).toBe(true);
    // The work's own words are no evidence of a topic it never speaks of.
    expect(deps.corpus.paragraphs.some((p) => p.workId === peru.id && /\bwom[ae]n\b/i.test(p.text))).toBe(false);
    expect((await ask('What did he say about women in his talk to the ex-premier of Peru?')).mode).toBe('abstain');
    // A word of its title asked about apart from the words naming it is the topic: "self-reliance" of the 1987 talk.
    const talk = deps.corpus.works.find((w) => w.year === 1987 && /self-reliance/.test(w.title))!;
    const defined = await ask('How does the 1987 talk to economic officials define self-reliance?');
    expectGrounded(defined);
    expect(defined.mode).toBe('answer');
    expect(defined.citations.every((c) => c.workId === talk.id)).toBe(true);
    expect(defined.citations.some((c) => /\bSelf-reliance is\b/.test(c.quote))).toBe(true);
    // So is one that a verb sets apart from the words naming the work: "defence" of the 1967 programme ("self-defence").
    const programme = deps.corpus.works.find((w) => w.year === 1967)!;
    expect(programme.title).toMatch(/self-defence/);
    const defence = await ask('What did the 1967 programme say about defence?');
    expectGrounded(defence);
    expect(defence.citations.length).toBeGreaterThan(0);
    expect(defence.citations.every((c) => c.workId === programme.id)).toBe(true);
    expect(defence.citations[0]!.quote).toMatch(/\bdefences?\b/i);
    // Named by whom it addresses, in another form of the name ("Peruvian" for "Peru"): the same.
    const toldOil = await ask('What did he say to the Peruvian ex-premier about oil?');
    expect(toldOil.citations.length).toBeGreaterThan(0);
    expect(toldOil.citations.every((c) => c.workId === peru.id && /\boil\b/i.test(c.quote))).toBe(true);
    const iraqi = deps.corpus.works.find((w) => /\bIraqi\b/.test(w.title))!;
    expect(deps.corpus.paragraphs.some((p) => p.workId === iraqi.id && /\btrade\b/i.test(p.text))).toBe(false);
    const silentWork = await ask('What did he tell the Iraqi journalists about trade?');
    expect(silentWork.mode).toBe('abstain');
    // The work kept to is silent, which the other works may not be: the answer says which.
    expect(silentWork.answer.split('\n')[0]).toBe(`*${plainTitle(iraqi.title)}* (${formatDate(iraqi.date)}) does not address this question.`);
    // A count kept to the work says which.
    const times = oilIn.reduce((n, p) => n + p.text.match(/\boil\b/gi)!.length, 0);
    const counted = await ask('How often did he mention oil in his talk to the ex-premier of Peru?');
    expect(counted.answer.split('\n')[0]).toMatch(new RegExp(`^“oil” occurs ${times} times in \\*${plainTitle(peru.title)}\\* \\(${formatDate(peru.date)}\\), in ${plural(oilIn.length, 'passage')}[;,]`));
  });

  it('keeps a question about a topic in "his first talk" or "his latest speech" to that work', async () => {
    const byDate = (a: { date: string | null }, b: { date: string | null }) => a.date!.localeCompare(b.date!);
    const saying = (word: string) => deps.corpus.works.filter((w) => w.date && new RegExp(`\\b${word}\\b`, 'i').test(`${w.title} ${w.occasion ?? ''}`)).sort(byDate);
    for (const [question, work] of [
      ['What did he say about aid in his first talk?', saying('talk')[0]!],
      ['What did he say about trade in his latest speech?', saying('speech').at(-1)!],
      // Quotes asked from a work by its order: kept to it, as a question of what was said is.
      ['quotes on trade from the earliest work', deps.corpus.works.filter((w) => w.date).sort(byDate)[0]!],
    ] as const) {
      const res = await ask(question);
      expectGrounded(res);
      expect(res.mode, question).toBe('answer');
      expect(res.citations.length).toBeGreaterThan(0);
      expect(new Set(res.citations.map((c) => c.workId)), question).toEqual(new Set([work.id]));
    }
    // So after a question on a topic: "from the earliest work only" keeps that topic to that work.
    const dated = deps.corpus.works.filter((w) => w.date).sort(byDate);
    for (const [followUp, work] of [
      ['from the earliest work only', dated[0]!],
      ['and from the latest work?', dated.at(-1)!],
    ] as const) {
      const res = await deps.answerer.answer(conversationInput(turns('quotes on trade', '…', followUp)));
      expectGrounded(res);
      expect(res.citations.length, followUp).toBeGreaterThan(0);
      expect(new Set(res.citations.map((c) => c.workId)), followUp).toEqual(new Set([work.id]));
      expect(res.citations.some((c) => /\btrade\b/i.test(c.quote)), followUp).toBe(true);
    }
  });

  it('answers "what does the scholarly article say" with the abstract', async () => {
    const res = await ask('What does the scholarly article say?');
    expectGrounded(res);
    const abstract = deps.corpus.works.find((w) => w.date === null)!;
    expect(res.citations.length).toBeGreaterThan(0);
    expect(res.citations.every((c) => c.workId === abstract.id)).toBe(true);
    expect(res.citations[0]!.passageId).toBe(`${abstract.id}-p1`);
    expect(res.answer).toContain(`(undated), by ${abstract.author}\n> `);
  });

  it('keeps to the date filter', async () => {
    const res = await deps.answerer.answer({ question: 'What did he say about self-reliance?', filters: { from: '1970', to: '1979' }, mode: 'auto' });
    expectGrounded(res);
    expect(res.citations.length).toBeGreaterThan(0);
    for (const c of res.citations) expect(c.year).toBeGreaterThanOrEqual(1970);
    for (const c of res.citations) expect(c.year).toBeLessThanOrEqual(1979);
    // Dates no work is within: said so, with the works nearest them, not that the sources do not address it.
    const none = await deps.answerer.answer({ question: 'What did he say about aid?', filters: { from: '1962', to: '1966' }, mode: 'auto' });
    expect(none.mode).toBe('abstain');
    expect(none.answer.split('\n')[0]).toMatch(/^No work is within the dates the filters set \(from 1962 to 1966\)\. The nearest in date: \*All efforts to attain the six goals\* \(1 December 1961\); \*Let us embody/);
    const speech = deps.corpus.works.find((w) => w.year === 1961)!;
    const outside = await deps.answerer.answer({ question: 'aid', filters: { work: speech.id, from: '1980' }, mode: 'auto' });
    expect(outside.answer).toBe(`*${plainTitle(speech.title)}* (1 December 1961) is not within the dates the filters set (from 1980 on).`);
  });

  it('resolves a follow-up with the earlier question: "and in the 1980s?" after a question on trade', async () => {
    const messages: ConversationMessage[] = [
      { role: 'user', parts: [{ type: 'text', text: 'What did Kim Il Sung say about foreign trade?' }] },
      { role: 'assistant', parts: [{ type: 'text', text: '…' }] },
      { role: 'user', parts: [{ type: 'text', text: 'and in the 1980s?' }] },
    ];
    const input = conversationInput(messages);
    const res = await deps.answerer.answer(input);
    expectGrounded(res);
    expect(res.question).toBe('and in the 1980s?');
    expect(res.mode).not.toBe('abstain');
    for (const c of res.citations) expect(c.year! >= 1980 && c.year! <= 1989).toBe(true);
    const tradeShare = (r: AnswerResponse) => r.citations.filter((c) => /trade/i.test(c.quote)).length / r.citations.length;
    expect(tradeShare(res)).toBeGreaterThan(0.5);
    // Without the earlier turn it asks what was said in the 1980s at all.
    expect(tradeShare(await ask('and in the 1980s?'))).toBeLessThan(tradeShare(res));
    // Set beside another time, the 1980s stay: both decades are compared.
    const compared = await deps.answerer.answer(
      conversationInput([
        ...messages,
        { role: 'assistant', parts: [{ type: 'text', text: '…' }] },
        { role: 'user', parts: [{ type: 'text', text: 'Compare that with the 1960s' }] },
      ]),
    );
    expectGrounded(compared);
    expect(compared.mode).toBe('compare');
    const decades = new Set(compared.citations.map((c) => Math.floor(c.year! / 10) * 10));
    expect(decades.has(1960) && decades.has(1980), [...decades].join(' ')).toBe(true);
    // Asked one time after another, then "How do these compare?": those times, side by side, and no other.
    const these = await deps.answerer.answer(conversationInput(turns('What did he say about self-reliance in the 1960s?', '…', 'What about the 1980s?', '…', 'How do these compare?')));
    expectGrounded(these);
    expect(these.mode).toBe('compare');
    const asked = new Set(these.citations.map((c) => Math.floor(c.year! / 10) * 10));
    expect([...asked].sort(), [...asked].join(' ')).toEqual([1960, 1980]);
  });

  it('answers a follow-up that asks for no kind of answer of its own as the question it continues asked: a count, the works of a time', async () => {
    const inThe1980s = await deps.answerer.answer(conversationInput(turns('How often does he mention the Juche idea?', '…', 'and in the 1980s?')));
    expectGrounded(inThe1980s);
    expect(inThe1980s.answer.split('\n')[0]).toMatch(/^“Juche idea” occurs \d+ times in Kim Il Sung's works from 1980–1989, /);
    const another = await deps.answerer.answer(conversationInput(turns('How often does he mention the Juche idea?', '…', 'and self-reliance?')));
    expectGrounded(another);
    // … of the same author: "he" carries over to the topic it brings.
    expect(another.answer.split('\n')[0]).toMatch(/^“self-reliance” occurs \d+ times in Kim Il Sung's works, /);
    // A follow-up that asks for something else gets that: "How often?" alone, a count of the topic before, in its time.
    const yearOf = (p: { workId: string }) => deps.corpus.works.find((w) => w.id === p.workId)!.year ?? 0;
    const trade = hisParagraphs().filter((p) => yearOf(p) >= 1980 && yearOf(p) <= 1989 && /\btrad(?:e|es|ed|ing)\b/i.test(p.text));
    expect(trade.length).toBeGreaterThan(0);
    const howOften = await deps.answerer.answer(conversationInput(turns('What did he say about trade in the 1980s?', '…', 'How often?')));
    expectGrounded(howOften);
    expect(howOften.answer.split('\n')[0]).toMatch(new RegExp(`^“trade” occurs \\d+ times in Kim Il Sung's works from 1980–1989, in ${plural(trade.length, 'passage')} `));
    const quote = await deps.answerer.answer(conversationInput(turns('How often does he mention the Juche idea?', '…', 'Give me a quote on that')));
    expect(quote.answer.split('\n')[0]).toMatch(/^The most quotable sentence/);
    // Every passage that addresses a topic, asked of one, then "And X?": every passage that addresses X, as asked.
    const heavy = await deps.answerer.answer(conversationInput(turns('What did he say about light industry?', '…', 'And heavy industry?')));
    expectGrounded(heavy);
    expect(heavy.citations.length).toBeGreaterThan(DEFAULT_ANSWER_OPTIONS.maxQuotes);
    expect(heavy.answer.split('\n')[0]).toMatch(/, in date order(?:, then \d+ passages? close in meaning)?:$/);
    // A year only one work is from, or a kind of work, after a topic: the topic in that work, not the work as a whole.
    const aidIn = (then: string) => deps.answerer.answer(conversationInput(turns('What did he say about aid?', '…', then)));
    for (const [then, year] of [
      ['and in 1993?', 1993],
      ['and in the 1987 talk?', 1987],
    ] as const) {
      const res = await aidIn(then);
      expectGrounded(res);
      expect(res.structure.wholeWork, then).toBeUndefined();
      expect(res.citations.length).toBeGreaterThan(0);
      expect(res.citations.every((c) => c.year === year)).toBe(true);
      expect(res.citations.some((c) => /\baid\b/i.test(c.quote)), then).toBe(true);
    }
    // … and the works of the collection.
    const works = await deps.answerer.answer(conversationInput(turns('Which works are from the 1970s?', '…', 'and the 1980s?')));
    const eighties = deps.corpus.works.filter((w) => w.year !== null && w.year >= 1980 && w.year <= 1989);
    expect(works.citations).toEqual([]);
    expect(works.answer).toMatch(new RegExp(`^The collection holds ${eighties.length} works from 1980–1989 \\(`));
  });
});

describe('a follow-up asking for more', () => {
  /** A conversation: each answer goes back as the chat sends it, its citations and the works it names as data parts, then its text. */
  const conversation = () => {
    const messages: { role: 'user' | 'assistant'; parts: { type: string; text?: string; data?: unknown }[] }[] = [];
    return async (text: string) => {
      messages.push({ role: 'user', parts: [{ type: 'text', text }] });
      const res = await deps.answerer.answer(conversationInput(messages, corpusAuthors(deps.corpus.works).all));
      expectGrounded(res);
      // The parts the chat UI sends back (`SENT_PART_TYPES` in web/src/app/App.tsx).
      const sent = answerChunks(res).flatMap((c) => (c.type === 'data-citation' || c.type === 'data-works' || c.type === 'data-mode' ? [{ type: c.type, data: c.data }] : []));
      messages.push({ role: 'assistant', parts: [...sent, { type: 'text', text: res.answer }] });
      return res;
    };
  };

  it('gives "Just the first one" or "the second one please" after quotes as those quotes alone, as they were shown', async () => {
    for (const [request, index] of [['Just the first one', 0], ['the second one please', 1], ['Only quote 3', 2]] as const) {
      const say = conversation();
      const before = await say('What did he say about aid?');
      const just = await say(request);
      expect(just.answer.split('\n')[0], request).toBe(`Quote ${index + 1} of the answer before:`);
      expect(just.citations.map((c) => [c.passageId, c.quote]), request).toEqual([[before.citations[index]!.passageId, before.citations[index]!.quote]]);
    }
  });

  it('asks a follow-up naming no work of the one work the answer before singled out, not of every work it listed', async () => {
    const dated = deps.corpus.works.filter((w) => w.date !== null).sort((a, b) => a.date!.localeCompare(b.date!));
    const [first, latest] = [dated[0]!, dated.at(-1)!];
    const audience = conversation();
    expect((await audience('What is the most recent work?')).answer).toMatch(/The collection holds \d+ works/);
    const whom = await audience('who was the audience?');
    expect(whom.answer).toContain(`*${plainTitle(latest.title)}* (${formatDate(latest.date)}; ${latest.occasion})`);
    expect(whom.answer).not.toContain(`*${plainTitle(first.title)}*`);
    expect((await audience('cite it in MLA')).answer.split('\n')[0]).toBe(`To cite *${plainTitle(latest.title)}* (${formatDate(latest.date)}) in MLA style:`);
    const opening = conversation();
    await opening('What is the earliest text?');
    expect((await opening('quote its first paragraph')).answer.split('\n')[0]).toBe(`The opening of *${plainTitle(first.title)}* (${formatDate(first.date)}), as the collection prints it: its first paragraph:`);
    // Its edge named so: "its opening", "how it begins", "its ending".
    for (const [asked, said] of [['quote its opening', 'The opening of'], ['show me how it begins', 'The opening of'], ['quote its ending', 'The close of']] as const) {
      const edge = conversation();
      await edge('What is the earliest text?');
      expect((await edge(asked)).answer.split('\n')[0], asked).toMatch(new RegExp(`^${said} \\*${plainTitle(first.title)}\\*`));
    }
    // An order among them, or several pointed at, is still of the whole list.
    const order = conversation();
    await order('What is the most recent work?');
    expect((await order('which is the earliest?')).answer.startsWith(`Earliest in the collection: *${plainTitle(first.title)}*`)).toBe(true);
  });

  it('reads "And the latest?" after "What is the earliest work?" as the question before, of the other end', async () => {
    const dated = deps.corpus.works.filter((w) => w.date !== null).sort((a, b) => a.date!.localeCompare(b.date!));
    const ends = conversation();
    await ends('What is the earliest work?');
    expect((await ends('And the latest?')).answer.startsWith(`Latest in the collection: *${plainTitle(dated.at(-1)!.title)}*`)).toBe(true);
    const lengths = conversation();
    await lengths('What is the longest work?');
    expect((await lengths('And the shortest?')).answer).toMatch(/^Shortest in the collection, by the words printed here: \*/);
  });

  it('says it does not judge which of the quotes before is stronger, and quotes the question before again', async () => {
    const say = conversation();
    const compared = await say('Compare 1961 and 1993 on self-reliance');
    const stronger = await say('Which is stronger?');
    expect(stronger.answer.startsWith(BEYOND_LINES.judge)).toBe(true);
    expect(stronger.citations.map((c) => c.workId)).toEqual(compared.citations.map((c) => c.workId));
    // Of quotes on aid: the quotes on aid, not those holding "convinced".
    const aid = conversation();
    await aid('What did he say about aid?');
    const convincing = await aid('Which quote is the most convincing?');
    expect(convincing.answer.startsWith(BEYOND_LINES.judge)).toBe(true);
    expect(convincing.citations.length).toBeGreaterThan(0);
    expect(convincing.citations.some((c) => /\bconvinc/i.test(c.quote))).toBe(false);
    expect(convincing.citations.some((c) => /\baid\b/i.test(c.quote))).toBe(true);
  });

  it('reads a follow-up asking what was proposed, or the main point, of what was asked before', async () => {
    const say = conversation();
    await say('What did he say about debt?');
    const proposed = await say('what did he propose?');
    expect(proposed.citations.length).toBeGreaterThan(0);
    expect(proposed.citations.every((c) => /\bdebt/i.test(c.quote))).toBe(true);
    const talk = deps.corpus.works.find((w) => w.year === 1978)!;
    const about = conversation();
    await about('Tell me about the 1978 talk');
    const point = await about('what was the main point?');
    expect(point.structure.wholeWork).toBe(true);
    expect(point.citations.map((c) => c.workId)).toEqual(point.citations.map(() => talk.id));
  });

  it('gives a shorter quote on the topic asked, not a shorter sentence holding only its commonest words', async () => {
    const say = conversation();
    const first = await say('What does he say about unity among developing countries?');
    expect(first.citations[0]!.quote).toMatch(/\bunity\b/);
    const shorter = await say('Is there a shorter quote?');
    expect(shorter.citations[0]!.quote).toMatch(/\bunity\b/);
    expect(wordCount(shorter.citations[0]!.quote)).toBeLessThan(wordCount(first.citations[0]!.quote));
  });

  it('counts a follow-up topic as the count before was told ("in each decade", then "And self-reliance?")', async () => {
    const say = conversation();
    await say('How often does he mention the Juche idea in each decade?');
    const next = await say('And self-reliance?');
    expect(next.answer.split('\n')[0]).toMatch(/^“self-reliance” occurs \d+ times .*, \d+ times in the 1960s, .* in the 1980s/);
    // Told by the follow-up itself, though the count before was not.
    const plain = conversation();
    await plain('How often does he mention the Juche idea?');
    expect((await plain('And self-reliance, in each decade?')).answer.split('\n')[0]).toMatch(/^“self-reliance” occurs \d+ times .*, \d+ times in the 1960s, .* in the 1980s/);
  });

  it('asks "And aid?" as the question before asked of its topic: of its time, its kind of work, across the years if it compared', async () => {
    const inYear = conversation();
    await inYear('What did he say about trade in 1987?');
    const aid1987 = await inYear('And aid?');
    expectGrounded(aid1987);
    expect(aid1987.citations.length).toBeGreaterThan(0);
    expect(aid1987.citations.every((c) => c.year === 1987)).toBe(true);
    const changed = conversation();
    await changed('How did his view of trade change?');
    const aid = await changed('And aid?');
    expect(aid.mode).toBe('compare');
    expect(new Set(aid.citations.map((c) => c.year)).size).toBeGreaterThan(2);
    // A change asked alone of the topic before compares it across the years: "Has it changed?", "Was he consistent?".
    // The author named as the corpus names him asks it as "he" does.
    for (const followUp of ['Has it changed?', 'Was he consistent?', 'did it shift?', 'Did Kim Il Sung ever change his mind about it?', "Has Kim's view changed?"]) {
      const again = conversation();
      await again('What did he say about trade?');
      const across = await again(followUp);
      expect(across.mode, followUp).toBe('compare');
      expect(new Set(across.citations.map((c) => c.year)).size, followUp).toBeGreaterThan(2);
    }
    // "Does the 1961 speech mention it?": the topic before counted in the work named, not the work summed up.
    const works = deps.corpus.works;
    const speech1961 = works.find((w) => w.year === 1961)!;
    const article = works.find((w) => w.author !== primaryAuthor(works))!;
    for (const [followUp, said] of [
      ['Does the 1961 speech mention it?', `“trade” occurs twice in *${speech1961.title}*`],
      ['Does he mention it in 1961?', '“trade” occurs twice in Kim Il Sung\'s works from 1961'],
      ['Does the article mention it?', `“trade” does not occur in *${article.title}*`],
      // "Is that in … too?", "Is it also in …?": whether the work says it as well, not which quotes above are from it.
      ['Is that in the 1961 speech too?', `“trade” occurs twice in *${speech1961.title}*`],
      ['Is it also in the article?', `“trade” does not occur in *${article.title}*`],
      ['Is that in the 1961 speech as well?', `“trade” occurs twice in *${speech1961.title}*`],
    ] as const) {
      const mentioned = conversation();
      await mentioned('What did he say about trade?');
      expect((await mentioned(followUp)).answer.startsWith(said), followUp).toBe(true);
    }
    // A month in place of the one before: that month alone.
    const inJune = conversation();
    await inJune('What did he say in June?');
    const inDecember = await inJune('and in December?');
    expect(inDecember.structure.readAs?.map((r) => r.typed)).toEqual(['December']);
    for (const c of inDecember.citations) expect(deps.corpus.works.find((w) => w.id === c.workId)!.date).toMatch(/^\d{4}-12-/);
    // A month named alone is a time, no topic: "and in October?" asks the topic before of that month.
    const inOctober = conversation();
    await inOctober('What did he say about independence?');
    const october = await inOctober('and in October?');
    expect(october.structure.readAs?.[0]?.typed).toBe('October');
    expect(october.citations.length).toBeGreaterThan(0);
    for (const c of october.citations) expect(deps.corpus.works.find((w) => w.id === c.workId)!.date).toMatch(/^\d{4}-10-/);
    expect(october.answer).not.toMatch(/names no topic|No topic named/i);
    // A time of its own replaces the one before.
    const own = conversation();
    await own('What did he say about trade in 1987?');
    expect((await own('And aid in 1961?')).citations.every((c) => c.year === 1961)).toBe(true);
  });

  it('asks "Which is more about agriculture?" of the works before, and "Which of these works mentions trade most?" too, counting a word named again once', async () => {
    const say = conversation();
    const pair = await say('Compare the 1961 speech and the 1993 speech');
    const before = new Set(pair.citations.map((c) => c.workId));
    expect(before.size).toBe(2);
    const more = await say('Which is more about agriculture?');
    expectGrounded(more);
    expect(more.citations.length).toBeGreaterThan(0);
    expect(more.citations.every((c) => before.has(c.workId) && /\bagricultur/i.test(c.quote))).toBe(true);
    const counted = conversation();
    const onTrade = await counted('What did he say about trade?');
    const most = await counted('Which of these works mentions trade most?');
    const worksBefore = new Set(onTrade.citations.map((c) => c.workId));
    expect(most.answer.split('\n')[0]).toMatch(new RegExp(`^“trade” occurs \\d+ times in the ${worksBefore.size} works of the answer before`));
    expect(most.answer.split('\n')[0]!.match(/“trade”/g)).toHaveLength(1);
    // Those works alone, though another holds the word too.
    expect(deps.corpus.paragraphs.some((p) => !worksBefore.has(p.workId) && /\btrade\b/i.test(p.text))).toBe(true);
    expect(most.citations.every((c) => worksBefore.has(c.workId))).toBe(true);
  });

  it('gives "the best one" after passages on a topic as its most quotable sentence, and cites that one for "cite it"', async () => {
    const say = conversation();
    const broad = await say('How did he describe the role of scientists?');
    const best = await say('give me the best one');
    expectGrounded(best);
    expect(best.structure.quotableFirst).toBe(true);
    expect(best.citations.every((c) => /\bscientists?\b/i.test(c.quote))).toBe(true);
    expect(new Set(broad.citations.map((c) => c.workId))).toContain(best.citations[0]!.workId);
    expect((await say('cite it in APA')).structure.workCitation).toMatchObject({ workIds: [best.citations[0]!.workId] });
  });

  it('counts each topic asked one after another for "Which of these topics does he mention most?", in every work', async () => {
    const say = conversation();
    await say('What did he say about heavy industry?');
    await say('and light industry?');
    await say('and agriculture?');
    const most = await say('Which of these topics does he mention most?');
    const first = most.answer.split('\n')[0]!;
    expect(first).toMatch(/^In Kim Il Sung's works, “heavy industry” occurs /);
    for (const topic of ['“light industry” occurs', '“agriculture” occurs']) expect(first).toContain(topic);
  });

  it('counts a phrase in quotation marks whole, "and" and all, and a word quoted after "use"; "Which works mention them?" after a topic counts it', async () => {
    const phrase = await ask('Which work uses the phrase "self-reliance and fortitude" most?');
    expectGrounded(phrase);
    const holding = deps.corpus.paragraphs.filter((p) => /self-reliance and fortitude/i.test(p.text));
    expect(holding.length).toBeGreaterThan(0);
    expect(phrase.answer).toMatch(/^“self-reliance and fortitude” occurs \d+ times in these sources, in (\d+) passages/);
    expect(Number(/in (\d+) passages/.exec(phrase.answer)![1])).toBe(holding.length);
    // Its function words count too: "our own efforts", not every "efforts".
    const own = await ask('How many times does he say "our own efforts"?');
    const written = deps.corpus.paragraphs.reduce((n, p) => n + (p.text.match(/\bour own efforts\b/gi)?.length ?? 0), 0);
    expect(written).toBeLessThan(deps.corpus.paragraphs.reduce((n, p) => n + (p.text.match(/\befforts\b/gi)?.length ?? 0), 0));
    expect(own.answer).toMatch(new RegExp(`^“our own efforts” occurs ${written} times `));
    const before = await ask('Did Kim use "fortitude" before 1987?');
    expect(deps.corpus.paragraphs.some((p) => /\bfortitude\b/i.test(p.text) && deps.corpus.works.find((w) => w.id === p.workId)!.year! < 1987)).toBe(false);
    expect(before.answer).toMatch(/^“fortitude” does not occur in Kim Il Sung's works dated before 1987\./);
    const say = conversation();
    await say('What did he say about debt?');
    const works = await say('Which works mention it?');
    expect(works.answer).toMatch(/^“debt” occurs \d+ times in Kim Il Sung's works/);
  });

  it('answers "Which is the first work to mention …?", alone or after a topic, with the first work that uses the word, and counts no other', async () => {
    const masses = deps.corpus.works
      .filter((w) => w.year !== null && w.author === 'Kim Il Sung' && deps.corpus.paragraphs.some((p) => p.workId === w.id && /\bmasses\b/i.test(p.text)))
      .sort((a, b) => a.date!.localeCompare(b.date!));
    const first = `Earliest in these sources: *${plainTitle(masses[0]!.title)}* (${formatDate(masses[0]!.date)}). “masses” occurs `;
    for (const question of ['Which work first mentions the masses?', 'Which work is the first to mention the masses?', 'Which is the earliest work to mention the masses?']) {
      const res = await ask(question);
      expectGrounded(res);
      expect(res.answer.startsWith(first), question).toBe(true);
    }
    for (const followUp of ['Which work is the first to mention them?', 'which is the earliest work to mention them?', 'In which work does he mention them first?']) {
      const say = conversation();
      await say('What did he say about the masses?');
      const res = await say(followUp);
      expectGrounded(res);
      expect(res.answer.startsWith(first), followUp).toBe(true);
      expect(res.answer, followUp).not.toMatch(/“work” occurs/);
    }
  });

  it('answers "did he ever say the opposite?" after a topic with its passages, saying the answers do not judge which contradict', async () => {
    for (const followUp of ['did he ever say the opposite?', 'does anything contradict this?', 'did he say otherwise anywhere?']) {
      const say = conversation();
      await say('What did he say about aid?');
      const res = await say(followUp);
      expectGrounded(res);
      expect(res.answer.startsWith(BEYOND_LINES.judge), followUp).toBe(true);
      expect(res.answer, followUp).not.toMatch(/do not address this question/);
      expect(res.citations.some((c) => /\baid\b/i.test(c.quote)), followUp).toBe(true);
    }
  });

  it('sets the years of the quotes before against a year asked of them ("is that from before or after 1970?"), then says where they are from', async () => {
    const say = conversation();
    const aid = await say('What did he say about aid?');
    const years = aid.citations.map((c) => c.year);
    expect(years.some((y) => y !== null && y < 1970) && years.some((y) => y !== null && y > 1970)).toBe(true);
    const split = await say('Which of these are from before 1970?');
    expect(split.citations).toEqual([]);
    const numbered = (keep: (y: number) => boolean) => aid.citations.filter((c) => c.year !== null && keep(c.year)).map((c) => c.n);
    const before = numbered((y) => y < 1970);
    expect(split.answer).toMatch(new RegExp(`^Quotes? ${inWords(before.map(String))} of the answer before (?:is|are) from before 1970 \\(`));
    expect(split.answer).toContain(`; quotes ${inWords(numbered((y) => y > 1970).map(String))} are from after 1970 (`);
    // All on one side: said first, then where they are from.
    const one = conversation();
    const early = await one('what did kim il sung say about foreign aid in 1961');
    expect(early.citations.length).toBeGreaterThan(0);
    expect(early.citations.every((c) => c.year === 1961)).toBe(true);
    const side = await one('is that from before or after 1970');
    expect(side.answer.startsWith('Before 1970: quote')).toBe(true);
    expect(side.answer).toContain(`*${plainTitle(deps.corpus.works.find((w) => w.id === early.citations[0]!.workId)!.title)}* (1 December 1961`);
  });

  it('counts "Which of them mentions Chollima?" in the two works the answers before were each about, naming them', async () => {
    const [iraqi, syrian] = [/\bIraqi\b/, /\bSyrian\b/].map((name) => deps.corpus.works.find((w) => name.test(w.title))!);
    const holding = deps.corpus.paragraphs.filter((p) => /\bChollima\b/.test(p.text));
    // One of the two holds the word, and a work of neither does too.
    expect(new Set(holding.map((p) => p.workId))).toContain(syrian!.id);
    expect(holding.some((p) => p.workId === iraqi!.id)).toBe(false);
    expect(holding.some((p) => p.workId !== syrian!.id)).toBe(true);
    const say = conversation();
    await say('What did he tell the Iraqi journalists?');
    await say('And the Syrian magazine?');
    for (const question of ['Which of them mentions Chollima?', 'Which of the two says more about Chollima?']) {
      const counted = await say(question);
      expect(counted.answer.split('\n')[0], question).toMatch(
        new RegExp(`^“Chollima” occurs once in \\*${plainTitle(iraqi!.title)}\\* \\(${formatDate(iraqi!.date)}\\) and \\*${plainTitle(syrian!.title)}\\* \\(${formatDate(syrian!.date)}\\)`),
      );
      expect(counted.citations.map((c) => c.workId)).toEqual([syrian!.id]);
    }
  });

  it('names the first (or last) work to use the words a count asks when they first (last) appear', async () => {
    const dated = (pattern: RegExp) =>
      deps.corpus.works
        .filter((w) => w.date !== null && deps.corpus.paragraphs.some((p) => p.workId === w.id && pattern.test(p.text)))
        .sort((a, b) => a.date!.localeCompare(b.date!));
    for (const [question, pattern, side] of [
      ['In which work does the word Juche first appear?', /\bJuche\b/i, 'Earliest'],
      ['When does the word juche first appear in these texts?', /\bJuche\b/i, 'Earliest'],
      ['When did he last use the word imperialist?', /\bimperialists?\b/i, 'Latest'],
      ['in which work does the phrase "collective self-reliance" first appear?', /\bcollective self-reliance\b/i, 'Earliest'],
    ] as const) {
      const holding = dated(pattern);
      const work = side === 'Earliest' ? holding[0]! : holding.at(-1)!;
      const answer = await ask(question);
      expectGrounded(answer);
      expect(answer.answer.split('\n')[0], question).toMatch(new RegExp(`^${side} in these sources: \\*${plainTitle(work.title)}\\* \\(${formatDate(work.date)}\\)\\. “[^”"]+” occurs \\d+ times`));
    }
  });

  it('keeps a comparison or a count to the works a question names by their names ("the Ghana and Yugoslav interviews")', async () => {
    const [ghana, yugoslav] = [/\bGhana\b/, /\bYugoslav\b/].map((name) => deps.corpus.works.find((w) => name.test(w.title))!);
    const named = new Set([ghana!.id, yugoslav!.id]);
    expect(deps.corpus.paragraphs.some((p) => !named.has(p.workId) && /\bself-reliance\b/i.test(p.text))).toBe(true);
    const compared = await ask('Compare the Ghana and Yugoslav interviews on self-reliance');
    expectGrounded(compared);
    expect(new Set(compared.citations.map((c) => c.workId))).toEqual(named);
    const counted = await ask('How often is self-reliance mentioned in the Ghana and Yugoslav interviews?');
    const times = deps.corpus.paragraphs.filter((p) => named.has(p.workId)).reduce((n, p) => n + (p.text.match(/\bself-reliance\b/gi)?.length ?? 0), 0);
    expect(counted.answer.split('\n')[0]).toMatch(new RegExp(`^“self-reliance” occurs ${times} times in \\*${plainTitle(ghana!.title)}\\* \\(${formatDate(ghana!.date)}\\) and \\*`));
    expect(counted.citations.every((c) => named.has(c.workId))).toBe(true);
    // Neither of them speaks of oil, which the others do: said of those two.
    expect(deps.corpus.paragraphs.some((p) => named.has(p.workId) && /\boil\b/i.test(p.text))).toBe(false);
    const silent = await ask('Compare the Ghana and Yugoslav interviews on oil');
    expect(silent.mode).toBe('abstain');
    expect(silent.answer.split('\n')[0]).toBe(`Neither *${plainTitle(ghana!.title)}* (${formatDate(ghana!.date)}) nor *${plainTitle(yugoslav!.title)}* (${formatDate(yugoslav!.date)}) addresses this question.`);
    // Named by whom they addressed ("what he told the Ghana Times and the Syrian magazine"): those two, as well.
    const syrian = deps.corpus.works.find((w) => /\bSyrian\b/.test(w.title))!;
    const told = await ask('Compare what he told the Ghana Times and the Syrian magazine about self-reliance');
    expectGrounded(told);
    expect(new Set(told.citations.map((c) => c.workId))).toEqual(new Set([ghana!.id, syrian.id]));
  });

  it('compares the lengths of the works before for "Which one is longer?", and gives a shorter quote for "Is there a shorter one?"', async () => {
    for (const [follow, word] of [['Which one is longer?', 'Longer'], ['Which work is shorter?', 'Shorter']] as const) {
      const say = conversation();
      await say('Compare 1961 and 1993 on self-reliance');
      const sized = await say(follow);
      expect(sized.answer.split('\n')[0], follow).toMatch(new RegExp(`^${word} in the collection's works quoted above, by the words printed here:`));
    }
    // After an answer on a topic, which names no year: of the works it quoted, not of the collection.
    const onOil = conversation();
    const oil = await onOil('What did he say about oil?');
    const quoted = new Set(oil.citations.map((c) => c.workId));
    expect(quoted.size).toBeGreaterThan(1);
    const longer = await onOil('Which of these is longer?');
    expect(longer.answer).toMatch(new RegExp(`^Longest in the collection's works quoted above, by the words printed here: .*The collection holds ${quoted.size} works quoted above `));
    expect(new Set(longer.structure.lead.flatMap((p) => (p.workId ? [p.workId] : [])))).toEqual(quoted);
    // The superlative, "of these" or "of these works": of them too, not of the collection.
    for (const [follow, word] of [['Which of these is the longest?', 'Longest'], ['Which of these works is the shortest?', 'Shortest'], ['Which is the longest?', 'Longest']] as const) {
      const sized = await onOil(follow);
      expect(sized.answer, follow).toMatch(new RegExp(`^${word} in the collection's works quoted above, by the words printed here: .*The collection holds ${quoted.size} works quoted above `));
    }
    const say = conversation();
    const trade = await say('What did he say about trade?');
    const shorter = await say('Is there a shorter one?');
    expect(shorter.answer.split('\n')[0]).toMatch(/^The most quotable sentence first/);
    expect(wordCount(shorter.citations[0]!.quote)).toBeLessThan(wordCount(trade.citations[0]!.quote));
    expect(shorter.citations[0]!.quote).toMatch(/\btrade\b/i);
  });

  it('asks for more from the work before with "What else did he say there?" and "Anything else in that talk?"', async () => {
    for (const follow of ['What else did he say there?', 'Anything else in that talk?']) {
      const say = conversation();
      const first = await say('Tell me about the 1974 talk');
      const more = await say(follow);
      expect(more.citations.length, follow).toBeGreaterThan(0);
      expect(new Set(more.citations.map((c) => c.workId)), follow).toEqual(new Set(first.citations.map((c) => c.workId)));
      const shown = new Set(first.citations.map((c) => c.quote));
      for (const c of more.citations) expect(shown.has(c.quote), follow).toBe(false);
    }
    // After a topic: the rest of the talk quoted, not more on the topic.
    const say = conversation();
    const vinalon = await say('What did he say about vinalon?');
    const rest = await say('Anything else in that talk?');
    expect(rest.answer.split('\n')[0]).toMatch(/^From \*Talk to .*, the \d+ sentences that carry most of its key words after those quoted above/);
    const quoted = new Set(vinalon.citations.map((c) => c.passageId));
    expect(rest.citations.filter((c) => quoted.has(c.passageId))).toEqual([]);
  });

  it('keeps "What does it say about trade?" to the work the answer before singled out ("Earliest in the collection: *T*")', async () => {
    const say = conversation();
    const listed = await say('What is the earliest text?');
    const earliest = listed.structure.lead.find((p) => p.singledOut)!.workId!;
    const trade = await say('What does it say about trade?');
    expect(trade.citations.length).toBeGreaterThan(0);
    for (const c of trade.citations) expect(c.workId).toBe(earliest);
  });

  it('keeps "What period does it cover?" and "Which countries does it mention?" to the one work the answer before named', async () => {
    const article = conversation();
    const who = await article('Who wrote the scholarly article?');
    const named = who.structure.lead.find((p) => p.workId)!.workId!;
    const period = await article('What period does it cover?');
    expect(period.citations.length).toBeGreaterThan(0);
    for (const c of period.citations) expect(c.workId).toBe(named);
    const talk = conversation();
    const shown = await talk('Show me the 1974 talk');
    const countries = await talk('Which countries does it mention?');
    expect(countries.citations.length).toBeGreaterThan(0);
    for (const c of countries.citations) expect(c.workId).toBe(shown.citations[0]!.workId);
    const earliest = conversation();
    const first = (await earliest('What is the earliest text?')).structure.lead.find((p) => p.singledOut)!.workId!;
    const topics = await earliest('What topics does it discuss?');
    expect(topics.answer).toMatch(/^From \*.+\* \(.+\), the \d sentences that carry most of its key words, in the order of the text:/);
    for (const c of topics.citations) expect(c.workId).toBe(first);
  });

  it('sets aside the time a question leaves out ("a quote that isn\'t from 1987"), alone or as a follow-up, not keeps to it', async () => {
    for (const question of ["Give me a quote about self-reliance that isn't from 1987", 'Excluding the 1987 speeches, what did he say about cooperation?', 'What did he say about trade, not counting the 1980s?']) {
      const res = await ask(question);
      expect(res.citations.length, question).toBeGreaterThan(0);
      for (const c of res.citations) expect(c.year, question).not.toBe(1987);
    }
    const say = conversation();
    const aid = await say('What did he say about aid?');
    expect(aid.citations.some((c) => c.year === 1987)).toBe(true);
    const not1987 = await say('Not from 1987');
    expect(not1987.citations.length).toBeGreaterThan(0);
    for (const c of not1987.citations) expect(c.year).not.toBe(1987);
  });

  it('answers "What did they ask him?" after an interview with its interviewers\' questions', async () => {
    const say = conversation();
    const work = (await say('Tell me about the 1971 interview')).citations[0]!.workId;
    const asked = await say('What did they ask him?');
    expect(asked.answer).toMatch(/^The interviewers' questions the collection prints: /);
    for (const c of asked.citations) expect(c.workId).toBe(work);
  });

  it('keeps the conversation\'s topic when quotes are asked for a handout or for the conclusion, and gives one more for "And one for …?"', async () => {
    const teacher = conversation();
    await teacher("I'm teaching a class on Juche next week");
    const handout = await teacher('Give me three short quotes for a handout');
    expectGrounded(handout);
    expect(handout.mode).toBe('answer');
    expect(handout.citations.length).toBe(3);
    for (const c of handout.citations) expect(c.quote).toMatch(/\bJuche\b/);
    const reading = await teacher('Give me a short passage for a ten-minute reading in class');
    expect(reading.citations.length).toBeGreaterThan(0);
    for (const c of reading.citations) expect(c.quote).toMatch(/\bJuche\b/);
    const essay = conversation();
    await essay("I'm writing an essay on Kim Il Sung's view of foreign aid");
    const intro = await essay("What's the best quote for my introduction?");
    const conclusion = await essay('And one for the conclusion?');
    expectGrounded(conclusion);
    expect(conclusion.citations.length).toBe(1);
    expect(conclusion.citations[0]!.quote).not.toMatch(/\bconclusion\b/i);
    expect(intro.citations.map((c) => c.passageId)).not.toContain(conclusion.citations[0]!.passageId);
    // Who the user is and whom they teach are no topic: a passage on Juche, not the one that holds "teacher".
    const explain = await ask("I'm a teacher. What's one passage I could use to explain juche to 16 year olds?");
    expect(explain.citations.length).toBe(1);
    expect(explain.citations[0]!.quote).toMatch(/\bJuche\b/);
  });

  it('asks "Which one is the earliest?" after "How many are there?" for the passages, not a figure; "Any other years?" of other works', async () => {
    const tools = conversation();
    await tools('Find quotes about machine tools');
    await tools('How many are there?');
    expect((await tools('Which one is the earliest?')).answer).toMatch(/^Earliest in these sources: \*/);
    const oil = conversation();
    const before = new Set((await oil('What did he say about oil?')).citations.map((c) => c.workId));
    const others = await oil('Any other years?');
    expect(others.citations.length).toBeGreaterThan(0);
    for (const c of others.citations) {
      expect(before.has(c.workId), c.workId).toBe(false);
      expect(deps.corpus.paragraphs.find((p) => p.id === c.passageId)!.text, c.passageId).toMatch(/\boil\b/i);
    }
  });

  it('counts what a verb of the stand he takes is said of ("How often does he criticise flunkeyism?"), asked so or after quotes', async () => {
    const asked = await ask('How many times does he criticise flunkeyism?');
    const critic = conversation();
    await critic('Find quotes where he criticises flunkeyism');
    for (const count of [asked, await critic('How many are there?')]) {
      expect(count.mode).toBe('compare');
      expect(count.answer).toMatch(/^“flunkeyism” occurs \d+ times/);
      for (const c of count.citations) expect(c.quote).toMatch(/flunkeyism/i);
    }
  });

  it('asks "Is there one from the 1960s too?" after a quote for one of then, and "Which work has the most?" after a topic as a count', async () => {
    const quote = conversation();
    await quote('Give me a quote on self-reliance from the 1970s');
    const sixties = await quote('Is there one from the 1960s too?');
    expect(sixties.mode).toBe('answer');
    for (const c of sixties.citations) expect(c.year! >= 1960 && c.year! <= 1969, String(c.year)).toBe(true);
    const compared = conversation();
    await compared('Compare self-reliance in 1961 and 1987');
    expect(new Set((await compared('And 1993 too?')).citations.map((c) => c.year))).toEqual(new Set([1961, 1987, 1993]));
    const most = conversation();
    await most('What did he say about imperialism?');
    expect((await most('Which work has the most?')).answer).toMatch(/^“imperialism” occurs \d+ times in Kim Il Sung's works .*, most in \*/);
  });

  it('lists "the dates of all his speeches", and answers "Which of these is the longest?" after a list of interviews', async () => {
    expect((await ask('List the dates of all his speeches')).answer).toMatch(/^The collection holds \d+ works with “speech” in their titles or occasions \(/);
    const say = conversation();
    await say('How many interviews are there?');
    expect((await say('Which of these is the longest?')).answer).toMatch(/^Longest in the collection's works that answer an interviewer's questions, by the words printed here: \*/);
    // A superlative of a thing is no question of length: "the shortest way to independence" is searched.
    expect((await ask('Which is the shortest way to independence?')).citations.length).toBeGreaterThan(0);
  });

  it('answers "Which is the earliest?" and "Which was first?" after a list of works among them, and "Which is from the earliest work?" among the quotes', async () => {
    for (const [listed, asked, lead] of [
      ['List the interviews', 'Which is the earliest?', /^Earliest in the collection's works that answer an interviewer's questions: \*Answers to questions raised by Abdel Hamid/],
      ['List the interviews', 'Which was first?', /^Earliest in the collection's works that answer an interviewer's questions: \*Answers to questions raised by Abdel Hamid/],
      ['List his speeches', 'Which one is the latest?', /^Latest in the collection's works with “speech” in their titles or occasions: \*On the direction of socialist economic construction/],
    ] as const) {
      const say = conversation();
      await say(listed);
      expect((await say(asked)).answer, `${listed} → ${asked}`).toMatch(lead);
    }
    const quotes = conversation();
    const best = await quotes('Give me the three best quotes on juche');
    const earliest = Math.min(...best.citations.map((c) => c.year!));
    const work = best.citations.find((c) => c.year === earliest)!;
    expect((await quotes('Which is from the earliest work?')).answer).toMatch(new RegExp(`^Of the \\d+ dated works quoted above, the earliest is \\*${work.title.slice(0, 30)}`));
  });

  it('cites "both" after two answers from one work each, and "these two" as it cites "these"', async () => {
    for (const asked of ['Put both in MLA', 'Cite these two in APA']) {
      const say = conversation();
      const first = await say('Quote on juche from 1969');
      const second = await say('And from 1987?');
      const works = [first, second].map((a) => new Set(a.citations.map((c) => c.workId)));
      expect(works.map((w) => w.size)).toEqual([1, 1]);
      const cite = await say(asked);
      expect(cite.answer, asked).toMatch(/^To cite the 2 works above \(1969 and 1987\) in (?:MLA|APA) style:/);
    }
    // "Which is longer?" after two answers of one work each: of those two, not of the collection.
    const sized = conversation();
    const ghana = await sized('What did he say to the Ghana Times?');
    const syrian = await sized('and to the Syrian magazine?');
    const longer = await sized('Which is longer?');
    expect(longer.answer).toMatch(/^Longer in the collection's works quoted above, by the words printed here:/);
    for (const answered of [ghana, syrian]) expect(longer.answer).toContain(`*${answered.citations[0]!.title}*`);
    // Or after two answers that each singled one out.
    const singled = conversation();
    await singled('What did he say about trade?');
    const first = (await singled('Which is the earliest?')).structure.lead.find((p) => p.singledOut)!.workId!;
    const last = (await singled('And the latest?')).structure.lead.find((p) => p.singledOut)!.workId!;
    expect(first).not.toBe(last);
    const both = await singled('Cite both in MLA');
    expect(both.structure.workCitation?.workIds).toEqual([first, last]);
  });

  it('asks "Anything earlier?" and "Anything more recent?" of the topic before, before (after) the years the answer before quoted', async () => {
    const earlier = conversation();
    const trade = await earlier('What did he say about trade?');
    const first = Math.min(...trade.citations.map((c) => c.year!));
    const before = await earlier('Anything earlier than that?');
    expect(before.mode).toBe('answer');
    for (const c of before.citations) expect(c.year!, c.passageId).toBeLessThan(first);
    expect(before.citations.some((c) => /trade/i.test(c.quote))).toBe(true);
    // After a time asked, the time before goes: before the 1980s' first quote, not within the 1980s.
    const within = conversation();
    await within('What did he say about aid in the 1980s?');
    const older = await within('Anything earlier?');
    expect(older.citations.length).toBeGreaterThan(0);
    for (const c of older.citations) expect(c.year!, c.passageId).toBeLessThan(1987);
    const later = conversation();
    await later('What did he say about aid?');
    expect((await later('Anything more recent?')).mode).toBe('abstain');
    // "Which one is older?" still asks which of the works quoted came first.
    expect((await later('Which one is older?')).answer).toMatch(/^Of the \d+ dated works quoted above, the earliest is \*/);
    // An abstention's closest passages bound no time: "more recent" than the last answer that answered.
    const both = conversation();
    const education = await both('What did he say about education?');
    const last = Math.max(...education.citations.map((c) => c.year!));
    expect((await both('Is there anything earlier?')).mode).toBe('abstain');
    expect((await both('Anything more recent?')).answer.split('\n')[0]).toBe(`None of the works dated after ${last} addresses this question.`);
  });

  it('sets a time a follow-up adds ("Now add 1993", "Include 1993 too") beside those compared before, not in their place', async () => {
    for (const added of ['Now add 1993', 'Include 1993 too']) {
      const say = conversation();
      await say('Compare self-reliance in 1961 and 1987');
      const three = await say(added);
      expect(new Set(three.citations.map((c) => c.year)), added).toEqual(new Set([1961, 1987, 1993]));
      expect(three.answer, added).not.toMatch(/contains “Include”/);
    }
  });

  it('cites the quote a request names by its place alone at the end ("the APA citation for the second")', async () => {
    const say = conversation();
    const before = await say('What did he say about technology?');
    const cite = await say('Give me the APA citation for the second');
    expect(cite.structure.workCitation?.workIds).toEqual([before.citations[1]!.workId]);
  });

  it('answers a year asked of a work the sources give no date for from that work ("in 1956 according to the article")', async () => {
    const res = await deps.answerer.answer({ question: 'What does the article say about the Soviet Union in 1956?', filters: {}, mode: 'auto' });
    expect(res.citations.length).toBeGreaterThan(0);
    for (const c of res.citations) expect(c.year).toBeNull();
    expect(res.answer).not.toMatch(/None of the works is from 1956/);
  });

  it('answers "more" after a work asked of as a whole with its next key sentences, and says when none is left', async () => {
    const talk = conversation();
    const first = await talk('Tell me about the 1978 talk');
    const work = first.citations[0]!.workId;
    const seen = new Set(first.citations.map((c) => c.passageId));
    const more = await talk('more');
    expect(more.citations.length).toBeGreaterThan(0);
    expect(more.answer.split('\n')[0]).toMatch(/most of its key words after those quoted above, in the order of the text:$/);
    for (const c of more.citations) {
      expect(c.workId).toBe(work);
      expect(seen.has(c.passageId), c.passageId).toBe(false);
    }
    // A work every paragraph of which was quoted: nothing more, not another work's passages.
    const ghana = conversation();
    const whole = await ghana('What did Kim Il Sung say to the Ghana Times?');
    const ghanaWork = whole.citations[0]!.workId;
    expect(deps.corpus.paragraphs.filter((p) => p.workId === ghanaWork).every((p) => whole.citations.some((c) => c.passageId === p.id))).toBe(true);
    const rest = await ghana('What else?');
    expect(rest.citations).toEqual([]);
    const ghanaTitle = deps.corpus.works.find((w) => w.id === ghanaWork)!;
    expect(rest.answer).toBe(`Every passage of *${plainTitle(ghanaTitle.title)}* (${formatDate(ghanaTitle.date)}) is quoted above.`);
  });

  it('answers "Both together?" after two topics asked one after another with the passages that hold both', async () => {
    const say = conversation();
    await say('What did he say about agriculture?');
    await say('And irrigation?');
    const both = await say('Both together?');
    expect(both.citations.length).toBeGreaterThan(0);
    for (const c of both.citations) expect(deps.corpus.paragraphs.find((p) => p.id === c.passageId)!.text, c.passageId).toMatch(/agricultur[\s\S]*irrigation|irrigation[\s\S]*agricultur/i);
    expect(both.answer).toMatch(/^\d+ passages? found holds? both “agriculture” and “irrigation”\. /);
  });

  it('answers "In which works?" after a count with the count, which names them, and "Which one mentions it most?" after it', async () => {
    const say = conversation();
    const counted = await say('How many times does he mention Juche?');
    expect(counted.answer).toMatch(/^“Juche” occurs \d+ times/);
    expect((await say('In which works?')).answer.split('\n')[0]).toBe(counted.answer.split('\n')[0]);
    expect((await say('Which one mentions it most?')).answer.split('\n')[0]).toBe(counted.answer.split('\n')[0]);
  });

  it('keeps "What was he asked there?" to the work the question before named, as its search does, and "What did the interviewer ask?" to the one work quoted before', async () => {
    const benin = deps.corpus.works.find((w) => /Benin/.test(w.title))!;
    const theirs = deps.corpus.paragraphs.filter((p) => p.speaker === 'interviewer' && p.workId === benin.id);
    expect(theirs.length).toBeGreaterThan(0);
    expect(deps.corpus.paragraphs.some((p) => p.speaker === 'interviewer' && p.workId !== benin.id)).toBe(true);
    const say = conversation();
    await say('Tell me about the 1979 Benin interview');
    const asked = await say('What was he asked there?');
    expect(asked.citations.map((c) => c.passageId).sort()).toEqual(theirs.map((p) => p.id).sort());
    // So, naming no work, is "What did the interviewer ask?" after an answer on that work alone; not after one on a work
    // that prints no questions.
    const focused = conversation();
    await focused('Tell me about the 1979 Benin interview');
    expect((await focused('What did the interviewer ask?')).citations.map((c) => c.passageId).sort()).toEqual(theirs.map((p) => p.id).sort());
    const speech = conversation();
    await speech('What did he say about debt?');
    expect(new Set((await speech('What did the interviewer ask?')).citations.map((c) => c.workId)).size).toBeGreaterThan(1);
  });

  it('answers a follow-up asking in its own words what was said as it asks, not as the question before asked (a list, a count, one quote, the earliest)', async () => {
    const listed = conversation();
    await listed('List his speeches');
    const trade = await listed('What did he say about trade in them?');
    const tradeWorks = new Set(trade.citations.filter((c) => /\btrade\b/i.test(c.quote)).map((c) => c.workId));
    expect(tradeWorks.size).toBeGreaterThan(1);
    expect(trade.citations.every((c) => isOfKind(deps.corpus.works.find((w) => w.id === c.workId)!, 'speech'))).toBe(true);
    const counted = conversation();
    await counted('How often does he mention imperialism?');
    const said = await counted('What did he say about it?');
    expect(said.answer).not.toMatch(/occurs \d+ times/);
    expect(said.citations.length).toBeGreaterThan(1);
    const quoted = conversation();
    expect((await quoted('Find a quote about the Chollima movement')).answer).toMatch(/^The most quotable sentence/);
    expect((await quoted('What did he say about it?')).answer).not.toMatch(/^The most quotable sentence/);
    const first = conversation();
    expect((await first('When did he first mention trade?')).answer).toMatch(/^Earliest/);
    const in1987 = await first('What did he say about it in 1987?');
    expect(in1987.answer).not.toMatch(/^Earliest/);
    expect(in1987.citations.length).toBeGreaterThan(1);
    expect(in1987.citations.every((c) => c.year === 1987)).toBe(true);
  });

  it('answers "Who asked him about it?" after what he said on a topic with an interviewer\'s question on it, though he is searched', async () => {
    const ask = conversation();
    await ask('What did he say about the success of his country?');
    const who = await ask('Who asked him about it?');
    expect(who.answer).toMatch(/^Asked on /);
    expect(deps.corpus.paragraphs.find((p) => p.id === who.citations[0]!.passageId)!.speaker).toBe('interviewer');
  });

  it('answers "Which work talks about it most?" after a comparison with the work that says most of its topic, then sums that work up', async () => {
    const ask = conversation();
    await ask('Compare his views on trade in the 1960s and 1980s');
    const most = await ask('Which work talks about it most?');
    expect(most.answer).toMatch(/^“trade” occurs \d+ times/);
    const singled = most.structure.lead.find((p) => p.singledOut)!;
    expect(singled.workId).toBeDefined();
    const summed = await ask('Summarise that work');
    expect(summed.citations.length).toBeGreaterThan(0);
    expect(summed.citations.every((c) => c.workId === singled.workId)).toBe(true);
  });

  it('keeps "and oil?" to the work (works) the question before named by their titles\' words', async () => {
    const peru = deps.corpus.works.find((w) => /\bPeru\b/.test(w.title))!;
    const ask = conversation();
    await ask('What did he say about trade in the Peru talk?');
    const oil = await ask('and oil?');
    expect(oil.citations.length).toBeGreaterThan(0);
    for (const c of oil.citations) expect(c.workId).toBe(peru.id);
    expect(deps.corpus.paragraphs.some((p) => p.workId !== peru.id && /\boil\b/.test(p.text))).toBe(true);
    const two = deps.corpus.works.filter((w) => /Ghana|Yugoslav/.test(w.title)).map((w) => w.id);
    const compared = conversation();
    await compared('Compare the Ghana and Yugoslav interviews on self-reliance');
    const juche = await compared('and on Juche?');
    expect(juche.citations.length).toBeGreaterThan(0);
    for (const c of juche.citations) expect(two).toContain(c.workId);
  });

  it('asks a follow-up naming another author of that author ("And what did Kim say about it?", "And what does Kim say?", "And Kim?")', async () => {
    const scholar = deps.corpus.works.find((w) => w.author !== 'Kim Il Sung')!.author;
    for (const follow of ['And what did Kim say about it?', 'And what does Kim say?', 'And Kim?', 'What about Kim Il Sung?']) {
      const ask = conversation();
      const theirs = await ask(`What does ${scholar} say about the Soviet Union?`);
      expect(theirs.citations.every((c) => deps.corpus.works.find((w) => w.id === c.workId)!.author === scholar)).toBe(true);
      const his = await ask(follow);
      expect(his.citations.length, follow).toBeGreaterThan(0);
      expect(his.citations.every((c) => deps.corpus.works.find((w) => w.id === c.workId)!.author === 'Kim Il Sung'), follow).toBe(true);
      expect(his.citations[0]!.quote, follow).toMatch(/Soviet/);
    }
    // The other way round, asked as "any from …" or "anything by …": the topic before, of the author it names.
    for (const follow of [`Any from ${scholar}?`, `Anything by ${scholar}?`]) {
      const ask = conversation();
      await ask('What did he say about consumer goods?');
      const theirs = await ask(follow);
      expect(theirs.citations.length, follow).toBeGreaterThan(0);
      expect(theirs.answer, follow).not.toMatch(/^From the abstract/);
      expect(theirs.citations[0]!.quote, follow).toMatch(/consumer goods/);
    }
    // Asked whether he uses its words: counted in his works alone, the words the question before asked about alone.
    const inTheArticle = deps.corpus.paragraphs.filter((p) => deps.corpus.works.find((w) => w.id === p.workId)!.author === scholar).reduce((n, p) => n + (p.text.match(/\bSoviet Union\b/g)?.length ?? 0), 0);
    for (const before of ['What does the article say about the Soviet Union?', `What does ${scholar} say about the Soviet Union?`]) {
      const ask = conversation();
      await ask(before);
      const counted = await ask('Does Kim mention it too?');
      expect(counted.answer.split('\n')[0], before).toMatch(new RegExp(`^“Soviet Union” does not occur in Kim Il Sung's works, word for word; ${scholar}'s work has it ${inTheArticle} times\\. `));
    }
  });

  it('asks a follow-up setting the scholarly work or its author beside the answer before of the topic before ("compare with the abstract", "does the abstract agree?")', async () => {
    const scholar = deps.corpus.works.find((w) => w.author !== 'Kim Il Sung')!.author;
    for (const follow of ['compare with the abstract', 'does the abstract agree?', `compare with ${scholar}`]) {
      const ask = conversation();
      await ask('What did he say about heavy industry?');
      const theirs = await ask(follow);
      expect(theirs.mode, follow).toBe('answer');
      expect(theirs.citations.length, follow).toBeGreaterThan(0);
      expect(theirs.citations.every((c) => deps.corpus.works.find((w) => w.id === c.workId)!.author === scholar), follow).toBe(true);
      expect(theirs.citations[0]!.quote, follow).toMatch(/heavy industry/);
    }
  });

  it('looks up words several works hold word for word in the work the question says, when it holds them', async () => {
    const talk = deps.corpus.works.find((w) => w.date === '1987-01-03')!;
    expect(deps.corpus.paragraphs.some((p) => p.workId === talk.id && p.text.includes('the revolutionary spirit of self-reliance'))).toBe(true);
    const holding = deps.corpus.works.filter((w) => deps.corpus.paragraphs.some((p) => p.workId === w.id && p.text.includes('the revolutionary spirit of self-reliance')));
    expect(holding.length).toBeGreaterThan(1);
    const res = await ask('Is "the revolutionary spirit of self-reliance" from 1987?');
    expect(res.answer.split('\n')[0]).toBe(
      `“the revolutionary spirit of self-reliance” is word for word in ${holding.length} works (${describeDates(holding)}); below, in *${plainTitle(talk.title)}* (${formatDate(talk.date)}, pp. ${talk.pages!.replace('-', '–')} for the whole work):`,
    );
    // Said of a year none of them is from: so said, not "the source" of one of them.
    const first = [...holding].sort((a, b) => a.date!.localeCompare(b.date!))[0]!;
    const misdated = await ask('Did Kim write "the revolutionary spirit of self-reliance" in 1961?');
    expect(holding.some((w) => w.year === 1961)).toBe(false);
    expect(misdated.answer.split('\n')[0]).toMatch(new RegExp(`^“the revolutionary spirit of self-reliance” is word for word in ${holding.length} works \\(${describeDates(holding)}\\), none of them as you say \\(1961, Kim Il Sung: the date does not match\\); below, in \\*${plainTitle(first.title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\*`));
    // Words one work holds: that work, as before.
    const once = await ask('Did he say "Dependence will get us nowhere" in 1987?');
    expect(once.answer.split('\n')[0]).toMatch(/^“Dependence will get us nowhere” is word for word in \*All efforts/);
  });

  it('leaves out the passages that hold words a question excludes, and searches without them', async () => {
    const holdsJuche = (c: { passageId: string }) => /\bJuche\b/i.test(deps.corpus.paragraphs.find((p) => p.id === c.passageId)!.text);
    expect(deps.corpus.paragraphs.filter((p) => /\bJuche\b/.test(p.text) && /\bself-reliance\b/i.test(p.text)).length).toBeGreaterThan(3);
    for (const question of ["quotes on self-reliance that don't mention Juche", 'What did he say about self-reliance but not about Juche?']) {
      const res = await ask(question);
      expectGrounded(res);
      expect(res.citations.length, question).toBeGreaterThan(0);
      expect(res.citations.some(holdsJuche), question).toBe(false);
      for (const c of res.citations) expect(c.quote, question).toMatch(/self-reliance/i);
    }
  });

  it('asks "Did Zhang Chao write about it?" of the topic before in his work, and "what does he say?" after it so too', async () => {
    const scholar = deps.corpus.works.find((w) => w.author !== 'Kim Il Sung')!;
    const ask = conversation();
    await ask('What is the Juche idea?');
    for (const follow of [`Did ${scholar.author} write about it?`, 'what does he say?']) {
      const his = await ask(follow);
      expect(his.mode, follow).toBe('answer');
      expect(his.citations.length, follow).toBeGreaterThan(0);
      for (const c of his.citations) expect(c.workId, follow).toBe(scholar.id);
      expect(his.citations[0]!.quote, follow).toMatch(/\bJuche\b/);
    }
    // "what does he argue?" after "Who is Zhang?": his work, summed up, as "what is his main argument?" is.
    const argues = conversation();
    await argues(`Who is ${scholar.author.split(' ')[0]}?`);
    expect((await argues('what does he argue?')).answer.split('\n')[0]).toMatch(new RegExp(`^From the abstract of \\*${plainTitle(scholar.title).replace(/[()]/g, '\\$&')}\\*`));
    // "he" after a question about him, on a topic of its own: still him, not the primary author.
    const onAnother = conversation();
    await onAnother(`What does ${scholar.author.split(' ')[0]} say about heavy industry?`);
    const consumer = await onAnother('and what does he say about consumer goods?');
    expect(consumer.citations.length).toBeGreaterThan(0);
    for (const c of consumer.citations) expect(c.workId).toBe(scholar.id);
    // The one work a follow-up names, silent on the topic before: that work is said to be, not the sources.
    const silent = conversation();
    await silent('What did he say about the non-aligned movement?');
    const article = await silent('And what does the article say about it?');
    expect(article.mode).toBe('abstain');
    expect(article.answer.split('\n')[0]).toBe(`*${plainTitle(scholar.title)}* (undated, by ${scholar.author}) does not address this question.`);
  });

  it('keeps the question before to the kind of work a follow-up names ("Only in interviews please", then "And in speeches?")', async () => {
    const ask = conversation();
    await ask('What did he say about heavy industry?');
    const inInterviews = await ask('Only in interviews please');
    expect(inInterviews.citations.length).toBeGreaterThan(0);
    for (const c of inInterviews.citations) expect(isOfKind(deps.corpus.works.find((w) => w.id === c.workId)!, 'interview')).toBe(true);
    expect(inInterviews.citations.some((c) => /heavy industry/i.test(c.quote))).toBe(true);
    // "What about talks?": a kind alone, joined on, as "And in talks?" would be.
    const inTalks = await ask('What about talks?');
    expect(inTalks.citations.length).toBeGreaterThan(0);
    for (const c of inTalks.citations) expect(isOfKind(deps.corpus.works.find((w) => w.id === c.workId)!, 'talk')).toBe(true);
    const inSpeeches = await ask('And in speeches?');
    expect(inSpeeches.citations.length).toBeGreaterThan(0);
    for (const c of inSpeeches.citations) expect(isOfKind(deps.corpus.works.find((w) => w.id === c.workId)!, 'speech')).toBe(true);
    // The latest of those, then the whole of it: that work, not one the topic words before name (the article's title holds "heavy industrialization").
    const latest = deps.corpus.works.filter((w) => inSpeeches.citations.some((c) => c.workId === w.id)).sort((a, b) => b.date!.localeCompare(a.date!))[0]!;
    expect((await ask('Which of these is the latest?')).answer).toContain(`*${latest.title}*`);
    const whole = await ask('Give me the full text of it');
    expect(whole.structure.lead.filter((p) => p.workId).map((p) => p.workId)).toEqual([latest.id]);
  });

  it('asks the question before for its most quotable sentence when a follow-up praises the quotes ("Which of these is the most useful for an essay?")', async () => {
    const ask = conversation();
    await ask('What did he say about the Non-Aligned Movement?');
    const useful = await ask('Which of these quotes is the most useful for an essay?');
    expect(useful.answer.split('\n')[0]).toMatch(/^The most quotable sentence first/);
    expect(useful.citations.length).toBeGreaterThan(0);
    for (const c of useful.citations) expect(c.quote).toMatch(/non-aligned/i);
  });

  it('answers "How did he answer them?" after the interviewers\' questions with his reply to each, its first paragraph', async () => {
    const ask = conversation();
    await ask('What did the interviewers ask him?');
    const replies = await ask('How did he answer them?');
    expectGrounded(replies);
    // His reply: the first paragraph of his after each run of an interviewer's paragraphs.
    const byPosition = [...deps.corpus.paragraphs].sort((a, b) => a.workId.localeCompare(b.workId) || a.position - b.position);
    const expected = byPosition.filter((p, i) => p.speaker !== 'interviewer' && i > 0 && byPosition[i - 1]!.workId === p.workId && byPosition[i - 1]!.speaker === 'interviewer');
    expect(replies.citations.map((c) => c.passageId).sort()).toEqual(expected.map((p) => p.id).sort());
    for (const c of replies.citations) expect(c.quote).toBe(expected.find((p) => p.id === c.passageId)!.text.replace(/^Answer:\s+/, ''));
    expect(replies.answer.split('\n')[0]).toMatch(/^His answer to quotes 1, 2, .* of the answer before, the first paragraph of each:$/);
    await ask('What did he say about trade?');
    expect((await ask('How did he answer?')).answer).toBe(NO_REPLY_LINE);
    // Asked first, with nothing quoted before: said so, not searched for "answer".
    expect((await conversation()('How did he answer?')).answer).toBe(NO_REPLY_LINE);
  });

  it('reads "it" after a work as that work: its full abstract, its occasion, its citation after an answer quoting none', async () => {
    const article = deps.corpus.works.find((w) => w.author !== 'Kim Il Sung')!;
    const abstract = conversation();
    await abstract('What does the article say?');
    const full = await abstract('Give me the full abstract');
    expect(full.answer.startsWith(`From the abstract of *${plainTitle(article.title)}*`), full.answer.split('\n')[0]).toBe(true);
    // Its occasion: the one work before's; of several, each one's.
    const speech = deps.corpus.works.find((w) => w.year === 1961)!;
    const occasion = conversation();
    await occasion('Show me the 1961 speech');
    const given = await occasion('What is its occasion?');
    expect(given.answer.startsWith(`Said on 1 December 1961, in *${plainTitle(speech.title)}* (${speech.occasion})`), given.answer.split('\n')[0]).toBe(true);
    // "What is the occasion?", of nothing named, is of it too.
    const the = conversation();
    await the('Show me the 1961 speech');
    expect((await the('what is the occasion?')).answer.startsWith(`Said on 1 December 1961, in *${plainTitle(speech.title)}* (${speech.occasion})`)).toBe(true);
    const several = conversation();
    const vinalon = await several('What did he say about vinalon?');
    expect(new Set(vinalon.citations.map((c) => c.workId)).size).toBe(2);
    expect((await several('What is its occasion?')).answer).toMatch(/^The titles and occasions of his 2 works quoted above /);
    // "Cite it" after an answer that quoted nothing more: the work of the last answer that named one.
    const ghana = deps.corpus.works.find((w) => /Ghana Times/.test(w.title))!;
    const cite = conversation();
    await cite('Tell me about the Ghana Times interview');
    expect((await cite('What else?')).citations).toEqual([]);
    expect((await cite('Cite it')).structure.workCitation?.workIds).toEqual([ghana.id]);
  });

  it('answers whether the quotes before are the texts\' own words: that every quote is, and where each stands', async () => {
    const ask = conversation();
    const aid = await ask('What did he say about foreign aid?');
    expect(aid.citations.length).toBeGreaterThan(1);
    const exact = await ask('Are these verbatim?');
    expect(exact.citations).toEqual([]);
    expect(exact.answer.startsWith(`${VERBATIM_LINE} Quote 1 of the answer before is from *`)).toBe(true);
    expect(exact.structure.lead.filter((part) => part.workId).map((part) => part.workId)).toEqual([...new Set(aid.citations.map((c) => c.workId))]);
    const first = await ask('Is the first one an exact quote?');
    expect(first.structure.lead.filter((part) => part.workId).map((part) => part.workId)).toEqual([aid.citations[0]!.workId]);
    // Nothing quoted before: what holds of every quote, nothing searched.
    expect((await conversation()('Are these quotes real?')).answer).toBe(VERBATIM_LINE);
    // "Edited" said of the works, not of the quotes: who edited them, which the collection does not say.
    expect((await ask('Were these speeches edited?')).answer.startsWith(NO_EDITOR_LINE)).toBe(true);
    expect((await ask('Were the quotes edited?')).answer.startsWith(VERBATIM_LINE)).toBe(true);
  });

  it('reads on from a quote of the answer before: the paragraph after it ("What comes next?") or before it, in its work', async () => {
    const talk = deps.corpus.works.find((w) => w.year === 1974)!;
    const paragraphs = deps.corpus.paragraphs.filter((p) => p.workId === talk.id).sort((a, b) => a.position - b.position);
    const ask = conversation();
    await ask('What does paragraph 3 of the 1974 talk say?');
    const next = await ask('What comes next?');
    expectGrounded(next);
    expect(next.answer.split('\n')[0]).toBe(`Paragraph ${paragraphs[3]!.position} of *${talk.title}* (9 October 1974), after quote 1 of the answer before:`);
    expect(next.citations.map((c) => c.passageId)).toEqual([paragraphs[3]!.id]);
    expect(next.structure.readOn).toBe(true);
    expect((await ask('And next?')).citations.map((c) => c.passageId)).toEqual([paragraphs[4]!.id]);
    expect((await ask('What comes before it?')).citations.map((c) => c.passageId)).toEqual([paragraphs[3]!.id]);
    // Of several quotes, the paragraph after each, or after the one named.
    const several = conversation();
    const vinalon = await several('What did he say about vinalon?');
    expect(vinalon.citations.length).toBeGreaterThan(1);
    const after = (id: string) => {
      const quoted = deps.corpus.paragraphs.find((p) => p.id === id)!;
      return deps.corpus.paragraphs.filter((p) => p.workId === quoted.workId && p.position > quoted.position).sort((a, b) => a.position - b.position)[0]!.id;
    };
    expect((await several('What comes after [2]?')).citations.map((c) => c.passageId)).toEqual([after(vinalon.citations[1]!.passageId)]);
    // At a work's end, or with nothing quoted before, said so, not searched for "next".
    // From a sentence, the rest of its paragraph first, then the next paragraph.
    const sentence = conversation();
    await sentence('What is the first sentence of the 1974 talk?');
    const rest = await sentence('What comes next?');
    expectGrounded(rest);
    expect(rest.answer.split('\n')[0]).toBe(`The rest of paragraph 1 of *${talk.title}* (9 October 1974), after quote 1 of the answer before:`);
    const first = paragraphs[0]!.text;
    expect(rest.citations.map((c) => [c.passageId, c.quote])).toEqual([[paragraphs[0]!.id, first.slice(first.indexOf('. ') + 2)]]);
    expect(rest.structure.readOn).toBe(true);
    expect((await sentence('And next?')).citations.map((c) => c.passageId)).toEqual([paragraphs[1]!.id]);
    // "quote the next sentence" asks the same, not a search for "next".
    const nextSentence = conversation();
    await nextSentence('What is the first sentence of the 1974 talk?');
    expect((await nextSentence('quote the next sentence')).answer.split('\n')[0]).toBe(rest.answer.split('\n')[0]);
    // A run of paragraphs is read on from its end; the close of a work has nothing after it to offer.
    const run = conversation();
    await run('What are the first two paragraphs of the 1974 talk?');
    expect((await run('What comes next?')).citations.map((c) => c.passageId)).toEqual([paragraphs[2]!.id]);
    const end = conversation();
    expect((await end('How does the 1974 talk end?')).structure.readOn).toBeUndefined();
    expect((await end('What comes next?')).answer).toBe(NOTHING_BESIDE_LINES.next);
    expect((await conversation()('What comes before it?')).answer).toBe(NOTHING_BESIDE_LINES.previous);
  });

  it('puts the quotes of the answer before in date order when asked ("Sort them by date", "newest first"), searching nothing', async () => {
    const say = conversation();
    const quotes = await say('Give me three quotes on aid');
    const ids = quotes.citations.map((c) => c.passageId).sort();
    const years = (res: AnswerResponse) => res.citations.map((c) => c.year!);
    const oldest = await say('Put them in chronological order');
    expectGrounded(oldest);
    expect(oldest.answer.split('\n')[0]).toBe('Quotes 1, 2 and 3 of the answer before, oldest first:');
    expect(oldest.citations.map((c) => c.passageId).sort()).toEqual(ids);
    expect(years(oldest)).toEqual([...years(oldest)].sort((a, b) => a - b));
    const newest = await say('newest first please');
    expect(newest.citations.map((c) => c.passageId).sort()).toEqual(ids);
    expect(years(newest)).toEqual([...years(newest)].sort((a, b) => b - a));
    expect((await conversation()('Sort them by date')).answer).toBe(NOTHING_TO_ORDER);
  });

  it('gives the shortest (longest) quote of the answer before when asked ("Which quote is the shortest?"), searching nothing', async () => {
    const length = (quote: string) => wordCount(quote);
    for (const [question, pick] of [['Which quote is the shortest?', Math.min], ['Give me the longest one', Math.max]] as const) {
      const say = conversation();
      const quotes = await say('What did he say about trade?');
      expect(quotes.citations.length).toBeGreaterThan(2);
      const res = await say(question);
      expectGrounded(res);
      expect(res.citations, question).toHaveLength(1);
      const n = pick(...quotes.citations.map((c) => length(c.quote)));
      const which = quotes.citations.findIndex((c) => length(c.quote) === n) + 1;
      expect(res.answer.split('\n')[0], question).toBe(`Quote ${which} of the answer before is the ${question.includes('shortest') ? 'shortest' : 'longest'} of the ${quotes.citations.length}, at ${n} words:`);
      expect(res.citations[0]!.passageId, question).toBe(quotes.citations[which - 1]!.passageId);
    }
    // A shortest quote on a topic is a new question; with no quote before, a length is of the works.
    expect((await conversation()('Give me the shortest quote on aid')).answer).not.toMatch(/of the answer before/);
    const listed = conversation();
    await listed('How many interviews are there?');
    expect((await listed('Which is the shortest one?')).answer).toMatch(/^Shortest in the collection's works that answer an interviewer's questions/);
  });

  it('sums up the works of a list before for "Summarise them", each by its key sentences; the quotes of a topic before are not summed up', async () => {
    const listed = conversation();
    await listed('Which works are from the 1970s?');
    const summed = await listed('Summarise them');
    const of1970s = deps.corpus.works.filter((w) => w.year !== null && w.year >= 1970 && w.year <= 1979);
    expect(summed.answer).toMatch(new RegExp(`^${of1970s.length} works side by side \\(`));
    expect(new Set(summed.citations.map((c) => c.workId))).toEqual(new Set(of1970s.map((w) => w.id)));
    const quoted = conversation();
    await quoted('What did he say about trade?');
    expect((await quoted('Summarise these')).answer.startsWith(BEYOND_LINES.summarise)).toBe(true);
  });

  it('reads "the second work" as the second work the answer before named: summed up, cited', async () => {
    const say = conversation();
    const oil = await say('What did he say about oil?');
    const worksInOrder = [...new Set(oil.citations.map((c) => c.workId))];
    expect(worksInOrder.length).toBeGreaterThan(2);
    const second = deps.corpus.works.find((w) => w.id === worksInOrder[1])!;
    expect((await say('What else does the second work say?')).answer.startsWith(`From *${plainTitle(second.title)}* (`)).toBe(true);
    const third = deps.corpus.works.find((w) => w.id === worksInOrder[2])!;
    const cite = conversation();
    await cite('What did he say about oil?');
    expect((await cite('Cite the third work')).structure.workCitation?.workIds).toEqual([third.id]);
  });

  it('gives the next key sentences for "more" after quotes asked of no topic, from works not quoted yet', async () => {
    const chat = conversation();
    const best = await chat('Give me the best quotes');
    const more = await chat('more');
    expect(more.answer).toMatch(/^No topic named: the 3 sentences that carry most of the key words of the \d+ works by Kim Il Sung after those quoted above/);
    expect(more.citations).toHaveLength(3);
    for (const c of more.citations) expect(best.citations.map((b) => b.workId)).not.toContain(c.workId);
  });

  it('cuts a quote of the answer before named to one of its sentences when asked to shorten it ("Can you shorten the second quote?")', async () => {
    const say = conversation();
    const quotes = await say('What did he say about oil?');
    // The paragraph's sentences a quote shows.
    const sentencesOf = (c: Citation) => {
      const { text } = deps.corpus.paragraphs.find((p) => p.id === c.passageId)!;
      return sentenceSpans(text).map((s) => text.slice(s.start, s.end).trim()).filter((sentence) => c.quote.includes(sentence));
    };
    const second = quotes.citations[1]!;
    const paragraph = deps.corpus.paragraphs.find((p) => p.id === second.passageId)!;
    expect(sentencesOf(second).length).toBeGreaterThan(1);
    const res = await say('Can you shorten the second quote?');
    expectGrounded(res);
    expect(res.answer.split('\n')[0]).toBe('Quote 2 of the answer before, cut to the one of its sentences that shares most words with the others:');
    expect(res.citations).toHaveLength(1);
    const cut = res.citations[0]!;
    expect(cut.passageId).toBe(second.passageId);
    // One whole sentence of the paragraph, one of those the quote showed.
    expect(sentenceSpans(paragraph.text).map((s) => paragraph.text.slice(s.start, s.end).trim())).toContain(cut.quote);
    expect(second.quote).toContain(cut.quote);
    // A quote of one sentence is said to be one already.
    const again = conversation();
    const onTrade = await again('What did he say about trade?');
    const one = onTrade.citations.findIndex((c) => sentencesOf(c).length === 1);
    expect(one).toBeGreaterThanOrEqual(0);
    expect((await again(`Shorten quote ${one + 1}`)).answer.split('\n')[0]).toBe(`Quote ${one + 1} of the answer before is one sentence already, and no words are cut from within a sentence:`);
  });

  it('says how long the one work the answer before named is ("How many pages is it?"), and asks which when it quoted several', async () => {
    const ask = conversation();
    await ask('Which is the longest interview?');
    const interviews = deps.corpus.works.filter((w) => isOfKind(w, 'interview'));
    const words = (w: Work) => deps.corpus.paragraphs.filter((p) => p.workId === w.id).reduce((n, p) => n + p.text.split(/\s+/).filter(Boolean).length, 0);
    const longest = interviews.reduce((a, b) => (words(b) > words(a) ? b : a));
    const pages = await ask('How many pages is it?');
    expect(pages.citations).toEqual([]);
    expect(pages.answer.startsWith(`*${longest.title}* (${formatDate(longest.date, longest.year)}), as the collection prints it: ${words(longest).toLocaleString('en-US')} words`), pages.answer.slice(0, 200)).toBe(true);
    await ask('What did he say about trade?');
    expect((await ask('How long is it?')).answer).toBe(NAME_THE_WORK_MEASURED_LINE);
  });

  it('asks the question before again with one sentence a quote for "Shorter please", and shows its quotes whole for "Longer please"', async () => {
    const ask = conversation();
    const first = await ask('What did he say about foreign aid?');
    // Some quote joins two sentences, for the shorter one to leave one out.
    expect(first.citations.some((c) => (c.spans?.length ?? 0) > 1)).toBe(true);
    for (const follow of ['Shorter please', 'Can you make them shorter?']) {
      const shorter = await ask(follow);
      expect(shorter.citations.map((c) => c.passageId), follow).toEqual(first.citations.map((c) => c.passageId));
      for (const [i, c] of shorter.citations.entries()) {
        expect(c.spans, follow).toHaveLength(1);
        expect(first.citations[i]!.quote, follow).toContain(c.quote);
      }
      expect(shorter.citations.some((c, i) => c.quote.length < first.citations[i]!.quote.length), follow).toBe(true);
    }
    // A follow-up of a question asking for short quotes asks for them short too: one sentence each.
    const sentences = (quote: string) => sentenceSpans(quote).length;
    const plain = conversation();
    await plain('What did he say about self-reliance in 1961?');
    expect((await plain('And in 1987?')).citations.some((c) => sentences(c.quote) > 1)).toBe(true);
    const short = conversation();
    await short('Give me short quotes on self-reliance from 1961');
    const later = await short('And from 1987?');
    expect(later.citations.length).toBeGreaterThan(0);
    for (const c of later.citations) expect([sentences(c.quote), c.year]).toEqual([1, 1987]);
    await ask('What did he say about trade?');
    const longer = await ask('Longer please');
    expect(longer.answer.split('\n')[0]).toMatch(/^Quotes 1, 2, .* of the answer before, each in its whole paragraph:/);
    for (const c of longer.citations) expect(c.quote).toBe(deps.corpus.paragraphs.find((p) => p.id === c.passageId)!.text);
  });

  it('reads "Now one from the 1980s" after a request for quotes as one quote of that time', async () => {
    const ask = conversation();
    await ask('Give me three quotes on foreign aid');
    const one = await ask('Now one from the 1980s');
    expect(one.citations.map((c) => c.year! >= 1980 && c.year! <= 1989)).toEqual([true]);
    // "one from an interview": of that kind, on the topic before.
    const fromAnInterview = await ask('Now one from an interview');
    const cited = fromAnInterview.citations.map((c) => deps.corpus.works.find((w) => w.id === c.workId)!);
    expect(cited.map((w) => isOfKind(w, 'interview'))).toEqual([true]);
    expect(fromAnInterview.mode).toBe('answer');
  });

  it('reads how a view developed as a change across the years, and "And after?" as the other side of the year bounded before', async () => {
    const holders = (from: number, to: number) => hisParagraphs().filter((p) => /Non-Aligned Movement/.test(p.text) && deps.corpus.works.some((w) => w.id === p.workId && w.year! >= from && w.year! <= to));
    expect(holders(0, 1979)).toEqual([]);
    expect(holders(1980, 9999).length).toBeGreaterThan(0);
    const ask = conversation();
    const developed = await ask('How did his views on the Non-Aligned Movement develop?');
    expect(developed.mode).toBe('compare');
    expect(developed.citations.length).toBeGreaterThan(0);
    for (const c of developed.citations) expect(c.quote).toMatch(/Non-Aligned Movement/);
    expect((await ask('What about before 1980?')).mode).toBe('abstain');
    const after = await ask('And after?');
    expect(after.citations.length).toBeGreaterThan(0);
    for (const c of after.citations) {
      expect(c.year!).toBeGreaterThanOrEqual(1980);
      expect(c.quote).toMatch(/Non-Aligned Movement/);
    }
  });

  it('keeps a question to the work "the 1974 talk" names, and does not look for "talk" in it', async () => {
    const talk = deps.corpus.works.find((w) => w.year === 1974)!;
    const onAid = await ask('What did he say about foreign aid in the 1974 talk?');
    expectGrounded(onAid);
    expect(new Set(onAid.citations.map((c) => c.workId))).toEqual(new Set([talk.id]));
    // "Recently we have met and talked to journalists" is not on aid.
    expect(onAid.citations.filter((c) => /\btalk/i.test(c.quote)).map((c) => c.quote)).toEqual([]);
  });

  it('quotes the opening or the close of a work named, whole, as the collection prints it', async () => {
    const inOrder = (year: number, title: RegExp) => {
      const work = deps.corpus.works.find((w) => w.year === year && title.test(w.title))!;
      return { work, paragraphs: deps.corpus.paragraphs.filter((p) => p.workId === work.id).sort((a, b) => a.position - b.position) };
    };
    const speech = inOrder(1961, /./);
    for (const question of ['How does the 1961 speech end?', 'What is the last paragraph of the 1961 speech?', 'Give me the closing lines of the 1961 speech']) {
      const res = await ask(question);
      expectGrounded(res);
      expect(res.answer.split('\n')[0], question).toBe(`The close of *${speech.work.title}* (1 December 1961), as the collection prints it: its last paragraph:`);
      expect(res.citations.map((c) => [c.passageId, c.quote]), question).toEqual([[speech.paragraphs.at(-1)!.id, speech.paragraphs.at(-1)!.text]]);
    }
    const talk = inOrder(1974, /./);
    expect((await ask('What is the first paragraph of the 1974 talk?')).citations.map((c) => c.passageId)).toEqual([talk.paragraphs[0]!.id]);
    // A salutation of a few words is no opening by itself: the paragraphs up to the first that says more.
    const southSouth = inOrder(1987, /South-South/);
    const upTo = southSouth.paragraphs.findIndex((p) => p.text.split(/\s+/).length >= 5);
    expect(upTo).toBeGreaterThan(0);
    const opening = await ask('Quote the opening of the 1987 South-South speech');
    expectGrounded(opening);
    expect(opening.citations.map((c) => c.passageId)).toEqual(southSouth.paragraphs.slice(0, upTo + 1).map((p) => p.id));
    expect(opening.answer.split('\n')[0]).toMatch(new RegExp(`its first ${upTo + 1} paragraphs:$`));
    // Sentences: the first of the paragraph that says something, after the salutation; the last ones of the close.
    const first = await ask('What is the first sentence of the 1987 South-South speech?');
    expectGrounded(first);
    expect(first.answer.split('\n')[0]).toMatch(/its first sentence:$/);
    const opener = southSouth.paragraphs[upTo]!.text;
    expect(first.citations.map((c) => [c.passageId, c.quote])).toEqual([[southSouth.paragraphs[upTo]!.id, opener.slice(0, opener.indexOf('. ') + 1)]]);
    const lastThree = await ask('Show me the last three sentences of the 1961 speech');
    expectGrounded(lastThree);
    expect(lastThree.answer.split('\n')[0]).toBe(`The close of *${speech.work.title}* (1 December 1961), as the collection prints it: its last 3 sentences:`);
    const closing = speech.paragraphs.at(-1)!.text;
    expect(lastThree.citations.map((c) => c.passageId)).toEqual([speech.paragraphs.at(-1)!.id]);
    expect(closing.endsWith(lastThree.citations[0]!.quote)).toBe(true);
    expect(lastThree.citations[0]!.quote.split(/(?<=[.!?])\s+(?=[A-Z])/)).toHaveLength(3);
    expect(await ask('What are the first two paragraphs of the 1974 talk?').then((r) => r.citations.map((c) => c.passageId))).toEqual(talk.paragraphs.slice(0, 2).map((p) => p.id));
    // A paragraph by the number the Works page gives it, as a number or an ordinal; one the work does not have is said so.
    for (const question of ['What does paragraph 3 of the 1974 talk say?', 'Show me the third paragraph of the 1974 talk', 'the 1974 talk, ¶ 3']) {
      const res = await ask(question);
      expect(res.answer.split('\n')[0], question).toBe(`Paragraph 3 of *${talk.work.title}* (9 October 1974), as the collection numbers them:`);
      expect(res.citations.map((c) => [c.passageId, c.quote]), question).toEqual([[talk.paragraphs[2]!.id, talk.paragraphs[2]!.text]]);
    }
    const beyond = await ask('Paragraph 40 of the 1974 talk');
    expect(beyond.citations).toEqual([]);
    expect(beyond.answer).toBe(`*${talk.work.title}* (9 October 1974) has no paragraph 40: the collection numbers its paragraphs 1–${talk.paragraphs.at(-1)!.position}.`);
    // The end of something else is a topic; so is the third world.
    expect((await ask('What did he say about the end of the war?')).answer).not.toMatch(/^The close of/);
    expect((await ask('What did he say about the third world in the 1974 talk?')).answer).not.toMatch(/^Paragraph/);
    // "How does it end?" after an answer that quoted one work: of that work.
    const talk1978 = inOrder(1978, /./);
    const thread = conversation();
    await thread('Summarise the 1978 talk');
    const end = await thread('How does it end?');
    expect(end.answer.split('\n')[0]).toBe(`The close of *${talk1978.work.title}* (24 May 1978), as the collection prints it: its last paragraph:`);
    expect(end.citations.map((c) => c.passageId)).toEqual([talk1978.paragraphs.at(-1)!.id]);
    // A part of no work named, after an answer that quoted one: of that work; with none to go by, which work is asked.
    expect((await ask('What is the first paragraph?')).answer).toBe(NAME_THE_PART_LINE);
    const several = conversation();
    await several('What did he say about vinalon?');
    expect((await several('And paragraph 2?')).answer).toBe(NAME_THE_PART_LINE);
    // "How did it start?" asks of the topic before, not for a part.
    expect((await several('How did it start?')).answer).not.toBe(NAME_THE_PART_LINE);
    const next = await thread('And paragraph 2?');
    expect(next.answer.split('\n')[0]).toBe(`Paragraph 2 of *${talk1978.work.title}* (24 May 1978), as the collection numbers them:`);
    expect(next.citations.map((c) => c.passageId)).toEqual([talk1978.paragraphs[1]!.id]);
  });

  it('answers a request for a work whole with where its text is, from its metadata, and cites it after', async () => {
    const ask = conversation();
    const speech = deps.corpus.works.find((w) => w.year === 1961)!;
    const whole = await ask('Show me the full text of the 1961 speech');
    expect(whole.citations).toEqual([]);
    expect(whole.answer).toBe(`The collection's text of *${speech.title}* (1 December 1961, pp. ${speech.pages!.replace('-', '–')}) is on its page in Works.`);
    expect(whole.structure.lead.some((part) => part.workId === speech.id)).toBe(true);
    expect((await ask('How do I cite it?')).structure.workCitation).toEqual({ workIds: [speech.id] });
    // Asked for as "all of" the work, or "everything in" it: the same.
    for (const question of ['Show me all of the 1961 speech', 'Give me everything in the 1961 speech']) expect((await conversation()(question)).answer, question).toBe(whole.answer);
    // Naming no work: the one the answer before quoted, or, when it quoted several, a work to name.
    const one = conversation();
    const barrage = await one('What did he say about the Nampho Barrage?');
    expect(new Set(barrage.citations.map((c) => c.workId)).size).toBe(1);
    expect((await one('Show me the full text')).structure.lead.find((part) => part.workId)?.workId).toBe(barrage.citations[0]!.workId);
    const several = conversation();
    const vinalon = await several('What did he say about vinalon?');
    expect(new Set(vinalon.citations.map((c) => c.workId)).size).toBeGreaterThan(1);
    const unnamed = await several('Show me the full text');
    expect(unnamed.answer).toBe(NAME_THE_WORK_LINE);
    expect(unnamed.citations).toEqual([]);
  });

  it('answers the title asked of a work with its title, date and occasion, from its metadata', async () => {
    const speech = deps.corpus.works.find((w) => w.year === 1993)!;
    for (const question of ['What is the title of the 1993 speech?', "What's the 1993 speech called?", 'What is the name of the 1993 speech?']) {
      const titled = await ask(question);
      expect(titled.answer, question).toBe(`The title is *${speech.title}* (8 December 1993; ${speech.occasion}).`);
      expect(titled.citations).toEqual([]);
    }
    const article = deps.corpus.works.find((w) => w.author !== 'Kim Il Sung')!;
    expect((await ask('What is the title of the article?')).answer).toBe(`The title is *${article.title}* (undated, by ${article.author}).`);
    // Naming no work: the one the answer before quoted, or, when it quoted several, a work to name.
    const one = conversation();
    await one('Give me a quote from the 1993 speech');
    expect((await one("What's its full title?")).answer).toBe(`The title is *${speech.title}* (8 December 1993; ${speech.occasion}).`);
    const several = conversation();
    await several('What did he say about vinalon?');
    expect((await several('What is its title?')).answer).toBe(NAME_THE_WORK_TITLED_LINE);
    // A work named by a year no work is from: that none is, and the works nearest in date, whatever is asked of it.
    expect(deps.corpus.works.some((w) => w.year === 1965)).toBe(false);
    const [before, after] = ['1961-12-01', '1967-12-16'].map((date) => deps.corpus.works.find((w) => w.date === date)!);
    for (const question of ['What is the title of the 1965 speech?', 'How long is the 1965 speech?', 'Show me the full text of the 1965 speech', 'What is the first paragraph of the 1965 speech?', 'Cite the 1965 speech in APA']) {
      const res = await ask(question);
      expect(res.answer, question).toBe(`None of the works is from 1965. The nearest in date: *${before!.title}* (1 December 1961); *${after!.title}* (16 December 1967).`);
      expect(res.citations).toEqual([]);
    }
  });

  it('reads "that talk" as the talk the answer before quoted: its key sentences, or what it says of a topic', async () => {
    const ask = conversation();
    const vinalon = await ask('What did he say about vinalon?');
    const talk = deps.corpus.works.find((w) => isOfKind(w, 'talk') && vinalon.citations.some((c) => c.workId === w.id))!;
    expect(talk).toBeDefined();
    const rest = await ask('What else did he say in that talk?');
    expect(rest.answer.split('\n')[0]).toMatch(/^From \*Talk to .*, the \d+ sentences that carry most of its key words/);
    expect(new Set(rest.citations.map((c) => c.workId))).toEqual(new Set([talk.id]));
    const coal = await ask('What did he say about coal in that talk?');
    expect(coal.citations.length).toBeGreaterThan(0);
    expect(new Set(coal.citations.map((c) => c.workId))).toEqual(new Set([talk.id]));
    expect(coal.citations[0]!.quote).toMatch(/\bcoal\b/i);
    // "that article" with no article quoted before: the collection's article, named by itself.
    const article = deps.corpus.works.find((w) => w.author !== 'Kim Il Sung')!;
    const summary = await ask('Summarise that article');
    expect(summary.citations.length).toBeGreaterThan(0);
    expect(summary.citations.every((c) => c.workId === article.id)).toBe(true);
    // "that interview" when the answer before quoted none: said so, nothing summed up in its place.
    const none = conversation();
    const debt = await none('What did he say in the 1987 speech about debt?');
    expect(debt.citations.some((c) => isOfKind(deps.corpus.works.find((w) => w.id === c.workId)!, 'interview'))).toBe(false);
    const pointed = await none('Summarise that interview');
    expect(pointed.answer).toBe(noneQuotedLine({ said: 'that interview', kind: 'interview' }));
    expect(pointed.citations).toEqual([]);
  });

  it('names the earliest or latest of the works the answer before quoted, for "Which of these is the earliest?"', async () => {
    const byDate = (a: { date: string | null }, b: { date: string | null }) => (a.date ?? '').localeCompare(b.date ?? '');
    for (const [then, order] of [
      ['Which of these is the earliest?', 'earliest'],
      ['Which of them is the most recent?', 'latest'],
      ['Which one is older?', 'earliest'],
      // "which" alone, and nothing else asked: of the things before, not a time before them.
      ['which is earlier?', 'earliest'],
      ['Which came first?', 'earliest'],
    ] as const) {
      const ask = conversation();
      const aid = await ask('What did he say about foreign aid?');
      const quoted = deps.corpus.works.filter((w) => w.year !== null && aid.citations.some((c) => c.workId === w.id)).sort(byDate);
      expect(quoted.length).toBeGreaterThan(1);
      const which = order === 'earliest' ? quoted[0]! : quoted.at(-1)!;
      const res = await ask(then);
      expect(res.citations).toEqual([]);
      expect(res.answer).toBe(`Of the ${quoted.length} dated works quoted above, the ${order} is *${which.title}* (${formatDate(which.date, which.year)}).`);
      expect(res.structure.lead.filter((p) => p.singledOut).map((p) => p.workId)).toEqual([which.id]);
      // The other end asked next: among the same works, though the answer just given named one.
      const other = order === 'earliest' ? quoted.at(-1)! : quoted[0]!;
      const next = await ask(order === 'earliest' ? 'And the latest of them?' : 'and the earliest of these?');
      expect(next.answer).toBe(`Of the ${quoted.length} dated works quoted above, the ${order === 'earliest' ? 'latest' : 'earliest'} is *${other.title}* (${formatDate(other.date, other.year)}).`);
    }
    // An answer that quoted one work: that work, said so.
    const ask = conversation();
    const talk = deps.corpus.works.find((w) => w.year === 1974 && /^Talk\b/.test(w.title))!;
    expect(new Set((await ask('Summarise the 1974 talk')).citations.map((c) => c.workId))).toEqual(new Set([talk.id]));
    expect((await ask('Which of these is the earliest?')).answer).toBe(`The answer above quotes one dated work: *${talk.title}* (${formatDate(talk.date, talk.year)}).`);
  });

  it('orders the works quoted "here" or "above", not the collection, and among those of a kind the question names', async () => {
    const byDate = (a: { date: string | null }, b: { date: string | null }) => (a.date ?? '').localeCompare(b.date ?? '');
    const ask = conversation();
    const aid = await ask('What did he say about foreign aid?');
    const quoted = deps.corpus.works.filter((w) => w.year !== null && aid.citations.some((c) => c.workId === w.id)).sort(byDate);
    expect(quoted.length).toBeGreaterThan(1);
    const said = (w: Work) => `*${w.title}* (${formatDate(w.date, w.year)}).`;
    // "Which work is the earliest" alone asks of the collection; "here" keeps it to the works just quoted.
    expect((await ask('Which work is the earliest one here?')).answer).toBe(`Of the ${quoted.length} dated works quoted above, the earliest is ${said(quoted[0]!)}`);
    const kinds = KINDS_BY_NAME.map((kind) => ({ kind, works: quoted.filter((w) => isOfKind(w, kind)) }));
    const many = kinds.find((k) => k.works.length > 1)!;
    expect((await ask(`Which ${many.kind} quoted above is the most recent?`)).answer).toBe(
      `Of the ${many.works.length} dated works with “${many.kind}” in their titles or occasions quoted above, the latest is ${said(many.works.at(-1)!)}`,
    );
    // A kind none of them is: said so, and the order among all of them.
    const one = conversation();
    const talk = deps.corpus.works.find((w) => w.year === 1974 && /^Talk\b/.test(w.title))!;
    expect(new Set((await one('Summarise the 1974 talk')).citations.map((c) => c.workId))).toEqual(new Set([talk.id]));
    expect((await one('Which speech quoted above is the earliest?')).answer).toBe(`None of the works quoted above has “speech” in its title or occasion. The answer above quotes one dated work: ${said(talk)}`);
    // "Which interview above …" points at them too, as "quoted above" does.
    expect((await one('Which interview above is the latest?')).answer).toBe(`None of the works quoted above answers an interviewer's questions. The answer above quotes one dated work: ${said(talk)}`);
    // Asked first, with nothing quoted above: of the collection's works of the kind, as "Which speech is the earliest?" is.
    const speeches = deps.corpus.works.filter((w) => w.year !== null && isOfKind(w, 'speech')).sort(byDate);
    const first = await conversation()('Which speech quoted above is the earliest?');
    expect(first.citations).toEqual([]);
    expect(first.answer.startsWith(`Earliest in the collection's works with “speech” in their titles or occasions: ${said(speeches[0]!).slice(0, -1)}.`)).toBe(true);
  });

  it('answers "How do I cite these?" with the citations of the works the answer before quoted, in the style asked', async () => {
    const ask = conversation();
    const answered = await ask('What did he say about foreign aid?');
    const quoted = deps.corpus.works.filter((w) => answered.citations.some((c) => c.workId === w.id)).sort((a, b) => a.date!.localeCompare(b.date!));
    expect(quoted.length).toBeGreaterThan(1);
    const cite = await ask('How do I cite these?');
    expect(cite.citations).toEqual([]);
    expect(cite.structure.workCitation).toEqual({ workIds: quoted.map((w) => w.id) });
    expect(cite.answer.split('\n')[0]).toMatch(new RegExp(`^To cite the ${quoted.length} works above \\(`));
    // Asked for as a list, typed as a request with no question mark: the same works.
    const asList = conversation();
    await asList('What did he say about foreign aid?');
    expect((await asList('Put these in a bibliography')).structure.workCitation).toEqual({ workIds: quoted.map((w) => w.id) });
    // In a style asked for: the works are those of the answer before, not searched for.
    const inApa = conversation();
    await inApa('What did he say about foreign aid?');
    const apa = await inApa('Cite them in APA');
    expect(apa.structure.workCitation).toEqual({ workIds: quoted.map((w) => w.id), style: 'apa' });
    // After the citations, "and in MLA?" cites the same works in MLA; after a list of works, "these" are the works listed.
    expect((await ask('and in MLA?')).structure.workCitation).toEqual({ workIds: quoted.map((w) => w.id), style: 'mla' });
    // A quote by its number: its work, cited.
    expect((await ask('the second one in APA')).structure.workCitation).toEqual({ workIds: [answered.citations[1]!.workId], style: 'apa' });
    const speeches = deps.corpus.works.filter((w) => isOfKind(w, 'speech')).sort((a, b) => a.date!.localeCompare(b.date!));
    expect(speeches.length).toBeGreaterThan(1);
    const listing = conversation();
    expect((await listing('List his speeches')).citations).toEqual([]);
    expect((await listing('How do I cite these?')).structure.workCitation).toEqual({ workIds: speeches.map((w) => w.id) });
    // "Show me more" after a list that named every work: none is left, which is said (it gave the list again).
    const listed = conversation();
    await listed('List his speeches');
    expect((await listed('show me more')).answer).toBe(NO_MORE_WORKS_LINE);
    // Nothing quoted before: said, with how to name the works instead.
    expect((await conversation()('How do I cite this?')).answer).toBe(NOTHING_CITED_LINE);
  });

  it('shows a quote of the answer before, named by its number or place, in its whole paragraph, word for word', async () => {
    const ask = conversation();
    const answered = await ask('What did he say about foreign aid?');
    expect(answered.citations.length).toBeGreaterThan(2);
    const whole = await ask('Give me the full passage of the second one');
    expectGrounded(whole);
    const second = answered.citations[1]!;
    const paragraph = deps.corpus.paragraphs.find((p) => p.id === second.passageId)!;
    expect(paragraph.text.length).toBeGreaterThan(second.quote.length);
    expect(whole.answer.split('\n')[0]).toBe('Quote 2 of the answer before, in its whole paragraph:');
    expect(whole.citations.map((c) => [c.passageId, c.quote])).toEqual([[second.passageId, paragraph.text]]);
    // More asked about it: the same, not a search for "second".
    const more = conversation();
    await more('What did he say about foreign aid?');
    expect((await more('Tell me more about the second one')).citations.map((c) => [c.passageId, c.quote])).toEqual([[second.passageId, paragraph.text]]);
    // The next number still points at the answer that quoted it, not at the paragraph just shown.
    const first = await ask('and quote 1 in context?');
    expect(first.citations.map((c) => c.passageId)).toEqual([answered.citations[0]!.passageId]);
    // Its exact words asked: the same, not a search for "words".
    const third = answered.citations[2]!;
    const exact = await ask('Give me the exact words of quote 3');
    expect(exact.answer.split('\n')[0]).toBe('Quote 3 of the answer before, in its whole paragraph:');
    expect(exact.citations.map((c) => c.passageId)).toEqual([third.passageId]);
    // Asked what it means: no explanation of its own, the quote in its whole paragraph, and "second" no topic.
    const explained = await ask('Explain the second quote');
    expectGrounded(explained);
    expect(explained.answer.split('\n')[0]).toBe(`${NOT_EXPLAINED}Quote 2 of the answer before, in its whole paragraph:`);
    expect(explained.citations.map((c) => [c.passageId, c.quote])).toEqual([[second.passageId, paragraph.text]]);
  });

  it('says where a quote of the answer before, named by its number or place, is from: work, date, pages and whose words', async () => {
    const ask = conversation();
    const answered = await ask('What did he say about foreign debts?');
    expect(answered.citations.length).toBeGreaterThan(3);
    const work = (n: number) => deps.corpus.works.find((w) => w.id === answered.citations[n - 1]!.workId)!;
    const where = await ask('Where is the second quote from?');
    expectGrounded(where);
    expect(where.citations).toEqual([]);
    expect(where.answer).toBe(`Quote 2 of the answer before is from *${work(2).title}* (${formatDate(work(2).date, work(2).year)}, ${work(2).pages ? `${formatPages(undefined, work(2).pages)} for the whole work` : 'the source gives no pages'}), by ${work(2).author}.`);
    expect(where.structure.lead.find((p) => p.workId)?.workId).toBe(work(2).id);
    // Asked when what they tell happened: where they are from, and that the dates are the works'.
    const told = conversation();
    const furnace = await told('What did he say about the blast furnace?');
    const happened = await told('When did that happen?');
    expect(happened.answer).toMatch(/^Quotes? 1\b.* (?:That is the date of the work, not of what it tells|Those are the dates of the works, not of what they tell)\.$/);
    expect(new Set(happened.structure.lead.flatMap((p) => (p.workId ? [p.workId] : [])))).toEqual(new Set(furnace.citations.map((c) => c.workId)));
    expect((await ask('When did he say that?')).answer).not.toMatch(/not of what (?:it|they) tells?/);
    // Two or more, each with its own place; numbers still point at the answer that quoted them.
    const pages = await ask('What page are quotes 1 and 4 on?');
    expect(pages.answer).toMatch(/^Quotes? 1\b/);
    for (const n of [1, 4]) expect(pages.answer).toContain(`*${work(n).title}*`);
    // Pointed back at, with its page asked: every quote of the answer before.
    const again = conversation();
    await again('What did he say about foreign debts?');
    const all = await again('What page is that on?');
    expect(all.citations).toEqual([]);
    expect(all.answer).toMatch(/^Quotes? 1\b[^*]* of the answer before (?:is|are) from /);
    // Pages asked of nothing named: those of the quotes just shown, not a search for "numbers".
    const numbers = conversation();
    await numbers('What did he say about foreign debts?');
    const pagesOnly = await numbers('Can you give me the page numbers?');
    expect(pagesOnly.citations).toEqual([]);
    expect(pagesOnly.answer).toMatch(/^Quotes? 1\b[^*]* of the answer before (?:is|are) from /);
    const bare = conversation();
    await bare('What did he say about foreign debts?');
    expect((await bare('And the page?')).answer).toBe(all.answer);
    // Their dates, likewise: not a search for "up-to-date".
    const dates = conversation();
    await dates('What did he say about foreign debts?');
    expect((await dates('and the dates?')).answer).toBe(all.answer);
    // A bare "Where exactly?" asks where they are from, where he said them too.
    const whereExactly = conversation();
    await whereExactly('What did he say about foreign debts?');
    expect((await whereExactly('Where exactly?')).answer).toMatch(/^Quotes? 1\b[^*]* of the answer before (?:is|are) from /);
    for (const n of answered.citations.map((c) => c.n)) expect(all.answer).toContain(`*${work(n).title}*`);
    // Asked who said them, or where or when, pointing back: the same, not a new search.
    // Asked which of two sources they are from ("from Kim or from Zhang?"), the same: the author is no topic to search.
    for (const question of ['Who said that?', 'Where are these quotes from?', 'When did he say these?', 'Is that a quote from Kim or from Zhang?', 'are these by Zhang Chao or by Kim Il Sung?', "Is that Kim's words or Zhang's?", 'did Kim say that or Zhang?']) {
      const whose = conversation();
      await whose('What did he say about foreign debts?');
      expect((await whose(question)).answer, question).toBe(all.answer);
    }
    // After quotes asked for, the first of them singled out: "In which works?" asks of every one, as "these" does.
    for (const question of ['Which works?', 'In which works?']) {
      const quoted = conversation();
      const quotes = await quoted('Give me quotes about the anti-Japanese struggle');
      expect(new Set(quotes.citations.map((c) => c.workId)).size).toBeGreaterThan(1);
      const works = await quoted(question);
      expect(works.answer, question).toMatch(/^Quote 1 of the answer before is from /);
      for (const c of quotes.citations) expect(works.answer, question).toContain(`*${deps.corpus.works.find((w) => w.id === c.workId)!.title}*`);
    }
    // Which of them are of a kind or a time: those, counted, with where they are from; none, with where all are.
    const ofKind = conversation();
    await ofKind('What did he say about foreign debts?');
    const interviews = answered.citations.filter((c) => isOfKind(work(c.n), 'interview'));
    expect(interviews.length).toBeGreaterThan(0);
    const fromInterviews = await ofKind('Which of these are from interviews?');
    expect(fromInterviews.answer.startsWith(`${interviews.length || 'None'} of the ${answered.citations.length} quotes of the answer before `), fromInterviews.answer).toBe(true);
    for (const c of interviews) expect(fromInterviews.answer).toContain(`*${work(c.n).title}*`);
    // More from that interview: passages of it (the first interview the answer before named), not where the quotes are from again.
    const moreOf = conversation();
    await moreOf('What did he say about foreign debts?');
    await moreOf('Which of these are from interviews?');
    const more = await moreOf('Give me more from that interview');
    expectGrounded(more);
    expect(more.citations.length).toBeGreaterThan(0);
    expect(new Set(more.citations.map((c) => c.workId))).toEqual(new Set([work(interviews[0]!.n).id]));
    // More after a question kept to one work: more of that work, until none is left, never another work's.
    const keptToWork = conversation();
    const benin = deps.corpus.works.find((w) => /\bBenin\b/.test(w.title))!;
    const planning = await keptToWork('What did the Benin interview say about planning?');
    expect(new Set(planning.citations.map((c) => c.workId))).toEqual(new Set([benin.id]));
    const moreOfIt = await keptToWork('is there more?');
    expectGrounded(moreOfIt);
    expect(moreOfIt.citations.length).toBeGreaterThan(0);
    for (const c of moreOfIt.citations) expect(c.workId).toBe(benin.id);
    const absent = deps.corpus.works.find((w) => w.year !== null && !answered.citations.some((c) => c.year === w.year))!;
    const none = await ofKind(`Which of these are from ${absent.year}?`);
    expect(none.answer, none.answer).toMatch(new RegExp(`^None of the ${answered.citations.length} quotes of the answer before is from a work from ${absent.year}\\. Quotes? 1\\b`));
    // Asked for only those of a time or a work ("only the ones from the 1961 speech", "show me only the ones from the
    // 1990s"), the question before is searched again, kept to it: its topic, not where the quotes before are from.
    for (const [only, year] of [['only those from the 1961 speech', 1961], ['show me only the ones from the 1990s', 1993]] as const) {
      const kept = conversation();
      const trade = await kept('quotes on trade');
      expect(trade.citations.some((c) => c.year === year), only).toBe(false);
      const those = await kept(only);
      expectGrounded(those);
      expect(those.citations.length, only).toBeGreaterThan(0);
      expect(those.citations.every((c) => c.year === year), only).toBe(true);
      expect(those.citations.some((c) => /\btrade\b/i.test(c.quote)), only).toBe(true);
    }
    // Named by their time ("the 1986 quote"): where those are from; whole, the paragraphs of those alone.
    const byTime = conversation();
    const eighties = await byTime('What did he say about self-reliance in the 1980s?');
    const of1986 = eighties.citations.filter((c) => c.year === 1986);
    expect(of1986.length).toBeGreaterThan(0);
    expect(of1986.length).toBeLessThan(eighties.citations.length);
    const page = await byTime('What page is the 1986 quote on?');
    expect(page.citations).toEqual([]);
    expect(page.answer).toMatch(new RegExp(`^${of1986.length} of the ${eighties.citations.length} quotes of the answer before (?:is|are) from works? from 1986\\. `));
    expect(page.answer).toContain(`*${of1986[0]!.title}*`);
    const exact = await byTime('Give me the exact quote from 1986 with page number');
    expect(exact.citations.map((c) => c.passageId)).toEqual(of1986.map((c) => c.passageId));
    expect(exact.answer).toMatch(/^Quotes? [\d, and]+ of the answer before, each in its whole paragraph:/);
    // Cited so, the works of those quotes: of 1987, two works, not the 1986 one.
    const of1987 = new Set(eighties.citations.filter((c) => c.year === 1987).map((c) => c.workId));
    expect(of1987.size).toBe(2);
    const cite = await byTime('Cite the 1987 quotes in APA');
    expect(cite.citations).toEqual([]);
    expect(new Set(cite.structure.workCitation?.workIds)).toEqual(of1987);
    expect(cite.structure.workCitation?.style).toBe('apa');
    // Of a year none of them is from, none: where they are from says so, not a citation of the works they are from.
    for (const year of [1965, 1974]) {
      const ofNone = await byTime(`Cite the ${year} quotes`);
      expect(ofNone.structure.workCitation).toBeUndefined();
      expect(ofNone.answer).toMatch(new RegExp(`^None of the ${eighties.citations.length} quotes of the answer before is from a work from ${year}\\. Quotes 1\\b`));
    }
    // One quote asked of ("Is the first one from a speech?"): whether it is, then where it is from.
    const first = work(1);
    const isSpeech = isOfKind(first, 'speech');
    const one = await ofKind('Is the first one from a speech?');
    expect(one.answer.startsWith(`Quote 1 of the answer before is${isSpeech ? '' : ' not'} from a work with “speech” in its title or occasion. Quote 1 is from *${first.title}* (`), one.answer).toBe(true);
    expect((await ofKind(`Is quote 1 from ${first.year}?`)).answer).toMatch(new RegExp(`^Quote 1 of the answer before is from a work from ${first.year}\\. `));
    // Where he said them: each work's occasion and place too.
    const saidWhere = conversation();
    await saidWhere('What did he say about foreign debts?');
    const place = await saidWhere('Where did he say that?');
    expect(place.citations).toEqual([]);
    expect(place.answer).toMatch(/^Quotes? 1\b[^*]* of the answer before (?:is|are) from /);
    const quoted = [...new Set(answered.citations.map((c) => work(c.n)))];
    expect(quoted.some((w) => w.occasion)).toBe(true);
    for (const w of quoted) expect(place.answer).toContain(`*${w.title}* (${[formatDate(w.date, w.year), occasionAndPlace(w)].filter(Boolean).join(', ')}`);
    // An interviewer's question is theirs, not his.
    const asked = conversation();
    const questions = await asked('What did the Iraqi journalists ask him?');
    const n = questions.citations.find((c) => c.speaker === 'interviewer')!.n;
    expect((await asked(`Who said quote ${n}?`)).answer).toMatch(/, the interviewer's words, not Kim Il Sung's\.$/);
  });

  it('answers the question before with the passages its answers have not shown, until none is left', async () => {
    const say = conversation();
    const first = await say('What did he say about foreign trade?');
    const seen = new Set(first.citations.map((c) => c.passageId));
    expect(seen.size).toBeGreaterThan(2);
    // "Two more": as many as it says, none shown before (asked in a conversation of its own).
    const again = conversation();
    await again('What did he say about foreign trade?');
    const two = await again('Give me two more');
    expect(two.citations).toHaveLength(2);
    expect(two.answer.split('\n')[0]).toMatch(/^2 more passages? from /);
    for (const c of two.citations) expect(seen.has(c.passageId), c.passageId).toBe(false);
    // "Just two please": as many of the same, not the answer before again.
    const fewer = conversation();
    await fewer('What did he say about foreign trade?');
    expect((await fewer('Just two please')).citations).toHaveLength(2);
    let more = await say('show me more');
    expect(more.citations.length).toBeGreaterThan(0);
    expect(more.answer.split('\n')[0]).toMatch(/^\d+ more passages? from /);
    // Each answer says whether more passages address the question than it quotes; the last that quotes any does not.
    expect(first.structure.more).toBe(true);
    for (let turn = 0; more.citations.length > 0 && turn < 20; turn++) {
      for (const c of more.citations) {
        expect(seen.has(c.passageId), c.passageId).toBe(false);
        seen.add(c.passageId);
      }
      const before = more;
      more = await say('more');
      expect(before.structure.more, before.answer.split('\n')[0]).toBe(more.citations.length > 0 ? true : undefined);
    }
    expect(more.answer).toBe(NO_MORE_LINE);
    expect(more.citations).toEqual([]);
  });

  it('gives more of the question before from one work: "more from it" after the latest was named, "more from the second one"', async () => {
    for (const question of ['Show me more from it', 'More from that speech']) {
      const say = conversation();
      const first = await say('What did he say about foreign aid?');
      const latest = (await say('Which of these is the latest?')).structure.lead.find((p) => p.singledOut)!.workId!;
      const more = await say(question);
      expect(more.citations.length, question).toBeGreaterThan(0);
      expect(more.citations.every((c) => c.workId === latest && !first.citations.some((q) => q.passageId === c.passageId)), question).toBe(true);
      // More of what was asked, not the work's key sentences.
      expect(more.answer, question).not.toMatch(/key words/);
    }
    const again = conversation();
    const quotes = await again('What did he say about foreign aid?');
    const second = quotes.citations[1]!;
    const fromSecond = await again('Give me more from the second one');
    expect(fromSecond.citations.length).toBeGreaterThan(0);
    expect(fromSecond.citations.every((c) => c.workId === second.workId && !quotes.citations.some((q) => q.passageId === c.passageId))).toBe(true);
  });

  it('takes "it" after a quote asked for to be the most quotable sentence, and "that one" after "Which of these is from an interview?" to be that one', async () => {
    const say = conversation();
    const quote = await say('Give me a quote on self-reliance for my essay introduction');
    expect(quote.structure.quotableFirst).toBe(true);
    expect(new Set(quote.citations.map((c) => c.workId)).size).toBeGreaterThan(1);
    const cited = await say('Cite it in APA');
    expect(cited.structure.workCitation).toEqual({ workIds: [quote.citations[0]!.workId], style: 'apa' });
    // "these" are every work quoted.
    const all = conversation();
    await all('Give me a quote on self-reliance for my essay introduction');
    expect(new Set((await all('Cite these in APA')).structure.workCitation!.workIds)).toEqual(new Set(quote.citations.map((c) => c.workId)));
    // One quote of several kept to a kind: "that one" is it.
    const among = conversation();
    const before = await among('What did he say about imperialism?');
    const fromInterviews = before.citations.filter((c) => isOfKind(deps.corpus.works.find((w) => w.id === c.workId)!, 'interview'));
    expect(new Set(fromInterviews.map((c) => c.workId)).size).toBe(1);
    expect(fromInterviews.length).toBeLessThan(before.citations.length);
    await among('Which of these is from an interview?');
    const inContext = await among('Show me that one in context');
    expect(inContext.citations.map((c) => c.passageId)).toEqual(fromInterviews.map((c) => c.passageId));
  });

  it('asks "Summarise it", "Give me its best quote" or "What is it about?" of the one work the answer before singled out', async () => {
    const say = conversation();
    const longest = (await say('Which interview is the longest?')).structure.lead.find((p) => p.singledOut)!.workId!;
    for (const question of ['Summarise it', 'Give me its best quote', 'What is it about?', 'Summarise that one', 'What is that one about?']) {
      const res = await say(question);
      expect(res.citations.length, question).toBeGreaterThan(0);
      expect(new Set(res.citations.map((c) => c.workId)), question).toEqual(new Set([longest]));
      expect(res.structure.wholeWork, question).toBe(true);
    }
    // Singled out among several works quoted: "its" is that one's.
    const among = conversation();
    await among('What did he say about foreign aid?');
    const earliest = (await among('Which of these is the earliest?')).structure.lead.find((p) => p.singledOut)!.workId!;
    expect(new Set((await among('Give me its best quote')).citations.map((c) => c.workId))).toEqual(new Set([earliest]));
    // "it" as what he said, not the work: the question before, asked why.
    const said = conversation();
    await said('What did he say about oil in 1978?');
    const why = await said('Why did he say it?');
    expect(why.structure.wholeWork).toBeUndefined();
    expect(why.citations.some((c) => /\boil\b/i.test(c.quote))).toBe(true);
  });

  it('compares the topics asked one after another: "Compare the two" after "… heavy industry?" and "And light industry?"', async () => {
    const say = conversation();
    await say('What did he say about heavy industry?');
    await say('And light industry?');
    const both = await say('Compare the two');
    expect(both.mode).toBe('compare');
    const quotes = both.citations.map((c) => c.quote).join(' ');
    expect(quotes).toMatch(/heavy industry/i);
    expect(quotes).toMatch(/light industry/i);
  });

  it('gives a shorter quote than the one before when asked "Is there a shorter one?", "Even shorter", or says that none is', async () => {
    const words = (res: AnswerResponse) => res.citations[0]!.quote.split(/\s+/).length;
    for (const [first, ...shorter] of [
      ['Give me a quote on self-reliance for my essay introduction', 'Is there a shorter one?'],
      ['Give me a quote on trade', 'Can you make it shorter?', 'Even shorter'],
    ]) {
      const say = conversation();
      let before = await say(first!);
      for (const question of shorter) {
        const res = await say(question);
        expect(res.structure.quotableFirst, question).toBe(true);
        expect(words(res), `${question}: “${res.citations[0]!.quote}”`).toBeLessThan(words(before));
        before = res;
      }
    }
    // Asked again and again, each answer is shorter or says that none is: never the same length again, unsaid.
    const say = conversation();
    let before = await say('Show me quotes on defence');
    let saidNone = false;
    for (const question of ['Shorter please', 'Even shorter', 'Even shorter']) {
      const res = await say(question);
      const none = res.answer.startsWith(NONE_SHORTER);
      if (!none) expect(words(res), `${question}: “${res.citations[0]!.quote}”`).toBeLessThan(words(before));
      expect(res.citations.length, question).toBe(before.citations.length);
      saidNone ||= none;
      before = res;
    }
    expect(saidNone).toBe(true);
  });

  it('asks the question before of the works it did not quote: "And in other works?", "Did he say that elsewhere?"', async () => {
    const say = conversation();
    const before = await say('What did he say about trade in 1987?');
    const quoted = new Set(before.citations.map((c) => c.workId));
    const others = await say('And in other works?');
    expectGrounded(others);
    expect(others.citations.length).toBeGreaterThan(0);
    expect(others.citations.some((c) => quoted.has(c.workId))).toBe(false);
    expect(others.citations.some((c) => /\btrade\b/i.test(c.quote))).toBe(true);
    // None does: said so.
    const only = conversation();
    await only('What did he say about defeatism?');
    expect((await only('Did he say that elsewhere?')).answer).toBe(NO_OTHER_WORK_LINE);
    const onlyPlace = conversation();
    await onlyPlace('What did he say about defeatism?');
    expect((await onlyPlace('Is that the only place he mentions it?')).answer).toBe(NO_OTHER_WORK_LINE);
    // "Is that term used anywhere else?": the same, the words asking it no words to look for.
    const term = conversation();
    await term('Find passages about the Chollima movement');
    expect((await term('Is that term used elsewhere?')).answer).toBe(NO_OTHER_WORK_LINE);
    expect((await term('Is it mentioned anywhere else?')).answer).toMatch(/^No other (?:work|passage) addresses this question/);
    // "Which interviews are most relevant?": the topic before, in the interviews.
    const relevant = conversation();
    await relevant('What did he say about self-reliance?');
    const interviews = await relevant('which interviews are most relevant?');
    expectGrounded(interviews);
    expect(interviews.citations.length).toBeGreaterThan(0);
    for (const c of interviews.citations) expect(isOfKind(deps.corpus.works.find((w) => w.id === c.workId)!, 'interview'), c.title).toBe(true);
    expect(interviews.citations.some((c) => /self-reliance/i.test(c.quote))).toBe(true);
    // "Now one from a different year", after "another one": a year neither answer quoted.
    const quote = conversation();
    const years = new Set([...(await quote('Give me a quote about independence')).citations, ...(await quote('another one')).citations].map((c) => c.year));
    const otherYear = await quote('now one from a different year');
    expectGrounded(otherYear);
    expect(otherYear.citations).toHaveLength(1);
    expect(years.has(otherYear.citations[0]!.year)).toBe(false);
    expect(otherYear.citations[0]!.quote).toMatch(/\bindependen/i);
  });

  it('answers "In which work is he mentioned?" after "Who is …?" with the works that name him, counted, not a count of "work"', async () => {
    const person = conversation();
    const who = await person('Who is Kim San Ho?');
    const work = deps.corpus.works.find((w) => w.id === who.citations[0]!.workId)!;
    expect(who.citations[0]!.quote).toMatch(/Kim San Ho/);
    const where = await person('In which work is he mentioned?');
    expect(where.answer, where.answer).toMatch(new RegExp(`^“Kim San Ho” occurs \\d+ times in Kim Il Sung's works, in \\d+ passages? of 1 work \\(${work.year}\\)`));
    expect(where.answer).not.toMatch(/“work”/);
    expect(where.citations.every((c) => c.workId === work.id)).toBe(true);
  });

  it('answers "Is that quote on page 20?" with where the quote stands, after a citation too', async () => {
    const say = conversation();
    const quotes = await say('Give me a quote on foreign aid');
    const second = deps.corpus.works.find((w) => w.id === quotes.citations[1]!.workId)!;
    expect((await say('Cite the second one in MLA')).answer).toContain(`in MLA style`);
    const checked = await say('Is that quote on page 20?');
    expect(checked.answer.split('\n')[0]!.startsWith(`Quote 2 of the answer before is from *${second.title}* (`), checked.answer).toBe(true);
    // After a work's citation, "it" is that work: its pages, not a search for "MLA".
    const cited = conversation();
    const talk = deps.corpus.works.find((w) => w.year === 1974)!;
    await cited('Cite the 1974 talk in MLA');
    const page = await cited('Is it on page 20?');
    expect(page.mode).not.toBe('abstain');
    expect(page.answer.split('\n')[0]).toContain(`*${talk.title}* (9 October 1974, pp. ${talk.pages!.replace('-', '–')}`);
  });

  it('quotes as many more as the follow-up says, not as many as the question before asked for', async () => {
    const say = conversation();
    const two = await say('Give me two quotes on foreign trade');
    expect(two.citations).toHaveLength(2);
    const more = await say('Give me five more quotes');
    expectGrounded(more);
    expect(more.citations).toHaveLength(5);
    expect(more.citations.some((c) => two.citations.some((t) => t.passageId === c.passageId))).toBe(false);
  });

  it('quotes the topic before as many times as a follow-up naming only a number of quotes asks, or its best quotes', async () => {
    for (const [followUp, count] of [
      ['Give me three quotes', 3],
      ['Which is the most important quote?', null],
    ] as const) {
      const say = conversation();
      await say('What did he say about foreign trade?');
      const quotes = await say(followUp);
      expectGrounded(quotes);
      expect(quotes.mode, followUp).toBe('answer');
      if (count) expect(quotes.citations, followUp).toHaveLength(count);
      expect(quotes.citations.length, followUp).toBeGreaterThan(0);
      expect(quotes.citations.every((c) => /\btrade\b/i.test(deps.corpus.paragraphs.find((p) => p.id === c.passageId)!.text)), followUp).toBe(true);
    }
  });

  it('after an abstention, shows the next closest passages, still as the closest', async () => {
    const say = conversation();
    const first = await say('What did he say about the Olympic Games?');
    expect(first.mode).toBe('abstain');
    const more = await say('show me more');
    expect(more.mode).toBe('abstain');
    expect(more.answer.split('\n')[0]).toBe(first.answer.split('\n')[0]);
    expect(more.citations.length).toBeGreaterThan(0);
    for (const c of more.citations) expect(first.citations.map((f) => f.passageId)).not.toContain(c.passageId);
  });

  it('after a count that quotes only the first passages, quotes the rest that hold the words, then says none is left', async () => {
    const say = conversation();
    const count = await say('How often does he mention self-reliance?');
    const holding = Number(count.answer.match(/, in (\d+) passages of /)![1]);
    expect(count.citations.length).toBeLessThan(holding);
    expect(count.structure.more).toBe(true);
    const more = await say('show me more');
    expect(more.answer.split('\n')[0]).toBe(`${holding - count.citations.length} more passages that hold “self-reliance”, in date order:`);
    const ids = [...count.citations, ...more.citations].map((c) => c.passageId);
    expect(new Set(ids).size).toBe(holding);
    for (const c of more.citations) expect(c.quote).toMatch(/self-relian/i);
    expect(more.citations.map((c) => c.date)).toEqual(more.citations.map((c) => c.date).sort());
    expect(more.structure.more).toBeUndefined();
    expect((await say('more')).answer).toBe(NO_MORE_LINE);
  });
});

describe('the optional LLM setting', () => {
  it('fails at startup with the package to install when the provider package is missing', async () => {
    const index = tempDir('answer-llm-');
    try {
      const attempt = createDeps(testConfig({ INDEX_DIR: index.dir, LLM_PROVIDER: 'no-such-provider', LLM_MODEL: 'some-model' }), { log: () => {} });
      await expect(attempt).rejects.toThrow(StartupError);
      await expect(attempt).rejects.toThrow('npm i @ai-sdk/no-such-provider');
    } finally {
      index.remove();
    }
  });
});
