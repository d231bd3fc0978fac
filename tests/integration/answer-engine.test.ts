/** The answer engine on the real corpus and the real embedded model: fidelity, modes, compare, abstention, follow-ups. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationInput } from '../../server/answer/chat.ts';
import { AnswerResponse } from '../../server/contract.ts';
import { StartupError } from '../../server/errors.ts';
import { createDeps, type Deps } from '../../server/deps.ts';
import { parseDataset } from '../../server/eval/dataset.ts';
import { realDeps, tempDir, testConfig } from '../support/deps.ts';

let deps: Deps;
let remove: () => void;
let source: string;

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  const built = await realDeps();
  ({ deps, remove } = built);
  const config = built.config;
  const files = (await readdir(config.CORPUS_DIR)).filter((f) => f.endsWith('.txt'));
  source = (await Promise.all(files.map((f) => readFile(path.join(config.CORPUS_DIR, f), 'utf8')))).map(norm).join('\n');
});
afterAll(() => remove());

const ask = (question: string, mode: 'auto' | 'compare' = 'auto') => deps.answerer.answer({ question, filters: {}, mode });

/** Every citation verbatim in the corpus files (each " … " piece), with its work's title and date; [n] ↔ citations one to one. */
function expectGrounded(res: AnswerResponse) {
  expect(AnswerResponse.parse(res)).toEqual(res);
  const markers = [...res.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  expect(markers).toEqual(res.citations.map((c) => c.n));
  for (const c of res.citations) {
    for (const piece of c.quote.split('…')) expect(source, `quote [${c.n}] of "${res.question}"`).toContain(norm(piece));
    const work = deps.corpus.works.find((w) => w.id === c.workId)!;
    expect({ title: c.title, date: c.date, year: c.year }).toEqual({ title: work.title, date: work.date, year: work.year });
    const paragraph = deps.corpus.paragraphs.find((p) => p.id === c.passageId)!;
    expect(paragraph.workId).toBe(c.workId);
    expect(c.page).toBe(paragraph.page);
    expect(res.answer).toContain(`> ${c.quote} [${c.n}]`);
  }
}

const devFile = path.resolve(import.meta.dirname, '../../../shared/eval/dev.jsonl');

describe('answers on the real corpus', () => {
  it('shows only verbatim quotes with matching titles and dates, for every dev question', async () => {
    const questions = parseDataset(await readFile(devFile, 'utf8'), devFile);
    for (const q of questions) expectGrounded(await ask(q.question));
  });

  it('compares self-reliance across at least three years, in date order', async () => {
    const res = await ask("How did Kim Il Sung's idea of self-reliance change over the years?");
    expectGrounded(res);
    expect(res.mode).toBe('compare');
    const dates = res.citations.map((c) => c.date ?? '9999');
    expect(dates).toEqual([...dates].sort());
    expect(new Set(res.citations.map((c) => c.year)).size).toBeGreaterThanOrEqual(3);
    // One heading per work, naming the citation's year and title.
    for (const c of res.citations) expect(res.answer).toContain(`**${c.year ?? 'Undated'}** · *${c.title}*\n> ${c.quote} [${c.n}]`);
  });

  it('compares when asked to, even without comparison words', async () => {
    const res = await ask('What did Kim Il Sung say about foreign aid?', 'compare');
    expectGrounded(res);
    expect(res.mode).toBe('compare');
    expect(new Set(res.citations.map((c) => c.workId)).size).toBe(res.citations.length);
  });

  it.each([
    'What did Kim Il Sung say about the 1988 Seoul Olympic Games?',
    'How did Kim Il Sung react to the collapse of the Soviet Union in 1991?',
    'How many soldiers and civilians were killed in the Korean War?',
  ])('abstains on a question the corpus does not cover: %s', async (question) => {
    const res = await ask(question);
    expectGrounded(res);
    expect(res.mode).toBe('abstain');
    const lines = res.answer.split('\n').filter(Boolean);
    expect(lines[0]).toBe('The sources do not address this question.');
    if (res.citations.length) expect(lines[1]).toBe('**Closest passages (these do not answer the question):**');
  });

  it('answers a when/where question with the date and occasion of the work it quotes', async () => {
    const res = await ask('When and where was the Association for the Restoration of the Fatherland inaugurated, according to Kim Il Sung?');
    expectGrounded(res);
    const first = deps.corpus.works.find((w) => w.id === res.citations[0]!.workId)!;
    expect(res.answer.split('\n')[0]).toContain('8 December 1993');
    expect(res.answer.split('\n')[0]).toContain(first.occasion!);
    expect(res.citations[0]!.quote).toContain('Donggang');
  });

  it('puts a single quotable sentence first when asked for a quote', async () => {
    const res = await ask('Give me a quotable definition of defeatism from Kim Il Sung');
    expectGrounded(res);
    const first = res.citations[0]!.quote;
    expect(first).not.toContain('…');
    expect(first.toLowerCase()).toContain('defeatism');
    expect(first.split(/\s+/).length).toBeLessThanOrEqual(55);
  });

  it('answers "what does the scholarly article say" with the abstract', async () => {
    const res = await ask('What does the scholarly article say?');
    expectGrounded(res);
    const abstract = deps.corpus.works.find((w) => w.date === null)!;
    expect(res.citations.length).toBeGreaterThan(0);
    expect(res.citations.every((c) => c.workId === abstract.id)).toBe(true);
    expect(res.citations[0]!.passageId).toBe(`${abstract.id}-p1`);
  });

  it('keeps to the date filter', async () => {
    const res = await deps.answerer.answer({ question: 'What did he say about self-reliance?', filters: { from: '1970', to: '1979' }, mode: 'auto' });
    expectGrounded(res);
    expect(res.citations.length).toBeGreaterThan(0);
    for (const c of res.citations) expect(c.year).toBeGreaterThanOrEqual(1970);
    for (const c of res.citations) expect(c.year).toBeLessThanOrEqual(1979);
  });

  it('resolves a follow-up with the earlier question: "and in the 1980s?" after a question on trade', async () => {
    const input = conversationInput([
      { role: 'user', parts: [{ type: 'text', text: 'What did Kim Il Sung say about foreign trade?' }] },
      { role: 'assistant', parts: [{ type: 'text', text: '…' }] },
      { role: 'user', parts: [{ type: 'text', text: 'and in the 1980s?' }] },
    ]);
    const res = await deps.answerer.answer(input);
    expectGrounded(res);
    expect(res.question).toBe('and in the 1980s?');
    expect(res.mode).not.toBe('abstain');
    for (const c of res.citations) expect(c.year! >= 1980 && c.year! <= 1989).toBe(true);
    expect(res.citations.some((c) => /trade/i.test(c.quote))).toBe(true);
    // Without the earlier turn there is nothing to answer.
    expect((await ask('and in the 1980s?')).citations.some((c) => /trade/i.test(c.quote))).toBe(false);
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
