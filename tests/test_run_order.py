"""tests/conftest.py hands the slow and e2e files out first, each file in its own order."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import pytest

from tests.conftest import pytest_collection_modifyitems


@dataclass
class _Item:
    path: Path
    name: str
    markers: tuple[str, ...] = field(default=())

    def get_closest_marker(self, name: str) -> object | None:
        return name if name in self.markers else None


def _order(items: list[_Item]) -> list[str]:
    as_items = cast(list[pytest.Item], items)
    pytest_collection_modifyitems(as_items)
    return [f"{item.path.name}::{item.name}" for item in cast(list[_Item], as_items)]


def test_marked_files_go_first_whole_and_everything_keeps_its_order() -> None:
    fast, slow, e2e, later = Path("a_fast.py"), Path("b_slow.py"), Path("c_e2e.py"), Path("d_fast.py")
    items = [
        _Item(fast, "one"),
        _Item(slow, "quick"),  # unmarked, but its file has a slow test: it goes with its file
        _Item(fast, "two"),
        _Item(slow, "long", ("slow",)),
        _Item(later, "three"),
        _Item(e2e, "served", ("e2e",)),
    ]
    assert _order(items) == [
        "b_slow.py::quick",
        "b_slow.py::long",
        "c_e2e.py::served",
        "a_fast.py::one",
        "a_fast.py::two",
        "d_fast.py::three",
    ]


def test_nothing_marked_keeps_the_collection_order() -> None:
    items = [_Item(Path("b.py"), "x"), _Item(Path("a.py"), "y"), _Item(Path("b.py"), "z")]
    assert _order(items) == ["b.py::x", "a.py::y", "b.py::z"]
