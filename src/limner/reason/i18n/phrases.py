"""The pieces a translation is built from: noun phrases in English order and function words."""

from __future__ import annotations

from dataclasses import dataclass, field

#: punctuation that ends a sentence (a comma only separates phrases)
STOPS = frozenset({".", ";", "!", "?", ":"})
#: relation → where a relation without a landmark puts its subject ("左边是…" → "on the left")
SIDE = {
    "left of": "on the left",
    "right of": "on the right",
    "above": "at the top",
    "on top of": "at the top",
    "below": "at the bottom",
    "under": "at the bottom",
    "in front of": "in the foreground",
    "behind": "in the background",
}


@dataclass
class Phrase:
    noun: str
    source: str
    count: str | None = None
    colors: list[str] = field(default_factory=list)
    negated: bool = False
    #: named by an edit ("quita el gato" → "remove the cat") or named again ("…, el perro …")
    definite: bool = False
    #: a new object by construction (a correction's "actually a blue cat"): never a mention
    fresh: bool = False
    #: named again, outside an edit: its colour is said of it ("狗是红色的" → "the dog is red")
    again: bool = False
    #: what it is made of, as the English adjective ("una mesa de madera" → "wooden")
    materials: list[str] = field(default_factory=list)

    def english(self) -> str:
        count = None if self.negated else self.count
        many = count is not None and count not in ("one", "1")
        noun = plural(self.noun) if many else self.noun
        if self.again and self.colors and count is None:  # "狗是红色的" said again → "the dog is red"
            return f"the {noun} is {self.colors[0]}"
        if self.definite and (count is None or count in ("one", "1")):
            head = "the"
        else:
            head = count or ("an" if (self.colors or self.materials or [noun])[0][0] in "aeiou" else "a")
        words = [head, *self.colors[:1], *self.materials[:1], noun]
        return ("without " if self.negated else "") + " ".join(words)


@dataclass(frozen=True)
class Word:
    kind: str
    text: str


Item = Phrase | Word


def plural(noun: str) -> str:
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


def is_comma(item: Item) -> bool:
    return isinstance(item, Word) and item.kind == "punct" and item.text not in STOPS


__all__ = ["SIDE", "STOPS", "Item", "Phrase", "Word", "is_comma", "plural"]
