// The official openai Node client against a real `limner serve` (started by test_openai_node.py):
// models, dall-e defaults, streaming with partial images, variations, JSON edits and the errors
// (400 naming the field, 401 on a server that requires keys, 429 with Retry-After).
import assert from "node:assert/strict";
import { test } from "node:test";
import OpenAI, { toFile } from "openai";

const BASE = process.env.LIMNER_BASE_URL;
const STRICT = process.env.LIMNER_STRICT_URL; // --auth required, 2 requests a minute
const client = new OpenAI({ baseURL: `${BASE}/v1`, apiKey: "anything", maxRetries: 0, timeout: 120_000 });

const PNG_SIGNATURE = "89504e470d0a1a0a";
const isPng = (b64) => Buffer.from(b64, "base64").subarray(0, 8).toString("hex") === PNG_SIGNATURE;
const pngSize = (b64) => {
  const bytes = Buffer.from(b64, "base64");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
};

test("models: the renderers and the OpenAI names", async () => {
  const ids = [];
  for await (const model of client.models.list()) {
    assert.equal(model.object, "model");
    assert.equal(model.owned_by, "limner");
    ids.push(model.id);
  }
  assert.ok(ids.includes("builtin") && ids.includes("dall-e-3") && ids.includes("gpt-image-1"), ids.join());
  const model = await client.models.retrieve("dall-e-2");
  assert.equal(model.id, "dall-e-2");
  await assert.rejects(client.models.retrieve("no-such-model"), (error) => {
    assert.ok(error instanceof OpenAI.NotFoundError);
    assert.equal(error.code, "model_not_found");
    return true;
  });
});

test("dall-e models answer URLs, gpt-image models base64, n up to 10", async () => {
  const dalle = await client.images.generate({ model: "dall-e-3", prompt: "a red kite", size: "256x256" });
  assert.ok(dalle.data[0].url?.includes("/v1/images/img_"));
  assert.equal(dalle.data[0].b64_json, undefined);
  const ten = await client.images.generate({ model: "gpt-image-1", prompt: "a red kite", size: "64x64", n: 10 });
  assert.equal(ten.data.length, 10);
  assert.ok(ten.data.every((d) => isPng(d.b64_json)));
});

test("stream: true with partial images", async () => {
  const stream = await client.images.generate({
    model: "gpt-image-1",
    prompt: "a red apple left of a blue cup",
    size: "256x128",
    stream: true,
    partial_images: 2,
  });
  const events = [];
  for await (const event of stream) events.push(event);
  assert.deepEqual(
    events.map((e) => e.type),
    ["image_generation.partial_image", "image_generation.partial_image", "image_generation.completed"],
  );
  assert.deepEqual(events.slice(0, 2).map((e) => e.partial_image_index), [0, 1]);
  assert.deepEqual(pngSize(events[0].b64_json), [256, 128]);
  const done = events[2];
  assert.equal(done.size, "256x128");
  assert.equal(done.usage.output_tokens, 8 * 4);
});

test("transparent background", async () => {
  const result = await client.images.generate({
    prompt: "a yellow banana",
    size: "128x128",
    background: "transparent",
    output_format: "png",
  });
  assert.equal(result.background, "transparent");
  const bytes = Buffer.from(result.data[0].b64_json, "base64");
  assert.equal(bytes[25], 6); // PNG colour type 6: RGBA
});

test("variations and JSON-body edits", async () => {
  const picture = Buffer.from((await client.images.generate({ prompt: "a green tree", size: "96x64" })).data[0].b64_json, "base64");
  const variations = await client.images.createVariation({
    image: await toFile(picture, "tree.png", { type: "image/png" }),
    n: 2,
    size: "256x256",
    response_format: "b64_json",
  });
  assert.equal(variations.data.length, 2);
  assert.notEqual(variations.data[0].b64_json, variations.data[1].b64_json);
  const edited = await client.post("/images/edits", {
    body: { prompt: "a blue car", images: [{ image_url: `data:image/png;base64,${picture.toString("base64")}` }] },
  });
  assert.deepEqual(pngSize(edited.data[0].b64_json), [96, 64]);
});

test("400 names the field", async () => {
  await assert.rejects(
    client.images.generate({ prompt: "a cat", n: 11 }),
    (error) => error instanceof OpenAI.BadRequestError && error.param === "n" && error.type === "invalid_request_error",
  );
  await assert.rejects(
    client.post("/images/edits", { body: { prompt: "a cat", images: [{ image_url: "http://10.0.0.1/a.png" }] } }),
    (error) => error instanceof OpenAI.BadRequestError && error.param === "images[0].image_url",
  );
});

test("401 and 429 on a server that requires keys", { skip: !STRICT }, async () => {
  const anonymous = new OpenAI({ baseURL: `${STRICT}/v1`, apiKey: "lim_not-a-real-key", maxRetries: 0 });
  await assert.rejects(anonymous.models.list(), (error) => {
    assert.ok(error instanceof OpenAI.AuthenticationError, String(error));
    assert.equal(error.code, "invalid_api_key");
    assert.match(error.message, /401/);
    return true;
  });
  const keyed = new OpenAI({ baseURL: `${STRICT}/v1`, apiKey: process.env.LIMNER_STRICT_KEY, maxRetries: 0 });
  await assert.rejects(
    (async () => {
      for (let i = 0; i < 5; i += 1) await keyed.models.retrieve("builtin");
    })(),
    (error) => {
      assert.ok(error instanceof OpenAI.RateLimitError, String(error));
      assert.equal(error.code, "rate_limit_exceeded");
      assert.match(error.headers.get("retry-after") ?? "", /^\d+$/);
      return true;
    },
  );
});
