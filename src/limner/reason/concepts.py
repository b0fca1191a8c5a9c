"""Concepts: every dictionary noun for a physical thing, with its hypernym chain (WordNet 3.0).

``concept("stool")`` → the stool, a kind of seat, furniture, furnishing … object; ``is_a("taxi", "car")``.
The data is ``lexicon/concepts.tsv.xz`` (built by ``make concepts`` from Debian's ``wordnet-base``, see
:mod:`limner.reason.concepts_build`) plus ``lexicon/concept_classes.tsv``, a hand-written table giving
the category, size class and aspect of the nearest classified ancestor ("building" → huge, "insect" →
tiny). Both load lazily, once per process.

Categories (``Concept.category``) that other stages ask about: ``person``, ``animal``, ``bird``,
``fish``, ``insect``, ``creature`` (imaginary beings), ``plant``, ``tree``, ``food``, ``vehicle``,
``aircraft``, ``watercraft``, ``furniture``, ``appliance``, ``container``, ``clothing``, ``building``,
``structure``, ``tool``, ``instrument``, ``device``, ``toy``, ``shape``, ``body``, ``nature``,
``substance``, ``object``. :func:`can_act` (wears, holds, rides), :func:`flies` and
:func:`supports` answer the grammar's questions directly.
"""

from __future__ import annotations

import lzma
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType


@dataclass(frozen=True)
class ConceptClass:
    category: str
    size: str
    aspect: float


@dataclass(frozen=True)
class Concept:
    """One sense of a noun: the lemma the user named and where it sits among things."""

    #: The noun as named, singular and lowercase ("school bus").
    lemma: str
    #: The sense's WordNet name, NLTK style ("school_bus.n.01").
    name: str
    #: Head words of the ancestors, nearest first ("seat", "furniture", "furnishing", …).
    hypernyms: tuple[str, ...]
    #: WordNet names of the ancestors, nearest first (parallel to ``hypernyms``).
    ancestors: tuple[str, ...]
    category: str
    #: Size class (``vocab.SIZE_CLASSES`` keys) and aspect (width / height) of the nearest classified
    #: ancestor.
    size: str
    aspect: float
    #: True when the word is mostly used as something else ("story", "drill"): not read as a noun in
    #: running text (but see ``in_place``).
    weak: bool
    #: True when a weak word is still a thing where only a noun fits ("a drill", "two globes"): it is
    #: mostly a verb, or abstract only seldom.
    in_place: bool = False
    #: True when the tagged corpus never uses the word ("orang"): a near-miss of a known noun is
    #: likelier a typo of it.
    rare: bool = False


@dataclass(frozen=True)
class _Data:
    names: tuple[str, ...]
    #: Direct hypernyms per synset, as the file's comma-separated ids (parsed on use).
    parents: tuple[str, ...]
    #: Lemma → (comma-separated synset ids, most common first; flag: "w" weak, "v"/"c" a thing in a
    #: noun's place, "r" rare, "" plain).
    lemmas: Mapping[str, tuple[str, str]]
    irregular: Mapping[str, str]
    classes: Mapping[str, ConceptClass]


def _text(name: str) -> str:
    path = resources.files("limner.reason").joinpath("lexicon").joinpath(name)
    if name.endswith(".xz"):
        return lzma.decompress(path.read_bytes()).decode("utf-8")
    return path.read_text(encoding="utf-8")


