/**
 * Errors the API answers with: every failure is JSON `{ "error": { "status", "code", "message" } }`.
 */

/** An error with an HTTP status, a stable machine-readable code and a message for people. */
export class HttpError extends Error {
  override name = 'HttpError';
  /**
   * @param status - HTTP status (400, 401, 403, 404, 413, 415, …)
   * @param code - stable code, e.g. `bad-parameter`
   * @param message - what is wrong, naming the parameter or field
   */
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The JSON body of an error response. */
export interface ErrorBody {
  error: { status: number; code: string; message: string };
}

/** Builds the JSON body of an error response. */
export function errorBody(status: number, code: string, message: string): ErrorBody {
  return { error: { status, code, message } };
}

/** A 400 for a bad query parameter or body field. */
export function badRequest(message: string, code = 'bad-request'): HttpError {
  return new HttpError(400, code, message);
}
