/** The Embedder: texts → unit vectors through a transformers.js sentence-embedding model, local or from the Hub. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AutoModel, AutoTokenizer, env, type PreTrainedModel, type PreTrainedTokenizer } from '@huggingface/transformers';
import { StartupError } from '../errors.ts';
import { modelDigest } from './model-digest.ts';

export interface Embedder {
  /** e.g. 'bge-small-en-v1.5' (a folder under MODELS_DIR) or 'Xenova/bge-small-en-v1.5' (a Hub id). */
  readonly modelId: string;
  /** What makes its vectors (files, precision, prompts, pooling): `modelDigest`. */
  readonly modelDigest: string;
  readonly dimensions: number;
  /** The longest passage, in tokens, the model reads whole; longer passages are refused, never cut. */
  readonly maxTokens: number;
  /** One unit-length vector per text. */
  embed(texts: string[], kind: 'query' | 'passage'): Promise<Float32Array[]>;
  /**
   * For each passage, its vector and then one per part (a span of its text), from one run of the model: a part's
   * vector pools its own tokens as read in the passage (late chunking), which costs no run of its own. With CLS
   * pooling, or where a part's tokens cannot be told apart from its neighbours', the part is embedded alone.
   */
  embedParts(passages: readonly PassageParts[]): Promise<Float32Array[][]>;
  /**
   * For each passage, the unit-length states of its own tokens (neither the prompt's nor the special tokens), row after
   * row (`dimensions` each), then each part's: its own tokens' rows as read in the passage (a view of the passage's),
   * or, where its tokens cannot be told apart from its neighbours', the part read alone. What a late-interaction score
   * compares token by token (`token-match.ts`). A passage over the model's limit is refused.
   */
  tokenVectors(passages: readonly PassageParts[]): Promise<Float32Array[][]>;
  /** A query's vector (`embed`) and its own tokens' states (as `tokenVectors` gives a passage's), from one run of the model; cut at the model's limit. */
  embedQuery(text: string): Promise<EmbeddedQuery>;
}

export interface EmbeddedQuery {
  vector: Float32Array;
  tokens: Float32Array;
}

/** A passage and the spans of it (offsets into `text`) that get vectors of their own. */
export interface PassageParts {
  text: string;
  parts: readonly { start: number; end: number }[];
}

export interface EmbedderOptions {
  /** The EMBEDDING_MODEL setting: a folder name under `modelsDir` or a Hugging Face Hub model id. */
  model: string;
  modelsDir: string;
  allowRemote: boolean;
  /** onnxruntime's intra-op threads for this model (default: its own choice, one per core). */
  threads?: number;
}

/** How a model expects its input: a prefix for queries and for passages, and how token vectors become one. */
export interface InputConvention {
  prompts: { query: string; passage: string };
  pooling: 'mean' | 'cls';
}

const RETRIEVAL_INSTRUCTION = 'Represent this sentence for searching relevant passages: ';

/** Input conventions of known model families, from their model cards: for Hub ids, whose folders are not read here. */
const FAMILIES: readonly (InputConvention & { pattern: RegExp })[] = [
  { pattern: /\bbge-(?:small|base|large)-en\b/i, prompts: { query: RETRIEVAL_INSTRUCTION, passage: '' }, pooling: 'cls' },
  { pattern: /\be5-(?:small|base|large)\b/i, prompts: { query: 'query: ', passage: 'passage: ' }, pooling: 'mean' },
];

const PLAIN: InputConvention = { prompts: { query: '', passage: '' }, pooling: 'mean' };

/**
 * A local folder says how it is used in the sentence-transformers files beside the weights
 * (`1_Pooling/config.json`, `config_sentence_transformers.json`); a Hub id by its family, else plain mean pooling.
 */
export function inputConvention(model: string, localDir: string | null): InputConvention {
  const family = FAMILIES.find((f) => f.pattern.test(model));
  const fallback = family ? { prompts: family.prompts, pooling: family.pooling } : PLAIN;
  if (!localDir) return fallback;
  const read = (file: string) => {
    const full = path.join(localDir, file);
    return existsSync(full) ? (JSON.parse(readFileSync(full, 'utf8')) as Record<string, unknown>) : null;
  };
  const pooling = read(path.join('1_Pooling', 'config.json'));
  const st = read('config_sentence_transformers.json');
  const prompts = (st?.['prompts'] ?? {}) as Partial<Record<'query' | 'passage', string>>;
  return {
    pooling: pooling ? (pooling['pooling_mode_cls_token'] ? 'cls' : 'mean') : fallback.pooling,
    prompts: st ? { query: prompts.query ?? '', passage: prompts.passage ?? '' } : fallback.prompts,
  };
}


