"""A Chinese container classifier names the container that holds its noun ("一瓶酒" → a bottle of wine).

"瓶", "碗" and "盘" count what a bottle, a bowl or a plate holds, the way English says "a bottle of
wine", "a bowl of rice", "a plate of dumplings": both things are drawn. After a number the classifier
becomes that container and the noun what it holds ("两瓶水" → "two bottles with water"; "一瓶花" is
a vase of flowers). The other classifiers ("个", "只", "杯" …) only count their noun ("一杯咖啡" is
the coffee, as in English).
"""

from __future__ import annotations

from limner.reason.i18n.tokenize import Token

#: classifier → the container it names
CONTAINERS = {"瓶": "bottle", "碗": "bowl", "盘": "plate", "盤": "plate"}
#: the flowers a "瓶" holds: it is a vase
_FLOWERS = frozenset({"flower", "rose", "tulip", "sunflower", "daisy"})


def container_counters(tokens: list[Token], lang: str) -> list[Token]:
    """``tokens`` with each container classifier between a number and a noun made that container."""
    if lang != "zh":
        return tokens
    out: list[Token] = []
    for i, tok in enumerate(tokens):
        container = CONTAINERS.get(tok.source) if tok.kind == "counter" else None
        before = tokens[i - 1] if i > 0 else None
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if (
            container is not None
            and before is not None
            and before.kind in ("number", "digits")
            and after is not None
            and after.kind == "noun"
            and after.canonical != container
        ):
            if container == "bottle" and after.canonical in _FLOWERS:
                container = "vase"
            out.append(Token("noun", container, tok.source))
            out.append(Token("with", "with", ""))
            continue
        out.append(tok)
    return out


__all__ = ["CONTAINERS", "container_counters"]
