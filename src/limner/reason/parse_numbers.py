"""Parser rules for numbers: counts, counts that name members of a group ("two dogs, both brown",
"two of them"), counts after the noun ("apples (3)"), and ordinals ("the second one", "the last two")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from limner.reason.grammar import ALL_WORDS, COUNT_ARRANGEMENTS
from limner.reason.lexemes import Lexeme
from limner.reason.mentions import Mention
from limner.reason.vocab import Tag

if TYPE_CHECKING:
    from limner.reason.parse import SentenceParser


#: Words that hedge a count said after a plural ("some penguins, like four", "ducks, maybe five").
HEDGES = frozenset({"like", "about", "maybe", "perhaps", "roughly", "approximately", "around", "say"})


#: Count words that are people when no noun follows them ("the twins"; "twin boys" counts the boys).
_SIBLINGS = {"twins": "child"}


def _recounted(p: SentenceParser) -> Mention | None:
    """What a bare count correction ("4 blue cups on a tray - no 3") recounts: the latest thing given a
    count, else the latest that is not a relation's object ("a cat on a mat, no, two"), else the last."""
    named = [m for m in p.mentions if not m.negated and m.noun is not None]
    counted = [m for m in named if (m.count or 1) > 1]
    subjects = [m for m in named if m.index not in p.objects]
    return (counted or subjects or [p.last or p._earlier()])[-1]


def number(p: SentenceParser, i: int, lx: Lexeme) -> None:
    tag = lx.tag("num")
    n = int(tag.number)
    nxt = p._next(i)
    if p.subset is not None and lx.text == "one" and not p._noun_ahead(i):
        if nxt is None or nxt.text != "of":  # "each one blue"; "every one of them" waits for "them"
            p._subset_mention(p.subset, lx.text)
        return
    if p._quantifies(i, lx) or p._recounts(i, lx, n):
        return
    if lx.text in _SIBLINGS and not p._noun_ahead(i):  # "the twins are playing": two children
        np = p._np()
        np.count, np.count_word = n, lx.text
        p._noun(Lexeme(lx.text, (Tag("noun", _SIBLINGS[lx.text], plural=True, extra=lx.text),)))
        return
    if nxt is not None and nxt.has("corr") and not p._noun_ahead(i) and lx.text not in ("a", "an", "one"):
        p._op("recount", mention=_recounted(p), number=n)  # "two hedgehogs under a bush, three actually"
        p.notes.append(f"correction: count → {n}")
        return
    prev = p._prev(i)
    if (
        prev is not None
        and prev.text in HEDGES
        and p.np is None
        and p.last is not None
        and (p.last.plural or (p.last.count or 1) > 1)  # "some sheep, like five": a plural the same
        and not p._noun_ahead(i)
    ):
        p._op("recount", mention=p.last, number=n)  # "some penguins, like four": four of them
        p.notes.append(f"'{prev.text} {lx.text}': the count of the {p.last.noun}")
        return
    if (
        p.verb == "remove"
        and lx.text not in ("a", "an")
        and not p._noun_ahead(i)
        and (nxt is None or nxt.text != "of")
    ):
        p._subset_mention(n, lx.text)  # "remove one"
        if p.target is not None:
            p._op("retract", mention=p.target)
        return
    for word, how in COUNT_ARRANGEMENTS:
        if word in tag.extra.split():
            p._np().arrangement = how  # "a row of", "a stack of"
    if nxt is not None and nxt.text == "of" and p._subset_follows(i + 1) and not opening_partitive(p, i + 1):
        p.subset = n
        return
    if nxt is not None and nxt.has("copula") and p.np is None:
        p._subset_mention(n, tag.extra)  # "two are red, one is blue"
        return
    if p._noun_ahead(i):
        np0 = p.np
        if (
            np0 is not None
            and np0.count is not None
            and not p.corr
            and not np0.negated
            and np0.count_word in ("a", "an")
            and n > 1
        ):
            np0.count, np0.count_word = n, tag.extra
            return
        np = p._np()
        if p.corr and np.count is None:
            np.replaces = True
        if p.corr:
            p.notes.append(f"correction: count → {n}")
        np.count, np.count_word = n, tag.extra
        p.corr = False
        return
    if p.corr and tag.extra in ("a", "an") and p.np is None:
        p._np().replaces = True  # "i mean a green one": the correction's article; its colour follows
        return
    if p.corr:
        if p.np is not None and p.np.count is not None:
            p.notes.append(f"correction: count {p.np.count} → {n}")
            p.np.count = n
        else:
            p._op("recount", mention=_recounted(p), number=n)
        p.corr = False
        if p.np is None and _described_ones_ahead(p, i):
            p._np().replaces = True  # "no, two red ones": the colour that follows replaces the old one
        return
    np = p._np()
    np.count, np.count_word = n, tag.extra


