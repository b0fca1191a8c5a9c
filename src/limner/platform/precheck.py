"""Checks an async ``POST /v1/generate`` makes before it queues: the answers the synchronous path
would give (404 for an unknown or another account's ``plan_id`` or reference, 422 for an
out-of-range ``plan.seed``, a renderer or format this server lacks, ``seed + n - 1`` out of range,
a text element without a localization, a request over the cost cap), so a job is queued only when
it can run.

The cost cap (:func:`~limner.platform.cost.check_cost`: pixels × images × elements) for a
``prompt``: the prompt is reasoned as the sync path reasons it (the built-in reasoner takes
milliseconds and is deterministic, so the job reasons the same plan) and the whole cost is checked.
With a reasoner that calls a remote model (:class:`~limner.reason.llm.LLMReasoner`) the prompt is
not reasoned before queuing: only the pixels × images part of the cost is checked, and a plan whose
element count takes it over the cap fails the job (its ``error`` says ``request_too_costly``).
"""

from __future__ import annotations

from limner.errors import InvalidRequestError
from limner.plan.model import Plan
from limner.platform.cost import check_cost
from limner.platform.schemas import MAX_SEED, GenerateBody
from limner.platform.service import DEFAULT_CANVAS, LimnerService
from limner.platform.ssrf import check_url
from limner.platform.variants import check_localizations
from limner.reason.base import Reasoner, ReasonRequest
from limner.reason.llm import LLMReasoner


def _inline_plan(plan: Plan) -> Plan:
    if plan.seed is not None and not 0 <= plan.seed <= MAX_SEED:
        raise InvalidRequestError(f"plan.seed must be between 0 and {MAX_SEED}", param="plan.seed")
    return plan


def reasons_locally(reasoner: Reasoner) -> bool:
    """Whether reasoning a prompt is cheap local work (not a call to a remote model)."""
    return not isinstance(reasoner, LLMReasoner)


def _prompt_plan(service: LimnerService, body: GenerateBody, prompt: str) -> Plan | None:
    """The plan the sync path reasons from ``prompt`` (its first image's); ``None`` when reasoning
    is not local work."""
    if not reasons_locally(service.reasoner):
        return None
    width, height = body.dimensions() or DEFAULT_CANVAS
    seed = body.seed if body.seed is not None else 0
    return service.reasoner.reason(ReasonRequest(prompt=prompt, width=width, height=height, seed=seed))


def check_async_generate(service: LimnerService, body: GenerateBody, account_id: str) -> None:
    """Raise what the synchronous :meth:`LimnerService.generate` would raise before rendering,
    checked in the same order so both answer the same status, code and param."""
    # 1. What this server can do: the sync path's own check (the async-only fields set aside)
    renderer = service.renderers.get(body.renderer or service.settings.default_renderer)  # 422 if unknown
    service._check_supported(body.model_copy(update={"async_": False, "webhook_url": None}), renderer)
    if body.base_image_id is not None:
        raise InvalidRequestError("edits (base_image_id) are synchronous only; omit 'async'", param="async")
    # 2. The plan: stored (404, or 409 unreadable), inline, or reasoned from the prompt
    plan: Plan | None = None
    if body.plan_id is not None:
        plan = service.get_plan(body.plan_id, account_id, param="plan_id")
    elif body.plan is not None:
        plan = _inline_plan(body.plan)
    elif body.prompt is not None:
        plan = _prompt_plan(service, body, body.prompt)
    if plan is not None:
        service.references.load(plan, account_id)  # 404 for a reference that is not this account's
    # 3. Seeds, locales and cost (422 request_too_costly naming what to reduce)
    first = body.seed if body.seed is not None else (plan.seed if plan is not None and plan.seed else 0)
    if first + body.n - 1 > MAX_SEED:
        raise InvalidRequestError(f"seed + n - 1 must be at most {MAX_SEED}", param="seed")
    if plan is not None and body.locales:
        check_localizations(plan, body.locales)
    canvas = (plan.canvas.width, plan.canvas.height) if plan is not None else DEFAULT_CANVAS
    width, height = body.dimensions() or canvas
    # Without a plan (a prompt a remote model reasons) only pixels × images is known here.
    check_cost(width, height, body.n * len(body.locales or [None]), len(plan.elements) if plan else 0)
    # 4. Where the result goes
    if body.webhook_url is not None:
        check_url(body.webhook_url, allow_loopback=service.settings.webhooks_allow_loopback)


__all__ = ["check_async_generate", "reasons_locally"]
