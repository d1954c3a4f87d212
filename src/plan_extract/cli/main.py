"""Entry point: registers every command and turns every error into one line on stderr: a wrong
call (exit 2), input that cannot be read (exit 1), Ctrl-C (exit 130), and, as a last resort, a
fault of plan-extract itself (exit 1; its traceback with `-v`)."""

from __future__ import annotations

import sys
import traceback

from typer._click.exceptions import ClickException, NoArgsIsHelpError

from plan_extract.cli import (  # noqa: F401  (each registers its commands)
    check,
    compare,
    db,
    eval,
    export,
    ingest,
    parse,
    query,
    schema,
    serve,
    users,
)
from plan_extract.cli.app import Verbosity, app, say, verbosity
from plan_extract.core.errors import PlanExtractError

_INTERRUPTED = 130


def main() -> None:
    try:
        code = app(standalone_mode=False)
    except NoArgsIsHelpError as exc:  # `plan-extract` alone: the help, as asked
        print(exc.ctx.get_help() if exc.ctx else exc.format_message())
        code = exc.exit_code
    except ClickException as exc:
        code = _say(_usage_error(exc), exc.exit_code)
    except PlanExtractError as exc:
        code = _say(str(exc), exc.exit_code)
    except OSError as exc:  # the system refused: a folder not writable, a full disk, ...
        where = f"{exc.filename}: " if exc.filename else ""
        code = _say(f"{where}{exc.strerror or exc}", 1)
    except KeyboardInterrupt:
        code = _INTERRUPTED
    except Exception as exc:  # a fault of ours: still one line, the traceback on request
        if verbosity() == Verbosity.VERBOSE:
            traceback.print_exc()
        detail = " ".join(str(exc).split()) or "no detail"
        code = _say(
            f"internal error: {type(exc).__name__}: {detail} "
            "(run again with -v for the traceback, and please report it)",
            1,
        )
    if code == _INTERRUPTED:
        _say("interrupted", code)
    sys.exit(code or 0)


def _usage_error(exc: ClickException) -> str:
    """click's message on one line, after the command it concerns, with where to read more."""
    message = " ".join(exc.format_message().split())
    ctx = getattr(exc, "ctx", None)
    if ctx is None:
        return message
    path = ctx.command_path
    command = path.split(" ", 1)[1] if " " in path else ""
    return f"{command + ': ' if command else ''}{message} (see '{path} -h')"


def _say(message: str, code: int) -> int:
    say(message)
    return code
