"""Seats people sit on at a table: "a man sitting at a table drinking coffee" sits on a chair at it, and so
does "a man drinking coffee at a table" (an activity at a table, desk or counter is done seated), and
"a family having breakfast" eats at a table (a meal with no table or other place for it named).

Nobody sits at a table on the floor, but the prompt names no seat: each one sitting at a table, desk,
counter or bar is given a chair of their own ("sitting each on a chair at a table", so several
sitters get one each), unless the prompt already names a seat. Several at a table sit around it
("four people sitting at a dining table": chairs around it, :mod:`limner.reason.ring`). The words are
added to the working text, as collective nouns are expanded (:mod:`limner.reason.collectives`), and
the plan's trace shows the chairs as mentions of the sentence.
"""

from __future__ import annotations

import re

from limner.reason.word_guard import may_have

#: The word every rewrite but a meal's needs: "sitting at", "drinking coffee at".
_AT = frozenset({"at"})

#: What one sits at.
_FURNITURE = r"(?:table|desk|counter|bar|workbench|kitchen island|island)"
_SITTING_AT = re.compile(
    rf"\b(sitting|seated|sits|sit)\s+at\s+((?:the|a|an|his|her|their|my|our|your)\s+(?:[a-z-]+\s+){{0,2}}?{_FURNITURE})\b",
    re.IGNORECASE,
)
#: Seats a prompt may name already ("sitting on a stool at the bar").
_SEATS = re.compile(
    r"\b(?:chairs?|stools?|benche?s?|sofas?|couch(?:es)?|armchairs?|wheelchairs?|seats?|high ?chairs?)\b",
    re.IGNORECASE,
)


#: Words before "sitting" that say several sit ("four people", "a man and a woman", "the kids").
_SEVERAL = re.compile(
    r"\b(?:and|people|children|men|women|family|couple|friends|two|three|four|five|six|seven|eight|"
    r"\d+|[a-z]+[^s\W]s)\s+(?:(?:all|both|are|who|were)\s+)*$",
    re.IGNORECASE,
)


_ARTICLE = re.compile(r"^(?:a|an)\s+", re.IGNORECASE)


def _around(match: re.Match[str], place: str) -> bool:
    """Whether several sit at the table ``place`` (so around it): "four people", "a man and a woman"."""
    before = match.string[max(0, match.start() - 60) : match.start()]
    listed = "and" in before.lower().split()[-4:]  # "a man and a woman sitting at a table"
    return place.lower().endswith("table") and (listed or _SEVERAL.search(before) is not None)


def _seat(match: re.Match[str]) -> str:
    """Several at a table sit around it, about half on its far side ("four people sitting at a dining
    table"); one, or several at a desk, counter or bar, sit beside it."""
    verb, place = match.group(1), match.group(2)
    if _around(match, place):  # "around a …" reads as a count ("around a dozen"): "around the cafe table"
        return f"{verb} each on a chair around {_ARTICLE.sub('the ', place)}"
    return f"{verb} each on a chair at {place}"


#: Activities done seated at a table, desk or counter ("drinking coffee at a cafe table").
_SEATED_ACTIVITY = (
    r"(?:drinking|eating|playing|studying|working|writing|talking|chatting|reading|doing|having|sharing|"
    r"drawing|painting|typing|sipping|enjoying|knitting|sewing|colou?ring)"
)
_AT_WORK = re.compile(
    rf"\b({_SEATED_ACTIVITY}\b(?:\s+(?!at\b)[a-z'-]+){{0,4}}?)\s+at\s+"
    rf"((?P<furniture>(?:the|a|an|his|her|their|my|our|your)\s+(?:[a-z-]+\s+){{0,2}}?(?:table|desk|counter))\b"
    r"(?:\s+with\s+(?:a|an|the|some|two|three)\s+[a-z-]+(?:\s+and\s+(?:a|an|the|some)\s+[a-z-]+)?)?)",
    re.IGNORECASE,
)
#: Words that already say how one is (standing, sitting, lying): the activity keeps them.
_POSED = re.compile(
    r"\b(?:sit|sits|sitting|seated|stand|stands|standing|lying|leaning|kneeling)\b", re.IGNORECASE
)


