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
) -> None:
    """Serve the web page: upload plans, review each against its text, see the province."""
    import uvicorn

    from plan_extract.cli.db import say_upgraded
    from plan_extract.store import open_store
    from plan_extract.store.postgres import redacted
    from plan_extract.web import create_app

    with open_store(db) as store:  # an older store is upgraded first, and that is said
        say_upgraded(store)
    # opens the store: a bad --db fails before any announcement
    application = create_app(db, workers=workers)
    say(f"serving {redacted(db)} on http://{host}:{port}/")
    uvicorn.run(application, host=host, port=port, log_level="warning")
