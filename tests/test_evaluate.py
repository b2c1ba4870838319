"""kg.evaluate and ``kg eval``: exact scores of a fake extractor on a small gold set of our own."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg.evaluate
from kg.cli import cli
from kg.eval_format import format_report
from kg.evaluate import GoldSetError, evaluate, load_gold_set, normalize_form
from kg.model import Document, Entity, Evidence, Extraction, Relation
from kg.ontology import mint_iri

GOLD = Path(__file__).parent / "fixtures" / "gold"


def ent(type_: str, label: str, *aliases: str) -> Entity:
    return Entity(iri=str(mint_iri(type_, label)), type=type_, label=label, aliases=aliases)


def rel(doc: Document, subject: Entity, predicate: str, obj: Entity, sentence: str) -> Relation:
    start = doc.text.index(sentence)
    return Relation(subject.iri, predicate, obj.iri, Evidence(sentence, start, start + len(sentence)))


def fake_extract(doc: Document) -> Extraction:
    """Known output per fixture document; each case is named where it happens."""
    if doc.id == "t01_kenya_forced_labour_plan":
        kenya = ent("Country", "Kenya")
        ilo = ent("Organization", "International Labour Organization", "ILO")
        ilo_again = ent("Organization", "ILO")  # double node: FP
        jane = ent("Person", "Jane Wambui")
        # hyphen for the gold's en dash: still the gold name
        plan = ent("Plan", "National Action Plan on Forced Labour (2024-2028)")
        protocol = ent("Plan", "Forced Labour Protocol")  # gold says Framework: type confusion
        labour = ent("Issue", "forced labour")
        exploitation = ent("Issue", "exploitation")  # required=false in gold: neither way
        s1 = "Kenya on Monday launched the National Action Plan on Forced Labour (2024–2028)"
        s2 = "Labour Minister Jane Wambui said the plan would help the country meet its duties"
        rels = (
            rel(doc, kenya, "adopts", plan, s1),
            rel(doc, kenya, "supports", plan, s1),  # 2nd predicate on a found link: ignored / strict FP
            rel(doc, ilo, "partnersWith", kenya, s1),  # symmetric, reversed: TP in both modes
            rel(doc, jane, "represents", kenya, s2),  # required=false gold relation: neither way
            rel(doc, kenya, "adopts", protocol, s2),  # end is a confused entity: FP
            rel(doc, plan, "addresses", labour, "The plan sets out steps to end forced labour"),
        )
        ents = (kenya, ilo, ilo_again, jane, plan, protocol, labour, exploitation)
    elif doc.id == "t02_ghana_domestic_workers":
        ghana = ent("Country", "Ghana")
        nigeria = ent("Country", "Nigeria")
        dwc = ent("Framework", "Domestic Workers Convention")
        ilo = ent("Organization", "ILO")  # label is a gold alias
        gna = ent("Organization", "Ghana News Agency")  # required=false: neither way
        kofi = ent("Person", "kofi  mensah")  # case and spaces folded
        extra = ent("Organization", "Domestic Workers")  # not in gold: FP
        s1 = "Ghana has ratified the Domestic Workers Convention"
        s2 = "Minister Kofi Mensah said Ghana would work together with Nigeria"
        rels = (
            rel(doc, ghana, "adopts", dwc, s1),
            rel(doc, ghana, "adopts", dwc, s1),  # same triple twice: one claim
            rel(doc, nigeria, "partnersWith", ghana, s2),
            rel(doc, kofi, "represents", ghana, s2),  # required=false gold relation
            rel(doc, gna, "supports", ghana, "according to the Ghana News Agency"),  # optional entity
            rel(doc, ilo, "adopts", dwc, "deposited with the ILO"),  # no gold link: FP
            rel(doc, extra, "partnersWith", ghana, s2),  # end not in gold: FP
        )
        ents = (ghana, nigeria, dwc, ilo, gna, kofi, extra)
    elif doc.id == "t03_bali_process_strategy":
        indonesia = ent("Country", "Indonesia")
        australia = ent("Country", "Australia")
        bali = ent("Organization", "Bali Process")  # required=false
        conf = ent("Event", "Bali Process Ministerial Conference")
        strategy = ent("Plan", "Regional Strategy on Trafficking in Persons")
        trafficking = ent("Issue", "human trafficking")
        s1 = "Ministers from Indonesia and Australia attended the Bali Process Ministerial Conference"
        s2 = "Indonesia and Australia endorsed the Regional Strategy on Trafficking in Persons"
        rels = (
            rel(doc, indonesia, "participatesIn", conf, s1),
            rel(doc, australia, "callsFor", strategy, s2),  # gold: supports → any TP, strict FP+FN
            rel(doc, strategy, "addresses", trafficking, s2 + ", which aims to end human trafficking"),
            rel(doc, indonesia, "partnersWith", australia, s2),  # no gold link: FP
        )
        ents = (indonesia, australia, bali, conf, strategy, trafficking)
    else:  # the warm-up call
        return Extraction(doc.id, "fake-1")
    return Extraction(doc.id, "fake-1", entities=ents, relations=rels)


@pytest.fixture(scope="module")
def report() -> kg.evaluate.EvalReport:
    return evaluate(GOLD, extractor=fake_extract)


def counts(score: kg.evaluate.Score) -> tuple[int, int, int]:
    return score.tp, score.fp, score.fn


def doc(report: kg.evaluate.EvalReport, doc_id: str) -> kg.evaluate.DocumentReport:
    return next(d for d in report.documents if d.id.startswith(doc_id))


def test_gold_documents_are_built_from_text_and_meta() -> None:
    docs = load_gold_set(GOLD)
    assert [d.document.id for d in docs] == [
        "t01_kenya_forced_labour_plan",
        "t02_ghana_domestic_workers",
        "t03_bali_process_strategy",
    ]
    first = docs[0].document
    assert first.title == "Kenya launches plan against forced labour"
    assert first.date == "2024-03-04"
    assert first.media_type == "text/plain"
    assert first.text == (GOLD / "docs" / "t01_kenya_forced_labour_plan.txt").read_text(encoding="utf-8")
    assert docs[1].document.date is None


def test_normalize_form_folds_case_space_quotes_and_dashes() -> None:
    assert normalize_form("Plan  (2024–2028)") == normalize_form("plan (2024-2028)")
    assert normalize_form("People’s Republic") == normalize_form("people's republic")


def test_double_node_is_a_false_positive(report) -> None:
    d = doc(report, "t01")
    assert counts(d.scores["core"]) == (4, 2, 1)
    reason = "second node for 'International Labour Organization'"
    assert {"type": "Organization", "label": "ILO", "aliases": [], "reason": reason} in d.extra_entities
    assert d.scores["core"].precision == pytest.approx(4 / 6)
    assert d.scores["core"].recall == pytest.approx(4 / 5)


def test_type_confusion_is_fp_and_fn_and_reported(report) -> None:
    d = doc(report, "t01")
    assert d.type_confusions == [
        {
            "label": "Forced Labour Protocol",
            "predicted_type": "Plan",
            "gold_type": "Framework",
            "gold_name": "Forced Labour Protocol",
        }
    ]
    assert {"type": "Framework", "name": "Forced Labour Protocol", "aliases": []} in d.missed_entities
    assert counts(d.by_type["Plan"]) == (1, 1, 0)
    assert counts(d.by_type["Framework"]) == (0, 0, 1)
    assert report.type_confusions == 1


def test_required_false_entities_count_neither_way(report) -> None:
    # exploitation (Issue), Ghana News Agency and Bali Process (Organization) are optional
    assert counts(doc(report, "t01").scores["issue"]) == (1, 0, 0)
    d2 = doc(report, "t02")
    assert counts(d2.scores["core"]) == (5, 1, 1)  # FP: "Domestic Workers"; FN: Ministry of Employment
    assert [e["label"] for e in d2.extra_entities] == ["Domestic Workers"]
    assert counts(doc(report, "t03").scores["core"]) == (3, 0, 0)


def test_relations_label_agnostic(report) -> None:
    # t01: adopts, partnersWith (reversed), addresses found; supports on the found link ignored;
    # adopts → confused Protocol node is FP; implements Protocol missed; optional represents ignored
    assert counts(doc(report, "t01").scores["relations_any"]) == (3, 1, 1)
    # t02: duplicate triple counted once, partnersWith reversed ok, two FPs, optional ones ignored
    assert counts(doc(report, "t02").scores["relations_any"]) == (2, 2, 0)
    # t03: callsFor on a supports link counts here; Australia participatesIn and Indonesia supports missed
    assert counts(doc(report, "t03").scores["relations_any"]) == (3, 1, 2)


def test_relations_strict(report) -> None:
    t01 = doc(report, "t01")
    assert counts(t01.scores["relations_strict"]) == (3, 2, 1)  # supports ≠ adopts is an FP here
    assert counts(doc(report, "t02").scores["relations_strict"]) == (2, 2, 0)  # symmetric partnersWith
    t03 = doc(report, "t03")
    assert counts(t03.scores["relations_strict"]) == (2, 2, 3)
    assert {
        "subject": "Australia",
        "predicate": "callsFor",
        "object": "Regional Strategy on Trafficking in Persons",
        "evidence": "Indonesia and Australia endorsed the Regional Strategy on Trafficking in Persons",
        "reason": "gold predicate is supports (strict only)",
    } in t03.extra_relations


def test_strict_scores_per_predicate(report) -> None:
    """Each strict outcome is counted under one predicate: the prediction's for an extra, the
    gold's for a miss; the rows add up to the strict totals."""
    t03 = doc(report, "t03").by_predicate
    assert counts(t03["callsFor"]) == (0, 1, 0)  # predicted callsFor where the gold says supports
    assert counts(t03["participatesIn"])[:2] == (1, 0)
    assert t03["supports"].fn >= 1 and t03["supports"].tp == 0
    assert counts(t03["partnersWith"])[1] == 1
    for scope in (*report.documents, report):
        per_predicate = [counts(s) for s in scope.by_predicate.values()]
        total = report.totals if scope is report else scope.scores
        summed = tuple(sum(column) for column in zip(*per_predicate, strict=True))
        assert summed == counts(total["relations_strict"])
    plain = format_report(report, "text")
    assert "\n  callsFor " in plain and "\n  supports " in plain
    data = json.loads(format_report(report, "json"))
    assert data["by_predicate"]["callsFor"]["fp"] == report.by_predicate["callsFor"].fp
    assert "by_predicate" in data["per_document"][0]


