"""Art notes: which drawable stands in for each noun (when ``limner.assets.art`` is installed)."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from functools import cache
from typing import Any


@cache
def art_resolver() -> Callable[[str], Any] | None:
    """``limner.assets.art.resolve_art`` when that module exists, else None."""
    if (
        importlib.util.find_spec("limner.assets") is None
        or importlib.util.find_spec("limner.assets.art") is None
    ):
        return None
    module = importlib.import_module("limner.assets.art")
    resolver = getattr(module, "resolve_art", None)
    return resolver if callable(resolver) else None


#: How far (as a ratio) the lexicon's aspect and the drawing's may differ before the box follows the
#: drawing: a pen is 0.12 wide for 1 tall, its emoji a diagonal pen in a square.
ASPECT_MISMATCH = 2.0


def disagree(aspect: float, other: float) -> bool:
    """Whether two aspects differ more than :data:`ASPECT_MISMATCH` times (either way)."""
    return max(aspect / other, other / aspect) > ASPECT_MISMATCH


@cache
def drawn_aspect(noun: str, aspect: float) -> float:
    """The aspect (width / height) of ``noun``'s box: the lexicon's ``aspect``, or the drawing's where
    the two disagree more than :data:`ASPECT_MISMATCH` times, so thin things drawn diagonally are not
    fitted into a sliver and drawn as specks; a person drawn as a half figure made whole always takes
    that figure's aspect. The box keeps its long side (the thing's length)."""
    module = importlib.import_module("limner.assets.art") if art_resolver() is not None else None
    whole = getattr(module, "figure_aspect", None)
    figure = whole(noun) if callable(whole) else None
    if isinstance(figure, float) and figure > 0:
        return figure  # a half figure drawn whole: its box is the drawing's, always
    measure = getattr(module, "ink_aspect", None)
    ink = measure(noun) if callable(measure) else None
    if not isinstance(ink, float) or ink <= 0 or aspect <= 0:
        return aspect
    return ink if disagree(ink, aspect) else aspect


@cache
def art_note(noun: str) -> str:
    """One trace line about the art for ``noun`` (cached: the lookup is pure)."""
    resolver = art_resolver()
    if resolver is None:
        return f"art for '{noun}': chosen by the renderer"
    choice = resolver(noun)
    furniture = getattr(choice, "furniture", None)
    if furniture:
        return f"art for '{noun}': furniture: {furniture}, drawn from the side by the renderer"
    via = getattr(choice, "via", None)
    exact = bool(getattr(choice, "exact", True))
    symbol = getattr(choice, "emoji", "")
    if exact and not via:
        return f"art for '{noun}': {symbol} (exact)"
    return f"art for '{noun}': '{noun}' drawn with {symbol} {via or 'a related drawing'}"


__all__ = ["ASPECT_MISMATCH", "art_note", "art_resolver", "disagree", "drawn_aspect"]
