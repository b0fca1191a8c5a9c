"""Everyday scenes, eighth tuning round (issue 13): interactions between two named things in every
sentence shape, written by kind of failure — object relative clauses ("a ball which the dog chases", "a
fence that a cat is sitting on", "a box in which a kitten hides", "a bench where a man sits"); "each
other" after any verb; a mutual verb that opens the sentence; "he", "she", "him" and "her" across
sentences and after a verb; places of contact and phrasal verbs as table rows ("against", "tied to",
"popping out of", "staring up at", "crawling toward"); a garment "around" a wearer; a place said after a
thing looked at is that thing's, and after a thing in a container the container's; a verb after "and" is
its sentence's first thing's, and one after "who is" the thing's before it; a flying thing's own verb;
the passive of a mutual verb goes one way; a thing fed or offered "to" someone is held out to them.
Each with other wordings than ``everyday_dev_j``'s and a case that must not change. Plans only, grouped
by class."""

from __future__ import annotations

from reasoned import plan_of, relations, things


def _has(prompt: str, *wanted: tuple[str, str, str]) -> None:
    found = relations(plan_of(prompt))
    for relation in wanted:
        assert relation in found, (prompt, found)


# -- 1. object relative clauses -------------------------------------------------------------------------
def test_an_object_relative_clause_relates_the_thing_before_it() -> None:
    _has("a cup which the girl holds", ("girl", "holds", "cup"))
    _has("a carpet that a dog is lying on", ("dog", "on", "rug"))  # a preposition left at the end
    _has("a basket in which a puppy sleeps", ("puppy", "inside", "basket"))  # "in which"
    _has("a fountain where a pigeon sits", ("pigeon", "on", "fountain"))  # a pose after "where"
    _has("a dog that a man walks", ("man", "follows", "dog"))  # "walking a dog"
    plan = plan_of("the scarf that the snowman wears is blue")  # the copula ends the clause
    assert ("snowman", "wears", "scarf") in relations(plan) and ("scarf", "blue") in things(plan)
    _has("the bone the dog is chewing", ("dog", "touches", "bone"))  # no relative word
    _has("the ball the boy kicked", ("boy", "touches", "ball"))


def test_a_subject_relative_clause_and_a_clause_with_no_verb_of_relation_do_not_change() -> None:
    assert relations(plan_of("the dog that is chasing the ball")) == {("dog", "chases", "ball")}
    assert relations(plan_of("a sign that says hello")) == set()
    assert relations(plan_of("a cat that sleeps")) == set()
    assert relations(plan_of("a dog the size of a horse")) == set()
    # a subject clause after a relation's object: its verb is that thing's
    _has("a boy next to a girl who is holding a kite", ("boy", "next to", "girl"), ("girl", "holds", "kite"))


# -- 2. "each other", and a mutual verb first ------------------------------------------------------------
def test_each_other_makes_the_verb_go_both_ways() -> None:
    _has("two squirrels chasing each other", ("squirrel", "chases", "squirrel"))
    _has(
        "a lion and a zebra staring at each other",
        ("lion", "looks_at", "zebra"),
        ("zebra", "looks_at", "lion"),
    )
    _has("Holding hands, two kids cross the street", ("child", "touches", "child"))
    assert relations(plan_of("a boy looking at a dog")) == {("boy", "looks_at", "dog")}  # one way only
    found = relations(plan_of("a puppy hugged by a child"))  # the passive of a mutual verb: one way
    assert ("child", "touches", "puppy") in found and ("puppy", "touches", "child") not in found


# -- 3. pronouns across sentences -------------------------------------------------------------------------
def test_subject_and_object_pronouns_of_a_later_sentence_are_the_things_named() -> None:
    _has("A girl has a pony. She is riding it.", ("girl", "rides", "pony"))
    _has("A man meets a bear. He is fighting it.", ("man", "faces", "bear"))
    _has("A boy has a dog. He is walking it.", ("boy", "follows", "dog"))
    _has("A girl visits her aunt. The girl is hugging her.", ("girl", "touches", "aunt"))
    plan = plan_of("A cat sits on a mat. It is grey.")  # "it" still the sentence's subject
    assert ("cat", "gray") in things(plan) and ("mat", None) in things(plan)


# -- 4. places of contact and phrasal verbs (verbs.tsv rows) ------------------------------------------------
def test_places_of_contact_and_phrasal_verbs_make_their_relation() -> None:
    _has("a ladder against a tree", ("ladder", "leans_on", "tree"))
    _has("a goat tied to a fence", ("goat", "touches", "fence"))
    _has("a mouse popping out of a boot", ("mouse", "in", "boot"))
    _has("a kitten staring up at a butterfly", ("kitten", "looks_at", "butterfly"))
    _has("a woman walking three black dogs", ("woman", "follows", "dog"))  # a colour after the count
    _has("a scarf around a girl's neck", ("girl", "wears", "scarf"))  # a garment around a wearer
    _has("a baby crawling toward a puppy", ("baby", "faces", "puppy"))
    _has("two kids sharing a blanket", ("child", "holds", "blanket"))
    _has("a horse nuzzling a girl", ("horse", "touches", "girl"))
    # a thing handed "to" someone is held out toward them; a living thing fed is not held
    _has("a girl feeding a carrot to a rabbit", ("girl", "holds", "carrot"), ("girl", "faces", "rabbit"))
    assert ("man", "holds", "pigeon") not in relations(plan_of("a man feeding pigeons at a bench"))
    assert relations(plan_of("a fence around a tree")) == {("fence", "around", "tree")}  # no garment


# -- 5. who a verb's place and a second verb belong to ---------------------------------------------------
def test_a_place_after_a_thing_seen_or_held_in_is_its_own_and_a_verb_after_and_is_the_first_things() -> None:
    _has("a dog watching a cat on a sofa", ("dog", "looks_at", "cat"), ("cat", "on", "couch"))
    _has("a boy reading a book on a bench", ("boy", "holds", "book"), ("boy", "on", "bench"))  # unchanged
    _has("a cat jumps off the bed and chases a ball", ("cat", "chases", "ball"))
    _has("a dog sits on the rug and chews a bone", ("dog", "on", "rug"), ("dog", "touches", "bone"))
    _has("a fish in a bowl on a desk", ("fish", "inside", "bowl"), ("bowl", "on", "desk"))
    _has("a man in a hat on a horse", ("man", "wears", "hat"), ("man", "on", "horse"))  # a worn thing
    plan = plan_of("a boy with a kite flying high above him")  # the kite flies, not the boy
    assert [(e.noun, e.attributes.get("pose")) for e in plan.elements] == [("boy", None), ("kite", "flying")]
