// Retries, backoff, idempotency keys and error families, against a scripted fetch.
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  APIConnectionError,
  APIError,
  AuthenticationError,
  ConflictError,
  InvalidRequestError,
  Limner,
  LimnerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RetryPolicy,
  WaitTimeoutError,
  isRetryableStatus,
  parseRetryAfter,
} from "../src/index.js";

const GENERATION = {
  id: "gen_1",
  object: "generation",
  status: "succeeded",
  plan_id: "plan_1",
  created: 1795000000,
  images: [],
  usage: { images: 0 },
  error: null,
  change_mask: null,
};

interface Seen {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

type Answer = Response | Error;

function problem(status: number, code: string, headers: Record<string, string> = {}, param: string | null = "n"): Response {
  const body = { type: `urn:limner:error:${code}`, title: code, status, detail: `${code} happened`, code, param, request_id: "req_test" };
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/problem+json", ...headers } });
}

function ok(body: unknown, headers: Record<string, string> = {}, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });
}

function scripted(answers: Answer[], options: { maxRetries?: number; apiKey?: string } = {}) {
  const seen: Seen[] = [];
  const sleeps: number[] = [];
  const client = new Limner({
    baseUrl: "http://limner.test/",
    apiKey: options.apiKey ?? "sk_test",
    maxRetries: options.maxRetries ?? 2,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    fetch: async (url, init) => {
      seen.push({
        url,
        method: init.method ?? "GET",
        headers: Object.fromEntries(Object.entries((init.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v])),
        body: typeof init.body === "string" ? init.body : undefined,
      });
      const answer = answers.shift();
      if (answer === undefined) throw new Error("no more scripted answers");
      if (answer instanceof Error) throw answer;
      return answer;
    },
  });
  return { client, seen, sleeps };
}

test("Retry-After is honoured and one idempotency key is reused across retries", async () => {
  const { client, seen, sleeps } = scripted([
    problem(429, "rate_limited", { "Retry-After": "3" }),
    problem(503, "overloaded", { "Retry-After": "1" }),
    ok(GENERATION),
  ]);
  const generation = await client.generate({ prompt: "a red apple", seed: 4 });
  assert.equal(generation.id, "gen_1");
  assert.deepEqual(sleeps, [3000, 1000]);
  assert.equal(seen.length, 3);
  const keys = new Set(seen.map((s) => s.headers["idempotency-key"]));
  assert.equal(keys.size, 1);
  assert.match([...keys][0] ?? "", /^limner-ts-[0-9a-f-]{36}$/);
  assert.deepEqual(JSON.parse(seen[0]?.body ?? ""), { prompt: "a red apple", seed: 4 });
  assert.equal(seen[0]?.url, "http://limner.test/v1/generate");
  assert.equal(seen[0]?.headers.authorization, "Bearer sk_test");
});

test("each call gets its own key, an explicit key is used, GETs carry none", async () => {
  const { client, seen } = scripted([ok(GENERATION), ok(GENERATION), ok(GENERATION), ok(GENERATION)]);
  await client.generate({ plan_id: "plan_1" });
  await client.generate({ plan_id: "plan_1" });
  await client.generate({ plan_id: "plan_1" }, { idempotencyKey: "my-key" });
  await client.generations.get("gen_1");
  const keys = seen.map((s) => s.headers["idempotency-key"]);
  assert.notEqual(keys[0], keys[1]);
  assert.equal(keys[2], "my-key");
  assert.equal(keys[3], undefined);
  assert.equal(seen[3]?.url, "http://limner.test/v1/generations/gen_1");
});

test("backoff grows exponentially with jitter", async () => {
  const { client, sleeps } = scripted(
    [problem(500, "internal_error"), problem(502, "bad_gateway"), problem(504, "timeout"), ok(GENERATION)],
    { maxRetries: 3 },
  );
  await client.generations.get("gen_1");
  assert.equal(sleeps.length, 3);
  sleeps.forEach((ms, attempt) => {
    const ceiling = 500 * 2 ** attempt;
    assert.ok(ms >= 0.75 * ceiling && ms <= ceiling, `${ms} outside backoff window of attempt ${attempt}`);
  });
});

const families: [number, string, new (...args: never[]) => APIError][] = [
  [400, "malformed_request", InvalidRequestError],
  [401, "unauthorized", AuthenticationError],
  [403, "forbidden", PermissionDeniedError],
  [404, "not_found", NotFoundError],
  [409, "idempotency_conflict", ConflictError],
  [413, "payload_too_large", InvalidRequestError],
  [415, "unsupported_media_type", InvalidRequestError],
  [422, "invalid_request", InvalidRequestError],
];

for (const [status, code, family] of families) {
  test(`${status} maps to ${family.name} and is never retried`, async () => {
    const { client, seen, sleeps } = scripted([problem(status, code, { "Retry-After": "1" })]);
    await assert.rejects(client.generate({ prompt: "a cat", n: 99 }), (error: unknown) => {
      assert.ok(error instanceof family && error instanceof APIError && error instanceof LimnerError);
      assert.equal(error.status, status);
      assert.equal(error.code, code);
      assert.equal(error.param, "n");
      assert.equal(error.requestId, "req_test");
      assert.match(error.message, new RegExp(`${code}.*req_test`));
      return true;
    });
    assert.equal(seen.length, 1);
    assert.deepEqual(sleeps, []);
  });
}

