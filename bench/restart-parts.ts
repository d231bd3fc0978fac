/**
 * What binary files would save at restart and in memory, measured on a prepared corpus: the lexical indexes
 * rebuilt from text vs read back from their binary blocks, and the dense scan of the paragraph windows over
 * float32 vs int8 vectors (size of windows + sentence pieces, time per question), and sign bits as a first pass
 * with int8 rescoring of the best RESCORE rows (time, and how many of the exact top 100 it keeps).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { binaryCodes, quantizeRows } from '../server/index/compact.ts';
import { compactCosineRows, compactCosineScores, cosineScores, nearestBySigns, type VectorMatrix } from '../server/retrieval/dense.ts';
import { buildLexicalIndex, decodeLexicalIndex, encodeLexicalIndex } from '../server/retrieval/lexical.ts';
import type { PreparedCorpus } from '../server/retrieval/prepare.ts';
import { tokenize } from '../server/retrieval/text.ts';
import { summarize, type LatencySummary } from './stats.ts';

const seconds = (since: number) => Math.round((performance.now() - since) / 10) / 100;
const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

export interface RestartParts {
  lexicalBuildSeconds: number;
  lexicalReadSeconds: number;
  lexicalMB: number;
  vectorsFloatMB: number;
  vectorsInt8MB: number;
  scanFloatMs: LatencySummary;
  scanInt8Ms: LatencySummary;
  binaryMB: number;
  scanBinaryRescoreMs: LatencySummary;
  binaryRecallAt100: number;
}

const RESCORE = 2000;

/** Row indexes of the `k` highest scores. */
function topRows(scores: Float32Array, rows: ArrayLike<number> | null, k: number): number[] {
  const order = Array.from(scores.keys()).sort((a, b) => scores[b]! - scores[a]!);
  return order.slice(0, k).map((i) => (rows ? rows[i]! : i));
}

export async function measureRestartParts(prepared: PreparedCorpus, queries: readonly Float32Array[], dir: string): Promise<RestartParts> {
  let started = performance.now();
  const terms = (text: string) => tokenize(text).map((t) => t.term);
  buildLexicalIndex(prepared.paragraphs.map((p) => terms(p.text)));
  buildLexicalIndex(prepared.sentences.map((s) => terms(prepared.paragraphs[s.paragraph]!.text.slice(s.span.start, s.span.end))));
  const lexicalBuildSeconds = seconds(started);

  const files = [path.join(dir, 'paragraphs.lex'), path.join(dir, 'sentences.lex')];
  const blocks = [encodeLexicalIndex(prepared.paragraphLexical), encodeLexicalIndex(prepared.sentenceLexical)];
  await Promise.all(files.map((f, i) => writeFile(f, blocks[i]!)));
  started = performance.now();
  for (const f of files) decodeLexicalIndex(await readFile(f));
  const lexicalReadSeconds = seconds(started);

  const matrices: VectorMatrix[] = [prepared.windows.matrix, prepared.pieces.matrix];
  const compact = matrices.map((m) => quantizeRows(m.data, m.dimensions));
  const time = (score: (q: Float32Array) => unknown) =>
    queries.map((q) => {
      const t = performance.now();
      score(q);
      return performance.now() - t;
    });
  const signs = binaryCodes(matrices[0]!.data, matrices[0]!.dimensions);
  const binaryThenInt8 = (q: Float32Array) => {
    const candidates = nearestBySigns(signs, q, RESCORE);
    return topRows(compactCosineRows(compact[0]!, candidates, q), candidates, 100);
  };
  let kept = 0;
  for (const q of queries) {
    const exact = new Set(topRows(cosineScores(matrices[0]!, q), null, 100));
    kept += binaryThenInt8(q).filter((r) => exact.has(r)).length;
  }
  time((q) => cosineScores(matrices[0]!, q)); // warm-up
  time((q) => compactCosineScores(compact[0]!, q));
  time(binaryThenInt8);
  return {
    lexicalBuildSeconds,
    lexicalReadSeconds,
    lexicalMB: mib(blocks.reduce((n, b) => n + b.byteLength, 0)),
    vectorsFloatMB: mib(matrices.reduce((n, m) => n + m.data.byteLength, 0)),
    vectorsInt8MB: mib(compact.reduce((n, c) => n + c.codes.byteLength + c.scales.byteLength, 0)),
    scanFloatMs: summarize(time((q) => cosineScores(matrices[0]!, q))),
    scanInt8Ms: summarize(time((q) => compactCosineScores(compact[0]!, q))),
    binaryMB: mib(signs.bits.byteLength),
    scanBinaryRescoreMs: summarize(time(binaryThenInt8)),
    binaryRecallAt100: Math.round((kept / (queries.length * 100)) * 1000) / 1000,
  };
}
