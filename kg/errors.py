"""One error family: the CLI catches KgError in one place and prints its one-line message.

Messages name the input, say what is wrong and, where it helps, what to do.
Chain with ``raise ... from err`` so a debugger still sees the cause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.model import AddReport


class KgError(Exception):
    """Base of every error a user can cause and fix; printed as one line, exit status 1."""


class SourceError(KgError):
    """A source could not be read: missing, unsupported, empty, broken, unreachable."""


class StoreError(KgError):
    """The store could not be opened, is locked, or is of an unknown format."""


class QueryError(KgError):
    """A SPARQL query is malformed or failed in the store."""


class QueryTimeout(QueryError):
    """A query ran past its deadline and was stopped (``kg serve``)."""


class ShapeError(KgError):
    """The graph breaks the SHACL shapes."""


class EntityNotFound(KgError):
    """A name given on the command line matches no entity, or several."""


class AddInterrupted(KeyboardInterrupt):
    """Ctrl-C stopped ``kg add``: what was written by then (whole sources only), for the CLI
    to say. A KeyboardInterrupt still, so code that knows nothing of it stops as before."""

    def __init__(self, report: AddReport, total: int | None) -> None:
        super().__init__()
        self.report = report
        self.total = total  # sources found in the inputs; None when stopped while looking
