"""A country's name inside another country's capital: "Port of Spain" (Trinidad and Tobago) names
no Spain, in a dateline ("PORT OF SPAIN —") or in running text. Used by
:func:`kg.extract.candidate_choice.not_countries`.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _capitals_holding_countries() -> dict[str, tuple[tuple[str, str], ...]]:
    """Country name (lower case) → the (before, after) words of other countries' capitals that
    hold it: "spain" → (("port of ", ""),)."""
    from kg.extract.gazetteer import load_gazetteer

    countries = [e for e in load_gazetteer().entities.values() if e.type == "Country"]
    names = {n.lower(): e.iri for e in countries for n in (e.label, *e.names)}
    out: dict[str, list[tuple[str, str]]] = {}
    for ent in countries:
        for capital in ent.capitals:
            low = capital.lower()
            for name, iri in names.items():
                at = low.find(name)
                if iri == ent.iri or at < 0 or len(name) == len(low):
                    continue
                before, after = low[:at], low[at + len(name) :]
                if (before and not before.endswith(" ")) or (after and not after.startswith(" ")):
                    continue  # inside a word
                out.setdefault(name, []).append((before, after))
    return {k: tuple(v) for k, v in out.items()}


def in_other_capital(text: str, start: int, end: int) -> bool:
    """Whether the country name at ``text[start:end]`` is part of another country's capital."""
    shapes = _capitals_holding_countries().get(text[start:end].lower())
    if not shapes:
        return False
    return any(
        text[max(0, start - len(before)) : start].lower() == before
        and text[end : end + len(after)].lower() == after
        for before, after in shapes
    )
