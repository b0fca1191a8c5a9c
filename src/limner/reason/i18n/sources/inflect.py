"""Inflected forms from simplemma's form → lemma tables (MIT code; data from Wiktionary and others).

simplemma ships, per language, a dictionary from surface form to lemma. Inverted, it lists a lemma's
forms: es perro → perros, perra, perras; de Apfel → Äpfel, Äpfeln, Apfels; rojo → roja, rojos, rojas.
Only forms a regular paradigm allows are kept (gender and number endings, German case endings,
umlaut), which drops diminutives, superlatives, comparatives and noise. The plural is picked by the
language's regular patterns among the forms simplemma lists; only for a Romance word simplemma does
not know at all is the regular rule applied. Gender is guessed from the lemma's ending (the sources
carry none); it is only used to write agreeing test prompts.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY

#: words that end the inflected part of a Romance noun phrase ("camión de reparto" → camiones de reparto)
PREPOSITIONS = frozenset(
    {
        "de",
        "del",
        "da",
        "do",
        "das",
        "dos",
        "di",
        "della",
        "dello",
        "du",
        "des",
        "à",
        "a",
        "al",
        "con",
        "com",
        "en",
        "em",
        "in",
        "sur",
        "per",
        "para",
        "pour",
    }
)
_UMLAUT = {"a": "ä", "o": "ö", "u": "ü"}


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


@cache
def _inverse(lang: str) -> dict[str, tuple[str, ...]]:
    table = DEFAULT_DICTIONARY_FACTORY.get_dictionary(lang)
    out: dict[str, list[str]] = {}
    for form in table:
        lemma = table[form]
        out.setdefault(lemma.lower(), []).append(form.lower())
    return {lemma: tuple(sorted(set(forms))) for lemma, forms in out.items()}


def lemma_of(lang: str, word: str) -> str:
    """``word`` if it is a lemma itself, else simplemma's lemma for it."""
    if word in _inverse(lang):
        return word
    table = DEFAULT_DICTIONARY_FACTORY.get_dictionary(lang)
    for key in (word, word.capitalize()):
        lemma = table.get(key)
        if lemma is not None:
            return lemma.lower()
    return word


def _variants(lang: str, lemma: str) -> set[str]:
    """Gender and number variants a regular paradigm allows; simplemma's forms are kept only if here."""
    if lang == "de":
        stems = {lemma, _umlauted(lemma)}
        return {
            stem + end
            for stem in stems
            for end in ("", "e", "em", "en", "er", "ern", "es", "n", "ns", "s", "ens")
        }
    genders = {lemma}
    if lang in ("es", "pt", "it") and lemma.endswith("o"):
        genders.add(lemma[:-1] + "a")
    elif lang in ("es", "pt") and lemma[-1:] not in "aeiou":
        genders.add(lemma + "a")
    elif lang == "fr":
        genders.add(lemma + "e")
    return {form for g in genders for form in (g, *_plural_patterns(lang, g))}


#: a lemma with more forms than this is a verb (or, in German, an adjective), never a noun; Romance
#: nouns reach about 18 with diminutives (pt cão, cadela, cãozinho, …), verbs have 40 and more
MAX_NOUN_FORMS = {"de": 12}
_MAX_FORMS = 24


def conjugates(lang: str, word: str) -> bool:
    """``word`` belongs to a paradigm too large for a noun ("cerrar", "cerrado", "volar", "rot")."""
    most = MAX_NOUN_FORMS.get(lang, _MAX_FORMS)
    own = _inverse(lang).get(word)
    if own is not None:
        return len(own) > most  # a lemma itself: its own paradigm decides ("Löffel", not "löffeln")
    table = DEFAULT_DICTIONARY_FACTORY.get_dictionary(lang)
    lemmas = {table.get(k, "").lower() for k in (word, word.capitalize())} - {""}
    return any(len(_inverse(lang).get(lemma, ())) > most for lemma in lemmas)


def word_forms(lang: str, lemma: str) -> tuple[str, ...]:
    """The lemma, then the forms simplemma lists for it that a regular paradigm allows."""
    allowed = _variants(lang, lemma)
    forms = [f for f in _inverse(lang).get(lemma, ()) if f != lemma and f in allowed]
    return (lemma, *forms)


def _umlauted(word: str) -> str:
    for i in range(len(word) - 1, -1, -1):
        if word[i : i + 2] == "au":
            return word[:i] + "äu" + word[i + 2 :]
        if word[i] in _UMLAUT and word[i - 1 : i + 1] != "au":
            return word[:i] + _UMLAUT[word[i]] + word[i + 1 :]
    return word


def _plural_patterns(lang: str, w: str) -> list[str]:
    if lang == "de":
        u = _umlauted(w)
        tail = [w] if w.endswith(("en", "er", "el", "chen", "lein")) else []
        vowel = [w + "s"] if w[-1:] in "aeiouy" else []
        return [u + "e", u + "er", u, w + "e", w + "en", w + "n", w + "er", *tail, *vowel, w + "s"]
    if lang == "it":
        hard = [w[:-1] + "he"] if w.endswith(("ca", "ga")) else []  # mucca → mucche, barca → barche
        return [*hard, w[:-1] + "i", w[:-1] + "e", w[:-2] + "hi", w[:-2] + "he", w[:-1] + "hi", w[:-1] + "a"]
    if lang == "fr":
        if w.endswith(("eu", "au")):
            return [w + "x", w + "s", w]  # feu → feux, tuyau → tuyaux (simplemma also lists "feus")
        if w.endswith("al"):
            return [w[:-2] + "aux", w + "s", w]
        return [w + "s", w + "x", w[:-2] + "aux", w]
    if w.endswith("ão"):
        return [w[:-2] + "ões", w[:-2] + "ães", w + "s"]
    if w[-1:] in "aeiouéêóôáí":
        return [w + "s"]
    folded = w[:-2] + _fold(w[-2]) + w[-1] if len(w) > 2 else w
    if lang == "pt":
        return [w[:-1] + "is", w[:-1] + "ns", w + "es", folded + "es", w + "s", w]
    return [w + "es", folded + "es", w[:-1] + "ces", w + "s", w]


