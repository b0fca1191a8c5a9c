"""The English lexicon: data files under ``lexicon/`` compiled once into a phrase table.

Every entry becomes one or more :class:`Tag` values keyed by its token tuple, so the tokenizer can
match the longest known phrase at each position ("hot dog" before "dog", "to the left of" before "left").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Set
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from limner.reason import wordlists
from limner.reason.concepts import concept, sense_of, senses, singular_of
from limner.reason.made_of import made_of
from limner.reason.setting import setting_row
from limner.reason.stalls import STALL, stall_compound

#: Words split like the prompt tokenizer splits them.
TOKEN_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

#: Long side of an object, as a fraction of the canvas's short side, per size class.
SIZE_CLASSES: Mapping[str, float] = MappingProxyType(
    {
        "tiny": 0.09,
        "small": 0.15,
        "medium": 0.24,
        "large": 0.34,
        "xlarge": 0.42,
        "huge": 0.5,
    }
)

BASIC_COLORS: tuple[str, ...] = (
    "red",
    "orange",
    "yellow",
    "green",
    "blue",
    "purple",
    "pink",
    "brown",
    "black",
    "white",
    "gray",
)


@dataclass(frozen=True)
class NounInfo:
    noun: str
    category: str
    size: float
    aspect: float
    implied_color: str | None
    pair: bool


@dataclass(frozen=True)
class Tag:
    """One meaning of a phrase. ``kind`` names the word class; the other fields depend on it."""

    kind: str
    value: str = ""
    number: float = 0.0
    plural: bool = False
    extra: str = ""


#: Tag kinds that keep a word out of an open-vocabulary phrase ("red fox" is a red fox, "two" is a count).
_CLOSED_KINDS = frozenset(
    {
        "num", "pair", "def", "rel", "neg", "corr", "filler", "remove", "add", "modify", "replace", "move",
        "copula", "textverb", "pron", "prons", "rest", "material", "size", "pos", "arrange", "ordinal",
        "color",
    }
)  # fmt: skip


def _third_person(verb: str) -> tuple[str, ...]:
    if re.search(r"(s|x|z|ch|sh|o)$", verb):
        return (verb + "es",)
    if re.search(r"[^aeiou]y$", verb):
        return (verb[:-1] + "ies",)
    return (verb + "s",)


#: Words with a physical-noun sense in WordNet that prompts use as something else ("a female lion",
#: "the right one", "make it blue", verbs of drawing and posing). WordNet nouns never read these as
#: things.
_OPEN_STOP_TEXT = """
    a about above across active actually after again against ahead all almost alone along also am an and
    item items plain fruit food animal vehicle furniture clothes clothing row line pile heap
    cluster pattern formation layer arrangement composition grid
    another any anything are around as at away back bare be because been before behind being below
    beside between big both bottom but by can center centre close could current dear did do does done
    down each either else empty end every everything exchange export face far female few final first for
    from front full further general get give go good half have he her here high him his how i if import
    in inside instead into is it its just kind large last left less light like little load lot low made
    main male many may me middle mine more most much must my near new next no none nor not nothing now
    of off official old on once one only onto or other our out outside over own part piece please plus
    pretty quite rather really result right round same second see set several she should show side
    similar since single small so some something still stuff such than that the their them then there
    these they thing third this those though through to too top toward towards under until up upon us
    very view want was way we well were what when where which while who whole why will with within
    without would yes yet you your floor ground ceiling sky air room corner background foreground
    surface horizon distance scene area place space world colour color shade shape size sort type bunch
    group couple pair number amount image picture photo photograph drawing illustration sketch render
    rendering artwork art style cartoon icon logo shot closeup sitting standing lying flying hanging
    leaning facing floating perched parked stacked piled holding wearing riding chasing
"""
#: Words the stop list keeps for text ("the letter A", "big letters") or a shade ("light blue", "the
#: morning light") that name a thing where only a thing fits ("a letter on a desk", "two red letters",
#: "a stone well", "a light on the ceiling"): the parser reads them so there.
STOP_THINGS = frozenset({"letter", "letters", "well", "wells", "light", "lights"})
#: Verbs of posing and drawing: neither they nor their -s forms ("holds", "flies") are things.
_VERBS = """
    sit stand hold ride wear carry fly chase follow touch hang lean stack park swim walk run jump play draw
    paint make put add remove move turn swap cover fill rest lie sleep eat drink read write sing dance kick
    throw catch climb push pull float sail drive lead hug kiss feed stay wait hide look use keep let try
    need bring face show place grow reach point hunt cast fall share build knit sweep
