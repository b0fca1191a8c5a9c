"""What the parser finds in a sentence: mentions (noun phrases as written), operations on the scene
in prompt order, and the noun phrase being read. The parser (:mod:`limner.reason.parse`) makes them;
the resolver (:mod:`limner.reason.resolve`) turns them into entities.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from limner.reason.frames import Frame
from limner.reason.lexemes import Lexeme

#: ``Mention.words`` of a mention that only looks up an earlier thing (never creates one).
LOOKUP = "\u27e8lookup\u27e9"
#: Like :data:`LOOKUP`, but with no earlier thing of that noun it stands for the latest subject
#: ("a dog by a tree. actually, a fox by the tree": the fox replaces the dog).
LOOKUP_ANY = "\u27e8lookup-any\u27e9"
#: ``Mention.words`` of a mention whose count edits the earlier thing of its noun when there is one
#: ("now only two apples"), and is a new thing otherwise.
RECOUNT = "\u27e8recount\u27e9"


#: Things a plural names when it gives no number ("balloons", "kids").
BARE_PLURAL = 3


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
    #: "a dog running", "a flying bird": how the thing is (``attributes.pose``).
    pose: str | None = None
    #: "a dog wagging its tail": what the thing does with a part of its own (``attributes.action``).
    action: str | None = None
    #: A count edit of the earlier thing this names: ("set", 2), ("add", -1), ("multiply", 2).
    count_edit: tuple[str, float] | None = None
    #: "make them all brown": every thing the sentence named, groups and single things alike.
    every: bool = False


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
    #: A relation's verb frame ("sitting on": pose sitting; "ridden by": the object comes first).
    frame: Frame | None = None


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
class NounPhrase:
    """A noun phrase while it is being read: what has been said before its noun."""

    count: int | None = None
    count_word: str = ""
    pair: bool = False
    #: "two pairs of pliers": each counted thing is one pair
    pairs: bool = False
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


__all__ = ["LOOKUP", "LOOKUP_ANY", "RECOUNT", "Mention", "NounPhrase", "Op", "ParsedSentence"]
