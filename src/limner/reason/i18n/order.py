"""Put translated phrases in the order the English parser reads.

Postpositions are turned around ("猫の左に犬" → "dog left of cat"), fronted relations moved behind
their subject ("a la izquierda de un gato hay un perro"), positions put after their noun ("左に犬"),
edit verbs put first with their objects ("バスをトラックに替えて" → "replace the bus with a truck"),
and a bare noun named again becomes the same object ("…，狗在猫的左边" → "the dog … the cat").
"""

from __future__ import annotations

from limner.reason.i18n.phrases import SIDE, STOPS, Item, Phrase, Word, is_comma


def _stop(item: Item, stop_at_and: bool, stop_at_comma: bool = True) -> bool:
    if isinstance(item, Phrase):
        return False
    if item.kind == "punct":
        return stop_at_comma or item.text in STOPS
    return item.kind in ("postrel", "relation", "position", "itrel", "correction", "scene") or (
        stop_at_and and item.kind == "and"
    )


def _phrase_index(
    items: list[Item], start: int, step: int, stop_at_and: bool, stop_at_comma: bool = True
) -> int | None:
    i = start
    while 0 <= i < len(items):
        item = items[i]
        if isinstance(item, Phrase):
            return i
        if _stop(item, stop_at_and, stop_at_comma):
            return None
        i += step
    return None


def _landmark_start(items: list[Item], landmark: int, relation: str) -> int:
    """Where the landmark begins: "between" takes two ("猫和狗之间" → cat and dog)."""
    if relation != "between" or landmark < 2:
        return landmark
    joined = items[landmark - 1]
    if isinstance(joined, Word) and joined.kind == "and" and isinstance(items[landmark - 2], Phrase):
        return landmark - 2
    return landmark


def turn_postpositions(items: list[Item]) -> list[Item]:
    """``landmark REL`` with the subject before it or after the relation → ``subject REL landmark``;
    no landmark → a position ("左边是一辆汽车" → "a car on the left")."""
    i = 0
    while i < len(items):
        item = items[i]
        if not (isinstance(item, Word) and item.kind == "postrel"):
            i += 1
            continue
        last = _phrase_index(items, i - 1, -1, True)
        if last is None:  # no landmark: a side is a position, anything else says nothing ("图片中")
            side = SIDE.get(item.text)
            if side is None:
                del items[i]
                continue
            items[i] = Word("position", side)
            i += 1
            continue
        first = _landmark_start(items, last, item.text)
        landmark = items[first : last + 1]
        before = _phrase_index(items, first - 1, -1, True)
        rel = Word("relation", item.text)
        if before is not None:
            subject = items[before]
            rest = items[:before] + items[before + 1 : first] + items[last + 1 : i] + items[i + 1 :]
            items = [*rest[:before], subject, rel, *landmark, *rest[before:]]
        else:
            after = _phrase_index(items, i + 1, 1, False)
            if after is None:
                side = SIDE.get(item.text)
                items[i] = Word("position", side) if side is not None else rel
                i += 1
                continue
            subject = items[after]
            middle = items[last + 1 : i] + items[i + 1 : after]
            items = [*items[:first], subject, rel, *landmark, *middle, *items[after + 1 :]]
        i += 1
    return items


def _clause_start(items: list[Item], i: int) -> bool:
    """No noun phrase before ``items[i]`` in its clause (commas, "and" and corrections end one)."""
    j = i - 1
    while j >= 0:
        item = items[j]
        if isinstance(item, Phrase):
            return False
        if item.kind in ("punct", "correction", "and"):
            return True
        j -= 1
    return True


def front_relations(items: list[Item]) -> list[Item]:
    """``REL landmark [,] subject`` at the start of a sentence → ``subject REL landmark``; a
    relation with no landmark after it ("im Bild:", "sur la photo,", "un perro bajo") says nothing."""
    i = 0
    while i < len(items):
        item = items[i]
        if not (isinstance(item, Word) and item.kind == "relation"):
            i += 1
            continue
        first = _phrase_index(items, i + 1, 1, True)
        if first is None:
            del items[i]
            continue
        if not _clause_start(items, i):
            i += 1
            continue
        last = first
        if item.text == "between" and first + 2 < len(items):
            joined = items[first + 1]
            if isinstance(joined, Word) and joined.kind == "and" and isinstance(items[first + 2], Phrase):
                last = first + 2
        subject = _phrase_index(items, last + 1, 1, False, stop_at_comma=False)
        if subject is None:
            i += 1
            continue
        landmark = items[first : last + 1]
        middle = [x for x in items[i + 1 : first] + items[last + 1 : subject] if not is_comma(x)]
        items = [*items[:i], *middle, items[subject], item, *landmark, *items[subject + 1 :]]
        i = subject + 1
    return items


