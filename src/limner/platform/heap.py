"""Give freed memory back to the operating system after a large, short-lived allocation.

Decoding an uploaded image allocates tens of megabytes and frees them at once; glibc keeps freed
memory in its arenas (one per thread that allocated), so without a trim an API process that
decoded a burst of uploads keeps their peak for ever. ``malloc_trim(0)`` returns what is free.
Without glibc (musl, macOS) this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Callable
from functools import cache


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        trim: Callable[[int], int] = ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):
        return None
    return trim


def trim_heap() -> bool:
    """Return free heap memory to the system; ``False`` where unsupported."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


__all__ = ["trim_heap"]
