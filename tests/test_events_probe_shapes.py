"""Event shapes from a probe of policy-news sentences: an experts' meeting named with its role
word first, a delegation led to a meeting, a meeting a country will host."""

from __future__ import annotations

from extract_util import has, labels, run


def test_an_expert_group_meeting_is_an_event():
    ex = run("UNODC convened the Expert Group Meeting on Trafficking in Persons in Vienna.")
    assert "Expert Group Meeting on Trafficking in Persons" in labels(ex, "Event")
    assert has(ex, "United Nations Office on Drugs", "participatesIn", "Expert Group Meeting")


def test_an_expert_meeting_without_a_topic_is_an_event_too():
    ex = run("Ghana attended the Expert Meeting on Cybercrime in Vienna.")
    assert "Expert Meeting on Cybercrime" in labels(ex, "Event")


def test_an_expert_or_a_role_before_a_body_is_no_meeting():
    ex = run("Expert Maria Lopez told the Ministry of Justice that Special Envoy Ahmed Ali would travel.")
    assert not labels(ex, "Event")
    ex = run("Minister of Labour Summit Kaur attended the talks.")
    assert not labels(ex, "Event")


def test_who_leads_a_delegation_to_a_meeting_takes_part_and_so_does_its_country():
    ex = run(
        "Ambassador Munir Akram led Pakistan's delegation to the Fourth International Conference on "
        "Financing for Development."
    )
    assert has(ex, "Munir Akram", "participatesIn", "Fourth International Conference")
    assert has(ex, "Pakistan", "participatesIn", "Fourth International Conference")
    ex = run("Minister Ahmed Attaf led a high-level delegation to the 33rd Arab Summit in Manama.")
    assert has(ex, "Ahmed Attaf", "participatesIn", "33rd Arab Summit")


def test_who_will_lead_a_demonym_delegation_to_a_first_meeting_takes_part():
    ex = run(
        "Minister Kofi Mensah will lead a Ghanaian delegation to the first Global Forum for Social Justice "
        "in Geneva."
    )
    assert has(ex, "Kofi Mensah", "participatesIn", "first Global Forum for Social Justice")
    assert has(ex, "Ghana", "participatesIn", "first Global Forum for Social Justice")


def test_a_country_s_delegation_to_a_meeting_led_by_a_person():
    ex = run("Kenya's delegation to the Global Refugee Forum was led by Cabinet Secretary Kithure Kindiki.")
    assert has(ex, "Kenya", "participatesIn", "Global Refugee Forum")
    assert has(ex, "Kithure Kindiki", "participatesIn", "Global Refugee Forum")
    ex = run("The delegation of Peru to the Regional Conference on Migration was headed by Ana Torres.")
    assert has(ex, "Peru", "participatesIn", "Regional Conference on Migration")
    assert has(ex, "Ana Torres", "participatesIn", "Regional Conference on Migration")


def test_a_delegation_to_a_country_or_a_body_is_no_meeting_taken_part_in():
    ex = run(
        "Minister Ahmed Attaf led a delegation to Qatar, and the Global Refugee Forum opened in "
        "Geneva on Monday."
    )
    assert not has(ex, "Ahmed Attaf", "participatesIn", "Global Refugee Forum")
    ex = run("Ambassador Munir Akram heads Pakistan's permanent delegation to the United Nations.")
    assert not [r for r in ex.relations if r.predicate == "participatesIn"]


def test_a_country_that_will_host_a_meeting_takes_part_in_it():
    ex = run("Brazil will host COP30 in Belém next year.")
    assert has(ex, "Brazil", "participatesIn", "COP30")
    ex = run("Uzbekistan is set to host the Samarkand Climate Forum in May.")
    assert has(ex, "Uzbekistan", "participatesIn", "Samarkand Climate Forum")


def test_a_bid_to_host_or_a_host_country_is_no_taking_part():
    ex = run("Türkiye withdrew its bid to host COP31, and Australia welcomed the decision.")
    assert not [r for r in ex.relations if r.predicate == "participatesIn"]
    ex = run("Kenya, the host country, welcomed delegates; Ghana did not host the Africa Climate Summit.")
    assert not has(ex, "Ghana", "participatesIn", "Africa Climate Summit")


def test_both_sides_of_talks_on_the_sidelines_of_a_meeting_take_part():
    ex = run("Kenya held talks with Uganda on the sidelines of the Africa Climate Summit.")
    assert has(ex, "Kenya", "participatesIn", "Africa Climate Summit")
    assert has(ex, "Uganda", "participatesIn", "Africa Climate Summit")
    ex = run(
        "President William Ruto met President Yoweri Museveni on the margins of the Africa Climate Summit."
    )
    assert has(ex, "William Ruto", "participatesIn", "Africa Climate Summit")
    assert has(ex, "Yoweri Museveni", "participatesIn", "Africa Climate Summit")
    ex = run(
        "On the sidelines of the Africa Climate Summit, President William Ruto met with President "
        "Yoweri Museveni."
    )
    assert has(ex, "William Ruto", "participatesIn", "Africa Climate Summit")
    assert has(ex, "Yoweri Museveni", "participatesIn", "Africa Climate Summit")