"""
#: "a fly on a cake" is the insect; "flies" is the verb far more often than the insects. "in the fall" is
#: autumn; "snow falls" the verb.
_VERB_FORMS = frozenset(form for verb in _VERBS.split() for form in (verb, *_third_person(verb)))
_VERB_FORMS -= {"fly", "fall"}
OPEN_STOPWORDS = frozenset(_OPEN_STOP_TEXT.split()) | _VERB_FORMS
#: Verbs that may open a compound noun WordNet knows ("lead pencil", "hang glider", "throw pillow").
COMPOUND_VERBS = _VERB_FORMS - frozenset(_OPEN_STOP_TEXT.split())
#: Stopwords that may open a compound noun WordNet knows as one thing ("top hat", "light bulb"), though
#: alone they are a place or a shade ("on top", "light blue"). Not size, age or side words: "a big cat",
#: "an old man" and "the front yard" stay a cat, a man and a yard.
COMPOUND_OPENERS = frozenset({"top", "light"})
#: Stopwords that may end a compound noun WordNet knows ("music stand", "trash can", "night light", "tea
#: set"), though alone they are a verb, a modal or a shade. Place words ("dining room") never do.
COMPOUND_HEADS = frozenset(
    {"stand", "stands", "can", "cans", "light", "lights", "set", "sets"}
    | {"center", "centers", "centre", "centres"}  # "a shopping center", "a civic center"
)
#: Stopwords that may open a compound noun WordNet knows when the compound is a kind of the thing its
#: last word names ("a half sister", "a center punch", "an art school", "a picture window"): the
#: opener says which kind. Otherwise they stay what they are alone ("a half moon" stays a moon, not the
#: lunula WordNet names so).
KIND_OPENERS = frozenset({"half", "picture", "art", "center", "centre"})


#: Concept categories of the land itself: a compound a scene word opens in them stays a scene.
LAND = frozenset({"nature"})
#: Scene words that are settings (canvas.background), never objects: the contract's settings and layer
#: kinds. Other scene words that WordNet knows as things ("church", "volcano", "island") also read as
#: nouns, and the parser picks the scene only after a scene preposition ("in a church").
_SETTING_TEXT = """
    beach seaside shore ocean sea underwater lake river forest woods jungle snow winter desert night kitchen
    bathroom bedroom office classroom room city street road park garden field meadow farm mountains space
    sky studio grass lawn floor ground water cafe restaurant countryside village town swamp arctic
    backyard yard sand snowfield rainforest seabed outdoors harbor harbour station airport stadium
    playground hills trees skyline moon sun rain storm fog
