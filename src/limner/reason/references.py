"""Reference images: tie each uploaded reference to the element it depicts.

Before parsing, :func:`name_references` finds where the prompt names a reference — by its ``name``
("the Aurora bottle", "Mia"), by position ("the first image", "image 3", "@2") or by role ("the
product") — and writes the noun it depicts there, so the parser makes an element for it. After layout,
:func:`bind_references` ties each reference to its element: named ones to the element made from
the naming, others whose name matches an element's noun to that element; an unmatched product,
character or object reference gets an element of its own in free space (and a warning that the prompt
never names it). Style and background references shape no element.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from limner.plan.model import Element, ReferenceUse
from limner.reason.compose import object_dims
from limner.reason.edit import free_spot
from limner.reason.vocab import Lexicon, tokens_of

PLACED_ROLES = frozenset({"product", "character", "object"})
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_IMAGE_WORDS = r"(?:image|picture|photo|reference|ref|upload|pic)"
#: What an unnamed reference of a role is drawn as when its name is not a known noun.
_ROLE_NOUNS = {"character": "person", "product": "box", "object": "box"}


@dataclass(frozen=True)
class NamedReferences:
    """The prompt with references written as nouns, which reference each naming stands for, notes."""

    text: str
    named: tuple[tuple[str, str], ...]  # (reference id, noun), in prompt order
    notes: tuple[str, ...]


def reference_noun(ref: ReferenceUse, lex: Lexicon) -> str:
    """The noun a reference depicts: its name's (longest known tail) noun, else one for its role."""
    key = tokens_of(ref.name or "")
    for size in range(len(key), 0, -1):
        noun = next((t.value for t in lex.phrases.get(key[-size:], ()) if t.kind == "noun"), None)
        if noun is not None:
            return noun
    return _ROLE_NOUNS.get(ref.role, "box")


def _patterns(position: int, ref: ReferenceUse, role_unique: bool) -> list[str]:
    out = [
        rf"@{position}(?!\d)",
        rf"\b(?:the\s+)?{_IMAGE_WORDS}\s*(?:#|no\.?\s*)?{position}(?!\d)",
        rf"\bthe\s+{_ORDINALS[position - 1]}\s+{_IMAGE_WORDS}\b",
    ]
    if ref.name and ref.name.strip():
        out.insert(0, r"\b(?:the\s+)?" + r"\s+".join(re.escape(w) for w in ref.name.split()) + r"\b")
    if role_unique and ref.role in PLACED_ROLES:
        out.append(rf"\b(?:the|my|our)\s+{ref.role}\b")
    return out


def name_references(prompt: str, references: tuple[ReferenceUse, ...], lex: Lexicon) -> NamedReferences:
    """Write each naming of a reference in ``prompt`` as "the <noun>" (see the module docstring)."""
    if not references:
        return NamedReferences(prompt, (), ())
    roles = [r.role for r in references]
    found: list[tuple[int, int, str, str]] = []  # start, end, ref id, noun
    for position, ref in enumerate(references[:9], start=1):
        noun = reference_noun(ref, lex)
        for pattern in _patterns(position, ref, roles.count(ref.role) == 1):
            for match in re.finditer(pattern, prompt, flags=re.IGNORECASE):
                if not any(s < match.end() and match.start() < e for s, e, _, _ in found):
                    found.append((match.start(), match.end(), ref.id, noun))
    if not found:
        return NamedReferences(prompt, (), ())
    found.sort()
    pieces: list[str] = []
    last = 0
    notes = []
    for start, end, ref_id, noun in found:
        pieces += [prompt[last:start], f"the {noun}"]
        last = end
        notes.append(f"'{prompt[start:end]}' names reference {ref_id} ({noun})")
    pieces.append(prompt[last:])
    return NamedReferences("".join(pieces), tuple((r, n) for _, _, r, n in found), tuple(notes))


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
    named: tuple[tuple[str, str], ...] = (),
) -> tuple[list[Element], list[str], list[str]]:
    """Elements with ``reference_id`` set (and any new ones), one note per decision, and warnings."""
    out = list(elements)
    notes: list[str] = []
    warnings: list[str] = []
    by_id = {ref.id: ref for ref in references}
    for ref_id, noun in named:
        index = next(
            (
                i
                for i, e in enumerate(out)
                if e.kind == "object" and e.reference_id is None and e.noun == noun
            ),
            None,
        )
        ref = by_id[ref_id]
        if index is None or any(e.reference_id == ref_id for e in out):
            continue
        update: dict[str, object] = {"reference_id": ref_id}
        if ref.name:
            update["label"] = ref.name
        out[index] = out[index].model_copy(update=update)
        notes.append(f"reference {ref_id} depicts {out[index].id} ({noun}), as the prompt names it")
    bound = {e.reference_id for e in out if e.reference_id is not None}
    for ref in references:
        if ref.id in bound:
            continue
        if ref.role not in PLACED_ROLES:
            notes.append(f"reference {ref.id} ({ref.role}) applies to the whole image")
            continue
        name = (ref.name or "").strip().lower()
        known = canonical(name, lex) if name else None
        match = next(
            (
                i
                for i, e in enumerate(out)
                if e.kind == "object"
                and e.reference_id is None
                and name
                and (e.noun == known or e.label == name)
            ),
            None,
        )
        if match is not None:
            out[match] = out[match].model_copy(update={"reference_id": ref.id})
            notes.append(f"reference {ref.id} depicts {out[match].id} ({out[match].noun})")
            continue
        warnings.append(f"reference {ref.id} ({ref.role}) is not named in the prompt; placed on its own")
        noun = known or reference_noun(ref, lex)
        info = lex.nouns.get(noun)
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
    return out, notes, warnings


__all__ = ["NamedReferences", "bind_references", "canonical", "name_references", "reference_noun"]
