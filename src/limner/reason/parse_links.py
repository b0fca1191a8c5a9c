"""Parser rules for relations: prepositions and verb frames ("sitting on", "riding", "ridden by"),
binding their objects (or, put first, waiting for the subject), and scene words that end a relation."""

from __future__ import annotations

import dataclasses
from functools import cache
from typing import TYPE_CHECKING

from limner.assets.anchors import WORN_AT
from limner.reason.concepts import concept, singular_of
from limner.reason.frames import Frame, frames
from limner.reason.lexemes import Lexeme
from limner.reason.mentions import Mention, Op
from limner.reason.parse_attach import reattach
from limner.reason.setting import setting_row
from limner.reason.stage import airborne_nouns, flown_nouns
from limner.reason.vocab import OpenPhrases, Tag, context_noun
from limner.reason.wordlists import word_set, word_table

if TYPE_CHECKING:
    from limner.reason.parse import SentenceParser


def relation(p: SentenceParser, i: int, predicate: str) -> None:
    if (sent := p._focus()) is not None and _aimed(p, i, sent, predicate):
        return
    if predicate == "at":
        p.at_place = p.last is not None
        return
    if predicate == "contains":  # "a bowl full of apples"
        if p.last is not None and p.rel is None:
            how = p.lex.containers.get(p.last.noun or "", "inside")
            p.rel = Op("relation", p.seg.index, other=p.last, predicate=how)
            p.rel_waiting = -1
        return
    nxt = p._next(i)
    if predicate == "inside" and nxt is not None and nxt.has("color") and not p._noun_ahead(i + 1):
        return  # "a car in red"
    subject = p._focus()
    if subject is not None and subject.negated:  # "a pear instead of an apple on a plate": the pear
        subject = next((m for m in reversed(p.mentions) if not m.negated and m.noun is not None), subject)
    holder = _holder(p, subject) if subject is not None else None
    if holder is None and subject is not None and not _to_it(p, i):
        holder = p.accompanied.get(subject.index)  # "a girl with a balloon under a tree": the girl
    p.with_host = None
    if holder is not None:
        subject = holder  # "a bowl of apples on a table": the bowl is on the table
    elif subject is not None and subject.index in p.acted_on:
        doers = [m for m in p.mentions if m.index not in p.acted_on and not m.negated]
        subject = doers[-1] if doers else subject  # "a man playing guitar by a fire": the man
    elif subject is not None and predicate in _DOER_PLACES:
        subject = _doer(p, subject) or subject  # "a girl reading a book under a tree": the girl
    if p.np is not None and p.np.empty():
        p.np = None
    moved = False
    if subject is None and p.corr and not p.mentions:
        subject, moved = p._earlier(), True  # "a cup on the table. no, under the table"
        p.corr = False
    elif subject is None and not p.mentions and p.seg.index > 0 and p.verb is None and _only_object(p, i):
        subject = p._earlier()  # "a cute puppy!!! on a pillow!!!": the puppy is on it
    elif p.corr and p.np is None and (placed := _placed_last(p)) is not None:
        # "a cup on a saucer i mean on a book": the cup moves, and the book is what the saucer was
        subject, moved = placed.mention, True
        p.corr_place = placed.other
        p.corr = False
    if p.verb == "move" and p.target is not None:
        subject = p.target
    p.rel = Op("relation", p.seg.index, mention=subject, predicate=predicate)
    group = p.group if subject is not None and len(p.group) > 1 and p.group[-1] is subject else []
    p.rel_group = [m for m in group if m is not subject and m.noun is not None]
    p.group, p.joined = [], False
    if moved:
        p.rel.value = "move"
        p.notes.append(f"correction: the place is now '{predicate}'")
    p.rel_waiting = 1  # with no subject yet ("under a tree, a dog") the subject follows the object
    p.copula = False


#: Prepositions of where a sent thing goes ("spraying water on a house", "a ball at a window").
_AIMED_AT = frozenset({"on", "onto", "upon", "at", "over", "toward", "towards"})
#: ``Op.extra`` of a relation a sent thing makes: the thing goes between its doer and the place.
AIMED = "aimed"


