"""``GET /metrics``: Prometheus text format (``limner.server.metrics``).

Outside ``/v1``: never rate-limited, billed or counted against a key. With ``--auth required``
only the admin key (``Authorization: Bearer $LIMNER_ADMIN_KEY``) or a client on a loopback address
may read it, anyone else gets 403; with ``--auth local`` anyone who reaches the server may. Behind
a reverse proxy on the same host, the proxy must send ``X-Forwarded-For`` (uvicorn trusts it from
loopback) or every client would look local.
"""

from __future__ import annotations

from typing import cast

from fastapi import APIRouter, Request, Response

from limner.config import Settings, is_loopback
from limner.errors import PermissionDeniedError
from limner.platform.keys import secrets_equal
from limner.server.deps import problems
from limner.server.metrics import Metrics
from limner.server.metrics.families import MEDIA_TYPE

router = APIRouter(tags=["meta"])


def may_read(settings: Settings, client_host: str | None, authorization: str | None) -> bool:
    """Whether a caller may read the metrics (see the module's docstring)."""
    if settings.auth != "required":
        return True
    if client_host is not None and is_loopback(client_host):
        return True
    scheme, _, secret = (authorization or "").partition(" ")
    wanted = settings.admin_key
    return (
        wanted is not None
        and scheme.lower() == "bearer"
        and bool(secret.strip())
        and secrets_equal(secret.strip(), wanted)
    )


@router.get(
    "/metrics",
    response_class=Response,
    responses={
        200: {"content": {MEDIA_TYPE: {}}, "description": "Prometheus text exposition format 0.0.4."},
        **problems(403),
    },
    summary="Prometheus metrics of this API process",
    description=(
        "Requests by route template and status, generations and render time by renderer and size "
        "class, rate-limit rejections (this process); async jobs per status and webhook attempts "
        "(the database: all processes); render slots per pool (this process). With `--auth "
        "required`: the admin key or a loopback client only (else 403). Not rate-limited."
    ),
)
def metrics(request: Request) -> Response:
    # A plain ``def``: the scrape reads the database, in the threadpool.
    settings = cast(Settings, request.app.state.settings)
    client = request.client.host if request.client is not None else None
    if not may_read(settings, client, request.headers.get("authorization")):
        raise PermissionDeniedError(
            "the metrics are for the admin key or a loopback client on a server with --auth required"
        )
    recorded = cast(Metrics, request.app.state.metrics)
    return Response(recorded.exposition(), media_type=MEDIA_TYPE)


__all__ = ["may_read", "router"]
