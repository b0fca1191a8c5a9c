"""Everyday-scene suites for ``make eval``: interactions, settings, corrections and count edits,
unquoted text, natural arrangement, and everyday prompts mixing them.

Prompts come from templates filled with nouns, verbs and places by a seeded generator. ``dev`` and
``heldout`` use different templates (other verbs, other phrasings) and other seeds; the held-out split is
counted by ``make eval`` but its failures are never listed, so nobody tunes on it.

Each case carries its checks in ``extra`` (space-separated):

- ``rel=SUBJ/PRED/OBJ``   a plan relation PRED from a SUBJ element to an OBJ element (words as written)
- ``pose=WORD/POSE``      the WORD element's ``attributes.pose``
- ``setting=S`` ``time=T`` ``weather=W``   the structured backdrop
- ``paint=LAYER/COLOUR``  the LAYER band has the stated colour
- ``text=WORDS``          the plan's text elements (``+`` for spaces, as in every word of a check)
- ``natural=WORD``        the WORD group has no column of three and no grid with an empty cell
- ``grounded=WORD``       every WORD element stands on the ground band
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence

from geneval import Case, Expect

from limner.plan.geometry import center
from limner.plan.model import Element, Plan
from limner.reason.vocab import lexicon

PEOPLE = ("girl", "boy", "man", "woman", "child", "farmer", "pirate", "knight", "clown", "chef")
ANIMALS = ("dog", "cat", "horse", "cow", "sheep", "fox", "rabbit", "bear", "goat", "pig", "deer", "lion")
MOUNTS = ("horse", "elephant", "cow", "camel", "zebra")
HELD = ("balloon", "umbrella", "book", "cup", "flower", "kite", "flag", "ball", "banana", "apple")
WORN = ("hat", "scarf", "backpack", "sunglasses", "crown")
SUPPORTS = ("table", "chair", "bench", "bed", "couch", "box", "laptop", "desk", "car", "rock")
SMALL = ("cat", "cup", "book", "vase", "apple", "bird", "dog", "lamp", "teddy bear", "clock")
FLYERS = ("bird", "airplane", "helicopter", "butterfly", "balloon", "kite")
GROUND = ("house", "tree", "car", "barn", "boat", "truck", "tent", "bus")
COUNTABLE = ("apple", "cup", "book", "dog", "cat", "balloon", "bird", "flower", "sheep", "car")
COLORS = ("red", "blue", "green", "yellow", "purple", "pink", "orange", "black", "white", "brown")
NUMBERS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}
WORDS = ("OPEN", "SALE", "HELLO", "STOP", "EXIT", "WELCOME", "CAFE", "BAKERY", "LOVE", "HOME")

#: place phrase → (setting, time, weather)
PLACES_DEV = {
    "on the beach": ("beach", None, None),
    "in a kitchen": ("kitchen", None, None),
    "in a forest": ("forest", None, None),
    "in the desert": ("desert", None, None),
    "in a city": ("city", None, None),
    "in the park": ("park", None, None),
    "in a bedroom": ("bedroom", None, None),
    "on the moon": ("moon", None, None),
    "in a meadow": ("meadow", None, None),
    "in the mountains": ("mountains", None, None),
}
PLACES_HELDOUT = {
    "at the seaside": ("beach", None, None),
    "in the living room": ("living room", None, None),
    "in an office": ("office", None, None),
    "in a classroom": ("classroom", None, None),
    "in outer space": ("space", None, None),
    "on a snowy street": ("street", None, "snow"),
    "by a lake": ("lake", None, None),
    "in a garden": ("garden", None, None),
    "in a field": ("field", None, None),
    "on the lunar surface": ("moon", None, None),
}
TIMES = {"at night": "night", "at sunset": "sunset", "at sunrise": "sunrise", "at dawn": "sunrise"}
WEATHERS = {"in the rain": "rain", "in the fog": "fog", "on a rainy day": "rain", "in a storm": "storm"}


def _plural(word: str) -> str:
    if word in ("sheep", "deer"):
        return word
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word == "child":
        return "children"
    if word in ("man", "woman"):
        return word[:-3] + "men"
    return word + "s"


def _article(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"


def _a(word: str) -> str:
    return f"{_article(word)} {word}"


def _case(task: str, prompt: str, checks: Sequence[str], objects: Sequence[Expect] = ()) -> Case:
    """A case; words in the checks are written with ``+`` for spaces ("teddy+bear")."""
    spaced = [
        c.split("=", 1)[0] + "=" + c.split("=", 1)[1].replace(" ", "+") if "=" in c else c for c in checks
    ]
    return Case(task, prompt, tuple(objects), None, {"scene_checks": " ".join(spaced)})


# -- generators ------------------------------------------------------------------------------------
def _interactions(rng: random.Random, n: int, heldout: bool) -> list[Case]:
    out: list[Case] = []
    if heldout:
        frames = (
            ("perched on", "on", "sitting", SMALL, SUPPORTS),
            ("resting on", "on", None, SMALL, SUPPORTS),
            ("mounted on", "rides", "riding", PEOPLE, MOUNTS),
            ("clutching", "holds", None, PEOPLE, HELD),
            ("sporting", "wears", None, PEOPLE, WORN),
            ("pursuing", "chases", "running", ANIMALS, ANIMALS),
            ("gazing at", "looks_at", None, PEOPLE, ANIMALS),
            ("soaring above", "flies_over", "flying", FLYERS, GROUND),
            ("propped against", "leans_on", "standing", ("bicycle", "ladder", "umbrella"), GROUND),
            ("hugging", "touches", None, PEOPLE, ANIMALS),
        )
    else:
        frames = (
            ("sitting on", "on", "sitting", SMALL, SUPPORTS),
            ("standing on", "on", "standing", SMALL, SUPPORTS),
            ("riding", "rides", "riding", PEOPLE, MOUNTS),
            ("holding", "holds", None, PEOPLE, HELD),
            ("wearing", "wears", None, PEOPLE, WORN),
            ("chasing", "chases", "running", ANIMALS, ANIMALS),
            ("looking at", "looks_at", None, PEOPLE, ANIMALS),
            ("flying over", "flies_over", "flying", FLYERS, GROUND),
            ("leaning against", "leans_on", "standing", ("bicycle", "ladder", "umbrella"), GROUND),
            ("carrying", "carries", "walking", PEOPLE, HELD),
        )
    for i in range(n):
        phrase, predicate, pose, subjects, objects = frames[i % len(frames)]
        a = rng.choice(subjects)
        b = rng.choice([o for o in objects if o != a])
        color = rng.choice(COLORS)
        prompt = f"{_a(a)} {phrase} {_a(color + ' ' + b) if rng.random() < 0.4 else _a(b)}"
        checks = [f"rel={a}/{predicate}/{b}"] + ([f"pose={a}/{pose}"] if pose else [])
        out.append(_case("interactions", prompt, checks))
    return out


def _settings(rng: random.Random, n: int, heldout: bool) -> list[Case]:
    places = PLACES_HELDOUT if heldout else PLACES_DEV
    out: list[Case] = []
    for i in range(n):
        thing = rng.choice(ANIMALS + PEOPLE + ("car", "tree", "house", "boat"))
        place = rng.choice(sorted(places))
        setting, time, weather = places[place]
        prompt = f"{_a(thing)} {place}"
        kind = i % 4
        if kind == 1 and setting not in ("kitchen", "bedroom", "living room", "office", "classroom"):
            phrase = rng.choice(sorted(TIMES))
            prompt, time = f"{prompt} {phrase}", TIMES[phrase]
        elif kind == 2 and setting not in (
            "kitchen",
            "bedroom",
            "living room",
            "office",
            "classroom",
            "space",
        ):
            phrase = rng.choice(sorted(WEATHERS))
            prompt, weather = f"{prompt} {phrase}", WEATHERS[phrase]
        checks = (
            [f"setting={setting}"]
            + ([f"time={time}"] if time else [])
            + ([f"weather={weather}"] if weather else [])
        )
        if kind == 3:
            color = rng.choice(COLORS)
            sky = "under a" if not heldout else "beneath a"
            prompt = (
                f"{_a(thing)} {sky} {color} sky" if rng.random() < 0.5 else f"{_a(thing)} on {color} sand"
            )
            checks = [f"paint=sky/{color}"] if "sky" in prompt else ["setting=beach", f"paint=ground/{color}"]
        if rng.random() < 0.5 and kind != 3 and setting not in ("space",):
            checks.append(f"grounded={thing}")
        out.append(_case("settings", prompt, checks, [Expect(thing)]))
    return out


def _edits(rng: random.Random, n: int, heldout: bool) -> list[Case]:
    out: list[Case] = []
    for i in range(n):
        noun = rng.choice(COUNTABLE)
        c1, c2 = rng.sample(COLORS, 2)
        k = rng.randint(3, 5)
        many = _plural(noun)
        kind = i % 8
        if kind == 0:
            prompt = f"{_a(c1 + ' ' + noun)} no make it two {many} actually {c2}"
            want = [Expect(noun, 2, c2)]
        elif kind == 1:
            other = rng.choice([x for x in COUNTABLE if x != noun])
            marker = "or rather" if heldout else "no wait"
            prompt, want = f"{_a(noun)} {marker} {_a(c2 + ' ' + other)}", [Expect(other, 1, c2)]
        elif kind == 2:
            prompt, want = f"{NUMBERS[k]} {many}. now only two {many}", [Expect(noun, 2)]
        elif kind == 3:
            prompt, want = f"{NUMBERS[k]} {many}. remove one {noun}", [Expect(noun, k - 1)]
        elif kind == 4:
            prompt, want = f"{NUMBERS[k]} {many}. one more", [Expect(noun, k + 1)]
        elif kind == 5:
            prompt, want = f"two {many}. double them", [Expect(noun, 4)]
        elif kind == 6:
            marker = "scratch that" if heldout else "actually"
            prompt, want = f"{_a(c1 + ' ' + noun)} {marker} {c2}", [Expect(noun, 1, c2)]
        else:
            prompt, want = (
                f"{NUMBERS[k]} {c1} {many} {'sorry' if heldout else 'no'} {NUMBERS[k - 1]}",
                [Expect(noun, k - 1, c1)],
            )
        out.append(_case("edits", prompt, ["count"], want))
    return out


def _texts(rng: random.Random, n: int, heldout: bool) -> list[Case]:
    hosts = (
        ("sign", "mug", "poster", "banner", "book", "cake") if heldout else ("sign", "shirt", "box", "bottle")
    )
    markers = ("reading", "labelled", "titled") if heldout else ("that says", "with the words", "saying")
    out: list[Case] = []
    for _ in range(n):
        words = " ".join(rng.sample(WORDS, rng.randint(1, 2)))
        prompt = f"{_a(rng.choice(hosts))} {rng.choice(markers)} {words}"
        out.append(_case("text", prompt, ["text=" + words]))
    return out


def _arrangements(rng: random.Random, n: int, heldout: bool) -> list[Case]:
    out: list[Case] = []
    for i in range(n):
        noun = rng.choice(COUNTABLE)
        k = rng.randint(3, 9)
        many = _plural(noun)
        kind = i % 3
        if kind == 0:
            prompt = f"{NUMBERS[k]} {many}"
        elif kind == 1:
            other = rng.choice([x for x in GROUND if x != noun])
            rel = rng.choice(("above", "next to", "below") if heldout else ("above", "left of", "right of"))
            prompt = f"{NUMBERS[k]} {many} {rel} {_a(other)}"
        else:
            place = rng.choice(sorted(PLACES_HELDOUT if heldout else PLACES_DEV))
            prompt = f"{NUMBERS[k]} {many} {place}"
        out.append(_case("arrangement", prompt, [f"natural={noun}"], [Expect(noun, k)]))
    return out


def _everyday(rng: random.Random, n: int, heldout: bool) -> list[Case]:
    out: list[Case] = []
    places = PLACES_HELDOUT if heldout else PLACES_DEV
    for i in range(n):
        place = rng.choice(sorted(places))
        setting = places[place][0]
        person, animal = rng.choice(PEOPLE), rng.choice(ANIMALS)
        kind = i % 4
        if kind == 0:
            held = rng.choice(HELD)
            prompt = f"{_a(person)} holding {_a(held)} {place}"
            checks = [f"rel={person}/holds/{held}", f"setting={setting}"]
        elif kind == 1:
            support = rng.choice(SUPPORTS)
            verb = "lying on" if heldout else "sitting on"
            prompt = f"{_a(animal)} {verb} {_a(support)} {place}"
            checks = [f"rel={animal}/on/{support}", f"setting={setting}"]
        elif kind == 2:
            k = rng.randint(2, 5)
            verb = "following" if heldout else "chasing"
            prompt = f"{NUMBERS[k]} {_plural(animal)} {verb} {_a('ball')} {place}"
            checks = [f"setting={setting}"]
        else:
            worn = rng.choice(WORN)
            time = rng.choice(sorted(TIMES))
            prompt = (
                f"{_a(person)} wearing {_a(worn)} {place} {time}"
                if setting
                not in (
                    "kitchen",
                    "bedroom",
                    "living room",
                    "office",
                    "classroom",
                )
                else f"{_a(person)} wearing {_a(worn)} {place}"
            )
            checks = [f"rel={person}/wears/{worn}", f"setting={setting}"]
        out.append(_case("everyday", prompt, checks))
    return out


def scene_cases(split: str) -> list[Case]:
    """The suite's ``dev`` or ``heldout`` split (about 300 prompts each)."""
    heldout = split == "heldout"
    rng = random.Random(977 if heldout else 313)
    out: list[Case] = []
    for make, n in (
        (_interactions, 80),
        (_settings, 60),
        (_edits, 48),
        (_texts, 24),
        (_arrangements, 45),
        (_everyday, 48),
    ):
        out += make(rng, n, heldout)
    return out