def _described_ones_ahead(p: SentenceParser, i: int) -> bool:
    """Whether colours or sizes and then "one" or "ones" follow the count at ``i`` ("two red ones")."""
    j = i + 1
    while j < len(p.lx) and (p.lx[j].has("color") or p.lx[j].has("size")):
        j += 1
    return j > i + 1 and j < len(p.lx) and p.lx[j].text in ("one", "ones")


def recounts(p: SentenceParser, i: int, lx: Lexeme, n: int) -> bool:
    """ "make it ten" (a new count for the focus), "apples (3), pears (2)" (a count after the noun)."""
    if lx.text in ("a", "an", "one") or p._noun_ahead(i):
        return False
    nxt = p._next(i)
    focus = p._focus()
    if p.verb == "modify" and focus is not None and (focus.pronoun is not None or focus.definite):
        p._op("recount", mention=focus, number=n)
        p.notes.append(f"count → {n}")
        return True
    last = p.last
    if (
        p.since_noun == 1
        and last is not None
        and last.noun is not None
        and p.np is None
        and (nxt is None or nxt.kind == "punct")
    ):
        p._op("recount", mention=last, number=n)
        p.notes.append(f"'{last.label} {lx.text}': count {n}")
        return True
    return False


def quantifies(p: SentenceParser, i: int, lx: Lexeme) -> bool:
    """ "two dogs, both brown", "four apples, two green and two red", "all of them red", "each one
    blue": a number or "all" word with no noun of its own speaks of members of the group just named."""
    if lx.text in ("a", "an") or (p.np is not None and not p.np.empty()):
        return False
    if p._noun_ahead(i) and not p._colour_noun_alone(i + 1):
        return False
    nxt = p._next(i)
    group = p._group()
    # "a red car and a blue car, no, both red": "both" with no group of its own is the two just named
    pair = lx.text == "both" and group is None and nxt is not None and nxt.has("color") and _two_named(p)
    # "a car a bus a truck all red": "all" with no group of its own is every single thing just named
    every_named = (
        lx.text == "all" and group is None and nxt is not None and nxt.has("color") and _named(p) > 1
    )
    if p.corr and not pair:
        return False
    fresh = (
        (  # "six eggs. all are brown"
            group is None and p.last is None and not p.mentions and nxt is not None and nxt.has("copula")
        )
        or pair
        or every_named
    )
    if (group is None and not fresh) or nxt is None:
        return False
    every = lx.text in ALL_WORDS
    if not every and not lx.has("num"):
        return False
    after = p.lx[i + 2] if i + 2 < len(p.lx) else None
    if (
        group is not None
        and group.colors
        and nxt.has("color")
        and after is not None
        and after.text in ("one", "ones")
    ):
        return False  # "two red cars and one blue one" (or "three blue ones"): more cars, not red ones
    if (
        nxt.has("color")
        or nxt.has("copula")
        or (every and nxt.text in ("one", "of"))
        or _size_alone(p, i + 1)
        or _member_placed(group, lx, nxt)
    ):
        p.np = None
        if group is None:
            group = Mention(p.next_index, p.seg.index, None, "them", pronoun="them", plural=True)
            p.next_index += 1
            p._op("mention", mention=group)
            p.target = group
            if pair:  # "no, both red": "both of them", the colour the correction
                group.subset, group.plural, p.corr = 2, False, False
                p.notes.append("'both': the two things named")
                return True
        if every and group.pronoun is not None and group.subset is None:
            group.every = True
            return True  # "make them all blue": "them" already is every one
        n = -1 if every else int(lx.tag("num").number)
        if every and nxt.text in ("one", "of"):
            p.subset = n  # "each one …", "every one of them …"
        else:
            p._subset_mention(n, lx.text)
            p.quantified = i
        p.notes.append(f"'{lx.text}': {'every' if n < 0 else n} of the {group.label}")
        return True
    return False


def _member_placed(group: Mention | None, lx: Lexeme, nxt: Lexeme) -> bool:
    """ "three birds: two on the fence and one flying": a number of the group's members, then where
    they are or what they do (a relation word, no noun of the number's own)."""
    if group is None or not nxt.has("frame") or not lx.has("num"):
        return False
    if group.pronoun is not None and group.subset is None:
        return False
    n = lx.tag("num").number
    return group.count is None or 0 < n < group.count