def test_one_who_only_talks_about_someone_on_the_sidelines_does_not_bring_them():
    ex = run(
        "Kenya criticised Uganda, said its envoy on the sidelines of the Africa Climate Summit, and "
        "Ghana met the press."
    )
    assert not has(ex, "Ghana", "participatesIn", "Africa Climate Summit")


def test_a_body_that_holds_its_meeting_takes_part_in_it():
    ex = run("ASEAN held the 43rd ASEAN Summit in Jakarta.")
    assert has(ex, "Association of Southeast Asian Nations", "participatesIn", "43rd ASEAN Summit")
    ex = run("The African Union will hold the Africa Climate Summit in Addis Ababa.")
    assert has(ex, "African Union", "participatesIn", "Africa Climate Summit")
    ex = run("The Global Refugee Forum, held by UNHCR and Switzerland, brought together 4,000 participants.")
    assert has(ex, "Switzerland", "participatesIn", "Global Refugee Forum")


def test_talks_held_or_a_meeting_held_somewhere_bring_no_one_in():
    ex = run("Kenya held talks with the Global Refugee Forum's co-convenors in Nairobi.")
    assert not [r for r in ex.relations if r.predicate == "participatesIn"]
    ex = run("The Africa Climate Summit was held in Nairobi, Kenya, in September.")
    assert not [r for r in ex.relations if r.predicate == "participatesIn"]


def test_a_country_s_participation_in_a_meeting_is_taking_part():
    ex = run("Kenya's participation in the Global Refugee Forum was welcomed by UNHCR.")
    assert has(ex, "Kenya", "participatesIn", "Global Refugee Forum")
    assert not has(ex, "Office of the United Nations High Commissioner", "participatesIn", "Global Refugee")
    ex = run("The participation of Ghana in the Africa Climate Summit underlines its commitment.")
    assert has(ex, "Ghana", "participatesIn", "Africa Climate Summit")


def test_taking_part_actively_or_in_the_work_of_a_meeting():
    ex = run(
        "The Kingdom of Morocco participated actively in the work of the Intergovernmental Conference on "
        "the Global Compact for Migration."
    )
    assert has(ex, "Morocco", "participatesIn", "Intergovernmental Conference")
    ex = run("Peru took an active part in the Regional Conference on Migration.")
    assert has(ex, "Peru", "participatesIn", "Regional Conference on Migration")


def test_a_host_that_welcomes_guests_to_its_meeting_takes_part():
    ex = run(
        "Spain welcomed more than 60 heads of state to the Fourth International Conference on Financing "
        "for Development."
    )
    assert has(ex, "Spain", "participatesIn", "Fourth International Conference")


def test_participation_in_a_plan_or_welcoming_a_plan_is_no_meeting():
    ex = run(
        "Kenya's participation in the Global Compact for Migration and its welcome to the Global Refugee "
        "Forum's outcome were noted."
    )
    assert not [r for r in ex.relations if r.predicate == "participatesIn"]


def _takes_part(sentence: str, who: str, event: str) -> bool:
    return has(run(sentence), who, "participatesIn", event)


def test_one_met_outside_the_sidelines_clause_does_not_take_part():
    summit = "G20 Summit"
    for sentence in (
        "President William Ruto, who met with Prime Minister Narendra Modi in March, held talks with "
        "President Emmanuel Macron on the sidelines of the G20 Summit.",
        "President Emmanuel Macron spoke on the sidelines of the G20 Summit, a month after President "
        "William Ruto met with Prime Minister Narendra Modi in Nairobi.",
        "President Emmanuel Macron spoke on the sidelines of the G20 Summit and will hold talks with "
        "Prime Minister Narendra Modi in Nairobi next month.",
    ):
        assert not _takes_part(sentence, "Narendra Modi", summit), sentence
    sentence = (
        "On the sidelines of the G20 Summit, President Emmanuel Macron said he had not met with "
        "President Vladimir Putin."
    )
    assert not _takes_part(sentence, "Vladimir Putin", summit)


def test_a_delegation_refused_recalled_or_welcomed_is_not_the_subject_s():
    for sentence in (
        "Kenya refused a delegation to the G20 Summit.",
        "Kenya barred a delegation to the G20 Summit.",
        "Kenya recalled its delegation to the G20 Summit.",
        "Kenya withdrew its delegation to the G20 Summit.",
        "Kenya welcomed a delegation to the G20 Summit from Ghana.",
        "Kenya hosted a delegation to the G20 Summit from Ghana.",
        "Kenya's delegation to the G20 Summit was cancelled.",
    ):
        assert not _takes_part(sentence, "Kenya", "G20 Summit"), sentence
    sentence = "Ghana accused the delegation of Togo to the ECOWAS Summit of lying."
    assert not _takes_part(sentence, "Ghana", "ECOWAS Summit")


