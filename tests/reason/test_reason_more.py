"""Group quantifiers, "the other one", Damerau typos with a real-word guard, world-relative sizes,
collision-free circles and mirror-symmetric layouts — each as a general rule, on several phrasings."""

from __future__ import annotations

import itertools

import pytest

from limner.plan.model import Element, Plan
from limner.reason import BuiltinReasoner, ReasonRequest
from limner.reason.arrange import mirror_partner, rearrange
from limner.reason.typos import correct, edit_kind
from limner.reason.vocab import lexicon

REASONER = BuiltinReasoner()


def plan_of(prompt: str, width: int = 1024, height: int = 1024) -> Plan:
    return REASONER.reason(ReasonRequest(prompt=prompt, width=width, height=height, seed=3))


def colors(plan: Plan, noun: str) -> list[str | None]:
    return [str(e.attributes["color"]) if "color" in e.attributes else None for e in _of(plan, noun)]


def _of(plan: Plan, noun: str) -> list[Element]:
    return [e for e in plan.elements if e.noun == noun]


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


# -- quantifiers over a group -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prompt", "noun", "want"),
    [
        ("two dogs, both brown", "dog", ["brown", "brown"]),
        ("three cats, all of them black", "cat", ["black"] * 3),
        ("two cups, each one blue", "cup", ["blue", "blue"]),
        ("five pens, every one of them red", "pen", ["red"] * 5),
        ("three birds, each of them green", "bird", ["green"] * 3),
        ("six eggs. all are brown", "egg", ["brown"] * 6),
        ("two pears. make them both yellow", "pear", ["yellow", "yellow"]),
        ("two balloons, one red and one blue", "balloon", ["blue", "red"]),
        ("four apples, two green and two red", "apple", ["green", "green", "red", "red"]),
        ("three chairs, one black and the others white", "chair", ["black", "white", "white"]),
        ("four vases. two of them are blue, the rest green", "vase", ["blue", "blue", "green", "green"]),
    ],
)
def test_a_quantifier_applies_to_the_group(prompt: str, noun: str, want: list[str]) -> None:
    plan = plan_of(prompt)
    assert sorted(c or "-" for c in colors(plan, noun)) == sorted(want)
    assert [e.noun for e in plan.elements] == [noun] * len(want)


def test_an_article_is_not_a_quantifier() -> None:
    plan = plan_of("a yellow-and-purple motorcycle")
    assert colors(plan, "motorcycle") == ["yellow"]


# -- "the other one" ------------------------------------------------------------------------------------


def test_the_other_one_across_groups() -> None:
    plan = plan_of("a red cup and a blue cup. make the red one yellow. make the other one green")
    assert colors(plan, "cup") == ["yellow", "green"]
    assert [s.action for s in plan.sentences] == ["create", "modify", "modify"]
    plan = plan_of("a cat and a dog. make the dog gray. make the other one orange")
    assert colors(plan, "cat") == ["orange"] and colors(plan, "dog") == ["gray"]
    assert not _of(plan, "orange")


def test_one_and_the_other_make_a_pair() -> None:
    for prompt in ("one cat is black, the other is white", "one car is yellow and the other one is black"):
        plan = plan_of(prompt)
        assert len(plan.elements) == 2 and len({e.noun for e in plan.elements}) == 1
        assert sorted(c or "-" for c in colors(plan, plan.elements[0].noun)) == sorted(
            w for w in ("black", "white", "yellow") if w in prompt
        )
        assert any("second" in t.message and t.sentence == 0 for t in plan.trace)


def test_the_other_after_a_counted_subset() -> None:
    plan = plan_of("two dogs. one is sitting, the other one is brown")
    assert sorted(c or "-" for c in colors(plan, "dog")) == ["-", "brown"]
    plan = plan_of("three cats. the first is black, the others are white")
    assert colors(plan, "cat") == ["black", "white", "white"]
    plan = plan_of("a big dog and a small dog. the big one is brown and the other one is white")
    big, small = _of(plan, "dog")
    assert (big.attributes["color"], small.attributes["color"]) == ("brown", "white")


