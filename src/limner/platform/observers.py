"""What the service reports while it works, for whoever watches it (the server's ``/metrics``).

:class:`ServiceObserver` is a two-method protocol. A :class:`~limner.platform.service.LimnerService`
calls every observer in its ``observers`` list after each image a renderer drew and after each
generation it stored; nothing is reported when no observer is attached (the in-process CLI).
Sizes are reported as a :data:`SizeClass` so that a metric's labels stay few.
"""

from __future__ import annotations

from typing import Literal, Protocol

SizeClass = Literal["small", "medium", "large", "xlarge"]

#: The largest pixel count of each size class but the last (512², 1024², 2048²).
SIZE_CLASSES: tuple[tuple[SizeClass, int], ...] = (
    ("small", 512 * 512),
    ("medium", 1024 * 1024),
    ("large", 2048 * 2048),
)


def size_class(width: int, height: int) -> SizeClass:
    """``small`` up to 512² pixels, ``medium`` up to 1024², ``large`` up to 2048², else ``xlarge``."""
    pixels = width * height
    for name, most in SIZE_CLASSES:
        if pixels <= most:
            return name
    return "xlarge"


class ServiceObserver(Protocol):
    def image_rendered(self, renderer: str, width: int, height: int, seconds: float) -> None:
        """A renderer drew one image of ``width`` × ``height`` in ``seconds`` (wall clock)."""

    def generation_finished(self, renderer: str, status: str, width: int, height: int) -> None:
        """A generation was stored with ``status`` (``succeeded`` or ``failed``)."""


__all__ = ["SIZE_CLASSES", "ServiceObserver", "SizeClass", "size_class"]
