"""``kg views``, ``kg viz`` and ``kg show``: relationship views, graph pages and entity profiles."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import click

from kg.cli import cli
from kg.cli.common import opened_store, table_width

_VIEW_NAMES = ("actors", "commitments", "issues", "full", "ego", "path")
_TYPES = ("Country", "Organization", "Person", "Plan", "Framework", "Issue", "Event")


def _filter_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The filters shared by ``kg views`` and ``kg viz``."""
    options = [
        click.option(
            "--type",
            "types",
            multiple=True,
            type=click.Choice(_TYPES, case_sensitive=False),
            help="Keep only nodes of this type (repeatable).",
        ),
        click.option(
            "--source",
            "sources",
            multiple=True,
            metavar="ID",
            help="Only what this source says: id, id prefix (4+ characters), or a file, folder or glob "
            "as given to kg add (repeatable).",
        ),
        click.option(
            "--since",
            metavar="DATE",
            callback=_date_option,
            help="Only sources dated on or after DATE (YYYY[-MM[-DD]]).",
        ),
        click.option(
            "--until", metavar="DATE", callback=_date_option, help="Only sources dated on or before DATE."
        ),
        click.option(
            "--min-weight",
            type=click.FloatRange(min=0.0),  # not negative, not nan (nan filtered nothing)
            callback=_finite,
            default=0.0,
            show_default=True,
            help="Keep only pairs of nodes whose links weigh this much together (the sum over "
            "their parallel edges, as weighted_degree counts); nodes without a link left, and "
            "those that had none, are dropped.",
        ),
        click.option(
            "--focus", metavar="ENTITY", help="Ego view: the entity at the centre (label or alias, any case)."
        ),
        click.option(
            "--depth",
            type=click.IntRange(min=0),
            default=1,
            show_default=True,
            help="Ego view: how many hops.",
        ),
    ]
    for opt in reversed(options):
        func = opt(func)
    return func


def _filters(kw: dict[str, Any]) -> Any:
    from kg.graph_read import Filters

    return Filters(
        types=tuple(kw["types"]),
        sources=tuple(kw["sources"]),
        since=kw["since"],
        until=kw["until"],
        min_weight=kw["min_weight"],
    )


def _ego_view(ctx: click.Context, view: str, kw: dict[str, Any]) -> str:
    """The view to build: --focus with no view named means the ego view; --focus or --depth
    with another view named is a usage error (they would silently do nothing)."""
    from click.core import ParameterSource

    explicit = [
        f"--{name}"
        for name in ("focus", "depth")
        if ctx.get_parameter_source(name) not in (None, ParameterSource.DEFAULT)
    ]
    if view != "ego" and explicit:
        if kw["focus"] and ctx.get_parameter_source("view") == ParameterSource.DEFAULT:
            return "ego"
        verb = "apply" if len(explicit) > 1 else "applies"
        raise click.UsageError(f"{' and '.join(explicit)} {verb} to the ego view only, not to {view}")
    if view == "ego" and not kw["focus"]:
        raise click.UsageError("the ego view needs --focus ENTITY")
    return view


def _filter_words(kw: dict[str, Any]) -> list[str]:
    """The filters in words, for a page's title: a page shared on its own must say what it
    leaves out (``sources since 2023``, ``Country, Person only``)."""
    words = []
    if kw["types"]:
        words.append(f"{', '.join(kw['types'])} only")
    if kw["sources"]:
        words.append(f"source{'s' if len(kw['sources']) > 1 else ''} {', '.join(kw['sources'])}")
    if kw["since"] and kw["until"]:
        words.append(f"sources dated {kw['since']} to {kw['until']}")
    elif kw["since"] or kw["until"]:
        words.append(f"sources dated {'since ' + kw['since'] if kw['since'] else 'until ' + kw['until']}")
    if kw["min_weight"]:
        words.append(f"pairs whose links weigh {kw['min_weight']:g} or more")
    return words


def _say_if_empty(g: Any, view: str, kw: dict[str, Any]) -> None:
    """A note on stderr for an empty view: headers alone (or a blank page) explain nothing."""
    if g.number_of_nodes() == 0:
        why = " with these filters" if _filter_words(kw) else " (no relations of its kinds yet)"
        click.echo(f"the {view} view is empty{why}", err=True)


def _finite(_ctx: click.Context, _param: click.Parameter, value: float) -> float:
    """--min-weight a number: "nan" passes a float range and would filter nothing."""
    if math.isnan(value) or math.isinf(value):
        raise click.BadParameter(f"{value!r} is not a finite number")
    return value


