"""Parser rules for things: a noun phrase completed into a mention (new, a correction of an earlier one,
the object of a relation, the target of an edit), pronouns and "one" ("the red one", "a blue one"), and
subset mentions of a group ("two of them", "the rest")."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from limner.reason.concepts import category, concept, is_a
from limner.reason.grammar import PUT_WORDS
from limner.reason.lexemes import Lexeme
from limner.reason.mentions import LOOKUP, LOOKUP_ANY, RECOUNT, Mention, NounPhrase
from limner.reason.setting import setting_row
from limner.reason.vocab import COMPOUND_VERBS, Tag
from limner.reason.whole_plurals import one_pair, whole_plural, worn_plural

if TYPE_CHECKING:
    from limner.reason.parse import SentenceParser


#: Quantifiers that, before a singular noun, measure a substance rather than count things.
MASS_QUANTIFIERS = frozenset({"some", "lots of", "a lot of", "plenty of", "much"})
#: Heaps that, before a substance, are one lot of it ("a pile of sand", "a lump of clay"); before
#: things, a number of them ("a pile of books").
HEAPS = frozenset(
    {"a pile of", "pile of", "a heap of", "heap of", "a lump of", "lump of", "a mound of", "mound of"}
)


#: Relations whose object "and" extends ("wearing a hat and a scarf"): a thing worn, held or carried,
#: never a figure ("a girl holding a kite and a boy …" names a second doer).
SHARED_OBJECTS = frozenset({"wears", "holds", "carries"})


def _share_object(p: SentenceParser, mention: Mention) -> None:
    last = next((op for op in reversed(p.ops) if op.kind == "relation"), None)
    if last is None or last.other is None or last.other is not p.last or last.predicate not in SHARED_OBJECTS:
        return
    info = p.lex.nouns.get(mention.noun or "")
    if (
        info is None
        or info.category in ("person", "animal")
        or (last.frame is not None and last.frame.inverse)
    ):
        return  # (a frame-less "with" shares too: "a snowman with a scarf and a top hat")
    p.ops.append(dataclasses.replace(last, other=mention))
    p.objects.add(mention.index)


def _amount(p: SentenceParser, word: str) -> bool:
    """Whether "some WORD" is an amount, drawn once: a substance ("some water"), or a wider word WordNet
    knows as no countable thing ("some money")."""
    return is_a(word, "substance") or (word in p.lex.wider and concept(word) is None)


def _uncounted(p: SentenceParser, np: NounPhrase, word: str) -> bool:
    """Whether "some WORD" (or "much WORD") with a singular noun names one lot of it ("some silverware",
    "some luggage", "some kale"): English counts things with their plural, so a singular after "some"
    is a mass. Not a living thing, whose plural may be the singular ("some sheep", "some fish")."""
    info = p.lex.nouns.get(word) or p.lex.nouns.get(p.lex.wider.get(word, ""))
    if np.count_word not in ("some", "much") or info is None:
        return False
    # "some dice": the plural of another form the row lists ("die"), a number of things; food stays a
    # lot of it ("some noodles")
    plural = any(t.kind == "noun" and t.plural and t.extra != word for t in p.lex.phrases.get((word,), ()))
    if plural and info.category != "food":
        return False
    return info.category not in KIND_LIVING and not is_a(word, "organism.n.01")


def noun(p: SentenceParser, lx: Lexeme) -> None:
    tag = lx.tag("noun")
    bare = p.np is None and not tag.plural and p.rel is None
    np = p.np or NounPhrase()
    p.np = None
    if p.each_count is not None and np.count_word in ("a", "an", "one") and not tag.plural:
        np.count = p.each_count  # "each with a balloon": a balloon for each
    p.each_count = None
    if bare and any(m.noun == tag.value and not m.negated for m in p.mentions):
        np.definite = True  # "a giraffe next to a zebra, giraffe on the left": that giraffe
    moved = p.rel is not None and p.rel.value == "move" and not tag.plural and (np.count or 1) == 1
    earlier = [m for m in p.mentions if m.pronoun is None]  # none: the place was said sentences before
    if moved and (not earlier or any(m.noun == tag.value and m.index in p.objects for m in earlier)):
        np.definite = True  # "a dog next to a tree, sorry, behind a tree": the same tree
    placed_again = p.corrected and p.rel is not None and p.rel_waiting == 1 and (np.count or 1) == 1
    if placed_again and not tag.plural and any(m.noun == tag.value and m.index in p.objects for m in earlier):
        np.definite = True  # "a cat on a mat, no sorry, a dog on a mat": the same mat
    word = tag.extra or tag.value
    heap = np.count_word in HEAPS and _amount(p, word)  # "a pile of sand": one lot of it
    if heap or (
        np.count_word in MASS_QUANTIFIERS and not tag.plural and (_amount(p, word) or _uncounted(p, np, word))
    ):
        np.count = 1  # "some water", "lots of rice": one portion, not three waters
        p.notes.append(f"'{np.count_word} {tag.extra or tag.value}': an amount of a substance, drawn once")
    for waiting in p.elided:
        p.notes.append(f"'{' '.join(c[0] for c in waiting.colors)}' shares the noun '{tag.extra}'")
        p._complete(p._new_mention(tag.value, tag.extra, waiting, plural=tag.plural))
    p.elided = []
    restated = _restated_alone(p, np, tag)
    if restated:
        np.definite = True  # "put a cat on the sofa. a red sofa": that sofa, red
    mention = p._new_mention(tag.value, tag.extra, np, plural=tag.plural)
    old: Mention | None = None
    placing = p.rel is not None and p.rel_waiting == 1 and p.rel.mention is not None
    if (p.corr or np.replaces) and not mention.negated and p.verb != "remove" and not placing:
        old = p._corrected(mention.noun)
        p.restating = _after(p, old) if old is not None and old.noun == mention.noun else []
    elif p.restating and not mention.negated and p.verb is None and not np.definite:
        old = p.restating.pop(0)  # "…no wait, a horse and a donkey": the donkey is what the cow was
    elif (described := _apposition(p, mention, np)) is not None:
        old = described  # "a dog on a skateboard, a red skateboard": that skateboard, now red
    elif p.corr_place is not None and not mention.negated and not _named_before(p, mention, np):
        # "a cup on a table no wait on a shelf" (or "on the shelf"): the shelf is what the table was
        old = p.corr_place if p.corr_place.noun != mention.noun else None
    p.corr_place = None
    p.corr = False
    p._complete(mention, replaces=old)
    if restated:
        p._op("recolor", mention=mention, colors=list(np.colors), value="replace")


def _renamed(p: SentenceParser, mention: Mention) -> Mention | None:
    """ "the car is a convertible", "the man is a chef", "my dog, he's a labrador": a thing said to be one
    more exactly (a copula, then a single thing): the thing named before it, which the new one
    replaces; else None."""
    if p.rel is not None or p.verb is not None or mention.pronoun or mention.negated or mention.plural:
        return None
    if (mention.count or 1) != 1 or mention.noun in (None, "text"):
        return None
    j = p.lx_index - 1
    while j >= 0 and (p.lx[j].has("color") or p.lx[j].has("size") or p.lx[j].has("material")):
        j -= 1
    if j < 1 or p.lx[j].text not in ("a", "an") or not p.lx[j - 1].has("copula"):
        return None
    spoken_of = p.lx[j - 1].text in _SPOKEN_OF  # "a dog, it's a poodle": "it" is the dog
    if mention.definite and not spoken_of:
        return None
    if p.target is not None and p.target.pronoun is not None and p.target.subset is None:
        return p.target  # "a cat. it is a big cat"
    said = [m for m in p.mentions[:-1] if not m.negated]
    said = [m for m in said if m.index not in p.objects] or said  # "a bird on a branch, it's a robin"
    return said[-1] if said and (said[-1].definite or said[-1].pronoun or spoken_of) else None


#: Copulas that carry their subject: "it's", "he's" … a thing already named.
_SPOKEN_OF = frozenset({"it's", "its", "he's", "hes", "she's", "shes"})


def _owned_after_verb(p: SentenceParser, mention: Mention) -> bool:
    """Whether ``mention`` is the doer's own thing right after a verb no frame knows ("tying his
    shoelaces", "brushing her hair"): the places said next are the doer's."""
    j = p.lx_index - 1
    while j >= 0 and (p.lx[j].has("color") or p.lx[j].has("size") or p.lx[j].has("num")):
        j -= 1
    if j < 1 or p.lx[j].text not in ("his", "her", "their") or p.rel is not None:
        return False
    verb = p.lx[j - 1]
    owner_named = mention is not p.mentions[0]
    return verb.kind == "word" and not verb.tags and verb.text.endswith("ing") and owner_named


