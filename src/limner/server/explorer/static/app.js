// Limner API explorer: prompt → POST /v1/reason → editable boxes → POST /v1/generate → image.

import { ApiClient, ApiError } from "./api.js";
import { COLOR_WORDS, hexFor, nearestColorWord, swatchColor } from "./colors.js";
import { Stage } from "./stage.js";
import { prettyJson, snippets } from "./snippets.js";

const KEY_STORAGE = "limner.explorer.apiKey";
const MAX_HISTORY = 8;
let historyRuns = 0; // the latest loadHistory() call wins

const $ = (id) => document.getElementById(id);
const clone = (value) => structuredClone(value);

const state = {
  plan: null, // the working copy the user edits and Generate sends
  original: null, // the plan as the server returned it
  selected: null,
  images: [], // newest last: {id, url, objectUrl, width, height, format, seed, generationId}
  references: [],
  tab: "plan",
  lang: "curl",
  busy: false,
};

const baseUrl = new URL(".", window.location.href);
const api = new ApiClient(baseUrl, () => $("api-key").value.trim());

// ---------------------------------------------------------------- errors and status

function showError(error) {
  const box = $("error");
  const isApi = error instanceof ApiError;
  $("error-title").textContent = isApi ? error.title : "Error";
  $("error-status").textContent = isApi && error.status ? String(error.status) : "";
  $("error-detail").textContent = isApi ? error.detail || error.message : String(error.message || error);
  const meta = [
    ["error-param", isApi ? error.param : null],
    ["error-code", isApi ? error.code : null],
    ["error-request", isApi ? error.requestId : null],
    ["error-retry", isApi && error.retryAfter ? `${error.retryAfter} s` : null],
  ];
  for (const [id, value] of meta) {
    const node = $(id);
    node.textContent = value ?? "";
    node.parentElement.hidden = value === null || value === undefined || value === "";
    node.parentElement.previousElementSibling.hidden = node.parentElement.hidden;
  }
  const list = $("error-list");
  list.replaceChildren();
  for (const item of isApi && error.errors.length > 1 ? error.errors : []) {
    const entry = document.createElement("li");
    const where = document.createElement("code");
    where.textContent = item.param ?? "(body)";
    entry.append(where, document.createTextNode(` ${item.detail}`));
    list.append(entry);
  }
  box.hidden = false;
  if (isApi && error.param) highlightParam(error.param);
}

function clearError() {
  $("error").hidden = true;
  for (const node of document.querySelectorAll(".invalid")) node.classList.remove("invalid");
}

function highlightParam(param) {
  const fields = { prompt: "prompt", size: "size", seed: "seed" };
  const root = param.split(".")[0];
  if (fields[root]) $(fields[root]).classList.add("invalid");
  const match = /^plan\.elements\.(\d+)/.exec(param);
  if (match && state.plan) {
    const element = state.plan.elements[Number(match[1])];
    if (element) selectElement(element.id);
  }
}

function setStatus(meta, note = "") {
  const parts = [`${meta.method} ${meta.path}`, String(meta.status), `${meta.ms} ms`];
  if (meta.requestId) parts.push(meta.requestId);
  if (meta.remaining !== null && meta.remaining !== undefined) parts.push(`${meta.remaining} left`);
  if (note) parts.push(note);
  $("status").textContent = parts.join(" · ");
  $("status").classList.toggle("bad", meta.status >= 400);
}

async function run(button, task) {
  if (state.busy) return;
  state.busy = true;
  button.classList.add("busy");
  document.body.classList.add("busy");
  clearError();
  try {
    await task();
  } catch (error) {
    if (error instanceof ApiError && error.meta) setStatus(error.meta);
    showError(error);
  } finally {
    state.busy = false;
    button.classList.remove("busy");
    document.body.classList.remove("busy");
    updateButtons();
  }
}

// ---------------------------------------------------------------- tabs

function showTab(tab) {
  state.tab = tab;
  for (const button of document.querySelectorAll(".tab")) {
    button.setAttribute("aria-selected", String(button.dataset.tab === tab));
  }
  for (const panel of document.querySelectorAll(".tab-panel")) panel.hidden = panel.dataset.panel !== tab;
  if (tab === "plan") stage.fit();
}

