"""Write kg/extract/data/given_names.txt: the names that open a person's name without a title.

Usage (from the repository root, in the dev venv)::

    .venv/bin/python tools/build_given_names.py            # write the file
    .venv/bin/python tools/build_given_names.py --check    # exit 1 if the file would change

Sources: the first-name lists of Faker's person providers (every locale written in Latin
letters, and the romanized Japanese names), pinned in the dev extras because the output
depends on its version; and the table in tools/reference_data/given_names.py for the regions
Faker lacks. A name is dropped when it could as well be a word of the text around it: an
English word (Faker's English word list and a few more), a country's name, demonym or
capital, a word of a reference entity's one-word name, or a head word the extractor reads
("Forum", "Minister", "Asia"), or a word that more often opens a place's name ("Santa", "Monte").
The output is sorted, so the same inputs give the same bytes.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import re
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from reference_data import given_names as table  # noqa: E402

from kg.extract import lexicon  # noqa: E402
from kg.extract.gazetteer import ENV_EXTRA, load_gazetteer  # noqa: E402

OUT = ROOT / "kg" / "extract" / "data" / "given_names.txt"
_FIRST_NAME_FIELDS = (
    "first_names",
    "first_names_male",
    "first_names_female",
    "first_names_nonbinary",
    "first_romanized_names",
)
_LATIN_NAME = re.compile(r"[A-Z][a-zà-öø-ÿ’'-]+")
#: English words Faker's word list lacks that are given names too and open other names
_MORE_WORDS = {"bay", "park", "moon", "song", "sung", "woo", "star", "chase", "forest", "liberty", "unity"}


def faker_names() -> tuple[str, set[str]]:
    """Faker's version and the given names of its person providers written in Latin letters."""
    import faker
    import faker.providers.person as person

    names: set[str] = set()
    for info in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{info.name}").Provider
        for field in _FIRST_NAME_FIELDS:
            value = provider.__dict__.get(field)
            if isinstance(value, (list, tuple, dict)):
                names.update(n for n in value if isinstance(n, str) and _LATIN_NAME.fullmatch(n))
    return faker.VERSION, names


def english_words() -> set[str]:
    """Lower-case words that must not be read as a name: Faker's English word list and more."""
    import faker.providers.lorem.en_US as lorem

    return {w.lower() for w in lorem.Provider.word_list} | _MORE_WORDS


def taken_words() -> set[str]:
    """Lower-case words of countries (names, demonyms, capitals), one-word reference names and head words."""
    out: set[str] = set()
    for group in (
        lexicon.PLAN_HEADS,
        lexicon.FRAMEWORK_HEADS,
        lexicon.ORG_HEADS,
        lexicon.EVENT_HEADS,
        lexicon.TITLES,
        lexicon.ROLE_WORDS,
        lexicon.NOT_NAMES,
        lexicon.MONTHS,
        lexicon.WEEKDAYS,
        lexicon.DEPARTMENT_WORDS,
        lexicon.GOVERNMENT_WORDS,
        lexicon.CONNECTORS,
        lexicon.REGION_WORDS,
    ):
        out |= {w.lower() for w in group}
    os.environ.pop(ENV_EXTRA, None)  # the shipped reference only: a user's extra files change nothing here
    for ent in load_gazetteer().entities.values():
        forms: Iterable[str] = (ent.label, *ent.names, *ent.acronyms)
        if ent.type == "Country":
            forms = (*forms, *ent.demonyms, *ent.capitals)
        for form in forms:
            if ent.type == "Country" or " " not in form:
                out |= {w.lower() for w in form.split()}
    return out


def build() -> str:
    """The file's text."""
    version, names = faker_names()
    for names_of_region in table.GIVEN.values():
        names |= set(names_of_region.split())
    family_first = set(table.FAMILY_FIRST.split())
    blocked = english_words() | taken_words() | {n.lower() for n in table.NOT_OPENING.split()}
    kept = {n for n in names if len(n) > 2 and n.lower() not in blocked}
    kept |= {n for n in family_first if n.lower() not in blocked}
    header = [
        "# Names that open a person's name when no title or verb marks it (kg/extract/persons_given.py).",
        f"# Built by tools/build_given_names.py from Faker {version} (MIT License) person providers",
        "# and tools/reference_data/given_names.py; do not edit by hand.",
    ]
    return "\n".join([*header, *sorted(kept)]) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is out of date")
    args = parser.parse_args(argv)
    text = build()
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT.relative_to(ROOT)} is out of date: run tools/build_given_names.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(text.splitlines()) - 3} names", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
