"""``limner open``: the explorer of a running server, in the user's browser (``webbrowser``)."""

from __future__ import annotations

import webbrowser

import httpx

from limner.errors import LimnerError

DEFAULT_SERVER = "http://127.0.0.1:8000"


class BrowserError(LimnerError):
    status = 0
    code = "no_browser"
    title = "No browser"


class UnreachableServerError(LimnerError):
    status = 0
    code = "unreachable"
    title = "Server unreachable"


def explorer_url(server: str | None) -> str:
    return f"{(server or DEFAULT_SERVER).rstrip('/')}/explorer"


def check_server(server: str, timeout: float = 3.0) -> None:
    """Refuse to open a page nobody serves: ``/healthz`` must answer 200."""
    url = f"{server.rstrip('/')}/healthz"
    try:
        response = httpx.get(url, timeout=timeout)
    except httpx.HTTPError as exc:
        raise UnreachableServerError(
            f"no Limner server answers at {server} ({type(exc).__name__}); start one with `limner serve`"
            " or pass --server URL",
            param="server",
        ) from exc
    if response.status_code != 200:
        raise UnreachableServerError(
            f"{url} answered {response.status_code}; is this a Limner server?", param="server"
        )


def open_explorer(server: str | None, *, check: bool = True) -> str:
    """Open ``<server>/explorer`` in a browser; the URL opened."""
    base = server or DEFAULT_SERVER
    if check:
        check_server(base)
    url = explorer_url(base)
    if not webbrowser.open(url):
        raise BrowserError(f"could not start a web browser; open {url} yourself")
    return url


__all__ = ["DEFAULT_SERVER", "BrowserError", "UnreachableServerError", "explorer_url", "open_explorer"]
