"""``GET /metrics``: Prometheus text exposition of one API process.

- :mod:`.families` — :class:`Metrics`, the app's own ``CollectorRegistry`` (never the global
  default one: several apps share a test process) and the counters and histograms it records;
- :mod:`.live` — gauges read when scraped: async jobs per status and webhook attempts from the
  database (the same in every process), render slots of this process;
- :mod:`.requests` — the ASGI middleware that counts requests by route template and status.

Counters and histograms are per process: scrape every ``limner serve`` and sum. Rows read from the
database (jobs, webhook attempts) are global: every process answers the same numbers.
"""

from limner.server.metrics.families import Metrics
from limner.server.metrics.live import LiveCollector
from limner.server.metrics.requests import RequestMetricsMiddleware

__all__ = ["LiveCollector", "Metrics", "RequestMetricsMiddleware"]
