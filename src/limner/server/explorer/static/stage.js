// The plan drawn over a canvas of its aspect ratio: one absolutely positioned box per element,
// moved and resized with pointer events. Boxes are normalized [x0, y0, x1, y1], origin top-left.

import { swatchColor } from "./colors.js";

const MIN_SIZE = 0.02;
const HANDLES = ["nw", "n", "ne", "e", "se", "s", "sw", "w"];

export const round = (value) => Math.round(value * 10000) / 10000;
const clamp = (value, lo, hi) => Math.min(hi, Math.max(lo, value));

/** The box after dragging by (dx, dy) in mode "move" or a resize handle ("nw", "e", ...). */
export function dragBox(box, mode, dx, dy) {
  let [x0, y0, x1, y1] = box;
  if (mode === "move") {
    const w = x1 - x0;
    const h = y1 - y0;
    x0 = clamp(x0 + dx, 0, 1 - w);
    y0 = clamp(y0 + dy, 0, 1 - h);
    return [x0, y0, x0 + w, y0 + h].map(round);
  }
  if (mode.includes("w")) x0 = clamp(x0 + dx, 0, x1 - MIN_SIZE);
  if (mode.includes("e")) x1 = clamp(x1 + dx, x0 + MIN_SIZE, 1);
  if (mode.includes("n")) y0 = clamp(y0 + dy, 0, y1 - MIN_SIZE);
  if (mode.includes("s")) y1 = clamp(y1 + dy, y0 + MIN_SIZE, 1);
  return [x0, y0, x1, y1].map(round);
}

export class Stage {
  /**
   * @param {HTMLElement} wrap   the area the canvas is fitted into
   * @param {HTMLElement} stage  the canvas element (boxes are its children)
   * @param {{onSelect: (id: string|null) => void, onChange: (id: string, box: number[], final: boolean) => void,
   *          onDelete: (id: string) => void}} handlers
   */
  constructor(wrap, stage, handlers) {
    this.wrap = wrap;
    this.stage = stage;
    this.handlers = handlers;
    this.plan = null;
    this.selected = null;
    this.drag = null;
    this.boxes = new Map();
    new ResizeObserver(() => this.fit()).observe(wrap);
    stage.addEventListener("pointerdown", (event) => {
      if (event.target === stage) handlers.onSelect(null);
    });
  }

  fit() {
    if (!this.plan) return;
    const { width, height } = this.plan.canvas;
    const style = getComputedStyle(this.wrap);
    const availW = this.wrap.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const availH = this.wrap.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    const scale = Math.max(0, Math.min(availW / width, availH / height));
    this.stage.style.width = `${Math.floor(width * scale)}px`;
    this.stage.style.height = `${Math.floor(height * scale)}px`;
  }

  setPlan(plan, selected) {
    this.plan = plan;
    this.selected = selected;
    this.render();
    this.fit();
  }

  render() {
    const plan = this.plan;
    for (const node of this.boxes.values()) node.remove();
    this.boxes.clear();
    this.stage.classList.toggle("has-plan", Boolean(plan));
    if (!plan) return;
    this.stage.style.backgroundColor = plan.canvas.background?.color || "#ffffff";
    const ordered = plan.elements
      .map((element, index) => ({ element, index }))
      .sort((a, b) => (a.element.z ?? 0) - (b.element.z ?? 0) || a.index - b.index);
    for (const { element } of ordered) {
      const node = this.buildBox(element);
      this.stage.append(node);
      this.boxes.set(element.id, node);
    }
  }