"""
SETTING_WORDS = frozenset(_SETTING_TEXT.split())
#: Categories of things a colour word also names ("violet" the flower, "teal" the duck): where no noun
#: follows ("a violet next to a fern") the word is the thing; before a noun it stays a colour.
COLOR_THINGS = frozenset({"plant", "tree", "animal", "bird", "fish", "insect", "instrument"})
#: Materials that are also things of their own ("a bamboo", "a stone"): a noun besides the material.
MATERIAL_NOUNS = frozenset({"bamboo", "canvas", "fur", "lace", "linen", "stone", "straw", "wire"})


@dataclass(frozen=True)
class Lexicon:
    nouns: Mapping[str, NounInfo]
    phrases: Mapping[tuple[str, ...], tuple[Tag, ...]]
    max_len: int
    color_hex: Mapping[str, str]
    stopwords: frozenset[str]
    text_roles: Mapping[str, str]
    #: "a bowl of apples": container noun → how its contents relate to it.
    containers: Mapping[str, str]
    #: Real English words one edit from a noun form: never read as typos ("cast", "hose").
    real_words: Set[str] = frozenset()
    #: Wider words that keep their own noun (``~money`` on the coin row) → the row's noun.
    wider: Mapping[str, str] = field(default_factory=dict)


class OpenPhrases(Mapping[tuple[str, ...], tuple[Tag, ...]]):
    """The phrase table, open to every physical-thing noun WordNet knows that the table does not tag.

    Lookups fall back to :mod:`limner.reason.concepts` ("taxi", "school buses", "cylinder"); iteration and
    ``len`` cover the compiled table only. An open phrase never contains a word the table tags as
    something else ("red fox" stays a red fox), a word of :data:`OPEN_STOPWORDS`, or a word WordNet
    says is mostly used otherwise ("light", "fly").
    """

    def __init__(
        self,
        table: Mapping[tuple[str, ...], tuple[Tag, ...]],
        closed: frozenset[str],
        stop: frozenset[str],
        canonical: Mapping[str, str],
        real: frozenset[str] = frozenset(),
        living: frozenset[str] = frozenset(),
    ) -> None:
        self._table = table
        self._closed = closed
        self._stop = stop
        self._canonical = canonical
        self._real = real
        #: The table's nouns of living things (``last_head``: "a cat can jump" is the verb).
        self.living = living
        #: Pure lookups, asked again for every prompt: remembered (bounded) per table.
        self._open = lru_cache(maxsize=1 << 16)(self._open_tags)

    def __getitem__(self, key: tuple[str, ...]) -> tuple[Tag, ...]:
        tags: tuple[Tag, ...] | None = self.get(key)
        if tags is None:
            raise KeyError(key)
        return tags

    def get(self, key: tuple[str, ...], default: Any = None) -> Any:
        tags = self._table.get(key)
        if tags is not None:
            return tags
        tags = self.open_tags(key)
        return default if tags is None else tags

    def __contains__(self, key: object) -> bool:
        return isinstance(key, tuple) and self.get(key) is not None

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)

    def open_tags(self, key: tuple[str, ...]) -> tuple[Tag, ...] | None:
        """The noun tag WordNet gives ``key`` (a phrase the table does not know), or None."""
        return self._open(key)

    def _open_tags(self, key: tuple[str, ...]) -> tuple[Tag, ...] | None:
        if stall_compound(key, self._category):  # "a lemonade stand": a stall, named by its goods
            return (Tag("noun", STALL, extra=" ".join(key)),)
        if not key or len(key[-1]) < 2 or self._blocked(key):
            return None
        found = singular_of(" ".join(key))
        written = ""  # "a bean bag": the user's words, for the beanbag WordNet spells closed
        if found is None and self._apart(key):
            found = next(filter(None, map(singular_of, spelled_apart(key))), None)
            last = singular_of(key[-1]) if found is not None and found[1] else None
            written = " ".join(key[:-1] + ((last[0],) if last is not None else key[-1:]))
        if found is None and len(key) == 2 and last_head(key, self._table, self.living):
            head = singular_of(key[-1])  # "an umbrella stand": a stand, named by the user's words
            info = concept(head[0]) if head is not None else None
            if head is None or info is None or info.category in _NO_THING:
                return None
            return (Tag("noun", head[0], plural=head[1], extra=" ".join(key)),)
        if found is None:
            return None
        lemma, plural = found
        info = concept(lemma)
        if info is None or self._made(key, lemma):
            return None
        # "wells" is only ever the things ("well" is one where only a thing fits: STOP_THINGS)
        stop_thing = plural and lemma in STOP_THINGS
        if lemma in self._stop and not stop_thing:
            return None
        if info.weak and not stop_thing:
            return None  # "story", "side", "drill": mostly not things (a drill in a noun's place is one)
        if info.rare and plural and len(key) == 1 and key[0] not in self._real and _near_known_noun(key[0]):
            return None  # "orangs" are oranges: the typo reading wins over a rare word's plural
        noun = self._canonical.get(info.name, lemma) if info.lemma == lemma else lemma
        thing = Tag("noun", noun, plural=plural, extra=written or lemma)
        place = setting_row(lemma) if not plural else None
        if place is not None and place.layers:  # "in the hallway": a place too, where a place fits
            return (thing, Tag("scene", lemma, extra=place.layers[0].color))
        return (thing,)

    def _made(self, key: tuple[str, ...], lemma: str) -> bool:
        """A material word opening a compound WordNet knows as its head's thing made of it ("a stone wall",
        "a wooden spoon"): the head, with the material as its attribute (:func:`made_of`)."""
        material = len(key) == 2 and any(t.kind == "material" for t in self._table.get(key[:1], ()))
        return material and made_of(key[0], key[1], lemma)

    def _category(self, key: tuple[str, ...]) -> str | None:
        """The WordNet category of the thing ``key`` names ("lemonade": food), or None."""
        tags = self._table.get(key) or self._open(key)
        found = concept(tags[0].value) if tags and tags[0].kind == "noun" else None
        return found.category if found is not None else None

    def _apart(self, key: tuple[str, ...]) -> bool:
        """Whether ``key`` may be a compound WordNet spells otherwise (``spelled_apart``): its first word
        is a thing or a verb the table knows as nothing else ("bean bag", "swim trunks"), never a place
        or a material ("a sand castle" stays a castle) nor two living things ("dog cat bird")."""
        kinds = {t.kind for t in self._table.get(key[:1], ())}
        return kinds <= {"noun"} and not all(word in self.living for word in key)

    def tabled(self, key: tuple[str, ...]) -> bool:
        """Whether the compiled table (the lexicon's rows, not WordNet) lists ``key``."""
        return key in self._table

    def _blocked(self, key: tuple[str, ...]) -> bool:
        """Whether a word keeps ``key`` from being an open phrase: a stopword, or in a compound a word
        the table tags as something else. A compound may open with a verb ("a lead pencil", "a throw
        pillow") or a stopword the table also knows as a thing ("a can opener"), and hold nouns that are
        also colours ("a sweet orange", "an ice cream cone"), never open with a word that is only a colour
        ("a red fox" stays a red fox)."""
        # a word inside a compound blocks it whatever opens or ends it: asked first, for the checks below
        # ask WordNet about the first and last words (most phrases tried hold an "a" or a "the" inside)
        for word in key[1:-1]:
            if (word in self._stop and word not in COMPOUND_VERBS) or (
                word in self._closed and not self._also_noun(word, inner=True)
            ):
                return True
        *head, last = key
        # a class word may end a compound ("street clothes", "work clothes"): a kind of that class
        heads = bool(head) and (last in COMPOUND_HEADS or self.class_noun(last) is not None)
        # a stopword WordNet also knows as a thing, or a verb's -ing form the table only skips, may open
        # a kind of the last word ("a floor lamp", "a playing card"), as the kind openers do; never
        # another word the table tags ("left", "an old man")
        fills = bool(head) and head[0].endswith("ing")
        fills = fills and {t.kind for t in self._table.get(tuple(head[:1]), ())} == {"filler"}
        # a material word may open a kind of the last word WordNet knows ("cotton candy"); "a wooden
        # chair" stays a chair of wood
        made = bool(head) and {t.kind for t in self._table.get(tuple(head[:1]), ())} == {"material"}
        opener = bool(head) and (
            head[0] in KIND_OPENERS or fills or made or _thing_opener(head[0], self._stop, self._closed)
        )
        kind = opener and _kind_of_head(key)
        if (last in self._stop and not heads) or any(
            word in self._stop
            and word not in COMPOUND_VERBS
            and (word not in COMPOUND_OPENERS or i > 0)
            and not (
                i == 0
                and (
                    kind
                    or self._scene_opens(key)
                    or self._also_noun(word, inner=False)
                    or word in STOP_THINGS
                )
            )
            for i, word in enumerate(head)
        ):
            return True
        return bool(head) and any(
            word in self._closed
            and not self._also_noun(word, inner=i > 0)
            and not (i == 0 and (kind or self._scene_opens(key)))
            and not (i == len(head) and last in COMPOUND_HEADS)  # "a civic center"
            for i, word in enumerate(key)
        )

    def _scene_opens(self, key: tuple[str, ...]) -> bool:
        """A scene word opening a made thing WordNet knows ("a space shuttle", "a space heater"); never
        a place of the land ("an ocean floor" stays the sea floor)."""
        kinds = {tag.kind for tag in self._table.get(key[:1], ())}
        found = singular_of(" ".join(key)) if kinds == {"scene"} else None
        info = concept(found[0]) if found is not None else None
        return info is not None and info.lemma == found[0] and info.category not in LAND  # type: ignore[index]

    def _also_noun(self, word: str, inner: bool) -> bool:
        """A word the table tags as a thing besides its closed kind ("orange"), or a colour inside a
        compound, where it cannot be the compound's colour ("ice cream cone")."""
        kinds = {tag.kind for tag in self._table.get((word,), ())}
        return "noun" in kinds or (inner and kinds == {"color"})

    def context_noun(self, word: str, coloured: bool = False, verbs: bool = False) -> Tag | None:
        """A noun tag for a one-word thing WordNet knows though mostly as something else ("shed",
        "globe"), for the parser to use where only a noun fits; after a colour ("a pink date") any
        such word is a thing. None for words the table tags, stopwords, settings and no things. With
        ``verbs`` (coloured, counted or placed where a noun goes: "two sails", "a float over a cat"), a
        verb of posing that WordNet knows as a thing is that thing."""
        if verbs and coloured and word in _VERB_FORMS and self._table.get((word,)) is None:
            return _verb_thing(word)
        if (
            len(word) < 3
            or word in self._stop
            or word in SETTING_WORDS
            or self._table.get((word,)) is not None
        ):
            return None
        found = singular_of(word)
        if found is None or found[0] in self._stop or found[0] in SETTING_WORDS:
            return None
        info = concept(found[0])
        if info is not None and not info.weak and info.rare and found[1] and coloured:
            # a rare word's plural near a known noun is left out of open phrases for the typo reading
            # ("orangs"); counted or coloured where only a noun fits, it is that thing ("three hoses")
            return Tag("noun", found[0], plural=True, extra=found[0])
        if info is None or not info.weak or not (info.in_place or coloured or info.category == "person"):
            return None  # a plain noun is in the table already; "story", "name" are no things
        # (a kind of person is one where a noun goes: "a mechanic fixing a car", "a giant")
        return Tag("noun", found[0], plural=found[1], extra=found[0])

    def class_noun(self, word: str, tagged: bool = False) -> Tag | None:
        """A noun tag for a word kept out of open phrases that WordNet knows as a plain kind of thing: a
        class word ("furniture", "clothes", "male": mostly it sums up or qualifies other things) or, when
        ``tagged``, a size or material word ("giant", "brass"). The parser asks only where a noun goes
        and none follows ("a red furniture", "two males", "a giant next to a tree"). None for weak words,
        settings, verbs and what is no drawable thing (a surface, a substance, a body part, land)."""
        found = singular_of(word)
        if found is None or word in SETTING_WORDS or word in _VERB_FORMS or found[0] in SETTING_WORDS:
            return None
        if not tagged and word not in self._stop and found[0] not in self._stop:
            return None
        info = concept(found[0])
        if info is None or info.weak or info.rare or info.lemma != found[0] or info.category in _NO_THING:
            return None
        return Tag("noun", found[0], plural=found[1], extra=found[0])


def _verb_thing(word: str) -> Tag | None:
    """The thing a verb form names where only a noun fits ("two sails", "a float over a cat"), when
    WordNet knows it as a thing (not land, a substance or a body part), though mostly as a verb."""
    found = singular_of(word)
    info = concept(found[0]) if found is not None else None
    if found is None or info is None or info.lemma != found[0] or info.category in _NO_THING - {"object"}:
        return None
    return Tag("noun", found[0], plural=found[1], extra=found[0])


#: Concept categories that a class, size or material word in a noun's place does not name as a thing:
#: "a floor", "a metal", "a face" stay what the rest of the prompt says.
_NO_THING = frozenset({"object", "nature", "substance", "body"})


def class_noun(lex: Lexicon, word: str, tagged: bool = False) -> Tag | None:
    """See :meth:`OpenPhrases.class_noun` (None when the lexicon's table is closed)."""
    phrases = lex.phrases
    return phrases.class_noun(word, tagged) if isinstance(phrases, OpenPhrases) else None


def _thing_opener(word: str, stop: frozenset[str], closed: frozenset[str]) -> bool:
    """A stopword that is no word of the table's closed kinds and that WordNet knows as a thing of its
    own ("floor"): it may open a compound that is a kind of the compound's last word."""
    found = concept(word) if word in stop and word not in closed else None
    return found is not None and found.lemma == word and not found.weak


#: Lexicon categories of living things.
LIVING_CATEGORIES = frozenset({"person", "animal", "bird", "fish", "insect"})


def last_head(
    key: tuple[str, ...], table: Mapping[tuple[str, ...], tuple[Tag, ...]], living: frozenset[str]
) -> bool:
    """Whether ``key`` is a thing the table names followed by a word that ends compounds though alone
    it is a verb ("an umbrella stand", "a paint can"): the compound names a kind of that word. Not
    after a living thing ("a cat can jump") nor in the plural ("a tree stands"): the verb."""
    first, last = key
    tags = table.get((first,), ())
    if last not in COMPOUND_HEADS or last.endswith("s") or {t.kind for t in tags} != {"noun"}:
        return False  # "a lamp stands next to a bed": the verb
    found = concept(tags[0].value)  # "a cat can jump", "a bird can fly": a living thing does it
    return found is not None and not found.rare and tags[0].value not in living


def spelled_apart(key: tuple[str, ...]) -> list[str]:
    """The spellings WordNet may list a two-word compound under when the words as written are unknown:
    written closed ("a bean bag": beanbag, "a row boat": rowboat) or with its verb's -ing form ("swim
    trunks": swimming trunks, "a sleep bag": sleeping bag). Never for a first word of three letters or
    less that is no verb ("a red fish" stays a red fish: colours are closed words, kept apart before)."""
    if len(key) != 2 or not all(word.isalpha() for word in key):
        return []
    first, last = key
    out = [first + last] if len(first) > 2 else []
    if first in COMPOUND_VERBS or first in _GERUND_STEMS:
        out += [f"{stem}ing {last}" for stem in _gerund_stems(first)]
    return out


#: Verbs of what a thing is for, beside the verbs of posing, that open compounds in their -ing form.
_GERUND_STEMS = frozenset({"bake", "cut", "dive", "fish", "frame", "mix", "rock", "sew", "sleep", "wash"})


def _gerund_stems(verb: str) -> list[str]:
    """What comes before "-ing": "swim" → swimm, "bake" → bak, "wash" → wash."""
    if verb.endswith("e") and not verb.endswith("ee"):
        return [verb[:-1]]
    stems = [verb]
    if len(verb) >= 3 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
        stems.append(verb + verb[-1])
    return stems


def _kind_of_head(key: tuple[str, ...]) -> bool:
    """Whether the compound ``key`` names, in WordNet, a kind of the thing its last word names ("half
    sister": a sister; not "half moon": a part of a nail)."""
    found = singular_of(" ".join(key))
    last = singular_of(key[-1])
    info = concept(found[0]) if found is not None else None
    kin = concept(last[0]) if last is not None else None
    if info is None or kin is None:
        return False
    return kin.name in info.ancestors or kin.lemma in info.hypernyms


class RealWords(Set[str]):
    """Words never read as typos: the lexicon's list ("cast", "hose") and every word WordNet knows as a
    thing in a noun's place ("globe" is not a slip for "glove")."""

    def __init__(self, listed: frozenset[str], phrases: OpenPhrases) -> None:
        self._listed = listed
        self._phrases = phrases

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        return word in self._listed or self._phrases.context_noun(word) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._listed))

    def __len__(self) -> int:
        return len(self._listed)


