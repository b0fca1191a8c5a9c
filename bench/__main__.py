"""``make bench``: Limner's speed as ratios against baselines measured in the same run.

These machines are noisy, so every figure is printed beside a baseline taken moments before
on the same data: reasoning against parsing the plan it produced, rendering against the
encode-only floor of the same pixels. Absolute milliseconds are printed too.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

NOUNS = (
    "apple",
    "banana",
    "cat",
    "dog",
    "car",
    "bus",
    "bench",
    "clock",
    "vase",
    "cup",
    "umbrella",
    "teddy bear",
    "laptop",
    "bicycle",
    "pizza",
    "giraffe",
    "chair",
    "bottle",
    "kite",
    "book",
)
COLOURS = ("red", "orange", "yellow", "green", "blue", "purple", "pink", "brown", "black", "white")
RELATIONS = ("left of", "right of", "above", "below", "next to", "on top of", "in front of")
COUNTS = ("two", "three", "four", "5", "a pair of", "six")


def prompts(count: int, seed: int = 1) -> list[str]:
    """Varied scene prompts of at most 300 characters (GenEval-like, plus longer mixes)."""
    rng = random.Random(seed)
    out: list[str] = []
    for i in range(count):
        a, b, c = rng.sample(NOUNS, 3)
        ca, cb = rng.sample(COLOURS, 2)
        kind = i % 5
        if kind == 0:
            text = f"a photo of a {ca} {a} {rng.choice(RELATIONS)} a {cb} {b}"
        elif kind == 1:
            text = f"a photo of {rng.choice(COUNTS)} {a}s"
        elif kind == 2:
            text = f"{rng.choice(COUNTS)} {ca} {a}s next to a {cb} {b}, and a {c} above them"
        elif kind == 3:
            text = f"A {ca} {a} to the left of a {b}. Add a sign that says 'SALE' above the {b}. No {c}."
        else:
            text = f"a {a} and a {cb} {b} below a {c}, actually make it two {c}s"
        out.append(text[:300])
    return out


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter_ns()
        fn()
        samples.append((time.perf_counter_ns() - start) / 1e6)
    return samples


def pct(samples: Sequence[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def row(name: str, ms: float, base_name: str, base_ms: float) -> str:
    ratio = ms / base_ms if base_ms > 0 else float("inf")
    return f"  {name:<34} {ms:9.3f} ms   {ratio:7.2f}× {base_name} ({base_ms:.3f} ms)"


def bench_reason(n: int) -> list[str]:
    from limner.plan import Plan
    from limner.reason import BuiltinReasoner, ReasonRequest

    reasoner = BuiltinReasoner()
    texts = prompts(n)
    for text in texts[:20]:
        reasoner.reason(ReasonRequest(prompt=text))  # warm caches (lexicon load)
    reason_ms: list[float] = []
    parse_ms: list[float] = []
    for text in texts:
        start = time.perf_counter_ns()
        plan = reasoner.reason(ReasonRequest(prompt=text))
        reason_ms.append((time.perf_counter_ns() - start) / 1e6)
        raw = plan.model_dump_json()
        parse_ms.append(timed(lambda raw=raw: Plan.model_validate_json(raw), 1)[0])
    p50, p99 = pct(reason_ms, 0.5), pct(reason_ms, 0.99)
    base = statistics.median(parse_ms)
    verdict = "ok" if p50 <= 2 and p99 <= 10 else "OVER TARGET"
    return [
        f"reason ({n} prompts ≤300 chars; target p50 ≤ 2 ms, p99 ≤ 10 ms: {verdict})",
        row("reason p50", p50, "plan parse p50", base),
        row("reason p99", p99, "plan parse p50", base),
        *bench_reason_languages(reasoner, base),
    ]


def bench_reason_languages(reasoner: Any, base: float, per_language: int = 30) -> list[str]:
    """Reasoning in the other prompt languages (translation first): p50 per language, target ≤ 5 ms."""
    from limner.reason import ReasonRequest
    from limner.reason.i18n.lexicon import LANGUAGES

    tests = Path(__file__).resolve().parent.parent / "tests"
    sys.path[:0] = [str(tests / "reason"), str(tests / "reason_i18n")]  # the suites' templates
    from templates import cases

    lines = ["reason, other languages (GenEval templates translated; target p50 ≤ 5 ms)"]
    for lang in LANGUAGES:
        texts = [c.prompt for c in cases(lang, per_language, seed=4)]
        reasoner.reason(ReasonRequest(prompt=texts[0]))  # load the language's tokenizer and tables
        ms = [timed(lambda t=t: reasoner.reason(ReasonRequest(prompt=t)), 1)[0] for t in texts]
        lines.append(row(f"reason p50 [{lang}]", statistics.median(ms), "plan parse p50", base))
    return lines


def bench_render(repeat: int) -> list[str]:
    from limner.reason import BuiltinReasoner, ReasonRequest
    from limner.render.base import RenderOptions
    from limner.render.builtin import BuiltinRenderer
    from limner.render.encode import encode

    prompt = (
        "three red apples left of a blue vase, a yellow banana on top of a brown bench, "
        "a sign that says 'OPEN'"
    )
    plan = BuiltinReasoner().reason(ReasonRequest(prompt=prompt))
    renderer = BuiltinRenderer()
    lines = [
        f"render (scene of {len(plan.elements)} elements; baseline: encode-only floor of the same pixels)"
    ]
    for side in (512, 1024):
        for fmt in ("png", "jpeg"):
            options = RenderOptions(width=side, height=side, output_format=fmt, seed=1)
            renderer.render(plan, options)  # warm-up (SVG parse, font load)
            gen = pct(timed(lambda options=options: renderer.render(plan, options), repeat), 0.5)
            png = renderer.render(plan, RenderOptions(width=side, height=side, output_format="png")).data
            rgba = np.ascontiguousarray(np.asarray(Image.open(io.BytesIO(png)).convert("RGBA")))
            floor = pct(timed(lambda rgba=rgba, fmt=fmt: encode(rgba, fmt), repeat), 0.5)
            lines.append(row(f"generate {side}² {fmt} p50", gen, "encode", floor))
    flat = RenderOptions(width=1024, height=1024, output_format="png", seed=1)
    today = pct(timed(lambda: renderer.render(plan, flat), repeat), 0.5)
    scene = scene_plan(plan)
    renderer.render(scene, flat)  # warm-up
    staged = pct(timed(lambda: renderer.render(scene, flat), repeat), 0.5)
    objects = sum(e.kind == "object" for e in scene.elements)
    lines.append(row(f"scene 1024² png ({objects} objects) p50", staged, "flat scene", today))
    return lines


def scene_plan(plan: Any) -> Any:
    """``plan`` on a park backdrop (sky, tree line, grass), topped up to 8 objects, text kept."""
    from limner.plan.model import Background, Element, Layer

    background = Background(
        color="#8fc47a",
        setting="park",
        time_of_day="day",
        weather="cloudy",
        horizon=0.62,
        layers=[
            Layer(kind="sky", color="#a9d6f5", span=(0.0, 0.62)),
            Layer(kind="trees", color="#5f9a4f", span=(0.46, 0.62)),
            Layer(kind="ground", color="#8fc47a", material="grass", span=(0.62, 1.0)),
        ],
    )
    elements = list(plan.elements)
    extras = [
        ("tree", (0.78, 0.3, 0.98, 0.7)),
        ("dog", (0.05, 0.7, 0.3, 0.95)),
        ("bird", (0.4, 0.08, 0.5, 0.18)),
    ]
    extras += [("cat", (0.55, 0.72, 0.7, 0.92)), ("kite", (0.2, 0.05, 0.3, 0.2))]
    for i, (noun, box) in enumerate(extras):
        if sum(e.kind == "object" for e in elements) >= 8:
            break
        elements.append(Element(id=f"bench{i}", noun=noun, box=box, z=1))
    canvas = plan.canvas.model_copy(update={"background": background})
    return plan.model_copy(update={"canvas": canvas, "elements": elements})


def bench_service(repeat: int) -> list[str]:
    from limner.config import Settings
    from limner.platform.schemas import GenerateBody
    from limner.platform.service import LimnerService
    from limner.render.base import RenderOptions
    from limner.render.builtin import BuiltinRenderer

    prompt = "two green cars below a kite next to a white clock"
    with tempfile.TemporaryDirectory() as tmp:
        service = LimnerService.open(Settings(data_dir=Path(tmp)))
        try:
            body = GenerateBody.model_validate({"prompt": prompt, "size": "1024x1024"})
            service.generate(body)
            end_to_end = pct(timed(lambda: service.generate(body), repeat), 0.5)
        finally:
            service.close()
    from limner.reason import BuiltinReasoner, ReasonRequest

    plan = BuiltinReasoner().reason(ReasonRequest(prompt=prompt))
    renderer = BuiltinRenderer()
    options = RenderOptions(width=1024, height=1024)
    render_only = pct(timed(lambda: renderer.render(plan, options), repeat), 0.5)
    return [
        "service (reason + render + store, in-process, SQLite)",
        row("generate 1024² png p50", end_to_end, "render only", render_only),
    ]


def bench_capacity() -> list[str]:
    from bench.capacity import Figures, api_cpu, create_keys, measure, one_cpu, serve

    def figures(**how: Any) -> Figures:
        with serve(**how) as server:
            return measure(server.url, server.admin_key, create_keys(server.url, server.admin_key))

    with serve(lanes=False) as server:
        cpu = api_cpu(server, create_keys(server.url, server.admin_key))
    cpu_list = one_cpu()
    layouts = {
        f"lanes on CPU {cpu_list}": figures(lanes=True, lane_cpus=cpu_list),
        "lanes on all CPUs": figures(lanes=True),
        "one process": figures(lanes=False),  # for comparison
    }
    isolated = layouts[f"lanes on CPU {cpu_list}"]
    verdict = "ok" if isolated.ratio <= 1.5 else "OVER TARGET"
    return [
        "capacity (limner serve, 2 render slots: 1 reserved by a Scale unit, 1 shared; 3 Build clients"
        f" on 2048² scenes; Scale p99 under load ≤ 1.5× idle with --lanes --lane-cpus {cpu_list}: {verdict})",
        *(
            row(f"scale p99 loaded, {name}", f.loaded_p99_ms, "idle p99", f.idle_p99_ms)
            for name, f in layouts.items()
        ),
        row("api cpu per scale generate", cpu.scale_ms, "authenticated GET", cpu.floor_ms),
        row("api cpu per build generate", cpu.build_ms, "authenticated GET", cpu.floor_ms),
        *(f"  {name}: {f.line()}" for name, f in layouts.items()),
    ]


#: ``--only`` choices, in the order a full run prints them.
SECTIONS = ("reason", "render", "banner", "encoders", "service", "capacity")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make bench", description=__doc__)
    parser.add_argument("--prompts", type=int, default=1000, help="prompts for the reasoning benchmark")
    parser.add_argument("--repeat", type=int, default=15, help="repetitions per rendering figure")
    parser.add_argument(
        "--banner-repeat", type=int, default=100, help="repetitions per figure of the banner section"
    )
    parser.add_argument(
        "--only",
        choices=SECTIONS,
        action="append",
        help="run only this section (repeatable); default: all of them",
    )
    args = parser.parse_args(argv)
    from bench.speed import bench_banner, encoders

    sections: dict[str, Callable[[], list[str]]] = {
        "reason": lambda: bench_reason(args.prompts),
        "render": lambda: bench_render(args.repeat),
        "banner": lambda: bench_banner(args.banner_repeat),
        "encoders": lambda: encoders(args.repeat),
        "service": lambda: bench_service(args.repeat),
        "capacity": bench_capacity,
    }
    for name in args.only or SECTIONS:
        print("\n".join(sections[name]()), flush=True)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