def place_positions(items: list[Item]) -> list[Item]:
    """A position before its noun ("a la izquierda, un perro", "左に犬") goes after it; so does a
    side of the noun before ("un gato y, a su izquierda, un perro" → "… a dog to its left")."""
    i = 0
    while i < len(items):
        item = items[i]
        placed = isinstance(item, Word) and item.kind in ("position", "itrel")
        if not placed or not _clause_start(items, i):
            i += 1
            continue
        at = _phrase_index(items, i + 1, 1, True, stop_at_comma=False)
        if at is None:
            i += 1
            continue
        middle = [x for x in items[i + 1 : at] if not is_comma(x)]
        items = [*items[:i], *middle, items[at], item, *items[at + 1 :]]
        i = at + 1
    return items


def _sentence_phrases(items: list[Item], i: int) -> tuple[list[int], list[int]]:
    """Indexes of the noun phrases before and after ``items[i]`` in its clause."""
    before: list[int] = []
    j = i - 1
    while j >= 0 and not _stop(items[j], False, stop_at_comma=False):
        if isinstance(items[j], Phrase):
            before.insert(0, j)
        j -= 1
    after: list[int] = []
    j = i + 1
    while j < len(items) and not _stop(items[j], False, stop_at_comma=False):
        if isinstance(items[j], Phrase):
            after.append(j)
        j += 1
    return before, after


def edits(items: list[Item]) -> list[Item]:
    """Edit verbs in English order: "remove the X", "replace the X with a Y" — also when the verb
    comes last ("把猫去掉", "猫を消して", "バスをトラックに替えて") or between ("把X换成Y")."""
    i = 0
    while i < len(items):
        item = items[i]
        if not (isinstance(item, Word) and item.kind in ("remove", "replace")):
            i += 1
            continue
        before, after = _sentence_phrases(items, i)
        verb = Word(item.kind, item.text)
        if item.kind == "remove":
            for k in after[:1]:
                target = items[k]
                if isinstance(target, Phrase):
                    target.again = False
            if not after and before:
                target = items[before[-1]]
                if isinstance(target, Phrase):
                    target.definite, target.again = True, False
                rest = [x for k, x in enumerate(items) if k not in (i, before[-1])]
                at = before[-1]
                items = [*rest[:at], verb, target, *rest[at:]]
            i += 1
            continue
        pair = (
            after[:2] if len(after) >= 2 else (before[-1:] + after[:1] if before and after else before[-2:])
        )
        if len(pair) == 2:
            a, b = items[pair[0]], items[pair[1]]
            if isinstance(a, Phrase):
                a.definite, a.again = True, False
            if isinstance(b, Phrase):
                b.definite, b.again = False, False
            drop = {i, *pair}
            span = [k for k in range(min(i, pair[0]), max(i, pair[1]) + 1)]
            at = span[0]
            kept = [x for k, x in enumerate(items) if k not in drop and not (k in span and _is_with(x))]
            at = sum(1 for k in range(at) if k not in drop)
            items = [*kept[:at], verb, a, Word("with", "with"), b, *kept[at:]]
        i += 1
    return items


def _is_with(item: Item) -> bool:
    return isinstance(item, Word) and item.kind == "with"


def mentions(items: list[Item]) -> list[Item]:
    """A bare noun named before is that object again ("…; el perro está a la izquierda del gato",
    "…，狗在猫的左边" → "the dog left of the cat"): no new object."""
    seen: set[str] = set()
    corrected = False  # right after a correction a noun is the replacement ("…じゃなくて、青い車")
    for item in items:
        if isinstance(item, Word):
            corrected = item.kind == "correction" or (corrected and item.kind == "punct")
            continue
        if item.noun in seen and item.count is None and not (item.negated or item.fresh or corrected):
            item.definite = item.again = True
        seen.add(item.noun)
        corrected = False
    return items


__all__ = ["edits", "front_relations", "mentions", "place_positions", "turn_postpositions"]
