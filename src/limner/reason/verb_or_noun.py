"""An edit verb that is also a thing ("slide", "switch"): "slide the dog to the right" is the verb,
"a kid on a slide" the thing. The verb opens its clause (at the start, after a punctuation mark or a
joining word) and points at a thing after it ("the", "it", a number)."""

from __future__ import annotations

from collections.abc import Sequence

from limner.reason.lexemes import Lexeme

#: Words after which a clause opens with its verb ("and slide the dog", "then switch them").
_OPENERS = frozenset({"and", "then", "now", "please", "also", "just"})


def edit_verb_first(lexemes: Sequence[Lexeme], i: int) -> bool:
    """Whether the word at ``i`` is read as the verb that opens its clause (see the module)."""
    prev = lexemes[i - 1] if i > 0 else None
    if prev is not None and prev.kind != "punct" and prev.text not in _OPENERS:
        return False
    nxt = lexemes[i + 1] if i + 1 < len(lexemes) else None
    return nxt is not None and (nxt.has("def") or nxt.has("pron") or nxt.has("prons") or nxt.has("num"))


__all__ = ["edit_verb_first"]