def _date_option(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """--since/--until checked as kg add checks --date: a date that does not exist is a usage error."""
    from kg.graph_read import NOT_A_DATE, is_partial_date

    if value is not None and not is_partial_date(value):
        raise click.BadParameter(f"{value!r} is {NOT_A_DATE}")
    return value


@cli.command("views")
@click.argument("view", type=click.Choice(_VIEW_NAMES), default="actors", required=False)
@click.argument("entities", nargs=-1, metavar="[A B]")
@_filter_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json", "graphml", "gexf"]),
    default="table",
    show_default=True,
    help="table and csv list the nodes (path: its steps); json, graphml and gexf (Gephi) "
    "hold nodes and edges with their evidence.",
)
@click.option(
    "--metrics",
    type=click.Choice(["auto", "all", "fast"]),
    default="auto",
    show_default=True,
    help="Betweenness and communities: auto = only up to 10,000 nodes; all = always; fast = never.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="Write to this file instead of stdout (missing folders are created).",
)
@click.pass_context
def views_cmd(
    ctx: click.Context,
    view: str,
    entities: tuple[str, ...],
    fmt: str,
    metrics: str,
    output: str | None,
    **kw: Any,
) -> None:
    """Relationship views with centrality metrics, as a table, CSV, JSON or a Gephi file.

    \b
    Views: actors (who works with whom), commitments (actors → plans and frameworks),
    issues (plans and frameworks → issues, with the actors behind them), full,
    ego (--focus ENTITY --depth N; --focus alone implies it) and path A B (shortest
    chain, with evidence).

    \b
    Example:
        kg views actors
        kg views commitments --format csv --since 2023
        kg views ego --focus Pakistan --depth 2 --format graphml -o pakistan.graphml
        kg views path "Aamir Khan" UNODC
    """
    from kg.cli.common import user_errors
    from kg.metrics import annotate, compute_metrics
    from kg.views import build_view
    from kg.views_format import format_view

    if view == "path" and len(entities) != 2:
        raise click.UsageError("the path view takes two entities: kg views path A B")
    if view != "path" and entities:
        raise click.UsageError(f"unexpected argument {entities[0]!r} for the {view} view")
    view = _ego_view(ctx, view, kw)
    with opened_store(ctx, read_only=True) as opened, user_errors():
        store: Any = opened  # opened_store is typed as yielding object
        g = build_view(
            store,
            view,
            filters=_filters(kw),
            focus=kw["focus"],
            depth=kw["depth"],
            start=entities[0] if entities else None,
            end=entities[1] if entities else None,
            evidence=fmt in ("json", "graphml", "gexf"),  # tables and CSV list nodes only
        )
        costly = {"auto": None, "all": True, "fast": False}[metrics]
        annotate(g, compute_metrics(g, costly=costly))
        data = format_view(g, fmt, width=table_width() if fmt == "table" and not output else None)
    if output:
        from kg.files import write_bytes_atomically

        with user_errors():
            write_bytes_atomically(output, data, make_parents=True)
        from kg.viz import counted

        nodes, edges = counted(g.number_of_nodes(), "node"), counted(g.number_of_edges(), "edge")
        click.echo(f"wrote {output} ({nodes}, {edges})", err=True)
    else:
        click.echo(data, nl=False)
    _say_if_empty(g, view, kw)


@cli.command("viz")
@click.option(
    "--view",
    type=click.Choice(_VIEW_NAMES[:5]),
    default="full",
    show_default=True,
    help="Which view to draw (see kg views --help); --focus alone means ego.",
)
@_filter_options
@click.option(
    "--max-nodes",
    type=click.IntRange(min=0),
    default=500,
    show_default=True,
    help="Keep the most central nodes (PageRank); 0 keeps all.",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), help="Page to write. Default: outputs/<view>.html"
)
@click.pass_context
def viz_cmd(ctx: click.Context, view: str, max_nodes: int, output: str | None, **kw: Any) -> None:
    """Write an interactive graph page: one self-contained HTML file that works offline.

    Colour and shape by class, size by PageRank; click a node or an edge for its evidence,
    with source titles and dates. Search box, type filter, neighbourhood highlight.

    \b
    Example:
        kg viz --view actors -o outputs/actors.html
        kg viz --view ego --focus Pakistan --depth 2
    """
    from pathlib import Path

    from kg.cli.common import user_errors
    from kg.views import build_view
    from kg.viz import page_title, write_page

    view = _ego_view(ctx, view, kw)
    path = Path(output or f"outputs/{view}.html")
    with opened_store(ctx, read_only=True) as opened, user_errors():
        store: Any = opened  # opened_store is typed as yielding object
        g = build_view(store, view, filters=_filters(kw), focus=kw["focus"], depth=kw["depth"])
        title = " · ".join([page_title(g), *_filter_words(kw)])
        report = write_page(g, path, max_nodes=max_nodes or None, store=store, title=title)
    for line in report.messages():
        click.echo(line, err=True)
    _say_if_empty(g, view, kw)


@cli.command("show")
@click.argument("entity")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown", "json"]),
    default="text",
    show_default=True,
    help="text for a terminal, markdown for a report, json for scripts.",
)
@click.option(
    "--all-aliases",
    is_flag=True,
    help="List every alias; text and markdown show the first 8 (those documents used first), json all.",
)
@click.pass_context
def show_cmd(ctx: click.Context, entity: str, fmt: str, all_aliases: bool) -> None:
    """Everything known about one entity, with the sentences and sources that say so.

    ENTITY is a label, alias or acronym (any case), or an IRI.

    \b
    Example:
        kg show Pakistan
        kg show UNODC --format markdown
    """
    from kg.cli.common import user_errors
    from kg.profile import MAX_ALIASES, build_profile, render_profile

    with opened_store(ctx, read_only=True) as opened, user_errors():
        store: Any = opened  # opened_store is typed as yielding object
        profile = build_profile(store, entity)
        text = render_profile(profile, fmt, aliases=None if all_aliases else MAX_ALIASES)
    click.echo(text, nl=not text.endswith("\n"))
