/**
 * Sentence case for titles printed in capitals: a word keeps a capital only when the corpus body usually
 * writes it capitalised mid-sentence (proper nouns: Korea, Party, Republic…) or an override phrase names it.
 */
import { escapeRegExp } from './text.ts';

export type Lexicon = Map<string, string>;

interface Token {
  lead: string;
  core: string;
  trail: string;
}

function splitToken(token: string): Token {
  const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(token)!;
  return { lead: m[1]!, core: m[2]!, trail: m[3]! };
}

const hasUpperInitial = (s: string) => /^\p{Lu}/u.test(s);
const isAllLower = (s: string) => !/\p{Lu}/u.test(s);

/**
 * Learns, from body text, how words are written mid-sentence: key = lowercase word, value = its usual
 * capitalised form, kept only when capitalised occurrences outnumber lowercase ones.
 */
export function buildLexicon(texts: Iterable<string>): Lexicon {
  const cased = new Map<string, Map<string, number>>();
  const lower = new Map<string, number>();
  for (const text of texts) {
    const tokens = text.split(/[\s—–/]+/).filter(Boolean).map(splitToken);
    tokens.forEach((t, i) => {
      if (!/\p{L}/u.test(t.core)) return;
      const key = t.core.toLowerCase();
      if (isAllLower(t.core)) {
        lower.set(key, (lower.get(key) ?? 0) + 1);
        return;
      }
      const prev = tokens[i - 1];
      const sentenceStart = !prev || /[.?!:]$/.test(prev.trail) || /[“"‘'(\[]/.test(t.lead) || /[“"‘(\[]$/.test(prev.trail);
      if (sentenceStart || !hasUpperInitial(t.core)) return;
      const forms = cased.get(key) ?? new Map<string, number>();
      forms.set(t.core, (forms.get(t.core) ?? 0) + 1);
      cased.set(key, forms);
    });
  }
  const lexicon: Lexicon = new Map();
  for (const [key, forms] of cased) {
    const total = [...forms.values()].reduce((a, b) => a + b, 0);
    if (total <= (lower.get(key) ?? 0)) continue;
    const best = [...forms.entries()].sort((a, b) => b[1] - a[1])[0]!;
    lexicon.set(key, best[0]);
  }
  for (const key of lower.keys()) if (!lexicon.has(key)) lexicon.set(key, key);
  return lexicon;
}

function caseWord(core: string, lexicon: Lexicon): string {
  const key = core.toLowerCase();
  const known = lexicon.get(key);
  if (known !== undefined) return known;
  const possessive = /^(.*)(['’]s)$/u.exec(key);
  if (possessive) {
    const stem = lexicon.get(possessive[1]!);
    if (stem !== undefined) return stem + possessive[2];
  }
  if (key.includes('-')) {
    // "Korea-Japan": only when every part is a capitalised word; "ex-premier" stays lowercase even if "Premier" is known
    const parts = key.split('-').map((part) => lexicon.get(part) ?? part);
    if (parts.every((p) => /^\p{Lu}/u.test(p))) return parts.join('-');
  }
  return key;
}

/** Rewrites a title (often in capitals) in sentence case; `phrases` are written exactly as given wherever they occur. */
export function sentenceCase(title: string, lexicon: Lexicon, phrases: readonly string[] = []): string {
  let out = title
    .split(' ')
    .filter(Boolean)
    .map((token) => {
      const t = splitToken(token);
      return t.lead + caseWord(t.core, lexicon) + t.trail;
    })
    .join(' ');
  for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'giu');
    out = out.replace(re, phrase);
  }
  return out.replace(/^([^\p{L}\p{N}]*)(\p{L})/u, (_m, lead: string, first: string) => lead + first.toUpperCase());
}
