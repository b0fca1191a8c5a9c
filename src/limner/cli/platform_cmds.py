"""``limner keys create|list|revoke`` and ``limner billing reconcile`` (on the database directly)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer

from limner.cli.output import print_json, run_reporting
from limner.config import Settings, jobs_for_value
from limner.platform.db import make_engine, make_sessions, upgrade_to_head
from limner.platform.keys import KeyStore
from limner.platform.metering import reconcile

keys_app = typer.Typer(help="API keys: create (secret shown once), list, revoke.", no_args_is_help=True)
billing_app = typer.Typer(help="Billing: prove the ledger matches the stored images.", no_args_is_help=True)

DataDir = Annotated[
    Path, typer.Option("--data-dir", envvar="LIMNER_DATA_DIR", help="Where the SQLite file and images live.")
]
Json = Annotated[bool, typer.Option("--json", help="Print JSON.")]


@contextmanager
def _store(data_dir: Path) -> Iterator[tuple[Settings, KeyStore]]:
    settings = Settings(data_dir=data_dir)
    engine = make_engine(settings)
    try:
        upgrade_to_head(settings, engine)
        yield settings, KeyStore(make_sessions(engine))
    finally:
        engine.dispose()


@keys_app.command("create")
def keys_create(
    tier: Annotated[
        str, typer.Option("--tier", help="build (pay per image) or scale (provisioned).")
    ] = "build",
    name: Annotated[str | None, typer.Option("--name", help="A label for the key.")] = None,
    account: Annotated[str | None, typer.Option("--account", help="Add the key to this account.")] = None,
    units: Annotated[int, typer.Option("--units", help="Provisioned units (scale).")] = 0,
    data_dir: DataDir = Path(".limner"),
    as_json: Json = False,
) -> None:
    """Create a key (and a new account unless --account). The secret is shown only now."""
    with _store(data_dir) as (_, store):
        created = run_reporting(
            lambda: store.create(tier, name=name, account_id=account, units=units), as_json
        )
    if as_json:
        print_json(created.as_json())
    else:
        typer.echo(f"{created.info.id}  {created.info.tier}  account {created.info.account_id}")
        typer.echo(f"secret (shown once): {created.secret}")


@keys_app.command("list")
def keys_list(data_dir: DataDir = Path(".limner"), as_json: Json = False) -> None:
    """Every key (never the secrets)."""
    with _store(data_dir) as (_, store):
        keys = store.listing()
    if as_json:
        print_json([asdict(k) for k in keys])
        return
    for k in keys:
        state = "revoked" if k.revoked else "active"
        typer.echo(f"{k.id}  {k.tier:<5}  {state:<7}  {k.prefix}…  {k.account_id}  {k.name or ''}")


@keys_app.command("revoke")
def keys_revoke(
    key_id: Annotated[str, typer.Argument(help="The key's id (key_…).")],
    data_dir: DataDir = Path(".limner"),
    as_json: Json = False,
) -> None:
    """Revoke a key: it answers 401 from now on."""
    with _store(data_dir) as (_, store):
        info = run_reporting(lambda: store.revoke(key_id), as_json)
    if as_json:
        print_json(asdict(info))
    else:
        typer.echo(f"revoked {info.id}")


@billing_app.command("reconcile")
def billing_reconcile(data_dir: DataDir = Path(".limner"), as_json: Json = False) -> None:
    """Ledger = stored images (and usage counters = ledger): exit 0 when every billed image exists
    exactly once and every account month's counter equals its image rows, else 1."""
    settings = Settings(data_dir=data_dir)
    engine = make_engine(settings)
    try:
        upgrade_to_head(settings, engine)
        result = reconcile(make_sessions(engine))
    finally:
        engine.dispose()
    if as_json:
        print_json({**asdict(result), "ok": result.ok})
    else:
        typer.echo(
            f"ledger rows {result.ledger_rows}, billed images {result.billed_images}, "
            f"unbilled {len(result.missing)}, orphan rows {len(result.orphans)}: "
            + ("OK" if result.ok else "MISMATCH")
        )
        for mismatch in result.counter_mismatches:
            typer.echo(f"usage counter off: {mismatch}")
    raise typer.Exit(0 if result.ok else 1)


def worker(
    data_dir: DataDir = Path(".limner"),
    threads: Annotated[int, typer.Option("--threads", min=1, max=64, help="Worker threads.")] = 1,
    jobs_for: Annotated[
        str,
        typer.Option(
            envvar="LIMNER_JOBS_FOR",
            help="Whose jobs: all, reserved (Scale accounts with units) or shared (everyone else).",
        ),
    ] = "all",
) -> None:
    """Run async generation jobs (and their webhooks) until interrupted; run as many as you like."""
    import signal
    import threading

    from limner.platform.service import LimnerService
    from limner.platform.worker import run_worker
    from limner.render.memory import keep_freed_memory

    keep_freed_memory()  # this process renders: reuse its buffers
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        settings = Settings(data_dir=data_dir).with_(jobs_for=jobs_for_value(jobs_for))
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--jobs-for") from None
    with LimnerService.open(settings) as service:
        pool = [threading.Thread(target=run_worker, args=(service, stop)) for _ in range(threads)]
        for thread in pool:
            thread.start()
        typer.echo(f"limner worker: {threads} thread(s) on {data_dir}, jobs of {jobs_for} accounts", err=True)
        try:
            while not stop.wait(0.5):
                pass
        except KeyboardInterrupt:
            stop.set()
        for thread in pool:
            thread.join()


def register(app: typer.Typer) -> None:
    app.command("worker")(worker)
    app.add_typer(keys_app, name="keys")
    app.add_typer(billing_app, name="billing")


__all__ = ["billing_app", "keys_app", "register"]
