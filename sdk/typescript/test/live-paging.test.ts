// The list calls against the real `limner serve` named by LIMNER_BASE_URL; skipped (not failed) while
// that server has no list routes (404).
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test, type TestContext } from "node:test";

import { InvalidRequestError, Limner, NotFoundError } from "../src/index.js";

const baseUrl = process.env.LIMNER_BASE_URL;

/** A client for the live server, or undefined (the test skipped) when it has no list routes. */
async function listClient(t: TestContext): Promise<Limner | undefined> {
  if (!baseUrl) throw new Error("LIMNER_BASE_URL must name a running `limner serve` for the live tests");
  const client = new Limner({ baseUrl, apiKey: process.env.LIMNER_API_KEY ?? "", maxRetries: 1 });
  try {
    await client.generations.list({ limit: 1 });
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    t.skip("this server has no GET /v1/generations yet");
    return undefined;
  }
  return client;
}

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

test("live: generations are listed newest first across pages", async (t) => {
  const limner = await listClient(t);
  if (!limner) return;
  const made: string[] = [];
  for (const prompt of ["a red apple", "two green cups", "three blue kites"]) {
    made.push((await limner.generate({ prompt, size: "64x64", seed: 7 })).id);
  }
  const onePage = await limner.generations.list({ limit: 100 });
  const paged = await all(limner.generations.list({ limit: 1 }));
  const ids = paged.map((g) => g.id);
  // Other live tests may add generations meanwhile; they come first, so the one page is a run of the rest.
  const start = ids.indexOf(onePage.data[0]?.id ?? "");
  assert.deepEqual(ids.slice(start, start + onePage.data.length), onePage.data.map((g) => g.id));
  for (const id of made) assert.ok(ids.includes(id), `${id} is listed`);
  assert.equal(new Set(ids).size, ids.length, "no generation twice across pages");
  const created = paged.map((g) => g.created);
  assert.deepEqual(created, [...created].sort((a, b) => b - a), "newest first");
  const afterFirst = await limner.generations.list({ limit: 2, after: ids[0] });
  assert.deepEqual(afterFirst.data.map((g) => g.id), ids.slice(1, 3));
});

test("live: images, plans and references list what was made", async (t) => {
  const limner = await listClient(t);
  if (!limner) return;
  const generation = await limner.generate({ prompt: "a yellow banana next to a green cup", size: "96x64", seed: 4 });
  const [made] = generation.images;
  assert.ok(made);
  const listed = (await all(limner.images.list({ limit: 2 }))).find((image) => image.id === made.id);
  assert.ok(listed, "the new image is listed");
  assert.deepEqual([listed.width, listed.height, listed.sha256], [96, 64, made.sha256]);
  const plans = await all(limner.plans.list({ limit: 100 }));
  assert.ok(plans.some((plan) => plan.id === generation.plan_id));
  const png = await limner.images.download(made);
  const reference = await limner.references.create(png, { role: "product", name: "banana" });
  const references = await all(limner.references.list({ limit: 100 })); // one page: others delete theirs meanwhile
  assert.ok(references.some((r) => r.id === reference.id), "the new reference is listed");
});

test("live: a signed image link works without a key", async (t) => {
  const limner = await listClient(t);
  if (!limner) return;
  const generation = await limner.generate({ prompt: "a sign that says 'OPEN' above a brown bench", size: "128x96", seed: 2 });
  const image = (await limner.generations.get(generation.id)).images[0];
  assert.ok(image);
  if (!image.signed_url) {
    t.skip("this server does not sign image URLs yet");
    return;
  }
  assert.deepEqual(image.notes ?? [], generation.images[0]?.notes ?? []);
  const url = image.signed_url.startsWith("http") ? image.signed_url : `${baseUrl}${image.signed_url}`;
  const answer = await fetch(url);
  assert.equal(answer.status, 200);
  const digest = createHash("sha256").update(new Uint8Array(await answer.arrayBuffer())).digest("hex");
  assert.equal(digest, image.sha256);
});

test("live: a bad limit names limit", async (t) => {
  const limner = await listClient(t);
  if (!limner) return;
  for (const limit of [0, 101]) {
    await assert.rejects(limner.generations.list({ limit }), (error: unknown) => error instanceof InvalidRequestError && error.param === "limit");
  }
});