test("a 429 that persists raises RateLimitError with retryAfter", async () => {
  const answers = [0, 1, 2].map(() => problem(429, "rate_limited", { "Retry-After": "7" }));
  const { client, seen, sleeps } = scripted(answers);
  await assert.rejects(client.reason("a dog"), (error: unknown) => error instanceof RateLimitError && error.retryAfter === 7);
  assert.deepEqual(sleeps, [7000, 7000]);
  assert.equal(seen.length, 3);
});

test("5xx exhausts retries and raises APIError itself", async () => {
  const { client, seen } = scripted([problem(500, "internal_error"), problem(500, "internal_error")], { maxRetries: 1 });
  await assert.rejects(client.plans.get("plan_1"), (error: unknown) => error instanceof APIError && error.constructor === APIError && error.status === 500);
  assert.equal(seen.length, 2);
});

test("connection errors are retried with the same key, then raised as APIConnectionError", async () => {
  const flaky = scripted([new TypeError("fetch failed"), ok(GENERATION)]);
  assert.equal((await flaky.client.generate({ prompt: "a boat" })).id, "gen_1");
  assert.equal(new Set(flaky.seen.map((s) => s.headers["idempotency-key"])).size, 1);
  assert.equal(flaky.sleeps.length, 1);

  const down = scripted([new TypeError("fetch failed"), new TypeError("fetch failed"), new TypeError("fetch failed")]);
  await assert.rejects(down.client.generate({ prompt: "a boat" }), APIConnectionError);
  assert.equal(down.seen.length, 3);
});

test("a 202 with Location is followed; async is sent as the wire name", async () => {
  const { client, seen } = scripted([
    new Response(null, { status: 202, headers: { Location: "/v1/generations/gen_9" } }),
    ok({ ...GENERATION, id: "gen_9", status: "queued" }),
  ]);
  const generation = await client.generate({ prompt: "a kite", async: true });
  assert.equal(generation.status, "queued");
  assert.equal(JSON.parse(seen[0]?.body ?? "").async, true);
  assert.equal(seen[1]?.url, "http://limner.test/v1/generations/gen_9");
});

test("wait polls at the server's pace until a terminal status", async () => {
  const { client, sleeps } = scripted([
    ok({ ...GENERATION, status: "queued" }, { "Retry-After": "2" }),
    ok({ ...GENERATION, status: "running" }),
    ok(GENERATION),
  ]);
  const generation = await client.generations.wait("gen_1", { timeout: 60_000 });
  assert.equal(generation.status, "succeeded");
  assert.equal(sleeps[0], 2000);
  assert.equal(sleeps.length, 2);
});

test("wait gives up after its timeout", async () => {
  const answers = Array.from({ length: 50 }, () => ok({ ...GENERATION, status: "running" }));
  const client = new Limner({
    baseUrl: "http://limner.test",
    fetch: async () => answers.shift() ?? ok({ ...GENERATION, status: "running" }),
  });
  await assert.rejects(client.generations.wait("gen_1", { timeout: 300 }), WaitTimeoutError);
});

test("image downloads are checked against the sha256 ETag", async () => {
  const good = "b5bb9d8014a0f9b1d61e21e796d78dccdf1352f23cd32812f4850b878ae4944c"; // sha256 of "foo\n"
  const { client } = scripted([
    new Response("foo\n", { headers: { ETag: `"${good}"` } }),
    new Response("bar\n", { headers: { ETag: `"${good}"` } }),
  ]);
  assert.equal(new TextDecoder().decode(await client.images.download("img_1")), "foo\n");
  await assert.rejects(client.images.download("img_1"), /corrupt/);
});

test("generate needs exactly one source", async () => {
  const { client } = scripted([]);
  await assert.rejects(client.generate({}), TypeError);
  await assert.rejects(client.generate({ prompt: "a cat", plan_id: "plan_1" }), TypeError);
});

test("retry policy rules", () => {
  const retryable = Array.from({ length: 200 }, (_, i) => 400 + i).filter(isRetryableStatus);
  assert.deepEqual(retryable, [429, ...Array.from({ length: 100 }, (_, i) => 500 + i)]);
  const policy = new RetryPolicy({ maxRetries: 5, random: () => 0 });
  assert.deepEqual([0, 1, 2, 3, 4, 5].map((a) => policy.delay(a)), [0.5, 1, 2, 4, 8, 8]);
  assert.equal(policy.delay(0, 120), 60);
  assert.equal(parseRetryAfter("2.5"), 2.5);
  assert.equal(parseRetryAfter("soon"), undefined);
  const now = Date.parse("Wed, 25 Nov 2026 07:00:00 GMT");
  assert.equal(parseRetryAfter("Wed, 25 Nov 2026 07:00:30 GMT", () => now), 30);
});

test("events yield generations until a terminal status", async () => {
  const frame = (status: string): string => `event: status\ndata: ${JSON.stringify({ ...GENERATION, status })}\n\n`;
  const text = `: hello\n\n${frame("queued")}${frame("running")}${frame("succeeded")}${frame("queued")}`;
  const { client, seen } = scripted([new Response(text, { headers: { "Content-Type": "text/event-stream" } })]);
  const statuses: string[] = [];
  for await (const generation of client.generations.events("gen_1")) statuses.push(generation.status);
  assert.deepEqual(statuses, ["queued", "running", "succeeded"]);
  assert.equal(seen[0]?.url, "http://limner.test/v1/generations/gen_1/events");
  assert.equal(seen[0]?.headers.accept, "text/event-stream");
});
