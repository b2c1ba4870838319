"""The pair model: candidate pairs and their features, scoring, the component, and training."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from extract_util import pair_state

from kg.extract.found import Found
from kg.extract.pair_features import MAX_MENTIONS, pair_candidates, pair_key
from kg.extract.pair_model import _HEDGED, NONE, PairLinker, PairModel, allowed, class_name, model_links
from kg.extract.pair_training import Example, fit, main, train
from kg.extract.records import DocState


def _state(text: str, names: list[tuple[str, str]]) -> DocState:
    return pair_state(text, names)


TEXT = "Ruritania signed the Harbour Accord in Vienna. Osterlich welcomed it."


def _candidates(text: str, state: DocState, ruled: dict[tuple[str, str], str] | None = None):  # type: ignore[no-untyped-def]
    bounds = [(0, text.index(".") + 1), (text.index(".") + 2, len(text))]
    return pair_candidates(text, state.by_position(), bounds, ruled or {})


def test_a_pair_is_described_by_types_words_between_and_context() -> None:
    state = _state(
        TEXT, [("Country", "Ruritania"), ("Framework", "Harbour Accord"), ("Country", "Osterlich")]
    )
    cands = _candidates(TEXT, state)
    assert len(cands) == 1  # Osterlich is alone in its sentence
    cand = cands[0]
    assert (cand.first.label, cand.second.label) == ("Ruritania", "Harbour Accord")
    feats = set(cand.features)
    assert {"t:Country>Framework", "b:signed", "b:the", "bCF:signed", "bb:signed_the", "post:in"} <= feats
    assert "first_actor" in feats and "rule" not in feats
    assert TEXT[cand.sent_start : cand.sent_end] == "Ruritania signed the Harbour Accord in Vienna."


def test_a_feature_weighs_once_as_in_training() -> None:
    """Training counts each feature once per pair; a word repeated around the names must not
    weigh twice when the model is used."""
    text = "In Old Harbour City, Ruritania signed the Harbour Accord on the shore of the bay."
    state = _state(text, [("Country", "Ruritania"), ("Framework", "Harbour Accord")])
    (cand,) = pair_candidates(text, state.by_position(), [(0, len(text))], {})
    assert cand.features.count("pre:^") == 2  # "Harbour City," before Ruritania: two capitals
    model = PairModel((NONE, "adopts>"), {"bias": {0: 1.0}, "pre:^": {1: 1.0}}, 0.5)
    once = model.probabilities(["bias", "pre:^"], "Country", "Framework")["adopts>"]
    assert once == pytest.approx(0.5)  # 1.0 against 1.0: counted twice it would be 0.73
    assert model.probabilities(cand.features, "Country", "Framework")["adopts>"] == pytest.approx(once)


def test_the_rules_predicate_is_a_feature() -> None:
    state = _state(TEXT, [("Country", "Ruritania"), ("Framework", "Harbour Accord")])
    key = pair_key("Country:Ruritania", "Framework:Harbour Accord")
    (cand,) = _candidates(TEXT, state, {key: "adopts"})
    assert {"rule", "rule:adopts"} <= set(cand.features)


def test_two_items_make_no_pair_but_an_issue_does() -> None:
    text = "The Harbour Accord builds on the Coastal Charter and addresses forced labour."
    state = _state(
        text, [("Framework", "Harbour Accord"), ("Framework", "Coastal Charter"), ("Issue", "forced labour")]
    )
    pairs = {
        (c.first.label, c.second.label)
        for c in pair_candidates(text, state.by_position(), [(0, len(text))], {})
    }
    assert pairs == {("Harbour Accord", "forced labour"), ("Coastal Charter", "forced labour")}


def test_a_sentence_with_too_many_names_is_skipped() -> None:
    names = [f"Land{i}" for i in range(MAX_MENTIONS + 1)]
    text = "Delegates of " + ", ".join(names) + " met."
    state = _state(text, [("Country", n) for n in names])
    assert pair_candidates(text, state.by_position(), [(0, len(text))], {}) == []


def _toy_model(threshold: float = 0.5) -> PairModel:
    classes = (NONE, "adopts>", "represents>")
    return PairModel(classes, {"bias": {0: 1.0}, "b:signed": {1: 3.0}, "b:of": {2: 3.0}}, threshold)


def test_probabilities_cover_only_the_links_the_types_allow() -> None:
    model = _toy_model()
    probs = model.probabilities(["bias", "b:signed", "b:of"], "Country", "Framework")
    assert set(probs) == {NONE, "adopts>"}  # a country represents nobody
    assert probs["adopts>"] == pytest.approx(1 / (1 + pow(2.718281828, -2.0)), rel=1e-6)
    assert set(model.probabilities(["b:of"], "Person", "Country")) == {NONE, "represents>"}


def test_class_names_and_signatures() -> None:
    assert class_name("adopts", True) == "adopts>" and class_name("adopts", False) == "adopts<"
    assert allowed("adopts<", "Plan", "Country") and not allowed("adopts>", "Plan", "Country")
    assert allowed(NONE, "Issue", "Issue")


def test_model_links_add_only_pairs_the_rules_left_and_keep_the_best_sentence() -> None:
    text = "Ruritania signed the Harbour Accord. Ruritania discussed the Harbour Accord."
    state = _state(text, [("Country", "Ruritania"), ("Framework", "Harbour Accord")])
    cut = text.index(".") + 1
    bounds = [(0, cut), (cut + 1, len(text))]
    model = _toy_model()
    (link,) = model_links(text, state, bounds, [], model)
    assert (link.subject, link.predicate, link.object, link.cue) == (
        "Country:Ruritania",
        "adopts",
        "Framework:Harbour Accord",
        "pair model",
    )
    assert text[link.start : link.end] == "Ruritania signed the Harbour Accord."
    ruled = [Found("Country:Ruritania", "supports", "Framework:Harbour Accord", 0, cut, "welcomed")]
    assert model_links(text, state, bounds, ruled, model) == []


def test_an_official_of_a_body_is_given_no_country_by_the_model() -> None:
    text = "Ana Lind of Ruritania spoke."
    state = _state(text, [("Person", "Ana Lind"), ("Country", "Ruritania"), ("Organization", "Harbour Bank")])
    rules = [Found("Person:Ana Lind", "represents", "Organization:Harbour Bank", 0, len(text), "role")]
    assert model_links(text, state, [(0, len(text))], rules, _toy_model()) == []
    (link,) = model_links(text, state, [(0, len(text))], [], _toy_model())
    assert (link.subject, link.predicate, link.object) == (
        "Person:Ana Lind",
        "represents",
        "Country:Ruritania",
    )


def test_a_person_who_speaks_for_a_country_may_also_speak_for_a_body() -> None:
    text = "Ana Lind of Harbour Bank spoke."
    state = _state(text, [("Person", "Ana Lind"), ("Country", "Ruritania"), ("Organization", "Harbour Bank")])
    rules = [Found("Person:Ana Lind", "represents", "Country:Ruritania", 0, len(text), "role")]
    (link,) = model_links(text, state, [(0, len(text))], rules, _toy_model())
    assert (link.predicate, link.object) == ("represents", "Organization:Harbour Bank")


def test_the_model_gives_a_person_one_principal_at_most() -> None:
    text = "Ana Lind of Ruritania spoke. Ana Lind of Osterlich spoke."
    state = _state(text, [("Person", "Ana Lind"), ("Country", "Ruritania"), ("Country", "Osterlich")])
    cut = text.index(".") + 1
    links = model_links(text, state, [(0, cut), (cut + 1, len(text))], [], _toy_model())
    assert [f.predicate for f in links] == ["represents"]


def test_a_salutation_gives_no_link() -> None:
    text = "Ruritania signed the Harbour Accord, Excellencies, Ladies and Gentlemen."
    state = _state(text, [("Country", "Ruritania"), ("Framework", "Harbour Accord")])
    assert model_links(text, state, [(0, len(text))], [], _toy_model()) == []


def test_a_link_below_the_threshold_is_not_added() -> None:
    text = "Ruritania discussed the Harbour Accord."
    state = _state(text, [("Country", "Ruritania"), ("Framework", "Harbour Accord")])
    assert model_links(text, state, [(0, len(text))], [], _toy_model()) == []


def test_a_partnership_or_an_issue_the_model_finds_most_probable_is_left_to_the_rules() -> None:
    text = "Ruritania and Osterlich signed the Harbour Accord."
    state = _state(
        text, [("Country", "Ruritania"), ("Country", "Osterlich"), ("Framework", "Harbour Accord")]
    )
    # the two states side by side look like partners to the model: the rules decide that
    model = PairModel((NONE, "partnersWith>", "adopts>"), {"bias": {0: 1.0}, "b:and": {1: 5.0, 2: 4.0}}, 0.5)
    assert model.best_links(pair_candidates(text, state.by_position(), [(0, len(text))], {})[:1]) == [None]
    kept = PairModel((NONE, "adopts>"), {"bias": {0: 1.0}, "b:signed": {1: 5.0}}, 0.5)
    (link,) = model_links(text, state, [(0, len(text))], [], kept)[:1]
    assert link.predicate == "adopts"


def test_the_model_file_round_trips_and_refuses_another_format(tmp_path: Path) -> None:
    model = _toy_model(0.7)
    again = PairModel.from_json(json.loads(json.dumps(model.to_json())))
    assert again == model
    with pytest.raises(ValueError, match="format"):
        PairModel.from_json({**model.to_json(), "format": 99})


def test_the_component_uses_the_model_file_it_is_given(tmp_path: Path) -> None:
    import spacy

    import kg.extract.factories  # noqa: F401

    path = tmp_path / "m.json"
    path.write_text(json.dumps(_toy_model().to_json()))
    nlp = spacy.blank("en")
    linker = nlp.add_pipe("kg_pair_links_v1", config={"model_path": str(path), "threshold": 0.99})
    assert isinstance(linker, PairLinker) and linker.model is not None and linker.model.threshold == 0.99
    missing = PairLinker(model_path=str(tmp_path / "none.json"))
    doc = nlp.make_doc("Nothing here.")
    assert missing.model is None and missing(doc) is doc


def _examples() -> list[Example]:
    out = []
    for i in range(30):
        out.append(Example(("bias", "b:signed", f"w{i % 3}"), "adopts>", "Country", "Framework"))
        out.append(Example(("bias", "b:criticised", f"w{i % 3}"), NONE, "Country", "Framework"))
    return out


def test_fitting_learns_the_cue_and_is_deterministic() -> None:
    model = fit(_examples(), steps=200)
    assert model.probabilities(["bias", "b:signed"], "Country", "Framework")["adopts>"] > 0.9
    assert model.probabilities(["bias", "b:criticised"], "Country", "Framework")["adopts>"] < 0.1
    assert fit(_examples(), steps=200) == model


def _gold_set(root: Path) -> Path:
    (root / "docs").mkdir(parents=True)
    (root / "gold").mkdir()
    sentence = "The Government of Kenya has at last put its name to the Paris Agreement, the minister said."
    text = "Kenya and the accord\n\n" + sentence
    (root / "docs" / "g1.txt").write_text(text, encoding="utf-8")
    meta = {"id": "g1", "title": "Kenya and the accord", "source": "test", "date": None, "publisher": None}
    (root / "docs" / "g1.meta.json").write_text(json.dumps(meta))
    gold = {
        "entities": [
            {"type": "Country", "name": "Kenya", "aliases": [], "required": True},
            {"type": "Framework", "name": "Paris Agreement", "aliases": [], "required": True},
        ],
        "relations": [
            {
                "subject": "Kenya",
                "predicate": "adopts",
                "object": "Paris Agreement",
                "evidence": sentence,
                "required": True,
            }
        ],
    }
    (root / "gold" / "g1.json").write_text(json.dumps(gold))
    return root


def test_training_on_a_gold_set_records_where_the_model_came_from(tmp_path: Path) -> None:
    model = train([_gold_set(tmp_path / "set")], threshold=0.8)
    assert model.threshold == 0.8
    assert model.about["sets"][0]["name"] == "set" and model.about["sets"][0]["documents"] == 1  # type: ignore[index]
    assert model.about["examples"] == 1 and model.about["links"] == 1  # Kenya and the Agreement, linked
    assert "adopts>" in model.classes


def test_a_document_in_two_gold_sets_is_trained_on_once(tmp_path: Path) -> None:
    model = train([_gold_set(tmp_path / "a"), _gold_set(tmp_path / "b")], threshold=0.8)
    assert [s["documents"] for s in model.about["sets"]] == [1, 0]  # type: ignore[index, attr-defined]
    assert model.about["examples"] == 1
    assert model.about["skipped"] == [{"set": "b", "id": "g1"}]


def test_a_text_repeated_within_a_set_or_with_other_blank_ends_is_trained_on_once(tmp_path: Path) -> None:
    root = _gold_set(tmp_path / "a")
    text = (root / "docs" / "g1.txt").read_text(encoding="utf-8")
    (root / "docs" / "g2.txt").write_text("\n" + text + "\n\n", encoding="utf-8")
    meta = json.loads((root / "docs" / "g1.meta.json").read_text())
    (root / "docs" / "g2.meta.json").write_text(json.dumps({**meta, "id": "g2"}))
    (root / "gold" / "g2.json").write_text((root / "gold" / "g1.json").read_text())
    model = train([root], threshold=0.8)
    assert model.about["sets"][0]["documents"] == 1  # type: ignore[index]
    assert model.about["skipped"] == [{"set": "a", "id": "g2"}]


def test_the_training_command_refuses_a_folder_that_is_not_a_gold_set(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main([str(tmp_path), "--out", str(tmp_path / "m.json")]) == 2
    assert "not a gold set" in capsys.readouterr().err
    assert not (tmp_path / "m.json").exists()


def test_taking_part_is_left_to_the_rules() -> None:
    names = [("Country", "Ruritania"), ("Event", "Harbour Forum"), ("Framework", "Harbour Accord")]
    text = "Ruritania joined the Harbour Forum and the Harbour Accord."
    state = _state(text, names)
    # the model finds taking part most probable for the event, adopting for the accord
    model = PairModel(
        (NONE, "participatesIn>", "adopts>"), {"bias": {0: 1.0}, "b:joined": {1: 5.0, 2: 5.0}}, 0.5
    )
    links = model_links(text, state, [(0, len(text))], [], model)
    assert [(f.predicate, f.object) for f in links] == [("adopts", "Framework:Harbour Accord")]


def test_blame_gives_no_link() -> None:
    names = [("Country", "Ruritania"), ("Framework", "Harbour Accord")]
    for text in (
        "Ruritania signed and criticised the Harbour Accord.",
        "Ruritania signed, then condemned the Harbour Accord.",
    ):
        assert model_links(text, _state(text, names), [(0, len(text))], [], _toy_model()) == [], text


def test_blame_elsewhere_in_the_sentence_leaves_the_pair_to_the_model() -> None:
    names = [("Country", "Ruritania"), ("Framework", "Harbour Accord")]
    text = "Ruritania signed the Harbour Accord amid accusations of corruption."
    (link,) = model_links(text, _state(text, names), [(0, len(text))], [], _toy_model())
    assert link.predicate == "adopts"


def test_neither_nor_before_the_pair_s_verb_gives_no_link() -> None:
    names = [("Country", "Ruritania"), ("Country", "Osterlich"), ("Framework", "Harbour Accord")]
    for text in (
        "Neither Ruritania nor Osterlich signed the Harbour Accord.",
        "Ruritania neither signed the Harbour Accord nor ratified it.",
    ):
        assert model_links(text, _state(text, names), [(0, len(text))], [], _toy_model()) == [], text


def test_a_nor_of_another_clause_leaves_the_pair_to_the_model() -> None:
    names = [("Country", "Ruritania"), ("Framework", "Harbour Accord")]
    text = "Ruritania signed the Harbour Accord in 2019, a step neither easy nor quick."
    (link,) = model_links(text, _state(text, names), [(0, len(text))], [], _toy_model())
    assert (link.subject, link.predicate, link.object) == (
        "Country:Ruritania",
        "adopts",
        "Framework:Harbour Accord",
    )


@pytest.mark.parametrize(
    ("words", "hedged"),
    [
        ("Chile asked whether Peru had ratified the Protocol.", True),
        ("Norway asks Kenya if it will sign the Compact.", True),
        ("Kenya has asked donors to help if needed and has adopted the Plan.", False),
        ("Uganda asked for support if needed and adopted the Policy.", False),
    ],
)
def test_only_an_asked_question_hedges_a_sentence(words: str, hedged: bool) -> None:
    assert (_HEDGED.search(words) is not None) is hedged
