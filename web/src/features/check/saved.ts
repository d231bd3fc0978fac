/**
 * The check page in sessionStorage, for this tab only: the text typed, and the last check with the finding open, so
 * that "Open in work" then Back, or a reload, finds them again.
 */
import { CheckResponse, type CheckClaim } from '../../../../server/contract.ts';
import { readJson, writeJson } from '../../app/storage.ts';

export const INPUT_KEY = 'sources.check.input.v1';
export const CHECKED_KEY = 'sources.check.checked.v1';

/** A check: the text as sent and its claims. */
export interface Checked {
  text: string;
  claims: CheckClaim[];
}

export function loadInput(): string {
  const raw = readJson(INPUT_KEY, 'sessionStorage');
  return typeof raw === 'string' ? raw : '';
}

export function saveInput(text: string): void {
  writeJson(INPUT_KEY, text, 'sessionStorage');
}

/** The last check and the index of its finding open (null: none), checked against the contract; null if none is kept. */
export function loadChecked(): (Checked & { open: number | null }) | null {
  const raw = readJson(CHECKED_KEY, 'sessionStorage') as { text?: unknown; open?: unknown } | null;
  const parsed = CheckResponse.safeParse(raw);
  if (!parsed.success || typeof raw?.text !== 'string') return null;
  const { claims } = parsed.data;
  const open = typeof raw.open === 'number' && Number.isInteger(raw.open) && raw.open >= 0 && raw.open < claims.length ? raw.open : null;
  return { text: raw.text, claims, open };
}

export function saveChecked(checked: Checked, open: number | null): void {
  writeJson(CHECKED_KEY, { ...checked, open }, 'sessionStorage');
}
