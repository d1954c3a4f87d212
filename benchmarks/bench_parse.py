"""Parse speed over the bundled corpus (seeds and real Markdown plans), and start-up.

Figures (issue 15), each against its baseline in the same run, rounds alternating:
- text: the whole warm parse of each plan held in memory (`parse_bytes`) against spaCy's bare
  Vietnamese tokenizer (`spacy.blank("vi")`, no pyvi) on the same texts, in plans per second;
- start-up: `plan-extract parse one.txt` in a fresh process against `python -c "import spacy"`,
  and `plan-extract --help` and `plan-extract parse --help` against `python -c "pass"` (their
  own target is 0.3 s), wall seconds.
Also the CPU-time rate and the peak memory of this process.
"""

from __future__ import annotations

import functools
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.ratio import Figure, alternate, report, runs, seconds, small

ROOT = Path(__file__).resolve().parents[1]
CLI = str(Path(sys.executable).with_name("plan-extract"))


def corpus() -> list[tuple[str, bytes]]:
    """(name, bytes) of the seed and real Markdown plans (the first few at the small size)."""
    seeds = sorted((ROOT / "corpus/plans/seeds").glob("*.txt"))
    real = sorted((ROOT / "corpus/plans/real").glob("*.md"))
    paths = seeds[:2] + real[:2] if small() else seeds + real
    return [(path.name, path.read_bytes()) for path in paths]


def _rate(work: Callable[[], object], count: int) -> float:
    return count / seconds(work)


def text_figure(plans: list[tuple[str, bytes]]) -> Figure:
    import spacy

    from plan_extract.pipeline import parse_bytes

    bare = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    texts = [data.decode("utf-8") for _, data in plans]
    for name, data in plans:  # warm-up: the pipeline, data files and matchers load once
        parse_bytes(data, name)
        bare.make_doc(data.decode("utf-8"))
    base, ours = alternate(
        lambda: _rate(lambda: [bare.make_doc(text) for text in texts], len(texts)),
        lambda: _rate(lambda: [parse_bytes(data, name) for name, data in plans], len(plans)),
    )
    return Figure("text parse", "spaCy bare vi tokenizer", "plans/s", base, ours, 0.55)


def _fresh(*command: str) -> float:
    """Wall seconds of a command in a fresh process (its output discarded)."""
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=True, cwd=ROOT)
    return time.perf_counter() - start


def startup_figures() -> list[Figure]:
    one = str(sorted((ROOT / "corpus/plans/seeds").glob("*.txt"))[0])
    base, ours = alternate(
        lambda: _fresh(sys.executable, "-c", "import spacy"),
        lambda: _fresh(CLI, "parse", one),
    )
    parse = Figure(
        "start-up, parse one.txt", "python -c 'import spacy'", "s", base, ours, 1.2, False
    )
    helps = []
    for args in (["--help"], ["parse", "--help"]):
        base, ours = alternate(
            lambda: _fresh(sys.executable, "-c", "pass"),
            functools.partial(_fresh, CLI, *args),
        )
        name = f"start-up, {' '.join(args)}"
        helps.append(Figure(name, "python -c 'pass'", "s", base, ours))
    return [parse, *helps]


def run() -> None:
    from plan_extract.pipeline import parse_bytes

    plans = corpus()
    print(f"bench_parse: {len(plans)} plans (seeds and real Markdown), {runs()} rounds")
    report(text_figure(plans))
    cpu = time.process_time()
    for name, data in plans:
        parse_bytes(data, name)
    print(f"  text parse, CPU time: {len(plans) / (time.process_time() - cpu):.1f} plans/s")
    figures = startup_figures()
    for figure in figures:
        report(figure)
    for figure in figures[1:]:
        help_seconds = statistics.median(figure.ours)
        print(
            f"  {figure.name[len('start-up, ') :]}: median {help_seconds:.2f} s (target <= 0.3 s)"
        )
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak memory (max RSS): {peak_mib:.0f} MiB")


if __name__ == "__main__":
    run()
