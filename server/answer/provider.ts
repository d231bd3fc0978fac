/** Resolves the optional LLM from LLM_PROVIDER / LLM_MODEL: the AI SDK provider package `@ai-sdk/<provider>`, imported on demand. */
import type { LanguageModel } from 'ai';
import { StartupError } from '../errors.ts';

type Importer = (specifier: string) => Promise<Record<string, unknown>>;

const defaultImporter: Importer = (specifier) => import(specifier) as Promise<Record<string, unknown>>;

interface ProviderLike {
  (modelId: string): LanguageModel;
  languageModel?: (modelId: string) => LanguageModel;
}

const isProvider = (value: unknown): value is ProviderLike => typeof value === 'function';

/** "openai" → "openai", "amazon-bedrock" → "amazonBedrock": the name AI SDK provider packages export their default instance under. */
function exportName(provider: string): string {
  return provider.replace(/-([a-z])/g, (_, ch: string) => ch.toUpperCase());
}

/**
 * Imports `@ai-sdk/<provider>` and returns its language model `modelId`. A missing package or a package
 * without a provider instance is a StartupError that says what to install; the provider's own key comes
 * from its usual environment variable (e.g. OPENAI_API_KEY), read by the provider package.
 */
export async function loadLanguageModel(provider: string, modelId: string, importer: Importer = defaultImporter): Promise<LanguageModel> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(provider)) {
    throw new StartupError(`LLM_PROVIDER "${provider}" is not a provider name: use the suffix of an AI SDK provider package, e.g. "openai" for @ai-sdk/openai`);
  }
  const specifier = `@ai-sdk/${provider}`;
  let mod: Record<string, unknown>;
  try {
    mod = await importer(specifier);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new StartupError(`LLM_PROVIDER=${provider} needs the package ${specifier}, which is not installed: run \`npm i ${specifier}\` (or unset LLM_PROVIDER and LLM_MODEL for extractive answers)`);
    }
    throw new StartupError(`could not load ${specifier}: ${(error as Error).message}`);
  }
  const candidates = [mod[exportName(provider)], mod[provider.split('-').at(-1)!], mod['default']];
  const instance = candidates.find(isProvider);
  if (!instance) throw new StartupError(`${specifier} exports no provider instance named "${exportName(provider)}"; set LLM_PROVIDER to the package's provider name`);
  try {
    return instance.languageModel ? instance.languageModel(modelId) : instance(modelId);
  } catch (error) {
    throw new StartupError(`${specifier} could not create model "${modelId}" (LLM_MODEL): ${(error as Error).message}`);
  }
}
