"""The remote store's own behaviour: the requests it sends, its error messages, its SPARQL text;
then what only some servers need (GSP, paging, Virtuoso's permissions and system graphs)."""

from __future__ import annotations

import json
from collections.abc import Callable
from urllib.parse import parse_qs

import httpx
import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDFS, XSD
from servers import free_port, oxigraph_server, start_oxigraph, virtuoso_server  # noqa: F401

from kg.errors import KgError, QueryError, StoreError
from kg.store import open_store
from kg.store.base import Change, GraphText
from kg.store.http_client import Credentials
from kg.store.sparql import SparqlStore
from kg.store.sparql_text import bind_values, query_kind, update_text, values_block

EX = "http://example.org/"
G1 = URIRef(EX + "g1")
A, P = URIRef(EX + "a"), URIRef(EX + "p")
ENDPOINT = "http://kg.test/sparql"
EMPTY_SELECT = {"head": {"vars": ["s"]}, "results": {"bindings": []}}


def _mock(handler: Callable[[httpx.Request], httpx.Response], **options: object) -> SparqlStore:
    return SparqlStore(ENDPOINT, transport=httpx.MockTransport(handler), **options)  # type: ignore[arg-type]


def _form(request: httpx.Request) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(request.content.decode()).items()}


# --- SPARQL text -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", "select"),
        ("PREFIX ex: <http://e/> BASE <http://b/>\n# ASK\nask { ?s ?p ?o }", "ask"),
        ("PREFIX : <http://e/select#> CONSTRUCT WHERE { ?s ?p ?o }", "graph"),
        ("DESCRIBE <http://e/x>", "graph"),
        ("PREFIX ex: <http://e/> INSERT DATA { ex:a ex:b ex:c }", "update"),
        ("DROP GRAPH <http://e/g>", "update"),
        ("not sparql", None),
    ],
)
def test_query_kind(text: str, kind: str | None) -> None:
    assert query_kind(text) == kind


def test_values_go_at_the_start_of_the_where_group() -> None:
    text = 'PREFIX ex: <http://e/#x> SELECT (COUNT(?o) AS ?n) WHERE { ?s ?p ?o FILTER(?o != "}") }'
    bound = bind_values(text, {"s": A})
    assert bound == (
        "PREFIX ex: <http://e/#x> SELECT (COUNT(?o) AS ?n) WHERE { VALUES (?s) { (<http://example.org/a>) }"
        '  ?s ?p ?o FILTER(?o != "}") }'
    )


def test_values_skip_the_construct_template() -> None:
    bound = bind_values("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", {"s": A})
    assert bound.startswith("CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?s)")


def test_values_trail_queries_without_a_where_group() -> None:
    assert bind_values("DESCRIBE ?x", {"x": A}).endswith("VALUES (?x) { (<http://example.org/a>) }")
    assert bind_values("CONSTRUCT WHERE { ?x ?p ?o }", {"x": A}).endswith(
        "VALUES (?x) { (<http://example.org/a>) }"
    )


def test_values_are_serialized_not_pasted() -> None:
    block = values_block(
        {"label": Literal('a" } ?x {'), "n": Literal(3), "lang": Literal("x", lang="fr"), "u": None}
    )
    assert block == (
        'VALUES (?label ?n ?lang ?u) { ("a\\" } ?x {" '
        '"3"^^<http://www.w3.org/2001/XMLSchema#integer> "x"@fr UNDEF) }'
    )
    with pytest.raises(QueryError, match="not a SPARQL variable"):
        values_block({"x } {": A})
    with pytest.raises(QueryError, match="blank node"):
        values_block({"x": BNode()})


def test_update_text_is_one_request_in_order() -> None:
    text = update_text([G1], delete=[(A, P, Literal("old"), G1)], insert=[(A, P, Literal("new\n}"), G1)])
    drop, delete, insert = text.split(" ;\n")
    assert drop == f"DROP SILENT GRAPH <{G1}>"
    assert delete.startswith("DELETE DATA {\nGRAPH <http://example.org/g1> {")
    assert '"""new\n}"""' in insert
    with pytest.raises(StoreError, match="blank nodes"):
        update_text(delete=[(BNode(), P, A, G1)])


# --- requests ----------------------------------------------------------------------------


def test_queries_are_form_posts_asking_for_json() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body = {"head": {"vars": ["o"]}, "results": {"bindings": [{"o": {"type": "literal", "value": "x"}}]}}
        return httpx.Response(200, json=body, headers={"Content-Type": "application/sparql-results+json"})

    with _mock(handler) as store:
        result = store.query("SELECT ?o WHERE { ?s ?p ?o }", bindings={"s": A})
    assert result.rows == [(Literal("x"),)]
    (request,) = seen
    assert request.method == "POST"
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert request.headers["accept"].startswith("application/sparql-results+json")
    assert "VALUES (?s) { (<http://example.org/a>) }" in _form(request)["query"]


