"""A store stamped with another layout version, or with a stamp that is not a number, is
refused by every command that opens it, embedded or remote. Only ``add`` and ``sources``
once checked: the others read such a store with exit 0, and a stamp of "abc" passed as
"no stamp", so ``add`` wrote to the store and stamped it anew."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Literal
from servers import oxigraph_server  # noqa: F401 - session fixture

from kg.cli import cli
from kg.errors import StoreError
from kg.layout import STORE_NODE, check_format, ensure_ready
from kg.ontology import META_GRAPH, PKO, STORE_FORMAT
from kg.store import Change, Store, open_store

EXAMPLE = (
    Path(__file__).resolve().parent.parent
    / "sources"
    / "pakistan-urges-coordinated-approach-to-end-human-trafficking.txt"
)

#: the stamp written into a copy of the store → the one line every command must print for it
BAD_STAMPS = {
    2: "store layout version 2, this kg reads version 1; made by a newer kg; upgrade policy-kg to read it",
    0: "store layout version 0, this kg reads version 1; re-add its sources into a new store",
    "abc": "store layout version 'abc' is not a number (this kg reads version 1); "
    "re-add its sources into a new store",
}

READ_COMMANDS = [
    ("sources",),
    ("query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1"),
    ("query", "--name", "plans-by-actor", "--param", "actor=Pakistan"),
    ("show", "Pakistan"),
    ("stats",),
    ("export", "--format", "nquads"),
    ("views", "actors"),
    ("validate",),
    ("serve", "--port", "0"),
]


def _restamp(store: Store, value: object) -> None:
    old = tuple(q for q in store.quads(META_GRAPH) if q[1] == PKO.storeFormat)
    store.apply(Change(delete=old, insert=((STORE_NODE, PKO.storeFormat, Literal(value), META_GRAPH),)))


def _stamps(location: str) -> list[str]:
    with open_store(location, read_only=True, check_layout=False) as store:
        return [str(q[2]) for q in store.quads(META_GRAPH) if q[1] == PKO.storeFormat]


@pytest.fixture(scope="module")
def good_store(tmp_path_factory) -> Path:
    from kg.ingest import Ingestor

    path = tmp_path_factory.mktemp("format") / "kg"
    with open_store(str(path)) as s:
        assert Ingestor(s).add([str(EXAMPLE)]).added
    return path


@pytest.fixture(params=list(BAD_STAMPS), ids=str)
def stamped(request, good_store, tmp_path) -> tuple[str, str]:
    """A copy of the store with a bad stamp, and the error line expected for it."""
    path = tmp_path / "kg"
    shutil.copytree(good_store, path)
    with open_store(str(path)) as s:
        _restamp(s, request.param)
    return str(path), f"Error: {path}: {BAD_STAMPS[request.param]}"


def _kg(location: str, *args: str, **options: str):
    extra = [a for k, v in options.items() for a in (f"--{k.replace('_', '-')}", v)]
    return CliRunner().invoke(cli, ["--store", location, *extra, *args], catch_exceptions=False)


@pytest.mark.parametrize("args", [("query", "ASK { ?s ?p ?o }"), ("show", "Pakistan"), ("sources",)])
def test_a_store_of_this_layout_is_read(good_store, args):
    result = _kg(str(good_store), *args)
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("args", READ_COMMANDS, ids=" ".join)
def test_read_commands_refuse_another_layout(stamped, args, tmp_path, monkeypatch):
    import kg.serve

    def serving(*_a, **_k):  # reached only if the store was not refused: fail, do not hang
        raise AssertionError("kg serve served a store of another layout")

    monkeypatch.setattr(kg.serve, "make_server", serving)
    location, line = stamped
    result = _kg(location, *args)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [line]


def test_viz_refuses_another_layout_and_writes_nothing(stamped, tmp_path):
    location, line = stamped
    page = tmp_path / "page.html"
    result = _kg(location, "viz", "-o", str(page))
    assert (result.exit_code, result.stderr.splitlines()) == (1, [line])
    assert not page.exists()


@pytest.mark.parametrize(
    "args",
    [("add", str(EXAMPLE), "--force"), ("remove", "Pakistan"), ("rebuild",), ("load", "{empty}")],
    ids=lambda a: a[0],
)
def test_write_commands_refuse_another_layout_and_leave_the_stamp(stamped, args, tmp_path):
    location, line = stamped
    before = _stamps(location)
    (tmp_path / "empty").mkdir()
    result = _kg(location, *(a.replace("{empty}", str(tmp_path / "empty")) for a in args))
    assert (result.exit_code, result.stderr.splitlines()) == (1, [line])
    assert _stamps(location) == before  # "abc" once came back as a fresh stamp 1


def test_a_new_store_is_stamped_by_its_first_add(tmp_path):
    location = str(tmp_path / "new")
    result = _kg(location, "add", str(EXAMPLE))
    assert result.exit_code == 0, result.output
    assert _stamps(location) == [str(STORE_FORMAT)]


def test_an_empty_store_is_not_refused(tmp_path):
    location = str(tmp_path / "empty")
    open_store(location).close()
    result = _kg(location, "stats")
    assert result.exit_code == 0, result.output


def test_ensure_ready_refuses_an_unreadable_stamp(tmp_path):
    """The library path (Ingestor → ensure_ready) refuses it too, rather than stamping over it."""
    with open_store(str(tmp_path / "kg")) as store:
        ensure_ready(store)
        _restamp(store, "abc")
        with pytest.raises(StoreError, match="'abc' is not a number"):
            ensure_ready(store)
        with pytest.raises(StoreError, match="'abc' is not a number"):
            check_format(store)
        assert [str(q[2]) for q in store.quads(META_GRAPH) if q[1] == PKO.storeFormat] == ["abc"]


def test_open_store_as_a_library_refuses_another_layout(stamped):
    """A program using kg as a library gets the same refusal as the CLI, at open, and the store is
    left as it was (closed again: a second open for writing is not locked out)."""
    location, line = stamped
    with pytest.raises(StoreError) as err:
        open_store(location, read_only=True)
    assert f"Error: {err.value}" == line
    with pytest.raises(StoreError):
        open_store(location)  # the first open released its lock
    with open_store(location, check_layout=False) as store:  # for tools that repair the stamp
        assert any(q[1] == PKO.storeFormat for q in store.quads(META_GRAPH))


@pytest.mark.server
@pytest.mark.parametrize("value", list(BAD_STAMPS), ids=str)
def test_a_remote_store_of_another_layout_is_refused(oxigraph_server, value):  # noqa: F811
    oxigraph_server.clear()
    with oxigraph_server.store() as store:
        _restamp(store, value)
    url, update = oxigraph_server.query_url, oxigraph_server.update_url
    for args in (("query", "ASK { ?s ?p ?o }"), ("stats",), ("add", str(EXAMPLE))):
        result = _kg(url, *args, update_endpoint=update)
        assert (result.exit_code, result.stderr.splitlines()) == (1, [f"Error: {url}: {BAD_STAMPS[value]}"])
    with oxigraph_server.store() as store:
        assert [str(q[2]) for q in store.quads(META_GRAPH) if q[1] == PKO.storeFormat] == [str(value)]
    oxigraph_server.clear()
