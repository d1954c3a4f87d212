"""`plan-extract serve`: the web page for province staff, over the store `ingest` fills."""

from __future__ import annotations

from typing import Annotated

import typer

from plan_extract.cli.app import DEFAULT_DB, DbOption, app, say


@app.command()
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    workers: Annotated[
        int, typer.Option(help="Warm processes that parse uploads, side by side.", min=1, max=64)
    ] = 2,
    allowed_host: Annotated[
        list[str] | None,
        typer.Option(
            help="A host name the page is reached by (repeat it); requests naming another "
            "are refused (DNS rebinding). The loopback names and --host are always allowed."
        ),
    ] = None,
) -> None:
    """Serve the web page: upload plans, review each against its text, see the province. With no
    account in the store (`plan-extract users add`) it is single-user and listens on loopback
    only; any other address requires accounts."""
    import uvicorn

    from plan_extract.cli.db import say_upgraded
    from plan_extract.core.errors import PlanExtractError, UsageError
    from plan_extract.store import open_store
    from plan_extract.store.postgres import redacted
    from plan_extract.web import create_app
    from plan_extract.web.app import LOOPBACK

    with open_store(db) as store:  # an older store is upgraded first, and that is said
        say_upgraded(store)
    hosts = [*LOOPBACK, *(allowed_host or [])]
    if host not in ("0.0.0.0", "::"):
        hosts.append(host)
    elif not allowed_host:
        raise UsageError(
            f"listening on {host} needs --allowed-host NAME: the names it is reached by"
        )
    address = f"serving {redacted(db)} on http://{host}:{port}/"
    # opens the store: a bad --db fails before any announcement; "serving" is said once the
    # parse workers are warm, the port already listening (so the first upload is a warm one)
    failures: list[BaseException] = []

    def failed(exc: BaseException) -> None:
        """The parse workers did not start (tried twice): the server ends, serving nothing."""
        failures.append(exc)
        server.should_exit = True

    application = create_app(
        db, workers=workers, allowed_hosts=hosts, on_ready=lambda: say(address), on_failed=failed
    )
    if application.state.single_user:
        if host not in LOOPBACK:
            raise UsageError(
                f"listening on {host} requires accounts: add one with `plan-extract users add`"
            )
        say("single-user mode: no accounts in the store, so this computer only can reach it")
    config = uvicorn.Config(application, host=host, port=port, log_level="warning")
    listening = config.bind_socket()
    listening.listen(config.backlog)  # requests wait while the workers warm up
    server = uvicorn.Server(config)
    server.run(sockets=[listening])
    if failures:
        reason = next(iter(str(failures[0]).splitlines()), "") or type(failures[0]).__name__
        raise PlanExtractError(f"the parse workers did not start: {reason}")
