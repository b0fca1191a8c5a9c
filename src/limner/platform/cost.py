"""What a generate request costs to render: pixels × images × elements.

A 1024² image of a plain plan is one *work unit*; twice the pixels or twice the images cost twice
as much, and every :data:`ELEMENTS_PER_STEP` elements add one more plain plan's worth. Two uses:

- The images-per-minute bucket spends a request's *image equivalents* (:func:`image_equivalents`,
  whole work units, at least one per image), so a 4096² image costs what sixteen 1024² images cost.
- One request may cost at most :data:`MAX_REQUEST_COST` work units (:func:`check_cost`): beyond it,
  422 naming what to reduce, before any slot is taken.
"""

from __future__ import annotations

import math

from limner.errors import InvalidRequestError

#: Pixels of one work unit (1024 × 1024).
UNIT_PIXELS = 1024 * 1024
#: Elements that cost as much as the plain plan they are drawn on.
ELEMENTS_PER_STEP = 64
#: The most one request may cost (e.g. 8 images of 4096² with up to ~200 elements, or one 2048²
#: image with ~8,000 elements).
MAX_REQUEST_COST = 2048.0


def request_cost(width: int, height: int, images: int, elements: int = 0) -> float:
    """Work units of ``images`` images of ``width``×``height`` drawing ``elements`` elements."""
    return images * (width * height / UNIT_PIXELS) * (1 + max(0, elements) / ELEMENTS_PER_STEP)


def image_equivalents(width: int, height: int, images: int, elements: int = 0) -> int:
    """What a request spends from the images-per-minute bucket: its work in whole units (rounded
    down), at least one per image: an image of at most 1024² with a few dozen elements counts one, a
    4096² image sixteen."""
    per_image = request_cost(width, height, 1, elements)
    return images * max(1, math.floor(per_image + 1e-9))


def check_cost(width: int, height: int, images: int, elements: int, limit: float = MAX_REQUEST_COST) -> float:
    """The request's cost; 422 naming the biggest factor to reduce when it is over ``limit``."""
    cost = request_cost(width, height, images, elements)
    if cost <= limit:
        return cost
    factors = {
        "n": float(images),
        "size": width * height / UNIT_PIXELS,
        "plan.elements": 1 + elements / ELEMENTS_PER_STEP,
    }
    param = max(factors, key=lambda name: factors[name])
    raise InvalidRequestError(
        f"this request costs {cost:.0f} work units ({width}x{height} × {images} images × {elements} "
        f"elements), more than the {limit:.0f} one request may cost: reduce size, n (or locales) "
        "or the plan's elements",
        param=param,
        code="request_too_costly",
    )


__all__ = [
    "ELEMENTS_PER_STEP",
    "MAX_REQUEST_COST",
    "UNIT_PIXELS",
    "check_cost",
    "image_equivalents",
    "request_cost",
]
