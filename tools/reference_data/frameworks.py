"""Major international frameworks (conventions, protocols, compacts, declarations, agendas,
goal sets) and a few global plans of action, hand-curated.

Titles and years follow the instruments themselves (UN Treaty Collection titles, ILO
NORMLEX titles, the adopting resolutions); the variants are the forms news articles and
statements write. A row is (kind, slug, label, acronyms, alt labels, year) for frameworks
and (kind, slug, label, acronyms, alt labels, "start-end") for plans; "|" separates values.
"""

from __future__ import annotations

NOTES = [
    "",
    "Major international frameworks and global plans of action. Hand-curated in",
    "tools/reference_data/frameworks.py from the instruments' own titles and adoption years.",
]

F, P = "framework", "plan"


def _ilo(number: int, title: str, year: int, extra: str = "") -> tuple[str, str, str, str, str, object]:
    """An ILO convention with the forms it is cited by: C29, C029, ILO Convention 29 …"""
    short = f"C{number}"
    alts = [
        f"C{number:03d}",
        f"ILO Convention {number}",
        f"ILO Convention No. {number}",
        f"Convention No. {number}",
        f"ILO C{number}",
        f"{title}, {year}",
        title,
        f"ILO {title}",
    ]
    if extra:
        alts += extra.split("|")
    label = f"{title}, {year} (No. {number})"
    return (F, f"ilo-c{number}", label, short, "|".join(a for a in dict.fromkeys(alts) if a != short), year)


