/** POST /api/answer over the real corpus: the response contract, and 400 JSON for bad input. */
import { describe, expect, it } from 'vitest';
import { AnswerResponse, ErrorResponse } from '../../server/contract.ts';
import { useRealApp } from '../support/app.ts';

const real = useRealApp();

const post = (body: string, type = 'application/json') => real.app.request('/api/answer', { method: 'POST', body, headers: { 'content-type': type } });

describe('POST /api/answer', () => {
  it('answers with markdown whose [n] markers match the citations', async () => {
    const res = await post(JSON.stringify({ question: 'What did Kim Il Sung say about the let-each-machine-tool-make-another movement?' }));
    expect(res.status).toBe(200);
    const body = AnswerResponse.parse(await res.json());
    expect(body.mode).toBe('answer');
    expect([...body.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]))).toEqual(body.citations.map((c) => c.n));
    expect(body.citations[0]!.quote).toContain('let-each-machine-tool-make-another');
    expect(body.citations[0]).toMatchObject({ date: '1969-07-01', year: 1969, pages: '8-16' });
  });

  it('returns the answer\'s structure as data: the lead, groups by work and items with their citation and spans', async () => {
    const res = await post(JSON.stringify({ question: 'What did Kim Il Sung say about foreign aid?' }));
    const body = AnswerResponse.parse(await res.json());
    const items = body.structure.groups.flatMap((g) => g.items);
    expect(items.map((i) => i.n)).toEqual(body.citations.map((c) => c.n));
    for (const item of items) expect(item.spans).toEqual(body.citations[item.n - 1]!.spans);
    for (const g of body.structure.groups) if (g.kind === 'work') expect(g.items.every((i) => body.citations[i.n - 1]!.workId === g.work.id)).toBe(true);
    expect(body.answer.startsWith(body.structure.lead.map((p) => (p.title ? `*${p.text}*` : p.text)).join(''))).toBe(true);
  });

  it('says what it searched for when it corrected a misspelt word of the question', async () => {
    const body = AnswerResponse.parse(await (await post(JSON.stringify({ question: 'What did he say about foreign aid and self-relaince?' }))).json());
    expect(body.mode).toBe('answer');
    expect(body.structure.readAs).toEqual([{ typed: 'self-relaince', read: 'self-reliance' }]);
  });

  it('applies the date filter and compare mode of the request', async () => {
    const res = await post(JSON.stringify({ question: 'self-reliance', from: '1980', to: '1993', mode: 'compare' }));
    const body = AnswerResponse.parse(await res.json());
    expect(body.mode).toBe('compare');
    expect(body.citations.length).toBeGreaterThan(1);
    expect(body.citations.every((c) => c.year! >= 1980)).toBe(true);
  });

  it.each([
    ['an empty question', JSON.stringify({ question: '   ' }), /question is empty/],
    ['a question over 2,000 characters', JSON.stringify({ question: 'x'.repeat(2001) }), /over 2000 characters/],
    ['malformed JSON', '{"question": ', /JSON/i],
    ['no question', JSON.stringify({ from: '1961' }), /question/],
    ['an impossible date', JSON.stringify({ question: 'trade', from: '1961-02-30' }), /calendar date/],
    // Told once what is wrong: the shape, not that it is no calendar date besides.
    ['a date of no known shape', JSON.stringify({ question: 'trade', from: 'abc' }), /^from: must be a year \(1967\) or an ISO date \(1967-12-16\)$/],
    ['an unknown mode', JSON.stringify({ question: 'trade', mode: 'poem' }), /mode/],
    ['a time that ends before it starts', JSON.stringify({ question: 'trade', from: '1990', to: '1960' }), /from \(1990\) is after to \(1960\)/],
    ['a work the corpus does not hold', JSON.stringify({ question: 'trade', work: 'no-such-work' }), /no work with id "no-such-work"/],
  ])('rejects %s with 400 JSON', async (_, body, message) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    const error = ErrorResponse.parse(await res.json());
    expect(error.error).toMatch(message);
  });

  it('refuses a body that is not JSON with 415 JSON', async () => {
    const res = await post('question=trade', 'application/x-www-form-urlencoded');
    expect(res.status).toBe(415);
    expect(ErrorResponse.safeParse(await res.json()).success).toBe(true);
  });

  it('refuses a body over 1 MB with 413 JSON', async () => {
    const res = await post(JSON.stringify({ question: 'trade', padding: 'x'.repeat(1024 * 1024) }));
    expect(res.status).toBe(413);
    expect(ErrorResponse.parse(await res.json()).code).toBe('payload_too_large');
  });
});
