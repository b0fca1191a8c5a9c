"""Numbers 1–20 in each language from ICU's rule-based number spellout (PyICU).

Every cardinal rule set of the locale is used (masculine, feminine, neuter and the German case
forms, Chinese "alternate2" with 两/兩); the canonical value is ICU's English spellout.
"""

from __future__ import annotations

import icu  # type: ignore[import-untyped]

#: ICU locales read for one lexicon language
_LOCALES: dict[str, tuple[str, ...]] = {"zh": ("zh", "zh_Hant"), "ja": ("ja",)}
HIGHEST = 20


def _format(formatter: icu.RuleBasedNumberFormat, n: int, rule_set: str | None) -> str:
    if rule_set is None:
        text = str(formatter.format(n))
    else:
        text = str(formatter.format(float(n), icu.UnicodeString(rule_set)))
    return text.replace("\xad", "").strip().lower()


def _cardinal_sets(formatter: icu.RuleBasedNumberFormat) -> list[str]:
    names = [str(formatter.getRuleSetName(i)) for i in range(formatter.getNumberOfRuleSetNames())]
    return [
        n for n in names if n.startswith("%spellout-cardinal") and "financial" not in n and "verbose" not in n
    ]


def numbers(lang: str) -> list[tuple[str, tuple[str, ...]]]:
    """(English spellout, the language's spellings) for 1–20."""
    english = icu.RuleBasedNumberFormat(icu.URBNFRuleSetTag.SPELLOUT, icu.Locale("en"))
    formatters = [
        icu.RuleBasedNumberFormat(icu.URBNFRuleSetTag.SPELLOUT, icu.Locale(loc))
        for loc in _LOCALES.get(lang, (lang,))
    ]
    out: list[tuple[str, tuple[str, ...]]] = []
    for n in range(1, HIGHEST + 1):
        forms: list[str] = []
        for formatter in formatters:
            for rule_set in (None, *_cardinal_sets(formatter)):
                forms.append(_format(formatter, n, rule_set))
        out.append((_format(english, n, None), tuple(dict.fromkeys(forms))))
    return out


def version() -> str:
    return str(icu.ICU_VERSION)


__all__ = ["HIGHEST", "numbers", "version"]
