"""Reference images: tie each uploaded reference to the element it depicts.

A reference whose ``name`` names an element's noun (or label) is bound to the first such element
without one; an unmatched product, character or object reference gets an element of its own in
free space. Style and background references shape no element.
"""

from __future__ import annotations

from limner.plan.model import Element, ReferenceUse
from limner.reason.compose import object_dims
from limner.reason.edit import free_spot
from limner.reason.vocab import Lexicon, tokens_of

PLACED_ROLES = frozenset({"product", "character", "object"})


def canonical(name: str, lex: Lexicon) -> str | None:
    """The canonical noun a reference name stands for ("sofa" → "couch"), if known."""
    tags = lex.phrases.get(tokens_of(name), ())
    return next((t.value for t in tags if t.kind == "noun"), None)


def bind_references(
    elements: list[Element],
    references: tuple[ReferenceUse, ...],
    lex: Lexicon,
    width: int,
    height: int,
    next_id: int,
) -> tuple[list[Element], list[str]]:
    """Elements with ``reference_id`` set (and any new ones), plus one note per decision."""
    out = list(elements)
    notes: list[str] = []
    for ref in references:
        if ref.role not in PLACED_ROLES:
            notes.append(f"reference {ref.id} ({ref.role}) applies to the whole image")
            continue
        name = (ref.name or "").strip().lower()
        noun = canonical(name, lex) if name else None
        match = next(
            (
                i
                for i, e in enumerate(out)
                if e.kind == "object"
                and e.reference_id is None
                and name
                and (e.noun == noun or e.label == name)
            ),
            None,
        )
        if match is not None:
            out[match] = out[match].model_copy(update={"reference_id": ref.id})
            notes.append(f"reference {ref.id} depicts {out[match].id} ({out[match].noun})")
            continue
        info = lex.nouns.get(noun or "")
        w, h = object_dims(0.45, info.aspect if info is not None else 1.0, width, height)
        box = free_spot(w, h, [e.box for e in out])
        element = Element(
            id=f"e{next_id}",
            noun=noun or name or "object",
            label=ref.name or ref.role,
            box=box,
            z=max((e.z for e in out), default=0) + 1,
            reference_id=ref.id,
        )
        next_id += 1
        out.append(element)
        notes.append(f"reference {ref.id} placed as {element.id} ({element.noun})")
    return out, notes


__all__ = ["bind_references", "canonical"]
