// The TypeScript SDK against a real `limner serve`, whose URL comes from LIMNER_BASE_URL.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

import { InvalidRequestError, Limner, NotFoundError } from "../src/index.js";

const baseUrl = process.env.LIMNER_BASE_URL;

function client(): Limner {
  if (!baseUrl) throw new Error("LIMNER_BASE_URL must name a running `limner serve` for the live tests");
  return new Limner({ baseUrl, apiKey: process.env.LIMNER_API_KEY ?? "", maxRetries: 1 });
}

test("the server is named by LIMNER_BASE_URL", () => {
  assert.ok(baseUrl, "set LIMNER_BASE_URL to a running limner serve");
});

test("reason returns a plan that can be fetched again", async () => {
  const limner = client();
  const plan = await limner.reason("three red apples to the left of a blue vase", { size: "640x480", seed: 5 });
  assert.match(plan.id, /^plan_/);
  const apples = plan.elements.filter((e) => e.noun === "apple");
  assert.equal(apples.length, 3);
  assert.deepEqual(new Set(apples.map((a) => a.attributes.color)), new Set(["red"]));
  assert.equal(plan.elements.filter((e) => e.noun === "vase").length, 1);
  assert.deepEqual([plan.canvas.width, plan.canvas.height], [640, 480]);
  for (const { box } of plan.elements) assert.ok(0 <= box[0] && box[0] < box[2] && box[2] <= 1 && 0 <= box[1] && box[1] < box[3] && box[3] <= 1);
  assert.deepEqual(await limner.plans.get(plan.id), plan);
});

test("generate, wait, download and save", async () => {
  const limner = client();
  const plan = await limner.reason("a yellow banana next to a green cup", { size: "512x384" });
  const generation = await limner.generate({ plan_id: plan.id, output_format: "png", seed: 3, n: 2 });
  assert.equal(generation.status, "succeeded");
  assert.equal(generation.plan_id, plan.id);
  assert.deepEqual(generation.images.map((i) => i.seed), [3, 4]);
  const [image] = generation.images;
  assert.ok(image);
  assert.deepEqual([image.width, image.height, image.format], [512, 384, "png"]);

  const data = await limner.images.download(image);
  assert.equal(createHash("sha256").update(data).digest("hex"), image.sha256);
  assert.deepEqual([...data.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  assert.deepEqual([view.getUint32(16), view.getUint32(20)], [512, 384]); // IHDR width, height

  const path = await limner.images.save(image.id, join(await mkdtemp(join(tmpdir(), "limner-ts-")), "banana.png"));
  assert.deepEqual(new Uint8Array(await readFile(path)), data);

  assert.deepEqual(await limner.generations.get(generation.id), generation);
  assert.deepEqual(await limner.generations.wait(generation.id, { timeout: 30_000 }), generation);
});

test("a user-edited plan is rendered as edited", async () => {
  const limner = client();
  const plan = await limner.reason("a red car", { size: "256x256" });
  const car = plan.elements.find((e) => e.noun === "car");
  assert.ok(car);
  car.attributes.color = "blue";
  const generation = await limner.generate({ plan, seed: 1 });
  assert.equal(generation.status, "succeeded");
  const stored = await limner.plans.get(generation.plan_id);
  assert.deepEqual(stored.elements.filter((e) => e.noun === "car").map((e) => e.attributes.color), ["blue"]);
});

test("errors map to families with param and request id", async () => {
  const limner = client();
  await assert.rejects(limner.generate({ prompt: "a cat", n: 99 }), (error: unknown) => {
    assert.ok(error instanceof InvalidRequestError);
    assert.equal(error.status, 422);
    assert.equal(error.param, "n");
    assert.match(error.requestId ?? "", /^req_/);
    return true;
  });
  await assert.rejects(limner.plans.get("plan_doesnotexist"), NotFoundError);
  await assert.rejects(limner.images.download("img_doesnotexist"), NotFoundError);
});

test("a reference uploads as multipart and reads back raw", async () => {
  const limner = client();
  const { deflateSync } = await import("node:zlib");
  const png = tinyPng(deflateSync);
  const created = await limner.references.create(png, { role: "product", name: "bottle" });
  assert.match(created.id, /^ref_/);
  assert.equal(created.name, "bottle");
  const raw = await limner.withRawResponse.references.get(created.id);
  assert.equal(raw.status, 200);
  assert.equal(raw.data.id, created.id);
  await limner.references.delete(created.id);
  const error = await limner.references.get(created.id).catch((e: unknown) => e);
  assert.ok(error instanceof NotFoundError);
  assert.equal(error.statusCode, 404);
});

/** A 32x24 opaque blue PNG, encoded here (no image library). */
function tinyPng(deflate: (data: Uint8Array) => Uint8Array): Uint8Array {
  const width = 32;
  const height = 24;
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Uint8Array): number => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Uint8Array): Uint8Array => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(new TextEncoder().encode(type), 4);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc(out.subarray(4, 8 + data.length)));
    return out;
  };
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = new Uint8Array(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) rows.set([20, 60, 200], y * (1 + width * 3) + 1 + x * 3);
  }
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflate(rows)), chunk("IEND", new Uint8Array())];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    png.set(part, at);
    at += part.length;
  }
  return png;
}