function showLang(lang) {
  state.lang = lang;
  for (const button of document.querySelectorAll("[data-lang]")) {
    button.setAttribute("aria-pressed", String(button.dataset.lang === lang));
  }
  for (const pre of document.querySelectorAll("[data-lang-panel]")) pre.hidden = pre.dataset.langPanel !== lang;
}

// ---------------------------------------------------------------- plan rendering

const stage = new Stage($("stage-wrap"), $("stage"), {
  onSelect: (id) => selectElement(id),
  onChange: (id, box, final) => {
    const element = findElement(id);
    if (!element) return;
    element.box = box;
    renderBoxFields(element);
    if (final) planEdited();
  },
  onDelete: (id) => deleteElement(id),
});

function findElement(id) {
  return state.plan?.elements.find((element) => element.id === id) || null;
}

function generateBody() {
  const body = { plan: state.plan, output_format: "png" };
  const seed = $("seed").value.trim();
  if (seed !== "") body.seed = Number(seed);
  return body;
}

function isEdited() {
  return Boolean(state.plan && state.original) && JSON.stringify(state.plan) !== JSON.stringify(state.original);
}

function renderJson() {
  $("json").textContent = prettyJson(state.plan);
  $("edited-badge").hidden = !isEdited();
}

function renderSnippets() {
  if (!state.plan) {
    for (const lang of ["curl", "python", "typescript", "go"]) {
      $(`snippet-${lang}`).textContent = "Reason a prompt first: the snippets send its plan.";
    }
    return;
  }
  const all = snippets(baseUrl.href, "/v1/generate", generateBody(), Boolean($("api-key").value.trim()));
  for (const [lang, text] of Object.entries(all)) $(`snippet-${lang}`).textContent = text;
}

function describe(element) {
  const color = element.attributes?.color;
  const what = element.text?.content ? `“${element.text.content}”` : element.noun;
  return color && !element.text ? `${color} ${what}` : what;
}

function renderElementList() {
  const list = $("element-list");
  list.replaceChildren();
  if (!state.plan) return;
  for (const element of state.plan.elements) {
    const item = document.createElement("li");
    item.dataset.elementId = element.id;
    item.classList.toggle("selected", element.id === state.selected);
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    const color = swatchColor(element.attributes);
    if (color) swatch.style.backgroundColor = color;
    else swatch.classList.add("none");
    const name = document.createElement("span");
    name.className = "element-name";
    name.textContent = describe(element);
    const id = document.createElement("code");
    id.textContent = element.id;
    item.append(swatch, name, id);
    item.addEventListener("click", () => selectElement(element.id));
    hoverHighlights(item, [element.id]);
    list.append(item);
  }
}

function hoverHighlights(node, ids) {
  node.addEventListener("mouseenter", () => stage.highlight(ids));
  node.addEventListener("mouseleave", () => stage.highlight([]));
}

function renderPlanMeta() {
  const plan = state.plan;
  $("plan-tools").hidden = !plan;
  if (!plan) {
    $("background-row").hidden = true;
    $("plan-meta").textContent = "No plan yet.";
    return;
  }
  const { width, height } = plan.canvas;
  const n = plan.elements.length;
  $("background-row").hidden = false;
  $("background-color").value = plan.canvas.background?.color || "#ffffff";
  const description = plan.canvas.background?.description;
  $("background-text").textContent = `background ${plan.canvas.background?.color || ""}${description ? ` · ${description}` : ""}`;
  $("plan-meta").textContent = `${plan.id} · ${width}×${height} · ${n} element${n === 1 ? "" : "s"}`;

  const relations = $("relations");
  relations.replaceChildren();
  for (const relation of plan.relations) {
    const chip = document.createElement("span");
    chip.className = "relation";
    const name = (id) => {
      const element = findElement(id);
      return element ? `${element.noun} ${id}` : id;
    };
    const tail = relation.object2 ? ` and ${name(relation.object2)}` : "";
    chip.textContent = `${name(relation.subject)} ${relation.predicate} ${name(relation.object)}${tail}`;
    hoverHighlights(chip, [relation.subject, relation.object, relation.object2].filter(Boolean));
    relations.append(chip);
  }

  const trace = $("trace");
  trace.replaceChildren();
  for (const entry of plan.trace || []) {
    const item = document.createElement("li");
    const stageName = document.createElement("strong");
    stageName.textContent = entry.stage;
    item.append(stageName, document.createTextNode(` ${entry.message}`));
    if (entry.elements?.length) {
      item.classList.add("linked");
      hoverHighlights(item, entry.elements);
    }
    trace.append(item);
  }
  $("trace-box").hidden = !(plan.trace || []).length;

  const warnings = $("warnings");
  warnings.replaceChildren();
  for (const warning of plan.warnings || []) {
    const item = document.createElement("li");
    item.textContent = warning;
    warnings.append(item);
  }
}

