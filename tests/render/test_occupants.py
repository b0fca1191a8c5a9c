"""People and animals in a car, a bus, a tractor or a boat show in its window, cut at the belt line; they
were whole small figures pasted over the door."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from limner.plan.model import Element, Plan, Relation
from limner.reason import BuiltinReasoner, ReasonRequest
from limner.render.base import RenderOptions
from limner.render.builtin import BuiltinRenderer
from limner.render.builtin.backdrop import Backdrop
from limner.render.builtin.occupants import VEHICLES, cab_of
from limner.render.builtin.staging import stage_elements

SIDE = 400
CAR = (0.1, 0.4, 0.9, 0.8)
#: The standing man's shirt in the art set (a colour nothing else in these scenes has).
SHIRT = (0, 160, 224)


def _plan(vehicle: str, *occupants: str) -> Plan:
    elements = [Element(id="v", noun=vehicle, box=CAR, z=1)]
    relations = []
    for i, noun in enumerate(occupants):
        elements.append(Element(id=f"o{i}", noun=noun, box=(0.4, 0.5, 0.5, 0.75), z=2))
        relations.append(Relation(subject=f"o{i}", predicate="in", object="v"))
    return Plan(
        prompt="occupants",
        canvas={"width": SIDE, "height": SIDE, "background": {"color": "#d8e4f0"}},
        elements=elements,
        relations=relations,
    )


def _pixels(plan: Plan) -> np.ndarray:
    png = BuiltinRenderer().render(plan, RenderOptions(width=SIDE, height=SIDE, seed=1))
    return np.asarray(Image.open(io.BytesIO(png.data)).convert("RGB")).astype(int)


def test_vehicles_one_sits_in_have_a_cab_and_other_things_do_not() -> None:
    for noun in ("car", "taxi", "bus", "tractor", "sailboat", "canoe", "rowboat"):
        assert cab_of(noun) is not None, noun
    for noun in ("box", "basket", "bicycle", "horse", "house"):
        assert cab_of(noun) is None, noun
    for cab in VEHICLES.values():
        assert 0 <= cab.top < cab.belt < 1 and 0 < cab.shown <= 1 and 0 < cab.x < 1


def test_occupants_are_staged_in_their_vehicle_in_order() -> None:
    staged = stage_elements(_plan("car", "man", "woman"), Backdrop(color=(216, 228, 240)), SIDE)
    vehicle = staged["o0"].vehicle
    assert vehicle is not None and vehicle.id == "v"
    assert (staged["o0"].place, staged["o1"].place) == (0, 1)
    assert stage_elements(_plan("basket", "man"), Backdrop(color=(216, 228, 240)), SIDE)["o0"].vehicle is None


def test_a_driver_shows_in_the_window_above_the_belt_line() -> None:
    pixels = _pixels(_plan("car", "man"))
    shirt = np.abs(pixels - np.array(SHIRT)).sum(axis=2) < 40
    rows = np.flatnonzero(shirt.sum(axis=1) >= 3)
    assert len(rows), "the driver is drawn"
    cab = VEHICLES["🚗"]
    top, bottom = CAR[1] * SIDE, CAR[3] * SIDE
    # the car's ink fills the box's width; its height is the art's own: the belt line sits within the
    # box's upper part, and the driver's shirt ends there (no legs over the door, nothing below)
    assert rows.max() < top + (bottom - top) * 0.75
    assert rows.max() - rows.min() < (bottom - top) * cab.belt
    assert not shirt[int(bottom) - 5 :].any()


def test_a_second_occupant_sits_further_back() -> None:
    one = _pixels(_plan("car", "man"))
    two = _pixels(_plan("car", "man", "man"))
    shirt_one = np.abs(one - np.array(SHIRT)).sum(axis=2) < 40
    shirt_two = np.abs(two - np.array(SHIRT)).sum(axis=2) < 40
    cols_one = np.flatnonzero(shirt_one.sum(axis=0) >= 3)
    cols_two = np.flatnonzero(shirt_two.sum(axis=0) >= 3)
    assert cols_two.max() - cols_two.min() > 1.6 * (cols_one.max() - cols_one.min())


@pytest.mark.parametrize(
    "prompt", ["a woman driving a red car", "a farmer driving a tractor", "a man rowing a boat"]
)
def test_driving_and_rowing_put_the_person_in_the_vehicle(prompt: str) -> None:
    plan = BuiltinReasoner().reason(ReasonRequest(prompt=prompt, seed=1, width=1024, height=1024))
    person, vehicle = plan.elements[0], plan.elements[1]
    assert [(r.subject, r.predicate, r.object) for r in plan.relations] == [(person.id, "in", vehicle.id)]
    assert person.attributes.get("pose") == "sitting"


def test_fishing_from_a_pier_stands_on_it() -> None:
    plan = BuiltinReasoner().reason(
        ReasonRequest(prompt="a man fishing from a pier", seed=1, width=1024, height=1024)
    )
    assert [e.noun for e in plan.elements] == ["man", "pier", "fishing rod"]  # fishing shows its rod
    assert ("e1", "on", "e2") in {(r.subject, r.predicate, r.object) for r in plan.relations}
