"""Welcoming "the launch by X of the Plan" backs the plan; the launch is X's, never the welcomer's
(kg/extract/relation_launch_backing.py)."""

from __future__ import annotations

from extract_util import has, news, run


def test_welcoming_a_launch_by_an_unnamed_government_is_support_not_adoption():
    x = run(
        news(
            "The Kenyan Coalition against Child Labour (KCCL), a network of 30 civil society groups, today "
            "welcomed the launch by the Federal Government of the National Policy on Fair Recruitment."
        )
    )
    assert has(x, "Kenyan Coalition against Child Labour", "supports", "National Policy on Fair Recruitment")
    assert not has(
        x, "Kenyan Coalition against Child Labour", "adopts", "National Policy on Fair Recruitment"
    )


def test_the_named_launcher_after_by_adopts_and_the_welcomer_supports():
    x = run(
        news(
            "The Kenya Workers Union welcomed the launch by the Government of Kenya of the National Policy "
            "on Fair Recruitment."
        )
    )
    assert has(x, "Kenya", "adopts", "National Policy on Fair Recruitment")
    assert has(x, "Kenya Workers Union", "supports", "National Policy on Fair Recruitment")
    assert not has(x, "Kenya Workers Union", "adopts", "National Policy on Fair Recruitment")


def test_a_launch_by_an_actor_with_no_welcome_is_still_the_launchers():
    x = run(news("The launch by the Government of Ghana of the National Migration Policy drew 300 guests."))
    assert has(x, "Ghana", "adopts", "National Migration Policy")
