/** The filter form's state and its translation into the metadata sent with a question (ChatMetadata). */
import type { ChatMetadata } from '../../../../server/contract.ts';

export interface FilterState {
  from: string;
  to: string;
  work: string;
  compare: boolean;
}

export const NO_FILTERS: FilterState = { from: '', to: '', work: '', compare: false };

/** The metadata for a question, or an error message when the year range is not valid. */
export function toMetadata(f: FilterState): { metadata: ChatMetadata } | { error: string } {
  const from = f.from.trim();
  const to = f.to.trim();
  for (const [label, v] of [['From', from], ['To', to]] as const) {
    if (v && !/^\d{4}$/.test(v)) return { error: `${label} year must be four digits, like 1967.` };
  }
  if (from && to && Number(from) > Number(to)) return { error: 'The “from” year is after the “to” year.' };
  const metadata: ChatMetadata = {};
  if (from) metadata.from = from;
  if (to) metadata.to = to;
  if (f.work) metadata.work = f.work;
  if (f.compare) metadata.mode = 'compare';
  return { metadata };
}
