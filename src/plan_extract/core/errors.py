"""Errors that reach the user as one line, never as a traceback."""


class PlanExtractError(Exception):
    """Base class: the message is a single line fit for stderr."""

    exit_code = 1


class InputError(PlanExtractError):
    """The input cannot be read as a plan: missing, empty, binary, corrupt, encrypted, too big."""


class MissingToolError(PlanExtractError):
    """A system tool the input needs (Tesseract, LibreOffice) is not installed."""


class UsageError(PlanExtractError):
    """The command was called wrongly."""

    exit_code = 2


def printable(name: str) -> str:
    """A file name as data, fit for one line of any output: control characters shown escaped
    (`\\n`, `\\x1b`), and the bytes of a name that is not UTF-8 (which Python keeps as lone
    surrogates) shown as `\\xff`; everything else, Vietnamese included, as it is."""
    if name.isprintable():
        return name
    out: list[str] = []
    for char in name:
        code = ord(char)
        if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte, kept by surrogateescape
            out.append(f"\\x{code - 0xDC00:02x}")
        elif char.isprintable() or char == " ":
            out.append(char)
        else:
            out.append(repr(char)[1:-1] if code < 0x10000 else f"\\U{code:08x}")
    return "".join(out)
