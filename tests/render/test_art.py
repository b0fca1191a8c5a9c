"""Every noun resolves to drawable art; COCO classes all have sensible art."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from limner.assets.art import ArtChoice, normalize_noun, resolve_art, singular_forms
from limner.plan.model import Element, Plan
from limner.reason import BuiltinReasoner, ReasonRequest
from limner.render.base import RenderOptions
from limner.render.builtin import BuiltinRenderer
from limner.render.builtin.art import fit_rect, load_art, recolor_svg
from tests.render.pixels import drawn as _drawn

from .plans import COCO


def test_coco_has_80_classes() -> None:
    assert len(COCO) == 80 and len(set(COCO)) == 80


@pytest.mark.parametrize("noun", COCO)
def test_every_coco_noun_has_real_art(noun: str) -> None:
    choice = resolve_art(noun)
    assert isinstance(choice, ArtChoice)
    assert choice.path.is_file() and choice.path.read_text(encoding="utf-8").lstrip().startswith("<svg")
    assert choice.file == f"{choice.hexcode}.svg"
    assert choice.emoji != "⬜" or choice.furniture  # furniture is drawn from the side by the renderer
    assert choice.exact or choice.via
    art = load_art(choice.file, None)
    x0, y0, x1, y1 = art.bounds
    assert x1 - x0 > 5 and y1 - y0 > 5


def test_exact_coco_picks() -> None:
    assert resolve_art("apple").emoji == "🍎" and resolve_art("apple").exact
    assert resolve_art("cat").emoji == "🐈"  # the animal, not the cat face
    assert resolve_art("dog").emoji == "🐕"
    assert resolve_art("traffic light").emoji == "🚦"
    hair = resolve_art("hair drier")
    assert hair.emoji == "💨" and not hair.exact and hair.via


@pytest.mark.parametrize(
    ("noun", "emoji"),
    [("apples", "🍎"), ("Cats", "🐈"), ("puppies", "🐕"), ("red sports car", "🚗"), ("mango", "🥭")],
)
def test_variants_resolve(noun: str, emoji: str) -> None:
    assert resolve_art(noun).emoji == emoji


@pytest.mark.parametrize("noun", ["glorp", "quantum flux", "", "   ", "xylophone!!", "a" * 100])
def test_unknown_nouns_fall_back(noun: str) -> None:
    choice = resolve_art(noun)
    assert choice.path.is_file()
    assert not choice.exact and choice.via


def test_cached_and_helpers() -> None:
    assert resolve_art("banana") is resolve_art("banana")
    assert normalize_noun("  The Hot_Dog ") == "hot dog"
    assert "berry" in singular_forms("berries") and "knife" in singular_forms("knives")


def test_recolor_keeps_black_outlines() -> None:
    svg = '<path fill="#EA5A47" stroke="#000"/><path fill="#000000"/><path stroke="#fff"/>'
    out = recolor_svg(svg, (30, 136, 229))
    assert 'stroke="#000"' in out and 'fill="#000000"' in out
    assert "#EA5A47" not in out and 'stroke="#fff"' not in out


def test_fit_keeps_aspect_and_centres() -> None:
    scale, dx, dy = fit_rect((10, 20, 30, 60), (0, 0, 100, 100))
    assert scale == pytest.approx(2.5)
    assert dx + 10 * scale == pytest.approx(25) and dy + 20 * scale == pytest.approx(0)


def test_substitutions_are_noted() -> None:
    plan = Plan(
        elements=[
            Element(id="e1", noun="hair drier", box=(0.1, 0.1, 0.4, 0.4)),
            Element(id="e2", noun="apple", box=(0.5, 0.5, 0.9, 0.9)),
        ]
    )
    notes = BuiltinRenderer().render(plan, RenderOptions(width=128, height=128)).notes
    assert len(notes) == 1 and "'hair drier'" in notes[0] and "💨" in notes[0]


@pytest.mark.parametrize(
    ("noun", "emoji"),
    [("rhino", "🦏"), ("hippo", "🦛"), ("ladybug", "🐞"), ("toad", "🐸"), ("sleigh", "🛷")],
)
def test_another_name_of_the_same_thing_is_exact(noun: str, emoji: str) -> None:
    """A WordNet synonym with art is the thing itself ("rhino" is the rhinoceros)."""
    choice = resolve_art(noun)
    assert (choice.emoji, choice.exact) == (emoji, True)


def test_a_chosen_stand_in_beats_a_name_match() -> None:
    """The related table's pick for the noun itself beats a CLDR name that merely ends in it: a lamp is
    not a diya lamp, a box not a bento box."""
    assert resolve_art("lamp").furniture == "lamp"  # drawn in code (render/builtin/lamps.py), not a diya
    assert resolve_art("box").emoji == "📦"
    assert resolve_art("male").emoji == "🧍\u200d♂️"  # not the male sign
    assert resolve_art("female").emoji == "🧍\u200d♀️"
    assert resolve_art("knight").emoji == "🤺" and resolve_art("soldier").emoji == "💂"  # not a plain figure


@pytest.mark.parametrize(
    ("noun", "emoji", "kin"),
    [("hare", "🐇", "leporid"), ("cello", "🎻", "stringed instrument"), ("alligator", "🐊", "crocodilian")],
)
def test_near_kin_stand_in_and_say_so(noun: str, emoji: str, kin: str) -> None:
    """Without art of its own or of an ancestor, a living thing or instrument is drawn as its nearest kin
    under a narrow class, and the note names that class."""
    choice = resolve_art(noun)
    assert choice.emoji == emoji and not choice.exact
    assert choice.via is not None and kin in choice.via and noun in choice.via


@pytest.mark.parametrize("noun", ["cello", "screw", "wallet", "candlestick", "colander"])
def test_broad_classes_do_not_stand_in(noun: str) -> None:
    """A device is not drawn as a phone, a container not as a jar."""
    assert resolve_art(noun).emoji not in ("📱", "🫙")


def test_kin_are_not_drawn_for_artifacts() -> None:
    """Artifacts of one class share a use, not a shape: a seesaw is not drawn as a kite."""
    assert resolve_art("seesaw").emoji != "🪁"
    assert resolve_art("dock").emoji != "🔥"


def test_a_lighthouse_is_drawn_in_code_not_as_a_landmark() -> None:
    """No emoji draws a lighthouse; the nearest ancestor's art is Tokyo Tower, a landmark of its own."""
    choice = resolve_art("lighthouse")
    assert choice.furniture == "lighthouse" and choice.emoji != "🗼"
    png = BuiltinRenderer().render(
        Plan(
            prompt="a lighthouse",
            canvas={"width": 128, "height": 128},
            elements=[Element(id="e1", noun="lighthouse", box=(0.3, 0.1, 0.7, 0.9))],
        ),
        RenderOptions(width=128, height=128),
    )
    assert png.data[:8] == b"\x89PNG\r\n\x1a\n"