def opening_partitive(p: SentenceParser, i: int) -> bool:
    """ "both of the dogs", "two of the cats" opening the prompt's first sentence: no group was named
    before, so the number counts the things named after "of the"."""
    if i != 1 or p.seg.index != 0 or not p.lx[0].has("num") or p.lx[0].text in ("a", "an"):
        return False
    if len(p.lx) < 4 or not p.lx[2].has("def"):
        return False
    noun = p.lx[3]
    return noun.has("noun") and noun.tag("noun").plural


def _size_alone(p: SentenceParser, j: int) -> bool:
    """ "two lamps, one tall and one short": a size word with no noun after it sizes a member."""
    if j >= len(p.lx) or not p.lx[j].has("size"):
        return False
    after = p._next(j)
    return after is None or after.kind == "punct" or after.text in ("and", "or")


def colour_noun_alone(p: SentenceParser, j: int) -> bool:
    """ "one grey and one orange": a colour that is also a noun, with nothing after it, is a colour."""
    if j >= len(p.lx):
        return False
    lx, after = p.lx[j], p._next(j)
    alone = after is None or after.kind == "punct" or after.text in ("and", "or")
    return lx.has("color") and lx.has("noun") and alone and p._group() is not None


def ordinal_count(p: SentenceParser, i: int, lx: Lexeme) -> bool:
    """ "the first two are red", "the last three cups": a counted subset from one end."""
    prev, nxt = p._prev(i), p._next(i)
    if lx.text not in ("first", "last") or prev is None or not prev.has("def"):
        return False
    if nxt is None or not nxt.has("num") or nxt.text in ("a", "an", "one"):
        return False
    after = p._next(i + 1)
    if after is None or not (after.has("copula") or after.has("color") or after.has("noun")):
        return False
    p.np = None
    p._subset_mention(int(nxt.tag("num").number), f"the {lx.text} {nxt.text}")
    if p.target is not None:
        p.target.from_end = lx.text == "last"
        if after.has("noun"):
            p.target.noun = after.tag("noun").value
            p.skip_noun = i + 2
    p.skip_number = i + 1
    return True


def ordinal_reference(p: SentenceParser, i: int) -> bool:
    """ "the second one", "the first cat": an ordinal after "the", before "one" or a noun."""
    prev, nxt = p._prev(i), p._next(i)
    return (
        prev is not None
        and prev.has("def")
        and nxt is not None
        and (nxt.text == "one" or nxt.has("noun") or nxt.has("copula") or nxt.has("color"))
    )


def group(p: SentenceParser) -> Mention | None:
    """The group a quantifier after it speaks of: the focus, when it names several things."""
    focus = p._focus()
    if focus is None or focus.negated:
        return None
    if focus.pronoun is not None:
        return focus if focus.plural or focus.subset is not None else None
    if _several(focus):
        return focus
    # "two owls on a branch, one brown and one white": the things on the one just named
    subject = next(
        (op.mention for op in reversed(p.ops) if op.kind == "relation" and op.other is focus and op.mention),
        None,
    )
    if focus.index not in p.objects or subject is None:
        return None
    # "two on the sofa and one on the rug": the members just placed speak for their group
    return subject if _several(subject) or (subject.subset or 0) > 0 else None


def _named(p: SentenceParser) -> int:
    """How many single things the sentence has named."""
    named = [m for m in p.mentions if not m.negated and m.noun is not None and m.pronoun is None]
    return len(named) if all((m.count or 1) == 1 and not m.plural for m in named) else 0


def _two_named(p: SentenceParser) -> bool:
    """Whether the sentence has named exactly two single things ("a red car and a blue car"), or
    opens with "both" (a correction of the sentence before)."""
    named = [m for m in p.mentions if not m.negated and m.noun is not None and m.pronoun is None]
    if not p.mentions and p.last is None:
        return True  # "… a blue car. no, both red": the sentence before named them
    return len(named) == 2 and all((m.count or 1) == 1 and not m.plural for m in named)


def _several(mention: Mention) -> bool:
    return (mention.count or 0) > 1 or (mention.plural and mention.count is None)


def subset_follows(p: SentenceParser, j: int) -> bool:
    nxt = p._next(j)
    if nxt is None:
        return False
    return nxt.has("prons") or nxt.has("def") or nxt.has("pron") or nxt.text.startswith("which")


__all__ = [
    "colour_noun_alone",
    "group",
    "number",
    "ordinal_count",
    "ordinal_reference",
    "quantifies",
    "recounts",
    "subset_follows",
]
