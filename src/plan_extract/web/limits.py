"""How much one upload may carry: files per request, bytes per file, what a .zip may unpack to."""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class UploadLimits:
    max_files: int = 50
    max_file_bytes: int = 20 * MIB
    max_zip_members: int = 200
    max_zip_bytes: int = 200 * MIB

    @property
    def max_request_bytes(self) -> int:
        """A request body bigger than this cannot be within limits (room left for the form)."""
        return self.max_files * self.max_file_bytes + MIB
