"""The pair model's cross-validation by gold set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.evaluate import Score, evaluate
from kg.extract import pair_crossval
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


def test_folds_are_by_set_and_the_same_on_every_machine() -> None:
    # sha256 of the key, not Python's salted hash(): these hold in every process
    assert (fold_of("eval", 2), fold_of("eval", 5), fold_of("round7", 3)) == (1, 3, 1)


def _two_folds(tmp_path: Path) -> tuple[Path, Path]:
    """Two set folders that fall into different folds of two (folds go by the resolved path)."""
    by_fold: dict[int, Path] = {}
    for i in range(64):
        path = tmp_path / f"s{i}"
        by_fold.setdefault(fold_of(str(path.resolve()), 2), path)
        if len(by_fold) == 2:
            return by_fold[0], by_fold[1]
    raise AssertionError("no two folds")


def test_every_document_is_scored_once_by_each_of_the_three(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    first, second = _two_folds(tmp_path)
    sets = [
        _gold_set(first, "Kenya", "k1"),
        _gold_set(second, "Ghana", "g1"),
        _gold_set(tmp_path / "copy", "Kenya", "k2"),  # the same text as k1: scored once
    ]
    fitted: list[int] = []
    real_fit = pair_crossval.fit

    def counting_fit(examples, **kw):  # type: ignore[no-untyped-def]
        fitted.append(len(examples))
        return real_fit(examples, **kw)

    monkeypatch.setattr(pair_crossval, "fit", counting_fit)
    totals = crossvalidate(sets, folds=2)
    assert fitted == [1, 1]  # each fold's model is fitted on the other fold's one pair
    assert set(totals) == {"rules", "shipped", "retrained"}
    for scores in totals.values():
        assert set(scores) == set(SCORES)
        core = scores["core"]
        assert (core.tp, core.fp, core.fn) == (4, 0, 0)  # two documents, two entities each
        links = scores["relations_any"]
        assert links.tp + links.fn == 2  # one gold link per document


def test_the_shipped_row_is_what_kg_eval_scores(tmp_path: Path) -> None:
    first, second = _two_folds(tmp_path)
    sets = [_gold_set(first, "Kenya", "k1"), _gold_set(second, "Ghana", "g1")]
    shipped = crossvalidate(sets, folds=2)["shipped"]
    for name in SCORES:
        want = Score()
        for gold_dir in sets:
            want.add(evaluate(gold_dir).totals[name])
        assert (shipped[name].tp, shipped[name].fp, shipped[name].fn) == (want.tp, want.fp, want.fn)


def test_sets_that_fill_one_fold_only_are_refused(tmp_path: Path) -> None:
    first, _second = _two_folds(tmp_path)
    with pytest.raises(KgError, match="folds"):
        crossvalidate([_gold_set(first, "Kenya", "k1")], folds=2)


def test_the_command_refuses_a_folder_that_is_not_a_gold_set_or_one_fold(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main([str(tmp_path)]) == 2
    assert "not a gold set" in capsys.readouterr().err
    good = _gold_set(tmp_path / "one", "Kenya", "k1")
    assert main([str(good), "--folds", "1"]) == 2
    assert "--folds" in capsys.readouterr().err


def test_the_command_prints_the_three_rows(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    first, second = _two_folds(tmp_path)
    sets = [str(_gold_set(first, "Kenya", "k1")), str(_gold_set(second, "Ghana", "g1"))]
    assert main([*sets, "--folds", "2", "--threshold", "1.5"]) == 2
    assert "--threshold" in capsys.readouterr().err
    assert main([*sets, "--folds", "2"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in out[1:]] == ["rules", "shipped", "retrained"]
    assert "relations_any" in out[0]
