"""Translate a prompt in a supported language into the canonical English the core parser reads.

Tokens map to canonical English items and are built into noun phrases in English order
(postnominal colours "coche rojo", counters "三个红苹果", trailing counts "りんごが三つ", predicate
colours "猫は青い"); a bare "no"/"nein"/"不" between commas is a correction ("dos perros, no,
tres" → "two dogs, actually three dogs"). :mod:`.order` then puts relations, positions and edits
in English order. Each noun keeps its source word. Settings, weather and times ("scene" rows:
"en la playa" → "on the beach") and verbs ("verb" rows: "qui dort" → "sleeping") pass through as the
English words the parser knows; :mod:`.order_verbs` puts each verb after its subject. Materials
("material" rows: "de madera", "aus Holz", "木製の" → "wooden") go before the noun they are said of,
like colours; a verb row that names its object takes the colours said before it ("黄色い傘をさしている"
→ "holding a yellow umbrella"); zh/ja clothing said of a person (:mod:`.worn`) and zh relative
clauses with two objects (:mod:`.relative_zh`) are put in English order first.
"""

from __future__ import annotations

from dataclasses import dataclass

from limner.reason.i18n.containers import container_counters
from limner.reason.i18n.lexicon import SPACELESS, Entry, lang_lexicon, shared_forms
from limner.reason.i18n.order import edits, front_relations, mentions, place_positions, turn_postpositions
from limner.reason.i18n.order_verbs import place_verbs
from limner.reason.i18n.phrases import SIDE, Item, Phrase, Word, is_comma
from limner.reason.i18n.relative_zh import coordinated_relative
from limner.reason.i18n.tokenize import COMPOUND, Token, tokenize
from limner.reason.i18n.weather import place_before_weather
from limner.reason.i18n.worn import worn_by_person
from limner.reason.vocab import lexicon

_POSTNOMINAL = frozenset({"es", "fr", "pt", "it"})
_DROP = frozenset({"article", "particle", "counter", "photo", "word", "at"})
_PUNCT = {"。": ".", "、": ",", "，": ",", "！": "!", "？": "?", "；": ";", "：": ":", "．": ".", "・": ","}
#: kinds that end a noun phrase's clause: pending colours and counts are settled there
_BOUNDARY = frozenset(
    {
        "punct",
        "and",
        "correction",
        "quote",
        "relation",
        "postrel",
        "position",
        "with",
        "remove",
        "replace",
        "modify",
        "itrel",
        "verb",
        "scene",
    }
)
#: the pronouns that open a relative clause after a comma ("eine Katze, die … schläft"), by language
_RELATIVE = {"de": frozenset({"der", "die", "das", "welcher", "welche", "welches"})}


@dataclass(frozen=True)
class Translation:
    language: str
    text: str
    #: canonical English noun → the prompt's own word for it
    labels: dict[str, str]


def _is_punct(tok: Token | None) -> bool:
    return tok is None or tok.kind == "punct"


def _corrections(tokens: list[Token], lang: str) -> list[Token]:
    """Token-level rewrites: a bare negation between commas ("…, no, tres", "…，不，是三个") is a
    correction, and one in a new sentence joins the sentence before ("…. Mejor un gato"); repeated
    corrections and negations collapse; "在" right before a bare side word ("在左边") makes it a
    position; a zh/ja noun qualifying another ("野球のバット") is dropped, unless it is negated
    ("没有椅子的餐桌": the table is there, the chairs are not)."""
    out: list[Token] = []
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i > 0 else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if _modifier_noun(tokens, i, lang):
            continue
        if prev is not None and _modifier_noun(tokens, i - 1, lang):
            continue
        if tok.kind == "role" and not _quote_near(tokens, i):
            continue  # a text role without text is part of a noun ("panneau stop", "cartello di stop")
        if tok.kind == "relation" and _last_kind(out, skip=("article", "particle", "punct")) == "photo":
            continue  # "ein Foto, auf dem …", "une photo sur laquelle …": where the photo shows
        if _relative_comma(tokens, i, lang):
            continue
        if tok.kind == "negation" and _is_punct(prev) and _is_punct(nxt) and prev is not None:
            tok = Token("correction", "actually", tok.source)
        elif (
            tok.kind == "punct"
            and out
            and out[-1].kind == "correction"
            and _PUNCT.get(tok.canonical, tok.canonical) == ","
        ):
            continue
        elif tok.kind in ("correction", "negation") and _last_kind(out) == tok.kind:
            continue  # "nein, doch lieber", "anzi no", "sin ningún", "non c'è nessun"
        if tok.kind == "correction" and out and out[-1].kind == "punct":
            out[-1] = Token("punct", ",", out[-1].source)  # "un perro. Mejor un gato" → "…, actually …"
        elif (
            tok.kind == "postrel"
            and lang in SPACELESS
            and prev is not None
            and prev.kind == "at"
            and tok.canonical in SIDE
            and not tok.source.startswith(("的", "の"))
        ):
            tok = Token("position", SIDE[tok.canonical], tok.source)
        out.append(tok)
    return out


