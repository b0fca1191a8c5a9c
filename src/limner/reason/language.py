"""Language and ISO 15924 script of a piece of text (for quoted text elements)."""

from __future__ import annotations

import unicodedata

from limner.reason.i18n.detect import detect_language

# Characters that exist only in simplified or only in traditional Chinese (common pairs).
_SIMPLIFIED = frozenset(
    "这个们国说时来会对发后动书门马鸟东车长见开关问间电话语过还进应实学体点热爱买卖价优惠"
    "钟汽苹么样头从网图无为页号费钱银刚写让认记设谁调边达运还张条两没现当尔华读颜色红绿蓝黄紫标签"
)
_TRADITIONAL = frozenset(
    "這個們國說時來會對發後動書門馬鳥東車長見開關問間電話語過還進應實學體點熱愛買賣價優"
    "鐘蘋麼樣頭從網圖無為頁號費錢銀剛寫讓認記設誰調邊達運張條兩沒現當爾華讀顏紅綠藍黃標籤"
)
_SCRIPT_LANG = {
    "Cyrl": "ru",
    "Grek": "el",
    "Arab": "ar",
    "Hebr": "he",
    "Deva": "hi",
    "Beng": "bn",
    "Thai": "th",
    "Hans": "zh-Hans",
    "Hant": "zh-Hant",
    "Jpan": "ja",
    "Kore": "ko",
}
_NAME_SCRIPT = (
    ("LATIN", "Latn"),
    ("CYRILLIC", "Cyrl"),
    ("GREEK", "Grek"),
    ("ARABIC", "Arab"),
    ("HEBREW", "Hebr"),
    ("DEVANAGARI", "Deva"),
    ("BENGALI", "Beng"),
    ("THAI", "Thai"),
    ("HANGUL", "Kore"),
    ("HIRAGANA", "Jpan"),
    ("KATAKANA", "Jpan"),
    ("CJK", "Hani"),
)


def _char_script(ch: str) -> str | None:
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    for prefix, script in _NAME_SCRIPT:
        if name.startswith(prefix) or (prefix == "CJK" and "CJK" in name):
            return script
    return None


def detect_script(text: str) -> str:
    """ISO 15924 code of ``text``: Latn, Cyrl, Grek, Arab, Hebr, Deva, Beng, Thai, Hans, Hant, Jpan, Kore."""
    counts: dict[str, int] = {}
    for ch in text:
        script = _char_script(ch)
        if script is not None:
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return "Latn"
    if "Jpan" in counts:
        return "Jpan"
    if "Kore" in counts:
        return "Kore"
    if "Hani" in counts and counts["Hani"] >= max(counts.values()):
        simplified = sum(1 for ch in text if ch in _SIMPLIFIED)
        traditional = sum(1 for ch in text if ch in _TRADITIONAL)
        return "Hant" if traditional > simplified else "Hans"
    return max(counts, key=lambda s: counts[s])


def text_language(text: str, fallback: str = "en") -> tuple[str, str]:
    """(BCP-47 language, ISO 15924 script) of quoted text; Latin text with no evidence → ``fallback``."""
    script = detect_script(text)
    if script in _SCRIPT_LANG:
        lang = _SCRIPT_LANG[script]
        return ("zh" if lang.startswith("zh") else lang), script
    lang = detect_language(text)
    if lang == "en" and fallback != "en":
        words = text.lower().split()
        english = {"the", "and", "of", "for", "sale", "open", "new", "welcome", "off", "now", "free"}
        if not any(w in english for w in words):
            lang = fallback
    return lang, script


__all__ = ["detect_script", "text_language"]
