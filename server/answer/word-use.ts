/**
 * The words an author uses most (pure): counted in his own words (no interviewer's question), function words left out,
 * each word with its inflections ("country", "countries") and a hyphened word whole ("self-reliance"), as the texts write
 * it. "What words does he use most?" is answered from the counts alone; no passage is quoted.
 */
import type { LeadPart } from '../contract.ts';
import type { Paragraph, Work } from '../corpus/types.ts';
import { isContentToken, tokenize } from '../retrieval/text.ts';
import { describeDates, inWords, plural } from './format.ts';
import { lead } from './item.ts';

/** One word and how often the works use it. */
export interface WordUse {
  /** As the texts most often write it (no possessive "'s"), in lower case where they write it so ("countries", "Juche"). */
  word: string;
  count: number;
  /** In how many of the works counted. */
  works: number;
}

/** A word as written, hyphened words whole ("self-reliance", "South-South"), with its apostrophe's ending ("nation's"). */
const WRITTEN_WORD = /\p{L}+(?:[-‐]\p{L}+)*(?:['’]\p{L}+)?/gu;

/** The `n` words the paragraphs use most (their authors' own words: no interviewer's question), most first. */
export function wordsUsedMost(paragraphs: readonly Paragraph[], n: number): WordUse[] {
  const byTerm = new Map<string, { count: number; works: Set<string>; forms: Map<string, number> }>();
  for (const p of paragraphs) {
    if (p.speaker) continue;
    for (const [written] of p.text.matchAll(WRITTEN_WORD)) {
      const tokens = tokenize(written);
      if (tokens.length === 0 || !tokens.some(isContentToken)) continue;
      const term = tokens.map((t) => t.term).join('-');
      const use = byTerm.get(term) ?? { count: 0, works: new Set(), forms: new Map() };
      use.count += 1;
      use.works.add(p.workId);
      const form = written.replace(/['’]s$/, '');
      use.forms.set(form, (use.forms.get(form) ?? 0) + 1);
      byTerm.set(term, use);
    }
  }
  return [...byTerm.values()]
    .map((use) => ({ word: formOf(use.forms), count: use.count, works: use.works.size }))
    .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word))
    .slice(0, n);
}

/** The form written most often, in lower case when the texts ever write it so (a capital opening a sentence is no name's). */
function formOf(forms: ReadonlyMap<string, number>): string {
  const lower = [...forms].filter(([form]) => form === form.toLowerCase());
  return [...(lower.length ? lower : forms)].sort((a, b) => b[1] - a[1])[0]![0];
}

/**
 * "The words used most in the 13 works by Kim Il Sung (1961–1993), interviewers' questions and function words left
 * out, each word counted with its other forms: “countries” 232 times (in 9 works), …".
 */
export function wordUseLead(used: readonly WordUse[], works: readonly Work[], author: string | null): LeadPart[] {
  if (used.length === 0) return lead('None of the works asked about holds words of its own to count.');
  const each = used.map((u) => `“${u.word}” ${plural(u.count, 'time')} (in ${plural(u.works, 'work')})`);
  return lead(`The words used most in the ${plural(works.length, 'work')}${author ? ` by ${author}` : ''} (${describeDates(works)}), interviewers' questions and function words left out, each word counted with its other forms: ${inWords(each)}.`);
}
