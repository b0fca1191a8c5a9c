"""Checks an async ``POST /v1/generate`` makes before it queues: the answers the synchronous path
would give (404 for an unknown or another account's ``plan_id`` or reference, 422 for an
out-of-range ``plan.seed``, a renderer or format this server lacks, ``seed + n - 1`` out of range,
a text element without a localization), so a job is queued only when it can run.
"""

from __future__ import annotations

from limner.errors import InvalidRequestError
from limner.plan.model import Plan
from limner.platform.cost import check_cost
from limner.platform.schemas import MAX_SEED, GenerateBody
from limner.platform.service import LimnerService
from limner.platform.ssrf import check_url
from limner.platform.variants import check_localizations


def _inline_plan(plan: Plan) -> Plan:
    if plan.seed is not None and not 0 <= plan.seed <= MAX_SEED:
        raise InvalidRequestError(f"plan.seed must be between 0 and {MAX_SEED}", param="plan.seed")
    return plan


def check_async_generate(service: LimnerService, body: GenerateBody, account_id: str) -> None:
    """Raise what the synchronous :meth:`LimnerService.generate` would raise before rendering."""
    renderer = service.renderers.get(body.renderer or service.settings.default_renderer)  # 422 if unknown
    # The sync path's own format check (the async-only fields set aside), so both always agree.
    service._check_supported(body.model_copy(update={"async_": False, "webhook_url": None}), renderer)
    if body.base_image_id is not None:
        raise InvalidRequestError("edits (base_image_id) are synchronous only; omit 'async'", param="async")
    plan: Plan | None = None
    if body.plan_id is not None:
        plan = service.get_plan(body.plan_id, account_id, param="plan_id")  # 404 (or 409 unreadable)
    elif body.plan is not None:
        plan = _inline_plan(body.plan)
    if plan is not None:
        service.references.load(plan, account_id)  # 404 for a reference that is not this account's
        if body.locales:
            check_localizations(plan, body.locales)
        width, height = body.dimensions() or (plan.canvas.width, plan.canvas.height)
        check_cost(width, height, body.n * len(body.locales or [None]), len(plan.elements))
    first = body.seed if body.seed is not None else (plan.seed if plan is not None and plan.seed else 0)
    if first + body.n - 1 > MAX_SEED:
        raise InvalidRequestError(f"seed + n - 1 must be at most {MAX_SEED}", param="seed")
    if body.webhook_url is not None:
        check_url(body.webhook_url, allow_loopback=service.settings.webhooks_allow_loopback)


__all__ = ["check_async_generate"]
