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
