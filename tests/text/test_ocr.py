"""Rendered text reads back: Tesseract OCR over every phrase, character accuracy per script.

Thresholds (issue 6): ≥ 0.98 overall and ≥ 0.95 in every script. Run alone with
``pytest tests/text/test_ocr.py -s`` to see the per-script table.
"""

from __future__ import annotations

import shutil
import subprocess
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor

import pytest

from .ocr import Reading, is_long, read_back
from .phrases import PHRASES

pytestmark = pytest.mark.slow

SCRIPTS = {"Latn", "Cyrl", "Grek", "Arab", "Hebr", "Deva", "Beng", "Thai", "Hans", "Hant", "Jpan", "Kore"}
TESSERACT_LANGS = {"eng", "deu", "fra", "vie", "pol", "tur", "rus", "ell", "ara", "heb", "hin", "ben", "tha"}
TESSERACT_LANGS |= {"chi_sim", "chi_tra", "jpn", "kor"}


def test_tesseract_and_language_data_are_installed() -> None:
    binary = shutil.which("tesseract")
    assert binary is not None, "tesseract-ocr is not installed (scripts/system-deps.sh installs it)"
    listed = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, check=True)
    installed = set(listed.stdout.split()) | set(listed.stderr.split())
    assert installed >= TESSERACT_LANGS, f"missing Tesseract language data: {TESSERACT_LANGS - installed}"


def test_corpus_covers_every_script_with_long_wrapping_phrases() -> None:
    assert len(PHRASES) >= 150
    assert {script for script, *_ in PHRASES} == SCRIPTS
    assert all(any(is_long(p) for p in PHRASES if p[0] == script) for script in SCRIPTS)


def test_ocr_character_accuracy() -> None:
    with ProcessPoolExecutor(max_workers=2) as pool:
        readings: list[Reading] = list(pool.map(read_back, PHRASES, chunksize=8))
    errors: dict[str, int] = defaultdict(int)
    lengths: dict[str, int] = defaultdict(int)
    for reading in readings:
        errors[reading.phrase[0]] += reading.distance
        lengths[reading.phrase[0]] += reading.length
    accuracy = {script: 1 - errors[script] / lengths[script] for script in sorted(lengths)}
    overall = 1 - sum(errors.values()) / sum(lengths.values())
    table = "  ".join(f"{script} {value:.3f}" for script, value in accuracy.items())
    print(f"\nOCR character accuracy: overall {overall:.4f}  {table}")
    wrapped = [r for r in readings if r.lines > 1]
    assert len(wrapped) >= 12, "long phrases must wrap onto several lines"
    assert overall >= 0.98, table
    worst = min(accuracy, key=lambda s: accuracy[s])
    assert accuracy[worst] >= 0.95, f"{worst}: {accuracy[worst]:.3f} ({table})"
