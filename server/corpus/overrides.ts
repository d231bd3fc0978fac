/** The corpus overrides file (corpus/overrides.json): per-file kind and metadata the text cannot give, title phrases. */
import { z } from 'zod';
import type { CorpusProblem } from './types.ts';

export const OVERRIDES_FILE = 'overrides.json';

const FileKind = z.enum(['collection', 'speech', 'abstract', 'document']);
export type FileKind = z.infer<typeof FileKind>;

const FileOverride = z.strictObject({
  /** How to read the file; without it the shape is detected from the content. */
  kind: FileKind.optional(),
  title: z.string().min(1).optional(),
  /** ISO date, or null for an undated work. Only for files holding one work. */
  date: z.iso.date().nullable().optional(),
  author: z.string().min(1).optional(),
  source: z.string().min(1).optional(),
  place: z.string().min(1).optional(),
  occasion: z.string().min(1).optional(),
  pages: z.string().min(1).optional(),
  /** Collections: last page of the last work (the table of contents only gives start pages). */
  lastPage: z.number().int().positive().optional(),
  /** Abstracts: regex for a running footer line, with one group capturing its page number; the line is dropped. */
  pageFooter: z.string().min(1).optional(),
  $comment: z.string().optional(),
});
export type FileOverride = z.infer<typeof FileOverride>;

export interface CorpusOverrides {
  /** Words or phrases written exactly like this in titles (proper nouns the body text never shows mid-sentence). */
  phrases: string[];
  files: Record<string, FileOverride>;
}

export const NO_OVERRIDES: CorpusOverrides = { phrases: [], files: {} };

const Phrases = z.array(z.string().min(1));

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses the overrides file's text. Each broken part is reported and ignored; the rest still applies. */
export function parseOverrides(text: string): { overrides: CorpusOverrides; problems: CorpusProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { overrides: NO_OVERRIDES, problems: [{ file: OVERRIDES_FILE, line: 1, message: `ignored: not valid JSON: ${(e as Error).message}` }] };
  }
  if (!isRecord(json)) return { overrides: NO_OVERRIDES, problems: [{ file: OVERRIDES_FILE, line: 1, message: 'ignored: not a JSON object' }] };

  const problems: CorpusProblem[] = [];
  const report = (where: string, issues: readonly { path: PropertyKey[]; message: string }[]) =>
    problems.push({
      file: OVERRIDES_FILE,
      message: `${where} ignored: ${issues.map((i) => `${[where, ...i.path.map(String)].join('.')}: ${i.message}`).join('; ')}`,
    });
  for (const key of Object.keys(json)) {
    if (!['phrases', 'files', '$comment'].includes(key)) problems.push({ file: OVERRIDES_FILE, message: `unknown key "${key}" ignored` });
  }

  const phrases = Phrases.safeParse(json.phrases ?? []);
  if (!phrases.success) report('phrases', phrases.error.issues);

  const files: Record<string, FileOverride> = {};
  const rawFiles = json.files ?? {};
  if (!isRecord(rawFiles)) problems.push({ file: OVERRIDES_FILE, message: 'files ignored: not an object' });
  else {
    for (const [file, raw] of Object.entries(rawFiles)) {
      const entry = FileOverride.safeParse(raw);
      if (!entry.success) {
        report(`files.${file}`, entry.error.issues);
        continue;
      }
      if (entry.data.pageFooter !== undefined) {
        try {
          new RegExp(entry.data.pageFooter, 'u');
        } catch {
          problems.push({ file: OVERRIDES_FILE, message: `files.${file}.pageFooter ignored: not a valid regular expression` });
          delete entry.data.pageFooter;
        }
      }
      files[file] = entry.data;
    }
  }
  return { overrides: { phrases: phrases.success ? phrases.data : [], files }, problems };
}
