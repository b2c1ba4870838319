"""Store selection: a folder path opens the embedded Oxigraph store, an http(s) URL a remote
SPARQL 1.1 endpoint. Backends are imported lazily, only when selected."""

from __future__ import annotations

import os
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


def store_location(location: str | None = None) -> str:
    """The store the user chose: the argument, else $KG_STORE, else ``.kg`` here."""
    return location or os.environ.get("KG_STORE") or DEFAULT_LOCATION


def _scheme(location: str) -> str:
    lower = location.lower()
    for scheme in ("http", "https"):
        if lower.startswith(scheme + "://"):
            return scheme
    return "file"


def open_store(location: str | None = None, *, read_only: bool = False, **options: object) -> Store:
    """Open the store at ``location`` (see ``store_location``), creating an embedded one if needed."""
    loc = store_location(location)
    module_name, _, attr = _BACKENDS[_scheme(loc)].partition(":")
    try:
        factory: Callable[..., Store] = getattr(import_module(module_name), attr)
    except ImportError as err:
        raise StoreError(f"{loc}: this kind of store is not available ({err})") from err
    return factory(loc, read_only=read_only, **options)
