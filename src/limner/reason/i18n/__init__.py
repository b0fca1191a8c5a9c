"""Multilingual prompts: language detection, tokenization and translation to canonical English."""

from limner.reason.i18n.detect import detect_language
from limner.reason.i18n.translate import Translation, translate

__all__ = ["Translation", "detect_language", "translate"]
