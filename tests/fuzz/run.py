"""Run one fuzzing harness under atheris (coverage-guided, libFuzzer), seeded from the corpus.

    .venv/bin/python tests/fuzz/run.py TARGET --runs N [--seconds S] [--out DIR]

TARGET is one of text, markdown, docx, pdf, pipeline. Findings (inputs that break the promise)
go to DIR/findings/TARGET/ with their reasons; the counts to DIR/TARGET.json. The address space
is limited to 2 GiB, as a worker's is, so that a blow-up shows as one. See tests/fuzz/README.md
for the long campaign.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parents[1])]  # tests/ helpers, benchmarks

MEMORY_BYTES = 2 << 30
MAX_LEN = {"docx": 262144, "pdf": 32768}  # about the seeds' sizes; text within 4 KiB


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target")
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--seconds", type=int, default=0, help="stop after this long (0: never)")
    parser.add_argument("--out", type=Path, default=Path("fuzz-out"))
    args = parser.parse_args()

    import atheris

    with atheris.instrument_imports(include=["plan_extract"]):
        import plan_extract.pipeline  # noqa: F401  (instrumented for coverage)
        from fuzz.harness import TARGETS, Findings, check, seeds

    if args.target not in TARGETS:
        parser.error(f"unknown target {args.target!r}: one of {', '.join(TARGETS)}")
    from plan_extract.store import warm  # noqa: F401  (models loaded before the clock starts)

    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    findings = Findings(
        folder=out / "findings" / args.target, summary_file=out / f"{args.target}.json"
    )
    corpus = Path(tempfile.mkdtemp(prefix=f"fuzz-{args.target}-", dir=out))
    for index, seed in enumerate(seeds(args.target)):
        (corpus / f"seed-{index:03d}").write_bytes(seed)

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))
    fuzzer_args = [
        sys.argv[0],
        f"-runs={args.runs}",
        f"-max_len={MAX_LEN.get(args.target, 4096)}",
        "-rss_limit_mb=0",  # the address-space limit above bounds memory instead
        "-timeout=0",  # the harness's own alarm catches hangs, and goes on
        "-print_final_stats=1",
        f"-artifact_prefix={out}/",  # libFuzzer's slow-unit and crash files, beside the findings
        str(corpus),
    ]
    if args.seconds:
        fuzzer_args.insert(2, f"-max_total_time={args.seconds}")
    atheris.Setup(fuzzer_args, lambda data: check(args.target, data, findings))
    atheris.Fuzz()


if __name__ == "__main__":
    main()
