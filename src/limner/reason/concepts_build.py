"""``make concepts``: extract WordNet 3.0's physical-thing nouns into ``lexicon/concepts.tsv.xz``.

Reads the Debian ``wordnet-base`` data files (``/usr/share/wordnet``; another directory with
``--wordnet DIR``) and writes one compact, committed table, so the running service needs no Debian
package. Rows (tab-separated, UTF-8, xz-compressed: no timestamps, so a rebuild is
byte-identical):

- ``S  id  name  lexfile  parent-ids``: a synset (``name`` is NLTK-style ``head.n.NN``), its direct
  hypernyms as ids (comma-separated; empty at the root ``physical_entity``);
- ``L  lemma  ids  flag``: a lemma (lowercase, words joined by spaces) and its physical senses, most
  frequent first; ``flag`` (see ``_usage_flag``) is ``w`` for words mostly used otherwise ("set",
  "story"), ``v``/``c`` for things mostly used as a verb ("drill") or, seldom, abstractly ("globe"),
  ``r`` when the tagged corpus never uses it ("orang": one edit from "orange", a typo is likelier),
  else empty;
- ``P  plural  singular``: irregular plurals from WordNet's ``noun.exc``.

Kept: every synset whose hypernym chain reaches ``physical_entity`` (instances excluded: no people
names, no places-as-instances), imaginary beings, the drawable messages of ``DRAWN_MESSAGES``
(letter, postcard, poster …) and the geometric shapes of ``SHAPES``. Lemmas come from the
lexicographer files that name things (animal, artifact, body, food, object, person, plant,
substance, phenomenon, and communication for the kept messages), not from locations, acts or
abstractions.
"""

from __future__ import annotations

import argparse
import io
import lzma
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

WORDNET_DIR = Path("/usr/share/wordnet")
OUTPUT = Path(__file__).resolve().parent / "lexicon" / "concepts.tsv.xz"
#: Every one-word lemma WordNet knows in any part of speech, and the inflections its exception lists
#: name ("reddish", "tennis", "sixties"): words a prompt may use that are no typo and no two words
#: run together.
WORDS_OUTPUT = OUTPUT.with_name("english_words.txt.xz")

PHYSICAL_ENTITY = "00001930"
#: material.n.01: senses below it come after things ("fir" the tree, not the wood; food stays first).
MATERIAL = "14580897"
#: Imaginary beings (dragon, unicorn, mermaid) are drawn like animals: a second root.
IMAGINARY_BEING = "09483738"
#: Things WordNet files under communication though they are paper or objects you can draw: documents
#: (certificate, ticket, diploma), letter, postcard, poster, manuscript (scroll), menu, buoy.
DRAWN_MESSAGES = frozenset(
    {"06470073", "06624161", "06627938", "06793426", "06407221", "06492939", "07266178"}
)
#: Lexicographer files whose lemmas name drawable things (``lexnames`` numbers).
THING_FILES = frozenset({5, 6, 8, 10, 13, 17, 18, 19, 20, 27})
#: Shapes and solids (``noun.shape``, an abstraction in WordNet) kept as objects: lemma → whether the
#: shape sense comes first ("a red cube", "a yellow star") or after the thing ("a gold ring").
SHAPES: dict[str, bool] = {
    "cube": True,
    "sphere": True,
    "cylinder": True,
    "cone": True,
    "pyramid": True,
    "prism": True,
    "circle": True,
    "square": True,
    "triangle": True,
    "rectangle": True,
    "ellipse": True,
    "oval": True,
    "hexagon": True,
    "pentagon": True,
    "octagon": True,
    "polygon": True,
    "spiral": True,
    "crescent": True,
    "cuboid": True,
    "torus": True,
    "parallelepiped": True,
    "rhombus": True,
    "trapezoid": True,
    "star": True,
    "heart": True,
    "ring": False,
    "arrow": False,
    "diamond": False,
    "cross": False,
}
#: Senses a picture means where the ranking below picks another (lemma → NLTK name).
PREFERRED: dict[str, str] = {
    "ring": "ring.n.08",
    "dragon": "dragon.n.01",
    "oak": "oak.n.02",
    "ruler": "rule.n.12",  # the measuring stick, not the sovereign
}
MAX_WORDS = 4
#: Abstract uses in the tagged corpus from which a word is an abstraction first ("story": 56).
RARELY_ABSTRACT = 20
_LEMMA_OK = re.compile(r"^[a-z0-9]+(?:'[a-z]+)?(?: [a-z0-9]+(?:'[a-z]+)?)*$")


