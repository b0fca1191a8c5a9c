"""A child process that ends by itself when the process that started it is gone.

Render-slot processes and tier lanes poll their parent's pid: when the server dies, even killed
with SIGKILL (no chance to stop its children), they exit within :data:`PARENT_POLL_S`.
"""

from __future__ import annotations

import os
import threading
import time

#: Seconds between a child's checks that its parent still runs.
PARENT_POLL_S = 0.5


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_S)
    os._exit(0)


def exit_with_parent(parent: int) -> None:
    """Start a daemon thread that ends this process once ``parent`` is no longer its parent."""
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True, name="limner-parent").start()


__all__ = ["PARENT_POLL_S", "exit_with_parent"]