def _relative_comma(tokens: list[Token], i: int, lang: str) -> bool:
    """``tokens[i]`` is the comma before a relative clause with a verb ("eine Katze, die auf dem
    Bett schläft"): the clause says how the noun is, so the comma goes and the verb finds its noun."""
    pronouns = _RELATIVE.get(lang)
    if pronouns is None or tokens[i].kind != "punct" or tokens[i].canonical != ",":
        return False
    if i == 0 or tokens[i - 1].kind != "noun" or i + 1 >= len(tokens):
        return False
    if tokens[i + 1].source.lower() not in pronouns:
        return False
    for tok in tokens[i + 2 :]:
        if tok.kind == "punct":
            return False
        if tok.kind == "verb":
            return True
    return False


def _color_noun(lang: str, word: str) -> Entry | None:
    """The noun a colour word names when no noun follows it: the language's own noun with that
    form, else the colour's English name when that is an English noun too ("naranjas" → oranges)."""
    found = shared_forms(lang, "color", "noun").get(word.lower())
    if found is not None:
        return found
    color = lang_lexicon(lang).forms.get(word.lower())
    if color is not None and color.kind == "color" and color.canonical in lexicon().nouns:
        return Entry("noun", color.canonical, (word,))
    return None


def _quote_near(tokens: list[Token], i: int) -> bool:
    """A quoted text in the sentence of ``tokens[i]`` (before it: "写着“欢迎”的招牌")."""
    stops = (".", "!", "?", ";")
    for step in (1, -1):
        j = i + step
        while 0 <= j < len(tokens):
            tok = tokens[j]
            if tok.kind == "quote":
                return True
            if tok.kind == "punct" and _PUNCT.get(tok.canonical, tok.canonical) in stops:
                break
            j += step
    return False


def _last_kind(tokens: list[Token], skip: tuple[str, ...] = ("article", "particle")) -> str:
    """Kind of the last token that is not of a ``skip`` kind (articles and particles)."""
    return next((t.kind for t in reversed(tokens) if t.kind not in skip), "")


def _modifier_noun(tokens: list[Token], i: int, lang: str) -> bool:
    """``N の/的 M`` in zh/ja: N qualifies M ("野球のバット" a baseball bat), it is no object."""
    if lang not in SPACELESS or i + 2 >= len(tokens) or tokens[i].kind != "noun":
        return False
    link, head = tokens[i + 1], tokens[i + 2]
    if link.kind != "particle" or link.source not in ("の", "的") or head.kind != "noun":
        return False
    return not _negated_clause(tokens, i) and not _verb_object(tokens, i)


def _verb_object(tokens: list[Token], i: int) -> bool:
    """``tokens[i]`` is the object of a verb just before it ("戴着红帽子的女人"): an object, no modifier."""
    j = i - 1
    while j >= 0 and tokens[j].kind in ("color", "number", "digits", "counter", "particle"):
        j -= 1
    return j >= 0 and tokens[j].kind == "verb"


def _negated_clause(tokens: list[Token], i: int) -> bool:
    """``tokens[i]`` is the noun of a negated attributive clause ("没有椅子的餐桌" a dining table
    without chairs): a negation before it, with only its colours and counts between."""
    j = i - 1
    while j >= 0 and tokens[j].kind in ("color", "number", "digits", "counter"):
        j -= 1
    return j >= 0 and tokens[j].kind == "negation"


