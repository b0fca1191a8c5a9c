"""GenEval-style prompts (the six task templates) and a scorer that applies GenEval's rules to a plan.

Templates follow GenEval's ``generation_prompts``: single object, two objects, counting (2–4 in
words), colours, position (left of / right of / above / below) and colour attribution, over the 80
COCO classes and GenEval's ten colours. The scorer checks the plan instead of detector output:
each expected noun with its exact count, each colour on the right object, and positions by
``limner.plan.geometry.relative_position`` (GenEval's rule).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from limner.plan.geometry import relative_position
from limner.plan.model import Plan

#: The 80 COCO classes, by COCO's canonical names (GenEval's object list).
COCO_NOUNS: tuple[str, ...] = (
    "person",
    "bicycle",
    "car",
    "motorcycle",
    "airplane",
    "bus",
    "train",
    "truck",
    "boat",
    "traffic light",
    "fire hydrant",
    "stop sign",
    "parking meter",
    "bench",
    "bird",
    "cat",
    "dog",
    "horse",
    "sheep",
    "cow",
    "elephant",
    "bear",
    "zebra",
    "giraffe",
    "backpack",
    "umbrella",
    "handbag",
    "tie",
    "suitcase",
    "frisbee",
    "skis",
    "snowboard",
    "sports ball",
    "kite",
    "baseball bat",
    "baseball glove",
    "skateboard",
    "surfboard",
    "tennis racket",
    "bottle",
    "wine glass",
    "cup",
    "fork",
    "knife",
    "spoon",
    "bowl",
    "banana",
    "apple",
    "sandwich",
    "orange",
    "broccoli",
    "carrot",
    "hot dog",
    "pizza",
    "donut",
    "cake",
    "chair",
    "couch",
    "potted plant",
    "bed",
    "dining table",
    "toilet",
    "tv",
    "laptop",
    "mouse",
    "remote",
    "keyboard",
    "cell phone",
    "microwave",
    "oven",
    "toaster",
    "sink",
    "refrigerator",
    "book",
    "clock",
    "vase",
    "scissors",
    "teddy bear",
    "hair drier",
    "toothbrush",
)
assert len(COCO_NOUNS) == 80, len(COCO_NOUNS)

#: GenEval writes three classes with a disambiguating word; both spellings must work.
GENEVAL_NAMES = {"mouse": "computer mouse", "remote": "tv remote", "keyboard": "computer keyboard"}
COLORS = ("red", "orange", "yellow", "green", "blue", "purple", "pink", "brown", "black", "white")
NUMBERS = {2: "two", 3: "three", 4: "four"}
POSITIONS = ("left of", "right of", "above", "below")
IRREGULAR = {
    "person": "people",
    "mouse": "mice",
    "knife": "knives",
    "sheep": "sheep",
    "skis": "skis",
    "scissors": "scissors",
    "broccoli": "broccoli",
    "computer mouse": "computer mice",
}


def plural(noun: str) -> str:
    if noun in IRREGULAR:
        return IRREGULAR[noun]
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def article(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"


@dataclass(frozen=True)
class Expect:
    noun: str
    count: int = 1
    color: str | None = None


@dataclass(frozen=True)
class Case:
    task: str
    prompt: str
    objects: tuple[Expect, ...]
    position: tuple[str, str, str] | None = None  # (noun a, relation, noun b)
    extra: dict[str, str] = field(default_factory=dict)


def _name(noun: str, rng: random.Random) -> str:
    if noun in GENEVAL_NAMES and rng.random() < 0.5:
        return GENEVAL_NAMES[noun]
    return noun


def geneval_cases(n: int, seed: int = 0) -> list[Case]:
    """``n`` prompts spread evenly over the six tasks, seeded."""
    rng = random.Random(seed)
    tasks = ("single_object", "two_object", "counting", "colors", "position", "color_attr")
    cases: list[Case] = []
    for i in range(n):
        task = tasks[i % len(tasks)]
        a, b = rng.sample(COCO_NOUNS, 2)
        na, nb = _name(a, rng), _name(b, rng)
        if task == "single_object":
            cases.append(Case(task, f"a photo of {article(na)} {na}", (Expect(a),)))
        elif task == "two_object":
            cases.append(
                Case(task, f"a photo of {article(na)} {na} and {article(nb)} {nb}", (Expect(a), Expect(b)))
            )
        elif task == "counting":
            k = rng.choice((2, 3, 4))
            cases.append(Case(task, f"a photo of {NUMBERS[k]} {plural(na)}", (Expect(a, k),)))
        elif task == "colors":
            c = rng.choice(COLORS)
            cases.append(Case(task, f"a photo of {article(c)} {c} {na}", (Expect(a, 1, c),)))
        elif task == "position":
            rel = rng.choice(POSITIONS)
            cases.append(
                Case(
                    task,
                    f"a photo of {article(na)} {na} {rel} {article(nb)} {nb}",
                    (Expect(a), Expect(b)),
                    (a, rel, b),
                )
            )
        else:
            c1, c2 = rng.sample(COLORS, 2)
            cases.append(
                Case(
                    task,
                    f"a photo of {article(c1)} {c1} {na} and {article(c2)} {c2} {nb}",
                    (Expect(a, 1, c1), Expect(b, 1, c2)),
                )
            )
    return cases


def score(case: Case, plan: Plan) -> tuple[bool, str]:
    """GenEval's rules applied to the plan: (correct, reason when not)."""
    objects = [e for e in plan.elements if e.kind == "object"]
    expected_nouns = {x.noun for x in case.objects}
    extra = sorted({e.noun for e in objects} - expected_nouns)
    if extra:
        return False, f"unexpected objects {extra}"
    for want in case.objects:
        found = [e for e in objects if e.noun == want.noun]
        if len(found) != want.count:
            return False, f"{want.noun}: {len(found)} found, {want.count} wanted"
        if want.color is not None and not any(e.attributes.get("color") == want.color for e in found):
            return False, f"{want.noun}: colour {[e.attributes.get('color') for e in found]} not {want.color}"
    if case.position is not None:
        a_noun, rel, b_noun = case.position
        a = next(e for e in objects if e.noun == a_noun)
        b = next(e for e in objects if e.noun == b_noun)
        found_rel = relative_position(a.box, b.box)
        if rel not in found_rel:
            return False, f"{a_noun} {rel} {b_noun}: boxes say {sorted(found_rel)}"
    return True, ""


