"""Webhook deliveries connect to the address the SSRF guard checked (no DNS rebinding).

Each test injects the resolver into its own ``WebhookSender`` (no global is patched) and runs a
real receiver on loopback; the delivery log lives in the backend's database (SQLite, PostgreSQL).
"""

from __future__ import annotations

import ssl
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from limner.config import Settings
from limner.platform.db import make_engine, make_sessions, upgrade_to_head
from limner.platform.ssrf import pinned
from limner.platform.webhooks import SIGNATURE_HEADER, WebhookSender, verify
from tests.platform_ops.conftest import Backend

HOST = "hook.limner.invalid"  # .invalid never resolves through DNS (RFC 6761)
PUBLIC = "8.8.8.8"  # global unicast: passes the guard; nothing here listens on it


@dataclass
class Receiver:
    """A loopback HTTP(S) server that records what reaches it (and the TLS server name)."""

    tls: ssl.SSLContext | None = None
    received: list[tuple[dict[str, str], bytes]] = field(default_factory=list)
    server_names: list[str | None] = field(default_factory=list)

    def __post_init__(self) -> None:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.received.append((dict(self.headers.items()), body))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        if self.tls is not None:
            self.tls.sni_callback = self._remember_name
            self.server.socket = self.tls.wrap_socket(self.server.socket, server_side=True)
        self.port = int(self.server.server_address[1])
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def _remember_name(self, _sock: Any, name: str | None, _context: Any) -> None:
        self.server_names.append(name)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def sessions(backend: Backend) -> Iterator[sessionmaker[Session]]:
    settings = Settings(data_dir=backend.data_dir, database_url=backend.database_url)
    engine = make_engine(settings)
    upgrade_to_head(settings, engine)
    yield make_sessions(engine)
    engine.dispose()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()


class Rebinding:
    """A resolver whose first answer is public and every later one loopback."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, host: str, port: int) -> list[str]:
        self.calls += 1
        return [PUBLIC] if self.calls == 1 else ["127.0.0.1"]


def test_rebinding_to_loopback_never_reaches_loopback(
    sessions: sessionmaker[Session], receiver: Receiver
) -> None:
    # ``localhost`` resolves to loopback for anyone who asks the system again: a client that
    # re-resolves after the check would deliver to the receiver.
    resolver = Rebinding()
    sender = WebhookSender(
        sessions, allow_loopback=False, sleep=lambda _s: None, resolve=resolver, timeout_s=0.5
    )
    delivered = sender.deliver("acct_none", "gen_rebind", f"http://localhost:{receiver.port}/hook", b"{}")
    assert delivered is False
    assert receiver.received == []
    log = sender.log("gen_rebind")
    assert [row.attempt for row in log] == [1, 2] and resolver.calls == 2
    assert log[0].status_code is None and log[0].error  # pinned to the public address: no answer
    assert log[1].error is not None and "127.0.0.1" in log[1].error  # the re-check refuses loopback


def test_delivery_goes_to_the_checked_address_with_the_original_host(
    sessions: sessionmaker[Session], receiver: Receiver
) -> None:
    # The name does not resolve through DNS at all: the request arrives only because the sender
    # connects to the address its own (injected) resolution checked.
    def resolve(host: str, port: int) -> list[str]:
        assert (host, port) == (HOST, receiver.port)
        return ["127.0.0.1"]

    sender = WebhookSender(sessions, allow_loopback=True, sleep=lambda _s: None, resolve=resolve)
    body = b'{"id": "gen_pinned"}'
    assert sender.deliver("acct_none", "gen_pinned", f"http://{HOST}:{receiver.port}/hook?x=1", body)
    [(headers, received)] = receiver.received
    assert received == body and headers["Host"] == f"{HOST}:{receiver.port}"
    assert verify("", body, headers[SIGNATURE_HEADER])


def _self_signed(tmp_path: Path) -> tuple[Path, Path]:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
            *("-keyout", str(key), "-out", str(cert), "-subj", f"/CN={HOST}"),
            *("-addext", f"subjectAltName=DNS:{HOST}"),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


def test_https_delivery_sends_sni_and_verifies_the_certificate_for_the_name(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    cert, key = _self_signed(tmp_path)
    server_side = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_side.load_cert_chain(cert, key)
    tls_receiver = Receiver(tls=server_side)
    try:
        trust = ssl.create_default_context(cafile=str(cert))  # checks the host name too
        sender = WebhookSender(
            sessions,
            allow_loopback=True,
            sleep=lambda _s: None,
            resolve=lambda _h, _p: ["127.0.0.1"],
            verify=trust,
        )
        url = f"https://{HOST}:{tls_receiver.port}/hook"
        assert sender.deliver("acct_none", "gen_tls", url, b"{}"), sender.log("gen_tls")[-1].error
        assert tls_receiver.server_names[-1] == HOST
        assert tls_receiver.received[-1][0]["Host"] == f"{HOST}:{tls_receiver.port}"
        # The certificate is for HOST: aimed at a name it does not cover, verification fails.
        other = WebhookSender(
            sessions,
            allow_loopback=True,
            sleep=lambda _s: None,
            resolve=lambda _h, _p: ["127.0.0.1"],
            verify=trust,
        )
        wrong = f"https://other.limner.invalid:{tls_receiver.port}/hook"
        assert other.deliver("acct_none", "gen_tls_wrong", wrong, b"{}") is False
        assert "CERTIFICATE_VERIFY_FAILED" in (other.log("gen_tls_wrong")[0].error or "")
    finally:
        tls_receiver.close()


def test_pinned_urls_keep_port_path_and_query() -> None:
    https = pinned("https://example.com/a/b?c=d#frag", "93.184.215.14")
    assert (https.url, https.host_header, https.sni_hostname) == (
        "https://93.184.215.14:443/a/b?c=d",
        "example.com",
        "example.com",
    )
    v6 = pinned("http://user@example.com:8080/x", "2606:4700:4700::1111")
    assert (v6.url, v6.host_header, v6.sni_hostname) == (
        "http://[2606:4700:4700::1111]:8080/x",
        "example.com:8080",
        None,
    )
    literal = pinned("https://8.8.8.8/x", "8.8.8.8")
    assert literal.sni_hostname is None and literal.host_header == "8.8.8.8"
