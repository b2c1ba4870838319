"""Those called on to act do not act and the caller calls, whichever verb of a call on others it uses
(kg/extract/cues.py, CALL_ON): the long call, the members of a body called on."""

from __future__ import annotations

import pytest
from extract_util import has, news
from extract_util import run_titled as run


@pytest.mark.parametrize("verb", ["call on", "are asking", "are urging", "request"])
def test_a_long_call_on_others_to_ratify_is_the_callers_call(verb: str) -> None:
    ex = run(
        f"Statement of Chile\n\nWe {verb} all members of the Lima Group that have not yet done so to ratify "
        "the Inter-American Convention against Corruption. We thank our partners. Our region needs it."
    )
    assert not has(ex, "Lima Group", "adopts", "Inter-American Convention against Corruption")
    assert has(ex, "Chile", "callsFor", "Inter-American Convention against Corruption")


@pytest.mark.parametrize("verb", ["invited", "exhorted"])
def test_the_caller_is_no_member_of_the_body_whose_members_it_calls_on(verb: str) -> None:
    ex = run(
        news(
            f"Thailand {verb} all members of the Bali Process to ratify the Protocol against the "
            "Smuggling of Migrants."
        )
    )
    assert not has(ex, "Thailand", "memberOf", "Bali Process")