export async function createEmbedder(options: EmbedderOptions): Promise<Embedder> {
  const { model, modelsDir, allowRemote } = options;
  const localDir = path.join(modelsDir, model);
  const isLocal = !model.split(/[\\/]/).includes('..') && existsSync(path.join(localDir, 'config.json'));
  if (!isLocal && !allowRemote) {
    throw new StartupError(
      `EMBEDDING_MODEL "${model}" is not available: no model at ${localDir} (MODELS_DIR) and downloading from the ` +
        `Hugging Face Hub is off (ALLOW_REMOTE_MODELS=false). Use a model folder under MODELS_DIR, e.g. the default "e5-small-v2".`,
    );
  }
  env.allowLocalModels = true;
  env.localModelPath = modelsDir;
  env.allowRemoteModels = allowRemote;

  // A folder holding only the int8 weights is loaded as such; anything else as full precision.
  const dtype = isLocal && !existsSync(path.join(localDir, 'onnx', 'model.onnx')) ? 'q8' : 'fp32';
  const convention = inputConvention(model, isLocal ? localDir : null);
  // Settled together: one failing must not leave the model's native session loading while the process exits on the
  // error (onnxruntime then aborted it, killing the process by a signal instead of exit code 1, now and then).
  const [tokenizerLoad, networkLoad, digestLoad] = await Promise.allSettled([
    AutoTokenizer.from_pretrained(model),
    AutoModel.from_pretrained(model, { dtype, ...(options.threads ? { session_options: { intraOpNumThreads: options.threads } } : {}) }),
    modelDigest({ localDir: isLocal ? localDir : null, dtype, convention }),
  ]);
  if (tokenizerLoad.status === 'rejected' || networkLoad.status === 'rejected' || digestLoad.status === 'rejected') {
    if (networkLoad.status === 'fulfilled') await networkLoad.value.dispose();
    const err: unknown = [tokenizerLoad, networkLoad, digestLoad].find((load) => load.status === 'rejected')!.reason;
    const tried = isLocal
      ? ` from the model folder ${localDir}`
      : `: no model folder at ${localDir} (MODELS_DIR), and the Hugging Face Hub download (ALLOW_REMOTE_MODELS=true) failed`;
    throw new StartupError(`EMBEDDING_MODEL "${model}" could not be loaded${tried}: ${firstLine(err)}`, { cause: err });
  }
  const [tokenizer, network, digest]: [PreTrainedTokenizer, PreTrainedModel, string] = [tokenizerLoad.value, networkLoad.value, digestLoad.value];
  const maxTokens = Math.min(512, Number(tokenizer.model_max_length) || 512);

  /** A passage is tokenized whole (to be refused if too long), a query cut at the model's limit. */
  const tokenized = (text: string, cut: boolean) => tokenizer(text, cut ? { truncation: true, max_length: maxTokens } : {}) as ModelInputs;
  const encode = (text: string) => tokenizer.encode(text, { add_special_tokens: false }) as number[];
  const refuseTooLong = (inputs: ModelInputs, text: string) => {
    if (inputs.input_ids.dims[1]! > maxTokens) throw new Error(`a passage is longer than the model's ${maxTokens} tokens and would be cut: "${text.slice(0, 80)}…"`);
  };
  // One text per run: the int8 model quantizes activations per run, so padding a text into a batch would
  // change its vector (cosine ~0.996); alone, a text always gets the same vector, and as fast (measured).
  const withStates = async <T,>(inputs: ModelInputs, use: (hidden: TensorLike) => Promise<T> | T): Promise<T> => {
    const outputs = (await network(inputs)) as Record<string, TensorLike | undefined>;
    try {
      return await use((outputs['last_hidden_state'] ?? outputs['token_embeddings'])!);
    } finally {
      for (const tensor of new Set(Object.values(outputs))) tensor?.dispose();
    }
  };
  const run = (inputs: ModelInputs) => withStates(inputs, (hidden) => pooled(hidden, convention.pooling));
  const probe = await run(tokenized('dimension probe', true));
  const dimensions = probe.length;
  const passagePrompt = convention.prompts.passage;
  const promptTokens = { query: encode(convention.prompts.query).length, passage: encode(passagePrompt).length };
  /** Where a part's tokens lie in its passage's input ids (`tokenRange`). */
  const partTokens = (inputs: ModelInputs, text: string, part: { start: number; end: number }) =>
    tokenRange(inputs.input_ids.data, encode(passagePrompt + text.slice(0, part.start)), encode(passagePrompt + text.slice(0, part.end)));
  /** The states of a text's own tokens in its run: after [CLS] and the prompt, before [SEP]. */
  const ownTokens = (hidden: TensorLike, kind: 'query' | 'passage') => unitRows(hidden, 1 + promptTokens[kind], hidden.dims[1]! - 1);

  return {
    modelId: model,
    modelDigest: digest,
    dimensions,
    maxTokens,
    async embed(texts, kind) {
      const inputs = texts.map((t) => tokenized(convention.prompts[kind] + t, kind === 'query'));
      inputs.forEach((input, i) => refuseTooLong(input, texts[i]!));
      const vectors: Float32Array[] = [];
      for (const input of inputs) vectors.push(await run(input));
      return vectors;
    },
    async embedParts(passages) {
      const out: Float32Array[][] = [];
      for (const { text, parts } of passages) {
        const inputs = tokenized(passagePrompt + text, false);
        refuseTooLong(inputs, text);
        const alone: number[] = [];
        const vectors = await withStates(inputs, (hidden) => [
          pooled(hidden, convention.pooling),
          ...parts.map((part, i) => {
            const range = convention.pooling === 'mean' ? partTokens(inputs, text, part) : null;
            if (!range) alone.push(i);
            return range ? meanOfTokens(hidden, range) : new Float32Array(0);
          }),
        ]);
        for (const i of alone) vectors[i + 1] = await run(tokenized(passagePrompt + text.slice(parts[i]!.start, parts[i]!.end), false));
        out.push(vectors);
      }
      return out;
    },
    async tokenVectors(passages) {
      const out: Float32Array[][] = [];
      const statesOf = (inputs: ModelInputs) => withStates(inputs, (hidden) => ownTokens(hidden, 'passage'));
      // A part's range counts from [CLS]; the passage's own states start after it and the prompt.
      const first = 1 + promptTokens.passage;
      for (const { text, parts } of passages) {
        const inputs = tokenized(passagePrompt + text, false);
        refuseTooLong(inputs, text);
        const own = await statesOf(inputs);
        const states = [own];
        for (const part of parts) {
          const range = partTokens(inputs, text, part);
          states.push(range ? own.subarray((range.start - first) * dimensions, (range.end - first) * dimensions) : await statesOf(tokenized(passagePrompt + text.slice(part.start, part.end), false)));
        }
        out.push(states);
      }
      return out;
    },
    embedQuery(text) {
      return withStates(tokenized(convention.prompts.query + text, true), (hidden) => ({ vector: pooled(hidden, convention.pooling), tokens: ownTokens(hidden, 'query') }));
    },
  };
}

