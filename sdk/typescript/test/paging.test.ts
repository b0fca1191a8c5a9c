// Auto-paging of the list calls against a fake list server (newest first, `limit` a page, `after` an id):
// multi-page `for await`, `after` propagation, empty lists, errors mid-iteration, validated pages.
import assert from "node:assert/strict";
import { test } from "node:test";

import { APIError, APIResponseValidationError, InvalidRequestError, Limner, LimnerError, NotFoundError, Page } from "../src/index.js";

function generation(n: number) {
  return {
    id: `gen_${n}`,
    object: "generation",
    status: "succeeded",
    plan_id: `plan_${n}`,
    created: 1795000000 + n,
    images: [
      {
        id: `img_${n}`,
        url: `/v1/images/img_${n}`,
        width: 64,
        height: 64,
        format: "png",
        seed: n,
        sha256: "0".repeat(64),
        locale: null,
        notes: [`text shrunk to fit in image ${n}`],
        signed_url: `/v1/images/img_${n}?expires=1795003600&signature=s${n}`,
        signed_url_expires: 1795003600,
      },
    ],
    usage: { images: 1 },
    error: null,
    change_mask: null,
  };
}

const GENERATIONS = [5, 4, 3, 2, 1].map(generation); // newest first

function problem(status: number, code: string, param: string | null = null): Response {
  const body = { type: `urn:limner:error:${code}`, title: code, status, detail: `${code} happened`, code, param, request_id: "req_test" };
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/problem+json" } });
}

/** Serves `items` as the list endpoints do; `failures` answers request number n (0 = first) instead. */
function listServer(items: { id: string }[], failures: Record<number, () => Response> = {}) {
  const urls: URL[] = [];
  const client = new Limner({
    baseUrl: "http://limner.test",
    apiKey: "sk_test",
    maxRetries: 1,
    sleep: async () => undefined,
    fetch: async (input) => {
      const url = new URL(input);
      const failure = failures[urls.length];
      urls.push(url);
      if (failure) return failure();
      const limit = Number(url.searchParams.get("limit") ?? "20");
      const after = url.searchParams.get("after");
      const start = after === null ? 0 : items.findIndex((item) => item.id === after) + 1;
      const body = { object: "list", data: items.slice(start, start + limit), has_more: start + limit < items.length };
      return new Response(JSON.stringify(body), { headers: { "Content-Type": "application/json", "x-request-id": `req_${urls.length - 1}` } });
    },
  });
  const afters = () => urls.map((u) => u.searchParams.get("after"));
  return { client, urls, afters };
}

test("for await over a list fetches every page, each after the last id seen", async () => {
  const { client, urls, afters } = listServer(GENERATIONS);
  const ids: string[] = [];
  for await (const g of client.generations.list({ limit: 2 })) ids.push(g.id);
  assert.deepEqual(ids, ["gen_5", "gen_4", "gen_3", "gen_2", "gen_1"]);
  assert.deepEqual(afters(), [null, "gen_4", "gen_2"]);
  assert.deepEqual(urls.map((u) => [u.pathname, u.searchParams.get("limit")]), [
    ["/v1/generations", "2"],
    ["/v1/generations", "2"],
    ["/v1/generations", "2"],
  ]);
});

test("awaiting a list gives its first page: data, has_more, nextPage", async () => {
  const { client, urls, afters } = listServer(GENERATIONS);
  const listing = client.generations.list({ limit: 3, after: "gen_5" });
  assert.equal(urls.length, 0, "nothing is requested before it is awaited or iterated");
  const first = await listing;
  assert.ok(first instanceof Page);
  assert.deepEqual(first.data.map((g) => g.id), ["gen_4", "gen_3", "gen_2"]);
  assert.equal(first.has_more, true);
  assert.equal(first.nextPageCursor(), "gen_2");
  const last = await first.nextPage();
  assert.deepEqual(last.data.map((g) => g.id), ["gen_1"]);
  assert.equal(last.has_more, false);
  assert.equal(last.hasNextPage(), false);
  await assert.rejects(last.nextPage(), LimnerError);
  const sizes: number[] = [];
  for await (const page of first.iterPages()) sizes.push(page.data.length);
  assert.deepEqual(sizes, [3, 1]);
  assert.deepEqual(afters(), ["gen_5", "gen_2", "gen_2"]);
  assert.equal((await listing).data.length, 3);
  assert.equal(urls.length, 3, "the first page is fetched once");
});

test("an empty list is one request and no items", async () => {
  const { client, urls } = listServer([]);
  const seen: unknown[] = [];
  for await (const plan of client.plans.list()) seen.push(plan);
  assert.deepEqual(seen, []);
  assert.equal(urls.length, 1);
  assert.equal(urls[0]?.pathname, "/v1/plans");
  assert.equal(urls[0]?.search, "", "the server's defaults, not the SDK's");
  const page = await client.references.list();
  assert.deepEqual([page.data, page.has_more, page.hasNextPage()], [[], false, false]);
});

