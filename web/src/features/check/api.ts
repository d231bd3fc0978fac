/** POST /api/check from the browser: the claims of a text, or an ApiError with the server's message. */
import { CheckResponse } from '../../../../server/contract.ts';
import { ApiError, errorFromBody } from '../../api/client.ts';

export async function postCheck(text: string, signal?: AbortSignal): Promise<CheckResponse> {
  // A network failure rejects with a TypeError, which describeError() words as "cannot reach the server".
  const res = await fetch('/api/check', { method: 'POST', signal, headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ text }) });
  const body = await res.text();
  if (!res.ok) throw new ApiError(errorFromBody(body) ?? `Request failed (${res.status}).`, res.status);
  return CheckResponse.parse(JSON.parse(body));
}
