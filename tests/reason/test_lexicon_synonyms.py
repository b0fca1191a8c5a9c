"""The lexicon's synonyms name the row's own thing: a synonym (or a kind) of the row's WordNet concept.

A synonym that names a different thing ("medal" on the necklace row, "cricket insect" on the mosquito
row) made the plan swap the user's noun for another; such words are nouns of their own (issue 13). The
check reads ``lexicon/nouns.tsv`` and the packaged WordNet concepts: for every synonym, some sense of the
word (or of its head, or of the thing a disambiguating phrase names: "cricket insect" is a cricket) must
be a sense of the row's noun or a kind of one. Words WordNet lacks are listed below with why they are the
row's thing; the list is the whole of what the check lets through.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import pytest

from limner.reason.concepts import sense_ancestors, senses
from limner.reason.vocab import WIDER_MARK, lexicon

# Same thing, and WordNet lacks the word or files the row under an abstraction (traffic light, cell
# phone, coin and trophy have no physical sense there): spelling variants, compounds written apart or
# together, short forms, "a bunch of", "a pair of".
SAME_THING = frozenset(
    {
        ("backpack", "bookbag"),
        ("backpack", "school bag"),
        ("balloon", "balloons bunch"),
        ("banknote", "bank note"),
        ("baseball bat", "baseball club"),
        ("beaker", "beaker glass"),
        ("board game", "game board"),
        ("bowling pin", "pin bowling"),
        ("boxing glove", "boxing gloves pair"),
        ("broccoli", "broccoli floret"),
        ("broccoli", "brocoli"),
        ("candle", "tea light"),
        ("candle", "tealight"),
        ("cat", "kitteh"),
        ("cell phone", "android phone"),
        ("cell phone", "cellphone"),
        ("cell phone", "cellular phone"),
        ("cell phone", "flip phone"),
        ("cell phone", "iphone"),
        ("cell phone", "mobile phone"),
        ("cell phone", "phone"),
        ("cell phone", "smart phone"),
        ("cell phone", "smartphone"),
        ("coffee maker", "coffee machine"),
        ("corn", "corncob"),
        ("crocodile", "croc"),
        ("crystal ball", "fortune ball"),
        ("dinosaur", "dino"),
        ("disco ball", "mirror ball"),
        ("donut", "donnut"),
        ("drone", "quadcopter"),
        ("fire", "blaze"),
        ("fire", "flame"),
        ("flask", "flask lab"),
        ("flying saucer", "ufo"),
        ("frisbee", "flying disc"),
        ("frisbee", "flying disk"),
        ("game controller", "gamepad"),
        ("grape", "grapes bunch"),
        ("headphones", "earbud"),
        ("headphones", "earbuds"),
        ("helicopter", "copter"),
        ("id card", "identification card"),
        ("key", "keys bunch"),
        ("lunchbox", "lunch box"),
        ("maracas", "rattle shaker"),
        ("microphone", "mic"),
        ("milkshake", "milk shake"),
        ("money bag", "coin bag"),
        ("money bag", "sack of money"),
        ("mouse pad", "mousepad"),
        ("nesting dolls", "matryoshka"),
        ("nesting dolls", "nesting doll"),
        ("nesting dolls", "russian doll"),
        ("nut and bolt", "nut bolt"),
        ("olive jar", "olives jar"),
        ("parking meter", "parking metre"),
        ("picture frame", "photo frame"),
        ("pinata", "piñata"),
        ("pizza", "pizza slice"),
        ("potted plant", "house plant"),
        ("potted plant", "pot plant"),
        ("potted plant", "potted flower"),
        ("puzzle piece", "jigsaw piece"),
        ("remote", "clicker"),
        ("remote", "remote controller"),
        ("rice ball", "onigiri"),
        ("ring buoy", "life buoy"),
        ("ring buoy", "life preserver"),
        ("ring buoy", "life ring"),
        ("ring buoy", "lifebuoy"),
        ("rubiks cube", "rubik's cube"),
        ("scissors", "scissor"),
        ("shelf", "shelving"),
        ("shirt", "tshirt"),
        ("shower", "shower head"),
        ("side table", "end table"),
        ("skateboard ramp", "half pipe"),
        ("sparkle", "twinkle"),
        ("sticker", "sticker label"),
        ("stop sign", "stopsign"),
        ("street lamp", "lamp post"),
        ("street lamp", "lamppost light"),
        ("suit of armor", "knight armor"),
        ("sunglasses", "glasses pair"),
        ("surfboard", "surfing board"),
        ("traffic light", "signal light"),
        ("traffic light", "stop light"),
        ("traffic light", "stoplight"),
        ("traffic light", "traffic lamp"),
        ("traffic light", "traffic signal"),
        ("trophy", "cup trophy"),
        ("tv", "flat screen"),
        ("tv", "flatscreen"),
        ("washing machine", "laundry machine"),
        ("wine glass", "wineglass"),
    }
)
# Same thing under a regional or everyday name that WordNet files as another sense ("chips" are fries in
# British English, "human" a hominid, "slacks" a slack) or lacks.
REGIONAL = frozenset(
    {
        ("building", "block of flats"),
        ("cupcake", "fairy cake"),
        ("cupcake", "muffin cake"),
        ("fries", "chips"),
        ("megaphone", "loudhailer"),
        ("overalls", "dungarees"),
        ("person", "human"),
        ("sweatpants", "joggers"),
        ("toilet", "wc"),
        ("trousers", "slacks"),
        ("window blind", "blinds"),  # WordNet files the plural under its singular, a screen
    }
)
# Kinds of the row's thing that WordNet lacks (brands, dishes, breeds, newer things). Those marked '~' in
# nouns.tsv keep the user's noun ("campfire", "labrador"), drawn like the row's thing.
KINDS = frozenset(
    {
        ("waiter", "barista"),  # a role person WordNet lacks: drawn like a waiter, named as the user did
        ("backpack", "daypack"),
        ("badge", "name badge"),
        ("baseball bat", "softball bat"),
        ("bathtub", "jacuzzi"),
        ("beans", "edamame"),
        ("bush", "thicket"),
        ("camera", "dslr"),
        ("candy", "gummy"),
        ("coin", "penny"),
        ("computer", "e reader"),
        ("computer", "ipad"),
        ("computer", "kindle"),
        ("cooking pot", "crockpot"),
        ("cooking pot", "slow cooker"),
        ("dinosaur", "t rex"),
        ("dog", "labrador"),
        ("dumpling", "bao"),
        ("dumpling", "empanada"),
        ("dumpling", "gyoza"),
        ("dumpling", "pierogi"),
        ("fire", "bonfire"),
        ("fire", "campfire"),
        ("fish", "clownfish"),
        ("fish", "koi"),
        ("game console", "nintendo"),
        ("game console", "playstation"),
        ("game console", "xbox"),
        ("ice cream", "gelato"),
        ("laptop", "chromebook"),
        ("laptop", "macbook"),
        ("laptop", "netbook"),
        ("lunchbox", "bento"),
        ("lunchbox", "bento box"),
        ("noodles", "ramen"),
        ("planet", "jupiter"),
        ("planet", "mars"),
        ("planet", "saturn"),
        ("sandwich", "panini"),
        ("shoe", "high heel"),
        ("sign", "signpost"),
        ("skateboard", "longboard"),
        ("sports ball", "dodgeball"),
        ("sports ball", "kickball"),
        ("sports ball", "netball"),
        ("suitcase", "trolley case"),
        ("surfboard", "bodyboard"),
        ("sushi", "maki"),
        ("sweater", "hoodie"),
        ("teddy bear", "plush bear"),
        ("teddy bear", "stuffed bear"),
        ("toy", "action figure"),
        ("toy", "rubber duck"),
        ("toy", "toy car"),
        ("toy", "toy train"),
        ("wallet", "coin purse"),
        ("weighing scale", "bathroom scale"),
        ("wine glass", "champagne glass"),
        ("wine glass", "cocktail glass"),
        ("wine glass", "martini glass"),
        # kinds a fresh-noun suite named (issue 13): the plan keeps the user's words
        ("trousers", "slacks"),
        ("overalls", "dungarees"),
    }
)
# A wider word than the row's thing ("ball" on the sports ball row, "money" on the coin row). Not a
# different thing, but not the exact one either: listed so a change to any of them is a reviewed one.
# Marked '~' in nouns.tsv, the plan keeps the user's noun, sized and drawn like the row's (issue 13).
WIDER = frozenset(
    {
        ("coin", "cash"),
        ("coin", "dollar"),
        ("coin", "money"),
        ("drum", "drum kit"),
        ("drum", "drums set"),
        ("dumpling", "dim sum"),
        ("game console", "video game"),
        ("key", "keychain"),
        ("oven", "stovetop"),
        ("potted plant", "flower pot"),
        ("potted plant", "plant"),  # a plant one waters, not the factory WordNet reads first
        ("potted plant", "plant pot"),
        ("sports ball", "ball"),
        ("teddy bear", "plush toy"),
        ("teddy bear", "plushie"),
        ("teddy bear", "soft toy"),
        ("teddy bear", "stuffed animal"),
        ("teddy bear", "stuffed toy"),
        ("trophy", "award"),
        ("trophy", "medal trophy"),
        ("trophy", "prize"),
    }
)
ALLOWED = SAME_THING | REGIONAL | KINDS | WIDER


def _rows() -> list[tuple[str, str]]:
    """(row noun, synonym) for every synonym in ``nouns.tsv``."""
    text = resources.files("limner.reason").joinpath("lexicon", "nouns.tsv").read_text(encoding="utf-8")
    out: list[tuple[str, str]] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t") + [""] * 8
        out += [(cells[0], word.split("/")[0].lstrip(WIDER_MARK)) for word in cells[5].split(";") if word]
    return out


@cache
def _kind_of_row(word: str, row: str) -> bool:
    wanted = senses(row)
    return any(s in wanted or any(w in sense_ancestors(s) for w in wanted) for s in senses(word))


def _readings(word: str) -> list[str]:
    """The word, written together, its head ("road bike": bike; "slice of pizza": pizza), and the thing a
    disambiguating phrase names ("cricket insect": a cricket, for insect is one of its ancestors)."""
    words = word.split()
    out = [word, word.replace(" ", "")]
    if len(words) > 1:
        out.append(" ".join(words[words.index("of") + 1 :]) if "of" in words else words[-1])
    if len(words) == 2:
        heads = {
            a.rsplit(".n.", 1)[0].replace("_", " ") for s in senses(words[0]) for a in sense_ancestors(s)
        }
        if words[1] in heads or any(h.endswith(f" {words[1]}") for h in heads):
            out.append(words[0])
    return out


def verified(row: str, word: str) -> bool:
    """Whether WordNet says ``word`` names the row's thing or a kind of it."""
    return any(_kind_of_row(reading, row) for reading in _readings(word))


