"""The metric families one API process records, in a registry of its own (``app.state.metrics``).

:class:`Metrics` is also a :class:`~limner.platform.observers.ServiceObserver`: the service tells
it of every rendered image and stored generation.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.process_collector import ProcessCollector

from limner import __version__
from limner.platform.observers import size_class
from limner.platform.service import LimnerService
from limner.server.metrics.live import LiveCollector

#: Seconds: an API answer (most are milliseconds; a synchronous generate takes seconds).
HTTP_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
#: Seconds one image takes to render.
RENDER_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0)
#: The limits a rejection is counted under (``Denied.bucket``).
REJECTION_BUCKETS = ("requests", "images", "spend_cap")
#: The classic text format: every name here is a plain one, so every Prometheus version reads it.
MEDIA_TYPE = "text/plain; version=0.0.4; charset=utf-8"


class Metrics:
    """Counters and histograms of one process, and the live gauges, in one registry."""

    def __init__(self, service: LimnerService) -> None:
        self.registry = CollectorRegistry(auto_describe=False)
        registry = self.registry
        self.requests = Counter(
            "limner_http_requests",
            "HTTP requests answered by this process, by method, route template and status.",
            ("method", "route", "status"),
            registry=registry,
        )
        self.latency = Histogram(
            "limner_http_request_duration_seconds",
            "Seconds from a request's arrival to its answer's last byte, by method, route template "
            "and status.",
            ("method", "route", "status"),
            buckets=HTTP_BUCKETS,
            registry=registry,
        )
        self.generations = Counter(
            "limner_generations",
            "Generations this process rendered and stored (synchronous ones and async jobs of its "
            "embedded workers), by renderer, size class and status.",
            ("renderer", "size_class", "status"),
            registry=registry,
        )
        self.render = Histogram(
            "limner_render_duration_seconds",
            "Seconds one image took to render in a slot of this process, by renderer and size class "
            "(small ≤ 512², medium ≤ 1024², large ≤ 2048² pixels, xlarge above).",
            ("renderer", "size_class"),
            buckets=RENDER_BUCKETS,
            registry=registry,
        )
        self.rejections = Counter(
            "limner_rate_limit_rejections",
            "Requests this process refused with 429 for a limit: requests or images per minute, or "
            "the monthly spend cap.",
            ("bucket",),
            registry=registry,
        )
        for bucket in REJECTION_BUCKETS:
            self.rejections.labels(bucket=bucket)
        info = Gauge("limner_build_info", "Always 1; the Limner version.", ("version",), registry=registry)
        info.labels(version=__version__).set(1)
        ProcessCollector(registry=registry)
        registry.register(LiveCollector(service))

    # --- what the middleware and the access layer report -------------------------------------

    def request(self, method: str, route: str, status: int, seconds: float) -> None:
        labels = {"method": method, "route": route, "status": str(status)}
        self.requests.labels(**labels).inc()
        self.latency.labels(**labels).observe(seconds)

    def rejected(self, bucket: str) -> None:
        self.rejections.labels(bucket=bucket if bucket in REJECTION_BUCKETS else "other").inc()

    # --- ServiceObserver ---------------------------------------------------------------------

    def image_rendered(self, renderer: str, width: int, height: int, seconds: float) -> None:
        self.render.labels(renderer=renderer, size_class=size_class(width, height)).observe(seconds)

    def generation_finished(self, renderer: str, status: str, width: int, height: int) -> None:
        self.generations.labels(renderer=renderer, size_class=size_class(width, height), status=status).inc()

    # --- exposition --------------------------------------------------------------------------

    def exposition(self) -> bytes:
        """Every family in the Prometheus text format (the live gauges read now)."""
        return generate_latest(self.registry)


__all__ = ["HTTP_BUCKETS", "MEDIA_TYPE", "REJECTION_BUCKETS", "RENDER_BUCKETS", "Metrics"]
