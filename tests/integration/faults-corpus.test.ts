/**
 * Corpus faults: a malformed, binary, empty, mis-encoded or huge file beside the real corpus is reported
 * (file, line, reason) and skipped, and the rest is served. Real corpus, real model.
 */
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appDeps, type Deps } from '../../server/deps.ts';
import { createApp } from '../../server/http/app.ts';
import { realDeps, tempDir, testConfig } from '../support/deps.ts';

const corpusDir = tempDir('faults-corpus-');
let deps: Deps;
let logs: string[];
let remove: () => void;

const BAD_FILES: Record<string, string | Uint8Array> = {
  'empty.txt': '',
  'binary.txt': Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256),
  'image.md': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: 500 }, () => 7)]),
  'latin1.txt': Uint8Array.from(Buffer.from('---\ntitle: Caf\xe9 talk\n---\nSome text.\n', 'latin1')),
  'no-title.txt': '---\ndate: 1970-01-01\n---\nText without a title.\n',
  'unclosed.txt': '---\ntitle: Unclosed front matter\n\nText.\n',
  'bad-date.txt': '---\ntitle: A bad date\ndate: 1987-13-45\n---\nText.\n',
  'no-layout.txt': 'just some words\nwith no layout at all\n',
};

beforeAll(async () => {
  cpSync(testConfig().CORPUS_DIR, corpusDir.dir, { recursive: true });
  for (const [name, content] of Object.entries(BAD_FILES)) writeFileSync(path.join(corpusDir.dir, name), content);
  ({ deps, logs, remove } = await realDeps({ CORPUS_DIR: corpusDir.dir }));
});
afterAll(() => {
  remove();
  corpusDir.remove();
});

describe('a corpus with bad files', () => {
  it('reports each bad file with its line and reason, once, at startup', () => {
    const reported = new Map(deps.corpus.problems.map((p) => [p.file, p]));
    for (const name of Object.keys(BAD_FILES)) {
      expect(reported.get(name), name).toBeDefined();
      expect(reported.get(name)!.line).toBeGreaterThanOrEqual(1);
      expect(logs.filter((l) => l.startsWith(`corpus: skipped ${name}:`)), name).toHaveLength(1);
    }
    expect(reported.get('empty.txt')!.message).toMatch(/empty/);
    expect(reported.get('binary.txt')!.message).toMatch(/binary/);
    expect(reported.get('image.md')!.message).toMatch(/not valid UTF-8|binary/);
    expect(reported.get('latin1.txt')!.message).toMatch(/not valid UTF-8/);
    expect(reported.get('bad-date.txt')!).toMatchObject({ line: 3, message: expect.stringMatching(/bad date "1987-13-45"/) });
  });

  it('skips them and serves the 14 real works', async () => {
    expect(deps.corpus.works).toHaveLength(14);
    expect(deps.corpus.works.map((w) => w.file).filter((f) => f in BAD_FILES)).toEqual([]);
    const app = createApp(appDeps(deps));
    expect(await (await app.request('/api/health')).json()).toMatchObject({ status: 'ok', works: 14 });
    const search = await (await app.request('/api/search?q=fertilizer%20from%20coal')).json();
    expect(search.passages[0].text).toMatch(/coal/i);
  });

  it('skips a huge file with a message instead of embedding it', async () => {
    const dir = tempDir('faults-corpus-huge-');
    try {
      cpSync(testConfig().CORPUS_DIR, dir.dir, { recursive: true });
      const paragraph = 'The working class must be the master of technology and production. '.repeat(8);
      writeFileSync(path.join(dir.dir, 'huge.txt'), `---\ntitle: A huge file\ndate: 1980-01-01\n---\n${Array.from({ length: 60_000 }, () => paragraph).join('\n\n')}`);
      const { loadCorpus } = await import('../../server/corpus/load.ts');
      const corpus = await loadCorpus(dir.dir);
      expect(corpus.problems.find((p) => p.file === 'huge.txt')?.message).toMatch(/MB/);
      expect(corpus.works).toHaveLength(14);
    } finally {
      dir.remove();
    }
  });
});