# -- typos ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typo", "fixed"),
    [
        ("dgos", "dogs"),
        ("aplpe", "apple"),
        ("chiar", "chair"),
        ("chiars", "chairs"),
        ("appless", "apples"),
        ("aples", "apples"),
        ("doggs", "dogs"),
        ("horsse", "horse"),
        ("cta", "cat"),
        ("yelow", "yellow"),
        ("gaint", "giant"),
    ],
)
def test_one_damerau_edit_is_corrected(typo: str, fixed: str) -> None:
    assert correct(typo, lexicon()) == fixed


@pytest.mark.parametrize("word", ["cast", "cats", "hose", "bead", "tale", "lanes", "greed", "cot", "bowel"])
def test_a_real_word_is_never_read_as_another_noun(word: str) -> None:
    assert correct(word, lexicon()) is None


def test_edit_kinds() -> None:
    assert edit_kind("dgos", "dogs") == "swap"
    assert edit_kind("aple", "apple") == "insert"
    assert edit_kind("appless", "apples") == "delete"
    assert edit_kind("cast", "cart") == "substitute"
    assert edit_kind("abc", "cba") is None


def test_typos_in_a_prompt_are_traced() -> None:
    plan = plan_of("two dgos and a yelow chiar")
    assert sorted(e.noun for e in plan.elements) == ["chair", "dog", "dog"]
    assert colors(plan, "chair") == ["yellow"]
    notes = [t.message for t in plan.trace if "typo" in t.message]
    assert len(notes) == 3 and all(t.sentence == 0 for t in plan.trace if "typo" in t.message)


# -- sizes in the world ------------------------------------------------------------------------------------


def _area(e: Element) -> float:
    return (e.box[2] - e.box[0]) * (e.box[3] - e.box[1])


def test_giant_and_tiny_are_world_relative() -> None:
    plan = plan_of("a giant cup next to a small dog")
    assert _area(_of(plan, "cup")[0]) > _area(_of(plan, "dog")[0])
    plan = plan_of("a huge apple next to a small car")
    assert _area(_of(plan, "apple")[0]) > _area(_of(plan, "car")[0])
    plan = plan_of("a tiny elephant next to a dog")
    assert _area(_of(plan, "elephant")[0]) < _area(_of(plan, "dog")[0])
    assert _area(_of(plan_of("a giant cup"), "cup")[0]) > _area(_of(plan_of("a cup"), "cup")[0])


# -- arrangements -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("n", range(2, 21))
@pytest.mark.parametrize("size", [(1024, 1024), (1920, 1080), (1080, 1920)])
def test_a_circle_never_overlaps(n: int, size: tuple[int, int]) -> None:
    plan = plan_of(f"{n} cups in a circle", *size)
    cups = _of(plan, "cup")
    assert len(cups) == n
    for a, b in itertools.combinations(cups, 2):
        assert _overlap(a.box, b.box) <= 1e-9, (a.box, b.box)
    centres = [((e.box[0] + e.box[2]) / 2 * size[0], (e.box[1] + e.box[3]) / 2 * size[1]) for e in cups]
    cx = sum(c[0] for c in centres) / n
    cy = sum(c[1] for c in centres) / n
    radii = [((x - cx) ** 2 + (y - cy) ** 2) ** 0.5 for x, y in centres]
    assert max(radii) - min(radii) < 0.02 * max(size)  # on one ring (in pixels)


def test_a_ring_grows_with_its_members() -> None:
    boxes = {f"e{i}": (0.1 * i, 0.0, 0.1 * i + 0.1, 0.1) for i in range(6)}
    boxes.update({f"e{i}": (0.1 * (i - 6), 0.5, 0.1 * (i - 6) + 0.1, 0.6) for i in range(6, 12)})
    ids = list(boxes)
    placed = rearrange(boxes, ids, "circle", 1000, 1000, 1)
    for a, b in itertools.combinations(ids, 2):
        assert _overlap(placed[a], placed[b]) <= 1e-9


def _mirrored(elements: list[Element]) -> bool:
    for e in elements:
        cx, cy = (e.box[0] + e.box[2]) / 2, (e.box[1] + e.box[3]) / 2
        if not any(
            abs((o.box[0] + o.box[2]) / 2 - (1 - cx)) < 0.01 and abs((o.box[1] + o.box[3]) / 2 - cy) < 0.01
            for o in elements
        ):
            return False
    return True


