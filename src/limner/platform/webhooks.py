"""Webhook delivery: ``Limner-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "t.body">`` with the
account's webhook secret, retried with exponential backoff, every attempt logged, no redirects,
and the URL's resolved addresses checked against SSRF on every attempt.

Each attempt resolves the host once, checks every address, and connects to a checked address
itself (``Host`` header and TLS server name from the URL), so a DNS answer that changes between
the check and the connection (rebinding) cannot aim the request at another address. No proxy
from the environment is used (a proxy would resolve the name again).
"""

from __future__ import annotations

import hashlib
import hmac
import ssl
import time
from collections.abc import Callable

import httpx
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, sessionmaker

from limner.errors import InvalidRequestError
from limner.platform.accounts_tables import AccountRow, WebhookDeliveryRow
from limner.platform.ssrf import Resolver, check_url, send_pinned, system_resolver

SIGNATURE_HEADER = "Limner-Signature"
ATTEMPTS = 4
FIRST_BACKOFF_S = 0.5
TIMEOUT_S = 5.0


def sign(secret: str, body: bytes, timestamp: int) -> str:
    mac = hmac.new(secret.encode(), str(timestamp).encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={mac}"


def verify(secret: str, body: bytes, header: str, *, tolerance_s: int = 300, now: int | None = None) -> bool:
    """For receivers: the signature is right and not older than ``tolerance_s``."""
    fields = dict(part.split("=", 1) for part in header.split(",") if "=" in part)
    if "t" not in fields or "v1" not in fields or not fields["t"].isdigit():
        return False
    timestamp = int(fields["t"])
    current = int(time.time()) if now is None else now
    expected = sign(secret, body, timestamp).split("v1=", 1)[1]
    return abs(current - timestamp) <= tolerance_s and hmac.compare_digest(expected, fields["v1"])


class WebhookSender:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        allow_loopback: bool,
        sleep: Callable[[float], None] = time.sleep,
        resolve: Resolver = system_resolver,
        timeout_s: float = TIMEOUT_S,
        verify: ssl.SSLContext | bool = True,
    ) -> None:
        self._sessions = sessions
        self.allow_loopback = allow_loopback
        self._sleep = sleep
        self._resolve = resolve
        self._timeout_s = timeout_s
        self._verify = verify

    def secret_of(self, account_id: str) -> str | None:
        with self._sessions() as session:
            row = session.get(AccountRow, account_id)
            return row.webhook_secret if row is not None else None

    def deliver(self, account_id: str, generation_id: str, url: str, body: bytes) -> bool:
        """POST ``body`` to ``url`` until a 2xx (at most :data:`ATTEMPTS` tries)."""
        secret = self.secret_of(account_id) or ""
        for attempt in range(1, ATTEMPTS + 1):
            status: int | None = None
            error: str | None = None
            try:
                addresses = check_url(url, allow_loopback=self.allow_loopback, resolve=self._resolve)
                headers = {
                    "Content-Type": "application/json",
                    SIGNATURE_HEADER: sign(secret, body, int(time.time())),
                }
                status = self._post(url, addresses, headers, body)
            except (httpx.HTTPError, InvalidRequestError) as failure:
                error = str(failure) or type(failure).__name__
            self._log(generation_id, attempt, status, error)
            if status is not None and 200 <= status < 300:
                return True
            if isinstance(error, str) and error.startswith("webhook_url"):
                return False  # refused by the SSRF guard: retrying cannot help
            if attempt < ATTEMPTS:
                self._sleep(FIRST_BACKOFF_S * 2 ** (attempt - 1))
        return False

    def _post(self, url: str, addresses: list[str], headers: dict[str, str], body: bytes) -> int:
        """POST to the first checked address that accepts a connection; its status code."""
        with httpx.Client(
            timeout=self._timeout_s, follow_redirects=False, trust_env=False, verify=self._verify
        ) as client:
            return send_pinned(client, "POST", url, addresses, headers=headers, content=body).status_code

    def _log(self, generation_id: str, attempt: int, status: int | None, error: str | None) -> None:
        with self._sessions.begin() as session:
            session.add(
                WebhookDeliveryRow(
                    generation_id=generation_id,
                    attempt=attempt,
                    created=int(time.time()),
                    status_code=status,
                    error=error,
                )
            )

    def log(self, generation_id: str) -> list[WebhookDeliveryRow]:
        with self._sessions() as session:
            query = select(WebhookDeliveryRow).where(WebhookDeliveryRow.generation_id == generation_id)
            return list(session.scalars(query.order_by(WebhookDeliveryRow.id)))


def attempt_counts(session: Session) -> dict[str, int]:
    """Delivery attempts ever logged, by outcome: ``delivered`` (a 2xx answer: one per webhook
    delivered) and ``failed`` (no answer, an error status, or refused by the SSRF guard)."""
    delivered = case((WebhookDeliveryRow.status_code.between(200, 299), "delivered"), else_="failed").label(
        "outcome"
    )
    counts = {"delivered": 0, "failed": 0}
    for outcome, count in session.execute(select(delivered, func.count()).group_by(delivered)):
        counts[str(outcome)] = int(count)
    return counts


__all__ = ["ATTEMPTS", "SIGNATURE_HEADER", "WebhookSender", "attempt_counts", "sign", "verify"]