def test_every_synonym_names_the_rows_thing() -> None:
    stand_ins = [
        f"{row} <- {word}" for row, word in _rows() if not verified(row, word) and (row, word) not in ALLOWED
    ]
    assert stand_ins == [], "synonyms that name another thing: make them nouns of their own"


def test_the_allow_list_holds_no_stale_or_verifiable_entries() -> None:
    rows = set(_rows())
    assert sorted(ALLOWED - rows) == []  # a listed synonym that is gone from the table
    assert sorted(pair for pair in ALLOWED if verified(*pair)) == []  # WordNet vouches for it now


@pytest.mark.parametrize(
    ("row", "word"),
    [
        ("necklace", "medal"),
        ("envelope", "receipt"),
        ("mosquito", "cricket insect"),
        ("vacuum cleaner", "weighing scale"),
    ],
)
def test_known_stand_ins_are_caught(row: str, word: str) -> None:
    """The stand-ins issue 13 found would fail the check, were they put back."""
    assert not verified(row, word) and (row, word) not in ALLOWED


@pytest.mark.parametrize(("row", "word"), [("bicycle", "bike"), ("car", "automobile"), ("dog", "hound")])
def test_true_synonyms_pass(row: str, word: str) -> None:
    assert verified(row, word)


def test_marked_wider_words_are_listed_and_keep_their_noun() -> None:
    """A '~' word is one of the reviewed wider words or kinds; the plan names it as the user did ("money",
    "campfire"), with the row's facts, and other languages' words still reach the row's noun."""
    lex = lexicon()
    # (a kind WordNet vouches for needs no review: "desk lamp" on the lamp row)
    assert lex.wider and all(
        (row, word) in WIDER | KINDS or verified(row, word) for word, row in lex.wider.items()
    )
    for word, row in lex.wider.items():
        tags = lex.phrases[tuple(word.split())]
        assert tags[0].kind == "noun" and tags[0].value == word, word
        assert lex.nouns[word].category == lex.nouns[row].category, word


def test_marked_wider_words_are_drawn() -> None:
    """Each kept wider word has a drawing (its own, or a stand-in for the row's thing), never the
    neutral shape."""
    from limner.assets.art import resolve_art

    blank = [word for word in lexicon().wider if "neutral" in (resolve_art(word).via or "")]
    assert blank == []