def _restated_alone(p: SentenceParser, np: NounPhrase, tag: Tag) -> bool:
    """Whether a sentence of its own is only a coloured thing ("a red sofa."), after other sentences:
    the thing they named, said again with its colour."""
    if p.seg.index == 0 or p.mentions or not np.colors or np.negated or tag.plural or (np.count or 1) > 1:
        return False
    words = [lx for lx in p.lx if lx.kind != "punct"]
    nouns = [lx for lx in words if lx.has("noun")]
    plain = all(lx.has("noun") or lx.has("num") or lx.has("color") or lx.has("size") for lx in words)
    return plain and len(nouns) == 1 and words[-1] is nouns[0]


def _apposition(p: SentenceParser, mention: Mention, np: NounPhrase) -> Mention | None:
    """What ``mention``, right after a comma, says more of: the single uncoloured thing just named, its
    noun again with only a colour ("a dog on a skateboard, a red skateboard"), or an uncounted plural
    named before, its noun again with only a count ("a cake with candles on it, 5 candles")."""
    if np.definite or np.negated or np.size_words or p.verb is not None or p.rel is not None:
        return None
    j = p.lx_index - 1
    while j >= 0 and (p.lx[j].has("color") or p.lx[j].has("num")):
        j -= 1
    if j <= 0 or p.lx[j].kind != "punct":
        return None
    last = p.last
    if (
        last is not None
        and np.colors
        and p.lx[j - 1].has("noun")
        and last.noun == mention.noun
        and not (last.negated or last.colors or last.plural or mention.plural)
        and (last.count or 1) == 1
        and (np.count or 1) == 1
    ):
        return last
    if np.colors or not mention.plural or (np.count or 0) < 2:
        return None
    same = [m for m in p.mentions if m.noun == mention.noun and not m.negated]
    return same[-1] if same and same[-1].plural and same[-1].count is None else None


