"""The webhook SSRF guard: only global unicast addresses pass (loopback behind a flag)."""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

import pytest

from limner.errors import InvalidRequestError
from limner.platform.ssrf import address_allowed, check_url

REFUSED = [
    "127.0.0.1", "::1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "169.254.1.1",
    "fe80::1", "fc00::1", "fd00:ec2::254", "224.0.0.1", "ff02::1", "0.0.0.0", "::", "100.64.0.1",
    "64:ff9b::a00:1", "64:ff9b::808:808", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "192.0.2.1", "240.0.0.1",
]  # fmt: skip
ALLOWED = ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "::ffff:8.8.8.8", "93.184.215.14"]


@pytest.mark.parametrize("text", REFUSED)
def test_refused_addresses(text: str) -> None:
    assert not address_allowed(ipaddress.ip_address(text))


@pytest.mark.parametrize("text", ALLOWED)
def test_global_unicast_addresses_pass(text: str) -> None:
    assert address_allowed(ipaddress.ip_address(text))


def test_loopback_only_behind_the_flag() -> None:
    assert address_allowed(ipaddress.ip_address("127.0.0.1"), allow_loopback=True)
    assert not address_allowed(ipaddress.ip_address("10.0.0.1"), allow_loopback=True)


def _resolver(*addresses: str):  # type: ignore[no-untyped-def]
    def resolve(host: str, port: int) -> Sequence[str]:
        return addresses

    return resolve


def test_every_resolved_address_must_pass() -> None:
    assert check_url("https://hooks.example/x", resolve=_resolver("8.8.8.8")) == ["8.8.8.8"]
    with pytest.raises(InvalidRequestError) as caught:  # DNS answers mixing public and private
        check_url("https://hooks.example/x", resolve=_resolver("8.8.8.8", "10.0.0.5"))
    assert caught.value.param == "webhook_url"
    with pytest.raises(InvalidRequestError):
        check_url("http://127.0.0.1:9/hook")
    assert check_url("http://127.0.0.1:9/hook", allow_loopback=True) == ["127.0.0.1"]
    for bad in ("ftp://example.com/", "http://user:pw@8.8.8.8/", "http:///nohost"):
        with pytest.raises(InvalidRequestError):
            check_url(bad, resolve=_resolver("8.8.8.8"))
