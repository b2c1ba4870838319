"""Word lists the patterns and the resolver share: head words, titles, roles, connectors.

Only data lives here. Lists are lower-case; matching code lower-cases.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """The words of ``text``; "_" joins words of one term ("prime_minister")."""
    return frozenset(w.replace("_", " ") for w in text.split())


#: Head words that make a capitalized name a Plan.
PLAN_HEADS = _words(
    """blueprint campaign initiative initiatives plan plans policies policy program programme programmes
    programs project projects road-map roadmap roadmaps scheme schemes strategies strategy vision mechanism
    masterplan masterplans"""
)

#: Head words that make a capitalized name a Framework.
FRAMEWORK_HEADS = _words(
    """accord accords act acts agenda agreement bill charter code compact constitution convention
    conventions covenant declaration decree decree-law directive framework goals guide guidelines law
    memorandum mou ordinance pact principles proclamation protocol protocols regulation regulations
    recommendation resolution rules statute treaty arrangement"""
)

#: Head words that make a capitalized name an Organization.
ORG_HEADS = _words(
    """agency alliance army assembly association authority bank board bureau cabinet center centre
    coalition commission commissioner's committee company confederation corporation council court
    department directorate directorate-general division federation force forces foundation fund
    embassy gendarmerie group guard house inspectorate institute ministries platform
    ministry navy network observatory office ombudsman organisation organization parliament party
    police programme-office secretariat senate service society task-force taskforce tribunal trust
    union unit academy college university municipality chamber corps administration
    carabineros carabinieri gendarmería guardia policía polícia polizia"""
)

#: A business's last word: "Qatar Airways", "Siam Ocean Foods", "Kaiyo Trading" are companies, not the
#: country their first word names, nor nothing; no head word of ORG_HEADS, which join names over "and"
#: ("Kessler AG and Rivera Foods S.A." are two). Not "Holdings", "Trading" alone in a headline.
BUSINESS_WORDS = (
    "Airways", "Airlines", "Foods", "Seafood", "Seafoods", "Trading", "Textiles", "Garments", "Apparel",
    "Shipping", "Logistics", "Motors", "Telecom", "Breweries", "Brewery", "Pharmaceuticals", "Plantations",
    "Holdings",
)  # fmt: skip

#: Head words that make a capitalized name an Event.
EVENT_HEADS = _words(
    """conference congress consultation dialogue forum meeting roundtable seminar session summit
    symposium workshop"""
)

#: Heads that stand for the text's government (with a demonym or country before them).
GOVERNMENT_WORDS = _words("administration authorities cabinet government governments")

#: Forms of address before a name that are no part of it ("Shri Singh" is Singh, "Dr Ruiz" Ruiz).
FORMS_OF_ADDRESS = _words("mr mrs ms mme madam dr prof shri shrimati smt engr alhaji hajiya hajia")

#: Styles that are also words or parts of names ("Gov UK AID", "the madam ANTI TRAFFICKING desk"):
#: without their dot they mark a name in capitals only when a given name is in it (persons_capitals).
WORD_STYLES = _words("sen amb rep gov barr rev madam mme")

#: Styles written right before a person's name, in any case, with or without their dots ("Hon.", "H.E.",
#: "Sen.", "Dr."): the person's, never part of a role or of the name.
STYLES = FORMS_OF_ADDRESS | WORD_STYLES | _words("hon h.e")

#: Styles that are titles only with their dot: "Eng. Hani Haddad" (an engineer, as Jordan and Egypt
#: write it); "Eng" alone is a name ("Chou Bun Eng", "Eng Sokha").
DOTTED_STYLES = _words("eng.")

#: The styles among the titles: the forms of address, and the abbreviations with their dot ("Dr.", "H.E.",
#: "Sen."; not the words and the abbreviations written without one: "Madam", "Shri", "Mme", "Smt", "Engr").
_STYLE_TITLES = (
    FORMS_OF_ADDRESS
    | DOTTED_STYLES
    | frozenset(s + "." for s in STYLES - _words("madam shri shrimati alhaji hajiya hajia mme smt engr"))
)

#: Titles written before a person's name (lower case).
TITLES = _STYLE_TITLES | _words(
    """adviser advisor ambassador attorney-general bishop cabinet_secretary captain cardinal chair chairman
    chairperson chief chief_justice chief_of_mission colonel commissioner consul coordinator
    co-ordinator counsellor cs
    dame datin dato dato' datuk deputy director director-general director_general emir envoy
    excellency executive_director foreign_minister governor h.e head_of_mission hon honorable
    honourable judge king lady lieutenant lord mayor minister minister-counsellor mp
    permanent_secretary pope president prime prime_minister prince princess principal_secretary
    professor ps queen representative rev reverend secretary secretary_general secretary-general
    senator seri shaikh sheikh sir speaker special_envoy special_rapporteur special_representative spokesman
    spokesperson spokeswoman tan_sri tun under-secretary-general vice-chair vice-president vice-minister
    vice_minister co-chair chancellor vice-chancellor managing_director md ceo chief_executive
    vice_president undersecretary under-secretary state_secretary attorney_general premier
    crown_prince sheikha minister_of_state expert independent_expert lt-gen lt._gen. lieutenant_general
    maj-gen maj._gen. major_general brig-gen brigadier_general brigadier right_honourable
    right_honorable rt_hon rt._hon. rt_hon. counterpart permanent_observer archbishop monsignor msgr.
    administrator vice-chairman vice-chairperson detective superintendent
    inspector inspector-general inspector_general sergeant constable police_constable commander
    lieutenant-general major-general brigadier-general advocate barrister ombudsman ombudsperson
    ombudswoman"""
)

#: Nouns that name an office someone holds ("the envoy", "Foreign Minister").
ROLE_WORDS = _words(
    """adviser advisor aide ambassador assistant attorney-general chair chairman chairperson chairwoman chief
    commissioner consul coordinator co-ordinator counsellor delegate director director-general envoy
    governor head
    lawmaker manager manger mayor minister officer official president rapporteur representative secretary
    secretary-general senator speaker spokesman spokesperson spokeswoman chancellor ceo md premier
    undersecretary expert counterpart observer administrator vice-chairman vice-chairperson
    director_general secretary_general founder co-founder specialist comptroller superintendent
    attorney_general solicitor_general solicitor-general prosecutor prosecutor-general prosecutor_general
    leader clerk"""
)

#: Lower-case particles inside a person's name: "bin", "ibn", "dos", "van der", "de los", "ould".
NAME_PARTICLES = _words(
    """al bin binti bint ibn el de da do du di la las los van von der den ter ten dos das del della le
    ould y e"""
)

#: Words allowed inside a capitalized name between capitalized words.
CONNECTORS = _words("against al and at bin bint da de del des di du el for in la le of on the to van von")

#: Words that start a sentence or a clause and are not part of a name.
NOT_NAMES = _words(
    """a according after all also although an and april as at august based before both but by click december
    despite dr during each end every february following for friday from he her here his however i if
    in it its january july june many march may meanwhile monday most mr mrs ms my newsletter
    november october on once or other our photo read saturday september share she since some source
    speaking sunday that the their there these they this those thursday today tuesday under us via
    we wednesday when where while with within yesterday your why how whether until upon remarks
    named"""
)

#: Verbs of saying: "X said", "said X".
SPEECH_VERBS = _words(
    """acknowledged acknowledges added adds affirmed announced announces argued argues asserted
    commented concluded declared declares emphasised emphasises emphasized emphasizes explained
    explains highlighted highlights insisted maintained noted notes observed pointed reiterated
    reiterates remarked said say says stated states stressed stresses tells told underlined
    underscored urged urges warned warns"""
)

#: The commonest portfolios, which lower case may also write right before "minister" or "secretary"
#: ("Kenya's labour minister X", "the health and education ministers"); see
#: :data:`kg.extract.office_words.PORTFOLIO_OFFICES`.
PORTFOLIO_WORDS = _words(
    """labour labor health education finance interior justice home trade defence defense agriculture
    environment tourism transport energy immigration migration employment security information
    culture economy planning women youth fisheries mines mining water housing welfare gender
    social public service affairs development"""
)

#: Department words that may follow "Minister of" before a person's name: the portfolios and more.
DEPARTMENT_WORDS = PORTFOLIO_WORDS | _words(
    """& and change children climate commerce communications cooperation economic emiratisation emiratization
    political equality external family foreign foreign-employment forestry government human industry internal
    international land law legal local national overseas relations resources rural science sports
    technology urban works arts territorial cooperatives digital disaster diaspora expatriates heritage
    humanitarian
    initiatives innovation integration livestock management parliamentary protection reform refugees
    regional relief resettlement rights special statistics telecommunications mobility solidarity
    inclusion citizenship decentralization decentralisation governance infrastructure population abroad
    communities administration safety migrant migrants workers worker civil criminal state repatriation
    preparedness response reduction recovery reconstruction emergency emergencies risk adaptation
    mitigation meteorology sustainability ecology investment investments treasury customs police aviation
    maritime ports petroleum electricity vocational training religious endowments food nutrition
    sanitation budget revenue border borders consular multilateral manpower irrigation minerals
    hydrocarbons media postal railways highways oceans wildlife lands industries enterprises nationality
    passports residence naturalization naturalisation pensions veterans indigenous minorities disabilities
    elderly entrepreneurship higher basic primary secondary issues matters services"""
)

#: Names of world regions (capitalized): no person's name, no city.
REGION_WORDS = frozenset(
    [
        "Asia",
        "Africa",
        "Europe",
        "America",
        "Americas",
        "Pacific",
        "Caribbean",
        "Arctic",
        "Mediterranean",
        "Balkans",
        "Sahel",
        "Caucasus",
        "Maghreb",
        "Oceania",
    ]
)

#: Words for a sea or a region of land that end a place's name (capitalized): "Indian Ocean", "Persian
#: Gulf", "Aral Sea", "Arabian Peninsula".
GEOGRAPHIC_FEATURES = frozenset(
    ("Ocean", "Sea", "Gulf", "Bay", "Peninsula", "Subcontinent", "Basin", "Strait", "Straits")
)

#: Month names.
MONTHS = _words("april august december february january july june march may november october september")

#: Possessors that belong to a name ("Children's Act", "Lao People's …", "Workers' Party"):
#: any other possessor before a name's head word is its owner ("Kenya's National Action Plan").
NAME_POSSESSORS = _words(
    """child children employer employers farmer farmers man men officials people peoples persons
    veteran veterans victim victims woman women worker workers youth expatriate expatriates foreigner
    foreigners migrant migrants refugee refugees citizen citizens consumer consumers girl girls survivor
    survivors alien aliens seafarer seafarers patient patients student students tenant tenants
    passenger passengers"""
)
#: The people who meet, as possessors right before a meeting's or a text's head word: "Leaders’
#: Summit", "Foreign Ministers’ Meeting" (not "African Ministers’ Kigali Declaration": the owners there).
MEETING_POSSESSORS = _words(
    "leaders ministers heads parliamentarians experts mayors governors judges prosecutors negotiators"
)
#: Letters written after a person's name (never after a body's or a place's): "… MP", "… QC".
POST_NOMINALS = ("MP", "MEP", "MLA", "MHA", "TD", "QC", "KC", "OBE", "CBE", "MBE", "KBE")
#: Letters after a name set off by commas, before the office: "X, PC, Attorney General of …" (a
#: President's Counsel, a Senior Advocate of Nigeria, an honour).
SET_OFF_LETTERS = (*POST_NOMINALS, "PC", "SC", "SAN", "CMG", "KCMG", "GCMG", "PhD")

#: A year, and a period of years, as regular expressions: "2021", "2021-2025", "2021 – 25".
YEAR = r"(?:19|20)\d{2}"
YEAR_RANGE = YEAR + r"[ \t]*[-–][ \t]*(?:19|20)?\d{2}"

#: Day names: "the Assembly on Thursday" ends the name before them.
WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")

#: Participles that open a clause before a name ("Speaking at the …", "Developed by the …").
CLAUSE_STARTERS = _words(
    """established created strengthened set introduced enacted according addressing adopted approved
    reaffirming acceding issuing
    chaired concerning developed drafted during following
    formulated funded hosted implemented including launched led noting organised organized ratified
    recalling recognising recognizing referring regarding reviewing signed speaking supported
    welcoming adopting launching signing ratifying implementing endorsing presenting unveiling
    introducing issuing approving developing enacting"""
)


def _verb_forms(text: str) -> frozenset[str]:
    """Each verb with its -s and -ed forms ("sign" → "signs", "signed"); irregular forms as written."""
    out = set()
    for verb in text.split():
        out.add(verb)
        if verb.endswith(("s", "sh", "ch", "x")):
            out.add(verb + "es")
        elif verb.endswith("y") and verb[-2] not in "aeiou":
            out.add(verb[:-1] + "ies")
        else:
            out.add(verb + "s")
        if verb.endswith("e"):
            out.add(verb + "d")
        elif verb.endswith("y") and verb[-2] not in "aeiou":
            out.add(verb[:-1] + "ied")
        else:
            out.add(verb + "ed")
    return frozenset(out)


#: Verbs of Title Case headlines ("Cabinet Approves …", "Minister Signs …"); not verbs that
#: name what a plan or law is for ("Combat", "End", "Prevent"), which are words of names.
HEADLINE_VERBS = (
    _verb_forms(
        """adopt agree announce approve back begin call clear close commit conclude consider discuss elect
    endorse enact examine expand extend gain get hail hear highlight host introduce join launch mark
    meet note okay open outline pass pledge present ratify reaffirm receive reject release renew
    review say seek sign stress submit table tout unveil urge vow warn welcome brief emphasize emphasise
    reiterate deplore condemn emerge diverge express underscore caution demand decry insist spotlight
    acknowledge applaud ask commend encourage praise recognize recognise respond share speak tell
    hold make take give see constitute publish implement underline cite showcase lead spearhead
    champion"""
    )
    | _words(
        "is are was were be been has have had will would can could should may might must said met held made"
        " set gets told spoke took gave saw driving calling urging seeking"
        # a third person's deed, never a plural noun of a name: "Guatemala Workshop Addresses Ethical …"
        " addresses tackles strengthens boosts supports trains promotes explores convenes gathers celebrates"
        " commemorates helps focuses aims provides donates awards wins"
    )
) - {"review"}  # a noun of names: "… Migration Review Forum", "Review Conference"

#: Function words and epithets of Title Case headlines ("… Approves Landmark … Law After …"),
#: never words of a name (lower case).
HEADLINE_FUNCTION_WORDS = _words(
    """after ahead already amid as before by from into its over than their this through upon via with
    within historic landmark major tough tougher stronger"""
)

#: the kinds of office a body keeps in a country or region ("ILO Country Office", "WHO Regional
#: Office for Europe"), a regular expression group: such an office speaks and acts as its body
BODY_OFFICE_KINDS = r"(?:Country|Regional|Sub-?[Rr]egional|Liaison|Field|Multi-[Cc]ountry)"

#: a word that opens the name of a different document than the name after it: the Intended Nationally
#: Determined Contribution was the pledge before the Paris Agreement, not the NDC
ANOTHER_DOCUMENT_WORDS = frozenset(("intended",))

#: words before an instrument's kind that judge or count it, not say which one it is ("an important
#: agreement", "the two bills"): an unnamed instrument in lower case is named by its other words
JUDGING_WORDS = _words(
    """important historic landmark key major significant new first second two three several similar said
    same above aforementioned final relevant proposed latest previous original existing current"""
)
