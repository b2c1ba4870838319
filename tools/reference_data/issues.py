# ruff: noqa: E501  (data tables: long official titles stay on one line)
"""A SKOS scheme of the issues policy documents address, hand-curated.

Labels are lower case, as the issues appear in running text; variants cover British and
American spelling and the phrasings common in UN and government documents. A row is
(slug, label, acronyms, alt labels, broader slugs); "|" separates values.
"""

from __future__ import annotations

NOTES = [
    "",
    "A SKOS concept scheme of policy issues (pkr:issue-scheme). Hand-curated in",
    "tools/reference_data/issues.py; broader links follow common UN usage (e.g. modern",
    "slavery as the umbrella of forced labour, human trafficking, debt bondage, forced marriage).",
]

ISSUES: list[tuple[str, str, str, str, str]] = [
    # --- exploitation
    (
        "modern-slavery",
        "modern slavery",
        "",
        "contemporary forms of slavery|slavery|slavery-like practices",
        "",
    ),
    (
        "human-trafficking",
        "human trafficking",
        "TIP|THB",
        "trafficking in persons|trafficking in human beings|people trafficking|trafficking of persons|"
        "trafficking in people|human-trafficking|person trafficking",
        "modern-slavery|organized-crime",
    ),
    (
        "child-trafficking",
        "child trafficking",
        "",
        "trafficking in children|trafficking of children",
        "human-trafficking",
    ),
    (
        "trafficking-in-women",
        "trafficking in women and girls",
        "",
        "trafficking in women|trafficking of women",
        "human-trafficking",
    ),
    (
        "organ-trafficking",
        "organ trafficking",
        "",
        "trafficking in organs|trafficking in human organs|trafficking in persons for the purpose of organ removal|"
        "organ removal",
        "human-trafficking",
    ),
    (
        "forced-labour",
        "forced labour",
        "",
        "forced labor|compulsory labour|compulsory labor",
        "modern-slavery",
    ),
    ("debt-bondage", "debt bondage", "", "bonded labour|bonded labor", "forced-labour"),
    ("domestic-servitude", "domestic servitude", "", "", "forced-labour"),
    ("forced-marriage", "forced marriage", "", "", "modern-slavery"),
    (
        "labour-exploitation",
        "labour exploitation",
        "",
        "labor exploitation|exploitation of workers|exploitation of migrant workers",
        "",
    ),
    ("child-labour", "child labour", "", "child labor", "labour-exploitation"),
    (
        "worst-forms-of-child-labour",
        "worst forms of child labour",
        "",
        "worst forms of child labor",
        "child-labour",
    ),
    (
        "sexual-exploitation",
        "sexual exploitation",
        "",
        "commercial sexual exploitation|sexual exploitation and abuse",
        "",
    ),
    (
        "child-sexual-exploitation",
        "child sexual exploitation",
        "",
        "online child sexual exploitation|child sexual abuse|sexual exploitation of children|"
        "online sexual exploitation of children",
        "sexual-exploitation|violence-against-children",
    ),
    (
        "victim-protection",
        "victim protection",
        "",
        "protection of victims|victim assistance|victim support|assistance to victims",
        "",
    ),
    # --- crime
    (
        "organized-crime",
        "organized crime",
        "",
        "organised crime|transnational organized crime|transnational organised crime|transnational crime",
        "",
    ),
    (
        "migrant-smuggling",
        "migrant smuggling",
        "",
        "smuggling of migrants|people smuggling|human smuggling|migrant-smuggling",
        "organized-crime",
    ),
    (
        "drug-trafficking",
        "drug trafficking",
        "",
        "illicit drug trafficking|narcotics trafficking|drug smuggling|illicit trafficking in drugs",
        "organized-crime|illicit-drugs",
    ),
    ("illicit-drugs", "illicit drugs", "", "world drug problem|drug abuse|drug use|narcotics", ""),
    (
        "firearms-trafficking",
        "firearms trafficking",
        "",
        "arms trafficking|illicit arms trafficking|illicit trafficking in firearms|illicit small arms",
        "organized-crime",
    ),
    (
        "wildlife-trafficking",
        "wildlife trafficking",
        "",
        "illegal wildlife trade|wildlife crime",
        "organized-crime",
    ),
    ("corruption", "corruption", "", "bribery", ""),
    (
        "money-laundering",
        "money laundering",
        "AML",
        "anti-money laundering|illicit financial flows",
        "organized-crime",
    ),
    ("terrorism", "terrorism", "", "counter-terrorism|terrorist financing", ""),
    ("violent-extremism", "violent extremism", "", "radicalization|countering violent extremism", ""),
    ("cybercrime", "cybercrime", "", "cyber crime|cyber-crime|online crime", ""),
    ("access-to-justice", "access to justice", "", "rule of law", ""),
    (
        "border-management",
        "border management",
        "",
        "border security|integrated border management|border control",
        "",
    ),
    # --- migration and displacement
    ("migration", "migration", "", "international migration", ""),
    ("irregular-migration", "irregular migration", "", "undocumented migration", "migration"),
    ("illegal-migration", "illegal migration", "", "illegal immigration", "irregular-migration"),
    (
        "safe-migration",
        "safe migration",
        "",
        "safe, orderly and regular migration|regular migration|safe and regular migration",
        "migration",
    ),
    (
        "labour-migration",
        "labour migration",
        "",
        "labor migration|labour mobility|labor mobility",
        "migration",
    ),
    (
        "migrant-rights",
        "migrant rights",
        "",
        "rights of migrants|migrants' rights|rights of migrant workers",
        "migration|human-rights",
    ),
    ("forced-displacement", "forced displacement", "", "displacement|displaced persons", ""),
    ("refugees", "refugees", "", "refugee protection|refugee crisis", "forced-displacement"),
    (
        "internal-displacement",
        "internal displacement",
        "IDPs",
        "internally displaced persons",
        "forced-displacement",
    ),
    ("asylum", "asylum", "", "asylum seekers|asylum-seekers", "refugees"),
    ("statelessness", "statelessness", "", "stateless persons", ""),
    # --- climate and environment
    ("climate-change", "climate change", "", "global warming|climate crisis", ""),
    (
        "climate-adaptation",
        "climate adaptation",
        "",
        "climate change adaptation|adaptation to climate change",
        "climate-change",
    ),
    (
        "climate-mitigation",
        "climate mitigation",
        "",
        "climate change mitigation|emissions reduction",
        "climate-change",
    ),
    ("loss-and-damage", "loss and damage", "", "", "climate-change"),
    (
        "climate-mobility",
        "climate mobility",
        "",
        "climate migration|climate-induced migration|climate displacement|climate-induced displacement",
        "climate-change|migration",
    ),
    ("disaster-risk-reduction", "disaster risk reduction", "DRR", "disaster risk management", ""),
    ("biodiversity-loss", "biodiversity loss", "", "loss of biodiversity", ""),
    # --- development
    ("sustainable-development", "sustainable development", "", "", ""),
    (
        "poverty",
        "poverty",
        "",
        "extreme poverty|poverty eradication|poverty reduction",
        "sustainable-development",
    ),
    ("inequality", "inequality", "", "inequalities|income inequality", "sustainable-development"),
    ("food-security", "food security", "", "food insecurity|hunger", "sustainable-development"),
    ("decent-work", "decent work", "", "decent jobs|decent work for all", "sustainable-development"),
    ("education", "education", "", "quality education|access to education", "sustainable-development"),
    ("health", "health", "", "public health|global health", "sustainable-development"),
    # --- rights, gender, children
    ("human-rights", "human rights", "", "human rights violations|human rights abuses", ""),
    (
        "gender-equality",
        "gender equality",
        "",
        "women's empowerment|empowerment of women|gender parity|equality between women and men",
        "human-rights",
    ),
    (
        "gender-based-violence",
        "gender-based violence",
        "GBV|SGBV",
        "sexual and gender-based violence",
        "human-rights",
    ),
    (
        "violence-against-women",
        "violence against women",
        "VAW|VAWG",
        "violence against women and girls",
        "gender-based-violence",
    ),
    ("domestic-violence", "domestic violence", "", "intimate partner violence", "gender-based-violence"),
    ("harmful-practices", "harmful practices", "", "harmful traditional practices", "human-rights"),
    (
        "child-marriage",
        "child marriage",
        "",
        "early marriage|child, early and forced marriage|child marriages",
        "harmful-practices",
    ),
    (
        "female-genital-mutilation",
        "female genital mutilation",
        "FGM|FGM/C",
        "female genital mutilation/cutting",
        "harmful-practices",
    ),
    ("violence-against-children", "violence against children", "", "child abuse", "human-rights"),
    # --- peace and security
    ("armed-conflict", "armed conflict", "", "conflict", ""),
]


