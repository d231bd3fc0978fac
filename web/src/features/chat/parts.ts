/** Reads a chat message by part type: its text, its citations (by n), its answer mode and structure, and its filters. */
import type { AnswerMode, AnswerStructure, ChatMessage, ChatMetadata, Citation, WorkSummary, YearCount } from '../../../../server/contract.ts';

export function messageText(m: ChatMessage): string {
  return m.parts.map((p) => (p.type === 'text' ? p.text : '')).join('');
}

export function messageCitations(m: ChatMessage): Citation[] {
  const byN = new Map<number, Citation>();
  for (const p of m.parts) if (p.type === 'data-citation') byN.set(p.data.n, p.data);
  return [...byN.values()].sort((a, b) => a.n - b.n);
}

export function messageMode(m: ChatMessage): AnswerMode | null {
  for (const p of m.parts) if (p.type === 'data-mode') return p.data.mode;
  return null;
}

export interface Chip {
  key: keyof ChatMetadata;
  label: string;
}

/** Human labels for the filters a question was asked with: "1961–1970", "Work: …", "Compare across years". */
export function metadataChips(meta: ChatMetadata | undefined, work?: (id: string) => WorkSummary | undefined): Chip[] {
  if (!meta) return [];
  const chips: Chip[] = [];
  if (meta.from || meta.to) {
    const label = meta.from && meta.to ? `${meta.from}–${meta.to}` : meta.from ? `From ${meta.from}` : `Until ${meta.to}`;
    chips.push({ key: 'from', label: `Years: ${label}` });
  }
  if (meta.work) chips.push({ key: 'work', label: `Work: ${work?.(meta.work)?.title ?? meta.work}` });
  if (meta.mode === 'compare') chips.push({ key: 'mode', label: 'Compare across years' });
  return chips;
}

/** Passages matching the question per year (a compare answer's `data-years` part), or null without one. */
export function messageYearCounts(m: ChatMessage): YearCount[] | null {
  for (const p of m.parts) if (p.type === 'data-years') return p.data.counts;
  return null;
}

/** The answer's structure (its `data-answer` part), or null before it arrives or for a message stored without one. */
export function messageStructure(m: ChatMessage): AnswerStructure | null {
  for (const p of m.parts) if (p.type === 'data-answer') return p.data;
  return null;
}
