"""The gallery: everyday prompts through the in-process reasoner and built-in renderer → docs/gallery/.

``make gallery`` (or ``python -m bench.gallery [--out DIR] [--width PX]``) writes one PNG per prompt
plus ``README.md`` and ``index.html`` listing each prompt beside its picture, with the reasoner's
warnings and the renderer's notes. Same code ⇒ same bytes (fixed seed, Pillow's deterministic PNG
encoder), so a diff of docs/gallery/ shows exactly which pictures a change touched. Regenerate it
whenever the reasoner or the renderer changes, and judge it against ILLUSTRATION.md.
"""

from __future__ import annotations

import argparse
import html
import io
import re
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from limner.reason.base import ReasonRequest
from limner.reason.pipeline import reason
from limner.render.base import RenderOptions
from limner.render.builtin import BuiltinRenderer

SEED = 7


@dataclass(frozen=True)
class Entry:
    prompt: str
    #: height / width of the picture
    aspect: float = 0.7


PROMPTS: tuple[Entry, ...] = (
    Entry("a cozy kitchen with a red kettle on the stove"),
    Entry("a park with a bench and two trees on a sunny day"),
    Entry("a beach at sunset with a palm tree and an umbrella"),
    Entry("a snowman wearing a scarf on a snowy night"),
    Entry("a city street in the rain with a yellow taxi"),
    Entry("an underwater scene with three fish and a turtle"),
    Entry("a rocket in space with a planet and stars"),
    Entry("an astronaut riding a horse on the moon"),
    Entry("a dog chasing a ball on the grass"),
    Entry("a cat sitting on a laptop in an office"),
    Entry("two people holding hands in a park"),
    Entry("a girl holding a red balloon"),
    Entry("a cowboy riding a horse in the desert"),
    Entry("a bird flying over the ocean at sunset"),
    Entry("a bedroom with a bed and a lamp at night"),
    Entry("a living room with a sofa, a plant and a cat"),
    Entry("a classroom with a desk and a blackboard"),
    Entry("a forest with a deer and mushrooms"),
    Entry("mountains at sunrise with a lake"),
    Entry("a farm with a red barn, a cow and a tractor"),
    Entry("a lighthouse by the ocean on a foggy day"),
    Entry("a green bottle on a wooden table"),
    Entry("three red apples to the left of a blue vase"),
    Entry("a sign that says 'OPEN' above a brown bench"),
    Entry("a poster that says 'SUMMER SALE' with sunglasses", 1.25),
    Entry(
        "a poster of a red sneaker with the headline 'Run Further' and the caption 'New spring collection'",
        1.25,
    ),
    Entry(
        "a banner that says 'Welcome to the annual community garden festival and plant swap' with flowers",
        0.34,
    ),
    Entry("a birthday card that says 'Happy Birthday Mia' with a cake and balloons"),
    Entry(
        "a flyer for a bake sale with cupcakes, headline 'Bake Sale Saturday', "
        "subtitle 'All proceeds go to the school library'",
        1.25,
    ),
    Entry("a menu with the title 'Dinner' and a bowl of soup", 1.25),
    Entry("a thumbnail that says 'Easy Pasta in 10 Minutes' with a plate of spaghetti", 0.5625),
    # things named without a place: a default stage, a line-up on the floor, groups by their kind
    Entry("a cat, a dog and a bird"),
    Entry("a red car and a blue bicycle"),
    Entry("three books"),
    Entry("five balloons"),
    Entry("a dog, a cat, a rabbit, a duck and a girl"),
    # things no emoji draws, drawn in code; role people (a half-figure emoji) drawn whole
    Entry("a dog in front of a white picket fence"),
    Entry("a chef holding a frying pan next to a waiter"),
    Entry("a cat sleeping on a red rug"),
    Entry("a girl on a swing in a park"),
)


def slug(text: str, index: int) -> str:
    words = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return f"{index:02d}-{words[:48].rstrip('-')}"


@dataclass(frozen=True)
class Shot:
    entry: Entry
    file: str
    width: int
    height: int
    remarks: tuple[str, ...]


def render_one(entry: Entry, index: int, width: int, out: Path) -> Shot:
    height = max(16, round(width * entry.aspect / 16) * 16)
    plan = reason(ReasonRequest(prompt=entry.prompt, width=width, height=height, seed=SEED))
    image = BuiltinRenderer().render(plan, RenderOptions(seed=SEED))
    file = f"{slug(entry.prompt, index)}.png"
    with Image.open(io.BytesIO(image.data)) as picture:
        picture.save(out / file, "PNG", optimize=True)
    return Shot(entry, file, width, height, tuple(plan.warnings) + image.notes)


def write_index(shots: list[Shot], out: Path) -> None:
    lines = [
        "# Gallery",
        "",
        "Everyday prompts drawn by the built-in reasoner and renderer (`make gallery` regenerates this page;",
        f"seed {SEED}). Judge them against `ILLUSTRATION.md`.",
        "",
    ]
    cards = []
    for shot in shots:
        lines += [f"### {shot.entry.prompt}", "", f"![{shot.entry.prompt}]({shot.file})", ""]
        lines += [f"- {remark}" for remark in shot.remarks]
        lines += [""] if shot.remarks else []
        remarks = "".join(f"<li>{html.escape(r)}</li>" for r in shot.remarks)
        cards.append(
            f'<figure><img src="{shot.file}" width="{shot.width}" height="{shot.height}" '
            f'alt="{html.escape(shot.entry.prompt)}"><figcaption>{html.escape(shot.entry.prompt)}'
            f"{'<ul>' + remarks + '</ul>' if remarks else ''}</figcaption></figure>"
        )
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")
    page = (
        '<!doctype html><html lang="en"><meta charset="utf-8"><title>Limner gallery</title>'
        "<style>body{font-family:sans-serif;margin:2rem;background:#fafafa}"
        "main{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:1.5rem}"
        "figure{margin:0}img{width:100%;height:auto;border:1px solid #ddd}"
        "figcaption{font-size:.9rem;margin-top:.4rem}ul{color:#777;font-size:.8rem;padding-left:1.2rem}"
        "</style><h1>Limner gallery</h1><main>" + "".join(cards) + "</main></html>\n"
    )
    (out / "index.html").write_text(page, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=Path("docs/gallery"))
    parser.add_argument("--width", type=int, default=640)
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    shots = [render_one(entry, i + 1, args.width, out) for i, entry in enumerate(PROMPTS)]
    write_index(shots, out)
    print(f"{len(shots)} pictures in {out}/ (index.html, README.md)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
