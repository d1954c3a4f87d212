"""Subpackages imported when first named, so that `import plan_extract` stays cheap (the
pipeline loads spaCy, pydantic models, ...) and `plan_extract.output.json.plan_to_json` still
works after it, as it would if everything were imported up front."""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType


def submodule(package: str, name: str) -> ModuleType:
    """`package.name` imported on first use; AttributeError when there is no such module (what
    a module's `__getattr__` must raise for a name it does not have)."""
    if not name.startswith("_") and importlib.util.find_spec(f"{package}.{name}") is not None:
        return importlib.import_module(f"{package}.{name}")
    raise AttributeError(f"module {package!r} has no attribute {name!r}")
