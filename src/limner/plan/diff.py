"""Plan diff: what an edit added, removed and changed, field by field."""

from __future__ import annotations

from typing import Any

from limner.plan.model import ChangedElement, Element, Plan, PlanDiff

_COMPARED = ("kind", "noun", "label", "box", "z", "group", "reference_id", "text")


def element_changes(old: Element, new: Element) -> list[str]:
    """Dotted names of the fields that differ between two versions of one element."""
    fields = [name for name in _COMPARED if getattr(old, name) != getattr(new, name)]
    keys = sorted(set(old.attributes) | set(new.attributes))
    fields += [f"attributes.{k}" for k in keys if old.attributes.get(k) != new.attributes.get(k)]
    return fields


def plan_diff(base: Plan, new: Plan) -> PlanDiff:
    """Elements added, removed and changed from ``base`` to ``new``, matched by id."""
    old_by_id = {e.id: e for e in base.elements}
    new_by_id = {e.id: e for e in new.elements}
    added = [e.id for e in new.elements if e.id not in old_by_id]
    removed = [e.id for e in base.elements if e.id not in new_by_id]
    changed = []
    for element in new.elements:
        previous = old_by_id.get(element.id)
        if previous is None:
            continue
        fields = element_changes(previous, element)
        if fields:
            changed.append(ChangedElement(id=element.id, fields=fields))
    return PlanDiff(added=added, removed=removed, changed=changed)


def untouched(base: Plan, new: Plan) -> list[str]:
    """Ids present in both plans with identical content (what an edit must keep)."""
    new_by_id: dict[str, Any] = {e.id: e for e in new.elements}
    return [e.id for e in base.elements if e.id in new_by_id and not element_changes(e, new_by_id[e.id])]


__all__ = ["element_changes", "plan_diff", "untouched"]
