/**
 * The Embedder on a worker thread. onnxruntime-node runs a model synchronously on the calling thread, so on the
 * main thread every question's embedding stopped the server (a 5 ms timer fired once in 715 ms while 100
 * questions were embedded); here the model runs beside the event loop, which keeps serving.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { StartupError } from '../errors.ts';
import type { Embedder, EmbedderOptions, PassageParts } from './embedder.ts';

/**
 * Texts to embed, passages with parts to give the vectors (`passages`) or the tokens' states (`tokensOf`) of (which
 * come back flat: each passage's, then its parts'), or a query whose vector and tokens' states come back as two.
 */
type Request =
  | { id: number; texts: string[]; kind: 'query' | 'passage' }
  | { id: number; tokensOf: readonly PassageParts[] }
  | { id: number; passages: readonly PassageParts[] }
  | { id: number; query: string };
type Reply = { id: number; vectors: Float32Array[] } | { id: number; error: string };
type Ready = { ready: Pick<Embedder, 'modelId' | 'modelDigest' | 'dimensions' | 'maxTokens'> } | { startupError: string };

/** An embedder whose threads can be stopped (the index build's, once it is done). */
export interface ThreadedEmbedder extends Embedder {
  close(): Promise<void>;
}

/**
 * Starts `workers` embedding threads and resolves once their models are loaded; a model that fails to load
 * rejects with its StartupError message. With more than one, each runs onnxruntime on one intra-op thread,
 * a batch is split between them in order, and a single text goes to the thread with the least work.
 */
export async function createThreadedEmbedder(options: EmbedderOptions, workers = 1): Promise<ThreadedEmbedder> {
  const settled = await Promise.allSettled(Array.from({ length: workers }, () => startWorker(workers > 1 ? { ...options, threads: 1 } : options)));
  const failed = settled.find((s) => s.status === 'rejected');
  const started = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const close = async () => {
    await Promise.all(started.map((w) => w.terminate()));
  };
  if (failed) {
    await close();
    throw failed.reason;
  }
  if (started.length === 1) return { ...started[0]!.embedder, close };
  /** A batch split between the threads in order; a single item to the thread with the least work. */
  const spread = async <I, O>(items: readonly I[], embed: (e: Embedder, items: I[]) => Promise<O[]>): Promise<O[]> => {
    if (items.length <= 1) return embed(started.reduce((a, b) => (b.queued() < a.queued() ? b : a)).embedder, [...items]);
    const size = Math.ceil(items.length / started.length);
    const parts = await Promise.all(started.map((w, i) => (i * size < items.length ? embed(w.embedder, items.slice(i * size, (i + 1) * size)) : [])));
    return parts.flat();
  };
  return {
    ...started[0]!.embedder,
    close,
    embed: (texts, kind) => spread(texts, (e, some) => e.embed(some, kind)),
    embedParts: (passages) => spread(passages, (e, some) => e.embedParts(some)),
    tokenVectors: (passages) => spread(passages, (e, some) => e.tokenVectors(some)),
    embedQuery: async (text) => (await spread([text], async (e, [one]) => [await e.embedQuery(one!)]))[0]!,
  };
}

interface StartedWorker {
  embedder: Embedder;
  /** Texts (passages and parts) sent and not yet embedded. */
  queued(): number;
  terminate(): Promise<number>;
}

