"""Reading SPARQL text before the store does: the project prefixes a query leaves out, its
form (SELECT, ASK, CONSTRUCT/DESCRIBE, or an update), and the store's syntax errors placed
in the user's own lines.

These work on the text with comments, IRIs and strings blanked out (``mask``), so a
keyword inside a literal (``rdfs:label "INSERT"``) is never taken for the query's form.
Used by ``kg query`` (kg.query) and ``kg serve`` (kg.serve).
"""

from __future__ import annotations

import re

from kg.ontology import SPARQL_PREFIXES


def project_prefixes() -> dict[str, str]:
    """``{"pko": "https://w3id.org/policy-kg/ontology#", …}`` from ``SPARQL_PREFIXES``."""
    return dict(re.findall(r"PREFIX\s+([\w-]*):\s*<([^>]*)>", SPARQL_PREFIXES))


_PREFIX_DECL = re.compile(r"\bPREFIX\s+([\w-]*):", re.IGNORECASE)


def mask(sparql: str) -> str:
    """The query with comments, IRIs and strings blanked out (same length), for keyword search."""
    pattern = re.compile(
        r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>\s"{}|^`\\]*>|#[^\n]*'
    )
    return pattern.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), sparql)


def with_prefixes(sparql: str) -> tuple[str, int]:
    """``sparql`` with the project prefixes it does not declare itself, on one added first line.

    Returns the text and the number of lines added (0 or 1), to correct error positions.
    When ``pkr:`` is ours, names such as ``pkr:country/PAK`` (as tables and ``kg show``
    print them) are read as the resources they name: see ``escape_resource_names``.
    """
    declared = {m.group(1) for m in _PREFIX_DECL.finditer(mask(sparql))}
    missing = [f"PREFIX {k}: <{v}>" for k, v in project_prefixes().items() if k not in declared]
    if not missing:
        return sparql, 0
    if "pkr" not in declared:
        sparql = escape_resource_names(sparql)
    return " ".join(missing) + "\n" + sparql, 1


#: not when a part after a slash is itself a prefixed name: ``pkr:a/pko:b`` is a property path
_RESOURCE_NAME = re.compile(r"(?<![\w:\\])pkr:([\w-]+(?:/[\w.-]*[\w-])+)(?![\w:-])")


def escape_resource_names(sparql: str) -> str:
    """``pkr:country/PAK`` → ``pkr:country\\/PAK``, outside strings, IRIs and comments.

    Resource IRIs have slashes (``pkr:country/PAK``, ``pkr:plan/national-action-plan``);
    in SPARQL an unescaped ``/`` ends a prefixed name and starts a property path, so a name
    copied from a table was a syntax error ("expected one of FROM"). SPARQL 1.1 allows
    ``\\/`` inside a local name, which names the same IRI.
    """
    masked = mask(sparql)
    out, last = [], 0
    for m in _RESOURCE_NAME.finditer(masked):
        out.append(sparql[last : m.start(1)])
        out.append(sparql[m.start(1) : m.end(1)].replace("/", "\\/"))
        last = m.end(1)
    out.append(sparql[last:])
    return "".join(out)


_FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b(?!\s*:)", re.IGNORECASE)


def query_kind(sparql: str) -> str | None:
    """``"select"``, ``"ask"`` or ``"graph"`` (CONSTRUCT/DESCRIBE) from the query form; None if unclear."""
    match = _FORM.search(mask(sparql))
    if match is None:
        return None
    word = match.group(1).upper()
    return {"SELECT": "select", "ASK": "ask"}.get(word, "graph")


_UPDATE = re.compile(
    r"^(?:\s*(?:PREFIX\s+[\w.-]*:|BASE))*\s*(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|MOVE|COPY|ADD|WITH)\b",
    re.IGNORECASE,
)


def update_operation(sparql: str) -> str | None:
    """``"INSERT"``, ``"DELETE"`` … when ``sparql`` is a SPARQL Update rather than a query.

    The store's parser reads such text as a broken query ("expected CONSTRUCT"), which
    tells a user nothing; this names the operation so the error can say queries only read.
    """
    match = _UPDATE.match(mask(sparql))
    return match.group(1).upper() if match else None


_POSITION = re.compile(r"\bat (\d+):(\d+)")


def syntax_message(message: str, added_lines: int, sparql: str) -> str:
    """The store's syntax error, positioned in the user's text, on one readable line."""
    where: tuple[int, int] | None = None

    def shift(m: re.Match[str]) -> str:
        nonlocal where
        where = (max(1, int(m.group(1)) - added_lines), int(m.group(2)))
        return f"at {where[0]}:{where[1]}"

    text = _POSITION.sub(shift, message, count=1)
    text = " ".join(text.split())
    if "Prefix not found" in text:
        head = text.split("expected one of", 1)[0].rstrip(": ")
        prefix = _undeclared_prefix(sparql, where)
        return f"{head}: {prefix}undeclared prefix (declare it with PREFIX name: <iri>)"
    if len(text) > 240:
        text = text[:239] + "…"
    return text


def _undeclared_prefix(sparql: str, where: tuple[int, int] | None) -> str:
    """``"'foo:' is an "`` when the prefixed name before the error position can be found."""
    lines = sparql.splitlines()
    if where is None or not 0 < where[0] <= len(lines):
        return ""
    found = re.findall(r"([A-Za-z][\w.-]*)?:[\w-]*", lines[where[0] - 1][: where[1]])
    return f"'{found[-1]}:' is an " if found else ""
