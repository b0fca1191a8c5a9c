"""What the object pass knows before it draws any object: the backdrop, every object's staging, the
backdrop colours under each, and what the plan's things say about one another (laid tables, turned
cans, cyclists, fishbowls, the props a picture brings)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from limner.assets.art import furniture_kind
from limner.plan.model import Element, Plan
from limner.render.builtin.arches import arch_frames
from limner.render.builtin.art import art_noun, pixel_box
from limner.render.builtin.backdrop import Backdrop
from limner.render.builtin.candles import candles_on_cakes
from limner.render.builtin.colors import RGB
from limner.render.builtin.cyclists import Cyclist, cyclists
from limner.render.builtin.dining import laid_tables, places
from limner.render.builtin.flown import raised_flyers
from limner.render.builtin.goods import Pile, piles
from limner.render.builtin.hills import HILLS, on_hills
from limner.render.builtin.housed import OPENED, housed, seated_in_sand
from limner.render.builtin.memo import RenderMemo
from limner.render.builtin.partners import Partner, partners
from limner.render.builtin.shelved import shelved
from limner.render.builtin.spray import turned_cans
from limner.render.builtin.staging import Staging, stage_elements
from limner.render.builtin.tanks import fishbowls
from limner.render.builtin.visibility import mean_under
from limner.render.builtin.wallboard import writers
from limner.render.builtin.waters import WATERS, surface

Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Scene:
    """What the object pass knows before drawing any object."""

    backdrop: Backdrop
    staging: dict[str, Staging]
    #: Mean backdrop colours under the upper and lower halves of each object's box.
    under: dict[str, tuple[RGB, RGB]]
    width: int
    height: int
    #: Drawing is recorded for SVG (no pixels to post-process: halos stay skia layer filters).
    vector: bool = False
    #: The renderer's memo tables (haloed art kept between renders), if it keeps any.
    memo: RenderMemo | None = None
    #: The plan's text elements (a sign's plate the plan writes on carries no word of its own).
    texts: tuple[Element, ...] = ()
    #: Where the water of the streams and ponds the plan draws lies (pixels): a bridge reaches it.
    pools: tuple[Box, ...] = ()
    #: The watering cans turned to shower what lies on their left (:func:`.spray.turned_cans`).
    turned: frozenset[str] = frozenset()
    #: The tables someone sits behind: a cloth hides their laps and chairs (:func:`.dining.laid_tables`).
    laid: frozenset[str] = frozenset()
    #: The laid tables' pixel boxes (a sitter side-on at an end tucks its knees in under the cloth).
    cloths: tuple[Box, ...] = ()
    #: The bicycles someone rides, drawn as one cyclist (:func:`.cyclists.cyclists`), by bicycle id.
    cyclists: dict[str, Cyclist] = dataclasses.field(default_factory=dict)
    #: Where (canvas shares) a plate is laid on each laid table, by its id (:func:`.dining.places`).
    places: dict[str, tuple[float, ...]] = dataclasses.field(default_factory=dict)
    #: The food bowls the plan puts an animal in: drawn as fishbowls (:func:`.tanks.fishbowls`).
    fishbowls: frozenset[str] = frozenset()
    #: The backdrop's fixtures and the furniture kinds the plan draws (a blackboard): art that brings
    #: one of its own leaves it out (:func:`.ownprops.dropped_fills`).
    props: frozenset[str] = frozenset()
    #: The candles standing on a cake whose art draws candles of its own (:mod:`.candles`), by id:
    #: the cake, the candle's place among its candles and their number.
    candles: dict[str, tuple[Element, int, int]] = dataclasses.field(default_factory=dict)

    #: The things inside a barn (:mod:`.housed`), by id: the barn (drawn with its doors open).
    housed: dict[str, Element] = dataclasses.field(default_factory=dict)

    #: The boxes (canvas shares) of the arches someone stands under, framing them (:mod:`.arches`).
    arches: dict[str, Box] = dataclasses.field(default_factory=dict)
    #: The people the plan pairs facing each other, hands joined (:mod:`.partners`), by id.
    partners: dict[str, Partner] = dataclasses.field(default_factory=dict)
    #: The things the plan stands on a hill (:mod:`.hills`), by id: the hill (they stand on its brow).
    hills: dict[str, Element] = dataclasses.field(default_factory=dict)
    #: The people flying a kite standing (:func:`.flown.raised_flyers`), by id: the kite.
    flyers: dict[str, Element] = dataclasses.field(default_factory=dict)
    #: The plan's setting ("city", "garden"), if it names one (a city's arch is of stone).
    setting: str | None = None
    #: The people at the wall's board the plan names (:mod:`.wallboard`), by id: that board.
    writers: dict[str, Element] = dataclasses.field(default_factory=dict)
    #: The books a bookcase's own rows draw (:func:`.shelved.shelved`): not drawn apart.
    shelved: frozenset[str] = frozenset()
    #: The heaps of goods on market stalls (:func:`.goods.piles`), by goods or stall id.
    piles: dict[str, Pile] = dataclasses.field(default_factory=dict)

    @property
    def opened(self) -> frozenset[str]:
        """The barns someone is inside (drawn with their doors open)."""
        barns = (barn for barn in self.housed.values() if furniture_kind(art_noun(barn)) in OPENED)
        return frozenset(barn.id for barn in barns)

    @property
    def topped(self) -> frozenset[str]:
        """The cakes the plan's candles stand on (drawn without their own)."""
        return frozenset(cake.id for cake, _, _ in self.candles.values())

    @property
    def unit(self) -> float:
        return max(1.0, 0.004 * min(self.width, self.height))