function startWorker(options: EmbedderOptions): Promise<StartedWorker> {
  const worker = new Worker(new URL(import.meta.url), { workerData: { embedderThread: options } });
  const pending = new Map<number, { resolve: (v: Float32Array[]) => void; reject: (e: Error) => void; texts: number }>();
  let nextId = 0;
  let queued = 0;
  /** Set once the thread has exited: later requests fail at once instead of waiting for a reply that never comes. */
  let stopped: Error | null = null;
  // The worker keeps the process alive only while it has work: a CLI exits when it is done.
  const settle = () => pending.size === 0 && worker.unref();
  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
    queued = 0;
  };

  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (first: Ready) => {
      if ('startupError' in first) {
        void worker.terminate();
        reject(new StartupError(first.startupError));
        return;
      }
      worker.off('error', reject);
      worker.on('error', (error: Error) => failAll(error));
      worker.on('exit', (code) => failAll((stopped = new Error(`the embedding thread stopped (exit code ${code})`))));
      worker.on('message', (reply: Reply) => {
        const p = pending.get(reply.id);
        if (!p) return;
        pending.delete(reply.id);
        queued -= p.texts;
        if ('error' in reply) p.reject(new Error(reply.error));
        else p.resolve(reply.vectors);
        settle();
      });
      // After the listeners: attaching a 'message' listener refs the worker again, and a process that never
      // embedded anything would then not exit.
      worker.unref();
      const send = (request: Omit<Request, 'id'>, texts: number): Promise<Float32Array[]> => {
        if (stopped) return Promise.reject(stopped);
        return new Promise((resolveEmbed, rejectEmbed) => {
          const id = nextId++;
          pending.set(id, { resolve: resolveEmbed, reject: rejectEmbed, texts });
          queued += texts;
          worker.ref();
          worker.postMessage({ ...request, id } as Request);
        });
      };
      resolve({
        embedder: {
          ...first.ready,
          embed: (texts, kind) => send({ texts, kind }, texts.length),
          embedParts: async (passages) => perPassage(passages, await send({ passages }, passages.reduce((n, p) => n + 1 + p.parts.length, 0))),
          tokenVectors: async (passages) => perPassage(passages, await send({ tokensOf: passages }, passages.length)),
          async embedQuery(query) {
            const [vector, tokens] = await send({ query }, 1);
            return { vector: vector!, tokens: tokens! };
          },
        },
        queued: () => queued,
        terminate: () => worker.terminate(),
      });
    });
  });
}

/** Vectors that came back flat, each passage's again: its own, then its parts'. */
function perPassage(passages: readonly PassageParts[], flat: readonly Float32Array[]): Float32Array[][] {
  let at = 0;
  return passages.map((p) => flat.slice(at, (at += 1 + p.parts.length)));
}

async function serve(options: EmbedderOptions): Promise<void> {
  const port = parentPort!;
  let embedder: Embedder;
  try {
    // Imported here, in the thread that runs the model: loading transformers.js and onnxruntime took the main
    // thread 0.2 s of every start, for a model it never runs.
    const { createEmbedder } = await import('./embedder.ts');
    embedder = await createEmbedder(options);
  } catch (error) {
    port.postMessage({ startupError: error instanceof Error ? error.message : String(error) } satisfies Ready);
    return;
  }
  port.postMessage({ ready: { modelId: embedder.modelId, modelDigest: embedder.modelDigest, dimensions: embedder.dimensions, maxTokens: embedder.maxTokens } } satisfies Ready);
  port.on('message', async (request: Request) => {
    const { id } = request;
    try {
      const vectors =
        'passages' in request
          ? (await embedder.embedParts(request.passages)).flat()
          : 'query' in request
            ? await embedder.embedQuery(request.query).then(({ vector, tokens }) => [vector, tokens])
            : 'tokensOf' in request
              ? (await embedder.tokenVectors(request.tokensOf)).flat()
              : await embedder.embed(request.texts, request.kind);
      // A part's token states are a view of its passage's: each buffer is moved once, and the views arrive sharing it.
      port.postMessage({ id, vectors } satisfies Reply, [...new Set(vectors.map((v) => v.buffer as ArrayBuffer))]);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies Reply);
    }
  });
}

// Only in the worker this module started (other worker threads that import it, such as a test pool's, are left alone).
const started = (workerData as { embedderThread?: EmbedderOptions } | null)?.embedderThread;
if (!isMainThread && started) void serve(started);
