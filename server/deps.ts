/** createDeps(config): the one place where the corpus, model, index, retriever and answerer are loaded and wired. */
import { createAnswerer, type Answerer } from './answer/answerer.ts';
import { createChecker, type Checker } from './check/check.ts';
import { loadLanguageModel } from './answer/provider.ts';
import { createProseWriter, type ProseWriter } from './answer/writer.ts';
import type { Config } from './config.ts';
import { loadCorpus } from './corpus/load.ts';
import type { Corpus } from './corpus/types.ts';
import type { Embedder } from './index/embedder.ts';
import { createThreadedEmbedder } from './index/embedder-thread.ts';
import { openIndex, type OpenedIndex } from './index/build.ts';
import { englishWords } from './retrieval/lexicon.ts';
import { createRetriever, type Retriever } from './retrieval/retriever.ts';
import type { AppDeps } from './http/app.ts';

export interface Deps {
  corpus: Corpus;
  embedder: Embedder;
  /** What the index was built from and how (its vectors and text indexes live on in the retriever). */
  index: Omit<OpenedIndex, 'serving'>;
  retriever: Retriever;
  answerer: Answerer;
  /** Quotations against the corpus: the check endpoint's, and a chat question's that quotes something. */
  checker: Checker;
}

/** Embedding threads of an index build: one per core of the two-core machines it is measured on (docs/scale.md). */
const BUILD_THREADS = 2;

export interface CreateDepsOptions {
  log?: (message: string) => void;
  /** Rebuild the index even if it is current. */
  forceRebuild?: boolean;
}

export async function createDeps(config: Config, options: CreateDepsOptions = {}): Promise<Deps> {
  const log = options.log ?? ((m: string) => console.log(m));
  // The optional LLM first: a missing provider package should fail before any indexing work.
  let writer: ProseWriter | undefined;
  if (config.LLM_PROVIDER && config.LLM_MODEL) {
    writer = createProseWriter(await loadLanguageModel(config.LLM_PROVIDER, config.LLM_MODEL), { timeoutMs: config.LLM_TIMEOUT_MS });
    log(`answers: prose by ${writer.id}, verified against the passages`);
  }
  const model = { model: config.EMBEDDING_MODEL, modelsDir: config.MODELS_DIR, allowRemote: config.ALLOW_REMOTE_MODELS };
  // The model loads on its own thread (0.8 s, most of a restart) while this one reads the corpus and word list.
  const starting = createThreadedEmbedder(model);
  starting.catch(() => {}); // its error is thrown at the await below, not reported as unhandled before it
  const corpus = await loadCorpus(config.CORPUS_DIR).catch(async (error: unknown) => {
    await starting.then((e) => e.close(), () => {});
    throw error;
  });
  for (const p of corpus.problems) log(`corpus: skipped ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
  log(`corpus: ${corpus.works.length} works, ${corpus.paragraphs.length} paragraphs from ${config.CORPUS_DIR}`);
  englishWords(); // read once (0.15 s), now, while the model is still loading on its thread
  const embedder = await starting;
  const index = await openIndex({
    dir: config.INDEX_DIR,
    corpus,
    embedder,
    log,
    force: options.forceRebuild ?? false,
    buildEmbedder: () => createThreadedEmbedder(model, BUILD_THREADS),
  });
  const retriever = createRetriever(corpus, index.serving, embedder);
  const { serving: _serving, ...indexInfo } = index;
  const checker = createChecker(corpus, retriever);
  const answerer = createAnswerer({ retriever, corpus, quotations: checker, ...(writer ? { writer } : {}), log });
  return { corpus, embedder, index: indexInfo, retriever, answerer, checker };
}

/** What the HTTP app needs from the dependencies (settings such as CORS come from the config, at the call). */
export function appDeps(deps: Deps): Pick<AppDeps, 'corpus' | 'retriever' | 'answerer' | 'checker' | 'modelId'> {
  return { corpus: deps.corpus, retriever: deps.retriever, answerer: deps.answerer, checker: deps.checker, modelId: deps.embedder.modelId };
}