def test_micro_averaged_totals(report) -> None:
    assert counts(report.totals["core"]) == (12, 3, 2)
    assert report.totals["core"].precision == pytest.approx(12 / 15)
    assert report.totals["core"].recall == pytest.approx(12 / 14)
    assert report.totals["core"].f1 == pytest.approx(2 * 12 / (2 * 12 + 3 + 2))
    assert counts(report.totals["issue"]) == (2, 0, 0)
    assert counts(report.totals["event"]) == (1, 0, 0)
    assert counts(report.totals["relations_any"]) == (8, 4, 3)
    assert counts(report.totals["relations_strict"]) == (7, 6, 4)
    assert counts(report.by_type["Organization"]) == (2, 2, 1)
    assert report.words == sum(
        len(p.read_text(encoding="utf-8").split()) for p in (GOLD / "docs").glob("*.txt")
    )
    assert report.extractor_version == "fake-1"
    assert report.seconds > 0


def test_undefined_scores_are_none() -> None:
    score = kg.evaluate.Score()
    assert (score.precision, score.recall, score.f1) == (None, None, None)
    assert kg.evaluate.Score(tp=0, fp=2, fn=1).f1 == 0.0


def test_json_format_carries_totals_and_differences(report) -> None:
    data = json.loads(format_report(report, "json"))
    assert data["totals"]["core"] == {
        "tp": 12,
        "fp": 3,
        "fn": 2,
        "precision": 0.8,
        "recall": 0.8571,
        "f1": 0.8276,
    }
    t01 = data["per_document"][0]
    assert t01["id"] == "t01_kenya_forced_labour_plan"
    assert {
        "subject": "Kenya",
        "predicate": "implements",
        "object": "Forced Labour Protocol",
        "evidence": "the plan would help the country meet its duties under the Forced Labour Protocol",
        "mode": "any",
    } in t01["missed_relations"]


