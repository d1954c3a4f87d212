"""Benchmarks: each module here exposes `run() -> None` and prints its own figures."""
