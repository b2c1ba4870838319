"""Entity profiles: ``kg show ENTITY`` (kg.profile)."""

from __future__ import annotations

import json
import re

import pytest
import view_stores as stores
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import EntityNotFound
from kg.profile import _md, build_profile, render_profile
from kg.store import open_store


@pytest.fixture(scope="module")
def example():
    store = open_store(str(stores.example_store_path()), read_only=True)
    yield store
    store.close()


def test_pakistan_profile_has_reference_links_relations_and_evidence(example):
    p = build_profile(example, "pakistan")
    assert (p.label, p.type) == ("Pakistan", "Country")
    assert p.attributes["ISO 3166 alpha-3"] == ["PAK"]
    assert "Islamic Republic of Pakistan" in p.alt_labels
    groups = p.grouped()
    partner = groups[("out", "partnersWith")][0]
    assert partner.other_label == "United Nations Office on Drugs and Crime"
    assert "in partnership with the UN Office on Drugs and Crime" in partner.evidence[0].sentence
    assert partner.evidence[0].title.startswith("Pakistan urges")
    assert groups[("in", "represents")][0].other_label == "Aamir Khan"
    assert [q.title for q in p.mentioned_in] == [partner.evidence[0].title]


def test_text_markdown_json(example):
    p = build_profile(example, "UNODC")
    text = render_profile(p, "text")
    assert text.startswith("United Nations Office on Drugs and Crime  (Organization, pkr:org/unodc)")
    assert "Pakistan —partnersWith→ United Nations Office on Drugs and Crime" in text
    assert "“On its part, Pakistan, in partnership" in text
    md = render_profile(p, "markdown")
    assert md.startswith("# United Nations Office on Drugs and Crime\n")
    assert "## partnersWith (incoming)" in md and "  > On its part, Pakistan" in md
    doc = json.loads(render_profile(p, "json"))
    assert doc["relations"][0]["predicate"] == "partnersWith"
    assert doc["relations"][0]["evidence"][0]["sentence"].startswith("On its part")


def test_json_mentioned_in_names_the_sources_as_text_and_markdown_do(example):
    """Every mentioned_in[].sentence was "": the store keeps no sentence for a mention, so the
    JSON names the source (id, title, date) as the text and Markdown lists do, and no sentence."""
    p = build_profile(example, "UNODC")
    doc = json.loads(render_profile(p, "json"))
    assert doc["mentioned_in"] and all(set(m) == {"source", "title", "date"} for m in doc["mentioned_in"])
    listed = [f"{m['title']}, {m['date']}" if m["date"] else m["title"] for m in doc["mentioned_in"]]
    text = render_profile(p, "text")
    assert all(f"\n    - {where}\n" in text for where in listed)
    md = render_profile(p, "markdown")
    assert md.split("## Sources\n\n", 1)[1].split("\n\n", 1)[0].splitlines() == [f"- {w}" for w in listed]


def test_markdown_escapes_document_text(tmp_path):
    with open_store(str(tmp_path / "store")) as store:
        stores.write_documents(store, stores.hostile_docs())
        md = render_profile(build_profile(store, "Freedonia"), "markdown")
    assert "<img" not in md and "<script>" not in md
    assert 'Org &lt;img src=x onerror="window.\\_\\_pwned=2"&gt;' in md


def test_text_drops_terminal_escapes(tmp_path):
    d = stores.doc(
        "esc.txt",
        "esc",
        "2024-01-01",
        [("Country", "Ruritania"), ("Plan", "Plan \x1b[31mred\x1b[0m")],
        [("Ruritania", "adopts", "Plan \x1b[31mred\x1b[0m", "Ruritania adopted it \x1b]0;owned\x07 today.")],
    )
    with open_store(str(tmp_path / "store")) as store:
        stores.write_documents(store, [d])
        text = render_profile(build_profile(store, "ruritania"), "text")
    assert "\x1b" not in text and "\x07" not in text
    assert "Ruritania adopted it ]0;owned today." in text


def test_unknown_entity(example):
    with pytest.raises(EntityNotFound, match="Atlantis"):
        build_profile(example, "Atlantis")


def test_cli_show():
    r = CliRunner().invoke(cli, ["--store", str(stores.example_store_path()), "show", "Aamir Khan"])
    assert r.exit_code == 0, r.output
    assert "Aamir Khan —represents→ Pakistan" in r.output
    r = CliRunner().invoke(cli, ["--store", str(stores.example_store_path()), "show", "Atlantis"])
    assert r.exit_code == 1 and "Atlantis" in r.output


