// The request the page would send, written out as curl, Python (limner_client), TypeScript and Go.

const INDENT = "    ";

const SCALAR = String.raw`(?:-?[0-9][0-9.eE+-]*|"(?:[^"\\\n]|\\.)*"|true|false|null)`;
const SCALAR_ARRAY = new RegExp(String.raw`\[\n\s*(${SCALAR}(?:,\n\s*${SCALAR})*)\n\s*\]`, "g");

/**
 * JSON indented by two spaces, with short arrays of scalars (boxes, id lists) kept on one line.
 * JSON strings never hold a raw newline, so a match cannot start or end inside a string.
 */
export function prettyJson(value) {
  return JSON.stringify(value, null, 2).replace(SCALAR_ARRAY, (whole, items) => {
    const line = `[${items.split(/,\n\s*/).join(", ")}]`;
    return line.length <= 80 ? line : whole;
  });
}

/** A JSON value as a Python literal (True/False/None; JSON strings are valid Python strings). */
export function toPython(value, depth = 0) {
  const pad = INDENT.repeat(depth + 1);
  const end = INDENT.repeat(depth);
  if (value === null || value === undefined) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "number") return Number.isFinite(value) ? JSON.stringify(value) : "None";
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    if (value.every((item) => item === null || typeof item !== "object")) {
      const line = `[${value.map((item) => toPython(item)).join(", ")}]`;
      if (line.length <= 80) return line;
    }
    return `[\n${value.map((item) => pad + toPython(item, depth + 1)).join(",\n")},\n${end}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return "{}";
  const lines = entries.map(([key, item]) => `${pad}${JSON.stringify(key)}: ${toPython(item, depth + 1)}`);
  return `{\n${lines.join(",\n")},\n${end}}`;
}

function shellQuote(text) {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export function curlSnippet(baseUrl, path, body, hasKey) {
  const lines = [`curl -sS -X POST ${shellQuote(baseUrl + path)} \\`, `  -H 'Content-Type: application/json' \\`];
  if (hasKey) lines.push(`  -H "Authorization: Bearer $LIMNER_API_KEY" \\`);
  lines.push(`  --data-binary @- <<'JSON'`, prettyJson(body), "JSON");
  return lines.join("\n");
}

export function pythonSnippet(baseUrl, body, hasKey) {
  const { plan, ...options } = body;
  const extra = Object.entries(options)
    .map(([key, value]) => `, ${key}=${toPython(value)}`)
    .join("");
  const lines = ["from limner_client import Limner", ""];
  if (hasKey) lines.push("# The API key is read from the LIMNER_API_KEY environment variable (or pass api_key=...).");
  lines.push(
    `client = Limner(base_url=${JSON.stringify(baseUrl)})`,
    "",
    `plan = ${toPython(plan)}`,
    "",
    `gen = client.generate(plan=plan${extra})`,
    "print(gen.id, [image.url for image in gen.images])",
  );
  return lines.join("\n");
}

export function typescriptSnippet(baseUrl, path, body, hasKey) {
  const headers = ['"Content-Type": "application/json"'];
  if (hasKey) headers.push("Authorization: `Bearer ${process.env.LIMNER_API_KEY}`");
  return [
    "// Node 18+ or any browser: plain fetch against the HTTP API.",
    "const body = " + prettyJson(body) + ";",
    "",
    `const response = await fetch(${JSON.stringify(baseUrl + path)}, {`,
    '  method: "POST",',
    `  headers: { ${headers.join(", ")} },`,
    "  body: JSON.stringify(body),",
    "});",
    "if (!response.ok) {",
    "  const problem = await response.json(); // application/problem+json",
    "  throw new Error(`${problem.title}: ${problem.detail} (param: ${problem.param})`);",
    "}",
    "const generation: { id: string; images: { id: string; url: string }[] } = await response.json();",
    "console.log(generation.id, generation.images.map((image) => image.url));",
  ].join("\n");
}

export function goSnippet(baseUrl, path, body, hasKey) {
  // A raw string literal cannot hold a backquote: JSON allows writing it as \u0060 inside strings.
  const json = prettyJson(body).replace(/`/g, "\\u0060");
  const lines = [
    "package main",
    "",
    "import (",
    '\t"encoding/json"',
    '\t"fmt"',
    '\t"net/http"',
  ];
  if (hasKey) lines.push('\t"os"');
  lines.push(
    '\t"strings"',
    ")",
    "",
    "const body = `" + json + "`",
    "",
    "func main() {",
    `\treq, err := http.NewRequest("POST", ${JSON.stringify(baseUrl + path)}, strings.NewReader(body))`,
    "\tif err != nil {",
    "\t\tpanic(err)",
    "\t}",
    '\treq.Header.Set("Content-Type", "application/json")',
  );
  if (hasKey) lines.push('\treq.Header.Set("Authorization", "Bearer "+os.Getenv("LIMNER_API_KEY"))');
  lines.push(
    "\tresp, err := http.DefaultClient.Do(req)",
    "\tif err != nil {",
    "\t\tpanic(err)",
    "\t}",
    "\tdefer resp.Body.Close()",
    "\tvar generation struct {",
    '\t\tID     string `json:"id"`',
    '\t\tDetail string `json:"detail"`',
    "\t\tImages []struct {",
    '\t\t\tURL string `json:"url"`',
    '\t\t} `json:"images"`',
    "\t}",
    "\tif err := json.NewDecoder(resp.Body).Decode(&generation); err != nil {",
    "\t\tpanic(err)",
    "\t}",
    "\tif resp.StatusCode >= 400 {",
    '\t\tpanic(fmt.Sprintf("%d: %s", resp.StatusCode, generation.Detail))',
    "\t}",
    "\tfor _, image := range generation.Images {",
    "\t\tfmt.Println(generation.ID, image.URL)",
    "\t}",
    "}",
  );
  return lines.join("\n");
}

/** All four snippets for POST {path} with {body}. */
export function snippets(baseUrl, path, body, hasKey) {
  const root = baseUrl.replace(/\/$/, "");
  return {
    curl: curlSnippet(root, path, body, hasKey),
    python: pythonSnippet(root, body, hasKey),
    typescript: typescriptSnippet(root, path, body, hasKey),
    go: goSnippet(root, path, body, hasKey),
  };
}
