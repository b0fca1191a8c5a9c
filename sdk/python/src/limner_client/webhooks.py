"""Check that a webhook came from your Limner server.

Limner signs every delivery with the account's webhook secret: the ``Limner-Signature`` header is
``t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">``. Verify the raw body bytes as received
(before any JSON parsing) and reject old timestamps (replays).

>>> client.webhooks.verify(request_body, request_headers, secret)          # doctest: +SKIP
>>> generation = client.webhooks.unwrap(request_body, request_headers, secret)  # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from collections.abc import Callable, Mapping

from limner_client.errors import InvalidWebhookSignatureError
from limner_client.models import Generation

SIGNATURE_HEADER = "Limner-Signature"
SECRET_ENV = "LIMNER_WEBHOOK_SECRET"
DEFAULT_TOLERANCE_S = 300


def _header(headers: Mapping[str, str], name: str) -> str | None:
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value
    return None


def sign(payload: bytes, secret: str, timestamp: int) -> str:
    """The header value Limner sends for ``payload`` at ``timestamp`` (for tests of receivers)."""
    mac = hmac.new(secret.encode(), str(timestamp).encode() + b"." + payload, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={mac}"


def verify_signature(
    payload: bytes | str,
    headers: Mapping[str, str],
    secret: str,
    *,
    tolerance_s: int = DEFAULT_TOLERANCE_S,
    now: Callable[[], float] = time.time,
) -> None:
    """Raise ``InvalidWebhookSignatureError`` unless ``payload`` carries a valid, recent signature."""
    body = payload.encode() if isinstance(payload, str) else payload
    header = _header(headers, SIGNATURE_HEADER)
    if not header:
        raise InvalidWebhookSignatureError(f"no {SIGNATURE_HEADER} header")
    fields: dict[str, list[str]] = {}
    for part in header.split(","):
        key, sep, value = part.strip().partition("=")
        if sep:
            fields.setdefault(key, []).append(value)
    stamps = fields.get("t", [])
    if len(stamps) != 1 or not stamps[0].isdigit():
        raise InvalidWebhookSignatureError(f"{SIGNATURE_HEADER} has no timestamp")
    timestamp = int(stamps[0])
    if abs(now() - timestamp) > tolerance_s:
        raise InvalidWebhookSignatureError(f"signature timestamp is more than {tolerance_s} s away from now")
    expected = sign(body, secret, timestamp).split("v1=", 1)[1]
    if not any(hmac.compare_digest(expected, candidate) for candidate in fields.get("v1", [])):
        raise InvalidWebhookSignatureError("signature does not match the payload and secret")


class Webhooks:
    """``client.webhooks``: signature checks for webhook receivers (no HTTP calls)."""

    def verify(
        self,
        payload: bytes | str,
        headers: Mapping[str, str],
        secret: str | None = None,
        *,
        tolerance_s: int = DEFAULT_TOLERANCE_S,
    ) -> None:
        """Raise ``InvalidWebhookSignatureError`` unless the delivery is genuine and recent.

        ``secret`` defaults to ``LIMNER_WEBHOOK_SECRET``.
        """
        verify_signature(payload, headers, self._secret(secret), tolerance_s=tolerance_s)

    def unwrap(
        self,
        payload: bytes | str,
        headers: Mapping[str, str],
        secret: str | None = None,
        *,
        tolerance_s: int = DEFAULT_TOLERANCE_S,
    ) -> Generation:
        """``verify``, then the delivered generation."""
        self.verify(payload, headers, secret, tolerance_s=tolerance_s)
        return Generation.model_validate_json(payload)

    @staticmethod
    def _secret(secret: str | None) -> str:
        value = secret if secret is not None else os.environ.get(SECRET_ENV)
        if not value:
            raise ValueError(f"pass the webhook secret (or set {SECRET_ENV})")
        return value


__all__ = ["SIGNATURE_HEADER", "Webhooks", "sign", "verify_signature"]
