from __future__ import annotations

import re

import pytest

from limner.platform.ids import looks_like_id, new_id


def test_ids_are_prefixed_random_and_unique() -> None:
    ids = {new_id("gen") for _ in range(2000)}
    assert len(ids) == 2000
    assert all(re.fullmatch(r"gen_[0-9a-z]{24}", i) for i in ids)
    assert new_id("plan").startswith("plan_") and new_id("img").startswith("img_")
    assert new_id("req").startswith("req_")


def test_unknown_prefixes_are_refused() -> None:
    with pytest.raises(ValueError):
        new_id("banana")


def test_looks_like_id() -> None:
    assert looks_like_id("ref_abc", "ref")
    assert not looks_like_id("plan_abc", "ref")
    assert not looks_like_id("ref_", "ref")
    assert not looks_like_id("ref_a b", "ref")


def test_ids_made_later_sort_after_earlier_ones() -> None:
    first, second = new_id("gen", now_ms=1_700_000_000_000), new_id("gen", now_ms=1_700_000_000_001)
    assert first < second and len(first) == len(second) == len("gen_") + 24
    made = [new_id("img") for _ in range(50)]
    assert [i[:13] for i in made] == sorted(i[:13] for i in made)  # the time part never goes back
