"""Word classes the parser treats alike: small closed sets of English function words and patterns.

The open-ended knowledge (nouns, colours, relations, verb frames, scene words, count edits) lives in the
``lexicon/`` tables; these are the few closed classes the parser's rules name directly.
"""

from __future__ import annotations

import re

#: Host-less text verbs: "the word 'hi'" is its own text element.
STANDALONE_TEXT = frozenset(
    {"the text", "the word", "the words", "text", "word", "words", "headline", "caption", "title"}
)
SCENE_PREPS = frozenset(
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
        "down",
        "over",
        "through",
        "within",
        "from",
    }
)
#: "on top of a mountain": up on a landform (one of ``LANDFORMS``) is in that place, not beside a thing.
ATOP = frozenset({"on top of", "atop", "at the top of", "up"})
LANDFORMS = frozenset({"mountains", "hills", "volcano"})
#: Sounds of hesitation: set off by commas before the thing just named, said again, a correction.
HESITATIONS = frozenset({"err", "erm", "uh", "um", "uhh", "umm", "hmm"})
#: Words that open a confirmation ("…no a dog… yeah a dog"): what the sentence names is already there.
AFFIRMATIONS = frozenset({"yeah", "yes", "yep", "yup", "exactly", "right", "correct"})
MODIFIER_KINDS = frozenset({"color", "size", "material", "arrange"})
HEX = re.compile(r"^#[0-9a-f]{6}$")
GRID = re.compile(r"^(\d{1,2})x(\d{1,2})$")
#: Count phrases that also say how the things are arranged.
COUNT_ARRANGEMENTS = (
    ("row", "row"),
    ("line", "row"),
    ("stack", "stack"),
    ("pile", "stack"),
    ("column", "column"),
)
#: Replace verbs that mean "exchange" when their two objects are joined by "and".
SWAP_WORDS = frozenset({"swap", "switch", "exchange", "trade", "swap around"})
#: Verbs that add a new thing ("put a cat on …") or move a named one ("put the cat on …").
PUT_WORDS = frozenset({"put", "place"})
#: Fillers that start drawing something new: an earlier "remove"/"make" no longer applies.
CREATE_WORDS = frozenset({"draw", "render", "create", "generate", "show", "show me", "give me", "depict"})
#: Words that apply what follows to every member of the group just named ("both", "all", "each").
ALL_WORDS = frozenset({"both", "all", "each", "every", "all of them", "both of them", "each of them"})
COLOR_NOUNS = frozenset({"colours", "colors", "colour", "color", "colorings", "colourings"})
NOUNLIKE_SUFFIXES = ("ing", "ly", "ed", "ous", "ful", "est", "ive", "ish", "less", "able", "ible", "al")


__all__ = [
    "AFFIRMATIONS",
    "ALL_WORDS",
    "COLOR_NOUNS",
    "COUNT_ARRANGEMENTS",
    "CREATE_WORDS",
    "GRID",
    "HEX",
    "MODIFIER_KINDS",
    "NOUNLIKE_SUFFIXES",
    "PUT_WORDS",
    "SCENE_PREPS",
    "STANDALONE_TEXT",
    "SWAP_WORDS",
]
