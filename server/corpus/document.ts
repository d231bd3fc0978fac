/**
 * Reads a user document: a front-matter block (`---` lines around `key: value` lines; title required; date,
 * author, source, place, pages, occasion, excerpts optional) and blank-line separated paragraphs. One file, one work.
 */
import { parseFrontMatterDate } from './dates.ts';
import type { DraftResult, ReaderInput } from './draft.ts';
import { blockParagraphs } from './paragraphs.ts';

const FENCE = /^---\s*$/;
const KEYS = ['title', 'date', 'author', 'source', 'place', 'pages', 'occasion', 'excerpts'] as const;
type Key = (typeof KEYS)[number];

export function hasFrontMatter(lines: string[]): boolean {
  return lines.length > 0 && FENCE.test(lines[0]!.replace(/^\uFEFF/, ''));
}

function unquote(v: string): string {
  const m = /^(["'])(.*)\1$/.exec(v);
  return m ? m[2]! : v;
}

export function readDocument({ file, lines }: ReaderInput): DraftResult {
  const fail = (line: number, message: string): DraftResult => ({ works: [], problems: [{ file, line, message }] });
  if (!hasFrontMatter(lines)) return fail(1, 'no title: the file does not start with a front-matter block (---)');
  const close = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (close < 0) return fail(1, 'front matter is not closed by a --- line');

  const values = new Map<Key, { value: string; line: number }>();
  for (let i = 1; i < close; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const m = /^\s*([A-Za-z][\w-]*)\s*:\s*(.*?)\s*$/.exec(raw);
    if (!m) return fail(i + 1, `front matter line is not "key: value": ${JSON.stringify(raw.trim())}`);
    const key = m[1]!.toLowerCase();
    if ((KEYS as readonly string[]).includes(key)) values.set(key as Key, { value: unquote(m[2]!), line: i + 1 });
  }

  const title = values.get('title');
  if (!title || title.value === '') return fail(title?.line ?? 1, 'no title: the front matter has no "title:" value');
  let date: string | null = null;
  let year: number | null = null;
  const dateEntry = values.get('date');
  if (dateEntry) {
    const parsed = parseFrontMatterDate(dateEntry.value);
    if (!parsed.ok) return fail(dateEntry.line, `bad date ${JSON.stringify(dateEntry.value)}: expected YYYY-MM-DD (a real date) or YYYY`);
    ({ date, year } = parsed);
  }
  // "excerpts: true" when the text is parts of a work, as a book heading's "(Excerpts)" says.
  const excerptsEntry = values.get('excerpts');
  if (excerptsEntry && !/^(?:true|false)$/i.test(excerptsEntry.value)) return fail(excerptsEntry.line, `bad excerpts ${JSON.stringify(excerptsEntry.value)}: expected true or false`);
  const excerpts = excerptsEntry !== undefined && /^true$/i.test(excerptsEntry.value);
  const paragraphs = blockParagraphs(lines.slice(close + 1), { rejoinPageBreaks: false });
  if (paragraphs.length === 0) return fail(close + 2, 'no text after the front matter');

  const opt = (key: Key) => {
    const v = values.get(key)?.value;
    return v ? { [key]: v } : {};
  };
  return {
    works: [
      {
        title: title.value,
        caseTitle: false,
        date,
        year,
        ...opt('author'),
        ...opt('source'),
        ...opt('place'),
        ...opt('pages'),
        ...opt('occasion'),
        ...(excerpts ? { excerpts: true as const } : {}),
        paragraphs,
      },
    ],
    problems: [],
  };
}
