"""Settings shared by the server, the workers and the CLI (environment: ``LIMNER_*``)."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

AuthMode = Literal["local", "required"]


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class Settings:
    data_dir: Path = field(default_factory=lambda: Path(os.environ.get("LIMNER_DATA_DIR", ".limner")))
    #: SQLAlchemy URL; defaults to a SQLite file under ``data_dir``.
    database_url: str | None = field(default_factory=lambda: os.environ.get("LIMNER_DATABASE_URL"))
    host: str = "127.0.0.1"
    port: int = 8000
    auth: AuthMode = "local"
    default_renderer: str = "builtin"
    #: Largest JSON body accepted, in bytes.
    max_body_bytes: int = 1_000_000
    #: Largest uploaded file (references), in bytes.
    max_upload_bytes: int = 20_000_000
    #: Optional OpenAI-compatible chat endpoint for the LLM reasoner (``limner.reason.llm``).
    llm_base_url: str | None = field(default_factory=lambda: os.environ.get("LIMNER_LLM_BASE_URL") or None)
    llm_model: str | None = field(default_factory=lambda: os.environ.get("LIMNER_LLM_MODEL") or None)
    llm_api_key: str | None = field(default_factory=lambda: os.environ.get("LIMNER_LLM_API_KEY") or None)
    llm_timeout_s: float = field(default_factory=lambda: float(os.environ.get("LIMNER_LLM_TIMEOUT", "8") or 8))

    @property
    def db_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'limner.db').resolve()}"

    @property
    def blob_dir(self) -> Path:
        return self.data_dir / "blobs"

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]


def default_auth_for(host: str) -> AuthMode:
    """API.md: ``local`` when binding a loopback address, ``required`` otherwise."""
    return "local" if is_loopback(host) else "required"


__all__ = ["AuthMode", "Settings", "default_auth_for", "is_loopback"]
