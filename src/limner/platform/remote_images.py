"""Image bytes named by a URL: a ``data:`` URL decoded, or an http(s) URL fetched SSRF-safely.

An http(s) URL is checked by :mod:`limner.platform.ssrf` (every address its host resolves to must
be public; loopback only when allowed), then fetched from one checked address with the original
``Host`` and TLS name, no redirects followed, no proxy from the environment, at most
:data:`~limner.platform.imagecheck.MAX_BYTES` read and a total time limit. Every failure is a
:class:`~limner.errors.LimnerError` naming ``param`` (the caller's field), never a 500.
"""

from __future__ import annotations

import base64
import binascii
import ssl
import time
from dataclasses import dataclass
from urllib.parse import unquote_to_bytes

import httpx

from limner.errors import InvalidRequestError, PayloadTooLargeError
from limner.platform.imagecheck import MAX_BYTES
from limner.platform.ssrf import Resolver, check_url, send_pinned, system_resolver

#: Seconds for the whole fetch (connect, headers and body).
TIMEOUT_S = 15.0


def decode_data_url(url: str, param: str, *, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a ``data:[<media type>][;base64],<data>`` URL."""
    header, sep, payload = url.partition(",")
    if not sep or not header.lower().startswith("data:"):
        raise InvalidRequestError(f"{param} is not a valid data: URL", param=param)
    if len(payload) > (max_bytes * 4) // 3 + 8:
        raise PayloadTooLargeError(f"{param} is over {max_bytes} bytes", param=param)
    if header.lower().endswith(";base64"):
        try:
            data = base64.b64decode("".join(payload.split()), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise InvalidRequestError(f"{param}: the data: URL is not valid base64", param=param) from exc
    else:
        data = unquote_to_bytes(payload)
    if len(data) > max_bytes:
        raise PayloadTooLargeError(f"{param} is over {max_bytes} bytes", param=param)
    return data


@dataclass(frozen=True)
class ImageFetcher:
    """Fetches image bytes for a request field; one instance per settings."""

    allow_loopback: bool = False
    resolve: Resolver = system_resolver
    timeout_s: float = TIMEOUT_S
    max_bytes: int = MAX_BYTES
    verify: ssl.SSLContext | bool = True

    def get(self, url: str, param: str) -> bytes:
        """The bytes ``url`` names (``data:`` or http(s)); a LimnerError naming ``param`` otherwise."""
        if url[:5].lower() == "data:":
            return decode_data_url(url, param, max_bytes=self.max_bytes)
        addresses = check_url(url, allow_loopback=self.allow_loopback, resolve=self.resolve, param=param)
        try:
            return self._fetch(url, addresses, param)
        except httpx.HTTPError as exc:
            raise InvalidRequestError(f"{param} could not be fetched: {exc}", param=param) from exc

    def _fetch(self, url: str, addresses: list[str], param: str) -> bytes:
        deadline = time.monotonic() + self.timeout_s
        with httpx.Client(
            timeout=self.timeout_s, follow_redirects=False, trust_env=False, verify=self.verify
        ) as client:
            response = send_pinned(
                client,
                "GET",
                url,
                addresses,
                headers={"Accept": "image/png, image/jpeg, image/webp"},
                stream=True,
            )
            try:
                return self._body(response, param, deadline)
            finally:
                response.close()

    def _body(self, response: httpx.Response, param: str, deadline: float) -> bytes:
        if response.is_redirect:
            raise InvalidRequestError(
                f"{param} answered a redirect ({response.status_code}); give the final URL", param=param
            )
        if not response.is_success:
            raise InvalidRequestError(f"{param} answered HTTP {response.status_code}", param=param)
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise PayloadTooLargeError(f"{param} is over {self.max_bytes} bytes", param=param)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise PayloadTooLargeError(f"{param} is over {self.max_bytes} bytes", param=param)
            if time.monotonic() > deadline:
                raise InvalidRequestError(f"{param} took over {self.timeout_s:g} s to download", param=param)
            chunks.append(chunk)
        return b"".join(chunks)


__all__ = ["TIMEOUT_S", "ImageFetcher", "decode_data_url"]
