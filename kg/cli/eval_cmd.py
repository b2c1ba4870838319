"""``kg eval``: score the extractor against a gold set."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli import cli
from kg.cli.common import user_errors


@cli.command("eval")
@click.argument("gold_dir", type=click.Path(path_type=Path))
@click.option("--show", is_flag=True, help="List missed and extra entities and relations per document.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)
def eval_command(gold_dir: Path, show: bool, fmt: str) -> None:
    """Score the extractor against the gold set in GOLD_DIR (docs/ and gold/).

    Prints precision, recall and F1 for core entities (Country, Organization, Person,
    Plan, Framework) with a row per type, for issues and events, and for relations
    (any link between the right two entities, and strict: same predicate), in total
    and per document, with the extractor's speed in words per second.

    \b
    Example:
        kg eval eval/
        kg eval eval/ --show
        kg eval eval/ --format json > scores.json
    """
    from kg.eval_format import format_report
    from kg.evaluate import evaluate

    with user_errors():
        report = evaluate(gold_dir)
        click.echo(format_report(report, fmt, show=show))
