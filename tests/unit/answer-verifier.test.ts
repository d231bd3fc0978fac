import { MockLanguageModelV4 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { withWriter } from '../../server/answer/answerer.ts';
import type { Draft, InvalidQuote } from '../../server/answer/extractive.ts';
import { itemOf } from '../../server/answer/item.ts';
import { render } from '../../server/answer/render.ts';
import { splitSentences, verifyProse } from '../../server/answer/verifier.ts';
import { createProseWriter } from '../../server/answer/writer.ts';
import type { Paragraph, Work } from '../../server/corpus/types.ts';
import { wholeParagraph, type RankedPassage } from '../../server/retrieval/rank.ts';

const P1 = 'Self-reliance means standing on one’s own feet, and we need this spirit more than anything else.';
const P2 = 'Of course, we are not opposed to aid from others; we would receive necessary assistance.';
const passages = [
  { n: 1, text: P1 },
  { n: 2, text: P2 },
];

describe('verifyProse', () => {
  it('keeps cited sentences whose quotes are verbatim in the cited passage', () => {
    const v = verifyProse('He said that “Self-reliance means standing on one’s own feet” [1]. He did not oppose “aid from others” [2].', passages);
    expect(v.kept).toBe(2);
    expect(v.removed).toEqual([]);
    expect(v.text).toBe('He said that “Self-reliance means standing on one’s own feet” [1]. He did not oppose “aid from others” [2].');
    expect(v.sources).toEqual([1, 2]);
    expect(v.quoted).toEqual(['Self-reliance means standing on one’s own feet', 'aid from others']);
  });

  it('removes a sentence with a fabricated quote', () => {
    const v = verifyProse('He called self-reliance “the only road to glory” [1]. He welcomed “necessary assistance” [2].', passages);
    expect(v.removed).toEqual([{ sentence: 'He called self-reliance “the only road to glory” [1].', reason: 'unverified-quote' }]);
    expect(v.text).toBe('He welcomed “necessary assistance” [1].');
    expect(v.sources).toEqual([2]);
  });

  it('removes a quote attributed to the wrong passage, and a marker pointing at no passage', () => {
    const v = verifyProse('“Self-reliance means standing on one’s own feet” [2]. Aid was welcome [7]. He accepted “necessary assistance” [2].', passages);
    expect(v.removed.map((r) => r.reason)).toEqual(['unverified-quote', 'unknown-citation']);
    expect(v.text).toBe('He accepted “necessary assistance” [1].');
  });

  it('removes uncited sentences and counts them', () => {
    const v = verifyProse('Self-reliance was the heart of his thought. He said it meant “standing on one’s own feet” [1].\n\nThis shows his genius.', passages);
    expect(v.removed.map((r) => r.reason)).toEqual(['uncited', 'uncited']);
    expect(v.kept).toBe(1);
    expect(v.text).toBe('He said it meant “standing on one’s own feet” [1].');
  });

  it('accepts a quote with an omission mark when its pieces appear in order', () => {
    const v = verifyProse('He said “Self-reliance means … more than anything else” [1].', passages);
    expect(v.kept).toBe(1);
    expect(v.quoted).toEqual(['Self-reliance means … more than anything else']);
  });

  it('removes a quote whose omission mark leaves nothing out', () => {
    const v = verifyProse('He said “we need this spirit … more than anything else” [1].', passages);
    expect(v.removed.map((r) => r.reason)).toEqual(['unverified-quote']);
  });

  it('does not split a sentence at a full stop inside a quotation', () => {
    expect(splitSentences('He said “We need it. We want it.” [1] Then he left [2].')).toEqual(['He said “We need it. We want it.” [1]', 'Then he left [2].']);
  });
});

// ---------- the LLM path with the AI SDK mock model ----------

const work: Work = { id: '1961-x', title: 'All efforts to attain the six goals', date: '1961-12-01', year: 1961, author: 'Kim Il Sung', file: 'f.txt' };
const para = (position: number, text: string): Paragraph => ({ id: `1961-x-p${position}`, workId: work.id, position, text });
const ranked = (paragraph: Paragraph): RankedPassage => wholeParagraph(paragraph, work);
const draft: Draft = {
  mode: 'answer',
  lead: [{ text: '2 passages from 1 work (1961):' }],
  primaryAuthor: 'Kim Il Sung',
  blocks: [{ kind: 'work', work, items: [ranked(para(1, P1)), ranked(para(2, P2))].map((p) => itemOf(p, [{ start: 0, end: p.paragraph.text.length }])) }],
};
const extractive = render('What is self-reliance?', draft);

const usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 20, text: 20, reasoning: undefined },
};
const scripted = (text: string) =>
  new MockLanguageModelV4({ doGenerate: async () => ({ content: [{ type: 'text', text }], finishReason: { unified: 'stop', raw: undefined }, usage, warnings: [] }) });

