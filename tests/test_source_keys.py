"""Naming stored sources on the command line (kg.source_keys): ``kg remove`` and ``--source``
take the paths ``kg add`` took, relative or absolute, folders and globs, as well as ids."""

from __future__ import annotations

import os

import pytest

from kg.errors import KgError
from kg.graph_read import Filters, SourceMeta, select_sources
from kg.source_keys import match_sources


@pytest.fixture
def stored(tmp_path, monkeypatch) -> dict[str, str]:
    """id → location as ``kg add docs/`` stores them, run from ``tmp_path`` (files not kept)."""
    monkeypatch.chdir(tmp_path)
    root = os.path.join(str(tmp_path), "docs")
    return {
        "aaaa1111": os.path.join(root, "nepal-page.html"),
        "bbbb2222": os.path.join(root, "sub", "ghana.md"),
        "cccc3333": os.path.join(root, "notes.txt"),
        "dddd4444": "https://example.org/speech.html",
    }


def test_relative_path_names_the_source_kg_add_stored(stored):
    assert match_sources(stored, "docs/nepal-page.html") == ["aaaa1111"]
    assert match_sources(stored, "./docs/sub/../nepal-page.html") == ["aaaa1111"]


def test_absolute_location_id_prefix_and_url_still_resolve(stored):
    assert match_sources(stored, stored["cccc3333"]) == ["cccc3333"]
    assert match_sources(stored, "bbbb2222") == ["bbbb2222"]
    assert match_sources(stored, "bbbb") == ["bbbb2222"]
    assert match_sources(stored, "https://example.org/speech.html") == ["dddd4444"]


def test_folder_names_every_source_stored_under_it(stored):
    assert match_sources(stored, "docs") == ["aaaa1111", "bbbb2222", "cccc3333"]
    assert match_sources(stored, "docs/sub/") == ["bbbb2222"]


def test_glob_matches_files_and_folders_like_kg_add(stored):
    assert match_sources(stored, "docs/*.html") == ["aaaa1111"]
    assert match_sources(stored, "docs/*") == ["aaaa1111", "bbbb2222", "cccc3333"]


def test_glob_does_not_cross_folders_but_double_star_does(stored):
    with pytest.raises(KgError, match=r"^docs/\*\.md: no stored source matches this pattern"):
        match_sources(stored, "docs/*.md")
    assert match_sources(stored, "docs/**/*.md") == ["bbbb2222"]
    assert match_sources(stored, "docs/s*") == ["bbbb2222"]  # a folder the glob matches


def test_nothing_matching_is_one_line_naming_the_key(stored, tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(KgError, match=r"^empty: no source stored from this folder"):
        match_sources(stored, "empty")
    with pytest.raises(KgError, match=r"^docs/nope\.txt: no such source \(see 'kg sources'\)$"):
        match_sources(stored, "docs/nope.txt")


def test_short_and_ambiguous_prefixes_are_still_refused():
    ids = {"ab12cdef": "/x/1.txt", "ab12ffff": "/x/2.txt"}
    with pytest.raises(KgError, match="give at least 4 characters"):
        match_sources(ids, "ab")
    with pytest.raises(KgError, match="matches 2 sources"):
        match_sources(ids, "ab12")


def test_view_source_filter_takes_relative_paths_and_folders(stored):
    metas = {
        f"urn:src:{sid}": SourceMeta(f"urn:src:{sid}", sid, None, None, loc) for sid, loc in stored.items()
    }
    assert select_sources(metas, Filters(sources=("docs/nepal-page.html",))) == {"urn:src:aaaa1111"}
    assert select_sources(metas, Filters(sources=("docs/sub",))) == {"urn:src:bbbb2222"}
    with pytest.raises(KgError, match=r"^--source docs/\*\.pdf: no stored source matches"):
        select_sources(metas, Filters(sources=("docs/*.pdf",)))


def test_a_folder_whose_name_looks_like_a_glob_is_that_folder(tmp_path, monkeypatch):
    """ "rep [2024]" is a folder kg add read as a path: removing it must not match "rep 2"."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "rep [2024]").mkdir()
    stored = {
        "aaaa1111": str(tmp_path / "rep [2024]" / "x.txt"),
        "bbbb2222": str(tmp_path / "rep 2" / "y.txt"),
    }
    assert match_sources(stored, "rep [2024]") == ["aaaa1111"]
    os.rmdir(tmp_path / "rep [2024]")  # gone from disk: still the stored folder, not a pattern
    assert match_sources(stored, "rep [2024]") == ["aaaa1111"]
    assert match_sources(stored, "rep [2]") == ["bbbb2222"]  # a glob that names no stored folder
