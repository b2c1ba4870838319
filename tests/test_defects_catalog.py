"""``kg remove b1``: a too-short id prefix is named as such, not reported as "no such source"."""

from __future__ import annotations

import pytest

from kg.catalog import SourceInfo, resolve_sources
from kg.errors import KgError


def _info(sid: str) -> SourceInfo:
    return SourceInfo(
        id=sid,
        location=f"/docs/{sid}.txt",
        title=None,
        date=None,
        added=None,
        sha256="0",
        extractor_version="1",
    )


INFOS = [_info("b1c2d3e4"), _info("b1ffee00"), _info("c0ffee11")]


def test_short_prefix_of_existing_ids_asks_for_more_characters():
    with pytest.raises(KgError) as caught:
        resolve_sources(INFOS, "b1")
    message = str(caught.value)
    assert message.startswith("b1: give at least 4 characters of the source id")
    assert "b1c2d3e4" in message and "b1ffee00" in message and "c0ffee11" not in message
    assert "\n" not in message


def test_short_prefix_of_no_id_is_no_such_source():
    with pytest.raises(KgError, match=r"^zz: no such source"):
        resolve_sources(INFOS, "zz")


def test_short_exact_id_and_four_character_prefix_still_resolve():
    assert [i.id for i in resolve_sources([*INFOS, _info("b1")], "b1")] == ["b1"]
    assert [i.id for i in resolve_sources(INFOS, "c0ff")] == ["c0ffee11"]


def test_a_key_like_an_id_that_starts_no_id_says_so_whatever_its_length():
    """The review read "abc: no such source" as a prefix too short; no id starts with abc, so
    no length would do: the line says what was looked for and not found."""
    for key in ("abc", "abcd1234"):
        with pytest.raises(KgError) as caught:
            resolve_sources(INFOS, key)
        assert str(caught.value) == (
            f"{key}: no source id starts with {key}, and no source was added from a file of this name "
            "(see 'kg sources')"
        )
