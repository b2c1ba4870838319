# ruff: noqa: E501  (data tables: long names stay on one line)
"""National law-enforcement and development agencies that trafficking, migration and aid news names
without their country ("the RCMP said", "funded by DFID"), hand-curated.

Names and acronyms as the agencies write them on their own sites. An acronym another body or a
news agency shares is left out ("AFP" is Agence France-Presse in datelines, "ICE" and "NCA" are
words or other bodies too): the full name still finds the agency, and a text that defines the
acronym links it. A row is (slug, label, acronyms, alt labels, ISO 3166 alpha-3 of the country).
"""

from __future__ import annotations

NOTES = [
    "National police forces, investigation and border agencies, and development agencies that",
    "news names without their country, each dcterms:isPartOf its country (names from the",
    "agencies' own sites). Hand-curated in tools/reference_data/national_agencies.py.",
]

AGENCIES: list[tuple[str, str, str, str, str]] = [
    # police and investigation
    ("can-rcmp", "Royal Canadian Mounted Police", "RCMP", "", "CAN"),
    ("irl-garda", "An Garda Síochána", "", "Garda Síochána|Gardaí", "IRL"),
    ("aus-afp", "Australian Federal Police", "", "", "AUS"),
    (
        "gbr-met-police",
        "Metropolitan Police Service",
        "",
        "Metropolitan Police|Met Police|Scotland Yard",
        "GBR",
    ),
    ("gbr-nca", "National Crime Agency", "", "", "GBR"),
    ("usa-fbi", "Federal Bureau of Investigation", "FBI", "", "USA"),
    # not "DHS" (Demographic and Health Surveys), "HSI" (Humane Society International), "PNP" (Peru's police too)
    ("usa-dhs", "Department of Homeland Security", "", "U.S. Department of Homeland Security", "USA"),
    ("usa-hsi", "Homeland Security Investigations", "", "", "USA"),
    ("usa-ice", "U.S. Immigration and Customs Enforcement", "", "Immigration and Customs Enforcement", "USA"),
    ("usa-cbp", "U.S. Customs and Border Protection", "CBP", "Customs and Border Protection", "USA"),
    ("pak-fia", "Federal Investigation Agency", "FIA", "", "PAK"),
    ("tha-police", "Royal Thai Police", "", "", "THA"),
    ("phl-pnp", "Philippine National Police", "", "", "PHL"),
    ("idn-polri", "Indonesian National Police", "Polri", "", "IDN"),
    ("mys-pdrm", "Royal Malaysia Police", "PDRM", "", "MYS"),
    ("nga-police", "Nigeria Police Force", "", "", "NGA"),
    ("zaf-saps", "South African Police Service", "SAPS", "", "ZAF"),
    # Austria has a Bundeskriminalamt too, and many states a "Gendarmerie nationale": left out
    ("esp-guardia-civil", "Guardia Civil", "", "", "ESP"),
    # development agencies no longer or not yet in the main table
    ("gbr-dfid", "Department for International Development", "DFID", "", "GBR"),
]