def context_noun(lex: Lexicon, word: str, coloured: bool = False, verbs: bool = False) -> Tag | None:
    """The noun a word the lexicon does not tag names when it stands where a noun goes ("a brown shed",
    "two drills", "next to a globe"): WordNet's words that are mostly verbs or seldom abstract
    elsewhere, and after a colour ("a pink date") any word WordNet knows as a thing."""
    phrases = lex.phrases
    return phrases.context_noun(word, coloured, verbs) if isinstance(phrases, OpenPhrases) else None


class OpenNouns(Mapping[str, NounInfo]):
    """Noun facts: the lexicon's rows, else the concept's category, size class and aspect."""

    def __init__(
        self, table: Mapping[str, NounInfo], phrases: Mapping[tuple[str, ...], tuple[Tag, ...]]
    ) -> None:
        self._table = table
        self._phrases = phrases

    def __getitem__(self, noun: str) -> NounInfo:
        info: NounInfo | None = self.get(noun)
        if info is None:
            raise KeyError(noun)
        return info

    def get(self, noun: str, default: Any = None) -> Any:
        info = self._table.get(noun)
        if info is not None:
            return info
        found = concept(noun) if isinstance(noun, str) else None
        if found is None or found.lemma != noun:
            return default
        tags = self._phrases.get(tokens_of(noun))
        if tags and not any(t.kind == "noun" for t in tags):
            return default  # "red", "left": the table says what they are, and it is no thing
        return _concept_info(noun, found.category, found.size, found.aspect)

    def __contains__(self, noun: object) -> bool:
        return isinstance(noun, str) and self.get(noun) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)


