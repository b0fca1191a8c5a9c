"""Designed formats: a poster, banner, card or sign laid out as a design, not a sticker with text.

Runs after the solver (stage 5). When the prompt's first thing is a page format ("a poster …",
"a banner …", "a birthday card …", or a format word the lexicon does not draw, "a YouTube
thumbnail …"), the canvas becomes the page:

* the format element is a full-canvas panel (``attributes.panel``), drawn in its colour;
* margins of 5–8 % of the canvas; a type hierarchy — the headline large (the top third, or the
  left half of a wide canvas), a sub-line about half its size, a caption smaller still;
* the subject (every other object) is the hero: its solved arrangement is scaled as one block into
  the largest free area, so relations among the hero objects keep holding.

A board format inside a scene ("a sign that says OPEN above a bench") keeps its box; its text is
set inside the board's face (``assets/formats.py`` says where the renderer draws the face).

Text boxes are sized from an estimate of the set text (em widths of Noto Sans), so the renderer's
fit lands near the intended size; the renderer then fits exactly within the box.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from limner.assets.formats import PAGE_STYLES, face_box, format_style, own_sign_art
from limner.reason.compose import Composition, Draft
from limner.reason.layout import Box, LayoutResult
from limner.reason.quotes import extract_quotes, quote_roles
from limner.reason.stage import airborne_nouns

#: Margin of a page, as a fraction of the canvas's short side (at least ``MIN_MARGIN`` of each side).
MARGIN = 0.065
MIN_MARGIN = 0.05
#: Canvases at least this wide (w / h) set the type in the left column and the hero on the right.
WIDE = 1.45
#: The headline is never set smaller than this fraction of the canvas height when its box allows.
HEADLINE_FLOOR = 0.05
#: Line height in em, and the inner padding the renderer leaves (fraction of the box's short side).
LINE_EM = 1.42
TEXT_PAD = 0.06
#: Role families of the type hierarchy.
HEADLINE_ROLES = frozenset({"headline", "title", "heading", "sign", "logo", "label", "name"})
SUB_ROLES = frozenset({"subtitle", "subheading", "subline", "sub-line", "tagline", "slogan"})
#: Format words the prompt may lead with even where the lexicon has no drawable noun for them.
_LEAD = re.compile(r"^\W*(?:(?:a|an|the|my|our|one)\s+)?(?:[\w'-]+\s+){0,2}?([\w-]+(?:\s+[\w-]+)?)")


@dataclass(frozen=True)
class Area:
    """A rectangle in canvas pixels."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def w(self) -> float:
        return self.x1 - self.x0

    @property
    def h(self) -> float:
        return self.y1 - self.y0


def char_em(ch: str) -> float:
    """Advance of one character of bold Noto Sans, in em (an estimate good to about 10 %)."""
    if ch.isspace():
        return 0.26
    if ch in "iIl.,:;!'|":
        return 0.3
    if ch in "mwMW@":
        return 0.92
    if ch.isupper() or ch.isdigit():
        return 0.68
    if ord(ch) > 0x2E80:  # CJK and other full-width characters
        return 1.0
    return 0.57


def text_em(text: str) -> float:
    return sum(char_em(ch) for ch in text)


