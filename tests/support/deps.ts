/** Test support: real dependencies (real corpus, real embedded model) over a temporary index directory. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { parseConfig, type Config } from '../../server/config.ts';
import { createDeps, type Deps } from '../../server/deps.ts';

export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return parseConfig({ ...process.env, ALLOW_REMOTE_MODELS: 'false', ...overrides });
}

/**
 * A fresh index folder holding a copy of the run's shared index (tests/support/global-index.ts): opened with
 * the real corpus it is current; opened with another corpus only the texts that differ are embedded.
 */
export function indexCopy(): { dir: string; remove: () => void } {
  const index = tempDir('sources-index-');
  cpSync(inject('sharedIndexDir'), index.dir, { recursive: true });
  return index;
}

/** Builds the real dependencies over a copy of the shared index; call `remove` when done. */
export async function realDeps(overrides: Record<string, string> = {}): Promise<{ deps: Deps; config: Config; logs: string[]; remove: () => void }> {
  const index = indexCopy();
  const config = testConfig({ INDEX_DIR: index.dir, ...overrides });
  const logs: string[] = [];
  const deps = await createDeps(config, { log: (m) => logs.push(m) });
  return { deps, config, logs, remove: index.remove };
}
