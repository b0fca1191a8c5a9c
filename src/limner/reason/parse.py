"""Stage 3 — parse: tokens → lexemes (longest lexicon match) → mentions and operations.

The parser reads one sentence left to right with a small state machine. It never decides what a
definite noun phrase or a pronoun refers to (that is :mod:`limner.reason.resolve`); it only records
what the sentence says: noun phrases with count, colours and size, relations between them,
corrections ("five, no, six"), negations ("no cats"), retractions ("remove the cat"), edits
("make the car blue"), quoted text and scene words.

Group words name members of the group just mentioned: "two dogs, both brown", "each one blue", "one red
and one blue", "two of them", "the rest" / "the other (one)" (subset mentions). Relations put first
("between a lamp and a clock, a vase") bind their objects, then wait for the subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from limner.reason.segment import Segment, Token
from limner.reason.typos import correct
from limner.reason.vocab import Lexicon, Tag, nearest_basic

#: Host-less text verbs: "the word 'hi'" is its own text element.
_STANDALONE_TEXT = frozenset(
    {"the text", "the word", "the words", "text", "word", "words", "headline", "caption", "title"}
)
_SCENE_PREPS = frozenset(
    {
        "in",
        "at",
        "on",
        "inside",
        "by",
        "near",
        "under",
        "during",
        "into",
        "onto",
        "across",
        "over",
        "through",
        "within",
        "from",
    }
)
_MODIFIER_KINDS = frozenset({"color", "size", "material", "arrange"})
_HEX = re.compile(r"^#[0-9a-f]{6}$")
_GRID = re.compile(r"^(\d{1,2})x(\d{1,2})$")
#: Count phrases that also say how the things are arranged.
_COUNT_ARRANGEMENTS = (
    ("row", "row"),
    ("line", "row"),
    ("stack", "stack"),
    ("pile", "stack"),
    ("column", "column"),
)
#: Replace verbs that mean "exchange" when their two objects are joined by "and".
_SWAP_WORDS = frozenset({"swap", "switch", "exchange", "trade", "swap around"})
#: Verbs that add a new thing ("put a cat on …") or move a named one ("put the cat on …").
_PUT_WORDS = frozenset({"put", "place"})
#: Fillers that start drawing something new: an earlier "remove"/"make" no longer applies.
_CREATE_WORDS = frozenset({"draw", "render", "create", "generate", "show", "show me", "give me", "depict"})
#: ``Mention.words`` of a mention that only looks up an earlier thing (never creates one).
LOOKUP = "\u27e8lookup\u27e9"
#: Like :data:`LOOKUP`, but with no earlier thing of that noun it stands for the latest subject
#: ("a dog by a tree. actually, a fox by the tree": the fox replaces the dog).
LOOKUP_ANY = "\u27e8lookup-any\u27e9"
#: Words that apply what follows to every member of the group just named ("both", "all", "each").
_ALL_WORDS = frozenset({"both", "all", "each", "every", "all of them", "both of them", "each of them"})
_COLOR_NOUNS = frozenset({"colours", "colors", "colour", "color", "colorings", "colourings"})
_NOUNLIKE_SUFFIXES = ("ing", "ly", "ed", "ous", "ful", "est", "ive", "ish", "less", "able", "ible", "al")


@dataclass(frozen=True)
class Lexeme:
    text: str
    tags: tuple[Tag, ...]
    kind: str = "phrase"  # "phrase", "punct", "quote", "word" (unknown)
    quote: int = -1

    def has(self, kind: str) -> bool:
        return any(t.kind == kind for t in self.tags)

    def tag(self, kind: str) -> Tag:
        return next(t for t in self.tags if t.kind == kind)


@dataclass
class Mention:
    """One noun phrase (or pronoun) as written."""

    index: int
    sentence: int
    noun: str | None
    label: str
    count: int | None = None
    plural: bool = False
    colors: list[tuple[str, str]] = field(default_factory=list)
    size: float = 1.0
    size_words: list[str] = field(default_factory=list)
    material: str | None = None
    definite: bool = False
    negated: bool = False
    pronoun: str | None = None
    #: "two of them" → 2; "the rest" → -1.
    subset: int | None = None
    text: str | None = None
    text_role: str | None = None
    position: str | None = None
    words: str = ""
    #: "the second one" → 1, "the last cat" → −1: one member of an earlier group.
    member: int | None = None
    #: "a row of", "stacked", "in a circle", "a 3x3 grid" …; grid columns when given.
    arrangement: str | None = None
    columns: int | None = None
    #: "the last two": a counted subset taken from the end of the group.
    from_end: bool = False


@dataclass
class Op:
    """An operation on the scene, in prompt order."""

    kind: str  # mention, relation, retract, replace, recolor, recount, resize, text, scene, move
    sentence: int
    mention: Mention | None = None
    other: Mention | None = None
    other2: Mention | None = None
    predicate: str = ""
    colors: list[tuple[str, str]] = field(default_factory=list)
    number: float = 0.0
    value: str = ""
    extra: str = ""


@dataclass
class ParsedSentence:
    index: int
    text: str
    lexemes: list[Lexeme]
    ops: list[Op]
    verbs: list[str]
    warnings: list[str]
    #: Decisions worth a trace line (corrections inside a noun phrase).
    notes: list[str] = field(default_factory=list)


@dataclass
class _NP:
    count: int | None = None
    count_word: str = ""
    pair: bool = False
    colors: list[tuple[str, str]] = field(default_factory=list)
    size: float = 1.0
    size_words: list[str] = field(default_factory=list)
    material: str | None = None
    definite: bool = False
    negated: bool = False
    replaces: bool = False
    words: list[str] = field(default_factory=list)
    arrangement: str | None = None
    columns: int | None = None

    def empty(self) -> bool:
        return (
            self.count is None
            and not self.colors
            and not self.definite
            and not self.negated
            and not self.size_words
            and self.material is None
            and self.arrangement is None
        )


def lexemes_of(tokens: tuple[Token, ...], lex: Lexicon, notes: list[str] | None = None) -> list[Lexeme]:
    """Longest-match the lexicon over runs of words; punctuation and quotes pass through.

    An unknown word one edit from a known noun reads as that noun (noted in ``notes``).
    """
    out: list[Lexeme] = []
    i = 0
    n = len(tokens)
    while i < n:
        token = tokens[i]
        if token.kind == "punct":
            out.append(Lexeme(token.text, (), kind="punct"))
            i += 1
            continue
        if token.kind == "quote":
            out.append(Lexeme("", (), kind="quote", quote=token.quote))
            i += 1
            continue
        end = i
        while end < n and end - i < lex.max_len and tokens[end].kind == "word":
            end += 1
        for length in range(end - i, 0, -1):
            key = tuple(t.text for t in tokens[i : i + length])
            tags = lex.phrases.get(key)
            if tags:
                after = i + length
                if after < n and tokens[after].kind == "word" and (tokens[after].text,) not in lex.phrases:
                    fixed = correct(tokens[after].text, lex)  # "teddy baer": the phrase "teddy bear"
                    longer = lex.phrases.get((*key, fixed)) if fixed is not None else None
                    if longer and fixed is not None:
                        if notes is not None:
                            notes.append(f"typo: '{tokens[after].text}' read as '{fixed}'")
                        key, tags, length = (*key, fixed), longer, length + 1
                out.append(Lexeme(" ".join(key), tags))
                i += length
                break
        else:
            word = token.text
            nxt = tokens[i + 1] if i + 1 < n and tokens[i + 1].kind == "word" else None
            fixed_next = correct(nxt.text, lex) if nxt is not None else None
            pair = lex.phrases.get((word, fixed_next)) if fixed_next is not None else None
            if pair and nxt is not None and fixed_next is not None:  # "hot dgo": the phrase "hot dog"
                if notes is not None:
                    notes.append(f"typo: '{nxt.text}' read as '{fixed_next}'")
                out.append(Lexeme(f"{word} {fixed_next}", pair))
                i += 2
                continue
            fixed = correct(word, lex)
            if fixed is not None:
                if notes is not None:
                    notes.append(f"typo: '{word}' read as '{fixed}'")
                out.append(Lexeme(fixed, lex.phrases[(fixed,)]))
                i += 1
                continue
            kind = "stop" if word in lex.stopwords else "word"
            out.append(Lexeme(word, (), kind=kind))
            i += 1
    return out


class _SentenceParser:
    def __init__(
        self, segment: Segment, lexemes: list[Lexeme], quotes: tuple[str, ...], lex: Lexicon, start_index: int
    ) -> None:
        self.seg = segment
        self.lx = lexemes
        self.quotes = quotes
        self.lex = lex
        self.next_index = start_index
        self.ops: list[Op] = []
        self.verbs: list[str] = []
        self.warnings: list[str] = []
        self.notes: list[str] = []
        self.np: _NP | None = None
        self.last: Mention | None = None
        self.target: Mention | None = None
        self.rel: Op | None = None
        self.rel_waiting = 0  # 1: object, 2: second object ("between"), -1: inverted subject
        self.corr = False
        self.verb: str | None = None
        self.copula = False
        self.textverb: str | None = None
        self.subset: int | None = None
        self.replace_target: Mention | None = None
        self.since_noun = 99
        self.verb_word = ""
        self.ordinal: int | None = None
        self.mentions: list[Mention] = []
        self.objects: set[int] = set()
        self.swap_what = "position"
        self.swapped = False
        #: "scratch that, just the dog": the next definite thing is all that stays.
        self.only = False
        #: A correction word was seen in this sentence ("no, not orange, blue").
        self.corrected = False
        #: Noun phrases waiting for the noun of the next one ("a red, a green and a blue balloon").
        self.elided: list[_NP] = []
        #: Position of a noun a reference word already read ("the other horse").
        self.skip_noun = -1
        self.skip_number = -1
        #: "the one on the left": the position picked a member and says nothing more.
        self.skip_pos = False
        self.lx_index = -1
        #: Position of the latest quantifier that named members of a group ("one orange": a colour).
        self.quantified = -9

    # -- helpers -------------------------------------------------------------------------------
    def _op(self, kind: str, **kw: object) -> Op:
        op = Op(kind, self.seg.index, **kw)  # type: ignore[arg-type]
        self.ops.append(op)
        return op

    def _noun_ahead(self, i: int, direct: bool = False) -> bool:
        """Whether a noun follows position i (past modifiers and up to two unknown adjectives)."""
        unknown = 0
        j = i + 1
        while j < len(self.lx):
            lx = self.lx[j]
            if lx.has("noun"):
                return True
            if direct:
                return False
            if lx.kind == "word" and unknown < 2 and j + 1 < len(self.lx):
                unknown += 1
            elif not (lx.tags and all(t.kind in _MODIFIER_KINDS or t.kind == "filler" for t in lx.tags)) or (
                lx.has("filler") and lx.text in ("and", "with", "of")
            ):
                return False
            j += 1
        return False

    def _prev(self, i: int) -> Lexeme | None:
        return self.lx[i - 1] if i > 0 else None

    def _next(self, i: int) -> Lexeme | None:
        return self.lx[i + 1] if i + 1 < len(self.lx) else None

    def _focus(self) -> Mention | None:
        return self.target or self.last

    # -- main loop -----------------------------------------------------------------------------
    def run(self) -> None:
        for i, lx in enumerate(self.lx):
            self.lx_index = i
            self.since_noun += 1
            if lx.kind == "punct":
                self._punct(i)
            elif lx.kind == "quote":
                self._quote(lx)
            elif lx.kind in ("word", "stop"):
                self._unknown(i, lx)
            else:
                self._phrase(i, lx)
        if self.np is not None and not self.np.empty() and self.np.colors and self.np.count is None:
            self._apply_colors(self.np.colors, replace=False)
        if self.rel is not None and self.rel_waiting == 2 and self.rel.other is not None:
            self.warnings.append(f"'between' needs two things; sentence {self.seg.index} names one")
        if self.verb_word in _SWAP_WORDS and not self.swapped:
            # "swap the colours", "swap them": the two latest things
            self._op("swap", mention=self.replace_target, value=self.swap_what)

    def _elide(self, i: int) -> bool:
        """ "a red, a green and a blue balloon": a counted, coloured phrase whose noun comes later waits
        for it when another counted phrase follows."""
        np, nxt = self.np, self._next(i)
        if np is None or np.count is None or not np.colors or np.negated or np.definite:
            return False
        if nxt is None or not nxt.has("num") or not self._noun_later(i + 1):
            return False
        self.elided.append(np)
        self.np = None
        return True

    def _noun_later(self, j: int) -> bool:
        """Whether only counts, colours, sizes, commas and "and"/"or" stand between j and a noun."""
        for lx in self.lx[j:]:
            if lx.has("noun"):
                return True
            if not (lx.has("num") or lx.has("color") or lx.has("size") or lx.text in (",", "and", "or")):
                return False
        return False

    def _punct(self, i: int) -> None:
        if self._elide(i):
            return
        nxt = self._next(i)
        if self.verb == "remove" and nxt is not None and nxt.text in ("a", "an") and self.mentions:
            self.verb = None  # "never mind the boat, a plane": the plane is new
        keeps = nxt is not None and (nxt.has("corr") or (nxt.text == "no"))
        if self.np is not None and not keeps:
            if self.np.colors and self.np.count is None and not self.np.definite:
                self._apply_colors(self.np.colors, replace=self.corr)
                self.corr = False
            self.np = None
        self.copula = False

    def _quote(self, lx: Lexeme) -> None:
        content = self.quotes[lx.quote] if 0 <= lx.quote < len(self.quotes) else ""
        if not content:
            return
        verb = self.textverb
        self.textverb = None
        focus = self._focus()
        if self.verb == "modify" and (
            verb in _STANDALONE_TEXT or (focus is not None and focus.noun == "text")
        ):
            # "change the headline to 'Summer Sale'": new words for an existing text
            self._op("retext", value=content, extra=self.lex.text_roles.get(verb or "", ""))
            return
        standalone = verb in _STANDALONE_TEXT if verb is not None else self.since_noun > 3
        host = None if standalone else self._focus()
        role = self.lex.text_roles.get(verb or "", "")
        if host is not None:
            role = role or self.lex.text_roles.get(host.noun or "", "label")
            self._op("text", mention=host, value=content, extra=role)
            return
        mention = self._new_mention("text", "text", _NP())
        mention.text = content
        mention.text_role = role or "headline"
        self._complete(mention)

    def _colour_of(self, i: int, lx: Lexeme) -> bool:
        """ "its colour is blue": the colour of the thing before (a pronoun, then the colour)."""
        prev = self._prev(i)
        if lx.text not in _COLOR_NOUNS or prev is None or prev.text not in ("its", "their"):
            return False
        if self._focus() is not None or self.verb_word in _SWAP_WORDS:
            return False
        plural = prev.text == "their"
        self.np = None
        self._pronoun(Lexeme("them" if plural else "it", (Tag("prons" if plural else "pron"),)), plural)
        return True

    def _unknown(self, i: int, lx: Lexeme) -> None:
        if self._colour_of(i, lx):
            return
        if lx.text == "ones" and self.np is not None and (self.np.colors or self.np.size_words):
            self._another_one(self.np)  # "two red ones"
            return
        if lx.text in _COLOR_NOUNS and self.verb_word in _SWAP_WORDS:
            self.swap_what = "color"  # "swap the colours (of A and B)"
            self.np = None
            return
        if lx.kind == "stop":
            return
        if _HEX.match(lx.text):  # "a #ff8800 car": the exact value, named by its nearest basic colour
            self._color(i, Tag("color", nearest_basic(lx.text, self.lex), extra=lx.text))
            return
        grid = _GRID.match(lx.text)
        if grid is not None:  # "a 3x3 grid of apples"
            rows, cols = int(grid.group(1)), int(grid.group(2))
            last = self.last
            if not self._noun_ahead(i) and last is not None and last.noun is not None:
                # "apples arranged in a 2x2 grid": the grid is the apples'
                last.count, last.arrangement, last.columns = rows * cols, "grid", cols
                self.notes.append(f"'{lx.text}' grid: {rows * cols} {last.label}")
                self.np = None
                return
            np = self._np()
            np.count, np.count_word, np.arrangement, np.columns = rows * cols, lx.text, "grid", cols
            return
        nxt = self._next(i)
        prev = self._prev(i)
        boundary = (
            nxt is None
            or nxt.kind in ("punct", "quote")
            or (nxt.tags and not nxt.has("noun") and not nxt.has("color") and not nxt.has("scene"))
        )
        opened = self.np is not None and not self.np.empty()
        after_link = prev is not None and (prev.has("rel") or prev.text in ("and", "with", "of"))
        looks_noun = not lx.text.isdigit() and not lx.text.endswith(_NOUNLIKE_SUFFIXES) and len(lx.text) > 2
        if boundary and looks_noun and (opened or after_link):
            self.warnings.append(f"unknown object '{lx.text}': not in the lexicon, left out")
            if self.np is not None:
                self.np = None
            if self.rel is not None and self.rel_waiting:
                self.rel = None
                self.rel_waiting = 0
        elif self.np is not None and nxt is not None:
            self.np.words.append(lx.text)

    def _phrase(self, i: int, lx: Lexeme) -> None:
        kinds = {t.kind for t in lx.tags}
        if self._colour_of(i, lx):
            return
        prev = self._prev(i)
        if lx.text == "one" and prev is not None and prev.has("rest"):
            return  # "the other one": the rest word already stands for it
        negated_colour = (  # "no, not orange, blue": the colour, not the fruit
            self.np is not None
            and self.np.negated
            and self.corrected
            and not self._noun_ahead(i)
            and self._focus() is None
        )
        if (
            "color" in kinds
            and "noun" in kinds
            and (self._predicative(i) or self._color_pair_ahead(i) or negated_colour)
        ):
            self._color(i, lx.tag("color"))
        elif "scene" in kinds and "noun" not in kinds and self._noun_ahead(i, direct=True):
            self._np().words.append(lx.text)  # "a lake house", "a city bus": a kind of thing, not the scene
        elif "scene" in kinds and ("noun" not in kinds or self._scene_context(i)):
            self._scene(lx)
        elif "quote" in kinds:
            return
        elif self.skip_noun == i:
            self.skip_noun = -1
        elif self.skip_number == i:
            self.skip_number = -1
        elif "noun" in kinds and not (
            ("color" in kinds or "material" in kinds or "size" in kinds) and self._noun_ahead(i)
        ):
            if self._noun_ahead(i, direct=True) and not self._next_is_pair(i) and not self._noun_run(i):
                self._np().words.append(lx.text)  # "dog house": the last noun is the head
                return
            self._noun(lx)
        elif "pos" in kinds and self.skip_pos:
            self.skip_pos = False
        elif "pos" in kinds:
            focus = self._focus()
            if focus is not None:
                focus.position = lx.tag("pos").value
            elif self.np is not None:
                self.np.words.append(lx.tag("pos").value)
        elif "pair" in kinds:
            np = self._np()
            np.count, np.pair, np.count_word = 2, True, lx.text
        elif "corr" in kinds:
            self.corr = self.corrected = True
        elif "neg" in kinds:
            self._negation(i, lx)
        elif "num" in kinds and not ("pron" in kinds and not self._noun_ahead(i) and self.np is not None):
            self._number(i, lx)
        elif "def" in kinds:
            np = self._np()
            np.definite = True
        elif "color" in kinds:
            self._color(i, lx.tag("color"))
        elif "size" in kinds:
            tag = lx.tag("size")
            if self.np is not None or self._noun_ahead(i):
                np = self._np()
                np.size *= tag.number
                np.size_words.append(tag.value)
            elif (focus := self._focus()) is not None:
                self._op("resize", mention=focus, number=tag.number, value=tag.value)
        elif "material" in kinds:
            if self.np is not None or self._noun_ahead(i):
                self._np().material = lx.tag("material").value
            elif (focus := self._focus()) is not None and self.copula:
                focus.material = lx.tag("material").value
        elif "ordinal" in kinds and self._ordinal_count(i, lx):
            pass
        elif "ordinal" in kinds and self._ordinal_reference(i):
            self.ordinal = int(lx.tag("ordinal").number)
            self._np().definite = True
            nxt = self._next(i)
            if nxt is not None and (nxt.has("copula") or nxt.has("color")):  # "the first is black"
                self._pronoun(Lexeme("one", (Tag("pron", "one"),)), plural=False)
        elif "arrange" in kinds:
            how = lx.tag("arrange").value
            nxt = self._next(i)
            counted = nxt is not None and nxt.has("num") and self._noun_ahead(i + 1)  # "a column of three"
            if self.np is not None or self._noun_ahead(i) or counted:
                self._np().arrangement = how
            elif (focus := self._focus()) is not None:
                focus.arrangement = how  # "six chairs in a circle"
        elif "rel" in kinds:
            self._relation(i, lx.tag("rel").value)
            if lx.tag("rel").extra == "it" and self.rel is not None:
                self._pronoun(Lexeme("it", (Tag("pron", "it"),)), plural=False)
        elif kinds & {"remove", "add", "modify", "replace", "move"}:
            self._verb(kinds)
            self.verb_word = lx.text
        elif "copula" in kinds:
            if self.subset is not None:  # "one of which is green"
                self._subset_mention(self.subset, "which")
            self.copula = True
        elif "textverb" in kinds:
            self.textverb = lx.text
        elif "pron" in kinds or "prons" in kinds:
            self._pronoun(lx, plural="prons" in kinds)
        elif "rest" in kinds:
            self._subset_mention(-1, lx.text)
            nxt = self._next(i)
            if nxt is not None and nxt.has("noun") and self.target is not None:
                self.target.noun = nxt.tag("noun").value  # "the other horse"
                self.skip_noun = i + 1
        elif "filler" in kinds:
            self._filler(i, lx)

    def _ordinal_count(self, i: int, lx: Lexeme) -> bool:
        """ "the first two are red", "the last three cups": a counted subset from one end."""
        prev, nxt = self._prev(i), self._next(i)
        if lx.text not in ("first", "last") or prev is None or not prev.has("def"):
            return False
        if nxt is None or not nxt.has("num") or nxt.text in ("a", "an", "one"):
            return False
        after = self._next(i + 1)
        if after is None or not (after.has("copula") or after.has("color") or after.has("noun")):
            return False
        self.np = None
        self._subset_mention(int(nxt.tag("num").number), f"the {lx.text} {nxt.text}")
        if self.target is not None:
            self.target.from_end = lx.text == "last"
            if after.has("noun"):
                self.target.noun = after.tag("noun").value
                self.skip_noun = i + 2
        self.skip_number = i + 1
        return True

    def _ordinal_reference(self, i: int) -> bool:
        """ "the second one", "the first cat": an ordinal after "the", before "one" or a noun."""
        prev, nxt = self._prev(i), self._next(i)
        return (
            prev is not None
            and prev.has("def")
            and nxt is not None
            and (nxt.text == "one" or nxt.has("noun") or nxt.has("copula") or nxt.has("color"))
        )

    def _predicative(self, i: int) -> bool:
        """A colour word after "is", "colored" or "in" with no noun phrase open ("a bus that is orange")."""
        if self.np is not None and not self.np.empty():
            return False
        prev = self._prev(i)
        after_link = prev is not None and (prev.has("copula") or prev.text == "in")
        linked = self.copula or after_link or self.verb == "modify"  # "make the banana orange"
        linked = linked or self.quantified == i - 1  # "two cats, one grey and one orange"
        return linked and self._focus() is not None and not self._noun_ahead(i)

    def _color_pair_ahead(self, i: int) -> bool:
        """ "orange-and-pink remote", or "a backpack, orange, and …": the colour reading of a noun."""
        nxt, after = self._next(i), self._next(i + 1)
        if nxt is not None and nxt.text == "and" and after is not None and after.has("color"):
            return self._noun_ahead(i + 1)
        prev = self._prev(i)
        plural = any(t.kind == "noun" and t.plural for t in self.lx[i].tags)
        return (
            not plural
            and prev is not None
            and prev.kind == "punct"
            and self.since_noun <= 2
            and self.last is not None
            and (nxt is None or nxt.kind == "punct")
        )

    def _noun_run(self, i: int) -> bool:
        """ "dog cat bird": three or more bare nouns in a row are a list, not one compound noun."""
        j, k = i, i
        while j > 0 and self.lx[j - 1].has("noun"):
            j -= 1
        while k + 1 < len(self.lx) and self.lx[k + 1].has("noun"):
            k += 1
        return k - j >= 2

    def _next_is_pair(self, i: int) -> bool:
        nxt = self._next(i)
        return nxt is not None and nxt.has("noun") and nxt.has("color")

    def _scene_context(self, i: int) -> bool:
        j = i - 1
        while j >= 0 and (self.lx[j].has("def") or self.lx[j].text in ("a", "an")):
            j -= 1
        return j >= 0 and self.lx[j].text in _SCENE_PREPS

    def _np(self) -> _NP:
        if self.np is None:
            self.np = _NP()
        return self.np

    def _scene(self, lx: Lexeme) -> None:
        tag = lx.tag("scene")
        self._op("scene", value=tag.value, extra=tag.extra)
        if self.rel is not None and self.rel_waiting == 1 and self.rel.other is None:
            self.rel = None
            self.rel_waiting = 0
        self.np = None

    def _negation(self, i: int, lx: Lexeme) -> None:
        nxt = self._next(i)
        prev = self._prev(i)
        if lx.text == "no" and (
            nxt is None
            or nxt.kind == "punct"
            or (nxt.text in ("a", "an") and not self.mentions)  # "a cat... no a dog"
            or (prev is not None and prev.kind == "punct" and (nxt.has("num") or nxt.has("color")))
        ):
            self.corr = self.corrected = True
            return
        if lx.text == "zero":
            self._np().negated = True
            return
        self._np().negated = True

    def _number(self, i: int, lx: Lexeme) -> None:
        tag = lx.tag("num")
        n = int(tag.number)
        nxt = self._next(i)
        if self.subset is not None and lx.text == "one" and not self._noun_ahead(i):
            if nxt is None or nxt.text != "of":  # "each one blue"; "every one of them" waits for "them"
                self._subset_mention(self.subset, lx.text)
            return
        if self._quantifies(i, lx) or self._recounts(i, lx, n):
            return
        if (
            self.verb == "remove"
            and lx.text not in ("a", "an")
            and not self._noun_ahead(i)
            and (nxt is None or nxt.text != "of")
        ):
            self._subset_mention(n, lx.text)  # "remove one"
            if self.target is not None:
                self._op("retract", mention=self.target)
            return
        for word, how in _COUNT_ARRANGEMENTS:
            if word in tag.extra.split():
                self._np().arrangement = how  # "a row of", "a stack of"
        if nxt is not None and nxt.text == "of" and self._subset_follows(i + 1):
            self.subset = n
            return
        if nxt is not None and nxt.has("copula") and self.np is None:
            self._subset_mention(n, tag.extra)  # "two are red, one is blue"
            return
        if self._noun_ahead(i):
            np0 = self.np
            if (
                np0 is not None
                and np0.count is not None
                and not self.corr
                and not np0.negated
                and np0.count_word in ("a", "an")
                and n > 1
            ):
                np0.count, np0.count_word = n, tag.extra
                return
            np = self._np()
            if self.corr and np.count is None:
                np.replaces = True
            if self.corr:
                self.notes.append(f"correction: count → {n}")
            np.count, np.count_word = n, tag.extra
            self.corr = False
            return
        if self.corr:
            if self.np is not None and self.np.count is not None:
                self.notes.append(f"correction: count {self.np.count} → {n}")
                self.np.count = n
            else:
                self._op("recount", mention=self.last or self._earlier(), number=n)
            self.corr = False
            return
        np = self._np()
        np.count, np.count_word = n, tag.extra

    def _recounts(self, i: int, lx: Lexeme, n: int) -> bool:
        """ "make it ten" (a new count for the focus), "apples (3), pears (2)" (a count after the noun)."""
        if lx.text in ("a", "an", "one") or self._noun_ahead(i):
            return False
        nxt = self._next(i)
        focus = self._focus()
        if self.verb == "modify" and focus is not None and (focus.pronoun is not None or focus.definite):
            self._op("recount", mention=focus, number=n)
            self.notes.append(f"count → {n}")
            return True
        last = self.last
        if (
            self.since_noun == 1
            and last is not None
            and last.noun is not None
            and self.np is None
            and (nxt is None or nxt.kind == "punct")
        ):
            self._op("recount", mention=last, number=n)
            self.notes.append(f"'{last.label} {lx.text}': count {n}")
            return True
        return False

    def _group(self) -> Mention | None:
        """The group a quantifier after it speaks of: the focus, when it names several things."""
        focus = self._focus()
        if focus is None or focus.negated:
            return None
        if focus.pronoun is not None:
            return focus if focus.plural or focus.subset is not None else None
        return focus if (focus.count or 0) > 1 or (focus.plural and focus.count is None) else None

    def _quantifies(self, i: int, lx: Lexeme) -> bool:
        """ "two dogs, both brown", "four apples, two green and two red", "all of them red", "each one
        blue": a number or "all" word with no noun of its own speaks of members of the group just named."""
        if lx.text in ("a", "an") or self.corr or (self.np is not None and not self.np.empty()):
            return False
        if self._noun_ahead(i) and not self._colour_noun_alone(i + 1):
            return False
        nxt = self._next(i)
        group = self._group()
        fresh = (  # "six eggs. all are brown"
            group is None
            and self.last is None
            and not self.mentions
            and nxt is not None
            and nxt.has("copula")
        )
        if (group is None and not fresh) or nxt is None:
            return False
        every = lx.text in _ALL_WORDS
        if not every and not lx.has("num"):
            return False
        if nxt.has("color") or nxt.has("copula") or (every and nxt.text in ("one", "of")):
            self.np = None
            if group is None:
                group = Mention(self.next_index, self.seg.index, None, "them", pronoun="them", plural=True)
                self.next_index += 1
                self._op("mention", mention=group)
                self.target = group
            if every and group.pronoun is not None and group.subset is None:
                return True  # "make them all blue": "them" already is every one
            n = -1 if every else int(lx.tag("num").number)
            if every and nxt.text in ("one", "of"):
                self.subset = n  # "each one …", "every one of them …"
            else:
                self._subset_mention(n, lx.text)
                self.quantified = i
            self.notes.append(f"'{lx.text}': {'every' if n < 0 else n} of the {group.label}")
            return True
        return False

    def _colour_noun_alone(self, j: int) -> bool:
        """ "one grey and one orange": a colour that is also a noun, with nothing after it, is a colour."""
        if j >= len(self.lx):
            return False
        lx, after = self.lx[j], self._next(j)
        alone = after is None or after.kind == "punct" or after.text in ("and", "or")
        return lx.has("color") and lx.has("noun") and alone and self._group() is not None

    def _earlier(self, noun: str | None = None, fallback: bool = False) -> Mention:
        """A mention standing for the latest earlier thing (a correction at the start of a sentence)."""
        if noun is None:
            mention = Mention(self.next_index, self.seg.index, None, "it", pronoun="it")
        else:
            words = LOOKUP_ANY if fallback else LOOKUP
            mention = Mention(self.next_index, self.seg.index, noun, noun, words=words)
        self.next_index += 1
        self._op("mention", mention=mention)
        return mention

    def _corrected(self, noun: str | None) -> Mention | None:
        """What a corrected noun phrase replaces: the latest mention of the same noun in this sentence,
        else the latest one that is not a relation's object, else (at a sentence start) the latest
        earlier thing of the same noun."""
        same = [m for m in self.mentions if m.noun == noun]
        if same:
            return same[-1]
        subjects = [m for m in self.mentions if m.index not in self.objects and not m.negated]
        if subjects:
            return subjects[-1]
        if self.last is not None:
            return self.last
        return self._earlier(noun, fallback=True) if noun is not None else None

    def _subset_follows(self, j: int) -> bool:
        nxt = self._next(j)
        if nxt is None:
            return False
        return nxt.has("prons") or nxt.has("def") or nxt.has("pron") or nxt.text.startswith("which")

    def _color(self, i: int, tag: Tag) -> None:
        color = (tag.value, tag.extra)
        if self.np is not None and self.np.negated and not self._noun_ahead(i):
            self.notes.append(f"'not {tag.value}': colour left unstated")
            self.np = None
            return
        if (self.np is not None and not self.np.empty()) or self._noun_ahead(i):
            np = self._np()
            if self.corr:
                self.notes.append(f"correction: colour → {color[0]}")
                np.colors = [color]
                self.corr = False
            elif color not in np.colors:
                np.colors.append(color)
            return
        self._apply_colors([color], replace=self.corr)
        self.corr = False

    def _apply_colors(self, colors: list[tuple[str, str]], replace: bool) -> None:
        focus = self._focus()
        if focus is None and (replace or self.corrected):
            focus = self._earlier()  # "a yellow bus. No, red."
            replace = True
        if focus is None:
            return
        replace = replace or self.verb == "modify"  # "make it blue": the new colour, not a second one
        if self.rel is not None and self.rel_waiting == 1 and self.rel.other is None:
            self.rel = None  # "a car in red": not a relation
            self.rel_waiting = 0
        self._op("recolor", mention=focus, colors=list(colors), value="replace" if replace else "add")

    def _relation(self, i: int, predicate: str) -> None:
        if predicate == "at":
            return
        if predicate == "contains":  # "a bowl full of apples"
            if self.last is not None and self.rel is None:
                how = self.lex.containers.get(self.last.noun or "", "inside")
                self.rel = Op("relation", self.seg.index, other=self.last, predicate=how)
                self.rel_waiting = -1
            return
        nxt = self._next(i)
        if predicate == "inside" and nxt is not None and nxt.has("color") and not self._noun_ahead(i + 1):
            return  # "a car in red"
        subject = self._focus()
        if self.np is not None and self.np.empty():
            self.np = None
        moved = False
        if subject is None and self.corr and not self.mentions:
            subject, moved = self._earlier(), True  # "a cup on the table. no, under the table"
            self.corr = False
        if self.verb == "move" and self.target is not None:
            subject = self.target
        self.rel = Op("relation", self.seg.index, mention=subject, predicate=predicate)
        if moved:
            self.rel.value = "move"
            self.notes.append(f"correction: the place is now '{predicate}'")
        self.rel_waiting = 1  # with no subject yet ("under a tree, a dog") the subject follows the object
        self.copula = False

    def _verb(self, kinds: set[str]) -> None:
        for kind in ("remove", "replace", "modify", "add", "move"):
            if kind in kinds:
                self.verb = kind
                self.verbs.append(kind)
                break
        self.target = None
        self.corr = False

    def _pronoun(self, lx: Lexeme, plural: bool) -> None:
        if self.subset is not None:
            self._subset_mention(self.subset, lx.text)
            if self.verb == "remove" and self.target is not None:
                self._op("retract", mention=self.target)  # "delete two of them"
            return
        if lx.text == "one" and self.ordinal is not None:
            mention = Mention(
                self.next_index, self.seg.index, None, "one", pronoun="one", member=self.ordinal
            )
            self.next_index += 1
            self.ordinal, self.np = None, None
            self._reference(mention)
            return
        if (
            lx.text == "one"
            and self.np is not None
            and (self.np.colors or self.np.size_words)
            and self.np.definite
        ):
            # "the red one", "the big one": the earlier thing of that colour or size
            mention = Mention(
                self.next_index,
                self.seg.index,
                None,
                "one",
                pronoun="one",
                colors=self.np.colors,
                size_words=list(self.np.size_words),
            )
            self.next_index += 1
            self.np = None
            self._reference(mention)
            return
        if lx.text == "one" and self.np is not None and (self.np.colors or self.np.size_words):
            self._another_one(self.np)
            return
        nxt = self._next(self.lx_index) if self.lx_index >= 0 else None
        if (
            lx.text == "one"
            and self.np is not None
            and self.np.definite
            and nxt is not None
            and nxt.has("pos")
        ):
            # "the one on the left": the first member (the last for right or bottom)
            side = nxt.tag("pos").value
            if side in ("left", "right", "top", "bottom"):
                member = 0 if side in ("left", "top") else -1
                mention = Mention(self.next_index, self.seg.index, None, "one", pronoun="one", member=member)
                mention.arrangement = "row" if side in ("left", "right") else "column"
                self.next_index += 1
                self.np, self.skip_pos = None, True
                self._reference(mention)
                return
        if lx.text == "one" and self.np is not None:
            return
        mention = Mention(self.next_index, self.seg.index, None, lx.text, pronoun=lx.text, plural=plural)
        self.next_index += 1
        self._reference(mention)

    def _another_one(self, np: _NP) -> None:
        """ "make it a blue one": the focus in that colour; "a red ball and a blue one": one more of the
        noun just named, in that colour or size."""
        self.np = None
        focus = self._focus()
        if self.verb == "modify" and focus is not None:
            if np.colors:
                self._op("recolor", mention=focus, colors=list(np.colors), value="replace")
            for word in np.size_words:
                self._op("resize", mention=focus, number=np.size, value=word)
            return
        group = self._group()
        if group is not None and np.colors and (np.count or 1) < (group.count or 99):
            # "three apples: two red ones and a green one": members of the group
            self._subset_mention(np.count or 1, "ones" if (np.count or 1) > 1 else "one")
            self._apply_colors(list(np.colors), replace=True)
            self.target = group if group.pronoun is None else None
            return
        last = self.last
        if last is not None and last.noun is not None and last.noun != "text":
            mention = self._new_mention(last.noun, last.label, np)
            mention.count = np.count if np.count is not None else 1
            self.notes.append(f"'one' stands for another {last.noun}")
            self._complete(mention)

    def _subset_mention(self, n: int, words: str) -> None:
        mention = Mention(self.next_index, self.seg.index, None, words, pronoun="them", subset=n)
        self.next_index += 1
        self.subset = None
        self.target = mention
        self._op("mention", mention=mention)
        self.since_noun = 0

    def _reference(self, mention: Mention) -> None:
        """A pronoun: stands where a noun phrase would."""
        self._op("mention", mention=mention)
        self.since_noun = 0
        if self.verb == "remove":
            self._op("retract", mention=mention)
            return
        if self.rel is not None and self.rel_waiting in (1, 2):
            self._bind_object(mention)
            return
        if (
            self.rel is not None
            and self.rel_waiting == -1
            and self.rel.other is None
            and mention.subset is None
        ):
            self.rel.other = mention  # "next to it, a hydrant": "it" is the object, the subject follows
            self.objects.add(mention.index)
            return
        self.target = mention

    def _filler(self, i: int, lx: Lexeme) -> None:
        if lx.text in ("and", "or") and self._elide(i):
            return
        nxt = self._next(i)
        if lx.text in ("just", "only") and self.corr and nxt is not None and nxt.has("def"):
            self.only = True
            return
        if lx.text in _ALL_WORDS and self._quantifies(i, lx):
            return
        if lx.text == "of" and self.since_noun == 1 and self.last is not None and self.rel is None:
            how = self.lex.containers.get(self.last.noun or "")
            if how is not None:  # "a bowl of apples": the apples are in the bowl
                self.rel = Op("relation", self.seg.index, other=self.last, predicate=how)
                self.rel_waiting = -1
                return
        if lx.text == "with" and self.verb == "replace":
            self.verb = "replace-with"
        prev = self._prev(i)
        if lx.text == "of" and prev is not None and prev.text == "instead":
            self.verb, self.verb_word, self.corr = "replace", "instead", False  # "instead of X, Y"
            self.replace_target = None
            return
        if lx.text in _CREATE_WORDS:
            self.verb, self.target = None, None
        if lx.text == "and" and self.verb == "replace" and self.verb_word in _SWAP_WORDS:
            self.verb = "swap"
            return
        if lx.text in ("and", "with", "plus", "as well as", "along with", "together with"):
            self.copula = False
            if self.rel is not None and self.rel_waiting == 2:
                return
            if self.verb in ("modify", "remove", "move"):
                return
            self.target = None

    def _new_mention(self, noun: str, label: str, np: _NP, plural: bool = False) -> Mention:
        mention = Mention(
            index=self.next_index,
            sentence=self.seg.index,
            noun=noun,
            label=label,
            count=np.count,
            plural=plural,
            colors=list(np.colors),
            size=np.size,
            size_words=list(np.size_words),
            material=np.material,
            definite=np.definite,
            negated=np.negated,
            words=" ".join(np.words),
            arrangement=np.arrangement,
            columns=np.columns,
            member=self.ordinal,
        )
        self.ordinal = None
        if np.pair and self.lex.nouns.get(noun) is not None and self.lex.nouns[noun].pair:
            mention.count = 1
        self.next_index += 1
        return mention

    def _noun(self, lx: Lexeme) -> None:
        tag = lx.tag("noun")
        np = self.np or _NP()
        self.np = None
        for waiting in self.elided:
            self.notes.append(f"'{' '.join(c[0] for c in waiting.colors)}' shares the noun '{tag.extra}'")
            self._complete(self._new_mention(tag.value, tag.extra, waiting, plural=tag.plural))
        self.elided = []
        mention = self._new_mention(tag.value, tag.extra, np, plural=tag.plural)
        old: Mention | None = None
        if (self.corr or np.replaces) and not mention.negated and self.verb != "remove":
            old = self._corrected(mention.noun)
        self.corr = False
        self._complete(mention, replaces=old)

    def _complete(self, mention: Mention, replaces: Mention | None = None) -> None:
        if self.verb == "add" and self.verb_word in _PUT_WORDS and (mention.definite or mention.pronoun):
            self.verb = "move"  # "put the bottle on the table": it exists, so it moves
        self._op("mention", mention=mention)
        self.since_noun = 0
        if mention.noun is not None:
            self.mentions.append(mention)
        if self.only and mention.definite:
            self._op("only", mention=mention)
            self.only = False
        if replaces is not None:
            self._op("replace", mention=replaces, other=mention)
        elif (
            self.verb == "modify"
            and self.target is not None
            and not mention.definite
            and mention.pronoun is None
            and mention.noun not in (None, "text")
            and self.rel is None
            and not any(m.negated for m in self.mentions[:-1])  # "no bear, make it a bus": a new thing
        ):
            self._op("replace", mention=self.target, other=mention, value="edit")  # "make it a mirror"
            self.verb, self.target = None, None
            self.last = mention
            return
        if self.verb == "remove" or (self.verb == "replace" and self.replace_target is None):
            if self.verb == "remove":
                self._op("retract", mention=mention)
                return
            self.replace_target = mention
            if self.verb_word == "instead":
                self.verb = "replace-with"
            return
        if self.verb == "swap":
            self._op("swap", mention=self.replace_target, other=mention, value=self.swap_what)
            self.swapped = True
            self.replace_target = None
            self.verb = None
            self.last = mention
            return
        if self.verb == "replace-with" and self.replace_target is not None:
            self._op("replace", mention=self.replace_target, other=mention, value="edit")
            self.replace_target = None
            self.verb = None
        if self.verb in ("modify", "move") and (mention.definite or mention.pronoun):
            self.target = mention
            if self.rel is None:
                self.last = mention
                return
        if self.rel is not None and self.rel_waiting in (1, 2):
            self._bind_object(mention)
        elif self.rel is not None and self.rel_waiting == -1:
            self.rel.mention = mention
            self.ops.append(self.rel)
            self.rel = None
            self.rel_waiting = 0
        self.last = mention
        self.target = None if self.verb not in ("modify", "move") else mention

    def _bind_object(self, mention: Mention) -> None:
        rel = self.rel
        assert rel is not None
        if self.rel_waiting == -1:
            return
        if rel.predicate == "between" and self.rel_waiting == 1:
            rel.other = mention
            self.objects.add(mention.index)
            if (mention.count or 0) >= 2 or mention.plural:
                self._bound(rel)
            else:
                self.rel_waiting = 2
            return
        self.objects.add(mention.index)
        if rel.predicate == "between":
            rel.other2 = mention
        else:
            rel.other = mention
        if self.verb == "move":
            rel.value = "move"
        self._bound(rel)

    def _bound(self, rel: Op) -> None:
        """A relation has its object(s): done, or (fronted: "between a lamp and a clock, a vase") it waits
        for the subject that follows."""
        if rel.mention is None:
            self.rel_waiting = -1
            self.target = None
            return
        self.ops.append(rel)
        self.rel, self.rel_waiting = None, 0


def parse(segments: list[Segment], quotes: tuple[str, ...], lex: Lexicon) -> list[ParsedSentence]:
    """Parse every sentence; mention indexes are unique across the prompt."""
    parsed: list[ParsedSentence] = []
    index = 0
    carry = False
    for seg in segments:
        typo_notes: list[str] = []
        lexemes = lexemes_of(seg.tokens, lex, typo_notes)
        parser = _SentenceParser(seg, lexemes, quotes, lex, index)
        if carry:  # "six eggs. no. five eggs": the correction of the sentence before
            parser.corr = parser.corrected = True
        parser.notes.extend(typo_notes)
        parser.run()
        index = parser.next_index
        carry = not parser.ops and any(lx.has("corr") or lx.text == "no" for lx in lexemes)
        parsed.append(
            ParsedSentence(
                seg.index, seg.text, lexemes, parser.ops, parser.verbs, parser.warnings, parser.notes
            )
        )
    return parsed


__all__ = ["LOOKUP", "LOOKUP_ANY", "Lexeme", "Mention", "Op", "ParsedSentence", "lexemes_of", "parse"]