@pytest.mark.parametrize(
    "prompt",
    [
        "five vases, symmetrical",
        "four candles arranged symmetrically",
        "a mirrored pair of lamps",
        "three trees, symmetric",
        "eight cups in a symmetrical arrangement",
    ],
)
def test_symmetrical_is_a_mirror_layout(prompt: str) -> None:
    plan = plan_of(prompt)
    members = [e for e in plan.elements if e.kind == "object"]
    assert _mirrored(members)
    assert len({round((e.box[1] + e.box[3]) / 2, 3) for e in members}) > 1 or len(members) <= 2
    assert sum(1 for e in members if e.attributes.get("flip") == "horizontal") == len(members) // 2
    if len(members) % 2:
        middle = [e for e in members if abs((e.box[0] + e.box[2]) / 2 - 0.5) < 0.01]
        assert len(middle) == 1
    assert any("mirror" in t.message and t.sentence == 0 for t in plan.trace)


def test_mirror_partners() -> None:
    ids = ["a", "b", "c", "d", "e"]
    assert [mirror_partner(ids, i) for i in ids] == ["e", "d", None, "b", "a"]


def test_a_row_follows_the_canvas() -> None:
    plan = plan_of("five cups in a row", 1920, 1080)
    cups = _of(plan, "cup")
    xs = [(e.box[0] + e.box[2]) / 2 for e in cups]
    assert xs == sorted(xs) and len({round((e.box[1] + e.box[3]) / 2, 3) for e in cups}) == 1


def test_a_column_of_counted_things() -> None:
    plan = plan_of("a column of three boxes")
    ys = [(e.box[1] + e.box[3]) / 2 for e in _of(plan, "box")]
    assert len(ys) == 3 and ys == sorted(ys)
    assert len({round((e.box[0] + e.box[2]) / 2, 3) for e in _of(plan, "box")}) == 1


# -- corrections, edits and references found by the new prompts ---------------------------------------------


def test_a_fronted_relation_to_it() -> None:
    for prompt, predicate in (
        ("a boat. to its right, a duck", "right of"),
        ("a clock. below it, a bench", "below"),
    ):
        plan = plan_of(prompt)
        assert [(r.subject, r.predicate, r.object) for r in plan.relations] == [("e2", predicate, "e1")]


def test_a_correction_with_another_noun_replaces_the_subject() -> None:
    plan = plan_of("a dog next to a tree. actually, a fox next to the tree")
    assert sorted(e.noun for e in plan.elements) == ["fox", "tree"]
    plan = plan_of("a car. change of plan: a bus instead")
    assert [e.noun for e in plan.elements] == ["bus"]


def test_scratch_that_just_the_one() -> None:
    plan = plan_of("two cats and a dog. scratch that, just the dog")
    assert [e.noun for e in plan.elements] == ["dog"]
    assert plan.sentences[1].action == "retract"
    plan = plan_of("a cat and a dog. only the cat is black")
    assert sorted(e.noun for e in plan.elements) == ["cat", "dog"]


def test_remove_some_of_a_group() -> None:
    assert len(plan_of("four cups. actually remove one").elements) == 3
    plan = plan_of("two dogs and a cat. remove one dog")
    assert sorted(e.noun for e in plan.elements) == ["cat", "dog"]
    assert len(plan_of("three apples. delete two of them").elements) == 1
    assert [e.noun for e in plan_of("two dogs and a cat. remove the dogs").elements] == ["cat"]


def test_swap_in_a_new_scene_trades_places() -> None:
    for prompt in ("a cat on the left and a dog on the right. swap them", "a cat left of a dog. swap them"):
        plan = plan_of(prompt)
        cat, dog = _of(plan, "cat")[0], _of(plan, "dog")[0]
        assert cat.box[0] > dog.box[2] - 1e-9
        assert plan.sentences[1].action == "move"


def test_move_replaces_the_opposite_relation() -> None:
    plan = plan_of("a book below a clock. move the clock below the book")
    book, clock = _of(plan, "book")[0], _of(plan, "clock")[0]
    assert clock.box[1] >= book.box[3] - 1e-9
    assert [r.predicate for r in plan.relations] == ["below"]


