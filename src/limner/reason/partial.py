"""A graceful fallback for sentences the parser reads nothing from though they name things ("turn on
the light", "a bright light", a run-on it cannot follow): the concrete things such a sentence names are
still drawn, as a plain list read again ("a light"), in the usual natural arrangement, and the trace
says the sentence was only partly understood. A sentence that names no thing ("asdfgh qwerty") stays
empty, so a prompt of nothing but those is still nothing to draw.
"""

from __future__ import annotations

from dataclasses import dataclass

from limner.reason.concepts import is_a
from limner.reason.mentions import ParsedSentence
from limner.reason.vocab import STOP_THINGS, Lexicon, Tag, context_noun

#: WordNet senses of what a sentence may call the picture itself, never a thing in it.
_DESCRIBING = ("creation.n.02", "representation.n.02")


@dataclass(frozen=True)
class Fallback:
    """The prompt read again: each sentence read as written, or as the list of the things it names."""

    text: str
    #: (sentence index, the things named) for each sentence read as a list.
    listed: tuple[tuple[int, tuple[str, ...]], ...]


def named_things(sentence: ParsedSentence, lex: Lexicon) -> tuple[str, ...]:
    """The things ``sentence`` names, each once, as a list item ("a light", "cups"): words the lexicon
    tags as nouns, and words WordNet knows as a thing where only a noun would fit; not what the picture
    is described as ("watercolor style", "an oil painting", "a cartoon")."""
    out: list[str] = []
    for lexeme in sentence.lexemes:
        tag = lexeme.tag("noun") if lexeme.has("noun") else None
        if tag is None and lexeme.kind in ("word", "stop"):
            tag = context_noun(lex, lexeme.text, coloured=True)
            if tag is None and lexeme.text in STOP_THINGS:
                tag = Tag("noun", lexeme.text, plural=lexeme.text.endswith("s"))
        if tag is not None and not any(is_a(tag.value, name) for name in _DESCRIBING):
            out.append(lexeme.text if tag.plural else f"a {lexeme.text}")
    return tuple(dict.fromkeys(out))


def fallback(sentences: list[ParsedSentence], lex: Lexicon) -> Fallback | None:
    """The prompt to read again when some sentence yielded nothing though it names things, else None."""
    texts: list[str] = []
    listed: list[tuple[int, tuple[str, ...]]] = []
    for sentence in sentences:
        things = () if sentence.ops else named_things(sentence, lex)
        if things:
            listed.append((sentence.index, things))
            texts.append(_as_list(things))
        else:
            texts.append(sentence.text)
    if not listed:
        return None
    return Fallback(". ".join(texts), tuple(listed))


def _as_list(items: tuple[str, ...]) -> str:
    """ "a light", "a kettle, cups and a saucer"."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


__all__ = ["Fallback", "fallback", "named_things"]
