"""What ``kg serve`` refuses to run for strangers: federated queries (``SERVICE``).

Oxigraph answers ``SERVICE <url> { … }`` by sending the query to ``url`` itself, so any web
page open in the user's browser could make the local endpoint send requests to the user's
network and read back the answers. ``kg query`` still allows it: there the user types the query.

The query is parsed (rdflib's SPARQL parser) only when the word ``service`` appears in it at
all; most queries never pay the parse. A text that mentions it and cannot be parsed is refused
too: nothing then shows that the word is only inside a literal, an IRI or a comment.
"""

from __future__ import annotations

from kg.errors import QueryError

REFUSED = "SERVICE is refused: this local endpoint does not send queries to other endpoints"


def refuse_service(text: str) -> None:
    """Raise :class:`QueryError` (one line) when ``text`` asks for a ``SERVICE`` pattern."""
    verdict = uses_service(text)
    if verdict is None:
        raise QueryError(f"{REFUSED} (the query mentions SERVICE and could not be parsed to check)")
    if verdict:
        raise QueryError(REFUSED)


def uses_service(text: str) -> bool | None:
    """Whether the parsed query holds a ``SERVICE`` pattern; None when it mentions the word but
    does not parse. Keywords are ASCII and case-insensitive, and a ``\\u`` escape may spell
    one (SPARQL expands escapes before parsing), so the word is looked for in both forms."""
    from rdflib.plugins.sparql.parser import expandUnicodeEscapes, parseQuery

    try:
        expanded = expandUnicodeEscapes(text)
    except ValueError:  # an escape that names no character: no parser takes this text
        expanded = text
    if "service" not in text.lower() and "service" not in expanded.lower():
        return False
    try:
        tree = parseQuery(text)
    except Exception:  # pyparsing's ParseException, or RecursionError on deep nesting
        return None
    return _has_service(tree)


def _has_service(tree: object) -> bool:
    """Whether a ``ServiceGraphPattern`` node is anywhere in the parse tree (walked without
    recursion: a deeply nested query must not overflow the stack)."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            if node.name == "ServiceGraphPattern":
                return True
            stack.extend(dict.values(node))
        elif isinstance(node, (ParseResults, list, tuple)):
            stack.extend(node)
    return False
