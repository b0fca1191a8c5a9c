"""Give freed memory back to the operating system after a large, short-lived allocation.

Decoding an uploaded image allocates tens of megabytes and frees them at once; glibc keeps freed
memory in its arenas (one per thread that allocated), so without a trim an API process that
decoded a burst of uploads keeps their peak for ever. ``malloc_trim(0)`` returns what is free.
Without glibc (musl, macOS) this does nothing.

glibc also raises its mmap threshold each time a large mapped block is freed (up to 32 MB), so that
after the first burst, image-sized buffers come from the heap, where fragmentation keeps them;
:func:`map_large_allocations` pins the threshold so that such buffers are always mapped on their
own and unmapped when freed. A server calls it once at startup.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Callable
from functools import cache

#: ``mallopt`` parameter number of the mmap threshold (glibc's ``M_MMAP_THRESHOLD``).
M_MMAP_THRESHOLD = -3
#: Allocations at least this large are mapped on their own (an image row, a decoded upload).
LARGE_ALLOCATION_BYTES = 1 << 20


@cache
def _libc_function(name: str) -> Callable[..., int] | None:
    library = ctypes.util.find_library("c")
    if library is None:
        return None
    try:
        function: Callable[..., int] = getattr(ctypes.CDLL(library), name)
    except (OSError, AttributeError):
        return None
    return function


def _malloc_trim() -> Callable[..., int] | None:
    return _libc_function("malloc_trim")


def map_large_allocations(threshold: int = LARGE_ALLOCATION_BYTES) -> bool:
    """Map every allocation of at least ``threshold`` bytes on its own, for good (freed: unmapped);
    ``False`` where unsupported."""
    mallopt = _libc_function("mallopt")
    if mallopt is None:
        return False
    return bool(mallopt(M_MMAP_THRESHOLD, threshold))


def trim_heap() -> bool:
    """Return free heap memory to the system; ``False`` where unsupported."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


__all__ = ["LARGE_ALLOCATION_BYTES", "map_large_allocations", "trim_heap"]
