"""Hand-built scene plans with structured backdrops (what the reasoner's plan version 2 carries)."""

from __future__ import annotations

from limner.assets.anchors import anchor_box
from limner.plan.model import AttributeValue, Background, Canvas, Element, Layer, Plan, Relation


def obj(
    element_id: str,
    noun: str,
    box: tuple[float, float, float, float],
    z: int = 1,
    color: str | None = None,
    **attributes: AttributeValue,
) -> Element:
    attrs: dict[str, AttributeValue] = dict(attributes)
    if color is not None:
        attrs["color"] = color
    return Element(id=element_id, noun=noun, attributes=attrs, box=box, z=z)


def outdoor(
    setting: str,
    sky: str,
    ground: str,
    material: str,
    horizon: float = 0.62,
    far: tuple[str, str] | None = None,
    time_of_day: str = "day",
    weather: str = "clear",
    ground_kind: str = "ground",
) -> Background:
    layers = [Layer(kind="sky", color=sky, span=(0.0, horizon))]
    if far is not None:
        layers.append(Layer(kind=far[0], color=far[1], span=(max(0.0, horizon - 0.2), horizon)))  # type: ignore[arg-type]
    layers.append(Layer(kind=ground_kind, color=ground, material=material, span=(horizon, 1.0)))  # type: ignore[arg-type]
    return Background(
        color=ground,
        setting=setting,
        time_of_day=time_of_day,  # type: ignore[arg-type]
        weather=weather,  # type: ignore[arg-type]
        horizon=horizon,
        layers=layers,
    )


def kitchen_background(time_of_day: str = "day") -> Background:
    return Background(
        color="#efe3cf",
        setting="kitchen",
        time_of_day=time_of_day,  # type: ignore[arg-type]
        horizon=0.64,
        layers=[
            Layer(kind="wall", color="#efe3cf", span=(0.0, 0.64)),
            Layer(kind="floor", color="#b07a4a", material="wood", span=(0.64, 1.0)),
        ],
    )


def plan_of(background: Background, elements: list[Element], relations: list[Relation] | None = None) -> Plan:
    return Plan(
        canvas=Canvas(width=768, height=512, background=background),
        elements=elements,
        relations=relations or [],
    )


def park_day() -> Plan:
    """A dog chasing a ball in a park, a tree, a bird in the air."""
    bg = outdoor("park", "#8ec5ec", "#6aa84f", "grass", far=("trees", "#3f7d3a"))
    return plan_of(
        bg,
        [
            obj("e1", "dog", (0.18, 0.6, 0.42, 0.86), z=3, color="brown", facing="right"),
            obj("e2", "ball", (0.6, 0.78, 0.68, 0.9), z=4, color="red"),
            obj("e3", "tree", (0.72, 0.25, 0.95, 0.72), z=2),
            obj("e4", "bird", (0.4, 0.12, 0.5, 0.24), z=1, pose="flying"),
        ],
        [Relation(subject="e1", predicate="chases", object="e2")],
    )


def beach_sunset() -> Plan:
    bg = outdoor("beach", "#f08a5d", "#e8c98f", "sand", horizon=0.55, time_of_day="sunset")
    bg = bg.model_copy(
        update={
            "layers": [
                Layer(kind="sky", color="#f08a5d", span=(0.0, 0.55)),
                Layer(kind="water", color="#2f6f9f", material="water", span=(0.55, 0.72)),
                Layer(kind="ground", color="#e8c98f", material="sand", span=(0.72, 1.0)),
            ]
        }
    )
    return plan_of(
        bg,
        [
            obj("e1", "umbrella", (0.1, 0.45, 0.34, 0.9), z=2, color="red"),
            obj("e2", "bucket", (0.6, 0.8, 0.7, 0.95), z=3, color="yellow"),
        ],
    )


SNOWMAN = (0.3, 0.3, 0.56, 0.9)


