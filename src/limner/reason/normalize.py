"""Stage 1 — normalize: Unicode clean-up, length cap and quoted text pulled out verbatim."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from limner.reason.activity_compounds import activity_compounds
from limner.reason.addressed import mark_addressed
from limner.reason.bedtime import bedtime
from limner.reason.carried_on import carried_on
from limner.reason.collectives import expand_collectives
from limner.reason.colour_phrase import colour_as_phrase
from limner.reason.count_hedges import drop_count_bounds
from limner.reason.goods_on import shelve_goods
from limner.reason.has_with import has_as_with
from limner.reason.hashtags import hashtags_as_items
from limner.reason.implied_gear import add_gear
from limner.reason.implied_props import add_props
from limner.reason.implied_seats import seat_at_tables
from limner.reason.implied_tools import add_tools
from limner.reason.on_fire import unfired
from limner.reason.part_of import whole_for_part
from limner.reason.place_then_verb import verb_before_place
from limner.reason.preamble import drop_preamble
from limner.reason.seated_activities import sit_for_activities
from limner.reason.thrown_to import thrown_to
from limner.reason.told_to import told_to
from limner.reason.unquoted import mark_unquoted
from limner.reason.word_guard import may_have

#: Longest prompt the reasoner reads; the API caps prompts at 8000 characters too.
MAX_CHARS = 8000

QUOTE_MARK = "\u27e6{}\u27e7"  # ⟦n⟧ stands for quotes[n] in the working text

_QUOTES = re.compile(
    r"\"([^\"\n]{1,2000})\""
    r"|\u201c([^\u201d\n]{1,2000})\u201d"
    r"|\u00ab([^\u00bb\n]{1,2000})\u00bb"
    r"|\u300c([^\u300d\n]{1,2000})\u300d"
    r"|(?:(?<=^)|(?<=[\s(\[:,;]))'([^'\n]{1,2000}?)'(?=$|[\s.,;:!?)\]])"
    r"|(?:(?<=^)|(?<=[\s(\[:,;]))\u2018([^\u2019\n]{1,2000}?)\u2019(?=$|[\s.,;:!?)\]])"
)
_SPACE = re.compile(r"[ \t\r\f\v]+")
#: Shorthand typed for words: "a dog w/ a collar", "coffee w/o milk", "a cat & a dog", "a tent wit
#: stars", "a path thru the woods", "a red car... nvm blue".
_SHORTHAND = re.compile(r"(?<!\S)(w/o|w/|&|wit|thru|nvm)(?!\S)", re.IGNORECASE)
#: A verb split around its object at the end of a clause ("take two away", "take the cat out", "throw
#: a ball in"): joined again before the object, as the edit-verb tables list them.
_SPLIT_VERB = re.compile(
    r"\b(take|takes|throw|throws)\s+((?:the|a|an|one|two|three|four|five|six|some|it|them|\d+)(?:\s+[a-z]+)?)"
    r"\s+(away|out|in)(?=\s*(?:[.,;!?]|$))",
    re.IGNORECASE,
)
#: A list separator typed between things, spaced ("kite / balloon / bird", "teapot + cups + saucer",
#: "a lamp | a rug", "a mug • a book"): a comma, as in a list (unspaced "a red/blue ball" stays).
_LIST_MARK = re.compile(r"(?<=[^\W\d_]) +[/+|\u2022\u00b7] +(?=[^\W\d_])")
#: Characters one of which every quote of :data:`_QUOTES` opens with.
_QUOTE_OPENERS = frozenset("\"'\u201c\u00ab\u300c\u2018")
#: The shorthand words of :data:`_SHORTHAND` made of word characters ("w/", "&" hold others).
_SHORTHAND_LETTERS = frozenset({"wit", "thru", "nvm"})
#: The separators of :data:`_LIST_MARK`.
_LIST_CHARS = frozenset("/+|\u2022\u00b7")
#: The verbs of :data:`_SPLIT_VERB`.
_SPLIT_VERBS = frozenset({"take", "takes", "throw", "throws"})
_SHORTHAND_WORDS = {
    "w/o": "without",
    "w/": "with",
    "&": "and",
    "wit": "with",
    "thru": "through",
    "nvm": "never mind",
}


@dataclass(frozen=True)
class Normalized:
    original: str
    #: The prompt with each quote replaced by ⟦n⟧ and whitespace collapsed (case kept).
    text: str
    quotes: tuple[str, ...]
    truncated: bool


def normalize(prompt: str) -> Normalized:
    """Clean the prompt; quotes keep their exact content (only surrounding spaces trimmed)."""
    truncated = len(prompt) > MAX_CHARS
    text = prompt[:MAX_CHARS]
    # U+200D joins emoji ("🐈\u200d⬛" is a black cat, not a cat and a black square)
    if not text.isprintable():  # a printable text holds no control or format character
        text = "".join(ch for ch in text if ch in "\n\t\u200d" or unicodedata.category(ch)[0] != "C")
    quotes: list[str] = []

    def keep(match: re.Match[str]) -> str:
        content = next(g for g in match.groups() if g is not None).strip()
        if not content:
            return " "
        quotes.append(content)
        return " " + QUOTE_MARK.format(len(quotes) - 1) + " "

    if not _QUOTE_OPENERS.isdisjoint(text):
        text = _QUOTES.sub(keep, text)
    text = mark_unquoted(text, quotes, QUOTE_MARK)  # "a sign that says OPEN": OPEN is a quote
    text = mark_addressed(text, quotes, QUOTE_MARK)  # "an invitation for Anna and Ben": names
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = text.replace("\u2014", ", ").replace("\u2013", "-")
    if "/" in text or "&" in text or may_have(text, _SHORTHAND_LETTERS):
        text = _SHORTHAND.sub(lambda m: _SHORTHAND_WORDS[m.group(1).lower()], text)
    if not _LIST_CHARS.isdisjoint(text):
        text = _LIST_MARK.sub(", ", text)
    text = hashtags_as_items(text)  # "#cat #sofa": a cat and a sofa
    text = drop_count_bounds(text)  # "no more than two kites": two kites
    text = colour_as_phrase(text)  # "a kitten that has a grey colour": grey
    if may_have(text, _SPLIT_VERBS):
        text = _SPLIT_VERB.sub(r"\1 \3 \2", text)  # "take two away": "take away two"
    text = _SPACE.sub(" ", text).strip()
    text = drop_preamble(text)  # "my son loves dinosaurs so draw a dinosaur": no son, no dinosaurs
    text = activity_compounds(text)  # "a girl ice skating": a girl skating
    text = expand_collectives(text)  # "a couple dancing": a man and a woman
    text = whole_for_part(text)  # "in the back seat of a car": in the car
    text = thrown_to(text)  # "throwing a ball to his dog": at his dog
    text = carried_on(text)  # "carrying his daughter on his shoulders": she is on him
    text = verb_before_place(text)  # "a grandmother in an armchair knitting": knitting there
    text = unfired(text)  # "a car on fire": a burning car, not a car on a fire
    text = shelve_goods(text)  # "a bakery with bread on the shelves": the bread on them
    text = seat_at_tables(text)  # "sitting at a table": on a chair, each
    text = add_gear(text)  # "playing tennis": holding a tennis racket
    text = add_props(text)  # "having a picnic": on a picnic blanket
    text = add_tools(text)  # "a drummer": playing a drum
    text = sit_for_activities(text)  # "reading under a tree": sitting there
    text = told_to(text)  # "reading a story to her daughter": facing her
    text = bedtime(text)  # "a bedtime story": a book, a child in bed, a bedroom
    text = has_as_with(text)  # "the boy has a red balloon": the boy with a red balloon
    return Normalized(original=prompt, text=text, quotes=tuple(quotes), truncated=truncated)


__all__ = ["MAX_CHARS", "QUOTE_MARK", "Normalized", "normalize"]