def natural_cases(n: int, seed: int = 0) -> list[Case]:
    """Natural phrasings of the same six tasks: synonyms of the relation words, digits, post-noun colours."""
    rng = random.Random(seed)
    rel_forms = {
        "left of": ("to the left of", "on the left of", "on the left side of", "left of"),
        "right of": ("to the right of", "on the right side of", "on the right of", "right of"),
        "above": ("above", "over", "atop", "on top of"),
        "below": ("below", "beneath", "underneath", "under"),
    }
    geometric = {
        "on top of": "above",
        "atop": "above",
        "under": "below",
        "beneath": "below",
        "underneath": "below",
    }
    openers = ("", "a photo of ", "an image of ", "a picture of ", "there is ", "draw ", "show me ")
    cases: list[Case] = []
    kinds = ("digits", "post_color", "relation", "subset", "two_color_post", "counting_words", "scene")
    for i in range(n):
        kind = kinds[i % len(kinds)]
        a, b = rng.sample(COCO_NOUNS, 2)
        c1, c2 = rng.sample(COLORS, 2)
        opener = rng.choice(openers)
        if kind == "digits":
            k = rng.randint(2, 9)
            cases.append(Case(kind, f"{opener}{k} {plural(a)}", (Expect(a, k),)))
        elif kind == "post_color":
            form = rng.choice(("that is", "which is", "colored", "in"))
            cases.append(Case(kind, f"{opener}{article(a)} {a} {form} {c1}", (Expect(a, 1, c1),)))
        elif kind == "relation":
            rel = rng.choice(POSITIONS)
            phrase = rng.choice(rel_forms[rel])
            want = geometric.get(phrase, rel)
            cases.append(
                Case(
                    kind,
                    f"{opener}{article(a)} {a} {phrase} {article(b)} {b}",
                    (Expect(a), Expect(b)),
                    (a, want, b),
                )
            )
        elif kind == "subset":
            k = rng.choice((3, 4, 5))
            j = rng.randint(1, k - 1)
            words = {1: "one", 2: "two", 3: "three", 4: "four"}
            verb = "is" if j == 1 else "are"
            cases.append(
                Case(
                    kind,
                    f"{opener}{NUMBERS.get(k, 'five')} {plural(a)}, {words[j]} of them {verb} {c1}",
                    (Expect(a, k, c1),),
                )
            )
        elif kind == "two_color_post":
            cases.append(
                Case(
                    kind,
                    f"{opener}{article(a)} {a} that is {c1} and {article(b)} {b} that is {c2}",
                    (Expect(a, 1, c1), Expect(b, 1, c2)),
                )
            )
        elif kind == "counting_words":
            form, k = rng.choice(
                (
                    ("a pair of", 2),
                    ("a couple of", 2),
                    ("a few", 3),
                    ("several", 3),
                    ("a dozen", 12),
                    ("twelve", 12),
                    ("both", 2),
                )
            )
            if a in ("skis", "scissors"):
                a = "cup"
            cases.append(Case(kind, f"{opener}{form} {plural(a)}", (Expect(a, k),)))
        else:
            scene = rng.choice(
                ("on the beach", "in a snowy forest", "at night", "in the kitchen", "in a park")
            )
            cases.append(Case(kind, f"{opener}{article(c1)} {c1} {a} {scene}", (Expect(a, 1, c1),)))
    return cases


__all__ = [
    "COCO_NOUNS",
    "COLORS",
    "GENEVAL_NAMES",
    "Case",
    "Expect",
    "geneval_cases",
    "natural_cases",
    "plural",
    "score",
]
