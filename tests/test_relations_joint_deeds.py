"""Partners by a deed done together: "a joint investigation by A and B", "the joint A-B operation",
"A and B are proud to have partnered on a project" (kg/extract/relation_joint.py)."""

from __future__ import annotations

from extract_util import news, partners, run


def test_the_doers_of_a_joint_investigation_are_partners():
    x = run(
        news(
            "The arrests followed a joint investigation by Immigration New Zealand (INZ) and the Fiji "
            "Police Force."
        )
    )
    assert partners(x, "Immigration New Zealand", "Fiji Police Force")
    x = run(
        news("A joint operation between the Kenya Police Service and the Uganda Police Force freed 40 girls.")
    )
    assert partners(x, "Kenya Police Service", "Uganda Police Force")


def test_two_countries_joined_by_a_hyphen_before_a_joint_deed_are_partners():
    x = run(news("The joint New Zealand-Fiji investigation led to four arrests."))
    assert partners(x, "New Zealand", "Fiji")


def test_a_hyphened_pair_that_is_no_joint_deed_is_no_partnership():
    x = run(news("The joint Kenya-Uganda border was closed."))
    assert not partners(x, "Kenya", "Uganda")
    x = run(news("The Kenya-Uganda investigation led to four arrests."))  # no "joint": whose, unsaid
    assert not partners(x, "Kenya", "Uganda")


def test_a_joint_deed_by_one_body_about_two_countries_is_no_partnership():
    x = run(news("The joint investigation by the police found that Kenya and Uganda were transit countries."))
    assert not partners(x, "Kenya", "Uganda")


def test_who_have_partnered_are_partners():
    x = run(news("UNODC and the Embassy of Japan are proud to have partnered on a project in Kenya."))
    assert partners(x, "United Nations Office on Drugs", "Embassy of Japan")
    x = run(news("UNICEF and the ILO partnered to deliver the training."))
    assert partners(x, "United Nations Children", "International Labour Organization")


def test_a_joint_deed_called_for_or_rejected_is_no_partnership():
    for text in (
        "Nigeria called for a joint investigation by ECOWAS and the African Union into the killings.",
        "Ghana rejected a proposed joint investigation by Togo and Benin.",
    ):
        assert not [r for r in run(news(text)).relations if r.predicate == "partnersWith"], text
