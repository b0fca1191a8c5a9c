"""Render phrases with the built-in renderer and read them back with Tesseract (the binary,
through subprocess). Character accuracy = 1 − Levenshtein(ocr, reference) / len(reference),
after normalization of both strings: Unicode NFKC (NFC, plus compatibility forms: Tesseract
writes the micro sign µ for Greek μ and full-width punctuation for CJK), format characters
(category Cf: the LRM/RLM marks Tesseract puts around embedded runs) dropped, and whitespace
(runs become one space; for scripts written without spaces — Thai, Chinese, Japanese — all
whitespace is removed, since Tesseract puts spaces between their characters and a wrapped
line adds one). The crop is binarized at 50 % grey and framed with a white margin."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PIL import Image

from limner.plan.model import Background, Canvas, Element, Plan, TextSpec
from limner.render.base import RenderOptions
from limner.render.builtin import BuiltinRenderer

from .phrases import Phrase

NO_SPACE_SCRIPTS = frozenset({"Thai", "Hans", "Hant", "Jpan"})
WIDTH = 800
#: A phrase longer than this (in characters; half for CJK) gets a taller box and must wrap.
LONG = 34


@dataclass(frozen=True)
class Reading:
    phrase: Phrase
    ocr: str
    distance: int
    length: int
    lines: int
    notes: tuple[str, ...]


def normalize(text: str, script: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    if script in NO_SPACE_SCRIPTS:
        return "".join(text.split())
    return " ".join(text.split())


def levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def is_long(phrase: Phrase) -> bool:
    script, _, _, text = phrase
    wide = script in {"Hans", "Hant", "Jpan", "Kore"}
    return len(text) > (LONG // 2 if wide else LONG)


def phrase_plan(phrase: Phrase) -> Plan:
    script, language, _, text = phrase
    height = 240 if is_long(phrase) else 90
    element = Element(
        id="t1",
        kind="text",
        noun="text",
        box=(0.02, 0.05, 0.98, 0.95),
        text=TextSpec(content=text, language=language, script=script, role="label"),
    )
    background = Background(color="#ffffff")
    return Plan(canvas=Canvas(width=WIDTH, height=height, background=background), elements=[element])


def tesseract(image: Image.Image, languages: str) -> str:
    """One line of text read by the tesseract binary (page segmentation mode 7: a single line)."""
    binary = shutil.which("tesseract")
    if binary is None:
        raise RuntimeError(
            "tesseract is not installed (make test installs it: tesseract-ocr + language packs)"
        )
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    done = subprocess.run(
        [binary, "stdin", "stdout", "-l", languages, "--psm", "7"],
        input=buffer.getvalue(),
        capture_output=True,
        check=True,
        env=env,
        timeout=60,
    )
    return done.stdout.decode("utf-8")


def text_lines(ink: npt.NDArray[np.bool_]) -> list[tuple[int, int]]:
    """Row ranges of the text lines in a crop: bands of inked rows, split where the blank gap is at
    least a quarter of the tallest band (marks set apart from their letters stay with them)."""
    rows = [bool(v) for v in np.asarray(ink.any(axis=1)).ravel()]
    bands: list[list[int]] = []
    for y, inked in enumerate(rows):
        if inked and bands and bands[-1][1] == y:
            bands[-1][1] = y + 1
        elif inked:
            bands.append([y, y + 1])
    if not bands:
        return []
    tallest = max(b - a for a, b in bands)
    merged = [bands[0]]
    for band in bands[1:]:
        if band[0] - merged[-1][1] < 0.25 * tallest:
            merged[-1][1] = band[1]
        else:
            merged.append(band)
    return [(a, b) for a, b in merged]


def read_back(phrase: Phrase) -> Reading:
    script, _, languages, text = phrase
    plan = phrase_plan(phrase)
    rendered = BuiltinRenderer().render(plan, RenderOptions(seed=1))
    image = Image.open(io.BytesIO(rendered.data)).convert("RGB")
    x0, y0, x1, y1 = plan.elements[0].box
    w, h = image.size
    crop = image.crop((round(x0 * w), round(y0 * h), round(x1 * w), round(y1 * h)))
    # Binarized at 50 % grey: Tesseract's own Otsu threshold would split the renderer's faint
    # background shading (255 vs ~248) instead of separating ink from paper.
    ink_only = crop.convert("L").point(lambda v: 255 if v > 128 else 0)
    ink = np.asarray(ink_only) == 0
    assert ink.any(), f"nothing drawn for {text!r}"
    read: list[str] = []
    lines = text_lines(ink)
    for top, bottom in lines:
        strip = ink_only.crop((0, top, crop.width, bottom))
        framed = Image.new("L", (strip.width + 40, strip.height + 40), 255)
        framed.paste(strip, (20, 20))
        read.append(tesseract(framed, languages).strip())
    ocr, ref = normalize(" ".join(read), script), normalize(text, script)
    return Reading(phrase, ocr, levenshtein(ocr, ref), len(ref), len(lines), rendered.notes)


__all__ = ["Reading", "is_long", "levenshtein", "normalize", "phrase_plan", "read_back", "tesseract"]
