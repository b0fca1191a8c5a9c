"""GenEval's six task templates written in seven languages, with agreement from the lexicons.

Each language has grammar helpers (article by gender, colour agreement, counters, German dative)
and two phrasings per task; the second set (``held_out=True``) uses other word orders and words.
Objects and colours are drawn from the language's lexicon (``reason/lexicon/<lang>/words.tsv``).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from geneval import Case, Expect

from limner.reason.i18n.lexicon import Entry, lang_lexicon

TASKS = ("single_object", "two_object", "counting", "colors", "position", "color_attr")
RELS = ("left of", "right of", "above", "below")
COUNTS = {2: "two", 3: "three", 4: "four"}


@dataclass(frozen=True)
class Noun:
    entry: Entry

    @property
    def en(self) -> str:
        return self.entry.canonical

    @property
    def sg(self) -> str:
        return self.entry.forms[0]

    @property
    def pl(self) -> str:
        return self.entry.forms[1] if len(self.entry.forms) > 1 else self.entry.forms[0]

    @property
    def g(self) -> str:
        return self.entry.extra


def _form(lang: str, kind: str, canonical: str) -> tuple[str, ...]:
    return next(e.forms for e in lang_lexicon(lang).entries if e.kind == kind and e.canonical == canonical)


def _color(lang: str, color: str, gender: str, plural: bool = False) -> str:
    forms = _form(lang, "color", color)
    if len(forms) < 4:
        return forms[0]
    return forms[(2 if plural else 0) + (1 if gender == "f" else 0)]


def _rel(lang: str, rel: str) -> str:
    kind = "postrel" if lang in ("zh", "ja") else "relation"
    return _form(lang, kind, rel)[0]


# --- Romance (es, fr, pt, it) -------------------------------------------------------------------

_ART = {"es": ("un", "una"), "fr": ("un", "une"), "pt": ("um", "uma"), "it": ("un", "una")}
_PHOTO = {"es": "una foto de", "fr": "une photo de", "pt": "uma foto de", "it": "una foto di"}
_IMAGE = {"es": "una imagen de", "fr": "une image de", "pt": "uma imagem de", "it": "un'immagine di"}
_AND = {"es": "y", "fr": "et", "pt": "e", "it": "e"}


def _num(lang: str, k: int, gender: str) -> str:
    if lang == "pt" and k == 2:
        return "duas" if gender == "f" else "dois"
    return _form(lang, "number", COUNTS[k])[0]


def _np(lang: str, n: Noun, color: str | None = None, k: int = 1) -> str:
    words = [_num(lang, k, n.g), n.pl] if k > 1 else [_ART[lang][1 if n.g == "f" else 0], n.sg]
    if color is not None:
        words.append(_color(lang, color, n.g, k > 1))
    return " ".join(words)


def _of(lang: str, lead: str, np: str) -> str:
    """ "une photo de" + "un chat" → "une photo d'un chat"; Spanish "de el" is not used (indefinites)."""
    if lang == "fr" and lead.endswith(" de") and np[0] in "aeiouéh":
        return lead[:-3] + " d'" + np
    return f"{lead} {np}"


def _romance(lang: str, task: str, a: Noun, b: Noun, k: int, c1: str, c2: str, rel: str, alt: bool) -> str:
    lead = _IMAGE[lang] if alt else _PHOTO[lang]
    if task == "single_object":
        return _of(lang, lead, _np(lang, a))
    if task == "two_object":
        return _of(lang, lead, f"{_np(lang, a)} {_AND[lang]} {_np(lang, b)}")
    if task == "counting":
        return _of(lang, lead, _np(lang, a, k=k))
    if task == "colors":
        return _of(lang, lead, _np(lang, a, c1))
    if task == "position":
        return _of(lang, lead, f"{_np(lang, a)} {_of(lang, _rel(lang, rel), _np(lang, b))}")
    return _of(lang, lead, f"{_np(lang, a, c1)} {_AND[lang]} {_np(lang, b, c2)}")


# --- German (dative after "von", adjective endings) ------------------------------------------------


def _de_np(n: Noun, color: str | None = None, k: int = 1) -> str:
    adj = "" if color is None else _color("de", color, n.g)
    if adj and adj not in ("lila", "rosa"):
        adj += "en"
    if k > 1:
        # the dative plural adds -n to a plural in -e, -el, -er ("Badeanzüge": Badeanzügen), never to
        # one in -n or -s, nor to a loanword kept as it is ("Hot Dog")
        noun = n.pl + "n" if n.pl.endswith(("e", "el", "er")) else n.pl
        words = [_form("de", "number", COUNTS[k])[0], adj, noun.capitalize()]
    else:
        words = ["einer" if n.g == "f" else "einem", adj, n.sg.capitalize()]
    return " ".join(w for w in words if w)


def _german(task: str, a: Noun, b: Noun, k: int, c1: str, c2: str, rel: str, alt: bool) -> str:
    lead = "ein Bild von" if alt else "ein Foto von"
    if task == "single_object":
        return f"{lead} {_de_np(a)}"
    if task == "two_object":
        return f"{lead} {_de_np(a)} und {_de_np(b)}"
    if task == "counting":
        return f"{lead} {_de_np(a, k=k)}"
    if task == "colors":
        return f"{lead} {_de_np(a, c1)}"
    if task == "position":
        return f"{lead} {_de_np(a)} {_rel('de', rel)} {_de_np(b)}"
    return f"{lead} {_de_np(a, c1)} und {_de_np(b, c2)}"


# --- Chinese and Japanese ---------------------------------------------------------------------------


def _zh_np(n: Noun, color: str | None = None, k: int = 1) -> str:
    num = "一" if k == 1 else _form("zh", "number", COUNTS[k])[0]
    return num + n.g + (_color("zh", color, "") if color else "") + n.sg


def _chinese(task: str, a: Noun, b: Noun, k: int, c1: str, c2: str, rel: str, alt: bool) -> str:
    if task == "single_object":
        body = _zh_np(a)
    elif task == "two_object":
        body = f"{_zh_np(a)}和{_zh_np(b)}"
    elif task == "counting":
        body = _zh_np(a, k=k)
    elif task == "colors":
        body = _zh_np(a, c1)
    elif task == "position":
        post = _rel("zh", rel)
        body = f"{b.sg}{post}有{_zh_np(a)}" if alt else f"{_zh_np(a)}在{_zh_np(b)}{post}"
    else:
        body = f"{_zh_np(a, c1)}和{_zh_np(b, c2)}"
    return f"一张{body}的照片" if alt else f"{body}的照片"


def _ja_np(n: Noun, color: str | None = None) -> str:
    return (_color("ja", color, "") if color else "") + n.sg


def _ja_count(n: Noun, k: int, alt: bool) -> str:
    num = _form("ja", "number", COUNTS[k])[0]
    return f"{num}{n.g}の{n.sg}" if alt else f"{n.sg}が{num}{n.g}"


def _japanese(task: str, a: Noun, b: Noun, k: int, c1: str, c2: str, rel: str, alt: bool) -> str:
    if task == "single_object":
        body = _ja_np(a)
    elif task == "two_object":
        body = f"{_ja_np(a)}と{_ja_np(b)}"
    elif task == "counting":
        body = _ja_count(a, k, alt)
    elif task == "colors":
        body = _ja_np(a, c1)
    elif task == "position":
        post = _rel("ja", rel)
        body = f"{a.sg}は{b.sg}{post}ある" if alt else f"{b.sg}{post}{a.sg}がある"
    else:
        body = f"{_ja_np(a, c1)}と{_ja_np(b, c2)}"
    return f"{body}の写真" if not alt else f"{body}の画像"


Writer = Callable[[str, Noun, Noun, int, str, str, str, bool], str]


def _writer(lang: str) -> Writer:
    if lang == "de":
        return _german
    if lang == "zh":
        return _chinese
    if lang == "ja":
        return _japanese

    def romance(task: str, a: Noun, b: Noun, k: int, c1: str, c2: str, rel: str, alt: bool) -> str:
        return _romance(lang, task, a, b, k, c1, c2, rel, alt)

    return romance


def cases(lang: str, n: int, seed: int = 0, held_out: bool = False) -> list[Case]:
    """``n`` prompts in ``lang`` spread over the six tasks, with GenEval expectations."""
    rng = random.Random(f"{lang}:{seed}")
    lex = lang_lexicon(lang)
    nouns = [Noun(e) for e in lex.of_kind("noun")]
    colors = [e.canonical for e in lex.of_kind("color")]
    write = _writer(lang)
    out: list[Case] = []
    for i in range(n):
        task = TASKS[i % len(TASKS)]
        a, b = rng.sample(nouns, 2)
        k = rng.choice((2, 3, 4))
        c1, c2 = rng.sample(colors, 2)
        rel = rng.choice(RELS)
        prompt = write(task, a, b, k, c1, c2, rel, held_out)
        if task == "single_object":
            objs: tuple[Expect, ...] = (Expect(a.en),)
        elif task in ("two_object", "position"):
            objs = (Expect(a.en), Expect(b.en))
        elif task == "counting":
            objs = (Expect(a.en, k),)
        elif task == "colors":
            objs = (Expect(a.en, 1, c1),)
        else:
            objs = (Expect(a.en, 1, c1), Expect(b.en, 1, c2))
        position = (a.en, rel, b.en) if task == "position" else None
        out.append(Case(task, prompt, objs, position, {"label_a": a.sg}))
    return out


__all__ = ["TASKS", "cases"]
