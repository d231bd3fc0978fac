/** Fetches works from the server (each request once per page load) and turns failed requests into messages a reader can act on. */
import { TypeValidationError } from 'ai';
import type { WorkDetail, WorkSummary } from '../../../server/contract.ts';

export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number | null;
  constructor(message: string, status: number | null) {
    super(message);
    this.status = status;
  }
}

const SERVER_DOWN = 'Cannot reach the server. Check that it is running, then try again.';
/** An answer whose parts this page cannot read (a server and page of different versions, or a bug): said so, not dumped as JSON. */
export const ANSWER_UNREADABLE = 'This answer could not be shown: it did not come in the form this page reads. Reload the page and ask again.';

/** The `error` field of a JSON error body, or null when the body is not one. */
export function errorFromBody(body: string): string | null {
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === 'object' && 'error' in parsed && typeof parsed.error === 'string') return parsed.error;
  } catch {
    // not JSON: the caller falls back to a generic message
  }
  return null;
}

/**
 * A message for an error from fetch or from useChat. useChat throws an Error whose message is the response body and
 * which carries `statusCode`; a network failure is a TypeError.
 */
export function describeError(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (TypeValidationError.isInstance(err)) return ANSWER_UNREADABLE;
  if (err instanceof TypeError) return SERVER_DOWN;
  if (err instanceof Error) {
    const status = 'statusCode' in err && typeof err.statusCode === 'number' ? err.statusCode : null;
    const fromBody = errorFromBody(err.message);
    if (fromBody) return fromBody;
    if (status != null && status >= 500) return `The server failed (${status}). Try again in a moment.`;
    if (/fetch|network|load failed/i.test(err.message)) return SERVER_DOWN;
    return err.message || 'Something went wrong.';
  }
  return 'Something went wrong.';
}

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(SERVER_DOWN, null);
  }
  const text = await res.text();
  if (!res.ok) throw new ApiError(errorFromBody(text) ?? `Request failed (${res.status}).`, res.status);
  return JSON.parse(text) as T;
}

let worksPromise: Promise<WorkSummary[]> | null = null;
const workPromises = new Map<string, Promise<WorkDetail>>();

/** All works, ordered by date (the server's order). A failed request is forgotten so the next call retries. */
export function fetchWorks(): Promise<WorkSummary[]> {
  worksPromise ??= getJson<{ works: WorkSummary[] }>('/api/works').then(
    (r) => r.works,
    (err: unknown) => {
      worksPromise = null;
      throw err;
    },
  );
  return worksPromise;
}

export function fetchWork(id: string): Promise<WorkDetail> {
  let p = workPromises.get(id);
  if (!p) {
    p = getJson<WorkDetail>(`/api/works/${encodeURIComponent(id)}`);
    p.catch(() => workPromises.delete(id));
    workPromises.set(id, p);
  }
  return p;
}

/** For tests: forget cached responses. */
export function resetApiCache(): void {
  worksPromise = null;
  workPromises.clear();
}
