"""Reading a noun from what follows it: its verb, told from a compound's head by number agreement,
and a building's inside, told by the furniture it is "with".

"a dog house" is a house: the last of two nouns heads the compound. But "a farmer watches two horses"
and "an astronaut plants a flag" are a farmer and an astronaut doing something: after a singular
article the compound's head is never plural, so an -s form there is the noun's verb. Likewise "two
children build a snowman" and "dragonflies fly above the pond": a plural noun does not open a compound
whose head is singular ("a sports car" is one phrase of the lexicon, read before this), so the bare
word after it is the verb.
"""

from __future__ import annotations

from collections.abc import Sequence

from limner.reason.implied_place import INDOOR_CATEGORIES
from limner.reason.lexemes import Lexeme
from limner.reason.mentions import NounPhrase
from limner.reason.setting import setting_row
from limner.reason.vocab import Lexicon, Tag, context_noun

#: Count words that make a noun phrase one thing: a compound's head after them is singular.
SINGULAR_OPENERS = frozenset({"a", "an", "one", "each", "every"})


def verb_after(
    lex: Lexicon,
    np: NounPhrase | None,
    noun: Tag,
    nxt: Lexeme | None,
    possessed: bool = False,
    after: Lexeme | None = None,
) -> bool:
    """Whether ``nxt``, after the noun ``noun`` of the phrase ``np``, is that noun's verb rather than
    the head of a compound the noun opens. ``possessed``: "his", "her" … right before the noun ("his
    mother watches"); there only a word the lexicon does not list as a thing is taken for the verb
    ("his bird feeders" stay feeders). ``after``: the word after ``nxt``; an -s word the lexicon lists
    as a singular thing ("waters") is still the verb where an article or a count follows it ("a girl
    waters the flowers": no compound's head is followed by its own object)."""
    if nxt is None or nxt.kind not in ("word", "phrase"):
        return False
    if nxt.kind == "phrase":
        if not nxt.tags or any(t.kind != "noun" for t in nxt.tags) or " " in nxt.text:
            return False
        head: Tag | None = nxt.tag("noun")
    else:
        head = context_noun(lex, nxt.text)
    if head is None:
        return False
    singular = np is not None and np.count_word in SINGULAR_OPENERS and not noun.plural
    singular = singular or (possessed and nxt.kind == "word" and not noun.plural)
    if singular:
        opens = after is not None and (after.has("num") or after.has("def"))
        # "a farmer watches", "a butterfly lands"; "a robot waters three plants"
        return nxt.text.endswith("s") and (head.plural or opens)
    counted = np is None or np.count_word not in SINGULAR_OPENERS
    return counted and noun.plural and not head.plural  # "two children build", "birds fly"


def furnished_interior(lex: Lexicon, lexemes: Sequence[Lexeme], i: int) -> bool:
    """Whether the scene word at ``i`` (also a building: "a library", "a church") is followed by "with"
    and furniture or household things, so it names its inside ("a library with tall shelves")."""
    row = setting_row(lexemes[i].tag("scene").value) if lexemes[i].has("scene") else None
    if row is None or not any(layer.kind == "wall" for layer in row.layers):
        return False
    if i + 1 >= len(lexemes) or lexemes[i + 1].text != "with":
        return False
    k = next(
        (k for k in range(i + 2, len(lexemes)) if lexemes[k].has("noun") or lexemes[k].kind == "punct"), None
    )
    if k is None or not lexemes[k].has("noun"):
        return False
    info = lex.nouns.get(lexemes[k].tag("noun").value)
    return info is not None and info.category in INDOOR_CATEGORIES


__all__ = ["SINGULAR_OPENERS", "furnished_interior", "verb_after"]
