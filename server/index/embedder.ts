/** The Embedder: texts → unit vectors through a transformers.js feature-extraction model, local or from the Hub. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { env, pipeline, type FeatureExtractionPipeline } from '@huggingface/transformers';
import { StartupError } from '../errors.ts';

export interface Embedder {
  /** e.g. 'glove-100d' or 'Xenova/bge-small-en-v1.5'. */
  readonly modelId: string;
  readonly dimensions: number;
  /** One vector per text, unit length; all zeros for a text with no word the model knows. */
  embed(texts: string[], kind: 'query' | 'passage'): Promise<Float32Array[]>;
}

export interface EmbedderOptions {
  /** The EMBEDDING_MODEL setting: a folder name under `modelsDir` or a Hugging Face Hub model id. */
  model: string;
  modelsDir: string;
  allowRemote: boolean;
}

interface ModelFamily {
  pattern: RegExp;
  queryPrefix: string;
  passagePrefix: string;
  pooling: 'mean' | 'cls';
}

const RETRIEVAL_INSTRUCTION = 'Represent this sentence for searching relevant passages: ';

/** Known model families' input conventions, from their model cards; anything else gets no prefix and mean pooling. */
const FAMILIES: readonly ModelFamily[] = [
  { pattern: /\bbge-(?:small|base|large)-en\b/i, queryPrefix: RETRIEVAL_INSTRUCTION, passagePrefix: '', pooling: 'cls' },
  { pattern: /snowflake-arctic-embed|mxbai-embed-large/i, queryPrefix: RETRIEVAL_INSTRUCTION, passagePrefix: '', pooling: 'cls' },
  { pattern: /\be5-(?:small|base|large)\b/i, queryPrefix: 'query: ', passagePrefix: 'passage: ', pooling: 'mean' },
  { pattern: /nomic-embed-text/i, queryPrefix: 'search_query: ', passagePrefix: 'search_document: ', pooling: 'mean' },
];

const DEFAULT_FAMILY: Omit<ModelFamily, 'pattern'> = { queryPrefix: '', passagePrefix: '', pooling: 'mean' };

export function modelFamily(modelId: string): Omit<ModelFamily, 'pattern'> {
  return FAMILIES.find((f) => f.pattern.test(modelId)) ?? DEFAULT_FAMILY;
}

const BATCH_SIZE = 32;

export async function createEmbedder(options: EmbedderOptions): Promise<Embedder> {
  const { model, modelsDir, allowRemote } = options;
  const localDir = path.join(modelsDir, model);
  const isLocal = !model.split(/[\\/]/).includes('..') && existsSync(path.join(localDir, 'config.json'));
  if (!isLocal && !allowRemote) {
    throw new StartupError(
      `EMBEDDING_MODEL "${model}" is not available: no model at ${localDir} (MODELS_DIR) and downloading from the ` +
        `Hugging Face Hub is off (ALLOW_REMOTE_MODELS=false). Use a model folder under MODELS_DIR, e.g. the default "glove-100d".`,
    );
  }
  env.allowLocalModels = true;
  env.localModelPath = modelsDir;
  env.allowRemoteModels = allowRemote;

  let extractor: FeatureExtractionPipeline;
  try {
    extractor = await pipeline('feature-extraction', model, { dtype: 'fp32' });
  } catch (err) {
    const tried = isLocal
      ? ` from the model folder ${localDir}`
      : `: no model folder at ${localDir} (MODELS_DIR), and the Hugging Face Hub download (ALLOW_REMOTE_MODELS=true) failed`;
    throw new StartupError(`EMBEDDING_MODEL "${model}" could not be loaded${tried}: ${firstLine(err)}`, { cause: err });
  }

  const family = modelFamily(model);
  const run = async (texts: string[]): Promise<Float32Array[]> => {
    if (family.pooling === 'mean') return meanPooled(extractor, texts);
    const output = await extractor(texts, { pooling: family.pooling, normalize: false });
    const [rows, dims] = output.dims as [number, number];
    const data = output.data as Float32Array;
    const vectors = Array.from({ length: rows }, (_, i) => unitCopy(data.subarray(i * dims, (i + 1) * dims)));
    output.dispose();
    return vectors;
  };
  const [probe] = await run(['dimension probe']);
  const dimensions = probe!.length;

  return {
    modelId: model,
    dimensions,
    async embed(texts, kind) {
      const prefix = kind === 'query' ? family.queryPrefix : family.passagePrefix;
      const vectors: Float32Array[] = [];
      for (let i = 0; i < texts.length; i += BATCH_SIZE) {
        vectors.push(...(await run(texts.slice(i, i + BATCH_SIZE).map((t) => prefix + t))));
      }
      return vectors;
    },
  };
}

interface TensorLike {
  dims: number[];
  data: ArrayLike<number | bigint>;
  dispose(): void;
}

/**
 * What the pipeline's `pooling: 'mean'` computes, bit for bit (each dimension summed over the unmasked tokens
 * in order, in double precision, then divided by their count), without its per-element BigInt conversions of
 * the attention mask, which took over half of the indexing time.
 */
async function meanPooled(extractor: FeatureExtractionPipeline, texts: string[]): Promise<Float32Array[]> {
  const inputs = extractor.tokenizer(texts, { padding: true, truncation: true }) as unknown as { attention_mask: TensorLike };
  const outputs = (await extractor.model(inputs as never)) as Record<string, TensorLike | undefined>;
  const hidden = (outputs['last_hidden_state'] ?? outputs['logits'] ?? outputs['token_embeddings'])!;
  const [rows, tokens, dims] = hidden.dims as [number, number, number];
  const data = hidden.data as Float32Array;
  const mask = inputs.attention_mask.data;
  const vectors: Float32Array[] = [];
  const sum = new Float64Array(dims);
  const mean = new Float32Array(dims);
  for (let r = 0; r < rows; r++) {
    sum.fill(0);
    let count = 0;
    for (let t = 0; t < tokens; t++) {
      if (Number(mask[r * tokens + t]) === 0) continue;
      count++;
      const base = (r * tokens + t) * dims;
      for (let k = 0; k < dims; k++) sum[k]! += data[base + k]!;
    }
    for (let k = 0; k < dims; k++) mean[k] = sum[k]! / count;
    vectors.push(unitCopy(mean));
  }
  for (const tensor of new Set(Object.values(outputs))) tensor?.dispose();
  return vectors;
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
