"""The board on a classroom's wall is the board the plan names: "a teacher writing on the board" draws
one board — the wall's, hung where the plan put its board — not a second one (a sign on a post) in
the middle of the room. Whoever the plan has touch it (writing on it) stands before it, a hand raised
to its slate."""

from __future__ import annotations

import skia

from limner.plan.model import Element, Plan
from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import round_stroke

Box = tuple[float, float, float, float]

#: The nouns of a plan's thing that are the wall's board where the room hangs one ("the board").
WALL_BOARDS = frozenset({"board", "chalk board", "school board", "classroom board"})
#: The room fixture they are, where its top hangs and how tall it is (shares of the wall's height).
FIXTURE = "blackboard"
BOARD_TOP = 0.14
BOARD_TALL = 0.32
#: How far the board may shift from where the plan put it (steps of a share of the width), and the
#: span its middle keeps within.
SHIFT_STEP = 0.04
SHIFTS = 8
SPAN = (0.22, 0.78)
#: The writing arm: its thickness (share of the figure's height), where its hand reaches (beside the
#: head: out from the ink's side and down from its top, shares of its width and height), the chalk.
ARM = 0.045
REACH = (0.14, 0.16)
CHALK: RGB = (245, 245, 240)
#: The relations that put someone at the board, writing on it.
AT_BOARD = frozenset({"touches", "writes_on", "draws_on", "on", "at", "next to", "in front of"})


def is_wall_board(element: Element) -> bool:
    """Whether ``element`` names a board a room's wall board stands for."""
    return element.kind == "object" and element.noun.lower() in WALL_BOARDS


def board_spot(plan: Plan) -> float | None:
    """The middle (share of the width) of the plan's first wall board, where the wall's board hangs;
    None when it names none."""
    board = next((e for e in plan.elements if is_wall_board(e)), None)
    return None if board is None else (board.box[0] + board.box[2]) / 2


def near_spots(middle: float) -> list[float]:
    """The middles (shares of the width) the wall's board may hang at, nearest ``middle`` first (it
    keeps clear of the window where it can), ``middle`` itself last as the fallback."""
    steps = [middle + sign * SHIFT_STEP * k for k in range(1, SHIFTS + 1) for sign in (-1.0, 1.0)]
    inside = [x for x in steps if SPAN[0] <= x <= SPAN[1]]
    return [middle, *inside, middle]


def writers(plan: Plan, fixtures: frozenset[str]) -> dict[str, Element]:
    """The people at the wall's board (by id: the board element), where the room hangs one."""
    if FIXTURE not in fixtures:
        return {}
    boards = {e.id: e for e in plan.elements if is_wall_board(e)}
    found: dict[str, Element] = {}
    for relation in plan.relations:
        board = boards.get(str(relation.object))
        if board is not None and relation.predicate in AT_BOARD:
            found.setdefault(relation.subject, board)
    return found


def draw_writing_arm(
    canvas: skia.Canvas, ink: Box, shoulder: float, toward: float, colors: tuple[RGB, RGB], floor: float
) -> None:
    """A figure's arm raised to the board beside it, writing: from the shoulder (``shoulder``: its
    share of the ``ink``'s height from the top) on the board's side (``toward``: +1 right, -1 left)
    up to a hand beside the head — on the board's slate, which hangs on a wall ``floor`` (pixels)
    tall — holding a stick of chalk; ``colors``: skin and its outline."""
    x0, y0, x1, y1 = ink
    width, tall = x1 - x0, y1 - y0
    thick = tall * ARM
    side_x = x1 if toward > 0 else x0
    start = (side_x - toward * width * 0.12, y0 + tall * shoulder)
    slate = floor * (BOARD_TOP + BOARD_TALL * 0.8)  # low on the slate, where a hand reaches
    hand = (side_x + toward * width * REACH[0], min(y0 + tall * REACH[1], slate))
    elbow = (side_x + toward * width * 0.16, (start[1] + hand[1]) / 2 + tall * 0.04)
    arm = skia.Path()
    arm.moveTo(*start)
    arm.lineTo(*elbow)
    arm.lineTo(*hand)
    skin, edge = colors
    canvas.drawPath(arm, round_stroke(edge, thick + max(1.0, thick * 0.4)))
    canvas.drawPath(arm, round_stroke(skin, thick))
    chalk = skia.Path()
    chalk.moveTo(hand[0], hand[1])
    chalk.lineTo(hand[0] + toward * thick * 0.6, hand[1] - thick * 0.9)
    canvas.drawPath(chalk, round_stroke(CHALK, thick * 0.35))


__all__ = [
    "AT_BOARD",
    "FIXTURE",
    "WALL_BOARDS",
    "board_spot",
    "draw_writing_arm",
    "is_wall_board",
    "near_spots",
    "writers",
]
