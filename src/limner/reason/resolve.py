"""Stage 4 — resolve: mentions become entities; corrections, retractions, negation and references apply.

An *entity* is one noun phrase's worth of things ("three red apples" is one entity of count 3).
Definite noun phrases and pronouns refer back to the latest matching live entity; in an edit the
base plan's elements are entities before the first sentence is read. "The other one" means another
thing than the one spoken of last (of the same noun first); "one cat is black, the other is white"
makes the cat a pair.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from limner.errors import InvalidRequestError
from limner.reason.ages import ages_said
from limner.reason.board_games import boards_on_tables, players_of
from limner.reason.caught import CAUGHT, catches, caught_poses
from limner.reason.company import pick_senses
from limner.reason.counts import new_count
from limner.reason.in_bed import bed_poses
from limner.reason.mentions import BARE_PLURAL, LOOKUP, LOOKUP_ANY, Mention, Op, ParsedSentence
from limner.reason.resting import rest_poses, seated_poses
from limner.reason.setting import SceneWord, setting_row
from limner.reason.toppings import TOPPED_WITH, fold
from limner.reason.vocab import Lexicon
from limner.reason.whole_plurals import whole_plural, worn_plural
from limner.reason.wordlists import word_table

#: At most this many instances of one noun phrase, and of elements in a plan.
MAX_COUNT = 50
MAX_ELEMENTS = 120
#: "apples" with no number.
#: Interactions in which each member of a group has its own object ("two girls wearing hats": two hats).
_ONE_EACH = frozenset({"wears", "holds", "carries", "rides"})
#: Where one thing is with respect to another: a newer one of these between the same two things
#: replaces the older ("… the cat should be under the table").
_PLACES = frozenset(
    {
        "on",
        "on top of",
        "under",
        "inside",
        "in",
        "next to",
        "beside",
        "behind",
        "in front of",
        "above",
        "below",
    }
    | {"left of", "right of", "stacked_on"}
)
#: The ordinal number of "the middle one".
MIDDLE = -1000

#: Categories whose typical colour is implied when the prompt states none.
IMPLIED_CATEGORIES = frozenset({"food", "plant", "nature", "animal", "outdoor"})

Color = tuple[str, str]


@dataclass
class Entity:
    key: int
    noun: str
    label: str
    count: int
    sentence: int
    kind: str = "object"
    colors: list[Color] = field(default_factory=list)
    member_colors: dict[int, list[Color]] = field(default_factory=dict)
    size: float = 1.0
    size_words: list[str] = field(default_factory=list)
    material: str | None = None
    texts: list[tuple[str, str]] = field(default_factory=list)
    text_content: str | None = None
    text_role: str | None = None
    position: str | None = None
    alive: bool = True
    implied_color: str | None = None
    #: Edit: the base element ids of the members (empty for new entities).
    base_ids: tuple[str, ...] = ()
    modified: bool = False
    moved: bool = False
    replaces: Entity | None = None
    arrangement: str | None = None
    columns: int | None = None
    #: Edit: "swap A and B" — this entity takes the other's place.
    swap_with: Entity | None = None
    #: ``attributes.pose`` (from a verb: "a cat sitting on a mat" → sitting).
    pose: str | None = None
    #: ``attributes.action``: what it does with a part of its own ("wagging its tail").
    action: str | None = None
    #: ``attributes.with``: what tops or decorates it ("a cake with candles"), its own labels.
    toppings: list[str] = field(default_factory=list)
    #: ``attributes.age``: an age said of a person or an animal ("an old man": old).
    age: str | None = None

    def color_of(self, member: int) -> list[Color]:
        return self.member_colors.get(member, self.colors)


@dataclass(frozen=True)
class EntityRelation:
    subject: Entity
    predicate: str
    object: Entity
    object2: Entity | None
    sentence: int
    #: "a boy and a girl flying kites": the object's members this subject has (start, stop), when
    #: several subjects share out one bare plural; None: all of them.
    members: tuple[int, int] | None = None


@dataclass(frozen=True)
class Note:
    """A trace entry before element ids exist; ``entities`` are mapped to ids at compose time."""

    stage: str
    message: str
    entities: tuple[int, ...] = ()
    sentence: int | None = None


@dataclass
class ResolvedScene:
    entities: list[Entity]
    relations: list[EntityRelation]
    background: tuple[str, str] | None
    notes: list[Note]
    warnings: list[str]
    actions: dict[int, str]
    #: Every scene word in prompt order, with any colour stated for it (the structured backdrop).
    scenes: list[SceneWord] = field(default_factory=list)


@dataclass
class _Subset:
    entity: Entity
    n: int
    #: "the second one": that member only (−1: the last).
    member: int | None = None
    #: "the last two": the n members at the end.
    from_end: bool = False


#: Predicates of a thing someone has on them (a thing they have goes where they go).
_CARRIED = frozenset({"holds", "wears", "carries"})
#: Pronouns that name a kind of thing: (whether the thing is of those categories, the categories).
_PRONOUN_KINDS = {
    "it": (False, frozenset({"person"})),
    "him": (True, frozenset({"person", "animal"})),
    "her": (True, frozenset({"person", "animal"})),
    "he": (True, frozenset({"person", "animal"})),
    "she": (True, frozenset({"person", "animal"})),
}
#: Subject pronouns that name a person before an animal ("A boy has a dog. He is walking it.").
_PERSON_FIRST = frozenset({"he", "she"})


class _Resolver:
    def __init__(self, lex: Lexicon, base_entities: list[Entity], editing: bool) -> None:
        self.lex = lex
        self.entities: list[Entity] = list(base_entities)
        self.relations: list[EntityRelation] = []
        self.background: tuple[str, str] | None = None
        self.scenes: list[SceneWord] = []
        self.notes: list[Note] = []
        self.warnings: list[str] = []
        self.actions: dict[int, str] = {}
        self.map: dict[int, Entity | _Subset | None] = {}
        self.pending: dict[int, Mention] = {}
        self.lookup: set[int] = set()
        self.editing = editing
        self.next_key = max((e.key for e in base_entities), default=-1) + 1
        self.colored: dict[int, set[int]] = {}
        #: Colours a new group was given one after another in its own sentence ("three cups: red, green
        #: and blue"), by entity key.
        self.listed: dict[int, list[tuple[str, str]]] = {}
        self.total = sum(e.count for e in base_entities)
        #: Bare plurals that may name one worn thing ("glasses"): entity key → the worn noun.
        self.worn: dict[int, str] = {}
        #: Entities named only as a relation's object ("on a mat"): pronouns prefer others.
        self.objects: set[int] = set()
        #: The entity the prompt spoke of last ("the other one" means another one than this).
        self.last_ref: Entity | None = None
        #: "the other one" mentions, once resolved (every later op on them means the same thing).
        self.others: dict[int, Entity | _Subset] = {}
        #: "one is sitting, the other is brown": the members a counted subset took when named.
        self.reserved: dict[int, list[int]] = {}
        #: Bare plurals shared out one per subject ("a boy and a girl flying kites"), by entity key.
        self.shared: set[int] = set()

    # -- helpers -------------------------------------------------------------------------------
    def note(
        self, stage: str, message: str, entities: tuple[int, ...] = (), sentence: int | None = None
    ) -> None:
        self.notes.append(Note(stage, message, entities, sentence))

    def act(self, sentence: int, action: str) -> None:
        rank = ["keep", "style", "text", "create", "add", "modify", "move", "replace", "remove", "retract"]
        current = self.actions.get(sentence, "keep")
        if rank.index(action) > rank.index(current):
            self.actions[sentence] = action

    def live(self) -> list[Entity]:
        return [e for e in self.entities if e.alive]

    def find(self, mention: Mention, exclude: Entity | None = None) -> Entity | None:
        """The latest live entity a definite phrase or pronoun points at."""
        candidates = [e for e in reversed(self.live()) if e is not exclude]
        if mention.noun is not None and mention.noun != "text":
            same = [e for e in candidates if e.noun == mention.noun]
            if not same and mention.definite:  # "a teddy bear …, the bear": the compound's head
                same = [e for e in candidates if e.noun.endswith(" " + mention.noun)]
            if mention.colors:
                wanted = {c[0] for c in mention.colors}
                colored = [e for e in same if {c[0] for c in e.colors} & wanted]
                if colored:
                    return colored[0]
                same = [e for e in same if not e.colors]  # "the red cup" is not the blue one
            labelled = [e for e in same if e.label == mention.label]
            pool = labelled or same
            return pool[0] if pool else None
        if mention.noun == "text":
            return None
        if mention.colors:  # "the red one"
            wanted = {c[0] for c in mention.colors}
            colored = [e for e in candidates if {c[0] for c in e.colors} & wanted]
            if colored:
                return colored[0]
        if mention.size_words:  # "the big one"
            sized = [e for e in candidates if set(e.size_words) & set(mention.size_words)]
            if sized:
                return sized[0]
        if mention.plural or mention.subset is not None or mention.member is not None:
            plural = [e for e in candidates if e.count > 1]
            named = [e for e in reversed(candidates) if e.kind == "object"]
            if not plural and mention.member is not None and 0 <= mention.member < len(named) > 1:
                return named[mention.member]  # "a cat, a dog and a bird, make the second one red": the dog
            pool = plural or candidates
            return pool[0] if pool else None
        # "a boy with a kite, make it yellow": "it" is no person; "give her a hat": "her" is a person or
        # an animal (whichever the prompt has)
        named_kind = _PRONOUN_KINDS.get(mention.label)
        if named_kind is not None:
            among, categories = named_kind
            kinds = [e for e in candidates if (self.category(e) in categories) == among]
            people = [e for e in kinds if self.category(e) == "person"]
            candidates = (people if mention.label in _PERSON_FIRST else []) or kinds or candidates
        # "a cat on a mat. It is gray": a sentence's subject, not the thing it rests on or by.
        subjects = [e for e in candidates if e.key not in self.objects]
        pool = subjects or candidates
        return pool[0] if pool else None

    def category(self, entity: Entity) -> str | None:
        info = self.lex.nouns.get(entity.noun)
        return info.category if info is not None else None

    def get(self, mention: Mention | None, exclude: Entity | None = None) -> Entity | _Subset | None:
        if mention is None:
            return None
        if mention.pronoun is not None:
            if mention.index in self.others:
                return self.others[mention.index]
            target = self.find(mention, exclude)
            if target is None:
                return None
            if mention.subset is not None:
                if mention.subset < 0 and target.count == 1 and target.kind == "object":
                    other = self.other(mention)  # "the other one" of two things named one by one
                    if other is not None:
                        self.others[mention.index] = other
                        self.last_ref = self.entity(other)
                        return other
                return _Subset(target, mention.subset, from_end=mention.from_end)
            self.last_ref = target
            found: Entity | _Subset | None = target
        else:
            found = self.map.get(mention.index)
        if mention.member is not None and isinstance(found, Entity) and self.next_member(mention, found):
            # "the first cat is black and the second cat is white": the second is one more cat
            self.set_count(found, mention.member + 1, mention.sentence)
        if mention.member is not None and isinstance(found, Entity) and found.count > 1:
            member = (found.count - 1) // 2 if mention.member == MIDDLE else mention.member
            how = mention.arrangement or ("row" if mention.member == MIDDLE else None)
            if how is not None and found.arrangement is None and not found.base_ids:
                found.arrangement = how  # "the one on the left", "the middle one": they stand in a row
                self.note("resolve", f"the {found.noun} stand in a {how}", (found.key,), mention.sentence)
            return _Subset(found, 1, member)
        return found

    def next_member(self, mention: Mention, found: Entity) -> bool:
        """Whether an ordinal names the member after the last of a new group: "the second cat" of one
        cat, or "the second" when the cat is the only thing ("a cat and a dog, the second one" is the
        dog)."""
        member = mention.member
        if member is None or found.kind != "object" or found.base_ids or not 1 <= member == found.count:
            return False
        alone = [e for e in self.live() if e.kind == "object"] == [found]
        return mention.noun == found.noun or alone

    def other(self, mention: Mention) -> Entity | _Subset | None:
        """ "the other (one)": the thing besides the one spoken of last — another of the same noun, else
        another subject; with none, "one cat is black, the other is white" makes the cat a pair."""
        last = self.last_ref if self.last_ref is not None and self.last_ref.alive else None
        pool = [e for e in reversed(self.live()) if e is not last and e.kind == "object"]
        if mention.noun is not None:  # "the other horse"
            pool = [e for e in pool if e.noun == mention.noun]
        if last is None:
            return pool[0] if pool else None
        same = [e for e in pool if e.noun == last.noun]
        subjects = [e for e in pool if e.key not in self.objects]
        if same or subjects:
            return (same or subjects)[0]
        if last.count == 1 and not last.base_ids and self.total < MAX_ELEMENTS:
            last.count, self.total = 2, self.total + 1
            if last.colors:
                last.member_colors[0], last.colors = last.colors, []
            self.note("resolve", f"'{mention.label}': a second {last.noun}", (last.key,), mention.sentence)
            return _Subset(last, 1, 1)
        return pool[0] if pool else None

    def absent(self, label: str, sentence: int) -> None:
        """An edit names something the base plan lacks: a clear 422, never a silent no-op."""
        names = sorted({e.noun for e in self.live() if e.kind == "object"})
        have = ", ".join(names) if names else "nothing"
        raise InvalidRequestError(
            f"sentence {sentence} names '{label}', which is not in the base plan (it has: {have})",
            param="prompt",
        )

    @staticmethod
    def entity(ref: Entity | _Subset | None) -> Entity | None:
        return ref.entity if isinstance(ref, _Subset) else ref

    # -- mentions ------------------------------------------------------------------------------
    def mention(self, m: Mention) -> None:
        if m.pronoun is not None:
            self.map[m.index] = None
            if m.subset is not None and m.subset > 0 and m.member is None:
                self.reserve(m)
            elif m.subset is not None and m.subset < 0:
                self.get(m)  # "one dog runs, the other sleeps": the other exists whatever is said of it
            if m.position is not None and (target := self.find(m)) is not None:
                target.position = m.position  # "the red one is on the left"
                self.note("resolve", f"the {target.noun} goes {m.position}", (target.key,), m.sentence)
                self.act(m.sentence, "move")
            return
        if m.negated:
            self.negate(m)
            return
        if m.count_edit is not None and m.noun is not None:
            how, number = m.count_edit
            found = self.find(Mention(m.index, m.sentence, m.noun, m.label, definite=True))
            if found is not None and found.kind == "object":  # "now only two apples": the apples there are
                self.map[m.index] = found
                self.last_ref = found
                self.set_count(found, new_count(how, number, found.count), m.sentence)
                return
            if how != "set" and not m.definite:
                self.map[m.index] = None
                return
        if m.definite or m.index in self.lookup:
            found = self.find(m)
            if found is None and m.words == LOOKUP_ANY:
                found = self.find(Mention(m.index, m.sentence, None, "it", pronoun="it"))
            if found is not None:
                self.map[m.index] = found
                self.last_ref = found
                self.note(
                    "resolve", f"'{m.label}' refers to an earlier {found.noun}", (found.key,), m.sentence
                )
                if m.position is not None and m.position != found.position:  # "…, the dog on the left"
                    found.position = m.position
                    self.note("resolve", f"the {found.noun} goes {m.position}", (found.key,), m.sentence)
                return
            if self.editing and m.definite and m.noun not in (None, "text"):
                self.absent(m.label, m.sentence)
            if m.index in self.lookup and not m.definite:
                self.map[m.index] = None
                return
        self.map[m.index] = self.create(m)

    def reserve(self, m: Mention) -> None:
        """A counted subset ("two of them", "one is …") takes its members when named, so "the rest" or
        "the other" means the members it did not take, whatever was said of them."""
        ref = self.get(m)
        if not isinstance(ref, _Subset) or ref.n <= 0:
            return
        done = self.colored.setdefault(ref.entity.key, set())
        free = [i for i in range(ref.entity.count) if i not in done]
        chosen = free[-ref.n :] if ref.from_end else free[: ref.n]
        done.update(chosen)
        self.reserved[m.index] = chosen

    def negate(self, m: Mention) -> None:
        self.map[m.index] = None
        found = self.find(m) if m.noun not in (None, "text") else None
        if found is not None:
            found.alive = False
            self.note(
                "resolve",
                f"'no {m.label}': retracted the {found.noun} mentioned before",
                (found.key,),
                m.sentence,
            )
            self.act(m.sentence, "remove" if found.base_ids else "retract")
            return
        self.note("resolve", f"negated '{m.label}': no {m.noun} in the scene", (), m.sentence)

    def create(self, m: Mention) -> Entity | None:
        assert m.noun is not None
        count = m.count if m.count is not None else (BARE_PLURAL if m.plural else 1)
        noun, label = m.noun, m.label
        whole = whole_plural(m.label, m.noun) if m.plural and m.count is None else None
        if whole is not None:  # "red curtains", "the stairs": one thing named in the plural
            count, noun, label = 1, whole, whole
        if count <= 0:
            self.note("resolve", f"zero '{m.label}': nothing to place", (), m.sentence)
            return None
        if count > MAX_COUNT:
            self.warnings.append(f"{count} × '{m.label}' is more than {MAX_COUNT}; placing {MAX_COUNT}")
            count = MAX_COUNT
        if self.total + count > MAX_ELEMENTS:
            room = MAX_ELEMENTS - self.total
            self.warnings.append(
                f"the scene is limited to {MAX_ELEMENTS} elements; '{m.label}' cut to {room}"
            )
            count = room
            if count <= 0:
                return None
        self.total += count
        entity = Entity(
            key=self.next_key,
            noun=noun,
            label=label,
            count=count,
            sentence=m.sentence,
            kind="text" if m.noun == "text" else "object",
            colors=list(m.colors),
            size=m.size,
            size_words=list(m.size_words),
            material=m.material,
            text_content=m.text,
            text_role=m.text_role,
            position=m.position,
            arrangement=m.arrangement if count > 1 else None,
            columns=m.columns,
            pose=m.pose,
            action=m.action,
        )
        self.next_key += 1
        self.entities.append(entity)
        self.last_ref = entity
        if m.plural and m.count is None and (worn := worn_plural(m.label, m.noun)) is not None:
            self.worn[entity.key] = worn
        colors = " ".join(c[0] for c in m.colors)
        desc = f"{count} × {colors + ' ' if colors else ''}{m.noun}"
        if m.text is not None:
            desc = f"text {m.text!r} ({m.text_role})"
        self.note("resolve", f"new {desc} from '{label}'", (entity.key,), m.sentence)
        if m.size_words:
            scope = "in the world" if m.size >= 2.0 or m.size <= 0.5 else f"for a {m.noun}"
            self.note(
                "resolve",
                f"'{' '.join(m.size_words)}': the {m.noun} is ×{m.size:.2f} its usual size, {scope}",
                (entity.key,),
                m.sentence,
            )
        if entity.arrangement is not None:
            self.note(
                "resolve",
                f"the {count} {m.noun} are arranged: {entity.arrangement}",
                (entity.key,),
                m.sentence,
            )
        self.act(m.sentence, "add" if self.editing else ("text" if m.text is not None else "create"))
        return entity

    # -- operations ----------------------------------------------------------------------------
    def run(self, parsed: list[ParsedSentence]) -> None:
        for sentence in parsed:
            for op in sentence.ops:
                if op.kind == "retract" and op.mention is not None:
                    self.lookup.add(op.mention.index)
                if (
                    op.kind == "mention"
                    and op.mention is not None
                    and op.mention.words in (LOOKUP, LOOKUP_ANY)
                ):
                    self.lookup.add(op.mention.index)
                if op.kind == "replace" and op.mention is not None and op.value == "edit":
                    self.lookup.add(op.mention.index)
        for sentence in parsed:
            self.actions.setdefault(sentence.index, "keep")
            for op in sentence.ops:
                self.apply(op)
            self.warnings.extend(sentence.warnings)
        self.wear_plurals()
        for entity in pick_senses(self.live(), self.relations, self.lex):  # "a cat chasing a mouse"
            self.note("resolve", f"{entity.label}: the {entity.noun} its company names", (entity.key,))
        for entity in self.live():
            self.imply(entity)
        for entity, pose in bed_poses(self.relations, self.category):  # "a boy in bed": lying
            entity.pose = pose
            self.note("resolve", f"{entity.label}: {pose} in bed", (entity.key,))
        for entity, rest in rest_poses(self.live(), self.relations, self.category):  # "resting": lying
            entity.pose = rest
        for entity in seated_poses(self.relations, self.category):  # "reading on a bench": sitting
            entity.pose = "sitting"
        for entity, flies in caught_poses(self.live(), self.relations, self.category):  # "catching a ball"
            entity.pose = flies
        for entity, age in list(ages_said(parsed, self.live(), self.lex, self.category)):  # "an old man"
            entity.age = age
        self.play_at_tables()

    def play_at_tables(self) -> None:
        """ "two men playing chess at a table": the board on the table, its players facing it."""
        games = list(boards_on_tables(self.live(), self.relations))
        for board, table in games:
            self.relations.append(EntityRelation(board, "on", table, None, board.sentence))
            self.note("resolve", f"{board.label}: on the {table.label} it is played at", (board.key,))
        boards = [board for board, _ in games]
        players = players_of(boards, self.live(), self.relations, lambda e: self.category(e) == "person")
        for player, board in list(players):
            self.relations.append(EntityRelation(player, "faces", board, None, board.sentence))

    def wear_plurals(self) -> None:
        """ "a man with glasses", "a girl wearing glasses": one pair of spectacles, where a person is in
        the scene and nothing but wearing is done to them ("two friends clinking glasses": glasses)."""
        if not any(self.category(e) == "person" for e in self.live()):
            return
        for entity in self.live():
            worn = self.worn.get(entity.key)
            on = [r for r in self.relations if r.object is entity]
            if worn is None or any(r.predicate != "wears" for r in on):
                continue
            entity.noun, entity.label = worn, worn
            if any(r.subject.count > 1 for r in on):
                continue  # "three men wearing glasses": a pair each, as the plural shares them out
            self.total -= entity.count - 1
            entity.count, entity.arrangement = 1, None
            self.relations = [replace(r, members=None) if r.object is entity else r for r in self.relations]
            self.note("resolve", f"'{worn}': one pair worn, not {worn} to count", (entity.key,))

    def apply(self, op: Op) -> None:
        if op.kind == "mention" and op.mention is not None:
            self.mention(op.mention)
            if op.mention.pose is not None and (target := self.entity(self.get(op.mention))) is not None:
                target.pose = op.mention.pose  # "the cat is sleeping"
        elif op.kind == "relation":
            self.relate(op)
        elif op.kind == "retract":
            ref = self.get(op.mention)
            target = self.entity(ref)
            if target is not None and self.fewer(ref, op):
                return
            if target is None:
                label = op.mention.label if op.mention is not None else "it"
                if self.editing:
                    self.absent(label, op.sentence)
                self.warnings.append(f"nothing called '{label}' to remove")
                return
            target.alive = False
            self.note("resolve", f"removed the {target.noun}", (target.key,), op.sentence)
            self.act(op.sentence, "remove" if target.base_ids else "retract")
        elif op.kind == "replace":
            new = self.entity(self.get(op.other))
            old = self.entity(self.get(op.mention, exclude=new))
            if old is None or old is new:
                return
            old.alive = False
            if new is not None and op.value == "edit":
                new.replaces = old
            if new is not None and not old.base_ids:
                # "a red cup, actually a mug", "make the kite a balloon": the thing renamed keeps its colour
                self.inherit(old, new, op.sentence, renamed=op.value != "edit" or op.extra == "rename")
            name = new.noun if new is not None else "nothing"
            self.note(
                "resolve",
                f"correction: {old.noun} replaced by {name}",
                (old.key,) + ((new.key,) if new else ()),
                op.sentence,
            )
            self.act(
                op.sentence, "replace" if old.base_ids or op.value == "edit" or new is not None else "retract"
            )
        elif op.kind == "only":
            self.keep_only(op)
        elif op.kind == "recolor":
            self.recolor(op)
        elif op.kind == "swap":
            self.swap(op)
        elif op.kind == "retext":
            self.retext(op)
        elif op.kind == "recount":
            target = self.entity(self.get(op.mention))
            if target is not None and target.kind == "object":
                self.set_count(target, new_count(op.value or "set", op.number, target.count), op.sentence)
        elif op.kind == "resize":
            target = self.entity(self.get(op.mention))
            if target is not None:
                if op.extra == "replace":  # "a big dog, actually a small one": that size instead
                    target.size, target.size_words = op.number, op.value.split()
                else:
                    target.size *= op.number
                    target.size_words.append(op.value)
                target.modified = True
                self.act(
                    op.sentence, "modify" if target.base_ids or target.sentence != op.sentence else "create"
                )
        elif op.kind == "text":
            host = self.entity(self.get(op.mention))
            if host is not None:
                host.texts.append((op.value, op.extra or "label"))
                host.modified = True
                self.note(
                    "resolve", f"text {op.value!r} on the {host.noun} ({op.extra})", (host.key,), op.sentence
                )
                self.act(op.sentence, "modify" if host.base_ids else "text")
        elif op.kind == "scene":
            self.background = (op.value, op.extra)
            stated = self.lex.color_hex.get(op.colors[0][0]) if op.colors else None
            if op.colors and op.colors[0][1].startswith("#"):
                stated = op.colors[0][1]
            if op.predicate == "replace" and _is_place(op.value):  # the place said instead of another
                self.scenes = [w for w in self.scenes if not _is_place(w.description)]
            self.scenes.append(SceneWord(op.value, op.extra, stated))
            self.note("resolve", f"scene '{op.value}' sets the background {op.extra}", (), op.sentence)
            self.act(op.sentence, "style")

    def set_count(self, target: Entity, n: int, sentence: int) -> None:
        """A new count for an entity; in an edit, fewer base elements are kept or new ones join."""
        n = max(1, min(MAX_COUNT, n))
        if target.base_ids and n > len(target.base_ids):
            extra = n - len(target.base_ids)
            self.spawn(target, extra, sentence)
            self.note("resolve", f"{extra} more {target.noun}", (target.key,), sentence)
            self.act(sentence, "add")
            return
        self.total += n - target.count
        target.count = n
        if target.base_ids:
            target.base_ids = target.base_ids[:n]
        target.member_colors = {i: c for i, c in target.member_colors.items() if i < target.count}
        self.act(sentence, "modify" if target.base_ids or target.sentence != sentence else "create")
        self.note("resolve", f"correction: {target.noun} count is {target.count}", (target.key,), sentence)

    def spawn(self, like: Entity, count: int, sentence: int) -> None:
        """New things like a base element ("one more" in an edit): same noun, colour and size."""
        entity = Entity(
            key=self.next_key,
            noun=like.noun,
            label=like.label,
            count=count,
            sentence=sentence,
            colors=list(like.colors),
            size=like.size,
            size_words=list(like.size_words),
            material=like.material,
        )
        self.next_key += 1
        self.total += count
        self.entities.append(entity)

    def fewer(self, ref: Entity | _Subset | None, op: Op) -> bool:
        """ "remove one", "remove one dog" (of several): the group shrinks instead of going away."""
        target = self.entity(ref)
        mention = op.mention
        if target is None or mention is None or target.count < 2:
            return False
        if isinstance(ref, _Subset) and ref.member is None and 0 < ref.n < target.count:
            n = ref.n
        elif not isinstance(ref, _Subset) and not mention.definite and mention.pronoun is None:
            n = mention.count or 0
        else:
            return False
        if not 0 < n < target.count:
            return False
        target.count -= n
        self.total -= n
        if target.base_ids:  # "remove one apple" in an edit: the last one goes
            target.base_ids = target.base_ids[: target.count]
        target.member_colors = {i: c for i, c in target.member_colors.items() if i < target.count}
        self.note("resolve", f"removed {n} {target.noun}; {target.count} left", (target.key,), op.sentence)
        self.act(op.sentence, "remove" if target.base_ids else "modify")
        return True

    def keep_only(self, op: Op) -> None:
        """ "scratch that, just the dog": every other thing named so far goes."""
        target = self.entity(self.get(op.mention))
        if target is None:
            return
        for entity in self.live():
            if entity is not target and entity.kind == "object":
                entity.alive = False
                self.note(
                    "resolve",
                    f"only the {target.noun} stays: removed the {entity.noun}",
                    (entity.key,),
                    op.sentence,
                )
                self.act(op.sentence, "remove" if entity.base_ids else "retract")

    def relate(self, op: Op) -> None:
        mover, place_said = op.mention, op.other
        if op.value == "move" and mover and mover.pronoun == "it" and place_said and not place_said.pronoun:
            # "a cup on a plate. no, under the table": what moves is not the new place itself
            place = self.entity(self.get(op.other))
            subject = self.entity(self.get(op.mention, exclude=place))
        elif mover is not None and mover.pronoun is not None and place_said and not place_said.pronoun:
            # "a girl, give her a red hat": "her" is not the hat named after it
            subject = self.entity(self.get(op.mention, exclude=self.entity(self.get(op.other))))
        else:
            subject = self.entity(self.get(op.mention))
        frame = op.frame
        if frame is not None and frame.mutual and op.other is op.mention and subject is not None:
            self.mutual(subject, op)  # "two kids holding hands"
            return
        obj = self.entity(self.get(op.other, exclude=subject))
        obj2 = self.entity(self.get(op.other2, exclude=subject)) if op.other2 is not None else None
        if frame is not None and frame.inverse and subject is not None and obj is not None:
            subject, obj = obj, subject  # "a horse ridden by a knight": the knight rides
        if frame is not None and frame.pose is not None and subject is not None and subject is not obj:
            subject.pose = frame.pose
            if frame.mutual and obj is not None:
                obj.pose = obj.pose or frame.pose
        if (
            frame is not None
            and obj is not None
            and op.predicate == "faces"
            and obj.pose is None
            and word_table("aimed_verbs").get(frame.phrase.split(" ", 1)[0]) == "thrown"
        ):
            obj.pose = "flying"  # "kids throwing snowballs": in the air, at hand height
        elif frame is not None and obj is not None and obj.pose is None and catches(frame, op.predicate):
            obj.pose = CAUGHT  # "a dog catching a frisbee": in the air (settled by caught_poses)
        if op.predicate == TOPPED_WITH and subject is not None and obj is not None and subject is not obj:
            self.note("resolve", fold(subject, obj), (subject.key,), op.sentence)  # "a cake with candles"
            return
        if subject is None or obj is None or subject is obj:
            self.note(
                "resolve",
                f"relation '{op.predicate}' dropped: a side is missing or excluded",
                (),
                op.sentence,
            )
            return
        if op.value != "move" and any(
            r.subject is obj and r.object is subject and r.predicate == op.predicate for r in self.relations
        ):
            self.note(
                "resolve", f"relation '{op.predicate}' dropped: it would undo the one before", (), op.sentence
            )
            return  # "a cup on a plate … the plate on the cup": a loop no layout can hold
        if op.value != "move" and any(
            r.subject is obj and r.object is subject and r.predicate in _CARRIED for r in self.relations
        ):
            # "a woman with a bag on her shoulder": the bag she holds goes with her, not on top of her
            self.note("resolve", f"relation '{op.predicate}' dropped: {obj.noun} has it", (), op.sentence)
            return
        if op.predicate == "between" and obj2 is None and obj.count < 2:
            self.warnings.append("'between' needs two things; relation dropped")
            return
        if op.predicate in _PLACES:  # "a cat on a table. actually the cat is under the table": not both
            self.relations = [
                r
                for r in self.relations
                if not (r.subject is subject and r.object is obj and r.predicate in _PLACES)
            ]
        if op.value == "move":  # "move the car above the bus": its earlier placement no longer holds
            self.relations = [
                r
                for r in self.relations
                if r.subject is not subject and not (r.subject is obj and subject in (r.object, r.object2))
            ]
        self.relations.append(EntityRelation(subject, op.predicate, obj, obj2, op.sentence))
        if frame is not None and frame.mutual and obj2 is None and op.value != "move":
            # "a knight fighting a dragon": the dragon fights back, facing the knight
            self.relations.append(EntityRelation(obj, op.predicate, subject, None, op.sentence))
        self.one_per_body(subject, obj, op)
        self.share_out(obj, op)
        self.objects.add(obj.key)
        self.objects.discard(subject.key)
        if op.value == "move":
            subject.moved = True
            self.act(op.sentence, "move")
        keys = (subject.key, obj.key) + ((obj2.key,) if obj2 else ())
        self.note(
            "resolve",
            f"{subject.noun} {op.predicate} {obj.noun}" + (f" and {obj2.noun}" if obj2 else ""),
            keys,
            op.sentence,
        )

    def one_per_body(self, subject: Entity, obj: Entity, op: Op) -> None:
        """ "two girls wearing hats": a bare plural worn, held, carried or ridden by a counted group is one
        for each member (two hats), not the three a bare plural makes on its own."""
        other = op.other
        if (
            op.predicate not in _ONE_EACH
            or subject.count < 2
            or other is None
            or other.count is not None
            or not other.plural
            or other.noun != obj.noun
            or obj.count != BARE_PLURAL
        ):
            return
        self.total += subject.count - obj.count
        obj.count = subject.count
        self.shared.add(obj.key)  # one each: a holder named next gets its own too
        self.note("resolve", f"one {obj.noun} for each {subject.noun}: {obj.count}", (obj.key,), op.sentence)

    def share_out(self, obj: Entity, op: Op) -> None:
        """ "a boy and a girl flying kites": a bare plural that several things each wear, hold, carry or
        ride is one for each of them (two kites, one per flyer), each holder with its own, in the order
        the prompt names the holders; not the three a bare plural makes, all in the first one's hand."""
        other = op.other
        if (
            op.predicate not in _ONE_EACH
            or other is None
            or other.count is not None
            or not other.plural
            or other.noun != obj.noun
            or (obj.count != BARE_PLURAL and obj.key not in self.shared)
        ):
            return
        holders = {
            r.subject.key: r.subject
            for r in self.relations
            if r.object is obj and r.predicate == op.predicate
        }
        subjects = sorted(holders.values(), key=lambda e: e.key)
        if len(subjects) < 2:
            return
        starts: dict[int, int] = {}
        wanted = 0
        for subject in subjects:
            starts[subject.key] = wanted
            wanted += subject.count
        self.total += wanted - obj.count
        obj.count = wanted
        self.shared.add(obj.key)
        self.relations = [
            replace(r, members=(starts[r.subject.key], starts[r.subject.key] + r.subject.count))
            if r.object is obj and r.predicate == op.predicate
            else r
            for r in self.relations
        ]
        names = " and ".join(s.noun for s in subjects)
        self.note("resolve", f"one {obj.noun} for each of the {names}: {obj.count}", (obj.key,), op.sentence)

    def mutual(self, group: Entity, op: Op) -> None:
        """A verb the members of one group do to each other: each member with the next."""
        if group.count < 2:
            return
        if op.frame is not None and op.frame.pose is not None:
            group.pose = group.pose or op.frame.pose
        self.relations.append(EntityRelation(group, op.predicate, group, None, op.sentence))
        self.note(
            "resolve", f"{group.noun} ×{group.count} {op.predicate} each other", (group.key,), op.sentence
        )

    def inherit(self, old: Entity, new: Entity, sentence: int, renamed: bool = False) -> None:
        """A replacement takes over the relations of what it replaces ("replace the clock with a lamp"),
        and the colour of the same thing said again with none ("a blue bird. make it two birds") or of
        a thing ``renamed`` by a correction ("a red cup, actually a mug": a red mug)."""
        same = new.noun == old.noun or renamed
        if same and not new.colors and not new.member_colors and old.colors:
            new.colors = list(old.colors)
        moved = 0
        out: list[EntityRelation] = []
        for rel in self.relations:
            if old in (rel.subject, rel.object, rel.object2):
                rel = EntityRelation(
                    new if rel.subject is old else rel.subject,
                    rel.predicate,
                    new if rel.object is old else rel.object,
                    new if rel.object2 is old else rel.object2,
                    rel.sentence,
                )
                if rel.subject is rel.object or rel in out:
                    continue
                moved += 1
            out.append(rel)
        self.relations = out
        if moved:
            self.note(
                "resolve",
                f"the {new.noun} takes the {old.noun}'s place ({moved} relation(s))",
                (new.key,),
                sentence,
            )

    def retext(self, op: Op) -> None:
        """New words for the latest text (of the named role, when one is named)."""
        texts = [
            e for e in reversed(self.live()) if (e.kind == "text" and e.text_content is not None) or e.texts
        ]
        matching = [
            e
            for e in texts
            if op.extra and (e.text_role == op.extra or any(r == op.extra for _, r in e.texts))
        ]
        pool = matching or texts
        if not pool:
            if self.editing:
                self.absent(op.extra or "text", op.sentence)
            self.warnings.append("no text to change; the new words were left out")
            return
        target = pool[0]
        if target.kind == "text":
            old, target.text_content = target.text_content, op.value
        else:
            old = target.texts[-1][0]
            target.texts[-1] = (op.value, target.texts[-1][1])
        target.modified = True
        self.note("resolve", f"text {old!r} → {op.value!r}", (target.key,), op.sentence)
        self.act(op.sentence, "text")

    def swap(self, op: Op) -> None:
        """ "swap A and B" (places) or "swap the colours (of A and B)"."""
        a = self.entity(self.get(op.mention))
        b = self.entity(self.get(op.other, exclude=a))
        if a is None or b is None:
            pool = [e for e in reversed(self.live()) if e.kind == "object"]
            if op.value == "color":
                pool = [e for e in pool if e.colors or e.member_colors]
            pool = [e for e in pool if e is not a and e is not b]
            a = a or (pool.pop(0) if pool else None)
            b = b or (pool.pop(0) if pool else None)
        if a is None or b is None or a is b:
            if self.editing:
                self.absent(op.mention.label if op.mention is not None else "two things to swap", op.sentence)
            self.warnings.append("'swap' needs two things; nothing swapped")
            return
        if op.value == "color":
            a.colors, b.colors = b.colors, a.colors
            a.member_colors, b.member_colors = b.member_colors, a.member_colors
            a.modified = b.modified = True
            self.note(
                "resolve",
                f"swapped the colours of the {a.noun} and the {b.noun}",
                (a.key, b.key),
                op.sentence,
            )
            self.act(op.sentence, "modify")
            return
        a.swap_with, b.swap_with = b, a
        a.moved = b.moved = True
        if not a.base_ids and not b.base_ids:  # a new scene: trade places in the relations and hints
            a.position, b.position = b.position, a.position
            trade = {a.key: b, b.key: a}
            self.relations = [
                EntityRelation(
                    trade.get(r.subject.key, r.subject),
                    r.predicate,
                    trade.get(r.object.key, r.object),
                    trade.get(r.object2.key, r.object2) if r.object2 is not None else None,
                    r.sentence,
                )
                for r in self.relations
            ]
        self.note("resolve", f"the {a.noun} and the {b.noun} swap places", (a.key, b.key), op.sentence)
        self.act(op.sentence, "move")

    def recolor(self, op: Op) -> None:
        ref = self.get(op.mention)
        target = self.entity(ref)
        if target is None and self.editing and op.mention is not None:
            self.absent(op.mention.label, op.sentence)
        if target is None or not op.colors:
            return
        group = self.pronoun_group(op.mention, target)
        if group:  # "a pear and an apple. turn both of them red"
            for entity in group:
                entity.colors, entity.member_colors, entity.modified = list(op.colors), {}, True
                self.act(
                    op.sentence, "modify" if entity.base_ids or entity.sentence != op.sentence else "create"
                )
            names = " and the ".join(e.noun for e in group)
            keys = tuple(e.key for e in group)
            self.note("resolve", f"the {names} are {op.colors[0][0]}", keys, op.sentence)
            return
        if isinstance(ref, _Subset):
            done = self.colored.setdefault(target.key, set())
            free = [i for i in range(target.count) if i not in done]
            chosen = free if ref.n < 0 else (free[-ref.n :] if ref.from_end else free[: ref.n])
            if op.mention is not None and op.mention.index in self.reserved:
                chosen = self.reserved[op.mention.index]
            if ref.member is not None:
                chosen = [ref.member % target.count]
            for i in chosen:
                target.member_colors[i] = list(op.colors)
                done.add(i)
            self.note(
                "resolve",
                f"{len(chosen)} of the {target.noun} are {op.colors[0][0]}",
                (target.key,),
                op.sentence,
            )
        else:
            if op.value == "replace" or target.base_ids:
                target.colors = list(op.colors)
                target.member_colors = {}
            else:
                target.colors += [c for c in op.colors if c not in target.colors]
            self.note(
                "resolve",
                f"the {target.noun} is {' and '.join(c[0] for c in target.colors)}",
                (target.key,),
                op.sentence,
            )
            self.one_each(target, op)
        target.modified = True
        self.act(op.sentence, "modify" if target.base_ids or target.sentence != op.sentence else "create")

    def one_each(self, target: Entity, op: Op) -> None:
        """A new group given as many different colours as it has members, one after another in its own
        sentence ("three cups, one of each colour: red, green, blue"), has one member in each."""
        if target.base_ids or target.count < 2 or target.sentence != op.sentence:
            return
        listed = self.listed.setdefault(target.key, [])
        listed += [c for c in op.colors if c not in listed]
        if len(listed) != target.count or len({c[0] for c in listed}) != len(listed):
            return
        target.colors = [listed[0]]
        target.member_colors = {i: [c] for i, c in enumerate(listed)}
        self.note(
            "resolve",
            f"one {target.noun} in each colour: {', '.join(c[0] for c in listed)}",
            (target.key,),
            op.sentence,
        )

    def pronoun_group(self, mention: Mention | None, target: Entity) -> list[Entity]:
        """ "them"/"both of them" when no group was named: the single things named together with the one
        found (in its sentence), as many as the words say."""
        if mention is None or mention.pronoun is None or mention.member is not None:
            return []
        if mention.every:  # "two dogs and a cat, make them all brown": the dogs and the cat
            named = [
                e
                for e in reversed(self.live())
                if e.kind == "object" and e.sentence == target.sentence and e.key not in self.objects
            ]
            return named if len(named) >= 2 and target in named else []
        if target.count != 1:
            return []
        if not (mention.plural or (mention.subset is not None and mention.subset > 1)):
            return []
        together = [
            e
            for e in reversed(self.live())
            if e.kind == "object"
            and e.sentence == target.sentence
            and e.count == 1
            and e.key not in self.objects
        ]
        wanted = mention.subset if mention.subset is not None and mention.subset > 1 else len(together)
        return together[:wanted] if len(together) >= 2 and target in together[:wanted] else []

    def imply(self, entity: Entity) -> None:
        info = self.lex.nouns.get(entity.noun)
        if info is None or entity.kind != "object" or entity.base_ids:
            return
        if entity.colors or entity.member_colors or info.implied_color is None:
            return
        if info.category in IMPLIED_CATEGORIES:
            entity.implied_color = info.implied_color
            self.note(
                "resolve",
                f"implied colour {info.implied_color} for {entity.noun} (not stated)",
                (entity.key,),
                entity.sentence,
            )


def _is_place(description: str) -> bool:
    row = setting_row(description)
    return row is not None and row.setting is not None


def resolve(
    parsed: list[ParsedSentence], lex: Lexicon, base_entities: list[Entity] | None = None
) -> ResolvedScene:
    resolver = _Resolver(lex, base_entities or [], editing=base_entities is not None)
    resolver.run(parsed)
    return ResolvedScene(
        entities=resolver.entities,
        relations=resolver.relations,
        background=resolver.background,
        notes=resolver.notes,
        warnings=resolver.warnings,
        actions=resolver.actions,
        scenes=resolver.scenes,
    )


__all__ = ["MAX_COUNT", "MAX_ELEMENTS", "Entity", "EntityRelation", "Note", "ResolvedScene", "resolve"]
