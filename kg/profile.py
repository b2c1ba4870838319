"""Entity profiles (``kg show ENTITY``): everything the graph knows about one entity.

Type, labels, reference links (ISO codes, Wikidata), the sources that mention it, and every
relation in and out grouped by predicate, each with its evidence sentences, source titles
and dates. Rendered as text, Markdown or JSON.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from kg.entity_names import find_entity
from kg.errors import KgError
from kg.graph_read import SourceMeta, read_sources, short_iri
from kg.ontology import PKR, REFERENCE_GRAPH, SPARQL_PREFIXES, local_name
from kg.relation_text import fact
from kg.store.base import Store

#: description properties shown in a profile, by local name → heading
_ATTRIBUTES = {
    "acronym": "acronym",
    "officialName": "official name",
    "isoAlpha3": "ISO 3166 alpha-3",
    "isoAlpha2": "ISO 3166 alpha-2",
    "demonym": "demonym",
    "capital": "capital",
    "unStatus": "UN status",
    "unMemberSince": "UN member since",
    "startYear": "start year",
    "endYear": "end year",
    "adoptedYear": "adopted",
    "sameAs": "same as",
    "isPartOf": "part of",
    "broader": "broader",
}


@dataclass(frozen=True)
class Cited:
    """A source, as a profile names it: its id, title and date."""

    source: str
    title: str | None
    date: str | None


@dataclass(frozen=True)
class Quote:
    sentence: str
    source: str
    title: str | None
    date: str | None


@dataclass
class Link:
    """One relation of the entity: ``direction`` "out" (entity → other) or "in"."""

    predicate: str
    direction: str
    other: str  # IRI
    other_label: str
    evidence: list[Quote] = field(default_factory=list)


@dataclass
class Profile:
    iri: str
    label: str
    type: str
    alt_labels: list[str]
    attributes: dict[str, list[str]]
    #: the sources that mention it (the store keeps no sentence for a mention, only for a relation)
    mentioned_in: list[Cited]
    links: list[Link]

    def grouped(self) -> dict[tuple[str, str], list[Link]]:
        out: dict[tuple[str, str], list[Link]] = defaultdict(list)
        for link in self.links:
            out[(link.direction, link.predicate)].append(link)
        return dict(out)


def _quote(sources: dict[str, SourceMeta], src: str, sentence: str) -> Quote:
    meta = sources.get(src)
    return Quote(
        sentence, meta.id if meta else src, meta.display if meta else None, meta.date if meta else None
    )


def _links(store: Store, iri: str, sources: dict[str, SourceMeta], direction: str) -> list[Link]:
    me, other = ("subject", "object") if direction == "out" else ("object", "subject")
    rows = store.query(
        SPARQL_PREFIXES
        + "SELECT ?p ?x ?src ?ev WHERE { GRAPH ?src { "
        + f"?st rdf:{me} ?e ; rdf:predicate ?p ; rdf:{other} ?x . "
        "OPTIONAL { ?st pko:evidence ?ev } } }",
        bindings={"e": _iri(iri)},
    ).rows
    labels = _labels(store, {str(r[1]) for r in rows})
    links: dict[tuple[str, str], Link] = {}
    for p, x, src, ev in rows:
        key = (local_name(str(p)), str(x))
        link = links.setdefault(key, Link(key[0], direction, str(x), labels.get(str(x), short_iri(str(x)))))
        link.evidence.append(_quote(sources, str(src), "" if ev is None else str(ev)))
    for link in links.values():
        link.evidence.sort(key=lambda q: (q.date or "", q.title or "", q.sentence))
    return sorted(links.values(), key=lambda lk: (lk.predicate, lk.other_label.lower()))


def _iri(text: str) -> Any:
    from rdflib import URIRef

    return URIRef(text)


def _labels(store: Store, iris: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for iri in sorted(iris):
        rows = store.query(
            SPARQL_PREFIXES + "SELECT ?l WHERE { ?x rdfs:label ?l } LIMIT 1", bindings={"x": _iri(iri)}
        ).rows
        if rows:
            out[iri] = str(rows[0][0])
    return out


def build_profile(store: Store, name: str) -> Profile:
    """The profile of the entity called ``name`` (label, alias or acronym, any case, or IRI)."""
    cand = find_entity(store, name)
    e = _iri(cand.iri)
    sources = read_sources(store)
    attributes: dict[str, list[str]] = defaultdict(list)
    alt_labels = []
    for p, o in store.query("SELECT ?p ?o WHERE { ?e ?p ?o }", bindings={"e": e}).rows:
        pname = local_name(str(p))
        if pname == "altLabel":
            alt_labels.append(str(o))
        elif pname in _ATTRIBUTES:
            value = str(o)
            if pname in ("isPartOf", "broader"):
                value = _labels(store, {value}).get(value, short_iri(value))
            attributes[_ATTRIBUTES[pname]].append(value)
    used = store.query(
        SPARQL_PREFIXES
        + "SELECT DISTINCT ?a WHERE { GRAPH ?g { ?e skos:altLabel ?a } "
        + f"FILTER(?g != <{REFERENCE_GRAPH}>) }}",
        bindings={"e": e},
    ).rows
    mentions = store.query(
        SPARQL_PREFIXES + "SELECT DISTINCT ?src WHERE { GRAPH ?src { ?src pko:mentions ?e } }",
        bindings={"e": e},
    ).rows
    cited = (_quote(sources, str(r[0]), "") for r in mentions)
    mentioned = sorted(
        (Cited(q.source, q.title, q.date) for q in cited), key=lambda c: (c.date or "", c.title or "")
    )
    links = _links(store, cand.iri, sources, "out") + _links(store, cand.iri, sources, "in")
    return Profile(
        iri=cand.iri,
        label=cand.label,
        type=cand.type,
        alt_labels=_alias_order(set(alt_labels) - {cand.label}, {str(r[0]) for r in used}),
        attributes={k: sorted(set(v)) for k, v in sorted(attributes.items())},
        mentioned_in=mentioned,
        links=links,
    )


#: small words a proper name writes in lower case
_SMALL_WORDS = frozenset(["a", "an", "and", "at", "de", "for", "in", "of", "on", "the", "to"])


def _alias_order(aliases: set[str], used: set[str]) -> list[str]:
    """The aliases documents used first, then proper names before descriptions (the
    reference data's generated variants: "UN crime agency", "U.N. anti-drug body", …),
    then alphabetically."""

    def lower_words(alias: str) -> int:
        return sum(1 for w in alias.split() if w[:1].islower() and w not in _SMALL_WORDS)

    return sorted(aliases, key=lambda a: (a not in used, lower_words(a), a.casefold(), a))


# ---------------------------------------------------------------------------- rendering
#: aliases shown by the text and Markdown forms unless all are asked for (JSON has all)
MAX_ALIASES = 8


def _some(aliases: list[str], limit: int | None) -> tuple[list[str], int]:
    """The first ``limit`` aliases (all when None) and how many are left out."""
    if limit is None or len(aliases) <= limit:
        return aliases, 0
    return aliases[:limit], len(aliases) - limit


def _where(q: Quote | Cited) -> str:
    return ", ".join(x for x in (q.title or q.source, q.date) if x)


#: where issues' IRIs live, reference and minted alike (kg.ontology.mint_iri)
_ISSUE_IRI = str(PKR["issue/"])


def _relation_line(link: Link, label: str, iri: str) -> str:
    """One link as :func:`kg.relation_text.fact` writes it (issues are told by their IRIs' path)."""
    if link.direction == "out":
        kind = "Issue" if link.other.startswith(_ISSUE_IRI) else None
        return fact(label, link.predicate, link.other_label, object_type=kind)
    kind = "Issue" if iri.startswith(_ISSUE_IRI) else None
    return fact(link.other_label, link.predicate, label, object_type=kind)


_CONTROL = {c: None for c in range(32) if c not in (9, 10)} | {127: None, 0x9B: None}


def to_text(p: Profile, aliases: int | None = MAX_ALIASES) -> str:
    """Plain text for a terminal, with at most ``aliases`` aliases (None: all); control
    characters in document text are dropped, so a document cannot send escape sequences to
    the terminal."""
    return _to_text(p, aliases).translate(_CONTROL)


def _to_text(p: Profile, aliases: int | None) -> str:
    out = [f"{p.label}  ({p.type}, {short_iri(p.iri)})"]
    if p.alt_labels:
        shown, left = _some(p.alt_labels, aliases)
        out.append("  also: " + "; ".join(shown) + (f"; +{left} more" if left else ""))
    for name, values in p.attributes.items():
        out.append(f"  {name}: {', '.join(values)}")
    out.append(
        f"  mentioned in {len(p.mentioned_in)} source{'' if len(p.mentioned_in) == 1 else 's'}"
        + "".join(f"\n    - {_where(q)}" for q in p.mentioned_in)
    )
    if not p.links:
        out.append("\nNo relations recorded.")
    for (_direction, pred), links in p.grouped().items():
        out.append(f"\n{pred} ({'outgoing' if _direction == 'out' else 'incoming'}):")
        for link in links:
            out.append(f"  {_relation_line(link, p.label, p.iri)}")
            for q in link.evidence:
                out.append(f"    “{' '.join(q.sentence.split())}”")  # a wrapped source's line breaks
                out.append(f"      — {_where(q)}")
    return "\n".join(out) + "\n"


#: characters that format inline Markdown (CommonMark and GitHub's) wherever they stand
_INLINE = set("\\`*_[]~")
_ENTITIES = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}
#: text GitHub turns into a link by itself (a URL, www., an e-mail address), and the
#: character whose escape stops it
_AUTOLINKS = (
    re.compile(r"(?i)\b(?:https?|ftp)(:)//"),
    re.compile(r"(?i)\bwww(\.)"),
    re.compile(r"[\w.+-](@)[\w-]+\."),
)
#: what starts a block (heading, list item, thematic break) at the start of a line
_BLOCK_START = re.compile(r"^(?:#{1,6}(?=\s|$)|[-+](?=\s|$)|\d{1,9}(?=[.)](?:\s|$))|-{3,}\s*$)")


def _md(text: str, *, line_start: bool = False, heading: bool = False) -> str:
    """Document text as Markdown that shows it as it is: no HTML (entities for < > &), no
    emphasis, code or links. Only what Markdown reads in that position is escaped, so
    ``Action Plan (2022-2026)`` stays as it is. ``line_start``: the text opens a block (a
    list item, a quote), where ``# ``, ``- ``, ``1. `` would start a heading or a list;
    ``heading``: the text is a heading's, which a closing run of ``#`` would lose."""
    text = " ".join(text.split())  # a line break could end the block the text stands in
    out = "".join(_ENTITIES.get(ch) or ("\\" + ch if ch in _INLINE else ch) for ch in text)
    for pattern in _AUTOLINKS:
        out = pattern.sub(lambda m: m.group(0).replace(m.group(1), "\\" + m.group(1), 1), out)
    if line_start:
        out = _BLOCK_START.sub(_escape_block, out, count=1)
    if heading:
        out = re.sub(r"(^|\s)(#+)$", r"\1\\\2", out)
    return out


def _escape_block(m: re.Match[str]) -> str:
    """``1.`` → ``1\\.``; ``# ``, ``- ``, ``---`` → ``\\# ``, ``\\- ``, ``\\---``."""
    mark = m.group(0)
    return mark + "\\" if mark[:1].isdigit() else "\\" + mark


def to_markdown(p: Profile, aliases: int | None = MAX_ALIASES) -> str:
    """Markdown for a report, with at most ``aliases`` aliases (None: all)."""
    out = [f"# {_md(p.label, heading=True)}", "", f"- **type**: {p.type}", f"- **IRI**: <{p.iri}>"]
    if p.alt_labels:
        shown, left = _some(p.alt_labels, aliases)
        more = f"; +{left} more" if left else ""
        out.append("- **also known as**: " + "; ".join(_md(a) for a in shown) + more)
    for name, values in p.attributes.items():
        out.append(f"- **{name}**: {', '.join(_md(v) for v in values)}")
    out += ["", "## Sources", ""] + [f"- {_md(_where(q), line_start=True)}" for q in p.mentioned_in]
    for (direction, pred), links in p.grouped().items():
        out += ["", f"## {pred} ({'outgoing' if direction == 'out' else 'incoming'})", ""]
        for link in links:
            out.append(f"- {_md(_relation_line(link, p.label, p.iri), line_start=True)}")
            for q in link.evidence:
                out.append(f"  > {_md(' '.join(q.sentence.split()), line_start=True)}")
                out.append(f"  > — *{_md(_where(q))}*")
                out.append("")
    return "\n".join(out).rstrip() + "\n"


def to_json(p: Profile) -> str:
    doc = asdict(p)
    doc["relations"] = doc.pop("links")
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


_RENDERERS = {"text": to_text, "markdown": to_markdown}


def render_profile(p: Profile, fmt: str = "text", *, aliases: int | None = MAX_ALIASES) -> str:
    """The profile as text, Markdown or JSON; text and Markdown show at most ``aliases``
    aliases (None: all), JSON always has all."""
    if fmt == "json":
        return to_json(p)
    try:
        render = _RENDERERS[fmt]
    except KeyError as err:
        raise KgError(f"--format {fmt}: unknown format; expected one of text, markdown, json") from err
    return render(p, aliases)
