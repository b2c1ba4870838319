"""Adding a source again keeps the metadata a user gave it unless the command line gives other.

Before the fix ``kg add docs/`` after ``kg add docs/a.txt --date … --publisher …`` reported
"replaced" and wiped the date and publisher: options not given counted as "no date".
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.catalog import list_sources
from kg.cli import cli
from kg.ingest import Ingestor
from kg.model import Document, Extraction
from kg.ontology import source_iri
from kg.store.oxigraph import OxigraphStore

GIVEN = {
    "title": "Coastal plan",
    "date": "2023-03-14",
    "publisher": "Gov of Ghana",
    "url": "https://gov.gh/a",
}
OTHER = {
    "title": "Coastal plan, final",
    "date": "2024-01-02",
    "publisher": "Ministry",
    "url": "https://gov.gh/b",
}


class Counting:
    """An extractor that finds nothing and counts the documents it was given."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, doc: Document) -> Extraction:
        self.seen.append(doc.id)
        return Extraction(doc.id, "test")


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("Ghana adopted the coastal plan.\n", encoding="utf-8")
    return folder


def _meta(store: OxigraphStore, path: Path) -> dict[str, str]:
    """What the store says of the source at ``path``: its metadata and text hash."""
    src = source_iri(hashlib.sha256(str(path).encode()).hexdigest()[:12])
    sha, _version, *meta = Ingestor(store, extractor_version="test").stored_states(src)[src]
    return {"sha256": sha, **dict(zip(("title", "date", "publisher", "url"), meta, strict=True))}


def _add(store: OxigraphStore, extractor: Counting, *specs: str, **options: str):
    return Ingestor(store, extractor=extractor, extractor_version="test").add(list(specs), **options)


def test_cli_readding_the_folder_keeps_date_and_publisher(tmp_path, docs):
    """The report's repro, as a user runs it."""
    store = str(tmp_path / "store")
    a = str(docs / "a.txt")

    def kg(*args: str):
        return CliRunner().invoke(cli, ["--store", store, *args], catch_exceptions=False)

    first = kg("add", a, "--date", "2023-03-14", "--publisher", "Gov of Ghana")
    assert first.exit_code == 0, first.output
    (source_id,) = (line.split("\t")[1] for line in first.stdout.splitlines())
    again = kg("add", str(docs))
    assert again.exit_code == 0, again.output
    assert again.stdout == f"unchanged\t{source_id}\n"
    row = kg("sources", "--format", "tsv").stdout.splitlines()[1].split("\t")
    assert (row[0], row[2]) == (source_id, "2023-03-14")
    with OxigraphStore(store, read_only=True) as s:
        assert _meta(s, docs / "a.txt")["publisher"] == "Gov of Ghana"


@pytest.mark.parametrize("name", ["title", "date", "publisher", "url"])
def test_metadata_not_given_again_is_kept_without_extraction(tmp_path, docs, name):
    extractor = Counting()
    with OxigraphStore(str(tmp_path / "store")) as store:
        assert len(_add(store, extractor, str(docs / "a.txt"), **{name: GIVEN[name]}).added) == 1
        report = _add(store, extractor, str(docs))
        assert (len(report.unchanged), report.replaced, report.added) == (1, [], [])
        assert _meta(store, docs / "a.txt")[name] == GIVEN[name]
    assert len(extractor.seen) == 1


@pytest.mark.parametrize("name", ["title", "date", "publisher", "url"])
def test_metadata_given_and_different_is_updated_without_extraction(tmp_path, docs, name):
    extractor = Counting()
    with OxigraphStore(str(tmp_path / "store")) as store:
        _add(store, extractor, str(docs / "a.txt"), **GIVEN)
        before = _meta(store, docs / "a.txt")
        report = _add(store, extractor, str(docs / "a.txt"), **{name: OTHER[name]})
        assert len(report.replaced) == 1 and not report.failed
        after = _meta(store, docs / "a.txt")
        assert after == {**before, name: OTHER[name]}, "only the given field changed"
        (info,) = list_sources(store)
        assert info.entities == 0 and info.location == str(docs / "a.txt")
        assert len(_add(store, extractor, str(docs / "a.txt"), **{name: OTHER[name]}).unchanged) == 1
    assert len(extractor.seen) == 1, "a metadata update extracts nothing"


def test_an_edited_text_file_keeps_the_given_date_and_takes_its_new_first_line(tmp_path, docs):
    extractor = Counting()
    a = docs / "a.txt"
    with OxigraphStore(str(tmp_path / "store")) as store:
        _add(store, extractor, str(a), date="2023-03-14", publisher="Gov of Ghana")
        a.write_text("Ghana revised the coastal plan.\nIt now covers mangroves.\n", encoding="utf-8")
        report = _add(store, extractor, str(docs))
        assert len(report.replaced) == 1
        meta = _meta(store, a)
    assert (meta["title"], meta["date"], meta["publisher"]) == (
        "Ghana revised the coastal plan.",
        "2023-03-14",
        "Gov of Ghana",
    )
    assert len(extractor.seen) == 2


