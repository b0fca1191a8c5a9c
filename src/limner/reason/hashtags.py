"""Hashtags are list items: "#cat #sofa #cozy" names a cat and a sofa, not a "cat sofa", and "sunset
beach #dog" a dog at a sunset beach, not a "beach dog". Neighbouring tags, and the run of tags that
ends a prompt, are set apart by commas; a tag inside a phrase ("a #cat on a rug", "on the #beach") is
its word; a hex colour ("#ff8800") is no tag. A camel-cased tag is split into its words
("#GoldenRetriever": "golden retriever")."""

from __future__ import annotations

import re

_TAG = re.compile(r"#([^\W\d_][^\W_]*)([.,;:!?]*)$")
_HEX = re.compile(r"(?:[0-9a-fA-F]{3}){1,2}$")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
#: Words after which a tag is the phrase's own noun ("on a #beach", "with my #dog").
_OPENERS = frozenset(
    {"a", "an", "the", "my", "our", "your", "his", "her", "their", "its", "this", "that", "some"}
    | {"two", "three", "four", "on", "in", "at", "with", "of", "by", "near", "under", "over", "and", "or"}
)


def hashtags_as_items(text: str) -> str:
    """``text`` with each hashtag read as a list item or a word (see the module)."""
    if "#" not in text:
        return text
    words = text.split(" ")
    tags = [_TAG.match(w) for w in words]
    tail = len(words)
    while tail > 0 and tags[tail - 1] is not None:
        tail -= 1
    out: list[str] = []
    for k, (word, tag) in enumerate(zip(words, tags, strict=True)):
        if tag is None or _HEX.match(tag.group(1)):
            out.append(word)  # "#ff8800": a colour, no tag
            continue
        item = _CAMEL.sub(" ", tag.group(1)) + tag.group(2)
        prev = words[k - 1].lower() if k else ""
        apart = k > 0 and (tags[k - 1] is not None or (k >= tail and prev not in _OPENERS))
        if apart and out and not out[-1].endswith((",", ".", ";", ":", "!", "?")):
            out[-1] += ","
        out.append(item)
    return " ".join(out)


__all__ = ["hashtags_as_items"]
