"""``kg query``, ``kg export``, ``kg validate``, ``kg stats``: read the store and print.

Only click is imported here; the library modules load when a command runs.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from kg.cli import cli
from kg.cli.common import opened_store, table_width, usage_errors, user_errors


class _RegistryChoice(click.ParamType):
    """A choice checked against a registry that is imported only when the option is used."""

    name = "format"

    def __init__(self, module: str, attr: str) -> None:
        self.module, self.attr = module, attr

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from importlib import import_module

        names = list(getattr(import_module(self.module), self.attr))
        value = str(value).lower()  # --format CSV as well as csv
        if value not in names:
            self.fail(f"{value!r} is not a format here; valid formats: {', '.join(names)}", param, ctx)
        return str(value)


def _stdout_bytes(data: bytes) -> None:
    """Write a serialized result as it is, ending in a newline so that the prompt starts on its own line."""
    sys.stdout.flush()
    sys.stdout.buffer.write(data if not data or data.endswith(b"\n") else data + b"\n")
    sys.stdout.buffer.flush()


def _decode_query(data: bytes, name: str) -> str:
    """Query text from bytes; text that is not UTF-8 is a one-line error naming where it came from."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise click.ClickException(
            f"{name}: the query is not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start})"
        ) from None


def _parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{pair!r} is not KEY=VALUE", param_hint="'--param'")
        params[key.strip()] = value
    return params


@cli.command("query")
@click.argument("sparql", required=False, metavar="[SPARQL|-]")
@click.option(
    "-f",
    "--file",
    "file",
    type=click.File("rb"),
    help="Read the query from FILE ('-': stdin), UTF-8.",
)
@click.option("-n", "--name", "name", metavar="NAME", help="Run a bundled query (see --list).")
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="KEY=VALUE",
    help="Bind ?KEY to the plain literal VALUE (repeatable); for --name, the query's parameters.",
)
@click.option("--list", "list_queries", is_flag=True, help="List the bundled queries and their parameters.")
@click.option(
    "--format",
    "fmt",
    default="table",
    show_default=True,
    type=_RegistryChoice("kg.query", "FORMATS"),
    help="table, csv, tsv, json, xml for SELECT/ASK; turtle, nt, jsonld for CONSTRUCT/DESCRIBE "
    "(table also shows CONSTRUCT triples, cuts cells at 60 characters and fits a terminal's "
    "width: csv keeps them whole).",
)
@click.pass_context
def query_cmd(
    ctx: click.Context,
    sparql: str | None,
    file: Any,
    name: str | None,
    params: tuple[str, ...],
    list_queries: bool,
    fmt: str,
) -> None:
    """Run a SPARQL query over all graphs and print the results.

    The project prefixes (pko:, pkr:, rdf:, rdfs:, owl:, xsd:, skos:, prov:, dcterms:,
    schema:) are declared for you. Results go to stdout; the row count of a table to stderr.

    \b
    Example:
        kg query 'SELECT ?x WHERE { ?x rdfs:label "Pakistan" }'
        kg query -f my-query.rq --format csv
        echo 'ASK { ?s a pko:Plan }' | kg query -
        kg query --list
        kg query --name plans-by-actor --param actor=Pakistan
        kg query --name evidence --param subject=Pakistan \\
            --param object="Strategic National Action Plan (2021-2025)"
    """
    from kg import query as q

    if list_queries:
        if sparql or file or name:
            raise click.UsageError("--list takes no query")
        with user_errors():
            _print_query_list(q.list_queries())
        return
    given = [x for x in (sparql, file, name) if x is not None]
    if len(given) != 1:
        raise click.UsageError("give one query: SPARQL text, '-' (stdin), -f FILE or --name NAME")
    bound = _parse_params(params)
    if name is not None:  # an unknown query or parameter is misuse (exit 2), found before the store opens
        with usage_errors():
            q.load_query(name).bindings_for(bound)
    if file is not None:
        text = _decode_query(file.read(), getattr(file, "name", "<stdin>").strip("<>"))
    elif sparql == "-":
        text = _decode_query(sys.stdin.buffer.read(), "stdin")
    else:
        text = sparql or ""
    width = table_width() if fmt == "table" else None
    with opened_store(ctx, read_only=True) as store:
        if name is not None:
            output = q.run_named(store, name, fmt, params=bound, width=width)
        else:
            if not text.strip():
                raise click.UsageError("the query is empty")
            output = q.execute(store, text, fmt, params=bound or None, width=width)
    if isinstance(output.data, bytes):
        _stdout_bytes(output.data)
    else:
        click.echo(output.data)
    if output.rows is not None:
        noun = "triple" if output.kind == "graph" else "row"
        click.echo(f"{output.rows} {noun}{'' if output.rows == 1 else 's'}", err=True)


def _print_query_list(queries: list[Any]) -> None:
    width = max((len(nq.name) for nq in queries), default=4)
    for nq in queries:
        click.echo(f"{nq.name:<{width}}  {nq.description}")
        for p in nq.params:
            click.echo(f"{'':<{width}}    --param {p.name}=…  {p.description}")


@cli.command("export")
@click.option(
    "--format",
    "fmt",
    default="trig",
    show_default=True,
    type=_RegistryChoice("kg.export", "EXPORT_FORMATS"),
    help="trig, nquads, jsonld: every named graph; turtle: the union of all graphs as triples "
    "(graph names are lost).",
)
@click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write to FILE instead of stdout (missing folders are created).",
)
@click.pass_context
def export_cmd(ctx: click.Context, fmt: str, output: str | None) -> None:
    """Write the whole store as RDF.

    TriG, N-Quads and JSON-LD keep every named graph (one per source, the consolidated
    graph, the reference and ontology graphs). Turtle has no graphs: it holds the union
    of all graphs as triples, each once.

    \b
    Example:
        kg export --format trig -o outputs/graph.trig
        kg export --format turtle -o outputs/graph.ttl
        kg export --format nquads | gzip > graph.nq.gz
    """
    from kg.export import export

    with opened_store(ctx, read_only=True) as store:
        if output is None:
            sys.stdout.flush()
            export(store, fmt, sys.stdout.buffer)
            return
        from kg.files import write_atomically

        with user_errors():
            write_atomically(output, lambda out: export(store, fmt, out), make_parents=True)
    click.echo(f"wrote {output} ({fmt})", err=True)


@cli.command("validate")
@click.pass_context
def validate_cmd(ctx: click.Context) -> None:
    """Check the store against the SHACL shapes (ontology/shapes.ttl).

    Prints "conforms" and exits 0, or lists each violation (entity, property, what is
    wrong) and exits 1.

    \b
    Example:
        kg validate
        kg --store /data/kg validate
    """
    from kg.validate import validate

    with opened_store(ctx, read_only=True) as store:
        click.echo(f"validating {store.count():,} quads with pySHACL (about a minute per 100,000)…", err=True)
        report = validate(store)
    click.echo(report.text())
    if not report.conforms:
        raise click.ClickException(f"the store breaks the shapes ({len(report.violations)} violation(s))")


@cli.command("stats")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="Plain-text table or JSON.",
)
@click.pass_context
def stats_cmd(ctx: click.Context, fmt: str) -> None:
    """Count sources, quads, graphs, entities per type and relations per predicate.

    \b
    Example:
        kg stats
        kg stats --format json
    """
    from kg.stats import stats

    with opened_store(ctx, read_only=True) as store:
        figures = stats(store)
    click.echo(figures.json() if fmt == "json" else figures.table(table_width()))


__all__ = ["export_cmd", "query_cmd", "stats_cmd", "validate_cmd"]
