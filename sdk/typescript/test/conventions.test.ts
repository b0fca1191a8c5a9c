// SDK conventions against a scripted fetch: per-call timeout and maxRetries, withOptions,
// withRawResponse, logs, statusCode/response on errors, validated answers, webhooks, multipart.
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { test } from "node:test";

import {
  APIError,
  APIResponseValidationError,
  APITimeoutError,
  InvalidWebhookSignatureError,
  Limner,
  NotFoundError,
  signWebhook,
} from "../src/index.js";

const PLAN = {
  id: "plan_1",
  object: "plan",
  schema_version: "2",
  created: 1795000000,
  prompt: "a red apple",
  language: "en",
  base_plan_id: null,
  canvas: { width: 64, height: 64, background: { color: "#ffffff" } },
  elements: [{ id: "e1", kind: "object", noun: "apple", attributes: { color: "red" }, box: [0.1, 0.1, 0.5, 0.5], z: 0 }],
  relations: [],
  sentences: [],
  references: [],
  diff: null,
  trace: [],
  warnings: [],
};
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
  headers: Record<string, string>;
  body: Uint8Array | string | undefined;
  signal: AbortSignal | undefined;
}

function ok(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", "x-request-id": "req_ok", ...headers } });
}

function problem(status: number, code: string): Response {
  const body = { type: `urn:limner:error:${code}`, title: code, status, detail: `${code} happened`, code, param: "id", request_id: "req_test" };
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/problem+json" } });
}

type Answer = Response | "hang";

