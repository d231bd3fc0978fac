/** User documents with front matter, and malformed files: each reported with file and line, the rest still loads. */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../server/corpus/load.ts';
import { NO_OVERRIDES, parseOverrides } from '../../server/corpus/overrides.ts';
import { parseCorpusFile } from '../../server/corpus/parse.ts';
import type { Corpus } from '../../server/corpus/types.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/corpus');
const utf8 = (s: string) => new TextEncoder().encode(s);
let dir: string;
let corpus: Corpus;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'corpus-docs-'));
  await cp(fixtures, dir, { recursive: true });
  await writeFile(path.join(dir, 'empty.txt'), '');
  await writeFile(path.join(dir, 'blank.md'), '  \n\n');
  await writeFile(path.join(dir, 'latin1.txt'), Uint8Array.from([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xe9, 0x0a]));
  await writeFile(path.join(dir, 'binary.md'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]));
  await writeFile(path.join(dir, 'nul.txt'), '---\ntitle: Has a NUL\n---\nText\u0000 here.\n');
  corpus = await loadCorpus(dir);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const problemOf = (file: string) => corpus.problems.filter((p) => p.file === file);

describe('front-matter documents', () => {
  it('loads a document with its metadata and blank-line separated, unwrapped paragraphs', () => {
    const w = corpus.works.find((x) => x.file === 'good-speech.md');
    expect(w).toEqual({
      id: '1975-on-the-tasks-of-the-newly',
      title: 'On the tasks of the newly-independent countries',
      date: '1975-04-18',
      year: 1975,
      author: 'Test Author',
      source: 'Test Collection, vol. 1',
      place: 'Algiers',
      pages: '12-14',
      file: 'good-speech.md',
    });
    expect(corpus.paragraphs.filter((p) => p.workId === w!.id).map((p) => [p.id, p.position, p.text])).toEqual([
      [`${w!.id}-p1`, 1, 'The first paragraph is wrapped over several lines, and a compound is broken at a newly-emergent line end.'],
      [`${w!.id}-p2`, 2, 'The second paragraph says “self-reliance” — with curly quotes — and ends here.'],
    ]);
  });

  it('accepts a year-only date: date null, year set, sorted before that year’s full dates', () => {
    const note = corpus.works.find((x) => x.file === 'year-only.txt')!;
    expect(note).toMatchObject({ title: 'A note with only a year', date: null, year: 1975, author: 'Unknown', id: '1975-a-note-with-only-a-year' });
    expect(corpus.works.map((w) => w.file)).toEqual(['year-only.txt', 'good-speech.md']);
  });

  it('ignores README.md and files that are not .txt or .md', () => {
    expect(corpus.problems.some((p) => p.file === 'README.md' || p.file === 'notes.json')).toBe(false);
    expect(corpus.works.some((w) => w.file === 'README.md')).toBe(false);
  });
});

describe('malformed files', () => {
  it.each([
    ['no-title.txt', 1, /no title/],
    ['plain-notes.txt', 1, /no title/],
    ['bad-date.md', 4, /bad date "1987-13-45"/],
    ['bad-date-words.txt', 3, /bad date "last year"/],
    ['empty.txt', 1, /empty/],
    ['blank.md', 1, /empty/],
    ['latin1.txt', 1, /not valid UTF-8/],
    ['binary.md', 1, /binary|UTF-8/],
    ['nul.txt', 1, /binary/],
  ])('reports %s at line %i and skips it', (file, line, message) => {
    const problems = problemOf(file);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(line);
    expect(problems[0]!.message).toMatch(message);
    expect(corpus.works.some((w) => w.file === file)).toBe(false);
  });

  it('reports nothing else, and the good files still load', () => {
    expect(corpus.problems).toHaveLength(9);
    expect(corpus.works).toHaveLength(2);
  });

  it('reports a front-matter line that is not key: value, and an unclosed front matter', () => {
    expect(parseCorpusFile('x.md', utf8('---\ntitle: T\nthis is not a key\n---\nText.\n'), NO_OVERRIDES).problems).toEqual([
      { file: 'x.md', line: 3, message: expect.stringMatching(/not "key: value"/) },
    ]);
    expect(parseCorpusFile('y.md', utf8('---\ntitle: T\nText.\n'), NO_OVERRIDES).problems).toEqual([
      { file: 'y.md', line: 1, message: expect.stringMatching(/not closed/) },
    ]);
    expect(parseCorpusFile('z.md', utf8('---\ntitle: T\n---\n\n'), NO_OVERRIDES).problems[0]).toMatchObject({ file: 'z.md', message: /no text/ });
  });

  it('reads "excerpts: true" as a text printed in excerpts, and reports any value but true or false at its line', () => {
    const read = (value: string) => parseCorpusFile('e.md', utf8(`---\ntitle: T\nexcerpts: ${value}\n---\nText.\n`), NO_OVERRIDES);
    expect(read('true').works[0]!.excerpts).toBe(true);
    expect(read('false').works[0]!.excerpts).toBeUndefined();
    expect(read('yes').problems).toEqual([{ file: 'e.md', line: 3, message: 'bad excerpts "yes": expected true or false' }]);
  });

  it('parses CRLF files and a BOM', () => {
    const parsed = parseCorpusFile('crlf.txt', utf8('\uFEFF---\r\ntitle: Windows file\r\ndate: 1990-02-28\r\n---\r\nOne\r\nparagraph.\r\n'), NO_OVERRIDES);
    expect(parsed.problems).toEqual([]);
    expect(parsed.works[0]).toMatchObject({ title: 'Windows file', date: '1990-02-28' });
    expect(parsed.paragraphs[0]!.text).toBe('One paragraph.');
  });
});

describe('overrides file', () => {
  it('reports broken entries and keeps the rest', () => {
    const { overrides, problems } = parseOverrides(
      JSON.stringify({ phrases: ['Voluntad'], files: { 'a.txt': { kind: 'speech', place: 'Pyongyang' }, 'b.txt': { kind: 'poem' }, 'c.txt': { plase: 'x' } } }),
    );
    expect(overrides.phrases).toEqual(['Voluntad']);
    expect(Object.keys(overrides.files)).toEqual(['a.txt']);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/^files\.b\.txt ignored/), expect.stringMatching(/^files\.c\.txt ignored/)]);
    expect(parseOverrides('{ nope').problems[0]).toMatchObject({ file: 'overrides.json', line: 1 });
  });

  it('reports an overrides entry naming a missing file, and applies single-work overrides', async () => {
    const tmp = await mkdtemp(path.join(os.tmpdir(), 'corpus-ovr-'));
    try {
      await writeFile(path.join(tmp, 'doc.md'), '---\ntitle: Original title\n---\nText.\n');
      await writeFile(
        path.join(tmp, 'overrides.json'),
        JSON.stringify({ files: { 'doc.md': { title: 'Better title', date: '1970-01-02', place: 'Hamhung' }, 'gone.txt': { kind: 'speech' } } }),
      );
      const c = await loadCorpus(tmp);
      expect(c.works).toEqual([expect.objectContaining({ id: '1970-better-title', title: 'Better title', date: '1970-01-02', year: 1970, place: 'Hamhung' })]);
      expect(c.problems).toEqual([{ file: 'overrides.json', message: expect.stringMatching(/gone\.txt/) }]);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
});
