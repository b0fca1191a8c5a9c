// Basic English colour words (as the plan's attributes.color uses them) and their display colours.

export const COLOR_WORDS = Object.freeze({
  red: "#e0413a",
  orange: "#f28c28",
  yellow: "#f5c531",
  green: "#3fa34d",
  blue: "#2f6fdf",
  purple: "#8a4fd1",
  pink: "#f06ba8",
  brown: "#8b5a2b",
  black: "#1f1f1f",
  white: "#ffffff",
  gray: "#8c8c8c",
  grey: "#8c8c8c",
  beige: "#e8d8b8",
  gold: "#d4a017",
  silver: "#c0c0c0",
  teal: "#2a9d8f",
  cyan: "#2bc4d8",
  navy: "#1f2f6b",
  maroon: "#7a1f2b",
  turquoise: "#36c9b5",
  violet: "#9b59d0",
  magenta: "#d63ca8",
  olive: "#808a2b",
  tan: "#d2b48c",
  cream: "#f6efd9",
});

const HEX = /^#[0-9a-f]{6}$/i;

/** The colour to paint an element's swatch with, or null when the element states none. */
export function swatchColor(attributes = {}) {
  if (typeof attributes.hex === "string" && HEX.test(attributes.hex)) return attributes.hex;
  const word = typeof attributes.color === "string" ? attributes.color.trim().toLowerCase() : "";
  if (!word) return null;
  if (COLOR_WORDS[word]) return COLOR_WORDS[word];
  const last = word.split(/\s+/).pop();
  if (COLOR_WORDS[last]) return COLOR_WORDS[last];
  return CSS.supports("color", word) ? word : null;
}

/** A #rrggbb value for <input type=color>, from the element's hex or colour word. */
export function hexFor(attributes = {}) {
  const color = swatchColor(attributes);
  return color && HEX.test(color) ? color.toLowerCase() : "#888888";
}

function hsl(hex) {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => v / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return [0, 0, l];
  const s = d / (1 - Math.abs(2 * l - 1));
  let h;
  if (max === r) h = ((g - b) / d) % 6;
  else if (max === g) h = (b - r) / d + 2;
  else h = (r - g) / d + 4;
  return [(h * 60 + 360) % 360, s, l];
}

/** The basic colour word for #rrggbb (by hue, saturation and lightness), to keep attributes.color in step. */
export function nearestColorWord(hex) {
  if (!HEX.test(hex)) return null;
  const [h, s, l] = hsl(hex);
  if (l < 0.12) return "black";
  if (l > 0.92) return "white";
  if (s < 0.15) return l < 0.25 ? "black" : l > 0.85 ? "white" : "gray";
  if (h >= 12 && h < 45 && l < 0.42) return "brown";
  if ((h >= 330 || h < 12) && l > 0.72) return "pink";
  if (h < 12 || h >= 345) return "red";
  if (h < 40) return "orange";
  if (h < 68) return "yellow";
  if (h < 165) return "green";
  if (h < 255) return "blue";
  if (h < 320) return l > 0.7 ? "pink" : "purple";
  return "pink";
}
