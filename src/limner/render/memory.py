"""Keep freed render buffers in the process instead of handing them back to the kernel.

A render allocates a few large buffers (a 2048² canvas is 16 MB) and frees them when done. glibc
serves allocations over its mmap threshold with fresh ``mmap`` pages and unmaps them on ``free``,
so every render page-faults its buffers in again: at 2048² about 6,000 faults and 40 % of the
render's time spent in the kernel zeroing pages. That kernel work also slows every other process
on the machine (it is what a busy Build render costs a Scale request next to it). Raising the
mmap threshold to its maximum and never trimming the heap makes a process reuse its buffers:
no faults after the first render.

For render processes (slot processes, workers, ``limner serve``): their peak memory is what they
keep. Without glibc (musl, macOS) this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging

logger = logging.getLogger(__name__)

#: ``mallopt`` parameters (glibc ``malloc.h``).
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
#: glibc's largest mmap threshold on 64-bit (``DEFAULT_MMAP_THRESHOLD_MAX``): 32 MiB.
MMAP_THRESHOLD = 32 * 1024 * 1024
#: Free memory at the top of the heap kept rather than given back (effectively: all of it).
TRIM_THRESHOLD = 2**31 - 1


def keep_freed_memory() -> bool:
    """Tune this process's allocator to reuse freed buffers; ``False`` where that is unsupported."""
    name = ctypes.util.find_library("c")
    if name is None:
        return False
    try:
        libc = ctypes.CDLL(name)
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    done = bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(
        mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD)
    )
    if not done:
        logger.debug("mallopt refused the render memory settings")
    return done


__all__ = ["MMAP_THRESHOLD", "TRIM_THRESHOLD", "keep_freed_memory"]