def test_scene_words_before_a_noun_name_a_kind() -> None:
    plan = plan_of("a mountain behind a lake house")
    assert sorted(e.noun for e in plan.elements) == ["house", "mountain"]
    assert [r.predicate for r in plan.relations] == ["behind"]
    # a house stands by its lake, the place (round 8 settings); a thing one rides names no place
    assert plan.canvas.background.setting == "lake"
    assert plan_of("a city bus behind a car").canvas.background.description is None
    assert plan_of("a dog at the beach").canvas.background.description == "beach"


def test_a_noun_of_its_own_before_a_synonym() -> None:
    assert [e.noun for e in plan_of("a tent in the mountains").elements] == ["tent"]
    assert [e.noun for e in plan_of("a 🐟 in a 🥣").elements] == ["fish", "bowl"]


def test_bare_noun_lists() -> None:
    assert [e.noun for e in plan_of("dog cat bird").elements] == ["dog", "cat", "bird"]
    assert [e.noun for e in plan_of("a dog house").elements] == ["dog house"]  # WordNet's kennel


def test_fronted_relations_bind_their_objects_first() -> None:
    plan = plan_of("between a lamp and a clock, a vase")
    assert [(r.subject, r.predicate, r.object, r.object2) for r in plan.relations] == [
        ("e3", "between", "e1", "e2")
    ]
    lamp, clock, vase = plan.elements
    assert min(lamp.box[2], clock.box[2]) <= vase.box[0] and vase.box[2] <= max(lamp.box[0], clock.box[0])
    plan = plan_of("under a tree, a dog")
    assert [(r.subject, r.predicate, r.object) for r in plan.relations] == [("e2", "under", "e1")]


def test_a_colour_one() -> None:
    plan = plan_of("a red ball. no, make it a blue one")
    assert colors(plan, "ball") == ["blue"] and plan.sentences[1].action == "modify"
    plan = plan_of("a red ball and a blue one")
    assert colors(plan, "ball") == ["red", "blue"]
    plan = plan_of("two cats, one grey and one orange")
    assert colors(plan, "cat") == ["gray", "orange"] and not _of(plan, "orange")


def test_new_counts() -> None:
    plan = plan_of("five stars, no, make it ten")
    assert len(_of(plan, "star")) == 10 and plan.sentences[0].action == "create"
    plan = plan_of("apples (3), pears (2)")
    assert (len(_of(plan, "apple")), len(_of(plan, "pear"))) == (3, 2)
    assert len(plan_of("three apples. make them two").elements) == 2


def test_grids_written_out() -> None:
    for prompt in ("apples arranged in a 2 by 2 grid", "a 2 x 2 grid of apples", "a 2×2 grid of apples"):
        apples = _of(plan_of(prompt), "apple")
        assert len(apples) == 4
        assert len({round((e.box[0] + e.box[2]) / 2, 3) for e in apples}) == 2


def test_neighbouring_emoji_are_separate_things() -> None:
    assert [e.noun for e in plan_of("🚗🚗🚕").elements] == ["car", "car", "taxi"]


@pytest.mark.parametrize(
    ("where", "x", "y"),
    [("top left", 0, 0), ("top right", 1, 0), ("bottom left", 0, 1), ("bottom right", 1, 1)],
)
def test_a_named_corner(where: str, x: int, y: int) -> None:
    plan = plan_of(f"a cat and a clock in the {where} corner")
    clock, cat = _of(plan, "clock")[0], _of(plan, "cat")[0]
    cx, cy = (clock.box[0] + clock.box[2]) / 2, (clock.box[1] + clock.box[3]) / 2
    assert abs(cx - x) < 0.3 and abs(cy - y) < 0.3
    assert _overlap(clock.box, cat.box) == 0


def test_weather_and_time_scenes() -> None:
    assert plan_of("a snowman on a snowy day").canvas.background.description == "snow"
    night = plan_of("a boat under the stars").canvas.background
    assert night.time_of_day == "night" and night.setting == "lake"  # a boat implies water


def test_the_other_exists_whatever_is_said() -> None:
    assert len(plan_of("one dog is running and the other one is sleeping").elements) == 2