def _runs(row: np.ndarray) -> int:
    """How many separate stretches of drawn (non-white) pixels one scanline crosses."""
    ink = (np.abs(row - 255).sum(axis=1) > 60).astype(int)
    return int(((ink[1:] == 1) & (ink[:-1] == 0)).sum() + ink[0])


@pytest.mark.parametrize("noun", ["fence", "picket fence", "gate", "railing", "hedge", "wall", "brick wall"])
def test_boundaries_are_drawn_in_code_not_as_a_neutral_square(noun: str) -> None:
    """No emoji draws a fence, gate, railing, hedge or wall: they were a neutral white square."""
    choice = resolve_art(noun)
    assert choice.furniture is not None and choice.via is not None and "renderer" in choice.via


@pytest.mark.parametrize("noun", ["fence", "gate", "railing"])
def test_fences_gates_and_railings_show_the_backdrop_between_their_boards(noun: str) -> None:
    pixels = _drawn(noun, "brown")
    # A scanline between the rails crosses many separate boards or bars (a box would be one run).
    assert max(_runs(pixels[y]) for y in range(50, 70)) >= 5


def test_a_hedge_is_green_with_a_scalloped_top_and_a_brick_wall_has_courses() -> None:
    hedge = _drawn("hedge")
    inked = np.abs(hedge - 255).sum(axis=2) > 60
    assert (hedge[inked][:, 1] > hedge[inked][:, 0]).mean() > 0.8  # green by default
    tops = [int(np.argmax(inked[:, x])) for x in range(40, 200) if inked[:, x].any()]
    assert max(tops) - min(tops) >= 4  # bumps, not a flat edge
    wall = _drawn("brick wall")
    column = wall[:, 120]
    dark = (column.sum(axis=1) < 300).astype(int)  # mortar lines are a darker shade of the brick
    assert int(((dark[1:] == 1) & (dark[:-1] == 0)).sum()) >= 3


