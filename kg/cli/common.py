"""Shared bits of the CLI: opening the chosen store, turning library errors into click errors."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import click

from kg.errors import KgError

if TYPE_CHECKING:
    from kg.errors import AddInterrupted
    from kg.model import AddReport
    from kg.store.base import Store


def table_width() -> int | None:
    """The width to fit a table to: the terminal's (or $COLUMNS) when stdout is a terminal or
    COLUMNS is set; None when output goes to a pipe or a file, so scripts get whole cells."""
    if os.environ.get("COLUMNS") or sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    return None


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn a KgError into a one-line ClickException (exit 1)."""
    try:
        yield
    except KgError as err:
        raise click.ClickException(str(err)) from err


@contextmanager
def usage_errors() -> Iterator[None]:
    """Turn a KgError about how the command was called (an unknown name, a missing option)
    into a one-line UsageError (exit 2)."""
    try:
        yield
    except KgError as err:
        raise click.UsageError(str(err)) from err


@contextmanager
def opened_store(ctx: click.Context, *, read_only: bool = False) -> Iterator[Store]:
    """Open the store selected by ``--store``/``$KG_STORE`` for the length of a command, refusing
    one of another layout version (``open_store`` checks the stamp), so no command reads or writes
    it unawares."""
    from kg.store import open_store

    obj = ctx.obj or {}
    location = obj.get("store")
    options = (
        obj.get("store_options", {})
        if location and location.lower().startswith(("http://", "https://"))
        else {}
    )
    with user_errors():
        store = open_store(location, read_only=read_only, **options)
    try:
        with user_errors():
            yield store
    finally:
        store.close()


def _print_outcomes(report: AddReport) -> None:
    for outcome in ("added", "replaced", "unchanged"):
        for source_id in getattr(report, outcome):
            click.echo(f"{outcome}\t{source_id}")


def print_add_report(report: AddReport, *, fail_if_nothing: bool = False) -> None:
    """Outcome per source on stdout, errors and the summary on stderr; exit 1 if any input failed."""
    _print_outcomes(report)
    for _location, message in report.failed:
        click.echo(f"Error: {message}", err=True)
    done = len(report.added) + len(report.replaced) + len(report.unchanged)
    click.echo(
        f"{len(report.added)} added, {len(report.replaced)} replaced, {len(report.unchanged)} unchanged, "
        f"{len(report.failed)} failed",
        err=True,
    )
    if report.failed or (fail_if_nothing and done == 0):
        raise click.exceptions.Exit(1)


def print_interrupted(stop: AddInterrupted) -> None:
    """After Ctrl-C in ``kg add``: the outcomes that landed on stdout, as a whole run prints
    them, and one line on stderr saying what the store kept."""
    _print_outcomes(stop.report)
    added, replaced = len(stop.report.added), len(stop.report.replaced)
    of = "" if stop.total is None else f" of {stop.total}"
    if added or replaced:
        kept = f"{added}{of} sources added" + (f", {replaced} replaced" if replaced else "")
        line = f"interrupted: {kept} (earlier batches are saved); nothing else changed"
    else:
        line = f"interrupted: 0{of} sources added; nothing changed"
    # on a terminal the line starts below the ^C the terminal echoed, as click does
    click.echo(("\n" if sys.stderr.isatty() else "") + line, err=True)
