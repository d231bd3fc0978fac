/** What gets embedded: each paragraph, each of its sentences, and each content word of the corpus vocabulary. */
import { createHash, hash as oneShotHash } from 'node:crypto';
import type { Corpus } from '../corpus/types.ts';
import { contentTokens, sentenceSpans } from '../retrieval/text.ts';

export type UnitKind = 'paragraph' | 'sentence' | 'word';

export interface EmbeddingUnit {
  /** `p:<paragraphId>`, `s:<paragraphId>:<n>` or `w:<word>`. */
  id: string;
  kind: UnitKind;
  text: string;
  /** The paragraph a paragraph or sentence unit belongs to. */
  paragraphId?: string;
  workId?: string;
}

export function paragraphUnitId(paragraphId: string): string {
  return `p:${paragraphId}`;
}
export function sentenceUnitId(paragraphId: string, n: number): string {
  return `s:${paragraphId}:${n}`;
}
export function wordUnitId(word: string): string {
  return `w:${word}`;
}

/** Corpus words worth a vector: alphabetic content words (numbers carry no meaning a word vector knows). */
export function corpusVocabulary(corpus: Corpus): string[] {
  const words = new Set<string>();
  const texts = [...corpus.paragraphs.map((p) => p.text), ...corpus.works.map((w) => w.title)];
  for (const text of texts) for (const t of contentTokens(text)) if (/^\p{L}[\p{L}']*$/u.test(t.word)) words.add(t.word);
  return [...words].sort();
}

export function embeddingUnits(corpus: Corpus): EmbeddingUnit[] {
  const units: EmbeddingUnit[] = [];
  for (const p of corpus.paragraphs) {
    units.push({ id: paragraphUnitId(p.id), kind: 'paragraph', text: p.text, paragraphId: p.id, workId: p.workId });
    sentenceSpans(p.text).forEach((span, n) =>
      units.push({
        id: sentenceUnitId(p.id, n),
        kind: 'sentence',
        text: p.text.slice(span.start, span.end),
        paragraphId: p.id,
        workId: p.workId,
      }),
    );
  }
  for (const word of corpusVocabulary(corpus)) units.push({ id: wordUnitId(word), kind: 'word', text: word });
  return units;
}

/** One-shot hashing: a Hash object per unit held native memory until GC (~60 MB of RSS at 400k units). */
export function contentHash(text: string): string {
  return oneShotHash('sha256', text, 'hex').slice(0, 24);
}

/** Changes whenever a work's metadata or any paragraph changes. */
export function corpusFingerprint(corpus: Corpus): string {
  const hash = createHash('sha256');
  for (const w of corpus.works) hash.update(JSON.stringify(w)).update('\n');
  for (const p of corpus.paragraphs) hash.update(JSON.stringify(p)).update('\n');
  return hash.digest('hex').slice(0, 32);
}
