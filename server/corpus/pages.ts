/** A work's pages as the corpus writes them, and read back as numbers (pure). */

/**
 * A work's pages as the corpus writes them: "8-16", "45"; "45ff." when only its first is known (the last work of a
 * collection whose contents give where each work starts, not where the book's text ends).
 */
export function pageRange(first: number, last: number | null): string {
  return last === null ? `${first}ff.` : first === last ? String(first) : `${first}-${last}`;
}

/** A work's pages (`pageRange`) as numbers: "8-16" → 8 and 16, "45" → 45 and 45, "45ff." → 45 and null; null for none. */
export function pageBounds(pages: string | undefined): { first: number; last: number | null } | null {
  const m = /^(\d+)(?:\s*[-–]\s*(\d+)|\s*(ff\.?))?$/.exec(pages?.trim() ?? '');
  if (!m) return null;
  const first = Number(m[1]);
  return { first, last: m[3] ? null : Math.max(first, Number(m[2] ?? m[1])) };
}