#: Everyday nouns that were a neutral white square, now drawn with a stand-in emoji that reads as the
#: thing (the related-art table) or in code (household and outdoor drawers).
EVERYDAY_STAND_INS = {
    "stump": "🪵",
    "rope": "🪢",
    "can": "🥫",
    "tin can": "🥫",
    "iceberg": "🧊",
    "glacier": "🏔️",
    "dune": "🏜️",
    "cliff": "⛰️",
    "valley": "🏞️",
    "roof": "🏠",
    "porch": "🏠",
    "balcony": "🏠",
    "chimney": "🏠",
    "doorway": "🚪",
    "column": "🏛️",
    "seaweed": "🌿",
    "starfish": "⭐",
    "wire": "🔌",
    "seashell": "🐚",
    "doorbell": "🔔",
    "ladle": "🥄",
    "life jacket": "🦺",
    "slipper": "🥿",
    "skeleton": "💀",
    "piggy bank": "🐖",
    "sandcastle": "🏰",
    "lunchbox": "🍱",
    "game console": "🎮",
    "bowling pin": "🎳",
    "necklace": "📿",
    "wallet": "👛",
    "cab": "🚕",
    "rocking horse": "🎠",
    "hydrant": "🧯",
    "letter box": "📮",
    "tub": "🛁",
    "filly": "🐎",
    "mast": "⛵",
    "handlebar": "🚲",
    "smokestack": "🏭",
}
EVERYDAY_DRAWN = {
    "arch": "arch",  # a garden arbour or a stone arch (render/builtin/arches.py), not a temple
    "stream": "stream",  # a band of water lying flat (render/builtin/waters.py)
    "rug": "rug",
    "carpet": "carpet",
    "rugs": "rug",
    "yoga mat": "mat",
    "pillow": "pillow",
    "cushion": "cushion",
    "blanket": "blanket",
    "towel": "towel",
    "curtain": "curtain",
    "curtains": "curtains",
    "napkin": "napkin",
    "windowsill": "windowsill",
    "pipe": "pipe",
    "stairs": "stairs",
    "stair": "stair",
    "steps": "step",
    "log": "log",
    "path": "path",
    "sidewalk": "sidewalk",
    "puddle": "puddle",
    "icicle": "icicle",
    "cave": "cave",
    "seesaw": "seesaw",
    "swing": "swing",
    "sandbox": "sandbox",
    "pinecone": "pinecone",
    "cocoon": "cocoon",
    "blackboard": "blackboard",
    "chalkboard": "chalkboard",
    "igloo": "igloo",
    "watering can": "watering can",
    "hot air balloon": "hot air balloon",
    "pier": "pier",
    "jetty": "jetty",
    "boardwalk": "boardwalk",
    "tray": "tray",
    "serving tray": "serving tray",
    "window blind": "window blind",
    "venetian blind": "venetian blind",
}


@pytest.mark.parametrize(("noun", "emoji"), sorted(EVERYDAY_STAND_INS.items()))
def test_everyday_nouns_get_a_stand_in_that_reads_as_the_thing(noun: str, emoji: str) -> None:
    """They were a neutral white square; the stand-in keeps the user's noun and says what it is."""
    choice = resolve_art(noun)
    assert (choice.noun, choice.emoji, choice.exact, choice.furniture) == (noun, emoji, False, None)
    assert choice.via is not None and ("related" in choice.via or "ancestor" in choice.via)


@pytest.mark.parametrize(("noun", "kind"), sorted(EVERYDAY_DRAWN.items()))
def test_everyday_nouns_no_emoji_draws_are_drawn_in_code(noun: str, kind: str) -> None:
    from limner.render.builtin.furniture import DRAWERS, furniture_drawer

    choice = resolve_art(noun)
    assert choice.furniture == kind and choice.noun == noun
    assert choice.via is not None and "renderer" in choice.via
    assert kind in DRAWERS and furniture_drawer(kind) is DRAWERS[kind]  # its own drawer, not a cabinet


