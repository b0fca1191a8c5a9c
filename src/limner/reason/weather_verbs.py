"""A weather word as the subject of its own verb: "as the rain comes down", "as a storm rolls in",
"after the snow fell", "while the fog lifts".

Read as a compound ("rain come", "storm roll") the weather would be lost and a thing named by the verb
drawn instead; the weather word is the scene's weather and its verb (with any particle after it) says
nothing more to draw. The verbs are the ones weather takes, in every form ("rolls", "rolled",
"rolling"; "falls", "fell").
"""

from __future__ import annotations

from limner.reason.lexemes import Lexeme
from limner.reason.setting import setting_row

#: Verbs weather takes, as lemmas (regular forms are spelt from them).
WEATHER_VERBS = frozenset(
    {
        "approach",
        "beat",
        "begin",
        "blanket",
        "blow",
        "break",
        "brew",
        "clear",
        "come",
        "cover",
        "creep",
        "descend",
        "drift",
        "fall",
        "gather",
        "hang",
        "hit",
        "lash",
        "lift",
        "move",
        "pass",
        "pound",
        "pour",
        "rage",
        "roll",
        "settle",
        "start",
        "strike",
        "sweep",
        "swirl",
        "whirl",
    }
)
#: Irregular past forms of those verbs.
_PAST = {
    "begin": ("began", "begun"),
    "blow": ("blew", "blown"),
    "break": ("broke", "broken"),
    "come": ("came",),
    "creep": ("crept",),
    "fall": ("fell", "fallen"),
    "hang": ("hung",),
    "hit": ("hit",),
    "beat": ("beat",),
    "strike": ("struck",),
    "sweep": ("swept",),
}


#: Verbs that double their last consonant before "-ing".
_DOUBLED = {"begin": "beginning", "hit": "hitting"}


def _regular(lemma: str) -> tuple[str, str, str]:
    """The -s, past and -ing forms of a regular verb (no bare form: "a rain cover" is a cover)."""
    third = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x")) else lemma + "s"
    past = lemma + "d" if lemma.endswith("e") else lemma + "ed"
    ing = _DOUBLED.get(lemma) or (lemma[:-1] + "ing" if lemma.endswith("e") else lemma + "ing")
    return (third, past, ing)


def _forms() -> frozenset[str]:
    out: set[str] = set()
    for lemma in WEATHER_VERBS:
        third, past, ing = _regular(lemma)
        out.update((third, ing, *(_PAST.get(lemma) or (past,))))
    return frozenset(out)


#: Every form of the verbs weather takes.
WEATHER_VERB_FORMS = _forms()


def weather_word(lx: Lexeme) -> bool:
    """Whether ``lx`` is a weather scene word ("rain", "storm", "fog", "snow"): no place of its own."""
    if not lx.has("scene") or lx.has("noun"):
        return False
    row = setting_row(str(lx.tag("scene").value))
    return row is not None and row.setting is None and row.weather is not None


def weather_verb_after(lx: Lexeme, nxt: Lexeme | None) -> bool:
    """Whether ``nxt`` is the verb of the weather word ``lx`` ("the rain comes", "a storm rolls")."""
    return nxt is not None and nxt.text in WEATHER_VERB_FORMS and weather_word(lx)


__all__ = ["WEATHER_VERBS", "WEATHER_VERB_FORMS", "weather_verb_after", "weather_word"]
