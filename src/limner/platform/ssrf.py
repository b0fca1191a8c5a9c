"""SSRF guard for outgoing calls (webhooks, OpenAI edits' ``image_url``): every address a host
resolves to must be global unicast.

Refused: loopback, private (RFC 1918, ULA), link-local (incl. 169.254.169.254 metadata), multicast,
unspecified, reserved, shared (100.64/10), NAT64 (64:ff9b::/96, 64:ff9b:1::/48), IPv4-mapped
addresses that map to any of those, and documentation ranges. ``allow_loopback`` admits loopback
only (local development and tests). Callers must connect to a checked address and follow no redirects:
:func:`pinned` rewrites a URL to one checked address (DNS rebinding cannot move the connection
elsewhere) and gives the ``Host`` header and the TLS server name (SNI, and the name the certificate
is verified against) of the original URL.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from limner.errors import InvalidRequestError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Sequence[str]]

_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
_METADATA = (ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254"))


def system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


def address_allowed(address: IPAddress, *, allow_loopback: bool = False) -> bool:
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return address_allowed(address.ipv4_mapped, allow_loopback=allow_loopback)
        if any(address in net for net in _NAT64):
            return False
    if address.is_loopback:
        return allow_loopback
    if address in _METADATA or address.is_multicast or address.is_link_local or address.is_unspecified:
        return False
    if isinstance(address, ipaddress.IPv4Address) and address in ipaddress.ip_network("100.64.0.0/10"):
        return False
    return address.is_global and not address.is_reserved and not address.is_private


def check_url(
    url: str,
    *,
    allow_loopback: bool = False,
    resolve: Resolver = system_resolver,
    param: str = "webhook_url",
) -> list[str]:
    """The addresses ``url``'s host resolves to, all allowed; else 422 naming ``param``."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidRequestError(f"{param} must be an http(s) URL", param=param)
    if parts.username or parts.password:
        raise InvalidRequestError(f"{param} must not carry credentials", param=param)
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as error:
        raise InvalidRequestError(f"{param} has an invalid port: {error}", param=param) from error
    try:
        addresses = list(resolve(parts.hostname, port))
    except (OSError, UnicodeError) as error:
        raise InvalidRequestError(f"{param} host does not resolve: {error}", param=param) from error
    if not addresses:
        raise InvalidRequestError(f"{param} host does not resolve", param=param)
    for text in addresses:
        address = ipaddress.ip_address(text.split("%", 1)[0])
        if not address_allowed(address, allow_loopback=allow_loopback):
            raise InvalidRequestError(
                f"{param} resolves to {address}, which is not a public address", param=param
            )
    return addresses


@dataclass(frozen=True)
class Pinned:
    """A request for ``url`` that connects to one vetted address."""

    #: The URL with its host replaced by the address (IPv6 in brackets), same port, path and query.
    url: str
    #: The original ``host[:port]`` for the ``Host`` header.
    host_header: str
    #: The original host name for TLS (SNI and certificate check); ``None`` for IP literals or http.
    sni_hostname: str | None


def pinned(url: str, address: str) -> Pinned:
    """``url`` aimed at ``address`` (one that :func:`check_url` returned for it)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    literal = f"[{ip}]" if isinstance(ip, ipaddress.IPv6Address) else str(ip)
    target = parts._replace(netloc=f"{literal}:{port}", fragment="").geturl()
    host_header = parts.netloc.rpartition("@")[2]
    try:
        ipaddress.ip_address(host)
        is_literal = True
    except ValueError:
        is_literal = False
    sni = host if parts.scheme == "https" and not is_literal else None
    return Pinned(target, host_header, sni)


def send_pinned(
    client: httpx.Client,
    method: str,
    url: str,
    addresses: Sequence[str],
    *,
    headers: Mapping[str, str],
    content: bytes | None = None,
    stream: bool = False,
) -> httpx.Response:
    """Send to the first of ``check_url``'s addresses that accepts a connection — to the address, not
    the name, so another DNS answer cannot redirect it; the last connect error when none does."""
    for index, address in enumerate(addresses):
        target = pinned(url, address)
        extensions = {"sni_hostname": target.sni_hostname} if target.sni_hostname else {}
        request = client.build_request(
            method,
            target.url,
            content=content,
            headers={**headers, "Host": target.host_header},
            extensions=extensions,
        )
        try:
            return client.send(request, stream=stream)
        except (httpx.ConnectError, httpx.ConnectTimeout):
            if index == len(addresses) - 1:
                raise
    raise httpx.ConnectError("no checked address to connect to")


__all__ = ["Pinned", "Resolver", "address_allowed", "check_url", "pinned", "send_pinned", "system_resolver"]
