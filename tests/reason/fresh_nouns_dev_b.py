"""Fresh nouns, second set (issue 13): position above all, over ~150 everyday nouns that neither
``open_nouns.py``, ``fresh_nouns_dev.py`` nor ``bench/noun_probe.py`` names, each paired with a
partner of a very different kind: a huge thing and a tiny one, a flat thing and a tall one, a mass
noun ("some honey") and a multi-word noun, a plural-only noun ("a pair of pliers") and a noun that is
also a verb or an adjective ("a blind", "a cooler").

Relations are written as people write them: "to the left of", "on the right of", "above", "over",
"below", "under", "beneath", "on top of", "beside", "next to" (the last two have no GenEval side: the
nouns must be there, and the plan's relation must hold in its boxes, as for every case of the eval).

A dev suite: the lexicon may be tuned on it (``make eval`` lists its failures). Scored like
``open_nouns`` (``geneval.score``); the plan's noun is the lemma named, or its lexicon synonym
(``open_nouns.canonical``).
"""

from __future__ import annotations

import random

from geneval import COLORS, Case, Expect, article
from open_nouns import canonical
from open_nouns import plural as open_plural

from limner.reason.whole_plurals import whole_plural

#: Nouns by the kind of thing they are, written as one text each: ``_`` joins a multi-word noun.
_GROUPS_TEXT = {
    "huge": """
        ferris_wheel cruise_ship water_tower hay_bale redwood billboard rowboat cathedral oil_tanker
        cement_mixer garbage_truck school_bus race_car police_car vending_machine phone_booth
    """,
    "tiny": """
        thumbtack safety_pin bead flea seed cashew sugar_cube matchstick pencil_sharpener sticker locket
        bottle_cap gumdrop peppercorn ice_cube lychee kumquat
    """,
    "flat": """
        baking_sheet poster painting canvas playing_card tile whiteboard chalkboard clipboard bookmark
        doily paper_towel oven_mitt
    """,
    "tall": """
        flagpole lamppost street_lamp telephone_pole grandfather_clock floor_lamp coat_rack easel
        umbrella_stand street_sign
    """,
    "mass": """
        sand rice spaghetti popcorn cereal flour butter honey jam yogurt gravel hay firewood confetti
        cotton_candy whipped_cream ketchup syrup yarn twine clay dough luggage jewelry silverware laundry
        kale spinach french_fries
    """,
    "multi": """
        traffic_cone fire_extinguisher garden_gnome lava_lamp snow_globe piggy_bank fish_tank rubber_duck
        paper_airplane salt_shaker pepper_grinder pizza_cutter soda_can milk_carton egg_carton cereal_box
        shopping_cart baby_stroller high_chair bunk_bed beach_ball beach_umbrella party_hat
        birthday_cake gingerbread_man cuckoo_clock alarm_clock wind_chime bird_feeder garden_hose
        pogo_stick jump_rope music_box letter_opener coffee_maker waffle_iron ceiling_fan desk_lamp
        bean_bag folding_chair picnic_basket water_bottle baseball_cap cowboy_hat rain_boot life_jacket
        hard_hat paint_roller spray_bottle tissue_box tea_kettle measuring_cup cookie_jar hole_punch
        tape_dispenser
    """,
    "verb": """
        brush plant pump mixer blind sail cooler dryer washer float trunk chest bulb plate palette coral
        diamond match
    """,
    "other": """
        toucan seahorse newt cheeseburger nacho scone quiche lasagna persimmon guava nectarine
        dragon_fruit starfruit honeydew gooseberry mulberry quince bagpipe oboe cymbal bongo protractor
        abacus birdbath
    """,
}
GROUPS: dict[str, tuple[str, ...]] = {
    group: tuple(word.replace("_", " ") for word in text.split()) for group, text in _GROUPS_TEXT.items()
}
#: Plural-only nouns, named as "a pair of …" (one thing) and "two pairs of …".
PAIRS: tuple[str, ...] = (
    "pliers",
    "shears",
    "pants",
    "leggings",
    "tights",
    "slacks",
    "earmuffs",
    "handcuffs",
    "clippers",
    "suspenders",
    "spectacles",
    "swim trunks",
    "dungarees",
)
#: Each group's partners: things of a very different size or shape.
_PARTNERS = {
    "huge": ("tiny", "flat"),
    "tiny": ("huge", "tall"),
    "flat": ("tall", "huge"),
    "tall": ("flat", "tiny"),
    "mass": ("multi", "tall"),
    "multi": ("mass", "pairs"),
    "verb": ("pairs", "multi"),
    "pairs": ("verb", "huge"),
    "other": ("huge", "tiny", "mass", "pairs"),
}
#: Relation words → the GenEval side they name (None: no side, the nouns and the plan's relation).
RELATIONS: dict[str, str | None] = {
    "to the left of": "left of",
    "on the left of": "left of",
    "to the right of": "right of",
    "on the right of": "right of",
    "above": "above",
    "over": "above",
    "on top of": "above",
    "below": "below",
    "under": "below",
    "beneath": "below",
    "beside": None,
    "next to": None,
}
NOUNS: tuple[str, ...] = tuple(noun for group in GROUPS.values() for noun in group) + PAIRS

