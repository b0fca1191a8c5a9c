/** Typed client for the Limner image generation API. */

export {
  DEFAULT_BASE_URL,
  Generations,
  Images,
  Limner,
  Plans,
  References,
  newIdempotencyKey,
} from "./client.js";
export type {
  ClientOptions,
  FetchLike,
  GenerateParams,
  ReasonParams,
  RequestOptions,
  WaitOptions,
} from "./client.js";
export {
  APIConnectionError,
  APIError,
  APIResponseValidationError,
  APITimeoutError,
  AuthenticationError,
  ConflictError,
  InvalidRequestError,
  LimnerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  WaitTimeoutError,
  errorClassFor,
  errorFromResponse,
  problemFromBody,
} from "./errors.js";
export type * from "./models.js";
export { TERMINAL_STATUSES, isTerminal } from "./models.js";
export { RetryPolicy, isRetryableStatus, parseRetryAfter } from "./retry.js";
export type { RetryPolicyOptions } from "./retry.js";
export { SSEDecoder, readEvents } from "./sse.js";
export type { ServerSentEvent } from "./sse.js";
export { VERSION } from "./version.js";

