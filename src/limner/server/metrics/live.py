"""Gauges and counters read when ``/metrics`` is scraped, not recorded as things happen.

From the database (global: every API process answers the same): async jobs per status (the queue
depth is ``queued`` + ``running``) and webhook delivery attempts per outcome. From this process:
its render slots per pool (``reserved``: Scale accounts' units; ``shared``: Build keys, the local
account, and Scale beyond its units), how many are busy, and how many requests wait for one.

When the database cannot be read, the database families are left out and
``limner_metrics_database_up`` is 0, so a scrape still answers.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy.exc import SQLAlchemyError

from limner.platform.db import make_sessions
from limner.platform.jobs import job_counts
from limner.platform.service import LimnerService
from limner.platform.webhooks import attempt_counts

logger = logging.getLogger(__name__)


class LiveCollector(Collector):
    def __init__(self, service: LimnerService) -> None:
        self._service = service
        self._sessions = make_sessions(service.engine)

    def collect(self) -> Iterable[Metric]:
        try:
            families = list(self._from_database())
        except SQLAlchemyError as error:
            logger.warning("/metrics: the database could not be read: %s", error)
            families = []
        yield GaugeMetricFamily(
            "limner_metrics_database_up",
            "1 when this scrape read the database (async jobs, webhook attempts, slot reservations).",
            value=1 if families else 0,
        )
        yield from families

    def _from_database(self) -> Iterator[Metric]:
        with self._sessions() as session:
            jobs = job_counts(session)
            attempts = attempt_counts(session)
        view = self._service.capacity()  # re-reads the reservations now and then
        yield _labelled(
            GaugeMetricFamily(
                "limner_async_jobs",
                "Async generations per status, in the database (all processes); queue depth is "
                "queued + running.",
                labels=("status",),
            ),
            jobs.items(),
        )
        yield _labelled(
            CounterMetricFamily(
                "limner_webhook_attempts",
                "Webhook delivery attempts logged in the database (all processes), by outcome: "
                "delivered (a 2xx answer, one per webhook delivered) or failed.",
                labels=("outcome",),
            ),
            attempts.items(),
        )
        reserved_busy = sum(account.busy for account in view.accounts)
        yield _labelled(
            GaugeMetricFamily(
                "limner_render_slots",
                "Render slots of this process per pool: reserved (Scale units) and shared (Build, "
                "local, Scale beyond its units).",
                labels=("pool",),
            ),
            (("reserved", view.reserved), ("shared", view.shared)),
        )
        yield _labelled(
            GaugeMetricFamily(
                "limner_render_slots_busy",
                "Render slots of this process rendering now, per pool.",
                labels=("pool",),
            ),
            (("reserved", reserved_busy), ("shared", view.shared_busy)),
        )
        yield GaugeMetricFamily(
            "limner_render_slot_waiters",
            "Requests of this process waiting for a render slot now.",
            value=view.waiting,
        )


def _labelled(
    family: GaugeMetricFamily | CounterMetricFamily, values: Iterable[tuple[str, int]]
) -> GaugeMetricFamily | CounterMetricFamily:
    for label, value in values:
        family.add_metric([label], value)
    return family


__all__ = ["LiveCollector"]
