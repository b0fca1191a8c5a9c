"""Open-vocabulary suites: colour, count and position over everyday nouns outside COCO (issue 13).

Written before tuning. The nouns are split by a hash of the noun: ``dev`` (three in four) is the part
the lexicon may be tuned on; ``heldout`` is never looked at while tuning (``make eval`` counts it and
never lists its prompts). Scored like GenEval (``geneval.score``): the plan's noun is the lemma the
prompt names, with its count and colour, and positions by GenEval's rule.
"""

from __future__ import annotations

import hashlib
import random

from geneval import COCO_NOUNS, COLORS, POSITIONS, Case, Expect, article

from limner.reason.concepts import senses
from limner.reason.vocab import lexicon, tokens_of

#: Everyday nouns outside COCO's 80 classes: household, food, animals, tools, instruments, vehicles,
#: clothing, nature, toys, buildings, shapes. (singular, plural)
_IRREGULAR = {
    "goose": "geese",
    "wolf": "wolves",
    "loaf": "loaves",
    "leaf": "leaves",
    "shelf": "shelves",
    "calf": "calves",
    "scarf": "scarves",
    "mouse trap": "mouse traps",
    "ox": "oxen",
    "octopus": "octopuses",
    "cactus": "cacti",
    "fish": "fish",
    "deer": "deer",
    "moose": "moose",
    "shrimp": "shrimp",
    "salmon": "salmon",
    "trout": "trout",
    "bison": "bison",
    "potato": "potatoes",
    "tomato": "tomatoes",
    "mango": "mangoes",
    "volcano": "volcanoes",
    "tornado": "tornadoes",
    "domino": "dominoes",
    "piano": "pianos",
    "banjo": "banjos",
    "cello": "cellos",
    "kangaroo": "kangaroos",
    "rhino": "rhinos",
    "hippo": "hippos",
    "flamingo": "flamingos",
    "igloo": "igloos",
    "radio": "radios",
    "knife": "knives",
    "wife": "wives",
    "hoof": "hooves",
    "starfish": "starfish",
    "jellyfish": "jellyfish",
    "swordfish": "swordfish",
    "goldfish": "goldfish",
    "sheep": "sheep",
    "elk": "elk",
    "foot": "feet",
    "tooth": "teeth",
}

_NOUN_TEXT = """
    helmet sled swan shrimp pond dragon castle stool taxi dove jay paw cylinder cube sphere cone pyramid
    star heart ring arrow circle square triangle rectangle hexagon crescent spiral
    lamp candle pillow blanket rug curtain mirror towel bucket basket broom mop ladder hammer wrench
    screwdriver saw axe shovel rake drill pliers nail screw bolt rope chain padlock key lock doorknob
    kettle teapot saucepan skillet ladle spatula whisk grater colander mug jug pitcher jar tray saucer
    napkin tablecloth thermos lunchbox toolbox suitcase briefcase wallet purse umbrella lantern flashlight
    matchbox candlestick vase barrel crate box envelope stamp postcard notebook pencil crayon marker
    eraser ruler stapler calculator globe compass telescope microscope magnet battery lightbulb fan
    radio telephone typewriter camera television monitor printer speaker microphone headphones guitar
    violin cello harp flute trumpet trombone saxophone clarinet drum tambourine xylophone accordion banjo
    ukulele harmonica piano bell whistle
    apple pear peach plum cherry grape lemon lime mango pineapple coconut strawberry raspberry blueberry
    watermelon melon kiwi fig date avocado tomato potato onion garlic pepper cucumber pumpkin eggplant
    cabbage lettuce corn pea bean mushroom radish beet turnip celery asparagus artichoke olive peanut
    walnut almond chestnut acorn bread bagel croissant muffin pancake waffle cookie cupcake pie tart
    pretzel biscuit cracker doughnut candy lollipop chocolate cheese egg sausage bacon ham burger
    burrito taco sushi dumpling noodle steak meatball pickle popsicle
    lion tiger leopard cheetah panther wolf fox coyote raccoon squirrel chipmunk beaver otter hedgehog
    porcupine skunk badger mole rabbit hare hamster ferret kangaroo koala panda gorilla chimpanzee monkey
    baboon lemur sloth camel llama alpaca goat pig donkey mule ox bison buffalo moose elk reindeer deer
    antelope gazelle rhino hippo walrus seal whale dolphin shark octopus squid jellyfish starfish crab
    lobster snail slug worm caterpillar butterfly moth bee wasp ant beetle ladybug dragonfly grasshopper
    cricket spider scorpion mosquito frog toad turtle tortoise lizard iguana snake crocodile alligator
    chameleon owl eagle hawk falcon vulture parrot pigeon crow raven sparrow robin peacock flamingo
    pelican penguin ostrich emu stork heron goose duck turkey rooster hen chick canary hummingbird
    woodpecker seagull salmon trout goldfish swordfish
    shirt sweater jacket coat vest dress skirt shorts sock boot sandal slipper sneaker
    scarf glove mitten hat cap beret bonnet crown tiara necklace bracelet earring brooch watch belt
    apron cape cloak kimono tuxedo bikini backpack handkerchief bandana wig mask
    tree oak pine maple birch willow palm tree pine tree fir cedar bush hedge flower rose tulip daisy
    sunflower lily orchid daffodil dandelion lotus poppy cactus fern moss vine bamboo leaf branch log
    stump rock boulder pebble stone shell feather nest acorn pinecone cloud rainbow volcano iceberg
    glacier waterfall island cave hill mountain
    doll teddy puppet yo-yo marble kite balloon top rattle domino dice jigsaw robot drone slingshot
    frisbee skateboard scooter tricycle wagon sled swing slide seesaw trampoline
    bicycle motorcycle car bus truck van taxi ambulance tractor bulldozer excavator crane forklift
    tram trolley locomotive submarine canoe kayak raft yacht sailboat ferry ship helicopter blimp glider
    rocket spaceship airship jeep limousine minivan wheelbarrow stroller wheelchair carriage chariot
    sleigh
    house cottage cabin hut barn shed garage tent igloo tower lighthouse windmill castle palace temple
    church mosque pagoda skyscraper bridge fence gate wall well fountain statue monument obelisk arch
    pyramid chimney greenhouse stable kennel birdhouse mailbox bench table desk stove shelf counter
    cabinet dresser wardrobe bookcase cupboard sofa armchair hammock crib cradle
"""
NOUNS: tuple[str, ...] = tuple(_NOUN_TEXT.split())


