"""Imported once by the pool's fork server: loads the parser and whatever it loads on first use,
so that every worker forked from the server starts ready, shares that memory, and spends its
time limit on its own file only.

What a first parse loads lazily: every data file a rule reads (YAML parsed and validated on
first use), the patterns built from them, spaCy's entries for every word it meets. A small plan
alone left a worker's first real plan at 1.7x the CPU of its second; so the server also loads
every data file of the parse's stages and parses their examples, the sentences of the genre
each file carries (about 800, ~0.3 s once per server), which leaves it at 1.2-1.3x. Then the
objects are frozen out of the garbage collector (`gc.freeze`): a worker's collections would
otherwise walk, and so copy, every page of the memory it shares with the server. `warm_worker`
is the rest, run by each worker before it says it is ready: the examples parsed again, which
touches the pages a parse writes (reference counts, caches) that its first file would
otherwise copy. Measured in a pool of one worker (kh-ubnd-157, loaded machine): its first
parse 1.9-2.0x its later ones before, 1.3-1.45x after."""

from __future__ import annotations

import contextlib
import gc
import importlib
import pkgutil

from plan_extract.core.knowledge import registered
from plan_extract.store.staging import parse_to_staged

_SAMPLE = """ỦY BAN NHÂN DÂN XÃ MẪU
Số: 1/KH-UBND
KẾ HOẠCH
Thực hiện công tác bình đẳng giới năm 2026
I. MỤC ĐÍCH, YÊU CẦU
II. CHỈ TIÊU
Phấn đấu đạt 75% cơ quan có lãnh đạo chủ chốt là nữ vào năm 2030.
III. TỔ CHỨC THỰC HIỆN
Văn phòng HĐND và UBND xã chủ trì, phối hợp với các ngành thực hiện trước ngày 31/12/2026.
""".encode()
# The stages of the parse: importing their modules declares every data file they read.
_STAGES = ("read", "normalize", "structure", "extract", "resolve", "output")


def _examples() -> bytes:
    """The example sentences of every data file the parse reads, one a line (loading each)."""
    for stage in _STAGES:
        package = importlib.import_module(f"plan_extract.{stage}")
        for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            importlib.import_module(module.name)
    texts = []
    for declared in registered():
        texts += [example.text for example in getattr(declared.load(), "examples", None) or ()]
    return "\n".join(texts).encode()


def _warm_server() -> bytes:
    """Parse the sample (as typed text and as Markdown: a reader of its own each) and the
    examples; returns the examples. A parser bug met here is met again, and recorded with its
    reason, on the first file it hits."""
    examples = b""
    with contextlib.suppress(Exception):
        for name in ("warm-up.txt", "warm-up.md"):
            parse_to_staged(_SAMPLE, name)
        examples = _examples()
        parse_to_staged(examples, "warm-up-examples.txt")
    return examples


def warm_worker() -> None:
    """A parse in the worker itself, before its first file (see the module's docstring)."""
    with contextlib.suppress(Exception):
        parse_to_staged(_EXAMPLES or _SAMPLE, "warm-up-examples.txt")


_EXAMPLES = _warm_server()
gc.freeze()