def nodes(Node, Ref) -> list:
    base = "https://w3id.org/policy-kg/id/"
    scheme = f"{base}issue-scheme"
    slugs = {row[0] for row in ISSUES}
    scheme_node = Node(scheme)
    scheme_node.add("a", Ref("skos:ConceptScheme"))
    scheme_node.add("rdfs:label", "policy-kg issues")
    scheme_node.add("rdfs:comment", "Problems that plans, frameworks and actors address.")
    out = [scheme_node]
    for slug, label, acronyms, alts, broader in ISSUES:
        node = Node(f"{base}issue/{slug}")
        node.add("a", Ref("pko:Issue"), Ref("skos:Concept"))
        node.add("rdfs:label", label)
        node.add("skos:prefLabel", label)
        node.add("pko:acronym", *[a for a in acronyms.split("|") if a])
        node.add("skos:altLabel", *[a for a in alts.split("|") if a and a != label])
        node.add("skos:inScheme", Ref(f"<{scheme}>"))
        parents = [b for b in broader.split("|") if b]
        for parent in parents:
            if parent not in slugs:
                raise ValueError(f"issue/{slug}: unknown broader concept {parent!r}")
            node.add("skos:broader", Ref(f"<{base}issue/{parent}>"))
        if not parents:
            node.add("skos:topConceptOf", Ref(f"<{scheme}>"))
            scheme_node.add("skos:hasTopConcept", Ref(f"<{base}issue/{slug}>"))
        out.append(node)
    return out
