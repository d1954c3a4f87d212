"""Third-party libraries' log lines and warnings kept out of the user's stderr.

pdfminer logs what it thinks of a file ("Invalid MediaBox in /Page, defaulting to US Letter"),
fontTools and others warn; with no logging configured, Python prints such lines on stderr, mixed
with plan-extract's own one-line messages, on runs that succeed. What they say about a file is
reported in plan-extract's own words, or is of no use to the user: they are shown only when
asked for (`-v`).
"""

from __future__ import annotations

import logging
import warnings

_FORMAT = "plan-extract: %(name)s: %(message)s"


def quiet_libraries(verbose: bool = False) -> None:
    """No library log line or warning reaches stderr, unless `verbose`, where they are shown
    as `plan-extract: pdfminer.pdfpage: ...`."""
    if verbose:
        logging.basicConfig(level=logging.WARNING, format=_FORMAT)
        warnings.simplefilter("default")
        return
    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(logging.NullHandler())  # Python's last-resort stderr handler is not used
    warnings.simplefilter("ignore")
