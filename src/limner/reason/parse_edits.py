"""Parser rules for changes: edit verbs, corrections and negation ("no", "actually", "not orange"),
count edits ("now only two", "one more", "double them") and colours said of the thing in focus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from limner.reason.counts import count_edits
from limner.reason.grammar import COLOR_NOUNS, SCENE_PREPS, SWAP_WORDS
from limner.reason.lexemes import Lexeme
from limner.reason.setting import setting_row
from limner.reason.vocab import Tag

if TYPE_CHECKING:
    from limner.reason.parse import SentenceParser


def verb(p: SentenceParser, kinds: set[str]) -> None:
    for kind in ("remove", "replace", "modify", "add", "move"):
        if kind in kinds:
            p.verb = kind
            p.verbs.append(kind)
            break
    p.target = None
    p.corr = False


def negation(p: SentenceParser, i: int, lx: Lexeme) -> None:
    nxt = p._next(i)
    prev = p._prev(i)
    if lx.text == "no" and (
        nxt is None
        or nxt.kind == "punct"
        or nxt.has("corr")  # "no wait", "no actually"
        or (prev is not None and prev.has("corr") and not nxt.has("noun"))  # "wait no, a blue one"
        or (
            p.mentions and (nxt.has("rel") or (nxt.has("frame") and nxt.text in SCENE_PREPS))
        )  # "no, at dawn"
        or any(nxt.has(k) for k in ("modify", "replace", "remove", "add"))  # "… no make it two birds"
        or (nxt.text in ("a", "an") and not p.mentions)  # "a cat... no a dog"
        or (prev is not None and prev.kind == "punct" and (nxt.has("num") or nxt.has("color")))
        or p._corrects_last(prev, nxt)  # "a cat no a dog", "two cats no three cats"
    ):
        p.corr = p.corrected = True
        return
    if lx.text == "minus" and nxt is not None and nxt.has("num") and p.mentions:
        verb(p, {"remove"})  # "four birds minus one": one fewer, as "remove one"
        p.verb_word = lx.text
        return
    if lx.text == "zero":
        p._np().negated = True
        return
    after = p._next(i + 1)
    if lx.text == "not" and nxt is not None and nxt.has("num") and after is not None and after.text == "but":
        p.skip_number = i + 1  # "not two but three candles": three, the count said instead
        return
    p._np().negated = True


def corrects_last(p: SentenceParser, prev: Lexeme | None, nxt: Lexeme) -> bool:
    """ "no" right after a noun phrase, before a new count or colour, corrects it (an article never
    follows a negating "no": "a cat no a dog" is a correction)."""
    if prev is None or not prev.has("noun") or p.last is None:
        return False
    return nxt.text in ("a", "an") or nxt.has("num") or (nxt.has("color") and not nxt.has("noun"))


def count_edit(p: SentenceParser, i: int, lx: Lexeme) -> bool:
    """ "now only two apples" (a new total), "one more" / "two fewer cups" (added), "double them"
    (multiplied): a ``recount`` of the thing named, or of the focus when nothing is."""
    edit = count_edits().get(lx.tag("countedit").value)
    nxt = p._next(i)
    if edit is None:
        return False
    if edit.how == "set":
        if nxt is None or not nxt.has("num") or nxt.text in ("a", "an") or not p._noun_ahead(i + 1):
            return False
        p.count_next = ("set", 0.0)
        return True
    if edit.how == "multiply":
        if p._noun_ahead(i, direct=True) and not (nxt is not None and nxt.has("def")):
            return False  # "a double bed"
        p.count_next = ("multiply", edit.number)
        if nxt is None or nxt.kind == "punct":
            p._recount_focus()
        return True
    np = p.np
    if np is None or np.count is None or np.count_word in ("a", "an"):
        return False
    n = np.count * int(edit.number)
    if p._noun_ahead(i):
        if edit.number < 0:  # "two fewer cups": fewer of the cups there are
            p.count_next = ("add", float(n))
        return True  # "two more apples": two new apples
    p.np = None  # "one more", "two fewer": the focus
    target = p._focus() or p.last or p._earlier()
    p._op("recount", mention=target, number=n, value="add")
    p.notes.append(f"count edit: {'+' if n > 0 else ''}{n}")
    return True


def recount_focus(p: SentenceParser) -> None:
    if p.count_next is None:
        return
    how, number = p.count_next
    p.count_next = None
    target = p._focus() or p.last or p._earlier()
    p._op("recount", mention=target, number=number, value=how)
    p.notes.append(f"count edit: {how} {number:g}")


def color(p: SentenceParser, i: int, tag: Tag) -> None:
    color = (tag.value, tag.extra)
    if p.np is not None and _before_article(p, i) is not p._prev(i) and not p._noun_ahead(i):
        p.np = None  # "the sky is a deep blue": the article opens no thing
    if p.np is not None and p.np.negated and not p._noun_ahead(i):
        p.notes.append(f"'not {tag.value}': colour left unstated")
        p.np = None
        p.corr = _colour_next(p, i)  # "a blue car, not blue but silver": silver instead
        had = [m for m in p.mentions if not m.negated and any(c[0] == tag.value for c in m.colors)]
        if p.corr and had:
            p.target = had[-1]  # "a blue car by the house, not blue, silver": the car that was blue
        return
    replacing = p.np is not None and p.np.replaces  # "actually a red one": the correction's colour
    if (p.np is not None and not p.np.empty()) or replacing or p._noun_ahead(i) or p._scene_ahead(i):
        np = p._np()
        if p.corr:
            p.notes.append(f"correction: colour → {color[0]}")
            np.colors = [color]
            np.replaces = True  # "red flowers, no, yellow flowers": the yellow ones are what they were
            p.corr = False
        elif color not in np.colors:
            np.colors.append(color)
        return
    last = p.ops[-1] if p.ops else None
    prev = _before_article(p, i)  # "the sky is a deep blue": "is", past the article
    if last is not None and last.kind == "scene" and prev is not None and prev.has("copula"):
        row = setting_row(last.value)
        if row is not None and row.paint is not None:  # "the sky is orange": the sky's colour
            last.colors = [color]
            return
    # "a yellow bird, the bird should be blue": said of the thing, the colour it is now
    said = prev is not None and prev.has("copula")
    p._apply_colors([color], replace=p.corr or said)
    p.corr = False


def _before_article(p: SentenceParser, i: int) -> Lexeme | None:
    """The lexeme before the one at ``i``, past an article ("is a blue", "is an orange")."""
    j = i - 1
    if j > 0 and p.lx[j].text in ("a", "an") and p.lx[j - 1].has("copula"):
        j -= 1
    return p.lx[j] if j >= 0 else None


def _colour_next(p: SentenceParser, i: int) -> bool:
    """Whether the next word after the lexeme at ``i`` (past commas and "but") is a colour."""
    j = i + 1
    while j < len(p.lx) and (p.lx[j].kind == "punct" or p.lx[j].text == "but"):
        j += 1
    return j < len(p.lx) and p.lx[j].has("color")


def apply_colors(p: SentenceParser, colors: list[tuple[str, str]], replace: bool) -> None:
    focus = p._focus()
    alone = not p.mentions and all(lx.has("color") or lx.kind == "punct" or lx.has("filler") for lx in p.lx)
    if focus is None and (replace or p.corrected or (alone and p.seg.index > 0)):
        focus = p._earlier()  # "a yellow bus. No, red.", "a car... red... on a bridge"
        replace = True
    if focus is None:
        return
    replace = replace or p.verb == "modify"  # "make it blue": the new colour, not a second one
    if p.rel is not None and p.rel_waiting == 1 and p.rel.other is None:
        p.rel = None  # "a car in red": not a relation
        p.rel_waiting = 0
    p._op("recolor", mention=focus, colors=list(colors), value="replace" if replace else "add")


def colour_of(p: SentenceParser, i: int, lx: Lexeme) -> bool:
    """ "its colour is blue": the colour of the thing before (a pronoun, then the colour)."""
    prev = p._prev(i)
    if lx.text not in COLOR_NOUNS or prev is None or prev.text not in ("its", "their"):
        return False
    if p._focus() is not None or p.verb_word in SWAP_WORDS:
        return False
    plural = prev.text == "their"
    p.np = None
    p._pronoun(Lexeme("them" if plural else "it", (Tag("prons" if plural else "pron"),)), plural)
    return True


__all__ = [
    "apply_colors",
    "color",
    "colour_of",
    "corrects_last",
    "count_edit",
    "negation",
    "recount_focus",
    "verb",
]
