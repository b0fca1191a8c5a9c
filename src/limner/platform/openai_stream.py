"""``stream: true`` on the OpenAI Images routes: server-sent events as OpenAI sends them.

For each image (seed ``0 … n-1``): ``partial_images`` events ``<prefix>.partial_image`` with
``partial_image_index`` 0, 1, … — the first is the plan's layout (its boxes, drawn in
milliseconds), each next one the picture with more of the plan's elements painted (in draw order);
then, once every image is drawn, stored and charged, one ``<prefix>.completed`` event per image with
its ``b64_json`` and the request's ``usage``. ``<prefix>`` is ``image_generation`` or
``image_edit``. A failure after the stream began is an ``error`` event in OpenAI's error shape
(nothing is charged); before it began, the route answers a plain OpenAI error.
"""

from __future__ import annotations

import base64
import json
import logging
import math
import time
from collections.abc import Iterator
from typing import Any, Literal

from limner.errors import LimnerError
from limner.plan.model import Plan
from limner.platform.openai_compat import Job, OpenAIError, OpenAIImages
from limner.platform.storage_errors import storage_error
from limner.render.builtin.renderer import draw_order

logger = logging.getLogger(__name__)

Prefix = Literal["image_generation", "image_edit"]


def sse(event: str, data: dict[str, Any]) -> bytes:
    """One server-sent event (the JSON on a single ``data:`` line)."""
    return f"event: {event}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n".encode()


def partial_plan(plan: Plan, index: int, count: int) -> Plan:
    """The plan with the first ``ceil(index / count)`` of its elements in draw order (relations
    among the kept ones only): partial image ``index`` of ``count`` (index ≥ 1)."""
    ordered = draw_order(plan.elements)
    keep = {e.id for e in ordered[: math.ceil(len(ordered) * index / count)]}
    elements = [e for e in plan.elements if e.id in keep]
    relations = [
        r
        for r in plan.relations
        if r.subject in keep and r.object in keep and (r.object2 is None or r.object2 in keep)
    ]
    return plan.model_copy(update={"elements": elements, "relations": relations})


class ImageStream:
    """The events of one streamed request (iterate once; Starlette runs it in a thread)."""

    def __init__(
        self, images: OpenAIImages, job: Job, account_id: str, base_url: str, prefix: Prefix
    ) -> None:
        self.images = images
        self.job = job
        self.account_id = account_id
        self.base_url = base_url
        self.prefix = prefix

    def _fields(self, data: bytes, width: int, height: int) -> dict[str, Any]:
        request = self.job.request
        return {
            "b64_json": base64.b64encode(data).decode("ascii"),
            "created_at": int(time.time()),
            "size": f"{width}x{height}",
            "quality": request.quality_name,
            "background": request.background,
            "output_format": request.output_format,
        }

    def events(self) -> Iterator[bytes]:
        job, painter = self.job, self.job.painter
        count = job.request.partial_images
        outputs = []
        for seed in range(job.request.n):
            plan = job.plan_for(seed)
            for index in range(count):
                frame = (
                    painter.sketch(plan)
                    if index == 0
                    else painter.paint(partial_plan(plan, index, count), seed)
                )
                event = f"{self.prefix}.partial_image"
                yield sse(
                    event,
                    {
                        "type": event,
                        **self._fields(frame.data, frame.width, frame.height),
                        "partial_image_index": index,
                    },
                )
            outputs.append(painter.paint(plan, seed))
        answer = self.images.answer(job, outputs, self.account_id, self.base_url)
        usage = answer.usage.model_dump()
        for out, datum in zip(outputs, answer.data, strict=True):
            event = f"{self.prefix}.completed"
            fields = self._fields(out.data, out.width, out.height)
            yield sse(
                event, {"type": event, **fields, "usage": usage, "revised_prompt": datum.revised_prompt}
            )

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self.events()
        except OpenAIError as exc:
            yield self._error(exc)
        except LimnerError as exc:
            yield self._error(OpenAIError.from_limner(exc))
        except Exception as exc:  # the answer has begun: an error event, never a broken stream
            storage = storage_error(exc)
            if storage is not None:
                yield self._error(OpenAIError.from_limner(storage))
                return
            logger.exception("streamed %s failed", self.prefix)
            yield self._error(
                OpenAIError(500, "an unexpected error occurred while drawing", code="internal_error")
            )

    @staticmethod
    def _error(error: OpenAIError) -> bytes:
        return sse("error", {"type": "error", **error.body()})


__all__ = ["ImageStream", "Prefix", "partial_plan", "sse"]
