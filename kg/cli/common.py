"""Shared bits of the CLI: opening the chosen store, turning library errors into click errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import click

from kg.errors import KgError

if TYPE_CHECKING:
    from kg.store.base import Store


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn a KgError into a one-line ClickException (exit 1)."""
    try:
        yield
    except KgError as err:
        raise click.ClickException(str(err)) from err


@contextmanager
def opened_store(ctx: click.Context, *, read_only: bool = False) -> Iterator[Store]:
    """Open the store selected by ``--store``/``$KG_STORE`` for the length of a command."""
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
