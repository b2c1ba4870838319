"""One sentence, one stance per actor and item: an act stated beats the support read beside it.

"It commits the Government to bring penalties in line with the Protocol, to which the country is a
party": the country is a party to the Protocol (adopts); "in line with" read as support of the same
Protocol by the same country in the same sentence says less, and is dropped. "My Prime Minister
launched the Initiative, and I thank those who endorsed it": the launch stands.
"""

from __future__ import annotations

from kg.extract.found import Found


def strongest(found: list[Found]) -> list[Found]:
    """Drop a supports whose subject adopts or implements the same object in the same sentence."""
    acts = {(f.subject, f.object, f.start) for f in found if f.predicate in ("adopts", "implements")}
    if not acts:
        return found
    return [f for f in found if f.predicate != "supports" or (f.subject, f.object, f.start) not in acts]
