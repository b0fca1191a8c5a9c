"""A part of a thing is the thing: "a dog sitting in the back seat of a car" is a dog in a car, "a cat
on the roof of a house" a cat on a house, "a bird on the edge of a table" a bird on a table.

A part named with "of" a whole is not drawn apart from it (a car seat beside a car, a roof beside
its house): the part and its "of" are dropped from the working text, so the relation goes to the
whole. Which words name such parts is data (``words.json``, ``parts_of_things``); a part people name
alone ("a car seat in a shop", "a roof") is untouched, since only "the PART of a WHOLE" is read.
"""

from __future__ import annotations

import re
from functools import cache

from limner.reason.wordlists import word_set

#: Words that open the whole after "of": the part's thing is named there.
_WHOLE = r"(?=(?:a|an|the|his|her|their|its|my|your|our|this|that)\s)"


@cache
def _part_of() -> re.Pattern[str]:
    parts = sorted(word_set("parts_of_things"), key=lambda w: (-len(w), w))
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)
    return re.compile(
        rf"\b(?:the|a|an|its|his|her|their)\s+(?:{alternatives})\s+of\s+{_WHOLE}", re.IGNORECASE
    )


@cache
def _prefilter() -> re.Pattern[str]:
    return re.compile(r"\bof\s", re.IGNORECASE)


#: "at the top of a hill": on top of it; a page's top ("a title at the top of the poster") is a place
#: on the page, kept.
_TOP_OF = re.compile(
    r"\b(?:at|on)\s+the\s+(?:very\s+)?top\s+of\s+"
    r"(?=(?:a|an|the|his|her|their|its|my|your|our|this|that)\s+(?!(?:"
    + "|".join(
        (
            "poster",
            "page",
            "image",
            "picture",
            "photo",
            "card",
            "sign",
            "flyer",
            "banner",
            "canvas",
            "screen",
            "frame",
            "sheet",
            "paper",
            "cover",
            "menu",
            "label",
            "slide",
            "ad",
            "advert",
            "invitation",
            "certificate",
            "postcard",
            "leaflet",
            "brochure",
            "letter",
            "design",
            "scene",
        )
    )
    + r")s?\b))",
    re.IGNORECASE,
)


def whole_for_part(text: str) -> str:
    """``text`` with each "the PART of" before a whole dropped (see the module)."""
    if _prefilter().search(text) is None:
        return text
    return _TOP_OF.sub("on top of ", _part_of().sub("", text))


__all__ = ["whole_for_part"]
