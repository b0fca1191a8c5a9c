"""Settings shared by the server, the workers and the CLI (environment: ``LIMNER_*``)."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

AuthMode = Literal["local", "required"]
#: Whose async jobs a worker takes (Scale accounts with units are "reserved").
JobsFor = Literal["all", "reserved", "shared"]


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
    #: Browser origins allowed to call the API cross-origin (``--cors-origin``, env
    #: ``LIMNER_CORS_ORIGINS``, comma-separated); none by default; ``*`` allows any origin.
    cors_origins: tuple[str, ...] = field(
        default_factory=lambda: cors_origins_value(os.environ.get("LIMNER_CORS_ORIGINS", ""))
    )
    #: Optional OpenAI-compatible chat endpoint for the LLM reasoner (``limner.reason.llm``).
    llm_base_url: str | None = field(default_factory=lambda: os.environ.get("LIMNER_LLM_BASE_URL") or None)
    llm_model: str | None = field(default_factory=lambda: os.environ.get("LIMNER_LLM_MODEL") or None)
    llm_api_key: str | None = field(default_factory=lambda: os.environ.get("LIMNER_LLM_API_KEY") or None)
    llm_timeout_s: float = field(
        default_factory=lambda: float(os.environ.get("LIMNER_LLM_TIMEOUT", "8") or 8)
    )

    #: Admin key for ``/v1/admin/*`` (env ``LIMNER_ADMIN_KEY``); without one the admin API is closed.
    admin_key: str | None = field(default_factory=lambda: os.environ.get("LIMNER_ADMIN_KEY") or None)
    #: Requests per minute per key, by tier (``local`` = the built-in local account).
    rpm_build: int = field(default_factory=lambda: int(os.environ.get("LIMNER_RPM_BUILD", "600")))
    rpm_scale: int = field(default_factory=lambda: int(os.environ.get("LIMNER_RPM_SCALE", "3000")))
    rpm_local: int = field(default_factory=lambda: int(os.environ.get("LIMNER_RPM_LOCAL", "100000")))
    #: Images per minute per key, by tier.
    ipm_build: int = field(default_factory=lambda: int(os.environ.get("LIMNER_IPM_BUILD", "120")))
    ipm_scale: int = field(default_factory=lambda: int(os.environ.get("LIMNER_IPM_SCALE", "1200")))
    ipm_local: int = field(default_factory=lambda: int(os.environ.get("LIMNER_IPM_LOCAL", "100000")))
    #: Prices as a JSON file (``limner.platform.pricing``); defaults when unset.
    prices_file: Path | None = field(
        default_factory=lambda: Path(p) if (p := os.environ.get("LIMNER_PRICES")) else None
    )

    #: Worker threads inside ``limner serve`` for async jobs (0: only ``limner worker`` runs them).
    embedded_workers: int = field(default_factory=lambda: int(os.environ.get("LIMNER_WORKERS", "1")))
    #: Whose jobs workers take (env ``LIMNER_JOBS_FOR``): ``all``; ``reserved``: Scale accounts with
    #: units; ``shared``: everyone else (``limner serve --lanes`` gives each lane its own).
    jobs_for: JobsFor = field(
        default_factory=lambda: jobs_for_value(os.environ.get("LIMNER_JOBS_FOR", "all"))
    )
    #: Whether a server checkpoints a SQLite database's log from a background thread (``limner serve
    #: --lanes`` leaves it to the shared lane, at its low priority).
    wal_checkpoints: bool = True
    #: Seconds a worker's claim on a job lasts; a dead worker's job is taken over after it.
    job_lease_s: float = field(default_factory=lambda: float(os.environ.get("LIMNER_JOB_LEASE_S", "30")))
    #: Render slots per API process; Scale units reserve some of them (``limner.platform.capacity``).
    render_slots: int = field(
        default_factory=lambda: int(os.environ.get("LIMNER_RENDER_SLOTS", "") or max(2, os.cpu_count() or 1))
    )
    #: Seconds a request waits for a free render slot before a 503 ``capacity_unavailable``.
    render_wait_s: float = field(
        default_factory=lambda: float(os.environ.get("LIMNER_RENDER_WAIT_S", "30") or 30)
    )
    #: Render in one process per slot (``1``) or in threads (``0``); unset: processes under
    #: ``limner serve``, threads elsewhere (in-process CLI, tests).
    render_processes: bool | None = field(
        default_factory=lambda: _flag(os.environ.get("LIMNER_RENDER_PROCESSES"))
    )
    #: Allow webhook URLs on loopback addresses (local development and tests only).
    webhooks_allow_loopback: bool = field(
        default_factory=lambda: os.environ.get("LIMNER_WEBHOOKS_ALLOW_LOOPBACK", "") == "1"
    )
    #: Allow OpenAI edits' ``image_url`` on loopback addresses (local development and tests only).
    image_urls_allow_loopback: bool = field(
        default_factory=lambda: os.environ.get("LIMNER_IMAGE_URLS_ALLOW_LOOPBACK", "") == "1"
    )

    #: Public base URL of the API (env ``LIMNER_PUBLIC_URL``, e.g. ``https://api.example.com``) for
    #: absolute URLs in answers; unset: ``http://<host>:<port>`` of this server, never a request's Host.
    public_url: str | None = field(default_factory=lambda: os.environ.get("LIMNER_PUBLIC_URL") or None)
    #: Secret for signed image links (env ``LIMNER_SIGNING_SECRET``); unset: a random one kept in
    #: ``<data_dir>/signing.key``, shared by every process on that data dir (``limner.platform.signing``).
    signing_secret: str | None = field(
        default_factory=lambda: os.environ.get("LIMNER_SIGNING_SECRET") or None, repr=False
    )
    #: Seconds a signed image link works (env ``LIMNER_SIGNED_URL_TTL``, default one hour).
    signed_url_ttl_s: int = field(
        default_factory=lambda: int(os.environ.get("LIMNER_SIGNED_URL_TTL", "") or 3600)
    )

    @property
    def base_url(self) -> str:
        """:attr:`public_url`, else this server's own address (no trailing slash)."""
        if self.public_url:
            return self.public_url.rstrip("/")
        host = self.host if self.host not in ("0.0.0.0", "::", "") else "localhost"
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{self.port}"

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


