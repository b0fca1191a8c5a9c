"""Weather and time a prompt shows rather than names: "lightning over a city" is a storm, "snowflakes
falling on a village" or "a kid building a snowman" snow, "the sun setting over a lake" a sunset,
"the rising sun" a sunrise (outdoors only).

Each sign gives the scene word (a ``scenes.tsv`` description) the prompt would have used, added after
the prompt's own; a weather or time the prompt states itself wins (``setting.backdrop`` keeps the
latest, so a sign is only added where the prompt states none).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType

from limner.reason.setting import setting_row

#: Things in the sky that only come with a weather: the scene word of that weather.
WEATHER_THINGS: Mapping[str, str] = MappingProxyType(
    {
        "lightning": "storm",
        "lightning bolt": "storm",
        "thunderbolt": "storm",
        "thundercloud": "storm",
        "tornado": "storm",
        "hail": "storm",
        "hailstone": "storm",
        "snowflake": "snow",
        "raindrop": "rainy day",
        "rain cloud": "rainy day",
        "raincloud": "rainy day",
        "storm cloud": "storm",
        "snowman": "snow",
        "snowdrift": "snow",
        "snowbank": "snow",
        "icicle": "snow",
    }
)
#: The sun going down or coming up, in the words people use ("the sun setting", "the setting sun",
#: "as the sun goes down", "the sun is rising", "the sun coming up").
_SUN_DOWN = re.compile(
    r"\b(?:sun\s+(?:is\s+|was\s+)?(?:setting|sets|sinking|sinks|going\s+down|goes\s+down)|"
    r"(?:setting|sinking)\s+sun)\b"
)
_SUN_UP = re.compile(r"\b(?:sun\s+(?:is\s+|was\s+)?(?:rising|rises|coming\s+up|comes\s+up)|rising\s+sun)\b")


def sky_signs(prompt: str, nouns: Iterable[str], stated: Iterable[str]) -> list[str]:
    """The scene words the prompt's signs imply, given its things' nouns and the descriptions of the
    scene words it states (none for a weather or time it states itself)."""
    rows = [row for d in stated if (row := setting_row(d)) is not None]
    if any(spec.kind == "wall" for row in rows for spec in row.layers):
        return []  # indoors: "a snowman in a living room" has no weather
    out: list[str] = []
    if not any(row.weather for row in rows):
        out += list(dict.fromkeys(WEATHER_THINGS[n] for n in nouns if n in WEATHER_THINGS))[:1]
    if not any(row.time for row in rows):
        text = prompt.lower()
        if _SUN_DOWN.search(text):
            out.append("sunset")
        elif _SUN_UP.search(text):
            out.append("sunrise")
    return out


__all__ = ["WEATHER_THINGS", "sky_signs"]