def _aimed(p: SentenceParser, i: int, sent: Mention, predicate: str) -> bool:
    """Read "a firefighter spraying water on a house", "a boy throwing a ball at a window": a verb of
    sending (``words.json`` ``aimed_verbs``) then a place. The place is the sent thing's, not the doer's:
    the thing goes between the doer and the place, and the doer stands on the ground. False (nothing
    read) unless the thing just named is what such a verb sends."""
    word = p.lx[i].text
    if (predicate if word not in _AIMED_AT else word) not in _AIMED_AT or p.rel is not None:
        return False
    if sent.index not in p.acted_on and sent.index not in p.objects:
        return False
    verb = next((lx for lx in reversed(p.lx[:i]) if lx.has("action") or lx.has("frame")), None)
    way = word_table("aimed_verbs").get(verb.text.split(" ", 1)[0]) if verb is not None else None
    done_to = p.acted_on | p.objects
    doers = [m for m in p.mentions if m is not sent and m.index not in done_to and not m.negated]
    if way is None or not doers or (way == HANDED and _living(p, sent)):
        return False  # "feeding pigeons at a bench": the pigeons are not held out
    p.rel_group, p.group, p.joined = [], [], False
    p.with_host = None
    if way in ("held", HANDED):  # "a man pointing a flashlight at a cave": he holds it and faces the place
        said = [op for op in p.ops if op.kind == "relation" and op.mention is doers[-1] and op.other is sent]
        if way == HANDED and said:
            said[-1].predicate, said[-1].frame = "holds", None  # "feeding a carrot to a rabbit": held out
        else:
            p.ops.append(Op("relation", p.seg.index, mention=doers[-1], other=sent, predicate="holds"))
        p.rel = Op("relation", p.seg.index, mention=doers[-1], predicate="faces", extra=AIMED)
        p.rel_waiting = 1
        return True
    if way == "thrown" and sent.pose is None:
        sent.pose = "flying"  # "a boy throwing a ball at his dog": in the air between them, not on the ground
    p.rel = Op("relation", p.seg.index, mention=sent, other=doers[-1], predicate="between", extra=AIMED)
    p.rel_waiting = 2  # the place follows: the sent thing goes from the doer toward it
    return True


#: ``aimed_verbs`` way of a thing handed to someone ("feeding a carrot to a rabbit", "offering a flower to
#: a girl"): held out toward them (``thrown_to`` reads "to" as "at").
HANDED = "handed"
#: Lexicon categories of living things (never held out as food or a gift).
_LIVING = frozenset({"person", "animal", "bird", "fish", "insect"})


def _living(p: SentenceParser, mention: Mention) -> bool:
    info = p.lex.nouns.get(mention.noun or "")
    return info is not None and info.category in _LIVING


def _only_object(p: SentenceParser, i: int) -> bool:
    """Whether the rest of the sentence after the lexeme at ``i`` is only the relation's object: one
    thing, no verb, pronoun or comma ("on a pillow!!!"; not "under the table, a dog")."""
    rest = p.lx[i + 1 :]
    if any(lx.has("frame") or lx.has("pron") or lx.kind == "punct" for lx in rest):
        return False  # "below it, a bench": a place said before its thing
    return sum(lx.has("noun") for lx in rest) == 1