def test_text_format_shows_differences(report) -> None:
    plain = format_report(report, "text")
    assert "entities (core)" in plain
    assert "missed entities" not in plain
    shown = format_report(report, "text", show=True)
    assert "== t02_ghana_domestic_workers" in shown
    assert "Organization: Ministry of Employment" in shown
    assert "Forced Labour Protocol: predicted Plan, gold Framework" in shown
    assert "Indonesia —partnersWith→ Australia  [no gold link between these entities]" in shown


def write_gold_set(root: Path) -> Path:
    shutil.copytree(GOLD, root / "set")
    return root / "set"


BAD_TYPE = {"entities": [{"type": "Nation", "name": "X", "aliases": [], "required": True}], "relations": []}
BAD_END = {
    "entities": [],
    "relations": [{"subject": "A", "predicate": "adopts", "object": "B", "evidence": "", "required": True}],
}


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("t02_ghana_domestic_workers.json", "{", "t02_ghana_domestic_workers.json: not valid JSON"),
        ("t03_bali_process_strategy.json", None, "t03_bali_process_strategy.json: missing"),
        ("t01_kenya_forced_labour_plan.json", json.dumps(BAD_TYPE), "entities[0]: unknown type 'Nation'"),
        (
            "t01_kenya_forced_labour_plan.json",
            json.dumps(BAD_END),
            "relations[0]: subject 'A' is not the name",
        ),
    ],
)
def test_invalid_gold_file_is_named(tmp_path: Path, name: str, content: str | None, message: str) -> None:
    gold_set = write_gold_set(tmp_path)
    path = gold_set / "gold" / name
    if content is None:
        path.unlink()
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldSetError, match=re.escape(message)) as info:
        evaluate(gold_set, extractor=fake_extract)
    assert str(info.value).startswith(str(path))


