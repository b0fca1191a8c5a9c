"""Workers: claim async jobs, render them through the service, deliver their webhooks.

``limner worker`` runs :func:`run_worker` in its own process; ``limner serve`` runs
``Settings.embedded_workers`` of them as threads. Any number may run against one database.
"""

from __future__ import annotations

import logging
import os
import threading

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from limner.errors import LimnerError
from limner.platform.db import make_sessions
from limner.platform.jobs import Claim, JobQueue, LeaseLost, error_of, job_view
from limner.platform.service import LimnerService
from limner.platform.tables import GenerationFields
from limner.platform.webhooks import WebhookSender

logger = logging.getLogger(__name__)


class Worker:
    def __init__(self, service: LimnerService, *, name: str | None = None) -> None:
        self.service = service
        sessions = make_sessions(service.engine)
        self.queue = JobQueue(sessions)
        self.webhooks = WebhookSender(sessions, allow_loopback=service.settings.webhooks_allow_loopback)
        self.name = name or f"w{os.getpid()}-{threading.get_ident()}"
        self.lease_s = service.settings.job_lease_s

    def run_once(self) -> bool:
        """Run one job if there is one; ``True`` when a job was run."""
        claim = self.queue.claim(self.name, self.lease_s, self.service.settings.jobs_for)
        if claim is None:
            return False
        stop = threading.Event()
        beat = threading.Thread(target=self._heartbeat, args=(claim, stop), daemon=True)
        beat.start()
        try:
            body = self._run(claim)
        finally:
            stop.set()
            beat.join()
        if claim.webhook_url and body is not None:
            self.webhooks.deliver(claim.account_id, claim.id, claim.webhook_url, body)
        return True

    def _heartbeat(self, claim: Claim, stop: threading.Event) -> None:
        while not stop.wait(self.lease_s / 3):
            if not self.queue.extend(claim, self.name, self.lease_s):
                return

    def _run(self, claim: Claim) -> bytes | None:
        """Render the job; the finished generation's JSON (for the webhook), ``None`` when the
        job stopped being this worker's (canceled, or taken over) before it was stored."""
        body = claim.body.model_copy(update={"async_": False, "webhook_url": None})

        def complete(session: Session, row: GenerationFields) -> None:
            self.queue.complete(session, claim.id, self.name, row.status, row.plan_id)

        try:
            generation = self.service.generate(
                body, claim.account_id, generation_id=claim.id, on_store=complete
            )
        except LeaseLost:
            logger.info("worker %s: job %s was canceled or taken over; result discarded", self.name, claim.id)
            return None
        except IntegrityError:
            # An earlier attempt (its worker died after storing) already stored it: exactly once.
            generation = self.service.get_generation(claim.id, claim.account_id)
            self.queue.finish(claim.id, self.name, generation.status, plan_id=generation.plan_id)
        except LimnerError as error:
            if not self.queue.finish(claim.id, self.name, "failed", error=error_of(error.code, error.detail)):
                return None
            return self._view_json(claim)
        return generation.model_dump_json().encode()

    def _view_json(self, claim: Claim) -> bytes | None:
        row = self.queue.get(claim.id, claim.account_id)
        if row is None:
            return None
        return job_view(row).model_dump_json().encode()


def run_worker(service: LimnerService, stop: threading.Event, *, poll_s: float = 0.2) -> None:
    """Run jobs until ``stop`` is set."""
    worker = Worker(service)
    while not stop.is_set():
        try:
            ran = worker.run_once()
        except LimnerError:
            logger.exception("worker %s: job failed", worker.name)
            ran = False
        if not ran:
            stop.wait(poll_s)


__all__ = ["Worker", "run_worker"]
