/** Test support: real dependencies (real corpus, real embedded model) over a temporary index directory. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseConfig, type Config } from '../../server/config.ts';
import { createDeps, type Deps } from '../../server/deps.ts';

export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return parseConfig({ ...process.env, ALLOW_REMOTE_MODELS: 'false', ...overrides });
}

/** Builds the real dependencies with a fresh index; call `remove` when done. */
export async function realDeps(overrides: Record<string, string> = {}): Promise<{ deps: Deps; config: Config; logs: string[]; remove: () => void }> {
  const index = tempDir('sources-index-');
  const config = testConfig({ INDEX_DIR: index.dir, ...overrides });
  const logs: string[] = [];
  const deps = await createDeps(config, { log: (m) => logs.push(m) });
  return { deps, config, logs, remove: index.remove };
}
