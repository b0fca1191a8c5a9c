/**
 * Check that a webhook came from your Limner server. Limner signs each delivery with the account's
 * webhook secret: `Limner-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`.
 * Verify the raw body as received, before parsing it, and refuse old timestamps (replays).
 */

import { InvalidWebhookSignatureError } from "./errors.js";
import type { Generation } from "./models.js";
import { validateGeneration } from "./validate.js";

export const SIGNATURE_HEADER = "Limner-Signature";
export const DEFAULT_TOLERANCE_S = 300;

export type HeadersLike = Headers | Record<string, string | string[] | undefined>;

export interface VerifyOptions {
  /** Seconds a signature stays valid (default 300). */
  tolerance?: number;
  /** Current time in milliseconds (tests). */
  now?: () => number;
}

function header(headers: HeadersLike, name: string): string | undefined {
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers as Record<string, string | string[] | undefined>)) {
    if (key.toLowerCase() === wanted) return Array.isArray(value) ? value.join(",") : value;
  }
  return undefined;
}

async function subtle(): Promise<SubtleCrypto> {
  if (globalThis.crypto?.subtle !== undefined) return globalThis.crypto.subtle;
  const nodeCrypto = (await import("node:crypto")) as unknown as { webcrypto: Crypto };
  return nodeCrypto.webcrypto.subtle;
}

function bytes(payload: string | Uint8Array): Uint8Array {
  return typeof payload === "string" ? new TextEncoder().encode(payload) : payload;
}

function hex(data: ArrayBuffer): string {
  return Array.from(new Uint8Array(data), (b) => b.toString(16).padStart(2, "0")).join("");
}

function equal(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** The header value Limner sends for `payload` at `timestamp` (seconds); for receivers' tests. */
export async function sign(payload: string | Uint8Array, secret: string, timestamp: number): Promise<string> {
  const crypto = await subtle();
  const key = await crypto.importKey("raw", new TextEncoder().encode(secret) as BufferSource, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const body = bytes(payload);
  const prefix = new TextEncoder().encode(`${timestamp}.`);
  const message = new Uint8Array(prefix.length + body.length);
  message.set(prefix);
  message.set(body, prefix.length);
  return `t=${timestamp},v1=${hex(await crypto.sign("HMAC", key, message as BufferSource))}`;
}

/** Throws `InvalidWebhookSignatureError` unless `payload` carries a valid, recent signature. */
export async function verifySignature(
  payload: string | Uint8Array,
  headers: HeadersLike,
  secret: string,
  options: VerifyOptions = {},
): Promise<void> {
  const value = header(headers, SIGNATURE_HEADER);
  if (!value) throw new InvalidWebhookSignatureError(`no ${SIGNATURE_HEADER} header`);
  const stamps: string[] = [];
  const signatures: string[] = [];
  for (const part of value.split(",")) {
    const at = part.indexOf("=");
    if (at < 0) continue;
    const key = part.slice(0, at).trim();
    if (key === "t") stamps.push(part.slice(at + 1));
    if (key === "v1") signatures.push(part.slice(at + 1));
  }
  if (stamps.length !== 1 || !/^\d+$/.test(stamps[0]!)) {
    throw new InvalidWebhookSignatureError(`${SIGNATURE_HEADER} has no timestamp`);
  }
  const timestamp = Number(stamps[0]);
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE_S;
  const now = (options.now ?? Date.now)() / 1000;
  if (Math.abs(now - timestamp) > tolerance) {
    throw new InvalidWebhookSignatureError(`signature timestamp is more than ${tolerance} s away from now`);
  }
  const expected = (await sign(payload, secret, timestamp)).split("v1=")[1]!;
  if (!signatures.some((candidate) => equal(expected, candidate))) {
    throw new InvalidWebhookSignatureError("signature does not match the payload and secret");
  }
}

function environment(name: string): string | undefined {
  const holder = globalThis as { process?: { env?: Record<string, string | undefined> } };
  return holder.process?.env?.[name];
}

/** `client.webhooks`: signature checks for webhook receivers (no HTTP calls). */
export class Webhooks {
  /** Throws `InvalidWebhookSignatureError` unless genuine and recent; `secret` defaults to env `LIMNER_WEBHOOK_SECRET`. */
  async verify(payload: string | Uint8Array, headers: HeadersLike, secret?: string, options: VerifyOptions = {}): Promise<void> {
    const key = secret ?? environment("LIMNER_WEBHOOK_SECRET");
    if (!key) throw new TypeError("pass the webhook secret (or set LIMNER_WEBHOOK_SECRET)");
    await verifySignature(payload, headers, key, options);
  }

  /** `verify`, then the delivered generation (validated). */
  async unwrap(payload: string | Uint8Array, headers: HeadersLike, secret?: string, options: VerifyOptions = {}): Promise<Generation> {
    await this.verify(payload, headers, secret, options);
    const text = typeof payload === "string" ? payload : new TextDecoder().decode(payload);
    return validateGeneration(JSON.parse(text));
  }
}