def _named_before(p: SentenceParser, mention: Mention, np: NounPhrase) -> bool:
    """Whether a definite ``mention`` is a thing the sentence named before ("on the table" after "a
    table"); "the shelf" that nothing named before is a new thing, said with "the"."""
    return np.definite and any(m.noun == mention.noun for m in p.mentions if m is not mention)


def _after(p: SentenceParser, old: Mention) -> list[Mention]:
    """The things named after ``old`` in the sentence (what a restating correction goes on to)."""
    later = [m for m in p.mentions if m.index > old.index and not m.negated and m.noun is not None]
    return sorted(later, key=lambda m: m.index)


def complete(p: SentenceParser, mention: Mention, replaces: Mention | None = None) -> None:
    if p.verb == "add" and p.verb_word in PUT_WORDS and (mention.definite or mention.pronoun):
        p.verb = "move"  # "put the bottle on the table": it exists, so it moves
    p._op("mention", mention=mention)
    p.since_noun = 0
    if mention.noun is not None:
        p.mentions.append(mention)
    if p.only and mention.definite:
        p._op("only", mention=mention)
        p.only = False
    replaces = replaces or _renamed(p, mention)
    if replaces is not None:
        p._op("replace", mention=replaces, other=mention)
    elif (
        p.verb == "modify"
        and p.target is not None
        and not mention.definite
        and mention.pronoun is None
        and mention.noun not in (None, "text")
        and p.rel is None
        and not any(m.negated for m in p.mentions[:-1])  # "no bear, make it a bus": a new thing
    ):
        p._op("replace", mention=p.target, other=mention, value="edit", extra="rename")  # "make it a mirror"
        p.verb, p.target = None, None
        p.last = mention
        return
    if p.verb == "remove" or (p.verb == "replace" and p.replace_target is None):
        if p.verb == "remove":
            p._op("retract", mention=mention)
            return
        p.replace_target = mention
        if p.verb_word == "instead":
            p.verb = "replace-with"
        return
    if p.verb == "swap":
        p._op("swap", mention=p.replace_target, other=mention, value=p.swap_what)
        p.swapped = True
        p.replace_target = None
        p.verb = None
        p.last = mention
        return
    if p.verb == "replace-with" and p.replace_target is not None:
        p._op("replace", mention=p.replace_target, other=mention, value="edit")
        p.replace_target = None
        p.verb = None
    if p.verb in ("modify", "move") and (mention.definite or mention.pronoun):
        p.target = mention
        if p.rel is None:
            p.last = mention
            return
    if p.rel is not None and p.rel_waiting in (1, 2):
        p._bind_object(mention)
    elif p.rel is not None and p.rel_waiting == -1:
        p.rel.mention = mention
        p.ops.append(p.rel)
        p.rel = None
        p.rel_waiting = 0
    if p.with_host is not None and mention is not p.with_host and not mention.negated:
        p.accompanied[mention.index] = p.with_host
    if p.acting:  # "a man playing guitar": the guitar is what he plays
        p.acted_on.add(mention.index)
        p.acting = False
    elif _owned_after_verb(p, mention):  # "a man tying his shoelaces on a bench": he is on the bench
        p.acted_on.add(mention.index)
    if p.joined and p.rel is None and not mention.negated:
        _share_object(p, mention)  # "a man wearing a hat and a scarf": the scarf is worn too
    if p.at_place:  # "sitting at a desk": the desk is where the sitter is
        p.objects.add(mention.index)
        p.at_place = False
    bound = mention.index in p.objects or mention.index in p.acted_on
    if p.joined and not bound and p.rel is None and p.verb is None and not mention.negated:
        p.group.append(mention)  # "a cat and a dog": one group, until a relation takes them
    else:
        p.group = [] if bound or mention.negated or mention.definite else [mention]
    p.joined = False
    p.last = mention
    p.target = None if p.verb not in ("modify", "move") else mention