def night_snow() -> Plan:
    """A snowman wearing a scarf at night in the snow (a white thing on a light ground, at night)."""
    bg = outdoor(
        "park", "#1b2a4a", "#e8eef6", "snow", time_of_day="night", weather="snow", far=("hills", "#c9d4e4")
    )
    return plan_of(
        bg,
        [
            obj("e1", "snowman", SNOWMAN, z=2, color="white"),
            obj("e2", "scarf", anchor_box(SNOWMAN, "person", "neck"), z=3, color="red"),
            obj("e3", "cat", (0.68, 0.7, 0.84, 0.88), z=2, color="black", facing="left"),
        ],
        [Relation(subject="e1", predicate="wears", object="e2")],
    )


def city_rain() -> Plan:
    bg = outdoor(
        "city", "#8d99a8", "#55595f", "road", horizon=0.6, weather="rain", far=("skyline", "#4a5566")
    )
    return plan_of(
        bg,
        [
            obj("e1", "car", (0.1, 0.68, 0.42, 0.9), z=3, color="yellow", facing="right"),
            obj("e2", "person", (0.62, 0.5, 0.74, 0.92), z=3, color="blue"),
            obj("e3", "umbrella", (0.58, 0.4, 0.78, 0.62), z=4, color="red"),
        ],
    )


def kitchen() -> Plan:
    """A cat on a table in a kitchen with a counter along the wall."""
    bg = kitchen_background()
    bg = bg.model_copy(
        update={
            "layers": [
                *bg.layers[:1],
                Layer(kind="counter", color="#7d9db5", span=(0.44, 0.66)),
                bg.layers[1],
            ]
        }
    )
    return plan_of(
        bg,
        [
            obj("e1", "table", (0.3, 0.62, 0.75, 0.92), z=2, color="brown"),
            obj("e2", "cat", (0.42, 0.45, 0.6, 0.62), z=3, color="orange", pose="sitting"),
            obj("e3", "cup", (0.64, 0.55, 0.71, 0.62), z=3, color="white"),
            obj("e4", "stove", (0.02, 0.5, 0.2, 0.82), z=1),
        ],
        [
            Relation(subject="e2", predicate="on", object="e1"),
            Relation(subject="e3", predicate="on", object="e1"),
        ],
    )


def underwater() -> Plan:
    bg = Background(
        color="#1f6f9a",
        setting="underwater",
        horizon=0.82,
        layers=[
            Layer(kind="water", color="#1f6f9a", span=(0.0, 0.82)),
            Layer(kind="ground", color="#d9c48e", material="sand", span=(0.82, 1.0)),
        ],
    )
    return plan_of(
        bg,
        [
            obj("e1", "fish", (0.2, 0.3, 0.4, 0.5), z=2, color="orange", facing="right"),
            obj("e2", "octopus", (0.6, 0.6, 0.8, 0.9), z=2, color="purple"),
        ],
    )


def space() -> Plan:
    bg = Background(color="#0b0f2a", setting="space", layers=[Layer(kind="space", color="#0b0f2a")])
    return plan_of(
        bg,
        [
            obj("e1", "astronaut", (0.3, 0.25, 0.5, 0.75), z=2, color="white"),
            obj("e2", "rocket", (0.65, 0.2, 0.8, 0.6), z=2, color="red"),
        ],
    )


def mountains_day() -> Plan:
    bg = outdoor(
        "mountains",
        "#9fcbe8",
        "#7fae5a",
        "grass",
        horizon=0.6,
        far=("mountains", "#7a8aa0"),
        weather="cloudy",
    )
    return plan_of(
        bg,
        [
            obj("e1", "horse", (0.12, 0.5, 0.46, 0.86), z=2, color="brown", facing="right"),
            obj("e2", "person", (0.22, 0.3, 0.36, 0.62), z=3, color="green", pose="riding"),
            obj("e3", "house", (0.7, 0.48, 0.86, 0.64), z=1, color="white"),
        ],
        [Relation(subject="e2", predicate="rides", object="e1")],
    )


SCENES = {
    "park_day": park_day,
    "beach_sunset": beach_sunset,
    "night_snow": night_snow,
    "city_rain": city_rain,
    "kitchen": kitchen,
    "underwater": underwater,
    "space": space,
    "mountains_day": mountains_day,
}
