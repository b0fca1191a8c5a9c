"""Unit tests per stage: normalize, segment, parse, resolve, layout, plan."""

from __future__ import annotations

import itertools

import pytest

from limner.errors import NothingToDrawError
from limner.plan.geometry import area, intersection, relative_position, violated_relations
from limner.plan.model import Plan
from limner.reason import BuiltinReasoner, ReasonRequest
from limner.reason.layout import Item, Link, solve
from limner.reason.normalize import normalize
from limner.reason.parse import lexemes_of, parse
from limner.reason.resolve import resolve
from limner.reason.segment import segment, tokenize
from limner.reason.vocab import lexicon

REASONER = BuiltinReasoner()


def plan_of(prompt: str, width: int = 1024, height: int = 1024, seed: int = 0) -> Plan:
    return REASONER.reason(ReasonRequest(prompt=prompt, width=width, height=height, seed=seed))


def objects(plan: Plan) -> list[str]:
    return [e.noun for e in plan.elements if e.kind == "object"]


# 1. normalize ---------------------------------------------------------------------------------
def test_normalize_extracts_quotes_verbatim() -> None:
    n = normalize("a sign that says 'OPEN' and a poster “Grand Sale!” and \"x y\"; the dog's bone")
    assert n.quotes == ("OPEN", "Grand Sale!", "x y")
    assert "dog's" in n.text


def test_normalize_caps_length() -> None:
    n = normalize("cat " * 3000)
    assert n.truncated and len(n.text) <= 8000


# 2. segment -----------------------------------------------------------------------------------
def test_segment_sentences_and_tokens() -> None:
    segs = segment(normalize("A cat. A dog! Two cups; 2.5 apples\nno"))
    assert [s.text for s in segs] == ["A cat", "A dog", "Two cups", "2.5 apples", "no"]
    assert [t.text for t in tokenize("five, no, six")] == ["five", ",", "no", ",", "six"]


# 3. parse -------------------------------------------------------------------------------------
def _ops(prompt: str) -> list[str]:
    norm = normalize(prompt)
    parsed = parse(segment(norm), norm.quotes, lexicon())
    return [op.kind for sentence in parsed for op in sentence.ops]


def test_parse_longest_match_and_relations() -> None:
    lexemes = lexemes_of(tokenize("a dog to the left of a hot dog"), lexicon())
    assert [lx.text for lx in lexemes] == ["a", "dog", "to the left of", "a", "hot dog"]
    assert _ops("a dog to the left of a hot dog") == ["mention", "mention", "relation"]


def test_parse_corrections_and_retractions() -> None:
    assert "replace" in _ops("a cat, no, a dog")
    assert "retract" in _ops("a cat, actually remove the cat")
    assert "recolor" in _ops("a car that is red")


# 4. resolve -----------------------------------------------------------------------------------
def test_resolve_references_and_negation() -> None:
    norm = normalize("a cat and a dog. The dog is brown. No cat.")
    scene = resolve(parse(segment(norm), norm.quotes, lexicon()), lexicon())
    live = [e for e in scene.entities if e.alive]
    assert [e.noun for e in live] == ["dog"]
    assert live[0].colors[0][0] == "brown"


def test_counts() -> None:
    cases = {
        "a cat": 1,
        "one cat": 1,
        "2 cats": 2,
        "seven cats": 7,
        "twenty cats": 20,
        "a pair of cats": 2,
        "a couple of cats": 2,
        "a dozen eggs": 12,
        "several cats": 3,
        "a few cats": 3,
        "both cats": 2,
        "five, no, six oranges": 6,
        "two cats, actually three": 3,
        "a pair of scissors": 1,
        "13 cats": 13,
    }
    for prompt, n in cases.items():
        assert len(plan_of(prompt).elements) == n, prompt


def test_three_red_apples_group() -> None:
    plan = plan_of("three red apples")
    assert [e.noun for e in plan.elements] == ["apple"] * 3
    assert {e.attributes["color"] for e in plan.elements} == {"red"}
    assert len({e.group for e in plan.elements}) == 1 and plan.elements[0].group is not None


def test_negation_and_retraction() -> None:
    assert objects(plan_of("no cats")) == []
    assert objects(plan_of("a man without a hat")) == ["man"]
    room = plan_of("a room with no people")
    assert objects(room) == [] and room.canvas.background.description == "room"
    retract = plan_of("a cat, actually remove the cat")
    assert objects(retract) == []
    assert any("removed" in t.message for t in retract.trace)
    assert objects(plan_of("a cat and a dog. Actually, no dog.")) == ["cat"]
    assert objects(plan_of("a cat, no, a dog")) == ["dog"]


def test_colour_attribution() -> None:
    plan = plan_of("a red car and a blue bench")
    colors = {e.noun: e.attributes["color"] for e in plan.elements}
    assert colors == {"car": "red", "bench": "blue"}
    plan = plan_of("four cars, two of them are blue")
    assert sorted(str(e.attributes.get("color")) for e in plan.elements) == ["None", "None", "blue", "blue"]
    plan = plan_of("a red, no, blue car")
    assert plan.elements[0].attributes["color"] == "blue"