def test_missing_or_incomplete_folder(tmp_path: Path) -> None:
    with pytest.raises(GoldSetError, match="no such folder"):
        load_gold_set(tmp_path / "nope")
    (tmp_path / "docs").mkdir()
    with pytest.raises(GoldSetError, match="needs the subfolders docs/ and gold/"):
        load_gold_set(tmp_path)


# ---------------------------------------------------------------- CLI


@pytest.fixture
def fake_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg.evaluate, "_default_extractor", lambda: fake_extract)


def test_cli_text(fake_default) -> None:
    result = CliRunner().invoke(cli, ["eval", str(GOLD)])
    assert result.exit_code == 0, result.output
    line = next(li for li in result.output.splitlines() if li.startswith("entities (core)"))
    assert line.split()[2:] == ["12", "3", "2", "0.800", "0.857", "0.828"]
    assert "type confusions: 1" in result.output


def test_cli_json_and_show(fake_default) -> None:
    result = CliRunner().invoke(cli, ["eval", str(GOLD), "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.output)["totals"]["relations_any"]["tp"] == 8
    shown = CliRunner().invoke(cli, ["eval", str(GOLD), "--show"])
    assert shown.exit_code == 0
    assert "missed relations" in shown.output


def test_cli_missing_dir_is_one_line_exit_1(tmp_path: Path, fake_default) -> None:
    result = CliRunner().invoke(cli, ["eval", str(tmp_path / "nope")])
    assert result.exit_code == 1
    expected = f"Error: {tmp_path / 'nope'}: no such folder; give a gold set folder with docs/ and gold/"
    assert result.output.strip().splitlines() == [expected]


def test_cli_invalid_gold_file_is_one_line_exit_1(tmp_path: Path, fake_default) -> None:
    gold_set = write_gold_set(tmp_path)
    (gold_set / "gold" / "t02_ghana_domestic_workers.json").write_text("[1,", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(gold_set)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert "t02_ghana_domestic_workers.json: not valid JSON" in lines[0]


def test_cli_bad_format_is_usage_error() -> None:
    result = CliRunner().invoke(cli, ["eval", str(GOLD), "--format", "xml"])
    assert result.exit_code == 2


def test_relation_touching_an_optional_entity_counts_neither_way() -> None:
    text = "Ghana News Agency reported that Ghana met the Spice Council."
    document = Document("x", "x.txt", text, "text/plain", "0")
    gold = kg.evaluate.GoldDocument(
        document,
        (
            kg.evaluate.GoldEntity("Country", "Ghana", (), True),
            kg.evaluate.GoldEntity("Organization", "Ghana News Agency", (), False),
        ),
        (),
    )
    ghana, gna, council = (
        ent("Country", "Ghana"),
        ent("Organization", "GNA", "Ghana News Agency"),
        ent("Organization", "Spice Council"),
    )
    extraction = Extraction(
        "x",
        "fake-1",
        entities=(ghana, gna, council),
        relations=(
            rel(document, gna, "partnersWith", council, text),  # optional end + unknown end: ignored
            rel(document, ghana, "partnersWith", council, text),  # unknown end: FP
        ),
    )
    d = kg.evaluate.score_document(gold, extraction)
    assert counts(d.scores["core"]) == (1, 1, 0)
    assert counts(d.scores["relations_any"]) == (0, 1, 0)
    assert [r["subject"] for r in d.extra_relations] == ["Ghana"]


def test_gold_itself_scores_perfectly() -> None:
    gold = {g.document.id: g for g in load_gold_set(GOLD)}

    def oracle(document: Document) -> Extraction:
        g = gold.get(document.id)
        if g is None:
            return Extraction(document.id, "oracle")
        ents = tuple(ent(e.type, e.name, *e.aliases) for e in g.entities)
        rels = tuple(
            Relation(ents[r.subject].iri, r.predicate, ents[r.object].iri, Evidence(r.evidence, 0, 0))
            for r in g.relations
        )
        return Extraction(document.id, "oracle", ents, rels)

    report = evaluate(GOLD, extractor=oracle)
    assert {k: (s.precision, s.recall) for k, s in report.totals.items()} == {
        "core": (1.0, 1.0),
        "issue": (1.0, 1.0),
        "event": (1.0, 1.0),
        "relations_any": (1.0, 1.0),
        "relations_strict": (1.0, 1.0),
    }
    assert counts(report.totals["core"]) == (14, 0, 0)
    assert counts(report.totals["relations_any"]) == (11, 0, 0)
