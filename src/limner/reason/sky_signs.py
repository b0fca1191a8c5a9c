"""Weather and time a prompt shows rather than names: "lightning over a city" is a storm, "snowflakes
falling on a village" or "a kid building a snowman" snow, "the sun setting over a lake" a sunset,
"the rising sun" a sunrise (outdoors only). So too weather named by its things in any form
("raindrops", "puddles", "clouds"), a sky said to be clear or grey ("under a clear blue sky",
"sun-drenched", "a grey sky"), and sports only done on snow ("a girl skiing down a mountain").

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
#: Weather things people name in the plural or as words the lexicon may not draw ("raindrops on a
#: leaf", "kids jumping in puddles", "clouds over a lake"): the scene word of that weather. A puddle is
#: rain just fallen; clouds (more than one) a cloudy sky; a rainbow the sun after rain, a clear sky.
WEATHER_WORDS: Mapping[str, str] = MappingProxyType(
    {
        "raindrops": "rainy day",
        "rain drops": "rainy day",
        "puddle": "rainy day",
        "puddles": "rainy day",
        "clouds": "cloudy",
        "rainbow": "clear sky",
        "lightning": "storm",
        "hailstones": "storm",
        "snowflakes": "snow",
        "icicles": "snow",
    }
)
_WEATHER_WORD = re.compile(r"\b(" + "|".join(sorted(WEATHER_WORDS, key=len, reverse=True)) + r")\b")
#: A sky said to be clear, or sunshine ("a clear blue sky", "under bright blue skies", "a clear
#: morning", "sun-drenched", "in the sunshine", "the sun shining"): a clear sky.
_CLEAR = re.compile(
    r"\b(?:(?:clear|cloudless|bright|sunny)(?:,?\s+(?:and\s+)?(?:clear|bright|blue|sunny|cloudless))*\s+sk(?:y|ies)|"
    r"clear\s+(?:day|morning|afternoon|evening|night|weather)|sky\s+(?:is|was)\s+(?:clear|blue|cloudless)|"
    r"(?:hot|bright|beautiful|lovely|gorgeous|fine)\s+(?:(?:summer|spring|sunny)\s+)?(?:day|morning|afternoon)|"
    r"sun-?\s?(?:drenched|soaked|kissed|baked|bathed|splashed|filled)|sunshine|sunlight|"
    r"(?:in|under|beneath)\s+the\s+(?:(?:warm|bright|hot|blazing|scorching|morning|afternoon|summer)\s+)?sun|"
    r"sun\s+(?:is\s+|was\s+)?(?:shining|shines|shone|blazing|beating\s+down|beaming))\b"
)
#: A sky said to be grey ("under a grey sky", "leaden skies"): a cloudy one.
_GREY = re.compile(r"\b(?:grey|gray|leaden|overcast|cloudy|gloomy)\s+sk(?:y|ies)\b")
#: Sports only done on snow ("a girl skiing down a mountain", "a snowboarder", "kids sledding"): snow.
_ON_SNOW = re.compile(
    r"(?<!water )(?<!water-)(?<!jet )\b(?:ski(?:ing|er|ers)|snowboard(?:ing|er|ers)|"
    r"sled(?:ding|ders?)|sledg(?:ing|es)|toboggan(?:ing|s)?)\b"
)
#: The sun going down or coming up, in the words people use ("the sun setting", "the setting sun",
#: "as the sun goes down", "the sun is rising", "the sun coming up").
_SUN_DOWN = re.compile(
    r"\b(?:sun\s+(?:is\s+|was\s+)?(?:setting|sets|sinking|sinks|going\s+down|goes\s+down)|"
    r"(?:setting|sinking)\s+sun)\b"
)
_SUN_UP = re.compile(r"\b(?:sun\s+(?:is\s+|was\s+)?(?:rising|rises|coming\s+up|comes\s+up)|rising\s+sun)\b")


#: The signs in the order they are read (the first found wins), each with the words one of which
#: the text must hold for its pattern to be tried at all (most prompts hold none: no search).
_SIGNS: tuple[tuple[tuple[str, ...], re.Pattern[str], str | None], ...] = (
    (tuple(WEATHER_WORDS), _WEATHER_WORD, None),
    (("ski", "snowboard", "sled", "toboggan"), _ON_SNOW, "snow"),
    (("sk",), _GREY, "cloudy"),
    (("sk", "clear", "sun", "hot", "bright", "beautiful", "lovely", "gorgeous", "fine"), _CLEAR, "clear sky"),
)


def _weather_sign(text: str, nouns: Iterable[str]) -> str | None:
    """The scene word of the first weather sign in the prompt's things or words, else None."""
    named = next((WEATHER_THINGS[n] for n in nouns if n in WEATHER_THINGS), None)
    if named is not None:
        return named
    for keys, pattern, scene in _SIGNS:
        if any(map(text.__contains__, keys)) and (found := pattern.search(text)) is not None:
            return scene or WEATHER_WORDS[found.group(1)]
    return None


def sky_signs(prompt: str, nouns: Iterable[str], stated: Iterable[str]) -> list[str]:
    """The scene words the prompt's signs imply, given its things' nouns and the descriptions of the
    scene words it states (none for a weather or time it states itself)."""
    rows = [row for d in stated if (row := setting_row(d)) is not None]
    if any(spec.kind == "wall" for row in rows for spec in row.layers):
        return []  # indoors: "a snowman in a living room" has no weather
    out: list[str] = []
    text = prompt.lower()
    if not any(row.weather for row in rows) and (weather := _weather_sign(text, nouns)) is not None:
        out.append(weather)
    if not any(row.time for row in rows):
        if _SUN_DOWN.search(text):
            out.append("sunset")
        elif _SUN_UP.search(text):
            out.append("sunrise")
    return out


__all__ = ["WEATHER_THINGS", "WEATHER_WORDS", "sky_signs"]