def _near_known_noun(word: str) -> bool:
    """Whether ``word`` is a usual slip for a lexicon noun form: two letters swapped, a doubled letter,
    or a vowel dropped or added ("orangs" → oranges; not "ravens" → ramens, "ladles" → ladies)."""
    from limner.reason.typos import candidates, edit_kind  # the typo index reads this module's table

    for candidate in sorted(candidates(word, lexicon())):
        kind = edit_kind(word, candidate)
        if kind == "swap":
            return True
        if kind in ("insert", "delete"):
            longer, shorter = (candidate, word) if kind == "insert" else (word, candidate)
            for i, letter in enumerate(longer):
                if longer[:i] + longer[i + 1 :] == shorter:
                    doubled = (i > 0 and longer[i - 1] == letter) or longer[i + 1 : i + 2] == letter
                    if doubled or (kind == "insert" and letter in "aeiou"):
                        return True  # a vowel left out ("orangs"), not one added ("buoys" is no "boys")
    return False


@cache
def _concept_info(noun: str, category: str, size: str, aspect: float) -> NounInfo:
    return NounInfo(noun, category, SIZE_CLASSES.get(size, SIZE_CLASSES["medium"]), aspect, None, False)


def tokens_of(text: str) -> tuple[str, ...]:
    return tuple(TOKEN_RE.findall(text.lower().replace("-", " ")))


