"""Bedtime: "a mother reading a bedtime story to her son", "a father tucking his daughter into bed".

A bedtime story is read from a book, in a bedroom, to a child in bed: without this the picture showed
two people standing in a plain room and no book. The working text (after :mod:`limner.reason.told_to`
wrote the listener as "facing her son") becomes "a mother sitting on a chair reading a book facing her
son in a bed in a bedroom"; one tucking a child in stands by the child in bed. A bed, seat or room the
prompt names is kept and not added again.
"""

from __future__ import annotations

import re

_DET = r"(?:a|an|the|his|her|their|my|your|our|some|two|three|four)"
#: "a bedtime story", "bedtime stories": what is read is a book.
_STORY = re.compile(rf"\b(?:{_DET}\s+)?bedtime\s+(?:story|stories|tale|tales)\b", re.IGNORECASE)
#: "at bedtime", "before bedtime": said of the time, not a thing.
_AT_BEDTIME = re.compile(r"\s*,?\s*\b(?:at|before)\s+bedtime\b", re.IGNORECASE)
#: "tucking his daughter into bed", "tucking in her son": the child is in bed.
_TUCKING = re.compile(
    rf"\b(?:tucking|tucks|tucked)\s+(?:in\s+)?({_DET}\s+(?:[a-z'-]+\s+){{0,2}}?[a-z'-]+?)"
    r"(?P<bed>\s+in(?:to)?\s+(?:bed|his\s+bed|her\s+bed|their\s+bed))?(?:\s+in)?(?=\s*(?:$|[.,;!?]|\b(?:and|at)\b))",
    re.IGNORECASE,
)
#: The listener ``told_to`` wrote ("facing her son"), up to a word that starts another phrase.
_LISTENER = re.compile(
    rf"\bfacing\s+({_DET}\s+[a-z'-]+(?:\s+(?!(?:in|on|at|by|and|with|while|before|who)\b)[a-z'-]+){{0,2}})",
    re.IGNORECASE,
)
_BED = re.compile(r"\b(?:beds?|bunk|crib|cot)\b", re.IGNORECASE)
_ROOM = re.compile(r"\b(?:bedroom|nursery|room|dorm)\b", re.IGNORECASE)
_SEATED = re.compile(
    r"\b(?:sit|sits|sitting|seated|lying|standing|chair|armchair|sofa|couch)\b", re.IGNORECASE
)
_TOLD = re.compile(r"\b(?:telling|tells|reading|reads)\s+a\s+book\b", re.IGNORECASE)
_READER = re.compile(r"\b(reading|reads|telling|tells)\b", re.IGNORECASE)


def _in_bed(text: str) -> str:
    """Where the child lies: in a bed in a bedroom, less what the prompt names already."""
    bed = "" if _BED.search(text) else " in a bed"
    room = "" if _ROOM.search(text) else " in a bedroom"
    return bed + room


def bedtime(text: str) -> str:
    """``text`` with the book, bed and bedroom a bedtime scene implies (see the module)."""
    lower = text.lower()
    if "bedtime" not in lower and "tuck" not in lower:
        return text
    timed = _AT_BEDTIME.search(text) is not None
    text = _AT_BEDTIME.sub("", text)
    tucking = _TUCKING.search(text)
    if tucking is not None and (timed or tucking.group("bed")):  # not "tucking his shirt in"
        rest = text[: tucking.start()] + text[tucking.end() :]
        where = _in_bed(rest)
        return f"{text[: tucking.start()]}standing facing {tucking.group(1)}{where}{text[tucking.end() :]}"
    story = _STORY.search(text)
    if story is not None:
        text = text[: story.start()] + "a book" + text[story.end() :]
        text = _TOLD.sub("reading a book", text)  # "telling a bedtime story": read from a book
    elif not timed:
        return text
    listener = _LISTENER.search(text)
    if listener is None:
        return text
    where = _in_bed(text)
    text = text[: listener.end()] + where + text[listener.end() :]
    reader = _READER.search(text)
    if reader is not None and _SEATED.search(text) is None:
        text = f"{text[: reader.start()]}sitting on a chair {text[reader.start() :]}"
    return text


__all__ = ["bedtime"]
