"""Lexemes: the longest known phrase at each position of a sentence's tokens.

The phrase table is the lexicon's (:mod:`limner.reason.vocab`) plus the grammar tables the parser reads:
verb frames (``verbs.tsv``, :mod:`limner.reason.frames`) and count edits (``count_edits.tsv``,
:mod:`limner.reason.counts`). An unknown word one edit from a known noun reads as that noun
(:mod:`limner.reason.typos`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from limner.assets.anchors import WORN_AT
from limner.reason.coat_colour import coat_colour
from limner.reason.company_places import places_by_company
from limner.reason.concepts import is_a
from limner.reason.counts import count_edits
from limner.reason.frames import frames
from limner.reason.pet_forms import pet_form
from limner.reason.run_together import split_glued
from limner.reason.segment import Token
from limner.reason.typos import colour_slip, correct
from limner.reason.vocab import Lexicon, Tag, context_noun
from limner.reason.wordlists import word_set, word_table


@dataclass(frozen=True)
class Lexeme:
    text: str
    tags: tuple[Tag, ...]
    kind: str = "phrase"  # "phrase", "punct", "quote", "word" (unknown)
    quote: int = -1

    def has(self, kind: str) -> bool:
        for t in self.tags:  # noqa: SIM110 (a loop, not a generator: asked of every lexeme, often)
            if t.kind == kind:
                return True
        return False

    def tag(self, kind: str) -> Tag:
        for t in self.tags:
            if t.kind == kind:
                return t
        raise StopIteration


def lexemes_of(tokens: tuple[Token, ...], lex: Lexicon, notes: list[str] | None = None) -> list[Lexeme]:
    """Longest-match the lexicon over runs of words; punctuation and quotes pass through.

    An unknown word one edit from a known noun reads as that noun (noted in ``notes``).
    """
    out: list[Lexeme] = []
    i = 0
    n = len(tokens)
    max_len = max(lex.max_len, frames().max_len, count_edits().max_len)
    texts = tuple(t.text for t in tokens)  # sliced for each phrase tried, not rebuilt token by token
    while i < n:
        token = tokens[i]
        if token.kind == "punct":
            out.append(Lexeme(token.text, (), kind="punct"))
            i += 1
            continue
        if token.kind == "quote":
            out.append(Lexeme("", (), kind="quote", quote=token.quote))
            i += 1
            continue
        if _own_part(tokens, i, lex):  # "a dog with a stick in its mouth": part of the dog, no thing
            part = _part_noun(tokens[i + 1], lex)
            if notes is not None:
                notes.append(f"'{token.text} {tokens[i + 1].text}': part of a thing named, not one more")
            if out and _gesture_verb(out[-1]):  # "an elephant raising its trunk": what the owner does
                gesture = f"{out[-1].text} {token.text} {tokens[i + 1].text}"
                out[-1] = Lexeme(gesture, (Tag("gesture", gesture),))
                i += 2
                continue
            them = _OWNER_PRONOUNS.get(token.text)
            if part not in _holding_parts() and them is not None and out and _rests_on(out[-1]):
                # "a parrot on his shoulder": on him (a bare "on" says where the thing just named is)
                if out[-1].text in ("on", "upon"):
                    out[-1] = Lexeme(out[-1].text, (Tag("rel", "on"),))
                out.append(Lexeme(them, (Tag("prons" if them == "them" else "pron", them),)))
                i += 2
                continue
            if out and (out[-1].has("rel") or out[-1].has("frame")):
                out.pop()
            if part in _holding_parts():  # the thing before it is held ("with a stick in its mouth")
                out.append(Lexeme(f"{token.text} {tokens[i + 1].text}", (Tag("held", part),)))
            i += 2
            continue
        if _part_colour(tokens, i, lex):  # "a blue-eyed husky": the eyes are blue, not the husky
            if notes is not None:
                notes.append(f"'{token.text} {tokens[i + 1].text}': the colour of a part, not the thing")
            i += 2
            continue
        possessive = token.text.endswith(("'s", "’s"))
        worn = _worn_by_owner(tokens, i, lex) if possessive and _placed_on(out) else None
        if worn is not None:  # "a bird on the farmer's hat": on the hat the farmer wears
            if notes is not None:
                notes.append(f"'{token.text} {tokens[i + 1].text}': the {worn[-1].text} wears it")
            out.extend(worn)
            i += 2
            continue
        owner = _owner(tokens, i, lex)
        if owner is not None:  # "a parrot on a man's shoulder": on the man
            if notes is not None:
                notes.append(f"'{token.text} {tokens[i + 1].text}': the {owner.text} is the thing")
            k = len(out) - 1
            while k >= 0 and out[k].text in DETERMINERS:
                k -= 1
            part = _part_noun(tokens[i + 1], lex)
            joint = word_table("owned_part_frames").get(f"{out[k].text} {part}") if k >= 0 else None
            if joint is not None:  # "a father holding his son's hand": holding hands with the son
                out[k] = Lexeme(joint, (Tag("frame", joint),))
            out.append(owner)
            i += 2
            continue
        end = i
        while end < n and end - i < max_len and tokens[end].kind == "word":
            end += 1
        for length in range(end - i, 0, -1):
            key = texts[i : i + length]
            tags = _lookup(lex, key)
            head = key[:1]
            if tags and length > 1 and head in frames().derived and _verb_fits(head, tokens, i + 1, out, lex):
                continue  # "two girls ride horses": the verb, no compound "ride horse"
            if tags and key in frames().derived:  # "a dog that chased a cat": the verb, no noun "chased"
                fits = _verb_fits(key, tokens, i + length, out, lex)
                tags = tuple(t for t in tags if t.kind == "frame") if fits else lex.phrases.get(key)
            if tags and length > 1 and _opens_place(tokens, i + length - 1, lex) and _lookup(lex, key[:-1]):
                continue  # "sleeping in front of a fire": "sleeping", then "in front of"
            if length > 1 and _article_before(out) and tags and all(t.kind == "frame" for t in tags):
                continue  # "a painting on the wall": a thing after its article, not "painting on"
            if tags:
                after = i + length
                if after < n and tokens[after].kind == "word" and (tokens[after].text,) not in lex.phrases:
                    fixed = correct(tokens[after].text, lex)  # "teddy baer": the phrase "teddy bear"
                    longer = lex.phrases.get((*key, fixed)) if fixed is not None else None
                    if longer and fixed is not None:
                        if notes is not None:
                            notes.append(f"typo: '{tokens[after].text}' read as '{fixed}'")
                        key, tags, length = (*key, fixed), longer, length + 1
                out.append(Lexeme(" ".join(key), tags))
                i += length
                break
        else:
            word = token.text
            nxt = tokens[i + 1] if i + 1 < n and tokens[i + 1].kind == "word" else None
            fixed_next = correct(nxt.text, lex) if nxt is not None else None
            pair = lex.phrases.get((word, fixed_next)) if fixed_next is not None else None
            if pair and nxt is not None and fixed_next is not None:  # "hot dgo": the phrase "hot dog"
                if notes is not None:
                    notes.append(f"typo: '{nxt.text}' read as '{fixed_next}'")
                out.append(Lexeme(f"{word} {fixed_next}", pair))
                i += 2
                continue
            pet = pet_form(word, lex)
            if pet is not None:  # "a doggo", "a froggy": the animal
                if notes is not None:
                    notes.append(f"'{word}' read as '{pet[0].value}'")
                out.append(Lexeme(word, pet))
                i += 1
                continue
            glued = split_glued(word, lex)
            if glued is not None:  # "a redcar", "threecats": two words run together
                if notes is not None:
                    notes.append(f"'{word}' read as '{glued[0]} {glued[1]}'")
                out.extend(Lexeme(part, lex.phrases[(part,)]) for part in glued)
                i += 1
                continue
            fixed = correct(word, lex)
            if fixed is None and fixed_next is None and nxt is not None and _names_thing(lex, nxt.text):
                fixed = colour_slip(word, lex)  # "a wite rabbit": the colour before the thing
            if fixed is not None:
                if notes is not None:
                    notes.append(f"typo: '{word}' read as '{fixed}'")
                out.append(Lexeme(fixed, lex.phrases[(fixed,)]))
                i += 1
                continue
            kind = "stop" if word in lex.stopwords else "word"
            out.append(Lexeme(word, (), kind=kind))
            i += 1
    return places_by_company(_actions(_modals(_both_the(_without_parts(out, lex))), lex), lex)


def _both_the(out: list[Lexeme]) -> list[Lexeme]:
    """ "both the cat and the dog": "both" joins the two things named, no count of two for the first
    ("both the boys" stays two boys)."""
    return [
        Lexeme(lx.text, (), kind="stop") if lx.text == "both" and _joins(out, i + 1) else lx
        for i, lx in enumerate(out)
    ]


def _joins(out: list[Lexeme], j: int) -> bool:
    """Whether ``out[j]`` is "the" (or "my", "his" …) and an "and" follows in the same clause."""
    if j >= len(out) or not out[j].has("def"):
        return False
    for lx in out[j + 1 :]:
        if lx.kind == "punct":
            return False
        if lx.text == "and":
            return True
    return False


def _opens_place(tokens: tuple[Token, ...], j: int, lex: Lexicon) -> bool:
    """Whether the word at ``j`` opens a longer place phrase ("in front of", "on top of")."""
    for length in range(3, 1, -1):
        key = tuple(t.text for t in tokens[j : j + length] if t.kind == "word")
        if len(key) == length and any(t.kind == "rel" for t in lex.phrases.get(key, ())):
            return True
    return False


def _names_thing(lex: Lexicon, word: str) -> bool:
    return any(t.kind == "noun" for t in lex.phrases.get((word,), ()))


#: Modal verbs that are also things ("a can of soda"), and the words after which they are the verb.
MODALS = frozenset({"can"})
_ASKED = frozenset({"you", "u", "i", "we", "ya", "someone", "anyone", "somebody", "anybody"})


def _modals(out: list[Lexeme]) -> list[Lexeme]:
    """ "can you draw a cat", "a cat can jump": "can" is the verb there, not a tin can."""
    for i, lx in enumerate(out):
        if lx.text not in MODALS or not lx.has("noun") or i + 1 >= len(out):
            continue
        after = out[i + 1]
        asked = after.text in _ASKED
        verb = i > 0 and out[i - 1].has("noun") and (after.kind in ("stop", "word") or after.has("frame"))
        if asked or verb:
            out[i] = Lexeme(lx.text, (), kind="stop")
    return out


def _without_parts(out: list[Lexeme], lex: Lexicon) -> list[Lexeme]:
    """ "a husky with blue eyes", "a girl with long red hair": after a thing, "with" and its own body
    parts describe it; the parts are no things of their own (and their colour is not the thing's)."""
    kept: list[Lexeme] = []
    i = 0
    while i < len(out):
        lx = out[i]
        if lx.text == "with" and kept and _thing(kept[-1], lex):
            j = i + 1
            while j < len(out) and out[j].tags and all(t.kind in _PART_MODIFIERS for t in out[j].tags):
                j += 1
            if j + 1 < len(out) and out[j].has("noun") and out[j + 1].has("noun"):
                nxt = out[j + 1].tag("noun").value
                j += int(_is_part(nxt, lex))  # "a snowman with a carrot nose": a nose of carrot
            part = out[j] if j < len(out) else None
            counted = any(out[k].has("num") for k in range(i + 1, j))  # "with a feather", not "with fur"
            host = kept[-1] if counted else None
            if part is not None and part.has("noun") and _is_part(part.tag("noun").value, lex, host):
                kept[len(kept) - 1 : len(kept) - 1] = coat_colour(kept, out[i + 1 : j], part, lex)
                i = j + 1
                if i + 1 < len(out) and out[i].text == "and" and not out[i + 1].has("pron"):
                    kept.append(lx)  # "with blue eyes and a red hat": "with a red hat"
                    i += 1
                continue
        kept.append(lx)
        i += 1
    return kept


def _thing(lx: Lexeme, lex: Lexicon) -> bool:
    """A noun, or a word WordNet knows as a thing where a noun goes ("a white husky")."""
    return lx.has("noun") or (lx.kind == "word" and context_noun(lex, lx.text, coloured=True) is not None)


#: What may stand between "with" and a body part ("with two big blue eyes").
_PART_MODIFIERS = frozenset({"color", "size", "num", "material"})


def _is_part(noun: str, lex: Lexicon, host: Lexeme | None = None) -> bool:
    """A body part, or a body covering ("feathers", "fur"), unless a counted covering is on a ``host``
    worn or made ("a hat with a feather": a feather of its own on the hat)."""
    info = lex.nouns.get(noun)
    if info is None:
        return False
    if info.category == "body":
        return True
    return is_a(noun, "body covering") and (host is None or not _worn_or_made(host, lex))


def _worn_or_made(host: Lexeme, lex: Lexicon) -> bool:
    """Whether ``host`` names a thing worn or made (clothing, furniture …), which a covering decorates."""
    info = lex.nouns.get(host.tag("noun").value) if host.has("noun") else None
    return info is not None and info.category in _MADE_CATEGORIES


#: Categories of things a feather or fur decorates rather than grows on.
_MADE_CATEGORIES = frozenset({"clothing", "accessory", "household", "furniture", "toy", "tool"})


@cache
def _holding_parts() -> frozenset[str]:
    """Body parts that hold what is in them (``words.json``): mouth, hand, paw, beak …"""
    data = resources.files("limner.reason").joinpath("lexicon", "words.json").read_text(encoding="utf-8")
    return frozenset(json.loads(data).get("holding_parts", []))


#: "-ed" words of a body part: a colour before one ("blue-eyed", "red-haired") is the part's colour.
PART_WORDS = frozenset(
    {
        "eyed", "haired", "skinned", "nosed", "bellied", "throated", "breasted", "winged", "tailed",
        "legged", "footed", "billed", "headed", "faced", "cheeked", "lipped", "maned", "finned", "crested",
    }
)  # fmt: skip


def _part_colour(tokens: tuple[Token, ...], i: int, lex: Lexicon) -> bool:
    """Whether token ``i`` is a colour of a part named by the next token ("blue-eyed")."""
    if i + 1 >= len(tokens) or tokens[i + 1].text not in PART_WORDS or tokens[i].kind != "word":
        return False
    tags = lex.phrases.get((tokens[i].text,))
    return tags is not None and len(tags) > 0 and tags[0].kind == "color"


#: Possessive pronouns: "its mouth", "her hair" name a part of a thing already named.
POSSESSIVES = frozenset({"his", "her", "its", "their", "my", "your", "our"})


def _body_part(token: Token, lex: Lexicon, owned: bool = False) -> bool:
    """Whether ``token`` names a body part; ``owned``: after a possessive, where "its trunk" and "his
    horns" are parts too, though alone they are things."""
    if owned and token.kind == "word" and token.text in word_set("owned_parts"):
        return True
    tags = lex.phrases.get((token.text,)) if token.kind == "word" else None
    return tags is not None and len(tags) > 0 and tags[0].kind == "noun" and _is_part(tags[0].value, lex)


def _part_noun(token: Token, lex: Lexicon) -> str:
    """The part a body-part word names: the lexicon's noun, or the word itself ("horns")."""
    tags = lex.phrases.get((token.text,))
    if token.text in word_set("owned_parts") or not tags:
        return token.text
    return tags[0].value


def _own_part(tokens: tuple[Token, ...], i: int, lex: Lexicon) -> bool:
    """Whether tokens ``i``, ``i + 1`` are a possessive pronoun and a body part ("in its mouth")."""
    possessive = tokens[i].text in POSSESSIVES and i + 1 < len(tokens)
    return possessive and _body_part(tokens[i + 1], lex, owned=True)


#: Body parts the lexicon leaves untagged, for the word has other senses ("back": "go back", "back
#: door"); after a possessive noun ("his father's back"), and before no noun, they are the part.
_UNTAGGED_PARTS = frozenset({"back", "backs"})


def _owner(tokens: tuple[Token, ...], i: int, lex: Lexicon) -> Lexeme | None:
    """ "a man's shoulder", "the girl's lap": a thing's body part stands for the thing (the owner's
    lexeme), for the part is drawn as part of it. None unless a possessive noun precedes a body part."""
    word = tokens[i].text
    if tokens[i].kind != "word" or not word.endswith(("'s", "’s")) or i + 1 >= len(tokens):
        return None
    stem = word[:-2]
    tags = lex.phrases.get((stem,))
    if not tags or tags[0].kind != "noun":
        return None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    untagged = tokens[i + 1].text in _UNTAGGED_PARTS and (after is None or (after.text,) not in lex.phrases)
    if not (_body_part(tokens[i + 1], lex, owned=True) or untagged):
        return None
    return Lexeme(stem, tags)


def _gesture_verb(lexeme: Lexeme) -> bool:
    """Whether ``lexeme`` is one -ing verb done with a body part ("wagging", "raising", "brushing"),
    not a relation ("sitting on") nor a thing of its own."""
    if " " in lexeme.text or not lexeme.text.endswith("ing") or len(lexeme.text) < 5:
        return False
    return lexeme.kind == "word" or all(t.kind in ("noun", "filler", "action", "frame") for t in lexeme.tags)


#: Possessive pronouns and the pronoun of their owner ("on his shoulder": on him).
_OWNER_PRONOUNS = {"his": "him", "her": "her", "its": "it", "their": "them"}


def _rests_on(lexeme: Lexeme) -> bool:
    """Whether ``lexeme`` is "on" or a verb of resting on ("perched on")."""
    if lexeme.has("frame"):
        found = frames().get(lexeme.tag("frame").value)
        return found is not None and found.predicate == "on"
    return lexeme.has("rel") and lexeme.tag("rel").value in ("on", "on top of")


def _placed_on(out: list[Lexeme]) -> bool:
    """Whether the lexemes read so far end with "on" (or a verb of resting on) and an article: what
    follows is what something rests on ("a bird perched on the …")."""
    k = len(out) - 1
    while k >= 0 and (out[k].has("def") or out[k].has("num")):
        k -= 1
    return k >= 0 and _rests_on(out[k])


def _worn_by_owner(tokens: tuple[Token, ...], i: int, lex: Lexicon) -> tuple[Lexeme, ...] | None:
    """ "on the farmer's hat", "on a dog's collar": a worn thing of a person or an animal something rests
    on, read as "the hat worn by the farmer" (the thing, then the one who wears it). None unless a
    possessive noun of a person or an animal precedes a worn thing."""
    word = tokens[i].text
    if tokens[i].kind != "word" or not word.endswith(("'s", "’s")) or i + 1 >= len(tokens):
        return None
    owner = lex.phrases.get((word[:-2],))
    thing = lex.phrases.get((tokens[i + 1].text,)) if tokens[i + 1].kind == "word" else None
    if not owner or owner[0].kind != "noun" or not thing or thing[0].kind != "noun":
        return None
    info, worn = lex.nouns.get(owner[0].value), lex.nouns.get(thing[0].value)
    if info is None or info.category not in ("person", "animal"):
        return None
    if thing[0].value.rsplit(" ", 1)[-1] not in WORN_AT and (worn is None or worn.category != "clothing"):
        return None
    by = Lexeme("worn by", (Tag("frame", "worn by"),))
    return Lexeme(tokens[i + 1].text, thing), by, Lexeme(word[:-2], owner)


#: Words that open a noun phrase: after "a mechanic fixing", "the" or "a" starts the verb's object.
DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "my", "your", "our", "some", "this"})