def _sit_to_work(text: str) -> str:
    """One doing something at a table sits there: "two friends drinking coffee at a cafe table" →
    "two friends sitting at a cafe table drinking coffee" (the table's "with a lamp" goes with it),
    "a man working at a desk" → "a man sitting each on a chair working at a desk"."""
    if not may_have(text, _AT) or _POSED.search(text):
        return text  # no "at": nothing done at a table (one set lookup, not a search)
    return _AT_WORK.sub(_at_work, text)


def _at_work(match: re.Match[str]) -> str:
    """Several sit around a table and then do it; one keeps doing it "at" the desk (working at a desk
    touches it), seated on a chair of its own."""
    activity, place = match.group(1), match.group(2)
    if _around(match, match.group("furniture")):
        return f"sitting at {place} {activity}"
    return f"sitting each on a chair {activity} at {place}"


#: The verbs of :data:`_MEAL` (a text with none of them names no meal).
_MEAL_VERBS = frozenset({"having", "has", "have", "eating", "eats", "eat", "enjoying", "enjoys"})
#: A meal eaten with no table named ("a family having breakfast in the kitchen"): at a table.
_MEAL = re.compile(
    r"\b(?:having|has|have|eating|eats|eat|enjoying|enjoys)\s+(?:(?:a|an|the|their|his|her|our)\s+)?"
    r"(?:family\s+)?(?:breakfast|brunch|lunch|dinner|supper|meal|afternoon\s+tea|tea)\b",
    re.IGNORECASE,
)
#: Words that say where a meal is eaten already (a table, a picnic, a bed, a sofa, a campfire…).
_SERVED = re.compile(
    r"\b(?:tables?|desks?|counters?|bars?|picnics?|blankets?|beds?|sofas?|couch(?:es)?|benche?s?|grass|"
    r"campfires?|floor|ground|lap|trays?|car|train|plane|boat|beach)\b",
    re.IGNORECASE,
)


def _meal_at_table(text: str) -> str:
    """A meal with no table or place for it named is eaten sitting at a table."""
    if not may_have(text, _MEAL_VERBS) or _POSED.search(text) or _SERVED.search(text):
        return text
    return _MEAL.sub(lambda m: f"sitting at a table {m.group(0)}", text, count=1)


#: A game played at a table ("two old men playing chess in the park"), and where else it may be played.
_GAME = re.compile(
    r"\b(?:playing|plays|play)\s+(?:(?:a|some)\s+(?:game\s+of\s+)?)?(?:chess|checkers|draughts|backgammon|cards|"
    r"dominoes|scrabble|monopoly|mahjong|board\s+games?|card\s+games?)\b",
    re.IGNORECASE,
)
_PLAYED_ON = re.compile(
    r"\b(?:floor|ground|grass|blankets?|rugs?|carpet|beds?|laps?|boards?|chessboards?)\b", re.IGNORECASE
)


def _game_at_table(text: str) -> str:
    """A board or card game with no table or other place for it named is played sitting at a table:
    "an old man playing chess in the park" → "… sitting at a table playing chess in the park"."""
    if "play" not in text.lower() or _POSED.search(text) or _SERVED.search(text) or _PLAYED_ON.search(text):
        return text
    return _GAME.sub(lambda m: f"sitting at a table, {m.group(0)}", text, count=1)


def _sit_at(text: str) -> str:
    """A chair for each one sitting at a table, desk, counter or bar."""
    return _SITTING_AT.sub(_seat, text) if may_have(text, _AT) else text


def seat_at_tables(text: str) -> str:
    """``text`` with a chair for each one sitting at a table (see the module), when no seat is named."""
    if _SEATS.search(text):
        return text
    return _sit_at(_sit_to_work(_meal_at_table(_game_at_table(text))))


__all__ = ["seat_at_tables"]