  buildBox(element) {
    const node = document.createElement("div");
    node.className = "box";
    node.dataset.testid = "box";
    node.dataset.elementId = element.id;
    node.dataset.kind = element.kind || "object";
    node.tabIndex = 0;
    node.setAttribute("role", "button");
    node.setAttribute("aria-label", `${element.noun} ${element.id}`);
    const color = swatchColor(element.attributes);
    if (color) node.style.setProperty("--element-color", color);

    const label = document.createElement("div");
    label.className = "box-label";
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    if (color) swatch.style.backgroundColor = color;
    else swatch.classList.add("none");
    const noun = document.createElement("span");
    noun.className = "box-noun";
    noun.textContent = element.noun;
    const id = document.createElement("span");
    id.className = "box-id";
    id.textContent = element.id;
    label.append(swatch, noun, id);
    node.append(label);

    if (element.text?.content) {
      const text = document.createElement("div");
      text.className = "box-text";
      text.textContent = element.text.content;
      node.append(text);
    }
    for (const handle of HANDLES) {
      const grip = document.createElement("span");
      grip.className = `handle handle-${handle}`;
      grip.dataset.handle = handle;
      node.append(grip);
    }
    this.place(node, element.box);
    node.classList.toggle("selected", element.id === this.selected);
    node.addEventListener("pointerdown", (event) => this.startDrag(event, element.id));
    node.addEventListener("pointermove", (event) => this.moveDrag(event));
    node.addEventListener("pointerup", (event) => this.endDrag(event));
    node.addEventListener("pointercancel", (event) => this.endDrag(event));
    node.addEventListener("keydown", (event) => this.onKey(event, element.id));
    node.addEventListener("focus", () => {
      if (this.selected !== element.id) this.handlers.onSelect(element.id);
    });
    return node;
  }

  place(node, box) {
    const [x0, y0, x1, y1] = box;
    node.style.left = `${x0 * 100}%`;
    node.style.top = `${y0 * 100}%`;
    node.style.width = `${(x1 - x0) * 100}%`;
    node.style.height = `${(y1 - y0) * 100}%`;
  }

  element(id) {
    return this.plan?.elements.find((element) => element.id === id) || null;
  }

  select(id) {
    this.selected = id;
    for (const [key, node] of this.boxes) node.classList.toggle("selected", key === id);
  }

  /** Outline the given elements (hovering a trace entry or relation); an empty list clears it. */
  highlight(ids) {
    const wanted = new Set(ids);
    for (const [key, node] of this.boxes) node.classList.toggle("highlighted", wanted.has(key));
    this.stage.classList.toggle("highlighting", wanted.size > 0);
  }

  /** Redraw one element in place (after an inspector edit), keeping focus and selection. */
  update(id) {
    const element = this.element(id);
    const old = this.boxes.get(id);
    if (!element || !old) return this.render();
    const node = this.buildBox(element);
    const focused = document.activeElement === old;
    old.replaceWith(node);
    this.boxes.set(id, node);
    if (focused) node.focus({ preventScroll: true });
  }

  startDrag(event, id) {
    if (event.button !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    const element = this.element(id);
    if (!element) return;
    const node = this.boxes.get(id);
    node.focus({ preventScroll: true });
    if (this.selected !== id) this.handlers.onSelect(id);
    node.setPointerCapture(event.pointerId);
    const rect = this.stage.getBoundingClientRect();
    this.drag = {
      id,
      node,
      pointerId: event.pointerId,
      mode: event.target.dataset?.handle || "move",
      startX: event.clientX,
      startY: event.clientY,
      startBox: [...element.box],
      box: [...element.box],
      width: rect.width,
      height: rect.height,
      moved: false,
    };
    node.classList.add("dragging");
  }

  moveDrag(event) {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    const dx = (event.clientX - drag.startX) / drag.width;
    const dy = (event.clientY - drag.startY) / drag.height;
    if (!drag.moved && Math.hypot(event.clientX - drag.startX, event.clientY - drag.startY) < 2) return;
    drag.moved = true;
    drag.box = dragBox(drag.startBox, drag.mode, dx, dy);
    this.place(drag.node, drag.box);
    this.handlers.onChange(drag.id, drag.box, false);
  }

  endDrag(event) {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    this.drag = null;
    drag.node.classList.remove("dragging");
    if (drag.node.hasPointerCapture(event.pointerId)) drag.node.releasePointerCapture(event.pointerId);
    if (drag.moved) this.handlers.onChange(drag.id, drag.box, true);
  }

  onKey(event, id) {
    const element = this.element(id);
    if (!element) return;
    if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      this.handlers.onDelete(id);
      return;
    }
    const step = event.shiftKey ? 0.05 : 0.01;
    const moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const box = dragBox(element.box, event.altKey ? "se" : "move", move[0], move[1]);
    this.place(this.boxes.get(id), box);
    this.handlers.onChange(id, box, true);
  }
}