def new_mention(p: SentenceParser, noun: str, label: str, np: NounPhrase, plural: bool = False) -> Mention:
    mention = Mention(
        index=p.next_index,
        sentence=p.seg.index,
        noun=noun,
        label=label,
        count=np.count,
        plural=plural,
        colors=list(np.colors),
        size=np.size,
        size_words=list(np.size_words),
        material=np.material,
        definite=np.definite,
        negated=np.negated,
        words=" ".join(np.words),
        arrangement=np.arrangement,
        columns=np.columns,
        member=p.ordinal,
        pose=p.pose_next,
    )
    p.ordinal = None
    p.pose_next = None
    if p.position_next is not None:  # "on the left a dog": the position said before it
        mention.position, p.position_next = p.position_next, None
    if p.count_next is not None and noun != "text":
        how, number = p.count_next
        mention.count_edit = (how, float(np.count or 1) if how == "set" else number)
        mention.words = RECOUNT
        p.count_next = None
    if np.pair and p.lex.nouns.get(noun) is not None and p.lex.nouns[noun].pair:
        mention.count = 1
    elif np.pair and plural and whole_plural(label, noun) is not None:
        mention.count = None  # "a pair of pliers": one pliers, as a bare plural makes it
    elif np.pair and one_pair(noun, label, plural):
        mention.count = 1  # "a pair of tongs", "a pair of tweezers": one tool
    elif np.pair and plural and (worn := worn_plural(label, noun)) is not None:
        mention.noun, mention.label, mention.plural, mention.count = worn, worn, False, 1  # spectacles
    elif np.count_word == "some" and (whole_plural(label, noun) if plural else one_pair(noun, label, False)):
        mention.count = None if plural else 1  # "some scissors", "some pliers": one, as the bare plural
    elif np.pairs and plural and (whole := whole_plural(label, noun)) is not None:
        mention.noun, mention.label, mention.plural = whole, whole, False  # "two pairs of pliers"
    elif np.pairs and plural and np.count and _two_each(p, noun, label):
        mention.count = 2 * np.count  # "three pairs of socks": six socks
    kind = kind_words(p, np, noun) or _modifier_kind(p, np, noun)
    if kind:
        mention.label = f"{' '.join(kind)} {label}"  # "an egg carton": the carton the user named so
        if kind[0] in mention.size_words:  # "a baby stroller": a kind of stroller, not a small one
            mention.size, mention.size_words = 1.0, []
        if kind[0] == mention.material:  # "a paper airplane": a toy, not an airplane made of paper
            mention.material, mention.size = None, mention.size * MODEL_SIZE
    p.next_index += 1
    return mention


