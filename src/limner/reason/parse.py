"""Stage 3 — parse: tokens → lexemes (longest lexicon match) → mentions and operations.

The parser reads one sentence left to right with a small state machine. It never decides what a
definite noun phrase or a pronoun refers to (that is :mod:`limner.reason.resolve`); it only records
what the sentence says: noun phrases with count, colours and size, relations between them,
corrections ("five, no, six"), negations ("no cats"), retractions ("remove the cat"), edits
("make the car blue"), quoted text and scene words.
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
                out.append(Lexeme(" ".join(key), tags))
                i += length
                break
        else:
            word = token.text
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
        if self.verb_word in _SWAP_WORDS and not self.swapped and self.swap_what == "color":
            self._op("swap", mention=self.replace_target, value="color")  # "swap the colours"

    def _punct(self, i: int) -> None:
        nxt = self._next(i)
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

    def _unknown(self, i: int, lx: Lexeme) -> None:
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
        if "color" in kinds and "noun" in kinds and (self._predicative(i) or self._color_pair_ahead(i)):
            self._color(i, lx.tag("color"))
        elif "scene" in kinds and ("noun" not in kinds or self._scene_context(i)):
            self._scene(lx)
        elif "quote" in kinds:
            return
        elif "noun" in kinds and not (
            ("color" in kinds or "material" in kinds or "size" in kinds) and self._noun_ahead(i)
        ):
            if self._noun_ahead(i, direct=True) and not self._next_is_pair(i):
                self._np().words.append(lx.text)  # "dog house": the last noun is the head
                return
            self._noun(lx)
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
            self.corr = True
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
        elif "ordinal" in kinds and self._ordinal_reference(i):
            self.ordinal = int(lx.tag("ordinal").number)
            self._np().definite = True
        elif "arrange" in kinds:
            how = lx.tag("arrange").value
            if self.np is not None or self._noun_ahead(i):
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
        elif "filler" in kinds:
            self._filler(i, lx)

    def _ordinal_reference(self, i: int) -> bool:
        """ "the second one", "the first cat": an ordinal after "the", before "one" or a noun."""
        prev, nxt = self._prev(i), self._next(i)
        return (
            prev is not None
            and prev.has("def")
            and nxt is not None
            and (nxt.text == "one" or nxt.has("noun"))
        )

    def _predicative(self, i: int) -> bool:
        """A colour word after "is", "colored" or "in" with no noun phrase open ("a bus that is orange")."""
        if self.np is not None and not self.np.empty():
            return False
        prev = self._prev(i)
        after_link = prev is not None and (prev.has("copula") or prev.text == "in")
        linked = self.copula or after_link or self.verb == "modify"  # "make the banana orange"
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
            or (prev is not None and prev.kind == "punct" and (nxt.has("num") or nxt.has("color")))
        ):
            self.corr = True
            return
        if lx.text == "zero":
            self._np().negated = True
            return
        self._np().negated = True

    def _number(self, i: int, lx: Lexeme) -> None:
        tag = lx.tag("num")
        n = int(tag.number)
        nxt = self._next(i)
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

    def _earlier(self, noun: str | None = None) -> Mention:
        """A mention standing for the latest earlier thing (a correction at the start of a sentence)."""
        if noun is None:
            mention = Mention(self.next_index, self.seg.index, None, "it", pronoun="it")
        else:
            mention = Mention(self.next_index, self.seg.index, noun, noun, words=LOOKUP)
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
        return self._earlier(noun) if noun is not None else None

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
        if focus is None and replace:
            focus = self._earlier()  # "a yellow bus. No, red."
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
        if self.verb == "move" and self.target is not None:
            subject = self.target
        self.rel = Op("relation", self.seg.index, mention=subject, predicate=predicate)
        self.rel_waiting = 1 if subject is not None else -1
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
            return
        if lx.text == "one" and self.ordinal is not None:
            mention = Mention(
                self.next_index, self.seg.index, None, "one", pronoun="one", member=self.ordinal
            )
            self.next_index += 1
            self.ordinal, self.np = None, None
            self._reference(mention)
            return
        if lx.text == "one" and self.np is not None and self.np.colors and self.np.definite:
            # "the red one": the earlier thing of that colour
            mention = Mention(
                self.next_index, self.seg.index, None, "one", pronoun="one", colors=self.np.colors
            )
            self.next_index += 1
            self.np = None
            self._reference(mention)
            return
        if lx.text == "one" and self.np is not None:
            return
        mention = Mention(self.next_index, self.seg.index, None, lx.text, pronoun=lx.text, plural=plural)
        self.next_index += 1
        self._reference(mention)

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
        self.target = mention

    def _filler(self, i: int, lx: Lexeme) -> None:
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
            if (mention.count or 0) >= 2 or mention.plural:
                self.ops.append(rel)
                self.rel, self.rel_waiting = None, 0
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
        self.ops.append(rel)
        self.rel, self.rel_waiting = None, 0


def parse(segments: list[Segment], quotes: tuple[str, ...], lex: Lexicon) -> list[ParsedSentence]:
    """Parse every sentence; mention indexes are unique across the prompt."""
    parsed: list[ParsedSentence] = []
    index = 0
    for seg in segments:
        typo_notes: list[str] = []
        lexemes = lexemes_of(seg.tokens, lex, typo_notes)
        parser = _SentenceParser(seg, lexemes, quotes, lex, index)
        parser.notes.extend(typo_notes)
        parser.run()
        index = parser.next_index
        parsed.append(
            ParsedSentence(
                seg.index, seg.text, lexemes, parser.ops, parser.verbs, parser.warnings, parser.notes
            )
        )
    return parsed


__all__ = ["LOOKUP", "Lexeme", "Mention", "Op", "ParsedSentence", "lexemes_of", "parse"]
