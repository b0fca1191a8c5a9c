"""Measure the ink aspect (width / height) of every drawing the noun index can choose.

The reasoner sizes an object's box from the lexicon's real-world aspect, but a pen or a fork is drawn
as a diagonal, square-ish emoji; where the two disagree strongly the box follows the drawing
(:func:`limner.reason.art.drawn_aspect`). The reasoner is pure and draws nothing, so the drawings'
ink bounds are measured here, once, with the built-in renderer, into ``limner/assets/art_ink.tsv``.

Usage (rerun when the art set or the noun index changes)::

    .venv/bin/python scripts/build_art_ink.py src/limner/assets/art_ink.tsv
"""

from __future__ import annotations

import sys
from pathlib import Path

from limner.assets.art import _cldr_index, _curated, svg_file_for
from limner.render.builtin.art import load_art


def main(argv: list[str]) -> int:
    out = Path(argv[1])
    used = set(_cldr_index().values()) | {char for char, _, _ in _curated().values()}
    files = sorted({file for file in map(svg_file_for, used) if file is not None})
    rows = ["# art file\tink width / height (measured by scripts/build_art_ink.py)"]
    for file in files:
        x0, y0, x1, y1 = load_art(file, None).bounds
        rows.append(f"{file.removesuffix('.svg')}\t{(x1 - x0) / max(y1 - y0, 1e-6):.3f}")
    out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(files)} drawings → {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
