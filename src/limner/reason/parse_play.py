"""Parse "a girl playing the violin", "a kid plays the trumpet": playing a musical instrument holds it (a
violin, a flute, a guitar) or, for one too big to hold (a piano, a drum kit), touches it. Playing
anything else ("playing chess", "playing in the snow") is left to the other rules."""

from __future__ import annotations

from typing import TYPE_CHECKING

from limner.reason.concepts import concept
from limner.reason.vocab import SIZE_CLASSES

if TYPE_CHECKING:
    from limner.reason.parse import SentenceParser

#: Verb forms of playing.
PLAY_WORDS = frozenset({"play", "plays", "playing", "played"})
#: Instruments this size or bigger are played where they stand, not held.
_STANDING = SIZE_CLASSES["large"]


def _instrument_size(p: SentenceParser, i: int) -> float | None:
    """The size class of the instrument right after ``i`` ("the violin", "a big drum"), or None."""
    for k in range(i + 1, len(p.lx)):
        lx = p.lx[k]
        if lx.has("noun"):
            noun = lx.tag("noun").value
            info = p.lex.nouns.get(noun)
            if info is not None:
                return info.size if info.category == "instrument" else None
            found = concept(noun)
            return SIZE_CLASSES[found.size] if found is not None and found.category == "instrument" else None
        if not (lx.has("def") or lx.has("num") or lx.has("color") or lx.has("size") or lx.has("material")):
            return None
    return None


def plays(p: SentenceParser, i: int) -> bool:
    """Read the playing verb at ``i`` as holding (or touching) the instrument after it; False (and
    nothing read) where no instrument follows or no one plays it."""
    if p.rel is not None or p._focus() is None:
        return False
    size = _instrument_size(p, i)
    if size is None:
        return False
    p._relation(i, "touches" if size >= _STANDING else "holds")
    return True


__all__ = ["PLAY_WORDS", "plays"]