def test_size_decisions_are_traced() -> None:
    plan = plan_of("a giant cup next to a small dog")
    notes = [t for t in plan.trace if "usual size" in t.message]
    assert len(notes) == 2 and all(t.sentence == 0 and t.elements for t in notes)
    assert any("in the world" in t.message for t in notes)


def test_corrections_of_place_and_colour() -> None:
    plan = plan_of("a cup on the table. no, under the table")
    cup, table = _of(plan, "cup")[0], _of(plan, "table")[0]
    # under a table: on the floor beneath its top (same floor line), no longer on it
    assert cup.box[1] > table.box[1] and abs(cup.box[3] - table.box[3]) < 0.01
    assert [r.predicate for r in plan.relations] == ["under"] and not plan.warnings
    assert plan.sentences[1].action == "move"
    plan = plan_of("an orange car. no, not orange, blue")
    assert [e.noun for e in plan.elements] == ["car"] and colors(plan, "car") == ["blue"]


def test_members_picked_by_place() -> None:
    plan = plan_of("two cars. the one on the left is red")
    left, right = sorted(_of(plan, "car"), key=lambda e: e.box[0])
    assert left.attributes.get("color") == "red" and "color" not in right.attributes
    assert left.box[2] <= right.box[0]
    plan = plan_of("three birds. make the middle one yellow")
    birds = sorted(_of(plan, "bird"), key=lambda e: e.box[0])
    assert [b.attributes.get("color") for b in birds] == [None, "yellow", None]


def test_elided_nouns_in_coordination() -> None:
    plan = plan_of("a red, a green and a blue balloon")
    assert colors(plan, "balloon") == ["red", "green", "blue"]
    plan = plan_of("one red, one green and one blue cup")
    assert colors(plan, "cup") == ["red", "green", "blue"]
    assert len(_of(plan_of("a red, white and blue flag"), "flag")) == 1


def test_collective_counts() -> None:
    plan = plan_of("a family of three ducks, all white")
    assert colors(plan, "duck") == ["white"] * 3 and len(plan.elements) == 3


def test_english_is_read_as_written() -> None:
    from limner.reason.english import english_share, reads_as_english

    lex = lexicon()
    for prompt in ("ten coins, all gold", "a pink flamingo, sorry, two pink flamingos"):
        assert reads_as_english(prompt, lex)
        assert plan_of(prompt).language == "en"
    assert len(plan_of("ten coins, all gold").elements) == 10
    assert english_share("deux chiens et un chat", lex) < 0.5
    assert english_share("drei Äpfel", lex) == 0.0


def test_more_corrections() -> None:
    assert len(plan_of("six eggs. no. five eggs").elements) == 5
    assert [e.noun for e in plan_of("a boat. never mind the boat, a plane").elements] == ["airplane"]
    assert [e.noun for e in plan_of("okay so draw a cat... no a dog").elements] == ["dog"]


def test_more_references() -> None:
    plan = plan_of("one horse is brown, the other horse is white")
    assert colors(plan, "horse") == ["brown", "white"]
    plan = plan_of("a bird on a branch. its color is blue")
    assert colors(plan, "bird") == ["blue"]
    plan = plan_of("two cats. their colour is black")
    assert colors(plan, "cat") == ["black", "black"]
    plan = plan_of("a pear and an apple. turn both of them red")
    assert colors(plan, "pear") == ["red"] and colors(plan, "apple") == ["red"]
    plan = plan_of("a cat on a mat. it is gray")
    assert colors(plan, "cat") == ["gray"] and "color" not in _of(plan, "mat")[0].attributes


def test_colour_ones_of_a_group() -> None:
    plan = plan_of("three apples: two red ones and a green one")
    assert colors(plan, "apple") == ["red", "red", "green"]
    assert [e.noun for e in plan_of("a teddy baer").elements] == ["teddy bear"]
    assert [e.noun for e in plan_of("a hot dgo").elements] == ["hot dog"]


def test_counted_ends_of_a_group() -> None:
    assert colors(plan_of("three kites. the last two are red"), "kite") == [None, "red", "red"]
    plan = plan_of("four cups. the first two cups are blue, the rest white")
    assert colors(plan, "cup") == ["blue", "blue", "white", "white"]
