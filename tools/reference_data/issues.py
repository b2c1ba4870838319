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
    "",
    "Sources of labels: SDG targets 1.5, 2.1, 3.9, 5.3, 6.4, 7.1, 7.2, 8.7, 11.6, 13.1, 14.1, 15.2,",
    "16.2, 16.4, 16.5 (wording of the 2030 Agenda); UNODC terminology (UNTOC and its Protocols,",
    'UNCAC); ILO Conventions No. 29, No. 182 and No. 190 ("violence and harassment in the world of',
    'work"); EU Anti-Trafficking',
    'Directive 2011/36/EU as amended by (EU) 2024/1712 ("trafficking in human beings", forced',
    "criminality, illegal adoption, exploitation of surrogacy); UNHCR terminology (forced",
    "displacement, statelessness); the Sendai Framework for Disaster Risk Reduction 2015-2030 and",
    "UNDRR hazard profiles (drought, floods, cyclones, heatwaves, earthquakes ...); UNMAS (unexploded",
    "ordnance); the Paris Agreement (just transition); the ILO General principles and operational",
    "guidelines for fair recruitment (abusive and fraudulent recruitment); the Cancun Adaptation",
    "Framework (planned relocation); UN Women and UNODC on gender-related killings (femicide);",
    "the Montreal Protocol and its Kigali Amendment (ozone depletion, hydrofluorocarbons).",
    "Themes (migration, decent work, food",
    "security, the energy transition) are goals or fields, not harms; the extractor keeps them",
    "only when a plan, framework or event addresses them.",
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
        "trafficking in people|human-trafficking|person trafficking|trafficking of human beings|"
        "trafficking of people",
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
    # forms of exploitation that anti-trafficking law names: EU Directive 2011/36/EU art. 2(3) as
    # amended by Directive (EU) 2024/1712 ("exploitation of criminal activities", forced marriage,
    # illegal adoption, exploitation of surrogacy); UNODC, "Casinos, cyber fraud and trafficking in
    # persons for forced criminality" (2023) for scam centres
    (
        "forced-criminality",
        "forced criminality",
        "",
        "exploitation of criminal activities|exploitation for criminal activities|forced criminal activities|"
        "forced criminal activity|trafficking for forced criminality|trafficking for the purpose of forced "
        "criminality|trafficking in persons for forced criminality|online scam trafficking|scam trafficking|"
        "trafficking into scam centres|trafficking into scam centers|trafficking into scam compounds",
        "human-trafficking",
    ),
    # Palermo Protocol art. 3(a) ("exploitation of the prostitution of others or other forms of sexual
    # exploitation, forced labour"); the trafficking forms the US TIP Report and UNODC's Global Report
    # on Trafficking in Persons count apart
    (
        "sex-trafficking",
        "sex trafficking",
        "",
        "trafficking for sexual exploitation|trafficking for the purpose of sexual exploitation|"
        "trafficking in persons for sexual exploitation|sex-trafficking|sexual trafficking",
        "human-trafficking|sexual-exploitation",
    ),
    (
        "trafficking-for-forced-labour",
        "trafficking for forced labour",
        "",
        "trafficking for forced labor|trafficking for the purpose of forced labour|"
        "trafficking for the purpose of forced labor|trafficking in persons for forced labour|"
        "trafficking for labour exploitation|trafficking for labor exploitation|labour trafficking|"
        "labor trafficking",
        "human-trafficking|forced-labour",
    ),
    ("forced-begging", "forced begging", "", "exploitation of begging", "human-trafficking"),
    ("illegal-adoption", "illegal adoption", "", "illegal adoptions", "human-trafficking"),
    (
        "exploitation-of-surrogacy",
        "exploitation of surrogacy",
        "",
        "surrogacy exploitation",
        "human-trafficking",
    ),
    (
        "online-scam-centres",
        "online scam centres",
        "",
        "online scam centers|scam centres|scam centers|scam compounds|online scam operations|online scams|"
        "cyber scam operations|online scam centre|scam centre|scam center",
        "human-trafficking|cybercrime",
    ),
    ("sexual-slavery", "sexual slavery", "", "", "modern-slavery|sexual-exploitation"),
    # Brazil's "trabalho escravo" (Penal Code art. 149, "condição análoga à de escravo"), as English
    # news and the ILO write it
    (
        "slave-labour",
        "slave labour",
        "",
        "slave labor|slavery-like labour|labour analogous to slavery|labor analogous to slavery|"
        "work analogous to slavery|conditions analogous to slavery",
        "modern-slavery|forced-labour",
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
    ("forced-marriage", "forced marriage", "", "forced marriages", "modern-slavery"),
    (
        "labour-exploitation",
        "labour exploitation",
        "",
        "labor exploitation|exploitation of workers|exploitation of migrant workers",
        "",
    ),
    ("child-labour", "child labour", "", "child labor", "labour-exploitation"),
    # ILO General principles and operational guidelines for fair recruitment (2019): no recruitment
    # fees or related costs charged to workers; ILO Protection of Wages Convention, 1949 (No. 95)
    (
        "recruitment-fees",
        "recruitment fees",
        "",
        "placement fees|recruitment fees and related costs|illegal recruitment fees",
        "labour-exploitation",
    ),
    # the same guidelines' "abusive and fraudulent recruitment practices"; ILO Private Employment
    # Agencies Convention, 1997 (No. 181), art. 8 ("fraudulent practices and abuses")
    (
        "recruitment-fraud",
        "recruitment fraud",
        "",
        "fraudulent recruitment|fraudulent recruitment practices|recruitment scams|recruitment scam|"
        "fake job offers|fake recruitment",
        "labour-exploitation",
    ),
    (
        "unethical-recruitment",
        "unethical recruitment",
        "",
        "unethical recruitment practices|exploitative recruitment|exploitative recruitment practices|"
        "abusive recruitment|abusive recruitment practices|unfair recruitment practices|"
        "illegal recruitment practices",
        "labour-exploitation",
    ),
    (
        "wage-theft",
        "wage theft",
        "",
        "unpaid wages|non-payment of wages|withheld wages|withholding of wages|wage arrears",
        "labour-exploitation",
    ),
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
        "smuggling of migrants|people smuggling|human smuggling|migrant-smuggling|migrants smuggling|"
        "people-smuggling",
        "organized-crime",
    ),
    (
        "drug-trafficking",
        "drug trafficking",
        "",
        "illicit drug trafficking|narcotics trafficking|drug smuggling|illicit trafficking in drugs|"
        "trafficking in drugs|trafficking in narcotic drugs|narco-trafficking|trafficking of drugs",
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
    ("corruption", "corruption", "", "bribery|anti-corruption", ""),
    (
        "money-laundering",
        "money laundering",
        "AML",
        "anti-money laundering|illicit financial flows",
        "organized-crime",
    ),
    ("terrorism", "terrorism", "", "counter-terrorism|terrorist financing", ""),
    (
        "violent-extremism",
        "violent extremism",
        "",
        "radicalization|radicalisation|countering violent extremism|extremism|violent extremists|"
        "violent extremism conducive to terrorism",
        "",
    ),
    ("cybercrime", "cybercrime", "", "cyber crime|cyber-crime|online crime|cybercrimes", ""),
    ("online-fraud", "online fraud", "", "cyber fraud|cyber-enabled fraud|online scam fraud", "cybercrime"),
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
    (
        "forced-displacement",
        "forced displacement",
        "",
        "displacement|displaced persons|displacements|forcibly displaced persons|forcibly displaced people",
        "",
    ),
    ("refugees", "refugees", "", "refugee protection|refugee crisis", "forced-displacement"),
    (
        "immigration-detention",
        "immigration detention",
        "",
        "detention of migrants|detention of asylum-seekers|detention of asylum seekers|migrant detention",
        "migrant-rights",
    ),
    (
        "internal-displacement",
        "internal displacement",
        "IDPs",
        "internally displaced persons",
        "forced-displacement",
    ),
    ("asylum", "asylum", "", "asylum seekers|asylum-seekers", "refugees"),
    ("statelessness", "statelessness", "", "stateless persons|stateless people", ""),
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
        "climate change mitigation|emissions reduction|decarbonisation|decarbonization",
        "climate-change",
    ),
    ("loss-and-damage", "loss and damage", "", "", "climate-change"),
    # the finance developed countries owe under the UNFCCC and the Paris Agreement (Article 9)
    ("climate-finance", "climate finance", "", "climate financing", "climate-change"),
    (
        "climate-mobility",
        "climate mobility",
        "",
        "climate migration|climate-induced migration|climate displacement|climate-induced displacement|"
        "climate-related displacement|climate-related migration|climate-related mobility|"
        "climate related mobility|climate-induced mobility|disaster displacement|disaster-induced displacement|"
        "disaster-related displacement|displacement by climate change|displacement due to climate change",
        "climate-change|migration",
    ),
    # the Cancún Adaptation Framework (UNFCCC decision 1/CP.16, para. 14(f)): "displacement, migration
    # and planned relocation"; the Pacific Regional Framework on Climate Mobility (2023)
    (
        "planned-relocation",
        "planned relocation",
        "",
        "planned relocations|community relocation|relocation of communities",
        "climate-mobility",
    ),
    (
        "disaster-risk-reduction",
        "disaster risk reduction",
        "DRR",
        "disaster risk management|disaster risk|disaster risks|disaster resilience",
        "",
    ),
    # hazards and disasters: SDG targets 1.5 ("climate-related extreme events") and 13.1
    # ("climate-related hazards and natural disasters"); hazard names as in the Sendai Framework
    # for Disaster Risk Reduction 2015-2030 and the UNDRR hazard information profiles
    (
        "natural-disasters",
        "natural disasters",
        "",
        "natural disaster|disasters|climate-related disasters|climate disasters|natural hazards|"
        "climate-related hazards|climate hazards|extreme weather events|extreme weather|"
        "climate-related extreme events|climate shocks",
        "",
    ),
    (
        "drought",
        "drought",
        "",
        "droughts|prolonged drought|severe drought|prolonged droughts",
        "natural-disasters",
    ),
    (
        "floods",
        "floods",
        "",
        "flooding|flash floods|floodings|glacial lake outburst floods|glacial lake outburst flooding",
        "natural-disasters",
    ),
    (
        "tropical-cyclones",
        "tropical cyclones",
        "",
        "cyclones|hurricanes|typhoons|tropical storms",
        "natural-disasters",
    ),
    ("heatwaves", "heatwaves", "", "heat waves|heatwave|extreme heat", "natural-disasters"),
    ("earthquakes", "earthquakes", "", "earthquake", "natural-disasters"),
    ("landslides", "landslides", "", "landslide|mudslides", "natural-disasters"),
    ("wildfires", "wildfires", "", "wildfire|forest fires|bushfires", "natural-disasters"),
    (
        "sea-level-rise",
        "sea-level rise",
        "",
        "sea level rise|rising sea levels|rising seas",
        "climate-change",
    ),
    ("desertification", "desertification", "", "land degradation", ""),
    # the Montreal Protocol and its Kigali Amendment (UNEP Ozone Secretariat)
    (
        "ozone-depletion",
        "ozone depletion",
        "",
        "ozone-depleting substances|ozone depleting substances|substances that deplete the ozone layer|depletion of the ozone layer",
        "",
    ),
    ("hydrofluorocarbons", "hydrofluorocarbons", "HFCs", "HFC emissions", "greenhouse-gas-emissions"),
    ("biodiversity-loss", "biodiversity loss", "", "loss of biodiversity", ""),
    # energy and pollution: SDG targets 7.1 (access to electricity), 7.2 (renewable energy), 3.9 and 11.6
    # (air pollution), 14.1 (marine pollution), 15.2 (deforestation), 6.4 (water scarcity); the Paris
    # Agreement's preamble ("a just transition of the workforce")
    (
        "energy-transition",
        "energy transition",
        "",
        "clean energy transition|transition to clean energy|transition to renewable energy|"
        "low-carbon transition|green transition",
        "climate-mitigation",
    ),
    ("just-transition", "just transition", "", "just energy transition", "energy-transition"),
    (
        "renewable-energy",
        "renewable energy",
        "",
        "renewables|renewable energy sources|clean energy|renewable power",
        "climate-mitigation",
    ),
    (
        "energy-access",
        "energy access",
        "",
        "access to energy|access to electricity|energy poverty|universal access to electricity",
        "sustainable-development",
    ),
    (
        "greenhouse-gas-emissions",
        "greenhouse gas emissions",
        "",
        "greenhouse-gas emissions|carbon emissions|GHG emissions|CO2 emissions",
        "climate-change",
    ),
    ("deforestation", "deforestation", "", "forest loss|forest degradation", "climate-change"),
    ("air-pollution", "air pollution", "", "air quality", ""),
    ("plastic-pollution", "plastic pollution", "", "marine plastic pollution|plastic waste", ""),
    ("water-scarcity", "water scarcity", "", "water stress|water shortages|water shortage", ""),
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
    ("food-security", "food security", "", "", "sustainable-development"),
    # SDG 2 ("end hunger"): the harm, apart from the goal of food security
    (
        "hunger",
        "hunger",
        "",
        "food insecurity|acute food insecurity|famine|malnutrition|undernutrition",
        "sustainable-development",
    ),
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
        "sexual and gender-based violence|gender based violence",
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
    # WHO, "Violence against women" fact sheet (2024): sexual violence, rape among its forms
    ("sexual-violence", "sexual violence", "", "sexual assault", "gender-based-violence"),
    ("rape", "rape", "", "marital rape", "sexual-violence"),
    # UN Women and UNODC, "Gender-related killings of women and girls (femicide/feminicide)" (2022);
    # UN Human Rights Council resolution 50/7
    (
        "femicide",
        "femicide",
        "",
        "feminicide|femicides|feminicides|gender-related killings of women|"
        "gender-related killings of women and girls",
        "violence-against-women",
    ),
    # ILO Violence and Harassment Convention, 2019 (No. 190), art. 1: "violence and harassment in
    # the world of work", gender-based violence and harassment included
    (
        "violence-and-harassment",
        "violence and harassment",
        "",
        "violence and harassment in the world of work|harassment and violence",
        "human-rights",
    ),
    (
        "sexual-harassment",
        "sexual harassment",
        "",
        "",
        "violence-and-harassment|gender-based-violence",
    ),
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
        "female genital mutilation/cutting|genital mutilation",
        "harmful-practices",
    ),
    ("violence-against-children", "violence against children", "", "child abuse", "human-rights"),
    # --- peace and security
    ("armed-conflict", "armed conflict", "", "conflict", ""),
    # Lao PDR's national SDG 18 ("Lives safe from UXO"); UNMAS terminology
    (
        "unexploded-ordnance",
        "unexploded ordnance",
        "UXO",
        "explosive remnants of war|landmines|anti-personnel mines|unexploded ordnances",
        "armed-conflict",
    ),
    (
        "xenophobia",
        "xenophobia",
        "",
        "racism|racial discrimination|xenophobic violence|xenophobic attacks",
        "human-rights",
    ),
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
