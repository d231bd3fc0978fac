/** Environment configuration, parsed once at startup with zod; every problem is listed in one error. */
import path from 'node:path';
import { z } from 'zod';

export const DEFAULT_MODEL = 'e5-small-v2';

const rootDir = path.resolve(import.meta.dirname, '..');

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  CORPUS_DIR: z.string().min(1).default(path.join(rootDir, 'corpus')),
  INDEX_DIR: z.string().min(1).default(path.join(rootDir, '.index')),
  MODELS_DIR: z.string().min(1).default(path.join(rootDir, 'embeddings', 'models')),
  WEB_DIST_DIR: z.string().min(1).default(path.join(rootDir, 'web', 'dist')),
  EMBEDDING_MODEL: z.string().trim().min(1).default(DEFAULT_MODEL),
  /** Let transformers.js download EMBEDDING_MODEL from the Hugging Face Hub when it is not under MODELS_DIR. */
  ALLOW_REMOTE_MODELS: z.stringbool().default(true),
  /** Comma-separated origins allowed by CORS; empty means CORS is off. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((o) => o.trim()).filter(Boolean)),
  /** Optional LLM writer: an AI SDK provider package name suffix (e.g. "openai") and model id. */
  LLM_PROVIDER: z.string().trim().optional(),
  LLM_MODEL: z.string().trim().optional(),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(1000).max(300_000).default(30_000),
  MAX_CONCURRENT_CHATS: z.coerce.number().int().min(1).max(1000).default(16),
});

export type Config = z.infer<typeof EnvSchema> & { rootDir: string };

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const relevant = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = EnvSchema.safeParse(relevant);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const config = result.data;
  if ((config.LLM_PROVIDER === undefined) !== (config.LLM_MODEL === undefined)) {
    throw new ConfigError('Invalid configuration:\n  LLM_PROVIDER and LLM_MODEL must be set together');
  }
  return { ...config, rootDir };
}
