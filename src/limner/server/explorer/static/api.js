// HTTP client for the Limner API: JSON in and out, problem+json errors as ApiError.

export class ApiError extends Error {
  constructor(problem, status) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.name = "ApiError";
    this.status = status;
    this.title = problem.title || `HTTP ${status}`;
    this.detail = problem.detail || "";
    this.code = problem.code || null;
    this.param = problem.param ?? null;
    this.requestId = problem.request_id || null;
    this.type = problem.type || null;
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
    this.retryAfter = problem.retry_after ?? null;
  }
}

async function problemFrom(response) {
  const type = response.headers.get("content-type") || "";
  const requestId = response.headers.get("x-request-id");
  let problem = {};
  try {
    if (type.includes("json")) {
      problem = await response.json();
    } else {
      const text = await response.text();
      problem = { detail: text.slice(0, 500) };
    }
  } catch (error) {
    problem = { detail: `Unreadable error body (${error.message})` };
  }
  if (problem === null || typeof problem !== "object") problem = { detail: String(problem) };
  // FastAPI's default validation error shape, in case a route answers without problem+json.
  if (Array.isArray(problem.detail)) {
    const first = problem.detail[0] || {};
    problem = {
      title: "Invalid request",
      detail: first.msg || "Invalid request",
      param: Array.isArray(first.loc) ? first.loc.filter((p) => p !== "body").join(".") : null,
    };
  }
  if (!problem.title) problem.title = response.statusText || `HTTP ${response.status}`;
  if (!problem.request_id && requestId) problem.request_id = requestId;
  const retryAfter = response.headers.get("retry-after");
  if (retryAfter) problem.retry_after = retryAfter;
  return new ApiError(problem, response.status);
}

export class ApiClient {
  /**
   * @param {URL} base  the server root (the API lives under base + "v1/...")
   * @param {() => string} getKey  returns the API key, or "" for none
   */
  constructor(base, getKey) {
    this.base = base;
    this.getKey = getKey;
  }

  url(path) {
    return new URL(path.replace(/^\//, ""), this.base);
  }

  headers(extra = {}) {
    const headers = { ...extra };
    const key = this.getKey();
    if (key) headers.Authorization = `Bearer ${key}`;
    return headers;
  }

  async send(method, path, { json, form } = {}) {
    const init = { method, headers: this.headers({ Accept: "application/json" }) };
    if (json !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(json);
    } else if (form !== undefined) {
      init.body = form;
    }
    const started = performance.now();
    let response;
    try {
      response = await fetch(this.url(path), init);
    } catch (error) {
      throw new ApiError({ title: "Network error", detail: `${method} ${path}: ${error.message}` }, 0);
    }
    const meta = {
      method,
      path,
      status: response.status,
      ms: Math.round(performance.now() - started),
      requestId: response.headers.get("x-request-id"),
      remaining: response.headers.get("ratelimit-remaining"),
    };
    if (!response.ok) {
      const error = await problemFrom(response);
      error.meta = meta;
      throw error;
    }
    const data = response.status === 204 ? null : await response.json();
    return { data, meta };
  }

  /** Image bytes as a Blob (fetched with the key, so it works when the server requires one). */
  async image(url) {
    const response = await fetch(this.url(url), { headers: this.headers() });
    if (!response.ok) throw await problemFrom(response);
    return response.blob();
  }

  async health() {
    const response = await fetch(this.url("healthz"));
    return response.ok;
  }
}