def frame(p: SentenceParser, i: int, lx: Lexeme) -> None:
    """A verb from ``verbs.tsv``: a pose ("a dog running"), a relation ("a cat sitting on a mat"), or
    a mutual one with no object ("two kids holding hands")."""
    verb_frame = frames().get(lx.tag("frame").value)
    if verb_frame is None:
        return
    focus = p._focus()
    if verb_frame.pose_only and focus is not None and _flown_ahead(p, i):
        p._relation(i, "holds")  # "two kids flying kites": each holds a kite's string
        return
    counted = frames().get(f"{verb_frame.phrase} a")  # "walking two dogs" as "walking a dog"
    nxt = p._next(i)
    counts = nxt is not None and nxt.has("num") and p._noun_ahead(i + 1)  # "walking two white poodles"
    counts = counts or (nxt is not None and _object_pronoun(nxt))  # "he is walking it"
    if verb_frame.pose_only and counted is not None and focus is not None and counts:
        frame(p, i, Lexeme(counted.phrase, (Tag("frame", counted.phrase),)))
        return
    if verb_frame.pose_only:
        if p._noun_ahead(i, direct=True) or focus is None:
            p.pose_next = verb_frame.pose  # "a flying bird"
        elif (owner := _worn_or_held_by(p, focus, verb_frame)) is not None:
            if owner.pose is None:  # "a man in a red hat running": he runs, not the hat
                owner.pose = verb_frame.pose
        elif focus.pose is None:
            focus.pose = verb_frame.pose
        return
    if _goes_somewhere(p, i, verb_frame, focus):
        return
    if verb_frame.mutual and not _object_ahead(p, i):
        named = [m for m in p.mentions if not m.negated]
        if len(named) >= 2 and _done_to(p, named[-2:]):
            return  # "a man playing guitar and a woman dancing": no guitar dances
        if len(named) >= 2:
            pair = (named[-2], named[-1])
        elif named and ((named[-1].count or 1) > 1 or named[-1].plural):
            pair = (named[-1], named[-1])  # "two kids holding hands": the members
        else:
            return
        p._op("relation", mention=pair[0], other=pair[1], predicate=verb_frame.predicate, frame=verb_frame)
        return
    p._relation(i, verb_frame.predicate)
    if p.rel is not None and p.rel.extra != AIMED:
        p.rel.frame = verb_frame
        subject = p.rel.mention
        chained = verb_frame.place and subject is not None and _supported(p, subject)
        # "a bird on a hat worn by a farmer", "a man next to a horse ridden by a knight": a passive
        # participle says what is done to the thing just named, even the object of a relation
        chained = chained or verb_frame.inverse
        seen = verb_frame.place and subject is not None and _seen_from_afar(p, subject)
        kept = subject is not None and (subject is p.relative_doer or _aloft(verb_frame, subject))
        if subject is not None and subject.index in p.objects and not chained and not seen and not kept:
            # "a man with a hat holding an umbrella" (but "a cup on a book on a table": the book is on it;
            # "a cat watching a bird on a branch": the bird is on it)
            doers = [m for m in p.mentions if m.index not in p.objects and not m.negated]
            if doers:
                p.rel.mention = doers[-1]
        elif (first := _coordinated_doer(p, i)) is not None:
            p.rel.mention = first  # "a cat jumps off the sofa and chases a mouse": the cat chases it
        doer = p.rel.mention
        if verb_frame.pose and not verb_frame.inverse and doer is not None and doer.pose is None:
            doer.pose = verb_frame.pose  # "a bird flying over the ocean": flying, whatever it flies over


def _worn_or_held_by(p: SentenceParser, focus: Mention, verb_frame: Frame) -> Mention | None:
    """The living doer a pose after an "in/with + thing" phrase belongs to ("a man in a red hat running",
    "a woman with a backpack walking"): the last living thing named before ``focus``, when ``focus`` is
    no living thing and the object of a relation. None otherwise ("a boy with a kite flying": aloft)."""
    if focus.index not in p.objects or _living(p, focus) or _aloft(verb_frame, focus):
        return None
    doers = [m for m in p.mentions if m.index not in p.objects and not m.negated and m is not focus]
    return doers[-1] if doers and _living(p, doers[-1]) else None


#: Relations to a thing at a distance: a place said after that thing is its own ("a cat watching a bird
#: on a branch").
_AFAR = frozenset({"looks_at", "chases", "follows"})


def _seen_from_afar(p: SentenceParser, mention: Mention) -> bool:
    """Whether ``mention`` is the object of the latest relation, one to a thing at a distance."""
    latest = next((op for op in reversed(p.ops) if op.kind == "relation" and op.other is not None), None)
    return latest is not None and latest.other is mention and latest.predicate in _AFAR


def _aloft(verb_frame: Frame, subject: Mention) -> bool:
    """Whether a verb of flying is the flying thing's own ("a boy with a kite flying high above him")."""
    return verb_frame.pose == "flying" and subject.noun in flown_nouns() | airborne_nouns()


