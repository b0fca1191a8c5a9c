"""SSRF guard for outgoing webhook calls: every address a host resolves to must be global unicast.

Refused: loopback, private (RFC 1918, ULA), link-local (incl. 169.254.169.254 metadata), multicast,
unspecified, reserved, shared (100.64/10), NAT64 (64:ff9b::/96, 64:ff9b:1::/48), IPv4-mapped
addresses that map to any of those, and documentation ranges. ``allow_loopback`` admits loopback
only (local development and tests). Callers must connect to a checked address and follow no redirects.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Sequence
from urllib.parse import urlsplit

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


def check_url(url: str, *, allow_loopback: bool = False, resolve: Resolver = system_resolver) -> list[str]:
    """The addresses ``url``'s host resolves to, all allowed; else 422 naming ``webhook_url``."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidRequestError("webhook_url must be an http(s) URL", param="webhook_url")
    if parts.username or parts.password:
        raise InvalidRequestError("webhook_url must not carry credentials", param="webhook_url")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        addresses = list(resolve(parts.hostname, port))
    except OSError as error:
        raise InvalidRequestError(
            f"webhook_url host does not resolve: {error}", param="webhook_url"
        ) from error
    if not addresses:
        raise InvalidRequestError("webhook_url host does not resolve", param="webhook_url")
    for text in addresses:
        address = ipaddress.ip_address(text.split("%", 1)[0])
        if not address_allowed(address, allow_loopback=allow_loopback):
            raise InvalidRequestError(
                f"webhook_url resolves to {address}, which is not a public address", param="webhook_url"
            )
    return addresses


__all__ = ["address_allowed", "check_url", "system_resolver"]
