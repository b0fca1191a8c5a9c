"""Stage 3 — parse: tokens → lexemes (longest lexicon match) → mentions and operations.

The parser reads one sentence left to right with a small state machine. It never decides what a
definite noun phrase or a pronoun refers to (that is :mod:`limner.reason.resolve`); it only records
what the sentence says: noun phrases with count, colours and size, relations between them,
corrections ("five, no, six"), negations ("no cats"), retractions ("remove the cat"), edits
("make the car blue"), quoted text and scene words.

Group words name members of the group just mentioned: "two dogs, both brown", "each one blue", "one red
and one blue", "two of them", "the rest" / "the other (one)" (subset mentions). Relations put first
("between a lamp and a clock, a vase") bind their objects, then wait for the subject.

The language knowledge is data the parser reads, not branches: the lexicon (``lexicon/*.tsv``,
``words.json``), verb frames (``verbs.tsv`` → :mod:`limner.reason.frames`: "sitting on" is ``on`` with
pose sitting), count edits (``count_edits.tsv`` → :mod:`limner.reason.counts`) and text markers
(:mod:`limner.reason.unquoted`). Around this module:

- :mod:`limner.reason.lexemes`        tokens → lexemes (longest phrase match, typos)
- :mod:`limner.reason.mentions`       what a sentence yields: mentions, operations, the noun phrase read
- :mod:`limner.reason.grammar`        the closed word classes the rules name ("both", "swap", "in" …)
- this module                         the sentence state and the dispatch of each lexeme to its rule
- :mod:`limner.reason.parse_things`   noun phrases completed into mentions, pronouns, "one", subsets
- :mod:`limner.reason.parse_numbers`  counts, group quantifiers ("two dogs, both brown"), ordinals
- :mod:`limner.reason.parse_links`    relations, verb frames, "with" (wears/holds), scene words
- :mod:`limner.reason.parse_edits`    edit verbs, corrections, negation, count edits, colours

The rule modules' functions take the parser as their first argument; the parser's methods of the same
names hand over to them, so every rule reads the same state.
"""

from __future__ import annotations

from limner.reason import parse_edits, parse_links, parse_numbers, parse_things, reciprocal, relative
from limner.reason.accompany import accompany
from limner.reason.agreement import furnished_interior, verb_after
from limner.reason.compound_place import (
    PLACE_PARTS,
    head_place_first,
    kind_of_room,
    place_head,
    places_thing,
    room_of_building,
)
from limner.reason.concepts import concept, is_a, singular_of
from limner.reason.frames import frames
from limner.reason.grammar import (
    AFFIRMATIONS,
    ALL_WORDS,
    ATOP,
    COLOR_NOUNS,
    CREATE_WORDS,
    GRID,
    HESITATIONS,
    HEX,
    LANDFORMS,
    MODIFIER_KINDS,
    NOUNLIKE_SUFFIXES,
    SCENE_PREPS,
    STANDALONE_TEXT,
    SWAP_WORDS,
)
from limner.reason.lexemes import POSSESSIVES, Lexeme, lexemes_of
from limner.reason.mentions import (
    BARE_PLURAL,
    LOOKUP,
    LOOKUP_ANY,
    RECOUNT,
    Mention,
    NounPhrase,
    Op,
    ParsedSentence,
)
from limner.reason.parse_give import GIVE_WORDS, give
from limner.reason.parse_play import PLAY_WORDS, plays
from limner.reason.parse_things import HEAPS, MASS_QUANTIFIERS
from limner.reason.parse_with import with_contents
from limner.reason.participles import modifying_participles
from limner.reason.segment import Segment
from limner.reason.setting import setting_row
from limner.reason.verb_or_noun import edit_verb_first
from limner.reason.vocab import (
    COMPOUND_VERBS,
    STOP_THINGS,
    Lexicon,
    Tag,
    class_noun,
    context_noun,
    nearest_basic,
)
from limner.reason.weather_verbs import weather_verb_after

#: Poses of a thing on its way somewhere: "a bear walking into a cave" is still outside the cave.
MOVING_POSES = frozenset({"walking", "running", "flying", "swimming"})
#: Tag kinds of verbs that may open a compound noun ("a paint roller").
_VERB_KINDS = frozenset({"filler", "modify", "add", "remove", "replace", "move"})
_EDIT_KINDS = frozenset({"modify", "add", "remove", "replace", "move"})
#: Categories of things a weather word before them is the weather of ("a snowy hill", "a foggy bridge").
OUTDOOR_THINGS = frozenset({"nature", "plant", "building", "structure", "outdoor"})


#: Verbs of being somewhere that may come between a fronted place and its thing ("in the corner stands
#: a lamp", "on the right sits a cat").
INVERTING_VERBS = frozenset(
    {
        "stands", "stand", "stood", "sits", "sit", "sat", "lies", "lie", "lay", "hangs", "hang", "rests",
        "grows",
    }
)  # fmt: skip


