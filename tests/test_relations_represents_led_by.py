"""A body "led by" or "headed by" a person named after a long title (kg/extract/headed_by_body.py)."""

from __future__ import annotations

from extract_util import by_rules, has, news, run


def test_led_by_a_long_title_then_the_name():
    ex = by_rules(
        run(
            news(
                "The Border Task Force was led by Deputy Head of the Criminal Investigation Agency, "
                "Inspector General Marco Ruiz."
            )
        )
    )
    assert has(ex, "Marco Ruiz", "represents", "Border Task Force")


def test_the_body_named_again_by_its_head_word():
    ex = by_rules(
        run(
            news(
                "Peru set up the Border Task Force on Monday. The task force has been put together, "
                "headed by the Vice President and Minister of Public Security, Marco Ruiz, who chairs it."
            )
        )
    )
    assert has(ex, "Marco Ruiz", "represents", "Border Task Force")


def test_a_meeting_of_the_body_is_not_the_body():
    ex = by_rules(
        run(
            news(
                "Peru set up the Border Task Force on Monday. The meeting of the task force was chaired by "
                "the head of the Port Agency, Marco Ruiz."
            )
        )
    )
    assert not has(ex, "Marco Ruiz", "represents", "Border Task Force")


def test_a_name_with_no_title_of_its_own_after_the_cue():
    ex = by_rules(
        run(news("The Border Task Force, led by the Ministry since March, then received Marco Ruiz."))
    )
    assert not has(ex, "Marco Ruiz", "represents", "Border Task Force")


def test_a_person_who_presides_over_a_body_represents_it():
    ex = run("News\n\nDennis Francis, who presides over the General Assembly, opened the debate.")
    assert has(ex, "Dennis Francis", "represents", "United Nations General Assembly")


def test_a_report_of_anothers_presiding_gives_no_link():
    ex = run("News\n\nDennis Francis said it presided over the Security Council.")
    assert not has(ex, "Dennis Francis", "represents", "United Nations Security Council")
