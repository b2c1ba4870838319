"""``kg serve``: a local read-only SPARQL endpoint and the HTML pages. Imports only click here."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import click

from kg.cli import cli

if TYPE_CHECKING:
    from kg.store.base import Store


@cli.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", default=7878, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free)."
)
@click.option(
    "--outputs",
    default="outputs",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Folder of HTML pages served at /.",
)
@click.option(
    "--timeout",
    default=30.0,
    show_default=True,
    type=click.FloatRange(min=0, min_open=True),
    help="Seconds a query may run before it is stopped and the client gets 503.",
)
@click.option(
    "--max-rows",
    default=100_000,
    show_default=True,
    type=click.IntRange(min=1),
    help="Most rows (or triples) in one answer.",
)
@click.pass_context
def serve_command(
    ctx: click.Context, host: str, port: int, outputs: str, timeout: float, max_rows: int
) -> None:
    """Serve the store as a read-only SPARQL 1.1 endpoint at /sparql, and the pages of outputs/ at /.

    Results come as SPARQL JSON, XML, CSV or TSV (Turtle, N-Triples, N-Quads, JSON-LD or
    RDF/XML for graphs) by the Accept header or ?format=; the form at / shows an HTML table.
    The project prefixes (pko:, rdfs: …) are declared for every query. Updates and
    SERVICE (queries sent on to other endpoints) are refused. A request may ask for a
    shorter deadline with timeout=SECONDS. Stop with Ctrl-C.

    \b
    Example:
        kg serve --port 7878
        curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5' \\
            http://127.0.0.1:7878/sparql
    """
    from kg.cli.common import opened_store, user_errors
    from kg.serve import make_server

    with opened_store(ctx, read_only=True) as opened:
        store = cast("Store", opened)
        with user_errors():
            server = make_server(
                store, host=host, port=port, outputs=outputs, timeout=timeout, max_rows=max_rows
            )
        if host not in ("127.0.0.1", "localhost", "::1"):
            click.echo(f"Warning: listening on {host}: anyone who can reach it can read the store.", err=True)
        click.echo(
            f"SPARQL endpoint: {server.url}/sparql   pages: {server.url}/   (Ctrl-C to stop)", err=True
        )
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            click.echo("Stopped.", err=True)
        finally:
            server.server_close()
