"""Scene words → the plan's structured backdrop (setting, time of day, weather, horizon, layers).

The knowledge is data: ``lexicon/settings.tsv`` says, for each scene description of ``scenes.tsv``,
which place it names, which time or weather it sets, where its horizon lies and which bands (sky,
ground, water, wall, floor…) it draws. This module only combines the scene words of one prompt:

1. the first place named is the setting (a surface or time word alone implies one: "pink sand" → beach,
   "at night" → outdoors); a plain backdrop word ("a white background") keeps a plain fill;
2. the other words change its bands (snow makes the ground snowy), the latest time and weather win;
3. time and weather tint the sky (night also darkens the rest) — outdoors only;
4. a stated colour paints the band its word names and wins over everything ("a black sky").

``color`` stays the dominant fill (the band with the largest area) and ``description`` lists the words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import cast

from limner.plan.model import Background, Layer, LayerKind, TimeOfDay, Weather
from limner.reason.concepts import concept

#: Sky colours by time of day and by weather (a stated colour still wins).
SKY_AT: Mapping[str, str] = MappingProxyType(
    {"night": "#141b33", "sunset": "#f4a261", "sunrise": "#f6bd60", "day": "#a9d6f5"}
)
SKY_IN: Mapping[str, str] = MappingProxyType(
    {"rain": "#7d8a96", "storm": "#4b5563", "fog": "#c9ced3", "cloudy": "#b8c2cc", "snow": "#dfe6ec"}
)
#: How far night pulls the other outdoor bands toward black.
NIGHT_SHADE = 0.55
#: How far a sunrise or sunset sky tints water (more turns a blue lake into a grey road).
WATER_GLOW = 0.2
#: Far bands sit on the horizon with these heights.
_FAR = MappingProxyType({"mountains": 0.22, "hills": 0.1, "trees": 0.16, "skyline": 0.24, "counter": 0.16})
_UPPER = frozenset({"sky", "space", "wall"})
_INDOOR = frozenset({"wall", "floor"})
#: Settings that name an event rather than a place: a place named beside one is where it is held ("a
#: tea party in the garden", "a birthday party on the beach").
EVENTS = frozenset({"party"})


@dataclass(frozen=True)
class LayerSpec:
    kind: str
    color: str
    material: str | None
    span: tuple[float, float] | None


@dataclass(frozen=True)
class SettingRow:
    """One row of ``settings.tsv``."""

    scene: str
    setting: str | None
    time: str | None
    weather: str | None
    horizon: float | None
    layers: tuple[LayerSpec, ...]
    paint: str | None
    implies: str | None


@dataclass(frozen=True)
class SceneWord:
    """A scene word as the prompt used it: its description (``scenes.tsv``), the fill colour that table
    gives it, and any colour the prompt stated for it ("a black sky")."""

    description: str
    color: str
    stated: str | None = None


def _layer(spec: str) -> LayerSpec:
    span: tuple[float, float] | None = None
    if "@" in spec:
        spec, where = spec.split("@", 1)
        top, bottom = where.split("-", 1)
        span = (float(top), float(bottom))
    parts = spec.split(":")
    material = parts[2] if len(parts) > 2 and parts[2] else None
    return LayerSpec(parts[0], parts[1].lower(), material, span)


@cache
def settings_table() -> Mapping[str, SettingRow]:
    """``settings.tsv`` keyed by scene description."""
    text = resources.files("limner.reason").joinpath("lexicon", "settings.tsv").read_text(encoding="utf-8")
    rows: dict[str, SettingRow] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        scene, setting, time, weather, horizon, layers, paint, implies = (line.split("\t") + [""] * 8)[:8]
        rows[scene] = SettingRow(
            scene=scene,
            setting=setting or None,
            time=time or None,
            weather=weather or None,
            horizon=None if horizon in ("", "-") else float(horizon),
            layers=tuple(_layer(s) for s in layers.split()),
            paint=None if paint in ("", "-") else paint,
            implies=implies or None,
        )
    return MappingProxyType(rows)


@cache
def interiors() -> tuple[tuple[str, str], ...]:
    """``interiors.tsv``: (WordNet class, settings row) pairs, in file order."""
    text = resources.files("limner.reason").joinpath("lexicon", "interiors.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, row = line.split("\t")[:2]
            rows.append((name.strip(), row.strip()))
    return tuple(rows)


def interior_row(word: str) -> str | None:
    """The settings row an interior WordNet knows borrows ("hallway" → room, "bakery" → store), or None
    for a word that names no room, shop or hall."""
    found = concept(word)
    if found is None or found.lemma != word:
        return None
    classes = dict(interiors())
    for name in (found.name, *found.ancestors):
        if name in classes:
            return classes[name]
    return None


def setting_row(description: str) -> SettingRow | None:
    """The ``settings.tsv`` row of a scene description, or an open interior's borrowed row with the
    interior's own name as its setting; None for anything else."""
    row = settings_table().get(description)
    if row is not None:
        return row
    borrowed = interior_row(description)
    if borrowed is None or borrowed not in settings_table():
        return None
    return replace(settings_table()[borrowed], scene=description, setting=description)


