"""Prompts written from a plan, for models that take words: the scene, each element, the whole.

Deterministic: elements in plan order, attributes in sorted key order. Text elements are left out
of the prompts altogether (models garble letters, and words like "a sign area" make them draw empty
signs): the exact text is overlaid afterwards.
"""

from __future__ import annotations

from limner.plan.model import Element, Plan

#: Attribute keys that are layout, not looks (never put in a prompt).
_LAYOUT_KEYS = frozenset({"facing", "color", "count", "pose"})


def _horizontal(x: float) -> str:
    return "left" if x < 0.36 else "right" if x > 0.64 else "center"


def _vertical(y: float) -> str:
    return "top" if y < 0.36 else "bottom" if y > 0.64 else "middle"


def position_words(element: Element) -> str:
    """``"at the top left"``, ``"in the center"``: where the box's centre is."""
    x0, y0, x1, y1 = element.box
    h, v = _horizontal((x0 + x1) / 2), _vertical((y0 + y1) / 2)
    if h == "center" and v == "middle":
        return "in the center"
    if v == "middle":
        return f"on the {h}"
    if h == "center":
        return f"at the {v}"
    return f"at the {v} {h}"


def element_phrase(element: Element) -> str:
    """``"a red apple"``, ``"a sitting brown dog, striped"``."""
    words: list[str] = []
    pose = element.attributes.get("pose")
    if isinstance(pose, str):
        words.append(pose)
    color = element.attributes.get("color")
    if isinstance(color, str):
        words.append(color)
    words.append(element.label or element.noun)
    extras = [
        str(value) if isinstance(value, str) else f"{key} {value}"
        for key, value in sorted(element.attributes.items())
        if key not in _LAYOUT_KEYS and not isinstance(value, bool)
    ]
    phrase = " ".join(words)
    article = "an" if phrase[:1].lower() in "aeiou" else "a"
    return f"{article} {phrase}" + (", " + ", ".join(extras) if extras else "")


def scene_phrase(plan: Plan) -> str:
    """The backdrop: setting, time of day, weather (or the description), e.g. ``"a beach at sunset"``."""
    background = plan.canvas.background
    parts: list[str] = []
    if background.setting:
        parts.append(f"a {background.setting}")
    elif background.description:
        parts.append(background.description)
    if background.time_of_day and background.time_of_day != "day":
        parts.append(f"at {background.time_of_day}")
    if background.weather and background.weather != "clear":
        parts.append(f"in {background.weather} weather" if background.weather != "rain" else "in the rain")
    return " ".join(parts) if parts else "a simple scene"


def global_prompt(plan: Plan, style: str = "") -> str:
    """The prompt every region shares: the scene and, when set, a style suffix."""
    scene = f"{scene_phrase(plan)}, detailed illustration"
    return f"{scene}, {style}" if style else scene


def region_prompt(plan: Plan, element: Element, style: str = "") -> str:
    """What one element's box is conditioned on: the element, then the scene."""
    prompt = f"{element_phrase(element)}, {scene_phrase(plan)}"
    return f"{prompt}, {style}" if style else prompt


def plan_prompt(plan: Plan) -> str:
    """One paragraph for a whole-image model: scene, each element and where it is, relations."""
    sentences = [f"An illustration of {scene_phrase(plan)}."]
    for element in plan.elements:
        if element.kind == "text":
            continue
        phrase = element_phrase(element)
        sentences.append(f"{phrase[0].upper()}{phrase[1:]} {position_words(element)}.")
    names = {e.id: e.label or e.noun for e in plan.elements}
    for relation in plan.relations:
        subject, obj = names.get(relation.subject), names.get(relation.object)
        if subject and obj:
            predicate = relation.predicate.replace("_", " ")
            sentences.append(f"The {subject} {predicate} the {obj}.")
    return " ".join(sentences)


__all__ = [
    "element_phrase",
    "global_prompt",
    "plan_prompt",
    "position_words",
    "region_prompt",
    "scene_phrase",
]