_IRREGULAR = {"gingerbread man": "gingerbread men", "bean bag": "bean bags"}
_NUMBER = {2: "two", 3: "three", 4: "four"}


def plural(noun: str) -> str:
    """``open_nouns``'s plural, with this suite's irregular nouns."""
    return _IRREGULAR.get(noun) or open_plural(noun)


def _one(noun: str, group: str, color: str | None = None) -> str:
    """One ``noun`` in running text, with ``color`` before it: "a pair of" a plural-only noun, "some"
    a mass noun."""
    words = f"{color} {noun}" if color else noun
    if group == "pairs":
        return f"a pair of {words}"
    if group == "mass":
        return f"some {words}"
    return f"{article(words)} {words}"


def _expected(noun: str) -> str:
    """The noun a plan may name: the lemma or its lexicon synonym; for a plural-only noun the plural
    the project draws as one thing ("pliers"), where it lists one."""
    want = canonical(noun)
    return (whole_plural(want, want) or want) if noun in PAIRS else want


def fresh_noun_b_cases(seed: int = 53) -> list[Case]:
    """A position prompt for each noun (its partner from a contrasting group), and for every other noun
    a colour or a count prompt (mass nouns take a colour; plural-only nouns are counted in pairs)."""
    rng = random.Random(f"fresh-b-{seed}")
    groups = {**GROUPS, "pairs": PAIRS}
    named = {noun: _expected(noun) for group in groups.values() for noun in group}
    phrases = tuple(RELATIONS)
    cases: list[Case] = []
    for group, nouns in groups.items():
        for i, noun in enumerate(nouns):
            want = named[noun]
            color = rng.choice(COLORS)
            if (i % 2 == 0 and group in ("mass", "pairs")) or i % 4 == 0:
                cases.append(Case("color", _one(noun, group, color), (Expect(want, 1, color),)))
            elif i % 4 == 2 or (group == "pairs" and i % 4 == 1):
                k = rng.choice((2, 3, 4))
                many = f"{_NUMBER[k]} pairs of {noun}" if group == "pairs" else f"{_NUMBER[k]} {plural(noun)}"
                cases.append(Case("count", many, (Expect(want, k),)))
            other_group = rng.choice(_PARTNERS[group])
            other = rng.choice([n for n in groups[other_group] if named[n] != want])
            other_want = named[other]
            phrase = rng.choice(phrases)
            rel = RELATIONS[phrase]
            cases.append(
                Case(
                    "position",
                    f"{_one(noun, group)} {phrase} {_one(other, other_group)}",
                    (Expect(want), Expect(other_want)),
                    (want, rel, other_want) if rel else None,
                )
            )
    return cases


__all__ = ["GROUPS", "NOUNS", "PAIRS", "RELATIONS", "fresh_noun_b_cases", "plural"]
