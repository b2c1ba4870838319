"""``kg add``, ``kg sources``, ``kg remove``, ``kg rebuild``: growing and pruning the graph."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import click

from kg.cli import INTERRUPTED, cli
from kg.cli.common import opened_store, print_add_report, print_interrupted, table_width, user_errors


@contextmanager
def _progress(label: str) -> Iterator[Callable[[int, int, str], None]]:
    """A progress bar on stderr (shown only on a terminal), driven by (done, total, item) calls."""
    bar = None

    def update(done: int, total: int, item: str) -> None:
        nonlocal bar
        if bar is None and (total < 2 or not sys.stderr.isatty()):
            return  # off a terminal click would still print the label: noise in logs
        if bar is None:
            bar = click.progressbar(length=total, label=label, file=sys.stderr, show_pos=True)
            bar.__enter__()
        bar.update(done - bar.pos)

    try:
        yield update
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)


def _iso_date(value: str | None) -> str | None:
    """--date checked before anything is read: a bad date is a usage error (exit 2), not a
    failure reported once per source after the files were loaded."""
    import datetime
    import re

    if value is not None:
        try:
            ok = bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)) and bool(datetime.date.fromisoformat(value))
        except ValueError:
            ok = False
        if not ok:
            raise click.BadParameter(f"{value!r} is not a date like 2024-05-31", param_hint="'--date'")
    return value


@cli.command("add")
@click.argument("sources", nargs=-1, required=True)
@click.option("--title", help="Title of the source (one source only).")
@click.option("--date", callback=lambda _c, _p, v: _iso_date(v), help="Publication date, YYYY-MM-DD.")
@click.option("--publisher", help="Publisher of the source.")
@click.option("--url", help="Where the source was published (one source only).")
@click.option("--force", is_flag=True, help="Extract again even if the source is unchanged.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Extract in this many worker processes; this process stays the one writer. "
    "Pays with more than two cores: one writer thread runs beside extraction already.",
)
@click.pass_context
def add_cmd(
    ctx: click.Context,
    sources: tuple[str, ...],
    title: str | None,
    date: str | None,
    publisher: str | None,
    url: str | None,
    force: bool,
    jobs: int,
) -> None:
    """Add documents: files, folders, globs, http(s) URLs, or '-' for stdin.

    Supported: .txt .md .html .htm .pdf. A source added again unchanged is skipped; an
    edited file replaces its earlier version. Bad inputs are reported, the rest are added.

    \b
    Example:
        kg add sources/
        kg add corpus/ --jobs 4
        kg add report.pdf --title "Annual report" --date 2024-05-01
        curl -s https://example.org/speech.html | kg add - --url https://example.org/speech.html
    """
    if (title or url) and len(sources) > 1:
        raise click.UsageError("--title and --url apply to one source; give one SOURCE")
    if title or url:
        _check_one_source(sources[0])
    from kg.errors import AddInterrupted
    from kg.ingest import Ingestor

    try:
        with opened_store(ctx) as store, _progress("Adding") as progress:
            ingestor = Ingestor(store)  # type: ignore[arg-type]
            report = ingestor.add(
                sources,
                progress=progress,
                force=force,
                jobs=jobs,
                title=title,
                date=date,
                publisher=publisher,
                url=url,
            )
    except AddInterrupted as stop:
        print_interrupted(stop)
        ctx.exit(INTERRUPTED)
    print_add_report(report, fail_if_nothing=True)


def _check_one_source(spec: str) -> None:
    """--title and --url name one document: a folder or glob of several would give every file
    the same title and URL."""
    from itertools import islice

    from kg.sources.base import SourceRef
    from kg.sources.expand import expand

    found = [r for r in islice(expand([spec]), 2) if isinstance(r, SourceRef)]
    if len(found) > 1:
        raise click.UsageError(
            f"--title and --url apply to one source; {spec} holds several files: add them without, "
            "or one at a time"
        )


@cli.command("sources")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "tsv", "json"]),
    default="table",
    show_default=True,
    help="table cuts long titles and locations; tsv and json keep them whole.",
)
@click.pass_context
def sources_cmd(ctx: click.Context, fmt: str) -> None:
    """List the sources in the store, oldest first: in the order they were added
    (a rebuild keeps it). kg query --name sources lists them by publication date.

    \b
    Example:
        kg sources
        kg sources --format json
    """
    from kg.catalog import list_sources
    from kg.cli.render import render_records

    with opened_store(ctx, read_only=True) as store:
        infos = list_sources(store)  # type: ignore[arg-type]
    fields = ("id", "title", "date", "entities", "relations", "location", "publisher")  # new columns last
    records = [{f: getattr(i, f) for f in fields} for i in infos]
    width = table_width() if fmt == "table" else None
    click.echo(render_records(records, fields, fmt, width=width), nl=False)


@cli.command("remove")
@click.argument("ids", nargs=-1, required=True)
@click.option("--dry-run", "-n", is_flag=True, help="List the sources the names match; remove nothing.")
@click.pass_context
def remove_cmd(ctx: click.Context, ids: tuple[str, ...], dry_run: bool) -> None:
    """Remove sources, and whatever only they said.

    A source is named by its id, a unique id prefix of 4 or more characters, or its location
    as given to kg add: a file, a folder (every source stored under it) or a quoted glob.
    A name that matches nothing is an error, and then nothing is removed. --dry-run lists
    what a folder or a glob would take first.

    \b
    Example:
        kg remove 3f2a9c01b7de
        kg remove docs/report.pdf
        kg remove --dry-run docs/
        kg remove 'docs/*.html'
    """
    from kg.catalog import sources_named
    from kg.ingest import Ingestor

    if dry_run:
        with opened_store(ctx, read_only=True) as store, user_errors():
            named = sources_named(store, ids)  # type: ignore[arg-type]
        for info in named:
            click.echo(f"would remove\t{info.id}\t{info.location}")
        return
    with opened_store(ctx) as store, user_errors():
        removed = Ingestor(store).remove(ids)  # type: ignore[arg-type]
    for info in removed:
        click.echo(f"removed\t{info.id}\t{info.location}")


@cli.command("rebuild")
@click.pass_context
def rebuild_cmd(ctx: click.Context) -> None:
    """Extract every source again from its kept text and recompute the consolidated graph.

    Run it after upgrading policy-kg or adding reference files; the original files and
    URLs are not needed.

    \b
    Example:
        kg rebuild
    """
    from kg.ingest import Ingestor

    with opened_store(ctx) as store, _progress("Rebuilding") as progress:
        n = Ingestor(store).rebuild(progress=progress)  # type: ignore[arg-type]
    click.echo(f"rebuilt {n} sources", err=True)