def jobs_for_value(value: str) -> JobsFor:
    """``value`` as a :data:`JobsFor` (``LIMNER_JOBS_FOR``, ``--jobs-for``)."""
    if value in ("all", "reserved", "shared"):
        return value  # type: ignore[return-value]
    raise ValueError(f"must be all, reserved or shared, not {value!r}")


def cors_origin_value(value: str) -> str:
    """One ``--cors-origin``: ``*`` or ``scheme://host[:port]`` (no path), lowercased as browsers send it."""
    origin = value.strip()
    if origin == "*":
        return origin
    scheme, separator, authority = origin.partition("://")
    if (
        not separator
        or scheme.lower() not in ("http", "https")
        or not authority
        or any(c in authority for c in "/?#@ ")
    ):
        raise ValueError(f"an origin is * or scheme://host[:port] with no path, not {value!r}")
    host, colon, port = authority.rpartition(":") if not authority.endswith("]") else (authority, "", "")
    if colon and (not port.isdigit() or not host):
        raise ValueError(f"an origin's port is a number, not {port!r} in {value!r}")
    scheme = scheme.lower()
    if colon and int(port) == {"http": 80, "https": 443}[scheme]:  # browsers leave the default port out
        authority = host
    return f"{scheme}://{authority.lower()}"


def cors_origins_value(value: str) -> tuple[str, ...]:
    """``LIMNER_CORS_ORIGINS``: origins separated by commas or spaces (empty: none)."""
    return tuple(dict.fromkeys(cors_origin_value(part) for part in value.replace(",", " ").split()))


def _flag(value: str | None) -> bool | None:
    return None if value is None or value == "" else value == "1"


def default_auth_for(host: str) -> AuthMode:
    """API.md: ``local`` when binding a loopback address, ``required`` otherwise."""
    return "local" if is_loopback(host) else "required"


__all__ = [
    "AuthMode",
    "JobsFor",
    "Settings",
    "cors_origin_value",
    "cors_origins_value",
    "default_auth_for",
    "is_loopback",
    "jobs_for_value",
]