def _coordinated_doer(p: SentenceParser, i: int) -> Mention | None:
    """The subject of a verb right after "and" that follows another verb of the sentence's first thing
    ("a cat jumps off the sofa and chases a mouse": the cat), when the thing the verb would otherwise
    take is no doer of its own (named after that first verb, in no relation). None otherwise."""
    prev, rel = p._prev(i), p.rel
    if prev is None or prev.text != "and" or rel is None or rel.mention is None or len(p.mentions) < 2:
        return None
    first = p.mentions[0]
    if first is rel.mention or first.negated or first.noun is None or first.index in p.objects:
        return None
    if any(op.kind == "relation" and rel.mention in (op.mention, op.other) for op in p.ops):
        return None
    at = next((j for j, lx in enumerate(p.lx) if lx.has("noun") and lx.tag("noun").value == first.noun), -1)
    verb = p.lx[at + 1] if 0 <= at < len(p.lx) - 1 else None
    if verb is None or not (verb.kind == "word" or verb.has("frame") or verb.has("action")):
        return None
    return first


#: Prepositions of a way somewhere: after a verb with no preposition of its own, the verb has no object.
_WAYS = frozenset({"to", "toward", "towards", "through", "across", "along", "into", "past", "home", "away"})


def _done_to(p: SentenceParser, pair: list[Mention]) -> bool:
    """Whether one of the two things just named is what another verb or place acts on (the guitar
    played, the table sat on): then the two do no mutual verb together."""
    return any(m.index in p.objects or m.index in p.acted_on for m in pair)


def _goes_somewhere(p: SentenceParser, i: int, verb_frame: Frame, focus: Mention | None) -> bool:
    """Read "a knight on a horse rides to a castle", "a cowboy rides through the desert": a verb and then
    a way somewhere has no object (the castle is not ridden); the doer takes its pose, and a doer "on"
    an animal rides it. False (nothing read) unless such a way follows the verb."""
    nxt = p._next(i)
    if nxt is None or nxt.text not in _WAYS or " " in verb_frame.phrase or focus is None:
        return False
    doers = [m for m in p.mentions if m.index not in p.objects and not m.negated]
    doer = focus if focus.index not in p.objects or not doers else doers[-1]
    if verb_frame.pose is not None and doer.pose is None:
        doer.pose = verb_frame.pose
    for op in p.ops if verb_frame.predicate == "rides" else ():
        mounted = op.other.noun if op.other is not None else None
        info = p.lex.nouns.get(mounted or "")
        animal = info is not None and info.category == "animal"
        if op.kind == "relation" and op.mention is doer and op.predicate == "on" and animal:
            op.predicate = "rides"  # "a cowboy on a horse rides …": he rides the horse
    return True


def _flown_ahead(p: SentenceParser, i: int) -> bool:
    """Whether the thing a verb at ``i`` is done to is flown on a string ("flying kites")."""
    nxt = p._next(i)
    return nxt is not None and nxt.has("noun") and nxt.tag("noun").value in flown_nouns()


def _object_ahead(p: SentenceParser, i: int) -> bool:
    """Whether a thing follows a verb at ``i``, past an article or a count ("fighting a dragon",
    "fighting the two wolves"), or a pronoun stands for one ("he is fighting it")."""
    nxt = p._next(i)
    if nxt is not None and (_object_pronoun(nxt) or (nxt.text == "her" and not p._noun_ahead(i + 1))):
        return True  # "he is fighting it", "the girl is hugging her"
    skip = 1 if nxt is not None and (nxt.has("num") or nxt.has("def")) else 0
    return p._noun_ahead(i + skip)


#: Pronouns that stand for a verb's object ("walking it", "fighting him").
_OBJECT_PRONOUNS = frozenset({"it", "him", "her", "them"})


def _object_pronoun(lx: Lexeme) -> bool:
    return (lx.has("pron") or lx.has("prons")) and lx.text in _OBJECT_PRONOUNS