def test_implied_colour_only_when_unstated() -> None:
    banana = plan_of("a banana").elements[0]
    assert banana.attributes["color"] == "yellow" and banana.attributes["color_implied"] is True
    red = plan_of("a red banana").elements[0]
    assert red.attributes["color"] == "red" and "color_implied" not in red.attributes


def test_quoted_text_on_host() -> None:
    for prompt in ("a sign that says 'OPEN'", 'a sign that says "OPEN"', "a sign that says “OPEN”"):
        plan = plan_of(prompt)
        sign = next(e for e in plan.elements if e.noun == "sign")
        text = next(e for e in plan.elements if e.kind == "text")
        assert text.text is not None and text.text.content == "OPEN"
        assert text.text.language == "en" and text.text.script == "Latn" and text.noun == "text"
        assert sign.box[0] <= text.box[0] and text.box[2] <= sign.box[2]
        assert sign.box[1] <= text.box[1] and text.box[3] <= sign.box[3]
        assert text.z > sign.z


def test_unknown_and_empty() -> None:
    with pytest.raises(NothingToDrawError, match="florp"):
        plan_of("a photo of a florp")
    for prompt in ("", "   ", "!!!", "qwzx vbnm"):  # nothing drawable: a 422 naming the prompt
        with pytest.raises(NothingToDrawError) as caught:
            plan_of(prompt)
        assert caught.value.param == "prompt" and caught.value.status == 422


def test_scenes() -> None:
    assert plan_of("a dog at the beach").canvas.background.description == "beach"
    assert plan_of("a fox in a snowy forest").canvas.background.description == "snowy forest"
    night = plan_of("a cat at night").canvas.background
    assert night.description == "night" and night.color != "#f4efe6"


# 5. lay out -----------------------------------------------------------------------------------
def _no_overlap(plan: Plan) -> None:
    """Standing in depth, a nearer thing may overlap one behind it a little, never hide it."""
    for a, b in itertools.combinations(plan.elements, 2):
        smaller = min(area(a.box), area(b.box))
        assert intersection(a.box, b.box) <= 0.3 * smaller, (a.id, b.id)


def test_twenty_instances_fit_without_heavy_overlap() -> None:
    plan = plan_of("twenty cups")
    assert len(plan.elements) == 20
    _no_overlap(plan)
    wide = plan_of("12 dogs and 8 cats", 1920, 1080)
    assert len(wide.elements) == 20
    _no_overlap(wide)


def _spread(plan: Plan, width: int, height: int) -> float:
    """Width / height of the elements' union, in pixels."""
    x0, y0 = min(e.box[0] for e in plan.elements), min(e.box[1] for e in plan.elements)
    x1, y1 = max(e.box[2] for e in plan.elements), max(e.box[3] for e in plan.elements)
    return (x1 - x0) * width / ((y1 - y0) * height)


def test_canvas_aspect_changes_layout() -> None:
    square = plan_of("six cups")
    wide = plan_of("six cups", 1920, 1080)
    assert _spread(wide, 1920, 1080) > _spread(square, 1024, 1024)  # a wider group on a wider canvas
    for e in plan_of("six apples", 1920, 1080).elements:  # apples (in a pile) stay round in pixels
        w = (e.box[2] - e.box[0]) * 1920
        h = (e.box[3] - e.box[1]) * 1080
        assert abs(w / h - 1.0) < 0.02


def test_relative_sizes() -> None:
    plan = plan_of("an elephant and a cup")
    area = {e.noun: (e.box[2] - e.box[0]) * (e.box[3] - e.box[1]) for e in plan.elements}
    assert area["elephant"] > 3 * area["cup"]
    giant = plan_of("a giant cup and a tiny elephant")
    area = {e.noun: (e.box[2] - e.box[0]) * (e.box[3] - e.box[1]) for e in giant.elements}
    assert area["cup"] > area["elephant"]


def test_relations_hold_including_chains() -> None:
    prompts = [
        "a cat to the left of a dog, and the dog is above a cup",
        "a cat left of a dog, the dog above a cup, the cup right of a bird",
        "a cup on top of a table",
        "a cat under a table",
        "a dog in front of a car",
        "a cat behind a couch",
        "a cat between a dog and a cup",
        "a lamp next to a bed",
        "a cat inside a box",
        "three cups on a table",
        "a bird above a cat below a kite",
        "two dogs left of a cat",
    ]
    for prompt in prompts:
        plan = plan_of(prompt)
        assert plan.relations, prompt
        assert violated_relations(plan) == [], prompt
        assert not plan.warnings, prompt


def test_support_touches_top() -> None:
    plan = plan_of("a cup on a table")
    cup, table = plan.elements
    assert abs(cup.box[3] - (table.box[1] + 0.04 * (table.box[3] - table.box[1]))) < 1e-3
    assert cup.z > table.z


def test_in_front_overlaps_partially() -> None:
    plan = plan_of("a dog in front of a car")
    dog, car = plan.elements
    assert dog.z > car.z and 0 < intersection(dog.box, car.box) < (dog.box[2] - dog.box[0]) * (
        dog.box[3] - dog.box[1]
    )