test("has_more with no items ends the iteration instead of looping", async () => {
  const { client, urls } = listServer([], { 0: () => new Response(JSON.stringify({ object: "list", data: [], has_more: true })) });
  const seen: unknown[] = [];
  for await (const reference of client.references.list()) seen.push(reference);
  assert.deepEqual(seen, []);
  assert.equal(urls.length, 1);
});

test("an error mid-iteration rejects after the items already read", async () => {
  const { client, afters } = listServer(GENERATIONS, { 1: () => problem(404, "not_found", "after") });
  const seen: string[] = [];
  await assert.rejects(
    (async () => {
      for await (const g of client.generations.list({ limit: 2 })) seen.push(g.id);
    })(),
    (error: unknown) => error instanceof NotFoundError && error.param === "after",
  );
  assert.deepEqual(seen, ["gen_5", "gen_4"]);
  assert.deepEqual(afters(), [null, "gen_4"]);
});

test("a later page is retried like any call, and fails once its retries are spent", async () => {
  const retried = listServer(GENERATIONS, { 1: () => problem(503, "overloaded") });
  const ids: string[] = [];
  for await (const g of retried.client.generations.list({ limit: 3 })) ids.push(g.id);
  assert.deepEqual(ids, ["gen_5", "gen_4", "gen_3", "gen_2", "gen_1"]);
  assert.deepEqual(retried.afters(), [null, "gen_3", "gen_3"]);

  const failing = listServer(GENERATIONS, { 1: () => problem(503, "overloaded"), 2: () => problem(503, "overloaded") });
  const page = await failing.client.generations.list({ limit: 3 });
  await assert.rejects(page.nextPage(), (error: unknown) => error instanceof APIError && error.statusCode === 503);
});

test("a bad limit is the server's 422 naming limit", async () => {
  const { client, urls } = listServer(GENERATIONS, { 0: () => problem(422, "invalid_request", "limit") });
  await assert.rejects(client.images.list({ limit: 0 }), (error: unknown) => error instanceof InvalidRequestError && error.param === "limit");
  assert.equal(urls[0]?.searchParams.get("limit"), "0");
});

test("list answers are validated, naming the field", async () => {
  const cases: [unknown, RegExp][] = [
    [{ object: "generation", data: [], has_more: false }, /answer is a generation, not a list/],
    [{ object: "list", data: {}, has_more: false }, /generations\.data should be an array/],
    [{ object: "list", data: [], has_more: "no" }, /generations\.has_more should be a boolean/],
    [{ object: "list", data: [{ id: "gen_1", object: "generation", status: "done", images: [] }], has_more: false }, /generations\.data\[0\]\.status/],
    [{ object: "list", data: [generation(1)] }, /generations\.has_more is missing/],
  ];
  for (const [body, message] of cases) {
    const { client } = listServer([], { 0: () => new Response(JSON.stringify(body)) });
    await assert.rejects(client.generations.list(), (error: unknown) => error instanceof APIResponseValidationError && message.test(error.message));
  }
  const { client } = listServer([], { 0: () => new Response(JSON.stringify({ object: "list", data: [{ id: "img_1", url: 7 }], has_more: false })) });
  await assert.rejects(client.images.list(), /images\.data\[0\]\.url should be a string/);
});

test("each list answers its own items: images carry signed_url, signed_url_expires and notes", async () => {
  const images = [2, 1].map((n) => ({ ...generation(n).images[0]!, object: "image", generation_id: `gen_${n}`, created: 1795000000 + n }));
  const [image] = (await listServer(images).client.images.list()).data;
  assert.ok(image);
  assert.equal(image.generation_id, "gen_2");
  assert.equal(image.signed_url, "/v1/images/img_2?expires=1795003600&signature=s2");
  assert.equal(image.signed_url_expires, 1795003600);
  assert.deepEqual(image.notes, ["text shrunk to fit in image 2"]);
  const plans = [{ id: "plan_1", object: "plan", canvas: { width: 64, height: 64 }, elements: [] }];
  assert.deepEqual((await listServer(plans).client.plans.list()).data.map((p) => p.id), ["plan_1"]);
  const [genImage] = (await listServer(GENERATIONS).client.generations.list()).data[0]!.images;
  assert.equal(genImage?.signed_url, "/v1/images/img_5?expires=1795003600&signature=s5");
});

test("withRawResponse answers the first page's response; iterating it still pages", async () => {
  const { client, urls } = listServer(GENERATIONS);
  const raw = await client.withRawResponse.generations.list({ limit: 4 });
  assert.equal(raw.status, 200);
  assert.equal(raw.requestId, "req_0");
  const ids: string[] = [];
  for await (const g of raw.data) ids.push(g.id);
  assert.deepEqual(ids, ["gen_5", "gen_4", "gen_3", "gen_2", "gen_1"]);
  assert.equal(urls.length, 2);
});
