"""Things people are named after: "a drummer" plays a drum, "a cyclist riding down a road" rides a
bicycle, "a photographer" holds a camera.

A person named by what they do with a thing was drawn as a person with empty hands. Each row of
``agent_tools`` (``lexicon/words.json``) lists a doer's noun forms and the words that draw the thing
("each riding a bicycle"). The words go right after the noun; where the noun's own verb follows
with no object ("a cyclist riding down a road"), the thing becomes that verb's object ("riding a
bicycle down a road"). Nothing is added when the prompt names the thing (any of the lexicon's names
for it: "a cyclist on his bike"), when the verb has an object of its own ("a jockey riding a
camel"), or where the noun is part of another ("a barber's chair", "a barber shop"). The
words are added to the working text, as :mod:`limner.reason.implied_props` adds an activity's props.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from limner.reason.vocab import lexicon
from limner.reason.wordlists import word_table

#: Words that open an object right after a verb ("riding a camel", "playing the drums").
_DETERMINERS = frozenset(
    {
        "a",
        "an",
        "the",
        "his",
        "her",
        "their",
        "its",
        "my",
        "your",
        "our",
        "two",
        "three",
        "some",
        "this",
        "that",
    }
)
_WORD = re.compile(r"[a-z']+")
#: Words between a doer and its verb ("the cyclist is riding").
_COPULAS = frozenset({"is", "are", "was", "were"})
#: Verbs a doer may do to more than one thing at once ("a fisherman holding a fish" still holds a rod).
_SHARED = frozenset({"holding", "next"})


_NEXT_WORD = re.compile(r"\s*[A-Za-z'-]+")


def _next_word_end(text: str, at: int) -> int:
    """Where the word after ``at`` ends (``at`` itself at the end of ``text``)."""
    found = _NEXT_WORD.match(text, at)
    return found.end() if found is not None else at


@dataclass(frozen=True)
class _Tool:
    #: The doer's noun forms, as one pattern (the word after it captured).
    pattern: re.Pattern[str]
    #: The words that draw the thing ("each riding a bicycle"), its verb ("riding") and object ("a bicycle").
    words: str
    verb: str
    thing: str
    #: The lexicon noun the thing is (for names of it the prompt may use).
    noun: str


def _noun_of(words: str) -> str:
    """The lexicon noun ``words`` name ("a lawn mower" → lawn mower), or its last word."""
    key = tuple(w for w in words.lower().split() if w not in _DETERMINERS)
    for tag in lexicon().phrases.get(key, ()):
        if tag.kind == "noun":
            return tag.value
    return key[-1]


@cache
def _tools() -> tuple[_Tool, ...]:
    tools = []
    for forms, words in sorted(word_table("agent_tools").items()):
        names = "|".join(re.escape(f) for f in sorted(forms.split("|"), key=lambda f: (-len(f), f)))
        pattern = re.compile(rf"\b(?:{names})\b(?!')(?:\s+([A-Za-z'-]+))?", re.IGNORECASE)
        action = words.removeprefix("each ").split()
        verb, thing = action[0], " ".join(action[1:])
        tools.append(_Tool(pattern, words, verb, thing, _noun_of(thing)))
    return tuple(tools)


@cache
def _doer_words() -> frozenset[str]:
    """The last word of each doer's noun: most prompts have none, and one set look says so."""
    return frozenset(f.rsplit(" ", 1)[-1] for row in word_table("agent_tools") for f in row.split("|"))


def _named(text: str, tool: _Tool) -> bool:
    """Whether ``text`` names the tool already, by any of the lexicon's names for it."""
    tokens = _WORD.findall(text.lower())
    phrases = lexicon().phrases
    for n in (1, 2, 3):
        for i in range(len(tokens) - n + 1):
            key = tuple(tokens[i : i + n])
            if any(tag.kind == "noun" and tag.value == tool.noun for tag in phrases.get(key, ())):
                return True
    head = tool.noun.rsplit(" ", 1)[-1]
    return re.search(rf"\b{re.escape(head)}(?:s|es)?\b", text, re.IGNORECASE) is not None


def _noun(word: str) -> bool:
    return any(tag.kind == "noun" for tag in lexicon().phrases.get((word.lower(),), ()))


def _equip(text: str, tool: _Tool) -> str:
    """``text`` with the tool given to the first of its doers who lacks one."""
    match = tool.pattern.search(text)
    if match is None:
        return text
    after = match.group(1)
    noun_end = match.end() if after is None else match.start(1)
    if _named(text[: match.start()] + " " + text[noun_end:], tool):  # not "basketball player"'s own word
        return text
    if after is None:
        return f"{text[: match.end()]} {tool.words}{text[match.end() :]}"
    verb = match.end(1)
    if after.lower() in _COPULAS:  # "the cyclist is riding down the hill"
        verb = _next_word_end(text, verb)
        after = text[match.end(1) : verb].strip()
    if after.lower() == tool.verb and tool.verb not in _SHARED:
        rest = text[verb:].split(None, 1)
        if rest and rest[0].lower() in _DETERMINERS:
            return text  # "a jockey riding a camel": the verb has an object of its own
        return f"{text[:verb]} {tool.thing}{text[verb:]}"
    if _noun(after):
        return text  # "a barber shop", "a fisherman hut": the doer names another thing
    at = match.start(1) - 1
    return f"{text[:at]} {tool.words}{text[at:]}"


def add_tools(text: str) -> str:
    """``text`` with the things its doers are named after (see the module)."""
    if _doer_words().isdisjoint(_WORD.findall(text.lower())):
        return text
    for tool in _tools():
        text = _equip(text, tool)
    return text


__all__ = ["add_tools"]