function renderPlan() {
  $("stage-empty").hidden = Boolean(state.plan);
  stage.setPlan(state.plan, state.selected);
  renderPlanMeta();
  renderElementList();
  renderInspector();
  renderJson();
  renderSnippets();
  updateButtons();
}

function planEdited() {
  renderJson();
  renderSnippets();
  renderElementList();
}

function updateButtons() {
  $("generate").disabled = !state.plan || state.busy;
  $("reason").disabled = state.busy;
}

// ---------------------------------------------------------------- selection and inspector

function selectElement(id) {
  state.selected = findElement(id) ? id : null;
  stage.select(state.selected);
  for (const item of $("element-list").children) {
    item.classList.toggle("selected", item.dataset.elementId === state.selected);
  }
  renderInspector();
}

function renderBoxFields(element) {
  if (element.id !== state.selected) return;
  ["x0", "y0", "x1", "y1"].forEach((name, i) => {
    const input = $(`insp-${name}`);
    if (document.activeElement !== input) input.value = String(element.box[i]);
  });
}

function renderAttributes(element) {
  const container = $("insp-attrs");
  container.replaceChildren();
  for (const [key, value] of Object.entries(element.attributes || {})) {
    if (key === "color" || key === "hex") continue;
    const row = document.createElement("div");
    row.className = "attr-row";
    const name = document.createElement("code");
    name.textContent = key;
    const input = document.createElement("input");
    input.type = "text";
    input.value = String(value);
    input.setAttribute("aria-label", key);
    input.addEventListener("change", () => {
      element.attributes[key] = typedValue(input.value, value);
      refreshElement(element);
    });
    const remove = document.createElement("button");
    remove.type = "button";
    remove.className = "icon-button";
    remove.textContent = "×";
    remove.title = `Remove ${key}`;
    remove.addEventListener("click", () => {
      delete element.attributes[key];
      refreshElement(element);
      renderAttributes(element);
    });
    row.append(name, input, remove);
    container.append(row);
  }
}

function typedValue(text, previous) {
  if (typeof previous === "number" && text.trim() !== "" && Number.isFinite(Number(text))) return Number(text);
  if (typeof previous === "boolean" && /^(true|false)$/i.test(text.trim())) return /^true$/i.test(text.trim());
  return text;
}

function renderInspector() {
  const element = findElement(state.selected);
  $("insp-form").hidden = !element;
  $("insp-empty").hidden = Boolean(element);
  $("insp-id").textContent = element ? `${element.id} · ${element.kind}` : "";
  if (!element) return;
  $("insp-noun").value = element.noun;
  $("insp-label").value = element.label ?? "";
  $("insp-color").value = element.attributes?.color ?? "";
  $("insp-hex").value = hexFor(element.attributes);
  $("insp-hex-clear").hidden = !element.attributes?.hex;
  const color = swatchColor(element.attributes);
  $("insp-swatch").style.backgroundColor = color || "transparent";
  $("insp-swatch").classList.toggle("none", !color);
  $("insp-text-field").hidden = !element.text;
  $("insp-text").value = element.text?.content ?? "";
  $("insp-z").value = String(element.z ?? 0);
  renderBoxFields(element);
  renderAttributes(element);
}