# -- checks ----------------------------------------------------------------------------------------
def _is(element: Element, word: str) -> bool:
    label = (element.label or "").lower()
    return element.noun == word or label in (word, _plural(word)) or element.noun.split()[-1] == word


def _named(plan: Plan, word: str) -> list[Element]:
    found = [e for e in plan.elements if e.kind == "object" and _is(e, word)]
    return found


def _column(group: Sequence[Element]) -> bool:
    for trio in itertools.combinations(group, 3):
        xs = [center(e.box)[0] for e in trio]
        if max(xs) - min(xs) < min(e.box[2] - e.box[0] for e in trio) / 3:
            return True
    return False


def _holey(group: Sequence[Element]) -> bool:
    xs = {round(center(e.box)[0], 3) for e in group}
    ys = {round(center(e.box)[1], 3) for e in group}
    return len(xs) * len(ys) > len(group) and len(xs) * len(ys) - len(group) < min(len(xs), len(ys))


def check_scene(case: Case, plan: Plan) -> tuple[bool, str]:
    """The case's checks on a plan: (passed, why not)."""
    for want in case.objects:
        found = _named(plan, want.noun)
        if len(found) != want.count:
            return False, f"{want.noun}: {len(found)} found, {want.count} wanted"
        if want.color is not None and any(e.attributes.get("color") != want.color for e in found):
            return (
                False,
                f"{want.noun}: colours {[e.attributes.get('color') for e in found]}, {want.color} wanted",
            )
    background = plan.canvas.background
    for item in case.extra.get("scene_checks", "").split():
        key, _, value = item.partition("=")
        value = value.replace("+", " ")
        if key == "rel":
            a, predicate, b = value.split("/")
            ok = any(
                r.predicate == predicate
                and _is(plan.element(r.subject), a)
                and _is(plan.element(r.object), b)
                for r in plan.relations
            )
            if not ok:
                return (
                    False,
                    f"no {a} {predicate} {b}: {[(r.subject, r.predicate, r.object) for r in plan.relations]}",
                )
        elif key == "pose":
            word, pose = value.split("/")
            found = _named(plan, word)
            if not found or found[0].attributes.get("pose") != pose:
                return False, f"{word} pose {[e.attributes.get('pose') for e in found]}, {pose} wanted"
        elif key in ("setting", "time", "weather"):
            got = {
                "setting": background.setting,
                "time": background.time_of_day,
                "weather": background.weather,
            }[key]
            if got != value:
                return False, f"{key} {got!r}, {value!r} wanted"
        elif key == "paint":
            kind, color = value.split("/")
            bands = [x.color for x in background.layers if x.kind == kind]
            if bands != [lexicon().color_hex[color]]:
                return False, f"{kind} band {bands}, {color} wanted"
        elif key == "text":
            texts = [e.text.content for e in plan.elements if e.text is not None]
            if texts != [value]:
                return False, f"texts {texts}, {value!r} wanted"
        elif key == "natural":
            group = _named(plan, value)
            if _column(group) or _holey(group):
                return False, f"{value}: a column or a grid with a hole"
        elif key == "grounded":
            horizon = background.horizon
            if horizon is not None and any(e.box[3] < horizon for e in _named(plan, value)):
                return False, f"{value} above the horizon {horizon}"
    return True, ""


__all__ = ["check_scene", "scene_cases"]