def test_stand_ins_that_were_people_are_things_now() -> None:
    """A creek and a pillar fell through to the standing person; they are water and a column."""
    assert resolve_art("creek").furniture == "creek"  # a stream, drawn in code
    assert resolve_art("pillar").emoji == "🏛️"


def _inked(pixels: np.ndarray) -> np.ndarray:
    return np.abs(pixels - 255).sum(axis=2) > 60


def _extent(pixels: np.ndarray) -> tuple[int, int]:
    """Width and height of the drawn (non-white) pixels' bounding box."""
    ys, xs = np.nonzero(_inked(pixels))
    return int(xs.max() - xs.min() + 1), int(ys.max() - ys.min() + 1)


def test_a_rug_lies_wide_and_flat_in_red_by_default_and_takes_the_plan_colour() -> None:
    rug = _drawn("rug")
    width, height = _extent(rug)
    assert width > height * 1.8
    inked = rug[_inked(rug)]
    assert (inked[:, 0] > inked[:, 2] + 40).mean() > 0.6  # warm red
    blue = _drawn("rug", "blue")
    inked = blue[_inked(blue)]
    assert (inked[:, 2] > inked[:, 0] + 40).mean() > 0.6  # the plan's colour wins


def test_a_hot_air_balloon_is_a_striped_envelope_over_a_basket_not_a_party_balloon() -> None:
    pixels = _drawn("hot air balloon", size=(200, 300), box=(0.1, 0.05, 0.9, 0.95))
    envelope = pixels[40:150]
    red = (envelope[:, :, 0] > envelope[:, :, 2] + 80).mean()
    pale = ((envelope[:, :, 0] > 200) & (envelope[:, :, 1] > 120) & (envelope[:, :, 1] < 200)).mean()
    assert red > 0.15 and pale > 0.08  # red gores and pale ones
    row = pixels[95]
    assert _runs(row) == 1 and _extent(pixels)[0] > 120  # one round, wide envelope
    basket = pixels[255:280, 80:120]
    assert (np.abs(basket - np.array([156, 104, 62])).sum(axis=2) < 40).mean() > 0.3  # wicker below
    assert pixels[210:240, 5:60].min() > 240  # nothing beside the ropes: a gap, then the basket


def test_curtains_hang_in_folds_either_side_of_a_gap() -> None:
    pixels = _drawn("curtains", "red")
    row = pixels[80]
    dark = (row.sum(axis=1) < 220).astype(int)  # fold lines: a darker shade of the cloth
    assert int(((dark[1:] == 1) & (dark[:-1] == 0)).sum()) >= 6
    assert _runs(row) == 2  # two panels, the backdrop showing between them
    assert pixels[80, 120].min() > 240


def test_stairs_rise_step_by_step() -> None:
    inked = _inked(_drawn("stairs"))
    tops = [int(np.argmax(inked[:, x])) for x in range(30, 210, 6) if inked[:, x].any()]
    assert tops == sorted(tops, reverse=True) and len(set(tops)) >= 3  # higher to the right, in steps


def test_flat_things_lie_on_the_ground_even_in_a_tall_box() -> None:
    for noun in ("puddle", "path", "sidewalk"):
        plan = Plan(
            prompt=noun,
            canvas={"width": 160, "height": 160, "background": {"color": "#ffffff"}},
            elements=[Element(id="e1", noun=noun, box=(0.2, 0.1, 0.8, 0.9))],
        )
        png = BuiltinRenderer().render(plan, RenderOptions(width=160, height=160, seed=1))
        pixels = np.asarray(Image.open(io.BytesIO(png.data)).convert("RGB")).astype(int)
        width, height = _extent(pixels)
        assert width > height * 1.8, noun
        ys = np.nonzero(_inked(pixels))[0]
        assert ys.max() >= 140, noun  # on the box's bottom edge


