/** When to retry and how long to wait: exponential backoff with jitter that honours `Retry-After`. */

/** 429 and every 5xx are worth another try; no other 4xx ever is. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/** Seconds to wait from a `Retry-After` header (delta-seconds or an HTTP date), or undefined. */
export function parseRetryAfter(value: string | null | undefined, now: () => number = Date.now): number | undefined {
  if (value === null || value === undefined || value.trim() === "") return undefined;
  const text = value.trim();
  const seconds = Number(text);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const when = Date.parse(text);
  if (Number.isNaN(when)) return undefined;
  return Math.max(0, (when - now()) / 1000);
}

export interface RetryPolicyOptions {
  maxRetries?: number;
  /** Seconds before the first retry; doubles each time. */
  initialDelay?: number;
  maxDelay?: number;
  /** Longest `Retry-After` the client will sleep for, in seconds. */
  maxRetryAfter?: number;
  random?: () => number;
}

export class RetryPolicy {
  readonly maxRetries: number;
  readonly initialDelay: number;
  readonly maxDelay: number;
  readonly maxRetryAfter: number;
  private readonly random: () => number;

  constructor(options: RetryPolicyOptions = {}) {
    this.maxRetries = options.maxRetries ?? 2;
    if (!Number.isInteger(this.maxRetries) || this.maxRetries < 0) {
      throw new RangeError("maxRetries must be an integer >= 0");
    }
    this.initialDelay = options.initialDelay ?? 0.5;
    this.maxDelay = options.maxDelay ?? 8;
    this.maxRetryAfter = options.maxRetryAfter ?? 60;
    this.random = options.random ?? Math.random;
  }

  /** Seconds to sleep before retry number `attempt` (0 for the first retry). */
  delay(attempt: number, retryAfter?: number): number {
    if (retryAfter !== undefined) return Math.min(retryAfter, this.maxRetryAfter);
    const base = Math.min(this.maxDelay, this.initialDelay * 2 ** attempt);
    return base * (1 - 0.25 * this.random());
  }
}
