/** `npm run ingest [-- --force]`: reads the corpus and builds or refreshes the index, printing progress and a summary. */
import { parseArgs } from 'node:util';
import { parseConfig } from '../config.ts';
import { createDeps } from '../deps.ts';
import { runCli } from './run.ts';

await runCli('npm run ingest [-- --force]', async () => {
  const { values } = parseArgs({ options: { force: { type: 'boolean', default: false } } });
  const deps = await createDeps(parseConfig(process.env), { forceRebuild: values.force });
  const { build, manifest } = deps.index;
  if (!build.rebuilt) console.log(`index: up to date (${manifest.units} vectors, model ${manifest.modelId}, built ${manifest.builtAt})`);
  if (deps.corpus.problems.length) process.exitCode = 2;
});
