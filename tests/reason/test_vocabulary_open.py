"""Open vocabulary (issue 13): every dictionary noun keeps the lemma the prompt names, with art by concept."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from limner.assets.art import resolve_art
from limner.errors import NothingToDrawError
from limner.reason import BuiltinReasoner, ReasonRequest
from limner.reason.art import art_note
from limner.reason.concepts import can_act, concept, flies, is_a, singular_of, supports
from limner.reason.concepts_build import build, build_words
from limner.reason.vocab import lexicon

REASONER = BuiltinReasoner()

KEPT = (
    "helmet",
    "sled",
    "swan",
    "stool",
    "shrimp",
    "pond",
    "dragon",
    "castle",
    "palm tree",
    "pine tree",
    "bench",
    "table",
    "stove",
    "cylinder",
    "cube",
    "paw",
    "jay",
    "taxi",
    "dove",
    "school bus",
)


def objects(prompt: str) -> list[tuple[str, object]]:
    try:
        plan = REASONER.reason(ReasonRequest(prompt=prompt, seed=1))
    except NothingToDrawError:
        return []
    return [(e.noun, e.attributes.get("color")) for e in plan.elements if e.kind == "object"]


@pytest.mark.parametrize("noun", KEPT)
def test_unknown_nouns_keep_their_lemma(noun: str) -> None:
    assert objects(f"a red {noun}") == [(noun, "red")]


def test_shapes_are_objects() -> None:
    assert objects("a red cylinder and a blue cube") == [("cylinder", "red"), ("cube", "blue")]


def test_plurals_and_counts() -> None:
    assert [n for n, _ in objects("three taxis")] == ["taxi"] * 3
    assert [n for n, _ in objects("two school buses")] == ["school bus"] * 2
    assert singular_of("geese") == ("goose", True)


@pytest.mark.parametrize(
    "prompt",
    [
        "a cat to the left of one dog",
        "make it blue",
        "a dog on the left",
        "a light blue car",
        "a set of cups",
    ],
)
def test_function_words_are_not_nouns(prompt: str) -> None:
    nouns = {n for n, _ in objects(prompt)}
    assert not nouns & {"one", "make", "it", "left", "light", "set", "top"}


def test_concept_api() -> None:
    stool = concept("stool")
    assert stool is not None and stool.lemma == "stool" and stool.hypernyms[0] == "seat"
    assert is_a("stool", "furniture") and is_a("taxi", "car") and is_a("dove", "bird")
    assert not is_a("car", "taxi")
    assert can_act("horse") and flies("dove") and supports("table") and not supports("apple")
    assert concept("zzzz") is None


def test_size_from_hypernyms() -> None:
    lex = lexicon()
    assert lex.nouns["castle"].size > lex.nouns["helmet"].size
    assert lex.nouns["ant"].size < lex.nouns["swan"].size


def test_art_names_the_stand_in() -> None:
    jay = resolve_art("jay")
    assert not jay.exact and jay.via is not None and "nearest ancestor: bird" in jay.via
    assert "drawn with" in art_note("jay") and "bird" in art_note("jay")
    assert resolve_art("swan").exact and resolve_art("taxi").exact


@pytest.mark.parametrize("noun", ["table", "stove", "bench", "desk", "dining table", "stool"])
def test_furniture_is_drawn_by_the_renderer(noun: str) -> None:
    choice = resolve_art(noun)
    assert choice.furniture is not None
    assert choice.emoji not in ("🍽️", "🍳", "🪑")
    assert "furniture" in art_note(noun)


def test_same_plan_across_processes() -> None:
    script = (
        "from limner.reason import BuiltinReasoner, ReasonRequest;"
        "p = BuiltinReasoner().reason(ReasonRequest(prompt='a jay on a stool next to two taxis', seed=3));"
        "print(p.model_dump_json(exclude={'trace'}))"
    )
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1


def test_true_synonyms_keep_the_lexicon_noun() -> None:
    assert objects("an automobile") == [("car", None)]
    assert objects("an aeroplane") == [("airplane", None)]
    assert objects("a photo of a computer keyboard") == [("keyboard", None)]


def test_other_languages_flow_into_the_same_concepts() -> None:
    plan = REASONER.reason(ReasonRequest(prompt="un taxi rojo", seed=1))
    assert [(e.noun, e.attributes.get("color"), e.label) for e in plan.elements] == [("taxi", "red", "taxi")]
    assert objects("un cisne blanco") == [("swan", "white")]


def test_plurals_typos_and_rare_words() -> None:
    assert [n for n, _ in objects("four orangs")] == ["orange"] * 4  # a vowel left out: a typo
    assert [n for n, _ in objects("three buoys")] == ["buoy"] * 3  # not "boys"
    assert [n for n, _ in objects("two boards")] == ["board"] * 2  # not "the boards" (a stage)
    assert [n for n, _ in objects("two lenses")] == ["lens"] * 2
    assert objects("a pair of jeans") == [("jeans", None)]


def test_words_mostly_used_otherwise_are_things_only_in_a_nouns_place() -> None:
    assert objects("a brown shed") == [("shed", "brown")]
    assert [n for n, _ in objects("two drills next to a globe")] == ["drill", "drill", "globe"]
    assert "fly" not in {n for n, _ in objects("a bird flies over a house")}
    assert {n for n, _ in objects("six cupcakes in two rows")} == {"cupcake"}
    assert {n for n, _ in objects("a plain background with a cat")} == {"cat"}


@pytest.mark.skipif(not Path("/usr/share/wordnet/data.noun").exists(), reason="needs Debian's wordnet-base")
def test_the_committed_concepts_are_what_the_build_makes() -> None:
    committed = (
        Path(__file__).resolve().parents[2] / "src/limner/reason/lexicon/concepts.tsv.xz"
    ).read_bytes()
    assert build(Path("/usr/share/wordnet")) == committed


@pytest.mark.skipif(not Path("/usr/share/wordnet/data.noun").exists(), reason="needs Debian's wordnet-base")
def test_the_committed_dictionary_words_are_what_the_build_makes() -> None:
    committed = (
        Path(__file__).resolve().parents[2] / "src/limner/reason/lexicon/english_words.txt.xz"
    ).read_bytes()
    assert build_words(Path("/usr/share/wordnet")) == committed


def _objects(prompt: str) -> list[tuple[str, object]]:
    plan = REASONER.reason(ReasonRequest(prompt=prompt, seed=1))
    return [(e.noun, e.attributes.get("color")) for e in plan.elements if e.kind == "object"]


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("two dates", [("date", None)] * 2),  # a count puts a mostly-abstract word in a thing's place
        ("a stapler to the left of a date", [("stapler", None), ("date", None)]),
        ("a date above a swing", [("date", None), ("swing", "red")]),  # swings are red unless told
        ("an orange wall", [("wall", "orange")]),  # a wall is a thing too, where no place fits
        ("two walls", [("wall", None)] * 2),
        ("three volcanoes", [("volcano", None)] * 3),
    ],
)
def test_words_in_a_things_place_are_things(prompt: str, expected: list[tuple[str, object]]) -> None:
    assert _objects(prompt) == expected


def test_a_wall_after_a_place_preposition_is_the_backdrop() -> None:
    for prompt in ("a clock on the wall", "a picture hanging on the wall"):
        plan = REASONER.reason(ReasonRequest(prompt=prompt, seed=1))
        assert plan.canvas.background.setting == "wall"
        assert "wall" not in [e.noun for e in plan.elements]


@pytest.mark.parametrize(
    ("prompt", "noun"), [("two elefants", "elephant"), ("a bycicle", "bicycle"), ("a telefone", "telephone")]
)
def test_words_spelt_as_they_sound(prompt: str, noun: str) -> None:
    assert {n for n, _ in _objects(prompt)} == {noun}


def test_a_dictionary_word_is_never_a_typo_of_another() -> None:
    """ "wells" is the plural of a word WordNet knows: never read as "bells"."""
    plan = REASONER.reason(ReasonRequest(prompt="three wells", seed=1))
    assert [e.noun for e in plan.elements] == ["well"] * 3


def test_a_page_format_placed_beside_a_thing_is_a_thing() -> None:
    """ "a postcard to the left of a crate" is two things, not a postcard design."""
    plan = REASONER.reason(ReasonRequest(prompt="a postcard to the left of a crate", seed=1))
    postcard = next(e for e in plan.elements if e.noun == "postcard")
    assert "format" not in postcard.attributes and postcard.box != (0.0, 0.0, 1.0, 1.0)
    assert [r.predicate for r in plan.relations] == ["left of"]
