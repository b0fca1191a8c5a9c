"""Put a translated verb where the English parser looks for it: right after its subject.

The parser reads "a cat sleeping on a bed", "a girl riding a bicycle in the street". The languages
put the verb elsewhere: last ("一只猫在床上睡觉", "eine Katze, die auf dem Bett schläft"), after its
object ("本を読んでいる女性"), or before the noun it describes ("ベッドで寝ている猫", "戴着红帽子的女人").
Per clause: a head noun after its verb goes first (ja: the noun right after the verb; zh: the last
noun of a clause with no noun before its verb), then the verb follows the clause's first noun, its
objects after it, and the places, relations and "with" phrases that stood between come last.
"""

from __future__ import annotations

from limner.reason.i18n.phrases import Item, Phrase, Word

#: what ends a verb's clause ("and" too: "a cat and a dog sleeping" is the dog's verb)
_CLAUSE_END = frozenset({"punct", "and", "correction", "remove", "replace", "modify"})
#: words that take the noun after them along ("on a bed", "with a hat")
_TAKES_NOUN = frozenset({"relation", "postrel", "with"})


def _clause(items: list[Item], i: int) -> tuple[int, int]:
    """The clause around ``items[i]``: [start, end)."""
    start = i
    while start > 0 and not _ends(items[start - 1]):
        start -= 1
    end = i + 1
    while end < len(items) and not _ends(items[end]):
        end += 1
    return start, end


def _ends(item: Item) -> bool:
    return isinstance(item, Word) and item.kind in _CLAUSE_END


def _is_verb(item: Item) -> bool:
    return isinstance(item, Word) and item.kind == "verb"


def _head_first(items: list[Item], v: int, start: int, end: int, lang: str) -> list[Item]:
    """A relative clause before its noun: that noun to the clause start."""
    phrases = [k for k in range(start, end) if isinstance(items[k], Phrase)]
    head: int | None = None
    if lang == "ja" and v + 1 < end and isinstance(items[v + 1], Phrase) and v > start:
        head = v + 1
    elif lang == "zh" and phrases and phrases[0] > v:
        head = phrases[-1]
    if head is None:
        return items
    return [*items[:start], items[head], *items[start:head], *items[head + 1 :]]


def _split_between(between: list[Item]) -> tuple[list[Item], list[Item]]:
    """The verb's objects (bare nouns) and the rest (places, relations with their nouns)."""
    objects: list[Item] = []
    rest: list[Item] = []
    k = 0
    while k < len(between):
        x = between[k]
        if isinstance(x, Word) and x.kind in _TAKES_NOUN:
            rest.append(x)
            if k + 1 < len(between) and isinstance(between[k + 1], Phrase):
                rest.append(between[k + 1])
                k += 1
        elif isinstance(x, Phrase):
            objects.append(x)
        else:
            rest.append(x)
        k += 1
    return objects, rest


def place_verbs(items: list[Item], lang: str) -> list[Item]:
    """Each verb after its clause's first noun (see the module doc); each verb moves once."""
    for verb in [x for x in items if _is_verb(x)]:
        i = next(k for k, x in enumerate(items) if x is verb)
        start, end = _clause(items, i)
        if lang in ("zh", "ja"):
            items = _head_first(items, i, start, end, lang)
            i = next(k for k, x in enumerate(items) if x is verb)
        subject = next((k for k in range(start, i) if isinstance(items[k], Phrase)), None)
        if subject is None or any(_is_verb(x) for x in items[subject + 1 : i]):
            continue  # no noun before it, or one verb already follows that noun
        objects, rest = _split_between(items[subject + 1 : i])
        items = [*items[: subject + 1], items[i], *objects, *items[i + 1 : end], *rest, *items[end:]]
    return items


__all__ = ["place_verbs"]
