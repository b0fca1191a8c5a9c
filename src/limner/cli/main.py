"""``limner``: serve the API, or reason and generate from the terminal.

``reason`` and ``generate`` run in-process against ``--data-dir`` by default, and against a
server with ``--server URL [--key SECRET]``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import pydantic
import typer

from limner import __version__
from limner.cli.backend import CliError, open_backend
from limner.config import AuthMode, Settings, default_auth_for

app = typer.Typer(
    name="limner",
    help="Limner: reason first, draw second. A scene plan you can read, then pixels that honour it.",
    no_args_is_help=True,
    add_completion=True,
)

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


def _fail(message: str, code: int = 1) -> None:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


def _validation_message(error: pydantic.ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    return f"{where}: {first['msg']}" if where else str(first["msg"])


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
) -> None:
    """Start the HTTP API (SQLite + files under --data-dir, one process)."""
    import uvicorn

    from limner.server.app import create_app

    mode: AuthMode = default_auth_for(host) if auth is None else _auth_mode(auth)
    settings = Settings(data_dir=data_dir, host=host, port=port, auth=mode)
    typer.echo(f"Limner {__version__} on http://{host}:{port} (data: {data_dir}, auth: {mode})", err=True)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")


def _auth_mode(value: str) -> AuthMode:
    if value == "local":
        return "local"
    if value == "required":
        return "required"
    raise typer.BadParameter("must be 'local' or 'required'", param_hint="--auth")


@app.command()
def reason(
    prompt: Annotated[str, typer.Argument(help="What to draw, in words.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the whole plan as JSON.")] = False,
    size: Size = None,
    seed: Seed = None,
    server: Server = None,
    key: Key = None,
    data_dir: DataDir = Path(".limner"),
) -> None:
    """Turn a prompt into a scene plan and print it."""
    backend = open_backend(server, key, data_dir)
    try:
        plan = backend.reason(_body(prompt, size, seed))
    except pydantic.ValidationError as error:
        _fail(_validation_message(error), 2)
        return
    except CliError as error:
        _fail(str(error))
        return
    finally:
        backend.close()
    typer.echo(json.dumps(plan, ensure_ascii=False, indent=2) if as_json else _describe_plan(plan))


@app.command()
def generate(
    prompt: Annotated[str, typer.Argument(help="What to draw, in words.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Image file to write.")] = Path("out.png"),
    n: Annotated[int, typer.Option("--n", min=1, max=8, help="How many images (files get -1, -2…).")] = 1,
    size: Size = None,
    seed: Seed = None,
    output_format: Annotated[
        str | None, typer.Option("--format", help="png, jpeg or webp (default: from -o's suffix).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the generation object as JSON.")] = False,
    server: Server = None,
    key: Key = None,
    data_dir: DataDir = Path(".limner"),
) -> None:
    """Reason about a prompt and draw it to -o."""
    fmt = output_format or {".jpg": "jpeg", ".jpeg": "jpeg", ".webp": "webp"}.get(
        output.suffix.lower(), "png"
    )
    backend = open_backend(server, key, data_dir)
    try:
        generation = backend.generate(_body(prompt, size, seed, n=n, output_format=fmt))
        paths = _output_paths(output, len(generation["images"]))
        for image, path in zip(generation["images"], paths, strict=True):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(backend.image(image["id"]))
    except pydantic.ValidationError as error:
        _fail(_validation_message(error), 2)
        return
    except CliError as error:
        _fail(str(error))
        return
    finally:
        backend.close()
    if as_json:
        typer.echo(json.dumps(generation, indent=2))
        return
    for image, path in zip(generation["images"], paths, strict=True):
        typer.echo(f"{path}  {image['width']}x{image['height']} {image['format']}  seed={image['seed']}")
    typer.echo(f"plan: {generation['plan_id']}  generation: {generation['id']}", err=True)


def _output_paths(output: Path, count: int) -> list[Path]:
    if count == 1:
        return [output]
    return [output.with_name(f"{output.stem}-{i}{output.suffix}") for i in range(1, count + 1)]


@app.command()
def version() -> None:
    """Print the version."""
    typer.echo(__version__)


def main() -> None:
    app(prog_name="limner")


if __name__ == "__main__":
    main()