def wrap_words(text: str, width_em: float) -> list[str]:
    """Greedy word wrap at ``width_em`` (a word wider than the line gets a line of its own)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and text_em(candidate) > width_em:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines or [text]


@dataclass(frozen=True)
class SetText:
    """An estimate of a text set in a column: its size (px), lines, and the box height it needs."""

    size: float
    lines: int
    height: float


def set_text(content: str, width_px: float, max_size: float, max_lines: int = 4) -> SetText:
    """The largest size ≤ ``max_size`` at which ``content`` fits ``width_px`` in ≤ ``max_lines``."""
    avail = width_px * (1 - 2 * TEXT_PAD)
    best: tuple[float, int] | None = None
    widest_one = text_em(content)
    for lines in range(1, max_lines + 1):
        wrapped = wrap_words(content, widest_one / lines * 1.02)
        size = min(max_size, avail / max(text_em(line) for line in wrapped) * 0.97)
        if best is None or size > best[0] * 1.04:
            best = (size, len(wrapped))
        if size >= max_size:
            break
    assert best is not None
    size, count = best
    block = count * LINE_EM * size
    return SetText(size, count, block / (1 - 2 * TEXT_PAD))


def page_format(
    composition: Composition, prompt: str, placed: bool = False
) -> tuple[Draft | None, str] | None:
    """The page format the prompt leads with: (its element or None, the word), else None.

    In a place (the backdrop has a setting) a format is a thing in the scene ("a poster on the wall
    of a bedroom"), unless the prompt says the format depicts the place ("a poster of a beach").
    """
    objects = [d for d in composition.drafts if d.kind == "object"]
    found: tuple[Draft | None, str] | None = None
    if objects:
        first = objects[0]
        for word in (first.label, first.noun):
            style = format_style(word)
            if style in PAGE_STYLES and not _linked(composition, first.id):
                found = first, word
                break
    match = _LEAD.match(prompt.lower())
    if found is None and match is not None:
        words = match.group(1).split()
        modifiers = objects[0].label.lower().split()[:-1] if objects else []
        for word in (" ".join(words), words[-1], words[0]):
            if word.split()[-1] in modifiers:
                continue  # "a card table": the word opens the name of a thing, no format
            if format_style(word) in PAGE_STYLES:
                lead = objects[0] if objects and objects[0].label.lower() in words[:1] else None
                hosted = objects[0] if objects and format_style(objects[0].label) is not None else lead
                found = hosted, word
                break
    if found is None or _placed_in_scene(prompt, found[1]):
        return None
    return found


#: "a poster on the wall", "a menu on a table": words right after a format that put it in a scene.
_PLACEMENT = re.compile(
    r"^\s*(?:(?:that|which)\s+(?:says|reads)\s+(?:'[^']*'|\"[^\"]*\"|\u201c[^\u201d]*\u201d|\S+)\s*)?"
    r"(?:on|in|inside|at|above|below|under|beside|behind|near|by|next to|hanging|leaning|against|over|"
    r"beneath|underneath|atop|(?:to\s+the\s+)?(?:left|right)\s+of)\b"
)


def _placed_in_scene(prompt: str, word: str) -> bool:
    """Does the prompt put the format somewhere ("a poster on the wall of a bedroom")?"""
    match = re.search(rf"\b{re.escape(word)}s?\b", prompt, re.IGNORECASE)
    return match is not None and _PLACEMENT.match(prompt[match.end() :]) is not None


def _linked(composition: Composition, draft_id: str) -> bool:
    """Is the element placed relative to another object (then it is a thing in a scene)?"""
    return any(
        link.predicate != "text"
        and not link.internal
        and draft_id in (link.subject, link.object, link.object2)
        for link in composition.links
    )


def design_layout(
    composition: Composition,
    result: LayoutResult,
    width: int,
    height: int,
    prompt: str,
    placed: bool = False,
) -> LayoutResult:
    """``result`` with designed formats laid out (page formats, text on board faces).

    ``placed``: the backdrop is a place (its layers are drawn): a page format there is a thing in the
    scene, unless the prompt says it depicts the place (then the place is the page's picture).
    """
    found = page_format(composition, prompt, placed)
    if found is not None:
        _lay_out_page(composition, result, width, height, found, prompt, placed)
    _text_on_faces(composition, result, width, height)
    return result


#: Roles that belong to the page's type whatever the prompt hung them on ("a sneaker with the headline …").
PAGE_ROLES = HEADLINE_ROLES - {"label", "sign", "name"} | SUB_ROLES | {"caption"}


def _page_text(draft: Draft, page_id: str | None, named: dict[str, str]) -> bool:
    """Is this text part of the page's type (else it stays on the thing it labels)?"""
    if draft.host is None or draft.host == page_id:
        return True
    if draft.text is None:
        return False
    return named.get(draft.text.content, draft.text.role) in PAGE_ROLES


def named_roles(prompt: str) -> dict[str, str]:
    """Quoted text → the role the prompt names beside it ("the caption 'New spring collection'")."""
    quoted = extract_quotes(prompt)
    return quote_roles(quoted.text, quoted.quotes, "en") if quoted.quotes else {}


def _roles(texts: list[Draft], named: dict[str, str]) -> list[str]:
    """headline / subtitle / caption for each page text, in order of the type hierarchy."""
    roles: list[str] = []
    for draft in texts:
        role = draft.text.role if draft.text is not None else "label"
        if draft.text is not None:
            role = named.get(draft.text.content, role)
        if role in SUB_ROLES:
            roles.append("subtitle")
        elif role in HEADLINE_ROLES and "headline" not in roles:
            roles.append("headline")
        else:
            roles.append("caption")
    if "headline" not in roles and roles:
        roles[0] = "headline"
    if "subtitle" not in roles and roles.count("caption") >= 1:
        first_caption = roles.index("caption")
        if roles.count("caption") > 1 or first_caption == len(roles) - 1:
            roles[first_caption] = "subtitle"
    return roles


def _lay_out_page(
    composition: Composition,
    result: LayoutResult,
    width: int,
    height: int,
    found: tuple[Draft | None, str],
    prompt: str,
    placed: bool,
) -> None:
    page, word = found
    style = format_style(word) or "page"
    page_id = page.id if page is not None else None
    named = named_roles(prompt)
    texts = [d for d in composition.drafts if d.kind == "text" and _page_text(d, page_id, named)]
    if not texts:  # "an ad for lemonade that says …": what the prompt says is the page's type
        texts = [d for d in composition.drafts if d.kind == "text"]
    hosted_by_hero = [d for d in composition.drafts if d.kind == "text" and d not in texts]
    heroes = [d for d in composition.drafts if d.kind == "object" and d.id != page_id]
    if placed and page is not None:  # "a poster of a beach": the place is the page's picture
        composition.drafts.remove(page)
        result.boxes.pop(page.id, None)
        composition.links[:] = [
            link for link in composition.links if page.id not in (link.subject, link.object)
        ]
        page = None
    elif page is None and composition.drafts and not placed:
        page = _page_draft(composition, word)
    if page is not None:
        composition.links[:] = [
            link
            for link in composition.links
            if link.predicate == "text" or page.id not in (link.subject, link.object, link.object2)
        ]
        page.attributes["panel"] = style
        page.attributes["format"] = word
        result.boxes[page.id] = (0.0, 0.0, 1.0, 1.0)
        result.z[page.id] = 0

    short = min(width, height)
    mx = max(MIN_MARGIN * width, MARGIN * short)
    my = max(MIN_MARGIN * height, MARGIN * short)
    content = Area(mx, my, width - mx, height - my)
    wide = width / height >= WIDE and bool(heroes)
    roles = _roles(texts, named)
    if wide:
        text_col = Area(content.x0, content.y0, content.x0 + content.w * 0.54, content.y1)
        hero_area = Area(text_col.x1 + content.w * 0.05, content.y0, content.x1, content.y1)
        boxes = _stack(texts, roles, text_col, height, budget=text_col.h, centre=True, head=0.2)
        align = "start"
    else:
        # a page of type alone sets its headline larger; over a place it leaves the place in view
        budget = content.h * (0.36 if heroes or placed else 0.8)
        head = 0.2 if heroes else 0.16 if placed else 0.3
        # type alone is centred on a plain page; over a place it keeps to the top (the sky)
        centre = not heroes and not placed
        boxes = _stack(texts, roles, content, height, budget=budget, centre=centre, head=head)
        align = "center"
        top = max((b.y1 for d, b in boxes if _role(d, roles, texts) != "caption"), default=content.y0)
        captions = [b for d, b in boxes if _role(d, roles, texts) == "caption"]
        bottom = content.y1
        if captions and heroes:
            # captions go to the foot of the page, under the hero
            block = sum(b.h for b in captions) + 0.012 * height * (len(captions) - 1)
            y = content.y1 - block
            bottom = y - 0.03 * height
            moved: list[tuple[Draft, Area]] = []
            for d, b in boxes:
                if _role(d, roles, texts) == "caption":
                    moved.append((d, Area(b.x0, y, b.x1, y + b.h)))
                    y += b.h + 0.012 * height
                else:
                    moved.append((d, b))
            boxes = moved
        gap = 0.035 * height if texts else 0.0
        hero_area = Area(content.x0, top + gap if texts else content.y0, content.x1, bottom)
    for draft, area in boxes:
        result.boxes[draft.id] = _norm(area, width, height)
        draft.attributes["align"] = align
        draft.attributes["level"] = _role(draft, roles, texts)  # kept where the role is the prompt's
        if draft.text is not None:
            draft.text = draft.text.model_copy(update={"role": _role(draft, roles, texts)})
    top_z = max([result.z.get(d.id, 1) for d in heroes + hosted_by_hero] + [1])
    for i, draft in enumerate(texts):
        result.z[draft.id] = top_z + 1 + i
    if heroes and not _related(composition, {d.id for d in heroes}):
        _row(composition, [d.id for d in heroes], result, {d.id for d in texts})
    if heroes:
        _place_hero([d.id for d in heroes + hosted_by_hero], result, hero_area, width, height)
    parts = [f"{len(texts)} text(s) as " + ", ".join(_role(d, roles, texts) for d in texts)] if texts else []
    if heroes:
        parts.append("hero " + " ".join(d.id for d in heroes))
    layout = "type left, hero right" if wide else "type on top, hero below"
    result.notes.append(f"designed {word}: a full-canvas {style} with margins; {layout}; " + "; ".join(parts))


def _page_draft(composition: Composition, word: str) -> Draft:
    """A page element for a format the prompt names but the lexicon has no thing for ("a thumbnail
    that says …", "a poster of a sneaker"), first in the plan so it is drawn first."""
    numbers = [int(d.id[1:]) for d in composition.drafts if d.id[:1] == "e" and d.id[1:].isdigit()]
    first = composition.drafts[0]
    page = replace(
        first,
        id=f"e{max(numbers, default=0) + 1}",
        member=0,
        kind="object",
        noun=word.rsplit(" ", 1)[-1],
        label=word,
        attributes={},
        group=None,
        text=None,
        host=None,
        base=None,
        position=None,
    )
    composition.drafts.insert(0, page)
    return page


def _role(draft: Draft, roles: list[str], texts: list[Draft]) -> str:
    return roles[texts.index(draft)]


#: Size of each level relative to the headline, and its share of the text budget.
_SCALE = {"headline": 1.0, "subtitle": 0.5, "caption": 0.34}


def _stack(
    texts: list[Draft],
    roles: list[str],
    column: Area,
    height: int,
    budget: float,
    centre: bool,
    head: float,
) -> list[tuple[Draft, Area]]:
    """Text boxes stacked in ``column`` in prompt order, sized by role, within ``budget`` px of height."""
    if not texts:
        return []
    gap = 0.018 * height
    head *= height
    sets: list[SetText] = []
    for _ in range(24):
        sets = []
        for draft, role in zip(texts, roles, strict=True):
            content = draft.text.content if draft.text is not None else ""
            max_size = max(head * _SCALE[role], 0.022 * height)
            sets.append(set_text(content, column.w, max_size, 4 if role == "headline" else 3))
        total = sum(s.height for s in sets) + gap * (len(sets) - 1)
        if total <= budget or head <= HEADLINE_FLOOR * height:
            break
        head *= 0.9
    total = sum(s.height for s in sets) + gap * (len(sets) - 1)
    y = column.y0 + (max(0.0, column.h - total) / 2 if centre else 0.0)
    out: list[tuple[Draft, Area]] = []
    for draft, setting in zip(texts, sets, strict=True):
        h = min(setting.height, column.y1 - y)
        out.append((draft, Area(column.x0, y, column.x1, y + max(h, 1.0))))
        y += setting.height + gap
    return out


def _related(composition: Composition, ids: set[str]) -> bool:
    """Do any of ``ids`` stand in a relation the prompt stated (then their arrangement is kept)?"""
    return any(
        not link.internal and link.predicate != "text" and (link.subject in ids or link.object in ids)
        for link in composition.links
    )


def _row(composition: Composition, ids: list[str], result: LayoutResult, page_texts: set[str]) -> None:
    """Unrelated hero objects side by side on one baseline at their solved sizes, in normalized
    units of a virtual strip (``_place_hero`` then maps the strip onto the page); things that fly
    (balloons, birds) float above the baseline; texts they host move with them."""
    placed = [i for i in ids if i in result.boxes]
    if len(placed) < 2:
        return
    drafts = {d.id: d for d in composition.drafts}
    air = airborne_nouns()
    grounded = [result.boxes[i][3] - result.boxes[i][1] for i in placed if drafts[i].noun not in air]
    lift = 0.45 * max(grounded, default=0.0)
    gap = 0.2 * min(result.boxes[i][2] - result.boxes[i][0] for i in placed)
    x = 0.0
    for i in placed:
        x0, y0, x1, y1 = result.boxes[i]
        bottom = 1.0 - (lift if drafts[i].noun in air else 0.0)
        dx, dy = x - x0, bottom - y1
        result.boxes[i] = (x, y0 + dy, x1 + dx, bottom)
        for text in composition.drafts:
            if (
                text.kind == "text"
                and text.host == i
                and text.id in result.boxes
                and text.id not in page_texts
            ):
                tx0, ty0, tx1, ty1 = result.boxes[text.id]
                result.boxes[text.id] = (tx0 + dx, ty0 + dy, tx1 + dx, ty1 + dy)
        x += (x1 - x0) + gap


def _place_hero(ids: list[str], result: LayoutResult, area: Area, width: int, height: int) -> None:
    """Scale and move the hero block (its solved arrangement) to fill ``area``, centred."""
    present = [i for i in ids if i in result.boxes]
    if not present:
        return
    if area.w <= 2 or area.h <= 2:  # no room left beside the type (a tiny canvas): use the page
        area = Area(0.0, 0.0, float(width), float(height))
    boxes = [result.boxes[i] for i in present]
    ux0 = min(b[0] for b in boxes) * width
    uy0 = min(b[1] for b in boxes) * height
    ux1 = max(b[2] for b in boxes) * width
    uy1 = max(b[3] for b in boxes) * height
    scale = min(area.w / max(ux1 - ux0, 1e-6), area.h / max(uy1 - uy0, 1e-6))
    ox = area.x0 + (area.w - (ux1 - ux0) * scale) / 2
    oy = area.y0 + (area.h - (uy1 - uy0) * scale) / 2
    for i in present:
        x0, y0, x1, y1 = result.boxes[i]
        mapped = Area(
            ox + (x0 * width - ux0) * scale,
            oy + (y0 * height - uy0) * scale,
            ox + (x1 * width - ux0) * scale,
            oy + (y1 * height - uy0) * scale,
        )
        result.boxes[i] = _norm(mapped, width, height)


def _text_on_faces(composition: Composition, result: LayoutResult, width: int, height: int) -> None:
    """Texts hosted by a board (sign, label, in-scene poster) set inside its face."""
    for host in composition.drafts:
        if host.kind != "object" or host.id not in result.boxes:
            continue
        style = str(host.attributes.get("panel") or "") or format_style(host.label) or format_style(host.noun)
        if style is None or result.boxes[host.id] == (0.0, 0.0, 1.0, 1.0):
            continue
        texts = [d for d in composition.drafts if d.kind == "text" and d.host == host.id]
        if not texts and style not in {"board", "wallboard", "page"}:
            continue  # "a cat playing with a card": a card with nothing on it keeps its art
        if not texts and own_sign_art(host.noun):
            continue  # "a stop sign": its own picture (a red octagon), not a blank board
        host.attributes.setdefault("panel", style)
        if not texts:
            continue
        fx0, fy0, fx1, fy1 = face_box(result.boxes[host.id], style)
        face = Area(fx0 * width, fy0 * height, fx1 * width, fy1 * height)
        weights = [1.0 if i == 0 else 0.5 for i in range(len(texts))]
        y = face.y0
        for draft, weight in zip(texts, weights, strict=True):
            h = face.h * weight / sum(weights)
            result.boxes[draft.id] = _norm(Area(face.x0, y, face.x1, y + h), width, height)
            result.z[draft.id] = max(result.z.get(draft.id, 1), result.z.get(host.id, 1) + 1)
            y += h
        result.notes.append(f"text {' '.join(d.id for d in texts)} set on the face of {style} {host.id}")


def _norm(area: Area, width: int, height: int) -> Box:
    x0 = min(max(area.x0 / width, 0.0), 1.0)
    y0 = min(max(area.y0 / height, 0.0), 1.0)
    x1 = min(max(area.x1 / width, 0.0), 1.0)
    y1 = min(max(area.y1 / height, 0.0), 1.0)
    if x1 - x0 < 1e-4:
        x1 = min(1.0, x0 + 1e-3)
        x0 = x1 - 1e-3
    if y1 - y0 < 1e-4:
        y1 = min(1.0, y0 + 1e-3)
        y0 = y1 - 1e-3
    # rounded inwards to 4 places, so a box set inside another stays inside it
    return (
        math.ceil(x0 * 1e4) / 1e4,
        math.ceil(y0 * 1e4) / 1e4,
        math.floor(x1 * 1e4) / 1e4,
        math.floor(y1 * 1e4) / 1e4,
    )


__all__ = [
    "HEADLINE_FLOOR",
    "MARGIN",
    "SetText",
    "char_em",
    "design_layout",
    "page_format",
    "set_text",
    "text_em",
    "wrap_words",
]
