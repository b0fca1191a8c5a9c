"""Vendor the Fluent Emoji Flat art (MIT) the art index can use, as one compressed JSON file.

Usage (node is needed only here, never at run time)::

    npm pack @iconify-json/fluent-emoji-flat && tar xzf iconify-json-fluent-emoji-flat-*.tgz
    .venv/bin/python scripts/build_artset.py package/ src/limner/assets/fluent_flat.json.xz

Writes ``{"license": …, "version": …, "icons": {OPENMOJI_HEXCODE: SVG}}`` for every emoji the noun
index (``limner.assets.art``) can choose that Fluent draws; the renderer falls back to OpenMoji for
the rest (flags, mostly).
"""

from __future__ import annotations

import json
import lzma
import sys
from pathlib import Path
from typing import Any

from limner.assets.art import _cldr_index, _curated, svg_file_for


def _svg(icons: dict[str, Any], aliases: dict[str, Any], name: str, size: int) -> str | None:
    flip = False
    icon = icons.get(name)
    if icon is None:
        alias = aliases.get(name)
        if alias is None or alias.get("parent") not in icons:
            return None
        flip = bool(alias.get("hFlip"))
        icon = icons[alias["parent"]]
    width, height = icon.get("width", size), icon.get("height", size)
    body = icon["body"]
    if flip:
        body = f'<g transform="translate({width} 0) scale(-1 1)">{body}</g>'
    return f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}">{body}</svg>'


def build(package: Path) -> dict[str, Any]:
    data = json.loads((package / "icons.json").read_text(encoding="utf-8"))
    chars: dict[str, str] = json.loads((package / "chars.json").read_text(encoding="utf-8"))
    meta = json.loads((package / "package.json").read_text(encoding="utf-8"))
    info = json.loads((package / "info.json").read_text(encoding="utf-8"))
    used = set(_cldr_index().values()) | {char for char, _, _ in _curated().values()}
    stems = sorted({file.removesuffix(".svg") for file in map(svg_file_for, used) if file is not None})
    icons: dict[str, str] = {}
    for stem in stems:
        code = stem.lower()
        name = chars.get(code) or chars.get(f"{code}-fe0f") or chars.get(code.replace("-fe0f", ""))
        svg = _svg(data["icons"], data.get("aliases", {}), name, int(data.get("width", 32))) if name else None
        if svg is not None:
            icons[stem] = svg
    licence = info["license"]["spdx"]
    return {"name": meta["name"], "version": meta["version"], "license": licence, "icons": icons}


def main(argv: list[str]) -> int:
    package, out = Path(argv[1]), Path(argv[2])
    doc = build(package)
    raw = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("utf-8")
    out.write_bytes(lzma.compress(raw, preset=9 | lzma.PRESET_EXTREME))
    print(f"{len(doc['icons'])} icons, {out.stat().st_size} bytes → {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