def object_her(p: SentenceParser, i: int, lx: Lexeme) -> bool:
    """Read "her" with no noun after it, right after a verb or a preposition, as the pronoun ("the girl
    is hugging her", "a cat sleeping beside her"), not the possessive; True when read so."""
    prev = p._prev(i)
    if lx.text != "her" or not lx.has("def") or prev is None or p._noun_ahead(i):
        return False
    if not (prev.has("frame") or prev.has("rel")) or p.rel is None or p.rel_waiting != 1:
        return False
    p._pronoun(Lexeme("her", (Tag("pron", "her"),)), plural=False)
    return True


def _dressed(p: SentenceParser, figure: Mention | None, thing: Mention | None) -> bool:
    """Whether ``figure`` (a person, an animal, or one of ``with_figures``) is "in" a thing it wears."""
    if figure is None or thing is None or figure.noun is None or thing.noun is None:
        return False
    figures, _held = _with_words()
    info, worn = p.lex.nouns.get(figure.noun), p.lex.nouns.get(thing.noun)
    if not ((info is not None and info.category in ("person", "animal")) or figure.noun in figures):
        return False
    return thing.noun.rsplit(" ", 1)[-1] in WORN_AT or (worn is not None and worn.category == "clothing")


def _tethered(p: SentenceParser, figure: Mention | None, thing: Mention | None) -> Mention | None:
    """Who is "on" a thing it is tied to (``words.json`` ``tethers``: "a dog on a leash"): the latest
    animal named before it, else ``figure`` when a person; None when the thing is no tether."""
    if figure is None or thing is None or thing.noun not in word_set("tethers"):
        return None
    kinds = {m.index: getattr(p.lex.nouns.get(m.noun or ""), "category", None) for m in p.mentions}
    animals = [m for m in p.mentions if m is not thing and not m.negated and kinds[m.index] == "animal"]
    if animals:
        return animals[-1]
    info = p.lex.nouns.get(figure.noun or "")
    return figure if info is not None and info.category == "person" else None


def _to_it(p: SentenceParser, i: int) -> bool:
    """Whether the relation at ``i`` is to a pronoun ("a table with a cup on it": on the table)."""
    here, nxt = p.lx[i], p._next(i)
    to_it = here.has("rel") and here.tag("rel").extra == "it"
    return to_it or (nxt is not None and (nxt.has("pron") or nxt.has("prons")))


#: Places said after a held thing that are its holder's: "a girl reading a book under a tree" (but "a man
#: holding a cup on a table": the cup is on it).
_DOER_PLACES = frozenset({"under", "next to", "behind", "in front of"})
#: Verbs whose object goes where its doer goes.
_CARRIED = frozenset({"holds", "carries", "wears"})


def _doer(p: SentenceParser, mention: Mention) -> Mention | None:
    """Who holds, carries or wears ``mention`` in a verb read before ("reading a book": the reader)."""
    for op in reversed(p.ops):
        if op.kind == "relation" and op.other is mention and op.predicate in _CARRIED:
            return op.mention
    return None


def _placed_last(p: SentenceParser) -> Op | None:
    """The latest relation of the sentence that places a thing (what a corrected place changes)."""
    return next((op for op in reversed(p.ops) if op.kind == "relation" and op.mention and op.other), None)


def _holder(p: SentenceParser, mention: Mention) -> Mention | None:
    """The container whose contents ``mention`` is ("a vase of roses": the vase), or None."""
    for op in p.ops:
        if op.kind == "relation" and op.extra == "of" and op.mention is mention:
            return op.other
    return None


#: Predicates of a bare preposition that make its object a place for the thing before it ("a fish in a
#: bowl on a desk": the bowl is on the desk).
_HOLDING_PLACES = frozenset({"inside", "in", "on", "on top of"})


def _supported(p: SentenceParser, mention: Mention) -> bool:
    """Whether ``mention`` is the support of a place named before it ("a cup on a book …", "a fish in a
    bowl …")."""
    return any(
        op.kind == "relation"
        and op.other is mention
        and (
            (op.frame is not None and op.frame.place)
            or (op.frame is None and not op.extra and op.predicate in _HOLDING_PLACES)
        )
        for op in p.ops
    )