def _show(*args: str):
    return CliRunner().invoke(cli, ["--store", str(stores.example_store_path()), "show", *args])


def test_a_misspelt_name_gets_close_names():
    r = _show("Pakistn")
    assert r.exit_code == 1
    assert r.output == (
        "Error: 'Pakistn': no entity with this name; did you mean Pakistan (Country, pkr:country/PAK)?\n"
    )


def test_suggestions_are_capped_and_counted():
    """`kg show Plan` listed every reference plan (~700 characters on one line)."""
    r = _show("Plan")
    assert r.exit_code == 1
    (line,) = r.output.splitlines()
    assert line.startswith("Error: 'Plan': no entity with this name; did you mean ")
    assert line.count(", pkr:") == 5
    assert re.search(r"; and \d+ more\?$", line)
    assert len(line) < 500


def test_markdown_escapes_only_what_markdown_reads_there():
    """`Human Trafficking \\(2022\\-2026\\)`: parentheses, hyphens and full stops were escaped
    everywhere; only emphasis, code, links, HTML and block marks at a line's start need it."""
    assert _md("National Action Plan (2022-2026). Done!") == "National Action Plan (2022-2026). Done!"
    assert _md("a *b* _c_ `d` [e](f) <g> & ~~h~~") == (
        "a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) &lt;g&gt; &amp; \\~\\~h\\~\\~"
    )
    assert _md("1. first") == "1. first"
    assert _md("1. first", line_start=True) == "1\\. first"
    assert _md("# title", line_start=True) == "\\# title"
    assert _md("- item", line_start=True) == "\\- item"
    assert _md("see https://x.org or www.y.org", line_start=True) == "see https\\://x.org or www\\.y.org"
    assert _md("Plan #", heading=True) == "Plan \\#"


def test_aliases_are_bounded_in_text_and_markdown_and_whole_in_json(example):
    """UNODC has ~50 aliases, most generated variants ('UN crime body'): the names documents
    used and proper names come first, then '+N more'; --all-aliases and json give all."""
    p = build_profile(example, "UNODC")
    assert len(p.alt_labels) > 20
    assert p.alt_labels[0] == "UN Office on Drugs and Crime (UNODC)"  # the article's own words
    assert p.alt_labels.index("U.N. Office on Drugs and Crime") < p.alt_labels.index("UN crime body")
    (also,) = [line for line in render_profile(p, "text").splitlines() if line.startswith("  also: ")]
    assert also.count("; ") == 8 and also.endswith(f"; +{len(p.alt_labels) - 8} more")
    md = render_profile(p, "markdown")
    assert f"; +{len(p.alt_labels) - 8} more\n" in md
    assert len(json.loads(render_profile(p, "json"))["alt_labels"]) == len(p.alt_labels)
    every = _show("UNODC", "--all-aliases").output
    assert "more" not in every.splitlines()[1] and "United Nations drugs and crime office" in every


def test_a_call_about_an_issue_reads_as_a_call_for_action_on_it(example):
    text = render_profile(build_profile(example, "Pakistan"), "text")
    assert "Pakistan —callsFor→ action on human trafficking" in text
    assert "—callsFor→ human trafficking" not in text
    issue = render_profile(build_profile(example, "human trafficking"), "markdown")
    assert "Pakistan —callsFor→ action on human trafficking" in issue
    doc = json.loads(render_profile(build_profile(example, "Pakistan"), "json"))
    assert {"callsFor"} <= {r["predicate"] for r in doc["relations"]}  # the data keeps the predicate


def test_evidence_from_a_wrapped_source_prints_on_one_line(tmp_path):
    from kg.ingest import Ingestor

    text = (
        "Ruritania adopted the National Action Plan against Trafficking in Persons\n"
        "(2024-2027) with the support of the International Organization for\n"
        "Migration and the United Nations Office on Drugs and Crime in the capital\n"
        "on Monday, the Ministry of the Interior of Ruritania said in a statement.\n"
    )
    path = tmp_path / "wrapped.txt"
    path.write_text(text)
    with open_store(str(tmp_path / "kg")) as store:
        assert Ingestor(store).add([str(path)]).added
        shown = render_profile(build_profile(store, "IOM"), "text")
    quoted = [line for line in shown.splitlines() if line.startswith("    “")]
    assert quoted and all(line.endswith("”") for line in quoted)  # each quote whole on its line