def mix(color: str, other: str, share: float) -> str:
    """``color`` moved ``share`` of the way toward ``other`` (both #rrggbb)."""
    a = [int(color[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(other[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * share):02x}" for x, y in zip(a, b, strict=True))


def _span(spec: LayerSpec, horizon: float | None) -> tuple[float, float]:
    if spec.span is not None:
        return spec.span
    if horizon is None:
        return (0.0, 1.0)
    if spec.kind in _UPPER:
        return (0.0, horizon)
    if spec.kind in _FAR:
        return (round(max(0.0, horizon - _FAR[spec.kind]), 4), horizon)
    return (horizon, 1.0)


def _merge(base: list[LayerSpec], changes: Sequence[LayerSpec]) -> list[LayerSpec]:
    """Bands a time, weather or surface word changes replace the place's band of that kind; bands the
    place lacks are added (far bands before the ground, the ground last)."""
    out = list(base)
    for change in changes:
        same = [i for i, spec in enumerate(out) if spec.kind == change.kind]
        if same:
            old = out[same[0]]
            out[same[0]] = LayerSpec(old.kind, change.color, change.material or old.material, old.span)
        elif not (change.kind in ("ground",) and any(s.kind in ("water", "floor") for s in out)):
            out.append(change)
    return out


#: Depth order of bands, back to front, for a second place's bands joining the first's.
_DEPTH = MappingProxyType(
    {"sky": 0, "space": 0, "mountains": 1, "skyline": 2, "hills": 3, "trees": 4, "ground": 5, "water": 6}
)
#: Bands a second place may add: its far bands, and water as a strip just below the horizon.
_BESIDE = frozenset({"mountains", "skyline", "hills", "trees", "water"})
#: How deep a second place's water reaches below the horizon.
WATER_STRIP = 0.12
#: How far a second place's far band rises above the nearer bands in front of it.
FAR_RISE = 0.12


def _part_of(part: SettingRow, whole: SettingRow) -> bool:
    """A bare surface (no horizon) whose bands a fuller place named beside it has: "the wall of a
    kitchen" is the kitchen's wall, "a table top in a kitchen" its table; the fuller place is the setting."""
    kinds = {s.kind for s in whole.layers}
    return (
        part is not whole
        and part.horizon is None
        and whole.horizon is not None
        and bool(part.layers)
        and all(s.kind in kinds for s in part.layers)
    )


def _beside(specs: list[LayerSpec], row: SettingRow, horizon: float | None) -> list[LayerSpec]:
    """A second outdoor place named beside the first ("a cabin in the forest by a lake", "a village in
    the mountains") adds the bands the first lacks, each at its depth; an interior takes none, and none
    is added to one."""
    if horizon is None or any(s.kind in _INDOOR for s in (*specs, *row.layers)):
        return specs
    have = {s.kind for s in specs}
    out = list(specs)
    for spec in row.layers:
        if spec.kind not in _BESIDE or spec.kind in have:
            continue
        if spec.kind == "water":
            if "ground" not in have:
                continue
            spec = LayerSpec(spec.kind, spec.color, spec.material, (horizon, round(horizon + WATER_STRIP, 4)))
            out.append(spec)  # over the ground, in front of every far band
        else:
            depth = _DEPTH[spec.kind]
            at = next((i for i, s in enumerate(out) if _DEPTH.get(s.kind, 9) > depth), len(out))
            front = [_FAR[s.kind] for s in out[at:] if s.kind in _FAR and s.span is None]
            span = None
            if front and max(front) >= _FAR[spec.kind]:  # rises over the nearer band, or it would hide
                span = (round(max(0.0, horizon - max(front) - FAR_RISE), 4), horizon)
            out.insert(at, LayerSpec(spec.kind, spec.color, spec.material, span))
        have.add(spec.kind)
    return out


def _tint(specs: list[LayerSpec], time: str | None, weather: str | None) -> list[LayerSpec]:
    """Time and weather tint the sky (night wins, weather greys it); night darkens the other bands."""
    weather_sky = SKY_IN.get(weather or "")
    time_sky = SKY_AT.get(time or "") if time != "day" else None
    out: list[LayerSpec] = []
    for spec in specs:
        color = spec.color
        if spec.kind == "sky":
            color = weather_sky or color
            if time == "night":
                color = mix(SKY_AT["night"], weather_sky, 0.15) if weather_sky else SKY_AT["night"]
            elif time_sky is not None:
                color = mix(time_sky, weather_sky, 0.5) if weather_sky else time_sky
        elif time == "night" and spec.kind != "space":
            color = mix(color, "#000000", NIGHT_SHADE)
        elif time_sky is not None and spec.kind == "water":
            color = mix(color, time_sky, WATER_GLOW)
        out.append(LayerSpec(spec.kind, color, spec.material, spec.span))
    return out


def _dominant(layers: list[Layer]) -> str:
    """The colour covering the most canvas (later bands cover earlier ones where they overlap)."""
    cover: dict[str, float] = {}
    for i, layer in enumerate(layers):
        top, bottom = layer.span
        hidden = 0.0
        for later in layers[i + 1 :]:
            lo, hi = max(top, later.span[0]), min(bottom, later.span[1])
            hidden = max(hidden, hi - lo) if hi > lo else hidden
        cover[layer.color] = cover.get(layer.color, 0.0) + max(0.0, bottom - top - hidden)
    return max(sorted(cover), key=lambda c: cover[c])


def backdrop(words: Sequence[SceneWord], default: str) -> Background:
    """The structured background for the scene words of one prompt, in prompt order."""
    if not words:
        return Background(color=default)
    table = settings_table()
    rows = [setting_row(w.description) for w in words]
    description = ", ".join(dict.fromkeys(w.description for w in words))
    places = [r for r in rows if r is not None and r.setting is not None]
    plain = [
        w for w, r in zip(words, rows, strict=True) if r is None or (r.setting is None and not r.implies)
    ]
    if not places and not any(r is not None and r.implies for r in rows):
        return Background(
            color=(plain[-1].stated or plain[-1].color) if plain else default, description=description
        )
    whole = [p for p in places if not any(_part_of(p, q) for q in places)]
    # the place an event is held in first, and any place before the bare outdoors ("a landscape with
    # a lake": the lake)
    whole.sort(key=lambda row: row.setting in EVENTS or row.setting == "outdoors")
    place = (
        (whole or places)[0]
        if places
        else table.get(next(r.implies for r in rows if r is not None and r.implies) or "")
    )
    if place is None:
        place = table["outdoors"]
    specs = list(place.layers)
    horizon = place.horizon
    time: str | None = place.time
    weather: str | None = place.weather
    for row in rows:
        if row is None or row is place:
            continue
        time = row.time or time
        weather = row.weather or weather
        if row.setting is not None and row.setting != place.setting:
            specs = _beside(specs, row, horizon)  # "in the forest by a lake": the lake's water too
        if row.setting is None and row.layers:
            if not any(s.kind in _INDOOR for s in specs):
                specs = _merge(specs, row.layers)
            if horizon is None and row.horizon is not None and any(s.kind == "ground" for s in specs):
                horizon = row.horizon
    if not any(s.kind in _INDOOR for s in specs):
        specs = _tint(specs, time, weather)
    for word, row in zip(words, rows, strict=True):
        if word.stated is None or row is None or row.paint is None:
            continue
        painted = [i for i, s in enumerate(specs) if s.kind == row.paint]
        for i in painted:
            specs[i] = LayerSpec(specs[i].kind, word.stated, specs[i].material, specs[i].span)
    layers = [
        Layer(kind=cast(LayerKind, s.kind), color=s.color, material=s.material, span=_span(s, horizon))
        for s in specs
    ]
    return Background(
        color=_dominant(layers) if layers else default,
        description=description,
        setting=place.setting,
        time_of_day=cast(TimeOfDay | None, time),
        weather=cast(Weather | None, weather),
        horizon=horizon if layers else None,
        layers=layers,
    )


__all__ = [
    "EVENTS",
    "SKY_AT",
    "SKY_IN",
    "LayerSpec",
    "SceneWord",
    "SettingRow",
    "backdrop",
    "interior_row",
    "interiors",
    "mix",
    "setting_row",
    "settings_table",
]
