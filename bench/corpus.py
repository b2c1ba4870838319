"""A seeded generator of synthetic policy-news documents, for benchmarks.

Documents are built from the reference entities (``ontology/reference/*.ttl``: countries
with their capitals and demonyms, organizations with acronyms, frameworks, issues) and
from varied sentence templates: statements, launches of plans with year ranges,
ratifications, partnerships, quotes closed by "he said", lists introduced by "X has:",
calls for action, meetings. When no reference files exist yet, a small built-in list
stands in. The same ``(n_docs, seed)`` always gives the same documents.

Usage:
    python -m bench.corpus 1000 /tmp/corpus --seed 7

Library:
    >>> from bench.corpus import generate
    >>> name, text = next(generate(1, seed=1))
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


@dataclass(frozen=True)
class Country:
    name: str
    demonym: str | None
    capital: str | None


@dataclass(frozen=True)
class Organization:
    name: str
    acronym: str | None


@dataclass(frozen=True)
class Vocabulary:
    countries: tuple[Country, ...]
    organizations: tuple[Organization, ...]
    frameworks: tuple[str, ...]
    issues: tuple[str, ...]


_FALLBACK = Vocabulary(
    countries=(
        Country("Pakistan", "Pakistani", "Islamabad"),
        Country("Bangladesh", "Bangladeshi", "Dhaka"),
        Country("Kenya", "Kenyan", "Nairobi"),
        Country("Ghana", "Ghanaian", "Accra"),
        Country("Malaysia", "Malaysian", "Kuala Lumpur"),
        Country("Philippines", "Philippine", "Manila"),
        Country("Portugal", "Portuguese", "Lisbon"),
        Country("Nepal", "Nepali", "Kathmandu"),
        Country("Nigeria", "Nigerian", "Abuja"),
        Country("Indonesia", "Indonesian", "Jakarta"),
        Country("Mexico", "Mexican", "Mexico City"),
        Country("Germany", "German", "Berlin"),
    ),
    organizations=(
        Organization("United Nations Office on Drugs and Crime", "UNODC"),
        Organization("International Organization for Migration", "IOM"),
        Organization("International Labour Organization", "ILO"),
        Organization("Office of the United Nations High Commissioner for Refugees", "UNHCR"),
        Organization("United Nations Children's Fund", "UNICEF"),
        Organization("United Nations Development Programme", "UNDP"),
        Organization("European Union", "EU"),
        Organization("African Union", "AU"),
        Organization("Association of Southeast Asian Nations", "ASEAN"),
        Organization("Human Rights Council", None),
    ),
    frameworks=(
        "United Nations Convention against Transnational Organized Crime",
        "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children",
        "Global Compact for Safe, Orderly and Regular Migration",
        "Global Compact on Refugees",
        "Sustainable Development Goals",
        "2030 Agenda for Sustainable Development",
        "Paris Agreement",
        "Sendai Framework for Disaster Risk Reduction",
        "Forced Labour Convention",
        "Worst Forms of Child Labour Convention",
        "Convention on the Rights of the Child",
        "Universal Declaration of Human Rights",
    ),
    issues=(
        "human trafficking",
        "migrant smuggling",
        "forced labour",
        "child labour",
        "sexual exploitation",
        "irregular migration",
        "climate change",
        "gender-based violence",
    ),
)

_PKO = "https://w3id.org/policy-kg/ontology#"
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_SKOS = "http://www.w3.org/2004/02/skos/core#"


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """Entities from the reference Turtle files, each kind falling back to the built-in list."""
    try:
        from kg.resources import reference_files

        files = reference_files()
    except (ImportError, FileNotFoundError):
        files = []
    if not files:
        return _FALLBACK
    from rdflib import RDF, Graph, URIRef

    graph = Graph()
    for path in files:
        graph.parse(path, format="turtle")

    def first(node: object, prop: str) -> str | None:
        values = sorted(str(v) for v in graph.objects(node, URIRef(prop)))  # type: ignore[arg-type]
        return values[0] if values else None

    def label(node: object) -> str | None:
        return first(node, _RDFS_LABEL) or first(node, _SKOS + "prefLabel")

    def of_type(name: str) -> list[object]:
        return sorted(graph.subjects(RDF.type, URIRef(_PKO + name)), key=str)

    countries = tuple(
        Country(_with_article(name), first(c, _PKO + "demonym"), first(c, _PKO + "capital"))
        for c in of_type("Country")
        if (name := label(c))
    )
    organizations = tuple(
        Organization(name, first(o, _PKO + "acronym")) for o in of_type("Organization") if (name := label(o))
    )
    frameworks = tuple(name for f in of_type("Framework") if (name := label(f)))
    issues = tuple(name for i in of_type("Issue") if (name := label(i)))
    return Vocabulary(
        countries=countries or _FALLBACK.countries,
        organizations=organizations or _FALLBACK.organizations,
        frameworks=frameworks or _FALLBACK.frameworks,
        issues=issues or _FALLBACK.issues,
    )


# ----------------------------------------------------------------------------- invented parts

_FIRST = [
    "Aamir",
    "Amina",
    "Carlos",
    "Fatima",
    "Grace",
    "Hassan",
    "Ingrid",
    "Joao",
    "Kwame",
    "Leila",
    "Maria",
    "Mohammed",
    "Nadia",
    "Olu",
    "Priya",
    "Rafael",
    "Sarah",
    "Tariq",
    "Yuki",
    "Zainab",
    "Daniel",
    "Elena",
    "Farid",
    "Hana",
    "Ivan",
    "Joseph",
    "Kavita",
    "Lucia",
    "Min",
    "Nomvula",
    "Omar",
    "Pedro",
    "Rania",
    "Samuel",
    "Thandiwe",
    "Uche",
    "Vera",
    "Wei",
    "Xavier",
    "Yasmin",
]
_LAST = [
    "Khan",
    "Rahman",
    "Mensah",
    "Okafor",
    "Santos",
    "Silva",
    "Haddad",
    "Nakamura",
    "Petrov",
    "Fernandes",
    "Osei",
    "Wambui",
    "Ali",
    "Chowdhury",
    "Garcia",
    "Moreau",
    "Novak",
    "Abebe",
    "Diallo",
    "Kumar",
    "Lim",
    "Nguyen",
    "Ortega",
    "Quispe",
    "Rossi",
    "Schmidt",
    "Tembo",
    "Usman",
    "Vargas",
    "Yilmaz",
    "Zhou",
    "Banda",
    "Costa",
    "Das",
    "Eze",
    "Farouk",
    "Gomez",
    "Hussain",
    "Ibrahim",
    "Jansen",
]
_ROLES = (
    "Foreign Minister",
    "Minister of Interior",
    "Minister of Labour",
    "Minister for Women and Social Affairs",
    "Ambassador",
    "Permanent Representative",
    "Attorney General",
    "Secretary of Home Affairs",
    "Director General",
)
_ORG_ROLES = ("Executive Director", "Regional Director", "spokesperson", "Country Representative", "Chief")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_ORDINAL = ("first", "second", "third", "fourth", "fifth", "tenth", "twelfth", "twentieth")
_PLAN_KINDS = (
    "National Action Plan on {Issue} ({y1}-{y2})",
    "National Action Plan to Combat {Issue} {y1}–{y2}",
    "National Strategy against {Issue} ({y1}–{y2})",
    "{Issue} Prevention Programme {y1}-{y2}",
    "National Roadmap on {Issue}",
    "National Plan of Action for the Elimination of {Issue}",
    "Strategic Framework on {Issue} ({y1}-{y2})",
)
_LAW_KINDS = (
    "Prevention of {Issue} Act, {y}",
    "{Issue} (Prohibition) Act {y}",
    "Anti-{Issue} Law of {y}",
)
_AGENCIES = (
    "Federal Investigation Agency",
    "National Commission on {Issue}",
    "Ministry of Interior",
    "Ministry of Labour and Employment",
    "National Police Service",
    "Anti-{Issue} Unit",
    "Department of Immigration",
)
_EVENTS = (
    "{nth} session of the Human Rights Council",
    "Regional Conference on {Issue}",
    "High-Level Meeting on {Issue}",
    "{City} Summit on Migration",
    "Ministerial Dialogue on {Issue}",
)
_QUOTES = (
    "No country can defeat {issue} alone",
    "We owe it to the victims to act now",
    "This plan puts survivors at the centre of our response",
    "Our commitment to the {framework} is unwavering",
    "The time for words is over; the time for action has come",
    "{issue} is a crime that shames us all",
    "We will not rest until every child is safe",
)


def _title(issue: str) -> str:
    return " ".join(w if w.isupper() else w[:1].upper() + w[1:] for w in issue.split())


_THE = re.compile(
    r"^(United |Republic|Kingdom|Holy See|State of|Netherlands|Philippines|Bahamas|Gambia|Comoros|"
    r"Maldives|Marshall Islands|Solomon Islands|Central African|Dominican Republic|Czech)"
)
_SENTENCE_THE = re.compile(r"(^|[.!?:] )the\b", re.MULTILINE)


def _with_article(name: str) -> str:
    """ "United States" → "the United States", as a sentence needs it."""
    return f"the {name}" if _THE.match(name) else name


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _acronym(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Z][a-z]+", name))[:6]


class _Writer:
    """Writes one document; every choice comes from the shared seeded Random."""

    def __init__(self, rng: random.Random, vocab: Vocabulary) -> None:
        self.r = rng
        self.v = vocab
        self.country = rng.choice(vocab.countries)
        others = [c for c in vocab.countries if c != self.country]
        self.partners = rng.sample(others, 3)
        self.orgs = rng.sample(vocab.organizations, 3)
        self.issue = rng.choice(vocab.issues)
        self.frameworks = rng.sample(vocab.frameworks, 3)
        self.y1 = rng.randint(2015, 2026)
        self.y2 = self.y1 + rng.choice((3, 4, 5, 10))
        self.plan = self._fill(rng.choice(_PLAN_KINDS))
        self.law = self._fill(rng.choice(_LAW_KINDS), y=rng.randint(2000, 2025))
        self.agency = self._fill(rng.choice(_AGENCIES))
        self.agency_acr = _acronym(self.agency)
        self.event = self._fill(rng.choice(_EVENTS))
        self.minister = (rng.choice(_ROLES), self._person())
        self.official = (rng.choice(_ORG_ROLES), self._person())
        self.pronoun = rng.choice(("he", "she"))

    # each sentence draws its partner, organizations and frameworks from the document's few
    @property
    def partner(self) -> Country:
        return self.r.choice(self.partners)

    @property
    def org(self) -> Organization:
        return self.orgs[0] if self.r.random() < 0.5 else self.r.choice(self.orgs)

    @property
    def org2(self) -> Organization:
        return self.r.choice(self.orgs[1:])

    @property
    def framework(self) -> str:
        return self.frameworks[0] if self.r.random() < 0.5 else self.r.choice(self.frameworks)

    @property
    def framework2(self) -> str:
        return self.r.choice(self.frameworks[1:])

    def _person(self) -> str:
        return f"{self.r.choice(_FIRST)} {self.r.choice(_LAST)}"

    def _fill(self, template: str, **extra: object) -> str:
        return template.format(
            Issue=_title(self.issue),
            issue=self.issue,
            y1=self.y1,
            y2=self.y2,
            nth=self.r.choice(_ORDINAL),
            City=self.country.capital or self.country.name,
            **extra,
        )

    def _org_ref(self, org: Organization, first: bool) -> str:
        if org.acronym and first:
            return f"the {org.name} ({org.acronym})"
        return org.acronym or f"the {org.name}"

    def _date(self) -> str:
        return f"{self.r.randint(1, 28)} {self.r.choice(_MONTHS)}"

    def _actor(self) -> str:
        c = self.country
        choices = [c.name, f"the government of {c.name}"]
        if c.demonym:
            choices.append(f"the {c.demonym} government")
        if c.capital:
            choices.append(c.capital)
        return self.r.choice(choices)

    # --- sentence templates, each returns one paragraph
    def launch(self) -> str:
        return self.r.choice(
            (
                f"{self.country.name} on {self.r.choice(_WEEKDAYS)} launched the {self.plan}, "
                f"which sets out how the government will tackle {self.issue} "
                f"over the next {self.y2 - self.y1} years.",
                f"The {self.plan} was approved by the cabinet on {self._date()} and will be implemented "
                f"by the {self.agency} ({self.agency_acr}) in cooperation with provincial authorities.",
                f"Under the {self.plan}, {self.country.name} has committed to train 5,000 officials "
                f"and to open {self.r.randint(3, 40)} shelters for survivors of {self.issue}.",
            )
        )

    def ratification(self) -> str:
        return self.r.choice(
            (
                f"{self.country.name} ratified the {self.framework} in {self.y1 - self.r.randint(1, 12)}, "
                f"becoming the {self.r.choice(_ORDINAL)} state in the region to do so.",
                f"Last year the parliament enacted the {self.law}, "
                f"which gives effect to the {self.framework}.",
                f"{self.partner.name} has signed but not yet ratified the {self.framework2}, officials said.",
                f"{self.country.name} deposited its instrument of accession to the {self.framework} "
                f"with the Secretary-General of the United Nations on {self._date()}.",
            )
        )

    def partnership(self) -> str:
        return self.r.choice(
            (
                f"The programme is carried out in partnership with {self._org_ref(self.org, True)} "
                f"and with funding from {self._org_ref(self.org2, True)}.",
                f"{self.country.name} and {self.partner.name} signed a memorandum of understanding "
                f"on cooperation against {self.issue} and agreed to set up a joint task force.",
                f"Together with {self._org_ref(self.org, False)}, the {self.agency} has trained border "
                f"officials in {self.r.randint(4, 30)} districts.",
                f"{self.official[1]}, {self.official[0]} of {self._org_ref(self.org, True)}, said the "
                f"organization stood ready to support {self.country.name} in implementing the plan.",
            )
        )

    def statement(self) -> str:
        role, name = self.minister
        return self.r.choice(
            (
                f"Speaking at the {self.event}, {self.country.demonym or self.country.name} {role} {name} "
                f"said that {self.issue} remained one of the gravest threats to human dignity.",
                f"{_upper_first(self._actor())} continues to fight {self.issue} through prevention, "
                f"protection of victims and prosecution of offenders, {role} {name} told delegates.",
                f"{name} reaffirmed {self.country.name}’s commitment to the {self.framework} and "
                f"welcomed the progress made under the {self.framework2}.",
                f"According to the {self.agency}, {self.r.randint(120, 9000)} cases of {self.issue} "
                f"were registered in {self.y1 - 1}, up {self.r.randint(2, 40)} per cent on the year before.",
            )
        )

    def quote(self) -> str:
        role, name = self.minister
        words = self.r.choice(_QUOTES).format(issue=self.issue, framework=self.framework)
        words = _upper_first(words)
        return self.r.choice(
            (
                f"{role} {name} spoke to reporters after the meeting. “{words},” {self.pronoun} said.",
                f'{name} addressed the {self.event}. "{words}," {self.pronoun} said, adding that '
                f"{self.country.name} would share its experience.",
                f"“{words},” said {name}, the {role}.",
            )
        )

    def listing(self) -> str:
        items = [
            f"developed a {self.plan}",
            f"ratified the {self.framework}",
            f"established the {self.agency}",
            f"enacted the {self.law}",
            f"joined {self._org_ref(self.org2, False)} initiatives on {self.issue}",
            f"trained {self.r.randint(200, 9000)} police and labour inspectors",
            f"adopted standard operating procedures for the identification of victims of {self.issue}",
        ]
        self.r.shuffle(items)
        chosen = items[: self.r.randint(3, 5)]
        lead = self.r.choice((f"{self.country.name} has:", f"Over the past decade, {self.country.name} has:"))
        body = "\n".join(f"- {item};" for item in chosen[:-1]) + f"\n- and {chosen[-1]}."
        return f"{lead}\n{body}"

    def call(self) -> str:
        role, name = self.minister
        return self.r.choice(
            (
                f"{name} urged all member states to ratify and fully implement the {self.framework}.",
                f"{self.country.name} called for a coordinated global approach to end {self.issue} "
                f"and appealed to {self._org_ref(self.org, False)} to step up technical assistance.",
                f"The {role} called on the international community to join the {self.framework2} "
                f"and to fund the {self.plan}.",
            )
        )

    def meeting(self) -> str:
        return self.r.choice(
            (
                f"Delegations from {self.r.randint(20, 120)} countries took part in the {self.event}, "
                f"held in {self.country.capital or self.country.name} from {self._date()}.",
                f"{self.partner.name} attended the {self.event} "
                f"and presented its national report on {self.issue}.",
            )
        )

    def document(self) -> str:
        kind = self.r.choice(("launch", "ratification", "statement", "partnership"))
        headline = {
            "launch": f"{self.country.name} launches {self.plan.split(' (')[0]}",
            "ratification": f"{self.country.name} ratifies {self.frameworks[0]}",
            "statement": f"{self.country.name} urges global action against {self.issue}",
            "partnership": f"{self.country.name} and {self._org_ref(self.org, False).removeprefix('the ')} "
            f"step up cooperation on {self.issue}",
        }[kind]
        city = (self.country.capital or self.country.name.removeprefix("the ")).upper()
        paragraphs = [f"{city}: " + getattr(self, kind)()]
        makers = (
            self.launch,
            self.ratification,
            self.partnership,
            self.statement,
            self.quote,
            self.listing,
            self.call,
            self.meeting,
        )
        weights = (3, 2, 3, 4, 2, 1, 2, 1)
        for maker in self.r.choices(makers, weights=weights, k=self.r.randint(8, 18)):
            for _ in range(4):  # a paragraph said twice reads wrong: draw again
                paragraph = maker()
                if paragraph not in paragraphs:
                    paragraphs.append(paragraph)
                    break
        text = _upper_first(headline) + "\n" + "\n".join(paragraphs) + "\n"
        return _SENTENCE_THE.sub(lambda m: m.group(1) + "The", text)


def generate(n_docs: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """Yield ``n_docs`` ``(name, text)`` pairs; the same seed always gives the same documents."""
    rng = random.Random(seed)
    vocab = vocabulary()
    for i in range(n_docs):
        writer = _Writer(rng, vocab)
        slug = re.sub(r"[^a-z0-9]+", "-", writer.country.name.removeprefix("the ").lower()).strip("-")
        yield f"doc{i:06d}_{slug}", writer.document()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.split("\n\n")[0])
    parser.add_argument("n_docs", type=int, help="number of documents")
    parser.add_argument("outdir", type=Path, help="folder to write NAME.txt files into")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args(argv)
    args.outdir.mkdir(parents=True, exist_ok=True)
    words = 0
    for name, text in generate(args.n_docs, args.seed):
        (args.outdir / f"{name}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    print(f"wrote {args.n_docs} documents, {words:,} words, to {args.outdir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
