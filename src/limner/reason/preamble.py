"""A preamble about someone's liking, before the request: no things of its own.

"My son loves dinosaurs so please draw a green dinosaur", "my daughter is obsessed with horses, can
you draw a white horse", "since my mom likes birds, a blue bird on a branch": the opening clause says
why the picture is wanted; what it names is not in it (the son, and three more dinosaurs, were). The
clause is dropped when a request follows it and that request points back to nothing in it ("my dog
loves his ball, draw them on a rug" keeps it: "them" are the dog and the ball). "I'd love a boat" is
the request itself and stays, and so does a liking of one thing ("I like a red car, and a blue
bike").
"""

from __future__ import annotations

import re

#: Verbs of liking (the clause says what someone likes, not what to draw).
_LIKING = (
    r"(?:loves|likes|adores|enjoys|collects|love|like|adore|enjoy|collect"
    r"|(?:is|are|am|'s|'re|'m) "
    r"(?:obsessed with|into|crazy about|mad about|fond of|(?:a )?(?:big |huge )?fans? of))"
)
#: Who likes it: someone's relative or friend, or a pronoun.
_WHO = r"(?:(?:my|our|his|her|their) (?:[a-z]+ ){0,2}?[a-z]+|i|we|he|she|they)"
_PREAMBLE = re.compile(
    rf"^\s*(?:since |because |as )?{_WHO}\s?{_LIKING}\s+(?!(?:a|an|one|the|this|that)\b|\d)"
    r"[^.!?;,]*?(?:[.!?;,]+\s*|\s+(?:and )?so\s+)(?=\S)",
    re.IGNORECASE,
)
#: Words of the request that point back to the preamble's things.
_BACK = re.compile(r"\b(?:it|its|them|they|their|him|his|her|he|she|there)\b", re.IGNORECASE)


def drop_preamble(text: str) -> str:
    """``text`` without an opening clause about someone's liking (see the module)."""
    found = _PREAMBLE.match(text)
    if found is None:
        return text
    rest = text[found.end() :]
    if not rest.strip() or _BACK.search(rest):
        return text
    return rest


__all__ = ["drop_preamble"]
