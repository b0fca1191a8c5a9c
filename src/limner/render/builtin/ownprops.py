"""Art that brings a room fixture of its own: the teacher emoji (🧑‍🏫 👨‍🏫 👩‍🏫) stands before a small
chalkboard. In a room whose backdrop already draws that fixture (a classroom's wall blackboard) the
art is drawn without it: one board, the wall's, with the teacher in front of it; so too where the
plan draws a blackboard of its own."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

#: The chalkboard of the teacher art: its light backing, its wooden frame and its green slate.
_TEACHER_BOARD = ("#ffce7c", "#e19747", "#44911b")
_BOARDS = frozenset({"blackboard", "chalkboard", "whiteboard"})
#: Art (by emoji) → (the fixtures or things that stand for what it brings, the fills of the paths
#: that draw it).
OWN_FIXTURES: Mapping[str, tuple[frozenset[str], tuple[str, ...]]] = MappingProxyType(
    {
        "🧑\u200d🏫": (_BOARDS, _TEACHER_BOARD),
        "👨\u200d🏫": (_BOARDS, _TEACHER_BOARD),
        "👩\u200d🏫": (_BOARDS, _TEACHER_BOARD),
    }
)


def dropped_fills(emoji: str, drawn: frozenset[str]) -> tuple[str, ...]:
    """The fills of ``emoji``'s art left out where the picture draws its own prop already (``drawn``:
    the backdrop's fixtures and the furniture kinds of the plan's things); () to draw it whole."""
    own = OWN_FIXTURES.get(emoji)
    if own is None or not own[0] & drawn:
        return ()
    return own[1]


__all__ = ["OWN_FIXTURES", "dropped_fills"]