/** The token states in [start, end) of a one-text run, each scaled to unit length, row after row. */
function unitRows(hidden: TensorLike, start: number, end: number): Float32Array {
  const dims = hidden.dims[2]!;
  const data = hidden.data as Float32Array;
  const out = new Float32Array(Math.max(0, end - start) * dims);
  for (let t = start; t < end; t++) out.set(unitCopy(data.subarray(t * dims, (t + 1) * dims)), (t - start) * dims);
  return out;
}

/**
 * Where a part's tokens lie in a passage's input ids ([CLS] first): between the tokens of the text before it and
 * those of the text through it, when both tokenize as prefixes of the whole; null when they do not (a cut that
 * would split a word's pieces).
 */
export function tokenRange(ids: ArrayLike<number | bigint>, before: readonly number[], through: readonly number[]): { start: number; end: number } | null {
  if (through.length <= before.length || 1 + through.length > ids.length) return null;
  for (let i = 0; i < through.length; i++) {
    if (Number(ids[1 + i]) !== through[i] || (i < before.length && before[i] !== through[i])) return null;
  }
  return { start: 1 + before.length, end: 1 + through.length };
}

/** The unit mean of the token states in [start, end) of a one-text run (summed in double precision). */
function meanOfTokens(hidden: TensorLike, { start, end }: { start: number; end: number }): Float32Array {
  const dims = hidden.dims[2]!;
  const data = hidden.data as Float32Array;
  const sum = new Float64Array(dims);
  for (let t = start; t < end; t++) for (let k = 0; k < dims; k++) sum[k]! += data[t * dims + k]!;
  return unitCopy(sum);
}

interface TensorLike {
  dims: number[];
  data: ArrayLike<number | bigint>;
  dispose(): void;
}

/** What the tokenizer gives the model for one text. */
interface ModelInputs {
  input_ids: TensorLike;
  attention_mask: TensorLike;
}

/**
 * The vector of a one-text run: its first ([CLS]) token's state, or the mean of all its token states (a text run
 * alone has no padding to mask). Written out rather than the pipeline's pooling, whose per-element BigInt
 * conversions of the attention mask took over half of the indexing time.
 */
function pooled(hidden: TensorLike, pooling: 'mean' | 'cls'): Float32Array {
  const [, tokens, dims] = hidden.dims as [number, number, number];
  return pooling === 'cls' ? unitCopy((hidden.data as Float32Array).subarray(0, dims)) : meanOfTokens(hidden, { start: 0, end: tokens });
}

/** A fresh unit-length copy of `v` (never a view into the runtime's tensor); zeros when `v` has no direction. */
export function unitCopy(v: ArrayLike<number>): Float32Array {
  const out = new Float32Array(v.length);
  let norm = 0;
  for (let i = 0; i < v.length; i++) norm += v[i]! * v[i]!;
  norm = Math.sqrt(norm);
  if (!(norm > 0) || !Number.isFinite(norm)) return out;
  for (let i = 0; i < v.length; i++) out[i] = v[i]! / norm;
  return out;
}

function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0]!.slice(0, 300);
}
