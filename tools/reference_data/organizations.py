# ruff: noqa: E501  (data tables: long official titles stay on one line)
"""The UN system and other intergovernmental bodies, hand-curated.

Names and acronyms as the bodies themselves use them (their founding instruments and
official sites), plus the short forms news articles write. A row is
(slug, label, acronyms, alt labels, part of), "|" separating several values; "part of"
is the slug of the parent body or "".
"""

from __future__ import annotations

from reference_data.org_epithets import EPITHETS, alt_labels

NOTES = [
    "",
    "The United Nations, its principal organs, funds, programmes, specialized agencies,",
    "related organizations, offices and regional commissions; regional and other",
    "intergovernmental bodies and processes; a few international NGOs often quoted in",
    "policy news. Hand-curated in tools/reference_data/organizations.py.",
    "The acronym UNFCCC belongs to the Convention (frameworks.ttl); its secretariat is",
    "'UN Climate Change' here.",
    "Recurring intergovernmental meetings known by name (the High-level Political Forum,",
    "the International Migration Review Forum, the Global Refugee Forum, summits) are",
    "pko:Event, pkr:event/<slug>: a text meets them as meetings ('at the Forum in July').",
    "Armed and criminal groups as the Security Council's sanctions lists and migration news",
    "name them; national legislatures whose names are their own ('the Lok Sabha'), each with",
    "dcterms:isPartOf its country (names from the legislatures' sites and IPU Parline).",
    "UN bodies also carry the descriptions wire copy uses for them ('the UN refugee agency',",
    "'the U.N. labour agency'): tools/reference_data/org_epithets.py.",
]

