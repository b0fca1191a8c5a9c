"""Pixel buffers: numpy RGBA arrays that skia draws into directly, pooled per size for reuse."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import skia

from limner.errors import RenderError
from limner.render.builtin.colors import RGB

Pixels = npt.NDArray[np.uint8]


@dataclass(frozen=True)
class Frame:
    """A surface and the numpy view of its memory (the same bytes: reading them copies nothing)."""

    surface: skia.Surface
    pixels: Pixels

    @property
    def canvas(self) -> skia.Canvas:
        return self.surface.getCanvas()


class BufferPool:
    """Reuses one RGBA buffer per (width, height) per concurrent render; thread-safe."""

    def __init__(self, keep_per_size: int = 2, max_sizes: int = 4, max_pixels: int = 2048 * 2048) -> None:
        self._lock = threading.Lock()
        self._max_pixels = max_pixels
        self._free: dict[tuple[int, int], list[Pixels]] = {}
        self._keep = keep_per_size
        self._max_sizes = max_sizes

    def _take(self, width: int, height: int) -> Pixels:
        with self._lock:
            free = self._free.get((width, height))
            if free:
                return free.pop()
        return np.empty((height, width, 4), np.uint8)

    def _give(self, pixels: Pixels) -> None:
        key = (pixels.shape[1], pixels.shape[0])
        if key[0] * key[1] > self._max_pixels:
            return  # huge canvases are rare: not worth holding 4 bytes per pixel
        with self._lock:
            if key not in self._free and len(self._free) >= self._max_sizes:
                self._free.pop(next(iter(self._free)))
            free = self._free.setdefault(key, [])
            if len(free) < self._keep:
                free.append(pixels)

    @contextmanager
    def frame(self, width: int, height: int) -> Iterator[Frame]:
        """A drawing surface of ``width`` × ``height`` whose pixels return to the pool afterwards."""
        pixels = self._take(width, height)
        surface = skia.Surface(pixels, skia.ColorType.kRGBA_8888_ColorType, skia.AlphaType.kPremul_AlphaType)
        if surface is None:
            raise RenderError(f"cannot create a {width}x{height} drawing surface")
        try:
            yield Frame(surface=surface, pixels=pixels)
        finally:
            del surface
            self._give(pixels)


def flat_color(pixels: Pixels, rows: slice, cols: slice) -> RGB | None:
    """The colour of ``pixels[rows, cols]`` when every pixel there is the same (RGBA compared as
    whole words: one pass, no float statistics), else None; None too for an empty window or a
    buffer that is not contiguous RGBA."""
    if pixels.ndim != 3 or pixels.shape[2] != 4 or not pixels.flags.c_contiguous:
        return None
    words = pixels.view(np.uint32).reshape(pixels.shape[:2])[rows, cols]
    if words.size == 0:
        return None
    if not bool((words == words.flat[0]).all()):
        return None
    first = pixels[rows, cols][0, 0]
    return int(first[0]), int(first[1]), int(first[2])


__all__ = ["BufferPool", "Frame", "Pixels", "flat_color"]
