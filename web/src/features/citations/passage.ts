/** Passage ids and their stable URLs: paragraph ids are `${workId}-p${position}`, the URL is `/works/:id#p-${position}`. */

export function passagePosition(passageId: string, workId: string): number | null {
  const prefix = `${workId}-p`;
  if (!passageId.startsWith(prefix)) return null;
  const n = Number(passageId.slice(prefix.length));
  return Number.isInteger(n) && n > 0 ? n : null;
}

export function workPath(workId: string): string {
  return `/works/${encodeURIComponent(workId)}`;
}

/** The stable URL of a passage; the work's URL when the passage id does not carry a position. */
export function passagePath(workId: string, passageId: string): string {
  const pos = passagePosition(passageId, workId);
  return pos == null ? workPath(workId) : `${workPath(workId)}#p-${pos}`;
}

/** Where `quote` sits inside `text`: exact first, then ignoring differences in whitespace and quote marks. */
export function findQuote(text: string, quote: string): { start: number; end: number } | null {
  const q = quote.trim();
  if (!q) return null;
  const exact = text.indexOf(q);
  if (exact >= 0) return { start: exact, end: exact + q.length };
  // Build a normalised copy of text with a map back to original offsets.
  const norm = (c: string) => (/\s/.test(c) ? ' ' : /[‘’]/.test(c) ? "'" : /[“”]/.test(c) ? '"' : c);
  let flat = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = norm(text[i]!);
    if (c === ' ' && flat.endsWith(' ')) continue;
    flat += c;
    map.push(i);
  }
  let nq = '';
  for (const ch of q) {
    const c = norm(ch);
    if (c === ' ' && nq.endsWith(' ')) continue;
    nq += c;
  }
  const at = flat.indexOf(nq);
  if (at < 0) return null;
  return { start: map[at]!, end: map[at + nq.length - 1]! + 1 };
}
