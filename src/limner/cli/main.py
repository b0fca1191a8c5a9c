"""``limner``: serve the API, or reason and generate from the terminal.

``reason`` and ``generate`` run in-process against ``--data-dir`` by default, and against a
server with ``--server URL [--key SECRET]``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from limner import __version__
from limner.cli.backend import open_backend
from limner.cli.explorer import DEFAULT_SERVER, open_explorer
from limner.cli.files import generate_files
from limner.cli.output import print_json, print_notes, progress, run_reporting, unexpected
from limner.cli.platform_cmds import register as register_platform_commands
from limner.cli.target import resolve_target
from limner.config import AuthMode, Settings, cors_origin_value, default_auth_for

app = typer.Typer(
    name="limner",
    help=(
        "Limner: reason first, draw second. A scene plan you can read, then pixels that honour it.\n\n"
        "Shell completion: `limner --install-completion` (bash, zsh, fish, PowerShell), or "
        "`limner --show-completion SHELL` to print the script."
    ),
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    # Plain help: the rich layout shows on/off flags as `<bool>` options that take a value.
    rich_markup_mode=None,
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(__version__)
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", is_eager=True, callback=_print_version, help="Print the version and exit."),
    ] = False,
) -> None:
    """Limner: reason first, draw second. A scene plan you can read, then pixels that honour it."""


DataDir = Annotated[
    Path, typer.Option("--data-dir", envvar="LIMNER_DATA_DIR", help="Where the SQLite file and images live.")
]
Server = Annotated[
    str | None,
    typer.Option(
        "--server", envvar="LIMNER_SERVER", help="Use a running server (URL) instead of in-process."
    ),
]
Key = Annotated[str | None, typer.Option("--key", envvar="LIMNER_API_KEY", help="API key for --server.")]
Size = Annotated[str | None, typer.Option("--size", help="Canvas size as WxH, e.g. 1024x576.")]
Seed = Annotated[int | None, typer.Option("--seed", help="Seed: same prompt + seed ⇒ same result.")]


def _body(prompt: str, size: str | None, seed: int | None, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"prompt": prompt, **{k: v for k, v in extra.items() if v is not None}}
    if size:
        body["size"] = size
    if seed is not None:
        body["seed"] = seed
    return body


def _describe_plan(plan: dict[str, Any]) -> str:
    canvas = plan["canvas"]
    lines = [f"{plan['id']}  {canvas['width']}x{canvas['height']}  {len(plan['elements'])} elements"]
    for element in plan["elements"]:
        attrs = ", ".join(f"{k}={v}" for k, v in element["attributes"].items())
        box = ", ".join(f"{v:.2f}" for v in element["box"])
        what = repr(element["text"]["content"]) if element.get("text") else element["noun"]
        lines.append(
            f"  {element['id']:<4} {what:<24} [{box}] z={element['z']}" + (f"  {attrs}" if attrs else "")
        )
    for relation in plan["relations"]:
        lines.append(f"  {relation['subject']} {relation['predicate']} {relation['object']}")
    for warning in plan["warnings"]:
        lines.append(f"  warning: {warning}")
    return "\n".join(lines)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    data_dir: DataDir = Path(".limner"),
    auth: Annotated[
        str | None,
        typer.Option(help="local (no key needed; default on loopback) or required (default elsewhere)."),
    ] = None,
    lanes: Annotated[
        bool,
        typer.Option(
            "--lanes/--no-lanes",
            envvar="LIMNER_LANES",
            help="Serve Scale keys and everyone else from separate processes (Build at low priority).",
        ),
    ] = False,
    lane_cpus: Annotated[
        str,
        typer.Option(
            envvar="LIMNER_LANE_CPUS",
            help="With --lanes: CPUs both lanes run on (like 0 or 0-3), so Scale work preempts Build "
            "work there instead of running beside it. Default: all.",
        ),
    ] = "",
    renderer: Annotated[
        str,
        typer.Option(
            envvar="LIMNER_RENDERER",
            help="Default renderer: builtin, diffusion, openai-images (GET /v1/renderers lists them); "
            "a request's `renderer` overrides it.",
        ),
    ] = "builtin",
    cors_origin: Annotated[
        list[str] | None,
        typer.Option(
            "--cors-origin",
            metavar="ORIGIN",
            help="A browser origin (scheme://host[:port], or *) whose pages may call the API; repeat "
            "for more. Default: none, or LIMNER_CORS_ORIGINS (comma-separated).",
        ),
    ] = None,
) -> None:
    """Start the HTTP API (SQLite + files under --data-dir, one process; two lanes with --lanes)."""
    import uvicorn

    from limner.server.app import create_app
    from limner.server.lanes import LaneServer, parse_cpus, quick_gil_handover

    mode: AuthMode = default_auth_for(host) if auth is None else _auth_mode(auth)
    settings = Settings(data_dir=data_dir, host=host, port=port, auth=mode, default_renderer=renderer)
    if cors_origin:
        settings = settings.with_(cors_origins=_cors_origins(cors_origin))
    _check_renderer(renderer)
    try:
        cpus = parse_cpus(lane_cpus)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--lane-cpus") from None
    if cpus and not lanes:
        raise typer.BadParameter("needs --lanes", param_hint="--lane-cpus")
    shape = "lanes: reserved + shared" if lanes else "one process"
    if cpus:
        shape += f" on CPUs {','.join(map(str, sorted(cpus)))}"
    typer.echo(
        f"Limner {__version__} on http://{host}:{port} (data: {data_dir}, auth: {mode}, {shape})", err=True
    )
    if lanes:
        LaneServer(settings, host, port, cpus).run()
        return
    quick_gil_handover()
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")


def _check_renderer(name: str) -> None:
    """``--renderer`` must name a renderer that can draw here (else the reason, before serving)."""
    from limner.errors import LimnerError
    from limner.render.registry import default_registry

    try:
        info = default_registry().describe(name)
    except LimnerError as exc:
        raise typer.BadParameter(exc.detail, param_hint="--renderer") from None
    if not info.available:
        message = f"renderer {name!r} is not available: {info.reason}"
        raise typer.BadParameter(message, param_hint="--renderer")


def _cors_origins(values: list[str]) -> tuple[str, ...]:
    try:
        return tuple(dict.fromkeys(cors_origin_value(value) for value in values))
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--cors-origin") from None


def _auth_mode(value: str) -> AuthMode:
    if value == "local":
        return "local"
    if value == "required":
        return "required"
    raise typer.BadParameter("must be 'local' or 'required'", param_hint="--auth")


@app.command()
def reason(
    prompt: Annotated[str, typer.Argument(metavar="PROMPT", help="What to draw, in words.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the whole plan as JSON.")] = False,
    size: Size = None,
    seed: Seed = None,
    server: Server = None,
    key: Key = None,
    data_dir: DataDir = Path(".limner"),
) -> None:
    """Turn a prompt into a scene plan and print it."""

    def work() -> dict[str, Any]:
        backend = open_backend(server, key, data_dir)
        try:
            return backend.reason(_body(prompt, size, seed))
        finally:
            backend.close()

    plan = run_reporting(work, as_json)
    if as_json:
        print_json(plan)
    else:
        typer.echo(_describe_plan(plan))


@app.command()
def generate(
    prompt: Annotated[str, typer.Argument(metavar="PROMPT", help="What to draw, in words.")],
    output: Annotated[
        Path,
        typer.Option(
            "-o",
            "--output",
            help="Image file to write (.png, .jpg, .webp or .svg), or - for stdout. "
            "With --n 2, -o a.png writes a-1.png and a-2.png.",
        ),
    ] = Path("out.png"),
    n: Annotated[
        int, typer.Option("--n", min=1, max=8, help="How many images: -o a.png → a-1.png, a-2.png…")
    ] = 1,
    size: Size = None,
    seed: Seed = None,
    output_format: Annotated[
        str | None,
        typer.Option("--format", help="png, jpeg, webp or svg (default: from -o's suffix, else png)."),
    ] = None,
    mkdir: Annotated[
        bool, typer.Option("--mkdir", help="Create -o's folder when it does not exist (else an error).")
    ] = False,
    run_async: Annotated[
        bool, typer.Option("--async", help="Queue the job and wait for it with a progress bar.")
    ] = False,
    wait_timeout: Annotated[
        float, typer.Option("--timeout", min=1, help="Seconds to wait for async work.")
    ] = 600.0,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the generation object (and the files written) as JSON.")
    ] = False,
    server: Server = None,
    key: Key = None,
    data_dir: DataDir = Path(".limner"),
) -> None:
    """Reason about a prompt and draw it to -o (a progress bar shows for --n > 1 and --async).

    Render notes (art substituted, text shrunk or clipped to fit) are printed on stderr.
    """
    target = run_reporting(
        lambda: resolve_target(output, output_format, count=n, mkdir=mkdir, as_json=as_json), as_json
    )
    extra = {"async": True} if run_async else {}
    body = _body(prompt, size, seed, n=n, output_format=target.format, **extra)

    def work() -> tuple[dict[str, Any], list[Path]]:
        backend = open_backend(server, key, data_dir)
        try:
            with progress(n > 1 or run_async) as bar:
                return generate_files(backend, body, target, bar, wait_timeout)
        finally:
            backend.close()

    generation, paths = run_reporting(work, as_json)
    if as_json:
        print_json({**generation, "files": [str(p) for p in paths]})
        return
    print_notes(generation["images"])
    for image, path in zip(generation["images"], [str(p) for p in paths] or ["-"], strict=True):
        line = f"{path}  {image['width']}x{image['height']} {image['format']}  seed={image['seed']}"
        typer.echo(line, err=target.to_stdout)  # with -o - stdout holds the image
    typer.echo(f"plan: {generation['plan_id']}  generation: {generation['id']}", err=True)


@app.command("open")
def open_command(
    server: Annotated[
        str | None,
        typer.Option("--server", envvar="LIMNER_SERVER", help=f"Server URL (default {DEFAULT_SERVER})."),
    ] = None,
    check: Annotated[
        bool, typer.Option("--check/--no-check", help="Make sure the server answers before opening.")
    ] = True,
    as_json: Annotated[bool, typer.Option("--json", help='Print {"url": …} as JSON.')] = False,
) -> None:
    """Open the API explorer of a running server in your web browser."""
    url = run_reporting(lambda: open_explorer(server, check=check), as_json)
    if as_json:
        print_json({"url": url})
    else:
        typer.echo(f"opened {url}")


@app.command()
def version(
    as_json: Annotated[bool, typer.Option("--json", help='Print {"version": …} as JSON.')] = False,
) -> None:
    """Print the version."""
    if as_json:
        print_json({"version": __version__})
    else:
        typer.echo(__version__)


register_platform_commands(app)


def main() -> None:
    try:
        app(prog_name="limner")
    # A bug: one readable line, no traceback (LIMNER_DEBUG=1 re-raises it with its traceback).
    except Exception as error:  # noqa: BLE001
        try:
            unexpected(error, as_json="--json" in sys.argv)
        except typer.Exit as done:  # raised outside the app: no click to turn it into an exit status
            sys.exit(done.exit_code)


if __name__ == "__main__":
    main()
