"""Put a translated verb where the English parser looks for it: right after its subject.

The parser reads "a cat sleeping on a bed", "a girl riding a bicycle in the street". The languages
put the verb elsewhere: last ("一只猫在床上睡觉", "eine Katze, die auf dem Bett schläft"), after its
object ("本を読んでいる女性"), or before the noun it describes ("ベッドで寝ている猫", "戴着红帽子的女人").
Per clause: a head noun after its verb goes first (ja: the noun right after the verb; zh: the last
noun of a clause with no noun before its verb), then the verb follows the clause's first noun, its
objects after it, and the places, relations and "with" phrases that stood between come last — but a
"with" phrase right after the noun stays with it ("a girl with a yellow dress playing …"). ja verbs
chained before one noun ("ベンチに座って新聞を読んでいる…") each take their own objects, in order.
A verb of posture rests on the bare noun after it ("sitting on a bench"); a verb that brings its own
preposition ("leaning against") drops the relation after it.
"""

from __future__ import annotations

from limner.reason.i18n.phrases import Item, Phrase, Word

#: what ends a verb's clause ("and" too: "a cat and a dog sleeping" is the dog's verb)
_CLAUSE_END = frozenset({"punct", "and", "correction", "remove", "replace", "modify"})
#: words that take the noun after them along ("on a bed", "with a hat")
_TAKES_NOUN = frozenset({"relation", "postrel", "with"})
#: verbs of posture: a bare noun after one, or before one in a ja chain, is where ("ベンチに座って")
_POSTURES = frozenset({"sitting", "lying", "standing"})
#: the last word of a verb's English that is its own preposition ("leaning against")
_PREPOSITIONS = frozenset({"against", "on", "in", "at", "into", "onto", "over", "under", "to"})


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
    stop = _with_end(items, head + 1, end)  # "赤いコートの女性" came as "a woman with a red coat"
    return [*items[:start], *items[head:stop], *items[start:head], *items[stop:]]


def _with_end(items: list[Item], k: int, end: int) -> int:
    """The end of the "with" phrases that start at ``items[k]`` ("with a red coat")."""
    while k + 1 < end and _is_with(items[k]) and isinstance(items[k + 1], Phrase):
        k += 2
    return k


def _is_with(item: Item) -> bool:
    return isinstance(item, Word) and item.kind == "with"


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


def _chained(items: list[Item], start: int, end: int) -> list[Item] | None:
    """A ja clause of verbs chained before their noun ("ベンチに座って新聞を読んでいるおじいさん"):
    the noun first, then each verb with its objects ("sitting on a bench", "reading a newspaper"),
    then the places; None when the clause is no such chain."""
    verbs = [k for k in range(start, end) if _is_verb(items[k])]
    if len(verbs) < 2 or verbs[-1] + 1 >= end or not isinstance(items[verbs[-1] + 1], Phrase):
        return None
    head_end = _with_end(items, verbs[-1] + 2, end)
    out: list[Item] = list(items[verbs[-1] + 1 : head_end])
    places: list[Item] = []
    before = start
    for v in verbs:
        objects, rest = _split_between(items[before:v])
        verb = items[v]
        if objects and isinstance(verb, Word) and verb.text in _POSTURES:  # "ベンチに座って": on the bench
            out.extend([verb, Word("relation", "on"), *objects])
        else:
            out.extend([verb, *objects])
        places.extend(rest)
        before = v + 1
    return [*items[:start], *out, *places, *items[head_end:end], *items[end:]]


def place_verbs(items: list[Item], lang: str) -> list[Item]:
    """Each verb after its clause's first noun (see the module doc); each verb moves once."""
    placed: set[int] = set()
    if lang == "ja":
        for verb in [x for x in items if _is_verb(x)]:
            i = next(k for k, x in enumerate(items) if x is verb)
            if id(verb) in placed:
                continue
            chain = _chained(items, *_clause(items, i))
            if chain is not None:
                start, end = _clause(items, i)
                placed.update(id(x) for x in items[start:end] if _is_verb(x))
                items = chain
    for verb in [x for x in items if _is_verb(x)]:
        if id(verb) in placed:
            continue
        i = next(k for k, x in enumerate(items) if x is verb)
        start, end = _clause(items, i)
        if lang in ("zh", "ja"):
            items = _head_first(items, i, start, end, lang)
            i = next(k for k, x in enumerate(items) if x is verb)
        subject = next((k for k in range(start, i) if isinstance(items[k], Phrase)), None)
        if subject is None or any(_is_verb(x) for x in items[subject + 1 : i]):
            continue  # no noun before it, or one verb already follows that noun
        said = _with_end(items, subject + 1, i)  # "a girl with a yellow dress" stays together
        objects, rest = _split_between(items[said:i])
        items = [*items[:said], items[i], *objects, *items[i + 1 : end], *rest, *items[end:]]
        items = _scenes_last(items, start, subject, end)
    return _verbs_take_place(items)


def _scenes_last(items: list[Item], start: int, subject: int, end: int) -> list[Item]:
    """Settings before a verb's subject go to its clause's end ("霧の中で…立っている女性": "a woman
    standing next to a fountain in the fog", not "in the fog a woman standing …")."""
    lead = [x for x in items[start:subject] if isinstance(x, Word) and x.kind == "scene"]
    if not lead:
        return items
    kept = [x for x in items[start:subject] if not any(x is y for y in lead)]
    return [*items[:start], *kept, *items[subject:end], *lead, *items[end:]]


def _verbs_take_place(items: list[Item]) -> list[Item]:
    """A relation right after a verb that brings its own preposition goes ("靠在树上": "leaning
    against a tree", not "leaning against on top of a tree"); a verb of posture right before a noun
    rests on it, where the language's preposition had no row ("sentado num banco", "坐在长椅上"
    → "sitting on a bench")."""
    out: list[Item] = []
    for item in items:
        last = out[-1] if out else None
        if (
            isinstance(item, Phrase)
            and isinstance(last, Word)
            and last.kind == "verb"
            and last.text in _POSTURES
        ):
            out.append(Word("relation", "on"))
        if (
            isinstance(item, Word)
            and item.kind in ("relation", "postrel")
            and isinstance(last, Word)
            and last.kind == "verb"
            and last.text.rsplit(" ", 1)[-1] in _PREPOSITIONS
        ):
            continue
        out.append(item)
    return out


__all__ = ["place_verbs"]
