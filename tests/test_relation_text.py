"""A link reads the same in `kg show`, `kg views path` and the pages: a call about an issue is a
call for action on it, in every direction it is written."""

from __future__ import annotations

import networkx as nx

from kg.relation_text import fact
from kg.views_format import _steps_rows
from kg.viz import _fact


def test_a_call_about_an_issue_is_a_call_for_action_on_it():
    assert fact("Pakistan", "callsFor", "human trafficking", object_type="Issue") == (
        "Pakistan —callsFor→ action on human trafficking"
    )
    assert fact("Pakistan", "callsFor", "Palermo Protocol", object_type="Framework") == (
        "Pakistan —callsFor→ Palermo Protocol"
    )
    assert fact("Kenya", "partnersWith", "Uganda", symmetric=True) == "Kenya —partnersWith— Uganda"
    assert fact("Pakistan", "callsFor", "human trafficking", object_type="Issue", backward=True) == (
        "action on human trafficking ←callsFor— Pakistan"
    )


def _graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("p", label="Pakistan", type="Country")
    g.add_node("t", label="human trafficking", type="Issue")
    g.add_edge("p", "t", key="callsFor", predicate="callsFor")
    return g


def test_page_edge_titles_and_path_steps_say_action_on_the_issue():
    g = _graph()
    assert _fact(g, "p", "t", {"predicate": "callsFor"}) == "Pakistan —callsFor→ action on human trafficking"
    g.graph["steps"] = [{"from": "t", "predicate": "callsFor", "to": "p", "forward": False, "evidence": []}]
    assert _steps_rows(g)[0][1] == "action on human trafficking ←callsFor— Pakistan"
    g.graph["steps"] = [{"from": "p", "predicate": "callsFor", "to": "t", "forward": True, "evidence": []}]
    assert _steps_rows(g)[0][1] == "Pakistan —callsFor→ action on human trafficking"
