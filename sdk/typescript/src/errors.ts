/**
 * Errors a caller can catch by family. `LimnerError` is the base; `APIError` is any error status
 * (and, itself, a 5xx); its subclasses name the 4xx families; `APIConnectionError` means no answer came.
 */

import type { Problem } from "./models.js";
import { parseRetryAfter } from "./retry.js";

export class LimnerError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class APIConnectionError extends LimnerError {}

export class APITimeoutError extends APIConnectionError {}

/** The server answered 2xx with a body that is not the expected object. */
export class APIResponseValidationError extends LimnerError {}

/** `webhooks.verify`: the delivery's signature is missing, wrong or too old. */
export class InvalidWebhookSignatureError extends LimnerError {}

/** `generations.wait` gave up before the generation reached a terminal status. */
export class WaitTimeoutError extends LimnerError {
  constructor(
    readonly generationId: string,
    /** Milliseconds. */
    readonly timeout: number,
    readonly lastStatus: string,
  ) {
    super(`generation ${generationId} still ${lastStatus} after ${timeout} ms`);
  }
}

export class APIError extends LimnerError {
  /** The HTTP status (`status` is the same number). */
  readonly statusCode: number;
  readonly status: number;
  /** The answer (its body already read into `problem`); undefined when built without one. */
  readonly response: Response | undefined;
  readonly problem: Problem;
  readonly code: string | null;
  readonly param: string | null;
  readonly detail: string | null;
  readonly requestId: string | null;
  /** Seconds from `Retry-After`, when the server sent one. */
  readonly retryAfter: number | undefined;
  readonly headers: Headers;

  constructor(status: number, problem: Problem, headers: Headers, response?: Response) {
    const code = problem.code ?? null;
    const param = problem.param ?? null;
    const detail = problem.detail ?? null;
    const requestId = problem.request_id ?? headers.get("x-request-id");
    let message = `${status} ${code ?? problem.title ?? "error"}`;
    if (detail) message += `: ${detail}`;
    if (param) message += ` (param: ${param})`;
    if (requestId) message += ` [request_id: ${requestId}]`;
    super(message);
    this.statusCode = status;
    this.status = status;
    this.response = response;
    this.problem = problem;
    this.code = code;
    this.param = param;
    this.detail = detail;
    this.requestId = requestId;
    this.retryAfter = parseRetryAfter(headers.get("retry-after"));
    this.headers = headers;
  }
}

/** 400, 413, 415 or 422: the request itself is wrong; `param` names the offending field. */
export class InvalidRequestError extends APIError {}
/** 401: no key, or a key the server does not accept. */
export class AuthenticationError extends APIError {}
/** 403: the key is valid but not allowed to do this. */
export class PermissionDeniedError extends APIError {}
/** 404: no such id (or one that belongs to another account). */
export class NotFoundError extends APIError {}
/** 409: the same Idempotency-Key was used with a different body. */
export class ConflictError extends APIError {}
/** 429: a rate or quota limit; `retryAfter` says how many seconds to wait. */
export class RateLimitError extends APIError {}

type APIErrorClass = new (status: number, problem: Problem, headers: Headers, response?: Response) => APIError;

const BY_STATUS: ReadonlyMap<number, APIErrorClass> = new Map<number, APIErrorClass>([
  [400, InvalidRequestError],
  [401, AuthenticationError],
  [403, PermissionDeniedError],
  [404, NotFoundError],
  [409, ConflictError],
  [413, InvalidRequestError],
  [415, InvalidRequestError],
  [422, InvalidRequestError],
  [429, RateLimitError],
]);

export function errorClassFor(status: number): APIErrorClass {
  return BY_STATUS.get(status) ?? APIError;
}

/** The problem details of an error body, or a synthetic one when it is not problem+json. */
export function problemFromBody(status: number, statusText: string, body: string): Problem {
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) {
      return { type: "about:blank", title: statusText, status, ...(parsed as Record<string, unknown>) } as Problem;
    }
  } catch {
    // not JSON: described below from the raw text
  }
  const text = body.slice(0, 500);
  return { type: "about:blank", title: statusText || "HTTP error", status, detail: text || statusText || null };
}

/** The error to throw for an error answer (reads its body). */
export async function errorFromResponse(response: Response): Promise<APIError> {
  const body = await response.text();
  const problem = problemFromBody(response.status, response.statusText, body);
  const ErrorClass = errorClassFor(response.status);
  return new ErrorClass(response.status, problem, response.headers, response);
}
