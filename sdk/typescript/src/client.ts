/** `Limner`: the client. Fetch-based, so it runs in Node >= 18, Deno, Bun and browsers. */

import {
  APIConnectionError,
  APIResponseValidationError,
  APITimeoutError,
  LimnerError,
  WaitTimeoutError,
  errorFromResponse,
} from "./errors.js";
import type { Generation, GenerationImage, Image, Plan, Reference, ReferenceUse, Usage } from "./models.js";
import { isTerminal } from "./models.js";
import type { ListBody, ListParams } from "./pagination.js";
import { Page, PagePromise } from "./pagination.js";
import { RetryPolicy, isRetryableStatus, parseRetryAfter } from "./retry.js";
import { readEvents } from "./sse.js";
import {
  validateGeneration,
  validateGenerationList,
  validateImageList,
  validatePlan,
  validatePlanList,
  validateReference,
  validateReferenceList,
  validateUsage,
} from "./validate.js";
import { VERSION } from "./version.js";
import { Webhooks } from "./webhooks.js";

export const DEFAULT_BASE_URL = "http://127.0.0.1:8000";

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface ClientOptions {
  /** Defaults to env `LIMNER_BASE_URL` (in Node), else `http://127.0.0.1:8000`. */
  baseUrl?: string;
  /** Defaults to env `LIMNER_API_KEY` (in Node); none means the server's local account. */
  apiKey?: string;
  /** Per attempt, in milliseconds (default 60 000). */
  timeout?: number;
  /** Further attempts after a 429, a 5xx or a connection error (default 2). */
  maxRetries?: number;
  defaultHeaders?: Record<string, string>;
  /** A `fetch` to use instead of the global one. */
  fetch?: FetchLike;
  /** How to wait (milliseconds); replace it to observe or speed up backoff. */
  sleep?: (ms: number) => Promise<void>;
  retry?: RetryPolicy;
  /** `debug` logs every attempt, `info` only retries; defaults to env `LIMNER_LOG` (in Node), else off. */
  logLevel?: LogLevel;
  /** Where log lines go (default: `console.error`). */
  logger?: Logger;
}

export type LogLevel = "debug" | "info" | "off";

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
}

export interface RequestOptions {
  /** Reused across the retries of this one call; generated when absent (POST only). */
  idempotencyKey?: string;
  signal?: AbortSignal;
  /** This call's timeout per attempt, in milliseconds (over the client's). */
  timeout?: number;
  /** This call's further attempts after a 429, a 5xx or a connection error (over the client's). */
  maxRetries?: number;
  /** @internal Receives the response a raw-response call was read from. */
  capture?: { response?: Response };
}

/** What `client.withRawResponse` calls answer: the parsed object and the HTTP response it came from. */
export interface RawResponse<T> {
  data: T;
  response: Response;
  status: number;
  headers: Headers;
  requestId: string | null;
}

export interface ReasonParams {
  references?: (string | ReferenceUse)[];
  base_plan_id?: string;
  size?: string;
  aspect_ratio?: string;
  seed?: number;
  [extra: string]: unknown;
}

export interface GenerateParams {
  prompt?: string;
  plan_id?: string;
  plan?: Plan;
  n?: number;
  size?: string;
  output_format?: "png" | "jpeg" | "webp" | "svg";
  seed?: number;
  renderer?: string;
  locales?: string[];
  mirror_rtl?: boolean;
  base_image_id?: string;
  /** Answer 202 at once with a queued generation; follow it with `generations.wait`. */
  async?: boolean;
  webhook_url?: string;
  [extra: string]: unknown;
}

export interface WaitOptions {
  /** Milliseconds before `WaitTimeoutError` (default 300 000). */
  timeout?: number;
  /** First poll interval in milliseconds (default 250), growing to 2000 unless the server sends Retry-After. */
  pollInterval?: number;
  signal?: AbortSignal;
}

