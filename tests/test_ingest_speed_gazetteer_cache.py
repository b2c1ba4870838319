"""The parsed-gazetteer cache (kg.extract.gazetteer_cache): same gazetteer as parsing, new
parse after an edit, and never in the way (off, unwritable, corrupt)."""

from __future__ import annotations

import json

import pytest

from kg.extract import gazetteer, gazetteer_cache

PREFIXES = (
    "@prefix pko: <https://w3id.org/policy-kg/ontology#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
)


def _turtle(tmp_path, label: str = "Harbour Relief Agency", name: str = "mine.ttl"):
    path = tmp_path / name
    path.write_text(
        PREFIXES + f'<https://example.org/org/hra> a pko:Organization ; rdfs:label "{label}" ;'
        ' skos:altLabel "Harbour Agency" ; pko:acronym "HRA" .\n'
        '<https://example.org/plan/p1> a pko:Plan ; rdfs:label "Coastal Plan 2030" ;'
        " pko:startYear 2024 ; pko:endYear 2030 .\n"
        '<https://example.org/country/ar> a pko:Country ; rdfs:label "Arcadia" ;'
        ' pko:demonym "Arcadian" ; pko:capital "Port Selene" .\n',
        encoding="utf-8",
    )
    return path


@pytest.fixture
def cache(monkeypatch, tmp_path):
    folder = tmp_path / "cache"
    monkeypatch.setenv(gazetteer_cache.ENV_CACHE_DIR, str(folder))
    gazetteer._load.cache_clear()
    yield folder
    gazetteer._load.cache_clear()


def _load(path):
    gazetteer._load.cache_clear()  # the in-process cache would hide the file cache
    return gazetteer.load_gazetteer([path], include_reference=False)


def test_a_cached_gazetteer_equals_the_parsed_one(cache, tmp_path, monkeypatch):
    path = _turtle(tmp_path)
    first = _load(path)
    assert len(list(cache.glob("gazetteer-*.json"))) == 1
    monkeypatch.setattr(gazetteer, "_parse", lambda key: pytest.fail("parsed although cached"))
    second = _load(path)
    assert second == first
    assert list(second.entities) == list(first.entities)
    plan = second.get("https://example.org/plan/p1")
    assert plan is not None and (plan.start_year, plan.end_year) == (2024, 2030)
    assert second.get("https://example.org/org/hra").acronyms == ("HRA",)


def test_the_shipped_reference_reads_back_the_same(cache):
    gazetteer._load.cache_clear()
    parsed = gazetteer.load_gazetteer()
    gazetteer._load.cache_clear()
    cached = gazetteer.load_gazetteer()
    assert cached == parsed and list(cached.entities) == list(parsed.entities)
    assert cached.terms == parsed.terms


def test_an_edited_file_is_parsed_again(cache, tmp_path):
    path = _turtle(tmp_path)
    assert _load(path).get("https://example.org/org/hra").label == "Harbour Relief Agency"
    _turtle(tmp_path, label="Harbour Rescue Agency")
    assert _load(path).get("https://example.org/org/hra").label == "Harbour Rescue Agency"
    assert len(list(cache.glob("gazetteer-*.json"))) == 2


def test_a_corrupt_cache_file_is_parsed_again_and_replaced(cache, tmp_path):
    path = _turtle(tmp_path)
    first = _load(path)
    (cached,) = cache.glob("gazetteer-*.json")
    for broken in (
        "{not json",
        json.dumps({"key": "other", "entities": []}),
        json.dumps({"key": cached.stem[len("gazetteer-") :], "entities": [[1, 2, 3]]}),
        json.dumps({"key": cached.stem[len("gazetteer-") :], "entities": [[1] * 9]}),
    ):
        cached.write_text(broken, encoding="utf-8")
        assert _load(path) == first
    assert json.loads(cached.read_text(encoding="utf-8"))["entities"]


def test_an_unwritable_cache_folder_is_no_error(monkeypatch, tmp_path):
    path = _turtle(tmp_path)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(gazetteer_cache.ENV_CACHE_DIR, str(blocker / "cache"))
    assert _load(path).get("https://example.org/org/hra") is not None
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_a_cache_folder_refusing_writes_is_no_error(monkeypatch, tmp_path):
    # a read-only folder, for any user (root included): creating the temporary file fails
    path = _turtle(tmp_path)
    folder = tmp_path / "ro"
    folder.mkdir()
    monkeypatch.setenv(gazetteer_cache.ENV_CACHE_DIR, str(folder))

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(folder))

    monkeypatch.setattr(gazetteer_cache.tempfile, "mkstemp", refuse)
    assert _load(path).get("https://example.org/org/hra") is not None
    assert not list(folder.iterdir())


def test_off_writes_no_cache(monkeypatch, tmp_path):
    monkeypatch.setenv(gazetteer_cache.ENV_CACHE_DIR, "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert gazetteer_cache.cache_dir() is None
    _load(_turtle(tmp_path))
    assert not (tmp_path / "xdg").exists()


def test_default_folder_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv(gazetteer_cache.ENV_CACHE_DIR, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert gazetteer_cache.cache_dir() == tmp_path / "xdg" / "policy-kg"


def test_a_missing_or_broken_file_is_still_reported(cache, tmp_path):
    from kg.errors import KgError

    with pytest.raises(KgError, match=r"absent\.ttl: gazetteer file not found"):
        _load(tmp_path / "absent.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(KgError, match=r"bad\.ttl: not valid Turtle"):
        _load(bad)
    assert not list(cache.glob("gazetteer-*.json")) if cache.exists() else True


def test_old_caches_are_pruned(cache, tmp_path):
    path = _turtle(tmp_path)
    for n in range(11):
        _turtle(tmp_path, label=f"Harbour Agency {n}")
        _load(path)
    assert len(list(cache.glob("gazetteer-*.json"))) <= 8
