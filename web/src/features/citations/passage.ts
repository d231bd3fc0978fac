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

/**
 * Hosts no reader of an essay can reach: this machine ("localhost", 127.0.0.1, [::1]) and private networks (10.*,
 * 172.16–31.*, 192.168.*, *.local). The app runs on one of them by default.
 */
const LOCAL_HOST = /^(?:localhost|0\.0\.0\.0|127(?:\.\d{1,3}){3}|\[::1\]|10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}|[\w-]+\.local|[\w.-]+\.localhost)$/i;

/** The URL a citation gives for a page of the app (`path`) served from `origin`: none when the origin is local, which no reader could open. */
export function citedUrl(origin: string, path: string): string | undefined {
  const host = URL.canParse(origin) ? new URL(origin).hostname : '';
  return host === '' || LOCAL_HOST.test(host) ? undefined : origin + path;
}

/** `citedUrl` of a page of the app served from where this page is. */
export const citedHere = (path: string): string | undefined => citedUrl(window.location.origin, path);
