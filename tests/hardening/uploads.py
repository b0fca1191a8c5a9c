"""Large reference uploads for memory tests: a valid PNG padded to a size with a private chunk."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import numpy as np
from PIL import Image


def padded_png(width: int, height: int, total_bytes: int) -> bytes:
    """A ``width``×``height`` PNG of about ``total_bytes``: a gradient plus an ancillary private chunk
    of incompressible bytes (decoders skip it; the server's re-encoding drops it)."""
    pixels = np.zeros((height, width, 3), dtype=np.uint8)
    pixels[..., 0] = (np.arange(width) % 256).astype(np.uint8)[None, :]
    pixels[..., 1] = 120
    out = io.BytesIO()
    Image.fromarray(pixels).save(out, "PNG", compress_level=1)
    png = out.getvalue()
    pad = max(0, total_bytes - len(png) - 12)
    body = np.random.default_rng(7).integers(0, 256, pad, dtype=np.uint8).tobytes()
    crc = zlib.crc32(b"prVt" + body) & 0xFFFFFFFF
    chunk = struct.pack(">I", len(body)) + b"prVt" + body + struct.pack(">I", crc)
    return png[:33] + chunk + png[33:]  # after the 8-byte signature and the 25-byte IHDR


def noisy_png(width: int, height: int, seed: int) -> bytes:
    """A PNG of random pixels: it stays about ``3 × width × height`` bytes once re-encoded."""
    pixels = np.random.default_rng(seed).integers(0, 256, (height, width, 3), dtype=np.uint8)
    out = io.BytesIO()
    Image.fromarray(pixels).save(out, "PNG", compress_level=1)
    return out.getvalue()


def mask_png(width: int, height: int, hole: tuple[int, int, int, int]) -> bytes:
    """An OpenAI edit mask: opaque everywhere but the fully transparent box ``hole`` (x0, y0, x1, y1)."""
    alpha = np.full((height, width), 255, dtype=np.uint8)
    x0, y0, x1, y1 = hole
    alpha[y0:y1, x0:x1] = 0
    rgba = np.zeros((height, width, 4), dtype=np.uint8)
    rgba[..., 3] = alpha
    out = io.BytesIO()
    Image.fromarray(rgba, "RGBA").save(out, "PNG")
    return out.getvalue()


def rss_bytes(pid: int) -> int:
    """Resident set size of a process (Linux ``/proc``)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


__all__ = ["mask_png", "noisy_png", "padded_png", "rss_bytes"]
