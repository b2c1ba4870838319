"""The fixed graphs of a store: ontology, reference entities and the store's own metadata.

They are loaded at first use and reloaded when the installed ontology or reference files
change. A store records its layout version; a store written by a different layout is
refused with a message that says what to do, never silently misread.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from rdflib import Literal
from rdflib.namespace import DCTERMS
from rdflib.term import Identifier

from kg.errors import StoreError
from kg.ontology import META_GRAPH, ONTOLOGY_GRAPH, PKO, PKR, REFERENCE_GRAPH, STORE_FORMAT
from kg.resources import ontology_file, reference_files
from kg.store.base import Change, Store

STORE_NODE = PKR["store"]


def _digest(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()


_STAMP_QUERY = "SELECT ?o WHERE { GRAPH ?meta { ?store ?p ?o } }"
_WHOLE_NUMBER = re.compile(r"[+-]?[0-9]+")
_REMAKE = "re-add its sources into a new store"


def _meta(store: Store) -> tuple[list[Identifier], dict[str, str]]:
    """The stored layout stamps and the digests of the loaded ontology and reference files."""
    rows = store.query(
        "SELECT ?p ?o WHERE { GRAPH ?meta { ?store ?p ?o } }",
        bindings={"meta": META_GRAPH, "store": STORE_NODE},
    ).rows
    stamps: list[Identifier] = []
    digests: dict[str, str] = {}
    for p, o in rows:
        if p == PKO.storeFormat and o is not None:
            stamps.append(o)
        elif p == DCTERMS.hasVersion:
            kind, _, digest = str(o).partition(":")
            digests[kind] = digest
    return stamps, digests


def _refuse_other_layout(store: Store, stamps: list[Identifier]) -> None:
    """Raise StoreError unless every stamp states this kg's layout version; no stamp at all is a
    store not written to yet. A stamp that is not a whole number is refused, not ignored: taken
    as "no stamp", the store would be written to and stamped anew."""
    for stamp in stamps:
        text = str(stamp).strip()
        if not isinstance(stamp, Literal) or not _WHOLE_NUMBER.fullmatch(text):
            raise StoreError(
                f"{store.location}: store layout version {text!r} is not a number "
                f"(this kg reads version {STORE_FORMAT}); {_REMAKE}"
            )
        fmt = int(text)
        if fmt == STORE_FORMAT:
            continue
        hint = "made by a newer kg; upgrade policy-kg to read it" if fmt > STORE_FORMAT else _REMAKE
        raise StoreError(
            f"{store.location}: store layout version {fmt}, this kg reads version {STORE_FORMAT}; {hint}"
        )


def check_format(store: Store) -> None:
    """Refuse a store written with another layout version, or whose stamp cannot be read.

    One small query (the stamp only), so every command can afford it when it opens a store.
    """
    rows = store.query(
        _STAMP_QUERY, bindings={"meta": META_GRAPH, "store": STORE_NODE, "p": PKO.storeFormat}
    ).rows
    _refuse_other_layout(store, [o for (o,) in rows if o is not None])


def ensure_ready(store: Store) -> bool:
    """Load or refresh the ontology and reference graphs and stamp the layout version.

    Returns True when the reference graph was (re)loaded, so callers can recompute the
    consolidated graph, whose alt labels depend on reference names.
    """
    stamps, stored = _meta(store)
    _refuse_other_layout(store, stamps)
    onto = ontology_file()
    refs = reference_files()
    wanted = {"ontology": _digest([onto]), "reference": _digest(refs)}
    if stamps and stored == wanted:
        return False
    if stored.get("ontology") != wanted["ontology"]:
        store.load_graph(ONTOLOGY_GRAPH, onto.read_bytes(), "turtle")
    reference_changed = stored.get("reference") != wanted["reference"]
    if reference_changed:
        store.load_graph(REFERENCE_GRAPH, b"\n".join(_turtle_as_ntriples(p) for p in refs), "nt")
    meta_quads = (
        (STORE_NODE, PKO.storeFormat, Literal(STORE_FORMAT), META_GRAPH),
        *(
            (STORE_NODE, DCTERMS.hasVersion, Literal(f"{k}:{v}"), META_GRAPH)
            for k, v in sorted(wanted.items())
        ),
    )
    store.apply(Change(drop_graphs=(META_GRAPH,), insert=meta_quads))
    return reference_changed


def _turtle_as_ntriples(path: Path) -> bytes:
    import pyoxigraph as ox

    triples = ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    return data or b""
