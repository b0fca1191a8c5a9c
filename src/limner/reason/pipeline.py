"""The built-in reasoner: prompt → Plan as visible, numbered stages.

1. normalize   Unicode clean-up, quotes pulled out verbatim, and
               unquoted text after "says"/"reading"… made a quote    (normalize.py, unquoted.py)
2. segment     sentences and tokens                                   (segment.py)
3. parse       lexicon match → mentions, relations, corrections;      (parse.py and parse_*.py,
               verb frames, count edits                                frames.py, counts.py, vocab.py)
4. resolve     references, negation, retractions, edits → entities    (resolve.py)
5. lay out     attach, grid, kiwisolver boxes and z; unarranged       (compose.py, layout.py, edit.py,
               groups folded into seeded natural arrangements;         natural.py, arrange.py,
               interactions settled (contact, anchors, facing);        interact.py,
               grounded things on the backdrop's ground band, lined    stage.py, lineup.py,
               up where nothing needs the grid; things named without   default_stage.py,
               a place get a default stage; small subjects on big      prominence.py)
               supports framed closer
6. plan        structured backdrop, elements, relations (verified),   (setting.py, this module, art.py)
               sentences, trace; nothing drawable → 422 ``prompt``

Pure: no I/O, no clock, no global state; the same request gives the same plan.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from pydantic import TypeAdapter

from limner.errors import NothingToDrawError
from limner.plan.diff import plan_diff
from limner.plan.geometry import violated_relations
from limner.plan.model import Background, Canvas, Element, Plan, Relation, Sentence, TraceEntry
from limner.reason.arrange import AFTER_SOLVE, CORNERS, corner_box, mirror_partner, rearrange
from limner.reason.art import art_note
from limner.reason.base import ReasonRequest
from limner.reason.company import SENSE, animal_senses
from limner.reason.compose import Composition, Draft, compose, largest_size
from limner.reason.compound_kinds import kind_of, respelled
from limner.reason.compound_place import compound_place
from limner.reason.default_stage import default_backdrop, line_rows
from limner.reason.design import design_layout
from limner.reason.edit import base_entities, edit_layout, edit_scale, next_numbers
from limner.reason.english import reads_as_english
from limner.reason.event_place import event_place
from limner.reason.i18n.prepare import Prepared, localize_plan, prepare_prompt
from limner.reason.implied_place import LANDFORMS, held_predicate, implied_place
from limner.reason.layout import LayoutResult
from limner.reason.normalize import normalize
from limner.reason.on_fire import mark_burning
from limner.reason.on_lap import place_on_laps
from limner.reason.on_steps import seat_on_steps
from limner.reason.parse import ParsedSentence, parse
from limner.reason.partial import fallback
from limner.reason.references import bind_references, name_references
from limner.reason.region import fit_region, lone_side
from limner.reason.resolve import Note, ResolvedScene, resolve
from limner.reason.ring import surround
from limner.reason.rooms import fixture_word, room_of
from limner.reason.scene_layout import bodies, interact_and_stage, solve_natural
from limner.reason.segment import segment
from limner.reason.setting import SceneWord, backdrop, setting_row
from limner.reason.sky_signs import sky_signs
from limner.reason.small_on_top import size_on_top
from limner.reason.stage import night_nouns
from limner.reason.stalls import sold_at
from limner.reason.stocked import spread_goods
from limner.reason.tabletop import set_on_tables
from limner.reason.thrown import place_thrown
from limner.reason.tree_place import tree_place
from limner.reason.under_one import side_by_side_under
from limner.reason.vocab import lexicon

DEFAULT_BACKGROUND = "#f4efe6"


#: A whole trace validated in one call, not one model per entry (a prompt's trace has a few dozen).
_TRACE_ENTRIES = TypeAdapter(list[TraceEntry])


@dataclass
class Trace:
    #: The fields of each entry, in order; :attr:`entries` makes them ``TraceEntry`` models.
    raw: list[dict[str, Any]] = field(default_factory=list)

    def add(
        self, stage: str, message: str, elements: list[str] | None = None, sentence: int | None = None
    ) -> None:
        ids = list(elements) if elements else []  # as the entry was when added, whatever the caller does next
        self.raw.append({"stage": stage, "message": message, "elements": ids, "sentence": sentence})

    @property
    def entries(self) -> list[TraceEntry]:
        return _TRACE_ENTRIES.validate_python(self.raw)


class BuiltinReasoner:
    """English rule-based reasoner with a constraint-solved layout."""

    name = "builtin"

    def reason(self, request: ReasonRequest) -> Plan:
        return reason(request)

    def warm(self) -> None:
        """Load the lexicons and concept tables now (a few hundred ms) rather than in the first
        request; a server calls this before it answers ``/healthz``."""
        for prompt in ("a red ball on a table in a kitchen", "un chat rouge"):
            reason(ReasonRequest(prompt=prompt))


def reason(request: ReasonRequest) -> Plan:
    trace = Trace()
    warnings: list[str] = []
    prepared = prepare_prompt(request.prompt)
    english = request
    if prepared.language != "en" and reads_as_english(request.prompt, lexicon()):
        trace.add("normalize", f"detected {prepared.language}, but the words are English: read as written")
        prepared = Prepared("en", request.prompt)
    if prepared.prompt != request.prompt:
        trace.add("normalize", f"language {prepared.language}; read as: {prepared.prompt}")
        english = replace(request, prompt=prepared.prompt)
    parsed, scene = read_prompt(english, trace, warnings)
    plan = plan_from_scene(english, parsed, scene, trace, warnings)
    return localize_plan(plan, prepared, request.prompt)


def _named(request: ReasonRequest) -> tuple[tuple[str, str], ...]:
    return name_references(request.prompt, request.references, lexicon()).named


def read_prompt(
    request: ReasonRequest, trace: Trace, warnings: list[str]
) -> tuple[list[ParsedSentence], ResolvedScene]:
    """Stages 1–4: the prompt as parsed sentences and a resolved scene (entities and relations)."""
    lex = lexicon()

    # 1. Normalize (references the prompt names are written as the nouns they depict)
    naming = name_references(request.prompt, request.references, lex)
    for message in naming.notes:
        trace.add("normalize", message)
    normalized = normalize(naming.text)
    trace.add("normalize", f"{len(normalized.original)} characters, {len(normalized.quotes)} quoted text(s)")
    if normalized.truncated:
        warnings.append("prompt longer than 8000 characters; the rest was ignored")

    # 2. Segment
    segments = segment(normalized)
    trace.add("segment", f"{len(segments)} sentence(s), {sum(s.clauses for s in segments)} clause(s)")

    # 3. Parse
    parsed = parse(segments, normalized.quotes, lex)
    partly = fallback(parsed, lex) if request.base is None else None
    if partly is not None:  # a sentence read as nothing though it names things: those things, listed
        for index, things in partly.listed:
            listed = ", ".join(things)
            trace.add("parse", f"sentence {index} only partly understood: drawing what it names ({listed})")
        again = normalize(partly.text)
        parsed = parse(segment(again), again.quotes, lex)
    for sentence in parsed:
        _trace_parse(trace, sentence)

    # 4. Resolve
    scene = resolve(parsed, lex, base_entities(request.base) if request.base is not None else None)
    if request.base is None:
        set_on_tables(scene, request.prompt, lex.nouns)  # "baking cookies in the kitchen": on a counter
        spread_goods(scene, lex.nouns)  # "fruit on the stalls": some on each
    warnings += scene.warnings
    return parsed, scene


def plan_from_scene(
    request: ReasonRequest,
    parsed: list[ParsedSentence],
    scene: ResolvedScene,
    trace: Trace,
    warnings: list[str],
) -> Plan:
    """Stages 5–6: lay the scene out and write the plan (also used for scenes an LLM extracted)."""
    lex = lexicon()
    width = min(4096, max(16, int(request.width)))
    height = min(4096, max(16, int(request.height)))

    # 5. Lay out
    if request.base is None:
        composition = compose(scene.entities, scene.relations, lex, width, height)
    else:
        first_id, first_group = next_numbers(request.base)
        known = {e.key: list(e.base_ids) for e in scene.entities if e.base_ids and e.alive}
        largest = largest_size(scene.entities, lex)
        basis = (largest, edit_scale(request.base, lex, largest))
        composition = compose(
            [e for e in scene.entities if not e.base_ids],
            scene.relations,
            lex,
            width,
            height,
            first_id,
            first_group,
            known,
            basis,
        )
    _trace_notes(trace, scene.notes, composition)  # resolve decisions, now with element ids
    for message in mark_burning(composition.drafts, request.prompt):  # "a car on fire"
        trace.add("layout", message)
    background = _background(scene, request)
    figures = bodies(composition, lex)
    rows = line_rows(composition, figures, scene, request.prompt) if request.base is None else 0
    if rows and background.description is None and not background.layers:
        background = default_backdrop(composition, figures)
        room = room_of([fixture_word(d.noun, d.label) for d in composition.drafts if d.kind == "object"])
        if room is not None and background.layers[0].kind == "wall":  # indoors: the room its things name
            background = backdrop([SceneWord(room, DEFAULT_BACKGROUND)], DEFAULT_BACKGROUND)
            trace.add("layout", f"no place named: the {room} its things name")
        else:
            trace.add("layout", "no place named: a default stage (not the prompt's words)")
    if background.layers:
        bands = ", ".join(f"{x.kind} {x.color}" for x in background.layers)
        trace.add(
            "layout", f"backdrop {background.setting or 'plain'}: {bands}; horizon {background.horizon}"
        )
    if request.base is None:
        result, together = solve_natural(scene, composition, figures, background, request.seed)
        _arrange(result, scene, composition, width, height, request.seed)
        interact_and_stage(
            result, composition, background, figures, together, rows, request.seed, width / height
        )
        surround(result, composition.links, figures, background.horizon)  # "friends around a campfire"
        result.notes += size_on_top(result.boxes, figures, composition.links, lex)  # "candles on a cake"
        result.notes += side_by_side_under(result.boxes, figures, composition.links)  # "under an arch"
        result.notes += place_thrown(result.boxes, figures, composition.links)  # "throwing a ball"
        labels = {d.id: d.label for d in composition.drafts}
        result.notes += place_on_laps(result.boxes, figures, composition.links, labels, request.prompt)
        result.notes += seat_on_steps(result.boxes, figures, composition.links, width / height)  # "on steps"
        placed = bool(background.layers)  # posters, banners, signs: reason/design.py
        result = design_layout(composition, result, width, height, request.prompt, placed)
    else:
        result = edit_layout(request.base, scene, composition)
    for note in result.notes:
        trace.add("layout", note)
    for draft in composition.drafts:
        if draft.id in result.boxes:
            box = ", ".join(f"{v:.3f}" for v in result.boxes[draft.id])
            trace.add(
                "layout", f"{draft.noun} at [{box}] z {result.z.get(draft.id, 1)}", [draft.id], draft.sentence
            )

    # 6. Plan
    elements = _elements(composition.drafts, result, request.base, scene)
    if request.references:
        numbers = [int(e.id[1:]) for e in elements if e.id[:1] == "e" and e.id[1:].isdigit()]
        elements, ref_notes, ref_warnings = bind_references(
            elements, request.references, lex, width, height, max(numbers, default=0) + 1, _named(request)
        )
        for message in ref_notes:
            trace.add("plan", message)
        warnings += ref_warnings
    plan = Plan(
        prompt=request.prompt,
        language="en",
        seed=request.seed,
        canvas=Canvas(width=width, height=height, background=background),
        elements=elements,
        relations=_relations(composition, {e.id for e in elements}, request.base, _moved(scene)),
        sentences=[
            Sentence(index=p.index, text=p.text, action=scene.actions.get(p.index, "keep")) for p in parsed
        ],
        references=list(request.references),
    )
    violated = violated_relations(plan)
    for bad in violated:
        warnings.append(f"could not honour '{bad.subject} {bad.predicate} {bad.object}'; relation dropped")
        trace.add("plan", f"relation {bad.predicate} not satisfiable; dropped", [bad.subject, bad.object])
    if violated:
        plan.relations = [r for r in plan.relations if r not in violated]
    for noun in sorted({e.noun for e in elements if e.kind == "object"}):
        trace.add("art", art_note(noun), [e.id for e in elements if e.noun == noun])
    if not any(e.kind == "object" or e.kind == "text" for e in elements) and request.base is None:
        if background.description is None and not _named_anything(parsed):
            # not a thing, a text or a scene: nothing to draw, nothing to bill
            raise NothingToDrawError(_nothing_to_draw(request.prompt, warnings), param="prompt")
        if background.description is None:
            warnings.append("no known objects found in the prompt; the plan is empty")
        else:
            warnings.append("no known objects found in the prompt; only the scene is drawn")
    plan.warnings = list(dict.fromkeys(warnings))
    plan.trace = trace.entries
    if request.base is not None:
        plan.base_plan_id = request.base.id
        plan.diff = plan_diff(request.base, plan)
    return plan


def _arrange(
    result: LayoutResult, scene: ResolvedScene, composition: Composition, width: int, height: int, seed: int
) -> None:
    """Circles and scatters: re-place the members inside the area the solver gave them."""
    for entity in scene.entities:
        if entity.alive and entity.arrangement in AFTER_SOLVE and entity.arrangement is not None:
            ids = composition.ids.get(entity.key, [])
            result.boxes.update(rearrange(result.boxes, ids, entity.arrangement, width, height, seed))
            result.notes.append(f"{entity.noun} ×{len(ids)} arranged: {entity.arrangement}")
            if entity.arrangement == "mirror":
                _mirror_images(composition, ids, result)
    linked = {i for link in composition.links for i in (link.subject, link.object, link.object2) if i}
    for draft in composition.drafts:
        if draft.position in CORNERS and draft.id not in linked and draft.id in result.boxes:
            others = [b for k, b in result.boxes.items() if k != draft.id]
            result.boxes[draft.id] = corner_box(result.boxes[draft.id], others, which=draft.position)
            result.notes.append(
                f"{draft.id} placed in the {draft.position} corner".replace("corner corner", "corner")
            )
    positions = {d.id: d.position for d in composition.drafts if d.id in result.boxes}
    side = lone_side(positions, composition.links)
    if side is not None:
        moved = fit_region(result.boxes, side)
        if moved is not None:
            result.notes.append(
                f"composition moved into the {side} half of the canvas (scale {moved[0]:.3f})"
            )


def _named_anything(parsed: list[ParsedSentence]) -> bool:
    """Whether the prompt named some known thing, even one it then negated or removed ("no cats")."""
    return any(
        op.kind in ("text", "scene") or (op.mention is not None and op.mention.noun is not None)
        for sentence in parsed
        for op in sentence.ops
    )


def _nothing_to_draw(prompt: str, warnings: list[str]) -> str:
    shown = prompt.strip()
    shown = shown if len(shown) <= 80 else shown[:77] + "..."
    unknown = [w.split("'")[1] for w in warnings if w.startswith("unknown object '")]
    detail = f"nothing to draw in {shown!r}: no known thing, text or scene"
    return detail + (f" (unknown: {', '.join(unknown)})" if unknown else "")


def _mirror_images(composition: Composition, ids: list[str], result: LayoutResult) -> None:
    """In a mirror-symmetric layout the right one of each pair is drawn as a mirror image."""
    drafts = {d.id: d for d in composition.drafts}
    for element_id in ids:
        partner = mirror_partner(ids, element_id)
        if partner is None or element_id not in result.boxes or partner not in result.boxes:
            continue
        if result.boxes[element_id][0] > result.boxes[partner][0]:
            drafts[element_id].attributes["flip"] = "horizontal"
            result.notes.append(f"{element_id} mirrors {partner} about the vertical axis")


def _trace_parse(trace: Trace, sentence: ParsedSentence) -> None:
    kinds: dict[str, int] = {}
    for op in sentence.ops:
        kinds[op.kind] = kinds.get(op.kind, 0) + 1
    summary = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) or "nothing to act on"
    trace.add("parse", f"sentence {sentence.index}: {summary}", sentence=sentence.index)
    for note in sentence.notes:
        trace.add("parse", note, sentence=sentence.index)
    for op in sentence.ops:
        if op.kind == "mention" and op.mention is not None and op.mention.noun is not None:
            m = op.mention
            bits = [f"'{m.label}' → {m.noun}"]
            if m.count is not None:
                bits.append(f"count {m.count}")
            if m.colors:
                bits.append("colour " + "/".join(c[0] for c in m.colors))
            if m.negated:
                bits.append("negated")
            if m.definite:
                bits.append("definite")
            trace.add("parse", ", ".join(bits), sentence=sentence.index)


def _trace_notes(trace: Trace, notes: list[Note], composition: Composition) -> None:
    for note in notes:
        ids = [i for key in note.entities for i in composition.ids.get(key, [])]
        trace.add(note.stage, note.message, ids, note.sentence)


def _night_of(scene: ResolvedScene) -> list[SceneWord]:
    """ "an owl in the forest under a full moon": a place under the moon or the stars, with no time of
    day said and no sun, is at night (the scene word "night", after the prompt's own)."""
    nouns = {e.noun for e in scene.entities if e.alive}
    timed = any((row := setting_row(w.description)) is not None and row.time for w in scene.scenes)
    if timed or not nouns & night_nouns() or "sun" in nouns:
        return []
    return [SceneWord("night", DEFAULT_BACKGROUND)]


def _under_night_sky(scene: ResolvedScene) -> bool:
    """ "three wolves under a full moon": something is under the moon or the stars, so the sky is the
    night's even with no place named (a moon alone stays a moon on a plain backdrop)."""
    night = night_nouns()
    return any(r.predicate == "under" and r.object.noun in night and r.object.alive for r in scene.relations)


def _background(scene: ResolvedScene, request: ReasonRequest) -> Background:
    if scene.scenes and request.base is not None and request.base.canvas.background.description:
        # an edit ("make it night") changes the base's backdrop: its scene words, then the new ones
        old = request.base.canvas.background
        kept = [SceneWord(d, old.color) for d in old.description.split(", ") if d] if old.description else []
        return backdrop([*kept, *scene.scenes], DEFAULT_BACKGROUND)
    own_words = bool(scene.scenes) or scene.background is None  # not a scene an LLM extracted
    fresh = request.base is None and own_words
    implied = (_event_place(request.prompt, scene) or _implied_place(scene)) if fresh else None
    night_sky = request.base is None and own_words and _under_night_sky(scene)  # "wolves under a moon"
    alive = [e.noun for e in scene.entities if e.alive]  # "lightning over a city": a storm
    stated = [w.description for w in scene.scenes]
    signs = sky_signs(request.prompt, alive, stated) if request.base is None and own_words else []
    if scene.scenes or implied is not None or night_sky or signs:
        words = [*scene.scenes, *_night_of(scene), *(SceneWord(d, DEFAULT_BACKGROUND) for d in signs)]
        return backdrop([*implied, *words] if implied is not None else words, DEFAULT_BACKGROUND)
    if scene.background is not None:  # a scene an LLM extracted: its one scene word
        return backdrop([SceneWord(scene.background[0], scene.background[1])], DEFAULT_BACKGROUND)
    if request.base is not None:
        return request.base.canvas.background.model_copy()
    return Background(color=DEFAULT_BACKGROUND, description=None)


def _event_place(prompt: str, scene: ResolvedScene) -> list[SceneWord] | None:
    """The place an event the prompt names is held in ("at a picnic": a park), as a scene word."""
    place = event_place(prompt, [word.description for word in scene.scenes], lexicon())
    return [SceneWord(place, DEFAULT_BACKGROUND)] if place is not None else None


def _implied_place(scene: ResolvedScene) -> list[SceneWord] | None:
    """The place the scene's things imply ("two penguins on an iceberg": the arctic) as a scene word,
    when no scene word names a place or paints the ground ("a camel in the snow"); else None. A
    landform still names its place under a surface word ("a cabin on a snowy hill")."""
    rows = [setting_row(word.description) for word in scene.scenes]
    if any(row is not None and row.setting is not None for row in rows):
        return None
    surface = any(row is not None and row.layers for row in rows)
    lex = lexicon()
    if (named := compound_place(lex, scene.entities)) is not None:  # "a beach house", "a forest path"
        return [SceneWord(named, DEFAULT_BACKGROUND)]
    in_hand = [r.object for r in scene.relations if r.predicate in ("holds", "carries")]
    # a thing in someone's hands goes where they go ("a man reading a newspaper on a park bench")
    live = [e for e in scene.entities if e.alive and e.kind == "object" and not any(e is h for h in in_hand)]
    live = [e for e in live if e.noun in LANDFORMS] if surface else live
    things = [(e.noun, info.category if (info := lex.nouns.get(e.noun)) else None) for e in live]
    held = [(r.subject.noun, r.object.noun) for r in scene.relations if held_predicate(r.predicate)]
    place = implied_place(things, held)
    if place is None and not surface:  # "a girl reading under a tree": a park
        place = tree_place(scene.entities, scene.relations, lex.nouns, in_hand)
    return [SceneWord(place, DEFAULT_BACKGROUND)] if place is not None else None


def _elements(
    drafts: list[Draft], result: LayoutResult, base: Plan | None, scene: ResolvedScene
) -> list[Element]:
    out: list[Element] = []
    if base is not None:
        kept = {i for e in scene.entities if e.alive for i in e.base_ids}
        for element in base.elements:
            if element.id in kept:
                out.append(result_element(element, result))
    heads = {row: head for head, row in animal_senses(lexicon()).items()}
    for draft in drafts:
        box = result.boxes.get(draft.id)
        if box is None:
            continue
        # a sense row ("mouse animal") is the noun the user named, with the sense said apart
        noun, attributes = draft.noun, draft.attributes
        if noun in heads:
            noun, attributes = heads[noun], {**attributes, SENSE: draft.noun}
        elif kind_of(draft.label, noun) or respelled(draft.label, noun) or sold_at(draft.label, noun):
            # "an egg carton": the user's words, drawn as a carton; "a bean bag", drawn as the beanbag
            noun, attributes = draft.label, {**attributes, SENSE: draft.noun}
        out.append(
            Element(
                id=draft.id,
                kind=draft.kind,
                noun=noun,
                label=draft.label,
                attributes=attributes,
                box=box,
                z=result.z.get(draft.id, 1),
                group=draft.group,
                text=draft.text,
                sentence=draft.sentence,
            )
        )
    return out


def result_element(element: Element, result: LayoutResult) -> Element:
    """A base element as the edit left it (attributes/box updated only when the edit changed them)."""
    update: dict[str, object] = {}
    if element.id in result.attributes:
        update["attributes"] = result.attributes[element.id]
    if element.id in result.boxes:
        update["box"] = result.boxes[element.id]
    if element.id in result.texts and element.text is not None:
        # new words: translations of the old ones no longer apply
        update["text"] = element.text.model_copy(
            update={"content": result.texts[element.id], "localized": {}}
        )
    return element.model_copy(update=update) if update else element


def _moved(scene: ResolvedScene) -> set[str]:
    return {i for e in scene.entities if e.alive and e.moved for i in e.base_ids}


def _relations(composition: Composition, ids: set[str], base: Plan | None, moved: set[str]) -> list[Relation]:
    """The base plan's relations that still apply (edits), then the prompt's, without repeats.

    A base relation of an element the edit moves is superseded by the move.
    """
    relations: list[Relation] = []
    if base is not None:
        for rel in base.relations:
            if rel.subject in moved or rel.object in moved or rel.object2 in moved:
                continue
            if rel.subject in ids and rel.object in ids and (rel.object2 is None or rel.object2 in ids):
                relations.append(rel)
    for link in composition.links:
        if link.predicate == "text" or link.internal:
            continue
        if link.subject in ids and link.object in ids and (link.object2 is None or link.object2 in ids):
            relation = Relation(
                subject=link.subject, predicate=link.predicate, object=link.object, object2=link.object2
            )
            if relation not in relations:
                relations.append(relation)
    return relations


__all__ = ["BuiltinReasoner", "Trace", "plan_from_scene", "read_prompt", "reason"]
