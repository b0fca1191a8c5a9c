/** Typed client for the Limner image generation API. */

export {
  DEFAULT_BASE_URL,
  Generations,
  Images,
  Limner,
  Plans,
  RawCalls,
  References,
  newIdempotencyKey,
} from "./client.js";
export type {
  ClientOptions,
  FetchLike,
  GenerateParams,
  LogLevel,
  Logger,
  RawResponse,
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
  InvalidWebhookSignatureError,
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
export { Page, PagePromise } from "./pagination.js";
export type { ListBody, ListParams } from "./pagination.js";
export { RetryPolicy, isRetryableStatus, parseRetryAfter } from "./retry.js";
export type { RetryPolicyOptions } from "./retry.js";
export { SSEDecoder, readEvents } from "./sse.js";
export type { ServerSentEvent } from "./sse.js";
export {
  validateGeneration,
  validateGenerationList,
  validateImage,
  validateImageList,
  validatePlan,
  validatePlanList,
  validateReference,
  validateReferenceList,
  validateUsage,
} from "./validate.js";
export { VERSION } from "./version.js";
export { DEFAULT_TOLERANCE_S, SIGNATURE_HEADER, Webhooks, sign as signWebhook, verifySignature } from "./webhooks.js";
export type { HeadersLike, VerifyOptions } from "./webhooks.js";