def test_icicles_taper_to_points() -> None:
    inked = _inked(_drawn("icicle"))
    rows = [int(inked[y].sum()) for y in range(120) if inked[y].any()]
    assert rows[len(rows) // 10] > rows[-3] * 3  # wide at the top, points at the bottom


def test_a_swing_seat_is_its_top_surface() -> None:
    """Whoever sits on a swing rests on its box's top edge: the seat is there, the frame above it."""
    pixels = _drawn("swing")
    inked = _inked(pixels)
    seat_row = 24  # the box's top edge (0.2 of 120)
    assert inked[seat_row, 100:140].all()  # the seat spans the middle
    assert inked[:seat_row, 30:210].any()  # the top bar rises above the box
    assert not inked[seat_row + 20, 100:140].any()  # under the seat: the backdrop


def test_a_plan_colour_paints_the_body_and_keeps_windows_tyres_and_eyes() -> None:
    """ "a blue car": its paint turns blue, its light windows and dark tyres stay (they were all
    painted blue, a silhouette); a white or grey thing with coloured details is painted whole."""
    from limner.render.builtin.art import body_hues, in_body

    (paint,) = body_hues(resolve_art("car").file) or (None,)
    assert paint is not None and (paint < 30 or paint > 330)  # the car art is red
    assert in_body((220, 40, 40), (paint,)) and not in_body((80, 200, 240), (paint,))
    assert not in_body((40, 40, 48), (paint,)) and not in_body((250, 250, 250), (paint,))
    assert body_hues(resolve_art("sports ball").file) is None  # white and black: painted whole
    car = _drawn("car", "blue")
    blue = (car[:, :, 2] > car[:, :, 0] + 80) & (car[:, :, 2] > 150) & (car[:, :, 1] < 140)
    light = (car[:, :, 1] > 170) & (car[:, :, 2] > 200) & (car[:, :, 0] < 140)  # the windows' cyan
    dark = car.sum(axis=2) < 200  # tyres
    assert blue.mean() > 0.1 and light.mean() > 0.01 and dark.mean() > 0.01
    red = _drawn("car", "red")
    assert ((red[:, :, 1] > 170) & (red[:, :, 2] > 200) & (red[:, :, 0] < 140)).mean() > 0.01


def test_a_pier_is_a_plank_deck_on_posts_and_a_tray_a_flat_dish() -> None:
    pier = _drawn("pier")  # 240×120, box (0.1, 0.2, 0.9, 0.9): 24..216 × 24..108
    deck_row, post_row = pier[30], pier[80]
    assert _runs(deck_row) == 1  # one deck across
    assert _runs(post_row) >= 3  # posts down to the water, the backdrop between them
    water = pier[100]
    assert ((water[:, 2] > water[:, 0] + 60) & (water[:, 2] > 150)).sum() > 100  # a strip of water
    tray = _drawn("tray")
    width, height = _extent(tray)
    assert width > 3 * height  # flat, seen a little from above


def test_a_stop_sign_is_its_own_red_octagon_not_a_blank_board() -> None:
    from limner.assets.formats import own_sign_art

    assert own_sign_art("stop sign") and not own_sign_art("sign") and not own_sign_art("street sign")
    plan = BuiltinReasoner().reason(ReasonRequest(prompt="a red stop sign", seed=1, width=512, height=512))
    (sign,) = plan.elements
    assert sign.noun == "stop sign" and "panel" not in sign.attributes
    written = BuiltinReasoner().reason(
        ReasonRequest(prompt="a sign that says OPEN", seed=1, width=512, height=512)
    )
    assert next(e for e in written.elements if e.noun == "sign").attributes.get("panel") == "board"


@pytest.mark.parametrize(
    ("noun", "emoji"),
    [
        ("wedding cake", "🎂"),  # a cake, though the word "cake" first means a block
        ("layer cake", "🎂"),
        ("coconut palm", "🌴"),
        ("pirate ship", "🚢"),  # not the pirate
        ("page printer", "🖨️"),
    ],
)
def test_compounds_are_drawn_with_their_heads_art(noun: str, emoji: str) -> None:
    assert resolve_art(noun).emoji == emoji


@pytest.mark.parametrize(
    ("noun", "not_emoji"),
    [("jointing plane", "✈️"), ("table tennis bat", "🦇"), ("black kite", "🪁"), ("armor plate", "🍽️")],
)
def test_a_heads_art_of_another_sense_is_not_used(noun: str, not_emoji: str) -> None:
    """The head word names the compound's ancestor, but its art draws another sense of the word."""
    assert resolve_art(noun).emoji != not_emoji
