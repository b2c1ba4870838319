"""SERVICE found in the parsed query wherever it hides, and only there (kg.serve_guard)."""

from __future__ import annotations

import pytest

from kg.errors import QueryError
from kg.query_text import with_prefixes
from kg.serve_guard import refuse_service, uses_service

REMOTE = "SERVICE <http://127.0.0.1:9/sparql> { ?a ?b ?c }"


@pytest.mark.parametrize(
    "query",
    [
        f"SELECT * WHERE {{ {REMOTE} }}",
        f"select * where {{ {REMOTE.lower()} }}",
        "SELECT * WHERE { SERVICE SILENT ?endpoint { ?a ?b ?c } }",
        f"SELECT * WHERE {{ {{ ?s ?p ?o }} UNION {{ {REMOTE} }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o MINUS {{ {REMOTE} }} }}",
        f"SELECT * WHERE {{ GRAPH ?g {{ {REMOTE} }} }}",
        f"SELECT * WHERE {{ {{ SELECT * WHERE {{ {REMOTE} }} }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o FILTER NOT EXISTS {{ {REMOTE} }} }}",
        f"SELECT * WHERE {{ BIND(EXISTS {{ {REMOTE} }} AS ?x) }}",
        f"CONSTRUCT {{ ?a ?b ?c }} WHERE {{ {REMOTE} }}",
        f"ASK {{ {REMOTE} }}",
        f"DESCRIBE ?a WHERE {{ {REMOTE} }}",
        "SELECT * WHERE { \\u0053ERVICE <http://a.example/> { ?a ?b ?c } }",  # escapes come first
    ],
)
def test_service_anywhere_is_found(query: str) -> None:
    text, _ = with_prefixes(query)
    assert uses_service(text) is True
    with pytest.raises(QueryError, match=r"^SERVICE is refused: [^\n]*$"):
        refuse_service(text)


@pytest.mark.parametrize(
    "query",
    [
        f'SELECT * WHERE {{ ?s ?p "{REMOTE}" }}',
        f"SELECT * WHERE {{ ?s ?p '''{REMOTE}''' }}",
        f"SELECT * WHERE {{ ?s ?p ?o # {REMOTE}\n }}",
        "SELECT * WHERE { ?s <http://example.org/SERVICE> ?o }",
        "SELECT ?service WHERE { ?service ?p ?o }",
        "SELECT * WHERE { ?s pko:service ?o }",
        "SELECT * WHERE { ?s ?p ?o }",
    ],
)
def test_the_word_elsewhere_is_not_service(query: str) -> None:
    text, _ = with_prefixes(query)
    assert uses_service(text) is False
    refuse_service(text)


def test_a_text_that_mentions_service_and_does_not_parse_is_refused() -> None:
    """rdflib's parser does not know RDF-star: nothing shows the word is only in a literal."""
    text = 'SELECT * WHERE { << ?s ?p "service" >> ?q ?r }'
    assert uses_service(text) is None
    with pytest.raises(QueryError, match="could not be parsed"):
        refuse_service(text)
    assert uses_service("SELECT * WHERE { << ?s ?p ?o >> ?q ?r }") is False  # no mention: not parsed