def _two_each(p: SentenceParser, noun: str, label: str) -> bool:
    """Whether each pair of ``noun`` is drawn as two things ("pairs of socks"), not one ("pairs of
    skis", "pairs of glasses", "pairs of tongs": one thing each)."""
    info = p.lex.nouns.get(noun)
    if info is not None and info.pair:
        return False
    return worn_plural(label, noun) is None and not one_pair(noun, label, True)


def kind_words(p: SentenceParser, np: NounPhrase, noun: str) -> list[str]:
    """The nouns right before the head that say which kind of it the thing is ("egg" in "an egg carton",
    "tape" in "a tape dispenser"): the words at the phrase's end that the lexicon knows only as things.
    Not before a living thing ("a mother bird" is a bird) or a thing that shows another ("a horse
    costume", "a dragon statue"), and not an animal, a material or a shape ("a brick building", "a
    heart balloon": what it is made of or shaped like); a kind of person may ("a wizard hat"). Scene
    words stay places ("a lake house")."""
    head = p.lex.nouns.get(noun)
    if head is None or head.category in KIND_LIVING or is_a(noun, "organism.n.01"):
        return []
    if any(is_a(noun, name) for name in _DEPICTING):
        return []  # "a horse costume", "a dragon statue": what it shows
    out: list[str] = []
    for word in reversed(np.words):
        tags = p.lex.phrases.get((word,), ())
        if not _kind_word(p, word, tags, head.category, first=not out):
            break
        out.insert(0, word)
    return out


def _kind_word(p: SentenceParser, word: str, tags: tuple[Tag, ...], head: str, first: bool) -> bool:
    """Whether ``word``, before a head of lexicon category ``head``, says which kind of it the thing is:
    a noun that names a kind (``_names_a_kind``); a place that is no room before a thing that is no
    building ("a beach umbrella", "a rain boot", "a garden gnome"; "a lake house" stays a house by a
    lake, "a kitchen counter" a counter in a kitchen); right before the head, a verb of what the thing
    is for that the table does not tag ("swim trunks", "a baking sheet")."""
    kinds = {t.kind for t in tags}
    if kinds == {"noun"}:
        return _names_a_kind(p, tags[0].value)
    if kinds == {"scene"}:
        row = setting_row(tags[0].value)
        indoors = row is not None and {"wall", "floor"} <= {spec.kind for spec in row.layers}
        return head not in PLACED_HEADS and not indoors
    if first and word in COMPOUND_VERBS and kinds <= {"filler", "modify", "add", "remove", "replace", "move"}:
        return True  # "a paint roller"
    if not tags and first:
        return word.endswith("ing") and len(word) > 5
    return False


