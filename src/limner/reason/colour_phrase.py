"""A colour said as a noun phrase of its own is the thing's colour: "a kitten that has a grey colour",
"a cup having a yellow colour", "a ball of a blue colour" read as "… grey colour", the way "a kitten
with grey colour" already reads (the article would open a thing of its own, the colour word none)."""

from __future__ import annotations

import re
from functools import cache

from limner.reason.vocab import lexicon


@cache
def _phrase() -> re.Pattern[str]:
    phrases = lexicon().phrases
    named = {
        key[0] for key, tags in phrases.items() if len(key) == 1 and any(t.kind == "color" for t in tags)
    }
    colours = sorted((c for c in named if c.isalpha()), key=lambda c: (-len(c), c))
    return re.compile(
        r"\b(has|have|having|with|of|in|is|its)\s+an?\s+((?:light|dark|bright|pale|deep)\s+)?("
        + "|".join(colours)
        + r")\s+(colou?r)\b",
        re.IGNORECASE,
    )


def colour_as_phrase(text: str) -> str:
    """``text`` with "a COLOUR colour" after has/with/of read without its article (see the module)."""
    if "colo" not in text.lower():
        return text
    return _phrase().sub(lambda m: f"{m.group(1)} {m.group(2) or ''}{m.group(3)} {m.group(4)}", text)


__all__ = ["colour_as_phrase"]
