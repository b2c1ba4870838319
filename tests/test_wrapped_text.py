"""Hard-wrapped text (plain-text releases, e-mails, PDFs) reads as the same paragraphs unwrapped.

A line break that only wraps a paragraph is a space to the extractor (kg.soft_breaks);
a PDF's running headers and footers are left out, and a sentence crossing a page break runs on
(kg.sources.pages).
"""

from __future__ import annotations

import textwrap

import pytest
from test_sources_formats import file_ref, make_pdf

from kg.extract import extract
from kg.soft_breaks import unwrap
from kg.sources import load, load_text
from kg.sources.pages import join_pages

RELEASE = (
    "LUSAKA, 4 April 2024 - The Government of Zambia today launched its National Action Plan "
    "against Trafficking in Persons (2024-2028), with technical support from the International "
    "Organization for Migration (IOM) and the United Nations Office on Drugs and Crime (UNODC). "
    "Speaking at the launch, Minister of Home Affairs and Internal Security Jack Mwiimbu said the "
    "plan would protect survivors. Zambia ratified the Protocol to Prevent, Suppress and Punish "
    "Trafficking in Persons, Especially Women and Children in 2005.\n\n"
    "The European Union funds the plan through its Global Action against Trafficking in Persons "
    "and the Smuggling of Migrants. IOM Chief of Mission Nomagugu Ncube welcomed the launch and "
    "said IOM would continue to partner with Zambia on shelters for survivors."
)


def _wrapped(text: str, width: int) -> str:
    return "\n\n".join(textwrap.fill(p, width) for p in text.split("\n\n"))


def _facts(text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str, str]]]:
    x = extract(load_text(text, location="release.txt"))
    label = {e.iri: e.label for e in x.entities}
    for r in x.relations:  # evidence still slices the source text
        assert text[r.evidence.start : r.evidence.end] == r.evidence.sentence
    return (
        {(e.type, e.label) for e in x.entities},
        {(label[r.subject], r.predicate, label[r.object]) for r in x.relations},
    )


@pytest.mark.parametrize("width", [48, 60, 72, 90])
def test_a_wrapped_release_gives_what_the_unwrapped_one_gives(width):
    entities, relations = _facts(RELEASE)
    assert (
        "Zambia",
        "adopts",
        "National Action Plan against Trafficking in Persons (2024-2028)",
    ) in relations
    wrapped = _wrapped(RELEASE, width)
    assert wrapped.count("\n") > 8
    assert _facts(wrapped) == (entities, relations)


def test_names_wrapped_over_lines_are_aliases_without_the_line_break():
    x = extract(load_text(_wrapped(RELEASE, 60), location="release.txt"))
    names = [e.label for e in x.entities] + [a for e in x.entities for a in e.aliases]
    assert not [n for n in names if "\n" in n or "  " in n]


def test_unwrap_keeps_the_length_and_every_other_character():
    wrapped = _wrapped(RELEASE, 60)
    flat = unwrap(wrapped)
    assert len(flat) == len(wrapped)
    assert [(a, b) for a, b in zip(wrapped, flat, strict=True) if a != b] == [("\n", " ")] * (
        wrapped.count("\n") - 2  # the two of the blank line between the paragraphs stay
    )


def test_a_title_shorter_than_the_width_stays_a_line_of_its_own():
    body = textwrap.fill(RELEASE.split("\n\n")[0], 60)
    title = "Zambia launches plan against trafficking"  # the next word would have fitted after it
    flat = unwrap(f"{title}\n{body}")
    assert flat.startswith(title + "\n")
    assert flat.count("\n") == 1


def test_web_text_whose_lines_are_paragraphs_is_left_alone():
    web = "Zambia launches plan against trafficking\nLUSAKA, 4 April 2024\n" + RELEASE.replace("\n\n", "\n")
    assert unwrap(web) == web


def test_list_items_and_blank_lines_keep_their_breaks():
    text = (
        "The Government of Zambia has taken the following steps over the\n"
        "past year to protect survivors of trafficking and to prosecute\n"
        "the traffickers who exploit them across its borders, namely:\n"
        "- adopted a National Action Plan against Trafficking in Persons\n"
        "- ratified the Protocol to Prevent, Suppress and Punish Trafficking\n"
        "\n"
        "Officials from the Ministry of Home Affairs and Internal Security\n"
        "said more would follow in the coming year with partners.\n"
    )
    flat = unwrap(text)
    assert "\n- adopted" in flat and "\n- ratified" in flat and "\n\nOfficials" in flat
    assert "over the past year" in flat and "Security said" in flat


def test_running_headers_and_footers_are_left_out_and_sentences_run_on():
    pages = [
        ["Zambia Annual Report 2024", "The Government of Zambia adopted the", "Page 1 of 3"],
        ["Zambia Annual Report 2024", "National Action Plan in 2024.", "It works with IOM.", "Page 2 of 3"],
        ["Zambia Annual Report 2024", "Zambia ratified the Protocol.", "Page 3 of 3"],
    ]
    text = join_pages(["\n".join(p) for p in pages])
    assert text == (
        "The Government of Zambia adopted the\nNational Action Plan in 2024.\nIt works with IOM.\n\n"
        "Zambia ratified the Protocol."
    )


def test_a_repeated_line_that_ends_a_sentence_is_text_not_a_footer():
    pages = [["Zambia adopted the Plan, with the support of", "Europe.", "1"] for _ in range(3)]
    text = join_pages(["\n".join(p) for p in pages])
    assert text.count("Europe.") == 3
    assert "1" not in text.split()