#: How big a model a material noun names of a vehicle is ("a paper airplane"), as a share of the real one.
MODEL_SIZE = 0.3
#: Lexicon categories of things a place word before them says where they stand ("a lake house").
PLACED_HEADS = frozenset({"building", "structure", "nature", "plant"})


def _modifier_kind(p: SentenceParser, np: NounPhrase, noun: str) -> list[str]:
    """A size or material word right before the head that is also a noun naming a kind of it: "a baby
    stroller" (a stroller for a baby, not a small one: a size word names a kind only before no living
    thing), "a paper airplane" (a toy: a material noun before a vehicle names its model)."""
    head = p.lex.nouns.get(noun)
    if head is None or np.words or head.category in KIND_LIVING or is_a(noun, "organism.n.01"):
        return []
    for word in np.size_words[-1:]:
        tags = p.lex.phrases.get((word,), ())
        named = next((t.value for t in tags if t.kind == "noun"), None)
        if named is not None and _names_a_kind(p, named):
            return [word]
    if np.material is not None and head.category == "vehicle":
        tags = p.lex.phrases.get((np.material,), ())
        if any(t.kind == "noun" for t in tags):
            return [np.material]
    return []


def _names_a_kind(p: SentenceParser, noun: str) -> bool:
    info, found = p.lex.nouns.get(noun), concept(noun)
    if info is not None and info.category == "person":
        return found is not None and not found.rare  # "a wizard hat", "a baby stroller"; not "a ted cup"
    if info is None or info.category in KIND_LIVING or is_a(noun, "organism.n.01"):
        return False
    return not any(is_a(noun, name) for name in _NOT_KINDS) and category(noun) != "shape"


#: Lexicon categories of living things.
KIND_LIVING = frozenset({"person", "animal", "bird", "fish", "insect"})
#: WordNet senses whose kinds say what a thing is made of, not which kind of thing it is (materials
#: the table tags are no nouns here at all: "a clay pot"; "a lava lamp" names a kind of lamp).
_NOT_KINDS = ("building_material.n.01",)
#: WordNet senses of things a noun before them says the look of: "a horse costume" shows a horse.
_DEPICTING = ("representation.n.02", "art.n.01", "costume.n.01", "disguise.n.02")


def pronoun(p: SentenceParser, lx: Lexeme, plural: bool) -> None:
    if p.subset is not None:
        p._subset_mention(p.subset, lx.text)
        if p.verb == "remove" and p.target is not None:
            p._op("retract", mention=p.target)  # "delete two of them"
        return
    if lx.text == "one" and p.ordinal is not None:
        mention = Mention(p.next_index, p.seg.index, None, "one", pronoun="one", member=p.ordinal)
        p.next_index += 1
        p.ordinal, p.np = None, None
        p._reference(mention)
        return
    if lx.text == "one" and p.np is not None and (p.np.colors or p.np.size_words) and p.np.definite:
        # "the red one", "the big one": the earlier thing of that colour or size
        mention = Mention(
            p.next_index,
            p.seg.index,
            None,
            "one",
            pronoun="one",
            colors=p.np.colors,
            size_words=list(p.np.size_words),
        )
        p.next_index += 1
        p.np = None
        p._reference(mention)
        return
    if (
        lx.text == "one"
        and p.np is not None
        and (p.np.colors or p.np.size_words or p.np.count_word == "another")
    ):
        p._another_one(p.np)  # "a red ball and a blue one", "a horse and another one"
        return
    nxt = p._next(p.lx_index) if p.lx_index >= 0 else None
    if lx.text == "one" and p.np is not None and p.np.definite and nxt is not None and nxt.has("pos"):
        # "the one on the left": the first member (the last for right or bottom)
        side = nxt.tag("pos").value
        if side in ("left", "right", "top", "bottom"):
            member = 0 if side in ("left", "top") else -1
            mention = Mention(p.next_index, p.seg.index, None, "one", pronoun="one", member=member)
            mention.arrangement = "row" if side in ("left", "right") else "column"
            p.next_index += 1
            p.np, p.skip_pos = None, True
            p._reference(mention)
            return
    if lx.text == "one" and p.np is not None:
        return
    mention = Mention(p.next_index, p.seg.index, None, lx.text, pronoun=lx.text, plural=plural)
    p.next_index += 1
    p._reference(mention)


