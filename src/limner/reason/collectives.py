"""Collective people nouns read as the people they name: "a couple dancing in the rain" is a man and a
woman dancing, "a crowd cheering" a crowd of people cheering, "a family having a picnic" a man, a woman
and a child, "a band on a stage" a guitarist, a drummer and a singer (the family emoji is a group of
faces, not people one can place).

A collective noun counts as people only where the words after it say it is the doer ("a couple
dancing", "a crowd at a concert", "the couple." at the end): "a couple of apples" is a count, and "a
couple" before another noun ("a couple hats") is left as written.
"""

from __future__ import annotations

import re

#: Collective noun → the words it stands for. ``{det}`` and ``{adj}`` are the article and the words
#: between it and the noun ("an elderly couple": "an", "elderly "), repeated for each member.
_MEMBERS = {
    "couple": "{det}{adj}man and {det2}{adj}woman",
    "crowd": "a crowd of {adj}people",
    "family": "{det}{adj}man, {det2}{adj}woman and {det2}child",
    "band": "{det}{adj}guitarist, {det2}{adj}drummer and {det2}{adj}singer",
}
#: Determiners a collective may follow (kept for each member).
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "one"})
#: Words that may stand between the determiner and the collective ("a young couple").
_ADJECTIVES = frozenset(
    {
        "young", "old", "elderly", "older", "senior", "happy", "smiling", "laughing", "married",
        "newlywed", "loving", "romantic", "cheering", "excited", "cute", "lovely", "beautiful",
    }
)  # fmt: skip
#: Words after the collective that show it is the doer: a preposition, a conjunction, a copula.
_AFTER = frozenset(
    {
        "in", "on", "at", "under", "by", "near", "beside", "next", "with", "and", "is", "are", "was",
        "were", "who", "that", "inside", "outside", "behind", "around", "along", "across", "from",
        "having", "standing", "sitting", "together",
    }
)  # fmt: skip
_WORD = re.compile(r"[A-Za-z]+")


def _doer(rest: str) -> bool:
    """Whether the text after a collective noun shows the noun is the doer (not "couple of")."""
    rest = rest.lstrip()
    if not rest or rest[0] in ",.;:!?":
        return True
    found = _WORD.match(rest)
    if found is None:
        return False
    word = found.group(0).lower()
    return word in _AFTER or (word.endswith("ing") and len(word) > 4)


def expand_collectives(text: str) -> str:
    """``text`` with each collective people noun written as its members."""
    out: list[str] = []
    last = 0
    for match in re.finditer(r"\b(couple|crowd|family|band)\b", text, flags=re.IGNORECASE):
        noun = match.group(1).lower()
        if not _doer(text[match.end() :]):
            continue
        words = text[last : match.start()].split(" ")
        # words[-1] is "" (the space before the noun); walk back over adjectives to a determiner
        k = len(words) - 1
        adjectives: list[str] = []
        while k - 1 >= 0 and words[k - 1].lower() in _ADJECTIVES:
            k -= 1
            adjectives.insert(0, words[k])
        det = ""
        if k - 1 >= 0 and words[k - 1].lower() in _DETERMINERS:
            k -= 1
            det = words[k] + " "
        if noun in ("crowd", "family", "band") and not det:
            continue  # "a huge crowd", "crowd control", "family photo", "a rubber band": as written
        adj = "".join(a + " " for a in adjectives)
        out.append(" ".join(words[:k]) + (" " if k else ""))
        out.append(_MEMBERS[noun].format(det=det, det2=det.lower(), adj=adj))
        last = match.end()
    out.append(text[last:])
    return "".join(out)


__all__ = ["expand_collectives"]
