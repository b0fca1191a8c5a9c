"""Round 9 (issue 13): nouns and counts in new wordings (plans only). Each test holds a class in
wordings other than everyday_dev_m's, with a case that must not change."""

from __future__ import annotations

from collections import Counter

from limner.reason import BuiltinReasoner, ReasonRequest

_REASONER = BuiltinReasoner()


def _nouns(prompt: str) -> Counter[str]:
    plan = _REASONER.reason(ReasonRequest(prompt=prompt, seed=1, width=1024, height=1024))
    return Counter(e.noun for e in plan.elements if e.kind == "object")


def _colours(prompt: str) -> list[str | None]:
    plan = _REASONER.reason(ReasonRequest(prompt=prompt, seed=1, width=1024, height=1024))
    return [e.attributes.get("color") for e in plan.elements if e.kind == "object"]  # type: ignore[misc]


def test_a_part_of_a_whole_is_the_whole() -> None:
    assert _nouns("a fly on the nose of a dog") == Counter({"fly": 1, "dog": 1})
    assert _nouns("a cat on the lid of a box") == Counter({"cat": 1, "box": 1})
    assert _nouns("a dog waiting at the door") == Counter({"dog": 1, "door": 1})  # a door alone stays


def test_counts_split_over_a_sentence() -> None:
    assert _nouns("four ducks, three on the pond and one on the grass")["duck"] == 4
    assert _nouns("three dogs, two sitting on a bench and one lying down")["dog"] == 3
    assert _nouns("two trees, one tall and one short")["tree"] == 2
    assert _nouns("two dogs, a big one and a small one")["dog"] == 2
    assert _nouns("two big dogs and a small one")["dog"] == 3  # a sized group: a third dog
    assert _nouns("the first dog is brown, the second is white")["dog"] == 2
    assert _nouns("a cat and a dog, make the second one red") == Counter({"cat": 1, "dog": 1})


def test_count_words_people_use() -> None:
    assert _nouns("four pairs of gloves")["glove"] == 8
    assert _nouns("two pairs of scissors")["scissors"] == 2  # each pair is one thing
    assert _nouns("not more than three chairs")["chair"] == 3
    assert _nouns("x2 owls on a branch")["owl"] == 2
    assert _nouns("both of the horses are grazing")["horse"] == 2
    assert _nouns("the twins on a bench")["child"] == 2
    assert _nouns("a number of geese")["goose"] == 3
    assert _nouns("twin girls")["girl"] == 2


def test_hashtags_and_emoji_are_items() -> None:
    assert _nouns("#horse #barn #sunset") == Counter({"horse": 1, "barn": 1})
    assert _nouns("a #dog on the #beach")["dog"] == 1
    assert _nouns("a cat 🐱 on a rug") == Counter({"cat": 1, "rug": 1})
    assert _nouns("a boy kicking a ball ⚽")["soccer ball"] == 1


def test_translators_colours_and_verbs_that_are_things() -> None:
    assert _colours("a cup having a yellow colour") == ["yellow"]
    assert _colours("a parrot with bright green feathers") == ["green"]
    assert _colours("a husky with blue eyes") == [None]  # a part's colour is its own
    assert _nouns("a girl on a slide in a playground")["slide"] == 1
    assert _nouns("a cat and a dog. slide the dog to the right") == Counter({"cat": 1, "dog": 1})
