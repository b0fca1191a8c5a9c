"""The legs of someone sitting facing the viewer, as a picture book draws them.

Seen from the front, a sitter's thighs point at the viewer: they are foreshortened to the lap (the
figure's own trousers, cut a little below the hips), and the two lower legs hang down side by side
from the seat's front edge to the floor, shoes at the bottom seen toe on. On the ground (a picnic
blanket, the grass) the legs are crossed before the lap instead: knees out to the sides, shins
crossed in front, the shoes tucked at their ends. A profile figure (the plan says which way it
faces) keeps its legs drawn from the side (:mod:`.seated`).
"""

from __future__ import annotations

import skia

from limner.render.builtin.backdrop.style import shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.pen import round_stroke

Box = tuple[float, float, float, float]

#: Of the figure's width (the standing art's ink, arms included): how far each leg's middle is from
#: the body's middle, and how thick a leg is.
LEG_SPREAD = 0.2
LEG_THICK = 0.21
#: A role person's bust is wider (its shoulders): the same, of the bust's width.
BUST_SPREAD = 0.12
BUST_THICK = 0.19
#: Of the figure's height: how tall a shoe seen toe on is, and how long the lower leg reaches at most.
SHOE_TALL = 0.045
SHIN = 0.27
#: The lower legs stretch to a floor this far below the knees (a share of the height; a seat a
#: little high for the figure); further down, they dangle a shin's length (a child on a bench).
SHIN_REACH = 0.34
#: The lower legs are this share of a leg's thickness (the thighs' full, seen from above), and the
#: knees this much further apart than the hips.
SHIN_SHARE = 0.8
KNEE_SPREAD = 1.25
#: The outline's shade of a leg's colour (the art's dark line).
OUTLINE = -0.45
#: Of the figure's width: how far a cross-legged sitter's knees reach out either side of its middle.
KNEE_REACH = 0.62


def _rounded(canvas: skia.Canvas, rect: Box, radius: float, rgb: RGB, edge: float = 0.0) -> None:
    """A rounded rect in ``rgb``, outlined ``edge`` wide in a darker shade of it (the art's line)."""
    rrect = skia.RRect.MakeRectXY(skia.Rect.MakeLTRB(*rect), radius, radius)
    canvas.drawRRect(rrect, skia.Paint(Color=skia.Color(*rgb), AntiAlias=True))
    if edge > 0:
        canvas.drawRRect(rrect, _line(rgb, edge))


def _line(rgb: RGB, edge: float) -> skia.Paint:
    return round_stroke(shade(rgb, OUTLINE), edge)


def hanging_legs(
    canvas: skia.Canvas,
    middle: float,
    hips: tuple[float, float],
    floor: float,
    size: tuple[float, float],
    colors: tuple[RGB, RGB],
    edge: float,
    bust: bool = False,
) -> Box:
    """A sitter's legs seen from the front, about ``middle``: the thighs toward the viewer from the
    hips' y to the knees' (``hips``: the seat's front edge), lit from above, and the two lower legs
    hanging side by side from the knees to ``floor`` (no longer than a shin of a figure as tall as
    ``size`` says: a child's dangle), shoes toe on at the bottom. ``size``: the figure's height and
    width (a bust's width with ``bust``); ``colors``: trousers and shoes; ``edge``: the outline's
    width. Returns the rect they cover."""
    top, knee = hips
    height, width = size
    trousers, shoes = colors
    spread, thick = (BUST_SPREAD, BUST_THICK) if bust else (LEG_SPREAD, LEG_THICK)
    offset, leg = width * spread, width * thick * SHIN_SHARE
    shoe_h = max(leg * 0.5, height * SHOE_TALL)
    reach = knee + height * (SHIN if floor - knee > height * SHIN_REACH else SHIN_REACH)
    sole = max(min(floor, reach), knee + shoe_h * 2)
    for side in (-1.0, 1.0):  # the lower legs, under the knees
        x = middle + side * offset * KNEE_SPREAD
        rect = (x - leg / 2, knee - leg, x + leg / 2, sole - shoe_h * 0.5)
        _rounded(canvas, rect, leg * 0.4, trousers, edge)
        # a shoe seen toe on: a little wider than the leg, turned a touch outward
        shift = side * leg * 0.12
        shoe = (x - leg * 0.7 + shift, sole - shoe_h, x + leg * 0.7 + shift, sole)
        _rounded(canvas, shoe, shoe_h * 0.45, shoes, edge)
    # the thighs, foreshortened: wider at the knees than at the hips, the seam between them
    half_hip, half_knee = offset + width * thick / 2, (offset * KNEE_SPREAD + width * thick / 2)
    round_knee = min(width * thick * 0.45, (knee - top) * 0.45)
    thighs = skia.Path()
    thighs.moveTo(middle - half_hip, top)
    thighs.lineTo(middle + half_hip, top)
    thighs.lineTo(middle + half_knee, knee - round_knee)
    thighs.quadTo(middle + half_knee, knee, middle + half_knee - round_knee, knee)
    thighs.lineTo(middle - half_knee + round_knee, knee)
    thighs.quadTo(middle - half_knee, knee, middle - half_knee, knee - round_knee)
    thighs.close()
    lit = shade(trousers, 0.1)
    canvas.drawPath(thighs, skia.Paint(Color=skia.Color(*lit), AntiAlias=True))
    if edge > 0:
        canvas.drawPath(thighs, _line(lit, edge))
        seam = skia.Path()
        seam.moveTo(middle, top + (knee - top) * 0.35)
        seam.lineTo(middle, knee)
        canvas.drawPath(seam, _line(lit, edge))
    reach = max(half_knee, offset * KNEE_SPREAD + leg * 0.82)
    return (middle - reach, top, middle + reach, sole)


def crossed_legs(
    canvas: skia.Canvas,
    middle: float,
    ground: float,
    width: float,
    colors: tuple[RGB, RGB],
    edge: float,
    bust: bool = False,
) -> Box:
    """Legs crossed on the ground before a lap resting on ``ground``: knees out either side of
    ``middle``, shins crossed in front, a shoe at the end of each; the far (first) leg a shade darker.
    ``width`` the figure's (a bust's with ``bust``); ``colors``: trousers and shoes; ``edge``: the
    outline's width. Returns the rect they cover."""
    trousers, shoes = colors
    thick = width * (BUST_THICK if bust else LEG_THICK) * 0.85
    reach = width * (KNEE_REACH * 0.75 if bust else KNEE_REACH)
    shoe_h = thick * 0.8
    for side, tone in ((1.0, -0.12), (-1.0, 0.0)):
        cloth, shoe = shade(trousers, tone), shade(shoes, tone)
        leg = skia.Path()
        leg.moveTo(middle + side * width * 0.12, ground - thick * 1.6)  # the hip, under the lap
        leg.lineTo(middle + side * reach, ground - thick * 2.0)  # the knee, up and out to the side
        foot = middle - side * reach * 0.4  # the shin down, back across the middle
        leg.lineTo(foot, ground - thick * 0.55)
        outline = _line(cloth, thick + edge * 2)
        canvas.drawPath(leg, outline)
        inner = _line(cloth, thick)
        inner.setColor(skia.Color(*cloth))
        canvas.drawPath(leg, inner)
        x0, x1 = sorted((foot - side * thick * 0.1, foot - side * thick * 1.1))
        _rounded(canvas, (x0, ground - shoe_h, x1, ground), shoe_h * 0.45, shoe, edge)
    edge_x = reach + thick / 2 + edge
    return (middle - edge_x, ground - thick * 2.6, middle + edge_x, ground)


__all__ = ["crossed_legs", "hanging_legs"]
