"""Whether a compound WordNet knows that opens with a material word names the last word's thing made of
that material ("a stone wall", "a steel drum", "a wooden spoon": a wall, a drum, a spoon, with the
material as an attribute) or a different thing that only borrows the words ("a glass eye", "an iron
horse", "a clay pigeon", "cotton candy": kept whole).

WordNet files a thing made of a material either under the head itself ("wooden spoon" is a spoon) or
beside it ("stone wall" is a fence, as one sense of "wall" is; "steel drum" a percussion instrument, as
"drum" is); an idiom sits elsewhere ("glass eye" is a prosthesis, not an organ). Under the head, only a
material word that is no noun of its own ("wooden", "golden") says what the thing is made of: a noun
before a kind of the head may name which kind it is ("cotton candy" is no candy made of cotton).
"""

from __future__ import annotations

from limner.reason.concepts import concept, sense_ancestors, senses

#: Categories of things no material makes (a "golden retriever", a "stone curlew", "golden syrup").
_NOT_MADE = frozenset({"person", "animal", "bird", "fish", "insect", "plant", "tree", "food", "substance"})
#: How near the compound's own kinds must meet the head's senses' kinds to be a sibling of the head.
_NEAR = 2


def made_of(material: str, head: str, compound: str) -> bool:
    """Whether ``compound`` ("stone wall"), which opens with the material word ``material`` and ends
    with ``head``, names the head's thing made of that material, not another thing."""
    info, kin = concept(compound), concept(head)
    if info is None or kin is None or info.category in _NOT_MADE or kin.category in _NOT_MADE:
        return False
    head_senses = senses(head)
    if not set(head_senses).isdisjoint(info.ancestors):  # a kind of the head: "wooden spoon"
        return concept(material) is None
    near = set(info.ancestors[:_NEAR])
    return any(not near.isdisjoint(sense_ancestors(name)) for name in head_senses)


__all__ = ["made_of"]