def pluralize(word: str) -> list[str]:
    """Regular English plurals of a (possibly multi-word) noun: the last word inflects."""
    head, _, last = word.rpartition(" ")
    prefix = f"{head} " if head else ""
    forms: list[str] = []
    if re.search(r"(s|x|z|ch|sh)$", last):
        forms.append(last + "es")
    elif re.search(r"[^aeiou]y$", last):
        forms.append(last[:-1] + "ies")
    elif last.endswith("o"):
        forms += [last + "es", last + "s"]
    else:
        forms.append(last + "s")
    if last.endswith("fe"):
        forms.append(last[:-2] + "ves")
    elif last.endswith("f"):
        forms.append(last[:-1] + "ves")
    return [prefix + f for f in forms]


def _data(name: str) -> str:
    return resources.files("limner.reason").joinpath("lexicon").joinpath(name).read_text(encoding="utf-8")


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in _data(name).splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


class _Builder:
    def __init__(self) -> None:
        self.table: dict[tuple[str, ...], list[Tag]] = {}

    def add(self, phrase: str, tag: Tag) -> None:
        key = tokens_of(phrase)
        if not key:
            return
        tags = self.table.setdefault(key, [])
        if tag not in tags:
            tags.append(tag)

    def add_noun_forms(self, noun: str, singular: str, plurals: list[str]) -> None:
        self.add(singular, Tag("noun", noun, plural=False, extra=singular))
        for form in plurals:
            if tokens_of(form) != tokens_of(singular):
                self.add(form, Tag("noun", noun, plural=True, extra=singular))
            else:
                # Same form in both numbers (sheep, fish, skis): the count decides.
                self.add(form, Tag("noun", noun, plural=False, extra=singular))


#: Marks a synonym in ``nouns.tsv`` that is wider than the row's thing ("~money" on the coin row, "~ball"
#: on the sports ball row): the plan keeps the user's noun, sized, coloured and drawn like the row's.
WIDER_MARK = "~"


