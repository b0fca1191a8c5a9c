"""Held-out templates: phrasings that neither ``geneval_cases`` nor ``natural_cases`` generate.

Nothing in the reasoner was tuned on these; ``make eval`` reports them as their own category.
"""

from __future__ import annotations

import random

from geneval import COCO_NOUNS, COLORS, Case, Expect, article, plural

_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven"}
_REL = {
    "left of": ("left of", "to the left of", "on the left side of"),
    "right of": ("right of", "to the right of", "on the right side of"),
    "above": ("above", "over"),
    "below": ("below", "beneath", "underneath"),
}
_SIMPLE = tuple(n for n in COCO_NOUNS if n not in ("skis", "scissors", "sheep", "broccoli", "person"))


def heldout_cases(n: int, seed: int = 0) -> list[Case]:
    """``n`` prompts over nine held-out templates, seeded."""
    rng = random.Random(seed)
    cases: list[Case] = []
    kinds = (
        "count_color",
        "post_color_comma",
        "two_tone",
        "subset_words",
        "rel_inverted",
        "caps_runon",
        "digit_pair",
        "and_list",
        "retraction",
    )
    for i in range(n):
        kind = kinds[i % len(kinds)]
        a, b, c = rng.sample(_SIMPLE, 3)
        c1, c2 = rng.sample(COLORS, 2)
        k = rng.randint(2, 7)
        if kind == "count_color":
            number = rng.choice((_WORDS[k], str(k)))
            cases.append(Case(kind, f"{number} {c1} {plural(a)} on a plain background", (Expect(a, k, c1),)))
        elif kind == "post_color_comma":
            cases.append(
                Case(kind, f"{article(a)} {a}, {c1}, and {article(b)} {b}", (Expect(a, 1, c1), Expect(b)))
            )
        elif kind == "two_tone":
            cases.append(Case(kind, f"{article(c1)} {c1}-and-{c2} {a}", (Expect(a, 1, c1),)))
        elif kind == "subset_words":
            j = rng.randint(1, k - 1)
            verb = "is" if j == 1 else "are"
            cases.append(
                Case(
                    kind,
                    f"{_WORDS[k]} {plural(a)}; {_WORDS.get(j, str(j))} of them {verb} {c1}",
                    (Expect(a, k, c1),),
                )
            )
        elif kind == "rel_inverted":
            rel = rng.choice(tuple(_REL))
            phrase = rng.choice(_REL[rel])
            cases.append(
                Case(
                    kind,
                    f"{phrase} {article(b)} {b} there is {article(a)} {a}".capitalize(),
                    (Expect(a), Expect(b)),
                    None,
                )
            )
        elif kind == "caps_runon":
            rel = rng.choice(tuple(_REL))
            cases.append(
                Case(
                    kind,
                    f"{article(a).upper()} {a.upper()} {rel} {article(b)} {b}. make the {a} {c1} please",
                    (Expect(a, 1, c1), Expect(b)),
                    (a, rel, b),
                )
            )
        elif kind == "digit_pair":
            k2 = rng.randint(2, 5)
            cases.append(
                Case(kind, f"{k} {plural(a)} and {k2} {c2} {plural(b)}", (Expect(a, k), Expect(b, k2, c2)))
            )
        elif kind == "and_list":
            cases.append(
                Case(
                    kind,
                    f"{article(a)} {a}, {article(c1)} {c1} {b} and {article(c)} {c}",
                    (Expect(a), Expect(b, 1, c1), Expect(c)),
                )
            )
        else:
            cases.append(
                Case(
                    kind,
                    f"{article(a)} {a} and {article(b)} {b}. Actually, no {b}, make it {article(c)} {c}",
                    (Expect(a), Expect(c)),
                )
            )
    return cases


__all__ = ["heldout_cases"]
