"""WCAG 2 contrast: the ratio between two colours, and a text colour that reaches 4.5:1."""

from __future__ import annotations

from collections.abc import Sequence

from limner.render.builtin.colors import RGB, luminance

#: WCAG 2 level AA for body text.
MIN_CONTRAST = 4.5
_DARK: RGB = (17, 17, 17)
_LIGHT: RGB = (255, 255, 255)
_BLACK: RGB = (0, 0, 0)


def contrast_ratio(a: RGB, b: RGB) -> float:
    """(L1 + 0.05) / (L2 + 0.05) with L1 the lighter relative luminance; 1..21."""
    la, lb = luminance(a), luminance(b)
    light, dark = max(la, lb), min(la, lb)
    return (light + 0.05) / (dark + 0.05)


def readable_on(background: RGB) -> RGB:
    """Near-black or white, whichever contrasts more with ``background`` (always ≥ 4.5:1)."""
    dark, light = contrast_ratio(_DARK, background), contrast_ratio(_LIGHT, background)
    best = _DARK if dark >= light else _LIGHT
    if max(dark, light) < MIN_CONTRAST:
        best = _BLACK if contrast_ratio(_BLACK, background) >= light else _LIGHT
    return best


def readable_on_all(backgrounds: Sequence[RGB]) -> RGB:
    """The text colour whose worst contrast over ``backgrounds`` (e.g. the lightest and darkest
    parts of a shaded region) is best: near-black or white, else pure black."""

    def worst(color: RGB) -> float:
        return min(contrast_ratio(color, bg) for bg in backgrounds)

    preferred = max((_DARK, _LIGHT), key=worst)
    if worst(preferred) >= MIN_CONTRAST:
        return preferred
    return max((_DARK, _LIGHT, _BLACK), key=worst)


def needs_outline(color: RGB, background: RGB) -> bool:
    """A fixed text colour below 4.5:1 on its background gets an outline in ``readable_on``."""
    return contrast_ratio(color, background) < MIN_CONTRAST


__all__ = ["MIN_CONTRAST", "contrast_ratio", "needs_outline", "readable_on", "readable_on_all"]
