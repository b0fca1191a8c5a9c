"""People on the move: someone the plan has running or jogging ("a man jogging along the river", "a
woman running on the beach") is drawn as a runner, someone walking as a walker, not as the standing
figure that stood still.

The standing figures (🧍 and its gendered forms: men, women, children) each have a runner (🏃) and a
walker (🚶) of the same kind. Both look left in the art: they are mirrored to the plan's ``facing``,
and face right where it gives none (the way a reader's eye moves through the picture). An old person
keeps the standing figure, which carries the old face; riders, sitters and the carried keep theirs.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from limner.plan.model import Element
from limner.render.builtin.elders import elder_face
from limner.render.builtin.staging import Staging

#: The running figure drawn for each standing one.
RUNNERS: Mapping[str, str] = MappingProxyType(
    {
        "🧍": "🏃",
        "🧍\u200d♂️": "🏃\u200d♂️",
        "🧍\u200d♀️": "🏃\u200d♀️",
    }
)
#: The walking figure drawn for each standing one.
WALKERS: Mapping[str, str] = MappingProxyType(
    {
        "🧍": "🚶",
        "🧍\u200d♂️": "🚶\u200d♂️",
        "🧍\u200d♀️": "🚶\u200d♀️",
    }
)
#: The plan's poses and the figures each is drawn with.
GAITS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "running": RUNNERS,
        "jogging": RUNNERS,
        "sprinting": RUNNERS,
        "racing": RUNNERS,
        "walking": WALKERS,
        "strolling": WALKERS,
        "hiking": WALKERS,
    }
)
#: The way the runner and walker art look.
GAIT_FACES = "left"
#: Where the runner's and walker's head is across their ink (a share from the side they face).
HEAD_ACROSS = 0.35

#: How much wider than the standing person's box a stride may be drawn.
WIDEN = 1.5

Box = tuple[float, float, float, float]


def gait_of(element: Element, emoji: str, staging: Staging) -> tuple[str, bool] | None:
    """The figure (emoji) ``element``, drawn standing as ``emoji``, moves as, and whether it is
    mirrored; None when its pose is not a gait, its art has none, or it is seated, riding or carried."""
    pose = element.attributes.get("pose")
    gaits = GAITS.get(pose) if isinstance(pose, str) else None
    moving = gaits.get(emoji) if gaits is not None else None
    if moving is None or elder_face(element) is not None:
        return None
    if staging.seat is not None or staging.vehicle is not None or staging.rides:
        return None
    if staging.shoulders is not None or staging.mount is not None:
        return None
    facing = element.attributes.get("facing", "right")
    return moving, facing != GAIT_FACES


def stride_box(box: Box, aspect: float) -> Box:
    """The pixel box a runner or walker of ``aspect`` (its ink's width over height) is drawn in for a
    person planned standing in ``box``: as tall (a stride is wider than someone standing, not
    shorter), on the same bottom middle, but at most :data:`WIDEN` times as wide (a runner's reach
    would cross its neighbours)."""
    x0, y0, x1, y1 = box
    tall = min(y1 - y0, (x1 - x0) * WIDEN / max(aspect, 1e-6))
    wide, middle = tall * aspect, (x0 + x1) / 2
    return (middle - wide / 2, y1 - tall, middle + wide / 2, y1)


def head_shift(box: Box, ink: Box, mirror: bool) -> tuple[float, float]:
    """How far (pixels) a hat or a held thing planned for a person standing in ``box`` moves to go
    with the runner or walker drawn over ``ink`` (``mirror``: turned right): from the standing head
    (top middle of its box) to the moving one."""
    across = 1.0 - HEAD_ACROSS if mirror else HEAD_ACROSS
    return ink[0] + (ink[2] - ink[0]) * across - (box[0] + box[2]) / 2, ink[1] - box[1]


__all__ = [
    "GAITS",
    "GAIT_FACES",
    "HEAD_ACROSS",
    "RUNNERS",
    "WALKERS",
    "WIDEN",
    "gait_of",
    "head_shift",
    "stride_box",
]