const quiet = { log: () => {}, report: (invalid: InvalidQuote) => expect.unreachable(`not verbatim: ${invalid.quote}`) };

describe('the optional LLM writer, verified', () => {
  it('returns verified prose with renumbered citations whose quotes are the spans it quoted', async () => {
    const model = scripted('Unsupported framing sentence. He said aid was acceptable: “we would receive necessary assistance” [2].');
    const out = await withWriter(createProseWriter(model, { timeoutMs: 5000 }), 'What is self-reliance?', draft, extractive, quiet);
    expect(out.answer).toBe('He said aid was acceptable: “we would receive necessary assistance” [1].');
    expect(out.citations).toHaveLength(1);
    const at = P2.indexOf('we would receive necessary assistance');
    expect(out.citations[0]).toMatchObject({ n: 1, passageId: '1961-x-p2', quote: 'we would receive necessary assistance', date: '1961-12-01', spans: [{ start: at, end: at + 37 }] });
    expect(out.structure).toEqual({ lead: [], groups: [], prose: out.answer });
    expect(out.verifier).toEqual({ removed: 1 });
    const prompt = JSON.stringify(model.doGenerateCalls[0]!.prompt);
    expect(prompt).toContain('[1] All efforts to attain the six goals (1 December 1961)');
    expect(prompt).toContain('necessary assistance');
  });

  it('falls back to the extractive answer when no sentence survives', async () => {
    const model = scripted('He called it “the only road to glory” [1]. It was everything [9]. Nothing else mattered.');
    const out = await withWriter(createProseWriter(model, { timeoutMs: 5000 }), 'q', draft, extractive, quiet);
    expect(out.answer).toBe(extractive.answer);
    expect(out.citations).toEqual(extractive.citations);
    expect(out.verifier).toEqual({ removed: 3, fallback: 'no sentence of the written answer survived verification' });
  });

  it('falls back with the reason when the provider fails', async () => {
    const model = new MockLanguageModelV4({
      doGenerate: async () => {
        throw new Error('401 invalid api key');
      },
    });
    const out = await withWriter(createProseWriter(model, { timeoutMs: 5000 }), 'q', draft, extractive, quiet);
    expect(out.answer).toBe(extractive.answer);
    expect(out.verifier).toEqual({ removed: 0, fallback: 'the language model failed' });
  });

  it('falls back when the provider does not answer within LLM_TIMEOUT_MS', async () => {
    const model = new MockLanguageModelV4({
      doGenerate: (options) =>
        new Promise((_, reject) => options.abortSignal?.addEventListener('abort', () => reject(options.abortSignal!.reason), { once: true })),
    });
    const out = await withWriter(createProseWriter(model, { timeoutMs: 50 }), 'q', draft, extractive, quiet);
    expect(out.verifier).toEqual({ removed: 0, fallback: 'the language model timed out' });
  });

  it('passes an aborted request on instead of answering', async () => {
    const controller = new AbortController();
    const model = new MockLanguageModelV4({
      doGenerate: (options) => {
        controller.abort();
        return new Promise((_, reject) => {
          if (options.abortSignal?.aborted) reject(options.abortSignal.reason);
          options.abortSignal?.addEventListener('abort', () => reject(options.abortSignal!.reason), { once: true });
        });
      },
    });
    await expect(withWriter(createProseWriter(model, { timeoutMs: 5000 }), 'q', draft, extractive, quiet, controller.signal)).rejects.toThrow();
  });
});
