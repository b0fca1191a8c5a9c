"""Test files marked ``slow`` or ``e2e`` run first.

With ``--dist loadfile`` (``make test``, and the default in pyproject.toml) each xdist worker takes one
file at a time in this order: a long file handed out last keeps one worker busy while the other has
nothing left to run, and the many short files at the end even the two workers out.
"""

from __future__ import annotations

from pathlib import Path

import pytest

FIRST = ("slow", "e2e")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    first: set[Path] = {item.path for item in items if any(item.get_closest_marker(m) for m in FIRST)}
    # A stable sort: every file keeps its own order, and the two groups keep the collection order.
    items.sort(key=lambda item: item.path not in first)