def _regular_plural(lang: str, w: str) -> str | None:
    """The regular plural of a word simplemma does not know (Romance only; German has none)."""
    if lang == "it":
        if w.endswith(("ca", "ga")):
            return w[:-1] + "he"
        return w[:-1] + "i" if w.endswith(("o", "e")) else w[:-1] + "e" if w.endswith("a") else w
    if lang == "fr":
        if w.endswith(("s", "x", "z")):
            return w
        return w[:-2] + "aux" if w.endswith("al") else w + "x" if w.endswith(("eau", "eu")) else w + "s"
    if lang == "pt":
        if w.endswith("ão"):
            return w[:-2] + "ões"
        if w.endswith("l"):
            return w[:-1] + "is"
        if w.endswith("m"):
            return w[:-1] + "ns"
        return w + "es" if w.endswith(("r", "z", "s")) else w + "s"
    if lang == "es":
        if w[-1:] in "aeiouáéó":
            return w + "s"
        if w.endswith("z"):
            return w[:-1] + "ces"
        folded = w[:-2] + _fold(w[-2]) + w[-1] if len(w) > 2 else w
        return folded + "es"
    return None


def plural(lang: str, word: str) -> str | None:
    """The plural of one word: among simplemma's forms, else (a word simplemma does not know at all,
    in a Romance language) by the regular rule."""
    forms = set(_inverse(lang).get(word, ()))
    for candidate in _plural_patterns(lang, word):
        if candidate == word and (lang == "de" or word[-1:] in "sxz"):
            return word  # der Wagen / die Wagen, le bras / les bras
        if candidate in forms and candidate != word:
            return candidate
    if lang == "it" and not word.endswith(("o", "a", "e")):
        return word  # il camion / i camion, la città / le città
    return None if word in _inverse(lang) else _regular_plural(lang, word)


def hyphen_plural(lang: str, word: str) -> str | None:
    """Romance hyphenated compounds whose parts agree: every part in the plural ("cerf-volant" →
    cerfs-volants, "cachorro-quente" → cachorros-quentes); an extra form, the lemma's plural stays."""
    parts = word.split("-")
    if lang == "de" or len(parts) < 2 or any(p in PREPOSITIONS for p in parts):
        return None
    out = [plural(lang, p) or p for p in parts]
    return "-".join(out) if out != parts else None


def phrase_plural(lang: str, phrase: str) -> str | None:
    """Plural of a noun phrase: Romance inflects the words before the first preposition, German the last."""
    words = phrase.split()
    if lang == "de":
        last = plural(lang, words[-1])
        return None if last is None else " ".join([*words[:-1], last])
    out: list[str] = []
    inflecting = True
    for i, word in enumerate(words):
        if word in PREPOSITIONS:
            inflecting = False
        if inflecting:
            pl = plural(lang, word)
            if pl is None and i == 0:
                return None
            out.append(pl or word)
        else:
            out.append(word)
    return " ".join(out)


_FEMININE_ENDINGS: dict[str, tuple[str, ...]] = {
    "es": ("a", "ción", "sión", "dad", "tad", "tud", "umbre", "ez"),
    "pt": ("a", "ção", "são", "dade", "gem", "ez"),
    "it": ("a", "zione", "sione", "tà", "tù", "i"),
    "fr": (
        "tion",
        "sion",
        "té",
        "ette",
        "elle",
        "ine",
        "ise",
        "ure",
        "ance",
        "ence",
        "ade",
        "ée",
        "ie",
        "ière",
        "euse",
        "ole",
        "ue",
        "oire",
        "che",
        "pe",
        "ule",
        "ouche",
        "ape",
        "ille",
        "alle",
        "otte",
        "ombe",
        "euille",
        "ace",
        "ousse",
    ),
    "de": ("e", "ung", "heit", "keit", "schaft", "ion", "tät", "ei", "ik", "ur", "in"),
}
_NEUTER_ENDINGS = ("chen", "lein", "um", "ment", "o", "zeug", "tel", "gerät")


def guess_gender(lang: str, phrase: str) -> str:
    """m/f (n for German) from the head word's ending; a heuristic, for agreeing test prompts only."""
    words = phrase.split()
    head = words[-1] if lang == "de" else words[0]
    if lang == "de" and head.endswith(_NEUTER_ENDINGS):
        return "n"
    endings = _FEMININE_ENDINGS.get(lang, ())
    if lang in ("es", "pt", "it") and head.endswith(("ma", "pa")) and len(head) > 4:
        return "m"  # el problema, o mapa
    return "f" if endings and head.endswith(endings) else "m"


__all__ = [
    "MAX_NOUN_FORMS",
    "PREPOSITIONS",
    "conjugates",
    "guess_gender",
    "hyphen_plural",
    "lemma_of",
    "phrase_plural",
    "plural",
    "word_forms",
]