def test_a_change_is_one_update_request() -> None:
    seen: list[dict[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if "update" in _form(request):
            seen.append(_form(request))
        return httpx.Response(204)

    with _mock(handler, update_endpoint="http://kg.test/update") as store:
        store.apply(Change(drop_graphs=(G1,), insert=tuple((A, P, Literal(i), G1) for i in range(100))))
    assert len(seen) == 1
    assert seen[0]["update"].startswith("DROP SILENT GRAPH <http://example.org/g1> ;\nINSERT DATA {")


def test_large_changes_are_split_into_batches() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if "update" in _form(request):
            seen.append(_form(request)["update"])
        return httpx.Response(200)

    with _mock(handler, batch_size=2) as store:
        store.apply(Change(drop_graphs=(G1,), insert=tuple((A, P, Literal(i), G1) for i in range(5))))
    assert len(seen) == 4  # the drop, then 3 batches of at most 2 triples
    assert seen[0] == "DROP SILENT GRAPH <http://example.org/g1>"
    assert [sum(line.endswith(" .") for line in update.splitlines()) for update in seen[1:]] == [2, 2, 1]


def test_read_only_refuses_writes() -> None:
    with (
        _mock(lambda r: httpx.Response(200), read_only=True) as store,
        pytest.raises(StoreError, match="read-only"),
    ):
        store.apply(Change(drop_graphs=(G1,)))


def test_update_endpoint_and_credentials_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_UPDATE_ENDPOINT", "http://kg.test/update")
    monkeypatch.setenv("KG_STORE_TOKEN", "s3cret-token")
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if "update" in _form(request):
            seen.append(request)
        return httpx.Response(200)

    with _mock(handler) as store:
        store.apply(Change(drop_graphs=(G1,)))
        assert "s3cret" not in repr(store._http.credentials)
    assert str(seen[0].url) == "http://kg.test/update"
    assert seen[0].headers["authorization"] == "Bearer s3cret-token"


def test_basic_auth_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_STORE_USER", "alice")
    monkeypatch.setenv("KG_STORE_PASSWORD", "pw-123")
    credentials = Credentials.from_env()
    assert credentials.user == "alice"
    assert "pw-123" not in repr(credentials)
    assert isinstance(credentials.httpx_auth(), httpx.BasicAuth)
    assert isinstance(Credentials.from_env(scheme="digest").httpx_auth(), httpx.DigestAuth)


def test_open_store_picks_the_remote_store_for_urls() -> None:
    update = "http://127.0.0.1:9/update"
    with open_store(
        "http://127.0.0.1:9/sparql", update_endpoint=update, check_layout=False
    ) as store:  # none listens
        assert isinstance(store, SparqlStore)
        assert store.update_endpoint == "http://127.0.0.1:9/update"


def test_open_store_of_an_endpoint_that_is_down_says_so_at_once() -> None:
    """The layout stamp is read at open, so a remote store that cannot be reached is one line there."""
    with pytest.raises(StoreError, match="cannot connect"):
        open_store("http://127.0.0.1:9/sparql")


# --- errors ------------------------------------------------------------------------------


def test_nothing_listening_is_a_clear_store_error() -> None:
    url = f"http://127.0.0.1:{free_port()}/sparql"
    with SparqlStore(url) as store, pytest.raises(StoreError) as caught:
        store.query("ASK {}")
    assert str(caught.value) == f"{url}: cannot connect (connection refused)"


@pytest.mark.parametrize(
    ("status", "reply"), [(401, "denied for bob:hunter2"), (403, ""), (403, "Forbidden")]
)
def test_access_denied_names_the_variables_not_the_secrets(
    status: int, reply: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An authentication failure: 401, or 403 that gives no reason of its own."""
    monkeypatch.setenv("KG_STORE_PASSWORD", "hunter2")
    monkeypatch.setenv("KG_STORE_USER", "bob")
    store = SparqlStore(
        "http://bob:hunter2@kg.test/sparql",
        transport=httpx.MockTransport(lambda r: httpx.Response(status, text=reply)),  # type: ignore[arg-type]
    )
    with store, pytest.raises(StoreError) as caught:
        store.query("ASK {}")
    message = str(caught.value)
    assert message == (
        "http://kg.test/sparql: access denied (check KG_STORE_USER/KG_STORE_PASSWORD or KG_STORE_TOKEN)"
    )
    assert "hunter2" not in message


def test_a_403_with_a_reason_says_the_servers_reason() -> None:
    """kg serve refuses updates with 403 "updates are refused: this endpoint is read-only": that
    reason, not a hint about credentials that would not help."""
    reply = "updates are refused: this endpoint is read-only\n"
    with _mock(lambda r: httpx.Response(403, text=reply)) as store, pytest.raises(StoreError) as caught:
        store.apply(Change(insert=((A, P, Literal("x"), G1),)))
    assert str(caught.value) == f"{ENDPOINT}: updates are refused: this endpoint is read-only (HTTP 403)"


def test_a_403_reason_about_permissions_keeps_the_hint_and_hides_the_secrets(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KG_STORE_USER", "bob")
    monkeypatch.setenv("KG_STORE_PASSWORD", "hunter2")
    store = SparqlStore(
        ENDPOINT,
        transport=httpx.MockTransport(
            lambda r: httpx.Response(403, text="Permission denied for bob:hunter2")
        ),  # type: ignore[arg-type]
    )
    with store, pytest.raises(StoreError) as caught:
        store.query("ASK {}")
    assert str(caught.value) == (
        f"{ENDPOINT}: Permission denied for bob:*** "
        "(HTTP 403; check KG_STORE_USER/KG_STORE_PASSWORD or KG_STORE_TOKEN)"
    )


@pytest.mark.parametrize("status", [400, 500])
def test_any_error_reply_that_echoes_the_token_hides_it(monkeypatch: pytest.MonkeyPatch, status: int) -> None:
    monkeypatch.setenv("KG_STORE_TOKEN", "s3cr3t-token")
    store = SparqlStore(
        ENDPOINT,
        transport=httpx.MockTransport(
            lambda r: httpx.Response(status, text="bad request from Bearer s3cr3t-token")
        ),  # type: ignore[arg-type]
    )
    with store, pytest.raises(KgError) as caught:
        store.query("ASK {}")
    assert "s3cr3t-token" not in str(caught.value) and "Bearer ***" in str(caught.value)


def test_a_rejected_query_is_a_query_error_with_the_first_line() -> None:
    reply = "Parser error: unexpected '}' at line 1\n\n  SELECT * WHERE { ?s ?p }\n"
    with _mock(lambda r: httpx.Response(400, text=reply)) as store, pytest.raises(QueryError) as caught:
        store.query("SELECT * WHERE { ?s ?p }")
    assert str(caught.value) == f"{ENDPOINT}: Parser error: unexpected '}}' at line 1"


def test_virtuoso_compile_errors_on_500_are_query_errors() -> None:
    reply = "Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error\n\nSPARQL query:\n..."
    with _mock(lambda r: httpx.Response(500, text=reply)) as store, pytest.raises(QueryError, match="SP030"):
        store.query("SELECT * WHERE { ?s ?p }")


def test_a_timeout_says_so() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    with _mock(handler, timeout=2.5) as store, pytest.raises(StoreError) as caught:
        store.query("ASK {}")
    assert "no answer within 2.5 s" in str(caught.value)
    assert "KG_STORE_TIMEOUT" in str(caught.value)


def test_a_format_the_server_lacks_is_written_locally() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.headers["accept"] == "text/tab-separated-values":
            return httpx.Response(406, text="Not Acceptable")
        row = {
            "s": {"type": "uri", "value": str(A)},
            "o": {"type": "literal", "value": "x\ty", "xml:lang": "en"},
        }
        body = {"head": {"vars": ["s", "o"]}, "results": {"bindings": [row]}}
        return httpx.Response(200, json=body, headers={"Content-Type": "application/sparql-results+json"})

    with _mock(handler) as store:
        data = store.query_serialized("SELECT ?s ?o WHERE { ?s ?p ?o }", "tsv")
    assert data == b'?s\t?o\n<http://example.org/a>\t"x\\ty"@en\n'


def test_wrong_format_for_the_query_kind() -> None:
    with _mock(lambda r: httpx.Response(200)) as store, pytest.raises(QueryError, match="graph format"):
        store.query_serialized("SELECT * WHERE { ?s ?p ?o }", "turtle")


def test_updates_are_not_queries() -> None:
    with _mock(lambda r: httpx.Response(200)) as store, pytest.raises(QueryError, match="update"):
        store.query("DROP GRAPH <http://e/g>")


# --- real servers ------------------------------------------------------------------------


@pytest.mark.server
def test_a_stopped_server_is_a_clear_error(tmp_path) -> None:
    with start_oxigraph(tmp_path) as server:
        store = server.store()
        assert store.query("ASK {}").boolean is True
    with (
        store,
        pytest.raises(
            StoreError, match=r"^http://127\.0\.0\.1:\d+/query: cannot connect \(connection refused\)$"
        ),
    ):
        store.query("ASK {}")


@pytest.mark.server
def test_graph_store_protocol_on_oxigraph_server(oxigraph_server) -> None:  # noqa: F811
    oxigraph_server.clear()
    with oxigraph_server.store(gsp_endpoint=oxigraph_server.gsp_url) as store:
        store.load_graph(G1, f'<{A}> <{P}> "one" , "two\\n}}"@en .'.encode(), "turtle")
        assert set(store.quads(G1)) == {(A, P, Literal("one"), G1), (A, P, Literal("two\n}", lang="en"), G1)}
        store.load_graph(G1, f'<{A}> <{P}> "three" .'.encode(), "nt")
        assert set(store.quads()) == {(A, P, Literal("three"), G1)}


@pytest.mark.server
def test_quads_are_read_in_pages(oxigraph_server) -> None:  # noqa: F811
    oxigraph_server.clear()
    quads = {(URIRef(f"{EX}e{i}"), RDFS.label, Literal(i), G1) for i in range(25)}
    with oxigraph_server.store(page_size=10, batch_size=7) as store:
        store.bulk_insert(quads)
        assert set(store.quads(G1)) == quads
        assert store.count() == 25


@pytest.mark.server
def test_virtuoso_refuses_anonymous_updates(virtuoso_server) -> None:  # noqa: F811
    anonymous = SparqlStore(virtuoso_server.query_url.replace("/sparql-auth", "/sparql"))
    with anonymous, pytest.raises(StoreError, match="access denied"):
        anonymous.apply(Change(insert=((A, P, Literal("x"), G1),)))


@pytest.mark.server
def test_virtuoso_system_graphs_stay_hidden(virtuoso_server) -> None:  # noqa: F811
    virtuoso_server.clear()
    with virtuoso_server.store() as store:
        assert store.graphs() == []
        assert list(store.quads()) == []
        assert store.count() == 0
        store.apply(Change(insert=((A, P, Literal("2021", datatype=XSD.gYear), G1),)))
        assert store.graphs() == [G1]
        # the raw union default graph of Virtuoso does hold its own triples
        raw = json.loads(store.query_serialized("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "json"))
        assert int(raw["results"]["bindings"][0]["n"]["value"]) > 1


def test_missing_virtuoso_fails_loudly(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without virtuoso-t the Virtuoso tests fail (CI installs it), they are never skipped."""
    import servers

    monkeypatch.setattr(servers.shutil, "which", lambda name: None)
    with pytest.raises(pytest.fail.Exception, match="apt-get install -y virtuoso-opensource"):  # noqa: SIM117
        with servers.start_virtuoso(tmp_path):
            pass


@pytest.mark.server
def test_virtuoso_takes_a_large_change_in_batches(virtuoso_server) -> None:  # noqa: F811
    """One INSERT DATA of ~5,000 triples exhausts Virtuoso's SPARQL compiler; we send 2,000 at most."""
    virtuoso_server.clear()
    quads = tuple((URIRef(f"{EX}e{i}"), RDFS.label, Literal(f"entity {i}"), G1) for i in range(6000))
    with virtuoso_server.store() as store:
        store.apply(Change(drop_graphs=(G1,), insert=quads))
        assert store.count(G1) == 6000


def test_insert_text_is_written_as_is_and_split_into_batches() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if "update" in _form(request):
            seen.append(_form(request)["update"])
        return httpx.Response(200)

    lines = tuple(f'<{A}> <{P}> "{i}"' for i in range(3))
    with _mock(handler, batch_size=2) as store:
        store.apply(Change(insert=((A, P, Literal("q"), G1),), insert_text=(GraphText(G1, lines),)))
    assert len(seen) == 3  # the plain quad, then 2 batches of text triples
    assert seen[1] == f"INSERT DATA {{\nGRAPH <{G1}> {{\n  {lines[0]} .\n  {lines[1]} .\n}}\n}}"
    assert seen[2].count(" .") == 1
    text = update_text(insert=[(A, P, Literal("q"), G1)], insert_text=[GraphText(G1, lines[:1])])
    quad_block = f'GRAPH <{G1}> {{\n  <{A}> <{P}> "q" .\n}}'
    expected = f"INSERT DATA {{\n{quad_block}\nGRAPH <{G1}> {{\n  {lines[0]} .\n}}\n}}"
    assert text == expected