@cache
def _data() -> _Data:
    names: list[str] = []
    parents: list[str] = []
    lemmas: dict[str, tuple[str, str]] = {}
    irregular: dict[str, str] = {}
    for line in _text("concepts.tsv.xz").split("\n"):
        row = line.split("\t")
        kind = row[0]
        if kind == "L":
            lemmas[row[1]] = (row[2], row[3])
        elif kind == "S":
            names.append(row[2])
            parents.append(row[4])
        elif kind == "P":
            irregular.setdefault(row[1], row[2])
    classes: dict[str, ConceptClass] = {}
    for line in _text("concept_classes.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, category, size, aspect = (cell.strip() for cell in line.split("\t")[:4])
        classes[name] = ConceptClass(category, size, float(aspect))
    return _Data(
        tuple(names),
        tuple(parents),
        MappingProxyType(lemmas),
        MappingProxyType(irregular),
        MappingProxyType(classes),
    )


def _ids(field: str) -> tuple[int, ...]:
    return tuple(int(i) for i in field.split(",")) if field else ()


def _ancestors(data: _Data, start: int) -> tuple[int, ...]:
    """Ancestors of a synset, nearest first (breadth-first; ties in file order)."""
    seen: dict[int, None] = {}
    frontier = list(_ids(data.parents[start]))
    while frontier:
        nxt: list[int] = []
        for node in frontier:
            if node not in seen:
                seen[node] = None
                nxt += _ids(data.parents[node])
        frontier = nxt
    return tuple(seen)


def _head(name: str) -> str:
    return name.rsplit(".n.", 1)[0].replace("_", " ")


def _classify(data: _Data, chain: tuple[int, ...]) -> ConceptClass:
    for node in chain:
        found = data.classes.get(data.names[node])
        if found is not None:
            return found
    return ConceptClass("object", "medium", 1.0)


@cache
def dictionary_words() -> frozenset[str]:
    """Every one-word English word WordNet knows, in any part of speech, with the inflections its
    exception lists name (``english_words.txt.xz``, written by ``make concepts``)."""
    return frozenset(_text("english_words.txt.xz").split())


def singular_of(form: str) -> tuple[str, bool] | None:
    """The lemma a noun form names and whether the form is plural ("geese" → goose, plural), or None.
    A compound WordNet writes as two words keeps the user's spelling ("lightbulbs" → lightbulb, WordNet's
    "light bulb")."""
    found = _entry(" ".join(form.lower().split()))
    return (found[0], found[2]) if found is not None else None


@cache
def _entry(form: str) -> tuple[str, str, bool] | None:
    """(the singular as written, WordNet's lemma for it, whether ``form`` is plural), or None."""
    found = _lemma_of(form)
    if found is not None:
        return found[0], found[0], found[1]
    data = _data()
    head, _, last = form.rpartition(" ")
    prefix = f"{head} " if head else ""
    for singular, plural in [(form, False), *((prefix + s, True) for s in _regular_singulars(last))]:
        spelled = _respelled(data, singular)
        if spelled is not None:
            return singular, spelled, plural
    return None


def _respelled(data: _Data, word: str) -> str | None:
    """WordNet's two-word lemma for a compound written as one word ("lightbulb": "light bulb"). Never
    the other way: "dog cat bird" is three things, not a dog and a catbird."""
    if " " in word:
        return None
    for i in range(3, len(word) - 2):
        split = f"{word[:i]} {word[i:]}"
        if split in data.lemmas:
            return split
    return None


def _lemma_of(form: str) -> tuple[str, bool] | None:
    data = _data()
    irregular = data.irregular.get(form)
    if irregular not in data.lemmas:
        irregular = None
    head, _, last = form.rpartition(" ")
    prefix = f"{head} " if head else ""
    singulars = [prefix + s for s in _regular_singulars(last) if prefix + s in data.lemmas]
    # "boards" are boards (not the stage), but "pliers" name one thing, and "jeans" (were they a
    # lemma) no pieces of jean the fabric
    own = form in data.lemmas and irregular is None
    if own and (not singulars or _same_thing(data, form, singulars[0]) or _mass(data, singulars[0])):
        return form, False
    if singulars:
        common = [s for s in singulars if data.lemmas[s][1] != "r"]
        return (common or singulars)[0], True  # "lenses": lens, not the rare spelling "lense"
    if irregular is not None:
        return irregular, True  # "oxen": ox, though "oxen" is also a lemma (cattle)
    return (form, False) if form in data.lemmas else None


def _same_thing(data: _Data, a: str, b: str) -> bool:
    return _ids(data.lemmas[a][0])[0] == _ids(data.lemmas[b][0])[0]


def _mass(data: _Data, lemma: str) -> bool:
    """A material that does not come in pieces you count ("jean" the fabric)."""
    node = _ids(data.lemmas[lemma][0])[0]
    return any(
        data.names[i] in ("fabric.n.01", "material.n.01", "substance.n.01") for i in _ancestors(data, node)
    )


def _regular_singulars(word: str) -> list[str]:
    """Candidate singulars of a regular plural, the plainest first ("axes": axe before ax)."""
    out: list[str] = []
    if len(word) < 3 or not word.endswith("s") or word.endswith("ss"):
        return out
    out.append(word[:-1])
    if word.endswith("ies"):
        out += [word[:-3] + "y", word[:-2]]  # "berries": berry; "chilies": chili
    if word.endswith("ves"):
        out += [word[:-3] + "f", word[:-3] + "fe"]
    if re.search(r"(s|x|z|ch|sh|o)es$", word):
        out.append(word[:-2])
    return out


@cache
def concept(noun: str) -> Concept | None:
    """The most common physical sense of ``noun`` (a lemma or a plural form), or None."""
    found = _entry(" ".join(noun.lower().split()))
    if found is None:
        return None
    lemma, entry = found[0], found[1]
    data = _data()
    ids, flag = data.lemmas[entry]
    node = _ids(ids)[0]
    chain = _ancestors(data, node)
    klass = _classify(data, (node, *chain))
    return Concept(
        lemma=lemma,
        name=data.names[node],
        hypernyms=tuple(_head(data.names[i]) for i in chain),
        ancestors=tuple(data.names[i] for i in chain),
        category=klass.category,
        size=klass.size,
        aspect=klass.aspect,
        weak=flag in ("w", "v", "c"),
        in_place=flag in ("v", "c"),
        rare=flag == "r",
    )


def senses(noun: str) -> tuple[str, ...]:
    """WordNet names of every physical sense of ``noun``, most common first."""
    found = _entry(" ".join(noun.lower().split()))
    if found is None:
        return ()
    data = _data()
    return tuple(data.names[i] for i in _ids(data.lemmas[found[1]][0]))


@cache
def _lemmas_by_synset() -> Mapping[int, tuple[str, ...]]:
    """Synset id → every lemma that names it (its main sense or another), in file order."""
    out: dict[int, list[str]] = {}
    for lemma, (ids, _flag) in _data().lemmas.items():
        for node in _ids(ids):
            out.setdefault(node, []).append(lemma)
    return MappingProxyType({node: tuple(lemmas) for node, lemmas in out.items()})


@cache
def _children() -> Mapping[int, tuple[int, ...]]:
    """Synset id → its direct hyponyms."""
    data = _data()
    out: dict[int, list[int]] = {}
    for node, parents in enumerate(data.parents):
        for parent in _ids(parents):
            out.setdefault(parent, []).append(node)
    return MappingProxyType({node: tuple(kids) for node, kids in out.items()})


@cache
def kind_count(name: str) -> int:
    """How many kinds (hyponyms, at any depth) the WordNet sense ``name`` has: how broad a class it is
    ("leporid" a few, "person" thousands); 0 for an unknown name."""
    data = _data()
    try:
        start = data.names.index(name)
    except ValueError:
        return 0
    children = _children()
    seen: set[int] = set()
    stack = [start]
    while stack:
        for kid in children.get(stack.pop(), ()):
            if kid not in seen:
                seen.add(kid)
                stack.append(kid)
    return len(seen)


def synonyms(noun: str) -> tuple[str, ...]:
    """The other lemmas of ``noun``'s main physical sense ("rhino" → rhinoceros), in file order."""
    found = _entry(" ".join(noun.lower().split()))
    if found is None:
        return ()
    data = _data()
    node = _ids(data.lemmas[found[1]][0])[0]
    return tuple(lemma for lemma in _lemmas_by_synset().get(node, ()) if lemma not in (found[0], found[1]))


@cache
def _sense_ids() -> Mapping[str, int]:
    return MappingProxyType({name: i for i, name in enumerate(_data().names)})


@cache
def sense_ancestors(name: str) -> tuple[str, ...]:
    """WordNet names of the ancestors of the sense ``name`` ("chef.n.01"), nearest first; () for an
    unknown name."""
    data = _data()
    node = _sense_ids().get(name)
    return () if node is None else tuple(data.names[i] for i in _ancestors(data, node))


def sense_of(noun: str, ancestor: str) -> str | None:
    """The first physical sense of ``noun`` (most common first) that is the WordNet sense ``ancestor`` or a
    kind of it ("boxer", "person.n.01" → boxer.n.01, the fighter, not the dog), or None."""
    for name in senses(noun):
        if name == ancestor or ancestor in sense_ancestors(name):
            return name
    return None


def is_a(noun: str, ancestor: str) -> bool:
    """True when ``noun``'s main sense is ``ancestor`` or a kind of it. ``ancestor`` is a head word
    ("furniture", "bird") or a WordNet name ("plant.n.02")."""
    found = concept(noun)
    if found is None:
        return False
    wanted = ancestor.lower()
    if ".n." in wanted:
        return wanted == found.name or wanted in found.ancestors
    return wanted in (found.lemma, _head(found.name), *found.hypernyms)


def category(noun: str) -> str | None:
    found = concept(noun)
    return found.category if found is not None else None


def can_act(noun: str) -> bool:
    """A person, animal or creature: can wear, hold, carry and ride things."""
    return category(noun) in ("person", "animal", "bird", "fish", "insect", "creature")


def flies(noun: str) -> bool:
    """A bird, an insect or an aircraft: belongs in the air."""
    return category(noun) in ("bird", "insect", "aircraft")


def supports(noun: str) -> bool:
    """Furniture or a structure with a top surface things stand on (table, bench, shelf, stove)."""
    return category(noun) in ("furniture", "appliance")


__all__ = [
    "Concept",
    "ConceptClass",
    "can_act",
    "category",
    "concept",
    "dictionary_words",
    "flies",
    "is_a",
    "kind_count",
    "sense_ancestors",
    "sense_of",
    "senses",
    "singular_of",
    "supports",
    "synonyms",
]