/** After an inspector edit: redraw that element's box and the derived views. */
function refreshElement(element) {
  stage.update(element.id);
  stage.select(state.selected);
  const color = swatchColor(element.attributes);
  $("insp-swatch").style.backgroundColor = color || "transparent";
  $("insp-swatch").classList.toggle("none", !color);
  $("insp-hex-clear").hidden = !element.attributes?.hex;
  if (document.activeElement !== $("insp-hex")) $("insp-hex").value = hexFor(element.attributes);
  planEdited();
}

function bindInspector() {
  const edit = (id, apply) => {
    $(id).addEventListener("input", () => {
      const element = findElement(state.selected);
      if (!element) return;
      if (apply(element, $(id).value) !== false) refreshElement(element);
    });
  };
  edit("insp-noun", (element, value) => {
    if (!value.trim()) return false;
    element.noun = value.trim().toLowerCase();
  });
  edit("insp-label", (element, value) => {
    element.label = value.trim() ? value : null;
  });
  edit("insp-color", (element, value) => {
    // A new colour word makes the old exact value stale: drop attributes.hex with it.
    element.attributes = element.attributes || {};
    delete element.attributes.hex;
    if (value.trim()) element.attributes.color = value.trim().toLowerCase();
    else delete element.attributes.color;
  });
  edit("insp-hex", (element, value) => {
    // An exact colour also sets the nearest basic colour word, so both stay in step.
    element.attributes = element.attributes || {};
    element.attributes.hex = value.toLowerCase();
    const word = nearestColorWord(value);
    if (word) element.attributes.color = word;
    $("insp-color").value = word ?? $("insp-color").value;
  });
  edit("insp-text", (element, value) => {
    if (!element.text || !value) return false;
    element.text.content = value;
  });
  edit("insp-z", (element, value) => {
    if (value.trim() === "" || !Number.isInteger(Number(value))) return false;
    element.z = Number(value);
  });
  for (const [i, name] of ["x0", "y0", "x1", "y1"].entries()) {
    $(`insp-${name}`).addEventListener("change", () => {
      const element = findElement(state.selected);
      const value = Number($(`insp-${name}`).value);
      if (!element || !Number.isFinite(value)) return;
      const box = [...element.box];
      box[i] = Math.min(1, Math.max(0, Math.round(value * 10000) / 10000));
      if (box[0] >= box[2] || box[1] >= box[3]) {
        showError(new Error(`The box needs x0 < x1 and y0 < y1 (got [${box.join(", ")}]).`));
        renderBoxFields(element);
        return;
      }
      clearError();
      element.box = box;
      refreshElement(element);
    });
  }
  $("insp-hex-clear").addEventListener("click", () => {
    const element = findElement(state.selected);
    if (!element?.attributes?.hex) return;
    delete element.attributes.hex;
    refreshElement(element);
    renderInspector();
  });
  $("insp-attr-add").addEventListener("click", () => {
    const element = findElement(state.selected);
    const key = $("insp-attr-key").value.trim();
    if (!element || !key) return;
    element.attributes = element.attributes || {};
    element.attributes[key] = $("insp-attr-value").value;
    $("insp-attr-key").value = "";
    $("insp-attr-value").value = "";
    refreshElement(element);
    renderInspector();
  });
  $("insp-delete").addEventListener("click", () => {
    if (state.selected) deleteElement(state.selected);
  });
  const datalist = $("color-words");
  for (const word of Object.keys(COLOR_WORDS)) {
    const option = document.createElement("option");
    option.value = word;
    datalist.append(option);
  }
}

function nextId() {
  const used = new Set(state.plan.elements.map((element) => element.id));
  let n = state.plan.elements.length + 1;
  while (used.has(`e${n}`)) n += 1;
  return `e${n}`;
}