def _load_nouns(builder: _Builder, wider: dict[str, str]) -> dict[str, NounInfo]:
    """The noun rows (and ``wider``: each wider word → its row's noun)."""
    nouns: dict[str, NounInfo] = {}
    for row in _rows("nouns.tsv"):
        row += [""] * (8 - len(row))
        noun, category, size, aspect, plurals, synonyms, color, flags = row[:8]
        info = NounInfo(
            noun=noun,
            category=category or "object",
            size=SIZE_CLASSES.get(size, SIZE_CLASSES["medium"]),
            aspect=float(aspect) if aspect else 1.0,
            implied_color=color or None,
            pair="pair" in flags.split(","),
        )
        nouns[noun] = info
        plural_forms = [p for p in plurals.split(";") if p] + pluralize(noun)
        builder.add_noun_forms(noun, noun, plural_forms)
        for synonym in (s for s in synonyms.split(";") if s):
            word, _, plural = synonym.partition("/")
            forms = ([plural] if plural else []) + pluralize(word.lstrip(WIDER_MARK))
            if word.startswith(WIDER_MARK):  # "~money": a wider word keeps its own noun, the row's facts
                word = word[len(WIDER_MARK) :]
                wider.setdefault(word, noun)
                nouns.setdefault(
                    word, NounInfo(word, info.category, info.size, info.aspect, info.implied_color, info.pair)
                )
                builder.add_noun_forms(word, word, forms)
            else:
                builder.add_noun_forms(noun, word, forms)
    return nouns


def _load_colors(builder: _Builder, modifiers: dict[str, str]) -> dict[str, str]:
    hexes: dict[str, str] = {}
    rows = _rows("colors.tsv")
    for word, basic, hex_value in rows:
        if word == basic:
            hexes[basic] = hex_value
    for word, basic, hex_value in rows:
        # A plain basic colour word ("red", "grey", "reddish") carries no exact value: only a shade
        # ("crimson", "light blue") or an exact value in the prompt sets ``attributes.hex``.
        exact = "" if hexes.get(basic) == hex_value else hex_value
        builder.add(word, Tag("color", basic, extra=exact))
        builder.add(word + "ish", Tag("color", basic, extra=""))
    for word, basic, hex_value in _rows("colors.tsv"):
        if word != basic or " " in word:
            continue
        for modifier, kind in modifiers.items():
            builder.add(f"{modifier} {word}", Tag("color", basic, extra=_shade(hex_value, kind)))
    return hexes


def _shade(hex_value: str, kind: str) -> str:
    rgb = [int(hex_value[i : i + 2], 16) for i in (1, 3, 5)]
    if kind == "light":
        rgb = [round(c + (255 - c) * 0.45) for c in rgb]
    elif kind == "dark":
        rgb = [round(c * 0.55) for c in rgb]
    elif kind == "muted":
        mean = sum(rgb) / 3
        rgb = [round(c * 0.6 + mean * 0.4) for c in rgb]
    else:
        rgb = [min(255, round(c * 1.15)) for c in rgb]
    return "#" + "".join(f"{c:02x}" for c in rgb)


def _load_words(builder: _Builder, words: Mapping[str, Any]) -> None:
    for phrase, n in words["numbers"].items():
        builder.add(phrase, Tag("num", number=float(n), extra=phrase))
    for n in range(0, 101):
        builder.add(str(n), Tag("num", number=float(n), extra=str(n)))
    for phrase in words["pair_counts"]:
        builder.add(phrase, Tag("pair"))
    for phrase in words["definite"]:
        builder.add(phrase, Tag("def"))
    for phrase, predicate in words["relations"].items():
        builder.add(phrase, Tag("rel", predicate))
    for phrase, predicate in words["relations_to_it"].items():  # "to its left": the object is "it"
        builder.add(phrase, Tag("rel", predicate, extra="it"))
    simple = {
        "fillers": "filler",
        "negations": "neg",
        "corrections": "corr",
        "remove_verbs": "remove",
        "add_verbs": "add",
        "modify_verbs": "modify",
        "replace_verbs": "replace",
        "move_verbs": "move",
        "copulas": "copula",
        "text_verbs": "textverb",
        "pronouns_single": "pron",
        "pronouns_plural": "prons",
        "rest_words": "rest",
        "materials": "material",
    }
    for key, kind in simple.items():
        for phrase in words[key]:
            builder.add(phrase, Tag(kind, phrase))
    for phrase, factor in words["sizes"].items():
        builder.add(phrase, Tag("size", phrase, number=float(factor)))
    for phrase, where in words["positions"].items():
        builder.add(phrase, Tag("pos", where))
    for phrase, how in words["arrangements"].items():
        builder.add(phrase, Tag("arrange", how))
    for phrase, index in words["ordinals"].items():
        builder.add(phrase, Tag("ordinal", phrase, number=float(index)))


def nearest_basic(hex_value: str, lex: Lexicon) -> str:
    """The basic colour word nearest an exact ``#rrggbb`` value (by weighted RGB distance)."""
    rgb = [int(hex_value[i : i + 2], 16) for i in (1, 3, 5)]

    def distance(item: tuple[str, str]) -> float:
        other = [int(item[1][i : i + 2], 16) for i in (1, 3, 5)]
        return 2 * (rgb[0] - other[0]) ** 2 + 4 * (rgb[1] - other[1]) ** 2 + 3 * (rgb[2] - other[2]) ** 2

    return min(sorted(lex.color_hex.items()), key=distance)[0]


