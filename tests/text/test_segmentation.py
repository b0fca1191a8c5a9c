"""Line breaking (UAX #14 with dictionaries, kinsoku, Korean keep-all), graphemes and bidi."""

from __future__ import annotations

from limner.render.builtin.bidi import levels, visual_order
from limner.render.builtin.linebreak import graphemes, tokenize
from limner.render.builtin.runs import itemize

CLOSING = set("、。，．）」』】〉》!?！？")


def test_thai_breaks_at_word_boundaries_without_spaces() -> None:
    words = [t for t, _ in tokenize("สวัสดีครับวันนี้อากาศดีมาก", "th")]
    assert words == ["สวัสดี", "ครับ", "วัน", "นี้", "อากาศ", "ดี", "มาก"]
    assert "".join(words) == "สวัสดีครับวันนี้อากาศดีมาก"


def test_japanese_breaks_per_character_with_kinsoku() -> None:
    text = "今日は「いい天気」ですね。明日も晴れ、たぶん。"
    tokens = [t for t, _ in tokenize(text, "ja")]
    assert "".join(tokens) == text and len(tokens) > 10
    assert not any(t[0] in CLOSING for t in tokens)  # no line may start with a closing mark
    assert not any(t[-1] in "「『（" for t in tokens)  # nor end with an opening one


def test_chinese_breaks_between_ideographs_but_not_before_punctuation() -> None:
    tokens = [t for t, _ in tokenize("北京是中国的首都，也是文化名城。", "zh-Hans")]
    assert "首都，" in tokens or any(t.endswith("，") for t in tokens)
    assert not any(t[0] in CLOSING for t in tokens)


def test_korean_wraps_at_spaces_only() -> None:
    assert tokenize("대한민국의 수도는 서울입니다", "ko") == [
        ("대한민국의", False),
        ("수도는", True),
        ("서울입니다", True),
    ]


def test_latin_breaks_at_spaces_and_after_hyphens() -> None:
    tokens = tokenize("Zażółć gęślą jaźń, well-known", "pl")
    assert [t for t, _ in tokens][:3] == ["Zażółć", "gęślą", "jaźń,"]
    assert tokens[1][1] and ("well-", True) in tokens


def test_grapheme_clusters_keep_marks_and_emoji_sequences() -> None:
    assert graphemes("Việt") == ("V", "i", "ệ", "t")
    assert graphemes("👍🏽ok") == ("👍🏽", "o", "k")
    assert graphemes("क्षत्रिय")[0] == "क्ष"  # Unicode 15.1: a conjunct is one cluster
    assert graphemes("e\u0301") == ("e\u0301",)


def test_bidi_levels_follow_the_unicode_algorithm() -> None:
    text = "السعر 25 دينار"
    lv = levels(text, True)
    assert lv[0] == 1 and lv[text.index("2")] == 2 and lv[-1] == 1
    mixed = "Price: مرحبا 12"
    assert levels(mixed, False)[0] == 0 and levels(mixed, False)[mixed.index("م")] == 1
    assert visual_order(["a", "B", "C", "d"], [0, 1, 1, 0]) == ["a", "C", "B", "d"]


def test_arabic_with_latin_numerals_runs_in_visual_order() -> None:
    runs = itemize("السعر 25 دينار", "Arab", True, "ar")
    texts = [r.text for r in runs]
    # Drawn left to right: the last Arabic word first, then the number, then the first word.
    assert texts[0].strip() == "دينار" and texts[1].strip() == "25" and texts[-1].strip() == "السعر"
    assert runs[0].rtl and not runs[1].rtl


def test_fallback_per_grapheme_cluster_picks_fonts_that_draw_them() -> None:
    runs = itemize("Café 👍🏽 Ωμέγα Привет", "Latn", False, "en")
    by_text = {r.text.strip(): r.file for r in runs if r.text.strip()}
    assert any("Emoji" in file for text, file in by_text.items() if "👍" in text)
    assert all("Emoji" not in file for text, file in by_text.items() if "Café" in text)
