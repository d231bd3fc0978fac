/** Loads the corpus directory (the only I/O of ingestion): every *.txt / *.md but README.md, plus overrides.json. */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { NO_OVERRIDES, OVERRIDES_FILE, parseOverrides } from './overrides.ts';
import { parseCorpusFile, uniqueSlug } from './parse.ts';
import type { Corpus, CorpusProblem, Paragraph, Work } from './types.ts';

/** One document larger than this is refused: it would take minutes to embed and is most likely not one text. */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

export function isDocumentFile(name: string): boolean {
  return /\.(txt|md)$/i.test(name) && name.toLowerCase() !== 'readme.md';
}

/** Dated works first (by date, a year-only date before that year's full dates), undated last; then by title. */
export function compareWorks(a: Work, b: Work): number {
  const ka = a.date ?? (a.year !== null ? String(a.year) : null);
  const kb = b.date ?? (b.year !== null ? String(b.year) : null);
  if (ka !== kb) {
    if (ka === null) return 1;
    if (kb === null) return -1;
    return ka < kb ? -1 : 1;
  }
  return a.title.localeCompare(b.title, 'en') || a.id.localeCompare(b.id);
}

export async function loadCorpus(dir: string): Promise<Corpus> {
  const problems: CorpusProblem[] = [];
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isFile() && isDocumentFile(e.name))
    .map((e) => e.name)
    .sort();

  let overrides = NO_OVERRIDES;
  try {
    const parsed = parseOverrides(await readFile(path.join(dir, OVERRIDES_FILE), 'utf8'));
    overrides = parsed.overrides;
    problems.push(...parsed.problems);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') problems.push({ file: OVERRIDES_FILE, message: `unreadable: ${(e as Error).message}` });
  }
  for (const name of Object.keys(overrides.files)) {
    if (!names.includes(name)) problems.push({ file: OVERRIDES_FILE, message: `names "${name}", which is not a document in the corpus` });
  }

  const works: Work[] = [];
  const byWork = new Map<string, Paragraph[]>();
  for (const name of names) {
    let bytes: Uint8Array;
    try {
      const { size } = await stat(path.join(dir, name));
      if (size > MAX_DOCUMENT_BYTES) {
        const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
        problems.push({ file: name, line: 1, message: `${mb(size)} is over the ${mb(MAX_DOCUMENT_BYTES)} limit for one document: split it into smaller files` });
        continue;
      }
      bytes = await readFile(path.join(dir, name));
    } catch (e) {
      problems.push({ file: name, line: 1, message: `unreadable: ${(e as Error).message}` });
      continue;
    }
    const parsed = parseCorpusFile(name, bytes, overrides);
    problems.push(...parsed.problems);
    for (const work of parsed.works) {
      const own = parsed.paragraphs.filter((p) => p.workId === work.id);
      const taken = new Set(byWork.keys());
      const id = taken.has(work.id) ? uniqueSlug(work.title, work.year, taken) : work.id;
      works.push({ ...work, id });
      byWork.set(id, id === work.id ? own : own.map((p) => ({ ...p, id: `${id}-p${p.position}`, workId: id })));
    }
  }
  works.sort(compareWorks);
  return { works, paragraphs: works.flatMap((w) => byWork.get(w.id)!), problems };
}