def _page(title: str, date: str, text: str) -> str:
    return (
        f"<html><head><title>{title}</title>"
        f'<meta property="article:published_time" content="{date}T09:00:00Z"></head>'
        f"<body><article><h1>{title}</h1><p>{text}</p></article></body></html>"
    )


def test_an_edited_html_page_updates_the_title_and_date_it_states(tmp_path, docs):
    page = docs / "page.html"
    page.write_text(_page("Ghana adopts plan", "2023-04-05", "Ghana adopted the plan."), encoding="utf-8")
    extractor = Counting()
    with OxigraphStore(str(tmp_path / "store")) as store:
        _add(store, extractor, str(page))
        meta = _meta(store, page)
        assert (meta["title"], meta["date"]) == ("Ghana adopts plan", "2023-04-05")
        assert len(_add(store, extractor, str(page)).unchanged) == 1
        page.write_text(
            _page("Ghana revises plan", "2024-02-01", "Ghana revised the coastal plan in February."),
            encoding="utf-8",
        )
        assert len(_add(store, extractor, str(page)).replaced) == 1
        meta = _meta(store, page)
        assert (meta["title"], meta["date"]) == ("Ghana revises plan", "2024-02-01")


@pytest.mark.parametrize("force", [False, True])
def test_an_edited_text_file_keeps_a_given_title(tmp_path, docs, force):
    """A --title is not replaced by the edited file's first line: a plain file states no title."""
    extractor = Counting()
    a = docs / "a.txt"
    with OxigraphStore(str(tmp_path / "store")) as store:
        _add(store, extractor, str(a), title="Ghana NAP release")
        a.write_text("Ghana revised the coastal plan.\nIt now covers mangroves.\n", encoding="utf-8")
        report = Ingestor(store, extractor=extractor, extractor_version="test").add([str(a)], force=force)
        assert len(report.replaced) == 1
        assert _meta(store, a)["title"] == "Ghana NAP release"


@pytest.mark.parametrize(
    ("field", "given", "stated"),
    [("title", "Given", "Ghana revises plan"), ("date", "2023-01-01", "2023-07-16")],
)
def test_an_edited_markdown_file_takes_what_its_front_matter_states(tmp_path, docs, field, given, stated):
    """A title or date the file states of itself (front matter) replaces a given one."""
    extractor = Counting()
    md = docs / "a.md"
    md.write_text("Ghana adopted the plan.\n", encoding="utf-8")
    with OxigraphStore(str(tmp_path / "store")) as store:
        _add(store, extractor, str(md), **{field: given})
        md.write_text(f"---\n{field}: {stated}\n---\nGhana revised the plan.\n", encoding="utf-8")
        assert len(_add(store, extractor, str(md)).replaced) == 1
        assert _meta(store, md)[field] == stated


def test_cli_an_edited_text_file_keeps_a_given_date_over_its_dateline(tmp_path, docs):
    """The report's repro: a --date is not replaced by the edited file's unchanged dateline."""
    store = str(tmp_path / "store")
    law = docs / "law.txt"
    law.write_text(
        "Parliament passes law\nDHAKA, 2 March 2012 - Parliament passed the law.\n", encoding="utf-8"
    )

    def kg(*args: str):
        return CliRunner().invoke(cli, ["--store", store, *args], catch_exceptions=False)

    assert kg("add", str(law), "--date", "2012-03-05").exit_code == 0
    law.write_text(law.read_text(encoding="utf-8") + "It takes effect in May.\n", encoding="utf-8")
    again = kg("add", str(law))
    assert again.exit_code == 0 and again.stdout.startswith("replaced"), again.output
    row = kg("sources", "--format", "tsv").stdout.splitlines()[1].split("\t")
    assert row[2] == "2012-03-05"


def test_an_edited_text_file_takes_its_new_dateline_over_the_old_one(tmp_path, docs):
    """A date read off the old dateline is the text's own: the new dateline replaces it."""
    extractor = Counting()
    a = docs / "a.txt"
    a.write_text("Plan adopted\nACCRA, 14 March 2023 - Ghana adopted the plan.\n", encoding="utf-8")
    with OxigraphStore(str(tmp_path / "store")) as store:
        _add(store, extractor, str(a))
        assert _meta(store, a)["date"] == "2023-03-14"
        a.write_text("Plan revised\nACCRA, 2 May 2024 - Ghana revised the plan.\n", encoding="utf-8")
        assert len(_add(store, extractor, str(a)).replaced) == 1
        assert _meta(store, a)["date"] == "2024-05-02"
        a.write_text("Plan revised\nACCRA, 2 May 2024 - Ghana revised the plan again.\n", encoding="utf-8")
        _add(store, extractor, str(a), date="2024-05-03")
        a.write_text(
            "Plan revised\nACCRA, 9 May 2024 - Ghana revised the plan once more.\n", encoding="utf-8"
        )
        _add(store, extractor, str(a))
        assert _meta(store, a)["date"] == "2024-05-03", "a given date stands over a changed dateline"
