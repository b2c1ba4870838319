"""Bodies and instruments the reference knows by name alone: union federations, rights groups,
climate funds, regional and EU instruments, and a reference name followed by its parent body."""

from __future__ import annotations

import pytest
from extract_util import labels, run


@pytest.mark.parametrize(
    ("text", "type_name", "label"),
    [
        ("The ETUC welcomed the vote.", "Organization", "European Trade Union Confederation"),
        ("IndustriALL called for a binding treaty.", "Organization", "IndustriALL Global Union"),
        ("Equidem documented the abuses.", "Organization", "Equidem"),
        ("NITI Aayog will track the goals.", "Organization", "NITI Aayog"),
        (
            "The Least Developed Countries Fund approved the grant.",
            "Organization",
            "Least Developed Countries Fund",
        ),
        ("Delegates discussed the Santiago Network.", "Organization", "Santiago Network"),
        ("ITUC-Asia Pacific met in Manila.", "Organization", "ITUC Asia-Pacific"),
        (
            "ADB will help its members meet their commitments under the Paris climate agreement.",
            "Framework",
            "Paris Agreement",
        ),
        ("Migrants are returned under the Dublin Regulation.", "Framework", "Dublin III Regulation"),
        (
            "Member States apply the Temporary Protection Directive to people fleeing the war.",
            "Framework",
            "Temporary Protection Directive",
        ),
        (
            "Ghana ratified the ECOWAS Protocol on Free Movement of Persons.",
            "Framework",
            "Protocol Relating to Free Movement of Persons, Residence and Establishment",
        ),
        (
            "Lawmakers debated the Corporate Sustainability Due Diligence Directive (CSDDD).",
            "Framework",
            "Corporate Sustainability Due Diligence Directive",
        ),
        ("Norway endorsed the Safe Schools Declaration in 2015.", "Framework", "Safe Schools Declaration"),
    ],
)
def test_the_reference_knows_the_name(text: str, type_name: str, label: str) -> None:
    assert label in labels(run(text), type_name)


def test_a_reference_instrument_of_a_reference_body_is_two_entities() -> None:
    x = run("Angola aligned its plan with Agenda 2063 of the African Union.")
    assert labels(x, "Framework") == {"Agenda 2063: The Africa We Want"}
    assert labels(x, "Organization") == {"African Union"}


def test_a_name_of_a_reference_body_that_is_not_itself_known_stays_whole() -> None:
    # "Regional Office" is no reference name: the office is one body, named with its parent
    x = run("The Regional Office of the African Union opened in Nairobi.")
    assert labels(x, "Organization") == {"Regional Office of the African Union"}


def test_a_shared_acronym_is_not_read_as_a_rights_group() -> None:
    # "MFA" is a ministry of foreign affairs far more often than Migrant Forum in Asia
    x = run("The MFA said the visa rules would change.")
    assert "Migrant Forum in Asia" not in labels(x, "Organization")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("IOM met the OACPS.", "Organisation of African, Caribbean and Pacific States"),
        ("IDLO trained the judges.", "International Development Law Organization"),
        ("The AU Commission hosted the talks.", "African Union Commission"),
        ("The Nansen Initiative consulted the Pacific states.", "Nansen Initiative"),
        ("The Black Sea Economic Cooperation met.", "Organization of the Black Sea Economic Cooperation"),
        ("The 5+5 Dialogue met in Tunis.", "5+5 Dialogue"),
        ("PIDC members discussed border data.", "Pacific Immigration Development Community"),
    ],
)  # fmt: skip
def test_more_intergovernmental_bodies_and_processes(text, label):
    assert label in labels(run(text), "Organization")
