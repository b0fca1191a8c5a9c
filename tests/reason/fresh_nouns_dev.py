"""Fresh nouns (issue 13): colour, count and position over ~320 everyday nouns that neither
``open_nouns.py`` nor ``bench/noun_probe.py`` names, written to find failure classes of the open
vocabulary: multi-word lemmas, nouns that are also verbs or adjectives, place-like and huge or tiny
things, plural-only nouns ("a pair of tongs"), nouns WordNet files as abstractions ("coin", "gift").

A dev suite: the lexicon may be tuned on it (``make eval`` lists its failures). Scored like
``open_nouns`` (``geneval.score``); the plan's noun is the lemma named, or its lexicon synonym
(``open_nouns.canonical``).
"""

from __future__ import annotations

import random

from geneval import COLORS, POSITIONS, Case, Expect, article
from open_nouns import canonical

#: Written as one text: ``_`` joins the words of a multi-word noun.
_NOUN_TEXT = """
rolling_pin frying_pan wok casserole platter tumbler goblet carafe cutting_board corkscrew
can_opener blender dishwasher freezer pantry placemat coaster chandelier lampshade doormat carpet
cushion quilt mattress ottoman rocking_chair drawer picture_frame flowerpot watering_can hose
lawn_mower trowel sickle hatchet mallet file clamp vise anvil crowbar tape_measure level hinge
faucet bathtub shower sponge soap comb hairbrush razor hair_dryer perfume lipstick dustpan vacuum
laundry_basket clothespin hanger iron ironing_board sewing_machine needle thimble spool button
zipper ribbon bow pen paper_clip map magnifying_glass tripod projector remote_control joystick plug
cable heater thermostat doghouse aquarium cage sandbox sleeping_bag canteen net paddle oar tugboat
hot_air_balloon fire_engine moped unicycle roller_skate caboose apple_pie brownie candy_cane
marshmallow jellybean chocolate_bar ice_cream_cone sundae pudding omelet hamburger baguette tortilla
parsnip zucchini gourd cauliflower leek chili lentil papaya grapefruit tangerine apricot raisin
pomegranate cantaloupe blackberry cranberry gerbil guinea_pig weasel bat opossum armadillo anteater
orangutan lamb boar yak jaguar lynx bobcat hyena jackal sea_lion stingray eel oyster hornet fly
centipede gecko cobra finch chicken puffin bluebird spruce clover thistle toadstool twig crystal
moon sun planet comet snowman snowflake icicle puddle lake river cliff beach silo tunnel dam
totem_pole scarecrow sombrero shoe bib raincoat cardigan blouse kilt uniform bathrobe poncho bow_tie
parasol tuba organ gong ball marionette rocking_horse jigsaw_puzzle chess_piece checkerboard
boomerang racket hockey_stick golf_club bowling_ball bowling_pin dart dartboard flag banner sign
hourglass magazine newspaper scroll letter bag sack can tin carton bin trash_can dumpster pipe roof
window door staircase elevator escalator pillar column wheel tire anchor hook pulley gear spring
ticket sword shield spear cannon catapult treasure_chest pirate_ship broomstick cauldron mermaid
unicorn ghost skeleton skull christmas_tree wreath ornament loaf salad soup teacup wine_bottle
beer_mug straw toothpick skewer pot lid cork funnel sieve thermometer scale stethoscope syringe
bandage crutch stretcher pill tooth bone brain hand foot eye ear nose mouth finger coin trophy medal
calendar gift nightstand keychain hoodie t-shirt yo-yo credit_card high_heel smoke_detector receipt
banknote wizard_hat maraca
"""
NOUNS: tuple[str, ...] = tuple(word.replace("_", " ") for word in _NOUN_TEXT.split())

#: Plural-only nouns, named as "a pair of …" (one thing) and "two pairs of …" ("a pair of chopsticks",
#: two sticks, is left out: either reading is fair).
PAIRS: tuple[str, ...] = (
    "tongs",
    "tweezers",
    "binoculars",
    "sunglasses",
    "goggles",
    "trousers",
    "jeans",
    "pajamas",
    "overalls",
)

_IRREGULAR = {"loaf": "loaves", "tooth": "teeth", "foot": "feet", "snowman": "snowmen", "chili": "chilies"}
_NUMBER = {2: "two", 3: "three", 4: "four"}


def plural(noun: str) -> str:
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def _named(noun: str) -> str:
    """The noun a plan may name: hyphens read as spaces ("t-shirt" is the t shirt)."""
    return canonical(noun.replace("-", " "))


def _one(noun: str, color: str | None = None) -> str:
    """One ``noun`` in running text, with ``color`` before it."""
    words = f"{color} {noun}" if color else noun
    return f"a pair of {words}" if noun in PAIRS else f"{article(words)} {words}"


def fresh_noun_cases(seed: int = 47) -> list[Case]:
    """A colour, a count and a position prompt for each noun (the partner drawn from the same list)."""
    rng = random.Random(f"fresh-{seed}")
    nouns = [*NOUNS, *PAIRS]
    named = {noun: _named(noun) for noun in nouns}
    cases: list[Case] = []
    for noun in nouns:
        color = rng.choice(COLORS)
        other = rng.choice([n for n in nouns if named[n] != named[noun]])
        want, other_want = named[noun], named[other]
        cases.append(Case("color", _one(noun, color), (Expect(want, 1, color),)))
        k = rng.choice((2, 3, 4))
        many = f"{_NUMBER[k]} pairs of {noun}" if noun in PAIRS else f"{_NUMBER[k]} {plural(noun)}"
        cases.append(Case("count", many, (Expect(want, k),)))
        rel = rng.choice(POSITIONS)
        phrase = {"left of": "to the left of", "right of": "to the right of"}.get(rel, rel)
        cases.append(
            Case(
                "position",
                f"{_one(noun)} {phrase} {_one(other)}",
                (Expect(want), Expect(other_want)),
                (want, rel, other_want),
            )
        )
    return cases


__all__ = ["NOUNS", "PAIRS", "fresh_noun_cases", "plural"]
