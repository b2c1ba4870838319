"""``kg extract`` and ``kg load``: the map step of a batch run, and loading its output."""

from __future__ import annotations

import click

from kg.cli import cli
from kg.cli.common import opened_store, print_add_report, user_errors


@cli.command("extract")
@click.argument("sources", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False),
    help="Folder for the .nq files.",
)
@click.option(
    "--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="Worker processes."
)
def extract_cmd(sources: tuple[str, ...], out_dir: str, jobs: int) -> None:
    """Extract sources into N-Quads files, one per source, without a store (the map step).

    Each source becomes OUTPUT/<source id>.nq: the quads of its own named graph (text,
    metadata, entity records, statements with evidence). Files appear whole (written to a
    temporary name, then renamed). Run it on any share of the inputs, on any machine, then
    'kg load OUTPUT'.

    \b
    Example:
        kg extract corpus/ -o out/ --jobs 4
        ls corpus/*.txt | parallel -n 500 kg extract {} -o out/
    """
    from kg.batch import extract_to_dir

    with user_errors():
        report = extract_to_dir(sources, out_dir, jobs=jobs)
    for path in report.written:
        click.echo(str(path))
    for _location, message in report.failed:
        click.echo(f"Error: {message}", err=True)
    click.echo(f"{len(report.written)} written, {len(report.failed)} failed", err=True)
    if report.failed or not report.written:
        raise click.exceptions.Exit(1)


@cli.command("load")
@click.argument("folder", type=click.Path())
@click.option(
    "--rebuild-at-end",
    is_flag=True,
    help="Write the source graphs first, then recompute the consolidated graph once (fast first load).",
)
@click.option("--force", is_flag=True, help="Load sources again even if the store holds them unchanged.")
@click.pass_context
def load_cmd(ctx: click.Context, folder: str, rebuild_at_end: bool, force: bool) -> None:
    """Load the .nq files written by 'kg extract' into the store, each source whole.

    Sources already in the store unchanged are skipped; changed ones are replaced. The
    consolidated graph is kept up to date batch by batch, or with --rebuild-at-end
    recomputed once when all sources are in.

    \b
    Example:
        kg load out/
        kg --store big.kg load out/ --rebuild-at-end
    """
    from kg.batch import load_dir

    with opened_store(ctx) as store:
        report = load_dir(store, folder, rebuild_at_end=rebuild_at_end, force=force)  # type: ignore[arg-type]
    print_add_report(report)
