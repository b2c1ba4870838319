"""represents through a possessive office or "represented by" (kg/extract/persons_pronoun_owner.py)."""

from __future__ import annotations

from extract_util import by_rules, has, news, run


def _ex(*sentences: str):
    return by_rules(run(news(*sentences)))


def test_its_office_points_back_to_the_sentence_before():
    ex = _ex(
        "The Kenya Union of Domestic Workers backed the plan.",
        "Its secretary-general, Mary Wanjiru, said workers would benefit.",
        "Ghana welcomed the move. Its ambassador to ASEAN, Kofi Mensah, said so.",
    )
    assert has(ex, "Mary Wanjiru", "represents", "Kenya Union of Domestic Workers")
    assert has(ex, "Kofi Mensah", "represents", "Ghana")
    posted = _ex(
        "UNHCR welcomed the plan.",
        "Its Representative in the country, Mohamed Askia Touré, called it historic.",
    )
    assert has(posted, "Mohamed Askia Touré", "represents", "Office of the United Nations High Commissioner")


def test_whose_office_is_the_body_s_right_before():
    ex = _ex("The National Human Rights Commission, whose chair, Ram Thapa, spoke first, welcomed it.")
    assert has(ex, "Ram Thapa", "represents", "National Human Rights Commission")


def test_the_kind_s_office_picks_an_owner_of_that_kind():
    ex = _ex(
        "Harbour Seafood plc was criticised by Kenya.",
        "The company's chief executive, Dan Fielding, apologised.",
    )
    assert has(ex, "Dan Fielding", "represents", "Harbour Seafood plc")
    assert not has(ex, "Dan Fielding", "represents", "Kenya")


def test_represented_by_and_a_delegation_led_by():
    ex = _ex(
        "The International Organization for Migration (IOM), represented by Regional Director Ana Ruiz, "
        "pledged support.",
        "Chile, represented by Ambassador-at-Large Pedro Soto, announced funding.",
        "Sri Lanka sent a delegation led by Nimal Perera.",
    )
    assert has(ex, "Ana Ruiz", "represents", "International Organization for Migration")
    assert has(ex, "Pedro Soto", "represents", "Chile")
    assert has(ex, "Nimal Perera", "represents", "Sri Lanka")


def test_their_office_and_an_unowned_office_name_no_owner():
    ex = _ex("The ministers thanked Kenya for its support. Their spokesperson, Jane Njeri, said so.")
    assert not has(ex, "Jane Njeri", "represents", "Kenya")


def test_a_chief_of_mission_and_a_country_s_portfolio_minister():
    ex = _ex(
        "Ana Ruiz, Chief of Mission of IOM in Mexico, said the guide would help.",
        "Serbian Interior Minister Ivan Petrovic opened the Interior Ministry's new centre.",
        "The UN Refugee Agency welcomed the plan. The agency's boss, Filippo Grandi, said so.",
    )
    assert has(ex, "Ana Ruiz", "represents", "International Organization for Migration")
    assert not [e for e in ex.entities if e.label.startswith("Mission of")]
    assert has(ex, "Ivan Petrovic", "represents", "Interior Ministry")
    assert has(
        ex, "Filippo Grandi", "represents", "Office of the United Nations High Commissioner for Refugees"
    )


def test_a_head_of_delegation_keeps_the_delegation():
    ex = _ex("Samuela Isopi, Head of Delegation of the European Union to Nigeria, opened the meeting.")
    assert has(ex, "Samuela Isopi", "represents", "Delegation of the European Union to Nigeria")


def test_a_portfolio_minister_is_not_tied_to_another_portfolio_s_ministry():
    ex = _ex(
        "Germany's Federal Ministry for Economic Cooperation and Development funds the scheme.",
        "Fiji's Minister for Rural and Maritime Development, Sakiasi Ditoka, welcomed it.",
    )
    assert not has(ex, "Sakiasi Ditoka", "represents", "Federal Ministry")


def test_its_office_goes_to_the_nearest_actor_the_office_fits():
    ex = _ex(
        "After talks with Qatar, the ILO said its director-general, Gilbert Houngbo, would visit Doha.",
        "UNHCR thanked Germany for hosting the talks. Its Foreign Minister, Annalena Baerbock, opened them.",
        "Human Rights Watch accused Harbour Seafood plc of forced labour.",
        "The company's chief executive, Dan Fielding, denied it.",
    )
    assert has(ex, "Gilbert Houngbo", "represents", "International Labour Organization")
    assert not has(ex, "Gilbert Houngbo", "represents", "Qatar")
    assert has(ex, "Annalena Baerbock", "represents", "Germany")
    assert not has(ex, "Annalena Baerbock", "represents", "Office of the United Nations High Commissioner")
    assert has(ex, "Dan Fielding", "represents", "Harbour Seafood plc")
    assert not has(ex, "Dan Fielding", "represents", "Human Rights Watch")


def test_no_owner_through_words_that_are_no_office():
    ex = _ex(
        "The European Union stepped up its talks with President Kais Saied on migration.",
        "The deal was brokered by Turkey, whose talks with President Vladimir Putin lasted hours.",
        "A new coalition of unions wrote to Qatar. Its coordinator, Jane Kamau, said reforms had stalled.",
    )
    assert not has(ex, "Kais Saied", "represents", "European Union")
    assert not [r for r in ex.relations if r.predicate == "represents" and "putin" in r.subject]
    assert not has(ex, "Jane Kamau", "represents", "Qatar")


def test_a_minister_is_not_tied_to_another_country_s_ministry():
    ex = _ex(
        "Serbian Interior Minister Ivan Petrovic met officials from Hungary's Interior Ministry in Belgrade."
    )
    assert has(ex, "Ivan Petrovic", "represents", "Serbia")
    assert not has(ex, "Ivan Petrovic", "represents", "Interior Ministry")


def test_represented_by_names_the_whole_body_before_it():
    ex = _ex("The Ministry of Labour of Kenya, represented by Principal Secretary Peter Kamau, signed it.")
    assert has(ex, "Peter Kamau", "represents", "Ministry of Labour of Kenya")


def test_a_month_is_a_family_name_after_a_given_name_and_more_south_asian_given_names():
    from extract_util import typed

    found = typed(
        run(
            news(
                "Theresa May said the Act was historic.",
                "Kailash Satyarthi spoke at the event, and Shashi Tharoor criticised the plan.",
                "The plan was launched in May. Your Excellencies, thank you.",
            )
        )
    )
    for name in ("Theresa May", "Kailash Satyarthi", "Shashi Tharoor"):
        assert ("Person", name) in found
    assert not [
        label for kind, label in found if kind == "Person" and ("Excellenc" in label or label == "May")
    ]
