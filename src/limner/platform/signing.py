"""Signed, expiring image links: ``{public base}/v1/images/{id}?expires=…&signature=…``.

The signature is HMAC-SHA256 over ``"{image id}.{expires}"`` with a server secret, hex; ``expires``
is the lifetime (``LIMNER_SIGNED_URL_TTL``) from now, rounded up a little so that repeated answers
give the same, cacheable URL. The secret is ``LIMNER_SIGNING_SECRET`` when set, else 32 random
bytes kept in ``<data dir>/signing.key`` (created once, atomically, mode 0600), so every process
sharing a data dir signs and checks alike.
Checks compare in constant time. A link only opens the one image it names, until ``expires``.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from limner.config import Settings

#: The secret's file under the data dir.
SECRET_FILE = "signing.key"
SECRET_BYTES = 32
#: Longest rounding of an expiry (see :attr:`LinkSigner.step_s`).
MAX_STEP_S = 300


class LinkRefused(ValueError):
    """A signed link that does not open its image: ``param`` names the query field at fault."""

    def __init__(self, detail: str, param: str) -> None:
        super().__init__(detail)
        self.detail = detail
        self.param = param


@dataclass(frozen=True)
class SignedLink:
    url: str
    expires: int
    #: ``expires=…&signature=…`` (to put after another base URL's ``/v1/images/{id}``).
    query: str


def load_secret(settings: Settings) -> bytes:
    """``settings.signing_secret`` if set, else the data dir's secret file (made on first use)."""
    if settings.signing_secret:
        return settings.signing_secret.encode("utf-8")
    path = settings.data_dir / SECRET_FILE
    if not path.exists():
        _create_secret(path)
    secret = path.read_bytes()
    if len(secret) < SECRET_BYTES:
        raise RuntimeError(f"{path} holds fewer than {SECRET_BYTES} bytes: remove it to make a new secret")
    return secret


def _create_secret(path: Path) -> None:
    """Write a fresh secret so that concurrent processes all end up reading one: each writes its own
    temporary file and links it into place; the link fails for all but the first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{SECRET_FILE}.{os.getpid()}.{secrets.token_hex(4)}")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(secrets.token_bytes(SECRET_BYTES))
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(FileExistsError):  # another process made it first: use theirs
            os.link(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


class LinkSigner:
    """Makes and checks the signed links of one server secret."""

    def __init__(self, secret: bytes, base_url: str, ttl_s: int) -> None:
        if not secret:
            raise ValueError("the signing secret is empty")
        if ttl_s < 1:
            raise ValueError("the signed URL lifetime must be at least 1 second")
        self._secret = secret
        self.base_url = base_url.rstrip("/")
        self.ttl_s = ttl_s

    @classmethod
    def for_settings(cls, settings: Settings) -> LinkSigner:
        return cls(load_secret(settings), settings.base_url, settings.signed_url_ttl_s)

    def signature(self, image_id: str, expires: int) -> str:
        message = f"{image_id}.{expires}".encode()
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    @property
    def step_s(self) -> int:
        """Expiries are rounded up to a multiple of this (a twelfth of the lifetime, at most five
        minutes), so links made close together are the same URL (a browser's cache hits)."""
        return max(1, min(MAX_STEP_S, self.ttl_s // 12))

    def link(self, image_id: str, now: int) -> SignedLink:
        """The link to ``image_id`` that works at least the lifetime from ``now`` (at most one
        :attr:`step_s` more)."""
        step = self.step_s
        expires = -(-(now + self.ttl_s) // step) * step
        query = urlencode({"expires": expires, "signature": self.signature(image_id, expires)})
        return SignedLink(f"{self.base_url}/v1/images/{image_id}?{query}", expires, query)

    def check(self, image_id: str, expires: str | None, signature: str | None, now: int) -> None:
        """Raise :class:`LinkRefused` unless ``signature`` signs ``image_id`` until ``expires`` > now."""
        if not signature:
            raise LinkRefused("a signed link needs both expires and signature", "signature")
        if expires is None or not expires.isascii() or not expires.isdigit() or len(expires) > 12:
            raise LinkRefused("expires must be Unix seconds", "expires")
        wanted = self.signature(image_id, int(expires))
        if not hmac.compare_digest(wanted.encode("ascii"), signature.encode("utf-8", "replace")):
            raise LinkRefused("the signature does not match this image and expiry", "signature")
        if int(expires) <= now:
            raise LinkRefused("this signed link has expired; ask for the image again", "expires")


__all__ = ["SECRET_FILE", "LinkRefused", "LinkSigner", "SignedLink", "load_secret"]
