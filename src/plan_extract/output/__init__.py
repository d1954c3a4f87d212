"""Stage 6, output: a plan as deterministic JSON (`output.json`), and typed tables written as
CSV, Parquet and XLSX (`output.tables`); each module is imported when first named."""

from __future__ import annotations

from types import ModuleType

from plan_extract.core.lazy import submodule


def __getattr__(name: str) -> ModuleType:
    return submodule(__name__, name)
