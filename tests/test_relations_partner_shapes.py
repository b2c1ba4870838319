"""Partners in shapes the cue tables missed: a loan signed by lender and borrower, "the government
of" in lower case among signers, a counted group before the named partners, and the authors of a
joint report (kg/extract/relation_signing.py, relation_ties.py, relation_joint.py); and bodies named
"… Administration" (kg/extract/patterns.py). Texts written for these tests."""

from __future__ import annotations

from extract_util import by_rules, has, news, partners, run


def test_lender_and_borrower_who_sign_a_loan_arepartners():
    ex = by_rules(
        run(
            news(
                "The Asian Development Bank (ADB) and the government of Nepal today signed "
                "a US$250 million loan."
            )
        )
    )
    assert partners(ex, "Asian Development Bank", "Nepal")


def test_a_counted_group_before_the_named_partners_does_not_hide_them():
    ex = by_rules(run(news("Frontex teamed up with 12 countries, Europol, INTERPOL and Eurojust last year.")))
    for partner in (
        "European Union Agency for Law Enforcement Cooperation",
        "International Criminal Police Organization",
    ):
        assert partners(ex, "European Border and Coast Guard Agency", partner)


def test_a_group_named_by_a_demonstrative_still_ends_thepartners():
    ex = by_rules(run(news("Kenya signed agreements with these countries, and our Agency later met IOM.")))
    assert not has(ex, "Kenya", "partnersWith", "International Organization for Migration")


def test_the_authors_of_a_joint_report_arepartners():
    ex = by_rules(
        run(
            news("The figures come from a joint 2025 report by UNICEF, UNHCR and the Danish Refugee Council.")
        )
    )
    assert partners(ex, "United Nations Children's Fund", "Danish Refugee Council")
    assert partners(
        ex, "United Nations Children's Fund", "Office of the United Nations High Commissioner for Refugees"
    )


def test_a_joint_report_by_one_body_about_countries_makes_nopartners():
    ex = by_rules(run(news("A joint report by UNHCR on Kenya and Uganda was released on Monday.")))
    assert not partners(ex, "Kenya", "Uganda")


def test_an_administration_named_by_its_work_is_a_body_but_not_one_named_by_its_leader():
    ex = run(
        news(
            "The Philippine Overseas Employment Administration (POEA) and the Montenegrin Police "
            "Administration met on Monday.",
            "The Trump Administration signed the Act.",
        )
    )
    bodies = {e.label for e in ex.entities if e.type == "Organization"}
    assert {"Philippine Overseas Employment Administration", "Montenegrin Police Administration"} <= bodies
    assert not any("Trump" in b for b in bodies)
