"""Two plans of one name and different periods are two plans; a mention without a period is one of them.

"The National Action Plan (2027–2031) replaces the National Action Plan (2021–2024)": a country
renews its plans under the same name, so the period tells them apart. The resolver groups a
plan whose name gives both years under its name and period; this step folds a mention that
gives no period ("the National Action Plan") into the dated plan of that name: the only one,
else the newest (latest period): a text names the old plan to say what the new one replaces,
and goes on about the new one.
"""

from __future__ import annotations

from kg.extract.entity_bookkeeping import merge
from kg.extract.records import DocState, EntityRec

#: joins a plan's grouping key and its period: "Plan:national action plan@2021-2024"
PERIOD_MARK = "@"


def dated_key(key: str, years: tuple[int | None, int | None] | None) -> str:
    """The grouping key of a plan named with both its years; other keys stay as they are."""
    if years is None or years[0] is None or years[1] is None:
        return key
    return f"{key}{PERIOD_MARK}{years[0]}-{years[1]}"


def fold_undated_plans(state: DocState) -> None:
    """Fold each undated plan into the newest dated plan of the same name."""
    dated: dict[str, list[EntityRec]] = {}
    for ent in state.entities.values():
        if ent.type == "Plan" and PERIOD_MARK in ent.key:
            dated.setdefault(ent.key.split(PERIOD_MARK, 1)[0], []).append(ent)
    if not dated:
        return
    for key, plans in dated.items():
        undated = state.entities.get(key)
        if undated is None or undated.iri is not None:
            continue
        newest = max(plans, key=lambda p: (p.end_year or 0, p.start_year or 0))
        merge(state, keep=newest, drop=undated)