function scripted(answers: Answer[], options: ConstructorParameters<typeof Limner>[0] = {}) {
  const seen: Seen[] = [];
  const lines: string[] = [];
  const client = new Limner({
    baseUrl: "http://limner.test",
    apiKey: "sk_secret_value",
    sleep: async () => undefined,
    logger: { debug: (m) => lines.push(`debug ${m}`), info: (m) => lines.push(`info ${m}`) },
    fetch: async (url, init) => {
      const headers = Object.fromEntries(Object.entries((init.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
      seen.push({ url, headers, body: init.body as Uint8Array | string | undefined, signal: init.signal ?? undefined });
      const answer = answers.shift();
      if (answer === undefined) throw new Error("no more scripted answers");
      if (answer === "hang") {
        return new Promise<Response>((_, reject) => init.signal?.addEventListener("abort", () => reject(init.signal?.reason)));
      }
      return answer;
    },
    ...options,
  });
  return { client, seen, lines };
}

test("a per-call timeout and maxRetries win over the client's", async () => {
  const { client, seen } = scripted(["hang", "hang", ok(PLAN)], { timeout: 60_000, maxRetries: 5 });
  await assert.rejects(client.reason("a red apple", {}, { timeout: 20, maxRetries: 1 }), APITimeoutError);
  assert.equal(seen.length, 2);
  const plan = await client.plans.get("plan_1", { maxRetries: 0 });
  assert.equal(plan.id, "plan_1");
});

test("maxRetries 0 for one call makes one attempt", async () => {
  const { client, seen } = scripted([problem(503, "unavailable"), ok(GENERATION)], { maxRetries: 3 });
  const error = await client.generations.get("gen_1", { maxRetries: 0 }).catch((e: unknown) => e);
  assert.ok(error instanceof APIError);
  assert.equal(error.statusCode, 503);
  assert.equal(seen.length, 1);
});

test("withOptions changes a copy only", async () => {
  const { client, seen } = scripted([problem(503, "a"), problem(503, "b"), problem(503, "c")], { maxRetries: 0, timeout: 30_000 });
  const quick = client.withOptions({ maxRetries: 1, timeout: 5_000, defaultHeaders: { "X-Trace": "t1" } });
  assert.equal(quick.maxRetries, 1);
  assert.equal(quick.timeout, 5_000);
  assert.equal(client.maxRetries, 0);
  await assert.rejects(quick.usage(), APIError);
  assert.equal(seen.length, 2);
  assert.equal(seen[0]?.headers["x-trace"], "t1");
  assert.equal(seen[0]?.headers.authorization, "Bearer sk_secret_value");
  await assert.rejects(client.usage(), APIError);
  assert.equal(seen.length, 3);
  assert.equal(seen[2]?.headers["x-trace"], undefined);
});

test("withRawResponse answers status, headers and the parsed object", async () => {
  const { client } = scripted([ok(PLAN, 200, { etag: '"abc"' }), ok(GENERATION, 202, { location: "/v1/generations/gen_1" })]);
  const raw = await client.withRawResponse.reason("a red apple");
  assert.equal(raw.status, 200);
  assert.equal(raw.headers.get("etag"), '"abc"');
  assert.equal(raw.requestId, "req_ok");
  assert.equal(raw.data.id, "plan_1");
  const queued = await client.withRawResponse.generate({ prompt: "a cat", async: true });
  assert.equal(queued.status, 202);
  assert.equal(queued.data.status, "succeeded");
});

test("errors carry statusCode, status and the response", async () => {
  const { client } = scripted([problem(404, "not_found")]);
  const error = await client.plans.get("plan_nope").catch((e: unknown) => e);
  assert.ok(error instanceof NotFoundError);
  assert.equal(error.statusCode, 404);
  assert.equal(error.status, 404);
  assert.equal(error.response?.status, 404);
  assert.equal(error.param, "id");
});

test("debug logs name each attempt, never the key or the body", async () => {
  const { client, lines } = scripted([problem(503, "unavailable"), ok(PLAN)], { logLevel: "debug", maxRetries: 1 });
  await client.reason("a red apple");
  const text = lines.join("\n");
  assert.match(text, /debug POST \/v1\/reason 503 \(attempt 1/);
  assert.match(text, /debug POST \/v1\/reason 200 \(attempt 2, \d+ ms, request id req_ok\)/);
  assert.match(text, /info POST \/v1\/reason: retrying/);
  assert.ok(!text.includes("sk_secret_value") && !text.includes("red apple"));
});

test("LIMNER_LOG=debug turns the log on; no log without it", async () => {
  const before = process.env.LIMNER_LOG;
  try {
    process.env.LIMNER_LOG = "debug";
    const on = scripted([ok(PLAN)], { logLevel: undefined });
    await on.client.reason("x");
    assert.equal(on.lines.length, 1);
    delete process.env.LIMNER_LOG;
    const off = scripted([ok(PLAN)], { logLevel: undefined });
    await off.client.reason("x");
    assert.deepEqual(off.lines, []);
  } finally {
    if (before === undefined) delete process.env.LIMNER_LOG;
    else process.env.LIMNER_LOG = before;
  }
});

test("answers are validated, not cast", async () => {
  const broken = { ...PLAN, elements: [{ ...PLAN.elements[0], box: "0,0,1,1" }] };
  const { client } = scripted([ok(broken), ok({ ...GENERATION, status: "done" }), ok({ ...GENERATION, images: [{ id: "img_1" }] })]);
  await assert.rejects(client.reason("a red apple"), (e: unknown) => e instanceof APIResponseValidationError && /plan\.elements\[0\]\.box/.test(e.message));
  await assert.rejects(client.generations.get("gen_1"), (e: unknown) => e instanceof APIResponseValidationError && /generation\.status/.test(e.message));
  await assert.rejects(client.generate({ prompt: "x" }), (e: unknown) => e instanceof APIResponseValidationError && /images\[0\]\.url is missing/.test(e.message));
});

function serverSign(secret: string, body: string, timestamp: number): string {
  return `t=${timestamp},v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

test("webhook signatures verify, and tampering, other secrets and old ones fail", async () => {
  const client = new Limner({ baseUrl: "http://limner.test" });
  const body = JSON.stringify(GENERATION);
  const now = Math.floor(Date.now() / 1000);
  const headers = { "limner-signature": serverSign("whsec_1", body, now) };
  assert.equal(await signWebhook(body, "whsec_1", now), headers["limner-signature"]);
  await client.webhooks.verify(body, headers, "whsec_1");
  await client.webhooks.verify(new TextEncoder().encode(body), new Headers({ "Limner-Signature": headers["limner-signature"] }), "whsec_1");
  assert.equal((await client.webhooks.unwrap(body, headers, "whsec_1")).id, "gen_1");
  await assert.rejects(client.webhooks.verify(`${body} `, headers, "whsec_1"), InvalidWebhookSignatureError);
  await assert.rejects(client.webhooks.verify(body, headers, "whsec_2"), InvalidWebhookSignatureError);
  const old = { "Limner-Signature": serverSign("whsec_1", body, now - 3600) };
  await assert.rejects(client.webhooks.verify(body, old, "whsec_1"), /away from now/);
  await assert.rejects(client.webhooks.verify(body, {}, "whsec_1"), /no Limner-Signature/);
});

test("a webhook signed by the Limner server verifies (vector from pytest)", async (t) => {
  const vector = process.env.LIMNER_WEBHOOK_VECTOR;
  if (!vector) {
    t.skip("LIMNER_WEBHOOK_VECTOR is set by tests/sdk/test_typescript.py");
    return;
  }
  const { secret, body, header } = JSON.parse(vector) as { secret: string; body: string; header: string };
  const client = new Limner({ baseUrl: "http://limner.test" });
  await client.webhooks.verify(body, { "Limner-Signature": header }, secret);
  await assert.rejects(client.webhooks.verify(body, { "Limner-Signature": header }, `${secret}x`), InvalidWebhookSignatureError);
});

test("references upload as multipart, the same bytes on every retry", async () => {
  const reference = { id: "ref_1", object: "reference", role: "product", name: "bottle" };
  const { client, seen } = scripted([problem(503, "unavailable"), ok(reference, 201)], { maxRetries: 1 });
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
  const created = await client.references.create(png, { role: "product", name: "bottle" });
  assert.equal(created.id, "ref_1");
  const [first, second] = seen;
  assert.match(first?.headers["content-type"] ?? "", /^multipart\/form-data; boundary=limner-/);
  assert.deepEqual(first?.body, second?.body);
  assert.equal(first?.headers["idempotency-key"], second?.headers["idempotency-key"]);
  const text = new TextDecoder("latin1").decode(first?.body as Uint8Array);
  assert.match(text, /name="role"\r\n\r\nproduct\r\n/);
  assert.match(text, /name="file"; filename="bottle"\r\nContent-Type: image\/png/);
});
