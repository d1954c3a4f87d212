"""The one interface every reader implements, one reader per family of formats (text, Word,
PDF), in the spirit of docling's backends: the file name endings it goes by, a validity test on
the bytes, and the reading itself."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from typing import ClassVar

from plan_extract.core.contract import SourceFormat
from plan_extract.read.model import RawDocument
from plan_extract.read.options import ReadOptions


class Backend(ABC):
    """A reader of one family of formats. Heavy libraries are imported by `read`, never when the
    backend is declared, so that telling formats apart stays cheap."""

    family: ClassVar[str]
    suffixes: ClassVar[Mapping[str, SourceFormat]]  # file name ending → the format it names

    @property
    def formats(self) -> frozenset[SourceFormat]:
        return frozenset(self.suffixes.values())

    @abstractmethod
    def recognise(self, data: bytes, claimed: SourceFormat | None) -> SourceFormat | None:
        """The validity test: which of the family's formats `data` is in, judged by the content;
        None when it is not of this family. `claimed` (what the file name or the caller says)
        only settles what the content leaves open."""

    @abstractmethod
    def read(self, data: bytes, fmt: SourceFormat, options: ReadOptions) -> RawDocument:
        """The document's lines with their layout hints; `InputError` when it cannot be read.
        The reader keeps within `options.limits`."""