interface CallSpec extends RequestOptions {
  method: string;
  path: string;
  body?: unknown;
  /** A body sent as is (multipart), with its content type. */
  rawBody?: Uint8Array;
  contentType?: string;
  query?: Record<string, string>;
  accept?: string;
}

const LOG_LEVELS: readonly LogLevel[] = ["debug", "info", "off"];

function logLevelFrom(value: string | undefined): LogLevel {
  const level = (value ?? "").trim().toLowerCase() as LogLevel;
  return LOG_LEVELS.includes(level) ? level : "off";
}

const consoleLogger: Logger = {
  debug: (message) => console.error(`[limner debug] ${message}`),
  info: (message) => console.error(`[limner info] ${message}`),
};

/** A multipart/form-data body with a fixed boundary, so that retries send the very same bytes. */
async function multipart(
  fields: Record<string, string | undefined>,
  file: { name: string; data: Uint8Array; type: string },
): Promise<{ body: Uint8Array; contentType: string }> {
  const boundary = `limner-${(await webCrypto()).randomUUID()}`;
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    parts.push(encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  parts.push(
    encoder.encode(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
    ),
  );
  parts.push(file.data, encoder.encode(`\r\n--${boundary}--\r\n`));
  const body = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    body.set(part, at);
    at += part.length;
  }
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

function mediaType(data: Uint8Array): string {
  const starts = (...bytes: number[]): boolean => bytes.every((b, i) => data[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47)) return "image/png";
  if (starts(0xff, 0xd8, 0xff)) return "image/jpeg";
  if (starts(0x52, 0x49, 0x46, 0x46) && data[8] === 0x57 && data[9] === 0x45 && data[10] === 0x42 && data[11] === 0x50) {
    return "image/webp";
  }
  return "application/octet-stream";
}

function environment(name: string): string | undefined {
  const holder = globalThis as { process?: { env?: Record<string, string | undefined> } };
  return holder.process?.env?.[name];
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function webCrypto(): Promise<Crypto> {
  if (globalThis.crypto?.subtle !== undefined) return globalThis.crypto;
  const nodeCrypto = (await import("node:crypto")) as unknown as { webcrypto: Crypto };
  return nodeCrypto.webcrypto;
}

export async function newIdempotencyKey(): Promise<string> {
  return `limner-ts-${(await webCrypto()).randomUUID()}`;
}

async function sha256Hex(data: Uint8Array): Promise<string> {
  const digest = await (await webCrypto()).subtle.digest("SHA-256", data as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

function compact(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== null));
}

/** A generation from one event's data: the object itself, or wrapped as `{"generation": …}`. */
function generationFromEvent(data: string): Generation | undefined {
  let payload: unknown;
  try {
    payload = JSON.parse(data);
  } catch {
    return undefined; // keep-alives and other non-JSON events carry no status
  }
  if (payload !== null && typeof payload === "object" && "generation" in payload) {
    payload = (payload as { generation: unknown }).generation;
  }
  if (payload === null || typeof payload !== "object") return undefined;
  const candidate = payload as Partial<Generation>;
  return typeof candidate.id === "string" && typeof candidate.status === "string" ? validateGeneration(candidate) : undefined;
}

function imageId(image: string | GenerationImage): string {
  return typeof image === "string" ? image : image.id;
}

export class Limner {
  readonly baseUrl: string;
  readonly retry: RetryPolicy;
  readonly plans: Plans;
  readonly generations: Generations;
  readonly images: Images;
  readonly references: References;
  readonly webhooks: Webhooks;
  /** The same calls, answering `RawResponse`s: `{ data, response, status, headers, requestId }`. */
  readonly withRawResponse: RawCalls;
  readonly timeout: number;
  private readonly apiKey: string | undefined;
  private readonly defaultHeaders: Record<string, string>;
  private readonly fetchImpl: FetchLike;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly logLevel: LogLevel;
  private readonly logger: Logger;
  private readonly options: ClientOptions;

  constructor(options: ClientOptions = {}) {
    this.options = { ...options };
    this.baseUrl = (options.baseUrl ?? environment("LIMNER_BASE_URL") ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
    this.apiKey = options.apiKey ?? environment("LIMNER_API_KEY") ?? undefined;
    if (this.apiKey === "") this.apiKey = undefined;
    this.timeout = options.timeout ?? 60_000;
    this.retry = options.retry ?? new RetryPolicy({ maxRetries: options.maxRetries ?? 2 });
    this.defaultHeaders = { ...(options.defaultHeaders ?? {}) };
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.sleep = options.sleep ?? defaultSleep;
    this.logLevel = options.logLevel ?? logLevelFrom(environment("LIMNER_LOG"));
    this.logger = options.logger ?? consoleLogger;
    this.plans = new Plans(this);
    this.generations = new Generations(this);
    this.images = new Images(this);
    this.references = new References(this);
    this.webhooks = new Webhooks();
    this.withRawResponse = new RawCalls(this);
  }

  /** A client with these settings changed (the rest as this one's). */
  withOptions(options: ClientOptions): Limner {
    const merged: ClientOptions = { ...this.options, ...options };
    if (options.maxRetries !== undefined && options.retry === undefined) {
      merged.retry = new RetryPolicy({
        maxRetries: options.maxRetries,
        initialDelay: this.retry.initialDelay,
        maxDelay: this.retry.maxDelay,
        maxRetryAfter: this.retry.maxRetryAfter,
      });
    }
    if (options.defaultHeaders !== undefined) merged.defaultHeaders = { ...this.defaultHeaders, ...options.defaultHeaders };
    return new Limner(merged);
  }

  get maxRetries(): number {
    return this.retry.maxRetries;
  }

  private headers(spec: CallSpec, idempotencyKey: string | undefined): Record<string, string> {
    const headers: Record<string, string> = {
      Accept: spec.accept ?? "application/json",
      "User-Agent": `limner-client-typescript/${VERSION}`,
    };
    if (this.apiKey) headers.Authorization = `Bearer ${this.apiKey}`;
    if (spec.rawBody !== undefined) headers["Content-Type"] = spec.contentType ?? "application/octet-stream";
    else if (spec.body !== undefined) headers["Content-Type"] = "application/json";
    if (idempotencyKey) headers["Idempotency-Key"] = idempotencyKey;
    return { ...headers, ...this.defaultHeaders };
  }

  private url(spec: CallSpec): string {
    const query = spec.query && Object.keys(spec.query).length ? `?${new URLSearchParams(spec.query)}` : "";
    return `${this.baseUrl}${spec.path}${query}`;
  }

  private async attempt(spec: CallSpec, headers: Record<string, string>): Promise<Response> {
    const controller = new AbortController();
    const timeout = spec.timeout ?? this.timeout;
    const timer = setTimeout(() => controller.abort(new APITimeoutError(`timed out after ${timeout} ms`)), timeout);
    const forward = (): void => controller.abort(spec.signal?.reason);
    spec.signal?.addEventListener("abort", forward, { once: true });
    try {
      return await this.fetchImpl(this.url(spec), {
        method: spec.method,
        headers,
        body: spec.rawBody !== undefined ? (spec.rawBody as BodyInit) : spec.body === undefined ? undefined : JSON.stringify(spec.body),
        signal: controller.signal,
      });
    } catch (cause) {
      if (spec.signal?.aborted) throw cause;
      if (controller.signal.aborted && controller.signal.reason instanceof APITimeoutError) {
        throw controller.signal.reason;
      }
      throw new APIConnectionError(`connection error: ${String(cause)}`, { cause });
    } finally {
      clearTimeout(timer);
      spec.signal?.removeEventListener("abort", forward);
    }
  }

  private async send(spec: CallSpec): Promise<Response> {
    const method = spec.method.toUpperCase();
    const key = spec.idempotencyKey ?? (method === "POST" ? await newIdempotencyKey() : undefined);
    const headers = this.headers(spec, key);
    const maxRetries = spec.maxRetries ?? this.retry.maxRetries;
    if (!Number.isInteger(maxRetries) || maxRetries < 0) throw new RangeError("maxRetries must be an integer >= 0");
    for (let attempt = 0; ; attempt++) {
      let error: LimnerError;
      let retryAfter: number | undefined;
      const started = Date.now();
      try {
        const response = await this.attempt({ ...spec, method }, headers);
        this.log("debug", `${method} ${spec.path} ${response.status} (attempt ${attempt + 1}, ${Date.now() - started} ms, request id ${response.headers.get("x-request-id") ?? "-"})`);
        if (response.ok) {
          if (spec.capture) spec.capture.response = response;
          return response;
        }
        const apiError = await errorFromResponse(response);
        if (!isRetryableStatus(response.status)) throw apiError;
        error = apiError;
        retryAfter = apiError.retryAfter;
      } catch (caught) {
        if (!(caught instanceof APIConnectionError)) throw caught;
        this.log("debug", `${method} ${spec.path} failed (attempt ${attempt + 1}): ${caught.message}`);
        error = caught;
      }
      if (attempt >= maxRetries) throw error;
      const delay = this.retry.delay(attempt, retryAfter);
      this.log("info", `${method} ${spec.path}: retrying in ${delay.toFixed(2)} s after ${error.message}`);
      await this.sleep(delay * 1000);
    }
  }

  private log(level: "debug" | "info", message: string): void {
    if (this.logLevel === "off" || (level === "debug" && this.logLevel !== "debug")) return;
    this.logger[level](message);
  }

  /** A raw call with this client's auth, retries and idempotency, for endpoints without a method. */
  request(method: string, path: string, options: RequestOptions & { body?: unknown; query?: Record<string, string> } = {}): Promise<Response> {
    return this.send({ method, path, ...options });
  }

  /** @internal */
  async json<T>(spec: CallSpec, kind: string, validate: (value: unknown) => T): Promise<{ value: T; response: Response }> {
    const response = await this.send(spec);
    const text = await response.text();
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (cause) {
      throw new APIResponseValidationError(`${spec.method} ${spec.path}: answer is not JSON`, { cause });
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      throw new APIResponseValidationError(`${spec.method} ${spec.path}: answer is not a ${kind} object`);
    }
    const object = (value as { object?: unknown }).object;
    if (typeof object === "string" && object !== kind) {
      throw new APIResponseValidationError(`${spec.method} ${spec.path}: answer is a ${object}, not a ${kind}`);
    }
    return { value: validate(value), response };
  }

  /** @internal A list endpoint: awaited, its first page; iterated, every item of every page. */
  list<T extends { id: string }>(
    path: string,
    params: ListParams,
    options: RequestOptions,
    validate: (value: unknown) => ListBody<T>,
  ): PagePromise<T> {
    return new PagePromise(() => this.page(path, params, options, validate));
  }

  private async page<T extends { id: string }>(
    path: string,
    params: ListParams,
    options: RequestOptions,
    validate: (value: unknown) => ListBody<T>,
  ): Promise<Page<T>> {
    const query: Record<string, string> = {};
    if (params.limit !== undefined) query.limit = String(params.limit);
    if (params.after !== undefined) query.after = params.after;
    const { value } = await this.json({ method: "GET", path, query, ...options }, "list", validate);
    const later: RequestOptions = { ...options, capture: undefined }; // a raw call answers the first page's response
    return new Page(value, (after) => this.page(path, { ...params, after }, later, validate));
  }

  /** @internal */
  raw(spec: CallSpec): Promise<Response> {
    return this.send(spec);
  }

  /** @internal */
  pause(ms: number): Promise<void> {
    return this.sleep(ms);
  }

  /** Turn a prompt (or an edit of `base_plan_id`) into a scene plan: `POST /v1/reason`. */
  async reason(prompt: string, params: ReasonParams = {}, options: RequestOptions = {}): Promise<Plan> {
    const body = compact({ prompt, ...params });
    return (await this.json({ method: "POST", path: "/v1/reason", body, ...options }, "plan", validatePlan)).value;
  }

  /** Render images from exactly one of `prompt`, `plan_id` or `plan`: `POST /v1/generate`. */
  async generate(params: GenerateParams, options: RequestOptions = {}): Promise<Generation> {
    const sources = [params.prompt, params.plan_id, params.plan].filter((v) => v !== undefined && v !== null);
    if (sources.length !== 1) throw new TypeError("pass exactly one of prompt, plan_id or plan");
    const body = compact({ ...params });
    const response = await this.send({ method: "POST", path: "/v1/generate", body, ...options });
    const text = await response.text();
    if (response.status === 202 && text.trim() === "") {
      const location = response.headers.get("location");
      const id = location?.replace(/\/+$/, "").split("/").pop();
      if (!id) throw new APIResponseValidationError("202 answer with neither a body nor a Location header");
      return this.generations.get(id, options);
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (cause) {
      throw new APIResponseValidationError("POST /v1/generate: answer is not JSON", { cause });
    }
    return validateGeneration(value);
  }

  /** Metered usage between two Unix times: `GET /v1/usage`. */
  async usage(params: { start?: number; end?: number } = {}, options: RequestOptions = {}): Promise<Usage> {
    const query = Object.fromEntries(
      Object.entries(params).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]),
    );
    return (await this.json({ method: "GET", path: "/v1/usage", query, ...options }, "usage", validateUsage)).value;
  }
}

export class Plans {
  constructor(private readonly client: Limner) {}

  /** A stored plan: `GET /v1/plans/{id}`. */
  async get(id: string, options: RequestOptions = {}): Promise<Plan> {
    const path = `/v1/plans/${encodeURIComponent(id)}`;
    return (await this.client.json({ method: "GET", path, ...options }, "plan", validatePlan)).value;
  }

  /**
   * Your plans, newest first: `GET /v1/plans` (`limit` 1–100 a page, default 20; `after` an id).
   * `await` it for the first page, or `for await` over it for every one, later pages fetched as reached.
   */
  list(params: ListParams = {}, options: RequestOptions = {}): PagePromise<Plan> {
    return this.client.list("/v1/plans", params, options, validatePlanList);
  }
}

export class Generations {
  constructor(private readonly client: Limner) {}

  /** A generation and its images: `GET /v1/generations/{id}`. */
  async get(id: string, options: RequestOptions = {}): Promise<Generation> {
    return (await this.fetch(id, options)).value;
  }

  private fetch(id: string, options: RequestOptions): Promise<{ value: Generation; response: Response }> {
    const path = `/v1/generations/${encodeURIComponent(id)}`;
    return this.client.json({ method: "GET", path, ...options }, "generation", validateGeneration);
  }

  /** Cancel a queued or running generation: `POST /v1/generations/{id}/cancel`. */
  async cancel(id: string, options: RequestOptions = {}): Promise<Generation> {
    const path = `/v1/generations/${encodeURIComponent(id)}/cancel`;
    return (await this.client.json({ method: "POST", path, ...options }, "generation", validateGeneration)).value;
  }

  /** Status changes as they happen (`GET /v1/generations/{id}/events`), until a terminal one. */
  async *events(id: string, options: RequestOptions = {}): AsyncGenerator<Generation> {
    const path = `/v1/generations/${encodeURIComponent(id)}/events`;
    const response = await this.client.raw({ method: "GET", path, accept: "text/event-stream", ...options });
    if (response.body === null) return;
    for await (const event of readEvents(response.body)) {
      const generation = generationFromEvent(event.data);
      if (generation === undefined) continue;
      yield generation;
      if (isTerminal(generation.status)) return;
    }
  }

  /** Poll until succeeded, failed or canceled, at the server's pace (`Retry-After`) when it gives one. */
  async wait(id: string, options: WaitOptions = {}): Promise<Generation> {
    const timeout = options.timeout ?? 300_000;
    const deadline = Date.now() + timeout;
    let interval = options.pollInterval ?? 250;
    for (;;) {
      const { value, response } = await this.fetch(id, { signal: options.signal });
      if (isTerminal(value.status)) return value;
      const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
      interval = retryAfter !== undefined ? retryAfter * 1000 : Math.min(2000, interval * 1.5);
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new WaitTimeoutError(id, timeout, value.status);
      await this.client.pause(Math.min(interval, remaining));
    }
  }

  /**
   * Your generations, newest first: `GET /v1/generations` (`limit` 1–100 a page, default 20; `after` an id).
   * `await` it for the first page, or `for await` over it for every one, later pages fetched as reached.
   */
  list(params: ListParams = {}, options: RequestOptions = {}): PagePromise<Generation> {
    return this.client.list("/v1/generations", params, options, validateGenerationList);
  }
}

export class Images {
  constructor(private readonly client: Limner) {}

  /** The image bytes (`GET /v1/images/{id}`), checked against the sha256 `ETag`. */
  async download(image: string | GenerationImage, options: RequestOptions = {}): Promise<Uint8Array> {
    const path = `/v1/images/${encodeURIComponent(imageId(image))}`;
    const response = await this.client.raw({ method: "GET", path, accept: "*/*", ...options });
    const data = new Uint8Array(await response.arrayBuffer());
    const tag = (response.headers.get("etag") ?? "").replace(/^W\//, "").replace(/"/g, "").toLowerCase();
    if (/^[0-9a-f]{64}$/.test(tag)) {
      const digest = await sha256Hex(data);
      if (digest !== tag) throw new LimnerError(`downloaded image is corrupt: sha256 ${digest} != ETag ${tag}`);
    }
    return data;
  }

  /** Download an image into a file (Node only). */
  async save(image: string | GenerationImage, path: string, options: RequestOptions = {}): Promise<string> {
    const data = await this.download(image, options);
    const fs = await import("node:fs/promises");
    await fs.writeFile(path, data);
    return path;
  }

  /**
   * Your images, newest first: `GET /v1/images` (`limit` 1–100 a page, default 20; `after` an id).
   * `await` it for the first page, or `for await` over it for every one, later pages fetched as reached.
   */
  list(params: ListParams = {}, options: RequestOptions = {}): PagePromise<Image> {
    return this.client.list("/v1/images", params, options, validateImageList);
  }
}

export class References {
  constructor(private readonly client: Limner) {}

  /** Upload a reference image (PNG, JPEG or WebP: bytes or a Blob) as multipart form data: `POST /v1/references`. */
  async create(
    data: Uint8Array | ArrayBuffer | Blob,
    params: { role?: string; name?: string; filename?: string } = {},
    options: RequestOptions = {},
  ): Promise<Reference> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data instanceof Blob ? await data.arrayBuffer() : data);
    const type = data instanceof Blob && data.type ? data.type : mediaType(bytes);
    const filename = params.filename ?? (params.name ? `${params.name}` : "reference");
    const form = await multipart({ role: params.role, name: params.name }, { name: filename, data: bytes, type });
    const spec = { method: "POST", path: "/v1/references", rawBody: form.body, contentType: form.contentType, ...options };
    return (await this.client.json(spec, "reference", validateReference)).value;
  }

  async get(id: string, options: RequestOptions = {}): Promise<Reference> {
    const path = `/v1/references/${encodeURIComponent(id)}`;
    return (await this.client.json({ method: "GET", path, ...options }, "reference", validateReference)).value;
  }

  async delete(id: string, options: RequestOptions = {}): Promise<void> {
    await this.client.raw({ method: "DELETE", path: `/v1/references/${encodeURIComponent(id)}`, ...options });
  }

  /**
   * Your references, newest first: `GET /v1/references` (`limit` 1–100 a page, default 20; `after` an id).
   * `await` it for the first page, or `for await` over it for every one, later pages fetched as reached.
   */
  list(params: ListParams = {}, options: RequestOptions = {}): PagePromise<Reference> {
    return this.client.list("/v1/references", params, options, validateReferenceList);
  }
}

async function raw<T>(call: (options: RequestOptions) => PromiseLike<T>, options: RequestOptions = {}): Promise<RawResponse<T>> {
  const capture: { response?: Response } = {};
  const data = await call({ ...options, capture });
  const response = capture.response;
  if (response === undefined) throw new LimnerError("the call made no request");
  return { data, response, status: response.status, headers: response.headers, requestId: response.headers.get("x-request-id") };
}

/** `client.withRawResponse`: each call answers `{ data, response, status, headers, requestId }`. */
export class RawCalls {
  readonly plans: {
    get: (id: string, options?: RequestOptions) => Promise<RawResponse<Plan>>;
    list: (params?: ListParams, options?: RequestOptions) => Promise<RawResponse<Page<Plan>>>;
  };
  readonly generations: {
    get: (id: string, options?: RequestOptions) => Promise<RawResponse<Generation>>;
    cancel: (id: string, options?: RequestOptions) => Promise<RawResponse<Generation>>;
    list: (params?: ListParams, options?: RequestOptions) => Promise<RawResponse<Page<Generation>>>;
  };
  readonly references: {
    create: (
      data: Uint8Array | ArrayBuffer | Blob,
      params?: { role?: string; name?: string; filename?: string },
      options?: RequestOptions,
    ) => Promise<RawResponse<Reference>>;
    get: (id: string, options?: RequestOptions) => Promise<RawResponse<Reference>>;
    list: (params?: ListParams, options?: RequestOptions) => Promise<RawResponse<Page<Reference>>>;
  };
  readonly images: {
    download: (image: string | GenerationImage, options?: RequestOptions) => Promise<RawResponse<Uint8Array>>;
    list: (params?: ListParams, options?: RequestOptions) => Promise<RawResponse<Page<Image>>>;
  };

  constructor(private readonly client: Limner) {
    this.plans = {
      get: (id, options) => raw((o) => client.plans.get(id, o), options),
      list: (params, options) => raw((o) => client.plans.list(params, o), options),
    };
    this.generations = {
      get: (id, options) => raw((o) => client.generations.get(id, o), options),
      cancel: (id, options) => raw((o) => client.generations.cancel(id, o), options),
      list: (params, options) => raw((o) => client.generations.list(params, o), options),
    };
    this.references = {
      create: (data, params, options) => raw((o) => client.references.create(data, params, o), options),
      get: (id, options) => raw((o) => client.references.get(id, o), options),
      list: (params, options) => raw((o) => client.references.list(params, o), options),
    };
    this.images = {
      download: (image, options) => raw((o) => client.images.download(image, o), options),
      list: (params, options) => raw((o) => client.images.list(params, o), options),
    };
  }

  reason(prompt: string, params: ReasonParams = {}, options: RequestOptions = {}): Promise<RawResponse<Plan>> {
    return raw((o) => this.client.reason(prompt, params, o), options);
  }

  generate(params: GenerateParams, options: RequestOptions = {}): Promise<RawResponse<Generation>> {
    return raw((o) => this.client.generate(params, o), options);
  }

  usage(params: { start?: number; end?: number } = {}, options: RequestOptions = {}): Promise<RawResponse<Usage>> {
    return raw((o) => this.client.usage(params, o), options);
  }
}
