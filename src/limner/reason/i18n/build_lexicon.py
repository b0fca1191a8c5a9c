"""Generate ``lexicon/<lang>/generated.tsv`` from shipped multilingual data; commit the output.

``python -m limner.reason.i18n.build_lexicon`` (``--check`` compares instead of writing, exit 1 on a
difference). Sources, all build-time only (the runtime reads the committed files):

- CLDR emoji names and keywords (``emoji`` package; npm ``cldr-annotations-full``, fetched with
  ``npm pack`` into a cache and checked against its pinned hash) linked to the English lexicon's
  nouns (:mod:`.sources.align`);
- ``lexicon/<lang>/curated.tsv``: the everyday dictionary words for the COCO classes, reviewed by
  hand; they take precedence over CLDR rows (which one emoji alone cannot always vouch for);
- OpenCC (opencc-python-reimplemented) for the other Chinese script of every zh noun;
- simplemma's form → lemma tables for plurals, gender and case forms of nouns and colours;
- ICU rule-based spellout (PyICU) for the numbers 1–20.
"""

from __future__ import annotations

import argparse
import sys
from functools import cache
from importlib import metadata
from pathlib import Path

from limner.reason.i18n.lexicon import LANGUAGES, Entry, parse_rows
from limner.reason.i18n.sources import cldr, numbers
from limner.reason.i18n.sources.align import Link
from limner.reason.i18n.sources.colors import color_entries
from limner.reason.i18n.sources.curated import curated
from limner.reason.i18n.sources.nouns import (
    claim,
    cldr_links,
    noun_entry,
    ranked,
    reserved,
)

ROOT = Path(__file__).resolve().parent.parent / "lexicon"
OUTPUT = "generated.tsv"


def _hand(lang: str) -> list[Entry]:
    return parse_rows((ROOT / lang / "words.tsv").read_text("utf-8"), "words")


def number_entries(lang: str) -> list[Entry]:
    return [Entry("number", en, forms, "", "icu") for en, forms in numbers.numbers(lang)]


def _fixed(lang: str) -> tuple[list[Entry], dict[str, tuple[str, str]], list[Entry]]:
    """words.tsv, the forms it owns, and the generated numbers and colours (which claim more forms)."""
    hand = _hand(lang)
    owners: dict[str, tuple[str, str]] = {}
    for entry in hand:
        if entry.kind == "counter":
            continue  # a counter form may also be a noun (zh 碗, ja 人): the tokenizer tells them apart
        for form in entry.forms:
            owners.setdefault(form.lower(), (entry.kind, entry.canonical))
    fixed = claim([*number_entries(lang), *color_entries(lang, hand)], owners)
    return hand, owners, fixed


@cache
def cldr_nouns(lang: str) -> tuple[Link, ...]:
    """Every CLDR phrase linked to a noun, before curated rows take precedence over some of them."""
    hand, _, fixed = _fixed(lang)
    return tuple(cldr_links(lang, reserved(lang, [*hand, *fixed]), hand))


def entries(lang: str) -> list[Entry]:
    """Every generated row of ``lang`` in precedence order (numbers, colours, nouns)."""
    _, owners, fixed = _fixed(lang)
    rows: list[tuple[Entry, int]] = []
    built = [
        (entry, i, noun_entry(lang, entry.canonical, lemma, "curated"))
        for entry in curated(lang)
        for i, lemma in enumerate(entry.forms)
    ]
    # a curated lemma and its plural are that row's: another row's inflection never takes them
    # ("chica" is the girl, not a form of "chico"); a lemma simplemma reads as another row's
    # ("menina" → "menino") keeps its own forms ("menina", "meninas") and gives none to that row
    heads: dict[str, str] = {}
    for entry, i, row in built:
        if row.forms[0].lower() == entry.forms[i].lower():
            for form in row.forms[:2]:
                heads.setdefault(form.lower(), entry.canonical)
    for entry, i, row in built:
        if row.forms[0].lower() != entry.forms[i].lower():
            for form in row.forms:
                if heads.get(form.lower(), entry.canonical) == entry.canonical:
                    heads[form.lower()] = entry.canonical
    for entry, i, row in built:
        forms = tuple(f for f in row.forms if heads.get(f.lower(), entry.canonical) == entry.canonical)
        if not forms:
            continue
        if forms[0].lower() != entry.forms[i].lower():
            forms = tuple(dict.fromkeys([entry.forms[i], *forms]))
        extra = entry.extra or row.extra
        rows.append((Entry(row.kind, row.canonical, forms, extra, "curated"), -i))
    # an emoji name that ends in a scene ("Regenschirm im Regen") is no word for its noun alone
    scenes = {f.lower() for e in _hand(lang) if e.kind == "scene" for f in e.forms}
    for found in cldr_nouns(lang):
        source = "cldr-name" if found.named else "cldr-keyword"
        if " " in found.phrase and found.phrase.lower().split()[-1] in scenes:
            continue
        rows.append((noun_entry(lang, found.noun, found.phrase, source), found.support))
    return [*fixed, *claim(ranked(rows), owners)]


def _versions() -> str:
    parts = [f"{name} {version}" for name, version in cldr.versions().items()]
    parts.append(f"simplemma {metadata.version('simplemma')}")
    parts.append(f"ICU {numbers.version()}")
    return ", ".join(parts)


def render(lang: str) -> str:
    header = [
        f"# {lang}: generated by `python -m limner.reason.i18n.build_lexicon` — do not edit by hand.",
        f"# Sources: {_versions()}; curated.tsv.",
        "# Nouns: CLDR emoji names/keywords linked to the English lexicon (cldr-name, cldr-keyword) and",
        "# curated dictionary words (curated, first); forms = lemma, plural, other simplemma forms; gender",
        "# guessed from the ending (zh/ja: counter; zh: both scripts by OpenCC). Colours: simplemma",
        "# inflections. Numbers: ICU spellout 1-20.",
        "# kind\tcanonical\tforms\textra\tsource",
    ]
    lines = ["\t".join((e.kind, e.canonical, ",".join(e.forms), e.extra, e.source)) for e in entries(lang)]
    return "\n".join([*header, *lines]) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed files")
    parser.add_argument("languages", nargs="*", default=list(LANGUAGES))
    args = parser.parse_args(argv)
    stale: list[str] = []
    for lang in args.languages:
        text = render(lang)
        path = ROOT / lang / OUTPUT
        if args.check:
            if not path.is_file() or path.read_text("utf-8") != text:
                stale.append(lang)
            continue
        path.write_text(text, encoding="utf-8")
        nouns = {line.split("\t")[1] for line in text.splitlines() if line.startswith("noun\t")}
        print(lang, f"{text.count(chr(10))} lines, {len(nouns)} nouns")
    if stale:
        print("stale:", " ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
