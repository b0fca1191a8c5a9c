"""The colours of an animal's coat, read off the art of its face: the forehead's (the coat), the
muzzle's (the belly and chest, a fox's white tail tip) and the ear tips' (a fox's dark socks, a
panda's black legs). A body drawn in code under a face-only art (:mod:`.animalbody`) wears them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt
import skia

from limner.render.builtin.art import INK_BLACK, Art
from limner.render.builtin.colors import RGB

#: The probe's size (pixels) the art's ink is drawn at to be read.
PROBE = 96
#: Where each colour is read, in shares of the ink's box (x0, y0, x1, y1): the forehead, the muzzle
#: and chin, and the left ear's tip.
FOREHEAD = (0.3, 0.18, 0.7, 0.45)
MUZZLE = (0.3, 0.7, 0.7, 0.95)
EAR = (0.04, 0.0, 0.3, 0.22)


@dataclass(frozen=True)
class Fur:
    """An animal's coat: its main colour, its belly's and its ears' (the darkest points)."""

    coat: RGB
    belly: RGB
    ear: RGB


def _pixels(art: Art) -> npt.NDArray[np.uint8]:
    """The art's ink drawn to fill a :data:`PROBE` square (its aspect stretched)."""
    bx0, by0, bx1, by1 = art.bounds
    pixels = np.zeros((PROBE, PROBE, 4), np.uint8)
    surface = skia.Surface(pixels)
    with surface as canvas:
        canvas.scale(PROBE / max(bx1 - bx0, 1e-6), PROBE / max(by1 - by0, 1e-6))
        canvas.translate(-bx0, -by0)
        canvas.drawPicture(art.picture)
    return pixels


def _commonest(pixels: npt.NDArray[np.uint8], window: tuple[float, float, float, float]) -> RGB | None:
    """The commonest solid colour (not black ink) in ``window`` of ``pixels``, None when none is."""
    x0, y0, x1, y1 = (round(v * PROBE) for v in window)
    area = pixels[y0:y1, x0:x1]
    solid = area[area[:, :, 3] > 200][:, :3].astype(np.uint32)
    solid = solid[solid.sum(axis=1) > INK_BLACK]
    if not len(solid):
        return None
    packed = (solid[:, 0] << 16) | (solid[:, 1] << 8) | solid[:, 2]
    colours, counts = np.unique(packed, return_counts=True)
    value = int(colours[int(np.argmax(counts))])  # ties: the smallest value (unique sorts)
    return (value >> 16, (value >> 8) & 255, value & 255)


@lru_cache(maxsize=256)
def fur_of(art: Art) -> Fur:
    """The coat of the animal whose face ``art`` draws (its plan colour and fade already in it)."""
    pixels = _pixels(art)
    coat = _commonest(pixels, FOREHEAD) or art.mean
    belly = _commonest(pixels, MUZZLE) or coat
    ear = _commonest(pixels, EAR) or coat
    return Fur(coat=coat, belly=belly, ear=ear)


__all__ = ["Fur", "fur_of"]
