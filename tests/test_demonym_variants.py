"""Demonym variants news writes ("Argentinean", "Filipina", "Burkinabé") name their country
(tools/reference_data/countries.py)."""

from __future__ import annotations

from extract_util import has, labels, news, run


def test_variant_demonyms_give_the_country():
    x = run(news("Argentinean Ambassador Alfredo Vicente Chiaradia chaired the session."))
    assert has(x, "Alfredo Vicente Chiaradia", "represents", "Argentina")
    assert "Philippines" in labels(run(news("The Filipina Minister Ana Cruz spoke in Geneva.")), "Country")
    assert "Burkina Faso" in labels(run(news("The Burkinabé Minister Ana Cruz spoke in Geneva.")), "Country")
