/**
 * Bench of POST /api/check: a 1,000-word essay with 10 quotations (exact ones, one-word changes, a wrong
 * year) and sentences restating passages in other words' order, checked in process; target ≤ 2 s on 2 cores.
 * And the worst case for placing a quotation's pieces: one word repeated around omission marks, against a long
 * paragraph full of it.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { buildQuoteIndex } from '../server/check/corpus-index.ts';
import { matchQuotation } from '../server/check/match.ts';
import type { Corpus, Paragraph, Work } from '../server/corpus/types.ts';
import { sentenceSpans } from '../server/retrieval/text.ts';
import { summarize, timeEach, type LatencySummary } from './stats.ts';

export const CHECK_TARGET_MS = 2000;

/** A deterministic essay from the corpus: ten quoted sentence openings spread over the works, prose in between. */
export function benchEssay(corpus: Corpus, words = 1000, quotations = 10): string {
  const sentences = corpus.paragraphs.flatMap((p) =>
    sentenceSpans(p.text).map((s) => ({ text: p.text.slice(s.start, s.end), year: corpus.works.find((w) => w.id === p.workId)?.year ?? null })),
  );
  const long = sentences.filter((s) => s.text.split(' ').length >= 14);
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const s = long[(i * 37) % long.length]!;
    const w = s.text.replace(/["“”]/g, '').split(' ');
    if (i % 4 === 0 && i / 4 < quotations) {
      const quote = w.slice(0, 14);
      if ((i / 4) % 2 === 1) quote.splice(6, 1);
      parts.push(`In ${s.year ?? 'one text'}, Kim Il Sung wrote that “${quote.join(' ')}”.`);
    } else {
      // Prose: the sentence's words in another order, as an essay restates a passage.
      const prose = [...w.slice(8, 16), ...w.slice(0, 8)].join(' ').replace(/[.;:,]+$/, '');
      parts.push(`${prose.charAt(0).toUpperCase()}${prose.slice(1)}.`);
    }
    count = parts.join(' ').split(/\s+/).length;
  }
  return parts.join(' ');
}

export async function benchCheck(app: OpenAPIHono, corpus: Corpus, rounds: number): Promise<{ words: number; claims: number; latency: LatencySummary; targetMs: number }> {
  const text = benchEssay(corpus);
  const post = async () => {
    const res = await app.request('/api/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
    return (await res.json()) as { claims: unknown[] };
  };
  const { claims } = await post();
  const latency = summarize(await timeEach(Array.from({ length: rounds }, () => text), 1, post));
  console.error(`bench: check: ${text.split(/\s+/).length} words, ${claims.length} claims: p50 ${latency.p50} ms, max ${latency.max} ms (target ≤ ${CHECK_TARGET_MS} ms)`);
  return { words: text.split(/\s+/).length, claims: claims.length, latency, targetMs: CHECK_TARGET_MS };
}

/**
 * "the … the … the … zebra" against a paragraph of 400 words with "the" every other word: each piece could stand
 * at many places, and the last nowhere. Tried naively, the places multiply (six pieces did not finish in two
 * minutes); each (piece, offset) tried once, they add up.
 */
export function benchRepeatedPieces(): { pieces: number; ms: number }[] {
  const work: Work = { id: 'bench', title: 'Bench', date: null, year: null, author: 'Bench', file: 'bench.txt' };
  const text = `${Array.from({ length: 200 }, (_, i) => `the w${i}`).join(' ')}.`;
  const paragraph: Paragraph = { id: 'bench-p1', workId: work.id, position: 1, text };
  const index = buildQuoteIndex([work], [paragraph]);
  const times = [6, 12, 24].map((pieces) => {
    const quotation = [...Array<string>(pieces).fill('the'), 'zebra'].join(' … ');
    const started = performance.now();
    matchQuotation(index, quotation);
    return { pieces, ms: Math.round((performance.now() - started) * 10) / 10 };
  });
  console.error(`bench: check, a word repeated around omission marks: ${times.map((t) => `${t.pieces} pieces ${t.ms} ms`).join(', ')}`);
  return times;
}
