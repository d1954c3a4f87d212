"""Import spaCy without its command-line interface.

spaCy's package `__init__` imports `spacy.cli` (typer, weasel, httpx, the download machinery:
about a second of start-up) only to re-export `spacy.info`. plan-extract needs none of it: it
builds a blank pipeline. `load_spacy` imports spaCy with a stand-in for `spacy.cli.info` whose
`info` imports and calls the real one, then removes the stand-in, so a later `import spacy.cli`
(or `spacy.info()`) gets the real interface.
"""

from __future__ import annotations

import sys
import types
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