def _actions(out: list[Lexeme], lex: Lexicon) -> list[Lexeme]:
    """ "a mechanic fixing a car", "two kids building a sandcastle": an -ing word no frame knows, between
    a thing and the start of another noun phrase, is a verb (an ``action``), not a thing ("building",
    "painting") nor an unknown word that swallows the thing before it. Its object is a thing of its own;
    no relation is made (the verb tables say which verbs make one)."""
    for i in range(1, len(out)):
        lx, before = out[i], out[i - 1]
        after = out[i + 1] if i + 1 < len(out) else None
        if not lx.text.endswith("ing") or len(lx.text) < 6 or " " in lx.text:
            continue
        if not (lx.kind == "word" or (lx.tags and all(t.kind in ("noun", "filler") for t in lx.tags))):
            continue
        named = after is not None and (after.text in DETERMINERS or after.has("num") or after.has("noun"))
        # "a grandmother knitting in a rocking chair": a person doing something, then where
        placed = (
            after is None or after.has("rel") or after.has("frame") or after.kind == "punct"
        ) and _person(before, lex)
        if (named and _thing(before, lex)) or placed:
            out[i] = Lexeme(lx.text, (Tag("action", lx.text),))
    return out


def _person(lx: Lexeme, lex: Lexicon) -> bool:
    info = lex.nouns.get(lx.tag("noun").value) if lx.has("noun") else None
    return info is not None and info.category == "person"