def prepare_scene(
    plan: Plan,
    backdrop: Backdrop,
    pixels: npt.NDArray[np.uint8],
    width: int,
    height: int,
    vector: bool = False,
    memo: RenderMemo | None = None,
) -> Scene:
    """Stage every object and sample the backdrop under it (``pixels`` hold the finished backdrop)."""
    under = {
        e.id: mean_under(pixels, pixel_box(e, width, height)) for e in plan.elements if e.kind == "object"
    }
    staging = stage_elements(plan, backdrop, height, width)
    inside = housed(plan)
    seated_in_sand(staging, inside, width, height)
    laid = laid_tables(plan, staging)
    return Scene(
        backdrop=backdrop,
        staging=staging,
        under=under,
        width=width,
        height=height,
        vector=vector,
        memo=memo,
        texts=tuple(e for e in plan.elements if e.kind == "text"),
        pools=tuple(
            surface(kind, pixel_box(e, width, height))
            for e in plan.elements
            if e.kind == "object" and (kind := furniture_kind(art_noun(e)) or "") in WATERS
        ),
        turned=turned_cans(plan),
        laid=laid,
        cloths=tuple(pixel_box(e, width, height) for e in plan.elements if e.id in laid),
        places={e.id: places(plan, staging, e) for e in plan.elements if e.id in laid},
        cyclists=cyclists(plan),
        fishbowls=fishbowls(plan),
        props=backdrop.fixtures | _kinds(plan),
        candles=candles_on_cakes(plan),
        housed=inside,
        setting=plan.canvas.background.setting,
        arches=arch_frames(plan),
        partners=partners(plan, staging),
        flyers=raised_flyers(plan),
        writers=writers(plan, backdrop.fixtures),
        shelved=shelved(plan, [e for e in plan.elements if e.kind == "object"], width / height)[1],
        piles=piles(plan, width, height),
        hills=on_hills(plan, frozenset(e.id for e in plan.elements if furniture_kind(art_noun(e)) in HILLS)),
    )


def _kinds(plan: Plan) -> frozenset[str]:
    """The furniture kinds of the plan's things (the things drawn in code)."""
    kinds = (furniture_kind(art_noun(e)) for e in plan.elements if e.kind == "object")
    return frozenset(kind for kind in kinds if kind is not None)


__all__ = ["Scene", "prepare_scene"]
