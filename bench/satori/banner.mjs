// make bench: the reference banner (bench/banner.py, issue #18) through satori (tree -> SVG) and
// resvg (SVG -> pixels -> PNG), fonts and emoji loaded once, timed per image after a warm-up.
// Usage: node banner.mjs FONT_TTF SPEC_JSON REPEAT [OUT_PNG]  ->  one JSON line on stdout.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import satori from "satori";
import { Resvg } from "@resvg/resvg-js";

const require = createRequire(import.meta.url);
const [fontPath, specJson, repeatArg, outPath] = process.argv.slice(2);
const spec = JSON.parse(specJson);
const repeat = Number(repeatArg || 100);
const font = readFileSync(fontPath);
const twemoji = (code) => {
  const svg = readFileSync(require.resolve(`@twemoji/svg/${code}.svg`));
  return `data:image/svg+xml;base64,${svg.toString("base64")}`;
};
const emoji = spec.emoji.map(twemoji);

const h = (type, style, children = []) => ({ type, props: { style, children } });
const tree = h(
  "div",
  { display: "flex", position: "relative", width: spec.side, height: spec.side, backgroundColor: spec.background },
  [
    ...spec.lines.map(([text, px, color, top]) =>
      h("div", {
        position: "absolute", left: 0, top, width: spec.side, display: "flex", justifyContent: "center",
        fontFamily: "Noto Sans", fontWeight: 700, fontSize: px, color, lineHeight: 1,
      }, text),
    ),
    ...emoji.map((src, i) => ({
      type: "img",
      props: {
        src, width: spec.art_px, height: spec.art_px,
        style: { position: "absolute", left: spec.lefts[i], top: spec.tops[i % spec.tops.length] },
      },
    })),
  ],
);
const options = { width: spec.side, height: spec.side, fonts: [{ name: "Noto Sans", data: font, weight: 700, style: "normal" }] };
const resvgOptions = { fitTo: { mode: "original" }, font: { loadSystemFonts: false } };

async function once() {
  const t0 = performance.now();
  const svg = await satori(tree, options);
  const t1 = performance.now();
  const png = new Resvg(svg, resvgOptions).render().asPng();
  const t2 = performance.now();
  return { satori: t1 - t0, resvg: t2 - t1, total: t2 - t0, png };
}

const pct = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
for (let i = 0; i < 10; i++) await once(); // warm-up: font parse, JIT
const runs = [];
for (let i = 0; i < repeat; i++) runs.push(await once());
if (outPath) writeFileSync(outPath, runs[0].png);
const pick = (key) => runs.map((r) => r[key]);
console.log(JSON.stringify({
  satori_p50: pct(pick("satori"), 0.5),
  resvg_p50: pct(pick("resvg"), 0.5),
  p50: pct(pick("total"), 0.5),
  p90: pct(pick("total"), 0.9),
  png_bytes: runs[0].png.length,
  versions: {
    satori: require("satori/package.json").version,
    resvg: require("@resvg/resvg-js/package.json").version,
    twemoji: require("@twemoji/svg/package.json").version,
  },
}));