class _Builder:
    """Tokens → noun phrases and function words, one pass."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.items: list[Item] = []
        self.count: str | None = None
        self.colors: list[str] = []
        #: the prompt's words for the pending colours ("naranja" may be the fruit)
        self.color_words: list[str] = []
        self.colors_after_noun = False
        self.negate = False
        self.after_noun = False
        self.definite = False
        #: materials said before their noun ("木製の", "木制的")
        self.materials: list[str] = []

    def last_phrase(self) -> Phrase | None:
        last = self.items[-1] if self.items else None
        return last if isinstance(last, Phrase) else None

    def settle(self, edit: bool = False) -> None:
        """At a clause boundary: trailing counts ("猫が三匹") and predicate colours ("猫は青い")
        join the noun before them; after a correction or an edit verb (or before one: ``edit``,
        "青に変えて") a bare count or colour is the corrected noun again ("…, actually three cats")."""
        last = self.last_phrase()
        tail = [x for x in self.items[-2:] if not (isinstance(x, Word) and x.kind == "punct")]
        marker = tail[-1].kind if tail and isinstance(tail[-1], Word) else ""
        corrected = edit or marker in ("correction", "replace", "modify")
        previous = next((x for x in reversed(self.items) if isinstance(x, Phrase)), None)
        if marker == "modify" and (self.count is not None or self.colors):  # "…, hazlo azul" → "make it blue"
            self.items.extend(Word("color", c) for c in self.colors)
            self.count, self.colors, self.color_words = None, [], []
        if corrected and (self.count is not None or self.colors) and previous is not None:
            # "…, nein, eine gelbe" / "…, no, tres" → the corrected phrase again: "…, actually a yellow cup"
            self.items.append(Phrase(previous.noun, previous.source, self.count, self.colors, fresh=True))
            self.count, self.colors, self.color_words = None, [], []
        if self.colors:
            if self.colors_after_noun and last is not None and not last.colors:
                last.colors.extend(self.colors)
            elif corrected:  # "…, en realidad azul"
                self.items.extend(Word("color", c) for c in self.colors)
            else:  # no noun: a colour that is a noun too is that noun ("une orange"), else nothing
                nouns = [n for n in (_color_noun(self.lang, w) for w in self.color_words) if n is not None]
                for entry in nouns[-1:]:
                    self.items.append(Phrase(entry.canonical, entry.forms[0], self.count, [], self.negate))
                    self.count, self.negate = None, False
        self.colors, self.color_words, self.colors_after_noun = [], [], False
        self.materials = []  # a material with no noun after it says nothing
        if self.count is not None:
            if corrected:
                self.items.append(Word("number", self.count))
            elif self.lang in SPACELESS and last is not None and last.count is None:
                last.count = self.count
        self.count = None

    def add(self, tok: Token) -> None:
        if tok.kind == "photo" and self.count not in (None, "one", "1") and not self.after_noun:
            tok = Token(
                "noun", "picture", tok.source
            )  # "三张照片": photos counted are things ("一张照片" is the picture)
        if tok.kind == "noun":
            phrase = Phrase(tok.canonical, tok.extra, self.count, self.colors, self.negate, self.definite)
            phrase.materials, self.materials = self.materials, []
            self.items.append(phrase)
            self.count, self.colors, self.negate, self.after_noun = None, [], False, True
            self.color_words = []
            self.definite = False
            self.colors_after_noun = False
            return
        if tok.kind == "color":
            last = self.last_phrase()
            if self.after_noun and self.lang in _POSTNOMINAL and last is not None:
                last.colors.append(tok.canonical)
            else:
                if not self.colors:
                    self.colors_after_noun = self.after_noun
                self.colors.append(tok.canonical)
                self.color_words.append(tok.source)
            return
        if tok.kind == "material":  # after its noun ("de madera", "aus Holz") or before it ("木製の")
            last = self.last_phrase()
            if self.after_noun and self.lang not in SPACELESS and last is not None:
                last.materials.append(tok.canonical)
            else:
                self.materials.append(tok.canonical)
            return
        if tok.kind in ("number", "digits"):
            if self.lang in SPACELESS and self.after_noun and self.count is None:
                self.count = tok.canonical  # trailing count: "猫三匹"
                return
            self.count = tok.canonical
            self.after_noun = False
            return
        if tok.kind in _DROP:
            return
        if tok.kind == "modify" and self.colors and self.after_noun:  # "赤い車を青に塗って"
            self.items.append(Word("modify", tok.canonical))
            self.items.extend(Word("color", c) for c in self.colors)
            self.colors, self.color_words, self.colors_after_noun = [], [], False
            return
        if tok.kind == "verb" and self.colors and not self.colors_after_noun:
            tok = self.colored_object(tok)
        if tok.kind in _BOUNDARY or self.lang in SPACELESS:
            self.settle(edit=tok.kind == "replace" and not self.after_noun)
        self.after_noun = False
        last_word = self.items[-1] if self.items and isinstance(self.items[-1], Word) else None
        if tok.kind == "scene":
            # a setting brings its own English preposition ("en el parque" → "in the park"), and
            # "with" before one is that setting too ("un bosque con mucha nieve" → "… in the snow")
            if last_word is not None and last_word.kind in ("relation", "with"):
                self.items.pop()
        elif tok.kind == "postrel" and last_word is not None and last_word.kind == "scene":
            return  # "在公园里", "森の中": the scene already says where
        if tok.kind == "postneg":
            last = self.last_phrase()
            if last is not None:
                last.negated = True
            return
        if tok.kind == "pronoun":  # "一只狗，它在猫的左边": the clause goes on with the noun before
            if self.items and is_comma(self.items[-1]):
                self.items.pop()
            return
        if tok.kind in ("remove", "replace"):
            self.definite = True
        self.items.append(Word(tok.kind, _PUNCT.get(tok.canonical, tok.canonical)))

    def colored_object(self, tok: Token) -> Token:
        """A verb row that names its object ("傘をさしている" → "holding an umbrella") takes the
        colours said before it: "黄色い傘をさしている" → "holding a yellow umbrella"."""
        words = tok.canonical.split()
        if len(words) < 3 or words[-2] not in ("a", "an"):
            return tok
        color = self.colors[0]
        self.colors, self.color_words = [], []
        article = "an" if color[0] in "aeiou" else "a"
        return Token(tok.kind, " ".join([*words[:-2], article, color, words[-1]]), tok.source, tok.extra)

    def finish(self) -> list[Item]:
        self.settle()
        return self.items


def _items(tokens: list[Token], lang: str) -> list[Item]:
    builder = _Builder(lang)
    for tok in _corrections(worn_by_person(coordinated_relative(tokens, lang), lang), lang):
        builder.add(tok)
    return builder.finish()


def _render(items: list[Item], quotes: tuple[str, ...]) -> str:
    parts: list[str] = []
    for item in items:
        if isinstance(item, Phrase):
            parts.append(item.english())
        elif item.kind == "punct":
            if parts:
                parts[-1] += item.text
        elif item.kind == "quote":
            index = int(item.text.strip("\u27e6\u27e7"))
            content = quotes[index] if 0 <= index < len(quotes) else ""
            parts.append(f"\u201c{content}\u201d" if '"' in content else f'"{content}"')
        else:
            parts.append(item.text)
    return " ".join(parts)


def translate(text: str, lang: str, quotes: tuple[str, ...] = ()) -> Translation:
    """``text`` (quotes already replaced by ⟦n⟧ markers) in ``lang`` → canonical English."""
    tokens = tokenize(text, lang_lexicon(lang))
    tokens = [_with_lemma(t, lang) for t in container_counters(tokens, lang)]
    items = mentions(_items(tokens, lang))
    items = edits(place_positions(front_relations(turn_postpositions(items))))
    items = place_before_weather(place_verbs(items, lang))
    labels: dict[str, str] = {}
    for item in items:
        if isinstance(item, Phrase):
            labels.setdefault(item.noun, item.source)
    return Translation(lang, _render(items, quotes), labels)


def _with_lemma(tok: Token, lang: str) -> Token:
    """Nouns carry their dictionary form (the lexicon's first form) as ``extra``."""
    if tok.kind != "noun":
        return tok
    lex = lang_lexicon(lang)
    entry = lex.forms.get(tok.source.lower())
    if entry is None or entry.canonical != tok.canonical:
        entry = next((e for e in lex.of_kind("noun") if e.canonical == tok.canonical), None)
    lemma = entry.forms[0] if entry is not None else tok.source
    if tok.extra.startswith(COMPOUND):  # a compound read by its head: the label is the compound
        lemma = tok.extra.removeprefix(COMPOUND) + lemma.lower()
    if lang == "de":
        lemma = lemma.capitalize()
    return Token(tok.kind, tok.canonical, tok.source, lemma)


__all__ = ["Translation", "translate"]
