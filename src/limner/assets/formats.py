"""Designed formats: which nouns are layouts (posters, banners, signs…) and where their face is.

One table shared by the reasoner (``reason/design.py`` lays a format out: the page's margins,
its text boxes by role, the hero; a sign's text inside the sign's face) and the built-in
renderer (``render/builtin/panel.py`` draws the page, board or label so that its face is
exactly where this module says). Data, not code: a new format is a new row.

Two families:

* **page** formats — a poster, banner, flyer, card, invitation, menu, ad, cover or thumbnail
  named first in a prompt *is* the picture: a full-canvas page with margins, a type hierarchy
  (headline, sub-line, caption) and the subject as the hero.
* **board** formats — a sign, label, tag, plaque or billboard is a thing in a scene, drawn as a
  board (or a label) with its text on its face.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

BoxT = tuple[float, float, float, float]

#: Format word → panel style. Page styles lay out the whole canvas when the format leads the prompt.
FORMATS: Mapping[str, str] = MappingProxyType(
    {
        "poster": "page",
        "banner": "page",
        "flyer": "page",
        "leaflet": "page",
        "brochure": "page",
        "card": "card",
        "greeting card": "card",
        "birthday card": "card",
        "postcard": "card",
        "invitation": "card",
        "menu": "page",
        "ad": "page",
        "advert": "page",
        "advertisement": "page",
        "cover": "page",
        "book cover": "page",
        "album cover": "page",
        "magazine cover": "page",
        "thumbnail": "page",
        "sign": "board",
        "signboard": "board",
        "placard": "board",
        "notice": "wallboard",
        "plaque": "wallboard",
        "road sign": "board",
        "street sign": "board",
        "billboard": "board",
        "chalkboard": "wallboard",
        "blackboard": "wallboard",
        "whiteboard": "wallboard",
        "label": "label",
        "tag": "label",
        "price tag": "label",
        "sticker": "label",
        "nameplate": "label",
    }
)
#: Styles that become the whole picture when the format is the prompt's first thing.
PAGE_STYLES = frozenset({"page", "card"})

#: Where the face of each style lies inside the panel's box (fractions of the box).
#: A board stands on two posts: the board fills the top ``BOARD_HEIGHT`` of the box.
BOARD_HEIGHT = 0.74
FACES: Mapping[str, BoxT] = MappingProxyType(
    {
        "page": (0.07, 0.07, 0.93, 0.93),
        "card": (0.08, 0.08, 0.92, 0.92),
        "board": (0.07, 0.08, 0.93, BOARD_HEIGHT - 0.08),
        "label": (0.1, 0.14, 0.9, 0.86),
        # a board on a wall (blackboard, notice, plaque): a frame all round, no posts
        "wallboard": (0.05, 0.07, 0.95, 0.93),
    }
)
#: Default colours per style: (face, frame) as #rrggbb.
DEFAULT_COLORS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "page": ("#fdf6e3", "#c9b98f"),
        "card": ("#fffaf0", "#d9c7a7"),
        "board": ("#f3e6c8", "#8a5a35"),
        "label": ("#fffdf5", "#b08d57"),
        "wallboard": ("#f3e6c8", "#8a5a35"),
    }
)


#: Words whose board has a colour of its own when the prompt names none: (face, frame).
WORD_COLORS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "blackboard": ("#2f4a3a", "#8a5a35"),
        "chalkboard": ("#2f4a3a", "#8a5a35"),
        "whiteboard": ("#fbfbf8", "#9aa3ad"),
        "road sign": ("#2e7d4f", "#e8e8e8"),
        "street sign": ("#2e7d4f", "#e8e8e8"),
    }
)


def format_style(word: str | None) -> str | None:
    """The panel style of a format word (``"poster"`` → ``"page"``), or None for other words."""
    if not word:
        return None
    key = " ".join(word.lower().split())
    if key in FORMATS:
        return FORMATS[key]
    last = key.rsplit(" ", 1)[-1]
    return FORMATS.get(last)


#: The generic sign picture (a placard): a sign drawn with it is drawn as a panel with a face instead.
GENERIC_SIGN = "🪧"


def own_sign_art(noun: str) -> bool:
    """Whether ``noun`` is a sign with a picture of its own (a stop sign's red octagon), drawn as that
    picture rather than as a blank board when nothing is written on it."""
    from limner.assets.art import resolve_art  # the art tables load on first use

    art = resolve_art(noun)
    return art.exact and art.emoji != GENERIC_SIGN


def face_box(box: BoxT, style: str) -> BoxT:
    """The face (where text goes) of a panel of ``style`` drawn in ``box``, in the same units."""
    fx0, fy0, fx1, fy1 = FACES.get(style, FACES["label"])
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    return (x0 + fx0 * w, y0 + fy0 * h, x0 + fx1 * w, y0 + fy1 * h)


__all__ = [
    "BOARD_HEIGHT",
    "DEFAULT_COLORS",
    "FACES",
    "FORMATS",
    "GENERIC_SIGN",
    "PAGE_STYLES",
    "WORD_COLORS",
    "face_box",
    "format_style",
    "own_sign_art",
]
