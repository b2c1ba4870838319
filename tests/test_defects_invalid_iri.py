"""A name that looks like an IRI but is not a valid one (``https://x/a>b``) is one line naming
it, from ``kg show`` (and the views' ``--focus``) and from a bundled query's ``--param``. It
was rdflib's warning line and then its repr and its words on why it cannot write the term."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import URIRef

from kg.cli import cli
from kg.errors import EntityNotFound
from kg.query import resolve_name
from kg.store import open_store

EXAMPLE = (
    Path(__file__).resolve().parent.parent
    / "sources"
    / "pakistan-urges-coordinated-approach-to-end-human-trafficking.txt"
)
BAD_IRIS = ["https://x/a>b", "https://x/{a}", "http://x/a|b", 'https://x/"q"', "https://x/%zz"]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> str:
    from kg.ingest import Ingestor

    path = str(tmp_path_factory.mktemp("iri") / "kg")
    with open_store(path) as s:
        assert Ingestor(s).add([str(EXAMPLE)]).added
    return path


def _kg(store_path: str, *args: str):
    return CliRunner().invoke(cli, ["--store", store_path, *args], catch_exceptions=False)


def _one_line(result, line: str, caplog) -> None:
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [line]
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []


@pytest.mark.parametrize("iri", BAD_IRIS)
def test_show_names_the_invalid_iri_in_one_line(store_path, iri, caplog):
    _one_line(_kg(store_path, "show", iri), f"Error: {iri}: not a valid IRI", caplog)


def test_show_names_a_compact_iri_as_given(store_path, caplog):
    _one_line(_kg(store_path, "show", "pkr:country/a>b"), "Error: pkr:country/a>b: not a valid IRI", caplog)


def test_focus_names_the_invalid_iri_in_one_line(store_path, caplog):
    result = _kg(store_path, "views", "ego", "--focus", "https://x/a>b")
    _one_line(result, "Error: https://x/a>b: not a valid IRI", caplog)


@pytest.mark.parametrize("value", [*BAD_IRIS, "pkr:x|y"])
def test_param_names_the_invalid_iri_in_one_line(store_path, value, caplog):
    result = _kg(store_path, "query", "--name", "plans-by-actor", "--param", f"actor={value}")
    _one_line(result, f"Error: --param actor={value}: not a valid IRI", caplog)


def test_valid_iris_are_still_looked_up(store_path):
    shown = _kg(store_path, "show", "https://w3id.org/policy-kg/id/country/PAK")
    assert shown.exit_code == 0 and shown.stdout.startswith("Pakistan  (Country, pkr:country/PAK)")
    unknown = _kg(store_path, "show", "https://x/nothing")
    assert unknown.stderr.splitlines() == ["Error: https://x/nothing: no entity with this IRI"]
    plans = _kg(store_path, "query", "--name", "plans-by-actor", "--param", "actor=pkr:country/PAK")
    assert plans.exit_code == 0
    assert "Strategic National Action Plan (2021-2025)" in plans.stdout


def test_the_library_raises_entity_not_found_before_making_the_term(store_path, caplog):
    from kg.entity_names import entity_iri

    with pytest.raises(EntityNotFound, match=r"^https://x/a>b: not a valid IRI$"):
        entity_iri("https://x/a>b")
    with open_store(store_path, read_only=True) as store, pytest.raises(EntityNotFound):
        resolve_name(store, "https://x/{a}")
    assert caplog.records == []
    assert entity_iri("https://x/é") == URIRef("https://x/é")