ORGS: list[tuple[str, str, str, str, str]] = [
    # --- the United Nations and its principal organs
    ("un", "United Nations", "UN|U.N.|UNO", "United Nations Organization", ""),
    (
        "un-general-assembly",
        "United Nations General Assembly",
        "UNGA",
        "UN General Assembly|U.N. General Assembly|General Assembly",
        "un",
    ),
    (
        "un-security-council",
        "United Nations Security Council",
        "UNSC",
        "UN Security Council|U.N. Security Council|Security Council",
        "un",
    ),
    (
        "ecosoc",
        "United Nations Economic and Social Council",
        "ECOSOC",
        "Economic and Social Council|UN Economic and Social Council",
        "un",
    ),
    ("icj", "International Court of Justice", "ICJ", "World Court", "un"),
    ("un-secretariat", "United Nations Secretariat", "", "UN Secretariat|U.N. Secretariat", "un"),
    (
        "un-trusteeship-council",
        "United Nations Trusteeship Council",
        "",
        "Trusteeship Council|UN Trusteeship Council",
        "un",
    ),
    # --- subsidiary bodies and functional commissions
    (
        "human-rights-council",
        "United Nations Human Rights Council",
        "UNHRC",
        "Human Rights Council|UN Human Rights Council|U.N. Human Rights Council",
        "un",
    ),
    (
        "un-peacebuilding-commission",
        "United Nations Peacebuilding Commission",
        "PBC",
        "Peacebuilding Commission|UN Peacebuilding Commission",
        "un",
    ),
    ("csw", "Commission on the Status of Women", "CSW", "UN Commission on the Status of Women", "un"),
    ("ccpcj", "Commission on Crime Prevention and Criminal Justice", "CCPCJ", "UN Crime Commission", "un"),
    ("cnd", "Commission on Narcotic Drugs", "CND", "UN Commission on Narcotic Drugs", "un"),
    (
        "un-statistical-commission",
        "United Nations Statistical Commission",
        "",
        "UN Statistical Commission|Statistical Commission",
        "un",
    ),
    ("ilc", "International Law Commission", "ILC", "", "un"),
    # --- treaty bodies
    (
        "cedaw-committee",
        "Committee on the Elimination of Discrimination against Women",
        "",
        "CEDAW Committee",
        "un",
    ),
    ("crc-committee", "Committee on the Rights of the Child", "", "CRC Committee", "un"),
    ("human-rights-committee", "Human Rights Committee", "", "UN Human Rights Committee", "un"),
    (
        "cmw",
        "Committee on Migrant Workers",
        "CMW",
        "Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families",
        "un",
    ),
    ("cerd-committee", "Committee on the Elimination of Racial Discrimination", "", "CERD Committee", "un"),
    ("committee-against-torture", "Committee against Torture", "", "UN Committee against Torture", "un"),
    # --- Secretariat departments and offices
    (
        "un-desa",
        "United Nations Department of Economic and Social Affairs",
        "DESA|UN DESA|UNDESA",
        "UN Department of Economic and Social Affairs|Department of Economic and Social Affairs",
        "un",
    ),
    (
        "dppa",
        "United Nations Department of Political and Peacebuilding Affairs",
        "DPPA",
        "Department of Political and Peacebuilding Affairs",
        "un",
    ),
    ("dpo", "United Nations Department of Peace Operations", "DPO", "Department of Peace Operations", "un"),
    (
        "ocha",
        "United Nations Office for the Coordination of Humanitarian Affairs",
        "OCHA|UNOCHA",
        "UN Office for the Coordination of Humanitarian Affairs|"
        "Office for the Coordination of Humanitarian Affairs",
        "un",
    ),
    (
        "ohchr",
        "Office of the United Nations High Commissioner for Human Rights",
        "OHCHR",
        "UN Human Rights|UN Human Rights Office|UN High Commissioner for Human Rights|"
        "United Nations High Commissioner for Human Rights|Office of the High Commissioner for Human Rights",
        "un",
    ),
    (
        "unoct",
        "United Nations Office of Counter-Terrorism",
        "UNOCT",
        "UN Office of Counter-Terrorism|Office of Counter-Terrorism",
        "un",
    ),
    (
        "unoda",
        "United Nations Office for Disarmament Affairs",
        "UNODA",
        "UN Office for Disarmament Affairs",
        "un",
    ),
    (
        "undrr",
        "United Nations Office for Disaster Risk Reduction",
        "UNDRR|UNISDR",
        "UN Office for Disaster Risk Reduction",
        "un",
    ),
    (
        "un-ohrlls",
        "Office of the High Representative for the Least Developed Countries, "
        "Landlocked Developing Countries and Small Island Developing States",
        "UN-OHRLLS|OHRLLS",
        "",
        "un",
    ),
    (
        "unog",
        "United Nations Office at Geneva",
        "UNOG",
        "UN Office at Geneva|United Nations Office and other international organizations in Geneva"
        "|United Nations Office and other international organisations in Geneva",
        "un",
    ),
    ("unov", "United Nations Office at Vienna", "UNOV", "UN Office at Vienna", "un"),
    ("un-network-on-migration", "United Nations Network on Migration", "", "UN Network on Migration", "un"),
    ("icat", "Inter-Agency Coordination Group against Trafficking in Persons", "ICAT", "", "un"),
    ("unaoc", "United Nations Alliance of Civilizations", "UNAOC", "UN Alliance of Civilizations", "un"),
    # --- funds and programmes
    (
        "undp",
        "United Nations Development Programme",
        "UNDP",
        "UN Development Programme|UN Development Program|United Nations Development Program",
        "un",
    ),
    (
        "unep",
        "United Nations Environment Programme",
        "UNEP",
        "UN Environment Programme|UN Environment|UN Environment Program",
        "un",
    ),
    ("unfpa", "United Nations Population Fund", "UNFPA", "UN Population Fund", "un"),
    (
        "unhcr",
        "Office of the United Nations High Commissioner for Refugees",
        "UNHCR",
        "UN Refugee Agency|UN High Commissioner for Refugees|"
        "United Nations High Commissioner for Refugees|United Nations Refugee Agency",
        "un",
    ),
    (
        "unicef",
        "United Nations Children's Fund",
        "UNICEF",
        "UN Children's Fund|United Nations International Children's Emergency Fund",
        "un",
    ),
    (
        "unodc",
        "United Nations Office on Drugs and Crime",
        "UNODC",
        "UN Office on Drugs and Crime|U.N. Office on Drugs and Crime",
        "un",
    ),
    (
        "un-habitat",
        "United Nations Human Settlements Programme",
        "UN-Habitat",
        "UN Habitat|UN Human Settlements Programme",
        "un",
    ),
    (
        "wfp",
        "World Food Programme",
        "WFP",
        "UN World Food Programme|World Food Program|United Nations World Food Programme",
        "un",
    ),
    (
        "unrwa",
        "United Nations Relief and Works Agency for Palestine Refugees in the Near East",
        "UNRWA",
        "UN Relief and Works Agency",
        "un",
    ),
    (
        "un-women",
        "United Nations Entity for Gender Equality and the Empowerment of Women",
        "UN Women",
        "UN-Women",
        "un",
    ),
    (
        "unctad",
        "United Nations Conference on Trade and Development",
        "UNCTAD",
        "UN Trade and Development|UN Conference on Trade and Development",
        "un",
    ),
    ("unaids", "Joint United Nations Programme on HIV/AIDS", "UNAIDS", "", "un"),
    ("unops", "United Nations Office for Project Services", "UNOPS", "", "un"),
    ("uncdf", "United Nations Capital Development Fund", "UNCDF", "", "un"),
    ("unv", "United Nations Volunteers", "UNV", "UN Volunteers", "un"),
    # --- research and training
    ("unitar", "United Nations Institute for Training and Research", "UNITAR", "", "un"),
    ("unu", "United Nations University", "UNU", "UN University", "un"),
    ("unicri", "United Nations Interregional Crime and Justice Research Institute", "UNICRI", "", "un"),
    ("unrisd", "United Nations Research Institute for Social Development", "UNRISD", "", "un"),
    ("unidir", "United Nations Institute for Disarmament Research", "UNIDIR", "", "un"),
    # --- convention secretariats and climate bodies
    (
        "un-climate-change",
        "United Nations Climate Change Secretariat",
        "",
        "UN Climate Change|UNFCCC Secretariat|UNFCCC secretariat|Climate Change Secretariat",
        "un",
    ),
    ("ipcc", "Intergovernmental Panel on Climate Change", "IPCC", "", "un"),
    ("gcf", "Green Climate Fund", "GCF", "", ""),
    ("gef", "Global Environment Facility", "GEF", "", ""),
    # the funds of the UNFCCC's financial mechanism and the Kyoto Protocol (unfccc.int)
    ("adaptation-fund", "Adaptation Fund", "", "", ""),
    (
        "frld",
        "Fund for responding to Loss and Damage",
        "FRLD",
        "Loss and Damage Fund",
        "",
    ),
    ("cif", "Climate Investment Funds", "", "", ""),
    # --- specialized agencies
    (
        "fao",
        "Food and Agriculture Organization of the United Nations",
        "FAO",
        "Food and Agriculture Organization|UN Food and Agriculture Organization",
        "un",
    ),
    ("icao", "International Civil Aviation Organization", "ICAO", "", "un"),
    ("ifad", "International Fund for Agricultural Development", "IFAD", "", "un"),
    (
        "ilo",
        "International Labour Organization",
        "ILO",
        "International Labor Organization|International Labour Organisation|International Labour Office",
        "un",
    ),
    ("imf", "International Monetary Fund", "IMF", "", "un"),
    ("imo", "International Maritime Organization", "IMO", "", "un"),
    ("itu", "International Telecommunication Union", "ITU", "", "un"),
    (
        "unesco",
        "United Nations Educational, Scientific and Cultural Organization",
        "UNESCO",
        "UN Educational, Scientific and Cultural Organization",
        "un",
    ),
    ("unido", "United Nations Industrial Development Organization", "UNIDO", "", "un"),
    ("un-tourism", "World Tourism Organization", "UNWTO", "UN Tourism", "un"),
    ("upu", "Universal Postal Union", "UPU", "", "un"),
    ("world-bank", "World Bank", "WB", "World Bank Group|WBG", "un"),
    ("ibrd", "International Bank for Reconstruction and Development", "IBRD", "", "world-bank"),
    ("ida", "International Development Association", "IDA", "", "world-bank"),
    ("ifc", "International Finance Corporation", "IFC", "", "world-bank"),
    ("who", "World Health Organization", "WHO", "World Health Organisation|UN health agency", "un"),
    ("wipo", "World Intellectual Property Organization", "WIPO", "", "un"),
    ("wmo", "World Meteorological Organization", "WMO", "", "un"),
    # --- standing organs of the specialized agencies, named in their constitutions (ILO
    # Constitution art. 2-3 and 7, WHO Constitution art. 9-10, UNESCO Constitution art. III-IV,
    # FAO Constitution art. III): bodies, not meetings ("adopted by the International Labour
    # Conference"); a session of one is an event ("the 112th Session of the …"). No acronyms:
    # "ILC" is also the International Law Commission, "WHA" a resolution prefix.
    ("ilo-conference", "International Labour Conference", "", "International Labor Conference", "ilo"),
    ("ilo-governing-body", "Governing Body of the International Labour Office", "", "ILO Governing Body", "ilo"),
    ("who-assembly", "World Health Assembly", "", "", "who"),
    ("who-executive-board", "WHO Executive Board", "", "Executive Board of the World Health Organization", "who"),
    ("unesco-general-conference", "General Conference of UNESCO", "", "UNESCO General Conference", "unesco"),
    ("fao-conference", "FAO Conference", "", "Conference of the Food and Agriculture Organization", "fao"),
    # --- related organizations
    (
        "iom",
        "International Organization for Migration",
        "IOM",
        "UN Migration|UN migration agency|International Organisation for Migration",
        "un",
    ),
    ("iaea", "International Atomic Energy Agency", "IAEA", "", "un"),
    ("wto", "World Trade Organization", "WTO", "World Trade Organisation", ""),
    ("opcw", "Organisation for the Prohibition of Chemical Weapons", "OPCW", "", ""),
    ("ctbto", "Comprehensive Nuclear-Test-Ban Treaty Organization", "CTBTO", "", ""),
    ("icc", "International Criminal Court", "ICC", "", ""),
    # --- regional commissions
    (
        "eca",
        "United Nations Economic Commission for Africa",
        "ECA|UNECA",
        "Economic Commission for Africa|UN Economic Commission for Africa",
        "un",
    ),
    (
        "unece",
        "United Nations Economic Commission for Europe",
        "UNECE",
        "Economic Commission for Europe|UN Economic Commission for Europe",
        "un",
    ),
    (
        "eclac",
        "Economic Commission for Latin America and the Caribbean",
        "ECLAC|CEPAL",
        "UN Economic Commission for Latin America and the Caribbean",
        "un",
    ),
    (
        "escap",
        "United Nations Economic and Social Commission for Asia and the Pacific",
        "ESCAP|UNESCAP",
        "Economic and Social Commission for Asia and the Pacific|"
        "UN Economic and Social Commission for Asia and the Pacific",
        "un",
    ),
    (
        "escwa",
        "United Nations Economic and Social Commission for Western Asia",
        "ESCWA",
        "Economic and Social Commission for Western Asia",
        "un",
    ),
    # --- Europe
    ("eu", "European Union", "EU|E.U.", "", ""),
    ("european-commission", "European Commission", "EC", "EU Commission", "eu"),
    ("european-parliament", "European Parliament", "EP", "", "eu"),
    ("european-council", "European Council", "", "", "eu"),
    ("council-of-the-eu", "Council of the European Union", "", "Council of the EU|EU Council", "eu"),
    ("eeas", "European External Action Service", "EEAS", "", "eu"),
    (
        "europol",
        "European Union Agency for Law Enforcement Cooperation",
        "",
        "Europol|EU Agency for Law Enforcement Cooperation",
        "eu",
    ),
    ("frontex", "European Border and Coast Guard Agency", "", "Frontex", "eu"),
    ("eurojust", "European Union Agency for Criminal Justice Cooperation", "", "Eurojust", "eu"),
    ("euaa", "European Union Agency for Asylum", "EUAA", "EU Agency for Asylum|EASO", "eu"),
    ("fra", "European Union Agency for Fundamental Rights", "", "EU Agency for Fundamental Rights", "eu"),
    ("council-of-europe", "Council of Europe", "CoE", "", ""),
    (
        "greta",
        "Group of Experts on Action against Trafficking in Human Beings",
        "GRETA",
        "",
        "council-of-europe",
    ),
    ("greco", "Group of States against Corruption", "GRECO", "", "council-of-europe"),
    ("echr-court", "European Court of Human Rights", "ECtHR", "", "council-of-europe"),
    (
        "osce",
        "Organization for Security and Co-operation in Europe",
        "OSCE",
        "Organization for Security and Cooperation in Europe",
        "",
    ),
    ("odihr", "OSCE Office for Democratic Institutions and Human Rights", "ODIHR", "", "osce"),
    ("nato", "North Atlantic Treaty Organization", "NATO", "North Atlantic Alliance", ""),
    (
        "oecd",
        "Organisation for Economic Co-operation and Development",
        "OECD",
        "Organization for Economic Cooperation and Development",
        "",
    ),
    ("ebrd", "European Bank for Reconstruction and Development", "EBRD", "", ""),
    ("cis", "Commonwealth of Independent States", "CIS", "", ""),
    ("eaeu", "Eurasian Economic Union", "EAEU", "", ""),
    ("csto", "Collective Security Treaty Organization", "CSTO", "", ""),
    ("cbss", "Council of the Baltic Sea States", "CBSS", "", ""),
    ("nordic-council", "Nordic Council", "", "", ""),
    ("nordic-council-of-ministers", "Nordic Council of Ministers", "", "", ""),
    ("arctic-council", "Arctic Council", "", "", ""),
    ("ufm", "Union for the Mediterranean", "UfM", "", ""),
    # --- Africa
    ("au", "African Union", "AU", "", ""),
    ("au-commission", "African Union Commission", "AUC", "", "au"),
    ("ecowas", "Economic Community of West African States", "ECOWAS", "", ""),
    ("sadc", "Southern African Development Community", "SADC", "", ""),
    ("eac", "East African Community", "EAC", "", ""),
    ("igad", "Intergovernmental Authority on Development", "IGAD", "", ""),
    ("eccas", "Economic Community of Central African States", "ECCAS", "", ""),
    ("comesa", "Common Market for Eastern and Southern Africa", "COMESA", "", ""),
    ("ecowas-commission", "ECOWAS Commission", "", "", "ecowas"),
    ("icglr", "International Conference on the Great Lakes Region", "ICGLR", "", ""),
    ("amu", "Arab Maghreb Union", "AMU", "Union of the Arab Maghreb", ""),
    ("afdb", "African Development Bank", "AfDB", "", ""),
    # --- Americas
    ("oas", "Organization of American States", "OAS", "", ""),
    ("caricom", "Caribbean Community", "CARICOM", "", ""),
    ("mercosur", "Southern Common Market", "MERCOSUR", "Mercosur", ""),
    ("celac", "Community of Latin American and Caribbean States", "CELAC", "", ""),
    ("sica", "Central American Integration System", "SICA", "", ""),
    ("andean-community", "Andean Community", "", "Comunidad Andina", ""),
    ("oecs", "Organisation of Eastern Caribbean States", "OECS", "Organization of Eastern Caribbean States", ""),
    ("pacific-alliance", "Pacific Alliance", "", "Alianza del Pacífico", ""),
    ("acto", "Amazon Cooperation Treaty Organization", "ACTO", "", ""),
    ("idb", "Inter-American Development Bank", "IDB|IADB", "", ""),
    # --- Asia, the Pacific, the Middle East
    (
        "asean",
        "Association of Southeast Asian Nations",
        "ASEAN",
        "Association of South-East Asian Nations",
        "",
    ),
    ("asean-secretariat", "ASEAN Secretariat", "", "", "asean"),
    ("saarc", "South Asian Association for Regional Cooperation", "SAARC", "", ""),
    (
        "bimstec",
        "Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation",
        "BIMSTEC",
        "",
        "",
    ),
    ("apec", "Asia-Pacific Economic Cooperation", "APEC", "", ""),
    ("pacific-islands-forum", "Pacific Islands Forum", "PIF", "", ""),
    ("pacific-community", "Pacific Community", "SPC", "Secretariat of the Pacific Community", ""),
    ("msg", "Melanesian Spearhead Group", "MSG", "", ""),
    ("sco", "Shanghai Cooperation Organisation", "SCO", "Shanghai Cooperation Organization", ""),
    ("eco", "Economic Cooperation Organization", "ECO", "", ""),
    ("gcc", "Gulf Cooperation Council", "GCC", "Cooperation Council for the Arab States of the Gulf", ""),
    ("arab-league", "League of Arab States", "", "Arab League", ""),
    ("oic", "Organisation of Islamic Cooperation", "OIC", "Organization of Islamic Cooperation", ""),
    ("adb", "Asian Development Bank", "ADB", "", ""),
    ("aiib", "Asian Infrastructure Investment Bank", "AIIB", "", ""),
    ("isdb", "Islamic Development Bank", "IsDB", "", ""),
    ("iora", "Indian Ocean Rim Association", "IORA", "", ""),
    ("commit", "Coordinated Mekong Ministerial Initiative against Trafficking", "COMMIT", "", ""),
    # --- global groupings and consultative processes
    ("commonwealth", "Commonwealth of Nations", "", "Commonwealth", ""),
    ("commonwealth-secretariat", "Commonwealth Secretariat", "", "", "commonwealth"),
    (
        "cplp",
        "Community of Portuguese-Speaking Countries",
        "CPLP",
        "Community of Portuguese Language Countries|Comunidade dos Países de Língua Portuguesa",
        "",
    ),
    (
        "oif",
        "International Organisation of La Francophonie",
        "OIF",
        "International Organization of La Francophonie|Organisation internationale de la Francophonie",
        "",
    ),
    ("g7", "Group of Seven", "G7|G-7", "", ""),
    ("g20", "Group of Twenty", "G20|G-20", "", ""),
    ("g77", "Group of 77", "G77|G-77", "Group of 77 and China", ""),
    ("non-aligned-movement", "Non-Aligned Movement", "NAM", "", ""),
    ("brics", "BRICS", "", "", ""),
    ("opec", "Organization of the Petroleum Exporting Countries", "OPEC", "", ""),
    (
        "bali-process",
        "Bali Process on People Smuggling, Trafficking in Persons and Related Transnational Crime",
        "",
        "Bali Process",
        "",
    ),
    (
        "colombo-process",
        "Colombo Process",
        "",
        "Regional Consultative Process on Overseas Employment and Contractual Labour for Countries of Origin in Asia",
        "",
    ),
    ("abu-dhabi-dialogue", "Abu Dhabi Dialogue", "", "", ""),
    ("budapest-process", "Budapest Process", "", "", ""),
    ("khartoum-process", "Khartoum Process", "", "EU-Horn of Africa Migration Route Initiative", ""),
    ("rabat-process", "Rabat Process", "", "Euro-African Dialogue on Migration and Development", ""),
    # the other regional consultative processes on migration (IOM's list of RCPs and
    # interregional forums, iom.int/regional-consultative-processes-migration)
    (
        "quito-process",
        "Quito Process",
        "",
        "Quito Process on the Human Mobility of Venezuelan Citizens in the Region",
        "",
    ),
    # the Regional Conference on Migration by its other name only: texts write "the Regional
    # Conference on Migration" for its meetings as well (participatesIn, an Event's relation)
    ("puebla-process", "Puebla Process", "", "", ""),
    ("prague-process", "Prague Process", "", "", ""),
    ("almaty-process", "Almaty Process", "", "", ""),
    (
        "south-american-conference-on-migration",
        "South American Conference on Migration",
        "",
        "Lima Process",
        "",
    ),
    ("migration-dialogue-for-southern-africa", "Migration Dialogue for Southern Africa", "MIDSA", "", ""),
    ("migration-dialogue-for-west-africa", "Migration Dialogue for West Africa", "MIDWA", "", ""),
    ("gfmd", "Global Forum on Migration and Development", "GFMD", "", ""),
    ("alliance-8-7", "Alliance 8.7", "", "", ""),
    ("ipu", "Inter-Parliamentary Union", "IPU", "", ""),
    # --- law enforcement and financial integrity
    ("interpol", "International Criminal Police Organization", "INTERPOL", "Interpol|ICPO-INTERPOL", ""),
    ("fatf", "Financial Action Task Force", "FATF", "", ""),
    ("egmont-group", "Egmont Group of Financial Intelligence Units", "", "Egmont Group", ""),
    ("aseanapol", "ASEAN National Police", "ASEANAPOL", "", "asean"),
    ("unitaid", "Unitaid", "", "", ""),
    # --- bilateral development agencies (names as on the agencies' own sites)
    (
        "usaid",
        "United States Agency for International Development",
        "USAID",
        "U.S. Agency for International Development|US Agency for International Development",
        "",
    ),
    ("fcdo", "Foreign, Commonwealth and Development Office", "FCDO", "Foreign, Commonwealth & Development Office", ""),
    ("giz", "Deutsche Gesellschaft für Internationale Zusammenarbeit", "GIZ", "German Agency for International Cooperation", ""),
    ("afd", "Agence Française de Développement", "AFD", "French Development Agency", ""),
    ("jica", "Japan International Cooperation Agency", "JICA", "", ""),
    ("koica", "Korea International Cooperation Agency", "KOICA", "", ""),
    ("sida", "Swedish International Development Cooperation Agency", "Sida", "", ""),
    ("norad", "Norwegian Agency for Development Cooperation", "Norad", "", ""),
    ("danida", "Danish International Development Agency", "Danida", "", ""),
    ("sdc", "Swiss Agency for Development and Cooperation", "SDC", "", ""),
    ("aecid", "Spanish Agency for International Development Cooperation", "AECID", "", ""),
    ("irish-aid", "Irish Aid", "", "", ""),
    ("global-affairs-canada", "Global Affairs Canada", "", "", ""),
    ("aics", "Italian Agency for Development Cooperation", "AICS", "", ""),
    ("enabel", "Enabel", "", "Belgian Development Agency", ""),
    ("luxdev", "LuxDev", "", "Luxembourg Agency for Development Cooperation", ""),
    # --- international NGOs and movements often quoted
    ("icrc", "International Committee of the Red Cross", "ICRC", "", ""),
    ("ifrc", "International Federation of Red Cross and Red Crescent Societies", "IFRC", "", ""),
    ("amnesty-international", "Amnesty International", "", "Amnesty", ""),
    ("human-rights-watch", "Human Rights Watch", "HRW", "", ""),
    ("walk-free", "Walk Free", "", "Walk Free Foundation", ""),
    ("anti-slavery-international", "Anti-Slavery International", "", "", ""),
    ("global-initiative-toc", "Global Initiative Against Transnational Organized Crime", "GI-TOC", "", ""),
    ("transparency-international", "Transparency International", "", "", ""),
    ("save-the-children", "Save the Children", "", "Save the Children International", ""),
    ("oxfam", "Oxfam", "", "Oxfam International", ""),
    ("world-vision", "World Vision", "", "World Vision International", ""),
    ("plan-international", "Plan International", "", "", ""),
    ("terre-des-hommes", "Terre des Hommes", "", "Terre des hommes", ""),
    ("ecpat", "ECPAT International", "ECPAT", "", ""),
    ("nrc", "Norwegian Refugee Council", "NRC", "", ""),
    ("irc", "International Rescue Committee", "", "", ""),
    ("danish-refugee-council", "Danish Refugee Council", "", "", ""),
    ("msf", "Médecins Sans Frontières", "MSF", "Doctors Without Borders|Medecins Sans Frontieres", ""),
    ("mixed-migration-centre", "Mixed Migration Centre", "MMC", "", ""),
    ("ijm", "International Justice Mission", "IJM", "", ""),
    ("polaris-project", "Polaris Project", "", "Polaris", ""),
    ("la-strada-international", "La Strada International", "", "", ""),
    ("caritas-internationalis", "Caritas Internationalis", "", "Caritas", ""),
    ("freedom-fund", "Freedom Fund", "", "", ""),
    ("hope-for-justice", "Hope for Justice", "", "", ""),
    ("verite", "Verité", "", "Verite", ""),
    ("lawyers-without-borders", "Lawyers Without Borders", "", "", ""),
    ("ituc", "International Trade Union Confederation", "ITUC", "", ""),
    ("ioe", "International Organisation of Employers", "IOE", "International Organization of Employers", ""),
    ("icmpd", "International Centre for Migration Policy Development", "ICMPD", "", ""),
    # --- development finance: banks, funds and agencies (their own sites' names and acronyms)
    ("eib", "European Investment Bank", "EIB", "EIB Group", ""),
    ("ceb", "Council of Europe Development Bank", "CEB", "", ""),
    ("caribbean-development-bank", "Caribbean Development Bank", "CDB", "", ""),
    ("caf", "Development Bank of Latin America and the Caribbean", "", "Development Bank of Latin America|CAF – Development Bank of Latin America", ""),
    ("cabei", "Central American Bank for Economic Integration", "CABEI", "", ""),
    ("boad", "West African Development Bank", "BOAD", "", ""),
    ("eadb", "East African Development Bank", "EADB", "", ""),
    ("afreximbank", "African Export-Import Bank", "Afreximbank", "", ""),
    ("badea", "Arab Bank for Economic Development in Africa", "BADEA", "", ""),
    ("ndb", "New Development Bank", "", "", ""),
    ("opec-fund", "OPEC Fund for International Development", "", "OPEC Fund", ""),
    ("nordic-development-fund", "Nordic Development Fund", "NDF", "", ""),
    ("kfw", "KfW", "", "KfW Development Bank|Kreditanstalt für Wiederaufbau|KfW Entwicklungsbank", ""),
    ("cassa-depositi-e-prestiti", "Cassa Depositi e Prestiti", "", "", ""),
    ("expertise-france", "Expertise France", "", "", ""),
    ("mcc", "Millennium Challenge Corporation", "", "", ""),
    ("ndc-partnership", "NDC Partnership", "", "", ""),
    ("gca", "Global Center on Adaptation", "GCA", "Global Centre on Adaptation", ""),
    ("gpe", "Global Partnership for Education", "GPE", "", ""),
    ("gavi", "Gavi, the Vaccine Alliance", "", "Gavi", ""),
    ("global-fund", "Global Fund to Fight AIDS, Tuberculosis and Malaria", "", "Global Fund", ""),
    # --- armed groups the Security Council's sanctions lists name (ISIL (Da'esh) and Al-Qaida,
    # 1518, 2048, 2127 and the other regimes' entries), as UN texts on trafficking in conflict
    # write them; and criminal groups that migration and smuggling news names
    (
        "isil",
        "Islamic State in Iraq and the Levant",
        "ISIL|ISIS",
        "Da’esh|Da'esh|Daesh|ISIL/Da’esh|ISIL/Da'esh|ISIL (Da’esh)|ISIL (Da'esh)|Islamic State of Iraq and the Levant|Islamic State of Iraq and Syria",
        "",
    ),
    ("al-qaida", "Al-Qaida", "", "Al-Qaeda|Al Qaeda|Al Qaida|al-Qaida|al-Qaeda", ""),
    ("boko-haram", "Boko Haram", "", "", ""),
    ("iswap", "Islamic State West Africa Province", "ISWAP", "", ""),
    (
        "al-shabaab",
        "Al-Shabaab",
        "",
        "Al Shabaab|al-Shabaab|Al-Shabab|al-Shabab|Harakat al-Shabaab al-Mujahideen",
        "",
    ),
    ("lra", "Lord’s Resistance Army", "LRA", "Lord's Resistance Army", ""),
    ("taliban", "Taliban", "", "", ""),
    ("ttp", "Tehrik-e Taliban Pakistan", "TTP", "Tehrik-i-Taliban Pakistan", ""),
    ("abu-sayyaf", "Abu Sayyaf Group", "", "Abu Sayyaf", ""),
    ("jemaah-islamiyah", "Jemaah Islamiyah", "", "", ""),
    ("haqqani-network", "Haqqani Network", "", "", ""),
    ("al-nusrah-front", "Al-Nusrah Front", "", "Al-Nusra Front|Nusra Front", ""),
    ("hts", "Hay’at Tahrir al-Sham", "HTS", "Hayat Tahrir al-Sham|Hay'at Tahrir al-Sham", ""),
    ("jnim", "Jama’at Nusrat al-Islam wal-Muslimin", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", ""),
    ("m23", "March 23 Movement", "M23", "Mouvement du 23 mars", ""),
    ("fdlr", "Democratic Forces for the Liberation of Rwanda", "FDLR", "", ""),
    ("allied-democratic-forces", "Allied Democratic Forces", "", "", ""),
    ("farc", "Revolutionary Armed Forces of Colombia", "FARC", "", ""),
    ("wagner-group", "Wagner Group", "", "", ""),
    ("tren-de-aragua", "Tren de Aragua", "", "", ""),
    ("ms-13", "Mara Salvatrucha", "MS-13", "", ""),
    ("sinaloa-cartel", "Sinaloa Cartel", "", "", ""),
    ("cjng", "Jalisco New Generation Cartel", "CJNG", "Cártel de Jalisco Nueva Generación", ""),
    ("ndrangheta", "’Ndrangheta", "", "'Ndrangheta|Ndrangheta", ""),
]

#: National legislatures and their chambers whose names are their own: a text names them
#: without their country ("passed by the Lok Sabha"). Generic names (Parliament, Senate, National
#: Assembly, Congress) are not here: they need their country, which the text gives. Names from the
#: legislatures' own sites and the Inter-Parliamentary Union's Parline database:
#: (slug, label, acronyms, alt labels, ISO 3166 alpha-3 of the country).
LEGISLATURES: list[tuple[str, str, str, str, str]] = [
    ("ind-lok-sabha", "Lok Sabha", "", "", "IND"),
    ("ind-rajya-sabha", "Rajya Sabha", "", "", "IND"),
    ("deu-bundestag", "Bundestag", "", "German Bundestag|Deutscher Bundestag", "DEU"),
    ("isr-knesset", "Knesset", "", "", "ISR"),
    ("rus-state-duma", "State Duma", "", "Russian Duma", "RUS"),
    ("nor-storting", "Storting", "", "Stortinget", "NOR"),
    ("dnk-folketing", "Folketing", "", "Folketinget", "DNK"),
    ("swe-riksdag", "Riksdag", "", "Riksdagen", "SWE"),
    ("fin-eduskunta", "Eduskunta", "", "", "FIN"),
    ("isl-althingi", "Althingi", "", "Alþingi", "ISL"),
    ("pol-sejm", "Sejm", "", "", "POL"),
    ("irl-oireachtas", "Oireachtas", "", "", "IRL"),
    ("irl-dail", "Dáil Éireann", "", "Dáil|Dail", "IRL"),
    ("irl-seanad", "Seanad Éireann", "", "Seanad", "IRL"),
    ("bgd-jatiya-sangsad", "Jatiya Sangsad", "", "", "BGD"),
    ("jpn-diet", "National Diet", "", "Diet of Japan|Japanese Diet", "JPN"),
    ("ukr-verkhovna-rada", "Verkhovna Rada", "", "", "UKR"),
    ("lva-saeima", "Saeima", "", "", "LVA"),
    ("ltu-seimas", "Seimas", "", "", "LTU"),
    ("est-riigikogu", "Riigikogu", "", "", "EST"),
    ("kaz-mazhilis", "Mazhilis", "", "", "KAZ"),
    ("uzb-oliy-majlis", "Oliy Majlis", "", "", "UZB"),
    ("kgz-jogorku-kenesh", "Jogorku Kenesh", "", "", "KGZ"),
    ("aze-milli-majlis", "Milli Majlis", "", "", "AZE"),
    ("tur-gnat", "Grand National Assembly of Turkey", "TBMM", "Grand National Assembly of Türkiye", "TUR"),
    ("mys-dewan-rakyat", "Dewan Rakyat", "", "", "MYS"),
    ("mys-dewan-negara", "Dewan Negara", "", "", "MYS"),
    ("idn-dpr", "House of Representatives of Indonesia", "", "Dewan Perwakilan Rakyat", "IDN"),
    ("chn-npc", "National People’s Congress", "", "National People's Congress", "CHN"),
    ("afg-wolesi-jirga", "Wolesi Jirga", "", "", "AFG"),
    ("mmr-pyidaungsu-hluttaw", "Pyidaungsu Hluttaw", "", "", "MMR"),
    ("npl-pratinidhi-sabha", "House of Representatives of Nepal", "", "Pratinidhi Sabha", "NPL"),
    ("lka-parliament", "Parliament of Sri Lanka", "", "", "LKA"),
    ("esp-cortes", "Cortes Generales", "", "", "ESP"),
    ("nld-states-general", "States General of the Netherlands", "", "Staten-Generaal", "NLD"),
    ("mex-congress", "Congress of the Union", "", "Congreso de la Unión", "MEX"),
    ("eth-hopr", "House of Peoples’ Representatives", "", "House of Peoples' Representatives", "ETH"),
    ("irn-majlis", "Islamic Consultative Assembly", "", "Majlis of Iran", "IRN"),
]


#: Recurring or one-off intergovernmental meetings known by name: (slug, label, acronyms, alt labels).
EVENTS: list[tuple[str, str, str, str]] = [
    (
        "hlpf",
        "High-level Political Forum on Sustainable Development",
        "HLPF",
        "High-Level Political Forum|High-level Political Forum",
    ),
    ("imrf", "International Migration Review Forum", "IMRF", ""),
    ("global-refugee-forum", "Global Refugee Forum", "GRF", ""),
    ("world-humanitarian-summit", "World Humanitarian Summit", "", ""),
    ("summit-of-the-future", "Summit of the Future", "", ""),
    ("sdg-summit", "SDG Summit", "", "Sustainable Development Goals Summit"),
    (
        "un-food-systems-summit",
        "United Nations Food Systems Summit",
        "",
        "UN Food Systems Summit|Food Systems Summit",
    ),
    ("un-ocean-conference", "United Nations Ocean Conference", "", "UN Ocean Conference"),
]


def nodes(Node, Ref) -> list:
    base = "https://w3id.org/policy-kg/id/org/"
    slugs = {row[0] for row in ORGS}
    if unknown := set(EPITHETS) - slugs:
        raise ValueError(f"epithets for unknown organizations: {sorted(unknown)}")
    out = []
    for slug, label, acronyms, alts, parent in ORGS:
        if parent and parent not in slugs:
            raise ValueError(f"org/{slug}: unknown parent {parent!r}")
        node = Node(base + slug)
        node.add("a", Ref("pko:Organization"))
        node.add("rdfs:label", label)
        node.add("pko:acronym", *[a for a in acronyms.split("|") if a])
        node.add("skos:altLabel", *[a for a in alts.split("|") + alt_labels(slug) if a and a != label])
        if parent:
            node.add("dcterms:isPartOf", Ref(f"<{base}{parent}>"))
        out.append(node)
    for slug, label, acronyms, alts, country in LEGISLATURES:
        node = Node(base + slug)
        node.add("a", Ref("pko:Organization"))
        node.add("rdfs:label", label)
        node.add("pko:acronym", *[a for a in acronyms.split("|") if a])
        node.add("skos:altLabel", *[a for a in alts.split("|") if a and a != label])
        node.add("dcterms:isPartOf", Ref(f"<https://w3id.org/policy-kg/id/country/{country}>"))
        out.append(node)
    event_base = "https://w3id.org/policy-kg/id/event/"
    for slug, label, acronyms, alts in EVENTS:
        node = Node(event_base + slug)
        node.add("a", Ref("pko:Event"))
        node.add("rdfs:label", label)
        node.add("pko:acronym", *[a for a in acronyms.split("|") if a])
        node.add("skos:altLabel", *[a for a in alts.split("|") if a and a != label])
        out.append(node)
    return out
