/** Objects the Limner API returns (API.md, `GET /openapi.json`). Unknown fields are kept as they come. */

export type GenerationStatus = "queued" | "running" | "succeeded" | "failed" | "canceled";
export const TERMINAL_STATUSES: ReadonlySet<GenerationStatus> = new Set(["succeeded", "failed", "canceled"]);

/** `[x0, y0, x1, y1]`, normalized to the canvas, origin top-left, y downward. */
export type Box = [number, number, number, number];
export type AttributeValue = string | number | boolean;

/** One band of a structured backdrop (sky, mountains, ground, water, wall, floor…). */
export interface Layer {
  kind: string;
  color: string;
  material?: string | null;
  /** [top, bottom] of the band, normalized to the canvas height. */
  span?: [number, number];
}

export interface Background {
  color: string;
  description?: string | null;
  setting?: string | null;
  time_of_day?: string | null;
  weather?: string | null;
  /** Where ground meets sky (or floor meets wall), normalized y; null for a plain fill. */
  horizon?: number | null;
  layers?: Layer[];
}

export interface Canvas {
  width: number;
  height: number;
  background: Background;
}

export interface TextSpec {
  content: string;
  language: string;
  script: string;
  role: string;
  localized: Record<string, string>;
}

export interface Element {
  id: string;
  kind: "object" | "text" | string;
  noun: string;
  label?: string | null;
  attributes: Record<string, AttributeValue>;
  box: Box;
  z: number;
  group?: string | null;
  reference_id?: string | null;
  text?: TextSpec | null;
  sentence?: number | null;
}

export interface Relation {
  subject: string;
  predicate: string;
  object: string;
  object2?: string | null;
}

export interface Sentence {
  index: number;
  text: string;
  action: string;
}

export interface ReferenceUse {
  id: string;
  role?: string;
  name?: string | null;
}

export interface PlanDiff {
  added: string[];
  removed: string[];
  changed: { id: string; fields: string[] }[];
}

export interface TraceEntry {
  stage: string;
  message: string;
  elements: string[];
  sentence?: number | null;
}

/** A scene plan: every element, its box and attributes, relations and the reasoning trace. */
export interface Plan {
  id: string;
  object: "plan";
  schema_version: string;
  created: number;
  prompt: string;
  language: string;
  base_plan_id: string | null;
  seed?: number | null;
  canvas: Canvas;
  elements: Element[];
  relations: Relation[];
  sentences: Sentence[];
  references: ReferenceUse[];
  diff: PlanDiff | null;
  trace: TraceEntry[];
  warnings: string[];
}

export interface GenerationImage {
  id: string;
  url: string;
  width: number;
  height: number;
  format: "png" | "jpeg" | "webp" | "svg" | string;
  seed: number;
  sha256: string;
  locale: string | null;
  /** Render decisions (text shrunk to fit, art substituted, …), stored with the image. */
  notes?: string[];
  /** A link that works without a key until `signed_url_expires` (Unix seconds): for an `<img>` tag. */
  signed_url?: string | null;
  signed_url_expires?: number | null;
}

/** A stored image as `GET /v1/images` lists it: a generation's image, with where it came from. */
export interface Image extends GenerationImage {
  object?: "image";
  generation_id?: string | null;
  created?: number;
}

export interface GenerationError {
  code: string;
  message: string;
}

export interface Generation {
  id: string;
  object: "generation";
  status: GenerationStatus;
  plan_id: string;
  created: number;
  images: GenerationImage[];
  usage: { images: number };
  error: GenerationError | null;
  change_mask: Box[] | null;
}

/** RFC 9457 problem details, as every Limner error is served. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string | null;
  code?: string | null;
  param?: string | null;
  request_id?: string | null;
  /** Every validation error, when there were several. */
  errors?: { param: string | null; detail: string }[] | null;
  [extra: string]: unknown;
}

export interface Reference {
  id: string;
  object: "reference" | string;
  role?: string | null;
  name?: string | null;
  width?: number;
  height?: number;
  format?: string;
  sha256?: string;
  created?: number;
  /** Size of the stored (re-encoded) file. */
  bytes?: number;
  has_alpha?: boolean;
}

export interface Usage {
  images: number;
  /** A decimal string, e.g. "0.40". */
  amount: string;
  currency: string;
  line_items: Record<string, unknown>[];
}

export function isTerminal(status: string): boolean {
  return TERMINAL_STATUSES.has(status as GenerationStatus);
}
