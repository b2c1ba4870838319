"""Store selection: a folder path opens the embedded Oxigraph store, an http(s) URL a remote
SPARQL 1.1 endpoint. Backends are imported lazily, only when selected."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from importlib import import_module

from kg.errors import StoreError
from kg.store.base import Change, Quad, QueryResult, Store

__all__ = ["DEFAULT_LOCATION", "Change", "Quad", "QueryResult", "Store", "open_store", "store_location"]

DEFAULT_LOCATION = ".kg"

#: scheme → "module:factory"; the factory takes (location, **options) and returns a Store
_BACKENDS: dict[str, str] = {
    "file": "kg.store.oxigraph:OxigraphStore",
    "http": "kg.store.sparql:SparqlStore",
    "https": "kg.store.sparql:SparqlStore",
}


def store_location(location: str | os.PathLike[str] | None = None) -> str:
    """The store the user chose: the argument (a path or URL), else $KG_STORE, else ``.kg`` here."""
    if location is not None and not isinstance(location, str):
        location = os.fspath(location)  # a pathlib.Path is as good as the string
    return location or os.environ.get("KG_STORE") or DEFAULT_LOCATION


_URL_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://")


def _scheme(location: str) -> str:
    """``http``/``https`` for endpoints, ``file`` for folders. Any other ``scheme://`` is refused:
    taken as a folder name, ``ftp://x`` would only be reported as "no store here yet"."""
    match = _URL_SCHEME.match(location)
    if match is None:
        return "file"
    scheme = match.group(1).lower()
    if scheme not in ("http", "https"):
        raise StoreError(
            f"{location}: unsupported store scheme '{scheme}' (use a folder or an http(s) SPARQL endpoint)"
        )
    return scheme


def open_store(
    location: str | os.PathLike[str] | None = None,
    *,
    read_only: bool = False,
    check_layout: bool = True,
    **options: object,
) -> Store:
    """Open the store at ``location`` (see ``store_location``), creating an embedded one if needed.

    A store written with another layout version is refused here (:func:`kg.layout.check_format`),
    so a program that uses kg as a library cannot read one unawares either; ``check_layout=False``
    is for code that inspects or repairs the stamp itself.
    """
    loc = store_location(location)
    module_name, _, attr = _BACKENDS[_scheme(loc)].partition(":")
    try:
        factory: Callable[..., Store] = getattr(import_module(module_name), attr)
    except ImportError as err:
        raise StoreError(f"{loc}: this kind of store is not available ({err})") from err
    store = factory(loc, read_only=read_only, **options)
    if check_layout:
        from kg.layout import check_format

        try:
            check_format(store)
        except BaseException:
            store.close()
            raise
    return store
