/** Starts the server: configuration, dependencies, the web build if missing, then HTTP. */
import { serve } from '@hono/node-server';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, parseConfig } from './config.ts';
import { appDeps, createDeps } from './deps.ts';
import { createApp } from './http/app.ts';
import { StartupError } from './errors.ts';

async function main(): Promise<void> {
  const config = parseConfig(process.env);
  if (!existsSync(config.CORPUS_DIR)) throw new StartupError(`CORPUS_DIR "${config.CORPUS_DIR}" does not exist: point CORPUS_DIR at the folder of texts`);
  const deps = await createDeps(config);
  if (!existsSync(path.join(config.WEB_DIST_DIR, 'index.html'))) await buildWeb(config.rootDir);
  const app = createApp({
    ...appDeps(deps),
    maxConcurrentChats: config.MAX_CONCURRENT_CHATS,
    corsOrigins: config.CORS_ORIGINS,
    webDistDir: config.WEB_DIST_DIR,
  });
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
    console.log(`ready: http://${config.HOST}:${info.port} (model ${deps.embedder.modelId})`);
    // The passages' token states, read once now rather than by the first questions (each waited 0.1–0.4 s for them).
    const readFrom = performance.now();
    deps.retriever.readAhead().then(
      (read) => read > 0 && console.log(`read ahead: ${read} paragraphs' token states in ${((performance.now() - readFrom) / 1000).toFixed(1)} s`),
      (error: unknown) => console.error(`reading ahead failed (questions read what they need): ${error instanceof Error ? error.message : String(error)}`),
    );
  });
  server.once('error', (error: NodeJS.ErrnoException) => {
    console.error(`cannot listen on ${config.HOST}:${config.PORT} (HOST, PORT): ${error.code ?? error.message}`);
    process.exit(1);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** Builds the web UI with Vite when it has not been built yet (first `npm start`). */
async function buildWeb(rootDir: string): Promise<void> {
  const configFile = path.join(rootDir, 'web', 'vite.config.ts');
  if (!existsSync(configFile)) return;
  console.log('web: building the UI (first start)…');
  const { build } = await import('vite');
  await build({ configFile, logLevel: 'warn' });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StartupError) console.error(error.message);
  // A file-system error names its path, which is the setting to fix (CORPUS_DIR, INDEX_DIR, MODELS_DIR): one line, no stack.
  else if (error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string') console.error(`startup failed: ${error.message} (check CORPUS_DIR, INDEX_DIR and MODELS_DIR)`);
  else console.error('startup failed:', error);
  process.exit(1);
});