class SentenceParser:
    """Reads one sentence's lexemes left to right into operations (the state every rule shares)."""

    def __init__(
        self, segment: Segment, lexemes: list[Lexeme], quotes: tuple[str, ...], lex: Lexicon, start_index: int
    ) -> None:
        self.seg = segment
        self.lx = lexemes
        self.quotes = quotes
        self.lex = lex
        self.next_index = start_index
        self.ops: list[Op] = []
        self.verbs: list[str] = []
        self.warnings: list[str] = []
        self.notes: list[str] = []
        self.np: NounPhrase | None = None
        self.last: Mention | None = None
        self.target: Mention | None = None
        self.rel: Op | None = None
        self.rel_waiting = 0  # 1: object, 2: second object ("between"), -1: inverted subject
        self.corr = False
        #: "a horse and a cow, no wait, a horse and a donkey": a correction that restates the thing it
        #: corrects goes on through the things named after that one, in order (the donkey for the cow).
        self.restating: list[Mention] = []
        #: "a boy sitting at a desk reading a book": the thing after "at" is where the doer is, not a
        #: doer (no relation is made for "at"; a verb after it is the boy's).
        self.at_place = False
        #: "a cup on a table no wait on a shelf": the support a corrected place replaces.
        self.corr_place: Mention | None = None
        self.verb: str | None = None
        self.copula = False
        self.textverb: str | None = None
        self.subset: int | None = None
        self.replace_target: Mention | None = None
        self.since_noun = 99
        self.verb_word = ""
        self.ordinal: int | None = None
        #: "three kids, each with a balloon": the group's count, for the one thing each member has
        self.each_count: int | None = None
        self.mentions: list[Mention] = []
        self.objects: set[int] = set()
        #: "a man playing guitar by a fire": a verb no frame knows is waiting for its object; the things
        #: such verbs act on (their places are the doer's: the man is by the fire).
        self.acting = False
        self.acted_on: set[int] = set()
        #: "a cat and a dog on a sofa": things joined by "and" with no relation between them share the
        #: relation that follows (``joined``: an "and" after the last of them was just read).
        self.group: list[Mention] = []
        self.joined = False
        #: The other members of the group whose last member opened the relation being read.
        self.rel_group: list[Mention] = []
        #: "a vase with roses next to a window": the thing "with" follows, and what it has (mention
        #: index → that thing), whose places are the thing's.
        self.with_host: Mention | None = None
        self.accompanied: dict[int, Mention] = {}
        self.swap_what = "position"
        self.swapped = False
        #: "scratch that, just the dog": the next definite thing is all that stays.
        self.only = False
        #: A correction word was seen in this sentence ("no, not orange, blue").
        self.corrected = False
        #: Noun phrases waiting for the noun of the next one ("a red, a green and a blue balloon").
        self.elided: list[NounPhrase] = []
        #: Position of a noun a reference word already read ("the other horse").
        self.skip_noun = -1
        self.skip_number = -1
        #: "give her a hat": the words up to this position were read with the verb before them.
        self.skip_to = -1
        #: "the one on the left": the position picked a member and says nothing more.
        self.skip_pos = False
        self.lx_index = -1
        #: Position of the latest quantifier that named members of a group ("one orange": a colour).
        self.quantified = -9
        #: "a flying bird": a pose waiting for its noun.
        self.pose_next: str | None = None
        #: "on the left a dog": a position said before the thing it places, waiting for its noun.
        self.position_next: str | None = None
        #: "now only two apples", "two fewer cups", "double the apples": a count edit waiting for its noun.
        self.count_next: tuple[str, float] | None = None
        #: "a ball which the dog chases": the thing an object relative clause is about, the clause's
        #: relative word's position and the index of the first mention after it (:mod:`relative`).
        self.relative_head: Mention | None = None
        self.relative_at = -1
        self.relative_from = 0
        #: "a cat who is sleeping on a pillow": the doer of a subject relative clause's verb.
        self.relative_doer: Mention | None = None

    # -- helpers -------------------------------------------------------------------------------
    def _op(self, kind: str, **kw: object) -> Op:
        op = Op(kind, self.seg.index, **kw)  # type: ignore[arg-type]
        self.ops.append(op)
        return op

    def _noun_ahead(self, i: int, direct: bool = False) -> bool:
        """Whether a noun follows position i (past modifiers and up to two unknown adjectives)."""
        unknown = 0
        j = i + 1
        while j < len(self.lx):
            lx = self.lx[j]
            # after a colour any word WordNet knows as a thing is one ("an orange scale": a colour, not the
            # fruit), as the word itself will read it
            coloured = j == i + 1 and self.lx[i].has("color")
            if lx.has("noun") or (
                lx.kind == "word" and context_noun(self.lex, lx.text, coloured) is not None
            ):
                return True  # "an orange globe": a thing WordNet knows, though the table does not
            if direct:
                return False
            if lx.kind == "word" and unknown < 2 and j + 1 < len(self.lx):
                unknown += 1
            elif not (lx.tags and all(t.kind in MODIFIER_KINDS or t.kind == "filler" for t in lx.tags)) or (
                lx.has("filler") and lx.text in ("and", "with", "of")
            ):
                return False
            j += 1
        return False

    def _fronted(self, i: int) -> bool:
        """Whether the position word at ``i`` opens its clause and a noun phrase follows it, perhaps
        past a copula or a verb ("on the left a dog", "on the right, a cat", "and on the left is a
        lamp", "in the corner stands a lamp"): the position of that thing."""
        prev = self._prev(i)
        if prev is not None and prev.kind != "punct" and prev.text not in ("and", "then"):
            return False
        j = i + 1
        if j < len(self.lx) and self.lx[j].kind == "punct" and self.lx[j].text == ",":
            j += 1
        while j < len(self.lx) and (
            self.lx[j].has("copula")
            or self.lx[j].text.startswith("there")  # "on the left there is a tree"
            or (self.lx[j].has("frame") and self.lx[j].text in INVERTING_VERBS)  # "there stands a lamp"
        ):
            j += 1
        while j < len(self.lx) and (self.lx[j].has("num") or self.lx[j].has("def")):
            j += 1
        return j < len(self.lx) and (self.lx[j].has("noun") or self._noun_ahead(j - 1))

    def _prev(self, i: int) -> Lexeme | None:
        return self.lx[i - 1] if i > 0 else None

    def _next(self, i: int) -> Lexeme | None:
        return self.lx[i + 1] if i + 1 < len(self.lx) else None

    def _focus(self) -> Mention | None:
        return self.target or self.last

    # -- main loop -----------------------------------------------------------------------------
    def run(self) -> None:
        for i, lx in enumerate(self.lx):
            self.lx_index = i
            self.since_noun += 1
            if i <= self.skip_to:
                continue
            if (
                relative.read(self, i, lx)
                or reciprocal.read(self, i, lx)
                or parse_links.object_her(self, i, lx)
            ):
                continue
            if lx.kind == "punct":
                self._punct(i)
            elif lx.kind == "quote":
                self._quote(lx)
            elif lx.kind in ("word", "stop"):
                self._unknown(i, lx)
            else:
                self._phrase(i, lx)
        relative.close(self)  # "a ball which the dog chases": the dog chases the ball
        reciprocal.close(self)  # "Holding hands, a boy and a girl walk …": they hold hands
        if self.np is not None and not self.np.empty() and self.np.colors and self.np.count is None:
            self._apply_colors(self.np.colors, replace=False)
        if self.rel is not None and self.rel_waiting == 2 and self.rel.other is not None:
            self.warnings.append(f"'between' needs two things; sentence {self.seg.index} names one")
        if self.count_next is not None and self.count_next[0] == "multiply":
            self._recount_focus()
        if self.verb_word in SWAP_WORDS and not self.swapped:
            # "swap the colours", "swap them": the two latest things
            self._op("swap", mention=self.replace_target, value=self.swap_what)

    def _elide(self, i: int) -> bool:
        """ "a red, a green and a blue balloon": a counted, coloured phrase whose noun comes later waits
        for it when another counted phrase follows."""
        np, nxt = self.np, self._next(i)
        if np is None or np.count is None or not np.colors or np.negated or np.definite:
            return False
        if nxt is None or not nxt.has("num") or not self._noun_later(i + 1):
            return False
        self.elided.append(np)
        self.np = None
        return True

    def _noun_later(self, j: int) -> bool:
        """Whether only counts, colours, sizes, commas and "and"/"or" stand between j and a noun."""
        for lx in self.lx[j:]:
            if lx.has("noun"):
                return True
            if not (lx.has("num") or lx.has("color") or lx.has("size") or lx.text in (",", "and", "or")):
                return False
        return False

    def _punct(self, i: int) -> None:
        self.with_host = None
        if self._elide(i):
            return
        nxt = self._next(i)
        if self.verb == "remove" and nxt is not None and nxt.text in ("a", "an") and self.mentions:
            self.verb = None  # "never mind the boat, a plane": the plane is new
        if self.verb == "remove" and nxt is not None and nxt.text in ("just", "only") and self.mentions:
            self.verb, self.corr = None, True  # "forget the dog, just the cat": the cat is all that stays
        keeps = nxt is not None and (nxt.has("corr") or (nxt.text == "no"))
        if self.lx[i].text == "," and self.rel is None and self.last is not None and self._lists(nxt):
            self.joined = True  # "a cat, a dog and a bird on a sofa": the comma joins as "and" does
        if self.np is not None and not keeps:
            if self.np.colors and self.np.count is None and not self.np.definite:
                self._apply_colors(self.np.colors, replace=self.corr)
                self.corr = False
            self.np = None
        self.copula = False

    @staticmethod
    def _lists(nxt: Lexeme | None) -> bool:
        """Whether what follows a comma names another thing of a list ("a cat, a dog")."""
        return nxt is not None and (nxt.text in ("a", "an") or nxt.has("num") or nxt.has("noun"))

    def _quote(self, lx: Lexeme) -> None:
        content = self.quotes[lx.quote] if 0 <= lx.quote < len(self.quotes) else ""
        if not content:
            return
        verb = self.textverb
        self.textverb = None
        focus = self._focus()
        if self.verb == "modify" and (
            verb in STANDALONE_TEXT or (focus is not None and focus.noun == "text")
        ):
            # "change the headline to 'Summer Sale'": new words for an existing text
            self._op("retext", value=content, extra=self.lex.text_roles.get(verb or "", ""))
            return
        standalone = verb in STANDALONE_TEXT if verb is not None else self.since_noun > 3
        host = None if standalone else self._focus()
        role = self.lex.text_roles.get(verb or "", "")
        if host is not None:
            role = role or self.lex.text_roles.get(host.noun or "", "label")
            self._op("text", mention=host, value=content, extra=role)
            return
        mention = self._new_mention("text", "text", NounPhrase())
        mention.text = content
        mention.text_role = role or "headline"
        self._complete(mention)

    def _colour_of(self, i: int, lx: Lexeme) -> bool:
        return parse_edits.colour_of(self, i, lx)

    def _unknown(self, i: int, lx: Lexeme) -> None:
        if self._colour_of(i, lx):
            return
        if lx.text == "ones" and self.np is not None and (self.np.colors or self.np.size_words):
            self._another_one(self.np)  # "two red ones"
            return
        if lx.text in COLOR_NOUNS and self.verb_word in SWAP_WORDS:
            self.swap_what = "color"  # "swap the colours (of A and B)"
            self.np = None
            return
        nxt = self._next(i)
        ahead = self._noun_ahead(i) or (nxt is not None and nxt.text == "one")
        if lx.text == "another" and self.np is None and ahead:
            np = self._np()  # "a horse and another horse": one more, not the same one again
            np.count, np.count_word = 1, lx.text
            return
        if lx.text == "for" and self.verb == "replace" and self.verb_word in SWAP_WORDS:
            self.verb = "replace-with"  # "swap the rabbit for a cat": the cat is what the rabbit was
            self.swapped = True  # a replacement, not two things trading places
            return
        if lx.text in GIVE_WORDS and give(self, i):  # "give her a red hat": she wears it
            return
        if lx.text in PLAY_WORDS and plays(self, i):  # "a kid plays the trumpet": the kid holds it
            return
        if lx.text == "to" and self._worn_to(i):  # "add a hat to the man": the man wears it
            self._frame(i, Lexeme("worn by", (Tag("frame", "worn by"),)))
            return
        if lx.kind in ("stop", "word") and (thing := self._stop_thing(i, lx)) is not None:
            self._noun(Lexeme(lx.text, (thing,)))  # "a letter on a desk", "a light", "two letters"
            return
        if lx.kind == "stop":
            return
        if HEX.match(lx.text):  # "a #ff8800 car": the exact value, named by its nearest basic colour
            self._color(i, Tag("color", nearest_basic(lx.text, self.lex), extra=lx.text))
            return
        grid = GRID.match(lx.text)
        if grid is not None:  # "a 3x3 grid of apples"
            rows, cols = int(grid.group(1)), int(grid.group(2))
            last = self.last
            if not self._noun_ahead(i) and last is not None and last.noun is not None:
                # "apples arranged in a 2x2 grid": the grid is the apples'
                last.count, last.arrangement, last.columns = rows * cols, "grid", cols
                self.notes.append(f"'{lx.text}' grid: {rows * cols} {last.label}")
                self.np = None
                return
            np = self._np()
            np.count, np.count_word, np.arrangement, np.columns = rows * cols, lx.text, "grid", cols
            return
        nxt = self._next(i)
        prev = self._prev(i)
        boundary = (
            nxt is None
            or nxt.kind in ("punct", "quote")
            or (
                nxt.tags
                and not nxt.has("noun")
                and not nxt.has("color")
                and not nxt.has("scene")
                and not nxt.has("material")  # "some wet clay", "a shiny metal box": a modifier
            )
        )
        opened = self.np is not None and not self.np.empty()
        after_link = prev is not None and (prev.has("rel") or prev.text in ("and", "with", "of"))
        looks_noun = not lx.text.isdigit() and not lx.text.endswith(NOUNLIKE_SUFFIXES) and len(lx.text) > 2
        in_place = boundary and (opened or after_link) and (nxt is None or nxt.text != "of")  # not "a lot of"
        # a colour, a count or a position word beside it makes a mostly-abstract word a thing too:
        # "a pink date", "two dates", "a date above a swing"
        coloured = self.np is not None and bool(self.np.colors)
        counted = self.np is not None and self.np.count is not None and self.np.count > 1
        before = i - 1
        while before >= 0 and (self.lx[before].has("def") or self.lx[before].text in ("a", "an", "the")):
            before -= 1
        placed = (before >= 0 and self._places(self.lx[before])) or (nxt is not None and nxt.has("rel"))
        strong = coloured or counted or placed
        thing = context_noun(self.lex, lx.text, strong, verbs=True) if in_place else None
        if thing is None and in_place:  # "a red furniture", "next to a male": the class word is the thing
            thing = class_noun(self.lex, lx.text)
        if (
            thing is not None
        ):  # "a brown shed", "two dates": a word WordNet knows as a thing, in a noun's place
            self._noun(Lexeme(lx.text, (thing,)))
            return
        if boundary and looks_noun and (opened or after_link):
            self.warnings.append(f"unknown object '{lx.text}': not in the lexicon, left out")
            if self.np is not None:
                self.np = None
            if self.rel is not None and self.rel_waiting:
                self.rel = None
                self.rel_waiting = 0
        elif self.np is not None and nxt is not None:
            self.np.words.append(lx.text)

    def _verb_kind(self, i: int, kinds: set[str]) -> bool:
        """A verb the table reads as an edit or a filler ("paint", "cover"), between an article, a count
        or a colour and a noun: the first word of a compound ("a paint roller", "two blue paint
        rollers"), never the verb ("paint the car red")."""
        if self.lx[i].text not in COMPOUND_VERBS or not kinds or not kinds <= _VERB_KINDS:
            return False
        prev, nxt = self._prev(i), self._next(i)
        opened = prev is not None and (prev.text in ("a", "an") or prev.has("num") or prev.has("color"))
        return opened and nxt is not None and nxt.has("noun")

    def _waits_somewhere(self, i: int) -> bool:
        """Whether "wait" at ``i`` is the verb: a place or "for" follows it right away ("wait at the
        stop", "wait for the bus"), after a thing named (not "wait, at night")."""
        nxt = self._next(i)
        after_thing = i > 0 and self.lx[i - 1].has("noun")
        return after_thing and nxt is not None and (nxt.has("rel") or nxt.has("frame") or nxt.text == "for")

    def _restated(self, i: int) -> bool:
        """Whether the word at ``i`` is set off by a comma and the thing just named is named again
        after it ("three ducks, err, four ducks")."""
        prev, last = self._prev(i), self.last
        if prev is None or prev.text != "," or last is None or last.noun is None:
            return False
        k = next((k for k in range(i + 1, len(self.lx)) if self.lx[k].has("noun")), None)
        return k is not None and self.lx[k].tag("noun").value == last.noun

    def _each_has(self, i: int) -> bool:
        """ "three kids, each with a red balloon", "two girls each wearing a hat": one thing for every
        member of the group just named."""
        nxt, group = self._next(i), self._group()
        if nxt is None or not (nxt.has("frame") or nxt.text == "with") or self.np is not None:
            return False
        listed = sum(m.count or 1 for m in self.group) if len(self.group) > 1 else 0
        # "kids each riding a skateboard": as many as a plural without a number names
        counted = (group.count or (BARE_PLURAL if group.plural else 0)) if group is not None else 0
        if counted < 2 and listed < 2:
            return False
        # "three kids, each with …", or a list: "a man, a woman and a child each holding a balloon"
        self.each_count = counted if counted >= 2 else listed
        self.since_noun = 0  # "with" reads as right after the group
        return True

    def _worn_to(self, i: int) -> bool:
        return parse_links.worn_to(self, i)

    def _phrase(self, i: int, lx: Lexeme) -> None:
        kinds = {t.kind for t in lx.tags}
        if self._colour_of(i, lx):
            return
        prev = self._prev(i)
        if lx.text == "one" and prev is not None and prev.has("rest"):
            return  # "the other one": the rest word already stands for it
        negated_colour = (  # "no, not orange, blue": the colour, not the fruit
            self.np is not None
            and self.np.negated
            and self.corrected
            and not self._noun_ahead(i)
            and self._focus() is None
        )
        nxt = self._next(i)
        retaken = (  # the sentence opened "not red, …"
            len(self.lx) > 1 and self.lx[0].has("neg") and self.lx[1].has("color") and not self.mentions
        )
        corrected_colour = (  # "a purple bird actually orange", "a red fox. not red, orange": the colour
            ((self.corr and self.last is not None) or (retaken and self.seg.index > 0 and i > 1))
            and not self._noun_ahead(i)
            and (nxt is None or nxt.kind == "punct")
        )
        if (
            "color" in kinds
            and "noun" in kinds
            and (
                self._predicative(i)
                or self._color_pair_ahead(i)
                or negated_colour
                or corrected_colour
                or self._paints_scene(i)
            )
        ):
            self._color(i, lx.tag("color"))
        elif (
            kinds & {"scene", "material"} and "noun" not in kinds and (lot := self._amount_of(i)) is not None
        ):
            self._noun(Lexeme(lx.text, (lot,)))  # "some clay", "some sand in a bucket": a lot of it
        elif (
            "scene" in kinds
            and "noun" not in kinds
            and not self._scene_context(i)  # "a dog on the beach to the left of a cat": the place
            and (side := parse_links.side_thing(self, i, lx)) is not None
        ):
            self._noun(Lexeme(lx.text, (side,)))  # "a mug to the left of a river": the river, a thing
        elif "scene" in kinds and _room(lx) and (inner := self._next(i)) is not None and inner.has("scene"):
            if not _room(inner) or inner.has("noun"):  # "a restaurant kitchen": the room inside the place
                self._scene(lx)
        elif (head := place_head(self.lex, self.lx, i)) is not None:
            self._scene(head)  # "in the vegetable garden", "at the fish market": that place
        elif weather_verb_after(lx, self._next(i)):
            self._scene(lx)  # "as the rain comes down", "as a storm rolls in": the weather, not a thing
            self.skip_to = i + 1
        elif "scene" in kinds and "noun" not in kinds and self._weather_of_place(i, lx):
            self._scene(lx)  # "in the snowy mountains", "a rainy street": the weather of the place
        elif (
            "scene" in kinds
            and ("noun" not in kinds or places_thing(self.lex, lx, self._next(i)))  # "a garden shed"
            and self._noun_ahead(i, direct=True)
        ):
            self._np().words.append(lx.text)  # "a lake house", "a city bus": a kind of thing, not the scene
            if _room(lx) or self._weather_on(i, lx) or places_thing(self.lex, lx, self._next(i)):
                # "on the kitchen counter": the counter of a kitchen, so a kitchen too; "a snowy hill",
                # "a foggy bridge": the weather of the place the thing stands in
                tag = lx.tag("scene")
                self._op("scene", value=tag.value, extra=tag.extra, colors=[])
        elif "scene" in kinds and ("noun" not in kinds or self._scene_context(i)):
            self._scene(lx)
            head_place_first(self.lex, self.ops, self.lx, i)  # "a city park", "the shore of a lake"
        elif (walls := self._room_walls(lx)) is not None:
            self._scene(walls)  # "a room with blue walls": the room's walls, painted blue
        elif "quote" in kinds:
            return
        elif "countedit" in kinds and self._count_edit(i, lx):
            pass
        elif "gesture" in kinds:
            if (focus := self._focus()) is not None:  # "a dog wagging its tail": what the dog does
                focus.action = lx.tag("gesture").value
        elif "frame" in kinds and "noun" not in kinds:
            self._frame(i, lx)
        elif "action" in kinds and lx.text in PLAY_WORDS and plays(self, i):
            pass  # "a girl playing the violin": she holds it
        elif "action" in kinds:
            self.acting = self.last is not None
        elif self.skip_noun == i:
            self.skip_noun = -1
        elif self.skip_number == i:
            self.skip_number = -1
        elif self._verb_kind(i, kinds):
            self._np().words.append(lx.text)  # "a paint roller": a verb naming what the thing is for
        elif "noun" in kinds and kinds & _EDIT_KINDS and edit_verb_first(self.lx, i):
            self._verb(kinds)  # "slide the dog to the right": the verb, though "a slide" is a thing
            self.verb_word = lx.text
        elif "noun" in kinds and kind_of_room(self.lx, i):
            pass  # "in the hotel room", "in the laundry room": which room, no thing
        elif "noun" in kinds and not (
            ("color" in kinds or "material" in kinds or "size" in kinds)
            and (self._noun_ahead(i) or self._scene_ahead(i))  # "orange sand": a colour
        ):
            nxt = self._next(i)
            possessed = i > 0 and self.lx[i - 1].text in POSSESSIVES
            after = self._next(i + 1)
            # "a farmer watches", "a robot waters the plants": a verb
            if verb_after(self.lex, self.np, lx.tag("noun"), nxt, possessed, after):
                self.skip_noun = i + 1 if nxt is not None and nxt.has("noun") else self.skip_noun
            elif self._noun_ahead(i, direct=True) and not self._next_is_pair(i) and not self._noun_run(i):
                self._np().words.append(lx.text)  # "dog house": the last noun is the head
                return
            self._noun(lx)
        elif "pos" in kinds and self.skip_pos:
            self.skip_pos = False
        elif "pos" in kinds and self._fronted(i):
            self.position_next = lx.tag("pos").value  # "on the left a dog, on the right a cat"
        elif "pos" in kinds:
            focus = self._focus()
            if focus is not None:
                focus.position = lx.tag("pos").value
            elif self.np is not None:
                self.np.words.append(lx.tag("pos").value)
        elif "pair" in kinds:
            np = self._np()
            np.count, np.pair, np.count_word = 2, True, lx.text
        elif "corr" in kinds and lx.text == "wait" and self._waits_somewhere(i):
            pass  # "a bus and a taxi wait at a traffic light": the verb, no correction
        elif "corr" in kinds:
            self.corr = self.corrected = True
        elif "neg" in kinds:
            nxt = self._next(i)
            if i == 0 and self.seg.index > 0 and nxt is not None and nxt.has("color"):
                self.corrected = True  # "a red fox. not red, orange": a colour taken back
            self._negation(i, lx)
        elif "num" in kinds and not ("pron" in kinds and not self._noun_ahead(i) and self.np is not None):
            self._number(i, lx)
        elif "def" in kinds:
            np = self._np()
            np.definite = True
        elif "color" in kinds:
            self._color(i, lx.tag("color"))
        elif kinds & {"size", "material"} and (thing := self._word_as_thing(i, lx)) is not None:
            self._noun(Lexeme(lx.text, (thing,)))  # "a giant", "a brass next to a drum": the thing
        elif "size" in kinds:
            tag = lx.tag("size")
            if self.np is not None or self._noun_ahead(i):
                np = self._np()
                np.size *= tag.number
                np.size_words.append(tag.value)
            elif (focus := self._focus()) is not None:
                self._op("resize", mention=focus, number=tag.number, value=tag.value)
        elif "material" in kinds:
            if self.np is not None or self._noun_ahead(i):
                self._np().material = lx.tag("material").value
            elif (focus := self._focus()) is not None and self.copula:
                focus.material = lx.tag("material").value
        elif "ordinal" in kinds and self._ordinal_count(i, lx):
            pass
        elif "ordinal" in kinds and self._ordinal_reference(i):
            self.ordinal = int(lx.tag("ordinal").number)
            self._np().definite = True
            nxt = self._next(i)
            if nxt is not None and (nxt.has("copula") or nxt.has("color")):  # "the first is black"
                self._pronoun(Lexeme("one", (Tag("pron", "one"),)), plural=False)
        elif "arrange" in kinds:
            how = lx.tag("arrange").value
            nxt = self._next(i)
            counted = nxt is not None and nxt.has("num") and self._noun_ahead(i + 1)  # "a column of three"
            if self.np is not None or self._noun_ahead(i) or counted:
                self._np().arrangement = how
            elif (focus := self._focus()) is not None:
                focus.arrangement = how  # "six chairs in a circle"
        elif "rel" in kinds and lx.text == "into" and self.verb == "modify" and self.target is not None:
            pass  # "turn it into a truck": what it becomes, not where it goes
        elif "rel" in kinds:
            # "a bear walking into a cave": at its entrance, in front of it, not yet inside
            self._relation(i, "in front of" if self._moving_into(i) else lx.tag("rel").value)
            if lx.tag("rel").extra == "it" and self.rel is not None:
                self._pronoun(Lexeme("it", (Tag("pron", "it"),)), plural=False)
        elif "remove" in kinds and prev is not None and prev.text in ("dont", "don't", "do not", "never"):
            self.np = None  # "don't forget a lamp": the lamp is wanted, not taken away
        elif "remove" in kinds and self._takes_back(i, lx):
            self.corr = self.corrected = True  # "a red car... never mind, blue": said instead
        elif kinds & {"remove", "add", "modify", "replace", "move"}:
            self._verb(kinds)
            self.verb_word = lx.text
        elif "copula" in kinds:
            if self.subset is not None:  # "one of which is green"
                self._subset_mention(self.subset, "which")
            self.copula = True
        elif "textverb" in kinds:
            self.textverb = lx.text
        elif "pron" in kinds or "prons" in kinds:
            self._pronoun(lx, plural="prons" in kinds)
        elif "rest" in kinds:
            self._subset_mention(-1, lx.text)
            nxt = self._next(i)
            if nxt is not None and nxt.has("noun") and self.target is not None:
                self.target.noun = nxt.tag("noun").value  # "the other horse"
                self.skip_noun = i + 1
        elif "filler" in kinds:
            self._filler(i, lx)

    def _stop_thing(self, i: int, lx: Lexeme) -> Tag | None:
        """A word the stop list keeps for text that also names a thing (``STOP_THINGS``: "the letter
        A", "big letters") where only a thing fits: right after "a", a count or a colour (or one word,
        a size or another, past "a" or a count), before the phrase ends ("a letter on a desk", "two red
        letters", "a bright light"). Its noun tag, else None."""
        prev, nxt = self._prev(i), self._next(i)
        if lx.text not in STOP_THINGS or prev is None:
            return None
        opened = prev.text in ("a", "an") or prev.has("num") or prev.has("color")
        if not opened and (prev.kind in ("word", "stop") or prev.has("size")) and i > 1:
            before = self.lx[i - 2]  # "a bright light", "a small light": past one adjective
            opened = before.text in ("a", "an") or before.has("num")
        ends = nxt is None or nxt.kind == "punct" or nxt.has("rel") or nxt.has("frame") or nxt.text == "and"
        found = singular_of(lx.text)
        if not opened or not ends or found is None:
            return None
        return Tag("noun", found[0], plural=found[1], extra=found[0])

    def _amount_of(self, i: int) -> Tag | None:
        """A material word after "some", "lots of" or a heap ("a pile of") with no noun after it: one lot
        of that material, drawn as a thing ("some clay", "some green sand beside a box", "a lump of
        clay"); a place or a material alone stays one ("on the sand", "a clay pot"). Its noun tag, else
        None."""
        np = self.np
        lot = np is not None and (np.count_word in MASS_QUANTIFIERS or np.count_word in HEAPS)
        if np is None or not lot or self._noun_ahead(i, direct=True):
            return None
        found = singular_of(self.lx[i].text)
        info = concept(found[0]) if found is not None and not found[1] else None
        if found is None or info is None or info.weak or not is_a(found[0], "material.n.01"):
            return None
        return Tag("noun", found[0], extra=found[0])

    def _word_as_thing(self, i: int, lx: Lexeme) -> Tag | None:
        """The thing a size or material word names where a noun phrase it opened ends with no noun ("a
        giant", "a red brass next to a drum"), when WordNet knows the word as one; else None."""
        nxt = self._next(i)
        end = nxt is None or nxt.kind in ("punct", "quote") or nxt.has("rel") or nxt.has("frame")
        end = end or (nxt is not None and nxt.text in ("and", "with"))
        if not end or self.np is None or self.np.empty() or self.np.definite or self._noun_ahead(i):
            return None
        return class_noun(self.lex, lx.text, tagged=True)

    def _ordinal_count(self, i: int, lx: Lexeme) -> bool:
        return parse_numbers.ordinal_count(self, i, lx)

    def _ordinal_reference(self, i: int) -> bool:
        return parse_numbers.ordinal_reference(self, i)

    def _predicative(self, i: int) -> bool:
        """A colour word after "is", "colored" or "in" with no noun phrase open ("a bus that is orange")."""
        if self.np is not None and not self.np.empty():
            return False
        prev = self._prev(i)
        after_link = prev is not None and (prev.has("copula") or prev.text == "in")
        linked = self.copula or after_link or self.verb == "modify"  # "make the banana orange"
        linked = linked or self.quantified == i - 1  # "two cats, one grey and one orange"
        return linked and self._focus() is not None and not self._noun_ahead(i)

    def _color_pair_ahead(self, i: int) -> bool:
        """ "orange-and-pink remote", or "a backpack, orange, and …": the colour reading of a noun."""
        nxt, after = self._next(i), self._next(i + 1)
        if nxt is not None and nxt.text == "and" and after is not None and after.has("color"):
            return self._noun_ahead(i + 1)
        prev = self._prev(i)
        plural = any(t.kind == "noun" and t.plural for t in self.lx[i].tags)
        return (
            not plural
            and prev is not None
            and prev.kind == "punct"
            and self.since_noun <= 2
            and self.last is not None
            and (nxt is None or nxt.kind == "punct")
        )

    def _noun_run(self, i: int) -> bool:
        """ "dog cat bird": three or more bare nouns in a row are a list, not one compound noun."""
        j, k = i, i
        while j > 0 and self.lx[j - 1].has("noun"):
            j -= 1
        while k + 1 < len(self.lx) and self.lx[k + 1].has("noun"):
            k += 1
        return k - j >= 2

    def _next_is_pair(self, i: int) -> bool:
        nxt = self._next(i)
        return nxt is not None and nxt.has("noun") and nxt.has("color")

    def _scene_context(self, i: int) -> bool:
        j = i - 1
        while j >= 0 and (
            self.lx[j].has("def")
            or self.lx[j].text in ("a", "an")
            or self._weather_of_place(j, self.lx[j])
            or self.lx[j].has("size")
            or (self.lx[j].kind == "word" and not self.lx[j].tags)
            or (j == i - 1 and room_of_building(self.lex, self.lx[j], self.lx[i]))  # "the school gym"
        ):
            j -= 1  # "in the snowy mountains", "on a steep mountain": past the weather word or adjective
        if j >= 0 and self.lx[j].text in ATOP and self.lx[i].tag("scene").value in LANDFORMS:
            return True  # "a hiker on top of a mountain": up on the place
        if j >= 0 and self.lx[j].text in SCENE_PREPS:
            # "a bear walking into a cave": outside it, the cave a thing; "into a forest": in the open place
            return not self._moving_into(j) or _open_place(self.lx[i])
        if j >= 0 and self.lx[j].has("frame") and self.lx[j].text.split()[-1] in SCENE_PREPS:
            # "a clock hanging on the wall", "a cat sleeping in the kitchen": the place; but what a thing
            # leans on stands beside it ("a ladder leaning on a wall"), a thing as with "against"
            frame = frames().get(self.lx[j].tag("frame").value)
            return frame is None or frame.predicate != "leans_on"
        # "mountains at sunrise with a lake": a bare plural scene word opening the sentence is the place
        opens = j < 0 or self.lx[j].kind == "punct"  # "snowy mountains at dawn" too
        if opens and furnished_interior(self.lex, self.lx, i):
            return True  # "a library with tall shelves": its inside, the place
        weathered = any(self._weather_of_place(k, self.lx[k]) for k in range(j + 1, i))
        nxt = self._next(i)
        if opens and weathered and nxt is not None and nxt.text == "with":
            return True  # "a snowy mountain with a cabin": the place, and what is there
        timed = nxt is not None and nxt.text in ("at", "in", "during") and self._weather_of_time(i + 2)
        if opens and weathered and (nxt is None or nxt.kind == "punct" or nxt.has("scene") or timed):
            return True  # "a misty valley at dawn", "a snowy hill.": a landscape, no thing in it
        return opens and self.lx[i].has("noun") and self.lx[i].tag("noun").plural

    def _weather_of_time(self, i: int) -> bool:
        """Whether the lexeme at ``i`` (past an article) is a time or weather scene word ("dawn")."""
        while i < len(self.lx) and (self.lx[i].has("def") or self.lx[i].text in ("a", "an")):
            i += 1
        if i >= len(self.lx) or not self.lx[i].has("scene"):
            return False
        row = setting_row(self.lx[i].tag("scene").value)
        return row is not None and row.setting is None and bool(row.time or row.weather)

    def _room_walls(self, lx: Lexeme) -> Lexeme | None:
        """ "a room with blue walls", "a kitchen with yellow walls": uncounted walls after a room named in
        the sentence are that room's walls (its wall band, in their colour), no things of their own."""
        tag = lx.tag("noun") if lx.has("noun") else None
        if tag is None or tag.value != "wall" or not tag.plural or (self.np is not None and self.np.count):
            return None
        if not any(
            op.kind == "scene" and isinstance(op.value, str) and _room_row(op.value) for op in self.ops
        ):
            return None
        scene = next((t for t in self.lex.phrases.get(("wall",), ()) if t.kind == "scene"), None)
        return Lexeme(lx.text, (scene,)) if scene is not None else None

    def _weather_on(self, i: int, lx: Lexeme) -> bool:
        """A weather or time word right before a thing of the land, a plant or a building ("a snowy
        hill", "a misty bridge"); not before a thing one wears or uses ("a winter coat")."""
        row = setting_row(lx.tag("scene").value)
        nxt = self._next(i)
        if row is None or row.setting is not None or not (row.weather or row.time) or nxt is None:
            return False
        info = self.lex.nouns.get(nxt.tag("noun").value) if nxt.has("noun") else None
        # "a snowy path", "a muddy trail": a way through the land is of the land too
        return info is not None and (info.category in OUTDOOR_THINGS or info.noun in PLACE_PARTS)

    def _takes_back(self, i: int, lx: Lexeme) -> bool:
        """ "never mind" before a new colour, count or thing (not "the boat", "it"): a correction of what
        was just said, not a removal."""
        nxt = self._next(i)
        if not lx.text.startswith("never") or nxt is None or (self.seg.index == 0 and not self.mentions):
            return False
        if nxt.kind == "punct":  # "never mind, a blue one"
            nxt = self._next(i + 1)
        return nxt is not None and (nxt.has("color") or nxt.has("num") or nxt.text in ("a", "an"))

    def _paints_scene(self, i: int) -> bool:
        """ "the sky is orange": a colour after a copula right after a scene word it can paint."""
        prev, last = self._prev(i), (self.ops[-1] if self.ops else None)
        if prev is None or not prev.has("copula") or last is None or last.kind != "scene":
            return False
        row = setting_row(last.value)
        return row is not None and row.paint is not None and not self._noun_ahead(i)

    def _moving_into(self, i: int) -> bool:
        """ "into" right after a verb of moving ("walking into a cave", "a fox running into a barn"):
        the mover is on its way in, still outside the place, which is a thing before it."""
        prev = self._prev(i)
        if self.lx[i].text != "into" or prev is None or not prev.has("frame"):
            return False
        frame = frames().get(prev.tag("frame").value)
        return frame is not None and frame.pose_only and frame.pose in MOVING_POSES

    @staticmethod
    def _places(lx: Lexeme) -> bool:
        """A relation word, or a verb frame ending in a preposition ("on", "sitting on"): what follows
        it is where a thing is ("a cat on the steps"), so a word WordNet knows as a thing is one there."""
        return lx.has("rel") or (lx.has("frame") and lx.text.split()[-1] in SCENE_PREPS)

    def _weather_of_place(self, i: int, lx: Lexeme) -> bool:
        """A time or weather word ("snowy", "misty") right before a word that can name the place."""
        if not lx.has("scene") or lx.has("noun"):
            return False
        nxt = self._next(i)
        row = setting_row(lx.tag("scene").value)
        return nxt is not None and nxt.has("scene") and row is not None and not row.setting

    def _scene_ahead(self, i: int) -> bool:
        """ "a black sky", "pink sand": a colour right before a scene word is the scene's."""
        nxt = self._next(i)
        # (not "blue in the dark": a place phrase after the colour is no scene word it colours)
        words = nxt.text.split() if nxt is not None else []
        opens_place = len(words) > 1 and words[0] in SCENE_PREPS
        return nxt is not None and nxt.has("scene") and not nxt.has("noun") and not opens_place

    def _np(self) -> NounPhrase:
        if self.np is None:
            self.np = NounPhrase()
        return self.np

    def _scene(self, lx: Lexeme) -> None:
        parse_links.scene(self, lx)

    def _corrects_last(self, prev: Lexeme | None, nxt: Lexeme) -> bool:
        return parse_edits.corrects_last(self, prev, nxt)

    def _negation(self, i: int, lx: Lexeme) -> None:
        parse_edits.negation(self, i, lx)

    def _number(self, i: int, lx: Lexeme) -> None:
        parse_numbers.number(self, i, lx)

    def _recounts(self, i: int, lx: Lexeme, n: int) -> bool:
        return parse_numbers.recounts(self, i, lx, n)

    def _group(self) -> Mention | None:
        return parse_numbers.group(self)

    def _quantifies(self, i: int, lx: Lexeme) -> bool:
        return parse_numbers.quantifies(self, i, lx)

    def _colour_noun_alone(self, j: int) -> bool:
        return parse_numbers.colour_noun_alone(self, j)

    def _earlier(self, noun: str | None = None, fallback: bool = False) -> Mention:
        return parse_things.earlier(self, noun, fallback)

    def _corrected(self, noun: str | None) -> Mention | None:
        return parse_things.corrected(self, noun)

    def _subset_follows(self, j: int) -> bool:
        return parse_numbers.subset_follows(self, j)

    def _color(self, i: int, tag: Tag) -> None:
        parse_edits.color(self, i, tag)

    def _apply_colors(self, colors: list[tuple[str, str]], replace: bool) -> None:
        parse_edits.apply_colors(self, colors, replace)

    def _relation(self, i: int, predicate: str) -> None:
        parse_links.relation(self, i, predicate)

    def _count_edit(self, i: int, lx: Lexeme) -> bool:
        return parse_edits.count_edit(self, i, lx)

    def _recount_focus(self) -> None:
        parse_edits.recount_focus(self)

    def _frame(self, i: int, lx: Lexeme) -> None:
        parse_links.frame(self, i, lx)

    def _verb(self, kinds: set[str]) -> None:
        parse_edits.verb(self, kinds)

    def _pronoun(self, lx: Lexeme, plural: bool) -> None:
        parse_things.pronoun(self, lx, plural)

    def _another_one(self, np: NounPhrase) -> None:
        parse_things.another_one(self, np)

    def _subset_mention(self, n: int, words: str) -> None:
        parse_things.subset_mention(self, n, words)

    def _reference(self, mention: Mention) -> None:
        parse_things.reference(self, mention)

    def _filler(self, i: int, lx: Lexeme) -> None:
        if lx.text in HESITATIONS and self._restated(i):
            self.corr = self.corrected = True  # "three ducks, err, four ducks": the ducks, said again
            return
        if lx.text == "pairs of" and self.np is not None:
            self.np.pairs = True
        if lx.text == "of" and parse_numbers.opening_partitive(self, i):
            return  # "both of the dogs are asleep", opening the prompt: two dogs, no group before
        if lx.text in ("and", "or") and self._elide(i):
            return
        if lx.text == "and" and self.rel is None and self.np is None and self.last is not None:
            self.joined = True
        nxt = self._next(i)
        if lx.text in ("just", "only") and self.corr and nxt is not None and nxt.has("def"):
            self.only = True
            return
        if lx.text == "each" and self._each_has(i):
            return
        if lx.text in ALL_WORDS and self._quantifies(i, lx):
            return
        if lx.text == "of" and self.since_noun == 1 and self.last is not None and self.rel is None:
            how = self.lex.containers.get(self.last.noun or "")
            if how is not None:  # "a bowl of apples": the apples are in the bowl
                self.rel = Op("relation", self.seg.index, other=self.last, predicate=how, extra="of")
                self.rel_waiting = -1
                return
        if lx.text == "with" and self.verb == "replace":
            self.verb = "replace-with"
        prev = self._prev(i)
        if lx.text == "of" and prev is not None and prev.text == "instead":
            if self.last is not None and self.since_noun <= 3 and self.rel is None:
                self._np().negated = True  # "a dog instead of a cat": no cat
                return
            self.verb, self.verb_word, self.corr = "replace", "instead", False  # "instead of X, Y"
            self.replace_target = None
            return
        if lx.text in CREATE_WORDS:
            self.verb, self.target = None, None
        if lx.text == "and" and self.verb == "replace" and self.verb_word in SWAP_WORDS:
            self.verb = "swap"
            return
        if lx.text == "with":
            host = self.last if self.rel is None else None
            # "a pizza with pepperoni", "a tray with two cups"; "a snowman with a red scarf": wears
            framed = accompany(self, i) or with_contents(self, i) or parse_links.with_frame(self, i)
            self.with_host = host  # "a vase with roses next to a window": the vase is by it
            if framed:
                return
        if lx.text in ("and", "with", "plus", "as well as", "along with", "together with"):
            self.copula = False
            if self.rel is not None and self.rel_waiting == 2:
                return
            if self.verb in ("modify", "remove", "move"):
                return
            self.target = None

    def _new_mention(self, noun: str, label: str, np: NounPhrase, plural: bool = False) -> Mention:
        return parse_things.new_mention(self, noun, label, np, plural)

    def _noun(self, lx: Lexeme) -> None:
        parse_things.noun(self, lx)

    def _complete(self, mention: Mention, replaces: Mention | None = None) -> None:
        parse_things.complete(self, mention, replaces)

    def _bind_object(self, mention: Mention) -> None:
        parse_links.bind_object(self, mention)

    def _bound(self, rel: Op) -> None:
        parse_links.bound(self, rel)


