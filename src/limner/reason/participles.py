"""A verb's "-ing" form between an article and a noun names a kind of that thing, not something done:
"a zebra at a watering hole", "a horse by the drinking trough", "a climbing rose". The verb frame
("watering" faces, "drinking" holds) would make the noun its object and the thing a relation of the
doer's; read as a describing word, the noun stays the thing it names, with the "-ing" word in its label.

Only verbs of a relation: a verb of a pose still says how the thing is ("a flying bird", "a sleeping
cat"), and a verb after its doer ("a man holding a cup") is untouched.
"""

from __future__ import annotations

from limner.reason.frames import frames
from limner.reason.lexemes import Lexeme

#: Words that open a noun phrase right before the "-ing" word.
_ARTICLES = frozenset({"a", "an", "the"})


def _modifies(before: Lexeme, word: Lexeme, after: Lexeme) -> bool:
    if not word.text.endswith("ing") or before.text.lower() not in _ARTICLES or " " in word.text:
        return False
    if not word.has("frame") or not after.has("noun"):
        return False
    verb = frames().get(word.tag("frame").value)
    return verb is not None and not verb.pose_only


def modifying_participles(lexemes: list[Lexeme]) -> list[Lexeme]:
    """``lexemes`` with each "-ing" verb between an article and a noun made a plain word (see the
    module)."""
    out = list(lexemes)
    for j in range(1, len(out) - 1):
        if _modifies(out[j - 1], out[j], out[j + 1]):
            tags = tuple(t for t in out[j].tags if t.kind != "frame")
            out[j] = Lexeme(out[j].text, tags, kind="phrase" if tags else "word", quote=out[j].quote)
    return out


__all__ = ["modifying_participles"]