def bind_object(p: SentenceParser, mention: Mention) -> None:
    rel = p.rel
    assert rel is not None
    if p.rel_waiting == -1:
        return
    if rel.predicate == "between" and p.rel_waiting == 1:
        rel.other = mention
        p.objects.add(mention.index)
        if (mention.count or 0) >= 2 or mention.plural:
            p._bound(rel)
        else:
            p.rel_waiting = 2
        return
    p.objects.add(mention.index)
    if rel.predicate == "between":
        rel.other2 = mention
    else:
        rel.other = mention
    if p.verb == "move":
        rel.value = "move"
    p._bound(rel)


def bound(p: SentenceParser, rel: Op) -> None:
    """A relation has its object(s): done, or (fronted: "between a lamp and a clock, a vase") it waits
    for the subject that follows."""
    if rel.mention is None:
        p.rel_waiting = -1
        p.target = None
        return
    reattach(p, rel)  # "helping a woman in a wheelchair": the woman is in it
    if rel.predicate == "inside" and rel.frame is None and _dressed(p, rel.mention, rel.other):
        rel.predicate = "wears"  # "a woman in a red dress", "a cat in a hat": worn, not a container
    if rel.predicate == "on" and (tied := _tethered(p, rel.mention, rel.other)) is not None:
        # "a dog on a leash": tied to it at the neck, not standing on it ("a man with a dog on a leash":
        # the dog, not the man the dog is with)
        rel.predicate, rel.mention = "wears", tied
    worn, wearer = rel.mention, rel.other
    if rel.predicate == "around" and rel.frame is None and worn is not None and _dressed(p, wearer, worn):
        # "a scarf around a snowman's neck": the snowman wears it
        rel.mention, rel.other, rel.predicate = wearer, worn, "wears"
        p.objects.add(worn.index)
    p.ops.append(rel)
    shared = rel.other is not None and rel.other.pronoun is None  # "…on it": each "it" is another thing
    if (
        shared
        and rel.predicate != "between"
        and (rel.frame is None or not (rel.frame.inverse or rel.frame.mutual))
    ):
        for member in p.rel_group:  # "a cat and a dog on a sofa": the cat is on it too
            p.ops.append(dataclasses.replace(rel, mention=member))
    p.rel_group = []
    p.rel, p.rel_waiting = None, 0


def scene(p: SentenceParser, lx: Lexeme) -> None:
    tag = lx.tag("scene")
    p.at_place = False  # "a castle at dusk with a dragon": "at" named the time, not a thing to be at
    if p.np is not None and p.np.negated and not p.np.colors:
        p.np = None  # "it's snowing, not raining": no rain
        p.notes.append(f"'{lx.text}' negated: not set")
        return
    stated = list(p.np.colors) if p.np is not None else []  # "a black sky", "pink sand"
    # "a boat on the ocean, no, on a lake", "make the park a beach": the place said instead
    instead = p.corr or p.verb in ("modify", "replace", "replace-with")
    p._op("scene", value=tag.value, extra=tag.extra, colors=stated, predicate="replace" if instead else "")
    p.corr = False if instead else p.corr
    if p.rel is not None and p.rel_waiting == 1 and p.rel.other is None:
        _landed(p, p.rel)
        p.rel = None
        p.rel_waiting = 0
    p.np = None


#: What a flier or flying machine on the ground of a place does there ("a plane on the runway").
_LANDED = {"vehicle": "parked", "animal": "resting"}


def _landed(p: SentenceParser, rel: Op) -> None:
    """ "a plane on the runway", "a butterfly on the grass": a thing that mostly flies, on the ground of
    the place named, is on the ground (a pose that keeps it there), not in the sky above it."""
    thing = rel.mention
    if rel.predicate != "on" or thing is None or thing.pose is not None or thing.noun not in airborne_nouns():
        return
    info = p.lex.nouns.get(thing.noun)
    thing.pose = _LANDED.get(info.category if info is not None else "")


#: Relations a setting cannot keep: a place spans the picture, so nothing stands to its left or right.
SIDE_RELATIONS = frozenset({"left of", "right of"})