function addElement(kind) {
  if (!state.plan) return;
  const z = Math.max(0, ...state.plan.elements.map((element) => element.z ?? 0)) + 1;
  const element = {
    id: nextId(),
    kind,
    noun: kind === "text" ? "text" : "ball",
    label: null,
    attributes: { color: kind === "text" ? "black" : "red" },
    box: kind === "text" ? [0.2, 0.06, 0.8, 0.18] : [0.4, 0.4, 0.6, 0.6],
    z,
    group: null,
    reference_id: null,
    text: kind === "text" ? { content: "Hello", language: "en", script: "Latn", role: "headline", localized: {} } : null,
    sentence: null,
  };
  state.plan.elements.push(element);
  state.selected = element.id;
  renderPlan();
}

function deleteElement(id) {
  if (!state.plan) return;
  state.plan.elements = state.plan.elements.filter((element) => element.id !== id);
  state.plan.relations = state.plan.relations.filter(
    (relation) => relation.subject !== id && relation.object !== id && relation.object2 !== id,
  );
  if (state.selected === id) state.selected = null;
  renderPlan();
}

// ---------------------------------------------------------------- reason and generate

async function reason() {
  const body = { prompt: $("prompt").value };
  const size = $("size").value;
  if (size) body.size = size;
  const seed = $("seed").value.trim();
  if (seed !== "") body.seed = Number(seed);
  const refs = state.references.map((ref) => ({ id: ref.id, role: ref.role, name: ref.name }));
  if (refs.length) body.references = refs;
  const { data, meta } = await api.send("POST", "/v1/reason", { json: body });
  setStatus(meta);
  state.original = data;
  state.plan = clone(data);
  state.selected = null;
  renderPlan();
  showTab("plan");
}

async function generate() {
  const { data, meta } = await api.send("POST", "/v1/generate", { json: generateBody() });
  setStatus(meta, data.status);
  if (data.status === "failed") {
    const failure = data.error || {};
    throw new ApiError(
      { title: "Generation failed", ...failure, detail: failure.detail || failure.message || `${data.id} failed` },
      0,
    );
  }
  const image = data.images?.[0];
  if (!image) throw new ApiError({ title: "No image", detail: `Generation ${data.id} is ${data.status}.` }, 0);
  const blob = await api.image(image.url);
  const entry = {
    ...image,
    generationId: data.id,
    planId: data.plan_id,
    objectUrl: URL.createObjectURL(blob),
    bytes: blob.size,
  };
  state.images.push(entry);
  while (state.images.length > MAX_HISTORY) URL.revokeObjectURL(state.images.shift().objectUrl);
  renderImages();
  showTab("image");
}

// ---------------------------------------------------------------- history (GET /v1/generations)

/** The account's recent generations, so a reload starts where the page left off. */
async function loadHistory() {
  const run = ++historyRuns;
  const note = $("history-note");
  const older = [];
  try {
    const { data: listed } = await api.send("GET", `/v1/generations?limit=${MAX_HISTORY}`);
    const known = new Set(state.images.map((entry) => entry.id));
    for (const generation of listed.data) {
      const image = generation.images?.[0];
      if (generation.status !== "succeeded" || !image || known.has(image.id)) continue;
      const blob = await api.image(image.url);
      older.push({
        ...image,
        generationId: generation.id,
        planId: generation.plan_id,
        objectUrl: URL.createObjectURL(blob),
        bytes: blob.size,
      });
    }
  } catch (error) {
    for (const entry of older) URL.revokeObjectURL(entry.objectUrl);
    if (run !== historyRuns) return;
    note.textContent =
      error instanceof ApiError && error.status === 401
        ? "Enter an API key to see this account's recent generations."
        : `Recent generations could not be loaded: ${error.message}`;
    note.hidden = false;
    return;
  }
  if (run !== historyRuns) {
    for (const entry of older) URL.revokeObjectURL(entry.objectUrl);
    return; // a newer load (another key) answers instead
  }
  note.hidden = true;
  // Listed newest first; the page keeps newest last, after what was made here meanwhile.
  state.images.unshift(...older.reverse());
  while (state.images.length > MAX_HISTORY) URL.revokeObjectURL(state.images.shift().objectUrl);
  renderImages();
  if (older.length && !state.plan) {
    showTab("image"); // nothing else on the page yet: show them, with the newest one's plan
    await openPlanOf(state.images[state.images.length - 1]);
  }
}