def _placed_noun(p: SentenceParser, j: int) -> bool:
    """Whether a noun and then only its place stand before ``j`` ("a kite in the sky, …")."""
    k = j - 1
    while k >= 0 and (
        _place_word(p.lx[k]) or p.lx[k].has("def") or p.lx[k].text in ("a", "an", "in", "on", "at")
    ):
        k -= 1
    return k >= 0 and k < j - 1 and p.lx[k].has("noun") and any(_place_word(lx) for lx in p.lx[k + 1 : j])


def _place_word(lx: Lexeme) -> bool:
    return lx.has("scene") or lx.has("pos")  # "in a field", "in the sky"


def another_one(p: SentenceParser, np: NounPhrase) -> None:
    """ "make it a blue one": the focus in that colour; "a red ball and a blue one": one more of the
    noun just named, in that colour or size."""
    p.np = None
    focus = p._focus()
    coloured = [m for m in p.mentions if m.colors and not m.negated]
    if np.replaces and np.colors and (coloured or focus is not None):
        # "a blue bird on a branch, actually a red one": the thing whose colour was said, recoloured
        target = coloured[-1] if coloured else focus
        p._op("recolor", mention=target, colors=list(np.colors), value="replace")
        p.notes.append(f"correction: colour → {np.colors[0][0]}")
        return
    last = p.last
    j = p.lx_index - 1
    while j >= 0 and (p.lx[j].has("color") or p.lx[j].has("num") or p.lx[j].has("size")):
        j -= 1  # "a bear, a big brown one": past its size too
    after_comma = j > 0 and p.lx[j].kind == "punct" and (p.lx[j - 1].has("noun") or _placed_noun(p, j))
    single = last is not None and (last.count or 1) == 1 and (np.count or 1) == 1
    if j < 0 and p.seg.index > 0 and not p.mentions and np.colors and (np.count or 1) == 1 and p.verb is None:
        # "a horse in a field? a white one": the thing the sentence before named, in that colour
        p._op("recolor", mention=p._earlier(), colors=list(np.colors), value="replace")
        return
    if (
        after_comma
        and single
        and np.colors
        and last is not None
        and not (last.colors or last.plural or last.negated or p.verb or p.rel)
    ):
        # "a dog, a brown one, on a skateboard": the dog just named, in that colour
        p._op("recolor", mention=last, colors=list(np.colors), value="replace")
        if np.size_words:
            p._op("resize", mention=last, number=np.size, value=" ".join(np.size_words), extra="replace")
        return
    if np.replaces and np.size_words and focus is not None:
        # "a big brown bear, actually a small one": the thing just named, resized
        sized = [m for m in p.mentions if m.size_words and not m.negated]
        target = sized[-1] if sized else focus
        p._op("resize", mention=target, number=np.size, value=" ".join(np.size_words), extra="replace")
        p.notes.append(f"correction: size → {np.size_words[0]}")
        return
    if p.verb == "modify" and focus is not None:
        if np.colors:
            p._op("recolor", mention=focus, colors=list(np.colors), value="replace")
        for word in np.size_words:
            p._op("resize", mention=focus, number=np.size, value=word)
        return
    group = p._group()
    # "two dogs, a big one and a small one": members told apart by size (a group sized already is not
    # split: "two big dogs and a small one" is a third dog); one size cannot be a member's own, so the
    # count is kept and the sizes are left out
    told_by_size = bool(np.size_words) and group is not None and not group.size_words
    if (
        group is not None
        and (np.colors or told_by_size)
        and (np.count or 1) < (group.count or 99)
        and not group.colors
    ):
        # (a group already coloured is not split: "two red cars and one blue one" is a third car)
        # "three apples: two red ones and a green one": members of the group
        p._subset_mention(np.count or 1, "ones" if (np.count or 1) > 1 else "one")
        if np.colors:
            p._apply_colors(list(np.colors), replace=True)
        p.target = group if group.pronoun is None else None
        return
    last = p.last
    if last is not None and last.noun is not None and last.noun != "text":
        mention = p._new_mention(last.noun, last.label, np)
        mention.count = np.count if np.count is not None else 1
        p.notes.append(f"'one' stands for another {last.noun}")
        p._complete(mention)