def test_one_page_keeps_every_line():
    assert join_pages(["Zambia Annual Report 2024\nZambia adopted the Plan.\nPage 1 of 1"]) == (
        "Zambia Annual Report 2024\nZambia adopted the Plan.\nPage 1 of 1"
    )


def test_a_pdf_with_headers_and_a_sentence_across_pages_reads_whole(tmp_path):
    header = "Ministry of Home Affairs - Annual Report"
    lines = textwrap.wrap(RELEASE.split("\n\n")[0], 70)
    pages = [[header, *lines[:3], "Page 1"], [header, *lines[3:], "Page 2"]]
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf(pages))
    doc = load(file_ref(path))
    assert header not in doc.text and "Page" not in doc.text
    assert "\n\n" not in doc.text  # the sentence crossing the page break is one paragraph
    _entities, relations = _facts(doc.text)
    assert (
        "Zambia",
        "adopts",
        "National Action Plan against Trafficking in Persons (2024-2028)",
    ) in relations


def test_lines_of_short_names_are_a_list_not_a_wrapped_paragraph():
    text = "Participants\nKenya\nUganda\nUnited Republic of Tanzania\nRwanda\nBurundi\n"
    assert unwrap(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Speakers:\nMr Tomas Berg, Head of Cooperation, Delegation of the European Union to Ghana\n"
        "Ms Ana Lind, President, Lumbini Migrant Workers Association (LMWA)\n"
        "Mr Raj Thapa, from the Ministry of Labour and Employment\n",
        "Statement on migration governance\n\nAmbassador Lena Fors\n"
        "Norwegian Representative for Economic and Social Affairs\nNew York\nMay 2, 2024\n\n"
        "Thank you, Chair.",
    ],
)
def test_lines_a_writer_ended_are_not_joined(text):
    assert unwrap(text) == text


def test_a_list_of_headlines_of_about_one_length_is_not_a_wrapped_paragraph():
    text = (
        "Related news\n"
        "Nigeria ratifies the Trafficking in Persons Protocol with support from UNODC\n"
        "Kenya endorses the Global Compact for Safe, Orderly and Regular Migration today\n"
        "IOM and Ghana Open New Shelter for Survivors of Trafficking in the Volta Region\n"
        "Uganda Launches National Action Plan against Trafficking in Persons 2024-2028\n"
        "European Union Funds Border Management Programme in the Sahel for Three Years\n"
    )
    assert unwrap(text) == text


def test_pdf_lines_ended_by_the_margin_make_one_paragraph_even_before_capitals():
    from kg.sources.pdf_lines import paragraphs

    printed = (
        "The Government of Senegal adopted its National Strategy against\n"
        "Migrant Smuggling 2023-2026 with the United Nations Office on Drugs and\n"
        "Crime and the International Organization for Migration in Dakar on\n"
        "Monday, officials of the Ministry of the Interior said.\n"
        "\n"
        "Background\n"
        "- first item\n"
        "- second item"
    )
    text = paragraphs(printed)
    assert text.startswith(
        "The Government of Senegal adopted its National Strategy against Migrant Smuggling 2023-2026 "
        "with the United "
        "Nations Office on Drugs and Crime and the International Organization for Migration in Dakar on "
        "Monday, officials of the Ministry of the Interior said.\n\nBackground\n- first item\n- second item"
    )


def test_a_year_range_broken_at_its_dash_is_one_period_even_in_a_short_text():
    text = "Kenya adopted the National Action Plan against Trafficking in Persons 2023-\n2027.\nIt began.\n"
    x = extract(load_text(text, location="k.txt"))
    plan = next(e for e in x.entities if e.type == "Plan")
    assert (plan.start_year, plan.end_year) == (2023, 2027)


def test_a_hard_wrapped_headline_is_one_title():
    headline = "Government of Zambia and IOM launch a joint national plan against trafficking in persons"
    text = _wrapped(headline + "\n\n" + RELEASE, 60)
    assert text.startswith("Government of Zambia and IOM launch a joint national plan\n")
    assert load_text(text, location="w.txt").title == headline


@pytest.mark.parametrize(
    "text",
    [
        "Thailand launched its National Strategy on\n"
        "Anti-Human Trafficking 2023-2027, officials said on\nMonday.\n",
        "Thailand launched its National Strategy on Anti-Human Trafficking\n2023-2027, officials said.\n",
        "Thailand launched its National Strategy on Anti-Human Trafficking\n(2023-2027), officials said.\n",
    ],
)
def test_a_short_text_wrapped_inside_a_name_or_before_its_period_reads_whole(text):
    """Too few lines to tell a wrapped text by its widths, but no line ends on "on" unless wrapped,
    and a period that opens a line and goes on with the sentence belongs to the name before it."""
    x = extract(load_text(text, location="t.txt"))
    plan = next(e for e in x.entities if e.type == "Plan")
    assert plan.label.startswith("National Strategy on Anti-Human Trafficking")
    assert (plan.start_year, plan.end_year) == (2023, 2027)


def test_a_period_on_a_line_of_its_own_and_a_heading_keep_their_breaks():
    text = "National Strategy on Anti-Human Trafficking\n2023-2027\n\nContents of\n\nPart One\n"
    assert unwrap(text) == text


def test_a_headline_ending_on_a_short_word_keeps_its_break():
    text = "Ghana moves on\nKenya adopted its National Action Plan on Human Trafficking 2022-2026.\n"
    assert unwrap(text) == text