def side_thing(p: SentenceParser, i: int, lx: Lexeme) -> Tag | None:
    """A place or season word on one side of a left/right relation ("a mug to the left of a river", "a
    lake to the right of a fox", "a spring left of a nail") that WordNet also knows as a thing is that
    thing, drawn beside the other: its noun tag, else None."""
    j = i - 1
    while j >= 0 and (p.lx[j].has("def") or p.lx[j].text in ("a", "an") or p.lx[j].has("color")):
        j -= 1
    k = i + 1
    sides = [p.lx[n] for n in (j, k) if 0 <= n < len(p.lx)]
    if not any(s.has("rel") and s.tag("rel").value in SIDE_RELATIONS for s in sides) and not _season_thing(
        p, i, lx
    ):
        return None
    tags = p.lex.phrases.open_tags((lx.text,)) if isinstance(p.lex.phrases, OpenPhrases) else None
    thing = next((t for t in tags or () if t.kind == "noun"), None)
    found = singular_of(lx.text) if thing is None else None
    if found is not None and concept(found[0]) is not None:  # mostly a season ("a spring"): placed, a thing
        thing = Tag("noun", found[0], plural=found[1], extra=found[0])
    return thing


def _season_thing(p: SentenceParser, i: int, lx: Lexeme) -> bool:
    """Whether a word that names a time of the place ("spring": a season, no place of its own) and a
    made thing (the coil) stands where only a thing fits: right after "a", a count, a colour or a
    material, and before the phrase ends ("a spring next to a screw", "a black spring", "a metal spring
    on a table"); not "in spring", "a spring morning"."""
    row = setting_row(lx.tag("scene").value)
    prev, nxt = p._prev(i), p._next(i)
    if row is None or row.setting is not None or row.weather or row.time or prev is None:
        return False  # "a storm", "a sunset": the weather, the time
    found = concept(lx.text)
    if found is None or "artifact.n.01" not in found.ancestors:
        return False  # "brown sand", "a pink sky": the ground and the sky, painted
    opened = prev.text in ("a", "an") or prev.has("num") or prev.has("color") or prev.has("material")
    ends = nxt is None or nxt.kind == "punct" or nxt.has("rel") or nxt.has("frame") or nxt.text == "and"
    return opened and ends


@cache
def _with_words() -> tuple[frozenset[str], frozenset[str]]:
    """(figures that wear and hold, things held) from ``words.json``."""
    return word_set("with_figures"), word_set("with_held")


def with_frame(p: SentenceParser, i: int) -> bool:
    """ "a snowman with a red scarf" (wears), "a girl with a balloon" (holds): "with" after a figure and
    before a worn or held thing is that verb; otherwise "with" only joins."""
    last = p.last
    # "a snowman, with a red scarf, in a garden": a comma between them too
    set_off = p.since_noun == 2 and i > 0 and p.lx[i - 1].kind == "punct" and p.lx[i - 1].text == ","
    if last is None or last.noun is None or p.rel is not None or p.verb is not None:
        return False
    if p.since_noun > 1 and not set_off and not _place_between(p, i):
        return _tool_with(p, i)
    figures, held = _with_words()
    info = p.lex.nouns.get(last.noun)
    figure = (info is not None and info.category in ("person", "animal")) or last.noun in figures
    k = next((k for k in range(i + 1, len(p.lx)) if p.lx[k].has("noun") or p.lx[k].kind == "punct"), None)
    ahead = p.lx[k] if k is not None else None
    if not figure:
        return _tool_with(p, i)
    if ahead is None or k is None or not ahead.has("noun"):
        return False
    noun = ahead.tag("noun").value
    in_part = k + 1 < len(p.lx) and p.lx[k + 1].has("held")  # "with a slipper in its mouth"
    if noun.rsplit(" ", 1)[-1] in WORN_AT and not in_part:
        predicate = "wears"
    elif noun in held or in_part:
        predicate = "holds"
        walker = _acting_person(p, figures) if last.index in p.objects | p.acted_on and not in_part else None
        if walker is not None and (info is None or info.category != "person"):
            p.target = walker  # "a woman walking her dog with an umbrella": hers, not the dog's
    else:
        return False
    relation(p, i, predicate)
    return True


