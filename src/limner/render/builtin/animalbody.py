"""A body drawn in code under an animal whose art is only its face (🦊 🐻 🐼 🦁 🐸 …), so that in a
scene the animal stands on the ground instead of a giant face sinking into it.

A quadruped is drawn as a picture book draws one: seen from the side, its face turned to the viewer
at the front end — a rounded trunk, four legs (the far pair a shade darker, behind), a tail of its
kind (a fox's bushy one with a white tip, a lion's tufted one, a bear's stub). A frog sits facing
the viewer: haunches folded either side of its belly, front feet before it. The coat's colours are
read off the face's own art (:mod:`.fur`), so a plan colour on the face is the body's too. A face on
a plain sticker plan (no place to stand) stays a face (:func:`in_scene`)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import skia

from limner.plan.model import Element
from limner.render.builtin.art import Art, Look, paint_art, place
from limner.render.builtin.backdrop import Backdrop
from limner.render.builtin.backdrop.style import shade
from limner.render.builtin.colors import RGB
from limner.render.builtin.fur import Fur, fur_of
from limner.render.builtin.scene import Scene
from limner.render.builtin.staging import Staging

Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Body:
    """A face-only animal's body, in shares of its face's height: the trunk's length and depth, the
    legs' length below the trunk and their thickness, its tail (``bushy``, ``long``, ``tuft``,
    ``stub``, ``curl``, ``puff``) and what is dark on its legs (``socks``: the lower legs, ``legs``:
    all of them, in the ear tips' colour); ``frog``: sits facing the viewer instead."""

    length: float = 1.5
    depth: float = 0.6
    leg: float = 0.42
    thick: float = 0.17
    tail: str = "long"
    dark: str = ""
    frog: bool = False


_BEAR = Body(length=1.8, depth=0.85, leg=0.4, thick=0.27, tail="stub")

#: The face-only animal art that gets a body in a scene (front faces; the side-on heads, a horse's or
#: a unicorn's, are whole enough).
BODIES: dict[str, Body] = {
    "🦊": Body(length=1.5, depth=0.55, leg=0.42, thick=0.15, tail="bushy", dark="socks"),
    "🐺": Body(length=1.65, depth=0.6, leg=0.5, thick=0.17, tail="bushy"),
    "🦝": Body(length=1.4, depth=0.6, leg=0.34, thick=0.15, tail="bushy"),
    "🐻": _BEAR,
    "🐻‍❄️": _BEAR,
    "🐼": dataclasses.replace(_BEAR, dark="legs"),
    "🐨": Body(length=1.3, depth=0.75, leg=0.3, thick=0.23, tail="stub"),
    "🐹": Body(length=1.15, depth=0.75, leg=0.12, thick=0.17, tail="stub"),
    "🦁": Body(length=1.75, depth=0.7, leg=0.5, thick=0.22, tail="tuft"),
    "🐯": Body(length=1.75, depth=0.65, leg=0.48, thick=0.2, tail="long"),
    "🐶": Body(length=1.5, depth=0.6, leg=0.45, thick=0.18, tail="long"),
    "🐱": Body(length=1.4, depth=0.5, leg=0.4, thick=0.14, tail="long"),
    "🐭": Body(length=1.2, depth=0.6, leg=0.15, thick=0.12, tail="long"),
    "🐷": Body(length=1.5, depth=0.75, leg=0.3, thick=0.2, tail="curl"),
    "🐮": Body(length=1.9, depth=0.85, leg=0.55, thick=0.22, tail="long"),
    "🐰": Body(length=1.2, depth=0.7, leg=0.2, thick=0.18, tail="puff"),
    "🐸": Body(frog=True),
}

#: Poses a body is drawn for (lying animals are loaves: :func:`.resting.paint_face_lying`).
POSES = frozenset({"", "standing", "walking", "running", "sitting"})
#: Poses drawn in stride.
GAITS = frozenset({"walking", "running"})
#: The trunk's top, in face heights below the face's top (the shoulders at the face's middle), and
#: how far before the face's middle its front end is.
SHOULDER = 0.5
FRONT = 0.2
#: How far the far legs stand behind the near ones, and a walker's stride (face heights).
FAR_STEP = 0.12
STRIDE = 0.12
#: The lower legs' share a ``socks`` coat darkens.
SOCKS = 0.5
#: Shades of the far legs and the tail against the coat.
FAR = -0.12
TAIL = -0.05


def in_scene(backdrop: Backdrop, setting: str | None) -> bool:
    """Whether a backdrop is a place to stand in (a named place, or outdoors under a sky): the plain
    default stage of a sticker plan ("a fox emoji") keeps its face alone."""
    return backdrop.grounded and (backdrop.haze is not None or setting is not None)


def body_for(element: Element, emoji: str, staging: Staging, scene: Scene) -> Body | None:
    """The body ``element`` (its art ``emoji``) is drawn on: a face-only animal standing, walking or
    sitting on the ground or on something in a scene (not in a cage: held there), that nobody holds
    or rides (what it wears or holds moves with its face: :func:`head_box`); else None (its face
    alone)."""
    body = BODIES.get(emoji)
    pose = element.attributes.get("pose") or ""
    if body is None or pose not in POSES or not staging.contact:
        return None
    if any(other.mount is not None and other.mount.id == element.id for other in scene.staging.values()):
        return None  # ridden: its rider sits astride the face's art
    if staging.carrier is not None or staging.vehicle is not None or staging.rides:
        return None
    return body if in_scene(scene.backdrop, scene.setting) else None


@dataclass(frozen=True)
class _Shape:
    path: skia.Path
    rgb: RGB
    #: A stroke this wide (0: filled).
    width: float = 0.0


def _oval(cx: float, cy: float, rx: float, ry: float) -> skia.Path:
    path = skia.Path()
    path.addOval(skia.Rect.MakeLTRB(cx - rx, cy - ry, cx + rx, cy + ry))
    return path


def _line(points: tuple[tuple[float, float], ...]) -> skia.Path:
    path = skia.Path()
    path.moveTo(*points[0])
    if len(points) == 3:
        path.quadTo(*points[1], *points[2])
    else:
        for point in points[1:]:
            path.lineTo(*point)
    return path


def _tail(body: Body, fur: Fur, back: float, top: float) -> list[_Shape]:
    """The tail at the trunk's back end (x ``back``, its top ``top``), in face heights, pointing +x."""
    rgb = shade(fur.coat, TAIL)
    root = (back - 0.05, top + 0.15)
    if body.tail == "bushy":  # out and down, thick, its tip in the belly's colour
        end = (back + 0.5, top + body.depth * 0.75)
        shapes = [_Shape(_line((root, (back + 0.45, top - 0.05), end)), rgb, 0.3)]
        if fur.belly != fur.coat:
            shapes.append(_Shape(_oval(end[0], end[1], 0.14, 0.14), fur.belly))
        return shapes
    if body.tail in ("long", "tuft"):  # thin, swept up
        end = (back + 0.32, top - 0.3)
        shapes = [_Shape(_line((root, (back + 0.42, top + 0.1), end)), rgb, body.thick * 0.4)]
        if body.tail == "tuft":
            shapes.append(_Shape(_oval(end[0], end[1] - 0.02, 0.09, 0.12), fur.ear))
        return shapes
    if body.tail == "curl":
        path = skia.Path()
        path.addArc(skia.Rect.MakeLTRB(back - 0.02, top + 0.02, back + 0.2, top + 0.24), 180, 300)
        return [_Shape(path, rgb, 0.05)]
    colour = fur.belly if body.tail == "puff" else rgb
    return [_Shape(_oval(back, top + 0.22, 0.13, 0.13), colour)]


def _quadruped(body: Body, fur: Fur, aspect: float, walking: bool) -> tuple[list[_Shape], Box, Box]:
    """The shapes of a standing quadruped's body (face heights, its face's top-left at the origin,
    facing -x), the face's box and the whole ink's box."""
    middle = aspect / 2
    front, top = middle - FRONT, SHOULDER
    back, belly = front + body.length, top + body.depth
    ground = belly + body.leg
    thick = body.thick
    legs_rgb = fur.ear if body.dark == "legs" else fur.coat
    shapes: list[_Shape] = []
    hips = (front + body.length * 0.22, back - body.length * 0.2)
    for far in (True, False):
        for index, hip in enumerate(hips):
            x = hip + (FAR_STEP if far else 0.0)
            stride = STRIDE * (1 if (index == 0) != far else -1) if walking else 0.0
            tone = FAR if far else 0.0
            knee = (x + stride * (1 - SOCKS), ground - body.leg * SOCKS - thick / 2)
            foot = (x + stride, ground - thick / 2)
            shapes.append(_Shape(_line(((x, belly - thick), foot)), shade(legs_rgb, tone), thick))
            if body.dark == "socks":
                shapes.append(_Shape(_line((knee, foot)), shade(fur.ear, tone), thick))
    trunk = skia.Path()
    radius = body.depth / 2
    trunk.addRRect(skia.RRect.MakeRectXY(skia.Rect.MakeLTRB(front, top, back, belly), radius, radius))
    shapes.append(_Shape(trunk, fur.coat))
    shapes = _tail(body, fur, back, top) + shapes  # behind the legs and the trunk
    reach = {"bushy": 0.66, "long": 0.5, "tuft": 0.5, "curl": 0.22}.get(body.tail, 0.15)
    face = (0.0, 0.0, aspect, 1.0)
    return shapes, face, (0.0, 0.0, max(aspect, back + reach), ground)


def _sitting(body: Body, fur: Fur, aspect: float) -> tuple[list[_Shape], Box, Box]:
    """The shapes of a quadruped sitting on its haunches (face heights, its face's top-left at the
    origin, facing -x): its chest upright under the face, front legs straight down before it, the
    haunch behind with the hind foot flat before it, the tail curled along the ground; the face's box
    and the whole ink's box."""
    middle = aspect / 2
    ground = SHOULDER + body.depth + body.leg * 0.8 + 0.25
    thick = body.thick
    haunch_r = body.depth * 0.62
    haunch = (middle + aspect * 0.28 + haunch_r * 0.4, ground - haunch_r)
    legs_rgb = fur.ear if body.dark == "legs" else fur.coat
    shapes = _curled_tail(body, fur, haunch[0] + haunch_r * 0.7, ground)
    shapes.append(_Shape(_oval(haunch[0], haunch[1], haunch_r * 1.05, haunch_r), shade(fur.coat, -0.04)))
    chest = skia.Path()
    chest.addRRect(
        skia.RRect.MakeRectXY(
            skia.Rect.MakeLTRB(middle - aspect * 0.3, SHOULDER, middle + aspect * 0.32, ground - thick * 0.4),
            aspect * 0.3,
            aspect * 0.3,
        )
    )
    shapes.append(_Shape(chest, fur.coat))
    if fur.belly != fur.coat:  # the chest's light front, under the chin
        shapes.append(_Shape(_oval(middle, SHOULDER + 0.62, aspect * 0.18, 0.3), fur.belly))
    foot = (haunch[0] - haunch_r * 0.55, ground - thick * 0.35)
    shapes.append(_Shape(_oval(foot[0], foot[1], thick * 1.3, thick * 0.36), shade(legs_rgb, -0.04)))
    for x in (middle - aspect * 0.14, middle + aspect * 0.1):  # the front legs, toward the viewer
        shapes.append(_Shape(_line(((x, SHOULDER + 0.6), (x, ground - thick / 2))), legs_rgb, thick))
        if body.dark == "socks":
            knee = ground - body.leg * SOCKS - thick / 2
            shapes.append(_Shape(_line(((x, knee), (x, ground - thick / 2))), fur.ear, thick))
    right = max(aspect, haunch[0] + haunch_r * 1.05, haunch[0] + haunch_r * 0.7 + _curl_reach(body))
    return shapes, (0.0, 0.0, aspect, 1.0), (0.0, 0.0, right, ground)


def _curl_reach(body: Body) -> float:
    return 0.45 if body.tail in ("bushy", "long", "tuft") else 0.12


def _curled_tail(body: Body, fur: Fur, root: float, ground: float) -> list[_Shape]:
    """A sitter's tail out behind the haunch from ``root``, lying along the ground."""
    rgb = shade(fur.coat, TAIL)
    if body.tail not in ("bushy", "long", "tuft"):
        return [_Shape(_oval(root, ground - 0.12, 0.12, 0.12), fur.belly if body.tail == "puff" else rgb)]
    wide = 0.26 if body.tail == "bushy" else body.thick * 0.4
    end = (root + 0.3, ground - wide / 2)
    shapes = [_Shape(_line(((root - 0.1, ground - 0.25), (root + 0.15, ground - 0.02), end)), rgb, wide)]
    if body.tail == "bushy" and fur.belly != fur.coat:
        shapes.append(_Shape(_oval(end[0], end[1], 0.12, 0.12), fur.belly))
    if body.tail == "tuft":
        shapes.append(_Shape(_oval(end[0] + 0.04, end[1], 0.1, 0.08), fur.ear))
    return shapes


def _frog(body: Body, fur: Fur, aspect: float) -> tuple[list[_Shape], Box, Box]:
    """The shapes of a frog sitting facing the viewer (face heights, its face's top-left at the
    origin), its face's box and the whole ink's box."""
    del body
    half = aspect / 2
    side = shade(fur.coat, -0.06)
    foot = shade(fur.coat, -0.14)
    ground = 1.42
    shapes: list[_Shape] = []
    for sign in (-1.0, 1.0):  # the folded back legs: haunches, long feet out to the sides
        shapes.append(_Shape(_oval(half + sign * 0.68 * half, ground - 0.08, 0.38 * half, 0.08), foot))
        shapes.append(_Shape(_oval(half + sign * 0.42 * half, ground - 0.36, 0.34 * half, 0.34), side))
    shapes.append(_Shape(_oval(half, 0.98, 0.4 * half, 0.42), fur.coat))
    shapes.append(_Shape(_oval(half, 1.04, 0.28 * half, 0.32), fur.belly))
    for sign in (-1.0, 1.0):  # the front legs, straight down before the belly, and their feet
        x = half + sign * 0.25 * half
        leg = ((x, 0.95), (x + sign * 0.04 * half, ground - 0.08))
        shapes.append(_Shape(_line(leg), fur.coat, 0.13))
        shapes.append(_Shape(_oval(leg[1][0] + sign * 0.04 * half, ground - 0.04, 0.14 * half, 0.05), foot))
    reach = half * (0.68 + 0.38)
    return shapes, (0.0, 0.0, aspect, 1.0), (half - reach, 0.0, half + reach, ground)


def _frame(ink: Box, box: Box, mirror: bool) -> tuple[float, float, float, float]:
    """(scale, x of the ink's left edge, y of its top, x sign) fitting ``ink`` standing on the
    bottom of the pixel ``box``, centred."""
    x0, y0, x1, y1 = box
    wide, tall = ink[2] - ink[0], ink[3] - ink[1]
    scale = min((x1 - x0) / max(wide, 1e-6), (y1 - y0) / max(tall, 1e-6))
    left = (x0 + x1) / 2 - wide * scale / 2
    return scale, left, y1 - tall * scale, -1.0 if mirror else 1.0


def body_ink(body: Body, art: Art, box: Box, mirror: bool, pose: str = "") -> Box:
    """The pixel ink of the animal (face and body) posed ``pose`` drawn in ``box``."""
    shapes, face, ink = _layout(body, art, pose)
    del shapes, face
    scale, left, top, _ = _frame(ink, box, mirror)
    return (left, top, left + (ink[2] - ink[0]) * scale, top + (ink[3] - ink[1]) * scale)


def _head(face: Box, ink: Box, frame: tuple[float, float, float, float], mirror: bool) -> Box:
    """The pixel box of the ``face`` (in the layout's units) once its ``ink`` is fitted at ``frame``
    (scale, left, top, width)."""
    scale, left, top, wide = frame
    fx0, fy0, fx1, fy1 = (
        (v - o) * scale for v, o in zip(face, (ink[0], ink[1], ink[0], ink[1]), strict=True)
    )
    if mirror:
        return (left + wide - fx1, top + fy0, left + wide - fx0, top + fy1)
    return (left + fx0, top + fy0, left + fx1, top + fy1)


def head_box(body: Body, art: Art, box: Box, mirror: bool, pose: str = "") -> Box:
    """The pixel box the face goes in once the animal (face and body) is drawn in ``box``: what it
    wears or holds moves there with it."""
    _, face, ink = _layout(body, art, pose)
    scale, left, top, _ = _frame(ink, box, mirror)
    return _head(face, ink, (scale, left, top, (ink[2] - ink[0]) * scale), mirror)


def _layout(body: Body, art: Art, pose: str) -> tuple[list[_Shape], Box, Box]:
    bx0, by0, bx1, by1 = art.bounds
    aspect = (bx1 - bx0) / max(by1 - by0, 1e-6)
    fur = fur_of(art)
    if body.frog:
        return _frog(body, fur, aspect)
    if pose == "sitting":
        return _sitting(body, fur, aspect)
    return _quadruped(body, fur, aspect, pose in GAITS)


def paint_bodied(
    canvas: skia.Canvas,
    art: Art,
    body: Body,
    box: Box,
    look: Look,
    unit: float,
    mirror: bool,
    pose: str = "",
) -> Box:
    """Paint the face ``art`` on its ``body`` standing on the bottom of the pixel ``box`` (its
    face at the right when ``mirror``), posed ``pose`` (walking in stride, sitting on its
    haunches), ringed by the halo ``look`` asks for. Returns the ink."""
    shapes, face, ink = _layout(body, art, pose)
    scale, left, top, sign = _frame(ink, box, mirror)
    wide = (ink[2] - ink[0]) * scale
    canvas.save()
    canvas.translate(left + (wide if mirror else 0.0), top)
    canvas.scale(sign * scale, scale)
    canvas.translate(-ink[0], -ink[1])
    if look.halo is not None:  # the body's ring, under it (the face rings itself)
        for shape in shapes:
            width = shape.width + 2 * max(1.0, unit) / scale
            canvas.drawPath(shape.path, _paint(look.halo, width))
    for shape in shapes:
        canvas.drawPath(shape.path, _paint(shape.rgb, shape.width))
    canvas.restore()
    head = _head(face, ink, (scale, left, top, wide), mirror)
    upright = dataclasses.replace(look, stands=False, fill=False, sink=0.0)
    paint_art(canvas, art, place(art, head, upright, mirror), look, unit)
    return (left, top, left + wide, top + (ink[3] - ink[1]) * scale)


def _paint(rgb: RGB, width: float) -> skia.Paint:
    if width <= 0:
        return skia.Paint(Color=skia.Color(*rgb), AntiAlias=True)
    return skia.Paint(
        Color=skia.Color(*rgb),
        AntiAlias=True,
        Style=skia.Paint.kStroke_Style,
        StrokeWidth=width,
        StrokeCap=skia.Paint.kRound_Cap,
    )


__all__ = ["BODIES", "GAITS", "POSES", "Body", "body_for", "body_ink", "head_box", "in_scene", "paint_bodied"]
