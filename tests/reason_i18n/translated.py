"""Hand-translated GenEval-style prompts in seven languages, as ``geneval.Case`` lists.

The prompts under ``translated/`` were written by hand (wave 3, issue #4 item 4) the way a native
speaker or a good translator given GenEval's English prompts would write them — GenEval's six tasks
over all 80 COCO classes and its ten colours, plus negation, corrections and three-item lists —
without looking at the project's own templates or lexicons. Each language is split by a fixed rule
(rows of each task sorted by ``sha1(lang|prompt)``, the first 40 % are ``dev``) into
``translated/dev/<lang>.tsv`` and ``translated/heldout/<lang>.tsv``. The held-out files must never be
used for tuning: they measure how well the reasoner understands a language it was not fitted to.

File format: ``#`` comment lines, then ``task<TAB>prompt<TAB>expectation`` with the expectation in
``messy.py``'s format (``noun*count:colour;...`` then ``|a relation b``).
"""

from __future__ import annotations

from pathlib import Path

from geneval import Case
from messy import parse_expectation

#: Languages with a translated suite (ISO 639-1).
LANGUAGES: tuple[str, ...] = ("es", "fr", "de", "pt", "it", "zh", "ja")
#: ``dev`` may be read and tuned against; ``heldout`` may not.
SPLITS: tuple[str, ...] = ("dev", "heldout")
FOLDER = Path(__file__).resolve().parent / "translated"


def path(lang: str, split: str) -> Path:
    if lang not in LANGUAGES or split not in SPLITS:
        raise ValueError(f"no translated suite for {lang!r}/{split!r}")
    return FOLDER / split / f"{lang}.tsv"


def load(lang: str, split: str) -> list[Case]:
    """The cases of one language and split, in file order; ``extra`` carries ``lang`` and ``split``."""
    cases: list[Case] = []
    text = path(lang, split).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 3:
            raise ValueError(f"{path(lang, split)}:{number}: want 3 tab-separated fields, got {len(fields)}")
        task, prompt, spec = fields
        objects, relation = parse_expectation(spec)
        cases.append(Case(task, prompt, objects, relation, {"lang": lang, "split": split}))
    return cases


def translated_cases(split: str) -> list[Case]:
    """Every language's cases of one split, languages in ``LANGUAGES`` order."""
    return [case for lang in LANGUAGES for case in load(lang, split)]


__all__ = ["FOLDER", "LANGUAGES", "SPLITS", "load", "path", "translated_cases"]
