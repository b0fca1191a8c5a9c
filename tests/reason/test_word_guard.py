"""The "can this pass apply?" word checks (reason/word_guard.py): necessary conditions only, a bounded
and pure cache, and guarded passes that rewrite exactly what they rewrote before."""

from __future__ import annotations

import re

import pytest

from limner.reason.implied_props import add_props
from limner.reason.implied_seats import seat_at_tables
from limner.reason.normalize import normalize
from limner.reason.rooms import _rooms_of, room_of
from limner.reason.segment import tokenize
from limner.reason.thrown_to import thrown_to
from limner.reason.told_to import told_to
from limner.reason.word_guard import CACHED_TEXTS, heads, lower_words, may_have

VERBS = frozenset({"take", "throw"})
PATTERN = re.compile(r"\b(?:take|throw)\b", re.IGNORECASE)


@pytest.mark.parametrize(
    "text",
    [
        "a dog",
        "Take the cat",
        "THROW a ball",
        "a retake of the photo",
        "take-away coffee",
        "throwing a ball",
        "the cat_take",
        "a \u212aitten, then take it",  # the Kelvin sign: not ASCII, so always "may"
        "",
    ],
)
def test_may_have_is_a_necessary_condition_of_the_pattern(text: str) -> None:
    if PATTERN.search(text) is not None:
        assert may_have(text, VERBS)
    if text.isascii():  # on ASCII text the check is exact
        assert may_have(text, VERBS) == (PATTERN.search(text) is not None)


def test_non_ascii_text_always_may() -> None:
    # "\u017f" (long s) matches "s" under re.IGNORECASE though "\u017f".lower() is not "s"
    assert re.search(r"\bsit\b", "\u017fit", re.IGNORECASE) is not None
    assert may_have("\u017fit", frozenset({"sit"}))


def test_heads_are_first_words_or_no_guard() -> None:
    assert heads(["reading", "Tells", "ice skating", "t-shirt"]) == {"reading", "tells", "ice", "t"}
    assert heads(["#tag", "reading"]) is None
    assert heads(["caf\u00e9"]) is None


def test_lower_words_cache_is_bounded_and_pure() -> None:
    lower_words.cache_clear()
    first = lower_words("A Red Cat")
    assert first == {"a", "red", "cat"}
    for n in range(CACHED_TEXTS * 3):
        lower_words(f"text {n}")
    info = lower_words.cache_info()
    assert info.maxsize == CACHED_TEXTS
    assert info.currsize <= CACHED_TEXTS
    assert lower_words("A Red Cat") == first  # recomputed after eviction: the same answer


def test_rooms_cache_is_bounded_and_pure() -> None:
    assert _rooms_of.cache_info().maxsize is not None
    once = room_of(["stove", "sink"])
    _rooms_of.cache_clear()
    assert room_of(["stove", "sink"]) == once == "kitchen"
    assert isinstance(_rooms_of("stove"), frozenset)


@pytest.mark.parametrize(
    ("guarded", "text", "rewritten"),
    [
        (told_to, "a mother reading a story to her daughter", True),
        (told_to, "a mother next to her daughter", False),
        (thrown_to, "a boy throwing a ball to his dog", True),
        (thrown_to, "a boy next to his dog", False),
        (add_props, "a boy brushing his teeth", True),
        (add_props, "a boy next to a bench", False),
        (seat_at_tables, "a man sitting at a table", True),
        (seat_at_tables, "a family having breakfast", True),
        (seat_at_tables, "a man next to a table", False),
    ],
)
def test_guarded_passes_still_rewrite(guarded: object, text: str, rewritten: bool) -> None:
    assert callable(guarded)
    assert (guarded(text) != text) == rewritten


def test_normalize_guards_keep_rewrites() -> None:
    assert normalize("a cat w/ a hat & a dog").text == "a cat with a hat and a dog"
    assert normalize("kite / balloon / bird").text == "kite, balloon, bird"
    assert normalize("take two away").text == "take away two"
    assert normalize('a sign that says "OPEN"').quotes == ("OPEN",)
    assert normalize("a cat\x00 and a dog").text == "a cat and a dog"


def test_tokenize_digit_guard_and_shared_tokens() -> None:
    assert [t.text for t in tokenize("4x red balloons")] == ["4", "red", "balloons"]
    assert [t.text for t in tokenize("each of the three vases")] == ["three", "vases", "each"]
    first, second = tokenize("a cat"), tokenize("a cat")
    assert first == second and first[1] is second[1]  # immutable tokens, shared
