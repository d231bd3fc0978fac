/** The notebook: quotes saved for an essay, kept in localStorage, with a Markdown export. */
import { useSyncExternalStore } from 'react';
import { Citation, type WorkSummary } from '../../../../server/contract.ts';
import { readJson, writeJson } from '../../app/storage.ts';
import { formatDate, formatWhere } from '../citations/dates.ts';
import { citationMarkdown, citeSource, inBibliographyOrder, labelledCitationMarkdown, SOURCES_HEADING, type CiteStyle } from '../citations/formats.ts';
import { citedUrl, passagePath, workPath } from '../citations/passage.ts';
import { quotedMarkdown } from '../citations/quoted.ts';

export const NOTEBOOK_KEY = 'sources.notebook.v1';

export interface NoteEntry {
  /** passageId + quote: the same quote saved twice is one entry. */
  key: string;
  citation: Citation;
  question?: string;
  savedAt: string;
}

let entries: NoteEntry[] | null = null;
const listeners = new Set<() => void>();

function load(): NoteEntry[] {
  const raw = readJson(NOTEBOOK_KEY);
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((e: unknown) => {
    if (!e || typeof e !== 'object') return [];
    const rec = e as Record<string, unknown>;
    const c = Citation.safeParse(rec.citation);
    if (!c.success || typeof rec.key !== 'string') return [];
    return [{ key: rec.key, citation: c.data, question: typeof rec.question === 'string' ? rec.question : undefined, savedAt: String(rec.savedAt ?? '') }];
  });
}

function current(): NoteEntry[] {
  entries ??= load();
  return entries;
}

function set(next: NoteEntry[]) {
  entries = next;
  writeJson(NOTEBOOK_KEY, next);
  for (const l of listeners) l();
}

export function entryKey(c: Citation): string {
  return `${c.passageId}\u0000${c.quote}`;
}

export const notebook = {
  all: current,
  has: (c: Citation) => current().some((e) => e.key === entryKey(c)),
  add(c: Citation, question?: string): boolean {
    if (notebook.has(c)) return false;
    set([...current(), { key: entryKey(c), citation: c, question, savedAt: new Date().toISOString() }]);
    return true;
  },
  remove(key: string) {
    set(current().filter((e) => e.key !== key));
  },
  clear() {
    set([]);
  },
  /** For tests: re-read storage. */
  reload() {
    entries = null;
    for (const l of listeners) l();
  },
};

function subscribe(l: () => void) {
  listeners.add(l);
  const onStorage = (e: StorageEvent) => e.key === NOTEBOOK_KEY && notebook.reload();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(l);
    window.removeEventListener('storage', onStorage);
  };
}

export function useNotebook(): NoteEntry[] {
  return useSyncExternalStore(subscribe, current, current);
}

/**
 * The notebook as Markdown: each quote as a blockquote, its source line and its citation in the chosen style; then
 * the list of the works quoted, each once, in alphabetical order, to put at the end of an essay.
 */
export function notebookMarkdown(list: NoteEntry[], works: (id: string) => WorkSummary | undefined, origin: string, style: CiteStyle = 'chicago'): string {
  const lines = ['# Notebook', '', `Exported ${new Date().toISOString().slice(0, 10)} · ${list.length} quote${list.length === 1 ? '' : 's'}`, ''];
  list.forEach((e, i) => {
    const c = e.citation;
    const url = citedUrl(origin, passagePath(c.workId, c.passageId));
    lines.push(`## ${i + 1}. ${c.title} (${formatDate(c.date, c.year)})`, '');
    lines.push(...quotedMarkdown(c), '');
    lines.push(`— *${c.title}*, ${formatWhere(c)}.${url ? ` [Source](${url})` : ''}`, '');
    lines.push(labelledCitationMarkdown(style, citeSource(c, works(c.workId), url)), '');
    if (e.question) lines.push(`Found for: “${e.question}”`, '');
  });
  const cited = new Map(list.map((e) => [e.citation.workId, e.citation]));
  const entries = inBibliographyOrder(
    style,
    [...cited.values()].map((c) => citeSource(c, works(c.workId), citedUrl(origin, workPath(c.workId)))),
  );
  if (entries.length) lines.push(`## ${SOURCES_HEADING[style]}`, '', ...entries.flatMap((s) => [citationMarkdown(style, s), '']));
  return lines.join('\n');
}
