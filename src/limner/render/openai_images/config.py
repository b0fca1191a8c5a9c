"""The ``openai-images`` renderer's settings, from ``LIMNER_UPSTREAM_*`` environment variables."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass


def _float(env: Mapping[str, str], key: str, default: float) -> float:
    raw = env.get(key, "").strip()
    try:
        return float(raw) if raw else default
    except ValueError:
        return default


def _sizes(raw: str) -> tuple[tuple[int, int], ...]:
    sizes: list[tuple[int, int]] = []
    for part in raw.replace(" ", "").split(","):
        width, _, height = part.partition("x")
        if width.isdigit() and height.isdigit() and int(width) > 0 and int(height) > 0:
            sizes.append((int(width), int(height)))
    return tuple(sizes)


@dataclass(frozen=True)
class UpstreamSettings:
    """Where and how to call an OpenAI-compatible Images API.

    ``base_url`` ends where OpenAI's does (``https://api.openai.com/v1``; another Limner:
    ``http://host:8000/v1``); the renderer posts to ``{base_url}/images/edits``.
    """

    base_url: str | None = None
    api_key: str | None = None
    model: str | None = None
    #: Seconds for one upstream call (connect + answer).
    timeout_s: float = 120.0
    #: Retries after the first try, on 429, 5xx, timeouts and dropped connections.
    retries: int = 2
    #: First backoff in seconds (doubles each retry), and the most any one wait may be.
    backoff_s: float = 1.0
    max_wait_s: float = 30.0
    #: Sizes the upstream accepts (``LIMNER_UPSTREAM_SIZES=1024x1024,1536x1024,1024x1536``); the
    #: guide is sent at the one closest in aspect and the answer resized back. Empty: as asked.
    sizes: tuple[tuple[int, int], ...] = ()
    #: ``quality`` sent to the upstream when set (``LIMNER_UPSTREAM_QUALITY``: low, medium, high…).
    quality: str | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> UpstreamSettings:
        env = os.environ if env is None else env
        return cls(
            base_url=(env.get("LIMNER_UPSTREAM_BASE_URL") or "").strip().rstrip("/") or None,
            api_key=env.get("LIMNER_UPSTREAM_API_KEY") or None,
            model=env.get("LIMNER_UPSTREAM_MODEL") or None,
            timeout_s=max(0.1, _float(env, "LIMNER_UPSTREAM_TIMEOUT", 120.0)),
            retries=max(0, min(10, int(_float(env, "LIMNER_UPSTREAM_RETRIES", 2)))),
            backoff_s=max(0.0, _float(env, "LIMNER_UPSTREAM_BACKOFF", 1.0)),
            max_wait_s=max(0.0, _float(env, "LIMNER_UPSTREAM_MAX_WAIT", 30.0)),
            sizes=_sizes(env.get("LIMNER_UPSTREAM_SIZES", "")),
            quality=env.get("LIMNER_UPSTREAM_QUALITY") or None,
        )

    def unavailable_reason(self) -> str | None:
        if self.base_url is None:
            return "no upstream configured (set LIMNER_UPSTREAM_BASE_URL)"
        if not self.base_url.startswith(("http://", "https://")):
            return "LIMNER_UPSTREAM_BASE_URL must start with http:// or https://"
        return None

    def __repr__(self) -> str:  # never show the key
        key = "set" if self.api_key else "none"
        return f"UpstreamSettings(base_url={self.base_url!r}, model={self.model!r}, api_key={key})"


__all__ = ["UpstreamSettings"]
