/**
 * Seeded stand-in vectors for scale runs: each text's vector is drawn from a PRNG seeded by the text's hash
 * (unit length, the real model's id and size), so a 100k-paragraph index builds in minutes rather than the
 * hours a transformer would take. The cost of storing and searching vectors does not depend on what they mean;
 * questions are still embedded by the real model.
 */
import { hash } from 'node:crypto';
import type { Embedder } from '../server/index/embedder.ts';
import { prng } from './synthetic.ts';

export function seededVector(text: string, dimensions: number): Float32Array {
  const random = prng(Number.parseInt(hash('sha256', text, 'hex').slice(0, 8), 16));
  const v = new Float32Array(dimensions);
  let norm = 0;
  for (let i = 0; i < dimensions; i++) norm += (v[i] = random() * 2 - 1) ** 2;
  for (let i = 0; i < dimensions; i++) v[i]! /= Math.sqrt(norm);
  return v;
}

/**
 * `model` with its passage vectors replaced by seeded ones (queries too: only an index is built with it). It keeps
 * the model's name and digest: the index it builds is then served by the model itself, as at scale.
 */
export function withSeededVectors(model: Embedder): Embedder {
  return {
    modelId: model.modelId,
    modelDigest: model.modelDigest,
    dimensions: model.dimensions,
    maxTokens: model.maxTokens,
    embed: async (texts) => texts.map((t) => seededVector(t, model.dimensions)),
    embedParts: async (passages) =>
      passages.map(({ text, parts }) => {
        const seed = hash('sha256', text, 'hex');
        return [text, ...parts.map((p) => `${seed}:${p.start}:${p.end}`)].map((t) => seededVector(t, model.dimensions));
      }),
    tokenVectors: (passages) => model.tokenVectors(passages),
    embedQuery: (text) => model.embedQuery(text),
  };
}