/** The plan an image was drawn from becomes the page's plan, unless the page holds unsaved edits. */
async function openPlanOf(entry) {
  if (!entry?.planId || isEdited() || state.plan?.id === entry.planId) return;
  try {
    const { data } = await api.send("GET", `/v1/plans/${encodeURIComponent(entry.planId)}`);
    if (isEdited()) return; // edited while the plan was on its way
    state.original = data;
    state.plan = clone(data);
    state.selected = null;
    renderPlan();
  } catch (error) {
    showError(error);
  }
}

/** Another key is another account: its history replaces this one's. */
function switchAccount() {
  for (const entry of state.images) URL.revokeObjectURL(entry.objectUrl);
  state.images = [];
  renderImages();
  loadHistory();
}

/** A thumbnail clicked: that image becomes the current one (and "after" in Compare). */
function showHistoryEntry(entry) {
  const index = state.images.indexOf(entry);
  if (index < 0 || index === state.images.length - 1) return;
  state.images.push(...state.images.splice(index, 1));
  renderImages();
  openPlanOf(entry);
}

function renderImages() {
  const latest = state.images.at(-1);
  const img = $("image");
  $("image-empty").hidden = Boolean(latest);
  img.hidden = !latest;
  if (!latest) {
    $("image-meta").textContent = "";
    $("history").replaceChildren();
    $("compare").hidden = true;
    $("compare-empty").hidden = false;
    return;
  }
  img.src = latest.objectUrl;
  img.dataset.imageId = latest.id;
  img.dataset.generationId = latest.generationId;
  if (latest.planId) img.dataset.planId = latest.planId;
  const kb = (latest.bytes / 1024).toFixed(1);
  $("image-meta").textContent =
    `${latest.id} · ${latest.width}×${latest.height} ${latest.format} · ${kb} KB · seed ${latest.seed ?? "–"} · ${latest.generationId}`;

  const history = $("history");
  history.replaceChildren();
  for (const entry of [...state.images].reverse()) {
    const thumb = document.createElement("img");
    thumb.src = entry.objectUrl;
    thumb.alt = entry.id;
    thumb.title = `${entry.id} · ${entry.generationId}`;
    thumb.dataset.generationId = entry.generationId;
    thumb.tabIndex = 0;
    thumb.classList.toggle("current", entry === latest);
    thumb.addEventListener("click", () => showHistoryEntry(entry));
    thumb.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        showHistoryEntry(entry);
      }
    });
    history.append(thumb);
  }

  const previous = state.images.at(-2);
  $("compare").hidden = !previous;
  $("compare-empty").hidden = Boolean(previous);
  if (previous) {
    $("compare-before").src = previous.objectUrl;
    $("compare-after").src = latest.objectUrl;
    $("side-before").src = previous.objectUrl;
    $("side-after").src = latest.objectUrl;
    $("compare-caption").textContent = `${previous.id} → ${latest.id}`;
  }
}

function bindCompare() {
  const range = $("compare-range");
  const apply = () => {
    const value = Number(range.value);
    $("compare-after").style.clipPath = `inset(0 0 0 ${value}%)`;
    $("compare-handle").style.left = `${value}%`;
  };
  range.addEventListener("input", apply);
  apply();
  for (const button of document.querySelectorAll("[data-mode]")) {
    button.addEventListener("click", () => {
      $("compare").dataset.mode = button.dataset.mode;
      for (const other of document.querySelectorAll("[data-mode]")) {
        other.setAttribute("aria-pressed", String(other === button));
      }
    });
  }
}

// ---------------------------------------------------------------- references