def subset_mention(p: SentenceParser, n: int, words: str) -> None:
    mention = Mention(p.next_index, p.seg.index, None, words, pronoun="them", subset=n)
    p.next_index += 1
    p.subset = None
    p.target = mention
    p._op("mention", mention=mention)
    p.since_noun = 0


def reference(p: SentenceParser, mention: Mention) -> None:
    """A pronoun: stands where a noun phrase would."""
    p._op("mention", mention=mention)
    p.since_noun = 0
    if p.count_next is not None and p.count_next[0] == "multiply":  # "double them"
        p._op("recount", mention=mention, number=p.count_next[1], value="multiply")
        p.count_next = None
        return
    if p.verb == "remove":
        p._op("retract", mention=mention)
        return
    if p.rel is not None and p.rel_waiting in (1, 2):
        p._bind_object(mention)
        return
    if p.rel is not None and p.rel_waiting == -1 and p.rel.other is None and mention.subset is None:
        p.rel.other = mention  # "next to it, a hydrant": "it" is the object, the subject follows
        p.objects.add(mention.index)
        return
    if p.verb == "replace" and p.replace_target is None:
        p.replace_target = mention  # "replace it with a mirror"
    p.target = mention


def earlier(p: SentenceParser, noun: str | None = None, fallback: bool = False) -> Mention:
    """A mention standing for the latest earlier thing (a correction at the start of a sentence)."""
    if noun is None:
        mention = Mention(p.next_index, p.seg.index, None, "it", pronoun="it")
    else:
        words = LOOKUP_ANY if fallback else LOOKUP
        mention = Mention(p.next_index, p.seg.index, noun, noun, words=words)
    p.next_index += 1
    p._op("mention", mention=mention)
    return mention


def _kin(p: SentenceParser, noun: str | None) -> Mention | None:
    """The latest mention of ``noun``'s category, when the sentence's mentions are of more than one
    category (else the usual rule decides)."""
    info = p.lex.nouns.get(noun) if noun is not None else None
    named = [m for m in p.mentions if not m.negated and m.noun is not None]
    kinds = [getattr(p.lex.nouns.get(m.noun or ""), "category", None) for m in named]
    if info is None or len(set(kinds)) < 2:
        return None
    kin = [m for m, kind in zip(named, kinds, strict=True) if kind == info.category]
    return kin[-1] if kin else None


def corrected(p: SentenceParser, noun: str | None) -> Mention | None:
    """What a corrected noun phrase replaces: the latest mention of the same noun in this sentence,
    else the latest of the same kind when only one kind matches (a stool for a chair, a fox for a
    cat), else the latest one that is not a relation's object, else (at a sentence start) the latest
    earlier thing of the same noun."""
    same = [m for m in p.mentions if m.noun == noun]
    if same:
        return same[-1]
    kin = _kin(p, noun)
    if kin is not None:  # "a cat on a chair, make that a stool": the stool is what the chair was
        return kin
    subjects = [m for m in p.mentions if m.index not in p.objects and not m.negated]
    if subjects:
        return subjects[-1]
    if p.last is not None:
        return p.last
    return p._earlier(noun, fallback=True) if noun is not None else None


__all__ = [
    "another_one",
    "complete",
    "corrected",
    "earlier",
    "new_mention",
    "noun",
    "pronoun",
    "reference",
    "subset_mention",
]
