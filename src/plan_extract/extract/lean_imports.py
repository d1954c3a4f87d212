"""Import spaCy and underthesea's word segmenter without what plan-extract never uses.

spaCy's package `__init__` imports `spacy.cli` (typer, weasel, httpx, the download machinery:
about a second of start-up) only to re-export `spacy.info`. plan-extract needs none of it: it
builds a blank pipeline. `load_spacy` imports spaCy with a stand-in for `spacy.cli.info` whose
`info` imports and calls the real one, then removes the stand-in, so a later `import spacy.cli`
(or `spacy.info()`) gets the real interface.

underthesea's package `__init__` imports every pipeline (classification, NER, POS, chunking,
agent, language detection: over half a second) although only word segmentation is used.
`word_segmenter` imports that one module under a bare stand-in of the package, loads its model
with a first call, then removes the stand-in, so a later `import underthesea` runs in full.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from collections.abc import Callable
from typing import Any


def _deferred_info(*args: Any, **kwargs: Any) -> Any:
    from spacy.cli.info import info

    return info(*args, **kwargs)


def load_spacy() -> types.ModuleType:
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []
    info = types.ModuleType("spacy.cli.info")
    info.info = _deferred_info  # type: ignore[attr-defined]
    stand_ins = {"spacy.cli": cli, "spacy.cli.info": info}
    sys.modules.update(stand_ins)
    try:
        import spacy
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    if getattr(spacy, "cli", None) is cli:
        delattr(spacy, "cli")
    return spacy


def word_segmenter() -> Callable[[str], list[str]]:
    """underthesea's `word_tokenize`, loaded and warmed up."""
    module = "underthesea.pipeline.word_tokenize"
    if "underthesea" in sys.modules:
        return importlib.import_module(module).word_tokenize  # type: ignore[no-any-return]
    spec = importlib.util.find_spec("underthesea")
    if spec is None or spec.submodule_search_locations is None:
        raise ModuleNotFoundError("underthesea is not installed")
    bare = types.ModuleType("underthesea")
    bare.__path__ = list(spec.submodule_search_locations)
    sys.modules["underthesea"] = bare
    try:
        importlib.import_module("underthesea.pipeline.text_normalize")  # the package's own order
        segment: Callable[[str], list[str]] = importlib.import_module(module).word_tokenize
        segment("warm up")  # any text loads the CRF model (and imports more of the package)
    finally:
        if sys.modules.get("underthesea") is bare:
            del sys.modules["underthesea"]
    return segment
