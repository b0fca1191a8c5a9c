"""zh/ja clothing that qualifies a person: "赤いコートの女性", "红大衣的女人" → "a woman with a red coat".

``N の/的 M`` usually makes N a modifier of M ("野球のバット" a baseball bat), and the translation drops
N. When N is clothing and M a person, N is what the person wears: the person comes first and keeps
the clothing, with its colours, as a "with" phrase the English parser reads as worn. A verb's
object ("戴着红帽子的女人") is left to the verb.
"""

from __future__ import annotations

from limner.reason.i18n.lexicon import SPACELESS
from limner.reason.i18n.tokenize import Token
from limner.reason.vocab import lexicon

_LINKS = frozenset({"の", "的"})


def _category(noun: str) -> str:
    info = lexicon().nouns.get(noun)
    return info.category if info is not None else ""


def _worn(tokens: list[Token], i: int) -> bool:
    """``tokens[i]`` is clothing linked by の/的 to the person right after it."""
    if i + 2 >= len(tokens) or tokens[i].kind != "noun" or tokens[i + 2].kind != "noun":
        return False
    link = tokens[i + 1]
    if link.kind != "particle" or link.source not in _LINKS:
        return False
    if _category(tokens[i].canonical) != "clothing" or _category(tokens[i + 2].canonical) != "person":
        return False
    j = i - 1  # "戴着红帽子的女人": the clothing is a verb's object, the verb says it is worn
    while j >= 0 and tokens[j].kind in ("color", "number", "digits", "counter", "particle"):
        j -= 1
    return j < 0 or tokens[j].kind != "verb"


def worn_by_person(tokens: list[Token], lang: str) -> list[Token]:
    """``[colours] clothing の person`` → ``person with [colours] clothing`` (zh/ja only)."""
    if lang not in SPACELESS:
        return tokens
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        if not _worn(tokens, i):
            out.append(tokens[i])
            i += 1
            continue
        k = len(out)
        while k > 0 and out[k - 1].kind == "color":
            k -= 1
        colours = out[k:]
        del out[k:]
        out.extend([tokens[i + 2], Token("with", "with", tokens[i + 1].source), *colours, tokens[i]])
        i += 3
    return out


__all__ = ["worn_by_person"]
