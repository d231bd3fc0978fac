import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MODEL } from '../../server/config.ts';
import { loadCorpus } from '../../server/corpus/load.ts';
import type { Corpus } from '../../server/corpus/types.ts';
import { createEmbedder, type Embedder } from '../../server/index/embedder.ts';
import { openIndex } from '../../server/index/build.ts';
import { paragraphWindows } from '../../server/index/units.ts';
import { createRetriever } from '../../server/retrieval/retriever.ts';
import { indexCopy } from '../support/deps.ts';
import { sentenceSpans } from '../../server/retrieval/text.ts';
import { maxSimOfParts, type TokenScores } from '../../server/retrieval/token-match.ts';
import { createTokenMatcher } from '../../server/retrieval/token-matcher.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('the late-interaction score on the real corpus and model', () => {
  let corpus: Corpus;
  let embedder: Embedder;
  /** The texts the model was asked to read, as queries and as passages. */
  const read: { query: string[]; passage: string[] } = { query: [], passage: [] };
  /** How many passages each run of the model for passages was asked to read. */
  const runs: number[] = [];
  let counted: Embedder;
  beforeAll(async () => {
    corpus = await loadCorpus(path.join(root, 'corpus'));
    embedder = await createEmbedder({ model: DEFAULT_MODEL, modelsDir: path.join(root, 'embeddings', 'models'), allowRemote: false });
    counted = {
      ...embedder,
      tokenVectors: (passages) => (runs.push(passages.length), read.passage.push(...passages.map((p) => p.text)), embedder.tokenVectors(passages)),
      embedQuery: (text) => (read.query.push(text), embedder.embedQuery(text)),
    };
  });
  const clear = () => ((read.query.length = 0), (read.passage.length = 0), (runs.length = 0));
  /** A question's tokens' states, as the retriever has them, read through the counted model. */
  const asQuery = (question: string) => () => counted.embedQuery(question).then(({ tokens }) => tokens);
  const paragraphHolding = (words: string) => corpus.paragraphs.findIndex((p) => p.text.includes(words));

  it('scores the passage a paraphrase restates above passages on other topics', async () => {
    const matcher = createTokenMatcher(embedder, corpus.paragraphs);
    const restated = paragraphHolding('becomes a political satellite of other countries');
    const others = ['fertili', 'tractors', 'spindles'].map(paragraphHolding);
    expect([restated, ...others].every((p) => p >= 0)).toBe(true);
    const [mine, ...theirs] = await matcher.scores('nation leans others economy ends up client state', asQuery('nation leans others economy ends up client state'), [restated, ...others]);
    for (const score of theirs) expect(mine!.paragraph).toBeGreaterThan(score!.paragraph);
  });

  it('scores each sentence of a paragraph, the one a paraphrase restates first, as read in the paragraph', async () => {
    const matcher = createTokenMatcher(embedder, corpus.paragraphs);
    const p = paragraphHolding('becomes a political satellite of other countries');
    const text = corpus.paragraphs[p]!.text;
    const sentences = sentenceSpans(text);
    const question = 'nation leans others economy ends up client state';
    const [{ paragraph, sentences: scores }] = (await matcher.scores(question, asQuery(question), [p])) as [TokenScores];
    expect(scores).toHaveLength(sentences.length);
    const best = scores.indexOf(Math.max(...scores));
    expect(text.slice(sentences[best]!.start, sentences[best]!.end)).toContain('political satellite');
    // The paragraph's score is each token's best over all its tokens: no sentence's is above it.
    expect(Math.max(...scores)).toBeLessThanOrEqual(paragraph + 1e-6);
    // A sentence is read with its neighbours, not alone.
    const alone = await embedder.tokenVectors([{ text: text.slice(sentences[best]!.start, sentences[best]!.end), parts: [] }]);
    expect(scores[best]).not.toBeCloseTo(maxSimOfParts((await embedder.embedQuery(question)).tokens, [], alone[0]!, embedder.dimensions).passage, 6);
  });

  it('reads a paragraph once, in its windows, and a question once', async () => {
    const matcher = createTokenMatcher(counted, corpus.paragraphs);
    const long = corpus.paragraphs.reduce((a, p, i) => (p.text.length > corpus.paragraphs[a]!.text.length ? i : a), 0);
    const some = [long, 3, 5];
    clear();
    expect(matcher.known('independent national economy', some)).toBeNull();
    const first = await matcher.scores('independent national economy', asQuery('independent national economy'), some);
    expect(matcher.known('independent national economy', some)).toEqual(first);
    expect(matcher.known('independent national economy', [...some, 7])).toBeNull();
    expect(read.query).toEqual(['independent national economy']);
    // The longest paragraph is read in windows of whole sentences, none of them its whole text.
    expect(read.passage.length).toBeGreaterThan(some.length);
    expect(read.passage.every((text) => corpus.paragraphs.some((p) => p.text.includes(text)))).toBe(true);
    clear();
    expect(await matcher.scores('independent national economy', asQuery('independent national economy'), some)).toEqual(first);
    expect(read).toEqual({ query: [], passage: [] });
    await matcher.scores('foreign trade', asQuery('foreign trade'), [5, 7]);
    expect(read.query).toEqual(['foreign trade']);
    expect(read.passage).toEqual([corpus.paragraphs[7]!.text]);
  });

  it("scores a paragraph over its windows' tokens when its sentences' states are not views of them (read alone)", async () => {
    // Sentences' states that are not the windows' (here zeros, as a stand-in for a reading of their own).
    const apart: Embedder = { ...embedder, tokenVectors: async (passages) => (await embedder.tokenVectors(passages)).map(([own, ...parts]) => [own!, ...parts.map((p) => new Float32Array(p.length))]) };
    const question = 'independent national economy';
    const some = [3, 5, 7];
    const [asRead, readApart] = [await createTokenMatcher(embedder, corpus.paragraphs).scores(question, asQuery(question), some), await createTokenMatcher(apart, corpus.paragraphs).scores(question, asQuery(question), some)];
    readApart.forEach((scores, i) => {
      expect(scores.paragraph).toBeCloseTo(asRead[i]!.paragraph, 6);
      expect(scores.sentences.every((s) => s === 0)).toBe(true);
    });
  });

  it('reads every paragraph ahead, a few per run, when it keeps them all; then a new question reads none', async () => {
    const matcher = createTokenMatcher(counted, corpus.paragraphs);
    clear();
    expect(await matcher.readAll()).toBe(corpus.paragraphs.length);
    const windows = corpus.paragraphs.flatMap((p) => paragraphWindows(p.text).map((w) => w.text));
    expect(read.passage).toEqual(windows);
    expect(read.query).toEqual([]);
    // Four paragraphs a run: a question asked meanwhile waits for one such run, not for all of them.
    expect(runs).toHaveLength(Math.ceil(corpus.paragraphs.length / 4));
    clear();
    await matcher.scores('rice farming in the mountains', asQuery('rice farming in the mountains'), [0, 50, 100, 150, 200]);
    expect(read).toEqual({ query: ['rice farming in the mountains'], passage: [] });
    // One paragraph more than it keeps: nothing read ahead.
    const words = corpus.paragraphs.reduce((n, p) => n + p.text.split(/\s+/).filter(Boolean).length, 0);
    clear();
    expect(await createTokenMatcher(counted, corpus.paragraphs, { questions: 1, paragraphWords: words - 1 }).readAll()).toBe(0);
    expect(read.passage).toEqual([]);
  });

  it("reads ahead after the searches under way: a question's model runs go first", async () => {
    const index = indexCopy();
    try {
      const opened = await openIndex({ dir: index.dir, corpus, embedder, log: () => {} });
      const retriever = createRetriever(corpus, opened.serving, counted);
      clear();
      const searched = retriever.search('How did the guerrillas obtain their weapons?', {}, 5);
      const readingAhead = retriever.readAhead();
      await searched;
      // The search's 30 candidates in one run, before any run of four paragraphs read ahead.
      expect(runs[0]).toBeGreaterThanOrEqual(30);
      expect(await readingAhead).toBe(corpus.paragraphs.length);
    } finally {
      index.remove();
    }
  });

  it('reads a paragraph again once more words than its limit were read after it', async () => {
    const matcher = createTokenMatcher(counted, corpus.paragraphs, { questions: 1, paragraphWords: corpus.paragraphs[3]!.text.split(/\s+/).length });
    await matcher.scores('trade', asQuery('trade'), [3]);
    await matcher.scores('trade', asQuery('trade'), [4]);
    clear();
    await matcher.scores('aid', asQuery('aid'), [3]);
    expect(read).toEqual({ query: ['aid'], passage: [corpus.paragraphs[3]!.text] });
  });
});