def _verb_fits(
    key: tuple[str, ...], tokens: tuple[Token, ...], after: int, out: list[Lexeme], lex: Lexicon
) -> bool:
    """Whether a verb form spelt from an "-ing" row (:mod:`limner.reason.inflect`) reads as a verb here:
    not after an article, a count, a colour or a size, and followed by its object ("watches a bird",
    "chased the cat", "fixes bikes") or by its own preposition ("pulled by", "sat on")."""
    if key in frames().bare and not (out and (_plural_noun(out[-1]) or out[-1].text in _PLURAL_DOERS)):
        return False  # "two kids ride bikes", "three vases each hold a rose"; not "a ride", "a swing set"
    relative = len(out) > 1 and out[-1].text == "that" and out[-2].has("noun")  # "a dog that chased"
    if (_article_before(out) and not relative) or (out and (out[-1].has("color") or out[-1].has("size"))):
        return False
    if len(key) > 1:
        return True
    if after >= len(tokens) or tokens[after].kind != "word":
        return False
    nxt = tokens[after].text
    return nxt in _OBJECT_PRONOUNS or any(
        t.kind in ("num", "def", "noun", "color", "size") for t in lex.phrases.get((nxt,), ())
    )


#: Words a bare verb form follows besides a plural noun ("they ride", "each hold").
_PLURAL_DOERS = frozenset({"they", "we", "each", "all", "both"})


def _plural_noun(lx: Lexeme) -> bool:
    return lx.has("noun") and lx.tag("noun").plural


#: Pronouns that stand for a verb's object ("chased it").
_OBJECT_PRONOUNS = frozenset({"it", "him", "her", "them"})


def _article_before(out: list[Lexeme]) -> bool:
    """Whether the last lexeme read is an article or a count ("a", "the", "two"): a noun follows."""
    return bool(out) and (out[-1].has("num") or out[-1].has("def"))


def _lookup(lex: Lexicon, key: tuple[str, ...]) -> tuple[Tag, ...] | None:
    """The lexicon's tags for a phrase, plus a ``frame`` tag when ``verbs.tsv`` knows it."""
    tags = lex.phrases.get(key)
    frame = frames().lookup(key)
    edit = count_edits().phrases.get(key)
    if frame is None and edit is None:
        return tags
    extra: list[Tag] = [Tag("frame", frame.phrase)] if frame is not None else []
    if edit is not None:
        extra.append(Tag("countedit", edit.phrase))
    return (*(tags or ()), *extra)


__all__ = ["Lexeme", "lexemes_of"]