def test_solver_directly() -> None:
    items = [Item("a", 0.2, 0.2), Item("b", 0.2, 0.2), Item("c", 0.2, 0.2)]
    result = solve(items, [Link("a", "left of", "b"), Link("c", "below", "b")])
    assert "left of" in relative_position(result.boxes["a"], result.boxes["b"])
    assert "below" in relative_position(result.boxes["c"], result.boxes["b"])
    assert all(0 <= v <= 1 for box in result.boxes.values() for v in box)


# 6. plan --------------------------------------------------------------------------------------
def test_plan_fields_and_trace() -> None:
    plan = plan_of("a photo of two red apples next to a banana", 1200, 800, seed=9)
    assert plan.id == "plan_draft" and plan.created == 0 and plan.language == "en"
    assert (plan.canvas.width, plan.canvas.height, plan.seed) == (1200, 800, 9)
    assert plan.sentences[0].action == "create"
    stages = {t.stage for t in plan.trace}
    assert {"normalize", "segment", "parse", "resolve", "layout", "art"} <= stages
    art = [t for t in plan.trace if t.stage == "art"]
    assert {t.message.split("'")[1] for t in art} == {"apple", "banana"}
    assert any(t.sentence == 0 and t.elements for t in plan.trace if t.stage == "resolve")


def test_containers_and_riding() -> None:
    plan = plan_of("a bowl of apples")
    assert objects(plan) == ["bowl", "apple", "apple", "apple"]
    assert {r.predicate for r in plan.relations} == {"inside"} and violated_relations(plan) == []
    plan = plan_of("a person riding a horse")
    assert [(r.predicate) for r in plan.relations] == ["rides"] and violated_relations(plan) == []


def test_absolute_position_hints() -> None:
    plan = plan_of("a cat on the left and a dog on the right")
    cat, dog = plan.elements
    assert "left of" in relative_position(cat.box, dog.box)


def test_definite_reference_by_colour() -> None:
    plan = plan_of("a blue cup and a red cup. The red cup is left of the blue cup.")
    assert len(plan.elements) == 2
    red = next(e for e in plan.elements if e.attributes["color"] == "red")
    blue = next(e for e in plan.elements if e.attributes["color"] == "blue")
    assert [(r.subject, r.predicate, r.object) for r in plan.relations] == [(red.id, "left of", blue.id)]


def test_pronouns_and_subsets() -> None:
    assert plan_of("A cat. It is black.").elements[0].attributes["color"] == "black"
    plan = plan_of("There are three dogs. Two of them are brown and one is white.")
    assert sorted(str(e.attributes["color"]) for e in plan.elements) == ["brown", "brown", "white"]
    plan = plan_of("five balloons: two are red, the rest are blue")
    assert sorted(str(e.attributes["color"]) for e in plan.elements) == ["blue"] * 3 + ["red"] * 2
    plan = plan_of("a cat between two dogs")
    assert plan.relations[0].object2 is not None and violated_relations(plan) == []


def test_references_bind_or_place() -> None:
    from limner.plan.model import ReferenceUse

    refs = (
        ReferenceUse(id="ref_a", role="product", name="sofa"),
        ReferenceUse(id="ref_b", role="character", name="robot"),
        ReferenceUse(id="ref_c", role="style"),
    )
    plan = REASONER.reason(ReasonRequest(prompt="a couch next to a lamp", references=refs))
    couch = next(e for e in plan.elements if e.noun == "couch")
    assert couch.reference_id == "ref_a"
    robot = next(e for e in plan.elements if e.reference_id == "ref_b")
    assert robot.noun == "robot" and robot.label == "robot"
    assert [r.id for r in plan.references] == ["ref_a", "ref_b", "ref_c"]
    assert violated_relations(plan) == []


def test_natural_phrasings_table() -> None:
    cases = {
        "Two dogs sitting to the left of a red car": [("dog", None), ("dog", None), ("car", "red")],
        "3 blue birds flying above a green tree": [("bird", "blue")] * 3 + [("tree", "green")],
        "A dog, a cat and a mouse": [("dog", None), ("cat", None), ("mouse", None)],
        "a black and white cat": [("cat", "black")],
        "a cat that is not black": [("cat", None)],
        "a car which is red in color": [("car", "red")],
        "a red colored car": [("car", "red")],
        "Draw 2 green apples and 3 red bananas.": [("apple", "green")] * 2 + [("banana", "red")] * 3,
        "three bananas, one of which is green": [("banana", "green"), ("banana", None), ("banana", None)],
        "a yellow school bus parked beside a white fire hydrant": [
            ("school bus", "yellow"),
            ("fire hydrant", "white"),
        ],
    }
    for prompt, want in cases.items():
        plan = plan_of(prompt)
        got = [
            (e.noun, e.attributes.get("color") if "color_implied" not in e.attributes else None)
            for e in plan.elements
        ]
        assert got == want, prompt
        assert violated_relations(plan) == []
