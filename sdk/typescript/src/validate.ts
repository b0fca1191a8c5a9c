/**
 * Answers are checked before they are typed: each object the API returns is validated against the
 * shape in models.ts (required fields present, of the right JSON type), so a wrong server or proxy
 * fails loudly with `APIResponseValidationError` naming the field, instead of surfacing later as
 * `undefined`. Unknown fields are kept as they come.
 */

import { APIResponseValidationError } from "./errors.js";
import type { Generation, Image, Plan, Reference, Usage } from "./models.js";
import type { ListBody } from "./pagination.js";

type Check = (value: unknown, path: string) => void;

function fail(path: string, expected: string, value: unknown): never {
  const got = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
  throw new APIResponseValidationError(`answer field ${path} should be ${expected}, not ${got}`);
}

const string: Check = (v, p) => {
  if (typeof v !== "string") fail(p, "a string", v);
};
const boolean: Check = (v, p) => {
  if (typeof v !== "boolean") fail(p, "a boolean", v);
};
const number: Check = (v, p) => {
  if (typeof v !== "number" || !Number.isFinite(v)) fail(p, "a number", v);
};

function nullable(check: Check): Check {
  return (v, p) => {
    if (v !== null && v !== undefined) check(v, p);
  };
}

function oneOf(...values: string[]): Check {
  return (v, p) => {
    if (typeof v !== "string" || !values.includes(v)) fail(p, `one of ${values.join(", ")}`, v);
  };
}

function array(item: Check): Check {
  return (v, p) => {
    if (!Array.isArray(v)) fail(p, "an array", v);
    v.forEach((entry, i) => item(entry, `${p}[${i}]`));
  };
}

function record(item: Check): Check {
  return (v, p) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) fail(p, "an object", v);
    for (const [key, entry] of Object.entries(v)) item(entry, `${p}.${key}`);
  };
}

/** An object with these required fields (and these optional ones, checked when present). */
function object(required: Record<string, Check>, optional: Record<string, Check> = {}): Check {
  return (v, p) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) fail(p, "an object", v);
    const fields = v as Record<string, unknown>;
    for (const [key, check] of Object.entries(required)) {
      if (!(key in fields)) throw new APIResponseValidationError(`answer field ${p}.${key} is missing`);
      check(fields[key], `${p}.${key}`);
    }
    for (const [key, check] of Object.entries(optional)) {
      if (fields[key] !== undefined) check(fields[key], `${p}.${key}`);
    }
  };
}

const attribute: Check = (v, p) => {
  if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") {
    fail(p, "a string, number or boolean", v);
  }
};

const box: Check = (v, p) => {
  array(number)(v, p);
  if ((v as unknown[]).length !== 4) fail(p, "a box [x0, y0, x1, y1]", v);
};

const textSpec = object({ content: string }, { language: string, script: string, role: string, localized: record(string) });

const element = object(
  { id: string, kind: string, noun: string, box, z: number },
  { label: nullable(string), attributes: record(attribute), group: nullable(string), text: nullable(textSpec) },
);

const relation = object({ subject: string, predicate: string, object: string }, { object2: nullable(string) });

const background = object({ color: string }, { description: nullable(string), layers: array(object({ kind: string, color: string })) });

const canvas = object({ width: number, height: number }, { background });

const planShape = object(
  { id: string, object: oneOf("plan"), canvas, elements: array(element) },
  {
    created: number,
    prompt: string,
    relations: array(relation),
    references: array(object({ id: string })),
    trace: array(object({ stage: string, message: string })),
    warnings: array(string),
  },
);

const imageRequired = { id: string, url: string, width: number, height: number, format: string };
const imageOptional = {
  seed: number,
  sha256: string,
  locale: nullable(string),
  notes: array(string),
  signed_url: nullable(string),
  signed_url_expires: nullable(number),
};

const image = object(imageRequired, imageOptional);

/** A stored image as `GET /v1/images` lists it. */
const storedImage = object(imageRequired, { ...imageOptional, object: oneOf("image"), generation_id: nullable(string), created: number });

const generationShape = object(
  {
    id: string,
    object: oneOf("generation"),
    status: oneOf("queued", "running", "succeeded", "failed", "canceled"),
    images: array(image),
  },
  {
    plan_id: string,
    created: number,
    usage: object({ images: number }),
    error: nullable(object({ code: string, message: string })),
    change_mask: nullable(array(box)),
  },
);

const referenceShape = object(
  { id: string, object: string },
  {
    role: nullable(string),
    name: nullable(string),
    width: number,
    height: number,
    format: string,
    sha256: string,
    created: number,
    bytes: number,
    has_alpha: boolean,
  },
);

const usageShape = object({ images: number, amount: string, currency: string }, { line_items: array(record(() => undefined)) });

function validator<T>(check: Check, name: string): (value: unknown) => T {
  return (value) => {
    check(value, name);
    return value as T;
  };
}

/** A list answer whose every item passes `item`. */
function list(item: Check): Check {
  return object({ object: oneOf("list"), data: array(item), has_more: boolean });
}

export const validatePlan = validator<Plan>(planShape, "plan");
export const validateGeneration = validator<Generation>(generationShape, "generation");
export const validateReference = validator<Reference>(referenceShape, "reference");
export const validateUsage = validator<Usage>(usageShape, "usage");
export const validateImage = validator<Image>(storedImage, "image");
export const validatePlanList = validator<ListBody<Plan>>(list(planShape), "plans");
export const validateGenerationList = validator<ListBody<Generation>>(list(generationShape), "generations");
export const validateImageList = validator<ListBody<Image>>(list(storedImage), "images");
export const validateReferenceList = validator<ListBody<Reference>>(list(referenceShape), "references");
