"""zh relative clauses whose verb takes two objects: "戴帽子和围巾的小孩" → "小孩 戴 帽子 和 围巾".

A clause before its noun ("戴着红帽子的女人") is put in English order by :mod:`.order_verbs`, one
clause at a time; "和" between the verb's objects would end the clause there and leave the noun
behind the first object ("a hat wearing and a child"). Here the noun after 的 goes before the verb
instead, so the verb follows its subject and keeps both objects: "a child wearing a hat and a scarf".
"""

from __future__ import annotations

from limner.reason.i18n.tokenize import Token

#: what may stand before a noun inside one object ("两顶红帽子")
_NOUN_MODIFIERS = frozenset({"color", "number", "digits", "counter"})


def _object_start(tokens: list[Token], end: int) -> int | None:
    """Where the noun phrase ending at ``tokens[end - 1]`` starts, or None if it is no noun."""
    if end < 1 or tokens[end - 1].kind != "noun":
        return None
    k = end - 1
    while k > 0 and tokens[k - 1].kind in _NOUN_MODIFIERS:
        k -= 1
    return k


def _verb_before(tokens: list[Token], link: int) -> int | None:
    """The verb of "V O1 和 O2 的" ending before ``tokens[link]`` (的), if its objects are joined by 和."""
    k = _object_start(tokens, link)
    joined = 0
    while k is not None and k > 0 and tokens[k - 1].kind == "and":
        k = _object_start(tokens, k - 1)
        joined += 1
    if k is None or joined == 0 or k == 0 or tokens[k - 1].kind != "verb":
        return None
    return k - 1


def coordinated_relative(tokens: list[Token], lang: str) -> list[Token]:
    """ "V O1 和 O2 的 N" → "N V O1 和 O2" (zh only; one clause at a time, left to right)."""
    if lang != "zh":
        return tokens
    out = list(tokens)
    i = 0
    while i + 1 < len(out):
        tok = out[i]
        if tok.kind == "particle" and tok.source == "的" and out[i + 1].kind == "noun":
            verb = _verb_before(out, i)
            if verb is not None:
                out = [*out[:verb], out[i + 1], *out[verb:i], *out[i + 2 :]]
        i += 1
    return out


__all__ = ["coordinated_relative"]
