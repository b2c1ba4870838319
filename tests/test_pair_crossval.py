"""The pair model's cross-validation by gold set."""

from __future__ import annotations

import json
from pathlib import Path

from kg.extract.pair_crossval import SCORES, crossvalidate, fold_of, main


def _gold_set(root: Path, country: str, text_id: str) -> Path:
    (root / "docs").mkdir(parents=True)
    (root / "gold").mkdir()
    sentence = f"The Government of {country} signed the Paris Agreement on Monday."
    (root / "docs" / f"{text_id}.txt").write_text(f"{country} signs\n\n{sentence}", encoding="utf-8")
    meta = {"id": text_id, "title": f"{country} signs", "source": "test", "date": None, "publisher": None}
    (root / "docs" / f"{text_id}.meta.json").write_text(json.dumps(meta))
    gold = {
        "entities": [
            {"type": "Country", "name": country, "aliases": [], "required": True},
            {"type": "Framework", "name": "Paris Agreement", "aliases": [], "required": True},
        ],
        "relations": [
            {
                "subject": country,
                "predicate": "adopts",
                "object": "Paris Agreement",
                "evidence": sentence,
                "required": True,
            }
        ],
    }
    (root / "gold" / f"{text_id}.json").write_text(json.dumps(gold))
    return root


def test_folds_are_by_set_name_and_stable() -> None:
    assert fold_of("AO", 5) == fold_of("AO", 5)
    assert {fold_of(name, 3) for name in ("a", "b", "c", "d", "e", "f")} <= {0, 1, 2}


def test_every_document_is_scored_once_by_each_of_the_three(tmp_path: Path) -> None:
    sets = [
        _gold_set(tmp_path / "one", "Kenya", "k1"),
        _gold_set(tmp_path / "two", "Ghana", "g1"),
        _gold_set(tmp_path / "copy", "Kenya", "k2"),  # the same text as k1: scored once
    ]
    totals = crossvalidate(sets, folds=2)
    assert set(totals) == {"rules", "shipped", "retrained"}
    for scores in totals.values():
        assert set(scores) == set(SCORES)
        core = scores["core"]
        assert (core.tp, core.fp, core.fn) == (4, 0, 0)  # two documents, two entities each
        links = scores["relations_any"]
        assert links.tp + links.fn == 2  # one gold link per document


def test_the_command_refuses_a_folder_that_is_not_a_gold_set_or_one_fold(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main([str(tmp_path)]) == 2
    assert "not a gold set" in capsys.readouterr().err
    good = _gold_set(tmp_path / "one", "Kenya", "k1")
    assert main([str(good), "--folds", "1"]) == 2
    assert "--folds" in capsys.readouterr().err


def test_the_command_prints_the_three_rows(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main([str(_gold_set(tmp_path / "one", "Kenya", "k1")), "--folds", "2"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in out[1:]] == ["rules", "shipped", "retrained"]
    assert "relations_any" in out[0]