FRAMEWORKS: list[tuple[str, str, str, str, str, object]] = [
    # --- the UN Charter and treaty law
    (F, "un-charter", "Charter of the United Nations", "", "UN Charter|U.N. Charter|United Nations Charter", 1945),
    (F, "vclt", "Vienna Convention on the Law of Treaties", "VCLT", "", 1969),
    (F, "vcdr", "Vienna Convention on Diplomatic Relations", "VCDR", "", 1961),
    (F, "rome-statute", "Rome Statute of the International Criminal Court", "", "Rome Statute", 1998),
    (F, "geneva-conventions", "Geneva Conventions", "", "Geneva Conventions of 1949|Four Geneva Conventions", 1949),
    (F, "unclos", "United Nations Convention on the Law of the Sea", "UNCLOS",
     "UN Convention on the Law of the Sea|Law of the Sea Convention", 1982),
    (F, "genocide-convention", "Convention on the Prevention and Punishment of the Crime of Genocide", "",
     "Genocide Convention", 1948),
    # --- organized crime, trafficking, smuggling
    (F, "untoc", "United Nations Convention against Transnational Organized Crime", "UNTOC",
     "UN Convention against Transnational Organized Crime|Convention against Transnational Organized Crime|"
     "Palermo Convention|Organized Crime Convention|UN Convention against Transnational Organised Crime", 2000),
    (F, "trafficking-in-persons-protocol",
     "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children", "",
     "Palermo Protocol|Trafficking Protocol|TIP Protocol|Trafficking in Persons Protocol|UN Trafficking Protocol|"
     "Protocol to Prevent, Suppress and Punish Trafficking in Persons|UN Protocol on Trafficking in Persons|"
     "Anti-Trafficking Protocol", 2000),
    (F, "smuggling-of-migrants-protocol", "Protocol against the Smuggling of Migrants by Land, Sea and Air", "",
     "Smuggling of Migrants Protocol|Migrant Smuggling Protocol|Smuggling Protocol|"
     "Protocol against the Smuggling of Migrants", 2000),
    (F, "firearms-protocol",
     "Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components "
     "and Ammunition", "", "Firearms Protocol|UN Firearms Protocol", 2001),
    (F, "uncac", "United Nations Convention against Corruption", "UNCAC",
     "UN Convention against Corruption|Convention against Corruption|Merida Convention", 2003),
    (F, "un-cybercrime-convention", "United Nations Convention against Cybercrime", "",
     "UN Convention against Cybercrime|UN Cybercrime Convention", 2024),
    (F, "single-convention-narcotic-drugs", "Single Convention on Narcotic Drugs", "",
     "Single Convention on Narcotic Drugs, 1961|1961 Single Convention", 1961),
    (F, "convention-psychotropic-substances", "Convention on Psychotropic Substances", "",
     "1971 Convention on Psychotropic Substances", 1971),
    (F, "drug-trafficking-convention-1988",
     "United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances", "",
     "1988 Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances", 1988),
    (F, "terrorist-financing-convention", "International Convention for the Suppression of the Financing of Terrorism",
     "", "Terrorist Financing Convention", 1999),
    (F, "fatf-recommendations", "FATF Recommendations", "", "FATF 40 Recommendations|Forty Recommendations", 1990),
    (F, "slavery-convention", "Slavery Convention", "", "1926 Slavery Convention", 1926),
    (F, "supplementary-slavery-convention",
     "Supplementary Convention on the Abolition of Slavery, the Slave Trade, and Institutions and Practices "
     "Similar to Slavery", "", "Supplementary Slavery Convention", 1956),
    (F, "traffic-in-persons-convention-1949",
     "Convention for the Suppression of the Traffic in Persons and of the Exploitation of the Prostitution of "
     "Others", "", "1949 Trafficking Convention", 1949),
    (F, "coe-anti-trafficking-convention", "Council of Europe Convention on Action against Trafficking in Human Beings",
     "", "CoE Anti-Trafficking Convention|Council of Europe Anti-Trafficking Convention|"
     "Convention on Action against Trafficking in Human Beings", 2005),
    (F, "eu-anti-trafficking-directive",
     "Directive 2011/36/EU on preventing and combating trafficking in human beings and protecting its victims",
     "", "EU Anti-Trafficking Directive|Anti-Trafficking Directive|Directive 2011/36/EU", 2011),
    (F, "actip", "ASEAN Convention Against Trafficking in Persons, Especially Women and Children", "ACTIP",
     "ASEAN Convention Against Trafficking in Persons|ASEAN Trafficking Convention", 2015),
    (F, "saarc-trafficking-convention",
     "SAARC Convention on Preventing and Combating Trafficking in Women and Children for Prostitution", "",
     "SAARC Trafficking Convention|SAARC Convention on Trafficking", 2002),
    (F, "inter-american-convention-traffic-minors", "Inter-American Convention on International Traffic in Minors",
     "", "", 1994),
    (F, "budapest-convention", "Council of Europe Convention on Cybercrime", "",
     "Budapest Convention|Budapest Convention on Cybercrime|Convention on Cybercrime", 2001),
    (F, "lanzarote-convention",
     "Council of Europe Convention on the Protection of Children against Sexual Exploitation and Sexual Abuse", "",
     "Lanzarote Convention", 2007),
    (F, "bali-declaration",
     "Bali Declaration on People Smuggling, Trafficking in Persons and Related Transnational Crime", "",
     "Bali Declaration", 2016),
    (F, "tvpa", "Trafficking Victims Protection Act of 2000", "TVPA",
     "Trafficking Victims Protection Act|Victims of Trafficking and Violence Protection Act of 2000", 2000),
    (F, "uk-modern-slavery-act", "Modern Slavery Act 2015", "", "UK Modern Slavery Act", 2015),
    # --- human rights
    (F, "udhr", "Universal Declaration of Human Rights", "UDHR", "", 1948),
    (F, "iccpr", "International Covenant on Civil and Political Rights", "ICCPR", "", 1966),
    (F, "icescr", "International Covenant on Economic, Social and Cultural Rights", "ICESCR", "", 1966),
    (F, "cerd", "International Convention on the Elimination of All Forms of Racial Discrimination", "ICERD|CERD",
     "", 1965),
    (F, "cedaw", "Convention on the Elimination of All Forms of Discrimination against Women", "CEDAW",
     "Women's Convention", 1979),
    (F, "op-cedaw", "Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against "
     "Women", "OP-CEDAW", "Optional Protocol to CEDAW", 1999),
    (F, "cat", "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", "CAT|UNCAT",
     "Convention against Torture|UN Convention against Torture", 1984),
    (F, "opcat", "Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment "
     "or Punishment", "OPCAT", "Optional Protocol to the Convention against Torture", 2002),
    (F, "crc", "Convention on the Rights of the Child", "CRC|UNCRC",
     "UN Convention on the Rights of the Child|United Nations Convention on the Rights of the Child", 1989),
    (F, "opsc", "Optional Protocol to the Convention on the Rights of the Child on the sale of children, child "
     "prostitution and child pornography", "OPSC", "Optional Protocol on the sale of children", 2000),
    (F, "opac", "Optional Protocol to the Convention on the Rights of the Child on the involvement of children in "
     "armed conflict", "OPAC", "Optional Protocol on children in armed conflict", 2000),
    (F, "opic", "Optional Protocol to the Convention on the Rights of the Child on a communications procedure", "OPIC",
     "", 2011),
    (F, "crpd", "Convention on the Rights of Persons with Disabilities", "CRPD|UNCRPD",
     "UN Convention on the Rights of Persons with Disabilities", 2006),
    (F, "icrmw", "International Convention on the Protection of the Rights of All Migrant Workers and Members of "
     "Their Families", "ICRMW", "Migrant Workers Convention|UN Migrant Workers Convention|"
     "International Convention on the Protection of the Rights of Migrant Workers", 1990),
    (F, "cped", "International Convention for the Protection of All Persons from Enforced Disappearance", "CPED|ICPPED",
     "Convention on Enforced Disappearance", 2006),
    (F, "undrip", "United Nations Declaration on the Rights of Indigenous Peoples", "UNDRIP",
     "Declaration on the Rights of Indigenous Peoples", 2007),
    (F, "devaw", "Declaration on the Elimination of Violence against Women", "DEVAW", "", 1993),
    (F, "vdpa", "Vienna Declaration and Programme of Action", "VDPA", "Vienna Declaration", 1993),
    (F, "durban-declaration", "Durban Declaration and Programme of Action", "DDPA", "Durban Declaration", 2001),
    (F, "culture-of-peace", "Declaration and Programme of Action on a Culture of Peace", "",
     "Programme of Action on a Culture of Peace", 1999),
    (F, "declaration-right-to-development", "Declaration on the Right to Development", "", "", 1986),
    (F, "ungps", "Guiding Principles on Business and Human Rights", "UNGPs",
     "UN Guiding Principles on Business and Human Rights", 2011),
    (F, "unscr-1325", "Security Council resolution 1325 (2000) on women, peace and security", "UNSCR 1325",
     "Resolution 1325|Security Council Resolution 1325", 2000),
    # --- refugees, statelessness, displacement, migration
    (F, "refugee-convention", "Convention relating to the Status of Refugees", "",
     "1951 Refugee Convention|Refugee Convention|1951 Convention|1951 Convention relating to the Status of Refugees|"
     "Geneva Refugee Convention", 1951),
    (F, "refugee-protocol", "Protocol relating to the Status of Refugees", "",
     "1967 Protocol|1967 Refugee Protocol|1967 Protocol relating to the Status of Refugees", 1967),
    (F, "statelessness-convention-1954", "Convention relating to the Status of Stateless Persons", "",
     "1954 Convention relating to the Status of Stateless Persons|1954 Statelessness Convention", 1954),
    (F, "statelessness-convention-1961", "Convention on the Reduction of Statelessness", "",
     "1961 Convention on the Reduction of Statelessness|1961 Statelessness Convention", 1961),
    (F, "oau-refugee-convention", "OAU Convention Governing the Specific Aspects of Refugee Problems in Africa", "",
     "OAU Refugee Convention|1969 OAU Convention", 1969),
    (F, "cartagena-declaration", "Cartagena Declaration on Refugees", "", "", 1984),
    (F, "kampala-convention", "African Union Convention for the Protection and Assistance of Internally Displaced "
     "Persons in Africa", "", "Kampala Convention", 2009),
    (F, "guiding-principles-internal-displacement", "Guiding Principles on Internal Displacement", "", "", 1998),
    (F, "new-york-declaration", "New York Declaration for Refugees and Migrants", "",
     "New York Declaration", 2016),
    (F, "crrf", "Comprehensive Refugee Response Framework", "CRRF", "", 2016),
    (F, "gcm", "Global Compact for Safe, Orderly and Regular Migration", "GCM",
     "Global Compact on Migration|Global Compact for Migration|Global Compact on Safe, Orderly and Regular Migration|"
     "Global Migration Compact|UN Global Compact for Migration|Marrakech Compact", 2018),
    (F, "gcr", "Global Compact on Refugees", "GCR", "Global Compact for Refugees|UN Global Compact on Refugees", 2018),
    (F, "imrf-progress-declaration", "Progress Declaration of the International Migration Review Forum", "",
     "IMRF Progress Declaration", 2022),
    (F, "marrakech-political-declaration", "Marrakech Political Declaration", "", "", 2018),
    (F, "eu-pact-migration-asylum", "Pact on Migration and Asylum", "",
     "EU Pact on Migration and Asylum|New Pact on Migration and Asylum", 2024),
    (F, "asean-consensus-migrant-workers",
     "ASEAN Consensus on the Protection and Promotion of the Rights of Migrant Workers", "",
     "ASEAN Consensus on Migrant Workers", 2017),
    (F, "kampala-declaration-climate-migration",
     "Kampala Ministerial Declaration on Migration, Environment and Climate Change", "KDMECC",
     "Kampala Declaration on Migration, Environment and Climate Change", 2022),
    # --- regional human rights instruments
    (F, "echr", "European Convention on Human Rights", "ECHR",
     "Convention for the Protection of Human Rights and Fundamental Freedoms", 1950),
    (F, "eu-charter", "Charter of Fundamental Rights of the European Union", "",
     "EU Charter of Fundamental Rights", 2000),
    (F, "istanbul-convention",
     "Council of Europe Convention on preventing and combating violence against women and domestic violence", "",
     "Istanbul Convention", 2011),
    (F, "african-charter", "African Charter on Human and Peoples' Rights", "ACHPR", "Banjul Charter", 1981),
    (F, "maputo-protocol",
     "Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa", "",
     "Maputo Protocol", 2003),
    (F, "acrwc", "African Charter on the Rights and Welfare of the Child", "ACRWC", "", 1990),
    (F, "american-convention", "American Convention on Human Rights", "", "Pact of San José", 1969),
    (F, "belem-do-para", "Inter-American Convention on the Prevention, Punishment and Eradication of Violence "
     "against Women", "", "Belém do Pará Convention|Convention of Belém do Pará|Belem do Para Convention", 1994),
    (F, "asean-charter", "Charter of the Association of Southeast Asian Nations", "", "ASEAN Charter", 2007),
    (F, "asean-human-rights-declaration", "ASEAN Human Rights Declaration", "AHRD", "", 2012),
    # --- labour
    _ilo(29, "Forced Labour Convention", 1930, "Forced Labor Convention|ILO Forced Labor Convention"),
    (F, "ilo-p29", "Protocol of 2014 to the Forced Labour Convention, 1930", "P29",
     "P029|Forced Labour Protocol|Protocol of 2014 to the Forced Labour Convention|ILO Forced Labour Protocol|Forced Labor Protocol|ILO Protocol 29|"
     "Protocol to the Forced Labour Convention|2014 Protocol to the Forced Labour Convention|"
     "ILO Protocol on Forced Labour|ILO Forced Labour Protocol 2014", 2014),
    _ilo(105, "Abolition of Forced Labour Convention", 1957, "Abolition of Forced Labor Convention"),
    _ilo(138, "Minimum Age Convention", 1973),
    _ilo(182, "Worst Forms of Child Labour Convention", 1999, "Worst Forms of Child Labor Convention"),
    _ilo(189, "Domestic Workers Convention", 2011),
    _ilo(190, "Violence and Harassment Convention", 2019),
    _ilo(97, "Migration for Employment Convention (Revised)", 1949, "Migration for Employment Convention"),
    _ilo(143, "Migrant Workers (Supplementary Provisions) Convention", 1975),
    _ilo(181, "Private Employment Agencies Convention", 1997),
    _ilo(87, "Freedom of Association and Protection of the Right to Organise Convention", 1948),
    _ilo(98, "Right to Organise and Collective Bargaining Convention", 1949),
    _ilo(100, "Equal Remuneration Convention", 1951),
    _ilo(111, "Discrimination (Employment and Occupation) Convention", 1958),
    _ilo(155, "Occupational Safety and Health Convention", 1981),
    _ilo(169, "Indigenous and Tribal Peoples Convention", 1989),
    _ilo(188, "Work in Fishing Convention", 2007),
    (F, "ilo-r203", "Forced Labour (Supplementary Measures) Recommendation, 2014 (No. 203)", "R203",
     "ILO Recommendation 203|Recommendation No. 203", 2014),
    (F, "mlc-2006", "Maritime Labour Convention, 2006", "MLC|MLC 2006", "Maritime Labour Convention", 2006),
    (F, "ilo-declaration-fprw", "ILO Declaration on Fundamental Principles and Rights at Work", "",
     "Declaration on Fundamental Principles and Rights at Work", 1998),
    (F, "ilo-centenary-declaration", "ILO Centenary Declaration for the Future of Work", "",
     "Centenary Declaration", 2019),
    # --- development and its financing
    (F, "sdgs", "Sustainable Development Goals", "SDGs|SDG",
     "Global Goals|Global Goals for Sustainable Development|UN Sustainable Development Goals", 2015),
    (F, "2030-agenda", "2030 Agenda for Sustainable Development", "",
     "2030 Agenda|Agenda 2030|Transforming our world: the 2030 Agenda for Sustainable Development|"
     "Agenda for Sustainable Development|2030 Sustainable Development Agenda", 2015),
    (F, "mdgs", "Millennium Development Goals", "MDGs|MDG", "", 2000),
    (F, "millennium-declaration", "United Nations Millennium Declaration", "", "Millennium Declaration", 2000),
    (F, "addis-ababa-action-agenda", "Addis Ababa Action Agenda", "AAAA",
     "Addis Ababa Action Agenda of the Third International Conference on Financing for Development", 2015),
    (F, "monterrey-consensus", "Monterrey Consensus", "",
     "Monterrey Consensus of the International Conference on Financing for Development", 2002),
    (F, "compromiso-de-sevilla", "Compromiso de Sevilla", "", "Sevilla Commitment|Seville Commitment", 2025),
    (F, "beijing-platform", "Beijing Declaration and Platform for Action", "BPfA",
     "Beijing Platform for Action|Beijing Declaration|Beijing Platform", 1995),
    (F, "icpd-programme-of-action", "Programme of Action of the International Conference on Population and "
     "Development", "", "ICPD Programme of Action|Cairo Programme of Action", 1994),
    (F, "copenhagen-declaration-social-development", "Copenhagen Declaration on Social Development", "", "", 1995),
    (F, "istanbul-programme-of-action",
     "Programme of Action for the Least Developed Countries for the Decade 2011-2020", "IPoA",
     "Istanbul Programme of Action", 2011),
    (F, "doha-programme-of-action",
     "Doha Programme of Action for the Least Developed Countries for the Decade 2022-2031", "DPoA",
     "Doha Programme of Action", 2022),
    (F, "vienna-programme-of-action",
     "Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014-2024", "VPoA",
     "Vienna Programme of Action", 2014),
    (F, "awaza-programme-of-action",
     "Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024-2034", "",
     "Awaza Programme of Action", 2024),
    (F, "almaty-programme-of-action", "Almaty Programme of Action", "", "", 2003),
    (F, "samoa-pathway", "SIDS Accelerated Modalities of Action (SAMOA) Pathway", "",
     "SAMOA Pathway|Samoa Pathway|S.A.M.O.A. Pathway", 2014),
    (F, "abas", "Antigua and Barbuda Agenda for Small Island Developing States", "ABAS",
     "Antigua and Barbuda Agenda for SIDS", 2024),
    (F, "new-urban-agenda", "New Urban Agenda", "", "", 2016),
    (F, "pact-for-the-future", "Pact for the Future", "", "", 2024),
    # --- climate, disasters, environment
    (F, "unfccc", "United Nations Framework Convention on Climate Change", "UNFCCC",
     "UN Framework Convention on Climate Change|Framework Convention on Climate Change|Climate Convention", 1992),
    (F, "kyoto-protocol", "Kyoto Protocol", "", "Kyoto Protocol to the UNFCCC", 1997),
    (F, "paris-agreement", "Paris Agreement", "", "Paris Climate Agreement|Paris climate accord|Paris Accord", 2015),
    (F, "copenhagen-accord", "Copenhagen Accord", "", "", 2009),
    (F, "cancun-agreements", "Cancun Agreements", "", "Cancún Agreements", 2010),
    (F, "glasgow-climate-pact", "Glasgow Climate Pact", "", "", 2021),
    (F, "sharm-el-sheikh-implementation-plan", "Sharm el-Sheikh Implementation Plan", "", "", 2022),
    (F, "uae-consensus", "UAE Consensus", "", "", 2023),
    (F, "sendai-framework", "Sendai Framework for Disaster Risk Reduction 2015-2030", "SFDRR",
     "Sendai Framework|Sendai Framework for Disaster Risk Reduction|Sendai Framework for DRR", 2015),
    (F, "hyogo-framework", "Hyogo Framework for Action 2005-2015", "HFA", "Hyogo Framework for Action|"
     "Hyogo Framework", 2005),
    (F, "vienna-convention-ozone", "Vienna Convention for the Protection of the Ozone Layer", "", "", 1985),
    (F, "montreal-protocol", "Montreal Protocol on Substances that Deplete the Ozone Layer", "",
     "Montreal Protocol", 1987),
    (F, "kigali-amendment", "Kigali Amendment to the Montreal Protocol", "", "Kigali Amendment", 2016),
    (F, "cbd", "Convention on Biological Diversity", "CBD", "Biodiversity Convention", 1992),
    (F, "kunming-montreal-gbf", "Kunming-Montreal Global Biodiversity Framework", "KMGBF|GBF",
     "Global Biodiversity Framework|Kunming–Montreal Global Biodiversity Framework", 2022),
    (F, "cartagena-protocol", "Cartagena Protocol on Biosafety", "", "", 2000),
    (F, "nagoya-protocol", "Nagoya Protocol on Access and Benefit-sharing", "", "Nagoya Protocol", 2010),
    (F, "unccd", "United Nations Convention to Combat Desertification", "UNCCD",
     "UN Convention to Combat Desertification|Convention to Combat Desertification", 1994),
    (F, "ramsar-convention", "Convention on Wetlands of International Importance", "",
     "Ramsar Convention|Convention on Wetlands", 1971),
    (F, "cites", "Convention on International Trade in Endangered Species of Wild Fauna and Flora", "CITES", "", 1973),
    (F, "basel-convention", "Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and their "
     "Disposal", "", "Basel Convention", 1989),
    (F, "stockholm-convention", "Stockholm Convention on Persistent Organic Pollutants", "", "Stockholm Convention", 2001),
    (F, "minamata-convention", "Minamata Convention on Mercury", "", "Minamata Convention", 2013),
    (F, "bbnj-agreement", "Agreement under the United Nations Convention on the Law of the Sea on the Conservation and "
     "Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction", "BBNJ Agreement",
     "High Seas Treaty|BBNJ Treaty", 2023),
    (F, "rio-declaration", "Rio Declaration on Environment and Development", "", "Rio Declaration", 1992),
    (F, "agenda-21", "Agenda 21", "", "", 1992),
    # --- arms control
    (F, "npt", "Treaty on the Non-Proliferation of Nuclear Weapons", "NPT", "Non-Proliferation Treaty", 1968),
    (F, "tpnw", "Treaty on the Prohibition of Nuclear Weapons", "TPNW", "", 2017),
    (F, "att", "Arms Trade Treaty", "ATT", "", 2013),
    (F, "cwc", "Chemical Weapons Convention", "CWC", "", 1993),
    (F, "mine-ban-treaty", "Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of "
     "Anti-Personnel Mines and on their Destruction", "", "Mine Ban Treaty|Ottawa Treaty", 1997),
    # --- global plans of action and strategies
    (P, "global-plan-of-action-tip", "United Nations Global Plan of Action to Combat Trafficking in Persons", "",
     "Global Plan of Action|Global Plan of Action to Combat Trafficking in Persons|"
     "2010 United Nations Global Plan of Action to Combat Trafficking in Persons|"
     "UN Global Plan of Action to Combat Trafficking in Persons|UN Global Plan of Action", "2010"),
    (P, "un-global-counter-terrorism-strategy", "United Nations Global Counter-Terrorism Strategy", "",
     "Global Counter-Terrorism Strategy|UN Global Counter-Terrorism Strategy", "2006"),
    (P, "un-poa-small-arms", "Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms "
     "and Light Weapons in All Its Aspects", "", "UN Programme of Action on Small Arms", "2001"),
    (P, "asean-plan-of-action-tip", "ASEAN Plan of Action Against Trafficking in Persons, Especially Women and Children",
     "", "ASEAN Plan of Action Against Trafficking in Persons", "2015"),
    (P, "ouagadougou-action-plan", "Ouagadougou Action Plan to Combat Trafficking in Human Beings, Especially Women "
     "and Children", "", "Ouagadougou Action Plan", "2006"),
    (P, "osce-action-plan-thb", "OSCE Action Plan to Combat Trafficking in Human Beings", "", "", "2003"),
    (P, "joint-valletta-action-plan", "Joint Valletta Action Plan", "JVAP", "Valletta Action Plan", "2015"),
    (P, "eu-strategy-thb-2021-2025", "EU Strategy on Combatting Trafficking in Human Beings (2021-2025)", "",
     "EU Strategy on Combatting Trafficking in Human Beings", "2021-2025"),
    (P, "bali-action-plan", "Bali Action Plan", "", "", "2007"),
    (P, "early-warnings-for-all", "Early Warnings for All Initiative", "", "Early Warnings for All|EW4All", "2022"),
    (P, "un-swap", "UN System-wide Action Plan on Gender Equality and the Empowerment of Women", "UN-SWAP", "", "2012"),
]


def nodes(Node, Ref) -> list:  # noqa: N803 - classes passed in by the builder
    base = "https://w3id.org/policy-kg/id/"
    out = []
    for kind, slug, label, acronyms, alts, year in FRAMEWORKS:
        node = Node(f"{base}{kind}/{slug}")
        node.add("a", Ref("pko:Framework" if kind == F else "pko:Plan"))
        node.add("rdfs:label", label)
        node.add("pko:acronym", *[a for a in acronyms.split("|") if a])
        node.add("skos:altLabel", *[a for a in alts.split("|") if a and a != label])
        if kind == F:
            node.add("pko:adoptedYear", int(year))
        else:
            # only a plan's period is written; a single year is when it was adopted, not a period
            start, _, end = str(year).partition("-")
            if end:
                node.add("pko:startYear", int(start))
                node.add("pko:endYear", int(end))
        out.append(node)
    return out
