"""People drawn by age: beside a grown-up, a child is drawn smaller ("a mother and her child walking
in the park", "a father holding his son's hand", "a woman with two kids"), standing on the same
ground. Children alone, or beside people of no stated age ("a boy and his friend"), keep their size.

An age said before a person or an animal is recorded (``attributes.age``): "an old man playing
chess", "an elderly couple" (each of them), "a young woman", "an old dog". The renderer draws old
people's faces by it. Things are not aged ("an old car" records nothing: it is no age of a body).

Which nouns are children and which grown-ups, and which words say an age, are data (``words.json``,
``ages`` and ``age_words``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING

from limner.reason.concepts import is_a
from limner.reason.wordlists import word_table, words

if TYPE_CHECKING:
    from limner.reason.mentions import ParsedSentence
    from limner.reason.resolve import Entity
    from limner.reason.vocab import Lexicon

#: A child's height beside a grown-up's (a school-age child stands about two thirds as tall).
CHILD_HEIGHT = 0.66


@cache
def _ages() -> tuple[frozenset[str], frozenset[str]]:
    table = words().get("ages", {})
    return frozenset(table.get("children", [])), frozenset(table.get("adults", []))


def child_scale(entity: Entity, live: Iterable[Entity]) -> float:
    """How much smaller than its noun's size ``entity`` is drawn: :data:`CHILD_HEIGHT` for a child
    among grown-ups, else 1."""
    children, adults = _ages()
    if entity.kind != "object" or entity.noun not in children:
        return 1.0
    grown = any(e.alive and e.kind == "object" and e.noun in adults and e is not entity for e in live)
    return CHILD_HEIGHT if grown else 1.0


#: Most words an age word may stand before its noun ("an old bearded man", "an old grey dog").
_REACH = 3
#: Words that end an age's reach: it belongs to no noun after them.
_BREAKS = frozenset({"and", "or", "with", "in", "on", "at", "of", "by", "near", "next", "to", "is", "are"})
#: Words before "old" that make it a span of time ("a five-year-old girl").
_SPANS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days"})
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


@cache
def _age_words() -> tuple[dict[str, str], re.Pattern[str]]:
    """Age word → the age recorded (``words.json`` ``age_words``; a value ``person:AGE`` only for
    people: "a little girl" is young, "a little dog" only small), and one search for any of them."""
    table = dict(word_table("age_words"))
    return table, re.compile(rf"\b(?:{'|'.join(sorted(table))})\b", re.IGNORECASE)


def _living(entity: Entity, category: Callable[[Entity], str | None]) -> str | None:
    kind = category(entity)
    if kind in ("person", "animal"):
        return kind
    if is_a(entity.noun, "person.n.01"):
        return "person"
    return "animal" if is_a(entity.noun, "animal.n.01") else None


def ages_said(
    parsed: Sequence[ParsedSentence],
    live: Sequence[Entity],
    lex: Lexicon,
    category: Callable[[Entity], str | None],
) -> Iterator[tuple[Entity, str]]:
    """``(entity, age)`` for each person or animal an age word is said before (see the module)."""
    table, any_age = _age_words()
    for sentence in parsed:
        if any_age.search(sentence.text) is None:
            continue
        waiting = [e for e in live if e.sentence == sentence.index and e.kind == "object"]
        age, reach, before = "", 0, ""
        for token in _WORD.findall(sentence.text.lower()):
            if token in table and before not in _SPANS:  # "a five-year-old girl": no age word
                age, reach, before = table[token], _REACH, token
                continue
            before = token
            nouns = {t.value for t in lex.phrases.get((token,), ()) if t.kind == "noun"}
            owner = next((e for e in waiting if e.noun in nouns or e.noun.rsplit(" ", 1)[-1] == token), None)
            if owner is not None:
                waiting.remove(owner)  # the next mention of its noun is the next entity's
                living = _living(owner, category) if age else None
                said = age.removeprefix("person:")
                if living == "person" or (living == "animal" and not age.startswith("person:")):
                    yield owner, said
                age = ""
            reach -= 1
            if token in _BREAKS or reach <= 0:
                age = ""


__all__ = ["CHILD_HEIGHT", "ages_said", "child_scale"]