@dataclass
class Synset:
    offset: str
    lexfile: int
    lemmas: list[tuple[str, int]]  # (raw lemma, lex_id)
    parents: list[str]
    instance: bool
    name: str = ""
    ids: list[int] = field(default_factory=list)


def _read_synsets(root: Path) -> dict[str, Synset]:
    synsets: dict[str, Synset] = {}
    for line in (root / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ", 1)[0].split()
        offset, lexfile, w_cnt = fields[0], int(fields[1]), int(fields[3], 16)
        lemmas = [(fields[4 + 2 * i], int(fields[5 + 2 * i], 16)) for i in range(w_cnt)]
        pos = 4 + 2 * w_cnt
        p_cnt = int(fields[pos])
        parents: list[str] = []
        instance = False
        for k in range(p_cnt):
            symbol, target, target_pos = fields[pos + 1 + 4 * k : pos + 4 + 4 * k]
            if target_pos != "n":
                continue
            if symbol == "@":
                parents.append(target)
            elif symbol == "@i":
                instance = True
        synsets[offset] = Synset(offset, lexfile, lemmas, parents, instance)
    return synsets


def _read_index(root: Path) -> dict[str, list[str]]:
    """Lemma (raw, lowercase) → noun synset offsets, most frequent sense first."""
    index: dict[str, list[str]] = {}
    for line in (root / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        synset_cnt, p_cnt = int(fields[2]), int(fields[3])
        index[fields[0]] = fields[6 + p_cnt : 6 + p_cnt + synset_cnt]
    return index


def _usage(root: Path) -> dict[str, dict[str, int]]:
    """Lemma → tagged-corpus counts per sense key (from ``cntlist.rev``)."""
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for line in (root / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, _, count = line.split()
        counts[key.split("%", 1)[0]][key] = int(count)
    return counts


def _physical(synsets: dict[str, Synset]) -> set[str]:
    memo: dict[str, bool] = {}

    def reaches(offset: str, depth: int = 0) -> bool:
        if offset in (PHYSICAL_ENTITY, IMAGINARY_BEING) or offset in DRAWN_MESSAGES:
            return True
        if offset in memo:
            return memo[offset]
        synset = synsets.get(offset)
        parents = synset.parents if synset is not None else []
        found = depth < 40 and any(reaches(p, depth + 1) for p in parents)
        memo[offset] = found
        return found

    return {o for o, s in synsets.items() if not s.instance and reaches(o)}


def _clean(raw: str) -> str:
    """A WordNet lemma as prompts spell it: words apart, lower case, no apostrophe that ends a word
    ("jack-o'-lantern": "jack o lantern", as tokens read it; "aaron's rod" keeps its "'s")."""
    text = re.sub(r"\(.*?\)", "", raw).replace("_", " ").replace("-", " ").lower().strip()
    return re.sub(r"'(?![a-z])", "", text)


def build_words(root: Path) -> bytes:
    """The words of :data:`WORDS_OUTPUT`: one a line, sorted, xz-compressed (byte-identical rebuilds)."""
    words: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (root / f"index.{pos}").read_text(encoding="latin-1").splitlines():
            if not line.startswith(" "):
                words.add(line.split(" ", 1)[0])
        for line in (root / f"{pos}.exc").read_text(encoding="latin-1").splitlines():
            words.add(line.split(" ", 1)[0])
    text = "".join(f"{w}\n" for w in sorted(w for w in words if w.isascii() and w.isalpha()))
    return lzma.compress(text.encode("utf-8"), preset=9)


def build(root: Path) -> bytes:
    synsets = _read_synsets(root)
    index = _read_index(root)
    usage = _usage(root)
    keep = _physical(synsets)
    adjectives = {
        line.split(" ", 1)[0] for line in (root / "index.adj").read_text(encoding="latin-1").splitlines()
    }
    shape_offsets: dict[str, str] = {}
    for lemma in SHAPES:
        picked = [o for o in index.get(lemma, []) if synsets[o].lexfile == 25]
        if picked:
            shape_offsets[lemma] = picked[0]
    # Shapes keep their own hypernym chain (up to "shape"), so they are kept with their ancestors.
    todo = list(shape_offsets.values())
    while todo:
        offset = todo.pop()
        if offset not in keep:
            keep.add(offset)
            todo += synsets[offset].parents
    # NLTK-style names: the head lemma and its sense number.
    for lemma, offsets in index.items():
        for number, offset in enumerate(offsets, 1):
            synset = synsets[offset]
            if synset.lemmas and synset.lemmas[0][0].lower() == lemma and not synset.name:
                synset.name = f"{lemma}.n.{number:02d}"
    ordered = sorted(keep)
    ids = {offset: i for i, offset in enumerate(ordered)}
    out = io.StringIO()
    out.write("# WordNet 3.0 physical-thing nouns (Princeton University; see NOTICE). make concepts\n")
    for offset in ordered:
        synset = synsets[offset]
        parents = ",".join(str(ids[p]) for p in synset.parents if p in ids)
        out.write(f"S\t{ids[offset]}\t{synset.name}\t{synset.lexfile}\t{parents}\n")
    shape_lemmas = {v: k for k, v in shape_offsets.items()}
    # Spellings that read the same ("jack-o'-lantern", "jack-o-lantern"; "ash-bin", "ash_bin") make one
    # row: each spelling's senses, the spelling that names its own first sense first.
    spellings: dict[str, list[tuple[str, list[str]]]] = {}
    for lemma in sorted(index):
        clean = _clean(lemma)
        if not _LEMMA_OK.match(clean) or len(clean.split()) > MAX_WORDS or len(clean) < 2:
            continue
        ranked = _senses_of(lemma, index[lemma], keep, synsets, usage, shape_lemmas, shape_offsets)
        if ranked:
            spellings.setdefault(clean, []).append((lemma, ranked))
    for clean, found in spellings.items():
        found = sorted(found, key=lambda item: _spelling_key(item[0], item[1], synsets, usage))
        lemma = found[0][0]
        senses = list(dict.fromkeys(o for _spelling, ranked in found for o in ranked))
        flag = _usage_flag(lemma, senses, synsets, usage.get(lemma, {}))
        # "female", "chinese", "plastic": adjectives before a noun, not people or substances of their own
        if lemma in adjectives and synsets[senses[0]].lexfile in (18, 27):
            flag = "w"
        if lemma in SHAPES:
            flag = ""
        if not flag and not usage.get(lemma):
            flag = "r"  # never seen in the tagged corpus ("orang"): a typo is likelier
        out.write(f"L\t{clean}\t{','.join(str(ids[o]) for o in senses)}\t{flag}\n")
    lemmas = set(index)
    for line in (root / "noun.exc").read_text(encoding="latin-1").splitlines():
        plural, singular = line.split()[:2]
        if singular in lemmas and plural != singular:
            out.write(f"P\t{_clean(plural)}\t{_clean(singular)}\n")
    return lzma.compress(out.getvalue().encode("utf-8"), preset=9)


def _senses_of(
    lemma: str,
    offsets: list[str],
    keep: set[str],
    synsets: dict[str, Synset],
    usage: dict[str, dict[str, int]],
    shape_lemmas: dict[str, str],
    shape_offsets: dict[str, str],
) -> list[str]:
    """The kept senses of one spelling, most likely first (see :func:`_ranked`, ``PREFERRED``, shapes)."""
    senses = [
        o
        for o in offsets
        if o in keep and (synsets[o].lexfile in THING_FILES or shape_lemmas.get(o) == lemma)
    ]
    senses = _ranked(lemma, senses, synsets, usage.get(lemma, {}))
    preferred = [o for o in senses if synsets[o].name == PREFERRED.get(lemma)]
    senses = preferred + [o for o in senses if o not in preferred]
    if lemma in shape_offsets:
        shape = shape_offsets[lemma]
        rest = [o for o in senses if o != shape]
        senses = [shape, *rest] if SHAPES[lemma] else [*rest, shape]
    return senses


def _spelling_key(
    lemma: str, senses: list[str], synsets: dict[str, Synset], usage: dict[str, dict[str, int]]
) -> tuple[bool, bool, int]:
    """Which of several spellings of one row leads: one that names its own first sense (the pumpkin is
    a "jack-o'-lantern"; the fungus only a "jack-o-lantern fungus"), a thing before a person, then use."""
    first = synsets[senses[0]]
    heads = first.lemmas[0][0].lower() == lemma
    return (not heads, first.lexfile == 18, -sum(usage.get(lemma, {}).values()))


def _sense_count(lemma: str, synset: Synset, counts: dict[str, int]) -> int:
    for raw, lex_id in synset.lemmas:
        if raw.lower() == lemma:
            return counts.get(f"{lemma}%1:{synset.lexfile:02d}:{lex_id:02d}::", 0)
    return 0


def _ranked(lemma: str, senses: list[str], synsets: dict[str, Synset], counts: dict[str, int]) -> list[str]:
    """The senses a picture most likely means first: those the word heads ("turtle" the reptile before
    the turtleneck), things before people ("shrimp" the animal before the small person), then by use in
    the tagged corpus, then WordNet's order. Substances and materials come after objects ("a glass", "a
    fir"), and a plant after its fruit ("a cherry")."""
    order = {offset: i for i, offset in enumerate(senses)}
    eaten = any(synsets[o].lexfile == 13 for o in senses)

    def key(offset: str) -> tuple[bool, bool, bool, bool, int, int]:
        synset = synsets[offset]
        heads = synset.lemmas[0][0].lower() == lemma
        count = _sense_count(lemma, synset, counts)
        stuff = synset.lexfile == 27 or _is_material(offset, synsets)  # "fir" the tree before the wood
        grows = eaten and synset.lexfile == 20  # "a cherry" is the fruit before the tree
        return (not heads, synset.lexfile == 18, stuff, grows, -count, order[offset])

    return sorted(senses, key=key)


def _is_material(offset: str, synsets: dict[str, Synset]) -> bool:
    """Whether a synset is a material (wood, fabric, paper stock), found through its hypernyms."""
    todo, seen = [offset], set()
    while todo:
        node = todo.pop()
        if node in seen or node not in synsets:
            continue
        seen.add(node)
        if node == MATERIAL:
            return True
        todo += synsets[node].parents
    return False


def _usage_flag(lemma: str, senses: list[str], synsets: dict[str, Synset], counts: dict[str, int]) -> str:
    """How the tagged corpus uses ``lemma`` besides as a thing (with a margin: "apple" and "dog" are
    things): ``v`` mostly as a verb ("drill", "screw", "watch"), ``c`` as something abstract but
    seldom ("globe"): both are things where only a noun fits; ``w`` often as an abstract noun,
    adjective or adverb ("date", "story", "name", "side"): never a thing; else ""."""
    thing = abstract = verb = 0
    for key, count in counts.items():
        parts = key.split("%", 1)[1].split(":")
        if parts[0] == "2":
            verb += count
            continue
        if parts[0] != "1":
            abstract += count
            continue
        lexfile, lex_id = int(parts[1]), int(parts[2])
        is_thing = any(
            synsets[o].lexfile == lexfile
            and any(raw.lower() == lemma and lid == lex_id for raw, lid in synsets[o].lemmas)
            for o in senses
        )
        if is_thing:
            thing += count
        else:
            abstract += count
    other = abstract + verb
    if lemma.endswith(("ing", "ed", "ly")) and abstract > thing:
        return "w"  # "painting" and "building" are things, "sitting" and "standing" are not
    if other <= 3 * thing + 3:
        return ""
    if verb > abstract:
        return "v"
    return "c" if abstract < RARELY_ABSTRACT else "w"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--wordnet", type=Path, default=WORDNET_DIR, help="WordNet 3.0 dict directory")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    if not (args.wordnet / "data.noun").exists():
        parser.error(f"no WordNet data under {args.wordnet} (apt-get install wordnet-base)")
    data = build(args.wordnet)
    args.output.write_bytes(data)
    print(f"wrote {args.output} ({len(data) // 1024} KiB)")
    words = build_words(args.wordnet)
    WORDS_OUTPUT.write_bytes(words)
    print(f"wrote {WORDS_OUTPUT} ({len(words) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
