"""Pixel helpers the render tests share: where a colour is drawn, and how far it reaches."""

from __future__ import annotations

import numpy as np


def near(pixels: np.ndarray, rgb: tuple[int, int, int], tolerance: int = 20) -> np.ndarray:
    """A mask of the RGB ``pixels`` within ``tolerance`` (summed over channels) of ``rgb``."""
    return np.abs(pixels - np.array(rgb)).sum(axis=2) < tolerance


def extent(mask: np.ndarray) -> tuple[int, int, int, int]:
    """Columns and rows holding at least 2 pixels of ``mask``: x0, y0, x1, y1."""
    ys, xs = np.nonzero(mask.sum(axis=1) >= 2)[0], np.nonzero(mask.sum(axis=0) >= 2)[0]
    assert len(xs) and len(ys), "colour not drawn"
    return int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())