def _dedupe(words: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for word in words:
        word = word.replace("-", " ")
        if word not in out:
            out.append(word)
    return tuple(out)


def _join_pairs(words: tuple[str, ...]) -> tuple[str, ...]:
    """``palm tree`` and ``pine tree`` are written as two words in the list above."""
    out: list[str] = []
    skip = False
    for i, word in enumerate(words):
        if skip:
            skip = False
            continue
        if i + 1 < len(words) and words[i + 1] == "tree" and word in ("palm", "pine") and i > 0:
            out.append(f"{word} tree")
            skip = True
            continue
        out.append(word)
    return tuple(out)


EVERYDAY: tuple[str, ...] = tuple(n for n in _dedupe(_join_pairs(NOUNS)) if n not in COCO_NOUNS)


def plural(noun: str) -> str:
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    head, _, last = noun.rpartition(" ")
    prefix = f"{head} " if head else ""
    if last.endswith(("s", "x", "z", "ch", "sh")):
        return prefix + last + "es"
    if last.endswith("y") and last[-2] not in "aeiou":
        return prefix + last[:-1] + "ies"
    return prefix + last + "s"


def split_of(noun: str) -> str:
    """``heldout`` for one noun in four (by hash, stable across runs), else ``dev``."""
    return "heldout" if hashlib.sha256(noun.encode()).digest()[0] % 4 == 0 else "dev"


def canonical(noun: str) -> str:
    """The noun a plan may name for ``noun``: itself, or the lexicon noun its row lists it under when
    WordNet agrees they share a sense (a true synonym: "sofa" is the lexicon's couch). A sibling
    ("swan" under duck) never counts."""
    tags = lexicon().phrases.get(tokens_of(noun)) or ()
    for tag in tags:
        if tag.kind == "noun" and tag.value != noun and set(senses(noun)) & set(senses(tag.value)):
            return tag.value
    return noun


def open_noun_cases(split: str, seed: int = 43) -> list[Case]:
    """Colour, count and position prompts over the nouns of one split."""
    rng = random.Random(f"{seed}-{split}")
    nouns = [n for n in EVERYDAY if split_of(n) == split]
    cases: list[Case] = []
    for noun in nouns:
        color = rng.choice(COLORS)
        want, other_want = canonical(noun), canonical(other := rng.choice([n for n in nouns if n != noun]))
        cases.append(Case("color", f"{article(color)} {color} {noun}", (Expect(want, 1, color),)))
        k = rng.choice((2, 3, 4))
        words = {2: "two", 3: "three", 4: "four"}
        cases.append(Case("count", f"{words[k]} {plural(noun)}", (Expect(want, k),)))
        rel = rng.choice(POSITIONS)
        phrase = {"left of": "to the left of", "right of": "to the right of"}.get(rel, rel)
        cases.append(
            Case(
                "position",
                f"{article(noun)} {noun} {phrase} {article(other)} {other}",
                (Expect(want), Expect(other_want)),
                (want, rel, other_want),
            )
        )
    return cases


__all__ = ["EVERYDAY", "canonical", "open_noun_cases", "plural", "split_of"]