def _canonical_first(key: tuple[str, ...], tags: list[Tag]) -> tuple[Tag, ...]:
    """A word that names a noun of its own reads as that noun before any noun it is a synonym of
    ("tent" is a tent, though "tent" is also listed among the kinds of house)."""
    own = " ".join(key)
    ranked = sorted(
        range(len(tags)),
        key=lambda i: (
            not (tags[i].kind == "noun" and own in (tags[i].value, pluralize(tags[i].value)[0])),
            i,
        ),
    )
    return tuple(tags[i] for i in ranked)


def _thing_as_well(key: tuple[str, ...], tags: tuple[Tag, ...]) -> Tag | None:
    """A noun tag for a scene word that names a thing ("a red church") or a material that does ("a
    bamboo"), when WordNet knows it; None for settings ("sky", "kitchen") and everything else."""
    kinds = {t.kind for t in tags}
    word = " ".join(key)
    if len(key) != 1 or "noun" in kinds or word in SETTING_WORDS:
        return None
    form = singular_of(word)  # "walls", "volcanoes": the plural of a thing is that thing too
    lemma, plural = form if form is not None else (word, False)
    found = concept(lemma)
    if found is None or found.lemma != lemma or found.weak or lemma in SETTING_WORDS:
        return None
    if kinds == {"material"} and word in MATERIAL_NOUNS:
        return Tag("noun", word, plural=False, extra=word)
    if kinds == {"color"} and not plural and found.category in COLOR_THINGS:
        return Tag("noun", lemma, plural=False, extra=lemma)  # "a violet", "an ebony": the plant, the tree
    if kinds != {"scene"} or found.category in ("substance", "object"):
        return None
    return Tag("noun", lemma, plural=plural, extra=lemma)


#: Lexicon categories of living things → the WordNet sense their rows mean (a row's synonyms come
#: from that sense, not from a first sense WordNet lists for an artifact of the same name).
_LIVING_SENSE = {"person": "person.n.01", "animal": "animal.n.01"}


def _synonym_nouns(nouns: Mapping[str, NounInfo]) -> dict[str, str]:
    """WordNet sense → lexicon noun, for the main sense of each lexicon noun: a word of the same sense
    ("motorcar") reads as the lexicon's noun (car). A row of living things takes its first living sense
    ("pirate" the sea robber, not pirate.n.03 the ship, so "pirate ship" stays a ship)."""
    out: dict[str, str] = {}
    for noun in sorted(nouns):
        living = _LIVING_SENSE.get(nouns[noun].category)
        own = sense_of(noun, living) if living else None
        main = (own,) if own else senses(noun)[:1]
        if main and concept(noun) is not None and concept(noun).lemma == noun:  # type: ignore[union-attr]
            out.setdefault(main[0], noun)
    return out


@cache
def lexicon() -> Lexicon:
    """The compiled English lexicon (loaded once per process)."""
    builder = _Builder()
    words = wordlists.words()
    wider: dict[str, str] = {}
    nouns = _load_nouns(builder, wider)
    for singular, whole in sorted(words.get("one_thing_plurals", {}).items()):  # "curtains": a curtain's size
        row = next((t.value for t in builder.table.get(tokens_of(singular), []) if t.kind == "noun"), "")
        info = nouns.get(row)
        if info is not None:
            nouns.setdefault(
                whole, NounInfo(whole, info.category, info.size, info.aspect, info.implied_color, True)
            )
    hexes = _load_colors(builder, words["color_modifiers"])
    for description, scene_desc, color in _rows("scenes.tsv"):
        builder.add(description, Tag("scene", scene_desc, extra=color))
    _load_words(builder, words)
    phrases = {key: _canonical_first(key, tags) for key, tags in builder.table.items()}
    for key, tags in list(phrases.items()):
        thing = _thing_as_well(key, tags)
        if thing is not None:
            phrases[key] = (thing, *tags)
    closed = frozenset(
        key[0]
        for key, tags in phrases.items()
        if len(key) == 1 and any(t.kind in _CLOSED_KINDS for t in tags)
    )
    stop = OPEN_STOPWORDS | frozenset(words["stopwords"])
    listed_real = frozenset(str(words.get("real_words", "")).split())
    living = frozenset(n for n, info in nouns.items() if info.category in LIVING_CATEGORIES)
    open_phrases = OpenPhrases(
        MappingProxyType(phrases), closed, stop, _synonym_nouns(nouns), listed_real, living
    )
    return Lexicon(
        nouns=OpenNouns(MappingProxyType(nouns), MappingProxyType(phrases)),
        phrases=open_phrases,
        max_len=max(len(k) for k in phrases),
        color_hex=MappingProxyType(hexes),
        stopwords=frozenset(words["stopwords"]),
        text_roles=MappingProxyType(dict(words["text_roles"])),
        containers=MappingProxyType(dict(words["containers"])),
        real_words=RealWords(listed_real, open_phrases),
        wider=MappingProxyType(wider),
    )


__all__ = [
    "BASIC_COLORS",
    "SIZE_CLASSES",
    "Lexicon",
    "NounInfo",
    "Tag",
    "class_noun",
    "context_noun",
    "lexicon",
    "nearest_basic",
    "pluralize",
    "tokens_of",
]