async function uploadReference() {
  const file = $("reference-file").files[0];
  const status = $("reference-status");
  status.classList.remove("bad");
  if (!file) {
    status.textContent = "Choose a PNG, JPEG or WebP file first.";
    return;
  }
  const form = new FormData();
  form.append("file", file);
  form.append("role", $("reference-role").value);
  const name = $("reference-name").value.trim();
  if (name) form.append("name", name);
  try {
    const { data, meta } = await api.send("POST", "/v1/references", { form });
    setStatus(meta);
    state.references.push({ id: data.id, role: data.role || $("reference-role").value, name: data.name ?? name });
    status.textContent = `Uploaded ${data.id}: the next Reason will use it.`;
    renderReferences();
  } catch (error) {
    if (error instanceof ApiError && error.meta) setStatus(error.meta);
    status.classList.add("bad");
    if (error instanceof ApiError && error.status === 404) {
      status.textContent = "This server does not offer reference uploads yet (POST /v1/references answered 404).";
    } else {
      status.textContent = `Upload failed: ${error.message}`;
      showError(error);
    }
  }
}

function renderReferences() {
  const list = $("reference-list");
  list.replaceChildren();
  for (const ref of state.references) {
    const item = document.createElement("li");
    const id = document.createElement("code");
    id.textContent = ref.id;
    const remove = document.createElement("button");
    remove.type = "button";
    remove.className = "icon-button";
    remove.textContent = "×";
    remove.title = "Do not use this reference";
    remove.addEventListener("click", () => {
      state.references = state.references.filter((other) => other !== ref);
      renderReferences();
    });
    item.append(id, document.createTextNode(` ${ref.role}${ref.name ? ` · ${ref.name}` : ""}`), remove);
    list.append(item);
  }
}

// ---------------------------------------------------------------- setup

async function copy(text, button) {
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = "Copied";
  } catch (error) {
    button.textContent = error.name === "NotAllowedError" ? "Blocked" : "Failed";
  }
  setTimeout(() => {
    button.textContent = "Copy";
  }, 1200);
}

function init() {
  $("server-url").textContent = baseUrl.origin + baseUrl.pathname.replace(/\/$/, "");
  $("key-form").addEventListener("submit", (event) => event.preventDefault());
  const key = $("api-key");
  key.value = localStorage.getItem(KEY_STORAGE) || "";
  key.addEventListener("input", () => {
    const value = key.value.trim();
    if (value) localStorage.setItem(KEY_STORAGE, value);
    else localStorage.removeItem(KEY_STORAGE);
    renderSnippets();
  });
  key.addEventListener("change", switchAccount);

  $("prompt-form").addEventListener("submit", (event) => {
    event.preventDefault();
    run($("reason"), reason);
  });
  $("prompt").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      run($("reason"), reason);
    }
  });
  $("generate").addEventListener("click", () => run($("generate"), generate));
  $("seed").addEventListener("input", renderSnippets);
  $("error-close").addEventListener("click", clearError);
  for (const button of document.querySelectorAll(".tab")) {
    button.addEventListener("click", () => showTab(button.dataset.tab));
  }
  for (const button of document.querySelectorAll("[data-lang]")) {
    button.addEventListener("click", () => showLang(button.dataset.lang));
  }
  for (const button of document.querySelectorAll("[data-copy]")) {
    button.addEventListener("click", () => {
      const source = button.dataset.copy === "json" ? $("json") : $(`snippet-${state.lang}`);
      copy(source.textContent, button);
    });
  }
  $("add-object").addEventListener("click", () => addElement("object"));
  $("add-text").addEventListener("click", () => addElement("text"));
  $("reset-plan").addEventListener("click", () => {
    if (!state.original) return;
    state.plan = clone(state.original);
    state.selected = null;
    renderPlan();
  });
  $("reference-upload").addEventListener("click", uploadReference);
  $("background-color").addEventListener("input", () => {
    if (!state.plan) return;
    state.plan.canvas.background = { ...state.plan.canvas.background, color: $("background-color").value };
    stage.stage.style.backgroundColor = state.plan.canvas.background.color;
    renderPlanMeta();
    planEdited();
  });
  bindInspector();
  bindCompare();
  renderPlan();
  renderImages();
  loadHistory();
  api.health().then(
    (ok) => $("health-dot").classList.add(ok ? "ok" : "bad"),
    () => $("health-dot").classList.add("bad"),
  );
  document.body.dataset.ready = "true";
}

init();