def _confirm(parser: SentenceParser) -> None:
    """ "…no a dog… yeah a dog": a sentence opening with "yeah" that names a thing again confirms it;
    its uncounted mentions read as the thing already named ("the dog"), not one more."""
    for op in parser.ops:
        mention = op.mention
        if (
            op.kind == "mention"
            and mention is not None
            and mention.count in (None, 1)
            and not mention.negated
        ):
            mention.definite = True
    parser.notes.append("confirmation: the things named again are the ones before")


def _room_row(value: str) -> bool:
    row = setting_row(value)
    kinds = {spec.kind for spec in row.layers} if row is not None and row.setting is not None else set()
    return {"wall", "floor"} <= kinds


def _open_place(lx: Lexeme) -> bool:
    """Whether a scene word names an open place outdoors (a forest, a campsite, the sea: no walls)."""
    row = setting_row(lx.tag("scene").value)
    return row is not None and row.setting is not None and not any(s.kind == "wall" for s in row.layers)


def _room(lx: Lexeme) -> bool:
    """Whether a scene word names a room (a place with a wall over a floor: a kitchen, a bedroom)."""
    return _room_row(lx.tag("scene").value)


def parse(segments: list[Segment], quotes: tuple[str, ...], lex: Lexicon) -> list[ParsedSentence]:
    """Parse every sentence; mention indexes are unique across the prompt."""
    parsed: list[ParsedSentence] = []
    index = 0
    carry = False
    for seg in segments:
        typo_notes: list[str] = []
        lexemes = modifying_participles(lexemes_of(seg.tokens, lex, typo_notes))  # "a watering hole"
        parser = SentenceParser(seg, lexemes, quotes, lex, index)
        if carry:  # "six eggs. no. five eggs": the correction of the sentence before
            parser.corr = parser.corrected = True
        parser.notes.extend(typo_notes)
        parser.run()
        if parsed and lexemes and lexemes[0].text in AFFIRMATIONS:
            _confirm(parser)
        index = parser.next_index
        carry = not parser.ops and any(lx.has("corr") or lx.text == "no" for lx in lexemes)
        parsed.append(
            ParsedSentence(
                seg.index, seg.text, lexemes, parser.ops, parser.verbs, parser.warnings, parser.notes
            )
        )
    return parsed


__all__ = [
    "LOOKUP",
    "LOOKUP_ANY",
    "RECOUNT",
    "Lexeme",
    "Mention",
    "Op",
    "ParsedSentence",
    "lexemes_of",
    "parse",
]
