/**
 * localStorage (or, for what only this tab needs, sessionStorage) helpers that never throw (private mode, quota,
 * corrupt JSON) — persistence is a convenience, not a dependency.
 */

type Area = 'localStorage' | 'sessionStorage';

export function readJson(key: string, area: Area = 'localStorage'): unknown {
  try {
    const raw = window[area].getItem(key);
    return raw == null ? null : (JSON.parse(raw) as unknown);
  } catch {
    return null;
  }
}

export function writeJson(key: string, value: unknown, area: Area = 'localStorage'): boolean {
  try {
    window[area].setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function remove(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // ignore: nothing to clear if storage is unavailable
  }
}
