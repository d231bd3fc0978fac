/** Parses one corpus file (pure): picks the reader for its shape, cases titles, assigns stable ids. */
import { readAbstract, AUTHOR_LINE } from './abstract.ts';
import { buildLexicon, sentenceCase } from './casing.ts';
import { readCollection } from './collection.ts';
import type { DraftResult, DraftWork, ReaderInput } from './draft.ts';
import { hasFrontMatter, readDocument } from './document.ts';
import { findAuthorLine, findHeaders } from './headers.ts';
import { ignoreLines } from './boilerplate.ts';
import type { CorpusOverrides, FileKind } from './overrides.ts';
import { readSpeech } from './speech.ts';
import { decodeText, normalizeSpace, stripHeaderMarkup } from './text.ts';
import type { CorpusProblem, Paragraph, Work } from './types.ts';
import { interviewerTurns, isSpeakerLabel } from './speakers.ts';

export interface ParsedFile {
  works: Work[];
  paragraphs: Paragraph[];
  problems: CorpusProblem[];
}

const DEFAULT_AUTHOR = 'Unknown';
const SLUG_WORDS = 6;
/** Letters NFKD does not decompose. */
const ASCII_LETTERS: Record<string, string> = { đ: 'd', ð: 'd', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

/** Guesses a file's shape when the overrides file does not name it. */
export function detectKind(lines: string[]): FileKind | null {
  if (hasFrontMatter(lines)) return 'document';
  if (lines.some((l) => normalizeSpace(stripHeaderMarkup(l)) === 'CONTENTS')) return 'collection';
  const headers = findHeaders(lines, ignoreLines(findAuthorLine(lines)));
  if (headers.length > 1) return 'collection';
  if (headers.length === 1) return 'speech';
  if (lines.some((l) => AUTHOR_LINE.test(l)) && lines.some((l) => /^\s*Keywords\s*:/i.test(l))) return 'abstract';
  return null;
}

const READERS: Record<FileKind, (input: ReaderInput) => DraftResult> = {
  collection: readCollection,
  speech: readSpeech,
  abstract: readAbstract,
  document: readDocument,
};

/** `${year ?? 'undated'}-${first six title words}`: lowercase ASCII, hyphenated. */
export function workSlug(title: string, year: number | null, words = SLUG_WORDS): string {
  const ascii = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[đðłøßæœþ]/g, (c) => ASCII_LETTERS[c] ?? c)
    .replace(/['’]/g, '');
  const parts = ascii.split(/[^a-z0-9]+/).filter(Boolean);
  return [year ?? 'undated', ...parts.slice(0, words)].join('-');
}

/** A slug not in `taken`: more title words first, then a numeric suffix. */
export function uniqueSlug(title: string, year: number | null, taken: Set<string>): string {
  let id = workSlug(title, year);
  for (let n = SLUG_WORDS + 1; taken.has(id) && n <= SLUG_WORDS + 6; n++) id = workSlug(title, year, n);
  for (let n = 2; taken.has(id); n++) id = `${workSlug(title, year)}-${n}`;
  return id;
}

export function parseCorpusFile(name: string, bytes: Uint8Array, overrides: CorpusOverrides): ParsedFile {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { works: [], paragraphs: [], problems: [{ file: name, line: 1, message: decoded.message }] };
  const text = decoded.text;
  const lines = text.split('\n');
  const override = overrides.files[name] ?? {};
  const kind = override.kind ?? detectKind(lines);
  if (!kind) {
    return {
      works: [],
      paragraphs: [],
      problems: [{ file: name, line: 1, message: 'no title: no front matter (--- title: … ---) and no recognised layout; see corpus/README.md' }],
    };
  }
  const draft = READERS[kind]({ file: name, text, lines, override });
  const problems = [...draft.problems];
  const lexicon = buildLexicon(draft.works.flatMap((w) => w.paragraphs.map((p) => p.text)));
  const single = draft.works.length === 1;

  const works: Work[] = [];
  const paragraphs: Paragraph[] = [];
  const taken = new Set<string>();
  for (const d of draft.works) {
    if (d.paragraphs.length === 0) {
      problems.push({ file: name, message: `work "${d.title}" has no text: skipped` });
      continue;
    }
    const w = applyOverride(d, override, single);
    const title = w.caseTitle ? sentenceCase(w.title, lexicon, overrides.phrases) : normalizeSpace(w.title);
    const id = uniqueSlug(title, w.year, taken);
    taken.add(id);
    works.push({
      id,
      title,
      date: w.date,
      year: w.year,
      author: w.author ?? DEFAULT_AUTHOR,
      ...(w.affiliation ? { affiliation: w.affiliation } : {}),
      ...(w.occasion ? { occasion: w.occasion } : {}),
      ...(w.place ? { place: w.place } : {}),
      ...(w.pages ? { pages: w.pages } : {}),
      ...(w.source ? { source: w.source } : {}),
      ...(w.excerpts ? { excerpts: true as const } : {}),
      file: name,
    });
    const asked = interviewerTurns(w.paragraphs.map((p) => p.text));
    w.paragraphs.forEach((p, i) => {
      // Left out after it has marked the turn; the others keep their ids and positions.
      if (isSpeakerLabel(p.text)) return;
      paragraphs.push({
        id: `${id}-p${i + 1}`,
        workId: id,
        position: i + 1,
        ...(p.page !== undefined ? { page: p.page } : {}),
        ...(p.pageEnd !== undefined ? { pageEnd: p.pageEnd } : {}),
        ...(asked[i] ? { speaker: 'interviewer' as const } : {}),
        text: p.text,
      });
    });
  }
  return { works, paragraphs, problems };
}

/** File-level metadata (author, source, place) applies to every work; title, date, occasion, pages only to a file's single work. */
function applyOverride(d: DraftWork, o: CorpusOverrides['files'][string], single: boolean): DraftWork {
  const w: DraftWork = { ...d };
  if (o.author && o.author !== w.author) {
    // The affiliation printed beside the name read is not the named author's.
    w.author = o.author;
    delete w.affiliation;
  }
  if (o.source) w.source = o.source;
  if (o.place) w.place = o.place;
  if (!single) return w;
  if (o.title) {
    w.title = o.title;
    w.caseTitle = false;
  }
  if (o.date !== undefined) {
    w.date = o.date;
    w.year = o.date ? Number(o.date.slice(0, 4)) : null;
  }
  if (o.occasion) w.occasion = o.occasion;
  if (o.pages) w.pages = o.pages;
  return w;
}