def test_hosting_only_hoped_for_or_urged_is_no_taking_part():
    for sentence, who, event in (
        ("Indonesia could host the G20 Summit.", "Indonesia", "G20 Summit"),
        ("Kenya would host the G20 Summit if funding allows.", "Kenya", "G20 Summit"),
        ("Ghana wants to host the ECOWAS Summit.", "Ghana", "ECOWAS Summit"),
        ("Kenya hopes to host the G20 Summit.", "Kenya", "G20 Summit"),
        ("Australia has applied to host COP31.", "Australia", "COP31"),
        ("Chile offered to host COP25.", "Chile", "COP25"),
        ("Chile was unable to host COP25.", "Chile", "COP25"),
        ("Kenya is no longer set to host the G20 Summit.", "Kenya", "G20 Summit"),
        (
            "Thailand was due to host the ASEAN Summit but it was moved to Vietnam.",
            "Thailand",
            "ASEAN Summit",
        ),
        ("Kenya urged Ghana to hold the ECOWAS Summit in Accra.", "Kenya", "ECOWAS Summit"),
        ("Kenya urged Ghana to hold the ECOWAS Summit in Accra.", "Ghana", "ECOWAS Summit"),
        (
            "Kenya welcomed the African Union's decision to hold the Africa Climate Summit in Nairobi.",
            "Kenya",
            "Africa Climate Summit",
        ),
        ("The G20 Summit was held by videoconference, Kenya said.", "Kenya", "G20 Summit"),
    ):
        assert not _takes_part(sentence, who, event), sentence


def test_hosting_decided_still_takes_part():
    assert _takes_part("Azerbaijan is set to host COP29 in Baku.", "Azerbaijan", "COP29")
    assert _takes_part("Brazil was chosen to host COP30 in Belém.", "Brazil", "COP30")


def test_a_participation_suspended_or_opposed_is_no_taking_part():
    for sentence in (
        "Russia's participation in the G20 Summit was suspended.",
        "Kenya called for the suspension of Russia's participation in the G20 Summit.",
        "The participation of Russia in the G20 Summit was blocked by Ukraine.",
        "Ukraine opposed Russia's participation in the G20 Summit.",
        "Kenya questioned Russia's participation in the G20 Summit.",
    ):
        assert not _takes_part(sentence, "Russia", "G20 Summit"), sentence


def test_welcoming_a_thing_to_a_meeting_is_no_taking_part():
    for sentence in (
        "Kenya welcomed the invitation to the G20 Summit.",
        "Kenya welcomed the response to the G20 Summit.",
        "Kenya welcomed the contributions to the G20 Summit.",
    ):
        assert not _takes_part(sentence, "Kenya", "G20 Summit"), sentence


def test_a_future_or_invited_taking_part_is_not_read():
    for sentence in (
        "Kenya will take part in the G20 Summit.",
        "Kenya may take part in the G20 Summit.",
        "Kenya was invited to take part in the G20 Summit.",
    ):
        assert not _takes_part(sentence, "Kenya", "G20 Summit"), sentence


def test_a_body_holding_its_own_meeting_takes_part():
    assert _takes_part(
        "ASEAN holds its 43rd ASEAN Summit in Jakarta.", "Association of Southeast", "43rd ASEAN"
    )
    assert _takes_part(
        "The Global Refugee Forum was held by UNHCR and Switzerland.", "Switzerland", "Global Refugee Forum"
    )


def test_who_a_meeting_is_organised_with_takes_part_in_it():
    ex = run(
        "The ILO, which co-organised the 5th Global Conference on Child Labour with the South African "
        "Government, welcomed the pledge."
    )
    assert has(ex, "South Africa", "participatesIn", "5th Global Conference on Child Labour")
    ex = run("Kenya hosted the Regional Forum on Migration together with the IOM and UNHCR in Nairobi.")
    assert has(
        ex, "Office of the United Nations High Commissioner for Refugees", "participatesIn", "Regional Forum"
    )


def test_a_meeting_held_with_guests_names_no_co_organiser():
    ex = run("Kenya hosted the Regional Forum on Migration with 300 guests from Uganda.")
    assert not has(ex, "Uganda", "participatesIn", "Regional Forum on Migration")


def test_a_delegation_not_led_or_a_meeting_held_with_a_country_absent():
    ex = run(
        "Minister Ana Ruiz declined to lead a delegation to the upcoming Bali Process Ministerial Conference."
    )
    assert not has(ex, "Ana Ruiz", "participatesIn", "Bali Process Ministerial Conference")
    ex = run("Kenya hosted the Regional Conference on Labour Migration with Uganda absent.")
    assert not has(ex, "Uganda", "participatesIn", "Regional Conference on Labour Migration")
    ex = run("Ghana hosted the Regional Conference on Labour Migration with Uganda's support.")
    assert not has(ex, "Uganda", "participatesIn", "Regional Conference on Labour Migration")
