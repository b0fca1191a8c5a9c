"""Fonts per script: Noto Sans faces, loaded once for HarfBuzz (shaping) and skia (drawing).

Fonts come from manimgx-fonts (Latin, Cyrillic, Greek, Arabic, Hebrew, Indic, Thai, …) and,
when the optional ``noto-cjk-sans-otc`` package is installed, Noto Sans CJK (one collection
with JP/KR/SC/TC/HK faces). A font is named by its file name, plus ``#index`` for a face of
a collection. A text's ISO 15924 script (and language, for CJK) picks the face; characters
that face lacks fall back per character (see ``runs.py``); what no font covers is reported.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import import_module
from pathlib import Path

import manimgx_fonts
import skia
import uharfbuzz as hb

CJK_COLLECTION = "NotoSansCJK-Regular.ttc"
CJK_FACES: dict[str, str] = {
    "JP": f"{CJK_COLLECTION}#0",
    "KR": f"{CJK_COLLECTION}#1",
    "SC": f"{CJK_COLLECTION}#2",
    "TC": f"{CJK_COLLECTION}#3",
    "HK": f"{CJK_COLLECTION}#4",
}
SCRIPT_FONTS: dict[str, str] = {
    "Latn": "NotoSans[wght].ttf",
    "Cyrl": "NotoSans[wght].ttf",
    "Grek": "NotoSans[wght].ttf",
    "Arab": "NotoSansArabic[wght].ttf",
    "Hebr": "NotoSansHebrew[wght].ttf",
    "Deva": "NotoSansDevanagari[wght].ttf",
    "Beng": "NotoSansBengali[wght].ttf",
    "Guru": "NotoSansGurmukhi[wght].ttf",
    "Gujr": "NotoSansGujarati[wght].ttf",
    "Orya": "NotoSansOriya[wght].ttf",
    "Taml": "NotoSansTamil[wght].ttf",
    "Telu": "NotoSansTelugu[wght].ttf",
    "Knda": "NotoSansKannada[wght].ttf",
    "Mlym": "NotoSansMalayalam[wght].ttf",
    "Sinh": "NotoSansSinhala[wght].ttf",
    "Thai": "NotoSansThai[wght].ttf",
    "Laoo": "NotoSansLao[wght].ttf",
    "Khmr": "NotoSansKhmer[wght].ttf",
    "Mymr": "NotoSansMyanmar[wght].ttf",
    "Ethi": "NotoSansEthiopic[wght].ttf",
    "Geor": "NotoSansGeorgian[wght].ttf",
    "Armn": "NotoSansArmenian[wght].ttf",
    "Zsym": "NotoSansSymbols[wght].ttf",
    "Hani": CJK_FACES["SC"],
    "Hans": CJK_FACES["SC"],
    "Hant": CJK_FACES["TC"],
    "Jpan": CJK_FACES["JP"],
    "Hira": CJK_FACES["JP"],
    "Kana": CJK_FACES["JP"],
    "Hrkt": CJK_FACES["JP"],
    "Kore": CJK_FACES["KR"],
    "Hang": CJK_FACES["KR"],
}
DEFAULT_FONT = "NotoSans[wght].ttf"
#: Tried, in order, for characters the chosen font lacks (after every per-script font).
LAST_RESORT_FONTS = ("NotoSansSymbols[wght].ttf", "NotoEmoji[wght].ttf")
RTL_SCRIPTS = frozenset({"Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Samr", "Mand"})
_WGHT = int.from_bytes(b"wght", "big")
_IGNORABLE = frozenset({0x20, 0xA0, 0x200C, 0x200D, 0x200E, 0x200F, 0x0A, 0x0D, 0x09})


@dataclass(frozen=True)
class LoadedFont:
    """One font face at one weight, ready for shaping (HarfBuzz) and drawing (skia)."""

    file: str
    weight: int
    hb_font: hb.Font
    typeface: skia.Typeface
    upem: int


@cache
def fonts_dir() -> Path:
    return Path(manimgx_fonts.__file__).parent


@cache
def _font_dirs() -> tuple[Path, ...]:
    dirs = [fonts_dir()]
    try:
        cjk = import_module("noto_cjk_sans_otc")
    except ImportError:
        return tuple(dirs)
    dirs.append(Path(str(cjk.__file__)).parent)
    return tuple(dirs)


def _split(name: str) -> tuple[str, int]:
    file, _, index = name.partition("#")
    return file, int(index or 0)


@cache
def font_path(name: str) -> Path | None:
    """The file holding font ``name`` (``file`` or ``file#index``), or None if not installed."""
    file, _ = _split(name)
    for folder in _font_dirs():
        if (folder / file).is_file():
            return folder / file
    return None


def _require(name: str) -> Path:
    path = font_path(name)
    if path is None:
        raise OSError(f"font {name} is not installed")
    return path


@cache
def _blob(file: str) -> hb.Blob:
    return hb.Blob.from_file_path(str(_require(file)))


@cache
def _face(name: str) -> hb.Face:
    file, index = _split(name)
    return hb.Face(_blob(file), index)


@cache
def coverage(name: str) -> frozenset[int]:
    return frozenset(_face(name).unicodes)


@cache
def _base_typeface(name: str) -> skia.Typeface:
    _, index = _split(name)
    typeface = skia.Typeface.MakeFromFile(str(_require(name)), index)
    if typeface is None:
        raise OSError(f"skia cannot load font {name}")
    return typeface


@cache
def load_font(name: str, weight: int) -> LoadedFont:
    face = _face(name)
    hb_font = hb.Font(face)
    typeface = _base_typeface(name)
    if face.has_var_data:
        hb_font.set_variations({"wght": float(weight)})
        coords = skia.FontArguments.VariationPosition.Coordinates(
            [skia.FontArguments.VariationPosition.Coordinate(_WGHT, float(weight))]
        )
        args = skia.FontArguments()
        args.setVariationDesignPosition(skia.FontArguments.VariationPosition(coords))
        typeface = typeface.makeClone(args)
    return LoadedFont(file=name, weight=weight, hb_font=hb_font, typeface=typeface, upem=face.upem)


def available(name: str) -> bool:
    return font_path(name) is not None


@cache
def _all_fonts() -> tuple[str, ...]:
    names = {f for f in SCRIPT_FONTS.values() if available(f) and not f.startswith(CJK_COLLECTION)}
    if available(CJK_FACES["SC"]):
        names.add(CJK_FACES["SC"])
    return tuple(sorted(names))


@cache
def fallback_files() -> tuple[str, ...]:
    """Installed fonts in fallback order: Latin, other scripts, symbols, CJK, emoji."""
    symbols, emoji = LAST_RESORT_FONTS
    scripts = [f for f in _all_fonts() if f not in LAST_RESORT_FONTS and not f.startswith(CJK_COLLECTION)]
    cjk = [f for f in _all_fonts() if f.startswith(CJK_COLLECTION)]
    ordered = [DEFAULT_FONT, *scripts, symbols, *cjk, emoji]
    return tuple(dict.fromkeys(f for f in ordered if available(f)))


def missing_chars(text: str, name: str) -> int:
    covered = coverage(name)
    return sum(1 for ch in text if ord(ch) not in covered and ord(ch) not in _IGNORABLE)


def _cjk_face(script: str, language: str) -> str | None:
    """The CJK face for a script/language pair, or None for non-CJK text."""
    lang = language.lower().replace("_", "-")
    if script not in {"Hani", "Hans", "Hant", "Jpan", "Hira", "Kana", "Hrkt", "Kore", "Hang"}:
        return None
    if lang.startswith("ja"):
        return CJK_FACES["JP"]
    if lang.startswith("ko"):
        return CJK_FACES["KR"]
    if lang.startswith("zh") and ("hk" in lang or "mo" in lang):
        return CJK_FACES["HK"]
    if lang.startswith("zh") and ("hant" in lang or "tw" in lang):
        return CJK_FACES["TC"]
    return SCRIPT_FONTS[script]


def choose_font_file(text: str, script: str, language: str = "") -> tuple[str, int]:
    """The main font for ``text`` in ``script``, and how many characters it lacks.

    The script's own font is kept unless it lacks most of the text (a mislabelled script);
    a few stray characters (emoji, symbols, a foreign word) fall back per character instead.
    """
    preferred = _cjk_face(script, language) or SCRIPT_FONTS.get(script, DEFAULT_FONT)
    if not available(preferred):
        preferred = DEFAULT_FONT
    missing = missing_chars(text, preferred)
    significant = sum(1 for ch in text if ord(ch) not in _IGNORABLE)
    if missing * 2 <= significant:
        return preferred, missing
    best, best_missing = preferred, missing
    for name in fallback_files():
        lacking = missing_chars(text, name)
        if lacking < best_missing:
            best, best_missing = name, lacking
    return best, best_missing


def is_rtl(script: str, text: str) -> bool:
    if script in RTL_SCRIPTS:
        return True
    for ch in text:
        code = ord(ch)
        if 0x0590 <= code <= 0x08FF or 0xFB1D <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
            return True
        if ch.isalpha():
            return False
    return False


__all__ = [
    "CJK_FACES",
    "DEFAULT_FONT",
    "LAST_RESORT_FONTS",
    "RTL_SCRIPTS",
    "SCRIPT_FONTS",
    "LoadedFont",
    "available",
    "choose_font_file",
    "coverage",
    "fallback_files",
    "font_path",
    "fonts_dir",
    "is_rtl",
    "load_font",
    "missing_chars",
]
