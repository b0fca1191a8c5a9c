"""Separate a reference's subject from a plain background (no OpenCV: numpy only).

Images that already have transparent pixels keep their own alpha. Otherwise the background
colour is the median of the outermost pixel ring; when at least :data:`MIN_PLAIN_BORDER` of that
ring is within tolerance of it the background is *plain*, and every background-coloured pixel
connected to the border (a flood fill, done as alternating row and column run fills, each a
few vectorized passes) becomes transparent, with a soft ramp between the two tolerances so
that anti-aliased edges blend. Background-coloured areas enclosed by the subject (a white label
on a bottle) stay opaque, because they are not connected to the border.

What works: studio/product shots on white, grey or any flat or gently shaded colour, JPEG
noise included. What does not: busy or textured backgrounds (the ring is not plain: the image
is kept whole, as a rectangle), and subjects that touch the border in the background's own
colour (that part of the subject is cut away). An image that is (almost) entirely its
background colour, such as a colour swatch, is kept whole.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

U8 = npt.NDArray[np.uint8]
Mask = npt.NDArray[np.bool_]

#: Colour distance (max over channels, 0..255) under which a pixel is surely background …
LOW_TOLERANCE = 18
#: … and over which it is surely subject; in between, alpha ramps.
HIGH_TOLERANCE = 40
#: Share of the border ring that must be background-coloured for the background to count as plain.
MIN_PLAIN_BORDER = 0.6
#: A matte that would keep less than this share of the pixels is not applied.
MIN_SUBJECT = 0.02
MAX_PASSES = 200


def has_transparency(rgba: U8) -> bool:
    return bool(rgba.shape[2] == 4 and int(rgba[..., 3].min()) < 255)


def _ring(rgb: U8) -> npt.NDArray[np.int16]:
    top, bottom = rgb[0], rgb[-1]
    left, right = rgb[1:-1, 0], rgb[1:-1, -1]
    return np.concatenate([top, bottom, left, right]).astype(np.int16)


def background_color(rgb: U8) -> tuple[int, int, int] | None:
    """The plain background's colour, or ``None`` when the border is not plain."""
    if rgb.shape[0] < 3 or rgb.shape[1] < 3:
        return None
    ring = _ring(rgb)
    median = np.median(ring, axis=0).round().astype(np.int16)
    close = np.abs(ring - median).max(axis=1) <= LOW_TOLERANCE
    if close.mean() < MIN_PLAIN_BORDER:
        return None
    return int(median[0]), int(median[1]), int(median[2])


def _fill_runs(candidate: Mask, reached: Mask) -> Mask:
    """Grow ``reached`` along each row to the whole run of ``candidate`` pixels it touches."""
    starts = candidate.copy()
    starts[:, 1:] &= ~candidate[:, :-1]
    labels = np.cumsum(starts.ravel(), dtype=np.int64).reshape(candidate.shape)
    labels[~candidate] = 0
    hit = np.zeros(int(labels.max()) + 1, dtype=bool)
    hit[labels[reached]] = True
    hit[0] = False
    result: Mask = hit[labels]
    return result


def flood_from_border(candidate: Mask) -> Mask:
    """Pixels of ``candidate`` 4-connected to the image border."""
    reached = np.zeros_like(candidate)
    reached[0, :] = candidate[0, :]
    reached[-1, :] = candidate[-1, :]
    reached[:, 0] |= candidate[:, 0]
    reached[:, -1] |= candidate[:, -1]
    candidate_t = np.ascontiguousarray(candidate.T)
    for _ in range(MAX_PASSES):
        grown = _fill_runs(candidate, reached)
        grown = _fill_runs(candidate_t, np.ascontiguousarray(grown.T)).T
        if np.array_equal(grown, reached):
            break
        reached = np.ascontiguousarray(grown)
    return reached


def matte(rgba: U8) -> U8:
    """``rgba`` (H × W × 4, unpremultiplied) with its alpha set as the module docstring says."""
    if has_transparency(rgba):
        return rgba
    rgb = rgba[..., :3]
    color = background_color(rgb)
    if color is None:
        return rgba
    distance = np.abs(rgb.astype(np.int16) - np.array(color, dtype=np.int16)).max(axis=2)
    background = flood_from_border(distance < HIGH_TOLERANCE)
    if background.mean() > 1.0 - MIN_SUBJECT:
        return rgba  # (nearly) all background: the image is its own subject, e.g. a colour swatch
    ramp = (distance.astype(np.float32) - LOW_TOLERANCE) / (HIGH_TOLERANCE - LOW_TOLERANCE)
    alpha = np.where(background, np.clip(ramp, 0.0, 1.0) * 255.0, 255.0)
    out = rgba.copy()
    out[..., 3] = np.round(alpha).astype(np.uint8)
    return out


__all__ = [
    "HIGH_TOLERANCE",
    "LOW_TOLERANCE",
    "MIN_PLAIN_BORDER",
    "background_color",
    "flood_from_border",
    "has_transparency",
    "matte",
]