#: Lexicon categories of things a doer works with ("chopping wood with an axe").
_TOOLS = frozenset({"tool"})
#: Tag kinds of the words of a verb and its object, between a doer and "with" ("sweeping the floor").
_DOING = frozenset({"frame", "action", "num", "def", "color", "size", "material", "noun", "scene"})


def _tool_with(p: SentenceParser, i: int) -> bool:
    """ "a man chopping wood with an axe", "a woman watering roses with a watering can": "with" after a
    doer's verb and its object, before a tool or a held thing, is the doer holding it. False (nothing
    read) otherwise."""
    figures, held = _with_words()
    tool = _thing_after(p, i)
    if tool is None or p.rel is not None or p.verb is not None:
        return False
    info = p.lex.nouns.get(tool)
    if tool not in held and (info is None or info.category not in _TOOLS):
        return False
    doer = _acting_person(p, figures)
    if doer is None:
        return False
    start = (
        i - p.since_noun
        if doer is p.last
        else next(
            (
                j
                for j in range(i - 1, -1, -1)
                if p.lx[j].has("noun") and p.lx[j].tag("noun").value == doer.noun
            ),
            -1,
        )
    )
    between = p.lx[start + 1 : i]
    verb = any(lx.has("frame") or lx.has("action") or lx.text.endswith("ing") for lx in between)
    doing = all(
        (not lx.tags and lx.kind == "word") or any(t.kind in _DOING for t in lx.tags) for lx in between
    )
    if start < 0 or not verb or not doing:
        return False
    p.target = doer
    relation(p, i, "holds")
    return True


def _acting_person(p: SentenceParser, figures: frozenset[str]) -> Mention | None:
    """The last one named who does something to another (not itself done to): a person or a figure
    that holds things."""
    done_to = p.objects | p.acted_on
    doers = [m for m in p.mentions if m.index not in done_to and not m.negated and m.noun is not None]
    doer = doers[-1] if doers else None
    kind = p.lex.nouns.get(doer.noun or "") if doer is not None else None
    if doer is None or not ((kind is not None and kind.category == "person") or doer.noun in figures):
        return None
    return doer


def _thing_after(p: SentenceParser, i: int) -> str | None:
    """The noun of the thing named right after ``i`` ("with a brush"), past its article and colours."""
    for lx in p.lx[i + 1 :]:
        if lx.has("noun"):
            return lx.tag("noun").value
        if lx.kind == "word" and not lx.tags:
            found = context_noun(p.lex, lx.text)
            return found.value if found is not None else None
        if not (lx.has("num") or lx.has("def") or lx.has("color") or lx.has("size") or lx.has("material")):
            return None
    return None


def _place_between(p: SentenceParser, i: int) -> bool:
    """Whether only a place stands between the thing just named and ``i`` ("a boy at the beach with a
    kite": the kite is still the boy's)."""
    between = p.lx[i - p.since_noun + 1 : i]
    return any(lx.has("scene") for lx in between) and all(
        lx.has("scene") or lx.has("def") or lx.text in ("a", "an", "at", "in", "on") for lx in between
    )


def worn_to(p: SentenceParser, i: int) -> bool:
    """ "add a hat to the man", "put a scarf on the snowman"'s kin: "to" after a worn thing the sentence
    adds, before a person or figure, says that one wears it."""
    last = p.last
    if p.verb != "add" or p.rel is not None or last is None or last.noun is None or p.since_noun != 1:
        return False
    if last.noun.rsplit(" ", 1)[-1] not in WORN_AT or last.plural or (last.count or 1) > 1:
        return False
    k = next((k for k in range(i + 1, len(p.lx)) if not p.lx[k].has("def") and not p.lx[k].has("num")), None)
    if k is None or not p.lx[k].has("noun"):
        return False
    figures, _ = _with_words()
    noun = p.lx[k].tag("noun").value
    info = p.lex.nouns.get(noun)
    return (info is not None and info.category in ("person", "animal")) or noun in figures


__all__ = [
    "bind_object",
    "bound",
    "frame",
    "relation",
    "scene",
    "side_thing",
    "with_frame",
    "worn_to",
]
