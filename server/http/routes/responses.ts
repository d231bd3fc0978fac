/** The error responses the routes document, each a JSON error body (`ErrorResponse`). */
import { ErrorResponse } from '../../contract.ts';

/** An error response, described. */
export const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ErrorResponse } } });

/** What a request with a JSON body may get besides its answer: invalid (as described), over 1 MB, or not sent as JSON. */
export const jsonBodyErrors = (invalid: string) => ({
  400: errorResponse(invalid),
  413: errorResponse('Body over 1 MB'),
  415: errorResponse('Body not sent as JSON (Content-Type: application/json)'),
});
