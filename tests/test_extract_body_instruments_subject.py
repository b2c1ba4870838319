"""An instrument named after the body that made it stays an instrument when its subject follows."""

from __future__ import annotations

from extract_util import has, run, typed


def test_a_body_s_framework_convention_on_a_subject_is_a_framework() -> None:
    x = run(
        "Lithuania's Seimas ratified the Council of Europe Framework Convention on Artificial Intelligence."
    )
    assert ("Framework", "Council of Europe Framework Convention on Artificial Intelligence") in typed(x)
    assert has(x, "Seimas", "adopts", "Council of Europe Framework Convention")
    x = run("Bahrain ratified the League of Arab States Charter on Human Rights in 2006.")
    assert ("Framework", "League of Arab States Charter on Human Rights") in typed(x)


def test_a_body_of_the_instrument_stays_a_body() -> None:
    got = typed(run("The Secretariat of the Convention on Biological Diversity welcomed Chile's plan."))
    assert ("Organization", "Secretariat of the Convention on Biological Diversity") in got
    got = typed(
        run("Delegates attended the Conference of States Parties to the Convention against Corruption.")
    )
    assert not any(t == "Framework" and n.startswith("Conference") for t, n in got)


def test_a_body_named_after_a_convention_on_a_subject_stays_a_body() -> None:
    x = run(
        "The Council of Europe Convention on Preventing Violence against Women Monitoring Group visited "
        "Turkey."
    )
    assert (
        "Framework",
        "Council of Europe Convention on Preventing Violence against Women Monitoring Group",
    ) not in typed(x)
