"""A board game played at a table lies on it: "two men playing chess at a table" puts the board on the
table, where the players sit facing it, not on the floor beside them.

Which nouns are board games is data (``words.json``, ``board_games``); a table is a noun ending in
"table" or a kind of ``table.n.02`` (a desk, a coffee table).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from limner.reason.concepts import is_a
from limner.reason.wordlists import word_set

if TYPE_CHECKING:
    from limner.reason.resolve import Entity, EntityRelation


def is_table(noun: str) -> bool:
    return noun.endswith("table") or is_a(noun, "table.n.02")


def boards_on_tables(
    live: Sequence[Entity], relations: Sequence[EntityRelation]
) -> Iterator[tuple[Entity, Entity]]:
    """``(board, table)`` for each board game with no place of its own in a scene with a table."""
    games = word_set("board_games")
    boards = [e for e in live if e.noun in games]
    if not boards:
        return
    table = next((e for e in live if e.kind == "object" and is_table(e.noun)), None)
    if table is None:
        return
    placed = {id(r.subject) for r in relations if r.predicate in ("on", "in", "under", "beside", "next_to")}
    for board in boards:
        if id(board) not in placed:
            yield board, table


def players_of(
    boards: Sequence[Entity],
    live: Sequence[Entity],
    relations: Sequence[EntityRelation],
    person: Callable[[Entity], bool],
) -> Iterator[tuple[Entity, Entity]]:
    """``(player, board)`` for each person of a board's sentence with no relation of their own but the
    seat they sit on: the players face the board they play ("two men playing chess at a table")."""
    seated = [r for r in relations if r.predicate == "on" and person(r.subject)]  # on a chair: still free
    rest = [r for r in relations if not any(r is s for s in seated)]
    related = {id(r.subject) for r in rest} | {id(r.object) for r in rest}
    for board in boards:
        for who in live:
            if who.sentence == board.sentence and person(who) and id(who) not in related:
                yield who, board
                related.add(id(who))


__all__ = ["boards_on_tables", "is_table", "players_of"]
