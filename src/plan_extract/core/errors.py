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
